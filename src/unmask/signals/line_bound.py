"""Keep a lexicon regex inside one line, so that it never reads a neighbouring message.

A batch of messages is matched as one text joined by "\\n" (``^`` and ``$`` mean a
message's start and end). A regex whose class can match "\\n" (``[^。]``, ``\\s``,
``\\W``, ``\\D``, ``[\\s,]``) can run on into the next message: the match is dropped,
but an alternation reports one branch per position, so a dropped match of an earlier
entry hid a later entry's match inside the message, and what a message scored depended
on which messages stood next to it (and, where a prefilter picks the messages a regex
runs on, on which of them held the prefilter). :func:`within_line` rewrites such classes
so they never match "\\n": a message then reads the same in any batch, and so does every
line of a message written over several lines.

``[^...]`` becomes ``[^\\n...]`` (unless it names "\\n" already, as the line-start idiom
``(?<![^\\n])`` does); ``\\s``, ``\\W`` and ``\\D`` outside a class become
``[^\\S\\n]``, ``[^\\w\\n]`` and ``[^\\d\\n]``; a class that holds one of them, or "\\n",
is preceded by ``(?!\\n)``.
"""

from __future__ import annotations

_OUTSIDE = {"s": r"[^\S\n]", "W": r"[^\w\n]", "D": r"[^\d\n]"}
_CROSSING = frozenset("sWDn")


def _class_end(pattern: str, start: int) -> int:
    """Index just after the class that opens at ``start`` (``pattern[start] == "["``)."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":  # a "]" first is a literal
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i + 1
        i += 1
    raise ValueError(f"unterminated character class at {start} in {pattern!r}")


def _escapes(body: str) -> set[str]:
    """The letters of the escapes (``\\s`` -> "s") in a class's body."""
    found: set[str] = set()
    i = 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            found.add(body[i + 1])
            i += 2
        else:
            i += 1
    return found


def _class(text: str) -> str:
    body = text[1:-1]
    if body.startswith("^"):
        if "n" in _escapes(body[1:]) or "\n" in body:
            return text
        return "[^\\n" + body[1:] + "]"
    if _escapes(body) & _CROSSING or "\n" in body:
        return "(?:(?!\\n)" + text + ")"
    return text


def within_line(pattern: str) -> str:
    """``pattern`` with every class that could match "\\n" kept off it."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            letter = pattern[i + 1]
            out.append(_OUTSIDE.get(letter, pattern[i : i + 2]))
            i += 2
        elif ch == "[":
            end = _class_end(pattern, i)
            out.append(_class(pattern[i:end]))
            i = end
        else:
            out.append(ch)
            i += 1
    return "".join(out)


__all__ = ["within_line"]
