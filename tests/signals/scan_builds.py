"""The key scans a language is built with, and the bundled chats as the key scan reads
them (the tests of the Chinese scan order and of the squeezed scans)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from unmask.samples import sample_path
from unmask.signals import matcher
from unmask.signals.keyscan import KeyScan
from unmask.signals.keyscan import build as build_key_scan
from unmask.signals.normalize import fold, lower_same_length


def chat_text(*names: str) -> str:
    """The bundled samples ``names``' lines, folded as the matcher folds a batch."""
    lines: list[str] = []
    for name in names:
        lines += sample_path(name).read_text(encoding="utf-8").splitlines()
    return fold(lower_same_length("\n".join(lines))).text


def recorded_builds(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """From now on, the arguments of every key scan :func:`matcher.build_language` builds,
    one dict a build (the scans themselves built as they would be)."""
    calls: list[dict[str, Any]] = []

    def spy(
        keys: list[str],
        bounded: bool,
        extra: Sequence[str] = (),
        order: str = "",
        squeeze: bool = False,
    ) -> KeyScan:
        calls.append(
            {"keys": keys, "bounded": bounded, "extra": extra, "order": order, "squeeze": squeeze}
        )
        return build_key_scan(keys, bounded, extra, order, squeeze)

    monkeypatch.setattr(matcher, "build_scan", spy)
    return calls
