"""A care check-in asked every day is monitoring (unmask.dyad.safety.count_daily_checkins).

"Text me when you get to work so I know you're safe" is care once (the message keeps no
monitoring score, unmask.signals.safety_care); the same partner asking it on
CHECKIN_DAYS or more distinct days within CHECKIN_WINDOW_DAYS days is a routine of
reporting in, and counts as monitoring for the safety reading. A couple who text "let me
know when you get home" after a late shift now and then stays out of it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from unmask.analyze import Analysis, AnalyzeOptions, analyze
from unmask.dyad import safety
from unmask_dev import safety_chats

OPTIONS = AnalyzeOptions(model=False, bootstrap_resamples=40)
MONITORING = "safety.monitoring"

#: a controller's morning check-ins (partner 0), each asked in care words
DAILY = {
    "en": [
        "text me when you get to work so I know you're safe",
        "send me your location when you get to work so I know you're safe",
        "let me know when you get to the office so I don't worry",
        "message me once you get to work so I know you're ok",
    ],
    "zh": [
        "到公司了给我发个定位，我才放心",
        "到公司了说一声，我好放心",
        "到了给我发个定位，免得我担心",
        "到公司了告诉我一声，我才放心",
    ],
}
REPLY = {
    "en": ["ok", "here", "at work now", "yes here"],
    "zh": ["好", "到了", "嗯，到公司了", "到了到了"],
}
#: one jealous message: alone a single kind of control (notice at most)
JEALOUS = {
    "en": "you belong to me, nobody else",
    "zh": "把他删了，不然我们就完了",
}
#: a partner on late shifts, now and then (partner 1 asks, partner 0 answers)
LATE = {
    "en": [
        (1, "late shift again tonight, done at 11"),
        (0, "text me when you get home so I know you're safe"),
        (1, "will do ❤️"),
        (1, "home safe, night love"),
    ],
    "zh": [
        (1, "今晚又上夜班，十一点下班"),
        (0, "到家了告诉我一声，我才放心"),
        (1, "好的❤️"),
        (1, "到家了，晚安"),
    ],
}
#: late shifts on these days: at most two in any week, 9 in all
LATE_DAYS = (3, 5, 17, 30, 33, 52, 66, 68, 95)


def _workdays(first: int, weeks: int) -> list[int]:
    return [first + 7 * w + d for w in range(weeks) for d in range(5)]


def _analysis(name: str, lang: str, script: dict[int, list[safety_chats.Line]]) -> Analysis:
    folder = Path(tempfile.mkdtemp(prefix="unmask-checkin-"))
    path = folder / f"WhatsApp Chat - {name}.txt"
    path.write_text(safety_chats.export_script(name, lang, script), encoding="utf-8")
    return analyze(path, options=OPTIONS)


def _controller(lang: str, jealous: bool) -> dict[int, list[safety_chats.Line]]:
    script: dict[int, list[safety_chats.Line]] = {}
    for k, day in enumerate(_workdays(14, 6)):
        script[day] = [(0, DAILY[lang][k % 4]), (1, REPLY[lang][k % 4])]
    if jealous:
        script[40] = [(0, JEALOUS[lang])]
    return script


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_check_in_asked_every_workday_is_monitoring(lang: str) -> None:
    a = _analysis(f"daily_{lang}", lang, _controller(lang, jealous=True))
    reading = a.safety
    assert reading is not None
    sender = a.partners.names.index(safety_chats.NAMES[lang][0])
    assert reading.partners[sender].by_signal[MONITORING] >= 25, reading.partners[sender]
    assert reading.partners[1 - sender].by_signal[MONITORING] == 0
    # monitoring on 30 days and one jealous message: two kinds of control, repeated
    assert reading.mode == "safety", (reading.mode, reading.reasons)
    assert f"repeated_control:{'ab'[sender]}" in reading.reasons
    # the check-ins read no support or depth (control is never depth)
    texts = a.table.column("text").to_pylist()
    for i in np.flatnonzero(a.cols.flags[MONITORING]).tolist():
        assert texts[int(a.cols.row[i])] in DAILY[lang]
        assert not a.cols.flags["support.emotional"][i]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_without_the_daily_rule_the_same_chat_would_be_a_notice(lang: str) -> None:
    """The jealous message alone is one kind of control: the check-ins make the mode."""
    a = _analysis(f"jealous_{lang}", lang, {40: [(0, JEALOUS[lang])]})
    assert a.safety is not None and a.safety.mode == "notice", a.safety


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_check_in_after_a_late_shift_now_and_then_stays_care(lang: str) -> None:
    script = {day: LATE[lang] for day in LATE_DAYS}
    script[40] = [(0, JEALOUS[lang])]  # even beside one jealous message
    a = _analysis(f"late_{lang}", lang, script)
    reading = a.safety
    assert reading is not None
    assert all(p.by_signal[MONITORING] == 0 for p in reading.partners)
    assert reading.mode != "safety", reading.reasons
    quiet = _analysis(f"late_quiet_{lang}", lang, {day: LATE[lang] for day in LATE_DAYS})
    assert quiet.safety is not None and quiet.safety.mode == "none"


def _count(days: list[int], who: list[int] | None = None) -> np.ndarray:
    texts = pa.chunked_array([["text me when you get home so I know you're safe"] * len(days)])
    n = len(days)
    flags = {MONITORING: np.zeros(n, dtype=bool)}
    time = np.asarray(days, dtype=np.int64) * 86400 + 3600
    partner = np.asarray(who if who is not None else [0] * n, dtype=np.int8)
    safety.count_daily_checkins(flags, texts, np.arange(n), partner, time, np.ones(n, dtype=bool))
    return flags[MONITORING]


def test_the_rule_counts_distinct_days_per_sender_within_the_window() -> None:
    assert _count([0, 1, 2, 3, 4]).all()  # 5 days of 7
    assert _count([0, 1, 2, 3, 6]).all()
    assert not _count([0, 1, 2, 3, 7]).any()  # the fifth day falls outside the week
    assert not _count([0, 0, 1, 1, 2, 2, 3, 3]).any()  # 8 asks, 4 days
    assert not _count([0, 1, 2, 3, 4], who=[0, 1, 0, 1, 0]).any()  # 3 and 2 days
    counted = _count([0, 1, 2, 3, 4, 30])  # the routine week counts, a later one-off not
    assert counted[:5].all() and not counted[5]


def test_a_laughing_or_controlling_check_in_is_not_counted_again() -> None:
    n = 5
    texts = pa.chunked_array([["text me when you get home so I know you're safe lol"] * n])
    flags = {MONITORING: np.zeros(n, dtype=bool)}
    time = np.arange(n, dtype=np.int64) * 86400
    got = safety.count_daily_checkins(
        flags, texts, np.arange(n), np.zeros(n, dtype=np.int8), time, np.ones(n, dtype=bool)
    )
    assert got == 0 and not flags[MONITORING].any()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_safety_page_says_a_daily_check_in_counted_by_its_routine(
    lang: str, tmp_path: Path
) -> None:
    """A daily check-in has no words of control to mark and no model read it: its example
    says it counted because it was asked every day, not that a model read it as a whole."""
    import json

    from unmask.report.html import render_html
    from unmask.report.i18n import strings
    from unmask.report.writer import write_report

    a = _analysis(f"daily_page_{lang}", lang, _controller(lang, jealous=True))
    report = json.loads(write_report(a, tmp_path / "r", lang=lang).json.read_text("utf-8"))
    examples = report["safety"]["examples"]
    daily = [e for e in examples if e["text"] in DAILY[lang]]
    assert daily, examples
    for e in daily:
        assert e["by_routine"] == [MONITORING], e
        assert "by_model" not in e, e
    # the jealous message is read by the lexicons: its words are marked, no routine
    assert all("by_routine" not in e for e in examples if e["text"] not in DAILY[lang])
    html = render_html(report, lang)
    t = strings(lang)
    assert t("safety.by_routine") in html
    assert t("safety.by_model") not in html


def test_prefilter_on_distinct_texts_matches_every_row() -> None:
    """h-speed38: the prefilter run once per distinct text marks the same rows as run on
    each row (nulls, repeats, both languages; rows most of the column or few of it)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from unmask.dyad import safety as dyad_safety

    lines = [
        "text me when you're home so I know you're safe",
        "报个平安，免得我担心",
        "love you",
        None,
        "",
        "ok",
        "So I can sleep now",
        "你到家了吗",
        "love you",
        "报个平安，免得我担心",
    ]
    texts = pa.chunked_array([pa.array(lines[:4]), pa.array(lines[4:])])
    for rows in (np.arange(len(lines)), np.array([0, 2, 9]), np.array([2, 5]), np.array([3])):
        picked = texts.take(pa.array(rows))
        expected = pc.match_substring_regex(
            pc.fill_null(picked, ""), dyad_safety._checkin_prefilter()
        ).to_pylist()
        assert dyad_safety.checkin_candidates(texts, rows).tolist() == expected


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_check_ins_read_before_the_scores_count_the_same(lang: str) -> None:
    """h-speed54: analyze works out which texts may be check-ins beside the scoring child
    (checkin_candidates over the partners' rows) and count_daily_checkins reads that: the
    same messages counted as when it runs the prefilter on its own candidates."""
    a = _analysis(f"ahead_{lang}", lang, _controller(lang, jealous=True))
    texts = a.table.column("text")
    rows, who, time, is_text = a.cols.row, a.cols.who, a.cols.time, a.cols.is_text
    ahead = safety.checkin_candidates(texts, rows)
    # the check-ins and nothing else pass the prefilter (the replies, the jealous line)
    passed = {texts[int(r)].as_py() for r in rows[ahead].tolist()}
    assert passed == set(DAILY[lang]), passed
    fresh = {MONITORING: np.zeros(len(rows), dtype=bool)}
    given = {MONITORING: np.zeros(len(rows), dtype=bool)}
    asked: list[int] = []

    def prefiltered() -> np.ndarray:
        asked.append(1)
        return ahead

    n_fresh = safety.count_daily_checkins(fresh, texts, rows, who, time, is_text)
    n_given = safety.count_daily_checkins(given, texts, rows, who, time, is_text, prefiltered)
    assert asked == [1]
    assert n_fresh == n_given >= 25
    assert np.array_equal(fresh[MONITORING], given[MONITORING])
    # and the analysis itself counted those very messages
    assert np.array_equal(a.cols.flags[MONITORING] & fresh[MONITORING], fresh[MONITORING])


def test_no_candidate_asks_nothing_of_the_prefilter() -> None:
    """Where no text message is left to read, the prefilter worked out ahead is not asked
    for (a run without a forked child never works it out)."""
    n = 6
    texts = pa.chunked_array([["text me when you get home so I know you're safe"] * n])
    flags = {MONITORING: np.ones(n, dtype=bool)}  # every message counted already
    asked: list[int] = []

    def prefiltered() -> np.ndarray:
        asked.append(1)
        return np.ones(n, dtype=bool)

    time = np.arange(n, dtype=np.int64) * 86400
    got = safety.count_daily_checkins(
        flags, texts, np.arange(n), np.zeros(n, np.int8), time, np.ones(n, bool), prefiltered
    )
    assert got == 0 and asked == []
