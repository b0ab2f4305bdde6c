"""Fuzz every importer, the zip layer, the instrument loader and the answers import.

A bounded, seeded Hypothesis run: for each target, ``--inputs`` inputs are
drawn (a valid seed file of that format, then a few mutations: byte flips,
cut or repeated ranges, inserted tokens such as a 5,000-digit integer, a date
in year 0001 or 9999, U+202E, quotes and brackets; some inputs are plain
random bytes). Each input is fed to the target; an
:class:`~unmask.errors.UnmaskError` is the expected answer to a bad file, and
anything else is a crash. Prints, per target, the inputs tried, the crashes
and their exception types, and writes each crashing input under ``--save``
(to be turned into a regression test). Read-only: the instrument loader and
the answers import parse bytes in memory; the importers read a temp file.

    .venv/bin/python benchmarks/fuzz.py                      # 10,000 inputs per target
    .venv/bin/python benchmarks/fuzz.py --inputs 500 --target telegram

Exit status 1 when any target crashed.
"""

from __future__ import annotations

import argparse
import functools
import io
import json
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from unmask.errors import UnmaskError

WHATSAPP = "".join(
    f"[{day:02d}.03.21, 21:{minute:02d}:07] {'Alex' if minute % 2 else 'Mei'}: "
    f"message {minute} of day {day} 🙂\n"
    for day in range(1, 4)
    for minute in range(0, 60, 11)
).encode()
TELEGRAM = json.dumps(
    {
        "name": "Mei",
        "type": "personal_chat",
        "id": 4242,
        "messages": [
            {
                "id": i,
                "type": "message",
                "date": f"2021-03-0{1 + i % 3}T10:{i:02d}:00",
                "date_unixtime": str(1614592800 + 60 * i),
                "from": "Alex" if i % 2 else "Mei",
                "from_id": f"user{i % 2}",
                "text": [f"hello {i} ", {"type": "bold", "text": "you"}] if i % 3 else "ok",
                **({"reply_to_message_id": i - 1} if i > 1 else {}),
            }
            for i in range(1, 9)
        ],
    }
).encode()
CSV = (
    "time,sender,text\n"
    + "".join(
        f'2021-03-01T10:{i:02d}:00,{"Alex" if i % 2 else "Mei"},"hi, number {i}"\n'
        for i in range(8)
    )
).encode()
JSONL = "".join(
    json.dumps({"time": f"2021-03-01T10:{i:02d}:00", "sender": "Alex", "text": f"hi {i}"}) + "\n"
    for i in range(8)
).encode()

#: tokens inserted by the mutator: what broke parsers before, and structure characters
TOKENS = (
    b"9" * 5000,
    b"-" + b"1" * 4400,
    b"0001",
    b"9999",
    b"01.01.0001",
    b"31.12.9999",
    b"99999999999999999999",
    b"1e999",
    b"NaN",
    "\u202e".encode(),
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\x00",
    b"\r\n",
    b"\n",
    b'"',
    b",",
    b"{",
    b"}",
    b"[",
    b"]",
    b": ",
    b" - ",
    b"PK\x03\x04",
    b"null",
    b"true",
    b"[]",
    b"{}",
    b"<Media omitted>",
    b"\\ud800",
)


def _zip(chat: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", chat)
        archive.writestr("00000042-PHOTO-2021-03-01.jpg", b"\xff\xd8\xff" * 40)
    return buffer.getvalue()


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    """``base`` with 1-6 mutations, or (one time in 20) random bytes."""
    if draw(st.integers(0, 19)) == 0:
        return draw(st.binary(max_size=2048))
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.integers(0, 5))
        if op == 0 and data:  # flip one byte
            at = min(at, len(data) - 1)
            data[at] = draw(st.integers(0, 255))
        elif op == 1:  # insert a token
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == 2:  # cut a range
            data[at : at + draw(st.integers(1, 64))] = b""
        elif op == 3:  # repeat a range
            piece = bytes(data[at : at + draw(st.integers(1, 64))])
            data[at:at] = piece * draw(st.integers(1, 20))
        elif op == 4:  # truncate
            del data[at:]
        else:  # random bytes
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
    return bytes(data)


def _parquet_seed() -> bytes:
    from unmask.ingest import read_table
    from unmask.ingest.writers import ParquetBatchWriter

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chat.jsonl"
        path.write_bytes(JSONL)
        table = read_table(path)
        buffer = io.BytesIO()
        writer = ParquetBatchWriter(buffer)
        for batch in table.to_batches():
            writer.write(batch)
        writer.close()
        return buffer.getvalue()


def _importer(fmt: str, suffix: str) -> Callable[[bytes], object]:
    def run(data: bytes) -> object:
        from unmask.ingest import ImportOptions, read_table

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"chat{suffix}"
            path.write_bytes(data)
            return read_table(path, ImportOptions(format=fmt)).num_rows

    return run


FIXTURES = Path(__file__).resolve().parents[2] / "tests/ingest/data"


def _fixture(relative: str) -> Callable[[], bytes]:
    """A seed read from one of the importers' test fixtures (written by this project)."""
    return lambda: (FIXTURES / relative).read_bytes()


def _messenger_seed() -> bytes:
    thread = "messenger/messages/inbox/mateogarcia_1234567890/message_1.json"
    return _fixture(thread)()


def _imessage(data: bytes) -> object:
    """iMessage reads a SQLite file (the mutated bytes are the database), one chat chosen."""
    from unmask.ingest import ImportOptions, read_table
    from unmask_dev.synth.platforms import MEI

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "chat.db"
        path.write_bytes(data)
        return read_table(path, ImportOptions(format="imessage", chat=MEI)).num_rows


def _imessage_seed() -> bytes:
    from unmask_dev.synth.platforms import imessage_sample_db

    with tempfile.TemporaryDirectory() as tmp:
        return imessage_sample_db(Path(tmp) / "chat.db").read_bytes()


def _instrument(data: bytes) -> object:
    from unmask.assess.schema import load_instrument_bytes

    return load_instrument_bytes(data, source="<fuzz>")


@functools.cache
def _builtin() -> Any:
    from unmask.assess.schema import builtin_instrument

    return builtin_instrument()


def _answers(data: bytes) -> object:
    from unmask.assess.answers import sheet_from_bytes

    return sheet_from_bytes(data, _builtin(), "<fuzz>")


def _instrument_seed() -> bytes:
    from importlib import resources

    return resources.files("unmask.assess").joinpath("data/inventory_v1.yaml").read_bytes()


def _answers_seed() -> bytes:
    from unmask.assess.answers import empty_sheet, sheet_to_bytes
    from unmask.assess.schema import builtin_instrument

    instrument = builtin_instrument()
    sheet = empty_sheet(instrument)
    for number, item in enumerate(instrument.items[:6]):
        sheet = sheet.with_answer("answers", item.id, 1 + number % 5)
    return sheet_to_bytes(sheet, "us", "A")


@dataclass
class Target:
    name: str
    run: Callable[[bytes], object]
    seed: Callable[[], bytes]
    tried: int = 0
    #: inputs answered with an UnmaskError (a clean refusal)
    refused: int = 0
    crashes: Counter[str] = field(default_factory=Counter)
    examples: dict[str, bytes] = field(default_factory=dict)


def targets() -> list[Target]:
    """Every importer, the zip layer, the instrument loader and the answers import."""
    return [
        Target("whatsapp", _importer("whatsapp", ".txt"), lambda: WHATSAPP),
        Target(
            "whatsapp-utf16",
            _importer("whatsapp", ".txt"),
            lambda: WHATSAPP.decode().encode("utf-16"),
        ),
        Target("zip", _importer("auto", ".zip"), lambda: _zip(WHATSAPP)),
        Target("telegram", _importer("telegram", ".json"), lambda: TELEGRAM),
        Target("messenger", _importer("messenger", ".json"), _messenger_seed),
        Target("signal", _importer("signal", ".md"), _fixture("signal/plain.txt")),
        Target("signal_json", _importer("signal", ".json"), _fixture("signal/data.json")),
        Target("line", _importer("line", ".txt"), _fixture("line/chat_zh.txt")),
        Target("wechat", _importer("wechat", ".csv"), _fixture("wechat/wxid_mei01_0_5001.csv")),
        Target("wechat_txt", _importer("wechat", ".txt"), _fixture("wechat/小美.txt")),
        Target(
            "discord",
            _importer("discord", ".json"),
            _fixture("discord/Direct Messages - Mei [1043].json"),
        ),
        Target("imessage", _imessage, _imessage_seed),
        Target("csv", _importer("csv", ".csv"), lambda: CSV),
        Target("jsonl", _importer("jsonl", ".jsonl"), lambda: JSONL),
        Target("auto", _importer("auto", ".txt"), lambda: JSONL),
        Target("parquet", _importer("parquet", ".parquet"), _parquet_seed),
        Target("instrument", _instrument, _instrument_seed),
        Target("answers", _answers, _answers_seed),
    ]


def fuzz(target: Target, inputs: int, seed_value: int) -> Target:
    """Run ``inputs`` drawn inputs through ``target``; crashes are counted, not raised."""
    base = target.seed()

    @seed(seed_value)
    @settings(
        max_examples=inputs,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        derandomize=False,
    )
    @given(mutated(base))
    def check(data: bytes) -> None:
        target.tried += 1
        try:
            target.run(data)
        except UnmaskError:
            target.refused += 1
        except Exception as error:  # noqa: BLE001 - that is what a crash is
            frame = traceback.extract_tb(error.__traceback__)[-1]
            key = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            target.crashes[key] += 1
            target.examples.setdefault(key, data)

    check()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs per target")
    parser.add_argument("--seed", type=int, default=12, help="Hypothesis seed")
    parser.add_argument("--target", action="append", help="only these targets (repeatable)")
    parser.add_argument("--save", type=Path, help="folder for the crashing inputs")
    args = parser.parse_args(argv)
    chosen = [t for t in targets() if not args.target or t.name in args.target]
    crashed = 0
    print(f"{'target':<16}{'inputs':>8}{'refused':>9}{'crashes':>9}{'seconds':>9}")
    for target in chosen:
        started = time.perf_counter()
        fuzz(target, args.inputs, args.seed)
        seconds = time.perf_counter() - started
        total = sum(target.crashes.values())
        crashed += total
        print(
            f"{target.name:<16}{target.tried:>8}{target.refused:>9}{total:>9}{seconds:>9.1f}",
            flush=True,
        )
        for key, count in target.crashes.most_common():
            print(f"    {count:>6} x {key}")
            if args.save is not None:
                args.save.mkdir(parents=True, exist_ok=True)
                name = f"{target.name}-{key.split()[0]}-{abs(hash(key)) % 10**8}.bin"
                (args.save / name).write_bytes(target.examples[key])
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
