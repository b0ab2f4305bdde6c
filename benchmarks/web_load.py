"""Load on the local web app: concurrent sessions uploading chats and reading reports.

Starts ``unmask serve``'s app (uvicorn, loopback, a private temporary data folder) in a
subprocess, then runs N browser-like sessions at once from threads, each: open the home
page (session and CSRF token), upload one of the bundled sample chats with consent, follow
the progress until the partners can be chosen, start the analysis, follow it, then read
the report page and the report document. The whole run is bounded (``--limit-s``): a
session not done by then counts as an error. Prints one line per request kind (count,
errors, p50 / p95 / max latency in ms) and the sessions completed.

Issue 13: 20 concurrent sessions on loopback without errors.

    .venv/bin/python benchmarks/web_load.py                 # 20 sessions, model on
    .venv/bin/python benchmarks/web_load.py --sessions 5 --no-model
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

import httpx

from unmask.samples import SAMPLES, sample_path

SERVER = """
import sys, uvicorn
from unmask.web import WebConfig, create_app
port, model = int(sys.argv[1]), sys.argv[2] == "1"
uvicorn.run(create_app(WebConfig(model=model)), host="127.0.0.1", port=port,
            access_log=False, log_level="warning")
"""
PARTNERS = {
    "close_en": ("Daniel", "Maya"),
}
TOKEN = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class Results:
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    completed: int = 0
    messages: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def timed(self, kind: str, call, ok=lambda r: r.status_code == 200):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            response = call()
        except httpx.HTTPError:
            response = None
        elapsed = time.perf_counter() - started
        with self.lock:
            self.latency[kind].append(elapsed)
            if response is None or not ok(response):
                self.errors[kind] += 1
        return response


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _follow(
    client: httpx.Client, results: Results, response: httpx.Response, deadline: float
) -> httpx.Response | None:
    """Poll a job's status until it points elsewhere; the page it points to."""
    url = str(response.url)
    while "/jobs/" in url and time.monotonic() < deadline:
        status = results.timed("progress", lambda: client.get(url + "/status"))
        if status is None:
            return None
        data = status.json()
        if data["state"] == "failed":
            with results.lock:
                results.errors["job failed"] += 1
                results.messages.append(str(data["error"]))
            return None
        if data["state"] == "done":
            return client.get(data["next"])
        time.sleep(0.5)
    return None if "/jobs/" in url else response


def session(base: str, number: int, results: Results, deadline: float) -> None:
    name = list(SAMPLES)[number % len(SAMPLES)]
    with httpx.Client(base_url=base, follow_redirects=True, timeout=120) as client:
        home = results.timed("home", lambda: client.get("/"))
        if home is None:
            return
        token = TOKEN.search(home.text).group(1)  # type: ignore[union-attr]
        with sample_path(name).open("rb") as handle:
            data = handle.read()
        sent = results.timed(
            "upload",
            lambda: client.post(
                "/analyses/upload",
                data={"csrf": token, "consent": "yes"},
                files={"file": (f"{name}.txt", data, "text/plain")},
            ),
        )
        if sent is None:
            return
        chosen = _follow(client, results, sent, deadline)
        if chosen is None or "/analyses/choose/" not in str(chosen.url):
            with results.lock:
                results.errors["choose"] += 1
            return
        names = re.findall(
            r'<select id="partner_[ab]".*?<option value="([^"]+)" selected>', chosen.text, re.S
        )
        started = results.timed(
            "analyse",
            lambda: client.post(
                str(chosen.url), data={"csrf": token, "partner_a": names[0], "partner_b": names[1]}
            ),
        )
        if started is None:
            return
        report = _follow(client, results, started, deadline)
        if report is None or not re.search(r"/analyses/[0-9a-f]{16}$", str(report.url)):
            with results.lock:
                results.errors["report"] += 1
            return
        results.timed("report page", lambda: client.get(str(report.url)))
        results.timed("report document", lambda: client.get(str(report.url) + "/document"))
        with results.lock:
            results.completed += 1


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def run(sessions: int, model: bool, limit_s: float) -> tuple[Results, float]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="unmask-web-load-") as data_dir:
        env = {**os.environ, "UNMASK_DATA_DIR": data_dir}
        env.pop("UNMASK_DB", None)
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(port), "1" if model else "0"], env=env
        )
        try:
            for _ in range(400):
                try:
                    httpx.get(base + "/", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.05)
            results = Results()
            started = time.monotonic()
            deadline = started + limit_s
            threads = [
                threading.Thread(target=session, args=(base, n, results, deadline))
                for n in range(sessions)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(max(0.0, deadline - time.monotonic()) + 5)
            wall = time.monotonic() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
    missing = sessions - results.completed
    if missing:
        results.errors["not completed"] += missing
    return results, wall


def table(results: Results, sessions: int, wall: float) -> str:
    lines = [
        f"{'request':<16} {'count':>6} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
    ]
    for kind, values in results.latency.items():
        lines.append(
            f"{kind:<16} {len(values):>6} {results.errors.get(kind, 0):>6} "
            f"{_pct(values, 0.5):>8.0f} {_pct(values, 0.95):>8.0f} {max(values) * 1000:>8.0f}"
        )
    for kind, count in results.errors.items():
        if kind not in results.latency:
            lines.append(f"{kind:<16} {'':>6} {count:>6}")
    lines.append(f"sessions completed: {results.completed}/{sessions} in {wall:.1f} s")
    lines += [f"error: {message}" for message in sorted(set(results.messages))]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--no-model", action="store_true", help="lexicons only (faster)")
    parser.add_argument("--limit-s", type=float, default=600.0, help="bound of the whole run")
    args = parser.parse_args()
    results, wall = run(args.sessions, not args.no_model, args.limit_s)
    print(table(results, args.sessions, wall))
    return 1 if sum(results.errors.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
