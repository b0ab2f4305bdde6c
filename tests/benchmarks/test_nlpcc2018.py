"""The optional NLPCC 2018 reader: both file shapes, desegmentation, halves, absence."""

from __future__ import annotations

from pathlib import Path

import pytest

from unmask_dev import nlpcc2018

# two records in the published shape, written for this test (not from the data set)
PUBLISHED = """<Tweet id="0">
\t<Happiness>
\tT
\t</Happiness>
\t<Sadness>
\tF
\t</Sadness>
\t<Anger>
\tF
\t</Anger>
\t<Fear>
\tF
\t</Fear>
\t<Surprise>
\tT
\t</Surprise>
\t<Content>
\t今天 终于 放假 了 ， 好 happy ！ so good
\t</Content>
</Tweet>

<Tweet id="1">
\t<Happiness>
\tF
\t</Happiness>
\t<Sadness>
\tF
\t</Sadness>
\t<Anger>
\tF
\t</Anger>
\t<Fear>
\tF
\t</Fear>
\t<Surprise>
\tF
\t</Surprise>
\t<Content>
\t我 在 bean bar ( 宾达 咖啡 ) 。
\t</Content>
</Tweet>
"""


def test_published_shape_is_read_and_desegmented() -> None:
    posts = nlpcc2018.parse(PUBLISHED)
    assert [p.id for p in posts] == ["0", "1"]
    assert posts[0].emotions == frozenset({"Happiness", "Surprise"})
    assert posts[0].emotional and not posts[1].emotional
    assert posts[0].text == "今天终于放假了，好 happy ！ so good"
    assert posts[1].text == "我在 bean bar ( 宾达咖啡 ) 。"


def test_tsv_shape_gives_the_same_posts() -> None:
    tsv = (
        "0\tT\tF\tF\tF\tT\t今天 终于 放假 了 ， 好 happy ！ so good\n"
        "1\tF\tF\tF\tF\tF\t我 在 bean bar ( 宾达 咖啡 ) 。\n"
    )
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
