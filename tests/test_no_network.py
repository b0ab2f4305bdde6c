"""No network, ever (issue 12): the whole CLI flow runs with every non-local socket refused.

Any attempt to resolve a host name or to connect, send to or bind a non-loopback
address raises (the test fails loudly), so a dependency that phoned home, or a
report that fetched something, would be caught here.
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from unmask.cli.main import app
from unmask.samples import sample_path

ATTEMPTS: list[str] = []


def _local_host(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _local(address: Any) -> bool:
    if isinstance(address, str | bytes):  # an AF_UNIX path
        return True
    return _local_host(str(address[0]))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    ATTEMPTS.clear()

    def guard(name: str, original: Any) -> Any:
        def call(self: socket.socket, address: Any, *args: Any) -> Any:
            if not _local(address):
                ATTEMPTS.append(f"{name} {address!r}")
                raise RuntimeError(f"network use in a test: {name} {address!r}")
            return original(self, address, *args)

        return call

    for name in ("connect", "connect_ex", "bind"):
        monkeypatch.setattr(socket.socket, name, guard(name, getattr(socket.socket, name)))

    original_sendto = socket.socket.sendto

    def sendto(self: socket.socket, data: bytes, *args: Any) -> Any:
        address = args[-1]
        if not _local(address):
            ATTEMPTS.append(f"sendto {address!r}")
            raise RuntimeError(f"network use in a test: sendto {address!r}")
        return original_sendto(self, data, *args)

    monkeypatch.setattr(socket.socket, "sendto", sendto)
    original_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host is not None and not _local_host(host if isinstance(host, str) else host.decode()):
            ATTEMPTS.append(f"getaddrinfo {host!r}")
            raise RuntimeError(f"name lookup in a test: {host!r}")
        return original_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return ATTEMPTS


def test_the_guard_itself_fails_loudly(no_network: list[str]) -> None:
    with socket.socket() as sock, pytest.raises(RuntimeError, match="network use"):
        sock.connect(("192.0.2.1", 80))
    with pytest.raises(RuntimeError, match="name lookup"):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(RuntimeError, match="network use"):
            sock.sendto(b"x", ("192.0.2.1", 53))
        sock.sendto(b"x", ("127.0.0.1", 9))  # loopback stays allowed
    assert len(no_network) == 3


def test_import_score_analyze_and_demo_touch_no_network(
    tmp_path: Path, no_network: list[str]
) -> None:
    runner = CliRunner()
    chat = sample_path("close_en")
    steps = [
        ["import", str(chat), "-o", str(tmp_path / "chat.parquet")],
        ["score", str(tmp_path / "chat.parquet"), "-o", str(tmp_path / "scores.jsonl")],
        [
            "analyze",
            str(tmp_path / "chat.parquet"),
            "-o",
            str(tmp_path / "report"),
            "--i-have-consent",
        ],
        ["analyze", str(chat), "-o", str(tmp_path / "redacted"), "--redact", "--i-have-consent"],
        ["demo", "-o", str(tmp_path / "demo")],
    ]
    for args in steps:
        result = runner.invoke(app, args, catch_exceptions=False)
        assert result.exit_code == 0, (args, result.output)
    assert no_network == []
    assert (tmp_path / "report" / "report.html").stat().st_size > 0
    assert len(list((tmp_path / "demo").glob("*/report.html"))) == 4
