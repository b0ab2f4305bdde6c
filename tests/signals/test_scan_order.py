"""``lang/zh/scan_order.txt``: the order the Chinese key scan adds its keys in (speed only)."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources

import numpy as np
import pytest

from unmask.samples import sample_path
from unmask.signals import matcher
from unmask.signals.keyscan import KeyScan
from unmask.signals.keyscan import build as build_key_scan
from unmask.signals.matcher import SCAN_ORDER_FILE, scan_order
from unmask.signals.normalize import fold, lower_same_length


def _lines() -> list[str]:
    path = resources.files("unmask.lang").joinpath("zh", SCAN_ORDER_FILE)
    return path.read_text(encoding="utf-8").splitlines()


def test_the_file_lists_distinct_characters_one_a_line() -> None:
    lines = _lines()
    ranked = [line for line in lines if len(line) == 1]
    comments = [line for line in lines if len(line) != 1]
    assert comments and all(line.startswith("# ") for line in comments)
    assert len(ranked) > 500
    assert len(set(ranked)) == len(ranked)
    assert not any(c.isspace() for c in ranked)
    assert scan_order("zh") == "".join(ranked)
    # the most frequent characters of Chinese chat come first: among the first 20
    assert {"我", "你", "的", "了"} <= set(scan_order("zh")[:20])


def test_a_language_without_the_file_has_no_order() -> None:
    assert scan_order("en") == ""
    assert scan_order("common") == ""


def _chat_text() -> str:
    lines = sample_path("close_zh").read_text(encoding="utf-8").splitlines()
    lines += sample_path("drifting_zh").read_text(encoding="utf-8").splitlines()
    return fold(lower_same_length("\n".join(lines))).text


def test_the_ordered_chinese_scan_finds_what_the_given_order_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the Chinese language compiled as it is (its keys added in scan_order) and compiled with
    # its keys added as listed: the same keys, codes and hits
    orders: list[str] = []

    def spy(
        keys: list[str],
        bounded: bool,
        extra: Sequence[str] = (),
        order: str = "",
        squeeze: bool = False,
    ) -> KeyScan:
        orders.append(order)
        return build_key_scan(keys, bounded, extra, order, squeeze)

    monkeypatch.setattr(matcher, "build_scan", spy)
    ordered = matcher.build_language("zh").key_scan
    monkeypatch.setattr(matcher, "scan_order", lambda lang: "")
    plain = matcher.build_language("zh").key_scan
    assert orders == [scan_order("zh"), ""]
    assert ordered.keys() == plain.keys()
    assert np.array_equal(ordered.codes, plain.codes)
    assert ordered.extra == plain.extra
    text = _chat_text()
    got, want = ordered.find_all(text), plain.find_all(text)
    assert len(got[0]) > 100 and len(got[2]) > 100
    assert [a.tolist() for a in got] == [a.tolist() for a in want]
