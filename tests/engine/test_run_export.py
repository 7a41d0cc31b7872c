"""Tests of the long-form CSV export of stored runs."""

import csv
import math

import numpy as np
import pytest

from workbench.engine.config import RunConfig
from workbench.engine.control import RunControl
from workbench.engine.run_export import (
    EPOCH_METRICS,
    LONG_CSV_COLUMNS,
    MINI_BATCH_COST,
    run_file_name,
    write_run_csv,
    write_run_csvs,
    write_runs_long_csv,
)
from workbench.engine.store import record_run


def tiny_config(name: str, optimizer: str = "adam", epochs: int = 3) -> RunConfig:
    config = RunConfig(name=name)
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = epochs
    config.training.mini_batch_size = 16
    config.optimizer.name = optimizer
    return config


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as file:
        return list(csv.reader(file))


def test_long_csv_has_every_value(store, tmp_path):
    first_id, first = record_run(tiny_config("first"), store)
    second_id, second = record_run(tiny_config("second", optimizer="gd"), store)
    runs = store.load_runs([first_id, second_id])
    path = tmp_path / "runs.csv"

    count = write_runs_long_csv(runs, path)

    rows = read_rows(path)
    assert rows[0] == list(LONG_CSV_COLUMNS)
    assert count == len(rows) - 1
    expected_count = sum(len(result.epochs) * len(EPOCH_METRICS) + len(result.iteration_costs)
                         for result in (first, second))
    assert count == expected_count

    by_key = {(int(run), int(iteration), metric): float(value) for run, _epoch, iteration, metric, value in rows[1:]}
    for run_id, result in ((first_id, first), (second_id, second)):
        for metrics in result.epochs:
            for metric in EPOCH_METRICS:
                assert by_key[(run_id, metrics.iteration, metric)] == getattr(metrics, metric)
        for index, cost in enumerate(result.iteration_costs, start=1):
            assert by_key[(run_id, index, MINI_BATCH_COST)] == cost


def test_long_csv_epoch_of_iterations(store, tmp_path):
    run_id, result = record_run(tiny_config("epochs"), store)
    path = tmp_path / "one.csv"

    write_run_csv(store.load_run(run_id), path)

    rows = [row for row in read_rows(path)[1:] if row[3] == MINI_BATCH_COST]
    per_epoch = result.epochs[0].iteration
    assert [int(row[1]) for row in rows[:per_epoch]] == [1] * per_epoch
    assert int(rows[per_epoch][1]) == 2
    assert int(rows[-1][1]) == len(result.epochs)


def test_stopped_run_exports_partial_epoch(store, tmp_path):
    control = RunControl()
    control.request_stop()
    run_id, result = record_run(tiny_config("stopped", epochs=50), store, control=control)
    path = tmp_path / "stopped.csv"

    count = write_run_csv(store.load_run(run_id), path)

    assert result.status == "stopped"
    assert count == len(result.epochs) * len(EPOCH_METRICS) + len(result.iteration_costs)


def test_nan_metrics_written_as_nan(store, tmp_path):
    config = tiny_config("no validation")
    config.data.validation_fraction = 0.0
    run_id, _result = record_run(config, store)
    path = tmp_path / "nan.csv"

    write_run_csv(store.load_run(run_id), path)

    values = [row[4] for row in read_rows(path)[1:] if row[3] == "validation_cost"]
    assert values
    assert all(value == "nan" for value in values)
    assert all(math.isnan(float(value)) for value in values)


def test_values_round_trip_exactly(store, tmp_path):
    run_id, result = record_run(tiny_config("exact"), store)
    path = tmp_path / "exact.csv"

    write_run_csv(store.load_run(run_id), path)

    costs = np.array([float(row[4]) for row in read_rows(path)[1:] if row[3] == MINI_BATCH_COST])
    np.testing.assert_array_equal(costs, result.iteration_costs)


def test_run_csvs_one_file_per_run(store, tmp_path):
    ids = [record_run(tiny_config(name), store)[0] for name in ("adam: α=0.01 / test", "")]
    folder = tmp_path / "export"
    folder.mkdir()

    paths = write_run_csvs(store.load_runs(ids), folder)

    assert [path.name for path in paths] == [f"run-{ids[0]}-adam_0.01_test.csv", f"run-{ids[1]}.csv"]
    for path, run_id in zip(paths, ids):
        rows = read_rows(path)
        assert rows[0] == list(LONG_CSV_COLUMNS)
        assert {row[0] for row in rows[1:]} == {str(run_id)}


def test_run_csvs_missing_folder_rejected(store, tmp_path):
    run_id, _result = record_run(tiny_config("x"), store)

    with pytest.raises(NotADirectoryError, match="does not exist"):
        write_run_csvs(store.load_runs([run_id]), tmp_path / "missing")


def test_file_name_is_shortened(store):
    run_id, _result = record_run(tiny_config("n" * 200), store)

    name = run_file_name(store.load_run(run_id))

    assert name == f"run-{run_id}-{'n' * 40}.csv"
