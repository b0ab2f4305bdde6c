"""The questionnaire made for a person: intro, short pages with progress, back, stop and
resume, the private safety questions first (help shown at once when they call for it),
the "guess your partner" round on its own, sealing, reveal together, a new dated round."""

from __future__ import annotations

import json
import re
from pathlib import Path

from starlette.testclient import TestClient

from unmask.assess import builtin_instrument, current_round, load_sheet
from unmask.samples import sample_path
from unmask.store import Store

from .helpers import (
    PASSPHRASES,
    add_partner,
    analyse,
    answer_page,
    csrf,
    finish,
    partner_url,
    radios,
)


def _sheet(name: str, round_no: int | None = None):  # type: ignore[no-untyped-def]
    instrument = builtin_instrument()
    with Store(None) as store:
        who = store.unlock("default", name, PASSPHRASES[name])
        if round_no is None:
            return current_round(store, who, instrument)[1]
        return load_sheet(store, who, instrument, round_no)


def test_the_partner_page_starts_with_the_intro_before_any_question(client: TestClient) -> None:
    page = add_partner(client, "Alex").text
    assert "What this is" in page and "minutes" in page
    assert "never sees" in page  # the private safety questions are announced
    assert 'type="radio"' not in page
    first = client.get(partner_url("Alex", "/step/0")).text
    assert "Page 1 of" in first and len(radios(first)) == 6  # the safety questions


def test_a_whole_round_page_by_page_is_saved_and_sealed(client: TestClient) -> None:
    add_partner(client, "Alex")
    pages = finish(client, "Alex", pick=1)
    instrument = builtin_instrument()
    assert pages == 1 + 9 + 4 + 1 + 1 + 1  # safety, 72 / 28 / 8 statements, hopes, private
    sheet = _sheet("Alex")
    assert sheet.finished
    assert sheet.answers == {i.id: 2 for i in instrument.items}
    assert sheet.predictions == {i.id: 2 for i in instrument.predicted_items}
    assert len(sheet.domains) == len(instrument.domains) and sheet.hopes_done
    assert len(sheet.hopes) == instrument.max_hopes
    home = client.get(partner_url("Alex")).text
    assert "Round 1 is finished and sealed" in home
    # a sealed round is not reopened through a page URL
    again = client.get(partner_url("Alex", "/step/3"))
    assert str(again.url).endswith(partner_url("Alex"))


def test_back_and_stop_keep_what_was_given_and_resume_where_it_stopped(
    client: TestClient,
) -> None:
    add_partner(client, "Alex")
    answer_page(client, "Alex", 0)
    answer_page(client, "Alex", 1, pick=0)
    url = partner_url("Alex", "/step/2")
    page = client.get(url).text
    first_field = radios(page)[0][0]
    stopped = client.post(url, data={"csrf": csrf(client, url), "action": "stop", first_field: "5"})
    assert str(stopped.url).endswith(partner_url("Alex")) and "Saved." in stopped.text
    assert "9 of 109 answered" in stopped.text  # 8 + the one given before stopping
    resume = re.search(r'href="([^"]+/step/\d+)">Continue where you stopped', stopped.text)
    assert resume and resume.group(1).endswith("/step/2")
    back = client.post(url, data={"csrf": csrf(client, url), "action": "back"})
    assert str(back.url).endswith("/step/1")
    assert back.text.count("checked") == 8  # the earlier answers are shown again
    sheet = _sheet("Alex")
    assert sheet.answers[first_field[2:]] == 5 and len(sheet.answers) == 9


def test_the_guess_round_plays_on_its_own(client: TestClient) -> None:
    add_partner(client, "Alex")
    home = client.get(partner_url("Alex")).text
    start = re.search(r'href="([^"]+/step/(\d+))\?mode=guess"', home)
    assert start
    step = int(start.group(2))
    page = client.get(partner_url("Alex", f"/step/{step}?mode=guess")).text
    assert "About your partner" in page and 'name="mode" value="guess"' in page
    while True:
        response = answer_page(client, "Alex", step, pick=3, mode="guess")
        if "/step/" not in str(response.url):
            break
        step += 1
    assert "Your guesses are saved" in response.text
    sheet = _sheet("Alex")
    assert len(sheet.predictions) == 28 and not sheet.answers and not sheet.finished


def test_a_positive_safety_screen_shows_where_help_is_at_once(client: TestClient) -> None:
    add_partner(client, "Alex")
    response = answer_page(client, "Alex", 0, pick=2)
    assert "/help" in str(response.url)
    assert "Help is available" in response.text
    assert "Continue the questionnaire" in response.text
    assert re.search(r'href="[^"]+/step/1"', response.text)


def test_the_chinese_questionnaire_is_in_chinese(client: TestClient) -> None:
    client.post("/lang", data={"csrf": csrf(client), "lang": "zh", "next": "/"})
    add_partner(client, "Alex")
    page = client.get(partner_url("Alex", "/step/1")).text
    assert "关于你" in page and "保存并继续" in page
    assert '<html lang="zh-Hans">' in page


def test_reveal_together_shows_the_comparison_once_both_finished(
    client: TestClient, other: TestClient
) -> None:
    add_partner(client, "Alex")
    add_partner(other, "Mei")
    finish(client, "Alex", pick=1)
    waiting = client.get("/c/default/reveal")
    assert waiting.status_code == 400 and "Still answering: Mei" in waiting.text
    finish(other, "Mei", pick=3)
    space = client.get("/c/default").text
    assert 'href="/c/default/reveal"' in space
    form = client.get("/c/default/reveal").text
    assert "Passphrase of Alex" in form and "Passphrase of Mei" in form
    wrong = client.post(
        "/c/default/reveal",
        data={"csrf": csrf(client), "passphrase_0": PASSPHRASES["Alex"], "passphrase_1": "no"},
    )
    assert wrong.status_code == 403 and "questionnaire" not in wrong.text.lower().split("<main")[1]
    shown = client.post(
        "/c/default/reveal",
        data={
            "csrf": csrf(client),
            "passphrase_0": PASSPHRASES["Alex"],
            "passphrase_1": PASSPHRASES["Mei"],
        },
    )
    assert shown.status_code == 200
    assert 'id="questionnaire"' in shown.text and "How well Alex knows Mei" in shown.text
    assert "guessed 2" in shown.text and "answer 4" in shown.text
    with Store(None) as store:
        assert len(store.reveals("default")) == 1


def test_a_new_dated_round_starts_after_sealing_and_keeps_the_old(client: TestClient) -> None:
    add_partner(client, "Alex")
    finish(client, "Alex", pick=1)
    started = client.post(partner_url("Alex", "/round"), data={"csrf": csrf(client)})
    assert "Round 2 started" in started.text and "Round 2" in started.text
    answer_page(client, "Alex", 0)
    answer_page(client, "Alex", 1, pick=4)
    assert _sheet("Alex", 1).finished and _sheet("Alex", 1).answers
    second = _sheet("Alex", 2)
    assert not second.finished and set(second.answers.values()) == {5}
    assert "Your rounds" in client.get(partner_url("Alex")).text


def test_the_comparison_can_be_added_to_a_chat_report(
    client: TestClient, other: TestClient, private_data_dir: Path
) -> None:
    report = analyse(client, sample_path("close_en"), "Daniel", "Maya")
    report_id = str(report.url).rsplit("/", 1)[1]
    add_partner(client, "Alex")
    add_partner(other, "Mei")
    finish(client, "Alex", pick=1)
    finish(other, "Mei", pick=3)
    form = client.get("/c/default/reveal").text
    assert f'<option value="{report_id}">' in form
    shown = client.post(
        "/c/default/reveal",
        data={
            "csrf": csrf(client),
            "passphrase_0": PASSPHRASES["Alex"],
            "passphrase_1": PASSPHRASES["Mei"],
            "report": report_id,
        },
    )
    assert "also added to the chat report" in shown.text
    document = client.get(f"/analyses/{report_id}/document").text
    assert 'id="questionnaire"' in document
    folder = private_data_dir / "web-reports" / report_id
    assert json.loads((folder / "report.json").read_text(encoding="utf-8"))["questionnaire"]
    with Store(None) as store:
        assert [r.path for r in store.outputs(kind="compare")] == [folder.resolve()]
    # deleting everything takes it out with the rest
    client.post("/delete", data={"csrf": csrf(client), "confirm": "yes"})
    assert not folder.exists()


def _hopes_step(client: TestClient, name: str) -> int:
    """Answer the pages before the written hopes (the screening with "No"); their step."""
    step = 0
    while True:
        page = client.get(partner_url(name, f"/step/{step}")).text
        if 'name="hope_0"' in page:
            return step
        response = answer_page(client, name, step, 0 if step == 0 else 1)
        step = int(str(response.url).rsplit("/step/", 1)[1].split("?")[0])


def test_a_hope_about_not_wanting_to_live_shows_the_crisis_lines(client: TestClient) -> None:
    add_partner(client, "Alex")
    step = _hopes_step(client, "Alex")
    url = partner_url("Alex", f"/step/{step}")
    data = {"csrf": csrf(client, url), "action": "next", "hope_0": "I just want to end it all"}
    response = client.post(url, data=data)
    assert "/help" in str(response.url) and "kind=crisis" in str(response.url)
    flat = " ".join(response.text.split())
    assert "talks about not wanting to live" in flat and "988" in flat and "12356" in flat
    assert "We suggest NOT" not in flat  # not the screening's advice
    assert re.search(rf'href="[^"]+/step/{step + 1}"', response.text)
    # a romantic line is no crisis: the questionnaire goes on
    add_partner(client, "Mei")
    step = _hopes_step(client, "Mei")
    url = partner_url("Mei", f"/step/{step}")
    data = {
        "csrf": csrf(client, url),
        "action": "next",
        "hope_0": "to die in your arms when we're old",
    }
    response = client.post(url, data=data)
    assert "/help" not in str(response.url)
