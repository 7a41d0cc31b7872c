"""Seeded train/validation split and feature standardization."""

from __future__ import annotations

import logging

import numpy as np

logger = logging.getLogger(__name__)

#: A column whose training std is at most this times max(1, |mean|) counts as constant.
CONSTANT_TOLERANCE = 1e-12


def validation_size(n_samples: int, validation_fraction: float) -> int:
    """Return round(validation_fraction · n_samples), kept below n_samples so training keeps a row."""
    size = int(round(validation_fraction * n_samples))
    return min(max(size, 0), n_samples - 1)


def split_indices(labels: np.ndarray, validation_fraction: float, rng: np.random.Generator,
                  stratify: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Split row indices into (train, validation), each sorted ascending.

    The validation split has :func:`validation_size` rows. A stratified split
    takes n_class · n_validation / n_samples rows of each class, rounded by
    the largest-remainder method. Every class keeps at least one training row,
    and the rows a small class cannot give come from the classes with the most
    rows to spare. A plain split takes a uniform random subset. All randomness
    comes from ``rng``.
    """
    n_samples = len(labels)
    n_validation = validation_size(n_samples, validation_fraction)

    if stratify:
        validation = _stratified_validation(labels, n_validation, rng)
    else:
        validation = rng.choice(n_samples, size=n_validation, replace=False)

    is_validation = np.zeros(n_samples, dtype=bool)
    is_validation[validation] = True
    return np.flatnonzero(~is_validation), np.flatnonzero(is_validation)


def _stratified_validation(labels: np.ndarray, n_validation: int, rng: np.random.Generator) -> np.ndarray:
    classes, class_sizes = np.unique(labels, return_counts=True)
    n_samples = len(labels)

    # Largest-remainder allocation of n_validation rows in proportion to class size.
    shares = class_sizes * n_validation / n_samples
    take = np.floor(shares).astype(np.int64)
    remainders = shares - take
    for class_position in np.argsort(-remainders, kind="stable")[: n_validation - int(take.sum())]:
        take[class_position] += 1

    # Every class keeps one training row, so rows it cannot give move to classes with room.
    capacity = class_sizes - 1
    excess = int(np.maximum(take - capacity, 0).sum())
    take = np.minimum(take, capacity)
    while excess > 0:
        room = capacity - take
        candidates = np.flatnonzero(room > 0)
        if len(candidates) == 0:
            break
        best = candidates[np.argmax(room[candidates])]
        take[best] += 1
        excess -= 1

    chosen = []
    for class_id, count in zip(classes, take):
        members = np.flatnonzero(labels == class_id)
        chosen.append(rng.choice(members, size=int(count), replace=False))
    return np.concatenate(chosen)


def standardization_stats(x_train: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the per-column mean and population std (ddof = 0) of the training features.

    A constant column gets its own value as the mean (the computed mean can be
    off by a rounding error) and std 1 instead of 0, so standardizing its
    training rows gives exactly 0 rather than nan.
    """
    mean = x_train.mean(axis=0)
    std = x_train.std(axis=0)

    constant = std <= CONSTANT_TOLERANCE * np.maximum(1.0, np.abs(mean))
    if constant.any():
        logger.info("%d constant feature column(s) are left at 0 after standardization", int(constant.sum()))
        mean = np.where(constant, x_train[0], mean)
    std = np.where(constant, 1.0, std)
    return mean, std


def standardize(x: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    """Return (x − mean) / std, column by column, as a new array."""
    return (x - mean) / std
