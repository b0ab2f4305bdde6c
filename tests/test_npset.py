"""unmask.npset.unique gives np.unique's very array (values, order, dtype, shape)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from unmask.npset import unique

INTEGER_DTYPES = ["int8", "int32", "int64", "uint8", "uint64", "bool"]


@given(
    hnp.arrays(
        dtype=st.sampled_from(INTEGER_DTYPES),
        shape=hnp.array_shapes(min_dims=1, max_dims=2, min_side=0, max_side=40),
    )
)
def test_integers_as_np_unique(values: np.ndarray) -> None:
    got, want = unique(values), np.unique(values)
    assert got.dtype == want.dtype
    assert got.shape == want.shape
    assert np.array_equal(got, want)


@pytest.mark.parametrize(
    "values",
    [
        np.array([2.0, np.nan, 1.0, np.nan]),  # np.unique folds the NaNs into one
        np.array(["b", "a", "b"]),
        [3, 1, 3, 1],
        [],
    ],
)
def test_other_kinds_as_np_unique(values: object) -> None:
    got, want = unique(values), np.unique(values)
    assert got.dtype == want.dtype
    assert np.array_equal(got, want, equal_nan=got.dtype.kind == "f")
