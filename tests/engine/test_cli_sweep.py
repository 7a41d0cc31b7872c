"""Tests for ``python -m workbench sweep`` and the run-history helpers other commands use."""

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.cli.sweep import run_and_store
from workbench.engine.config import RunConfig, save
from workbench.engine.store import FINISHED, RunStore
from workbench.engine.training import Trainer

from ._permissions import file_mode_command_prefix, open_read_only_sqlite

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def private_history(tmp_path, monkeypatch):
    """Keep every test away from the user's own run history."""
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "default.sqlite3"))


@pytest.fixture
def config_file(tmp_path):
    config = RunConfig(name="base")
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = 3
    config.training.mini_batch_size = 16
    path = tmp_path / "base.json"
    save(config, path)
    return path


def read_table(path):
    with open(path, newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def test_sweep_writes_table_and_stores_runs(tmp_path, config_file, capsys):
    out_dir = tmp_path / "out"
    database = tmp_path / "runs.sqlite3"

    status = main(["sweep", "--config", str(config_file), "--grid", "learning_rate=1e-3:1e-1:log:3",
                   "--grid", "seed=0:1", "--workers", "2", "--out", str(out_dir), "--db", str(database),
                   "--tag", "cli-test"])

    assert status == 0
    table = read_table(out_dir / "sweep.csv")
    assert len(table) == 6
    assert [row["seed"] for row in table] == ["0", "1"] * 3
    assert {row["status"] for row in table} == {FINISHED}
    assert (out_dir / "config.json").exists()
    with RunStore(database) as store:
        stored = store.list_runs(tag="cli-test")
        assert len(stored) == 6
        assert {str(summary.run_id) for summary in stored} == {row["run_id"] for row in table}
        run = store.load_run(int(table[3]["run_id"]))
    assert run.config.network.seed == 1
    assert run.config.training.seed == 1
    assert float(table[3]["validation_cost"]) == run.epochs[-1].validation_cost
    output = capsys.readouterr().out
    assert "[6/6]" in output
    assert "Lowest validation cost" in output


def test_sweep_takes_train_flags(tmp_path, capsys):
    status = main(["sweep", "--samples", "60", "--layers", "2,3,1", "--epochs", "2", "--optimizer", "gd",
                   "--grid", "learning_rate=0.1,0.5", "--workers", "1", "--out", str(tmp_path / "out"),
                   "--quiet"])

    assert status == 0
    with RunStore() as store:
        runs = store.list_runs()
    assert len(runs) == 2
    assert {run.optimizer for run in runs} == {"gd"}
    assert "[1/2]" not in capsys.readouterr().out


def test_bad_grid_exits_with_message(tmp_path, config_file, capsys):
    status = main(["sweep", "--config", str(config_file), "--grid", "beta1=0.9,,0.99", "--out",
                   str(tmp_path / "out")])

    assert status == 2
    assert "empty value" in capsys.readouterr().err


def test_invalid_cell_value_exits_with_message(tmp_path, config_file, capsys):
    status = main(["sweep", "--config", str(config_file), "--grid", "beta2=0.9,1.0", "--out",
                   str(tmp_path / "out")])

    assert status == 2
    assert "optimizer.beta2 = 1.0" in capsys.readouterr().err


def test_bad_worker_count_exits_with_message(tmp_path, config_file, capsys):
    status = main(["sweep", "--config", str(config_file), "--grid", "seed=0:1", "--workers", "none", "--out",
                   str(tmp_path / "out")])

    assert status == 2
    assert "--workers" in capsys.readouterr().err


def test_damaged_database_exits_with_message(tmp_path, config_file, capsys):
    database = tmp_path / "broken.sqlite3"
    database.write_bytes(b"not a database at all")

    status = main(["sweep", "--config", str(config_file), "--grid", "seed=0:1", "--out", str(tmp_path / "out"),
                   "--db", str(database)])

    assert status == 2
    assert "is not an SQLite database" in capsys.readouterr().err
    assert database.read_bytes() == b"not a database at all"


def test_read_only_database_exits_with_message(tmp_path, config_file, capsys, monkeypatch):
    database = tmp_path / "read-only.sqlite3"
    RunStore(database).close()
    open_read_only_sqlite(monkeypatch)

    status = main(["sweep", "--config", str(config_file), "--grid", "seed=0:1", "--out", str(tmp_path / "out"),
                   "--db", str(database)])

    error = capsys.readouterr().err
    assert status == 2
    assert "is read-only" in error
    assert "--db" in error
    assert "Traceback" not in error


def test_read_only_out_folder_exits_before_sweep(tmp_path, config_file):
    prefix = file_mode_command_prefix()
    out = tmp_path / "read-only"
    out.mkdir()
    out.chmod(0o555)
    database = tmp_path / "runs.sqlite3"

    finished = subprocess.run([*prefix, sys.executable, "-m", "workbench", "sweep", "--config", str(config_file),
                               "--grid", "seed=0:1", "--workers", "1", "--db", str(database), "--out", str(out)],
                              cwd=REPOSITORY, capture_output=True, text=True, timeout=60)

    assert finished.returncode == 2
    assert "Traceback" not in finished.stderr
    assert f"cannot write {out}: Permission denied" in finished.stderr
    assert list(out.iterdir()) == []
    assert not database.exists()


def test_table_write_error_after_sweep(tmp_path, config_file, capsys, monkeypatch):
    from workbench.cli import sweep as sweep_command

    def write_denied(result, path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sweep_command, "write_sweep_csv", write_denied)
    out = tmp_path / "out"

    status = main(["sweep", "--config", str(config_file), "--grid", "seed=0:1", "--workers", "1", "--tag", "lost",
                   "--out", str(out), "--quiet"])

    error = capsys.readouterr().err
    assert status == 2
    assert f"cannot write {out / 'sweep.csv'}: Permission denied" in error
    assert "tag lost" in error


def test_diverged_cell_sets_exit_status(tmp_path, config_file):
    status = main(["sweep", "--config", str(config_file), "--optimizer", "gd", "--grid", "learning_rate=0.1,900",
                   "--workers", "1", "--out", str(tmp_path / "out"), "--quiet"])

    assert status == 1
    table = read_table(tmp_path / "out" / "sweep.csv")
    assert [row["status"] for row in table] == ["finished", "diverged"]
    assert table[1]["validation_cost"] == "nan"


def test_sweep_on_dask_scheduler(tmp_path, config_file, dask_cluster):
    status = main(["sweep", "--config", str(config_file), "--grid", "seed=0:1", "--scheduler",
                   dask_cluster.scheduler_address, "--out", str(tmp_path / "out"), "--quiet"])

    assert status == 0
    assert len(read_table(tmp_path / "out" / "sweep.csv")) == 2


def test_module_command_runs_in_subprocess(tmp_path, config_file):
    environment = dict(os.environ, PYTHONPATH=str(REPOSITORY), WORKBENCH_DB=str(tmp_path / "sub.sqlite3"))

    finished = subprocess.run([sys.executable, "-m", "workbench", "sweep", "--config", str(config_file), "--grid",
                               "optimizer=gd,adam", "--workers", "2", "--out", str(tmp_path / "out")],
                              capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=60)

    assert finished.returncode == 0, finished.stderr
    assert "Wrote" in finished.stdout
    with RunStore(tmp_path / "sub.sqlite3") as store:
        assert len(store.list_runs()) == 2


def test_run_and_store_records_trainer_run(tmp_path):
    config = RunConfig()
    config.data.n_samples = 60
    config.training.epochs = 2
    trainer = Trainer(config)

    run_id, result = run_and_store(trainer, db_path=str(tmp_path / "train.sqlite3"))

    with RunStore(tmp_path / "train.sqlite3") as store:
        stored = store.load_run(run_id)
    assert stored.status == result.status == FINISHED
    assert list(stored.iteration_costs) == list(result.iteration_costs)


def test_run_and_store_survives_read_only_database(tmp_path, capsys, monkeypatch):
    database = tmp_path / "read-only.sqlite3"
    RunStore(database).close()
    open_read_only_sqlite(monkeypatch)
    config = RunConfig()
    config.data.n_samples = 60
    config.training.epochs = 2

    run_id, result = run_and_store(Trainer(config), db_path=str(database))

    error = capsys.readouterr().err
    assert run_id is None
    assert result.status == FINISHED
    assert error.count("This run is not stored in the run history.") == 1
    assert "is read-only" in error


def test_run_and_store_survives_failed_finish(tmp_path, capsys, monkeypatch):
    def finish_on_full_disk(self, run_id, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(RunStore, "finish_run", finish_on_full_disk)
    config = RunConfig()
    config.data.n_samples = 60
    config.training.epochs = 2

    run_id, result = run_and_store(Trainer(config), db_path=str(tmp_path / "runs.sqlite3"))

    error = capsys.readouterr().err
    assert run_id is None
    assert result.status == FINISHED
    assert len(result.epochs) == 2
    assert "disk is full" in error
    assert "This run is not stored in the run history." in error


def test_run_and_store_trains_without_history(tmp_path, capsys):
    database = tmp_path / "broken.sqlite3"
    database.write_text("plain text", encoding="utf-8")
    config = RunConfig()
    config.data.n_samples = 60
    config.training.epochs = 2

    run_id, result = run_and_store(Trainer(config), db_path=str(database))

    assert run_id is None
    assert result.status == FINISHED
    assert "not stored in the run history" in capsys.readouterr().err
