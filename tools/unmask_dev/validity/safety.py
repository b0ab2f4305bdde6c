"""Safety figures: false alarms on real dialogue and the samples, hits on our scripted chats.

- **Message false-alarm share** per development set: messages where any safety signal
  fires, and where one is *counted* (after setting laughing messages aside, as the report
  does). None of these sets is about coercive control (task dialogue, emotional-support
  conversations, a TV-series corpus, counselling), so every hit is a false alarm or a
  quoted one ("my husband checks my phone" told to a supporter).
- **Conversation false-alarm share**: dialogues that would enter safety mode, read with
  :func:`unmask.dyad.safety.read_safety` between the two speakers, each turn on a day of
  its own (the dev sets have no timestamps; this is the worst case for the day-counting
  rules, so the figure is an upper bound).
- The same two figures on the bundled samples (whole analyses).
- **Hit rate** on the controlling chats of :mod:`unmask_dev.safety_chats` and the
  **false-alarm rate** on its heated and teasing chats: written by us with the rules in
  mind, so they check that the rules work as written, not how they generalise.

Figures are on the held-out half of each set (dialogue ids whose CRC32 is odd); the even
half was the only part looked at while writing the lexicons' ``must_not_fire`` lists.
"""

from __future__ import annotations

import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from unmask.dyad.safety import CONTROL_SIGNALS, FEAR_SIGNAL, laughs, read_safety
from unmask.signals import score_texts
from unmask.signals.types import SAFETY_SIGNALS
from unmask_dev import devsets, safety_chats
from unmask_dev.validity import Row

AREA = "safety"
SETS: dict[str, Callable[[], tuple[devsets.Dialogue, ...]]] = {
    "MultiWOZ": devsets.multiwoz,
    "CrossWOZ": devsets.crosswoz,
    "ESConv": devsets.esconv,
    "CPED": devsets.cped,
    "SmileChat": devsets.smilechat,
}
MESSAGE_TARGET = "<= 0.005"
CONVERSATION_TARGET = "<= 0.002"


def held_out(dialogue_id: str) -> bool:
    return zlib.crc32(dialogue_id.encode("utf-8")) % 2 == 1


def _flags(
    texts: list[str],
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], dict[str, np.ndarray]]:
    """(raw flags, counted flags, severity scores) of ``texts``."""
    scored = score_texts(texts, model=False)
    raw = {n: np.asarray(scored.scores[n]) >= 0.5 for n in SAFETY_SIGNALS}
    laugh = np.fromiter((laughs(t) for t in texts), dtype=bool, count=len(texts))
    counted = {n: f & ~laugh for n, f in raw.items()}
    scores = {n: np.nan_to_num(np.asarray(scored.scores[n])) for n in SAFETY_SIGNALS}
    return raw, counted, scores


def _any(flags: dict[str, np.ndarray], names: tuple[str, ...]) -> np.ndarray:
    out = np.zeros(len(next(iter(flags.values()))), dtype=bool)
    for n in names:
        out |= flags[n]
    return out


def devset_rows(name: str, load: Callable[[], tuple[devsets.Dialogue, ...]]) -> list[Row]:
    try:
        dialogues = [d for d in load() if held_out(d.id)]
    except devsets.DevSetMissing as missing:
        note = f"absent: {missing}"
        return [
            Row(AREA, f"{name}: messages firing a safety signal", None, MESSAGE_TARGET, 0, note),
            Row(AREA, f"{name}: dialogues in safety mode", None, CONVERSATION_TARGET, 0, note),
        ]
    texts = [t.text for d in dialogues for t in d.turns]
    raw, counted, scores = _flags(texts)
    every = (*CONTROL_SIGNALS, FEAR_SIGNAL)
    fired = _any(raw, SAFETY_SIGNALS)
    kept = _any(counted, every)
    in_mode = 0
    at = 0
    for d in dialogues:
        n = len(d.turns)
        speakers = sorted({t.speaker for t in d.turns})
        who = np.array([speakers.index(t.speaker) % 2 for t in d.turns], dtype=np.int8)
        time = np.arange(n, dtype=np.int64) * 86400  # each turn a day of its own: worst case
        flags = {k: v[at : at + n] for k, v in counted.items()}
        sev = {k: v[at : at + n] for k, v in scores.items()}
        in_mode += read_safety(who, time, flags, sev).mode == "safety"
        at += n
    note = f"held-out half; counted after the laughing rule: {kept.mean():.4f}"
    return [
        Row(
            AREA,
            f"{name}: messages firing a safety signal",
            float(fired.mean()),
            MESSAGE_TARGET,
            len(texts),
            note,
        ),
        Row(
            AREA,
            f"{name}: dialogues in safety mode",
            in_mode / len(dialogues),
            CONVERSATION_TARGET,
            len(dialogues),
            "each turn read as its own day (upper bound)",
        ),
    ]


def sample_rows() -> list[Row]:
    from unmask.analyze import AnalyzeOptions, analyze
    from unmask.samples import SAMPLES, sample_path

    fired = messages = in_mode = 0
    for name in SAMPLES:
        a = analyze(sample_path(name), options=AnalyzeOptions(model=False, bootstrap_resamples=20))
        assert a.safety is not None
        in_mode += a.safety.mode == "safety"
        text = a.cols.is_text
        messages += int(text.sum())
        fired += int(_any(a.cols.flags, (*CONTROL_SIGNALS, FEAR_SIGNAL))[text].sum())
    return [
        Row(
            AREA,
            "bundled samples: messages counted as control or fear",
            fired / messages,
            MESSAGE_TARGET,
            messages,
        ),
        Row(
            AREA,
            "bundled samples: couples in safety mode",
            in_mode / len(SAMPLES),
            "<= 0",
            len(SAMPLES),
        ),
    ]


def scripted_rows() -> list[Row]:
    from unmask.analyze import AnalyzeOptions, analyze

    hits = controlling = alarms = safe = 0
    folder = Path(tempfile.mkdtemp(prefix="unmask-safety-validity-"))
    for name, (_, should) in safety_chats.CHATS.items():
        a = analyze(
            safety_chats.write(name, folder),
            options=AnalyzeOptions(model=False, bootstrap_resamples=20),
        )
        assert a.safety is not None
        entered = a.safety.mode == "safety"
        if should:
            controlling += 1
            hits += entered
        else:
            safe += 1
            alarms += entered
    note = "our own scripted chats (unmask_dev.safety_chats), not held-out"
    return [
        Row(
            AREA,
            "scripted controlling chats (en, zh) in safety mode",
            hits / controlling,
            ">= 1",
            controlling,
            note,
        ),
        Row(
            AREA,
            "scripted heated/teasing chats (en, zh) in safety mode",
            alarms / safe,
            "<= 0",
            safe,
            note,
        ),
    ]


#: first-person fear or harm: in a held-out chat these lines are the other partner's
_VICTIM = r"(?i)scared|frightened|afraid|you hit me|害怕|不敢|又打我"


def _chats_of(messages: tuple[str, ...], tag: str) -> tuple[int, int]:
    """``messages`` as four chats (two per language), one message every two weeks over
    five months of filler, each answered "ok": (chats in safety mode, chats)."""
    import re

    from unmask.analyze import AnalyzeOptions, analyze

    folder = Path(tempfile.mkdtemp(prefix=f"unmask-safety-{tag}-"))
    entered = chats = 0
    for lang in ("en", "zh"):
        lines = [t for t in messages if (lang == "zh") == bool(re.search("[\u4e00-\u9fff]", t))]
        for part in (lines[0::2], lines[1::2]):
            script: dict[int, list[tuple[int, str]]] = {}
            for k, text in enumerate(part):
                victim = re.search(_VICTIM, text) is not None
                reply = "ok" if lang == "en" else "好"
                script[5 + 14 * k] = [(1, text)] if victim else [(0, text), (1, reply)]
            name = f"{tag}_{lang}_{chats}"
            path = folder / f"WhatsApp Chat - {name}.txt"
            path.write_text(safety_chats.export_script(name, lang, script), encoding="utf-8")
            a = analyze(path, options=AnalyzeOptions(model=False, bootstrap_resamples=20))
            entered += a.safety is not None and a.safety.mode == "safety"
            chats += 1
    return entered, chats


def held_out_chat_rows() -> list[Row]:
    """Do chats built from our unseen controlling messages enter safety mode?"""
    from unmask_dev import safety_probes as probes

    out = []
    for tag, messages, note in (
        ("round8", probes.ROUND8, "round eight messages (never tuned on)"),
        ("round7", probes.ROUND7, "round seven messages (measured once, then tuned on)"),
        ("round6", probes.ROUND6, "round six messages (measured once, then tuned on)"),
        ("round5", probes.ROUND5, "round five messages (tuned on in round six)"),
        ("fresh", probes.FRESH, "round-four fresh messages (2 of 4 first; tuned on)"),
        ("round4", probes.ROUND4, "messages measured clean once, then tuned on"),
        ("held", probes.HELD_OUT, "nearly held-out messages (misses read before round 3)"),
    ):
        entered, chats = _chats_of(messages, tag)
        out.append(
            Row(
                AREA,
                f"chats of {tag} controlling messages (en, zh) in safety mode",
                entered / chats,
                ">= 1",
                chats,
                f"~10 {note} each, one per fortnight, over 5 months of filler",
            )
        )
    return out


def probe_rows() -> list[Row]:
    from unmask_dev import safety_probes as probes

    every = (*CONTROL_SIGNALS, FEAR_SIGNAL)
    out = []
    for label, texts, target, note in (
        (
            "own controlling messages, round eight (never tuned on): any safety signal",
            probes.ROUND8,
            ">= 0.8",
            "written before round seven's tuning; 0.250 before rounds six and seven",
        ),
        (
            "own controlling messages, round seven: any safety signal",
            probes.ROUND7,
            "",
            "0.425 when first measured (after round six), then tuned on",
        ),
        (
            "own controlling messages, round six: any safety signal",
            probes.ROUND6,
            "",
            "0.550 when first measured, then tuned on",
        ),
        (
            "own controlling messages, round five: any safety signal",
            probes.ROUND5,
            "",
            "0.200 before round five, 0.750 after; tuned on in round six",
        ),
        (
            "own controlling messages, fresh: any safety signal",
            probes.FRESH,
            ">= 0.8",
            "0.325 when first measured after round four; tuned on in round five",
        ),
        (
            "own controlling messages, round four (tuned on after one clean look)",
            probes.ROUND4,
            ">= 0.8",
            "fired 0.125 when first measured, before round four",
        ),
        (
            "own controlling messages, nearly held out: any safety signal",
            probes.HELD_OUT,
            ">= 0.8",
            "never added to the lexicons, but its misses were read before round three",
        ),
        (
            "own controlling messages, tuned on: any safety signal",
            probes.TUNED,
            ">= 0.8",
            "the lexicons were widened on these: not a test",
        ),
    ):
        raw, _, _ = _flags(list(texts))
        out.append(
            Row(AREA, label, float(_any(raw, SAFETY_SIGNALS).mean()), target, len(texts), note)
        )
    for label, texts, note in (
        (
            "own everyday/heated/teasing messages, round eight: counted",
            probes.ROUND8_SAFE,
            "written with round eight's controlling set; never tuned on",
        ),
        (
            "own everyday/heated/teasing messages, round seven: counted",
            probes.ROUND7_SAFE,
            "written with round seven's controlling set",
        ),
        (
            "own everyday/heated/teasing messages, round six: counted",
            probes.ROUND6_SAFE,
            "0.025 when first measured (a teasing dare, 你敢说我胖试试)",
        ),
        (
            "own everyday/heated/teasing messages, round five fresh: counted",
            probes.ROUND5_SAFE,
            "written with round five's controlling set; 0.075 before round five, 0.125 after;"
            " its 3 English false alarms fixed in issue 10 (tuned on)",
        ),
        (
            "own everyday/heated/teasing messages, fresh: counted as control or fear",
            probes.FRESH_SAFE,
            "written after a former last lexicon change;"
            " its one English false alarm fixed in issue 10",
        ),
        (
            "own everyday/heated/teasing messages, fresh (second set): counted",
            probes.FRESH_SAFE_2,
            "written after round four",
        ),
        (
            "own heated/teasing messages (first set): counted as control or fear",
            probes.SAFE,
            "one idiom found here ('你吓死我了') was fixed",
        ),
    ):
        _, counted, _ = _flags(list(texts))
        out.append(
            Row(AREA, label, float(_any(counted, every).mean()), "<= 0.05", len(texts), note)
        )
    return out


def rows() -> list[Row]:
    out: list[Row] = []
    for name, load in SETS.items():
        out += devset_rows(name, load)
    return out + sample_rows() + scripted_rows() + held_out_chat_rows() + probe_rows()
