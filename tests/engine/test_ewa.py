"""Exponentially weighted averages: hand values, weights and incremental use."""

import numpy as np
import pytest

from workbench.engine.ewa import EwaAccumulator, ewa, ewa_weights


def test_bias_corrected_hand_values():
    # v1 = 0.4, v2 = 0.9·0.4 + 0.1·2 = 0.56; corrected 0.4/0.1 = 4 and 0.56/0.19.
    averages = ewa([4.0, 2.0], beta=0.9)

    assert averages[0] == pytest.approx(4.0, rel=1e-14)
    assert averages[1] == pytest.approx(2.947368421052631, rel=1e-14)


def test_uncorrected_hand_values():
    averages = ewa([4.0, 2.0], beta=0.9, bias_correction=False)

    assert averages.tolist() == pytest.approx([0.4, 0.56], rel=1e-14)


def test_constant_series_corrected_exactly():
    averages = ewa(np.full(50, 3.0), beta=0.98)

    assert np.allclose(averages, 3.0, rtol=1e-12)


def test_weights_match_recurrence():
    beta = 0.8
    series = np.random.default_rng(0).standard_normal(20)
    weights = ewa_weights(beta, 20)

    uncorrected_last = ewa(series, beta, bias_correction=False)[-1]

    assert np.dot(weights, series[::-1]) == pytest.approx(uncorrected_last, rel=1e-12)
    assert weights.sum() == pytest.approx(1.0 - beta ** 20, rel=1e-12)


@pytest.mark.parametrize("bias_correction", [True, False])
def test_accumulator_in_chunks_equals_ewa(bias_correction):
    series = np.random.default_rng(1).standard_normal(103)
    accumulator = EwaAccumulator(0.95, bias_correction=bias_correction)

    chunks = [accumulator.extend(series[start:stop]) for start, stop in [(0, 1), (1, 40), (40, 40), (40, 103)]]

    assert np.array_equal(np.concatenate(chunks), ewa(series, 0.95, bias_correction=bias_correction))


def test_nan_carried_forward():
    averages = ewa([1.0, float("nan"), 2.0], beta=0.5)

    assert np.isfinite(averages[0])
    assert np.all(np.isnan(averages[1:]))


@pytest.mark.parametrize("beta", [1.0, -0.5])
def test_invalid_beta_rejected(beta):
    with pytest.raises(ValueError, match=f"beta = {beta!r}"):
        ewa([1.0], beta)
    with pytest.raises(ValueError, match=f"beta = {beta!r}"):
        EwaAccumulator(beta)
