"""The couple space: each partner's own passphrase, and one partner's browser session can
never reach the other's answers, predictions, progress or unlock state through any URL."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from unmask.assess import builtin_instrument, current_round
from unmask.store import Store

from .helpers import PASSPHRASES, add_partner, answer_page, csrf, partner_url, unlock

OTHER_URLS = ("", "/step/0", "/step/1", "/step/12", "/help?next=1")


def test_two_partners_each_get_their_own_space(client: TestClient, other: TestClient) -> None:
    first = add_partner(client, "Alex")
    assert first.status_code == 200 and str(first.url).endswith(partner_url("Alex"))
    second = add_partner(other, "Mei")
    assert second.status_code == 200 and str(second.url).endswith(partner_url("Mei"))
    space = client.get("/c/default").text
    assert "Alex" in space and "Mei" in space
    assert 'action="/c/default/partners"' not in space  # two is the most a comparison uses
    third = add_partner(client, "Sam")
    assert "already has two partners" in third.text


def test_one_partner_cannot_reach_the_other_through_any_url(
    client: TestClient, other: TestClient
) -> None:
    add_partner(client, "Alex")
    add_partner(other, "Mei")
    answer_page(other, "Mei", 0)
    answer_page(other, "Mei", 1, pick=4)
    for url in OTHER_URLS:
        response = client.get(partner_url("Mei", url))
        assert response.status_code == 403, url
        assert "[E906]" in response.text
        assert "Mei: your questionnaire" not in response.text
    token = csrf(client)
    for url in ("/step/1", "/round"):
        response = client.post(partner_url("Mei", url), data={"csrf": token, "action": "next"})
        assert response.status_code == 403, url
    # Alex's own pages work, and the couple space shows no answer of Mei's
    assert client.get(partner_url("Alex")).status_code == 200
    space = client.get("/c/default").text
    assert "Answering" in space
    assert not re.search(r'value="\d" checked', space)


def test_a_browser_that_unlocked_no_one_reaches_no_one(app: object, client: TestClient) -> None:
    add_partner(client, "Alex")
    client.post("/lock", data={"csrf": csrf(client)})
    for url in OTHER_URLS:
        assert client.get(partner_url("Alex", url)).status_code == 403


def test_unlocking_one_partner_locks_the_other_in_that_browser(client: TestClient) -> None:
    add_partner(client, "Alex")
    add_partner(client, "Mei")  # the same browser adds the second partner: Alex is locked
    assert client.get(partner_url("Alex")).status_code == 403
    assert unlock(client, "Alex").status_code == 200
    assert client.get(partner_url("Mei")).status_code == 403


def test_a_wrong_passphrase_is_refused_without_saying_more(client: TestClient) -> None:
    add_partner(client, "Alex")
    client.post("/lock", data={"csrf": csrf(client)})
    response = unlock(client, "Alex", "not alex's passphrase")
    assert response.status_code == 403
    assert "wrong passphrase" in response.text
    assert client.get(partner_url("Alex")).status_code == 403


def test_an_idle_unlock_expires(client: TestClient, clock: object) -> None:
    add_partner(client, "Alex")
    assert client.get(partner_url("Alex")).status_code == 200
    clock.now += 31 * 60  # type: ignore[attr-defined]
    assert client.get(partner_url("Alex")).status_code == 403


@pytest.mark.parametrize(
    ("name", "secret", "repeat", "message"),
    [
        ("Alex", "short", "short", "too weak"),
        ("Alex", "blue river lamp", "blue river lamb", "do not match"),
        ("", "blue river lamp", "blue river lamp", "at most 60"),
        ("a/b", "blue river lamp", "blue river lamp", "at most 60"),
    ],
)
def test_a_new_partner_needs_a_name_and_a_strong_confirmed_passphrase(
    client: TestClient, name: str, secret: str, repeat: str, message: str
) -> None:
    response = client.post(
        "/c/default/partners",
        data={"csrf": csrf(client), "partner": name, "passphrase": secret, "repeat": repeat},
    )
    assert response.status_code == 200 and str(response.url).endswith("/c/default")
    assert message in response.text
    with Store(None) as store:
        assert store.partner_names("default") == []


def test_answers_are_stored_encrypted_under_the_partners_own_key(client: TestClient) -> None:
    add_partner(client, "Alex")
    answer_page(client, "Alex", 0)
    answer_page(client, "Alex", 1, pick=3)
    instrument = builtin_instrument()
    with Store(None) as store:
        raw = store._conn.execute("SELECT * FROM sheets").fetchall()
        assert raw and b'"answers"' not in b"".join(
            v for row in raw for v in row if isinstance(v, bytes)
        )
        who = store.unlock("default", "Alex", PASSPHRASES["Alex"])
        _, sheet = current_round(store, who, instrument)
    first_page = [i.id for i in instrument.items[:8]]
    assert [sheet.answers[k] for k in first_page] == [4] * 8


def test_a_couple_space_name_is_checked(client: TestClient) -> None:
    response = client.post("/couples", data={"csrf": csrf(client), "couple": "../etc"})
    assert str(response.url).endswith("/") and "letters, digits" in response.text
    assert client.get("/c/..%2Fetc").status_code == 404


def test_a_partner_deletes_their_own_answers_with_their_passphrase(
    client: TestClient, other: TestClient
) -> None:
    add_partner(client, "Alex")
    add_partner(other, "Mei")
    answer_page(client, "Alex", 0)
    url = partner_url("Alex", "/forget")
    unconfirmed = client.post(url, data={"csrf": csrf(client), "passphrase": PASSPHRASES["Alex"]})
    assert "Nothing was deleted" in unconfirmed.text
    wrong = client.post(url, data={"csrf": csrf(client), "passphrase": "nope", "confirm": "yes"})
    assert wrong.status_code == 403
    assert (
        other.post(
            url, data={"csrf": csrf(other), "passphrase": PASSPHRASES["Alex"], "confirm": "yes"}
        ).status_code
        == 403
    )  # Mei's browser cannot delete Alex, even knowing the passphrase
    done = client.post(
        url, data={"csrf": csrf(client), "passphrase": PASSPHRASES["Alex"], "confirm": "yes"}
    )
    assert str(done.url).endswith("/c/default") and "answers and key were deleted" in done.text
    with Store(None) as store:
        assert store.partner_names("default") == ["Mei"]
    assert client.get(partner_url("Alex")).status_code == 403


def test_the_partner_page_title_is_the_name_and_its_forms_are_in_the_page(
    client: TestClient,
) -> None:
    add_partner(client, "Alex")
    page = client.get(partner_url("Alex")).text
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title is not None and title.group(1).strip() == "Alex · unmask"
    main = page[page.index("<main") :]
    assert main.count('action="/c/default/p/Alex/forget"') == 1
