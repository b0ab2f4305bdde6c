"""The optional SMP2020-EWECT reader: both file shapes, labels, absence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unmask_dev import smp2020

# three records written for this test (not from the data set): id, label, text
RECORDS = [
    (7, "happy", "终于放假啦，开心到飞起"),
    (8, "neural", "本站下午三点起暂停营业。"),
    (9, "fear", "半夜楼道里有脚步声，好吓人"),
]


def test_json_and_tsv_shapes_give_the_same_posts() -> None:
    published = json.dumps(
        [{"id": i, "content": t, "label": lab} for i, lab, t in RECORDS], ensure_ascii=False
    )
    tsv = "".join(f"{i}\t{lab}\t{t}\n" for i, lab, t in RECORDS)
    posts = smp2020.parse(published)
    assert posts == smp2020.parse(tsv)
    assert [p.id for p in posts] == ["7", "8", "9"]
    assert [p.emotional for p in posts] == [True, False, True]
    assert posts[2].emotions == frozenset({"Fear"})


def test_unknown_label_is_refused() -> None:
    with pytest.raises(ValueError, match="bored"):
        smp2020.parse("1\tbored\t好无聊\n")


def test_absent_file_is_said(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(smp2020.ENV, raising=False)
    with pytest.raises(smp2020.Missing, match=smp2020.ENV):
        smp2020.load()
    path = tmp_path / "sample.tsv"
    path.write_text("".join(f"{i}\t{lab}\t{t}\n" for i, lab, t in RECORDS), encoding="utf-8")
    monkeypatch.setenv(smp2020.ENV, str(path))
    assert len(smp2020.load()) == 3


def test_halves_split_by_crc32_of_the_id(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "sample.tsv"
    path.write_text("".join(f"{i}\t{lab}\t{t}\n" for i, lab, t in RECORDS), encoding="utf-8")
    monkeypatch.setenv(smp2020.ENV, str(path))
    tune, report = smp2020.load("tune"), smp2020.load("report")
    assert sorted(p.id for p in tune + report) == ["7", "8", "9"]
    assert [p.id for p in tune] == ["7"]  # crc32("7") is even; of "8" and "9" odd
    assert all(smp2020.half(p.id) == "report" for p in report)


def test_fresh_page_has_its_own_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(smp2020.FRESH_ENV, raising=False)
    sample = tmp_path / "sample.tsv"
    sample.write_text("".join(f"{i}\t{lab}\t{t}\n" for i, lab, t in RECORDS), encoding="utf-8")
    monkeypatch.setenv(smp2020.ENV, str(sample))
    with pytest.raises(smp2020.Missing, match=smp2020.FRESH_ENV):
        smp2020.load_fresh()
    fresh = tmp_path / "fresh.tsv"
    fresh.write_text("21\tsad\t又下雨了，好难过\n22\tneutral\t会议改到明天。\n", encoding="utf-8")
    monkeypatch.setenv(smp2020.FRESH_ENV, str(fresh))
    assert [p.id for p in smp2020.load_fresh()] == ["21", "22"]  # both halves, not the sample
    assert [p.emotional for p in smp2020.load_fresh()] == [True, False]
