"""The training worker and its runner: real training in a real QThread, relayed to the GUI thread."""

from __future__ import annotations

import time

import numpy as np
import pytest

from workbench.engine.config import RunConfig
from workbench.engine.datasets import load_dataset
from workbench.engine.network import Network
from workbench.gui.boundary import BoundaryGrid, compute_boundary_grid, grid_bounds
from workbench.gui.series import GrowingArray
from workbench.gui.worker import RunSetup, TrainingRunner, live_training_threads

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


class Recorder:
    """Collects what a runner relays; its lists are filled in the GUI thread."""

    def __init__(self, runner: TrainingRunner) -> None:
        self.setups: list[RunSetup] = []
        self.grids: list[BoundaryGrid] = []
        self.results = []
        self.failures: list[str] = []
        runner.prepared.connect(self.setups.append)
        runner.boundary_computed.connect(self.grids.append)
        runner.finished.connect(self.results.append)
        runner.failed.connect(self.failures.append)


def drain_iterations(runner: TrainingRunner) -> int:
    """Return the newest iteration number among the runner's pending progress reports (0 if none)."""
    reports = runner.take_progress()
    return max((int(report.iteration) for report in reports), default=0)


@pytest.fixture
def runner(qapp):
    runner = TrainingRunner()
    yield runner
    runner.stop()


def test_runner_finishes_small_run(qtbot, runner, small_config):
    recorder = Recorder(runner)

    runner.start(small_config(epochs=10))
    qtbot.waitUntil(lambda: bool(recorder.results or recorder.failures), timeout=10_000)

    assert recorder.failures == []
    result = recorder.results[0]
    assert result.status == "finished"
    assert len(result.epochs) == 10
    assert not runner.is_running
    assert live_training_threads() == []
    assert recorder.setups[0].layer_sizes == [2, 16, 8, 1]
    reports = runner.take_progress()
    assert reports, "no progress report reached the GUI thread"
    assert sum(len(report.costs) for report in reports) == len(result.iteration_costs)
    assert reports[-1].iteration == len(result.iteration_costs)


def test_runner_sends_boundary_grids(qtbot, runner, small_config):
    recorder = Recorder(runner)

    runner.start(small_config(epochs=5), boundary_resolution=24)
    qtbot.waitUntil(lambda: bool(recorder.results), timeout=10_000)

    assert recorder.grids, "no decision-boundary grid arrived"
    grid = recorder.grids[-1]
    assert grid.probabilities.shape == (24, 24, 2)
    np.testing.assert_allclose(grid.probabilities.sum(axis=2), 1.0)
    assert grid.iteration == len(recorder.results[0].iteration_costs)
    assert runner.take_boundary() is grid


def test_runner_pause_resume_stop(qtbot, runner, small_config):
    recorder = Recorder(runner)
    runner.start(small_config(epochs=100_000))
    qtbot.waitUntil(lambda: drain_iterations(runner) > 0, timeout=10_000)

    runner.pause()
    qtbot.wait(300)  # the run reaches its checkpoint and the last reports arrive
    paused_at = drain_iterations(runner)
    qtbot.wait(300)

    assert runner.is_paused
    assert drain_iterations(runner) == 0, "iterations kept coming while paused"

    runner.resume()
    qtbot.waitUntil(lambda: drain_iterations(runner) > paused_at, timeout=10_000)

    runner.stop()
    assert live_training_threads() == []
    qtbot.waitUntil(lambda: bool(recorder.results), timeout=5_000)
    assert recorder.results[0].status == "stopped"
    assert "iteration" in recorder.results[0].reason
    assert not runner.is_running


def test_runner_stops_while_paused(qtbot, runner, small_config):
    recorder = Recorder(runner)
    runner.start(small_config(epochs=100_000))
    qtbot.waitUntil(lambda: drain_iterations(runner) > 0, timeout=10_000)
    runner.pause()

    started = time.perf_counter()
    runner.stop()

    assert time.perf_counter() - started < 2.0
    qtbot.waitUntil(lambda: bool(recorder.results), timeout=5_000)
    assert recorder.results[0].status == "stopped"


def test_runner_reports_missing_csv(qtbot, runner):
    recorder = Recorder(runner)
    config = RunConfig()
    config.data.source = "csv"
    config.data.csv_path = "no_such_file.csv"

    runner.start(config)
    qtbot.waitUntil(lambda: bool(recorder.failures), timeout=10_000)

    assert "no_such_file.csv" in recorder.failures[0]
    assert recorder.results == []
    assert not runner.is_running


def test_runner_rejects_second_start(qtbot, runner, small_config):
    runner.start(small_config(epochs=100_000))

    with pytest.raises(RuntimeError, match="already running"):
        runner.start(small_config())

    runner.stop()


def test_boundary_grid_matches_network():
    dataset = load_dataset(RunConfig().data)
    network = Network([2, 4, 1], seed=3)
    points = np.vstack([dataset.x_train, dataset.x_validation])
    bounds = grid_bounds(points)

    grid = compute_boundary_grid(network.predict_proba, bounds, resolution=7, iteration=12)

    assert grid.probabilities.shape == (7, 7, 2)
    assert grid.iteration == 12
    expected = network.predict_proba(np.array([[grid.x_values[2], grid.y_values[5]]]))[0]
    np.testing.assert_allclose(grid.probabilities[2, 5], expected)
    assert bounds[0] < points[:, 0].min()
    assert bounds[1] > points[:, 0].max()
    assert bounds[2] < points[:, 1].min()
    assert bounds[3] > points[:, 1].max()


def test_grid_bounds_widen_flat_data():
    x_min, x_max, y_min, y_max = grid_bounds(np.array([[1.0, 2.0], [3.0, 2.0]]))

    assert (x_min, x_max) == pytest.approx((0.8, 3.2))
    assert (y_min, y_max) == (1.0, 3.0)


def test_growing_array_keeps_values_across_resizes():
    series = GrowingArray(np.float64, initial_capacity=2)
    expected = np.arange(11, dtype=np.float64)

    series.append(expected[:1])
    series.append(expected[1:6])
    series.append(expected[6:])

    np.testing.assert_array_equal(series.values, expected)
    assert series.capacity == 16
    series.clear()
    assert len(series) == 0
