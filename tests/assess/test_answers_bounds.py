"""An answers file with an integer beyond Python's int-conversion limit is refused cleanly."""

from __future__ import annotations

import pytest
from helpers_assess import tiny

from unmask.assess.answers import sheet_from_bytes
from unmask.errors import InputError


def test_a_4301_digit_integer_is_an_input_error_naming_the_file() -> None:
    data = b'{"format": "unmask-answers", "answers": {"x": ' + b"9" * 4301 + b"}}"
    with pytest.raises(InputError, match=r"answers\.json: holds a number too large"):
        sheet_from_bytes(data, tiny(), "answers.json")
