"""The security properties of the web app, tried the way an attacker's page or a careless
request would: wrong Host, missing or wrong CSRF token, another origin, oversized and
hostile uploads, cookies and headers, passphrase guessing, no message text in logs."""

from __future__ import annotations

import io
import logging
import os
import stat
import zipfile
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.routing import Route
from starlette.testclient import TestClient

from unmask.samples import sample_path

from .conftest import TEST_LIMIT
from .helpers import BASE, Clock, add_partner, analyse, csrf, unlock, upload, wait_job


@pytest.mark.parametrize(
    "host", ["evil.example", "127.0.0.1.evil.example", "attacker.test:8765", "192.168.1.20"]
)
def test_a_foreign_host_header_is_refused(client: TestClient, host: str) -> None:
    response = client.get("/", headers={"host": host})
    assert response.status_code == 400
    assert "[E901]" in response.text
    assert "set-cookie" not in response.headers  # no session for a rebinding page


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost"])
def test_loopback_host_headers_are_served(client: TestClient, host: str) -> None:
    assert client.get("/", headers={"host": host}).status_code == 200


def test_a_remote_host_is_served_only_when_configured(private_data_dir: Path) -> None:
    from unmask.web import WebConfig, create_app

    app = create_app(WebConfig(data_dir=private_data_dir, allowed_hosts=frozenset({"10.0.0.5"})))
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        assert c.get("/").status_code == 200
        assert c.get("/", headers={"host": "10.0.0.6"}).status_code == 400


def _post_routes(app: Starlette) -> list[str]:
    urls = []
    for route in app.routes:
        if isinstance(route, Route) and "POST" in (route.methods or ()):
            url = route.path
            for name in route.param_convertors:
                url = url.replace(f"{{{name}:int}}", "1").replace(f"{{{name}}}", "x")
            urls.append(url)
    return urls


def test_every_post_route_refuses_a_missing_or_wrong_csrf_token(
    app: Starlette, client: TestClient
) -> None:
    add_partner(client, "Alex")  # unlocked: the token check is not hidden behind a 403
    urls = _post_routes(app)
    assert len(urls) >= 10
    for url in urls:
        for data in ({}, {"csrf": "not-the-token"}):
            response = client.post(url, data=data)
            assert response.status_code == 403, url
            assert "[E904]" in response.text, url


def test_a_post_from_another_origin_is_refused(client: TestClient) -> None:
    token = csrf(client)
    response = client.post(
        "/couples",
        data={"csrf": token, "couple": "x"},
        headers={"origin": "http://evil.example"},
    )
    assert response.status_code == 403 and "[E903]" in response.text
    same = client.post("/couples", data={"csrf": token, "couple": "x"}, headers={"origin": BASE})
    assert same.status_code == 200 and str(same.url).endswith("/c/x")


def test_the_csrf_token_of_one_browser_does_not_work_in_another(
    client: TestClient, other: TestClient
) -> None:
    mine = csrf(client)
    response = other.post("/couples", data={"csrf": mine, "couple": "x"})
    assert response.status_code == 403


def test_cookies_are_httponly_and_samesite_strict(app: Starlette) -> None:
    with TestClient(app, base_url=BASE) as fresh:
        cookie = fresh.get("/").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie


def test_pages_carry_a_strict_policy_with_no_external_source(client: TestClient) -> None:
    headers = client.get("/").headers
    policy = headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "http" not in policy and "unsafe" not in policy
    assert "frame-ancestors 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"  # a form POST then sends its Origin
    assert headers["cache-control"] == "no-store"
    page = client.get("/").text
    assert "http://" not in page.replace(BASE, "") and "https://" not in page


def test_the_static_assets_are_served_from_the_package(client: TestClient) -> None:
    assert "progress" in client.get("/static/progress.js").text
    assert client.get("/static/app.css").status_code == 200
    assert client.get("/static/../app.py").status_code == 404


def _upload_folders(data_dir: Path) -> list[Path]:
    folder = data_dir / "web-uploads"
    return list(folder.iterdir()) if folder.exists() else []


def test_an_oversized_upload_is_refused_and_leaves_nothing(
    client: TestClient, private_data_dir: Path, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"[01/02/2023, 10:00] Alex: hello\n" * (TEST_LIMIT // 16))
    response = upload(client, big)
    assert response.status_code == 413
    assert "[E902]" in response.text
    assert _upload_folders(private_data_dir) == []


def test_a_streamed_body_over_the_limit_is_cut_off_without_a_length(client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        yield (
            b'--b0undary\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\n"
        )
        for _ in range(TEST_LIMIT // 4096 + 40):
            yield b"x" * 4096

    response = client.post(
        "/analyses/upload",
        content=chunks(),
        headers={"content-type": "multipart/form-data; boundary=b0undary"},
    )
    assert response.status_code == 413


def test_a_malformed_export_fails_with_a_clear_message_and_is_removed(
    client: TestClient, private_data_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "result.json"
    bad.write_text('{"name": "Mei", "messages": [{"id": 1, "text": ', encoding="utf-8")
    response = wait_job(client, upload(client, bad))
    assert "/jobs/" in str(response.url)
    assert "[E1" in response.text  # an input error code, never a traceback
    assert "Traceback" not in response.text
    assert str(private_data_dir) not in response.text  # the temp path is not shown
    assert _upload_folders(private_data_dir) == []


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_zip_with_path_traversal_is_refused_and_removed(
    client: TestClient, private_data_dir: Path, tmp_path: Path
) -> None:
    chat = sample_path("close_en").read_bytes()[:2000]
    evil = _zip(tmp_path / "chat.zip", {"_chat.txt": chat, "../../escape.txt": b"x"})
    response = upload(client, evil)
    assert response.status_code == 400
    assert "[E103]" in response.text and "unsafe name" in response.text
    assert _upload_folders(private_data_dir) == []
    assert not (private_data_dir.parent / "escape.txt").exists()


def test_a_zip_bomb_is_refused(client: TestClient, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("_chat.txt", b"\0" * (40 * 1024 * 1024))
    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(buffer.getvalue())
    assert bomb.stat().st_size < TEST_LIMIT
    response = upload(client, bomb)
    assert response.status_code == 400 and "zip bomb" in response.text


def test_an_upload_without_both_partners_consent_is_not_analysed(
    client: TestClient, private_data_dir: Path
) -> None:
    response = upload(client, sample_path("close_en"), consent=False)
    assert response.status_code == 400
    assert "[E210]" in response.text
    assert _upload_folders(private_data_dir) == []
    assert not (private_data_dir / "consent.json").exists()


def test_a_browser_file_name_cannot_place_the_upload(
    client: TestClient, private_data_dir: Path
) -> None:
    response = upload(client, sample_path("close_en"), name="../../../etc/close_en.txt")
    chosen = wait_job(client, response)
    assert "/analyses/choose/" in str(chosen.url)
    assert "close_en.txt" in chosen.text
    (folder,) = _upload_folders(private_data_dir)
    assert [p.name for p in folder.iterdir()] == ["close_en.txt"]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "close_en.txt").stat().st_mode) == 0o600


def test_passphrase_attempts_are_rate_limited(
    client: TestClient, other: TestClient, clock: Clock
) -> None:
    add_partner(client, "Alex")
    for _ in range(5):
        assert unlock(other, "Alex", "wrong guess here").status_code == 403
    blocked = unlock(other, "Alex")  # even the right one waits now
    assert blocked.status_code == 429 and "[E907]" in blocked.text
    clock.now += 301
    assert unlock(other, "Alex").status_code == 200


def test_the_analysis_leaves_no_message_text_in_logs_and_private_files(
    client: TestClient, private_data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    report = analyse(client, sample_path("close_en"), "Daniel", "Maya")
    assert "/analyses/" in str(report.url) and report.status_code == 200
    texts = [
        line.split(": ", 1)[1]
        for line in sample_path("close_en").read_text(encoding="utf-8").splitlines()[:200]
        if ": " in line and len(line.split(": ", 1)[1]) > 12
    ]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert texts and not [t for t in texts if t in logged]
    folder = private_data_dir / "web-reports"
    (report_dir,) = folder.iterdir()
    for path in report_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE((private_data_dir / "consent.json").stat().st_mode) == 0o600
    assert _upload_folders(private_data_dir) == []  # removed once analysed
    assert os.environ["UNMASK_DATA_DIR"] == str(private_data_dir)
