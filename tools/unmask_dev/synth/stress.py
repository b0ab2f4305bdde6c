"""Hard WhatsApp exports with ground truth: the importer's round-trip fixtures and benchmarks.

Where :mod:`unmask_dev.synth.generate` writes a believable couple, this writes
everything a real export throws at a parser, mixed at random but deterministic
for a seed: multi-line messages (blank lines, list lines starting with digits,
lines starting with a clock time or a date, ``key: value`` lines), emoji with
ZWJ sequences, skin tones and flags, Chinese with full-width punctuation,
Japanese and Korean, ellipses, URLs, media placeholders in each layout's form,
deleted and edited messages, and system lines (security code, number change,
missed calls). The export goes through the project's one WhatsApp writer
(:mod:`unmask_dev.synth.whatsapp`), in any of its layouts.

Beside ``FILE.txt`` it writes ``FILE.truth.jsonl``, one JSON object per entry::

    {"ts": ISO time at the export's precision, "author": str | None,
     "text": body with U+200E removed, "kind": user|media|deleted|edited|system,
     "nlines": int, "tags": [...]}

``edited`` texts keep the " <This message was edited>" marker; system entries
have author None even on iOS, where the file shows the chat's name.

Run: ``python -m unmask_dev.synth.stress --variant android|ios|ios_us -n N -o FILE.txt
[--seed 1] [--nnbsp]``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from unmask.model import Message
from unmask_dev.synth.whatsapp import (
    EDITED_MARKER,
    LAYOUTS,
    NOTICE_ANDROID,
    NOTICE_IOS,
    render_line,
)

A = "Jonas Brandt"
B = "周晓雯"

#: single-line bodies, English: chores, money, feelings, chat shorthand, punctuation traps
ENGLISH = (
    "did the landlord answer about the boiler?",
    "grab oat milk if you pass the shop",
    "ok",
    "kk",
    "transferred 35 for the electricity",
    "when do you finish tonight",
    "stuck on the tram, 15 min late",
    "I keep lying awake worrying about the move and I haven't told anyone",
    "I miss our long walks, honestly",
    "love you",
    "night night",
    "morning :)",
    "the electrician said Thursday between 8 and 12",
    "did you renew the parking permit?",
    "can you send me the deposit for the cabin",
    "I'm afraid I messed up the interview",
    "thank you for staying up with me last night, it helped",
    "hahaha",
    "lmao",
    "sure thing",
    "fine.",
    "whatever works for you",
    "are we still going to your sister's on Saturday?",
    "sometimes it feels like I'm talking to a wall",
    "pasta or curry?",
    "Reminder: dentist on the 3rd",
    "link: https://example.org/listing?id=77&ref=chat",
    "was thinking… maybe a quiet weekend, just us?",
    "sorry, rough day…",
    "call the insurance - they sent a letter",
    "10:15 works",
    "how did the talk with your dad go?",
    "wiped",
    "really proud of you today",
    "did you get my voice note?",
)
#: single-line bodies in Chinese, Japanese and Korean
CJK = (
    "今天累坏了，好想你。",
    "周末去爬山吗？",
    "收到👌",
    "别忘了交水费！",
    "晚安😘",
    "吃饭了没？",
    "我有点担心我们最近的状态……",
    "おやすみ、また明日ね",
    "오늘 수고했어 💤",
    "ok 好的",
    "明早几点出门？",
    "爱你❤️",
    "房租转你了（2300元）",
    "ありがとう、本当に助かった！",
)
EMOJI = ("😂", "❤️", "😘", "👍🏽", "❤️‍🩹", "👩‍❤️‍👨", "🤦‍♀️", "🇩🇪", "🙈", "🥺", "😴", "🎉")
#: continuation lines that look like the start of something else
LIST_LINES = (
    "1. bread",
    "2. tomatoes",
    "3) soap",
    "- bin bags",
    "19:30 table at Luigi's",
    "12/05 vet",
    "Wed: swimming",
    "",
)
SYSTEM_LATER = (
    "Your security code with {other} changed. Tap to learn more.",
    "{other} changed their phone number to a new number. Tap to message or add the new number.",
    "Disappearing messages were turned off. Tap to change.",
    "Missed voice call",
    "Missed video call",
)


@dataclass(frozen=True)
class Entry:
    """One line (or multi-line message) of the export and its truth."""

    message: Message
    truth: dict[str, object]


def _sentence(rng: random.Random) -> str:
    text = rng.choice(CJK) if rng.random() < 0.22 else rng.choice(ENGLISH)
    if rng.random() < 0.25:
        text += " " + "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 3)))
    elif rng.random() < 0.05:
        text = "".join(rng.choice(EMOJI) for _ in range(rng.randint(1, 4)))
    return text


def _media_text(rng: random.Random, layout: str, ts: datetime, index: int) -> str:
    if layout == "android":
        return "<Media omitted>"
    if rng.random() < 0.5:
        return rng.choice(("image", "video", "audio", "sticker", "GIF")) + " omitted"
    kind, ext = rng.choice((("PHOTO", "jpg"), ("AUDIO", "opus"), ("VIDEO", "mp4")))
    stamp = ts.strftime("%Y-%m-%d-%H-%M-%S")
    return f"<attached: {index:08d}-{kind}-{stamp}.{ext}>"


def _body(rng: random.Random, layout: str, ts: datetime, index: int) -> tuple[str, str, bool]:
    """(text, kind, edited) of a user's entry."""
    r = rng.random()
    if r < 0.04:
        return _media_text(rng, layout, ts, index), "media", False
    if r < 0.05:
        deleted = rng.choice(("This message was deleted", "You deleted this message"))
        return (deleted if layout == "android" else deleted + "."), "deleted", False

    if r < 0.13:
        lines = [_sentence(rng)]
        for _ in range(rng.randint(1, 5)):
            lines.append(rng.choice(LIST_LINES) if rng.random() < 0.45 else _sentence(rng))
        if lines[-1] == "":
            lines[-1] = "right?"
        text = "\n".join(lines)
    else:
        text = _sentence(rng)
    return text, "user", rng.random() < 0.02


def _tags(text: str, kind: str) -> list[str]:
    tags = []
    if kind == "system":
        tags.append("system")
    if "\n" in text:
        tags.append("multiline")
    if any(
        "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"
        for ch in text
    ):
        tags.append("cjk")
    if "\u200d" in text:
        tags.append("zwj")
    return tags


def entries(n: int, layout: str, seed: int = 1) -> Iterator[Entry]:
    """``n`` entries (messages and system lines), the first being the encryption notice."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown WhatsApp layout {layout!r} (have: {', '.join(LAYOUTS)})")
    rng = random.Random(seed)
    span_days = min(max(n / 300.0, 30.0), 3650.0)
    # bursty gaps: mostly seconds to minutes, some hours, a few days; mean span/n
    weights = (0.70, 0.25, 0.05)
    unit = span_days * 86400.0 / n / (weights[0] + 30 * weights[1] + 720 * weights[2])
    ts = datetime(2017, 3, 1, 0, 4, 9)
    speaker = A
    for index in range(n):
        if index:
            r = rng.random()
            scale = 1 if r < weights[0] else (30 if r < weights[0] + weights[1] else 720)
            ts += timedelta(seconds=max(1.0, rng.expovariate(1.0 / (unit * scale))))
        shown = (ts.replace(second=0) if layout == "android" else ts).replace(microsecond=0)
        stamp = shown.isoformat()
        if index == 0 or rng.random() < 0.003:
            if index == 0:
                text = NOTICE_ANDROID if layout == "android" else NOTICE_IOS
            else:
                text = rng.choice(SYSTEM_LATER).format(other=B)
            message = Message("c", str(index), stamp, None, text, kind="system")
            truth: dict[str, object] = {"author": None, "text": text, "kind": "system"}
        else:
            if rng.random() < 0.35:
                speaker = B if speaker == A else A
            text, kind, edited = _body(rng, layout, ts, index)
            message = Message("c", str(index), stamp, speaker, text, kind=kind, edited=edited)
            shown_text = f"{text} {EDITED_MARKER}" if edited else text
            truth = {"author": speaker, "text": shown_text, "kind": "edited" if edited else kind}
        text_out = str(truth["text"])
        yield Entry(
            message,
            {
                "ts": stamp,
                **truth,
                "nlines": text_out.count("\n") + 1,
                "tags": _tags(text_out, str(truth["kind"])),
            },
        )


def truth_path(export: Path) -> Path:
    return export.with_name(export.stem + ".truth.jsonl")


def write(path: Path, n: int, layout: str, seed: int = 1, nnbsp: bool = False) -> Path:
    """Write the export and its truth file beside it; returns the truth file's path."""
    path = Path(path)
    truth_file = truth_path(path)
    with (
        path.open("w", encoding="utf-8", newline="\n") as out,
        truth_file.open("w", encoding="utf-8", newline="\n") as truth,
    ):
        lines: list[str] = []
        for entry in entries(n, layout, seed):
            lines.append(render_line(entry.message, layout, B, nnbsp) + "\n")
            truth.write(json.dumps(entry.truth, ensure_ascii=False) + "\n")
            if len(lines) >= 8192:
                out.write("".join(lines))
                lines.clear()
        out.write("".join(lines))
    return truth_file


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", choices=LAYOUTS, required=True)
    ap.add_argument("-n", type=int, required=True, help="entries (messages and system lines)")
    ap.add_argument("-o", "--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--nnbsp", action="store_true", help="Android: U+202F before AM/PM")
    args = ap.parse_args(argv)
    write(Path(args.out), args.n, args.variant, args.seed, args.nnbsp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
