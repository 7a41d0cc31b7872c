"""The training pace: real runs in a real QThread limited to a rate, stopped, paused and re-paced as they train.

Timing checks are loose on purpose (the machine may be busy). They bound a
paced run from below, so a pace that does nothing fails, and they leave speed
itself to the benchmarks.
"""

from __future__ import annotations

import math
import re
import threading
import time

import numpy as np
import pytest

from workbench.gui.pacing import AS_FAST_AS_POSSIBLE, DEFAULT_PACE, PACE_CHOICES, PacedRunControl, RateMeter
from workbench.gui.worker import TrainingRunner, live_training_threads

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


class Relay:
    """Collects what a runner relays in the GUI thread: results, failures and decision-boundary grids."""

    def __init__(self, runner: TrainingRunner) -> None:
        self.results = []
        self.failures: list[str] = []
        self.grids = []
        runner.finished.connect(self.results.append)
        runner.failed.connect(self.failures.append)
        runner.boundary_computed.connect(self.grids.append)

    @property
    def ended(self) -> bool:
        return bool(self.results or self.failures)


class IterationCounter:
    """The newest iteration number the runner relayed; reads drain the runner's queue."""

    def __init__(self, runner: TrainingRunner) -> None:
        self._runner = runner
        self.iteration = 0

    def update(self) -> int:
        for report in self._runner.take_progress():
            self.iteration = max(self.iteration, int(report.iteration))
        return self.iteration


@pytest.fixture
def runner(qapp):
    runner = TrainingRunner()
    yield runner
    runner.stop()


def run_to_end(qtbot, runner: TrainingRunner, config, timeout: int = 20_000):
    relay = Relay(runner)
    runner.start(config)
    qtbot.waitUntil(lambda: relay.ended, timeout=timeout)
    assert relay.failures == []
    return relay.results[0]


def count_during(qtbot, counter: IterationCounter, milliseconds: int) -> int:
    """Return how many iterations the run made during the next ``milliseconds``."""
    start = counter.update()
    qtbot.wait(milliseconds)
    return counter.update() - start


# -- the control on its own, in plain threads ---------------------------------------------------------


def test_control_spaces_checkpoints():
    control = PacedRunControl(200)

    started = time.perf_counter()
    for _ in range(41):
        assert control.checkpoint()
    elapsed = time.perf_counter() - started

    # 40 intervals of 5 ms after the first checkpoint, which is not delayed.
    assert elapsed >= 0.19
    assert control.waited_seconds >= 0.15


class ShiftedClock:
    """``time.perf_counter`` plus an offset a test raises to make the loop arrive late at its checkpoint."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.perf_counter() + self.offset


def test_control_catches_up_short_delay():
    clock = ShiftedClock()
    control = PacedRunControl(100, clock=clock)
    assert control.checkpoint()

    clock.offset += 0.035  # 3.5 intervals late, which is less than MAX_CATCH_UP_SECONDS
    for _ in range(3):
        assert control.checkpoint()

    # The three iterations due at 10, 20 and 30 ms were already late, so none of them waited.
    assert control.waited_seconds < 0.005


def test_control_restarts_after_long_delay():
    clock = ShiftedClock()
    control = PacedRunControl(100, clock=clock)
    assert control.checkpoint()

    clock.offset += 1.0  # much later than MAX_CATCH_UP_SECONDS, as after a pause
    assert control.checkpoint()
    waited_before = control.waited_seconds
    assert control.checkpoint()

    # No burst of 100 iterations: the one after the late one waits a whole interval of 10 ms.
    assert waited_before < 0.005
    assert control.waited_seconds - waited_before >= 0.008


def test_control_unpaced_does_not_wait():
    control = PacedRunControl(AS_FAST_AS_POSSIBLE)

    started = time.perf_counter()
    for _ in range(1000):
        assert control.checkpoint()

    assert time.perf_counter() - started < 0.5
    assert control.waited_seconds == 0.0


def test_control_stop_wakes_paced_wait():
    control = PacedRunControl(0.5)  # the second checkpoint is due 2 s after the first
    assert control.checkpoint()
    outcome = []
    waiter = threading.Thread(target=lambda: outcome.append(control.checkpoint()))
    waiter.start()
    time.sleep(0.05)

    stop_requested = time.perf_counter()
    control.request_stop()
    waiter.join(timeout=2.0)

    assert not waiter.is_alive()
    assert outcome == [False]
    assert time.perf_counter() - stop_requested < 0.3


def test_control_new_pace_applies_to_wait():
    control = PacedRunControl(0.2)  # the second checkpoint is due 5 s after the first
    assert control.checkpoint()
    outcome = []
    waiter = threading.Thread(target=lambda: outcome.append(control.checkpoint()))
    waiter.start()
    time.sleep(0.05)

    control.set_pace(1000)
    waiter.join(timeout=2.0)

    assert not waiter.is_alive()
    assert outcome == [True]


def test_control_pause_during_wait_blocks():
    control = PacedRunControl(0.5)
    assert control.checkpoint()
    outcome = []
    waiter = threading.Thread(target=lambda: outcome.append(control.checkpoint()))
    waiter.start()
    time.sleep(0.05)

    control.pause()
    control.set_pace(AS_FAST_AS_POSSIBLE)  # the wait for the pace ends, but the pause keeps the loop waiting
    time.sleep(0.2)
    assert outcome == []
    control.resume()
    waiter.join(timeout=2.0)

    assert outcome == [True]


@pytest.mark.parametrize("pace", [-1, math.nan, math.inf])
def test_control_rejects_invalid_pace(pace):
    with pytest.raises(ValueError, match="invalid pace"):
        PacedRunControl(pace)
    with pytest.raises(ValueError, match="invalid pace"):
        PacedRunControl().set_pace(pace)


def test_rate_meter_uses_window():
    meter = RateMeter(window_seconds=1.0)

    assert math.isnan(meter.rate())
    meter.add(0.0, 0)
    assert math.isnan(meter.rate())
    meter.add(0.5, 100)
    assert meter.rate() == pytest.approx(200.0)
    for step in range(1, 11):
        meter.add(0.5 + 0.1 * step, 100 + 10 * step)  # 100 iterations/s from t = 0.5 s on

    assert meter.rate() == pytest.approx(100.0)


# -- paced runs in the worker thread ------------------------------------------------------------------


def test_paced_run_keeps_rate(qtbot, runner, small_config):
    config = small_config(epochs=15)  # 64 training samples in mini-batches of 16: 60 iterations
    runner.set_pace(100)

    started = time.perf_counter()
    result = run_to_end(qtbot, runner, config)
    elapsed = time.perf_counter() - started

    iterations = len(result.iteration_costs)
    assert iterations == 60
    assert elapsed >= 0.5, f"60 iterations at 100 iterations/s took only {elapsed:.3f} s"
    assert iterations / elapsed <= 150
    assert runner.pacing_wait_seconds >= 0.3


def test_pace_keeps_numbers(qtbot, runner, small_config):
    config = small_config(epochs=10, optimizer__name="momentum")

    runner.set_pace(AS_FAST_AS_POSSIBLE)
    unpaced = run_to_end(qtbot, runner, config)
    runner.set_pace(300)
    paced = run_to_end(qtbot, runner, config)

    assert paced.status == unpaced.status == "finished"
    np.testing.assert_array_equal(paced.iteration_costs, unpaced.iteration_costs)
    np.testing.assert_array_equal(paced.iteration_learning_rates, unpaced.iteration_learning_rates)
    assert [epoch.validation_cost for epoch in paced.epochs] == [epoch.validation_cost for epoch in unpaced.epochs]
    assert runner.pacing_wait_seconds > 0.0


def test_stop_at_slow_pace_is_prompt(qtbot, runner, small_config):
    relay = Relay(runner)
    counter = IterationCounter(runner)
    runner.set_pace(10)
    runner.start(small_config(epochs=100_000))
    qtbot.waitUntil(lambda: counter.update() >= 2, timeout=10_000)

    stop_requested = time.perf_counter()
    runner.stop()
    stop_seconds = time.perf_counter() - stop_requested

    assert stop_seconds < 0.3
    assert live_training_threads() == []
    qtbot.waitUntil(lambda: relay.ended, timeout=5_000)
    assert relay.results[0].status == "stopped"


def test_pause_while_paced(qtbot, runner, small_config):
    relay = Relay(runner)
    counter = IterationCounter(runner)
    runner.set_pace(30)
    runner.start(small_config(epochs=100_000))
    qtbot.waitUntil(lambda: counter.update() >= 2, timeout=10_000)

    runner.pause()
    qtbot.wait(200)  # the last reports before the pause arrive
    paused_at = counter.update()
    qtbot.wait(400)

    assert runner.is_paused
    assert counter.update() == paused_at, "iterations kept coming while paused"

    runner.resume()
    qtbot.waitUntil(lambda: counter.update() > paused_at, timeout=5_000)
    assert not runner.is_paused

    runner.stop()
    qtbot.waitUntil(lambda: relay.ended, timeout=5_000)
    assert relay.results[0].status == "stopped"


def test_pace_change_mid_run(qtbot, runner, small_config):
    counter = IterationCounter(runner)
    runner.set_pace(10)
    runner.start(small_config(epochs=100_000))
    qtbot.waitUntil(lambda: counter.update() >= 1, timeout=10_000)

    slow_count = count_during(qtbot, counter, 600)
    runner.set_pace(1000)
    qtbot.wait(100)  # the new pace reaches the loop and its first reports arrive
    fast_count = count_during(qtbot, counter, 600)
    runner.set_pace(10)
    qtbot.wait(200)
    slow_again_count = count_during(qtbot, counter, 600)
    runner.stop()

    assert slow_count <= 10, f"{slow_count} iterations in 0.6 s at 10 iterations/s"
    assert fast_count >= 60, f"only {fast_count} iterations in 0.6 s after switching to 1000 iterations/s"
    assert slow_again_count <= 10, f"{slow_again_count} iterations in 0.6 s after switching back to 10"


def test_runner_rejects_invalid_pace(runner):
    with pytest.raises(ValueError, match="invalid pace"):
        runner.set_pace(-5)

    assert runner.pace == AS_FAST_AS_POSSIBLE


def test_slow_pace_boundary_follows_iterations(qtbot, runner, small_config):
    relay = Relay(runner)
    counter = IterationCounter(runner)
    runner.set_pace(10)
    runner.start(small_config(epochs=100_000), boundary_resolution=16)
    qtbot.waitUntil(lambda: counter.update() >= 8, timeout=10_000)
    runner.stop()
    qtbot.waitUntil(lambda: relay.ended, timeout=5_000)

    grid_iterations = sorted({grid.iteration for grid in relay.grids})
    last = relay.results[0].iteration_costs.size
    # At 10 iterations/s every iteration gets its own grid, not one grid every few iterations. The
    # trainer's first report comes with iteration 2, because the first iteration is not delayed.
    assert grid_iterations[0] == 0
    assert set(range(2, last + 1)) <= set(grid_iterations)


# -- the window's Pace control ------------------------------------------------------------------------


def test_window_pace_defaults_and_choices(make_window):
    window = make_window()

    assert window.pace == DEFAULT_PACE
    assert window.runner.pace == DEFAULT_PACE
    assert window.pace_combo.currentText() == "300 iterations/s"
    combo_texts = [window.pace_combo.itemText(index) for index in range(window.pace_combo.count())]
    assert combo_texts == ["As fast as possible", "1000 iterations/s", "300 iterations/s", "100 iterations/s",
                           "30 iterations/s", "10 iterations/s"]
    assert [action.data() for action in window.pace_group.actions()] == list(PACE_CHOICES)
    assert window.pace_actions[DEFAULT_PACE].isChecked()


def test_window_pace_combo_and_menu_agree(make_window):
    window = make_window()

    window.pace_combo.setCurrentIndex(window.pace_combo.findData(30))

    assert window.pace == 30
    assert window.runner.pace == 30
    assert window.pace_actions[30].isChecked()

    window.pace_actions[AS_FAST_AS_POSSIBLE].trigger()

    assert window.pace == AS_FAST_AS_POSSIBLE
    assert window.runner.pace == AS_FAST_AS_POSSIBLE
    assert window.pace_combo.currentText() == "As fast as possible"


def test_window_rejects_unoffered_pace(make_window):
    window = make_window()

    with pytest.raises(ValueError, match="choose one of"):
        window.set_pace(42)

    assert window.pace == DEFAULT_PACE


def test_pace_setting_persists(make_window, app_settings):
    from workbench.gui.settings import KEY_TRAINING_PACE

    first = make_window()
    first.set_pace(10)
    first.close()

    second = make_window()

    assert app_settings.value(KEY_TRAINING_PACE, "", type=str) == "10"
    assert second.pace == 10
    assert second.runner.pace == 10
    assert second.pace_combo.currentText() == "10 iterations/s"
    assert second.pace_actions[10].isChecked()


@pytest.mark.parametrize("stored", ["fast", "42", "-10"])
def test_invalid_stored_pace_uses_default(make_window, app_settings, stored):
    from workbench.gui.settings import KEY_TRAINING_PACE

    app_settings.setValue(KEY_TRAINING_PACE, stored)

    window = make_window()

    assert window.pace == DEFAULT_PACE


def test_window_pace_during_run(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=100_000))
    window.set_pace(30)
    plots = window.training_view.plots

    assert window.start_run()
    qtbot.wait(1500)
    paced_count = plots.iteration_count
    speed_text = window.speed_label.text()
    window.set_pace(1000)
    qtbot.waitUntil(lambda: plots.iteration_count > paced_count + 200, timeout=5_000)
    window.stop_run()
    qtbot.waitUntil(lambda: not window.is_running, timeout=5_000)

    assert paced_count <= 60, f"{paced_count} iterations in 1.5 s at 30 iterations/s"
    match = re.fullmatch(r"([\d,]+) it/s", speed_text)
    assert match is not None, speed_text
    assert 15 <= int(match.group(1).replace(",", "")) <= 40, f"the status bar showed {speed_text}"


def test_finished_time_includes_pace(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=10))  # 40 iterations
    window.set_pace(100)

    window.start_run()
    qtbot.waitUntil(lambda: not window.is_running, timeout=10_000)

    match = re.fullmatch(r"Finished: 10 epochs, 40 iterations in ([\d.]+) s", window.run_status_label.text())
    assert match is not None, window.run_status_label.text()
    assert float(match.group(1)) >= 0.3
