"""The command line and the window train the same numbers for the same config."""

from __future__ import annotations

import csv

import numpy as np

from workbench.cli import main as cli_main


def _read_column(path, column):
    with open(path, newline="", encoding="utf-8") as handle:
        return np.array([float(row[column]) for row in csv.DictReader(handle)])


def test_cli_matches_window_run(make_window, small_config, qtbot, tmp_path):
    config = small_config(epochs=15, **{"optimizer__name": "momentum", "schedule__name": "inverse_time"})
    window = make_window(config)

    experiment = tmp_path / "experiment.json"
    assert window.save_experiment(str(experiment))
    assert window.start_run()
    qtbot.waitUntil(lambda: not window.is_running and window._last_result is not None, timeout=20_000)
    app_result = window._last_result
    assert app_result.status == "finished"

    out_dir = tmp_path / "cli"
    assert cli_main(["train", "--config", str(experiment), "--out", str(out_dir), "--quiet"]) == 0

    cli_costs = _read_column(out_dir / "iterations.csv", "mini_batch_cost")
    cli_rates = _read_column(out_dir / "iterations.csv", "learning_rate")
    np.testing.assert_array_equal(cli_costs, app_result.iteration_costs)
    np.testing.assert_array_equal(cli_rates, app_result.iteration_learning_rates)

    cli_validation = _read_column(out_dir / "metrics.csv", "validation_cost")
    app_validation = np.array([epoch.validation_cost for epoch in app_result.epochs])
    np.testing.assert_array_equal(cli_validation, app_validation)
