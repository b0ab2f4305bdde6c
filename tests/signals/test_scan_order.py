"""``lang/zh/scan_order.txt``: the order the Chinese key scan adds its keys in (speed only)."""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest
from scan_builds import chat_text, recorded_builds

from unmask.signals import matcher
from unmask.signals.matcher import SCAN_ORDER_FILE, scan_order


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


def test_the_ordered_chinese_scan_finds_what_the_given_order_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the Chinese language compiled as it is (its keys added in scan_order) and compiled with
    # its keys added as listed: the same keys, codes and hits
    builds = recorded_builds(monkeypatch)
    ordered = matcher.build_language("zh").key_scan
    monkeypatch.setattr(matcher, "scan_order", lambda lang: "")
    plain = matcher.build_language("zh").key_scan
    assert [b["order"] for b in builds] == [scan_order("zh"), ""]
    assert ordered.keys() == plain.keys()
    assert np.array_equal(ordered.codes, plain.codes)
    assert ordered.extra == plain.extra
    text = chat_text("close_zh", "drifting_zh")
    got, want = ordered.find_all(text), plain.find_all(text)
    assert len(got[0]) > 100 and len(got[2]) > 100
    assert [a.tolist() for a in got] == [a.tolist() for a in want]
