"""``python -m workbench train``: output files, reproducibility, flag errors and interruption."""

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from workbench.cli import main
from workbench.engine import config as config_module
from workbench.engine.datasets import builtin_datasets
from workbench.engine.metrics import EPOCH_CSV_COLUMNS, ITERATION_CSV_COLUMNS, iteration_epochs
from workbench.engine.store import RunStore
from workbench.engine.training import EpochMetrics, RunResult

from ._permissions import file_mode_command_prefix, open_read_only_sqlite

REPOSITORY = Path(__file__).resolve().parents[2]

EXAMPLE = ["train", "--dataset", "moons", "--layers", "2,5,2,1", "--optimizer", "adam", "--learning-rate", "0.0007",
           "--mini-batch-size", "64", "--epochs", "30", "--decay", "stepwise", "--decay-rate", "1",
           "--decay-interval", "10", "--seed", "3"]


def read_rows(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as file:
        return list(csv.reader(file))


def reject_nan(text: str):
    raise AssertionError(f"result.json contains {text}, which is not valid JSON")


def test_example_writes_four_files(tmp_path, capsys):
    out = tmp_path / "adam"

    status = main([*EXAMPLE, "--out", str(out)])

    assert status == 0
    metrics = read_rows(out / "metrics.csv")
    iterations = read_rows(out / "iterations.csv")
    assert tuple(metrics[0]) == EPOCH_CSV_COLUMNS
    assert tuple(iterations[0]) == ITERATION_CSV_COLUMNS
    assert len(metrics) == 1 + 30
    # 400 moons samples, 80 held out: 320 training samples make 5 mini-batches of 64.
    assert len(iterations) == 1 + 30 * 5
    assert [row[2] for row in metrics[1:]][9:11] == ["0.0007", "0.00035"]

    used = config_module.load(out / "config.json")
    assert used.network.hidden_layers == [5, 2]
    assert used.optimizer.name == "adam"
    assert used.optimizer.learning_rate == 0.0007
    assert used.schedule.name == "stepwise"
    assert used.schedule.interval == 10
    assert (used.data.seed, used.network.seed, used.training.seed) == (3, 3, 3)

    result = json.loads((out / "result.json").read_text(encoding="utf-8"), parse_constant=reject_nan)
    assert result["status"] == "finished"
    assert result["reason"] == ""
    assert result["notices"] == []
    assert result["epochs_completed"] == 30
    assert result["iterations"] == 150
    assert result["layer_sizes"] == [2, 5, 2, 1]
    assert result["final_metrics"]["epoch"] == 30
    assert result["final_metrics"]["train_cost"] == pytest.approx(float(metrics[-1][3]), rel=1e-15)

    printed = capsys.readouterr().out
    assert "epoch 30/30" in printed
    assert "finished" in printed


def test_same_seed_same_files(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"

    assert main([*EXAMPLE, "--quiet", "--out", str(first)]) == 0
    assert main([*EXAMPLE, "--quiet", "--out", str(second)]) == 0

    assert (first / "iterations.csv").read_bytes() == (second / "iterations.csv").read_bytes()
    elapsed = EPOCH_CSV_COLUMNS.index("elapsed_seconds")
    without_time = [[row[:elapsed] + row[elapsed + 1:] for row in read_rows(folder / "metrics.csv")]
                    for folder in (first, second)]
    assert without_time[0] == without_time[1]


def test_other_seed_other_numbers(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    other_seed = [*EXAMPLE[:-1], "4"]

    main([*EXAMPLE, "--quiet", "--out", str(first)])
    main([*other_seed, "--quiet", "--out", str(second)])

    assert (first / "iterations.csv").read_bytes() != (second / "iterations.csv").read_bytes()


@pytest.mark.parametrize("flags, expected", [
    (["--layers", "3,5,1"], ["--layers", "'3,5,1'", "2,5,1"]),
    (["--layers", "2,5,3"], ["--layers", "'2,5,3'", "2,5,1"]),
    (["--layers", "2,five,1"], ["--layers", "'2,five,1'", "e.g."]),
    (["--dataset", "iris", "--layers", "4,8,1"], ["--layers", "'4,8,1'", "4,8,3"]),
    (["--learning-rate", "fast"], ["--learning-rate", "'fast'", "e.g."]),
    (["--learning-rate", "-0.1"], ["--learning-rate", "-0.1", "positive"]),
    (["--beta1", "1.2"], ["optimizer.beta1", "1.2", "[0, 1)"]),
    (["--epsilon", "0"], ["optimizer.epsilon", "0.0", "1e-8"]),
    (["--optimizer", "sgd"], ["--optimizer", "'sgd'", "adam"]),
    (["--epochs", "ten"], ["--epochs", "'ten'"]),
    (["--decay", "cosine"], ["--decay", "'cosine'", "stepwise"]),
    (["--dataset", "moon"], ["--dataset", "'moon'", "moons"]),
    (["--label", "species"], ["--label", "'species'", "CSV"]),
    (["--seed", "-1"], ["seed", "-1"]),
    (["--mini-batch-size", "-5"], ["training.mini_batch_size", "-5", "0 for the whole training set"]),
])
def test_bad_flag_exits_2_naming_value(tmp_path, capsys, flags, expected):
    status = main(["train", "--epochs", "1", *flags, "--out", str(tmp_path / "run")])

    error = capsys.readouterr().err
    assert status == 2
    assert error.startswith("error: ")
    assert error.count("\n") == 1
    for text in expected:
        assert text in error
    assert not (tmp_path / "run" / "metrics.csv").exists()


def test_missing_out_rejected(capsys):
    status = main(["train", "--epochs", "1"])

    assert status == 2
    assert "--out" in capsys.readouterr().err


def test_broken_config_file_rejected(tmp_path, capsys):
    path = tmp_path / "broken.json"
    path.write_text('{"optimizer": {"beta9": 0.9}}', encoding="utf-8")

    status = main(["train", "--config", str(path), "--out", str(tmp_path / "run")])

    error = capsys.readouterr().err
    assert status == 2
    assert "optimizer.beta9" in error


def test_save_config_writes_merged_config(tmp_path):
    path = tmp_path / "merged.json"

    status = main([*EXAMPLE, "--l2", "0.01", "--no-bias-correction", "--save-config", str(path)])

    assert status == 0
    saved = config_module.load(path)
    assert saved.network.l2 == 0.01
    assert saved.optimizer.bias_correction is False
    assert saved.network.hidden_layers == [5, 2]
    assert sorted(os.listdir(tmp_path)) == ["merged.json"]


def test_flags_override_config_file(tmp_path):
    base = config_module.RunConfig(name="from file")
    base.optimizer.name = "momentum"
    base.optimizer.learning_rate = 0.5
    base.optimizer.beta = 0.8
    base.training.epochs = 2
    config_path = tmp_path / "base.json"
    config_module.save(base, config_path)
    out = tmp_path / "run"

    status = main(["train", "--config", str(config_path), "--learning-rate", "0.02", "--quiet", "--out", str(out)])

    used = config_module.load(out / "config.json")
    assert status == 0
    assert used.optimizer.learning_rate == 0.02
    assert used.optimizer.name == "momentum"
    assert used.optimizer.beta == 0.8
    assert used.name == "from file"


def test_generated_data_flags(tmp_path):
    out = tmp_path / "run"

    status = main(["train", "--dataset", "blobs", "--classes", "4", "--samples", "200", "--noise", "0.1",
                   "--validation-fraction", "0.25", "--layers", "2,8,4", "--activation", "tanh",
                   "--initialization", "xavier", "--epochs", "2", "--quiet", "--out", str(out)])

    used = config_module.load(out / "config.json")
    result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert status == 0
    assert (used.data.source, used.data.n_classes, used.data.n_samples) == ("blobs", 4, 200)
    assert used.data.noise == 0.1
    assert used.data.validation_fraction == 0.25
    assert (used.network.activation, used.network.initialization) == ("tanh", "xavier")
    assert result["layer_sizes"] == [2, 8, 4]


def test_csv_path_with_label(tmp_path):
    csv_path = tmp_path / "flowers.csv"
    shutil.copy(builtin_datasets()["iris"], csv_path)
    out = tmp_path / "run"

    status = main(["train", "--dataset", str(csv_path), "--label", "species", "--layers", "4,6,3",
                   "--mini-batch-size", "0", "--epochs", "3", "--quiet", "--out", str(out)])

    used = config_module.load(out / "config.json")
    assert status == 0
    assert used.data.source == "csv"
    assert used.data.csv_path == str(csv_path)
    assert used.data.label_column == "species"
    assert len(used.data.class_names) == 3
    assert len(read_rows(out / "iterations.csv")) == 1 + 3


def test_oversize_batch_notice_in_result(tmp_path):
    out = tmp_path / "run"

    status = main(["train", "--mini-batch-size", "512", "--epochs", "2", "--quiet", "--out", str(out)])

    result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert status == 0
    assert result["mini_batch_size"] == 320
    assert len(result["notices"]) == 1
    assert "512" in result["notices"][0]


def test_diverged_run_exits_1_with_reason(tmp_path, capsys):
    out = tmp_path / "run"

    status = main(["train", "--optimizer", "gd", "--learning-rate", "1000", "--quiet", "--out", str(out)])

    result = json.loads((out / "result.json").read_text(encoding="utf-8"), parse_constant=reject_nan)
    assert status == 1
    assert result["status"] == "diverged"
    assert "iteration" in result["reason"]
    assert "smaller learning rate" in capsys.readouterr().err
    assert len(read_rows(out / "iterations.csv")) == 1 + result["iterations"]


def test_quiet_prints_only_summary(tmp_path, capsys):
    main([*EXAMPLE, "--quiet", "--out", str(tmp_path / "run")])

    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("finished: 30 epochs")


def test_print_every(tmp_path, capsys):
    main([*EXAMPLE, "--print-every", "7", "--out", str(tmp_path / "run")])

    printed = capsys.readouterr().out
    assert "epoch  7/30" in printed
    assert "epoch 28/30" in printed
    assert "epoch 10/30" not in printed
    assert printed.count("epoch 30/30") == 1


def test_iteration_epochs_of_stopped_run():
    epochs = [EpochMetrics(epoch, 5 * epoch, 0.1, 0.5, 0.5, 0.5, 0.5, 0.0) for epoch in (1, 2)]
    result = RunResult("stopped", "", [], np.ones(12), np.full(12, 0.1), epochs, 0.0)

    assert iteration_epochs(result).tolist() == [1] * 5 + [2] * 5 + [3] * 2


def test_interrupt_stops_and_writes_files(tmp_path):
    out = tmp_path / "run"
    command = [sys.executable, "-m", "workbench", "train", "--epochs", "1000000", "--mini-batch-size", "1",
               "--print-every", "1", "--out", str(out)]
    process = subprocess.Popen(command, cwd=REPOSITORY, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    first_line = process.stdout.readline()
    process.send_signal(signal.SIGINT)
    _, error = process.communicate(timeout=30)

    assert first_line.startswith("epoch")
    assert process.returncode == 130, error
    result = json.loads((out / "result.json").read_text(encoding="utf-8"))
    assert result["status"] == "stopped"
    assert result["epochs_completed"] >= 1


def test_help_lists_flags():
    completed = subprocess.run([sys.executable, "-m", "workbench", "train", "--help"], cwd=REPOSITORY,
                               capture_output=True, text=True, timeout=60)

    assert completed.returncode == 0
    for flag in ("--layers", "--decay-interval", "--no-bias-correction", "--save-config", "--quiet"):
        assert flag in completed.stdout


def test_train_stores_run_in_history(tmp_path):
    from workbench.engine.store import RunStore

    database = tmp_path / "history.sqlite3"
    code = main(["train", "--dataset", "moons", "--epochs", "3", "--samples", "60", "--quiet",
                 "--db", str(database), "--out", str(tmp_path / "run")])
    assert code == 0

    store = RunStore(database)
    try:
        runs = store.list_runs()
        assert len(runs) == 1
        stored = store.load_run(runs[0].run_id)
    finally:
        store.close()
    assert stored.status == "finished"
    written = np.loadtxt(tmp_path / "run" / "iterations.csv", delimiter=",", skiprows=1)
    np.testing.assert_array_equal(stored.iteration_costs, written[:, 2])


def test_read_only_database_trains_with_warning(tmp_path, capsys, monkeypatch):
    database = tmp_path / "history.sqlite3"
    RunStore(database).close()
    open_read_only_sqlite(monkeypatch)

    status = main(["train", "--epochs", "3", "--samples", "60", "--quiet", "--db", str(database),
                   "--out", str(tmp_path / "run")])

    error = capsys.readouterr().err
    assert status == 0
    assert "is read-only" in error
    assert "This run is not stored in the run history." in error
    assert len(read_rows(tmp_path / "run" / "metrics.csv")) == 1 + 3


def test_mode_444_database_trains_with_warning(tmp_path):
    prefix = file_mode_command_prefix()
    database = tmp_path / "history.sqlite3"
    RunStore(database).close()
    database.chmod(0o444)
    out = tmp_path / "run"

    finished = subprocess.run([*prefix, sys.executable, "-m", "workbench", "train", "--epochs", "2", "--samples",
                               "60", "--quiet", "--db", str(database), "--out", str(out)],
                              cwd=REPOSITORY, capture_output=True, text=True, timeout=60)

    assert finished.returncode == 0, finished.stderr
    assert "Traceback" not in finished.stderr
    assert "This run is not stored in the run history." in finished.stderr
    assert (out / "metrics.csv").exists()


def test_read_only_out_folder_rejected_before_training(tmp_path):
    prefix = file_mode_command_prefix()
    out = tmp_path / "read-only"
    out.mkdir()
    out.chmod(0o555)
    database = tmp_path / "history.sqlite3"

    finished = subprocess.run([*prefix, sys.executable, "-m", "workbench", "train", "--epochs", "2", "--samples",
                               "60", "--db", str(database), "--out", str(out)],
                              cwd=REPOSITORY, capture_output=True, text=True, timeout=60)

    assert finished.returncode == 2
    assert "Traceback" not in finished.stderr
    assert f"cannot write {out}: Permission denied" in finished.stderr
    assert "epoch" not in finished.stdout
    assert list(out.iterdir()) == []


def test_output_write_error_after_training(tmp_path, capsys, monkeypatch):
    from workbench.cli import train as train_command

    out = tmp_path / "run"

    def write_denied(result, path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(train_command, "write_epoch_csv", write_denied)

    status = main(["train", "--epochs", "2", "--samples", "60", "--quiet", "--db", str(tmp_path / "runs.sqlite3"),
                   "--out", str(out)])

    error = capsys.readouterr().err
    assert status == 2
    assert f"cannot write {out / 'metrics.csv'}: Permission denied" in error
    assert "stored in the run history as run 1" in error
    assert "--out" in error


@pytest.mark.parametrize("rows, label, expected", [
    ("1,2,x\n3,4,x\n5,6,x\n7,8,x\n9,1,x\n", None, "set --label to the column"),
    ("1,2,x\n3,4,y\n5,6,x\n7,8,y\n9,1,x\n", "zz", "leave out --label for the last column"),
    ("1,q,x\n3,4,y\n5,6,x\n7,8,y\n9,1,x\n", None, "choose this column with --label"),
])
def test_csv_errors_name_label_flag(tmp_path, capsys, rows, label, expected):
    path = tmp_path / "table.csv"
    path.write_text("a,b,label\n" + rows, encoding="utf-8")
    flags = ["--label", label] if label is not None else []

    status = main(["train", "--dataset", str(path), *flags, "--epochs", "2", "--out", str(tmp_path / "run")])

    error = capsys.readouterr().err
    assert status == 2
    assert expected in error
    assert "label_column" not in error
    assert str(path) in error
