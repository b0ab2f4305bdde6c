"""Chat analysis in the app: upload, choose the two partners, background progress, the
report (the same document as report.html, safety mode included), list and delete."""

from __future__ import annotations

import json
import re
from pathlib import Path

from starlette.testclient import TestClient

from unmask.samples import sample_path
from unmask.store import Store
from unmask_dev import safety_chats

from .helpers import analyse, csrf, preselected, upload, wait_job


def test_upload_choose_and_read_the_report(client: TestClient, private_data_dir: Path) -> None:
    chosen = wait_job(client, upload(client, sample_path("drifting_en")))
    assert "Who are the two partners?" in chosen.text
    options = preselected(chosen.text)
    assert len(options) == 2  # the two senders with the most messages, preselected
    report = client.post(
        str(chosen.url),
        data={"csrf": csrf(client), "partner_a": options[0], "partner_b": options[1]},
    )
    report = wait_job(client, report)
    assert re.search(r"/analyses/[0-9a-f]{16}$", str(report.url)), report.text[:400]
    assert '<iframe class="report"' in report.text and "sandbox" in report.text
    document = client.get(str(report.url) + "/document")
    assert document.status_code == 200
    policy = document.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "sandbox" in policy and "script" not in policy
    (folder,) = (private_data_dir / "web-reports").iterdir()
    assert document.text == (folder / "report.html").read_text(encoding="utf-8")
    data = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    assert data["source"]["file_name"] == "drifting_en.txt"
    assert {p["name"] for p in data["partners"]} == set(options)
    listing = client.get("/analyses").text
    assert " &amp; ".join(options) in listing or " & ".join(options) in listing
    with Store(None) as store:  # `unmask forget --all` finds it too
        assert [r.path for r in store.outputs(kind="analyze")] == [folder.resolve()]


def test_partners_must_be_two_people_of_the_chat(client: TestClient) -> None:
    chosen = wait_job(client, upload(client, sample_path("close_en")))
    for a, b in (("Daniel", "Daniel"), ("Daniel", "Nobody")):
        again = client.post(
            str(chosen.url), data={"csrf": csrf(client), "partner_a": a, "partner_b": b}
        )
        assert str(again.url) == str(chosen.url)
        assert "two different people" in again.text


def test_an_upload_belongs_to_the_browser_that_sent_it(
    client: TestClient, other: TestClient
) -> None:
    chosen = wait_job(client, upload(client, sample_path("close_en")))
    assert other.get(str(chosen.url)).status_code == 404
    job = upload(client, sample_path("close_zh"))
    assert other.get(str(job.url)).status_code in (404, 200)
    if "/jobs/" in str(job.url):
        assert other.get(str(job.url)).status_code == 404
        assert other.get(str(job.url) + "/status").status_code == 404


def test_the_progress_endpoint_says_where_the_job_is(client: TestClient) -> None:
    sent = upload(client, sample_path("close_zh"), follow=False)
    assert sent.status_code in (302, 303), sent.text[:300]
    job_url = str(sent.next_request.url) if sent.next_request else ""
    assert "/jobs/" in job_url  # the form answers with the job, however fast the job is
    status = client.get(job_url + "/status").json()
    assert status["kind"] == "read" and status["state"] in ("queued", "running", "done")
    wait_job(client, client.get(job_url))
    assert client.get(job_url + "/status").json()["next"].startswith("/analyses/choose/")


def test_a_chinese_report_of_a_chinese_chat(client: TestClient) -> None:
    client.post("/lang", data={"csrf": csrf(client), "lang": "zh", "next": "/analyses"})
    page = client.get("/analyses").text
    assert "分析一段聊天" in page and "我们两人都同意分析这段聊天" in page
    chosen = wait_job(client, upload(client, sample_path("close_zh")))
    names = preselected(chosen.text)
    report = wait_job(
        client,
        client.post(
            str(chosen.url),
            data={"csrf": csrf(client), "partner_a": names[0], "partner_b": names[1], "lang": "zh"},
        ),
    )
    document = client.get(str(report.url) + "/document").text
    assert 'lang="zh' in document


def test_a_controlling_chat_is_shown_in_safety_mode(client: TestClient, tmp_path: Path) -> None:
    name = next(n for n, (_, controlling) in safety_chats.CHATS.items() if controlling)
    chat = safety_chats.write(name, tmp_path)
    chosen = wait_job(client, upload(client, chat))
    names = preselected(chosen.text)
    report = wait_job(
        client,
        client.post(
            str(chosen.url),
            data={"csrf": csrf(client), "partner_a": names[0], "partner_b": names[1]},
        ),
    )
    assert "may not feel safe" in report.text
    document = client.get(str(report.url) + "/document").text
    assert 'class="safety-mode"' in document and 'id="help"' in document
    assert 'id="chart-map"' not in document  # no position on the intimacy map


def test_a_report_can_be_deleted(client: TestClient, private_data_dir: Path) -> None:
    report = analyse(client, sample_path("close_en"), "Daniel", "Maya")
    url = str(report.url)
    deleted = client.post(url + "/delete", data={"csrf": csrf(client)})
    assert str(deleted.url).endswith("/analyses") and "The report was deleted." in deleted.text
    assert client.get(url).status_code == 404
    assert list((private_data_dir / "web-reports").iterdir()) == []
    with Store(None) as store:
        assert store.outputs() == []


def test_report_ids_are_checked(client: TestClient) -> None:
    for url in ("/analyses/../../etc", "/analyses/0123456789abcdef", "/analyses/x/document"):
        assert client.get(url).status_code == 404


def test_the_report_page_carries_the_crisis_notice_when_report_json_counts_any(
    client: TestClient, private_data_dir: Path
) -> None:
    """The page's header shows the crisis notice (docs/safety.md) as report.html does:
    counts only, nothing quoted; none for 0 messages or reports written before it."""
    from unmask.helplines import help_for

    reports = private_data_dir / "web-reports"
    cases = {
        "00000000000000c1": {"crisis": {"messages": 1, "by_partner": {"a": 1, "b": 0}}},
        "00000000000000c0": {"crisis": {"messages": 0, "by_partner": {"a": 0, "b": 0}}},
        "00000000000000c9": {},  # written before the crisis reading
    }
    for report_id, report in cases.items():
        folder = reports / report_id
        folder.mkdir(parents=True)
        (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    page = client.get("/analyses/00000000000000c1").text
    assert 'id="crisis-notice"' in page
    notice = page[page.index('id="crisis-notice"') :]
    assert "988" in notice and "116 123" in notice
    for c in help_for("en").crisis_countries:
        assert c.name in notice
    for quiet in ("00000000000000c0", "00000000000000c9"):
        assert 'id="crisis-notice"' not in client.get(f"/analyses/{quiet}").text
    client.post("/lang", data={"csrf": csrf(client), "lang": "zh", "next": "/analyses"})
    zh = client.get("/analyses/00000000000000c1").text
    notice = zh[zh.index('id="crisis-notice"') :]
    assert "12356" in notice and notice.index("12356") < notice.index("988")  # China first
