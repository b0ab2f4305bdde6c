"""The optional NLPCC 2018 reader: both file shapes, desegmentation, halves, absence."""

from __future__ import annotations

from pathlib import Path

import pytest

from unmask_dev import nlpcc2018

# two records, written for this test (not from the data set): id, the five flags in
# nlpcc2018.EMOTIONS order, the word-segmented text
RECORDS = [
    ("0", "TFFFT", "今天 终于 放假 了 ， 好 happy ！ so good"),
    ("1", "FFFFF", "我 在 bean bar ( 宾达 咖啡 ) 。"),
]


def _published(post_id: str, flags: str, content: str) -> str:
    """One record in the published shape: each field a tag on lines of its own."""
    fields = [*zip(nlpcc2018.EMOTIONS, flags, strict=True), ("Content", content)]
    body = "".join(f"\t<{tag}>\n\t{value}\n\t</{tag}>\n" for tag, value in fields)
    return f'<Tweet id="{post_id}">\n{body}</Tweet>\n'


PUBLISHED = "\n".join(_published(*record) for record in RECORDS)


def test_published_shape_is_read_and_desegmented() -> None:
    posts = nlpcc2018.parse(PUBLISHED)
    assert [p.id for p in posts] == ["0", "1"]
    assert posts[0].emotions == frozenset({"Happiness", "Surprise"})
    assert posts[0].emotional and not posts[1].emotional
    assert posts[0].text == "今天终于放假了，好 happy ！ so good"
    assert posts[1].text == "我在 bean bar ( 宾达咖啡 ) 。"


def test_tsv_shape_gives_the_same_posts() -> None:
    tsv = "".join("\t".join([post_id, *flags, text]) + "\n" for post_id, flags, text in RECORDS)
    assert nlpcc2018.parse(tsv) == nlpcc2018.parse(PUBLISHED)


def test_halves_split_the_ids_and_are_fixed() -> None:
    halves = [nlpcc2018.half(str(i)) for i in range(400)]
    assert 150 < halves.count("tune") < 250
    assert halves == [nlpcc2018.half(str(i)) for i in range(400)]


def test_absent_file_is_said(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(nlpcc2018.ENV, raising=False)
    with pytest.raises(nlpcc2018.Missing, match=nlpcc2018.ENV):
        nlpcc2018.load()
    path = tmp_path / "dev.txt"
    path.write_text(PUBLISHED, encoding="utf-8")
    monkeypatch.setenv(nlpcc2018.ENV, str(path))
    assert len(nlpcc2018.load()) == 2
