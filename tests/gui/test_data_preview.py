"""The data preview loads CSV files off the GUI thread: responsiveness, Start gating, stale results, errors."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from workbench.engine.config import DataConfig
from workbench.gui import data_preview
from workbench.gui.data_preview import DataPreviewLoader, load_preview

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


def write_csv(path, rows: int, labels=("no", "yes"), features: int = 2, seed: int = 0):
    """Write a CSV file of ``rows`` random rows with ``features`` feature columns and a text label column."""
    generator = np.random.default_rng(seed)
    values = generator.normal(size=(rows, features))
    lines = [",".join([f"x{index + 1}" for index in range(features)] + ["label"])]
    for row_index, row in enumerate(values):
        lines.append(",".join(f"{value:.6f}" for value in row) + "," + labels[row_index % len(labels)])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def held_loads(monkeypatch):
    """Make CSV preview loads wait until the test calls ``release()``; every load is released after the test."""
    gate = threading.Event()
    started = []
    real_load_dataset = data_preview.load_dataset

    def load_after_release(data):
        if data.source == "csv":
            started.append(data.csv_path)
            gate.wait(timeout=30)
        return real_load_dataset(data)

    monkeypatch.setattr(data_preview, "load_dataset", load_after_release)
    gate.started = started
    gate.release = gate.set
    yield gate
    gate.set()


def select_csv(window, path) -> None:
    window.parameter_panel.data_panel.add_csv_file(path)


def test_window_responds_while_csv_loads(qtbot, make_window, tmp_path, held_loads):
    window = make_window()
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()

    select_csv(window, write_csv(tmp_path / "points.csv", rows=40))
    qtbot.waitUntil(lambda: len(held_loads.started) > 0, timeout=5_000)
    ticks.clear()
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)

    assert window.is_loading_data
    assert not window.start_action.isEnabled()
    assert window.start_action.toolTip() == "Loading the data set…"
    assert window.run_status_label.text() == "Loading the data set…"
    assert window.parameter_panel.data_panel.shows_loading

    held_loads.release()
    qtbot.waitUntil(lambda: not window.is_loading_data, timeout=10_000)
    timer.stop()

    assert window.start_action.isEnabled()
    assert window.run_status_label.text() == "Ready"
    assert not window.parameter_panel.data_panel.shows_loading
    assert window.config().data.class_names == ["no", "yes"]
    assert window.training_view.plots.train_scatter.data.size > 0


def test_big_csv_keeps_timer_firing(qtbot, make_window, tmp_path):
    path = write_csv(tmp_path / "big.csv", rows=60_000, features=8)
    window = make_window()
    ticks_while_loading = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks_while_loading.append(time.monotonic())
                          if window.data_preview.is_loading else None)
    timer.start()

    select_csv(window, path)
    qtbot.waitUntil(lambda: window.data_preview.is_loading, timeout=5_000)
    qtbot.waitUntil(lambda: not window.is_loading_data, timeout=60_000)
    timer.stop()

    # Parsing 60,000 rows in Python takes well over 0.1 s, and a load in the GUI thread would allow no tick at all.
    assert len(ticks_while_loading) >= 3
    assert window.parameter_panel.is_valid
    assert window.start_action.isEnabled()
    assert window.training_view.plots.shows_boundary_note


def test_stale_csv_result_is_dropped(qtbot, make_window, tmp_path, held_loads):
    window = make_window()
    first = write_csv(tmp_path / "first.csv", rows=40, labels=("cat", "dog"))
    second = write_csv(tmp_path / "second.csv", rows=40, labels=("left", "right"))

    select_csv(window, first)
    qtbot.waitUntil(lambda: len(held_loads.started) > 0, timeout=5_000)
    select_csv(window, second)
    qtbot.waitUntil(lambda: window.data_preview.is_loading and window.config().data.csv_path.endswith("second.csv"),
                    timeout=5_000)
    qtbot.wait(300)
    held_loads.release()
    qtbot.waitUntil(lambda: not window.is_loading_data, timeout=10_000)

    assert window.config().data.class_names == ["left", "right"]
    assert window.start_action.isEnabled()


def test_broken_csv_blocks_start_after_load(qtbot, make_window, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text("x1,x2,label\n1,2,a\n3,oops,b\n5,6,a\n7,8,b\n9,10,a\n", encoding="utf-8")
    window = make_window()

    select_csv(window, path)
    qtbot.waitUntil(lambda: window.is_loading_data, timeout=5_000)
    qtbot.waitUntil(lambda: not window.is_loading_data, timeout=10_000)

    assert not window.parameter_panel.is_valid
    assert not window.start_action.isEnabled()
    assert "oops" in window.parameter_panel.error_message
    assert "Cannot start" in window.run_status_label.text()


def test_close_during_load_drops_result(qtbot, make_window, tmp_path, held_loads):
    window = make_window()
    received = []
    window.data_preview.finished.connect(received.append)

    select_csv(window, write_csv(tmp_path / "points.csv", rows=40))
    qtbot.waitUntil(lambda: len(held_loads.started) > 0, timeout=5_000)
    window.close()
    held_loads.release()
    qtbot.wait(500)

    assert received == []
    assert not window.data_preview.is_loading


def test_loader_reports_only_newest_request(qtbot, tmp_path):
    loader = DataPreviewLoader()
    received = []
    loader.finished.connect(received.append)
    good = DataConfig(source="csv", csv_path=str(write_csv(tmp_path / "good.csv", rows=40)))
    missing = DataConfig(source="csv", csv_path=str(tmp_path / "missing.csv"))

    loader.request("good", good)
    loader.request("missing", missing)
    qtbot.waitUntil(lambda: not loader.is_loading, timeout=10_000)
    qtbot.wait(200)

    assert [preview.key for preview in received] == ["missing"]
    assert received[0].dataset is None
    assert "missing.csv" in received[0].error


def test_load_preview_outcomes(tmp_path):
    good = load_preview("good", DataConfig(source="csv", csv_path=str(write_csv(tmp_path / "good.csv", rows=40))))
    invalid = load_preview("invalid", DataConfig(source="moons", n_samples=1))

    assert good.dataset is not None
    assert good.error == ""
    assert good.dataset.class_names == ["no", "yes"]
    assert invalid.config_invalid
    assert invalid.dataset is None
