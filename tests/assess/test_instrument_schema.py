"""The instrument loader: the built-in inventory, line-numbered errors, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unmask.assess import Instrument, builtin_instrument, load_instrument, load_instrument_bytes
from unmask.assess.schema import MAX_BYTES
from unmask.errors import InstrumentError

BUILTIN = (
    Path(__file__).resolve().parents[2] / "src/unmask/assess/data/inventory_v1.yaml"
).read_bytes()

ISSUE_SCALES = {
    "bookkeeping",
    "appeasement",
    "duty",
    "harmony_performance",
    "own_disclosure",
    "partner_responsiveness",
    "shared_dreams",
    "affection",
    "motive_love",
    "motive_convenience",
    "attachment_anxiety",
    "attachment_avoidance",
    "family_climate",
    "self_acceptance",
}


def test_builtin_inventory_has_the_issue_scales_in_both_languages() -> None:
    inventory = builtin_instrument()
    assert inventory.experimental
    assert {s.id for s in inventory.scales} == ISSUE_SCALES
    for scale in inventory.scales:
        assert 4 <= len(scale.items) <= 8, scale.id
        assert scale.reverse, f"{scale.id} has no reverse-keyed item"
        assert any(inventory.item(i).predict for i in scale.items), scale.id
    for item in inventory.items:
        assert item.text["en"].strip() and item.text["zh"].strip()
        assert inventory.scale_of(item.id) is not None, f"{item.id} is in no scale"
    assert [d.id for d in inventory.domains] == [
        "home",
        "children",
        "career",
        "money",
        "health",
        "place",
        "time_together",
        "growth",
    ]
    assert inventory.max_hopes == 3


def _loads_or_names_file(data: bytes, source: str) -> None:
    """Either a valid Instrument or an InstrumentError that names the file."""
    try:
        result = load_instrument_bytes(data, source)
    except InstrumentError as error:
        assert source in str(error) and str(error).startswith("[E300]")
    else:
        assert isinstance(result, Instrument) and result.scales


def _break(text: str, old: str, new: str) -> bytes:
    assert old in text
    return text.replace(old, new, 1).encode()


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    text = BUILTIN.decode()
    bad = tmp_path / "mine.yaml"
    bad.write_bytes(_break(text, "  - id: hp3\n", "  - id: [hp3\n"))
    with pytest.raises(InstrumentError) as info:
        load_instrument(bad)
    assert str(bad) in str(info.value)
    assert "line " in str(info.value)


def test_schema_violation_names_line_and_expectation() -> None:
    text = BUILTIN.decode()
    needle = '    predict: true\n    text: {en: "I can tell'
    broken = _break(text, needle, needle.replace("true", "maybe"))
    with pytest.raises(InstrumentError) as info:
        load_instrument_bytes(broken, "inv.yaml")
    line = _line_of(broken.decode(), "predict: maybe")
    assert f"inv.yaml line {line}" in str(info.value)
    assert "boolean" in str(info.value)


def test_unknown_item_in_scale_is_reported_with_line() -> None:
    text = BUILTIN.decode()
    broken = _break(text, "items: [du1, du2, du3, du4, du5]", "items: [du1, du2, du3, du4, du9]")
    with pytest.raises(InstrumentError) as info:
        load_instrument_bytes(broken, "inv.yaml")
    assert f"line {_line_of(text, 'items: [du1, du2')}" in str(info.value)
    assert "du9" in str(info.value)


def test_reverse_key_outside_the_scale_is_refused() -> None:
    text = BUILTIN.decode()
    broken = _break(text, "reverse: [du4]", "reverse: [hp4]")
    with pytest.raises(InstrumentError, match="reverse-keyed items must be in the scale"):
        load_instrument_bytes(broken, "inv.yaml")


def test_missing_chinese_text_is_refused() -> None:
    text = BUILTIN.decode()
    broken = _break(text, ', zh: "伴侣在意我的需要。"', "")
    with pytest.raises(InstrumentError, match="missing zh"):
        load_instrument_bytes(broken, "inv.yaml")


def test_wrong_number_of_labels() -> None:
    text = BUILTIN.decode()
    broken = _break(text, "[非常不同意, 不同意, 说不清, 同意, 非常同意]", "[非常不同意, 同意]")
    with pytest.raises(InstrumentError, match="expected 5 labels"):
        load_instrument_bytes(broken, "inv.yaml")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\xff\xfe\x00junk",
        b"- just\n- a list\n",
        b"a: &x [1]\nb: *x\n",
        b"when: 2024-01-01\n",
        b"[" * 5000,
        b"1: numeric key\n",
        b"!!python/object:os.system {}\n",
    ],
)
def test_hostile_inputs_give_instrument_errors(data: bytes) -> None:
    with pytest.raises(InstrumentError):
        load_instrument_bytes(data, "hostile.yaml")


def test_oversized_file_is_refused() -> None:
    with pytest.raises(InstrumentError, match="at most"):
        load_instrument_bytes(b"#" * (MAX_BYTES + 1), "big.yaml")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_only_raise_instrument_error(data: bytes) -> None:
    _loads_or_names_file(data, "fuzz.yaml")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_arbitrary_yaml_documents_only_raise_instrument_error(value: object) -> None:
    _loads_or_names_file(yaml.safe_dump(value).encode(), "fuzz.yaml")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mutated_builtin_only_raises_instrument_error(data: st.DataObject) -> None:
    lines = BUILTIN.decode().splitlines(keepends=True)
    index = data.draw(st.integers(0, len(lines) - 1))
    replacement = data.draw(st.sampled_from(["", "  - x\n", "foo: [\n", "    predict: 3\n", "\t"]))
    mutated = "".join(lines[:index] + [replacement] + lines[index + 1 :]).encode()
    _loads_or_names_file(mutated, "mutated.yaml")
