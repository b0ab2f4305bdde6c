"""Facebook Messenger and Instagram "Download your information" JSON.

Both services write a conversation as a folder of ``message_1.json``,
``message_2.json``, … (about 10,000 messages each, newest first), under
``messages/inbox/<thread>/`` (older downloads, and Instagram before 2024) or
``your_facebook_activity/messages/inbox/<thread>/`` /
``your_instagram_activity/messages/inbox/<thread>/`` (newer ones). A user may pass
the download's zip, any folder of it, or one ``message_N.json`` (its siblings are
read too). A download holding several conversations needs ``--chat`` (the title
or the folder name); without it the conversations are listed.

Each file is small and parsed whole; the files are merged in time order. Their
times are ranked first by a cheap scan of ``"timestamp_ms"`` values, so only
files whose time ranges overlap are held together: memory stays that of one file
in the usual case, whatever the number of files.

Decisions (documented in docs/format.md):

* Facebook writes every string as the Latin-1 reading of its UTF-8 bytes
  (``"\\u00c3\\u00a9"`` for ``é``). :func:`repair_mojibake` reverses that in files
  that show the pattern, string by string, and only where the string is all Latin-1
  and decodes as UTF-8: text that is already correct (``café``, ``中文``, emoji) fails
  one of those tests and is never touched.
* ``timestamp`` is UTC from ``timestamp_ms`` to the second (messages are ordered by
  the milliseconds first), ``utc_offset`` 0: the download records no time zone.
* ``conversation_id`` is ``messenger-<thread folder>`` (``instagram-…``);
  ``message_id`` is ``<conversation_id>:<n>``, n = 1-based rank in time order.
* Kinds: ``is_unsent`` → ``deleted``; photos, videos, audio, GIFs, files →
  ``media``; ``sticker`` → ``sticker``; calls → ``call``; participants joining
  or leaving (``Subscribe``/``Unsubscribe``) → ``system``; a share with no words of
  the sender's → ``other``. Reactions are not messages: they are counted in the
  summary, as are Instagram's "Reacted … to your message" lines and empty records.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

import pyarrow as pa

from unmask.errors import ChatChoiceError, EncodingError, InputError
from unmask.ingest.archive import is_zip, open_member_binary, zip_members
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.batching import RowBuffer, scrub_surrogates
from unmask.model import Kind

_MESSAGE_FILE = re.compile(r"message_(\d+)\.json\Z")
_STAMP = re.compile(rb'(?<!\\)"timestamp_ms"\s*:\s*(\d{1,16})')
#: the mark of Facebook's mojibake: a UTF-8 lead byte then a continuation byte, each
#: written as a \u00XX escape (a file without one has nothing to repair)
_MOJIBAKE = re.compile(rb"\\u00[c-fC-F][0-9a-fA-F]\\u00[89abAB][0-9a-fA-F]")
#: largest message_N.json read (Facebook's are a few MB)
MAX_FILE_BYTES = 256 * 1024**2
_EPOCH = datetime(1970, 1, 1)
#: 1970 to 2100 in milliseconds
_MAX_MS = 4_102_444_800_000
_MEDIA_KEYS = ("photos", "videos", "audio_files", "gifs", "files")
#: Instagram writes a reaction as its own message in newer downloads
_REACTION_LINE = re.compile(r"\A(Reacted .{1,16} to your message|Liked a message)\s*\Z", re.S)
#: text Facebook writes in place of the sender's words for a share or attachment
_AUTO_SHARE = re.compile(r"(sent an attachment|sent a link|shared a story|sent a post)\.?\Z")


def repair_mojibake(text: str) -> str:
    """UTF-8 bytes read as Latin-1 back to the text; anything else unchanged."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def thread_of(name: str) -> str | None:
    """The thread folder of a ``.../<thread>/message_N.json`` path, else None."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if len(parts) < 2 or not _MESSAGE_FILE.match(parts[-1]):
        return None
    return "/".join(parts[:-1])


def _number(name: str) -> int:
    match = _MESSAGE_FILE.search(name)
    return int(match.group(1)) if match else 0


def is_instagram(location: str) -> bool:
    return "instagram" in location.lower()


@dataclass
class Thread:
    """One conversation: where its files are (folder or zip) and their names."""

    key: str  # the folder (relative inside a zip)
    files: list[str] = field(default_factory=list)
    title: str = ""

    @property
    def folder(self) -> str:
        return PurePosixPath(self.key).name


class _Source:
    """Files of a download: a zip, a folder, or one message_N.json beside its siblings."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zipped = is_zip(path)
        threads: dict[str, Thread] = {}
        if self.zipped:
            names = zip_members(path)
        elif path.is_dir():
            names = [p.relative_to(path).as_posix() for p in sorted(path.rglob("message_*.json"))]
        else:
            names = [p.name for p in sorted(path.parent.glob("message_*.json"))] or [path.name]
            self.path = path.parent
        for name in names:
            key = thread_of(name) if "/" in name else ("." if _MESSAGE_FILE.match(name) else None)
            if key is not None:
                threads.setdefault(key, Thread(key)).files.append(name)
        if not self.zipped and not path.is_dir() and not threads:
            threads["."] = Thread(".", [path.name])
        for thread in threads.values():
            thread.files.sort(key=_number)
        self.threads = list(threads.values())

    def read(self, name: str) -> bytes:
        if self.zipped:
            stream, size = open_member_binary(self.path, name)
            if size > MAX_FILE_BYTES:
                stream.close()
                raise InputError(f"{self.path}: {name} is over 256 MiB; not a message file.")
            with stream:
                return stream.read()
        file = self.path / name
        try:
            if file.stat().st_size > MAX_FILE_BYTES:
                raise InputError(f"{file} is over 256 MiB; not a message file.")
            return file.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read {file}: {error.strerror}") from None

    def where(self, name: str) -> str:
        return f"{self.path}:{name}" if self.zipped else str(self.path / name)


def _parse(data: bytes, where: str, encoding: str | None) -> dict[str, Any]:
    """One message file as a JSON object (errors name the file, line and column)."""
    try:
        text = data.decode(encoding or "utf-8-sig")
    except LookupError:
        raise EncodingError(f"--encoding {encoding}: unknown encoding name.") from None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise EncodingError(
            f"{where}: line {line}: not valid {encoding or 'UTF-8'}; Facebook and Instagram "
            "write UTF-8. Download the file again, or pass --encoding if it was re-saved."
        ) from None
    if not text.strip():
        raise InputError(f"{where}: the file is empty; download your information again.")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{where}: line {error.lineno}, column {error.colno}: invalid JSON ({error.msg}); "
            "the file may be truncated. Download your information again (format: JSON)."
        ) from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply to be a message file.") from None
    except ValueError:
        raise InputError(f"{where}: a number over 4,300 digits; not a message file.") from None
    if not isinstance(document, dict) or not isinstance(document.get("messages"), list):
        raise InputError(
            f"{where}: expected a Messenger/Instagram message file (a JSON object with a "
            "'messages' list); this is something else. Pass message_1.json or its folder."
        )
    return document


def _stamp(value: Any) -> tuple[str, int] | None:
    """(ISO UTC timestamp, milliseconds) of ``timestamp_ms``, or None when unusable."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    ms = int(value)
    if not 0 <= ms <= _MAX_MS:
        return None
    # to the second, as every importer writes them (the order within a second comes from
    # the milliseconds, sorted on before they are dropped)
    return (_EPOCH + timedelta(milliseconds=ms)).strftime("%Y-%m-%dT%H:%M:%S"), ms


@dataclass
class _Counts:
    reactions: int = 0
    reaction_lines: int = 0
    unsent: int = 0
    shares: int = 0
    media: int = 0
    calls: int = 0
    empty: int = 0
    unreadable: int = 0
    repaired: int = 0
    replaced: int = 0
    left: set[str] = field(default_factory=set)


def _kind_and_text(message: dict[str, Any], fix: bool, counts: _Counts) -> tuple[str, str] | None:
    """(kind, text) of one message object; None for what is not a message."""
    raw = message.get("content")
    text = raw if isinstance(raw, str) else ""
    if fix:
        fixed = repair_mojibake(text)
        counts.repaired += fixed != text
        text = fixed
    reactions = message.get("reactions")
    if isinstance(reactions, list):
        counts.reactions += len(reactions)
    if message.get("is_unsent") is True:
        counts.unsent += 1
        return Kind.DELETED.value, ""
    kind_field = message.get("type")
    if kind_field in ("Subscribe", "Unsubscribe"):
        return Kind.SYSTEM.value, text
    if kind_field == "Call" or "call_duration" in message:
        counts.calls += 1
        return Kind.CALL.value, text
    if isinstance(message.get("sticker"), dict):
        return Kind.STICKER.value, ""
    if any(message.get(key) for key in _MEDIA_KEYS):
        counts.media += 1
        return Kind.MEDIA.value, text
    if isinstance(message.get("share"), dict):
        counts.shares += 1
        if not text or _AUTO_SHARE.search(text):
            return Kind.OTHER.value, text
        return Kind.TEXT.value, text
    if _REACTION_LINE.match(text):
        counts.reaction_lines += 1
        return None
    if not text:
        counts.empty += 1
        return None
    return Kind.TEXT.value, text


class MessengerImporter:
    """Reads Messenger's (and Instagram's) ``message_N.json`` files, folder or zip."""

    name: ClassVar[str] = "messenger"
    description: ClassVar[str] = (
        "Facebook Messenger / Instagram JSON (message_1.json…, folder or zip)"
    )
    #: the platform written when the path does not say (the instagram importer: instagram)
    platform: ClassVar[str | None] = None

    def sniff(self, sample: ExportSample) -> float:
        """Message files start with ``participants`` and use ``sender_name``/``timestamp_ms``."""
        head = sample.head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if sample.zip_members and any(thread_of(n) for n in sample.zip_members):
            return 0.95
        if not head.startswith(b"{"):
            return 0.0
        if b'"sender_name"' in head and b'"timestamp_ms"' in head:
            return 0.95
        if b'"participants"' in head and b'"thread_path"' in head:
            return 0.9
        return 0.0

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        """Read the chosen conversation's files and yield its messages in time order."""
        report.format = self.name
        source = _Source(path)
        thread = self._choose(source, options, path)
        platform = self.platform or (
            "instagram" if is_instagram(f"{path}/{thread.key}") else "messenger"
        )
        report.platform = platform
        report.encoding = options.encoding or "utf-8"
        report.conversations = 1
        conversation = (
            options.conversation_id
            or scrub_surrogates(
                f"{platform}-{thread.folder if thread.key != '.' else source.path.name}"
            )[0]
        )
        counts = _Counts()
        buffer = RowBuffer(options.batch_size)
        rank = 0
        for group in self._clusters(source, thread, report, options):
            rows: list[tuple[int, int, str, str | None, str, str]] = []
            for order, name in enumerate(group):
                data = source.read(name)
                fix = _MOJIBAKE.search(data) is not None
                document = _parse(data, source.where(name), options.encoding)
                participants = self._participants(document, fix)
                for position, message in enumerate(document["messages"]):
                    row = self._row(message, fix, counts, participants)
                    if row is None:
                        continue
                    stamp, ms, sender, kind, text = row
                    # newest first within a file: the position breaks ties the other way
                    rows.append((ms, order * 10_000_000 - position, stamp, sender, kind, text))
                del document
            rows.sort(key=lambda r: (r[0], r[1]))
            for _ms, _tie, stamp, sender, kind, text in rows:
                rank += 1
                batch = buffer.add(
                    conversation,
                    f"{conversation}:{rank}",
                    stamp,
                    sender,
                    text,
                    kind,
                    platform,
                    reply_to=None,
                    utc_offset=0,
                    edited=False,
                )
                if batch is not None:
                    yield batch
        last = buffer.flush()
        if last is not None:
            yield last
        self._notes(report, counts)

    @staticmethod
    def _participants(document: dict[str, Any], fix: bool) -> set[str] | None:
        people = document.get("participants")
        if not isinstance(people, list):
            return None
        names = {
            repair_mojibake(p["name"]) if fix else p["name"]
            for p in people
            if isinstance(p, dict) and isinstance(p.get("name"), str)
        }
        return names or None

    @staticmethod
    def _row(
        message: Any, fix: bool, counts: _Counts, participants: set[str] | None
    ) -> tuple[str, int, str | None, str, str] | None:
        if not isinstance(message, dict):
            counts.unreadable += 1
            return None
        stamp = _stamp(message.get("timestamp_ms"))
        if stamp is None:
            counts.unreadable += 1
            return None
        found = _kind_and_text(message, fix, counts)
        if found is None:
            return None
        kind, text = found
        raw = message.get("sender_name")
        sender = (repair_mojibake(raw) if fix else raw) if isinstance(raw, str) else None
        if kind == Kind.SYSTEM.value:
            sender = None
        elif sender is not None and participants is not None and sender not in participants:
            counts.left.add(sender)
        text, bad = scrub_surrogates(text)
        counts.replaced += bad
        if sender is not None:
            sender = scrub_surrogates(sender)[0]
        return stamp[0], stamp[1], sender, kind, text

    @staticmethod
    def _clusters(
        source: _Source, thread: Thread, report: ImportReport, options: ImportOptions
    ) -> Iterator[list[str]]:
        """The thread's files in groups whose time ranges do not overlap, oldest group first."""
        ranges: list[tuple[int, int, str]] = []
        done = 0
        for name in thread.files:
            data = source.read(name)
            done += len(data)
            if options.progress is not None:
                options.progress(done)
            stamps = [int(m.group(1)) for m in _STAMP.finditer(data)]
            ranges.append((min(stamps, default=0), max(stamps, default=0), name))
        report.total_bytes = done
        ranges.sort(key=lambda r: (r[0], -_number(r[2])))
        group: list[str] = []
        high = -1
        for low, top, name in ranges:
            if group and low > high:
                yield group
                group = []
            group.append(name)
            high = max(high, top)
        if group:
            yield group

    @staticmethod
    def _choose(source: _Source, options: ImportOptions, path: Path) -> Thread:
        threads = source.threads
        if not threads:
            raise InputError(
                f"{path}: no message_1.json inside; download your information again with "
                "Messages selected and the JSON format (see docs/import.md)."
            )
        if len(threads) == 1:
            return threads[0]
        # the largest conversations first (more files, more messages); titles are read only
        # for the few listed, or when --chat names no folder
        threads = sorted(threads, key=lambda t: (-len(t.files), t.key))
        for thread in threads[:_LISTED]:
            thread.title = MessengerImporter._title(source, thread)
        if options.chat is not None:
            wanted = options.chat.strip().casefold()
            found = [t for t in threads if wanted in (t.folder.casefold(), t.key.casefold())]
            if not found:
                for thread in threads[_LISTED:]:
                    thread.title = MessengerImporter._title(source, thread)
                found = [t for t in threads if t.title.strip().casefold() == wanted]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise ChatChoiceError(
                    f"{path}: {len(found)} conversations are called {options.chat!r}: "
                    f"{_listing(found)}; pass the folder name with --chat instead."
                )
            raise ChatChoiceError(
                f"{path}: no conversation called {options.chat!r}; it holds {_listing(threads)}. "
                "Pass one of these titles or folder names with --chat."
            )
        raise ChatChoiceError(
            f"{path} holds {len(threads)} conversations: {_listing(threads)}. Choose the one "
            "to read with --chat TITLE (or its folder name)."
        )

    @staticmethod
    def _title(source: _Source, thread: Thread) -> str:
        try:
            document = _parse(source.read(thread.files[0]), source.where(thread.files[0]), None)
        except InputError:
            return ""
        title = document.get("title")
        if not isinstance(title, str):
            return ""
        return scrub_surrogates(repair_mojibake(title))[0]

    @staticmethod
    def _notes(report: ImportReport, counts: _Counts) -> None:
        report.unreadable_lines += counts.unreadable
        said = []
        if counts.unreadable:
            said.append(f"{counts.unreadable:,} record(s) without a readable time were skipped")
        if counts.reactions or counts.reaction_lines:
            said.append(
                f"{counts.reactions + counts.reaction_lines:,} reaction(s) were left out "
                "(a reaction is not a message)"
            )
        if counts.empty:
            said.append(f"{counts.empty:,} empty record(s) were left out")
        if counts.unsent:
            said.append(f"{counts.unsent:,} unsent message(s) are kept as kind 'deleted'")
        if counts.media:
            said.append(f"{counts.media:,} photo/video/audio/file message(s) are kind 'media'")
        if counts.shares:
            said.append(f"{counts.shares:,} share(s) of links or posts were read")
        if counts.repaired:
            said.append(
                f"{counts.repaired:,} message(s) had Facebook's garbled accents and emoji repaired"
            )
        if counts.left:
            said.append(
                f"{len(counts.left)} sender(s) are no longer participants of the conversation"
            )
        if counts.replaced:
            said.append(f"{counts.replaced:,} message(s) held invalid characters (now U+FFFD)")
        report.notes.extend(said)


class InstagramImporter(MessengerImporter):
    """The same files from an Instagram download (platform ``instagram``)."""

    name: ClassVar[str] = "instagram"
    description: ClassVar[str] = "Instagram JSON (message_1.json…, folder or zip)"
    platform: ClassVar[str | None] = "instagram"

    def sniff(self, sample: ExportSample) -> float:
        """Only when the path says Instagram (the messenger importer reads both)."""
        where = f"{sample.path} {' '.join(sample.zip_members[:50])}"
        return super().sniff(sample) + 0.01 if is_instagram(where) else 0.0


#: conversations named in a listing (their titles are read from their first file)
_LISTED = 20


def _listing(threads: list[Thread], most: int = _LISTED) -> str:
    labels = [f'"{t.title or t.folder}" ({t.folder})' for t in threads[:most]]
    more = f" and {len(threads) - most} more" if len(threads) > most else ""
    return ", ".join(labels) + more
