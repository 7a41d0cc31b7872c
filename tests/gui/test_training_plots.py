"""The mini-batch cost plot of a diverged run: a readable y range, a marked divergence point, a legend aside."""

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from workbench.engine.config import RunConfig
from workbench.engine.training import EXPLOSION_FACTOR, Progress, Trainer
from workbench.gui.plots import TrainingPlots, divergence_index


def progress(costs, first_iteration=1):
    """Return an engine Progress report of the mini-batch ``costs`` from ``first_iteration`` on."""
    costs = np.asarray(costs, dtype=np.float64)
    iterations = np.arange(first_iteration, first_iteration + costs.size, dtype=np.int64)
    return Progress(iterations=iterations, costs=costs, learning_rates=np.full(costs.size, 0.1), epochs=[],
                    epoch=0, iteration=int(iterations[-1]), iterations_per_second=100.0)


@pytest.fixture
def plots(qtbot):
    widget = TrainingPlots()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _scene_point(plot, x, y):
    """Map data point (x, y) of ``plot`` to the scene, which also brings a pending view transform up to date."""
    return plot.getViewBox().mapViewToScene(QPointF(x, y))


def _legend_covers(plots, x, y):
    point = _scene_point(plots.cost_plot, x, y)
    return plots.cost_legend.sceneBoundingRect().contains(point)


def test_exploded_cost_marked_and_in_range(qtbot, plots):
    plots.add_progress([progress([0.72, 5.36e5])])
    qtbot.wait(20)

    assert plots.divergence_point == (2.0, 5.36e5)
    x_values, y_values = plots.divergence_marker.getData()
    assert list(x_values) == [2.0]
    assert list(y_values) == [5.36e5]
    _x_range, (y_low, y_high) = plots.cost_plot.getViewBox().viewRange()
    assert y_low <= 0.72
    assert y_high >= 5.36e5
    assert not _legend_covers(plots, 2.0, 5.36e5)


def test_non_finite_cost_marked_at_top(qtbot, plots):
    plots.add_progress([progress([0.7, 3.0, 40.0]), progress([math.inf], first_iteration=4)])
    qtbot.wait(20)

    assert plots.divergence_point == (4.0, 40.0)
    _x_range, (y_low, y_high) = plots.cost_plot.getViewBox().viewRange()
    assert y_low <= 0.7
    assert 40.0 <= y_high < 100.0
    assert not _legend_covers(plots, 4.0, 40.0)


def test_divergence_in_later_report_marked(qtbot, plots):
    plots.add_progress([progress([0.7, 0.6, 0.5])])
    plots.add_progress([progress([0.45, 2.0e3], first_iteration=4)])

    assert plots.divergence_point == (5.0, 2.0e3)


def test_finished_run_not_marked(qtbot, plots):
    plots.add_progress([progress([0.7, 0.6, 0.5, 0.45])])

    assert plots.divergence_point is None
    x_values, _y_values = plots.divergence_marker.getData()
    assert len(x_values) == 0


def test_new_run_clears_divergence(qtbot, plots):
    plots.add_progress([progress([0.72, 5.36e5])])
    legend_before = plots.cost_legend.sceneBoundingRect()

    plots.clear()
    plots.add_progress([progress([0.7, 0.6])])
    qtbot.wait(20)

    assert plots.divergence_point is None
    assert plots.cost_legend.sceneBoundingRect().left() > legend_before.left()
    _x_range, (_y_low, y_high) = plots.cost_plot.getViewBox().viewRange()
    assert y_high < 10.0


@pytest.mark.parametrize("costs, expected", [
    ([0.7, 0.6, 0.5], None),
    ([0.7, 2.0, math.nan], 2),
    ([0.7, EXPLOSION_FACTOR * 1.0 + 1.0], 1),
    ([0.7, EXPLOSION_FACTOR * 1.0 - 1.0], None),
    ([5.0, EXPLOSION_FACTOR * 5.0 + 1.0], 1),
])
def test_divergence_index(costs, expected):
    assert divergence_index(np.array(costs), costs[0]) == expected


def test_divergence_index_matches_engine():
    config = RunConfig()
    config.data.n_samples = 80
    config.training.epochs = 20
    config.training.mini_batch_size = 16
    config.optimizer.name = "gd"
    config.optimizer.learning_rate = 1000.0

    result = Trainer(config).run()

    assert result.status == "diverged"
    costs = result.iteration_costs
    assert divergence_index(costs, float(costs[0])) == costs.size - 1
