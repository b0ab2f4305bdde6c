"""The crisis statements read once, by the parent, beside a forked scoring child
(``scorer._crisis_on``, ``ScoreResult.crisis_marks``): the same scores as one process, and
the analysis's crisis count from the marks equal to :func:`read_crisis` of the texts."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyarrow as pa
import pytest
from counted_forks import counted_forks

from unmask.analyze import _crisis_of
from unmask.dyad import crisis
from unmask.dyad.columns import select
from unmask.dyad.partners import choose_partners, sender_counts
from unmask.dyad.safety import CONTROL_SIGNALS
from unmask.model import ARROW_SCHEMA
from unmask.signals import control_gate, score_table
from unmask.signals import scorer as scorer_module
from unmask.signals.types import MESSAGE_SIGNALS


def _examples(lang: str) -> list[str]:
    return [entry.example for entry in crisis.lexicon(lang).entries]


def _lines() -> list[tuple[str, str | None, str]]:
    """(sender, text, kind): every entry's example in both languages, laughing, tied to
    leaving (a threat), negated, about another, quoted, repeated lines, and everyday talk."""
    lines: list[tuple[str, str | None, str]] = []
    talk = [
        "how was your day?",
        "I miss you, come home soon",
        "今天好累，想你了",
        "晚饭吃什么？",
        "ok",
        "love you",
    ]
    for k, text in enumerate(_examples("en") + _examples("zh")):
        who = "Ana" if k % 2 else "Ben"
        lines.append((who, text, "text"))
        lines.append(("Ben" if who == "Ana" else "Ana", talk[k % len(talk)], "text"))
    lines += [
        ("Ana", "I want to die lol", "text"),
        ("Ben", "哈哈哈哈我不想活了", "text"),
        ("Ana", "if you leave me I don't want to be alive anymore", "text"),
        ("Ben", "你要是离开我，我就不想活了", "text"),
        ("Ana", "I'm not thinking of killing myself, don't worry", "text"),
        ("Ben", "你是不是想伤害自己？", "text"),
        ("Ana", 'she said "I want to die" in the movie', "text"),
        ("Ben", "I'll kill myself if you go out tonight, I swear", "text"),
        ("Ana", None, "text"),
        ("Ben", "", "text"),
        ("Ana", "photo.jpg", "media"),
    ]
    lines += lines[:10]  # repeated lines: each distinct text read once
    return lines


def _table(lines: list[tuple[str, str | None, str]]) -> pa.Table:
    records = [
        {
            "conversation_id": "c",
            "message_id": f"m{i}",
            "timestamp": f"2024-03-01T{8 + i // 60:02d}:{i % 60:02d}:00",
            "sender": sender,
            "text": text,
            "kind": kind,
            "platform": "test",
            "reply_to": None,
            "utc_offset": None,
            "edited": False,
        }
        for i, (sender, text, kind) in enumerate(lines)
    ]
    return pa.Table.from_pylist(records, schema=ARROW_SCHEMA)


def _scored(table: pa.Table, workers: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    forks = counted_forks(workers, monkeypatch)
    result = score_table(table, evidence=False, evidence_later=True)
    return result, len(forks)


@pytest.fixture(scope="module")
def table() -> pa.Table:
    return _table(_lines())


def test_the_examples_are_read_as_crisis_statements() -> None:
    # the test reads what it means to: most examples count, in both languages
    for lang in crisis.LANGS:
        assert crisis.statements(_examples(lang)).sum() >= len(_examples(lang)) // 2


def test_two_processes_give_the_scores_of_one_with_the_crisis_statements(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, forks_one = _scored(table, "1", monkeypatch)
    two, forks_two = _scored(table, "2", monkeypatch)
    assert (forks_one, forks_two) == (0, 1)
    assert one.crisis_marks is None
    for name in one.scores:
        assert one.scores[name].tobytes() == two.scores[name].tobytes(), name
    texts = table.column("text").to_pylist()
    counted = crisis.statements([t or "" for t in texts])
    assert counted.sum() >= 10  # the rule had statements to read, threats among them
    vulnerable = two.scores["disclosure.vulnerable"][counted]
    assert (vulnerable >= scorer_module.CRISIS_VULNERABLE).any() and (vulnerable <= 0).any()


def test_the_marks_of_every_row_are_those_of_its_text(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    two, _ = _scored(table, "2", monkeypatch)
    assert two.crisis_marks is not None
    said, laughing = two.crisis_marks
    texts = table.column("text").to_pylist()
    kinds = table.column("kind").to_pylist()
    want_said, want_laughing = crisis.marks([t or "" for t in texts])
    text_rows = np.array([k == "text" for k in kinds])
    assert np.array_equal(said, want_said & text_rows)
    assert np.array_equal(laughing, want_laughing & text_rows)
    assert laughing.any() and (said & ~laughing).any()


def test_the_analysis_counts_from_the_marks_as_read_crisis_does(
    table: pa.Table, monkeypatch: pytest.MonkeyPatch
) -> None:
    two, _ = _scored(table, "2", monkeypatch)
    one, _ = _scored(table, "1", monkeypatch)
    partners = choose_partners(sender_counts(table.column("sender")), None, None)
    sel = select(table, partners)
    from_marks = _crisis_of(table, sel, two)
    read = _crisis_of(table, sel, one)  # no marks: read_crisis of the texts
    assert from_marks == read
    assert read.messages >= 10 and read.laughing_set_aside >= 2


def test_crisis_on_the_matrix_is_the_batch_rule() -> None:
    texts = [*_examples("en"), *_examples("zh"), "if you leave me I want to die", "ok", "想死"]
    rng = np.random.default_rng(5)
    batch = rng.random((len(texts), len(MESSAGE_SIGNALS)))
    batch[::3, MESSAGE_SIGNALS.index(CONTROL_SIGNALS[0])] = 0.9  # some read as control
    batch[1::2, MESSAGE_SIGNALS.index("safety.fear")] = 0.0  # some not the writer's fear
    # the safety model's control probability: some past the control gate's level (h-gate)
    control = np.where(np.arange(len(texts)) % 4 == 1, 0.99, 0.2)
    langs = ["zh" if any("\u4e00" <= c <= "\u9fff" for c in t) else "en" for t in texts]
    likely = control_gate.likely_control(control, langs)
    assert likely.any()
    by_batch = batch.copy()
    scorer_module._apply_crisis(texts, by_batch, [], likely=likely)
    matrix = np.ascontiguousarray(batch.T)
    # the matrix's extra rows: languages, the lexicons' reading, the control probability
    extra = np.zeros((3, len(texts)))
    extra[scorer_module._LANG_ROW - len(MESSAGE_SIGNALS)] = scorer_module._lang_codes(langs)
    extra[scorer_module._CONTROL_ROW - len(MESSAGE_SIGNALS)] = control
    out = np.vstack([matrix, extra])
    scorer_module._crisis_on(out, texts, crisis.statements(texts))
    assert out[: len(MESSAGE_SIGNALS)].T.tobytes() == by_batch.tobytes()
    assert out[len(MESSAGE_SIGNALS) :].tobytes() == extra.tobytes()
    # past the level, a statement is no vulnerable disclosure; the same without the level
    plain = batch.copy()
    scorer_module._apply_crisis(texts, plain, [])
    col = MESSAGE_SIGNALS.index("disclosure.vulnerable")
    assert (by_batch[:, col] != plain[:, col]).any()


def test_marks_of_array_are_the_marks_of_the_strings() -> None:
    """The marks of texts Arrow holds (the scorer's distinct texts, read without encoding
    them again) equal those of the same Python strings, in both languages: every entry's
    example, laughing, tied to leaving, negated, quoted, everyday couple talk."""
    texts = sorted({text for _, text, _ in _lines() if text is not None})
    for kind in (pa.string(), pa.large_string()):
        got = crisis.marks_of_array(pa.array(texts, kind))
        want = crisis.marks(texts)
        assert [m.tolist() for m in got] == [m.tolist() for m in want]
    said, laughing = crisis.marks(texts)
    assert said.any() and laughing.any() and not said.all()
    empty = crisis.marks_of_array(pa.array([], pa.string()))
    assert [len(m) for m in empty] == [0, 0]
    # the scorer's reading beside its child: from the Arrow dictionary or the strings alike
    column = pa.chunked_array([pa.array(texts + texts[:5])])
    held = scorer_module._distinct_text_array(column, np.ones(len(texts) + 5, bool))
    assert held is not None
    distinct = held[0].to_pylist()
    by_array = scorer_module._crisis_marks(distinct, held[0])
    by_strings = scorer_module._crisis_marks(distinct)
    assert [m.tolist() for m in by_array] == [m.tolist() for m in by_strings]
