"""Building Arrow arrays from Python and NumPy values without ``pyarrow.array``.

``pyarrow.array`` imports pandas on its first call (to check for pandas
objects), which costs about 0.3 s and 50 MiB in every process that imports
a chat, even when pandas is never used. The importer's few conversions are
simple enough to build the arrays from buffers directly.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pyarrow as pa

from unmask.arrownp import array_of
from unmask.arrownp import strings as string_array  # a UTF-8 array; None becomes null


def bool_array(flags: npt.NDArray[np.bool_]) -> pa.Array:
    """A boolean array (no nulls) from a NumPy bool array."""
    return array_of(flags)


def int_array(values: npt.NDArray[np.generic]) -> pa.Array:
    """An integer array (no nulls) from a NumPy integer array, zero-copy."""
    return array_of(values)


def string_scalar(value: str | None) -> pa.Scalar:
    """A string scalar (``pyarrow.scalar`` would import pandas too)."""
    return string_array([value])[0]


def numpy_view(array: pa.Array) -> npt.NDArray[np.generic]:
    """A zero-copy NumPy view of a null-free integer array (``to_numpy`` may import pandas)."""
    dtype = _NUMPY_TYPES[str(array.type)]
    data = array.buffers()[1]
    return np.frombuffer(data, dtype=dtype)[array.offset : array.offset + len(array)]


_NUMPY_TYPES: dict[str, type[np.generic]] = {
    "int8": np.int8,
    "int32": np.int32,
    "int64": np.int64,
    "uint64": np.uint64,
}


def numpy_bools(array: pa.Array) -> npt.NDArray[np.bool_]:
    """A NumPy bool array from a boolean Arrow array (nulls read as False)."""
    if array.null_count:
        array = array.fill_null(False)
    bits = np.frombuffer(array.buffers()[1], dtype=np.uint8)
    flags = np.unpackbits(bits, bitorder="little")
    return flags[array.offset : array.offset + len(array)].astype(np.bool_)


def spans(data: pa.Buffer, bounds: list[npt.NDArray[np.int64]], length: int) -> pa.Array:
    """Cut ``len(bounds) - 1`` kinds of consecutive spans out of ``data``.

    ``bounds`` are k arrays of positions per item, interleaved into one
    monotonic offsets array; the result is a string array of ``k * n`` spans
    (the caller takes every k-th). The last span ends at ``length``.
    """
    k = len(bounds)
    n = len(bounds[0])
    offsets = np.empty(k * n + 1, dtype=np.int32)
    for i, positions in enumerate(bounds):
        offsets[i : k * n : k] = positions
    offsets[-1] = length
    return pa.StringArray.from_buffers(k * n, pa.py_buffer(offsets), data)


def take_indices(
    values: npt.NDArray[np.int64], valid: npt.NDArray[np.bool_] | None = None
) -> pa.Array:
    """``values`` as Arrow take indices, null where not ``valid`` (take gives null there)."""
    return array_of(values, None if valid is None else ~valid)


def cut_strings(
    data: pa.Buffer,
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    length: int,
    valid: npt.NDArray[np.bool_] | None = None,
) -> pa.Array:
    """The strings ``data[starts[i]:ends[i]]`` (ordered, non-overlapping spans within
    ``length``) copied out in one take; null where not ``valid``."""
    even = np.arange(0, 2 * len(starts), 2, dtype=np.int64)
    return spans(data, [starts, ends], length).take(take_indices(even, valid))
