"""The guide in the app: the weekly plan from the newest chat analysis (safety mode gives
the safety plan), a partner's own private view after a positive screening, private
check-ins that only their writer's session can read, next week adapted by them, and
progress once a newer analysis exists. In English and Chinese."""

from __future__ import annotations

import json
import re
from pathlib import Path

from starlette.testclient import TestClient

from unmask.samples import sample_path
from unmask.store import Store
from unmask_dev import safety_chats

from .helpers import (
    PASSPHRASES,
    add_partner,
    analyse,
    answer_page,
    csrf,
    finish,
    preselected,
    upload,
    wait_job,
)

#: the first lines of drifting_en.txt: its warm first months (as tests/guide do)
SHORT_LINES = 3300


def _plan_file(data_dir: Path) -> dict:
    return json.loads((data_dir / "web-guide" / "default" / "plan.json").read_text("utf-8"))


def _checkin(client: TestClient, closeness: int, feeling: str, done: bool, note: str = ""):
    data = {"csrf": csrf(client, "/guide/checkin"), "closeness": str(closeness)}
    data.update({"feeling": feeling, "note": note})
    if done:
        data["done"] = "yes"
    return client.post("/guide/checkin", data=data)


def _analyse_any(client: TestClient, path: Path):
    chosen = wait_job(client, upload(client, path))
    names = preselected(chosen.text)
    started = client.post(
        str(chosen.url),
        data={"csrf": csrf(client), "partner_a": names[0], "partner_b": names[1]},
    )
    return wait_job(client, started)


def test_the_nav_offers_the_guide_and_it_asks_for_an_analysis_first(client: TestClient) -> None:
    home = client.get("/").text
    assert '<a href="/guide">' in home
    page = client.get("/guide")
    assert page.status_code == 200
    assert "No plan yet" in page.text and 'href="/analyses"' in page.text
    assert 'action="/guide/next-week"' not in page.text


def test_the_plan_of_the_newest_analysis_with_reasons(
    client: TestClient, private_data_dir: Path
) -> None:
    analyse(client, sample_path("drifting_en"), "Ben", "Chloe")
    page = client.get("/guide")
    assert page.status_code == 200
    text = page.text
    assert "practice plan, week 1" in text and "Ben &amp; Chloe" in text
    assert len(re.findall(r'<li class="prompt">', text)) >= 3
    assert 'class="why"' in text  # every choice says why
    assert 'href="/guide/checkin"' in text
    saved = _plan_file(private_data_dir)
    assert [w["week"] for w in saved["weeks"]] == [1]
    assert saved["current"]["kind"] == "practice"
    with Store(None) as store:  # "delete everything" removes it too
        assert [r.path for r in store.outputs(kind="plan")] == [
            (private_data_dir / "web-guide" / "default").resolve()
        ]
    assert client.get("/guide").text.count('<li class="prompt">') == text.count(
        '<li class="prompt">'
    )  # a second look shows the same week
    assert [w["week"] for w in _plan_file(private_data_dir)["weeks"]] == [1]


def test_the_plan_in_chinese(client: TestClient) -> None:
    client.post("/lang", data={"csrf": csrf(client), "lang": "zh", "next": "/"})
    assert "还没有计划" in client.get("/guide").text
    analyse(client, sample_path("close_zh"), "周杰", "林小雨", lang="zh")
    text = client.get("/guide").text
    assert '<html lang="zh-Hans">' in text
    assert "练习计划，第 1 周" in text
    assert "写下我的回顾" in text
    form = client.get("/guide/checkin").text
    assert "请先解锁" in form
    add_partner(client, "Alex")
    saved = _checkin(client, 4, "安心", True, "周末散步")
    assert "已保存" in saved.text and "亲近程度 4/5，安心" in saved.text
    assert "已做练习" in saved.text and "周末散步" in saved.text
    assert "非常亲近" in saved.text  # the scale in Chinese


def test_a_report_in_safety_mode_gives_the_safety_plan_only(
    client: TestClient, tmp_path: Path
) -> None:
    name = next(n for n, (_, controlling) in safety_chats.CHATS.items() if controlling)
    _analyse_any(client, safety_chats.write(name, tmp_path))
    text = client.get("/guide").text
    assert 'id="safety-steps"' in text and 'id="help"' in text
    assert 'class="prompt"' not in text  # no disclosure prompts towards the partner
    assert 'id="prompts"' not in text and 'action="/guide/checkin"' not in text


def test_a_positive_private_screening_changes_only_that_partners_view(
    client: TestClient, other: TestClient, private_data_dir: Path
) -> None:
    add_partner(client, "Alex")
    answer_page(client, "Alex", 0, pick=2)  # Alex's own screening: positive
    add_partner(other, "Mei")
    analyse(other, sample_path("close_en"), "Daniel", "Maya")
    alex = client.get("/guide").text
    assert 'id="safety-steps"' in alex and "for Alex alone" in alex
    assert 'class="prompt"' not in alex and 'action="/guide/next-week"' not in alex
    assert not (private_data_dir / "web-guide").exists()  # nothing of it written
    mei = other.get("/guide").text
    assert 'class="prompt"' in mei and 'id="safety-steps"' not in mei
    assert "alone: it shows steps" not in mei and 'id="help"' not in mei
    assert _plan_file(private_data_dir)["current"]["kind"] == "practice"
    assert 'class="prompt"' not in client.get("/guide").text  # still Alex's own view
    assert "safety may be in question" in client.get("/guide/checkin").text
    assert "safety may be in question" not in other.get("/guide/checkin").text


def test_check_ins_are_private_to_their_writer(
    client: TestClient, other: TestClient, app: object
) -> None:
    add_partner(client, "Alex")
    add_partner(other, "Mei")
    saved = _checkin(client, 4, "hopeful", True, "the walk on Sunday felt good")
    assert saved.status_code == 200 and "1 check-ins so far" in saved.text
    assert "the walk on Sunday felt good" in saved.text and "hopeful" in saved.text
    _checkin(other, 2, "tired", False, "Mei's own words")
    for url in ("/guide", "/guide/checkin", "/c/default", "/c/default/p/Alex", "/analyses"):
        seen = other.get(url).text
        assert "the walk on Sunday" not in seen and "hopeful" not in seen, url
    assert "Mei's own words" not in client.get("/guide/checkin").text
    # a browser with nobody unlocked reads nothing and writes nothing
    with TestClient(app, base_url="http://127.0.0.1:8765") as third:  # type: ignore[arg-type]
        locked = third.get("/guide/checkin").text
        assert "Unlock first" in locked and "hopeful" not in locked
        refused = third.post(
            "/guide/checkin",
            data={"csrf": csrf(third), "closeness": "3", "feeling": "x"},
        )
        assert refused.status_code == 403


def test_every_guide_post_needs_the_form_token(client: TestClient) -> None:
    add_partner(client, "Alex")
    for url in ("/guide/checkin", "/guide/next-week"):
        response = client.post(url, data={"closeness": "3", "feeling": "calm"})
        assert response.status_code == 403 and "E904" in response.text
        response = client.post(url, data={"csrf": "forged", "closeness": "3", "feeling": "x"})
        assert response.status_code == 403
    assert "check-ins so far" not in client.get("/guide/checkin").text


def test_a_bad_check_in_says_what_was_expected(client: TestClient) -> None:
    add_partner(client, "Alex")
    response = _checkin(client, 9, "calm", False)
    assert "closeness must be a whole number from 1 to 5" in response.text
    response = _checkin(client, 3, "", False)
    assert "feeling must be" in response.text


def test_next_week_moves_up_when_both_did_the_exercise_and_felt_close(
    client: TestClient, other: TestClient, private_data_dir: Path
) -> None:
    add_partner(client, "Alex")
    add_partner(other, "Mei")
    analyse(client, sample_path("drifting_en"), "Ben", "Chloe")
    first = client.get("/guide").text
    assert 'action="/guide/next-week"' in first and "Plan week 2" in first
    level = _plan_file(private_data_dir)["weeks"][0]["level"]
    _checkin(client, 4, "warm", True)
    _checkin(other, 5, "close", True)
    wrong = client.post(
        "/guide/next-week",
        data={"csrf": csrf(client, "/guide"), "passphrase_0": "nope", "passphrase_1": "nope"},
    )
    assert wrong.status_code == 403
    assert len(_plan_file(private_data_dir)["weeks"]) == 1
    names = re.findall(r'<label for="next-\d">Passphrase of ([^<]+)</label>', first) or [
        "Alex",
        "Mei",
    ]
    data = {"csrf": csrf(client, "/guide")}
    for number, name in enumerate(names):
        data[f"passphrase_{number}"] = PASSPHRASES[name]
    planned = client.post("/guide/next-week", data=data)
    assert planned.status_code == 200
    assert "one level up" in planned.text and "week 2" in planned.text
    weeks = _plan_file(private_data_dir)["weeks"]
    assert [w["week"] for w in weeks] == [1, 2]
    assert weeks[1]["level"] == min(level + 1, 5) and weeks[1]["change"] == "up"
    plan_text = json.dumps(_plan_file(private_data_dir), ensure_ascii=False)
    assert "warm" not in plan_text  # no check-in leaves its writer


def test_progress_appears_once_a_newer_analysis_exists(client: TestClient, tmp_path: Path) -> None:
    text = sample_path("drifting_en").read_text(encoding="utf-8").splitlines(keepends=True)
    short = tmp_path / "drifting_en_short.txt"
    short.write_text("".join(text[:SHORT_LINES]), encoding="utf-8")
    analyse(client, short, "Ben", "Chloe")
    assert 'id="progress"' not in client.get("/guide").text  # the baseline
    newer = analyse(client, sample_path("drifting_en"), "Ben", "Chloe")
    page = client.get("/guide").text
    assert 'id="progress"' in page
    # the newer report carries it too, as `unmask plan --report` adds it
    assert 'id="progress"' in client.get(str(newer.url) + "/document").text
    section = page.split('id="progress"', 1)[1].split("</section>", 1)[0]
    assert section.count("<tr>") >= 3


def _both(page: str) -> dict[str, str]:
    names = re.findall(r'<label for="(?:q|next)-\d">Passphrase of ([^<]+)</label>', page)
    assert sorted(names) == ["Alex", "Mei"], page[:400]
    return {f"passphrase_{n}": PASSPHRASES[name] for n, name in enumerate(names)}


def test_a_plan_from_the_questionnaire_alone(
    client: TestClient, other: TestClient, private_data_dir: Path
) -> None:
    add_partner(client, "Alex")
    add_partner(other, "Mei")
    finish(client, "Alex", pick=1)
    start = client.get("/guide").text
    assert 'action="/guide/questionnaire"' in start
    waiting = client.post("/guide/questionnaire", data={"csrf": csrf(client), **_both(start)})
    assert waiting.status_code == 400 and "both of you to have finished" in waiting.text
    finish(other, "Mei", pick=3)
    revealed = client.post(
        "/c/default/reveal",
        data={"csrf": csrf(client), "passphrase_0": PASSPHRASES["Alex"], "passphrase_1": ""},
    )
    assert revealed.status_code == 403  # (one passphrase is not enough)
    form = client.get("/c/default/reveal").text
    names = re.findall(r'<label for="reveal-\d">Passphrase of ([^<]+)</label>', form)
    data = {f"passphrase_{n}": PASSPHRASES[name] for n, name in enumerate(names)}
    revealed = client.post("/c/default/reveal", data={"csrf": csrf(client), **data})
    assert "Guide and check-ins" in revealed.text.split("<main", 1)[1]
    assert "unmask plan" not in revealed.text  # the app's page, not a terminal command
    shown = client.post("/guide/questionnaire", data={"csrf": csrf(client), **_both(start)})
    assert shown.status_code == 200
    assert "practice plan, week 1" in shown.text and "Based on: the questionnaire" in shown.text
    assert 'class="prompt"' in shown.text
    assert (
        _plan_file(private_data_dir)["current"]["view"]["sources"] == "Based on: the questionnaire"
    )
    again = other.get("/guide").text  # nothing of the answers is kept to show without keys
    assert "To see this week" in again and 'class="prompt"' not in again
    planned = other.post("/guide/next-week", data={"csrf": csrf(other), **_both(shown.text)})
    assert "No check-ins since this week began: same level." in planned.text
    assert [w["week"] for w in _plan_file(private_data_dir)["weeks"]] == [1, 2]
