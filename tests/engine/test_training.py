"""Training loop: reproducibility, stop and pause from another thread, divergence, progress reports."""

import logging
import threading
import time

import numpy as np
import pytest
from threadpoolctl import threadpool_info

from workbench.engine.config import RunConfig
from workbench.engine.control import RunControl
from workbench.engine.datasets import Dataset, load_dataset
from workbench.engine.training import Progress, Trainer


def moons_config(**changes) -> RunConfig:
    config = RunConfig()
    config.data.source = "moons"
    config.data.n_samples = 400
    config.training.epochs = 20
    config.training.mini_batch_size = 64
    for dotted, value in changes.items():
        section, key = dotted.split("__")
        setattr(getattr(config, section), key, value)
    return config


def start_in_thread(trainer: Trainer, control: RunControl) -> tuple[threading.Thread, dict]:
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.setdefault("result", trainer.run(control)), daemon=True)
    thread.start()
    return thread, outcome


def wait_for(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.001)


def epoch_numbers(result) -> list[tuple]:
    """Every epoch field except the wall-clock time."""
    return [(m.epoch, m.iteration, m.learning_rate, m.train_cost, m.train_accuracy, m.validation_cost,
             m.validation_accuracy) for m in result.epochs]


def test_same_config_same_numbers():
    first = Trainer(moons_config()).run()
    second = Trainer(moons_config()).run()

    assert first.status == "finished"
    assert np.array_equal(first.iteration_costs, second.iteration_costs)
    assert np.array_equal(first.iteration_learning_rates, second.iteration_learning_rates)
    assert epoch_numbers(first) == epoch_numbers(second)


def test_other_training_seed_other_numbers():
    first = Trainer(moons_config()).run()
    second = Trainer(moons_config(training__seed=1)).run()

    assert not np.array_equal(first.iteration_costs, second.iteration_costs)


def test_records_every_mini_batch_and_epoch():
    # 400 samples with 20% held out leave 320 for training: 5 mini-batches of 64 per epoch.
    result = Trainer(moons_config(training__epochs=3)).run()

    assert len(result.iteration_costs) == 15
    assert len(result.iteration_learning_rates) == 15
    assert [m.epoch for m in result.epochs] == [1, 2, 3]
    assert [m.iteration for m in result.epochs] == [5, 10, 15]
    assert result.epochs[-1].elapsed_seconds >= result.epochs[0].elapsed_seconds
    assert result.elapsed_seconds >= result.epochs[-1].elapsed_seconds
    assert result.reason == ""


def test_adam_on_moons_reaches_high_accuracy():
    config = moons_config(training__epochs=100, optimizer__name="adam", optimizer__learning_rate=0.01)

    result = Trainer(config).run()

    assert result.epochs[-1].validation_accuracy > 0.9
    assert result.epochs[-1].train_cost < result.epochs[0].train_cost


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "rmsprop", "adam"])
def test_breast_cancer_reaches_high_accuracy(optimizer):
    config = RunConfig()
    config.data.source = "csv"
    config.data.csv_path = "breast_cancer"
    config.data.label_column = "diagnosis"
    config.training.epochs = 60
    config.optimizer.name = optimizer
    config.optimizer.learning_rate = 0.1 if optimizer in ("gd", "momentum") else 0.005

    trainer = Trainer(config)
    result = trainer.run()

    assert trainer.dataset.n_features == 30
    assert trainer.config.data.class_names == ["benign", "malignant"]
    assert result.status == "finished"
    assert result.epochs[-1].validation_accuracy > 0.9


def test_schedule_applied_once_per_epoch():
    config = moons_config(training__epochs=4, schedule__name="inverse_time", schedule__decay_rate=1.0,
                          optimizer__learning_rate=0.1)

    result = Trainer(config).run()

    expected_per_epoch = [0.1 / (1.0 + epoch) for epoch in range(4)]
    assert [m.learning_rate for m in result.epochs] == pytest.approx(expected_per_epoch, rel=1e-15)
    assert np.allclose(result.iteration_learning_rates, np.repeat(expected_per_epoch, 5), rtol=1e-15)


def test_stop_from_other_thread_within_one_mini_batch():
    config = moons_config(training__epochs=100_000, training__mini_batch_size=1)
    trainer = Trainer(config)
    control = RunControl()
    thread, outcome = start_in_thread(trainer, control)

    wait_for(lambda: trainer.iteration >= 50)
    iteration_at_request = trainer.iteration
    control.request_stop()
    thread.join(timeout=10)

    assert not thread.is_alive()
    result = outcome["result"]
    assert result.status == "stopped"
    assert len(result.iteration_costs) <= iteration_at_request + 1
    assert "Stopped" in result.reason


def test_stop_before_start_trains_nothing():
    control = RunControl()
    control.request_stop()

    result = Trainer(moons_config()).run(control)

    assert result.status == "stopped"
    assert len(result.iteration_costs) == 0
    assert result.epochs == []


def test_pause_blocks_and_resume_continues():
    trainer = Trainer(moons_config(training__epochs=100_000, training__mini_batch_size=1))
    control = RunControl()
    thread, outcome = start_in_thread(trainer, control)
    wait_for(lambda: trainer.iteration >= 20)

    control.pause()
    time.sleep(0.05)
    paused_at = trainer.iteration
    time.sleep(0.2)

    assert control.paused
    assert trainer.iteration == paused_at
    assert thread.is_alive()

    control.resume()
    wait_for(lambda: trainer.iteration > paused_at + 10)
    control.request_stop()
    thread.join(timeout=10)

    assert not thread.is_alive()
    assert outcome["result"].status == "stopped"


def test_stop_wakes_paused_run():
    trainer = Trainer(moons_config(training__epochs=100_000))
    control = RunControl()
    thread, outcome = start_in_thread(trainer, control)
    wait_for(lambda: trainer.iteration >= 5)

    control.pause()
    time.sleep(0.05)
    control.request_stop()
    thread.join(timeout=10)

    assert not thread.is_alive()
    assert outcome["result"].status == "stopped"


def test_stopped_run_continues_with_same_numbers():
    uninterrupted = Trainer(moons_config(training__epochs=6)).run()
    trainer = Trainer(moons_config(training__epochs=6))
    control = RunControl()

    def stop_at_iteration_13(progress: Progress) -> None:
        if progress.iteration >= 13:
            control.request_stop()

    first_part = trainer.run(control, on_progress=stop_at_iteration_13, report_interval=0.0)
    continued = trainer.run()

    assert first_part.status == "stopped"
    assert len(first_part.iteration_costs) == 13
    assert continued.status == "finished"
    assert np.array_equal(continued.iteration_costs, uninterrupted.iteration_costs)
    assert epoch_numbers(continued) == epoch_numbers(uninterrupted)


def test_huge_learning_rate_diverges():
    config = moons_config(optimizer__name="gd", optimizer__learning_rate=1000.0)

    result = Trainer(config).run()

    assert result.status == "diverged"
    last_iteration = len(result.iteration_costs)
    assert f"iteration {last_iteration}" in result.reason
    assert "smaller learning rate" in result.reason
    assert result.iteration_costs[-1] > 1000.0


def test_non_finite_cost_diverges_at_first_iteration():
    trainer = Trainer(moons_config())
    trainer.network.params[:] = np.nan

    result = trainer.run()

    assert result.status == "diverged"
    assert "nan at iteration 1 " in result.reason
    assert len(result.iteration_costs) == 1


def test_finished_run_not_trained_again():
    trainer = Trainer(moons_config(training__epochs=2))
    first = trainer.run()
    params = trainer.network.params.copy()

    again = trainer.run()

    assert again.status == "finished"
    assert np.array_equal(trainer.network.params, params)
    assert np.array_equal(again.iteration_costs, first.iteration_costs)


def test_progress_reports_cover_everything():
    reports: list[Progress] = []
    trainer = Trainer(moons_config(training__epochs=5))

    result = trainer.run(on_progress=reports.append, report_interval=0.0)

    iterations = np.concatenate([report.iterations for report in reports])
    costs = np.concatenate([report.costs for report in reports])
    epochs = [metrics for report in reports for metrics in report.epochs]
    assert iterations.tolist() == list(range(1, 26))
    assert np.array_equal(costs, result.iteration_costs)
    assert epochs == result.epochs
    assert reports[-1].epoch == 5
    assert reports[-1].iteration == 25


def test_progress_rate_limited():
    reports: list[Progress] = []

    Trainer(moons_config(training__epochs=5)).run(on_progress=reports.append, report_interval=60.0)

    assert len(reports) == 1
    assert len(reports[0].iterations) == 25
    assert len(reports[0].epochs) == 5


def test_progress_arrays_are_copies():
    reports: list[Progress] = []
    trainer = Trainer(moons_config(training__epochs=2))

    trainer.run(on_progress=reports.append, report_interval=0.0)
    reports[0].costs[:] = -1.0

    assert np.all(trainer.result().iteration_costs > 0.0)


def test_blas_limited_to_one_thread_during_run():
    blas_threads = []

    def record_threads(progress: Progress) -> None:
        blas_threads.extend(info["num_threads"] for info in threadpool_info() if info["user_api"] == "blas")

    Trainer(moons_config(training__epochs=1)).run(on_progress=record_threads, report_interval=0.0)

    assert blas_threads
    assert set(blas_threads) == {1}


def test_oversize_mini_batch_clamped_with_notice(caplog):
    config = moons_config(training__mini_batch_size=512, training__epochs=2)

    with caplog.at_level(logging.WARNING, logger="workbench.engine.training"):
        trainer = Trainer(config)
    result = trainer.run()

    assert trainer.mini_batch_size == 320
    assert len(trainer.notices) == 1
    assert "512" in trainer.notices[0]
    assert result.notices == trainer.notices
    assert "512" in caplog.text
    assert len(result.iteration_costs) == 2


def test_whole_set_mini_batch():
    trainer = Trainer(moons_config(training__mini_batch_size=0, training__epochs=3))

    result = trainer.run()

    assert trainer.mini_batch_size == 320
    assert trainer.notices == []
    assert len(result.iteration_costs) == 3


def test_without_validation_split_metrics_are_nan():
    result = Trainer(moons_config(data__validation_fraction=0.0, training__epochs=1)).run()

    assert np.isnan(result.epochs[0].validation_cost)
    assert np.isnan(result.epochs[0].validation_accuracy)
    assert np.isfinite(result.epochs[0].train_cost)


def test_csv_class_names_stored_in_config():
    config = RunConfig()
    config.data.source = "csv"
    config.data.csv_path = "iris"
    config.training.epochs = 1

    trainer = Trainer(config)

    assert trainer.config.data.class_names == trainer.dataset.class_names
    assert len(trainer.config.data.class_names) == 3
    assert trainer.network.layer_sizes[-1] == 3
    assert config.data.class_names == []


def test_given_dataset_used_as_is():
    x = np.array([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0], [1.0, 0.0]] * 5)
    y = np.array([0, 0, 1, 1] * 5)
    dataset = Dataset("xor by hand", x, y, x[:0], y[:0], ["a", "b"], ["even", "odd"])
    config = moons_config(training__epochs=2, training__mini_batch_size=4)

    trainer = Trainer(config, dataset)
    result = trainer.run()

    assert trainer.dataset is dataset
    assert len(result.iteration_costs) == 10


def test_loaded_dataset_matches_config():
    config = moons_config()

    trainer = Trainer(config)

    expected = load_dataset(config.data)
    assert np.array_equal(trainer.dataset.x_train, expected.x_train)
    assert trainer.network.layer_sizes == [2, 16, 8, 1]
