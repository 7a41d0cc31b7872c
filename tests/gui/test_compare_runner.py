"""Tests of "Compare optimizers" and "Compare decay": configs, stored runs, overlays and Cancel."""

import pytest

from workbench.engine.config import RunConfig
from workbench.engine.schedules import Schedule
from workbench.gui.runs import CompareProgressWidget, CompareRunner, RunComparisonView, live_threads
from workbench.gui.runs.comparison_configs import (
    DECAY_SCHEDULES, FINAL_RATE_SHARE, decay_comparison_configs, decay_settings, optimizer_comparison_configs,
)


def tiny_moons(epochs: int = 8) -> RunConfig:
    config = RunConfig(name="moons")
    config.data.source = "moons"
    config.data.n_samples = 80
    config.network.hidden_layers = [6]
    config.training.epochs = epochs
    config.training.mini_batch_size = 16
    config.optimizer.name = "gd"
    config.optimizer.learning_rate = 0.05
    config.optimizer.beta1 = 0.5
    config.optimizer.beta2 = 0.5
    return config


@pytest.fixture
def runner(qtbot, store):
    compare_runner = CompareRunner(store)
    outcomes = []
    failures = []
    compare_runner.finished.connect(outcomes.append)
    compare_runner.failed.connect(failures.append)
    compare_runner.outcomes = outcomes
    compare_runner.failures = failures
    yield compare_runner
    compare_runner.shutdown()
    assert live_threads() == []


def test_optimizer_configs_use_course_defaults():
    configs = optimizer_comparison_configs(tiny_moons())

    assert [config.optimizer.name for config in configs] == ["gd", "momentum", "rmsprop", "adam"]
    for config in configs:
        assert config.optimizer.learning_rate == 0.05
        assert config.optimizer.beta == 0.9
        assert config.optimizer.beta1 == 0.9
        assert config.optimizer.beta2 == 0.999
        assert config.optimizer.epsilon == 1e-8
        assert config.optimizer.bias_correction is True
        assert config.training.epochs == 8


@pytest.mark.parametrize("epochs", [1, 2, 7, 300])
def test_decay_reaches_tenth_of_rate(epochs):
    configs = decay_comparison_configs(tiny_moons(epochs))

    assert [config.schedule.name for config in configs] == list(DECAY_SCHEDULES)
    assert all(config.optimizer.name == "adam" for config in configs)
    for config in configs[1:]:
        settings = {key: getattr(config.schedule, key) for key in ("decay_rate", "base", "k", "interval")}
        schedule = Schedule(config.schedule.name, **settings)
        last = schedule.learning_rate(1.0, epochs - 1)
        if epochs > 1:
            assert last == pytest.approx(FINAL_RATE_SHARE, rel=0.02)


def test_decay_settings_unknown_schedule():
    with pytest.raises(ValueError, match="inverse_sqrt"):
        decay_settings("inverse_sqrt", 10)


def test_compare_optimizers_on_moons(qtbot, runner, store):
    view = RunComparisonView()
    qtbot.addWidget(view)
    runner.finished.connect(lambda outcome: view.show_runs(store, outcome.run_ids))

    assert runner.start_optimizer_comparison(tiny_moons())
    qtbot.waitUntil(lambda: bool(runner.outcomes or runner.failures), timeout=20000)

    assert runner.failures == []
    outcome = runner.outcomes[0]
    assert not outcome.cancelled
    assert outcome.statuses == ["finished"] * 4
    stored = [store.get_summary(run_id) for run_id in outcome.run_ids]
    assert [summary.optimizer for summary in stored] == ["gd", "momentum", "rmsprop", "adam"]
    assert all(summary.epoch_count == 8 for summary in stored)
    assert len({summary.tags for summary in stored}) == 1
    assert stored[0].tags[0].startswith("compare-optimizers-")

    assert len(view.curves("smoothed_cost")) == 4
    assert len(view.curves("cost")) == 8
    for text, optimizer in zip(view.legend_texts(), ["gd", "momentum", "rmsprop", "adam"]):
        assert text.split().count(optimizer) == 1, text
    assert "optimizer.name: gd vs momentum vs rmsprop vs adam" in view.differences_label.text()


def test_compare_decay_stores_four_schedules(qtbot, runner, store):
    assert runner.start_decay_comparison(tiny_moons())
    qtbot.waitUntil(lambda: bool(runner.outcomes or runner.failures), timeout=20000)

    assert runner.failures == []
    runs = store.load_runs(runner.outcomes[0].run_ids)
    assert [run.config.schedule.name for run in runs] == list(DECAY_SCHEDULES)
    assert runs[0].epochs[-1].learning_rate == pytest.approx(0.05)
    for run in runs[1:]:
        assert run.epochs[-1].learning_rate == pytest.approx(0.05 * FINAL_RATE_SHARE, rel=0.02)


def test_cancel_stops_within_seconds(qtbot, runner, store):
    progress_widget = CompareProgressWidget(runner)
    qtbot.addWidget(progress_widget)
    progress = []
    runner.progressed.connect(progress.append)

    assert runner.start_optimizer_comparison(tiny_moons(epochs=1_000_000))
    qtbot.waitUntil(lambda: len(progress) > 0, timeout=10000)
    assert not progress_widget.isHidden()
    progress_widget.cancel_button.click()
    qtbot.waitUntil(lambda: bool(runner.outcomes or runner.failures), timeout=3000)

    outcome = runner.outcomes[0]
    assert outcome.cancelled
    assert outcome.statuses == ["stopped"]
    assert store.get_summary(outcome.run_ids[0]).status == "stopped"
    assert len(store.list_runs()) == 1
    assert not runner.is_running
    assert progress_widget.isHidden()
    assert live_threads() == []


def test_invalid_config_fails_cleanly(runner, store):
    config = tiny_moons()
    config.optimizer.learning_rate = -1.0

    assert not runner.start_optimizer_comparison(config)

    assert "optimizer.learning_rate" in runner.failures[0]
    assert store.list_runs() == []
    assert not runner.is_running


def test_missing_csv_fails_after_start(qtbot, runner, store, tmp_path):
    config = tiny_moons()
    config.data.source = "csv"
    config.data.csv_path = str(tmp_path / "missing.csv")

    assert runner.start_optimizer_comparison(config)
    qtbot.waitUntil(lambda: bool(runner.outcomes or runner.failures), timeout=10000)

    assert "missing.csv" in runner.failures[0]
    assert not runner.is_running


def test_second_start_is_rejected(qtbot, runner):
    assert runner.start_optimizer_comparison(tiny_moons(epochs=1_000_000))

    assert not runner.start_decay_comparison(tiny_moons())

    assert "already running" in runner.failures[0]
    runner.cancel()
    qtbot.waitUntil(lambda: bool(runner.outcomes), timeout=3000)
