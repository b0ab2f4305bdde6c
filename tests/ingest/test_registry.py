"""The importer registry and format detection."""

from __future__ import annotations

import contextlib
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.errors import (
    EmptyInputError,
    InputError,
    UnknownFormatError,
    UnmaskError,
    UnsafeArchiveError,
    UsageError,
)
from unmask.ingest import registry
from unmask.ingest.base import ExportSample, ImportOptions, ImportReport
from unmask.ingest.batching import RowBuffer

HERE = Path(__file__).parent
DATA = HERE / "data"
DOCS = HERE.parents[1] / "docs" / "format.md"


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the registry, so plugins registered by a test vanish after it."""
    registry.importer_names()
    monkeypatch.setattr(registry, "_registry", dict(registry._registry))


def test_builtins_are_declared_in_one_table_and_documented() -> None:
    names = list(registry.BUILTIN_IMPORTERS)
    assert names[:2] == ["whatsapp", "telegram"]
    assert {"csv", "jsonl", "messenger", "instagram"} <= set(names)
    assert {"signal", "imessage", "wechat", "line", "discord"} <= set(names)
    assert registry.importer_names()[: len(names)] == tuple(names)
    docs = DOCS.read_text(encoding="utf-8")
    for name in registry.BUILTIN_IMPORTERS:
        importer = registry.get_importer(name)
        assert importer.name == name and importer.description
        assert f"| `{name}` |" in docs, f"importer {name!r} has no row in docs/format.md"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("telegram/result.json", "telegram"),
        ("telegram/full_account.json", "telegram"),
        ("generic/messages.csv", "csv"),
        ("generic/semicolon.csv", "csv"),
        ("generic/messages.jsonl", "jsonl"),
        ("generic/whatsapp_android.txt", "whatsapp"),
        ("telegram/minimal_unixtime.json", "telegram"),
        ("messenger/messages/inbox/mateogarcia_1234567890/message_1.json", "messenger"),
        ("instagram", "instagram"),
    ],
)
def test_detect_picks_the_right_importer(path: str, expected: str) -> None:
    assert registry.detect(DATA / path).name == expected


def test_detect_reads_the_chat_inside_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "WhatsApp Chat with Sam.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(DATA / "generic" / "whatsapp_android.txt", "WhatsApp Chat with Sam.txt")
        zf.writestr("IMG-20210313-WA0001.jpg", b"\xff\xd8\xff" + bytes(100))
    sample = registry.sample_export(archive)
    assert len(sample.zip_members) == 2 and sample.head.startswith(b"12/03/2021")
    assert registry.detect(archive).name == "whatsapp"


def test_canonical_jsonl_is_detected_with_certainty(tmp_path: Path) -> None:
    from unmask.ingest import import_export

    out = tmp_path / "canon.jsonl"
    import_export(DATA / "telegram" / "result.json", out)
    ranking = registry.rank(registry.sample_export(out))
    assert ranking[0] == (0.99, "jsonl")


def test_unknown_format_lists_formats_and_how_to_force(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary,\ntoday I felt something I cannot name.\n", encoding="utf-8")
    with pytest.raises(UnknownFormatError) as caught:
        registry.detect(path)
    message = str(caught.value)
    assert "--format NAME" in message
    for name in ("whatsapp", "telegram", "csv", "jsonl"):
        assert name in message
    assert "diary" not in message


def test_empty_missing_folder_and_unsafe_zip(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        registry.detect(empty)
    with pytest.raises(InputError, match="no such file"):
        registry.detect(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="result.json"):
        registry.detect(tmp_path)
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../etc/chat.txt", "12/03/2021, 20:16 - A: hi\n")
    with pytest.raises(UnsafeArchiveError):
        registry.detect(evil)


def test_get_importer_unknown_name() -> None:
    with pytest.raises(UnknownFormatError, match="known formats: whatsapp, telegram, .*jsonl"):
        registry.get_importer("skype")


class MagicImporter:
    """A plugin: lines starting with MAGIC."""

    name: ClassVar[str] = "magic"
    description: ClassVar[str] = "test plugin"

    def sniff(self, sample: ExportSample) -> float:
        return 1.0 if sample.head.startswith(b"MAGIC") else 0.0

    def batches(
        self, path: Path, options: ImportOptions, report: ImportReport
    ) -> Iterator[pa.RecordBatch]:
        buffer = RowBuffer()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=1):
            buffer.add("m", f"m:{n}", "2024-01-01T00:00:00", "A", line, "text", "magic")
        batch = buffer.flush()
        if batch is not None:
            yield batch


def test_plugins_use_the_same_hook(fresh_registry: None, tmp_path: Path) -> None:
    from unmask.ingest import read_table

    registry.register_importer(MagicImporter())
    path = tmp_path / "x.magic"
    path.write_text("MAGIC\nhello\nworld\n", encoding="utf-8")
    assert registry.detect(path).name == "magic"
    assert read_table(path).column("text").to_pylist() == ["hello", "world"]
    with pytest.raises(UsageError, match="already registered"):
        registry.register_importer(MagicImporter())
    registry.register_importer(MagicImporter(), replace=True)


class BrokenSniffer(MagicImporter):
    name: ClassVar[str] = "broken"

    def sniff(self, sample: ExportSample) -> float:
        raise RuntimeError("plugin bug")


def test_a_faulty_plugin_sniffer_does_not_break_detection(fresh_registry: None) -> None:
    registry.register_importer(BrokenSniffer())
    assert registry.detect(DATA / "telegram" / "result.json").name == "telegram"


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(str.encode),
        st.binary(max_size=200).map(lambda b: b"PK\x03\x04" + b),
    )
)
def test_detect_on_arbitrary_bytes_raises_only_project_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("detect") / "export"
    path.write_bytes(data)
    with contextlib.suppress(UnmaskError):
        registry.detect(path)


def test_threads_loading_the_builtins_at_once_register_each_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The web app reads two exports at once in threads: the first use of the registry
    from both must not register a built-in twice ("already registered")."""
    import threading

    monkeypatch.setattr(registry, "_registry", {})
    start = threading.Barrier(8)
    errors: list[Exception] = []

    def load() -> None:
        start.wait()
        try:
            registry.importer_names()
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=load) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    builtins = list(registry.BUILTIN_IMPORTERS)
    assert list(registry._registry)[: len(builtins)] == builtins
