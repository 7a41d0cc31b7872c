"""Exponentially weighted averages (EWA) with and without bias correction.

v_0 = 0,  v_t = β·v_{t−1} + (1 − β)·a_t  for t = 1, 2, …
bias-corrected: v_t / (1 − β^t)

Without correction the early values are pulled toward 0 because v_0 = 0; the
correction divides that out, so the first corrected value equals a_1.
"""

from __future__ import annotations

import numpy as np


def _check_beta(beta: float) -> None:
    if not (0.0 <= beta < 1.0):
        raise ValueError(f"beta = {beta!r} is invalid: it must lie in [0, 1), e.g. 0.9.")


def ewa(series, beta: float, bias_correction: bool = True) -> np.ndarray:
    """Return the EWA of ``series`` (1-D) at every step, bias-corrected by default.

    Non-finite samples are carried through as they are (a NaN makes every later
    value NaN), so a diverged run shows as a broken curve rather than a made-up one.
    """
    _check_beta(beta)
    values = np.asarray(series, dtype=float).ravel()
    out = np.empty_like(values)

    # A Python loop is the exact recurrence; 1e6 samples take about 0.3 s.
    # Use EwaAccumulator for live curves so each new sample costs O(1).
    average = 0.0
    for index, sample in enumerate(values):
        average = beta * average + (1.0 - beta) * sample
        out[index] = average

    if bias_correction and values.size:
        steps = np.arange(1, values.size + 1)
        out /= 1.0 - np.power(beta, steps)
    return out


def ewa_weights(beta: float, n_points: int) -> np.ndarray:
    """Return the weight (1 − β)·β^k the current average gives the point k steps back.

    Index 0 is the newest sample. The weights are those of the uncorrected v_t.
    """
    _check_beta(beta)
    lags = np.arange(n_points)
    return (1.0 - beta) * np.power(beta, lags, dtype=float)


class EwaAccumulator:
    """Incremental EWA for a series that grows in chunks (live cost curves).

    ``extend(samples)`` returns the bias-corrected averages of the new samples,
    identical to what :func:`ewa` gives on the whole series.
    """

    def __init__(self, beta: float, bias_correction: bool = True) -> None:
        _check_beta(beta)
        self.beta = beta
        self.bias_correction = bias_correction
        self.average = 0.0
        self.count = 0

    def extend(self, samples) -> np.ndarray:
        values = np.asarray(samples, dtype=float).ravel()
        out = np.empty_like(values)
        beta = self.beta

        for index, sample in enumerate(values):
            self.average = beta * self.average + (1.0 - beta) * sample
            out[index] = self.average

        steps = np.arange(self.count + 1, self.count + values.size + 1)
        self.count += values.size
        if self.bias_correction:
            out /= 1.0 - np.power(beta, steps)
        return out
