"""Tests of the run comparison view: overlays, legend, differences line and exports."""

import csv
import math
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from workbench.engine.config import RunConfig
from workbench.engine.ewa import ewa
from workbench.engine.run_export import LONG_CSV_COLUMNS
from workbench.engine.store import record_run
from workbench.gui.runs import RunComparisonView, RunsPanel
from workbench.gui.runs.comparison_view import name_states_value, smoothed_costs
from workbench.gui.runs.log_axis import MIN_TICK_SPACING_PIXELS, thin_log_ticks


def tiny_config(name: str, learning_rate: float = 0.01, optimizer: str = "adam") -> RunConfig:
    config = RunConfig(name=name)
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = 5
    config.training.mini_batch_size = 16
    config.optimizer.name = optimizer
    config.optimizer.learning_rate = learning_rate
    return config


@pytest.fixture
def two_runs(store):
    """Two Adam runs that differ only in the learning rate."""
    slow_id, _ = record_run(tiny_config("slow", 0.01), store)
    fast_id, _ = record_run(tiny_config("fast", 0.1), store)
    return [slow_id, fast_id]


@pytest.fixture
def view(qtbot):
    widget = RunComparisonView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def pen_colors(curves):
    return [curve.opts["pen"].color().name() for curve in curves]


def test_panel_selection_overlays_two_runs(qtbot, view, store, two_runs):
    panel = RunsPanel(store)
    qtbot.addWidget(panel)
    panel.selection_changed.connect(lambda run_ids: view.show_runs(store, run_ids))

    panel.select_runs(two_runs)

    assert sorted(run.run_id for run in view.runs) == sorted(two_runs)
    assert len(view.curves("cost")) == 4
    assert len(view.curves("accuracy")) == 4
    assert len(view.curves("smoothed_cost")) == 2
    assert len(view.curves("learning_rate")) == 2
    for key in ("cost", "accuracy", "smoothed_cost", "learning_rate"):
        assert len(view.plot_items()[key].listDataItems()) == len(view.curves(key))
    panel.shutdown()


def test_legend_names_differing_setting(view, store, two_runs):
    view.show_runs(store, two_runs)

    assert view.legend_texts() == ["slow (learning_rate=0.01)", "fast (learning_rate=0.1)"]
    assert "optimizer.learning_rate: 0.01 vs 0.1" in view.differences_label.text()
    assert "beta1" not in view.differences_label.text()


def test_runs_get_distinct_colours(view, store, two_runs):
    view.show_runs(store, two_runs)

    colors = pen_colors(view.curves("smoothed_cost"))
    assert colors[0] != colors[1]
    train_and_validation = pen_colors(view.curves("cost")[:2])
    assert train_and_validation[0] == train_and_validation[1]


def test_curves_hold_stored_values(view, store, two_runs):
    view.show_runs(store, two_runs)
    run = store.load_run(two_runs[0])

    epochs, train_cost = view.curves("cost")[0].getData()
    np.testing.assert_array_equal(epochs, run.epoch_values("epoch"))
    np.testing.assert_array_equal(train_cost, run.epoch_values("train_cost"))
    _iterations, smoothed = view.curves("smoothed_cost")[0].getData()
    np.testing.assert_allclose(smoothed, ewa(run.iteration_costs, 0.98, bias_correction=True))


def test_smoothing_beta_redraws(view, store, two_runs):
    view.show_runs(store, two_runs)
    run = store.load_run(two_runs[1])

    view.smoothing_spin.setValue(0.5)

    _iterations, smoothed = view.curves("smoothed_cost")[1].getData()
    np.testing.assert_allclose(smoothed, ewa(run.iteration_costs, 0.5, bias_correction=True))


def test_same_settings_and_single_run(view, store):
    first, _ = record_run(tiny_config("one"), store)
    second, _ = record_run(tiny_config("two"), store)

    view.show_runs(store, [first, second])
    assert "same settings" in view.differences_label.text()
    assert view.legend_texts() == ["one", "two"]

    view.show_runs(store, [first])
    assert "one run" in view.differences_label.text()

    view.clear()
    assert view.legend_texts() == []
    assert view.curves("cost") == []
    assert not view.export_png_button.isEnabled()


def test_diverged_run_keeps_finite_prefix(view, store):
    stable, _ = record_run(tiny_config("stable"), store)
    diverged, _ = record_run(tiny_config("diverged", learning_rate=900.0, optimizer="gd"), store)

    view.show_runs(store, [stable, diverged])

    run = store.load_run(diverged)
    assert run.status == "diverged"
    assert "optimizer.name: adam vs gd" in view.differences_label.text()
    _iterations, smoothed = view.curves("smoothed_cost")[1].getData()
    assert smoothed.size == run.iteration_costs.size


def test_smoothed_costs_stop_at_divergence():
    costs = np.array([1.0, 0.8, 0.6, np.inf, np.nan])

    smoothed = smoothed_costs(costs, 0.9)

    np.testing.assert_allclose(smoothed[:3], ewa(costs[:3], 0.9, bias_correction=True))
    assert math.isnan(smoothed[3])
    assert math.isnan(smoothed[4])


def test_missing_run_is_reported(view, store, two_runs):
    view.show_runs(store, two_runs)

    assert not view.show_runs(store, [9999])

    box = view.last_message_box
    assert "9999" in box.text()
    box.done(QMessageBox.StandardButton.Ok)
    assert len(view.runs) == 2


def test_export_long_csv(view, store, two_runs, tmp_path):
    view.show_runs(store, two_runs)
    path = tmp_path / "runs.csv"

    assert view.export_csv(path) == path

    with open(path, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[0] == list(LONG_CSV_COLUMNS)
    assert {int(row[0]) for row in rows[1:]} == set(two_runs)


def test_export_each_run(view, store, two_runs, tmp_path):
    view.show_runs(store, two_runs)

    paths = view.export_run_csvs(tmp_path)

    assert [path.name for path in paths] == [f"run-{two_runs[0]}-slow.csv", f"run-{two_runs[1]}-fast.csv"]
    for path in paths:
        with open(path, newline="", encoding="utf-8") as file:
            assert next(csv.reader(file)) == list(LONG_CSV_COLUMNS)


def test_export_png_and_svg(view, store, two_runs, tmp_path, qtbot):
    view.show()
    view.show_runs(store, two_runs)
    qtbot.wait(50)

    png = view.export_png(tmp_path / "overlay.png")
    svg = view.export_svg(tmp_path / "overlay.svg")

    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() == 1800
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "slow (learning_rate=0.01)" in svg.read_text(encoding="utf-8")


def test_export_to_missing_folder_is_reported(view, store, two_runs, tmp_path):
    view.show_runs(store, two_runs)

    assert view.export_csv(tmp_path / "missing" / "runs.csv") is None

    box = view.last_message_box
    assert "could not be written" in box.text()
    box.done(QMessageBox.StandardButton.Ok)


def test_legend_omits_values_in_name(view, store):
    gd_id, _ = record_run(tiny_config("Compare optimizers: gd", optimizer="gd"), store)
    adam_id, _ = record_run(tiny_config("Compare optimizers: adam", optimizer="adam"), store)

    view.show_runs(store, [gd_id, adam_id])

    texts = view.legend_texts()
    assert texts == ["Compare optimizers: gd", "Compare optimizers: adam"]
    assert texts[0].count("gd") == 1
    assert texts[1].count("adam") == 1
    assert "optimizer.name: gd vs adam" in view.differences_label.text()


def test_legend_states_each_value_once(view, store):
    first, _ = record_run(tiny_config("Adam fast", learning_rate=0.1, optimizer="adam"), store)
    second, _ = record_run(tiny_config("GD slow", learning_rate=0.01, optimizer="gd"), store)

    view.show_runs(store, [first, second])

    texts = view.legend_texts()
    assert texts == ["Adam fast (learning_rate=0.1)", "GD slow (learning_rate=0.01)"]
    for text, optimizer, learning_rate in zip(texts, ["adam", "gd"], ["0.1", "0.01"]):
        assert text.lower().count(optimizer) == 1
        assert text.count(learning_rate) == 1


def test_unnamed_runs_keep_every_value(view, store):
    first, _ = record_run(tiny_config("", learning_rate=0.1), store)
    second, _ = record_run(tiny_config("", learning_rate=0.01), store)

    view.show_runs(store, [first, second])

    assert view.legend_texts() == [f"run {first} (learning_rate=0.1)", f"run {second} (learning_rate=0.01)"]


@pytest.mark.parametrize("name, value, expected", [
    ("Compare optimizers: gd", "gd", True),
    ("Compare decay: inverse_time", "inverse_time", True),
    ("ADAM run", "adam", True),
    ("lr 0.01.", "0.01", True),
    ("lr 0.15", "0.1", False),
    ("lr 10.1", "0.1", False),
    ("adamw", "adam", False),
    ("gd_momentum", "gd", False),
])
def test_name_states_value(name, value, expected):
    assert name_states_value(name, value) is expected


def test_placeholder_until_runs_shown(view, store, two_runs):
    assert view.plot_stack.currentWidget() is view.placeholder_label
    assert "No runs selected" in view.placeholder_label.text()
    assert view.differences_label.isHidden()

    view.show_runs(store, two_runs)
    assert view.plot_stack.currentWidget() is view.graphics
    assert not view.differences_label.isHidden()

    view.clear()
    assert view.plot_stack.currentWidget() is view.placeholder_label
    assert view.differences_label.isHidden()


@pytest.mark.parametrize("decades, size", [(0.3, 90), (1.0, 90), (1.0, 400), (2.5, 120), (6.0, 150)])
def test_log_axis_ticks_spaced(view, decades, size):
    axis = view.learning_rate_plot.getAxis("left")
    low = -3.2

    levels = axis.tickValues(low, low + decades, size)

    positions = np.unique(np.concatenate([np.asarray(values, dtype=float) for _spacing, values in levels]))
    assert positions.size >= 1
    gaps = np.diff(positions) * size / decades
    assert np.all(gaps >= MIN_TICK_SPACING_PIXELS - 1e-9), gaps


def test_thin_log_ticks_keeps_dense_ticks_when_room():
    values = list(-3 + np.log10(np.arange(1, 10)))

    assert thin_log_ticks(values, pixels_per_decade=2000.0) == pytest.approx(sorted(values))
    assert thin_log_ticks(values, pixels_per_decade=100.0) == pytest.approx([-3.0, -3 + math.log10(2), -3 + math.log10(5)])


def _legend_below_plots(view):
    """Return whether the legend's top edge lies below the bottom of both lower plots."""
    legend_top = view.legend.mapRectToScene(view.legend.boundingRect()).top()
    plots_bottom = max(view.accuracy_plot.sceneBoundingRect().bottom(),
                       view.learning_rate_plot.sceneBoundingRect().bottom())
    return legend_top >= plots_bottom


@pytest.fixture
def three_runs(store):
    """Three Adam runs with learning rates 0.1, 0.01 and 0.001, like a 3-cell sweep."""
    return [record_run(tiny_config(f"learning_rate={rate:g}", rate), store)[0] for rate in (0.1, 0.01, 0.001)]


def test_legend_in_its_row_right_after_redraw(qtbot, view, store, three_runs):
    view.show()
    qtbot.waitExposed(view)
    view.show_runs(store, three_runs)
    qtbot.wait(20)
    assert _legend_below_plots(view)

    # No event is processed between the redraw and the checks, as in an export or a screenshot.
    view.show_runs(store, three_runs[:2])
    assert _legend_below_plots(view)

    view.smoothing_spin.setValue(0.9)
    assert _legend_below_plots(view)


def test_legend_in_its_row_after_delete_and_undo(qtbot, view, store, three_runs):
    panel = RunsPanel(store)
    qtbot.addWidget(panel)
    panel.selection_changed.connect(lambda run_ids: view.show_runs(store, run_ids))
    view.show()
    qtbot.waitExposed(view)
    panel.select_runs(three_runs)
    qtbot.wait(20)

    assert panel.delete_runs(three_runs[:2], confirm=False)
    assert panel.undo_delete() == 2

    assert _legend_below_plots(view)
    panel.shutdown()

