"""Arrow <-> NumPy and Arrow scalars without pyarrow importing pandas.

pyarrow imports pandas, when it is installed, the first time ``to_numpy`` runs or a
compute function gets a plain Python value (it checks whether the value is a pandas
object): ~0.15 s on the serial path of ``unmask analyze``, which uses no pandas at all.
These helpers read the arrays' buffers and build scalars from buffers instead; the
results are those of ``to_numpy(zero_copy_only=False)`` and of ``pa.scalar``
(tests/test_arrownp.py compares them).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyarrow as pa

#: Arrow type -> NumPy dtype of the types read through their buffers
_FIXED: dict[pa.DataType, np.dtype] = {
    pa.int8(): np.dtype(np.int8),
    pa.int16(): np.dtype(np.int16),
    pa.int32(): np.dtype(np.int32),
    pa.int64(): np.dtype(np.int64),
    pa.uint8(): np.dtype(np.uint8),
    pa.uint16(): np.dtype(np.uint16),
    pa.uint32(): np.dtype(np.uint32),
    pa.uint64(): np.dtype(np.uint64),
    pa.float32(): np.dtype(np.float32),
    pa.float64(): np.dtype(np.float64),
}


def _bits(buffer: pa.Buffer, offset: int, length: int) -> np.ndarray:
    bits = np.unpackbits(np.frombuffer(buffer, dtype=np.uint8), bitorder="little")
    return bits[offset : offset + length].astype(bool)


def _valid(array: pa.Array) -> np.ndarray | None:
    """Which slots hold a value (None: all of them)."""
    if array.null_count == 0:
        return None
    validity = array.buffers()[0]
    assert validity is not None
    return _bits(validity, array.offset, len(array))


def _one(array: pa.Array) -> np.ndarray:
    kind = array.type
    n = len(array)
    valid = _valid(array)
    if pa.types.is_boolean(kind):
        data = array.buffers()[1]
        flags = _bits(data, array.offset, n) if data is not None else np.zeros(n, dtype=bool)
        if valid is None:
            return flags
        out = flags.astype(object)
        out[~valid] = None
        return out
    if pa.types.is_timestamp(kind) and kind.tz is None:
        values = np.frombuffer(array.buffers()[1], dtype=np.int64)[array.offset : array.offset + n]
        stamps = values.astype(f"datetime64[{kind.unit}]")
        if valid is not None:
            stamps[~valid] = np.datetime64("NaT")
        return stamps
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        out = np.empty(n, dtype=object)
        out[:] = array.to_pylist()
        return out
    dtype = _FIXED.get(kind)
    if dtype is None:
        return np.asarray(array.to_numpy(zero_copy_only=False))
    values = np.frombuffer(array.buffers()[1], dtype=dtype)[array.offset : array.offset + n]
    if valid is None:
        return values.copy()
    out = values.astype(np.float64) if dtype.kind in "iu" else values.copy()
    out[~valid] = np.nan
    return out


def numpy_of(array: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """``array.to_numpy(zero_copy_only=False)`` for booleans, integers, floats, strings and
    time-zone-free timestamps (a new array; nulls as pyarrow gives them: None in an object
    array of booleans or strings, NaN for numbers, NaT for times), read through the buffers
    (strings through ``to_pylist``)."""
    if isinstance(array, pa.ChunkedArray):
        chunks = [_one(chunk) for chunk in array.chunks]
        if not chunks:  # an empty array of the column's type
            return _one(array.combine_chunks())
        if len(chunks) == 1:
            return chunks[0]
        if len({c.dtype for c in chunks}) > 1:  # nulls in some chunks only
            return _one(array.combine_chunks())
        return np.concatenate(chunks)
    return _one(array)


def array_of(values: np.ndarray, mask: np.ndarray | None = None) -> pa.Array:
    """``pa.array(values, mask=mask)`` of a 1-D NumPy array of integers, floats or booleans
    (``mask``: True where the slot is null)."""
    values = np.ascontiguousarray(values)
    nulls = int(np.count_nonzero(mask)) if mask is not None else 0
    bitmap = pa.py_buffer(np.packbits(~np.asarray(mask), bitorder="little")) if nulls else None
    if values.dtype == np.bool_:
        bits = pa.py_buffer(np.packbits(values, bitorder="little"))
        return pa.Array.from_buffers(pa.bool_(), len(values), [bitmap, bits], nulls)
    kind = pa.from_numpy_dtype(values.dtype)
    return pa.Array.from_buffers(kind, len(values), [bitmap, pa.py_buffer(values)], nulls)


def strings(values: Sequence[str | None]) -> pa.Array:
    """``pa.array(values, pa.string())``."""
    encoded = [b"" if value is None else value.encode("utf-8") for value in values]
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    if encoded:
        np.cumsum([len(item) for item in encoded], out=offsets[1:])
    valid = np.array([value is not None for value in values], dtype=np.bool_)
    nulls = int(len(values) - np.count_nonzero(valid))
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little")) if nulls else None
    large = pa.LargeStringArray.from_buffers(
        len(encoded), pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded)), bitmap, nulls
    )
    return large.cast(pa.string())


def distinct_values(
    array: pa.Array | pa.ChunkedArray,
) -> tuple[pa.Array | pa.ChunkedArray, np.ndarray | None]:
    """``array``'s distinct values (in the order they first occur) and every row's index
    among them, for work that depends on a value alone (a chat repeats its "ok"s: 100k
    messages of the benchmark export hold ~26k texts); ``(array, None)`` where a value is
    null or over half the rows are distinct (working on every row costs no more)."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(array)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    if encoded.indices.null_count or len(encoded.dictionary) * 2 > len(encoded):
        return array, None
    return encoded.dictionary, np.asarray(numpy_of(encoded.indices))


def repeated_strings(values: Sequence[str | None]) -> pa.Array:
    """:func:`strings` of values drawn from a few distinct strings (a language per
    message): each distinct value is encoded once and the array is gathered from them by
    index (the same values; three times faster at 100k values of three kinds)."""
    codes: dict[str | None, int] = dict.fromkeys(values, 0)
    if None in codes or len(codes) * 8 > len(values):  # nulls, or little repetition
        return strings(values)
    for code, value in enumerate(codes):
        codes[value] = code
    index = np.fromiter(map(codes.__getitem__, values), dtype=np.int64, count=len(values))
    return strings(list(codes)).take(array_of(index))


def scalar(value: str | bool | int | float, type: pa.DataType | None = None) -> pa.Scalar:
    """``pa.scalar(value, type)`` of a str, bool, int or float; without ``type``: string,
    bool, int64 or float64 (as ``pa.scalar`` infers them). Compute functions that cast a
    scalar of another type than their input's (``pc.fill_null``) need ``type``."""
    if type is not None and type in _FIXED:
        return array_of(np.array([value], dtype=_FIXED[type]))[0]
    if type is not None and not (
        (pa.types.is_string(type) and isinstance(value, str))
        or (pa.types.is_boolean(type) and isinstance(value, bool))
    ):
        raise ValueError(f"no {type} scalar of {value!r} here")
    if isinstance(value, str):
        return strings([value])[0]
    if isinstance(value, bool):
        return array_of(np.array([value], dtype=np.bool_))[0]
    if isinstance(value, int):
        return array_of(np.array([value], dtype=np.int64))[0]
    return array_of(np.array([value], dtype=np.float64))[0]
