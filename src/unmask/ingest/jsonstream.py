"""Walking a large JSON document without holding it whole: a sliding window and ``raw_decode``.

Chat exports such as Telegram Desktop's ``result.json`` are one JSON document
holding a very long array of small objects (the messages). :class:`JsonStream`
reads the file in 1 MiB chunks, decodes them incrementally (UTF-8, UTF-16, or the
user's ``--encoding``), and lets the caller walk the outer structure key by key
(:meth:`JsonStream.members`) and array element by element (:meth:`JsonStream.items`),
while each element is built by the standard library's C scanner
(:meth:`json.JSONDecoder.raw_decode`). Memory is the window plus one element,
whatever the file size.

Why not ``ijson``: its C backend crashes the interpreter on an integer of a few
thousand digits and exhausts memory on deeply nested arrays, both easy to put in a
hostile file; the standard scanner raises clean errors for both (``ValueError``,
``RecursionError``), which become one-line :class:`~unmask.errors.InputError`
messages naming the file, line and column.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from unmask.errors import EncodingError, InputError

_CHUNK = 1 << 20
#: text kept ahead of the cursor before decoding a value (an element longer than this
#: grows the window for that element)
_LOOKAHEAD = 1 << 18
#: largest single value (one message, one skipped section) read whole, in characters
MAX_VALUE_CHARS = 64 * 1024**2
_WS = re.compile(r"[ \t\r\n]*")
_DECODER = json.JSONDecoder()


class JsonStream:
    """A cursor over one JSON document in a binary file; see the module docstring.

    ``hint`` ends every syntax error message (what the user should do).
    """

    def __init__(
        self,
        handle: IO[bytes],
        path: Path,
        encoding: str,
        *,
        hint: str = "the file may be truncated; export it again.",
        progress: Callable[[int], None] | None = None,
    ) -> None:
        self._handle = handle
        self._path = path
        self._encoding = encoding
        self._hint = hint
        self._progress = progress
        try:
            self._decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        except LookupError:
            raise EncodingError(f"--encoding {encoding}: unknown encoding name.") from None
        self._buf = ""
        self._pos = 0
        self._eof = False
        self.bytes_read = 0
        #: lines and characters dropped from the window (for error positions)
        self._dropped_lines = 0
        self._dropped_col = 0
        self._first = True

    # -- the window ------------------------------------------------------------------

    def _fill(self, want: int) -> None:
        """Read until ``want`` characters lie ahead of the cursor, or the file ends."""
        while not self._eof and len(self._buf) - self._pos < want:
            chunk = self._handle.read(_CHUNK)
            final = not chunk
            try:
                text = self._decoder.decode(chunk, final=final)
            except UnicodeDecodeError as error:
                line = self._line_at(len(self._buf)) + chunk.count(b"\n", 0, error.start)
                raise EncodingError(
                    f"{self._path}: line {line}: not valid {self._encoding}. If the file was "
                    "re-saved by another program, try --encoding with the encoding it was "
                    "saved in."
                ) from None
            if self._first:
                text = text.removeprefix("\ufeff")
                self._first = False
            self.bytes_read += len(chunk)
            if self._progress is not None and chunk:
                self._progress(self.bytes_read)
            if self._pos > _CHUNK:
                self._drop()
            self._buf += text
            self._eof = final

    def _drop(self) -> None:
        gone = self._buf[: self._pos]
        newlines = gone.count("\n")
        if newlines:
            self._dropped_lines += newlines
            self._dropped_col = len(gone) - gone.rfind("\n") - 1
        else:
            self._dropped_col += len(gone)
        self._buf = self._buf[self._pos :]
        self._pos = 0

    def _line_at(self, index: int) -> int:
        return self._dropped_lines + self._buf.count("\n", 0, index) + 1

    def _where(self, index: int) -> str:
        line = self._line_at(index)
        last = self._buf.rfind("\n", 0, index)
        column = index - last if last >= 0 else self._dropped_col + index + 1
        return f"line {line}, column {column}"

    def fail(self, what: str, index: int | None = None) -> InputError:
        """An :class:`InputError` naming the file and the position (cursor by default)."""
        where = self._where(self._pos if index is None else index)
        return InputError(f"{self._path}: {where}: {what}; {self._hint}")

    # -- tokens -------------------------------------------------------------------------

    def peek(self) -> str:
        """The next non-blank character ('' at the end of the file), not consumed."""
        while True:
            self._pos = _WS.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf) or self._eof:
                break
            self._fill(_LOOKAHEAD)
        return self._buf[self._pos : self._pos + 1]

    def expect(self, char: str, what: str) -> None:
        """Consume ``char`` (after blanks) or fail with 'expected WHAT'."""
        found = self.peek()
        if found != char:
            raise self.fail(f"invalid JSON (expected {what})")
        self._pos += 1

    def value(self) -> Any:
        """Decode the next JSON value whole (an element, a key, a small section)."""
        self.peek()
        while True:
            self._fill(_LOOKAHEAD)
            try:
                value, end = _DECODER.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as error:
                ahead = len(self._buf) - self._pos
                if not self._eof and ahead <= MAX_VALUE_CHARS:
                    self._fill(2 * ahead + _CHUNK)  # the value may run past the window: widen
                    continue
                if not self._eof:
                    raise self.fail(
                        f"one JSON value is over {MAX_VALUE_CHARS // 1024**2} MiB "
                        "(no chat message is that long)"
                    ) from None
                raise self.fail(f"invalid JSON ({error.msg})", error.pos) from None
            except RecursionError:
                raise self.fail("JSON nested too deeply") from None
            except ValueError:  # Python's limit on integer digits (4,300)
                raise self.fail("a number over 4,300 digits long") from None
            if end >= len(self._buf) and not self._eof:  # a number may go on past the window
                self._fill(len(self._buf) - self._pos + _CHUNK)
                continue
            self._pos = end
            return value

    def skip(self) -> None:
        """Consume the next value (built and dropped: sections beside the messages are small)."""
        self.value()

    def members(self) -> Iterator[str]:
        """The keys of the object at the cursor; after each, the caller consumes its value."""
        self.expect("{", "an object")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.fail("invalid JSON (expected a key)")
            key = self.value()
            self.expect(":", "':'")
            yield key
            following = self.peek()
            self._pos += 1
            if following == "}":
                return
            if following != ",":
                raise self.fail("invalid JSON (expected ',' or '}')", self._pos - 1)

    def items(self) -> Iterator[Any]:
        """The elements of the array at the cursor, each decoded whole."""
        for _ in self.positions():
            yield self.value()

    def positions(self) -> Iterator[None]:
        """Like :meth:`items`, but the caller consumes (or walks into) each element."""
        self.expect("[", "an array")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield None
            following = self.peek()
            self._pos += 1
            if following == "]":
                return
            if following != ",":
                raise self.fail("invalid JSON (expected ',' or ']')", self._pos - 1)

    def close(self) -> None:
        """Close the file."""
        self._handle.close()

    def end(self) -> None:
        """Check that nothing but blanks follows the document."""
        if self.peek():
            raise self.fail("invalid JSON (extra data after the document)")


def json_encoding(head: bytes, forced: str | None) -> str:
    """The encoding of a JSON file from its first bytes (UTF-8/16/32 as RFC 8259), or ``forced``."""
    if forced:
        return forced
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    return json.detect_encoding(head)
