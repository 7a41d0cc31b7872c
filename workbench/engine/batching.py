"""Mini-batches: one shuffled pass over the training set per epoch.

Each epoch draws one permutation of the sample indices from a seeded
generator and cuts it into consecutive mini-batches. The same index array
selects the inputs and the labels, so they stay paired. The last mini-batch
keeps the remainder and may be smaller (10 samples in batches of 4 give sizes
4, 4 and 2).
"""

from __future__ import annotations

import numpy as np

#: ``mini_batch_size`` value that means one batch with the whole training set.
WHOLE_SET = 0


def resolve_mini_batch_size(requested: int, n_train: int) -> tuple[int, str | None]:
    """Return the mini-batch size to use for ``n_train`` samples and a notice, or None.

    0 means the whole training set. A request larger than ``n_train`` is
    clamped to ``n_train`` and the notice reports the change, so a run does
    not silently train with a setting other than the one shown.
    """
    if n_train < 1:
        raise ValueError(f"n_train = {n_train!r}: the training set is empty; use a data set with samples "
                         f"or a smaller validation fraction.")
    if isinstance(requested, bool) or not isinstance(requested, (int, np.integer)) or requested < 0:
        raise ValueError(f"mini_batch_size = {requested!r} is invalid: use 1 (stochastic), 64, 128, 256, 512, "
                         f"or 0 for the whole training set.")

    if requested == WHOLE_SET:
        return n_train, None
    if requested > n_train:
        notice = (f"mini_batch_size {requested} is larger than the {n_train} training samples; "
                  f"using {n_train} (the whole training set) instead.")
        return n_train, notice
    return int(requested), None


def mini_batches(n_samples: int, mini_batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Return the index arrays of one epoch's mini-batches, from one permutation drawn from ``rng``.

    Every index in 0..n_samples−1 appears exactly once. ``mini_batch_size``
    must already be resolved (1 to n_samples; see :func:`resolve_mini_batch_size`).
    """
    if not 1 <= mini_batch_size <= n_samples:
        raise ValueError(f"mini_batch_size = {mini_batch_size!r} is invalid for {n_samples} samples: "
                         f"resolve it first with resolve_mini_batch_size.")

    permutation = rng.permutation(n_samples)
    starts = range(0, n_samples, mini_batch_size)

    return [permutation[start:start + mini_batch_size] for start in starts]
