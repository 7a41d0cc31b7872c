"""Engine errors in the Chinese window: formulas, optimizer rows, sweeps, plot exports, run databases, training."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from workbench.engine.config import RunConfig
from workbench.gui.landscape import LandscapeView
from workbench.gui.landscape.optimizer_table import COLUMN_BETA2, COLUMN_EPSILON
from workbench.gui.landscape.surface_chooser import SurfaceChooser
from workbench.gui.runs import RunsPanel, SweepView, live_threads
from workbench.gui.worker import TrainingRunner


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in text)


@pytest.fixture
def chooser(qtbot, chinese):
    widget = SurfaceChooser()
    qtbot.addWidget(widget)
    widget.resize(800, 300)
    widget.show()
    return widget


def test_formula_underscore_name_chinese(chooser):
    assert not chooser.apply_formula("__import__('os')")

    text = chooser.error_text()
    assert "不允许使用名称 '__import__'" in text
    assert "括号以及函数 abs" in text
    assert "is not allowed" not in text
    assert "parentheses" not in text
    assert "括号以及函数" in chooser.error_label.text()
    assert chooser.error_label.toolTip() == text


def test_formula_too_long_chinese(chooser):
    assert not chooser.apply_formula("x+" * 400 + "y")

    text = chooser.error_text()
    assert "公式长 801 个字符，上限为 500 个" in text
    assert "characters long" not in text


def test_formula_domain_chinese(chooser):
    assert not chooser.apply_formula("x**2 + y**2", (2.0, -2.0, -2.0, 2.0))

    text = chooser.error_text()
    assert text.startswith("定义域 = ")
    assert "x_min < x_max" in text
    assert "is invalid" not in text


@pytest.fixture
def racing_view(qtbot, chinese):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.set_surface("saddle")
    view.add_course_presets()
    yield view
    view.pause()


def test_optimizer_row_beta2_chinese(racing_view):
    table = racing_view.optimizer_table

    table.set_value(2, COLUMN_BETA2, "1.5")

    assert table.message(2).startswith("beta2 = 1.5 无效：它必须位于 [0, 1) 内")
    assert "is invalid" not in table.errors_label.text()
    assert "the course uses" not in table.errors_label.text()


def test_optimizer_row_epsilon_chinese(racing_view):
    table = racing_view.optimizer_table

    table.set_value(3, COLUMN_EPSILON, "-1")

    assert table.message(3) == "epsilon = -1.0 无效：它必须大于 0；课程中取 1e-8。"
    assert "must be greater than 0" not in table.errors_label.text()


@pytest.fixture
def sweep_view(qtbot, store, chinese):
    config = RunConfig(name="sweep")
    config.data.n_samples = 60
    view = SweepView(store, config)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    yield view
    view.shutdown()
    assert live_threads() == []
    assert multiprocessing.active_children() == []


def test_sweep_axis_error_chinese(sweep_view):
    sweep_view.first_axis.set_range("learning_rate", -1, 1e6, count=3, log=True)

    assert not sweep_view.start()

    error = sweep_view.first_axis.error()
    assert error.startswith("网格规格 'learning_rate=")
    assert "对数刻度的两端必须是正数" in error
    assert "log scale" not in error
    assert sweep_view.first_axis.preview_label.text() == error


def test_sweep_start_error_chinese(sweep_view):
    sweep_view.first_axis.set_range("learning_rate", 0.001, 0.1, 2, log=True)
    sweep_view.second_group.setChecked(True)
    sweep_view.second_axis.set_range("learning_rate", 0.01, 0.1, 2, log=True)

    assert not sweep_view.start()

    status = sweep_view.status_label.text()
    assert status.startswith("无法开始扫描：网格坐标轴 'learning_rate' 和 'learning_rate' 都设置了")
    assert "both set" not in status


def test_plot_export_missing_folder_chinese(chinese, make_window, tmp_path):
    window = make_window()
    path = tmp_path / "missing" / "plots.png"

    assert window.export_plots(path) is None

    box = window.last_message_box
    assert isinstance(box, QMessageBox)
    assert f"没有文件写入 {path}；请检查文件夹是否存在且可写" in box.text()
    assert "no file was written" not in box.text()
    box.close()


def test_open_foreign_database_chinese(qtbot, chinese, store, tmp_path):
    foreign = tmp_path / "invoices.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()
    panel = RunsPanel(store)
    qtbot.addWidget(panel)

    try:
        assert not panel.open_database(foreign)

        box = panel.last_message_box
        text = box.text()
        box.done(QMessageBox.StandardButton.Ok)
    finally:
        panel.shutdown()

    assert "是其他程序的 SQLite 数据库（表：invoices）" in text
    assert "another program" not in text
    assert "Run history" not in text


def test_training_missing_csv_chinese(qtbot, chinese, small_config, tmp_path):
    config = small_config(epochs=1)
    config.data.source = "csv"
    config.data.csv_path = str(tmp_path / "absent.csv")
    runner = TrainingRunner()
    failures = []
    runner.failed.connect(failures.append)
    try:
        runner.start(config)
        qtbot.waitUntil(lambda: bool(failures), timeout=15_000)
    finally:
        runner.stop()

    assert "找不到文件" in failures[0]
    assert "file not found" not in failures[0]
    assert _has_chinese(failures[0])
