"""Every message of the generator's exports round-trips against its ground truth.

The generator's truth has five kinds; ours refines two of them, and the
edited marker moves from the text into the ``edited`` flag (see
unmask.ingest.whatsapp.kinds). :func:`expected` applies exactly these
documented rules and nothing else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from unmask.ingest.base import ImportReport

EDITED_MARKER = " <This message was edited>"
CALL_TEXTS = {"Missed voice call", "Missed video call"}

ImportFn = Callable[..., tuple[list[dict[str, Any]], ImportReport]]
TruthFn = Callable[[Path], list[dict[str, Any]]]
GenerateFn = Callable[..., Path]


def expected(entry: dict[str, Any]) -> tuple[Any, ...]:
    kind = {"user": "text", "edited": "text"}.get(entry["kind"], entry["kind"])
    text = entry["text"]
    if entry["kind"] == "edited":
        assert text.endswith(EDITED_MARKER)
        text = text[: -len(EDITED_MARKER)]
    if entry["kind"] == "system" and text in CALL_TEXTS:
        kind = "call"
    if entry["kind"] == "media" and text == "sticker omitted":
        kind = "sticker"
    return entry["ts"], entry["author"], text, kind, entry["kind"] == "edited"


@pytest.mark.parametrize(
    ("variant", "nnbsp"),
    [("android", False), ("android", True), ("ios", False), ("ios_us", False)],
)
def test_every_message_round_trips(
    generated: GenerateFn, import_whatsapp: ImportFn, read_truth: TruthFn, variant: str, nnbsp: bool
) -> None:
    export = generated(variant, 3000, nnbsp)
    rows, report = import_whatsapp(export, batch_size=700)
    truth = read_truth(export)
    assert len(rows) == len(truth) == 3000
    got = [(r["timestamp"], r["sender"], r["text"], r["kind"], r["edited"]) for r in rows]
    want = [expected(entry) for entry in truth]
    mismatches = [i for i, (g, w) in enumerate(zip(got, want, strict=True)) if g != w]
    assert mismatches == []
    assert report.unreadable_lines == 0
    assert report.impossible_dates == 0
    assert not report.date_order_ambiguous


@pytest.mark.parametrize("variant", ["android", "ios"])
def test_generated_exports_cover_every_phenomenon(
    generated: GenerateFn, read_truth: TruthFn, variant: str
) -> None:
    """Guard: the round trip above really exercises multi-line, CJK, media, system..."""
    truth = read_truth(generated(variant, 3000))
    kinds = Counter(entry["kind"] for entry in truth)
    tags = Counter(tag for entry in truth for tag in entry["tags"])
    assert {"user", "media", "deleted", "edited", "system"} <= set(kinds)
    assert tags["multiline"] > 100 and tags["cjk"] > 100 and tags["zwj"] > 10


def test_ids_and_constant_columns(generated: GenerateFn, import_whatsapp: ImportFn) -> None:
    export = generated("ios", 3000)
    rows, _ = import_whatsapp(export, batch_size=1000)
    conversation = rows[0]["conversation_id"]
    assert [r["message_id"] for r in rows] == [f"{conversation}:{n}" for n in range(1, 3001)]
    assert {r["platform"] for r in rows} == {"whatsapp"}
    assert {r["utc_offset"] for r in rows} == {None}
    assert {r["reply_to"] for r in rows} == {None}


def test_ids_do_not_depend_on_batch_size(generated: GenerateFn, import_whatsapp: ImportFn) -> None:
    export = generated("android", 3000)
    small, _ = import_whatsapp(export, batch_size=7)
    large, _ = import_whatsapp(export, batch_size=100_000)
    assert small == large


def test_chunk_boundaries_do_not_change_the_result(
    generated: GenerateFn, import_whatsapp: ImportFn, small_chunks: Callable[[int], None]
) -> None:
    """Tiny decode chunks force messages across chunk boundaries; the rows stay the same."""
    export = generated("ios_us", 3000)
    normal, _ = import_whatsapp(export)
    small_chunks(1000)
    tiny, _ = import_whatsapp(export)
    assert tiny == normal


def test_output_is_chronological(generated: GenerateFn, import_whatsapp: ImportFn) -> None:
    rows, _ = import_whatsapp(generated("android", 3000, seed=7))
    stamps = [r["timestamp"] for r in rows]
    assert stamps == sorted(stamps)
