"""The main window: runs with pause, resume and stop, shutdown mid-run, settings, experiments and states."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from workbench.engine import config as run_config
from workbench.engine.config import RunConfig
from workbench.engine.ewa import ewa
from workbench.gui.worker import live_training_threads

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]


def wait_for_end(qtbot, window, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: not window.is_running, timeout=timeout)


def test_window_opens_on_defaults(make_window):
    window = make_window()

    assert window.config() == RunConfig()
    assert window.tabs.tabText(0) == "Training"
    assert window.parameter_dock.objectName() == "parameter_dock"
    assert window.start_action.isEnabled()
    assert not window.stop_action.isEnabled()
    assert window.training_view.plots.train_scatter.data.size > 0, "the moons preview shows no points"


def test_run_pause_resume_stop(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=100_000))
    plots = window.training_view.plots

    assert window.start_run()
    qtbot.waitUntil(lambda: plots.iteration_count > 0 and plots.epoch_count > 0, timeout=10_000)
    assert not window.parameter_panel.data_panel.isEnabled()
    assert not window.start_action.isEnabled()

    window.toggle_pause()
    qtbot.wait(300)
    paused_count = plots.iteration_count
    qtbot.wait(300)

    assert plots.iteration_count == paused_count
    assert window.run_status_label.text() == "Paused"
    assert window.pause_action.text() == "&Resume"

    window.toggle_pause()
    qtbot.waitUntil(lambda: plots.iteration_count > paused_count, timeout=10_000)

    window.stop_run()
    wait_for_end(qtbot, window)

    assert window.run_status_label.text().startswith("Stopped")
    iterations = len(window._last_result.iteration_costs)
    assert window.run_status_label.text().startswith(f"Stopped after {iterations} iterations (")
    assert "Stopped on request" in window.run_status_label.toolTip()
    assert window.parameter_panel.data_panel.isEnabled()
    assert window.start_action.isEnabled()
    assert window.export_metrics_action.isEnabled()
    assert window.iteration_label.text() == f"Iteration {plots.iteration_count}"


def test_finished_run_status(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=5))

    window.start_run()
    wait_for_end(qtbot, window)

    assert window.run_status_label.text().startswith("Finished: 5 epochs")
    assert window.epoch_label.text() == "Epoch 5"
    assert window.training_view.plots.epoch_count == 5


def test_close_mid_run_stops_thread(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=100_000))
    window.start_run()
    qtbot.waitUntil(lambda: window.training_view.plots.iteration_count > 0, timeout=10_000)

    window.close()

    assert live_training_threads() == []


def test_about_to_quit_stops_thread(qtbot, qapp, make_window, small_config):
    window = make_window(small_config(epochs=100_000))
    window.start_run()
    qtbot.waitUntil(lambda: window.training_view.plots.iteration_count > 0, timeout=10_000)

    qapp.aboutToQuit.emit()  # what app.quit() emits; closeEvent does not run then

    assert live_training_threads() == []


def test_app_quit_mid_run_exits_cleanly(tmp_path):
    experiment = tmp_path / "long.json"
    config = RunConfig()
    config.training.epochs = 100_000
    run_config.save(config, experiment)
    quit_after_ms = 1500
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
                       XDG_CONFIG_HOME=str(tmp_path / "config"), WORKBENCH_AUTOSTART="1",
                       WORKBENCH_QUIT_AFTER_MS=str(quit_after_ms), WORKBENCH_LOG_LEVEL="INFO")
    process = subprocess.Popen([sys.executable, "main.py", str(experiment)], cwd=REPOSITORY_ROOT, env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: list[tuple[float, str]] = []

    def read_stderr() -> None:
        for line in process.stderr:
            lines.append((time.monotonic(), line))

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    try:
        exit_code = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    exited_at = time.monotonic()
    reader.join(timeout=5)

    stderr = "".join(line for _, line in lines)
    quit_times = [stamp for stamp, line in lines if "Quitting because" in line]
    assert exit_code == 0, stderr
    assert quit_times, f"the quit timer never fired:\n{stderr}"
    assert "Training thread started" in stderr
    assert "Run stopped" in stderr, f"the run was not running when the app quit:\n{stderr}"
    assert exited_at - quit_times[0] < 2.0
    assert "QThread" not in stderr


def test_app_launcher_runs_cli_command(tmp_path):
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
                       XDG_CONFIG_HOME=str(tmp_path / "config"))

    completed = subprocess.run([sys.executable, "main.py", "train", "--epochs", "2", "--samples", "60", "--out",
                                str(tmp_path / "out"), "--db", str(tmp_path / "runs.sqlite3")],
                               cwd=REPOSITORY_ROOT, env=environment, capture_output=True, text=True, timeout=60,
                               check=False)

    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "out" / "metrics.csv").is_file()
    assert "finished: 2 epochs" in completed.stdout


def test_app_launcher_help_names_commands(tmp_path, capsys):
    from workbench.gui.app import main

    with pytest.raises(SystemExit) as exited:
        main(["optimizer-workbench", "--help"])

    output = capsys.readouterr().out
    assert exited.value.code == 0
    assert output.startswith("usage: optimizer-workbench")
    for command in ("train", "path", "sweep"):
        assert command in output


def test_invalid_setting_disables_start(make_window):
    window = make_window()

    window.parameter_panel.network_panel.hidden_layers_edit.setText("16, x")

    assert not window.start_action.isEnabled()
    assert '"x"' in window.run_status_label.text()
    assert "network.hidden_layers" in window.start_action.toolTip()
    error_label = window.findChild(QLabel, "error:network.hidden_layers")
    assert error_label is not None and error_label.isVisible()
    assert not window.start_run()
    assert not window.is_running


def test_diverged_run_keeps_curves(qtbot, make_window, small_config):
    config = small_config(epochs=200, optimizer__name="gd", optimizer__learning_rate=900.0)
    window = make_window(config)

    window.start_run()
    wait_for_end(qtbot, window)

    assert window.run_status_label.text().startswith("Diverged after")
    assert "smaller learning rate than 900, e.g. 90." in window.run_status_label.text()
    assert "The run diverged" in window.run_status_label.toolTip()
    assert "learning rate" in window.training_view.banner_text
    assert window.training_view.plots.iteration_count > 0


def test_many_features_show_note(qtbot, make_window):
    config = RunConfig()
    config.data.source = "csv"
    config.data.csv_path = "iris.csv"
    window = make_window(config)

    window.start_run()
    wait_for_end(qtbot, window)

    plots = window.training_view.plots
    assert plots.shows_boundary_note
    assert "4 features" in plots.boundary_note.textItem.toPlainText()
    assert window.config().data.class_names == ["setosa", "versicolor", "virginica"]


def test_smoothing_beta_recomputes_curve(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=5))
    plots = window.training_view.plots
    window.start_run()
    wait_for_end(qtbot, window)

    plots.set_smoothing_beta(0.5)

    np.testing.assert_allclose(plots.smoothed_costs(), ewa(plots.raw_costs(), 0.5))
    assert plots.smoothing_slider.value() == pytest.approx(0.5)


def test_settings_restore_config_and_geometry(make_window, small_config):
    first = make_window(small_config(epochs=42))
    first.resize(700, 500)  # inside the offscreen screen, which restoreGeometry clamps to
    first_size = first.size()
    first.training_view.plots.set_smoothing_beta(0.9)
    first.close()

    second = make_window()

    assert second.config().training.epochs == 42
    assert second.size() == first_size
    assert second.training_view.plots.smoothing_beta == pytest.approx(0.9)


def test_experiment_round_trip(make_window, small_config, tmp_path):
    path = tmp_path / "experiment.json"
    config = small_config(epochs=33, optimizer__name="rmsprop", optimizer__beta2=0.99)
    window = make_window(config)

    assert window.save_experiment(path)
    window.set_config(RunConfig())
    assert window.open_experiment(path)

    assert window.config() == config
    assert json.loads(path.read_text(encoding="utf-8"))["training"]["epochs"] == 33


@pytest.mark.parametrize("content, expected", [
    ("{ not json", "not valid JSON"),
    ('{"optimizer": {"beta1": 2.0}}', "optimizer.beta1"),
    ('{"optimiser": {}}', "unknown section"),
])
def test_broken_experiment_keeps_config(make_window, small_config, tmp_path, content, expected):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    config = small_config(epochs=12)
    window = make_window(config)

    assert not window.open_experiment(path)

    assert window.config() == config
    box = window.last_message_box
    assert box is not None and box.isVisible()
    assert expected in box.text()
    box.close()


def test_new_resets_to_defaults(make_window, small_config):
    window = make_window(small_config(epochs=3))

    window.new_action.trigger()

    assert window.config() == RunConfig()


def test_add_view_appends_tab(make_window):
    window = make_window()
    count = window.tabs.count()

    index = window.add_view(QLabel("lab"), "Landscape lab")

    assert index == count
    assert window.tabs.tabText(index) == "Landscape lab"


def test_tabs_in_order(make_window):
    window = make_window()

    titles = [window.tabs.tabText(index) for index in range(window.tabs.count())]

    assert titles == ["Training", "Landscape", "EWA explorer", "Decay explorer", "Compare", "Sweep"]
    assert window.tabs.currentIndex() == 0


# -- the parameter dock follows the tabs ------------------------------------------------------------


@pytest.mark.parametrize("tab_name", ["landscape_tab", "ewa_tab", "decay_tab"])
def test_dock_hides_on_view_tabs(qtbot, make_window, tab_name):
    window = make_window()
    width_with_dock = window.tabs.width()

    window.show_view(getattr(window, tab_name))

    assert not window.parameter_dock.isVisible()
    assert not window.parameters_action.isChecked()
    qtbot.waitUntil(lambda: window.tabs.width() >= width_with_dock + 300, timeout=5_000)
    assert getattr(window, tab_name).is_built, "the tab's view was not built on its first show"

    window.show_view(window.training_view)

    assert window.parameter_dock.isVisible()
    assert window.parameters_action.isChecked()
    qtbot.waitUntil(lambda: window.tabs.width() == width_with_dock, timeout=5_000)


def test_dock_stays_on_compare_tab(make_window):
    window = make_window()

    window.show_view(window.comparison_tab)

    assert window.parameter_dock.isVisible()


def test_dock_hidden_between_view_tabs(make_window):
    window = make_window()

    window.show_view(window.landscape_tab)
    window.show_view(window.ewa_tab)

    assert not window.parameter_dock.isVisible()

    window.show_view(window.comparison_tab)

    assert window.parameter_dock.isVisible()


def test_dock_hidden_by_user_stays_hidden(make_window):
    window = make_window()

    window.parameters_action.trigger()
    window.show_view(window.landscape_tab)
    window.show_view(window.training_view)

    assert not window.parameter_dock.isVisible()
    assert not window.parameters_action.isChecked()


def test_dock_shown_by_user_on_view_tab(make_window):
    window = make_window()
    window.show_view(window.landscape_tab)

    window.parameters_action.trigger()

    assert window.parameter_dock.isVisible()
    window.show_view(window.decay_tab)
    assert window.parameter_dock.isVisible(), "the dock the user opened was hidden again"
    window.show_view(window.training_view)
    assert window.parameter_dock.isVisible()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # offscreen cannot raise a floating dock
def test_floating_dock_stays_on_view_tab(make_window):
    window = make_window()
    window.parameter_dock.setFloating(True)

    window.show_view(window.ewa_tab)

    assert window.parameter_dock.isVisible()
    window.parameter_dock.setFloating(False)


def test_dock_hidden_by_tab_returns_next_start(make_window):
    first = make_window()
    first.show_view(first.landscape_tab)
    first.close()

    second = make_window()

    assert second.tabs.currentWidget() is second.training_view
    assert second.parameter_dock.isVisible()


def test_dock_hidden_by_user_stays_next_start(make_window):
    first = make_window()
    first.parameters_action.trigger()
    first.close()

    second = make_window()

    assert not second.parameter_dock.isVisible()
    second.show_view(second.landscape_tab)
    second.show_view(second.training_view)
    assert not second.parameter_dock.isVisible()


def test_stopped_run_keeps_cost_shown(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=100_000))
    window.set_pace(10)  # every iteration is reported at once, so the report sent on stopping has none
    window.start_run()
    qtbot.waitUntil(lambda: window.training_view.plots.iteration_count > 1, timeout=10_000)

    window.stop_run()
    wait_for_end(qtbot, window)

    last_cost = window.training_view.plots.raw_costs()[-1]
    assert window.cost_label.text() == f"Cost {last_cost:.4g}"


def test_slow_painting_spaces_refreshes(make_window):
    from workbench.gui.main_window import MAX_REFRESH_INTERVAL_MS, PAINT_BUDGET_FACTOR, REFRESH_INTERVAL_MS

    window = make_window()
    timer = window._refresh_timer

    for _ in range(30):
        window._space_refreshes(0.05)
    assert timer.interval() == round(PAINT_BUDGET_FACTOR * 50)

    for _ in range(30):
        window._space_refreshes(10.0)
    assert timer.interval() == MAX_REFRESH_INTERVAL_MS

    for _ in range(60):
        window._space_refreshes(0.0)
    assert timer.interval() == REFRESH_INTERVAL_MS


def test_plots_count_paint_time(qtbot, make_window):
    window = make_window()
    qtbot.waitExposed(window)
    plots = window.training_view.plots
    plots.take_paint_seconds()

    painted = []
    plots.graphics.viewport().update()
    qtbot.waitUntil(lambda: painted.append(plots.take_paint_seconds()) or sum(painted) > 0.0, timeout=5_000)

    assert plots.take_paint_seconds() == 0.0
