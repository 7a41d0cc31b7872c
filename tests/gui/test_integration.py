"""The main window wired to its views: lazy tabs, the run history, comparisons, sweeps and start-up hooks."""

from __future__ import annotations

import importlib.util
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from workbench.engine.config import RunConfig
from workbench.engine.store import RunStore
from workbench.gui.run_history import KEY_RUN_DATABASE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
LAZY_TABS = ("landscape_tab", "ewa_tab", "decay_tab", "comparison_tab", "sweep_tab")


def wait_for_end(qtbot, window, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: not window.is_running, timeout=timeout)


def stored_runs(path: Path) -> list:
    with RunStore(path) as store:
        return store.list_runs(order_by="id")


def load_run(path: Path, run_id: int):
    with RunStore(path) as store:
        return store.load_run(run_id)


def subprocess_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
                XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"), **extra)


# -- lazy tabs --------------------------------------------------------------------------------------


def test_tabs_build_on_first_show(qtbot, make_window):
    from workbench.gui.explorers import DecayExplorer, EwaExplorer
    from workbench.gui.landscape import LandscapeView
    from workbench.gui.runs import RunComparisonView, SweepView

    window = make_window()
    expected = {"landscape_tab": LandscapeView, "ewa_tab": EwaExplorer, "decay_tab": DecayExplorer,
                "comparison_tab": RunComparisonView, "sweep_tab": SweepView}

    for name in LAZY_TABS:
        assert getattr(window, name).widget is None, f"{name} was built before it was shown"

    for name in LAZY_TABS:
        page = getattr(window, name)
        window.show_view(page)
        qtbot.waitUntil(lambda page=page: page.widget is not None, timeout=5_000)
        assert isinstance(page.widget, expected[name])
        assert page.widget.isVisible()

    assert window.runs_panel is None, "the run history was built while its dock was hidden"


def test_view_menu_switches_tabs(make_window):
    window = make_window()

    window.view_actions["landscape"].trigger()

    assert window.tabs.currentWidget() is window.landscape_tab
    assert window.landscape_view is not None

    window.view_actions["training"].trigger()

    assert window.tabs.currentWidget() is window.training_view


def test_broken_view_shows_error(qtbot, make_window):
    from PySide6.QtWidgets import QLabel

    from workbench.gui.lazy_view import LazyView

    def failing_factory():
        raise RuntimeError("no surface module")

    window = make_window()
    page = LazyView(failing_factory, "broken", window)
    window.add_view(page, "Broken")

    with qtbot.captureExceptions():
        window.show_view(page)

    assert page.widget is None
    label = page.findChild(QLabel, "lazy_view_error")
    assert label is not None and "no surface module" in label.text()


def test_startup_imports_only_training(tmp_path):
    script = (
        "import sys\n"
        "from workbench.gui.app import main\n"
        "code = main([sys.argv[0]])\n"
        "print('exit', code)\n"
        "for name in ('workbench.gui.landscape', 'workbench.gui.explorers', 'workbench.gui.runs',\n"
        "             'workbench.gui.training_view'):\n"
        "    print(name, name in sys.modules)\n"
    )
    environment = subprocess_environment(tmp_path, WORKBENCH_QUIT_AFTER_MS="0",
                                         WORKBENCH_DB=str(tmp_path / "runs.sqlite3"))

    completed = subprocess.run([sys.executable, "-c", script], cwd=REPOSITORY_ROOT, env=environment,
                               capture_output=True, text=True, timeout=60, check=False)

    lines = completed.stdout.splitlines()
    assert "exit 0" in lines, completed.stderr
    assert "workbench.gui.training_view True" in lines
    assert "workbench.gui.landscape False" in lines
    assert "workbench.gui.explorers False" in lines
    assert "workbench.gui.runs False" in lines


def test_shown_at_line_parses(tmp_path, monkeypatch):
    # The benchmark's own parser reads the line, so the hook and the benchmark cannot drift apart.
    spec = importlib.util.spec_from_file_location("bench_startup", REPOSITORY_ROOT / "benchmarks" / "bench_startup.py")
    bench_startup = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_startup", bench_startup)  # dataclasses look their module up here
    spec.loader.exec_module(bench_startup)
    app_program = bench_startup.default_programs()[0]
    environment = subprocess_environment(tmp_path, WORKBENCH_DB=str(tmp_path / "runs.sqlite3"))

    sample = bench_startup.run_once(app_program, environment)

    assert sample.shown_seconds is not None, "the app printed no parseable shown-at line"
    assert 0.0 < sample.shown_seconds <= sample.exit_seconds


# -- runs feed the explorers and the run history -----------------------------------------------------


def test_finished_run_feeds_ewa_explorer(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=4))

    window.start_run()
    wait_for_end(qtbot, window)
    costs = window._last_result.iteration_costs
    window.show_view(window.ewa_tab)

    np.testing.assert_array_equal(window.ewa_explorer.series, costs)


def test_built_explorer_gets_next_run(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=3))
    window.show_view(window.ewa_tab)
    window.show_view(window.training_view)

    window.start_run()
    wait_for_end(qtbot, window)

    np.testing.assert_array_equal(window.ewa_explorer.series, window._last_result.iteration_costs)


def test_window_run_is_stored(qtbot, make_window, small_config, isolated_run_database):
    window = make_window(small_config(epochs=5))

    window.start_run()
    wait_for_end(qtbot, window)

    summaries = stored_runs(isolated_run_database)
    assert len(summaries) == 1
    assert summaries[0].status == "finished"
    assert summaries[0].epoch_count == 5
    run = load_run(isolated_run_database, summaries[0].run_id)
    np.testing.assert_array_equal(run.iteration_costs, window._last_result.iteration_costs)
    assert run.config.training.epochs == 5


def test_stopped_run_is_stored_stopped(qtbot, make_window, small_config, isolated_run_database):
    window = make_window(small_config(epochs=100_000))
    window.start_run()
    qtbot.waitUntil(lambda: window.training_view.plots.iteration_count > 0, timeout=10_000)

    window.stop_run()
    wait_for_end(qtbot, window)

    summaries = stored_runs(isolated_run_database)
    assert [summary.status for summary in summaries] == ["stopped"]
    run = load_run(isolated_run_database, summaries[0].run_id)
    np.testing.assert_array_equal(run.iteration_costs, window._last_result.iteration_costs)


def test_diverged_run_is_stored_diverged(qtbot, make_window, small_config, isolated_run_database):
    window = make_window(small_config(epochs=200, optimizer__name="gd", optimizer__learning_rate=900.0))

    window.start_run()
    wait_for_end(qtbot, window)

    assert [summary.status for summary in stored_runs(isolated_run_database)] == ["diverged"]


def test_runs_panel_lists_new_run(qtbot, make_window, small_config):
    window = make_window(small_config(epochs=3))
    window.runs_dock.show()
    panel = window.runs_panel
    assert panel is not None
    assert panel.visible_run_ids() == []

    window.start_run()
    wait_for_end(qtbot, window)

    assert len(panel.visible_run_ids()) == 1


def test_runs_dock_lays_out_panel(qtbot, make_window):
    window = make_window()

    window.runs_dock.show()

    panel = window.runs_panel
    qtbot.waitUntil(lambda: panel.table.height() > 50, timeout=5_000)
    assert panel.filter_edit.height() > 0
    assert panel.table.geometry().bottom() <= panel.height()


def test_open_config_from_panel(qtbot, make_window, small_config, isolated_run_database):
    expected_config = small_config(epochs=7, optimizer__name="rmsprop", optimizer__learning_rate=0.003)
    window = make_window(small_config(epochs=2))
    window.start_run()
    wait_for_end(qtbot, window)
    with RunStore(isolated_run_database) as store:
        result = window._last_result
        run_id = store.store_result(expected_config, result, name="stored elsewhere")
    window.runs_dock.show()
    panel = window.runs_panel

    panel.select_runs([run_id])
    panel.open_config_action.trigger()

    assert window.config() == expected_config


def test_rerun_from_panel_starts_run(qtbot, make_window, small_config, isolated_run_database):
    window = make_window(small_config(epochs=3, optimizer__name="momentum"))
    window.runs_dock.show()
    window.start_run()
    wait_for_end(qtbot, window)
    panel = window.runs_panel
    window.set_config(RunConfig())

    panel.select_runs(panel.visible_run_ids())
    panel.rerun_action.trigger()
    wait_for_end(qtbot, window)

    summaries = stored_runs(isolated_run_database)
    assert len(summaries) == 2
    assert [summary.optimizer for summary in summaries] == ["momentum", "momentum"]
    assert window.config().optimizer.name == "momentum"


@pytest.mark.parametrize("action_name", ["open_config_action", "rerun_action"])
def test_out_of_range_stored_config_warns(qtbot, make_window, small_config, isolated_run_database, action_name):
    shown_config = small_config(epochs=2)
    window = make_window(shown_config)
    stored_config = small_config(epochs=3)
    stored_config.data.seed = 2**40
    with RunStore(isolated_run_database) as store:
        run_id = store.create_run(stored_config, name="from a script")
    window.runs_dock.show()
    panel = window.runs_panel
    panel.refresh()

    panel.select_runs([run_id])
    getattr(panel, action_name).trigger()

    assert window.config() == shown_config
    assert not window.runner.is_running
    box = window.last_message_box
    assert box is not None
    assert "data.seed" in box.text()
    assert str(2**40) in box.text()


def test_unopenable_database_warns_once(qtbot, make_window, small_config, tmp_path, monkeypatch):
    folder = tmp_path / "a_folder"
    folder.mkdir()
    monkeypatch.setenv("WORKBENCH_DB", str(folder))
    window = make_window(small_config(epochs=2))

    window.start_run()
    wait_for_end(qtbot, window)

    first_box = window.last_message_box
    assert first_box is not None and first_box.isVisible()
    assert "is a folder" in first_box.text()
    assert not first_box.isModal()
    assert window.run_status_label.text().startswith("Finished")

    window.start_run()
    wait_for_end(qtbot, window)

    assert window.last_message_box is first_box, "the warning was shown a second time"
    assert window.run_status_label.text().startswith("Finished")
    first_box.close()


def test_choose_run_database(qtbot, make_window, small_config, tmp_path, monkeypatch, app_settings):
    monkeypatch.delenv("WORKBENCH_DB")
    chosen = tmp_path / "chosen"
    window = make_window(small_config(epochs=2))
    window.runs_dock.show()

    assert window.choose_run_database(chosen)
    window.start_run()
    wait_for_end(qtbot, window)

    path = chosen.with_suffix(".sqlite3")
    assert [summary.status for summary in stored_runs(path)] == ["finished"]
    assert app_settings.value(KEY_RUN_DATABASE, "", type=str) == str(path)
    assert window.runs_panel.store.path == path
    assert len(window.runs_panel.visible_run_ids()) == 1


# -- comparisons and sweeps -------------------------------------------------------------------------


def test_compare_optimizers_overlays_four(qtbot, make_window, small_config, isolated_run_database):
    from workbench.gui.runs import live_threads

    window = make_window(small_config(epochs=3))

    window.compare_optimizers_action.trigger()
    assert window.is_comparing
    qtbot.waitUntil(lambda: not window.is_comparing, timeout=30_000)

    summaries = stored_runs(isolated_run_database)
    assert sorted(summary.optimizer for summary in summaries) == ["adam", "gd", "momentum", "rmsprop"]
    assert {summary.status for summary in summaries} == {"finished"}
    view = window.comparison_view
    assert window.tabs.currentWidget() is window.comparison_tab
    assert [run.run_id for run in view.runs] == [summary.run_id for summary in summaries]
    assert len(view.curves("smoothed_cost")) == 4
    assert len(view.legend_texts()) == 4
    assert live_threads() == []


def test_compare_decay_overlays_four(qtbot, make_window, small_config, isolated_run_database):
    window = make_window(small_config(epochs=4))

    assert window.compare_decay()
    qtbot.waitUntil(lambda: not window.is_comparing, timeout=30_000)

    runs = window.comparison_view.runs
    assert [run.config.schedule.name for run in runs] == ["constant", "inverse_time", "exponential", "stepwise"]


def test_close_during_comparison_cleans_up(qtbot, make_window, small_config, isolated_run_database):
    from workbench.gui.runs import live_threads

    window = make_window(small_config(epochs=100_000))
    window.compare_optimizers()
    qtbot.waitUntil(lambda: len(stored_runs(isolated_run_database)) == 1, timeout=10_000)

    window.close()

    assert live_threads() == []
    assert multiprocessing.active_children() == []
    assert [summary.status for summary in stored_runs(isolated_run_database)] == ["stopped"]


def test_close_during_sweep_cleans_up(qtbot, make_window, small_config):
    from workbench.gui.runs import live_threads

    window = make_window(small_config(epochs=100_000))
    window.show_view(window.sweep_tab)
    sweep_view = window.sweep_view
    sweep_view.first_axis.set_range("learning_rate", 0.001, 0.01, count=2, log=True)
    sweep_view.workers_spin.setValue(2)
    assert sweep_view.start()
    qtbot.waitUntil(lambda: multiprocessing.active_children() != [], timeout=10_000)

    window.close()

    assert live_threads() == []
    assert multiprocessing.active_children() == []
