"""Home, the first-run page, language, the data page and "delete everything"."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from click.testing import CliRunner
from starlette.testclient import TestClient

from unmask.cli.main import app as cli
from unmask.samples import sample_path
from unmask.store import Store

from .helpers import add_partner, analyse, csrf, partner_url

#: a form field a person fills (hidden fields and radios, which sit in their labels, aside)
FIELD = r'<(?:input|select)(?![^>]*type="(?:hidden|radio)")[^>]*>'


def test_the_first_run_explains_the_data_before_any_question(client: TestClient) -> None:
    page = client.get("/").text
    assert "what happens to your data" in page
    assert "Nothing leaves this computer" in page and "encrypted" in page
    assert "Delete everything" in page
    assert 'type="password"' not in page and 'type="radio"' not in page
    assert '<main id="main">' in page and '<nav aria-label="Main">' in page
    assert 'class="skip" href="#main"' in page


def test_every_form_field_has_a_label(client: TestClient) -> None:
    add_partner(client, "Alex")

    for url in (
        "/",
        "/about",
        "/delete",
        "/analyses",
        "/c/default",
        partner_url("Alex"),
        partner_url("Alex", "/step/0"),
        partner_url("Alex", "/step/16"),
    ):
        page = client.get(url).text
        fields = re.findall(FIELD, page)
        ids = [m for f in fields for m in re.findall(r'\bid="([^"]+)"', f)]
        assert len(ids) == len(fields), url
        for field_id in ids:
            assert f'for="{field_id}"' in page, (url, field_id)
        for radio in re.findall(r"<label[^>]*>\s*<input type=\"radio\"", page):
            assert radio  # every radio sits inside its label
        assert page.count("<fieldset") == page.count("<legend"), url


def test_the_language_switch_changes_every_page(client: TestClient) -> None:
    assert "Delete everything" in client.get("/").text
    switched = client.post("/lang", data={"csrf": csrf(client), "lang": "zh", "next": "/about"})
    assert str(switched.url).endswith("/about")
    assert "任何内容都不会离开这台电脑" in switched.text and "删除全部" in switched.text
    for away in ("https://evil.example/", "//evil.example/", "/\\evil.example/"):
        response = client.post(
            "/lang", data={"csrf": csrf(client), "lang": "en", "next": away}, follow_redirects=False
        )
        assert response.headers["location"] == "/", away
    assert "Delete everything" in client.get("/").text


def test_the_guide_entry_waits_for_the_guide(client: TestClient) -> None:
    import unmask.guide

    page = client.get("/").text
    assert ('href="/guide"' in page) == hasattr(unmask.guide, "build_plan")


def test_delete_everything_needs_confirmation_then_removes_it_all(
    client: TestClient, private_data_dir: Path
) -> None:
    add_partner(client, "Alex")
    analyse(client, sample_path("close_en"), "Daniel", "Maya")
    unconfirmed = client.post("/delete", data={"csrf": csrf(client)})
    assert "Nothing was deleted" in unconfirmed.text
    with Store(None) as store:
        assert store.partner_names("default") == ["Alex"]
    done = client.post("/delete", data={"csrf": csrf(client), "confirm": "yes"})
    assert done.status_code == 200 and "Everything is deleted" in done.text
    with Store(None) as store:
        assert store.couples() == [] and store.outputs() == []
    assert list((private_data_dir / "web-reports").iterdir()) == []
    assert client.get(partner_url("Alex")).status_code == 403  # the unlocked key is gone


def test_serve_refuses_a_remote_host_without_the_flag() -> None:
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--no-browser"])
    assert result.exit_code == 2
    assert "[E200]" in result.output and "--allow-remote" in result.output


def test_serve_answers_on_loopback_and_logs_no_request(
    private_data_dir: Path, tmp_path: Path
) -> None:
    """The real command: it says where it runs, serves, and its log names no URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "unmask", "serve", "--no-browser", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "UNMASK_DATA_DIR": str(private_data_dir)},
        )
        try:
            page = None
            for _ in range(300):  # bounded wait for the start, not a timing assertion
                try:
                    page = httpx.get(f"http://127.0.0.1:{port}/about?who=Mei+private", timeout=2)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            assert page is not None and page.status_code == 200
            assert str(private_data_dir) in page.text
        finally:
            server.terminate()
            server.wait(timeout=30)
    text = log.read_text(encoding="utf-8")
    assert f"unmask is running at http://127.0.0.1:{port}/" in text
    assert "GET" not in text and "Mei" not in text and "/about" not in text
