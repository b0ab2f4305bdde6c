"""Weak control beside counted control puts a chat in safety mode (unmask.dyad.safety, h-safemode).

A message the safety model reads as control with some probability, below what counts one
message alone, is *weak control*: it never counts alone, is never an example, but a
partner who sends it on several days beside counted control, within a window, is read as
a pattern ("weak_control" in ``safety.reasons``). The same words once, spread over both
partners, or a calm couple stay where they were; a run without the model reads no weak
control at all.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest

from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.dyad import safety
from unmask.signals import score_texts
from unmask_dev import safety_chats

OPTIONS = AnalyzeOptions(bootstrap_resamples=40)

#: one message that counts alone (monitoring), sent on the first day
COUNTED = {
    "en": "send me a picture of where you are",
    "zh": "你那些朋友把你带坏了",
}
#: weak control: the model reads control in them, below its threshold; none counts alone
WEAK = {
    "en": [
        "who said you could spend that much",
        "I don't like you seeing her so often",
        "you don't need to go to that party",
    ],
    "zh": [
        "你又没跟我说就出去了",
        "谁让你花这么多钱的",
        "钱怎么花我说了算",
    ],
}
REPLY = {"en": "ok", "zh": "好"}


def _analysis(name: str, lang: str, script: dict[int, list[safety_chats.Line]]) -> Analysis:
    folder = Path(tempfile.mkdtemp(prefix="unmask-weak-"))
    path = folder / f"WhatsApp Chat - {name}.txt"
    path.write_text(safety_chats.export_script(name, lang, script), encoding="utf-8")
    return analyze(path, options=OPTIONS)


def _week(lang: str, senders: tuple[int, ...] = (0, 0, 0)) -> dict[int, list[safety_chats.Line]]:
    """A week: the counted message on day 10 (partner 0), then each weak message on a day
    of its own (days 11, 13, 15), sent by ``senders`` and answered by the other."""
    script: dict[int, list[safety_chats.Line]] = {10: [(0, COUNTED[lang]), (1, REPLY[lang])]}
    for day, who, text in zip((11, 13, 15), senders, WEAK[lang], strict=True):
        script[day] = [(who, text), (1 - who, REPLY[lang])]
    return script


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_weak_lines_are_weak(lang: str) -> None:
    """The premise: each weak line counts nothing alone and the model reads control in it."""
    texts = WEAK[lang]
    scored = score_texts(texts)
    counted = [n for n in safety.CONTROL_SIGNALS if (np.asarray(scored.scores[n]) >= 0.5).any()]
    assert counted == []
    p = safety.weak_control_of(texts, scored.lang, np.zeros(len(texts), dtype=bool))
    assert (p >= safety.WEAK_CONTROL).all(), p


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_week_of_weak_control_beside_counted_control_is_safety_mode(lang: str) -> None:
    a = _analysis(f"weak_{lang}", lang, _week(lang))
    assert a.safety is not None
    sender = a.partners.names.index(safety_chats.NAMES[lang][0])
    assert a.safety.mode == "safety"
    assert a.safety.reasons == [f"weak_control:{'ab'[sender]}"]
    assert a.safety.partners[sender].weak_days == 3
    assert a.safety.partners[1 - sender].weak_days == 0
    # weak control is never an example: only the one counted message is
    assert len(a.safety.messages) == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_without_the_model_no_weak_control_is_read(lang: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="unmask-weak-"))
    path = folder / f"WhatsApp Chat - weak_lex_{lang}.txt"
    path.write_text(safety_chats.export_script("weak_lex", lang, _week(lang)), encoding="utf-8")
    a = analyze(path, options=AnalyzeOptions(model=False, bootstrap_resamples=40))
    assert a.safety is not None
    assert not any(r.startswith("weak_control") for r in a.safety.reasons)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_same_words_once_stay_a_notice(lang: str) -> None:
    script = _week(lang)
    del script[13], script[15]
    a = _analysis(f"once_{lang}", lang, script)
    assert a.safety is not None
    sender = a.partners.names.index(safety_chats.NAMES[lang][0])
    assert a.safety.mode == "notice"
    assert a.safety.partners[sender].weak_days == 1


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_weak_lines_spread_over_both_partners_stay_a_notice(lang: str) -> None:
    """Banter both ways: the counted line and one weak line from a, two from b."""
    a = _analysis(f"both_{lang}", lang, _week(lang, senders=(0, 1, 1)))
    assert a.safety is not None
    assert a.safety.mode == "notice"
    assert a.safety.reasons == []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_weak_lines_with_no_counted_control_read_nothing(lang: str) -> None:
    script = _week(lang)
    del script[10]
    a = _analysis(f"nocount_{lang}", lang, script)
    assert a.safety is not None
    assert a.safety.mode == "none"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_weak_days_far_from_the_counted_one_do_not_add_up(lang: str) -> None:
    """The window: weak control months after the one counted message is not beside it."""
    script = _week(lang)
    for day in (11, 13, 15):
        script[day + 120] = script.pop(day)
    a = _analysis(f"far_{lang}", lang, script)
    assert a.safety is not None
    assert a.safety.mode == "notice"


@pytest.mark.parametrize("name", ["close_en", "close_zh", "drifting_en", "drifting_zh"])
def test_calm_sample_couples_read_no_weak_control(name: str) -> None:
    from unmask.samples import sample_path

    a = analyze(sample_path(name), options=OPTIONS)
    assert a.safety is not None
    assert a.safety.mode == "none"
    assert all(p.weak_days == 0 for p in a.safety.partners)


def test_the_reader_reads_only_near_counted_control() -> None:
    """A chat with no counted control never asks the model; one counted day asks only
    about the sender's uncounted messages within the window."""
    asked: list[np.ndarray] = []

    def reader(idx: np.ndarray) -> np.ndarray:
        asked.append(idx)
        return np.ones(len(idx))

    day = 86400
    who = np.array([0, 1, 0, 0, 0, 0], dtype=np.int8)
    time = np.array([0, 1, 2, 3, 4, 200], dtype=np.int64) * day
    none = {n: np.zeros(6, dtype=bool) for n in safety.CONTROL_SIGNALS}
    reading = safety.read_safety(who, time, none, weak=reader)
    assert reading.mode == "none" and asked == []
    flags = dict(none)
    flags["safety.monitoring"] = np.array([1, 0, 0, 0, 0, 0], dtype=bool)
    reading = safety.read_safety(who, time, flags, weak=reader)
    assert [i.tolist() for i in asked] == [[2, 3, 4]]
    assert reading.reasons == ["weak_control:a"]
    assert reading.partners[0].weak_days == 3


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_safety_page_names_the_pattern_quotes_no_weak_line_and_shows_help(
    lang: str, tmp_path: Path
) -> None:
    import json

    from unmask.report.writer import write_report

    a = _analysis(f"page_{lang}", lang, _week(lang))
    paths = write_report(a, tmp_path / "r", lang=lang)
    report = json.loads(paths.json.read_text(encoding="utf-8"))
    safety_json = report["safety"]
    assert safety_json["mode"] == "safety"
    assert [r.split(":")[0] for r in safety_json["reasons"]] == ["weak_control"]
    assert safety_json["parameters"]["weak_control"] == safety.WEAK_CONTROL
    assert [e["text"] for e in safety_json["examples"]] == [COUNTED[lang]]
    assert not report["profile"]["placed"]
    html = paths.html.read_text(encoding="utf-8") if paths.html else ""
    reason = "messages close to control" if lang == "en" else "接近控制的消息"
    assert reason in html
    assert ("1-800-799-7233" if lang == "en" else "12338") in html
    for line in WEAK[lang]:
        assert line not in html


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_weak_reader_takes_the_scorers_sums_without_reading_the_model_again(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scorer keeps each Chinese message's summed control probability
    (``ScoreResult.control``): the weak-control reader reads it, not the model (whose files it
    does not load either), and gets the model's own numbers. English is read by its frozen
    weak reader, which the scorer leaves to the rule (h-speed64: NaN in
    ``ScoreResult.weak_control``): the reader reads only the weak reader, and gets the same
    numbers."""
    from unmask.ingest import read_table
    from unmask.signals import score_table

    path = tmp_path / f"WhatsApp Chat - kept_{lang}.txt"
    path.write_text(safety_chats.export_script("kept", lang, _week(lang)), encoding="utf-8")
    table = read_table(path)
    scored = score_table(table, evidence=False)
    assert scored.control is not None
    texts = table.column("text")
    rows = np.arange(table.num_rows)
    read_again = safety.model_weak_reader(texts, scored.lang, rows, scored.scores)
    assert read_again is not None
    again = read_again(rows)

    predict = safety.safety_model.predict
    read_by: list[bool] = []

    def no_model(*args: object, **kwargs: object) -> np.ndarray:
        if lang == "en" and kwargs.get("weak") is True:  # only the English weak reader
            read_by.append(True)
            return predict(*args, **kwargs)  # type: ignore[arg-type]
        raise AssertionError("the safety model read again")

    monkeypatch.setattr(safety.safety_model, "predict", no_model)
    monkeypatch.setattr(safety.safety_model, "available", no_model)  # its files not loaded
    reader = safety.weak_reader_of(texts, scored, rows)
    assert reader is not None
    kept = reader(rows)
    np.testing.assert_array_equal(kept, again)
    assert read_by == ([True] if lang == "en" else [])
    weak = {t for t, p in zip(texts.to_pylist(), kept.tolist(), strict=True) if p >= 0.5}
    assert set(WEAK[lang]) <= weak
    # a text the scorer did not keep (NaN) is read by the model, as before
    unkept = np.full(table.num_rows, np.nan)
    if lang == "en":
        unread = safety.model_weak_reader(texts, scored.lang, rows, scored.scores, unkept)
        np.testing.assert_array_equal(unread(rows), again)  # type: ignore[misc]
        assert read_by == [True, True]
        return
    with pytest.raises(AssertionError, match="read again"):
        safety.model_weak_reader(texts, scored.lang, rows, scored.scores, unkept)(rows)  # type: ignore[misc]


#: a partner's own hurt and worth, told on other days beside one counted checking-up
#: question: the model reads each near control, the lexicons read the writer's own feeling
#: (couple round six's Chinese calm lines, which entered safety mode before the gate)
OWN_HURT = [
    "看你跟别人聊天，我就忍不住想是不是又开始了，心里堵得慌",
    "看你跟别人发消息，我就忍不住想是不是又开始了，心里堵得难受",
    "连洗澡都要人扶，真觉得自个儿是个废人",
]


def test_the_hurt_lines_are_near_control_and_the_writers_own_feeling() -> None:
    """The premise: the model alone would make them weak control; the gate keeps them out."""
    scored = score_texts(OWN_HURT)
    ungated = safety.weak_control_of(OWN_HURT, scored.lang, np.zeros(len(OWN_HURT), dtype=bool))
    assert (ungated >= safety.WEAK_CONTROL).all(), ungated
    gated = safety.weak_gated(scored.scores, np.arange(len(OWN_HURT)))
    assert gated.tolist() == [True, True, False]  # the third: the model's feeling, 0.51
    assert (safety.weak_control_of(OWN_HURT, scored.lang, gated)[:2] == 0).all()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_feeling_read_in_controlling_words_keeps_them_weak(lang: str) -> None:
    """The models read some feeling in controlling words ("I don't like you seeing her so
    often" 0.66, 钱怎么花我说了算 0.69): below the feeling gate, they stay weak control."""
    scored = score_texts(WEAK[lang])
    assert not safety.weak_gated(scored.scores, np.arange(len(WEAK[lang]))).any()


def test_a_partners_own_hurt_beside_one_checking_up_question_stays_a_notice() -> None:
    script: dict[int, list[safety_chats.Line]] = {10: [(0, "凌晨两点了还在跟谁聊天"), (1, "好")]}
    for day, text in zip((11, 13, 15), OWN_HURT, strict=True):
        script[day] = [(0, text), (1, "好")]
    a = _analysis("own_hurt_zh", "zh", script)
    assert a.safety is not None
    sender = a.partners.names.index(safety_chats.NAMES["zh"][0])
    assert a.safety.mode == "notice"
    assert a.safety.partners[sender].weak_days == 1  # the third line, below the feeling gate
