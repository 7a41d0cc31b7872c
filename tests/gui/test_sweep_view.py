"""Tests of the sweep view: grid editing, a real 2 × 2 sweep in worker processes, Cancel and exports."""

import csv
import multiprocessing
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from workbench.engine.config import RunConfig
from workbench.engine.sweep import SWEEP_CSV_METRICS, SweepRow, parse_grid_spec
from workbench.gui.runs import SweepView, live_threads
from workbench.gui.runs.axis_editor import AxisEditor
from workbench.gui.runs.sweep_results import SweepPlot


def tiny_config(epochs: int = 5) -> RunConfig:
    config = RunConfig(name="sweep")
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = epochs
    config.training.mini_batch_size = 16
    return config


@pytest.fixture
def make_view(qtbot, store):
    views = []

    def make(config=None):
        view = SweepView(store, config or tiny_config())
        qtbot.addWidget(view)
        view.resize(1300, 800)
        views.append(view)
        return view

    yield make
    for view in views:
        view.shutdown()
    assert live_threads() == []
    assert multiprocessing.active_children() == []


def set_two_by_two(view):
    view.first_axis.set_range("learning_rate", 0.001, 0.1, 2, log=True)
    view.second_group.setChecked(True)
    view.second_axis.set_range("beta1", 0.8, 0.9, 2)
    view.workers_spin.setValue(2)


def run_to_end(qtbot, view, timeout=60000):
    finished = []
    view.sweep_finished.connect(finished.append)
    view.sweep_failed.connect(finished.append)
    assert view.start()
    qtbot.waitUntil(lambda: bool(finished) and not view.is_running, timeout=timeout)
    return finished[0]


def test_axis_editor_builds_specs(qtbot):
    editor = AxisEditor("learning_rate")
    qtbot.addWidget(editor)

    editor.set_range("learning_rate", 1e-4, 1e-1, 4, log=True)
    assert editor.spec() == "learning_rate=0.0001:0.1:log:4"
    assert editor.axis().values == pytest.approx((1e-4, 1e-3, 1e-2, 1e-1))
    assert "4 values" in editor.preview_label.text()

    editor.set_range("seed", 0, 2)
    assert editor.spec() == "seed=0:2"
    assert editor.axis().values == (0, 1, 2)
    assert not editor.count_spin.isEnabled()

    editor.set_range("mini_batch_size", 16, 256, 5, log=True)
    assert editor.axis().values == (16, 32, 64, 128, 256)


def test_axis_editor_shows_errors(qtbot):
    editor = AxisEditor("learning_rate")
    qtbot.addWidget(editor)

    editor.start_edit.setText("0")
    editor.start_edit.textEdited.emit("0")

    assert "log scale needs positive ends" in editor.error()
    assert "log scale needs positive ends" in editor.preview_label.text()


def test_sweep_two_by_two(qtbot, make_view, store):
    view = make_view()
    set_two_by_two(view)
    assert "4 runs of 5 epochs" in view.grid_label.text()

    result = run_to_end(qtbot, view)

    assert not result.cancelled
    assert [row.status for row in result.rows] == ["finished"] * 4
    tagged = store.list_runs(tag=result.tag)
    assert len(tagged) == 4
    assert sorted(row.run_id for row in result.rows) == sorted(summary.run_id for summary in tagged)

    plot = view.plot
    assert plot.image is not None
    assert plot.color_bar is not None
    np.testing.assert_array_equal(plot.image.image, result.validation_cost)
    assert plot.best == result.best_row("validation_cost").index
    assert plot.best_marker is not None
    assert plot.tick_texts == {"bottom": ["0.001", "0.1"], "left": ["0.8", "0.9"]}
    assert len(plot.cell_labels) == 4
    assert view.table_proxy.rowCount() == 4
    assert view.progress_bar.value() == 4
    assert "Finished 4 cells" in view.status_label.text()


def test_metric_combo_switches_grid(qtbot, make_view):
    view = make_view()
    set_two_by_two(view)
    result = run_to_end(qtbot, view)

    view.metric_combo.setCurrentIndex(view.metric_combo.findData("train_accuracy"))

    np.testing.assert_array_equal(view.plot.image.image, result.train_accuracy)
    assert view.plot.best == result.best_row("train_accuracy").index


def test_sweep_one_setting_draws_line(qtbot, make_view, store):
    view = make_view()
    view.first_axis.set_range("seed", 0, 2)

    result = run_to_end(qtbot, view)

    assert view.plot.image is None
    positions, values = view.plot.line.getData()
    np.testing.assert_array_equal(positions, [0, 1, 2])
    np.testing.assert_array_equal(values, result.validation_cost)
    assert view.plot.best == result.best_row("validation_cost").index
    assert len(store.list_runs(tag=result.tag)) == 3


def test_invalid_cell_value_is_reported(make_view, store):
    view = make_view()
    view.first_axis.set_range("beta1", 0.8, 1.5, 3)

    assert not view.start()

    assert "optimizer.beta1" in view.status_label.text()
    assert store.list_runs() == []
    assert not view.is_running


def test_unused_setting_is_noted(make_view):
    config = tiny_config()
    config.optimizer.name = "gd"
    view = make_view(config)

    view.first_axis.set_range("beta1", 0.8, 0.9, 2)

    assert "does not use" in view.grid_label.text()


def test_cancel_stops_sweep_quickly(qtbot, make_view, store):
    view = make_view(tiny_config(epochs=1_000_000))
    set_two_by_two(view)
    finished = []
    view.sweep_finished.connect(finished.append)

    assert view.start()
    qtbot.waitUntil(lambda: len(multiprocessing.active_children()) == 2, timeout=10000)
    qtbot.wait(300)
    view.cancel_button.click()
    qtbot.waitUntil(lambda: bool(finished) and not view.is_running, timeout=3000)

    result = finished[0]
    assert result.cancelled
    assert {row.status for row in result.rows} <= {"stopped", "cancelled"}
    assert multiprocessing.active_children() == []
    assert live_threads() == []
    assert "Cancelled" in view.status_label.text()
    assert view.start_button.isEnabled()
    for summary in store.list_runs():
        assert summary.status == "stopped"


def test_exports_load_back(qtbot, make_view, tmp_path):
    view = make_view()
    set_two_by_two(view)
    view.show()
    result = run_to_end(qtbot, view)
    qtbot.wait(50)

    png = view.export_png(tmp_path / "sweep.png")
    svg = view.export_svg(tmp_path / "sweep.svg")
    table = view.export_csv(tmp_path / "sweep.csv")

    assert not QImage(str(png)).isNull()
    assert ElementTree.parse(svg).getroot().tag.endswith("svg")
    with open(table, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["learning_rate", "beta1", *SWEEP_CSV_METRICS]
    assert len(rows) == 1 + len(result.rows)


def test_partial_grid_labels_empty_cells(qtbot):
    axes = [parse_grid_spec("learning_rate=1e-3:1e-1:log:3"), parse_grid_spec("beta1=0.8,0.9")]
    rows = [SweepRow(index=(0, 0), values=(0.001, 0.8), label="a", status="finished", reason="", validation_cost=0.4),
            SweepRow(index=(2, 1), values=(0.1, 0.9), label="b", status="finished", reason="", validation_cost=0.1),
            SweepRow(index=(1, 1), values=(0.01, 0.9), label="c", status="diverged", reason="cost became inf")]
    plot = SweepPlot()
    qtbot.addWidget(plot)

    plot.show_result(axes, rows, "validation_cost")

    assert plot.best == (2, 1)
    assert np.isnan(plot.grid[1, 0])
    texts = sorted(label.textItem.toPlainText() for label in plot.cell_labels)
    assert texts == ["0.1000", "0.4000", "diverged"]


def test_grid_without_finished_cells(qtbot):
    axes = [parse_grid_spec("beta1=0.8,0.9")]
    plot = SweepPlot()
    qtbot.addWidget(plot)

    plot.show_result(axes, [], "validation_accuracy")

    assert plot.best is None
    assert plot.best_marker is None
    positions, _values = plot.line.getData()
    assert positions is None or len(positions) == 0


def test_idle_progress_shows_planned_cells(make_view):
    view = make_view()
    assert view.progress_bar.text() == "0 of 4 cells"

    set_two_by_two(view)
    assert view.progress_bar.text() == "0 of 4 cells"

    view.first_axis.set_range("learning_rate", 0.001, 0.1, 3, log=True)
    assert view.progress_bar.maximum() == 6
    assert view.progress_bar.text() == "0 of 6 cells"


def test_invalid_grid_hides_progress_text(make_view):
    view = make_view()

    view.first_axis.start_edit.setText("0")
    view.first_axis.start_edit.textEdited.emit("0")

    assert view.first_axis.error()
    assert not view.progress_bar.isTextVisible()


def test_finished_count_stays_after_sweep(qtbot, make_view):
    view = make_view()
    view.first_axis.set_range("seed", 0, 1)
    run_to_end(qtbot, view)
    assert view.progress_bar.text() == "2 of 2 cells"

    view.set_base_config(tiny_config(epochs=6))
    assert view.progress_bar.text() == "2 of 2 cells"

    view.first_axis.set_range("seed", 0, 2)
    assert view.progress_bar.text() == "0 of 3 cells"


def test_placeholder_until_sweep_has_grid(qtbot):
    plot = SweepPlot()
    qtbot.addWidget(plot)
    assert plot.stack.currentWidget() is plot.placeholder_label
    assert "No sweep results yet" in plot.placeholder_label.text()

    plot.show_result([parse_grid_spec("beta1=0.8,0.9")], [], "validation_cost")
    assert plot.stack.currentWidget() is plot.graphics

    plot.show_result([], [], "validation_cost")
    assert plot.stack.currentWidget() is plot.placeholder_label


def _labels_showing(view, text):
    return [label for label in view.findChildren(QLabel) if label.isVisible() and text in label.text()]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_axis_error_shown_once(qtbot, request, make_view, language):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    view = make_view()
    view.show()
    qtbot.waitExposed(view)

    view.first_axis.set_range("learning_rate", -1, 1e6, count=3, log=True)
    qtbot.wait(20)
    error = view.first_axis.error()
    assert error

    assert _labels_showing(view, error) == [view.first_axis.preview_label]
    label = view.first_axis.preview_label
    assert label.height() >= label.heightForWidth(label.width())

    assert not view.start()
    qtbot.wait(20)
    assert _labels_showing(view, error) == [view.first_axis.preview_label]


def test_grid_summary_back_after_fix(qtbot, make_view):
    view = make_view()
    view.show()
    qtbot.waitExposed(view)
    view.first_axis.set_range("learning_rate", -1, 1e6, count=3, log=True)
    assert view.grid_label.isHidden()

    view.first_axis.set_range("learning_rate", 0.001, 0.1, count=3, log=True)

    assert not view.grid_label.isHidden()
    assert "3 runs of 5 epochs" in view.grid_label.text()
