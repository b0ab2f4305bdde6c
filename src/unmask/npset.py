"""``np.unique`` of integer arrays by one sort.

numpy 2.3+ finds the distinct values of an array through a hash table before sorting
them: on the 1k-300k integers the scorer and the reply layer pass it (row numbers, packed
keys) that is 5-60x slower than sorting and dropping repeats, and its first call imports
``numpy.ma`` (8-30 ms in a fresh process). :func:`unique` gives the very same array.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

#: dtype kinds :func:`unique` sorts itself (integers and booleans: no NaN to fold)
_SORTED_KINDS = frozenset("iub")


def unique(values: npt.ArrayLike) -> np.ndarray:
    """``np.unique(values)``: the sorted distinct values of the flattened array, in its
    dtype. Integer and boolean arrays are sorted here; anything else (floats, whose NaNs
    ``np.unique`` folds into one, strings, objects) goes to ``np.unique`` itself."""
    array = np.asarray(values)
    if array.dtype.kind not in _SORTED_KINDS:
        return np.unique(array)
    flat = np.sort(array, axis=None)
    if flat.size < 2:
        return flat
    keep = np.empty(flat.size, dtype=np.bool_)
    keep[0] = True
    np.not_equal(flat[1:], flat[:-1], out=keep[1:])
    return flat[keep]


__all__ = ["unique"]
