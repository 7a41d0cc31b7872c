"""Tests for the run history: round trips, crash safety, schema checks, migration and editing."""

import json
import math
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from workbench.engine.config import RunConfig
from workbench.engine.control import RunControl
from workbench.engine.store import (
    FAILED,
    FINISHED,
    INTERRUPTED,
    RUNNING,
    SCHEMA_VERSION,
    STOPPED,
    RunRecorder,
    RunStore,
    StoreError,
    default_database_path,
    record_run,
    user_data_dir,
)
from workbench.engine.training import Trainer

from ._permissions import file_mode_command_prefix, open_read_only_sqlite

KILL_HELPER = Path(__file__).with_name("_kill_helper.py")
REPOSITORY = Path(__file__).resolve().parents[2]


def tiny_config(**changes) -> RunConfig:
    config = RunConfig()
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = 4
    config.training.mini_batch_size = 16
    for dotted, value in changes.items():
        section, key = dotted.split("__")
        setattr(getattr(config, section), key, value)
    return config


def assert_same_epochs(stored_epochs, expected_epochs):
    assert len(stored_epochs) == len(expected_epochs)
    for stored, expected in zip(stored_epochs, expected_epochs):
        for field_name in ("epoch", "iteration", "learning_rate", "train_cost", "train_accuracy",
                           "validation_cost", "validation_accuracy", "elapsed_seconds"):
            stored_value = getattr(stored, field_name)
            expected_value = getattr(expected, field_name)
            if isinstance(expected_value, float) and math.isnan(expected_value):
                assert math.isnan(stored_value), field_name
            else:
                assert stored_value == expected_value, field_name


# -- round trips ---------------------------------------------------------------------------------------------


def test_recorded_run_reloads_exactly(store):
    config = tiny_config()
    forwarded = []

    run_id, result = record_run(config, store, on_progress=forwarded.append, tags=["baseline"], name="first")
    stored = store.load_run(run_id)

    assert stored.status == FINISHED
    assert stored.name == "first"
    assert stored.tags == ("baseline",)
    assert stored.iteration_costs.dtype == np.float64
    np.testing.assert_array_equal(stored.iteration_costs, result.iteration_costs)
    np.testing.assert_array_equal(stored.iteration_learning_rates, result.iteration_learning_rates)
    assert_same_epochs(stored.epochs, result.epochs)
    assert stored.config.optimizer == config.optimizer
    assert stored.config.training == config.training
    assert forwarded, "the chained callback never ran"
    assert sum(progress.costs.size for progress in forwarded) == result.iteration_costs.size


def test_summary_has_final_metrics(store):
    run_id, result = record_run(tiny_config(), store)

    summary = store.get_summary(run_id)

    last = result.epochs[-1]
    assert summary.final_train_cost == last.train_cost
    assert summary.final_validation_accuracy == last.validation_accuracy
    assert summary.epoch_count == 4
    assert summary.iteration_count == result.iteration_costs.size
    assert summary.planned_epochs == 4
    assert summary.optimizer == "adam"
    assert summary.dataset == "moons"
    assert summary.writer_pid == os.getpid()
    assert summary.started_at.endswith("+00:00")
    assert summary.ended_at >= summary.started_at


def test_nan_validation_metrics_survive(store):
    config = tiny_config(data__validation_fraction=0.0)

    run_id, result = record_run(config, store)
    stored = store.load_run(run_id)

    assert math.isnan(result.epochs[-1].validation_cost)
    assert_same_epochs(stored.epochs, result.epochs)
    assert math.isnan(store.get_summary(run_id).final_validation_cost)


def test_recorder_finish_fills_unreported_tail(store):
    trainer = Trainer(tiny_config())
    result = trainer.run()
    run_id = store.create_run(trainer.config)

    RunRecorder(store, run_id).finish(result)
    stored = store.load_run(run_id)

    np.testing.assert_array_equal(stored.iteration_costs, result.iteration_costs)
    assert_same_epochs(stored.epochs, result.epochs)


def test_stopped_run_keeps_partial_record(store):
    control = RunControl()
    seen = []

    def stop_after_first_report(progress):
        seen.append(progress)
        control.request_stop()

    config = tiny_config(training__epochs=1000)
    run_id, result = record_run(config, store, on_progress=stop_after_first_report, control=control,
                                report_interval=0.0)
    stored = store.load_run(run_id)

    assert result.status == STOPPED
    assert stored.status == STOPPED
    assert "Stopped on request" in stored.reason
    np.testing.assert_array_equal(stored.iteration_costs, result.iteration_costs)


def test_training_error_marks_run_failed(store):
    calls = []

    def explode(progress):
        calls.append(progress)
        if len(calls) == 2:
            raise RuntimeError("display went away")

    with pytest.raises(RuntimeError, match="display went away"):
        record_run(tiny_config(training__epochs=1000), store, on_progress=explode, report_interval=0.0)

    [summary] = store.list_runs()
    assert summary.status == FAILED
    assert "RuntimeError: display went away" in summary.reason
    assert summary.iteration_count >= 1


def test_invalid_config_stores_nothing(store):
    config = tiny_config(optimizer__learning_rate=-1.0)

    with pytest.raises(ValueError):
        record_run(config, store)

    assert store.list_runs() == []


def test_run_outside_current_limits_reloads(store):
    config = RunConfig(name="older limits")
    config.data.seed = 2**40
    run_id = store.create_run(config)

    stored = store.load_run(run_id)

    assert stored.config.data.seed == 2**40


def test_append_rejects_gap(store):
    run_id = store.create_run(tiny_config())
    store.append_progress(run_id, 1, np.array([1.0, 2.0]), np.array([0.1, 0.1]))

    with pytest.raises(ValueError, match="must start at iteration 3"):
        store.append_progress(run_id, 5, np.array([1.0]), np.array([0.1]))


# -- crash safety --------------------------------------------------------------------------------------------


def wait_for_epochs(path, minimum, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            with RunStore(path) as reader:
                running = reader.list_runs(status=RUNNING)
                if running and running[0].epoch_count >= minimum:
                    return running[0]
        time.sleep(0.1)
    raise AssertionError(f"the helper stored fewer than {minimum} epochs in {timeout} s")


@pytest.mark.skipif(sys.platform.startswith("win"), reason="SIGKILL is POSIX only")
def test_killed_writer_leaves_readable_history(tmp_path):
    path = tmp_path / "runs.sqlite3"
    with RunStore(path) as setup:
        earlier_id, earlier_result = record_run(tiny_config(), setup, name="earlier")

    child = subprocess.Popen([sys.executable, str(KILL_HELPER), str(path)], stderr=subprocess.PIPE)
    try:
        running = wait_for_epochs(path, minimum=3)
        # Another process opening the file while the writer lives must leave its run alone.
        assert running.status == RUNNING
        assert running.writer_pid == child.pid
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()

    with RunStore(path) as after:
        earlier = after.load_run(earlier_id)
        partial_summary = after.get_summary(running.run_id)
        partial = after.load_run(running.run_id)
        integrity = after._connection.execute("PRAGMA integrity_check").fetchone()[0]

    assert integrity == "ok"
    np.testing.assert_array_equal(earlier.iteration_costs, earlier_result.iteration_costs)
    assert_same_epochs(earlier.epochs, earlier_result.epochs)
    assert partial_summary.status == INTERRUPTED
    assert f"pid {child.pid}" in partial_summary.reason
    assert partial_summary.ended_at == partial_summary.updated_at
    assert len(partial.epochs) >= 3
    assert [metrics.epoch for metrics in partial.epochs] == list(range(1, len(partial.epochs) + 1))
    assert partial_summary.epoch_count == len(partial.epochs)
    assert partial.iteration_costs.size >= partial.epochs[-1].iteration
    assert partial.iteration_costs.size == partial_summary.iteration_count
    assert partial_summary.final_train_cost == partial.epochs[-1].train_cost


def test_run_of_live_process_stays_running(tmp_path):
    path = tmp_path / "runs.sqlite3"
    with RunStore(path) as writer:
        run_id = writer.create_run(tiny_config())

        with RunStore(path) as reader:
            assert reader.get_summary(run_id).status == RUNNING


def test_run_of_dead_pid_is_interrupted(tmp_path):
    path = tmp_path / "runs.sqlite3"
    with RunStore(path) as writer:
        run_id = writer.create_run(tiny_config())
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    dead_pid = int(finished.stdout)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE runs SET writer_pid = ? WHERE id = ?", (dead_pid, run_id))
    connection.close()

    with RunStore(path) as reopened:
        summary = reopened.get_summary(run_id)

    assert summary.status == INTERRUPTED


# -- rejected files ------------------------------------------------------------------------------------------


def snapshot(path):
    """Return the file's bytes and the names in its folder, so a new -wal or -shm file shows as a change."""
    return path.read_bytes(), sorted(entry.name for entry in path.parent.iterdir())


def test_newer_schema_is_rejected_unchanged(tmp_path):
    path = tmp_path / "runs.sqlite3"
    with RunStore(path) as created:
        record_run(tiny_config(), created)
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    before = snapshot(path)

    with pytest.raises(StoreError, match="newer Optimizer Workbench") as raised:
        RunStore(path)

    assert str(path) in str(raised.value)
    assert "Update Optimizer Workbench" in str(raised.value)
    assert snapshot(path) == before


def test_non_sqlite_file_is_rejected_unchanged(tmp_path):
    path = tmp_path / "runs.sqlite3"
    path.write_text("epoch,cost\n1,0.5\n", encoding="utf-8")
    before = snapshot(path)

    with pytest.raises(StoreError, match="is not an SQLite database"):
        RunStore(path)

    assert snapshot(path) == before


def test_truncated_file_is_rejected_unchanged(tmp_path):
    path = tmp_path / "runs.sqlite3"
    with RunStore(path) as created:
        for seed in range(3):
            record_run(tiny_config(network__seed=seed, training__epochs=30, training__mini_batch_size=1), created)
    full = path.read_bytes()
    assert len(full) > 8 * 4096, "the test needs a database of several pages"
    path.write_bytes(full[: len(full) // 2])
    before = snapshot(path)

    with pytest.raises(StoreError, match="damaged"):
        RunStore(path)

    assert snapshot(path) == before


def test_foreign_database_is_rejected_unchanged(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()
    before = snapshot(path)

    with pytest.raises(StoreError, match="another program"):
        RunStore(path)

    assert snapshot(path) == before


def test_missing_table_is_rejected_unchanged(tmp_path):
    path = tmp_path / "runs.sqlite3"
    RunStore(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE run_tags")
    connection.close()
    before = snapshot(path)

    with pytest.raises(StoreError, match="lacks the table 'run_tags'"):
        RunStore(path)

    assert snapshot(path) == before


def test_folder_path_is_rejected(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        RunStore(tmp_path)


# -- read-only files -----------------------------------------------------------------------------------------


def connect_read_only(path):
    """Open ``path`` through SQLite's read-only mode, which fails writes as a file without write permission does.

    Tests run as root in some containers, where file modes do not stop writes, so they use this instead.
    """
    return sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None,
                           check_same_thread=False)


def test_read_only_file_is_rejected_at_open(tmp_path, monkeypatch):
    path = tmp_path / "runs.sqlite3"
    with RunStore(path) as created:
        record_run(tiny_config(), created)
    open_read_only_sqlite(monkeypatch)

    with pytest.raises(StoreError, match="is read-only") as raised:
        RunStore(path)

    assert str(path) in str(raised.value)
    assert "writable" in raised.value.fix


def test_file_mode_444_is_rejected_at_open(tmp_path):
    prefix = file_mode_command_prefix()
    path = tmp_path / "runs.sqlite3"
    with RunStore(path) as created:
        record_run(tiny_config(), created)
    path.chmod(0o444)
    script = ("import sys\n"
              "from workbench.engine.store import RunStore, StoreError\n"
              "try:\n"
              "    RunStore(sys.argv[1])\n"
              "except StoreError as error:\n"
              "    print(error)\n")

    finished = subprocess.run([*prefix, sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                              timeout=60, env=dict(os.environ, PYTHONPATH=str(REPOSITORY)))

    assert finished.returncode == 0, finished.stderr
    assert "is read-only" in finished.stdout
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["runs.sqlite3"]


def make_store_read_only(store):
    """Swap the store's connection for a read-only one, as if the file lost its write permission."""
    store._connection.close()
    store._connection = connect_read_only(store.path)


def test_recorder_stops_after_read_only_write(store, caplog):
    run_id = store.create_run(tiny_config())
    recorder_forwarded = []
    recorder = RunRecorder(store, run_id, forward=recorder_forwarded.append, flush_interval=0.0)
    make_store_read_only(store)
    trainer = Trainer(tiny_config())

    result = trainer.run(None, recorder.on_progress, 0.0)

    assert result.status == FINISHED
    assert not recorder.recording
    assert sqlite3.Error in type(recorder.write_error).__mro__
    assert sum(progress.costs.size for progress in recorder_forwarded) == result.iteration_costs.size
    assert caplog.text.count("Stopped recording run") == 1
    with pytest.raises(StoreError, match="stopped recording"):
        recorder.finish(result)
    summary = store.get_summary(run_id)
    assert summary.status == RUNNING
    assert summary.iteration_count == 0


def test_record_run_passes_store_errors(store):
    errors = []
    original_create_run = store.create_run

    def create_then_lose_write_access(*args, **kwargs):
        run_id = original_create_run(*args, **kwargs)
        make_store_read_only(store)
        return run_id

    store.create_run = create_then_lose_write_access

    run_id, result = record_run(tiny_config(), store, on_store_error=errors.append, report_interval=0.0)

    assert run_id is None
    assert result.status == FINISHED
    assert len(result.epochs) == 4
    [error] = errors
    # Finishing fails with SQLite's error, or with a StoreError when a report's write failed first.
    assert isinstance(error, (StoreError, sqlite3.OperationalError))
    assert "readonly database" in str(error)


def test_record_run_raises_store_errors_by_default(store):
    make_store_read_only(store)

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        record_run(tiny_config(), store)


def test_store_error_while_failing_keeps_training_error(store):
    original_create_run = store.create_run

    def create_then_lose_write_access(*args, **kwargs):
        run_id = original_create_run(*args, **kwargs)
        make_store_read_only(store)
        return run_id

    store.create_run = create_then_lose_write_access

    def explode(progress):
        raise RuntimeError("display went away")

    with pytest.raises(RuntimeError, match="display went away"):
        record_run(tiny_config(training__epochs=1000), store, on_progress=explode, report_interval=0.0)


# -- migration -----------------------------------------------------------------------------------------------

# The version 1 layout as the first release wrote it, spelled out here so the
# test does not depend on the module's own copy of it.
V1_SCHEMA = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL DEFAULT '', config_json TEXT NOT NULL,
    seed INTEGER NOT NULL, optimizer TEXT NOT NULL, learning_rate REAL NOT NULL, mini_batch_size INTEGER NOT NULL,
    dataset TEXT NOT NULL, planned_epochs INTEGER NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
    notices_json TEXT NOT NULL DEFAULT '[]', started_at TEXT NOT NULL, updated_at TEXT NOT NULL, ended_at TEXT,
    writer_pid INTEGER, writer_host TEXT, epoch_count INTEGER NOT NULL DEFAULT 0,
    iteration_count INTEGER NOT NULL DEFAULT 0, elapsed_seconds REAL, final_train_cost REAL,
    final_train_accuracy REAL, final_validation_cost REAL, final_validation_accuracy REAL, deleted_at TEXT
);
CREATE TABLE epochs (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE, epoch INTEGER NOT NULL,
    iteration INTEGER NOT NULL, learning_rate REAL, train_cost REAL, train_accuracy REAL, validation_cost REAL,
    validation_accuracy REAL, elapsed_seconds REAL, PRIMARY KEY (run_id, epoch)
) WITHOUT ROWID;
CREATE TABLE iteration_chunks (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE, first_iteration INTEGER NOT NULL,
    count INTEGER NOT NULL, costs BLOB NOT NULL, learning_rates BLOB NOT NULL,
    PRIMARY KEY (run_id, first_iteration)
);
PRAGMA user_version = 1;
"""


def build_v1_database(path):
    config = tiny_config()
    costs = np.array([0.7, 0.6, 0.55], dtype="<f8")
    rates = np.full(3, 0.01, dtype="<f8")
    with sqlite3.connect(path) as connection:
        connection.executescript(V1_SCHEMA)
        from workbench.engine.config import to_dict

        connection.execute(
            "INSERT INTO runs (name, config_json, seed, optimizer, learning_rate, mini_batch_size, dataset,"
            " planned_epochs, status, started_at, updated_at, ended_at, epoch_count, iteration_count,"
            " final_train_cost) VALUES ('old run', ?, 0, 'adam', 0.01, 16, 'moons', 1, 'finished',"
            " '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:01.000+00:00', '2026-01-01T00:00:01.000+00:00',"
            " 1, 3, 0.5)", (json.dumps(to_dict(config)),))
        connection.execute("INSERT INTO epochs VALUES (1, 1, 3, 0.01, 0.5, 0.8, 0.52, 0.75, 0.2)")
        connection.execute("INSERT INTO iteration_chunks VALUES (1, 1, 3, ?, ?)", (costs.tobytes(), rates.tobytes()))
    connection.close()
    return costs


def test_v1_database_migrates_to_v2(tmp_path):
    path = tmp_path / "old.sqlite3"
    costs = build_v1_database(path)

    with RunStore(path) as migrated:
        assert migrated.schema_version == SCHEMA_VERSION == 2
        run = migrated.load_run(1)
        assert run.name == "old run"
        assert run.tags == ()
        assert run.summary.notes == ""
        np.testing.assert_array_equal(run.iteration_costs, costs)
        assert run.epochs[0].validation_accuracy == 0.75
        assert migrated.set_tags(1, ["imported"]) == ("imported",)
        migrated.set_notes(1, "from the first release")

    with sqlite3.connect(path) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        columns = {row[1] for row in connection.execute("PRAGMA table_info(runs)")}
    connection.close()
    assert version == 2
    assert "notes" in columns
    with RunStore(path) as reopened:
        assert reopened.get_summary(1).notes == "from the first release"
        assert reopened.list_runs(tag="imported")[0].run_id == 1


def test_new_database_reaches_current_version(tmp_path):
    path = tmp_path / "nested" / "folder" / "runs.sqlite3"

    with RunStore(path) as created:
        assert created.schema_version == SCHEMA_VERSION

    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


# -- listing and editing -------------------------------------------------------------------------------------


def test_list_filters_and_sorts(store):
    adam_id, _ = record_run(tiny_config(), store, name="adam fast", tags=["lr-study"])
    gd_id, _ = record_run(tiny_config(optimizer__name="gd", optimizer__learning_rate=0.5), store, name="plain")
    momentum_id, _ = record_run(tiny_config(optimizer__name="momentum"), store, tags=["lr-study", "keep"])

    assert [run.run_id for run in store.list_runs()] == [momentum_id, gd_id, adam_id]
    assert [run.run_id for run in store.list_runs(order_by="learning_rate")][-1] == gd_id
    assert [run.run_id for run in store.list_runs(filter_text="FAST")] == [adam_id]
    assert [run.run_id for run in store.list_runs(filter_text="keep")] == [momentum_id]
    assert {run.run_id for run in store.list_runs(tag="lr-study")} == {adam_id, momentum_id}
    assert [run.run_id for run in store.list_runs(filter_text="gd")] == [gd_id]
    assert len(store.list_runs(status=[FINISHED, FAILED])) == 3
    assert store.list_runs(filter_text="100%") == []
    assert store.all_tags() == ["keep", "lr-study"]


def test_list_rejects_unknown_sort_key(store):
    with pytest.raises(ValueError, match="order_by 'colour' is unknown"):
        store.list_runs(order_by="colour")


def test_rename_tag_and_notes(store):
    run_id, _ = record_run(tiny_config(), store)

    store.rename_run(run_id, "  tuned  ")
    tags = store.set_tags(run_id, [" best ", "best", "", "adam"])
    store.add_tag([run_id], "shared")
    store.set_notes(run_id, "validation cost flattens after epoch 3")

    summary = store.get_summary(run_id)
    assert summary.name == "tuned"
    assert tags == ("adam", "best")
    assert summary.tags == ("adam", "best", "shared")
    assert summary.notes.startswith("validation cost")
    with pytest.raises(KeyError):
        store.rename_run(run_id + 100, "missing")


def test_soft_delete_undo_and_purge(store):
    kept_id, _ = record_run(tiny_config(), store)
    deleted_id, _ = record_run(tiny_config(), store, tags=["gone"])

    assert store.delete_runs([deleted_id]) == 1
    assert [run.run_id for run in store.list_runs()] == [kept_id]
    assert [run.run_id for run in store.list_runs(deleted_only=True)] == [deleted_id]
    assert store.all_tags() == []

    assert store.undelete_runs([deleted_id]) == 1
    assert len(store.list_runs()) == 2

    store.delete_runs([deleted_id])
    assert store.purge_deleted() == 1
    with pytest.raises(KeyError):
        store.load_run(deleted_id)
    chunk_count = store._connection.execute("SELECT COUNT(*) FROM iteration_chunks WHERE run_id = ?",
                                            (deleted_id,)).fetchone()[0]
    assert chunk_count == 0


def test_closed_store_raises(tmp_path):
    run_store = RunStore(tmp_path / "runs.sqlite3")
    run_store.close()
    run_store.close()

    with pytest.raises(StoreError, match="is closed"):
        run_store.list_runs()


# -- location ------------------------------------------------------------------------------------------------


def test_default_path_follows_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("WORKBENCH_DB", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_database_path() == tmp_path / "xdg" / "OptimizerWorkbench" / "runs.sqlite3"

    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert user_data_dir() == Path.home() / ".local" / "share" / "OptimizerWorkbench"

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "roaming"))
    assert user_data_dir() == tmp_path / "roaming" / "OptimizerWorkbench"

    monkeypatch.setattr(sys, "platform", "darwin")
    assert user_data_dir() == Path.home() / "Library" / "Application Support" / "OptimizerWorkbench"

    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "chosen.sqlite3"))
    assert default_database_path() == tmp_path / "chosen.sqlite3"


def test_store_uses_environment_override(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "env.sqlite3"))

    with RunStore() as run_store:
        assert run_store.path == tmp_path / "env.sqlite3"

    assert (tmp_path / "env.sqlite3").exists()
