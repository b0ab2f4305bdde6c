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

from unmask.dyad.safety import (
    CONTROL_SIGNALS,
    FEAR_SIGNAL,
    LevelledReader,
    WeakReader,
    laughs,
    read_safety,
    weak_control_of,
    weak_gated,
)
from unmask.errors import InputError
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
#: false hits per message the safety model may add on any held-out set (docs/safety.md)
MODEL_TARGET = "<= 0.001"


def _trial() -> bool:
    """True when a safety model reads beside the lexicons: a trial's weights written by
    scripts/train_safety.py under ``out/safety_trial/`` (read in place of the shipped one),
    else the shipped model layer (``unmask.signals.safety_model``)."""
    from unmask.signals import safety_model as shipped
    from unmask_dev import safety_model

    return safety_model.available() or shipped.available()


def _model_label() -> str:
    """How the rows name the safety model they read."""
    from unmask.signals import safety_model as shipped
    from unmask_dev import safety_model

    if safety_model.available():
        return "trial safety model"
    return f"safety model ({shipped.MODEL_VERSION}, shipped)"


def held_out(dialogue_id: str) -> bool:
    return zlib.crc32(dialogue_id.encode("utf-8")) % 2 == 1


def _flags(
    texts: list[str], model: bool = False
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray], dict[str, np.ndarray]]:
    """(raw flags, counted flags, severity scores) of ``texts``; with ``model`` the trial
    safety model (:mod:`unmask_dev.safety_model`, not shipped) reads beside the lexicons."""
    if model:
        from unmask_dev import safety_model

        if safety_model.available():  # a trial's weights, read in place of the shipped ones
            all_scores = safety_model.trial_scores(texts)
        else:  # what unmask reads by default: lexicons and every model layer
            all_scores = score_texts(texts).scores
    else:
        all_scores = score_texts(texts, model=False).scores
    raw = {n: np.asarray(all_scores[n]) >= 0.5 for n in SAFETY_SIGNALS}
    laugh = np.fromiter((laughs(t) for t in texts), dtype=bool, count=len(texts))
    counted = {n: f & ~laugh for n, f in raw.items()}
    scores = {n: np.nan_to_num(np.asarray(all_scores[n])) for n in SAFETY_SIGNALS}
    return raw, counted, scores


def _any(flags: dict[str, np.ndarray], names: tuple[str, ...]) -> np.ndarray:
    out = np.zeros(len(next(iter(flags.values()))), dtype=bool)
    for n in names:
        out |= flags[n]
    return out


def _weak_reader(texts: list[str]) -> WeakReader | None:
    """The weak-control reader of ``texts`` (the shipped safety model's probability of the
    control kinds, :func:`unmask.dyad.safety.weak_control_of`; the languages and the depth
    gate read by the lexicons of the texts asked about), or None without the model."""
    from unmask.signals import safety_model as shipped

    if not shipped.available():
        return None

    langs: dict[int, str] = {}

    def read(idx: np.ndarray) -> np.ndarray:
        picked = [texts[i] for i in idx.tolist()]
        scored = score_texts(picked, model=False)
        langs.update(zip(idx.tolist(), scored.lang, strict=True))
        gated = weak_gated(scored.scores, np.arange(len(picked)))
        return weak_control_of(picked, scored.lang, gated)

    def langs_of(idx: np.ndarray) -> list[str]:
        if any(int(i) not in langs for i in idx.tolist()):
            read(idx)
        return [langs[int(i)] for i in idx.tolist()]

    return LevelledReader(read, langs_of)


def _in_mode(
    dialogues: list[devsets.Dialogue],
    counted: dict[str, np.ndarray],
    scores: dict[str, np.ndarray],
    texts: list[str] | None = None,
) -> int:
    """Dialogues that would enter safety mode, each turn read as a day of its own;
    with ``texts`` (the dialogues' turns, in order) weak control is read too."""
    in_mode = 0
    at = 0
    for d in dialogues:
        n = len(d.turns)
        speakers = sorted({t.speaker for t in d.turns})
        who = np.array([speakers.index(t.speaker) % 2 for t in d.turns], dtype=np.int8)
        time = np.arange(n, dtype=np.int64) * 86400  # each turn a day of its own: worst case
        flags = {k: v[at : at + n] for k, v in counted.items()}
        sev = {k: v[at : at + n] for k, v in scores.items()}
        weak = _weak_reader(texts[at : at + n]) if texts is not None else None
        in_mode += read_safety(who, time, flags, sev, weak=weak).mode == "safety"
        at += n
    return in_mode


def devset_rows(name: str, load: Callable[[], tuple[devsets.Dialogue, ...]]) -> list[Row]:
    labels = (
        f"{name}: messages firing a safety signal",
        f"{name}: dialogues in safety mode",
        f"{name}: messages the {_model_label()} adds (counted)",
        f"{name}: dialogues in safety mode, lexicons + {_model_label()}",
    )
    try:
        dialogues = [d for d in load() if held_out(d.id)]
    except devsets.DevSetMissing as missing:
        note = f"absent: {missing}"
        targets = (MESSAGE_TARGET, CONVERSATION_TARGET, MODEL_TARGET, "<= 0")
        return [
            Row(AREA, lab, None, tgt, 0, note) for lab, tgt in zip(labels, targets, strict=False)
        ]
    texts = [t.text for d in dialogues for t in d.turns]
    raw, counted, scores = _flags(texts)
    trial = _trial()
    _, counted_m, scores_m = _flags(texts, model=True) if trial else (raw, counted, scores)
    every = (*CONTROL_SIGNALS, FEAR_SIGNAL)
    fired = _any(raw, SAFETY_SIGNALS)
    kept = _any(counted, every)
    added = _any(counted_m, every) & ~kept
    note = f"held-out half; counted after the laughing rule: {kept.mean():.4f}"
    out = [
        Row(AREA, labels[0], float(fired.mean()), MESSAGE_TARGET, len(texts), note),
        Row(
            AREA,
            labels[1],
            _in_mode(dialogues, counted, scores) / len(dialogues),
            CONVERSATION_TARGET,
            len(dialogues),
            "each turn read as its own day (upper bound)",
        ),
    ]
    if not trial:
        return out
    return out + [
        Row(
            AREA,
            labels[2],
            float(added.mean()),
            MODEL_TARGET,
            len(texts),
            f"held-out half; {int(added.sum())} messages"
            + ("; never trained on (CC BY-NC)" if name == "ESConv" else ""),
        ),
        Row(
            AREA,
            labels[3],
            _in_mode(dialogues, counted_m, scores_m, texts) / len(dialogues),
            "<= 0",
            len(dialogues),
            "each turn read as its own day (upper bound)",
        ),
    ]


def claff_rows() -> list[Row]:
    """CL-Aff's test side (never trained or tuned on): what the English model adds."""
    from unmask_dev import claff_split

    if not _trial():
        return []
    label = f"CL-Aff test side: messages the {_model_label()} adds (counted)"
    try:
        texts = [x.text for x in claff_split.split(claff_split.load())["test"]]
    except InputError as missing:
        return [Row(AREA, label, None, MODEL_TARGET, 0, f"absent: {missing}")]
    every = (*CONTROL_SIGNALS, FEAR_SIGNAL)
    _, counted, _ = _flags(texts)
    _, counted_m, _ = _flags(texts, model=True)
    added = _any(counted_m, every) & ~_any(counted, every)
    return [
        Row(
            AREA,
            label,
            float(added.mean()),
            MODEL_TARGET,
            len(texts),
            f"Reddit sentences about relationships; {int(added.sum())} messages",
        )
    ]


def _in_safety_mode(
    folder: Path, name: str, lang: str, script: dict[int, list[tuple[int, str]]], model: bool
) -> bool:
    """Whether the chat ``script`` (:func:`unmask_dev.safety_chats.export_script`), written
    as a WhatsApp export named ``name`` in ``folder``, is read in safety mode."""
    path = folder / f"WhatsApp Chat - {name}.txt"
    path.write_text(safety_chats.export_script(name, lang, script), encoding="utf-8")
    return _read(path, model)[0] == "safety"


def _read(path: Path, model: bool) -> tuple[str, int, int]:
    """(safety mode, messages counted as control or fear, text messages) of the chat at
    ``path``: read by the lexicons alone, or with the safety model's hits added
    (laughing messages set aside as the report does)."""
    from unmask.analyze import AnalyzeOptions, analyze

    a = analyze(path, options=AnalyzeOptions(model=False, bootstrap_resamples=20))
    assert a.safety is not None
    text = np.asarray(a.cols.is_text, dtype=bool)
    every = (*CONTROL_SIGNALS, FEAR_SIGNAL)
    if not model:
        return a.safety.mode, int(_any(a.cols.flags, every)[text].sum()), int(text.sum())
    texts = [str(t or "") for t in a.table.column("text").take(a.cols.row).to_pylist()]
    _, counted, scores = _flags(texts, model=True)
    flags = {n: counted[n] & text for n in SAFETY_SIGNALS}
    weak = _weak_reader(texts)
    mode = read_safety(a.cols.who, a.cols.time, flags, scores, weak=weak, is_text=text).mode
    return mode, int(_any(flags, every).sum()), int(text.sum())


def sample_rows(model: bool = False) -> list[Row]:
    from unmask.samples import SAMPLES, sample_path

    fired = messages = in_mode = 0
    for name in SAMPLES:
        mode, counted, texts = _read(sample_path(name), model)
        in_mode += mode == "safety"
        fired += counted
        messages += texts
    how = f", lexicons + {_model_label()}" if model else ""
    return [
        Row(
            AREA,
            f"bundled samples: messages counted as control or fear{how}",
            fired / messages,
            MESSAGE_TARGET,
            messages,
            "the trial was trained on other chats of the samples' phrase banks" if model else "",
        ),
        Row(
            AREA,
            f"bundled samples: couples in safety mode{how}",
            in_mode / len(SAMPLES),
            "<= 0",
            len(SAMPLES),
        ),
    ]


def scripted_rows(model: bool = False) -> list[Row]:

    hits = controlling = alarms = safe = 0
    folder = Path(tempfile.mkdtemp(prefix="unmask-safety-validity-"))
    for name, (_, should) in safety_chats.CHATS.items():
        entered = _read(safety_chats.write(name, folder), model)[0] == "safety"
        if should:
            controlling += 1
            hits += entered
        else:
            safe += 1
            alarms += entered
    note = "our own scripted chats (unmask_dev.safety_chats), not held-out"
    how = f", lexicons + {_model_label()}" if model else ""
    return [
        Row(
            AREA,
            f"scripted controlling chats (en, zh) in safety mode{how}",
            hits / controlling,
            ">= 1",
            controlling,
            note,
        ),
        Row(
            AREA,
            f"scripted heated/teasing chats (en, zh) in safety mode{how}",
            alarms / safe,
            "<= 0",
            safe,
            note,
        ),
    ]


#: first-person fear or harm: in a held-out chat these lines are the other partner's
_VICTIM = r"(?i)scared|frightened|afraid|you hit me|害怕|不敢|又打我"


def _chats_of(
    messages: tuple[str, ...],
    tag: str,
    model: bool = False,
    victim: frozenset[str] | None = None,
) -> tuple[int, int]:
    """``messages`` as four chats (two per language), one message every two weeks over
    five months of filler, each answered "ok": (chats in safety mode, chats). A message
    in ``victim`` (default: those :data:`_VICTIM` finds) is the other partner's."""
    import re

    folder = Path(tempfile.mkdtemp(prefix=f"unmask-safety-{tag}-"))
    entered = chats = 0
    for lang in ("en", "zh"):
        lines = [t for t in messages if (lang == "zh") == bool(re.search("[\u4e00-\u9fff]", t))]
        for part in (lines[0::2], lines[1::2]):
            script: dict[int, list[tuple[int, str]]] = {}
            for k, text in enumerate(part):
                theirs = re.search(_VICTIM, text) is not None if victim is None else text in victim
                reply = "ok" if lang == "en" else "好"
                script[5 + 14 * k] = [(1, text)] if theirs else [(0, text), (1, reply)]
            entered += _in_safety_mode(folder, f"{tag}_{lang}_{chats}", lang, script, model)
            chats += 1
    return entered, chats


#: rounds whose Chinese messages and twins the shipped model trains on since h-safety29
#: (``safety-lr-6``; ``train_safety.LAST_ROUND``): their Chinese figures are in-sample
ZH_TRAINED: frozenset[str] = frozenset(f"ROUND{n}" for n in range(18, 27))
#: rounds whose English messages and twins the shipped model trains on since h-safety36
#: (``safety-lr-7``): their English figures are in-sample
EN_TRAINED: frozenset[str] = frozenset(f"ROUND{n}" for n in range(18, 33))


def _trained_note(attr: str, note: str) -> str:
    if attr in ZH_TRAINED:
        note = f"{note}; its Chinese half trained on since h-safety29 (safety-lr-6)"
    if attr in EN_TRAINED:
        note = f"{note}; its English half trained on since h-safety36 (safety-lr-7)"
    return note


def held_out_chat_rows(trial: bool = True) -> list[Row]:
    """Do chats built from our unseen controlling messages enter safety mode?"""
    from unmask_dev import safety_probes as probes

    out = []
    for tag, attr, how_used in (
        ("round42", "ROUND42", "never tuned or trained on; read once (h-safety56)"),
        ("round41", "ROUND41", "never tuned or trained on; read once (h-safety54)"),
        ("round40", "ROUND40", "never tuned or trained on; read once (h-safety52)"),
        ("round39", "ROUND39", "never tuned or trained on; read once (h-safety50)"),
        ("round38", "ROUND38", "never tuned or trained on; read once (h-safety48)"),
        ("round37", "ROUND37", "never tuned or trained on; read once (h-safety46)"),
        ("round36", "ROUND36", "never tuned or trained on; read once (h-safety42)"),
        ("round35", "ROUND35", "never tuned or trained on; read once (h-safety41)"),
        ("round34", "ROUND34", "never tuned or trained on; read once (h-safety39)"),
        ("round33", "ROUND33", "never tuned or trained on; read once (h-safety38)"),
        ("round32", "ROUND32", "never tuned or trained on; read once (h-safety35)"),
        ("round31", "ROUND31", "never tuned or trained on; read once (h-safety34)"),
        ("round30", "ROUND30", "never tuned or trained on; read once (h-safety32)"),
        ("round29", "ROUND29", "never tuned or trained on; read once (h-safety31)"),
        ("round28", "ROUND28", "never tuned or trained on; read once on main (h-safety30)"),
        (
            "round27",
            "ROUND27",
            "never trained on; read once on main (h-safety29); its English misses built on"
            " (h-safety30)",
        ),
        (
            "round26",
            "ROUND26",
            "never trained on; read for 2 levers; its English misses built on (h-safety30)",
        ),
        ("round25", "ROUND25", "never tuned or trained on; clean on main, then read for the forms"),
        (
            "round24",
            "ROUND24",
            "never tuned or trained on; clean on main, then read for the frames",
        ),
        ("round23", "ROUND23", "never tuned or trained on; read once on main (h-safety23)"),
        ("round22", "ROUND22", "never tuned or trained on; clean on main, then 1 acts trial read"),
        ("round21", "ROUND21", "never tuned or trained on; clean on main, then 1 candidate read"),
        ("round20", "ROUND20", "never trained on; read for 1 candidate (h-safety16), misses read"),
        ("round19", "ROUND19", "never trained on; misses read in h-safety16, nothing shipped"),
        (
            "round18",
            "ROUND18",
            "never trained on; read twice (h-safety13, h-safety14), misses read in h-safety16",
        ),
        ("round17", "ROUND17", "trained on in h-safety13 (safety-lr-5), never tuned on"),
        ("round16", "ROUND16", "trained on since h-safety12 (safety-lr-4), never tuned on"),
        (
            "round15",
            "ROUND15",
            "trained on since h-safety11 (safety-lr-3); read for four trial variants",
        ),
        ("round14", "ROUND14", "tuned on in h-safety9, never trained on"),
        ("round13", "ROUND13", "tuned on in h-safety8, never trained on"),
        ("round12", "ROUND12", "tuned on in h-safety7, never trained on"),
        ("round11", "ROUND11", "tuned on in h-safety6, never trained on"),
        ("round10", "ROUND10", "tuned on in h-safety5, never trained on"),
        ("round9", "ROUND9", "tuned on in h-safety4, never trained on"),
    ):
        pairs: tuple[tuple[str, str], ...] = getattr(probes, f"{attr}_KINDS")
        fear = frozenset(t for k, t in pairs if k == "fear")
        texts = tuple(t for _, t in pairs)
        for model, how in ((False, "lexicons only"), (True, f"lexicons + {_model_label()}")):
            if model and not trial:
                continue
            entered, chats = _chats_of(texts, f"{tag}{int(model)}", model, fear)
            out.append(
                Row(
                    AREA,
                    f"chats of {tag} controlling messages (en, zh) in safety mode, {how}",
                    entered / chats,
                    ">= 1",
                    chats,
                    f"~10 {tag} messages ({_trained_note(attr, how_used)}) each, one per"
                    " fortnight, over 5 months"
                    " of filler; fear lines are the other partner's",
                )
            )
    for tag, messages, note in (
        (
            "round8",
            probes.ROUND8,
            "round eight messages (parts-layer tuning data; trains the trial safety model)",
        ),
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


def _daily_chats(messages: tuple[str, ...], tag: str, model: bool) -> tuple[int, int]:
    """``messages`` as one chat per language, all sent by one partner, one a day amid the
    filler, each answered "ok" (the worst case for the per-sender day rules): (chats in
    safety mode, chats)."""
    folder = Path(tempfile.mkdtemp(prefix=f"unmask-safety-{tag}-"))
    entered = chats = 0
    for lang in ("en", "zh"):
        lines = [t for t in messages if (lang == "zh") == _zh(t)]
        if not lines:
            continue
        reply = "ok" if lang == "en" else "好"
        script = {5 + k: [(0, text), (1, reply)] for k, text in enumerate(lines)}
        entered += _in_safety_mode(folder, f"{tag}_{lang}", lang, script, model)
        chats += 1
    return entered, chats


def calm_chat_rows(trial: bool = True) -> list[Row]:
    """Chats of lines that are not control (the safety rounds' everyday, heated and teasing
    twins; the couple rounds' lines labelled neither control nor fight) must not enter
    safety mode, read with the model (the weak-control rule reads only there, h-safemode)."""
    from unmask_dev import couple_round
    from unmask_dev import safety_probes as probes
    from unmask_dev.validity.couple import SAFETY_KINDS

    if not trial:
        return []
    how = f"lexicons + {_model_label()}"
    out = []
    for label, attrs, note in (
        (
            "rounds 9-27",
            [f"ROUND{n}_SAFE" for n in range(9, 28)],
            "each round's twins as its controlling rows' chats",
        ),
        ("round28", ["ROUND28_SAFE"], "held out: aggregate only"),
    ):
        entered = chats = 0
        for attr in attrs:
            got, n = _chats_of(tuple(getattr(probes, attr)), f"twin{attr.lower()}", True)
            entered += got
            chats += n
        out.append(
            Row(
                AREA,
                f"chats of {label} everyday/heated/teasing twins (en, zh) in safety mode, {how}",
                entered / chats,
                "<= 0",
                chats,
                f"{note}: ~10 messages each, one per fortnight, over 5 months of filler",
            )
        )
    entered = chats = 0
    for k, path in enumerate(couple_round.PATHS, start=1):
        calm = tuple(m.text for m in couple_round.load(path) if m.kind not in SAFETY_KINDS)
        got, n = _daily_chats(calm, f"couple{k}", True)
        entered += got
        chats += n
    out.append(
        Row(
            AREA,
            f"chats of the couple rounds' lines neither control nor fight (en, zh) in safety"
            f" mode, {how}",
            entered / chats,
            "<= 0",
            chats,
            f"one chat per round (one to {len(couple_round.PATHS)}) and language, every line"
            " from one partner, one a day (worst case); aggregate only",
        )
    )
    return out


def _zh(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


#: the rounds measured by kind: (name in rows, probes attribute, how each was used)
ROUNDS: tuple[tuple[str, str, str], ...] = (
    (
        "round nine",
        "ROUND9",
        "written before h-safety3 changed anything; measured clean at 0.225, then its misses"
        " tuned on in h-safety4 (never trained on)",
    ),
    (
        "round ten",
        "ROUND10",
        "written before h-safety4 changed anything; measured clean at 0.025 (0.075 after"
        " h-safety4), then its misses tuned on in h-safety5 (never trained on)",
    ),
    (
        "round eleven",
        "ROUND11",
        "written before h-safety5 changed anything; measured clean at 0.050 (0.100 after"
        " h-safety5), then its misses tuned on in h-safety6 (never trained on)",
    ),
    (
        "round twelve",
        "ROUND12",
        "written before h-safety6 changed anything; measured clean at 0.225 (unchanged after"
        " h-safety6's tuning on round eleven), then tuned on in h-safety7 (0.425; never"
        " trained on)",
    ),
    (
        "round thirteen",
        "ROUND13",
        "written before h-safety7 changed anything; measured clean at 0.475, 0.550 after"
        " h-safety7's parts layer (tuned on rounds one to twelve), then tuned on in h-safety8"
        " (never trained on)",
    ),
    (
        "round fourteen",
        "ROUND14",
        "written before h-safety8 changed anything, without the lexicon or parts files open;"
        " measured clean at 0.300 (0.325 after h-safety8), then its misses tuned on in"
        " h-safety9 (1.000 after; never trained on)",
    ),
    (
        "round fifteen",
        "ROUND15",
        "written before h-safety9 changed anything, without the lexicon or parts files open;"
        " measured clean at 0.475, unchanged after h-safety9's tuning on round fourteen;"
        " read for four trial model variants in h-safety10; trained on since h-safety11"
        " (safety-lr-3)",
    ),
    (
        "round sixteen",
        "ROUND16",
        "written first in h-safety11, before any round's misses or the lexicon, parts or"
        " model files were opened; never tuned on; trained on since h-safety12 (safety-lr-4)",
    ),
    (
        "round seventeen",
        "ROUND17",
        "written first in h-safety12, before any round's misses or the lexicon, parts or"
        " model files were opened; trained on in h-safety13 (safety-lr-5)",
    ),
    (
        "round eighteen",
        "ROUND18",
        "written first in h-safety13, before any round's misses or the lexicon, guard or"
        " model files were opened; never trained on; read twice (safety-lr-5 in h-safety13,"
        " the construct cue in h-safety14)",
    ),
    (
        "round nineteen",
        "ROUND19",
        "written first in h-round19, after safety-lr-5 and the construct cue shipped, before"
        " any round's texts or misses or the lexicon, parts or model files were opened;"
        " never trained on; its misses read in h-safety16 (nothing shipped)",
    ),
    (
        "round twenty",
        "ROUND20",
        "written first in h-safety16, before any round's misses, model output or the lexicon,"
        " parts or model files were opened; never tuned or trained on; measured on main, then"
        " read for one candidate (h-safety16), nothing shipped; its misses tuning data since"
        " h-safety18",
    ),
    (
        "round twenty-one",
        "ROUND21",
        "written first in h-safety18, before any round's misses, model output or the lexicon,"
        " parts, guard or model files were opened; never tuned or trained on; measured on main,"
        " then read for one candidate (h-safety18), nothing shipped",
    ),
    (
        "round twenty-two",
        "ROUND22",
        "written first in h-safety22, before any round's texts, misses, model output or the"
        " lexicon, parts, guard or model files were opened; never tuned or trained on;"
        " measured on main, then read for one acts trial (h-safety22), nothing shipped",
    ),
    (
        "round twenty-three",
        "ROUND23",
        "written first in h-safety23, before any round's texts, misses, model output or the"
        " lexicon, parts, guard or model files were opened; never tuned or trained on (left out"
        " of the leave-one-round-out judging too); measured once on main",
    ),
    (
        "round twenty-four",
        "ROUND24",
        "written first in h-safety24, before any round's texts, misses, model output or the"
        " lexicon, parts, guard or model files were opened; never tuned or trained on (left out"
        " of the leave-one-round-out judging too); measured on main (.200), then read once for"
        " the frames (h-safety24)",
    ),
    (
        "round twenty-five",
        "ROUND25",
        "written first in h-safety25, before any round's texts, misses, model output or the"
        " lexicon, parts, frames, guard or model files were opened; never tuned or trained on"
        " (left out of the leave-one-round-out judging too); measured on main (.175), then read"
        " once for the threat, degradation and sanction forms (h-safety25)",
    ),
    (
        "round twenty-six",
        "ROUND26",
        "written first in h-safety26, before any round's texts, misses, model output or the"
        " lexicon, parts, frames, guard or model files were opened; never tuned or trained on"
        " (left out of the leave-one-round-out judging too); measured on main (.250), then read"
        " for the structural reader and inputs (h-safety26); its English misses built on as"
        " constructs in h-safety30 (in-sample for English since)",
    ),
    (
        "round twenty-seven",
        "ROUND27",
        "written first in h-safety29, before any round's texts, misses or model output were"
        " read (threats, monitoring, isolation, degradation, money control, sanctions and"
        " coercion dressed as care, evenly); never trained on; measured once on main; its"
        " English misses built on as constructs in h-safety30 (in-sample for English since)",
    ),
    (
        "round twenty-eight",
        "ROUND28",
        "written first in h-safety30, before any round's misses were read, in round"
        " twenty-seven's shape (threats, monitoring, isolation, degradation, money control,"
        " sanctions and coercion dressed as care, evenly); never tuned or trained on; measured"
        " once on main",
    ),
    (
        "round twenty-nine",
        "ROUND29",
        "written first in h-safety31, before any round's misses or model output were read, in"
        " round twenty-eight's shape; never tuned or trained on; read once, on main and on"
        " h-safety31's code",
    ),
    (
        "round thirty",
        "ROUND30",
        "written first in h-safety32, before any round's misses or model output were read, in"
        " round twenty-nine's shape; never tuned or trained on; read once, on main and on"
        " h-safety32's code",
    ),
    (
        "round thirty-one",
        "ROUND31",
        "written first in h-safety34, before any round's misses or model output were read, in"
        " round thirty's shape; never tuned or trained on; read once, on main and on"
        " h-safety34's code",
    ),
    (
        "round thirty-two",
        "ROUND32",
        "written first in h-safety35, before any round's misses or model output were read, in"
        " round thirty-one's shape; never tuned or trained on; read once, on main and on"
        " h-safety35's code",
    ),
    (
        "round thirty-three",
        "ROUND33",
        "written first in h-safety38, before any round's misses or model output were read, in"
        " round thirty-two's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round thirty-four",
        "ROUND34",
        "written first in h-safety39, before any round's misses or model output were read, in"
        " round thirty-three's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round thirty-five",
        "ROUND35",
        "written first in h-safety41, before any round's misses or model output were read, in"
        " round thirty-four's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round thirty-six",
        "ROUND36",
        "written first in h-safety42, before any round's misses or model output were read, in"
        " round thirty-five's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round thirty-seven",
        "ROUND37",
        "written first in h-safety46, before any round's misses or model output were read, in"
        " round thirty-six's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round thirty-eight",
        "ROUND38",
        "written first in h-safety48, before any round's misses or model output were read, in"
        " round thirty-seven's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round thirty-nine",
        "ROUND39",
        "written first in h-safety50, before any round's misses or model output were read, in"
        " round thirty-eight's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round forty",
        "ROUND40",
        "written first in h-safety52, before any round's misses or model output were read, in"
        " round thirty-nine's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round forty-one",
        "ROUND41",
        "written first in h-safety54, before any round's misses or model output were read, in"
        " round forty's shape; never tuned or trained on; read once, on main's code",
    ),
    (
        "round forty-two",
        "ROUND42",
        "written first in h-safety56, before any round's misses or model output were read, in"
        " round forty-one's shape; never tuned or trained on; read once, on main's code",
    ),
)


def round_rows(name: str, attr: str, note: str, trial: bool = True) -> list[Row]:
    """A round written with kinds: recall per language and kind accuracy, lexicons alone
    and with the safety model; its twins counted."""
    note = _trained_note(attr, note)
    from unmask_dev import safety_probes as probes

    every = (*CONTROL_SIGNALS, FEAR_SIGNAL)
    pairs: tuple[tuple[str, str], ...] = getattr(probes, f"{attr}_KINDS")
    texts = [t for _, t in pairs]
    kinds = [f"safety.{k}" for k, _ in pairs]
    zh = np.array([_zh(t) for t in texts])
    out = []
    for model, how in ((False, "lexicons only"), (True, f"lexicons + {_model_label()}")):
        if model and not trial:
            continue
        raw, _, _ = _flags(texts, model)
        fired = _any(raw, SAFETY_SIGNALS)
        right = np.array([bool(raw[k][i]) for i, k in enumerate(kinds)])
        for part, mask in (("en + zh", np.ones(len(texts), dtype=bool)), ("en", ~zh), ("zh", zh)):
            out.append(
                Row(
                    AREA,
                    f"own controlling messages, {name} ({part}): any safety signal, {how}",
                    float(fired[mask].mean()),
                    ">= 0.8",
                    int(mask.sum()),
                    note,
                )
            )
        out.append(
            Row(
                AREA,
                f"{name}: messages firing their own kind, {how}",
                float(right.mean()),
                "",
                len(texts),
                f"the kind written with each message (safety_probes.{attr}_KINDS)",
            )
        )
        safe = list(getattr(probes, f"{attr}_SAFE"))
        _, counted, _ = _flags(safe, model)
        out.append(
            Row(
                AREA,
                f"own everyday/heated/teasing messages, {name}: counted, {how}",
                float(_any(counted, every).mean()),
                "<= 0.05",
                len(safe),
                f"written with {name}'s controlling set",
            )
        )
    return out


def round9_rows(trial: bool = True) -> list[Row]:
    """Rounds nine to thirteen (see :data:`ROUNDS`)."""
    out: list[Row] = []
    for name, attr, note in ROUNDS:
        out += round_rows(name, attr, note, trial)
    return out


def probe_rows() -> list[Row]:
    from unmask_dev import safety_probes as probes

    every = (*CONTROL_SIGNALS, FEAR_SIGNAL)
    out = []
    for label, texts, target, note in (
        (
            "own controlling messages, round eight (parts-layer tuning data): any safety signal",
            probes.ROUND8,
            ">= 0.8",
            "written before round seven's tuning; 0.250 before rounds six and seven, 0.300"
            " before round ten (h-safety4)",
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
            "written with round eight's controlling set; checked while the parts layer was tuned",
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
    trial = _trial()
    out += claff_rows() + sample_rows() + (sample_rows(model=True) if trial else [])
    out += scripted_rows() + (scripted_rows(model=True) if trial else [])
    if not trial:
        out.append(
            Row(AREA, "trial safety model", None, "", 0, "absent: run scripts/train_safety.py")
        )
    out += held_out_chat_rows(trial) + calm_chat_rows(trial)
    return out + round9_rows(trial) + probe_rows()
