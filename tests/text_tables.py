"""Plain message tables for tests: text messages on the generic platform, with no reply
links, offsets or edits (the shape the importers give a plain export)."""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa

from unmask_dev.couples import text_table


def plain_table(sender: Sequence[str], text: Sequence[str], timestamps: Sequence[str]) -> pa.Table:
    """A canonical table of one conversation, one entry per message, ids in order
    (:func:`unmask_dev.couples.text_table`)."""
    n = len(text)
    return text_table(["c"] * n, [str(i) for i in range(n)], timestamps, sender, text)


def answer_chat(turns: Sequence[tuple[Sequence[str], str]]) -> pa.Table:
    """One session per turn, a day apart (at most 31): A's lines, then B's answer, a minute
    apart; ``turns`` holds (A's lines, B's answer) pairs."""
    ts, sender, text = [], [], []
    for day, (said, answer) in enumerate(turns):
        lines = [("A", line) for line in said] + [("B", answer)]
        for j, (who, line) in enumerate(lines):
            ts.append(f"2024-01-{day + 1:02d}T10:0{j}:00")
            sender.append(who)
            text.append(line)
    return plain_table(sender, text, ts)
