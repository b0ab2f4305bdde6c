"""A first-person plural in partners' logistics is not we_talk (unmask.signals.we_task,
h-wetalk): the guard's language data (lang/<lang>/guards/we_pair.yaml) and the rule read
through the scorer."""

from __future__ import annotations

import numpy as np
import pytest

from unmask.signals import guard_data, we_task
from unmask.signals.lexicon import LexiconError
from unmask.signals.scorer import score_texts
from unmask.signals.types import PRESENT

CASES = [
    (lang, name, index)
    for lang in we_task.LANGS
    for name, part in (we_task.parts(lang) or {}).items()
    for index in range(len(part.entries))
]

# task talk with a plural subject: the surface reading stands, we_talk does not
TASK = [
    ("we need milk and bin bags, can you grab them", "logistics"),
    ("we're out of nappies again", "logistics"),
    ("we have to pay the gas bill by friday", "transactional"),
    ("what time do we leave saturday", "logistics"),
    ("our rent is due tomorrow", "transactional"),
    ("我们得交物业费了", "transactional"),
    ("我们周六几点出发", "logistics"),
    ("咱们要去买尿不湿", "duty"),
]
# the pair as a unit, with or without task talk beside it
KEEP = [
    "we need a weekend away, just the two of us",
    "we have to stop fighting about money, it's eating us",
    "let's go to the beach on saturday",
    "let's book the cabin for our anniversary",
    "we're going to be ok, you and me",
    "咱们周末去爬山吧",
    "咱们俩好好的",
    "周六我们一起去看海吧，好久没出去了",
]


def _fires(texts: list[str]) -> tuple[list[set[str]], list[dict[str, list[object]]]]:
    res = score_texts(texts)
    fired = [
        {n for n, v in res.scores.items() if not np.isnan(v[i]) and v[i] >= PRESENT}
        for i in range(len(texts))
    ]
    return fired, [dict(e) for e in res.evidence]


def test_task_talk_keeps_its_surface_and_loses_we_talk() -> None:
    fired, evidence = _fires([text for text, _ in TASK])
    for (text, surface), got, ev in zip(TASK, fired, evidence, strict=True):
        assert surface in got, text
        assert "we_talk" not in got, text
        assert "we_talk" not in ev, text


def test_the_rule_is_what_removes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(we_task, "apply", lambda texts, langs, scores, evidence: None)
    fired, evidence = _fires([text for text, _ in TASK])
    assert all("we_talk" in got for got in fired)
    assert all("we_talk" in ev for ev in evidence)


def test_the_pair_a_relationship_word_and_a_proposal_keep_we_talk() -> None:
    fired, _ = _fires(KEEP)
    for text, got in zip(KEEP, fired, strict=True):
        assert "we_talk" in got, text


def test_a_feeling_beside_the_task_keeps_we_talk() -> None:
    fired, _ = _fires(["the rent went up again and i'm terrified we'll lose the flat"])
    assert "we_talk" in fired[0]
    assert "disclosure.emotional" in fired[0]


@pytest.mark.parametrize(("lang", "name", "index"), CASES)
def test_each_entry_keeps_its_example_and_not_its_twin(lang: str, name: str, index: int) -> None:
    found = we_task.parts(lang)
    assert found is not None
    part = found[name]
    entry = part.entries[index]
    assert part.entry_pattern(entry).search(entry.example.lower()), entry.example
    assert we_task.keeps(entry.example, lang), entry.example
    assert not we_task.keeps(entry.must_not_fire, lang), entry.must_not_fire


def test_the_examples_and_twins_read_so_through_the_scorer() -> None:
    lines = [
        (entry.example, entry.must_not_fire)
        for lang, name, index in CASES
        for entry in [(we_task.parts(lang) or {})[name].entries[index]]
    ]
    fired, _ = _fires([a for a, _ in lines] + [b for _, b in lines])
    kept, lost = fired[: len(lines)], fired[len(lines) :]
    for (example, twin), k, lo in zip(lines, kept, lost, strict=True):
        assert "we_talk" in k, example
        assert "we_talk" not in lo, twin
        assert lo & set(we_task.TASK_SIGNALS), twin


@pytest.mark.parametrize("lang", we_task.LANGS)
def test_every_part_has_entries(lang: str) -> None:
    found = we_task.parts(lang)
    assert found is not None
    assert set(found) == set(we_task.PART_NAMES)
    assert all(part.entries for part in found.values())


def test_a_language_without_the_file_keeps_we_talk() -> None:
    assert we_task.parts("fr") is None
    assert we_task.keeps("on doit acheter du lait", "fr")


def test_a_malformed_file_names_the_file_and_the_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard_data, "read_yaml", lambda lang, file: {"pair": {"before": ""}})
    we_task.parts.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"lang/en/guards/we_pair\.yaml, part pair"):
            we_task.parts("en")
    finally:
        monkeypatch.undo()
        we_task.parts.cache_clear()
