"""Learning-rate schedules against their closed forms."""

import math

import numpy as np
import pytest

from workbench.engine.schedules import SCHEDULE_NAMES, Schedule, ScheduleError

EPOCHS = np.arange(0, 12)


def test_constant():
    rates = Schedule("constant").learning_rate(0.2, EPOCHS)

    assert np.all(rates == 0.2)


def test_inverse_time():
    rates = Schedule("inverse_time", decay_rate=0.5).learning_rate(0.2, EPOCHS)

    assert np.allclose(rates, 0.2 / (1.0 + 0.5 * EPOCHS), rtol=1e-15)


def test_exponential():
    rates = Schedule("exponential", base=0.9).learning_rate(0.2, EPOCHS)

    assert np.allclose(rates, 0.9 ** EPOCHS * 0.2, rtol=1e-15)


def test_inverse_sqrt():
    rates = Schedule("inverse_sqrt", k=2.0).learning_rate(0.2, EPOCHS)

    assert np.allclose(rates, 2.0 * 0.2 / np.sqrt(EPOCHS + 1.0), rtol=1e-15)


def test_inverse_sqrt_first_epoch_finite():
    rate = Schedule("inverse_sqrt", k=1.0).learning_rate(0.05, 0)

    assert math.isfinite(rate)
    assert rate == pytest.approx(0.05, rel=1e-15)


def test_stepwise():
    rates = Schedule("stepwise", decay_rate=1.0, interval=5).learning_rate(0.3, EPOCHS)
    expected = 0.3 / (1.0 + np.array([0] * 5 + [1] * 5 + [2] * 2))

    assert np.allclose(rates, expected, rtol=1e-15)


@pytest.mark.parametrize("name", SCHEDULE_NAMES)
def test_first_epoch_uses_initial_rate(name):
    rate = Schedule(name).learning_rate(0.07, 0)

    assert rate == pytest.approx(0.07, rel=1e-15)
    assert isinstance(rate, float)


def test_scalar_and_array_agree():
    schedule = Schedule("inverse_time", decay_rate=2.0)
    curve = schedule.learning_rate(0.1, EPOCHS)

    for epoch in EPOCHS:
        assert schedule.learning_rate(0.1, int(epoch)) == curve[epoch]


@pytest.mark.parametrize("kwargs, text", [
    ({"name": "cosine"}, "'cosine'"),
    ({"name": "inverse_time", "decay_rate": -1.0}, "decay_rate = -1.0"),
    ({"name": "exponential", "base": 1.5}, "base = 1.5"),
    ({"name": "inverse_sqrt", "k": 0.0}, "k = 0.0"),
    ({"name": "stepwise", "interval": 0}, "interval = 0"),
])
def test_invalid_settings_rejected(kwargs, text):
    with pytest.raises(ScheduleError, match=text):
        Schedule(**kwargs)


def test_negative_epoch_rejected():
    with pytest.raises(ScheduleError, match="epoch"):
        Schedule("constant").learning_rate(0.1, -1)
