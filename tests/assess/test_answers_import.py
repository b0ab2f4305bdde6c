"""The answers JSON form: round trip, precise refusals, and fuzzing (only UnmaskError)."""

from __future__ import annotations

import json

import pytest
from helpers_assess import ALEX, SAM, tiny
from hypothesis import given, settings
from hypothesis import strategies as st

from unmask.assess import AnswerSheet, sheet_from_bytes, sheet_from_json, sheet_to_json
from unmask.errors import InputError, UnmaskError


def test_round_trip_keeps_skips_and_hopes() -> None:
    instrument = tiny()
    data = json.dumps(sheet_to_json(SAM, "c1", "sam")).encode()
    back = sheet_from_bytes(data, instrument, "sam.json")
    assert back == SAM
    assert back.answers["k2"] is None  # "asked and skipped" survives


def test_private_sections_round_trip() -> None:
    instrument = tiny()
    value = sheet_to_json(SAM, "c1", "sam") | {"private": ["surface", "hopes", "hopes"]}
    back = sheet_from_json(value, instrument, "sam.json")
    assert back.private == ("surface", "hopes")
    assert sheet_to_json(back, "c1", "sam")["private"] == ["surface", "hopes"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"answers": {"o1": 6}}, "answers.o1' must be a whole number from 1 to 5"),
        ({"answers": {"zz": 3}}, "unknown id 'zz'"),
        ({"predictions": {"o3": 3}}, "unknown id 'o3'"),  # o3 is not a predicted item
        ({"answers": {"o1": True}}, "whole number"),
        ({"hopes": ["a", "b", "c"]}, "at most 2"),
        ({"finished": "yes"}, "'finished' must be true or false"),
        ({"instrument": {"id": "other", "version": "1"}}, "not for instrument 'tiny'"),
        ({"format": "something"}, "format"),
        (
            {"private": ["roots"]},
            "'private' must be a list of section names from depth, surface, dreams, hopes",
        ),
        ({"private": "hopes"}, "'private' must be a list"),
    ],
)
def test_defects_are_named(change: dict[str, object], message: str) -> None:
    value = {**sheet_to_json(ALEX, "c1", "alex"), **change}
    with pytest.raises(InputError) as info:
        sheet_from_json(value, tiny(), "alex.json")
    assert "alex.json" in str(info.value) and message in str(info.value)


def test_whole_floats_are_accepted_as_integers() -> None:
    value = sheet_to_json(ALEX, "c1", "alex")
    value["answers"] = {"o1": 4.0}
    assert sheet_from_json(value, tiny(), "x").answers == {"o1": 4}


def test_not_json_names_the_line() -> None:
    with pytest.raises(InputError, match=r"x.json line 2: not valid JSON"):
        sheet_from_bytes(b'{\n"format": }', tiny(), "x.json")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=25,
)


def _check(data: bytes) -> None:
    try:
        sheet = sheet_from_bytes(data, tiny(), "fuzz.json")
    except UnmaskError as error:
        assert "fuzz.json" in str(error)
    else:
        assert isinstance(sheet, AnswerSheet)


@settings(max_examples=120, deadline=None)
@given(JSON)
def test_arbitrary_json_only_raises_unmask_errors(value: object) -> None:
    _check(json.dumps(value).encode())


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(["answers", "predictions", "domains", "hopes", "finished", "instrument"]), JSON
)
def test_valid_sheet_with_one_field_replaced(field: str, value: object) -> None:
    sheet = sheet_to_json(ALEX, "c1", "alex")
    sheet[field] = value
    _check(json.dumps(sheet).encode())


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_only_raise_unmask_errors(data: bytes) -> None:
    _check(data)
