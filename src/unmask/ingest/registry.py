"""The importer registry: built-ins and plugins behind one small hook.

Like datasette's ``DEFAULT_PLUGINS``, the built-in importers are declared in
one table, :data:`BUILTIN_IMPORTERS`, and registered through the same
:func:`register_importer` that outside plugins call. Built-ins are imported
lazily (on first use), so importing :mod:`unmask.ingest` stays cheap and no
registration happens as an import side effect.

:func:`detect` sniffs a sample of the export (the first 64 KB of the file, or
of the chat member inside a zip) with every importer and picks the most
confident one.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

from unmask.errors import EmptyInputError, InputError, UnknownFormatError, UsageError
from unmask.ingest.archive import find_chat_member, is_zip, open_member_binary, zip_members
from unmask.ingest.base import ExportSample, Importer
from unmask.ingest.textio import read_head

#: name -> "module:Class" of every built-in importer (documented in docs/format.md)
BUILTIN_IMPORTERS: dict[str, str] = {
    "whatsapp": "unmask.ingest.whatsapp:WhatsAppImporter",
    "telegram": "unmask.ingest.telegram:TelegramImporter",
    "messenger": "unmask.ingest.messenger:MessengerImporter",
    "instagram": "unmask.ingest.messenger:InstagramImporter",
    "csv": "unmask.ingest.generic:CsvImporter",
    "jsonl": "unmask.ingest.generic:JsonlImporter",
    "signal": "unmask.ingest.signal:SignalImporter",
    "imessage": "unmask.ingest.imessage:IMessageImporter",
    "wechat": "unmask.ingest.wechat:WeChatImporter",
    "line": "unmask.ingest.line:LineImporter",
    "discord": "unmask.ingest.discord:DiscordImporter",
}

#: bytes of the export (or of the chat inside a zip) that the sniffers see
SAMPLE_BYTES = 65_536
#: below this confidence no importer is trusted
MIN_CONFIDENCE = 0.3

_registry: dict[str, Importer] = {}
#: two threads reading exports at once (the web app's jobs) load each built-in once
_load_lock = threading.Lock()


def _load_builtin(name: str) -> None:
    """Import and register one built-in importer (once, also when threads race)."""
    with _load_lock:
        if name in _registry or name not in BUILTIN_IMPORTERS:
            return
        module_name, _, class_name = BUILTIN_IMPORTERS[name].partition(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        register_importer(cls())


def _load_builtins() -> None:
    for name in BUILTIN_IMPORTERS:
        _load_builtin(name)


def register_importer(importer: Importer, *, replace: bool = False) -> None:
    """Add an importer (a plugin's or a built-in) under its ``name``.

    Raises :class:`UsageError` when the name is taken and ``replace`` is false.
    """
    name = importer.name
    if not name or name == "auto" or not name.isidentifier():
        raise UsageError(f"importer name {name!r} must be a plain identifier other than 'auto'.")
    if name in _registry and not replace:
        raise UsageError(f"an importer named {name!r} is already registered.")
    _registry[name] = importer


def importer_names() -> tuple[str, ...]:
    """Names of every registered importer, built-ins first."""
    _load_builtins()
    return tuple(_registry)


def get_importer(name: str) -> Importer:
    """The importer called ``name`` (raises :class:`UnknownFormatError` listing the known ones)."""
    _load_builtins()  # all of them, so the registry's order is always the table's
    try:
        return _registry[name.lower()]
    except KeyError:
        raise UnknownFormatError(
            f"unknown format {name!r}; known formats: {', '.join(_registry)} (or auto)."
        ) from None


def resolve_source(path: Path) -> Path:
    """The export file for a path: a Telegram export folder means its ``result.json``, a
    signal-export chat folder its ``chat.md``; a folder holding Messenger/Instagram
    ``message_N.json`` files stays the folder."""
    path = Path(path)
    if path.is_dir():
        result = path / "result.json"
        if result.is_file():
            return result
        for name in ("chat.md", "data.json", "index.html"):  # a signal-export chat folder
            if (path / name).is_file():
                return path / name
        if _message_files(path):
            return path
        raise InputError(
            f"{path} is a folder; pass the export file in it (for Telegram: result.json; "
            "for Messenger or Instagram: the folder holding message_1.json)."
        )
    if not path.exists():
        raise InputError(f"{path}: no such file.")
    return path


def _message_files(folder: Path) -> list[Path]:
    """Messenger/Instagram message files under a folder (first few, sorted)."""
    return sorted(folder.rglob("message_*.json"))[:1]


def sample_export(path: Path) -> ExportSample:
    """The first bytes of the export, or of the chat member when it is a zip."""
    path = resolve_source(path)
    if path.is_dir():
        return ExportSample(path=path, head=read_head(_message_files(path)[0], SAMPLE_BYTES))
    if is_zip(path):
        members = tuple(zip_members(path))
        from unmask.ingest.messenger import thread_of
        from unmask.ingest.telegram import result_member

        threads = sorted(name for name in members if thread_of(name))
        member = threads[0] if threads else (result_member(path) or find_chat_member(path))
        stream, _size = open_member_binary(path, member)
        with stream:
            head = stream.read(SAMPLE_BYTES)
        return ExportSample(path=path, head=head, zip_members=members)
    return ExportSample(path=path, head=read_head(path, SAMPLE_BYTES))


def rank(sample: ExportSample) -> list[tuple[float, str]]:
    """(confidence, name) of every importer for a sample, most confident first."""
    _load_builtins()
    scores: list[tuple[float, str]] = []
    for name, importer in _registry.items():
        try:
            confidence = float(importer.sniff(sample))
        except Exception:  # noqa: BLE001 - a plugin's faulty sniffer must not break detection
            confidence = 0.0
        scores.append((confidence, name))
    return sorted(scores, key=lambda item: -item[0])


def detect(path: Path | str) -> Importer:
    """The importer most confident that it reads ``path``.

    Raises :class:`EmptyInputError` for an empty file and
    :class:`UnknownFormatError` (listing the known formats and how to force
    one) when no importer is confident enough.
    """
    sample = sample_export(Path(path))
    if not sample.head.strip():
        raise EmptyInputError(f"{sample.path} is empty; export the chat again.")
    ranking = rank(sample)
    confidence, name = ranking[0]
    if confidence < MIN_CONFIDENCE:
        raise UnknownFormatError(
            f"{sample.path}: could not tell which chat export this is. Known formats: "
            f"{', '.join(_registry)}. If you know it, force one with --format NAME "
            "(e.g. --format csv --sender-col author --text-col body --time-col date)."
        )
    return _registry[name]
