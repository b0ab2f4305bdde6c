"""Large Telegram Desktop and Messenger/Instagram JSON exports for benchmarks and round trips.

Both are written as streams (never held whole), deterministic for a seed, with the
bodies of :mod:`unmask_dev.synth.stress` (English, CJK, emoji) and each platform's quirks:

* Telegram: ``result.json`` of one chat (``--shape chat``) or a full-account export
  (``--shape account``: the couple's chat among two other chats); text as a string or an
  entity list, photos, stickers, service messages, replies, edits.
* Messenger: a thread folder with ``message_1.json`` … (10,000 messages per file, newest
  first, as Facebook writes them), strings in Facebook's mojibake (UTF-8 bytes written as
  Latin-1 ``\\u00XX`` escapes), reactions, photos, shares, unsent messages.

Run: ``python -m unmask_dev.synth.jsonexports telegram|messenger -n N -o PATH [--seed 1]``.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from unmask_dev.synth.stress import CJK, EMOJI, ENGLISH

A = "Jonas Brandt"
B = "周晓雯"
#: messages per Messenger file (Facebook's own split)
MESSENGER_PER_FILE = 10_000
_START = datetime(2012, 3, 1, 8, 0, 0)
_UNIX = datetime(1970, 1, 1)


def _body(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.6:
        text = rng.choice(ENGLISH)
    elif roll < 0.85:
        text = rng.choice(CJK)
    else:
        text = f"{rng.choice(ENGLISH)} {rng.choice(EMOJI)}"
    if rng.random() < 0.05:
        text += "\n" + rng.choice(ENGLISH)
    return text


def _times(n: int, rng: random.Random, start: datetime = _START) -> Iterator[datetime]:
    ts = start
    for _ in range(n):
        ts += timedelta(seconds=rng.choice((5, 15, 40, 90, 240, 600, 1800)))
        yield ts


def telegram_messages(n: int, seed: int = 1, first_id: int = 1) -> Iterator[dict[str, Any]]:
    """Telegram message objects of a couple's chat, ids from ``first_id``."""
    rng = random.Random(seed)
    for index, ts in enumerate(_times(n, rng)):
        ident = first_id + index
        sender = A if rng.random() < 0.5 else B
        message: dict[str, Any] = {
            "id": ident,
            "type": "message",
            "date": ts.strftime("%Y-%m-%dT%H:%M:%S"),
            "date_unixtime": str(int((ts - _UNIX).total_seconds()) - 3600),
            "from": sender,
            "from_id": "user1001" if sender == A else "user2002",
        }
        roll = rng.random()
        body = _body(rng)
        if roll < 0.03:
            message.update(photo="(File not included.)", width=1280, height=960, text="")
        elif roll < 0.05:
            message.update(
                file="(File not included.)", media_type="sticker", sticker_emoji="😘", text=""
            )
        elif roll < 0.06:
            message = {
                "id": ident,
                "type": "service",
                "date": message["date"],
                "date_unixtime": message["date_unixtime"],
                "actor": sender,
                "actor_id": message["from_id"],
                "action": "phone_call",
                "duration_seconds": rng.randint(5, 900),
                "text": "",
            }
        elif roll < 0.2:
            message["text"] = [
                body,
                {"type": "link", "text": "https://example.org/x"},
                " ok",
            ]
        else:
            message["text"] = body
        if message["type"] == "message" and rng.random() < 0.05 and ident > first_id:
            message["reply_to_message_id"] = ident - rng.randint(1, min(20, ident - first_id))
        if rng.random() < 0.02:
            message["edited"] = message["date"]
        yield message


def _dump_messages(handle: Any, messages: Iterator[dict[str, Any]], indent: str) -> None:
    first = True
    for message in messages:
        handle.write(("" if first else ",\n") + indent + json.dumps(message, ensure_ascii=False))
        first = False


def write_telegram(path: Path, n: int, seed: int = 1, shape: str = "chat") -> Path:
    """A Telegram Desktop ``result.json`` with ``n`` messages in the couple's chat."""
    with path.open("w", encoding="utf-8") as handle:
        if shape == "chat":
            handle.write('{\n "name": "周晓雯",\n "type": "personal_chat",\n "id": 2002,\n')
            handle.write(' "messages": [\n')
            _dump_messages(handle, telegram_messages(n, seed), "  ")
            handle.write("\n ]\n}\n")
            return path
        handle.write('{\n "about": "Here is the data you requested.",\n')
        handle.write(' "personal_information": {"user_id": 1001, "first_name": "Jonas"},\n')
        handle.write(' "chats": {\n  "about": "This page lists all chats.",\n  "list": [\n')
        chats = [
            ("Saved Messages", "saved_messages", 1001, 50),
            ("周晓雯", "personal_chat", 2002, n),
            ("Climbing Fridays", "private_group", 3003, 200),
        ]
        for number, (name, kind, ident, count) in enumerate(chats):
            head = json.dumps({"name": name, "type": kind, "id": ident}, ensure_ascii=False)
            handle.write(("" if number == 0 else ",\n") + "   " + head[:-1] + ', "messages": [\n')
            _dump_messages(handle, telegram_messages(count, seed + number), "    ")
            handle.write("\n   ]}")
        handle.write("\n  ]\n }\n}\n")
    return path


def mojibake(text: str) -> str:
    """Facebook's encoding: every UTF-8 byte of ``text`` as one Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


def messenger_messages(n: int, seed: int = 1, start: datetime = _START) -> list[dict[str, Any]]:
    """Messenger message objects of a couple's thread in time order (oldest first)."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for ts in _times(n, rng, start):
        sender = A if rng.random() < 0.5 else B
        message: dict[str, Any] = {
            "sender_name": mojibake(sender),
            "timestamp_ms": int((ts - datetime(1970, 1, 1)).total_seconds() * 1000),
        }
        roll = rng.random()
        if roll < 0.03:
            message["photos"] = [{"uri": "messages/inbox/x/photos/1.jpg", "creation_timestamp": 1}]
        elif roll < 0.04:
            message["share"] = {"link": "https://example.org/listing"}
            message["content"] = mojibake(f"{sender} sent a link.")
        elif roll < 0.045:
            message["is_unsent"] = True
            message["content"] = ""
        else:
            message["content"] = mojibake(_body(rng))
        if rng.random() < 0.05:
            other = B if sender == A else A
            message["reactions"] = [{"reaction": mojibake("❤"), "actor": mojibake(other)}]
        message["is_geoblocked_for_viewer"] = False
        out.append(message)
    return out


def write_messenger(folder: Path, n: int, seed: int = 1) -> Path:
    """A thread folder with ``message_1.json`` (newest) … like Facebook writes it."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    total_files = max(1, -(-n // MESSENGER_PER_FILE))
    remaining = n
    start = _START
    for number in range(total_files, 0, -1):  # oldest messages in the highest number
        count = min(MESSENGER_PER_FILE, remaining)
        remaining -= count
        messages = messenger_messages(count, seed * 1000 + number, start)
        start = datetime(1970, 1, 1) + timedelta(milliseconds=messages[-1]["timestamp_ms"])
        document = {
            "participants": [{"name": mojibake(B)}, {"name": mojibake(A)}],
            "messages": messages[::-1],  # newest first
            "title": mojibake(B),
            "is_still_participant": True,
            "thread_path": "inbox/xiaowen_1234567890",
            "magic_words": [],
        }
        text = json.dumps(document, indent=2 if rng.random() < 0.5 else None)
        (folder / f"message_{number}.json").write_text(text, encoding="ascii")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("platform", choices=("telegram", "telegram-account", "messenger"))
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("-o", "--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.platform == "messenger":
        write_messenger(args.out, args.n, args.seed)
    else:
        shape = "account" if args.platform == "telegram-account" else "chat"
        write_telegram(args.out, args.n, args.seed, shape)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
