// unmask: progress of a background job, polled once a second (progressive enhancement:
// without JavaScript the page reloads itself through a <noscript> refresh).
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var url = box.getAttribute("data-status");
  var bar = document.getElementById("job-progress");
  var label = document.getElementById("job-label");
  var error = document.getElementById("job-error");
  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.state === "done" && job.next) { window.location.assign(job.next); return; }
        if (job.state === "failed") {
          error.textContent = job.error; error.hidden = false; bar.hidden = true; return;
        }
        label.textContent = job.label;
        if (job.percent === null) { bar.removeAttribute("value"); } else { bar.value = job.percent; }
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }
  window.setTimeout(poll, 500);
})();
