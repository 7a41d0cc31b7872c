"""Growing numeric series for live plots: preallocated arrays that double when full.

Appending a chunk costs O(chunk) amortized, and :attr:`GrowingArray.values`
is a view of the filled part, so a plot can hand it to ``setData`` without a
copy. No Qt here.
"""

from __future__ import annotations

import numpy as np


class GrowingArray:
    """A 1-D float or int array that grows by appending chunks.

    The buffer starts at ``initial_capacity`` elements and doubles whenever
    an append would overflow it. ``values`` stays valid only until the next
    append, because a resize moves the data to a new buffer.
    """

    def __init__(self, dtype=np.float64, initial_capacity: int = 1024) -> None:
        if initial_capacity < 1:
            raise ValueError(f"initial_capacity = {initial_capacity!r} is invalid: use 1 or more")
        self._buffer = np.empty(initial_capacity, dtype=dtype)
        self._size = 0

    def __len__(self) -> int:
        return self._size

    @property
    def capacity(self) -> int:
        """Number of elements the current buffer can contain before the next resize."""
        return self._buffer.size

    @property
    def values(self) -> np.ndarray:
        """The filled part of the buffer (a view, not a copy)."""
        return self._buffer[: self._size]

    def append(self, chunk) -> None:
        """Append the elements of ``chunk`` (a scalar or any 1-D array-like)."""
        chunk = np.asarray(chunk, dtype=self._buffer.dtype).ravel()
        needed = self._size + chunk.size

        if needed > self._buffer.size:
            new_capacity = self._buffer.size
            while new_capacity < needed:
                new_capacity *= 2
            grown = np.empty(new_capacity, dtype=self._buffer.dtype)
            grown[: self._size] = self._buffer[: self._size]
            self._buffer = grown

        self._buffer[self._size : needed] = chunk
        self._size = needed

    def clear(self) -> None:
        """Forget every element and keep the buffer for reuse."""
        self._size = 0
