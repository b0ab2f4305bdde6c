"""Control's warmth is never shown: a message the safety reading counts as control or fear
is never quoted, listed or exported as affection, support or disclosure.

"I love you so much it hurts when you talk to other guys, so stop talking to them" reads
affection and emotional disclosure (and support, with the model) beside isolation. The dyad
clears its depth flags (unmask.dyad.safety.mask_depth); these tests read what a user sees:
report.json's examples (report.html, the web app's views and the guide show those),
messages.parquet's scores, and the dyad flags the figures count.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.dyad.safety import NOT_DEPTH
from unmask.profile.evidence import MESSAGE_CLAIMS, ExamplePicker
from unmask.report.html import render_html
from unmask.report.writer import write_report
from unmask_dev import safety_chats

#: warm words wrapped around an order to drop friends (partner 0): each reads affection or
#: disclosure beside isolation
CONTROL = {
    "en": [
        "I love you so much it hurts when you talk to other guys, so stop talking to them",
        "you're my everything, that's why you don't need your friends. stay home with me",
    ],
    "zh": ["我爱你，所以不许跟你那些朋友出去", "亲爱的我爱你，以后不许跟你闺蜜出去了"],
}
#: the couple's real warmth and depth on other days: still read and quoted
WARM = {
    "en": [
        (1, "I had a rough day and I feel really low"),
        (0, "I'm sorry love, I'm here. do you want to talk about it?"),
        (1, "thank you, I love you so much"),
    ],
    "zh": [(1, "今天好累，心情很差"), (0, "抱抱你，我在呢，想聊聊吗？"), (1, "谢谢你，我好爱你")],
}
WARM_KEYS = ("affection", "disclosure", "response.", "bid.")


@cache
def _analysis(lang: str, model: bool) -> Analysis:
    script: dict[int, list[safety_chats.Line]] = {}
    for k, day in enumerate(range(10, 100, 15)):
        script[day] = [(0, CONTROL[lang][k % 2]), (1, "ok" if lang == "en" else "好吧")]
    for day in range(5, 140, 9):
        script.setdefault(day, WARM[lang])
    folder = Path(tempfile.mkdtemp(prefix="unmask-warmth-"))
    path = folder / f"WhatsApp Chat - warmth_{lang}.txt"
    path.write_text(safety_chats.export_script(f"warmth_{lang}", lang, script), encoding="utf-8")
    return analyze(path, options=AnalyzeOptions(model=model, bootstrap_resamples=40))


@pytest.mark.parametrize("model", [False, True])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_controlling_message_is_never_shown_as_warmth(
    lang: str, model: bool, tmp_path: Path
) -> None:
    a = _analysis(lang, model)
    assert a.safety is not None and a.safety.mode == "notice", a.safety  # report kept whole
    texts = a.table.column("text").to_pylist()
    control = np.isin(np.asarray(texts, dtype=object)[a.cols.row], CONTROL[lang])
    assert control.sum() == 6
    # the scorer gives them no warmth (unmask.signals.control_gate, h-ctrldepth) ...
    warm = a.scores.scores["affection"][a.cols.row[control]]
    assert (warm < 0.5).all(), warm
    # ... the dyad counts them as control and never as depth, a bid or a response
    assert a.cols.flags["safety.isolation"][control].all()
    for name in NOT_DEPTH:
        if name in a.cols.flags:
            assert not a.cols.flags[name][control].any(), name
    paths = write_report(a, tmp_path / "r", lang=lang)
    report = json.loads(paths.json.read_text(encoding="utf-8"))
    quoted = []
    for key, examples in report["examples"].items():
        for ex in examples:
            shown = [ex["text"]] + ([ex["answer"]["text"]] if ex.get("answer") else [])
            if key.startswith(WARM_KEYS):
                quoted.extend(shown)
            for text in shown:
                if text in CONTROL[lang]:
                    assert not key.startswith(WARM_KEYS), (key, text)
                    assert "affection" not in ex["signals"], (key, ex)
    # the couple's real warmth is still quoted
    assert any(text not in CONTROL[lang] for text in quoted), quoted
    # messages.parquet: the warm scores of a counted control message are not exported
    table = pq.read_table(paths.parquet)
    rows = a.cols.row[control]
    for name in NOT_DEPTH:
        column = f"score.{name}"
        if column in table.column_names:
            values = np.asarray(table.column(column).to_numpy(zero_copy_only=False), dtype=float)
            assert (values[rows] == 0).all(), (name, values[rows])
    # the real warmth keeps its scores
    real = np.flatnonzero(np.asarray(texts, dtype=object) == WARM[lang][2][1])
    affection = np.asarray(table.column("score.affection").to_numpy(zero_copy_only=False))
    assert (affection[real] >= 0.5).all()
    # report.html quotes them nowhere outside the safety notice
    html = render_html(report, lang)
    for text in CONTROL[lang]:
        assert html.count(text) <= len(report["safety"].get("examples", [])), text


def test_messages_parquet_encoded_ahead_hides_the_same_scores(tmp_path: Path) -> None:
    """`unmask analyze` encodes messages.parquet on a thread (parquet_ahead): the same file,
    control's warm scores hidden; a redacted report hides them too."""
    plain = _analysis("en", False)
    early = analyze(
        plain.source,
        table=plain.table,
        scores=plain.scores,
        options=AnalyzeOptions(model=False, bootstrap_resamples=40),
        parquet_ahead=True,
    )
    assert early.parquet_ahead is not None
    assert early.parquet_ahead.encoded(early, redact=False) is not None
    files = [
        write_report(a, tmp_path / name, html=False).parquet
        for name, a in (("plain", plain), ("early", early))
    ]
    assert files[0].read_bytes() == files[1].read_bytes()
    redacted = pq.read_table(
        write_report(plain, tmp_path / "redacted", redact=True, html=False).parquet
    )
    texts = plain.table.column("text").to_pylist()
    control = [i for i, t in enumerate(texts) if t in CONTROL["en"]]
    affection = redacted.column("score.affection").to_pylist()
    assert control and all(affection[i] == 0 for i in control)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_warm_words_in_a_controlling_turn_are_not_quoted(lang: str, tmp_path: Path) -> None:
    """The warmth and the order in separate messages of one turn: the turn is control, so
    its "I love you so much" is not quoted under affection (the turn loses its depth
    flags, docs/safety.md); the couple's own "love you" elsewhere still is."""
    turn = {
        "en": [
            (0, "I love you so much"),
            (0, "it hurts when you talk to other guys"),
            (0, "so stop talking to them, you don't need your friends"),
            (1, "ok"),
        ],
        "zh": [(0, "我太爱你了"), (0, "不许跟你那些朋友出去"), (1, "好吧")],
    }[lang]
    script = {day: turn for day in range(10, 100, 15)}
    path = tmp_path / f"WhatsApp Chat - turn_{lang}.txt"
    path.write_text(safety_chats.export_script(f"turn_{lang}", lang, script), encoding="utf-8")
    a = analyze(path, options=AnalyzeOptions(model=False, bootstrap_resamples=40))
    assert a.safety is not None and a.safety.mode == "notice", a.safety
    texts = np.asarray(a.table.column("text").to_pylist(), dtype=object)[a.cols.row]
    warm_in_turn = np.flatnonzero(texts == turn[0][1])
    assert len(warm_in_turn) == 6
    # the scorer reads affection in it; the dyad counts none of the turn's warmth: no
    # depth, bid or response flag on any of its messages (the components and the months
    # count these flags), as the turn itself holds none (build_runs)
    assert (a.scores.scores["affection"][a.cols.row[warm_in_turn]] >= 0.5).all()
    in_turn = np.flatnonzero(np.isin(texts, [line for who, line in turn if who == 0]))
    assert len(in_turn) == 6 * sum(1 for who, _ in turn if who == 0)
    for name in NOT_DEPTH:
        if name in a.cols.flags:
            assert not a.cols.flags[name][in_turn].any(), name
    runs_of = np.searchsorted(a.runs.start, in_turn, side="right") - 1
    assert not a.runs.any_flags["affection"][runs_of].any()
    # the couple's own warmth elsewhere keeps its flags
    assert a.cols.flags["affection"][~np.isin(texts, [turn[0][1]])].any()
    picker = ExamplePicker(a.table, a.cols, a.runs)
    claim = MESSAGE_CLAIMS["affection"]
    assert not any(picker._quotable(int(i), claim) for i in warm_in_turn)
    own = np.flatnonzero(a.cols.flags["affection"] & ~np.isin(texts, [turn[0][1]]))
    assert any(picker._quotable(int(i), claim) for i in own)
    report = json.loads(write_report(a, tmp_path / "r", html=False).json.read_text("utf-8"))
    for key, examples in report["examples"].items():
        if key.startswith(WARM_KEYS):
            assert all(ex["text"] != turn[0][1] for ex in examples), key
