"""One conformance test over every registered signal: registry <-> scorer <-> data <-> docs."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest
from click.testing import CliRunner

from unmask.cli.main import app
from unmask.model import ARROW_SCHEMA
from unmask.signals import (
    ALL_SIGNALS,
    MESSAGE_SIGNALS,
    SIGNALS,
    score_table,
    score_text,
    score_texts,
)
from unmask.signals.lexicon import load_language

DOCS = Path(__file__).resolve().parents[2] / "docs" / "signals.md"
REALISTIC = [
    "I'm not really ok, I feel so alone lately",
    "up to you",
    "I sent you my half of the rent",
    "我好怕，你会不会不要我",
    "转你了",
    "❤️❤️",
    "how are you feeling about your dad? 🥺",
    "随便",
    "",
]


def test_registry_matches_the_public_names() -> None:
    assert tuple(SIGNALS) == ALL_SIGNALS
    for name, spec in SIGNALS.items():
        assert spec.name == name and spec.version and spec.description
        assert spec.level == ("message" if name in MESSAGE_SIGNALS else "reply")


@pytest.mark.parametrize("signal", MESSAGE_SIGNALS)
def test_every_message_signal_has_data_in_both_languages(signal: str) -> None:
    for lang in ("en", "zh"):
        files = [f for f in load_language(lang) if f.signal == signal]
        assert files, f"{signal} has no {lang} lexicon"
        assert all(f.version == SIGNALS[signal].version for f in files)
        assert all(f.must_not_fire for f in files)


@pytest.mark.parametrize("text", REALISTIC)
def test_scores_in_range_spans_exact_and_deterministic(text: str) -> None:
    first = score_text(text, model=False)
    again = score_text(text, model=False)
    assert first == again
    for name in MESSAGE_SIGNALS:
        value = first.scores[name]
        assert value is not None and 0.0 <= value <= 1.0
    for name in ALL_SIGNALS[len(MESSAGE_SIGNALS) :]:
        assert first.scores[name] is None
    for name, items in first.evidence.items():
        for ev in items:
            assert ev.signal == name
            assert text[ev.start : ev.end] == ev.match
            assert ev.source.startswith(("lexicon:", "model:"))


def test_score_texts_agrees_with_score_text_and_keeps_order() -> None:
    result = score_texts(REALISTIC, model=False)
    assert result.message_id == [str(i) for i in range(len(REALISTIC))]
    for i, text in enumerate(REALISTIC):
        single = score_text(text, model=False)
        for name in MESSAGE_SIGNALS:
            assert result.scores[name][i] == pytest.approx(single.scores[name])
    assert all(np.isnan(result.scores[name]).all() for name in ALL_SIGNALS[len(MESSAGE_SIGNALS) :])


def _table(rows: list[tuple[str, str, str, str]]) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {
                "conversation_id": "c1",
                "message_id": f"m{i}",
                "timestamp": f"2024-03-01T10:{i:02d}:00",
                "sender": sender,
                "text": text,
                "kind": kind,
                "platform": "generic",
                "reply_to": None,
                "utc_offset": None,
                "edited": False,
            }
            for i, (sender, text, kind, _) in enumerate(rows)
        ],
        schema=ARROW_SCHEMA,
    )


def test_score_table_leaves_non_text_kinds_null() -> None:
    table = _table(
        [
            ("Ann", "I'm so scared about tomorrow", "text", ""),
            ("Ben", "<Media omitted>", "media", ""),
            ("Ben", "I'm here for you, that sounds really hard", "text", ""),
        ]
    )
    result = score_table(table, model=False)
    assert result.message_id == ["m0", "m1", "m2"]
    assert result.scores["disclosure.vulnerable"][0] >= 0.5
    assert all(math.isnan(result.scores[name][1]) for name in ALL_SIGNALS)
    assert result.evidence[1] == {}
    assert result.scores["support.emotional"][2] >= 0.5


def test_cli_score_writes_one_json_line_per_message(tmp_path: Path) -> None:
    source = tmp_path / "chat.jsonl"
    table = _table([("Ann", "up to you", "text", ""), ("Ben", "随便", "text", "")])
    source.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in table.to_pylist()) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "scores.jsonl"
    result = CliRunner().invoke(app, ["score", str(source), "-o", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["message_id"] for line in lines] == ["m0", "m1"]
    assert lines[1]["lang"] == "zh" and lines[1]["sender"] == "Ben"
    assert lines[0]["scores"]["appeasement"] >= 0.5
    assert lines[0]["evidence"]["appeasement"][0]["match"] == "up to you"
    again = CliRunner().invoke(app, ["score", str(source), "-o", str(out)])
    assert again.exit_code != 0 and "exists" in again.output


def test_every_signal_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name, spec in SIGNALS.items():
        assert f"## `{name}`" in text, f"{name} is not documented in docs/signals.md"
        section = text.split(f"## `{name}`", 1)[1].split("\n## ", 1)[0]
        assert f"version {spec.version}" in section, f"{name}: document its version"


def test_scores_without_evidence_are_the_same_scores() -> None:
    """score_table(evidence=False) is a speed/memory option only: identical scores."""
    import numpy as np
    import pyarrow as pa

    from unmask.model import ARROW_SCHEMA
    from unmask.signals import score_table

    texts = [
        "I'm scared I'm not good enough for this job",
        "oh no love, that sounds so hard. what happened?",
        "<Media omitted>",
        "sent you 50 for groceries, your turn to pay the rent",
        "我有点担心我们之间的关系……",
        "抱抱，心疼你，发生什么了？",
    ]
    n = len(texts)
    table = pa.table(
        {
            "conversation_id": ["c"] * n,
            "message_id": [f"c:{i}" for i in range(n)],
            "timestamp": [f"2024-01-01T08:0{i}:00" for i in range(n)],
            "sender": ["A", "B", "A", "B", "A", "B"],
            "text": texts,
            "kind": ["text", "text", "media", "text", "text", "text"],
            "platform": ["whatsapp"] * n,
            "reply_to": [None] * n,
            "utc_offset": [None] * n,
            "edited": [False] * n,
        },
        schema=ARROW_SCHEMA,
    )
    full = score_table(table)
    lean = score_table(table, evidence=False)
    assert lean.evidence == []
    assert any(full.evidence)
    assert lean.lang == full.lang
    for name, column in full.scores.items():
        np.testing.assert_array_equal(lean.scores[name], column, err_msg=name)


def test_score_table_reads_null_texts_and_other_column_types_as_the_canonical_table() -> None:
    # a text column with nulls reads them as "", a kind column of other string types
    # (large, dictionary-encoded) reads the same, and a message_id of integers becomes
    # strings: the same scores as the canonical table with those values filled in
    rows = [
        ("Ann", "I'm so scared about tomorrow", "text", ""),
        ("Ben", "", "text", ""),
        ("Ben", "I'm here for you, that sounds really hard", "text", ""),
        ("Ann", "thank you, I feel less alone", "media", ""),
    ]
    canonical = _table(rows)

    def replaced(table: pa.Table, name: str, values: pa.Array) -> pa.Table:
        return table.set_column(table.schema.get_field_index(name), name, values)

    texts = pa.array([rows[0][1], None, rows[2][1], rows[3][1]], pa.string())
    odd = replaced(replaced(canonical, "text", texts), "message_id", pa.array([7, 8, 9, 10]))
    kinds = pa.array([kind for _, _, kind, _ in rows], pa.large_string())
    for table in (
        odd,
        replaced(odd, "kind", kinds),
        replaced(odd, "kind", kinds.dictionary_encode()),
    ):
        want, got = score_table(canonical, evidence=False), score_table(table, evidence=False)
        assert got.message_id == ["7", "8", "9", "10"]
        assert got.lang == want.lang
        for name in ALL_SIGNALS:
            assert np.array_equal(got.scores[name], want.scores[name], equal_nan=True), name
        assert not np.isnan(got.scores["disclosure.emotional"][0])
        assert np.isnan(got.scores["disclosure.emotional"][3])
