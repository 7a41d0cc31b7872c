"""Tests for grid specs, sweep runs on process pools, threads and Dask, cancelling and the sweep CSV."""

import concurrent.futures
import csv
import math
import multiprocessing
import os
import socket
import subprocess
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from workbench.engine.config import ConfigError, RunConfig
from workbench.engine.store import DIVERGED, FAILED, FINISHED, STOPPED
from workbench.engine.sweep import (
    CANCELLED,
    SweepError,
    SweepRunner,
    build_cells,
    dask_executor,
    parse_grid_spec,
    run_sweep,
    write_sweep_csv,
)


def tiny_config() -> RunConfig:
    config = RunConfig(name="tiny")
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = 3
    config.training.mini_batch_size = 16
    return config


def child_pids() -> set[int]:
    """Return the pids of this process's live children from /proc, leaving out multiprocessing's resource tracker."""
    pids = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        children = (task / "children").read_text().split()
        pids.update(int(pid) for pid in children)
    ours = set()
    for pid in pids:
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if "resource_tracker" in command or state == "Z":
            continue
        ours.add(pid)
    return ours


# -- grid specs ----------------------------------------------------------------------------------------------


def test_log_range_spec():
    axis = parse_grid_spec("learning_rate=1e-4:1e-1:log:4")

    assert axis.name == "learning_rate"
    assert axis.fields == ("optimizer.learning_rate",)
    np.testing.assert_allclose(axis.values, [1e-4, 1e-3, 1e-2, 1e-1], rtol=1e-12)
    assert all(isinstance(value, float) for value in axis.values)


def test_linear_and_integer_ranges():
    assert parse_grid_spec("decay_rate=0:2:lin:5").values == (0.0, 0.5, 1.0, 1.5, 2.0)
    assert parse_grid_spec("seed=0:4").values == (0, 1, 2, 3, 4)
    assert parse_grid_spec(" seed = 3:3 ").values == (3,)


def test_seed_sets_network_and_shuffle_seeds():
    assert parse_grid_spec("seed=0:1").fields == ("network.seed", "training.seed")


def test_list_specs_take_field_types():
    assert parse_grid_spec("beta1=0.8,0.9,0.99").values == (0.8, 0.9, 0.99)
    assert parse_grid_spec("mini_batch_size=64,128,256").values == (64, 128, 256)
    assert parse_grid_spec("learning_rate=1,0.5").values == (1.0, 0.5)
    assert parse_grid_spec("optimizer=gd,momentum,adam").values == ("gd", "momentum", "adam")
    assert parse_grid_spec("optimizer.bias_correction=true,false").values == (True, False)
    assert parse_grid_spec("network.l2=0,0.01").fields == ("network.l2",)


def test_whole_number_log_range_rounds():
    assert parse_grid_spec("mini_batch_size=16:256:log:5").values == (16, 32, 64, 128, 256)


@pytest.mark.parametrize("spec, message", [
    ("learning_rate", "write NAME=VALUES"),
    ("=0.1,0.2", "write NAME=VALUES"),
    ("learning_rate=", "write NAME=VALUES"),
    ("colour=1,2", "setting 'colour' is unknown"),
    ("beta1=0.8,,0.9", "empty value"),
    ("learning_rate=1e-4:1e-1:cubic:7", "scale 'cubic' is unknown"),
    ("learning_rate=0:1e-1:log:7", "log scale needs positive ends"),
    ("learning_rate=1e-4:1e-1:log:seven", "count 'seven' must be a whole number"),
    ("learning_rate=1e-4:1e-1:log:0", "between 1 and 1000"),
    ("learning_rate=a:1:log:3", "start 'a' is not a number"),
    ("learning_rate=0.1:0.2", "a:b ranges take whole numbers"),
    ("seed=4:0", "is empty"),
    ("seed=0:5000", "too many"),
    ("learning_rate=1:2:3", "a range is start:stop"),
    ("beta1=0.9,0.9", "more than once"),
    ("mini_batch_size=1:4:log:9", "more than once"),
    ("mini_batch_size=64.5,128", "takes whole numbers"),
    ("learning_rate=fast,slow", "takes numbers"),
    ("optimizer.bias_correction=1,0", "takes true or false"),
    ("network.hidden_layers=4,8", "cannot be swept"),
])
def test_bad_spec_is_rejected(spec, message):
    with pytest.raises(SweepError, match=message) as raised:
        parse_grid_spec(spec)

    assert repr(spec) in str(raised.value) or message.startswith("write")


# -- cells ---------------------------------------------------------------------------------------------------


def test_cells_are_row_major():
    axes = [parse_grid_spec("beta1=0.8,0.9"), parse_grid_spec("mini_batch_size=8,16,32")]

    cells = build_cells(tiny_config(), axes)

    assert [cell.index for cell in cells] == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
    assert cells[4].values == (0.9, 16)
    assert cells[4].config.optimizer.beta1 == 0.9
    assert cells[4].config.training.mini_batch_size == 16
    assert cells[4].label == "beta1=0.9, mini_batch_size=16"
    assert cells[4].config.name == "tiny beta1=0.9, mini_batch_size=16"


def test_invalid_cell_value_raises_config_error():
    with pytest.raises(ConfigError, match="optimizer.beta1"):
        build_cells(tiny_config(), [parse_grid_spec("beta1=0.9,1.5")])


def test_grid_axis_limits():
    with pytest.raises(SweepError, match="one or two grid axes"):
        build_cells(tiny_config(), [parse_grid_spec(spec) for spec in ("beta1=0.9", "beta2=0.99", "seed=0:1")])
    with pytest.raises(SweepError, match="both set training.seed"):
        build_cells(tiny_config(), [parse_grid_spec("seed=0:1"), parse_grid_spec("training.seed=3,4")])
    with pytest.raises(SweepError, match="at least one grid axis"):
        build_cells(tiny_config(), [])


# -- running -------------------------------------------------------------------------------------------------


def test_process_pool_sweep_stores_six_runs(store, tmp_path):
    reports = []

    result = run_sweep(tiny_config(), ["optimizer=gd,adam", "learning_rate=1e-3:1e-1:log:3"], store=store,
                       max_workers=2, on_progress=reports.append, tag="sweep-test")

    assert not result.cancelled
    assert [row.status for row in result.rows] == [FINISHED] * 6
    assert result.validation_cost.shape == (2, 3)
    assert not np.isnan(result.validation_cost).any()

    stored = store.list_runs(tag="sweep-test")
    assert len(stored) == 6
    assert {summary.run_id for summary in stored} == {row.run_id for row in result.rows}
    for row in result.rows:
        run = store.load_run(row.run_id)
        assert run.config.optimizer.name == row.values[0]
        assert run.config.optimizer.learning_rate == row.values[1]
        assert run.name == row.label
        assert run.status == FINISHED
        assert run.epochs[-1].validation_cost == row.validation_cost
        assert result.validation_cost[row.index] == row.validation_cost
        assert result.train_accuracy[row.index] == row.train_accuracy

    assert [report.done for report in reports] == [0, 1, 2, 3, 4, 5, 6]
    assert reports[0].estimated_seconds_left is None
    assert reports[-1].estimated_seconds_left == 0.0
    assert multiprocessing.active_children() == []

    path = tmp_path / "sweep.csv"
    write_sweep_csv(result, path)
    with open(path, newline="", encoding="utf-8") as file:
        table = list(csv.DictReader(file))
    assert list(table[0])[:4] == ["optimizer", "learning_rate", "status", "train_cost"]
    assert len(table) == 6
    assert table[5]["optimizer"] == "adam"
    assert float(table[5]["learning_rate"]) == result.rows[5].values[1]
    assert float(table[5]["validation_cost"]) == result.rows[5].validation_cost
    assert int(table[5]["run_id"]) == result.rows[5].run_id


def test_thread_executor_sweep_keeps_executor(store):
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        result = run_sweep(tiny_config(), ["seed=0:2"], store=store, executor=executor)
        still_usable = executor.submit(sum, [1, 2]).result()

    assert still_usable == 3
    assert [row.values for row in result.rows] == [(0,), (1,), (2,)]
    assert len({row.validation_cost for row in result.rows}) == 3
    assert result.validation_cost.shape == (3,)


def test_read_only_store_keeps_sweeping(store, caplog):
    calls = []
    real_store_result = store.store_result

    def store_result_on_read_only_file(*args, **kwargs):
        calls.append(args)
        if len(calls) > 1:
            return real_store_result(*args, **kwargs)
        error = sqlite3.OperationalError("attempt to write a readonly database")
        error.sqlite_errorcode = sqlite3.SQLITE_READONLY
        raise error

    store.store_result = store_result_on_read_only_file
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        runner = SweepRunner(tiny_config(), [parse_grid_spec("seed=0:2")], store=store, executor=executor)
        result = runner.run()

    assert [row.status for row in result.rows] == [FINISHED] * 3
    assert [row.run_id for row in result.rows] == [None] * 3
    assert len(calls) == 1
    assert "readonly" in str(runner.store_error)
    assert "no more runs of this sweep are stored" in caplog.text
    assert store.list_runs() == []


def test_locked_store_retries_next_cell(store):
    calls = []
    real_store_result = store.store_result

    def store_result_locked_once(*args, **kwargs):
        calls.append(args)
        if len(calls) > 1:
            return real_store_result(*args, **kwargs)
        error = sqlite3.OperationalError("database is locked")
        error.sqlite_errorcode = sqlite3.SQLITE_BUSY
        raise error

    store.store_result = store_result_locked_once
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        runner = SweepRunner(tiny_config(), [parse_grid_spec("seed=0:2")], store=store, executor=executor)
        result = runner.run()

    assert len(calls) == 3
    assert [row.run_id is None for row in result.rows] == [True, False, False]
    assert "locked" in str(runner.store_error)
    assert len(store.list_runs()) == 2


class FinishAtSubmitExecutor(concurrent.futures.Executor):
    """An executor that runs each task when it is submitted, so every cell is already finished when the runner waits."""

    def submit(self, fn, /, *args, **kwargs):
        future = concurrent.futures.Future()
        future.set_result(fn(*args, **kwargs))
        return future


def test_cells_finishing_together_are_stored_in_grid_order(store):
    runner = SweepRunner(tiny_config(), [parse_grid_spec("seed=0:5")], store=store,
                         executor=FinishAtSubmitExecutor())
    result = runner.run()

    run_ids = [row.run_id for row in result.rows]
    assert run_ids == sorted(run_ids)
    assert [summary.run_id for summary in store.list_runs(order_by="id")] == run_ids


def test_diverged_and_failed_cells_are_nan(store):
    config = tiny_config()
    config.optimizer.name = "gd"
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    runner = SweepRunner(config, [parse_grid_spec("learning_rate=0.1,900")], store=store, executor=executor)
    broken = RunConfig()
    broken.data.source = "csv"
    broken.data.csv_path = "no/such/file.csv"
    broken_runner = SweepRunner(broken, [parse_grid_spec("seed=0")], store=store, executor=executor)

    result = runner.run()
    broken_result = broken_runner.run()
    executor.shutdown()

    assert [row.status for row in result.rows] == [FINISHED, DIVERGED]
    assert math.isnan(result.validation_cost[1])
    assert math.isnan(result.rows[1].validation_cost)
    assert "smaller learning rate" in result.rows[1].reason
    assert store.get_summary(result.rows[1].run_id).status == DIVERGED
    assert result.best_row().index == (0,)
    [failed] = broken_result.rows
    assert failed.status == FAILED
    assert "file.csv" in failed.reason
    assert store.get_summary(failed.run_id).status == FAILED
    assert result.sorted_rows("validation_cost")[-1].status == DIVERGED


def test_cancel_stops_running_workers(store):
    config = tiny_config()
    config.data.n_samples = 400
    config.training.mini_batch_size = 1
    cancel_times = []

    def cancel_once_long_cells_run(progress):
        # The two one-epoch cells finish first; the two long cells are then training.
        if progress.done == 2 and not cancel_times:
            time.sleep(0.5)
            cancel_times.append(time.monotonic())
            runner.cancel()

    runner = SweepRunner(config, [parse_grid_spec("epochs=1,100000"), parse_grid_spec("seed=0:1")], store=store,
                         max_workers=2, on_progress=cancel_once_long_cells_run)
    result = runner.run()
    returned = time.monotonic()

    assert cancel_times, "the one-epoch cells never finished"
    assert returned - cancel_times[0] < 2.5
    assert result.cancelled
    assert [row.status for row in result.rows[:2]] == [FINISHED, FINISHED]
    assert [row.status for row in result.rows[2:]] == [STOPPED, STOPPED]
    for row in result.rows[2:]:
        assert store.get_summary(row.run_id).status == STOPPED
        assert "Stopped on request" in row.reason
    assert math.isnan(result.validation_cost[1, 0])
    assert multiprocessing.active_children() == []
    assert child_pids() == set()


def test_cancel_before_run_starts_nothing(store):
    runner = SweepRunner(tiny_config(), [parse_grid_spec("seed=0:3")], store=store, max_workers=2)
    runner.cancel()

    result = runner.run()

    assert result.cancelled
    assert {row.status for row in result.rows} == {CANCELLED}
    assert store.list_runs() == []
    assert multiprocessing.active_children() == []


def test_invalid_worker_count_is_rejected():
    with pytest.raises(SweepError, match="max_workers = 0"):
        SweepRunner(tiny_config(), [parse_grid_spec("seed=0:1")], max_workers=0)


# -- Dask ----------------------------------------------------------------------------------------------------


def test_dask_cluster_runs_sweep(store, dask_cluster):
    executor = dask_executor(dask_cluster.scheduler_address)
    try:
        result = run_sweep(tiny_config(), ["learning_rate=0.01,0.1"], store=store, executor=executor,
                           tag="dask")
    finally:
        executor.shutdown()

    assert [row.status for row in result.rows] == [FINISHED, FINISHED]
    assert len(store.list_runs(tag="dask")) == 2
    assert not np.isnan(result.validation_accuracy).any()


def test_dask_missing_extra_is_explained(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)

    with pytest.raises(SweepError, match="optional dask extra"):
        dask_executor("tcp://127.0.0.1:8786")


def test_dask_unreachable_scheduler_is_explained():
    pytest.importorskip("distributed", reason="the optional dask extra is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]

    with pytest.raises(SweepError, match="cannot connect to the Dask scheduler"):
        dask_executor(f"tcp://127.0.0.1:{free_port}", timeout=1.0)


def test_cell_stopped_before_training_is_cancelled(monkeypatch):
    import threading

    from workbench.engine import config as config_module
    from workbench.engine import sweep as sweep_module

    stop_event = threading.Event()
    stop_event.set()
    monkeypatch.setattr(sweep_module, "_worker_stop_event", stop_event)

    record = sweep_module.train_cell({"config": config_module.to_dict(tiny_config()), "index": (0,)})

    assert record["status"] == CANCELLED
    assert len(record["iteration_costs"]) == 0


def test_cell_queued_before_cancel_skips_loading(monkeypatch):
    import threading

    from workbench.engine import config as config_module
    from workbench.engine import sweep as sweep_module

    def no_trainer(*args, **kwargs):
        raise AssertionError("a cancelled cell must not load its data or build a trainer")

    stop_event = threading.Event()
    stop_event.set()
    monkeypatch.setattr(sweep_module, "_worker_stop_event", stop_event)
    monkeypatch.setattr(sweep_module, "Trainer", no_trainer)

    record = sweep_module.train_cell({"config": config_module.to_dict(tiny_config()), "index": (0,)})

    assert record["status"] == CANCELLED
    assert record["epochs"] == []
    assert len(record["iteration_costs"]) == 0
    assert record["ended_at"] >= record["started_at"]


def test_runner_releases_stop_event(store):
    import gc
    import weakref

    events = []

    def remember_event(progress):
        if runner._stop_event is not None and not events:
            events.append(weakref.ref(runner._stop_event))

    runner = SweepRunner(tiny_config(), [parse_grid_spec("seed=0:1")], store=store, max_workers=1,
                         on_progress=remember_event)
    runner.run()
    gc.collect()

    assert events, "the runner created no process pool"
    assert events[0]() is None
    assert multiprocessing.active_children() == []


def test_cancel_timeout_replaces_default():
    runner = SweepRunner(tiny_config(), [parse_grid_spec("seed=0:1")], cancel_timeout=1.0)

    runner.cancel(timeout=3.0)

    assert runner.cancel_requested
    assert runner.cancel_timeout == 3.0


# -- imports -------------------------------------------------------------------------------------------------

SWEEP_IMPORT_SCRIPT = """
import sys, tempfile
from pathlib import Path
from workbench.engine.config import RunConfig
from workbench.engine.store import RunStore
from workbench.engine.sweep import SweepRunner, parse_grid_spec

if __name__ == "__main__":
    config = RunConfig()
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = 2
    config.training.mini_batch_size = 16
    store = RunStore(Path(tempfile.mkdtemp()) / "runs.sqlite3")
    before = set(sys.modules)
    SweepRunner(config, [parse_grid_spec("seed=0:1")], store=store, max_workers=2).run()
    print(",".join(sorted(name for name in set(sys.modules) - before
                          if name.startswith(("multiprocessing", "concurrent")))))
"""


def test_process_pool_sweep_imports_nothing_new(tmp_path):
    script = tmp_path / "sweep_imports.py"
    script.write_text(SWEEP_IMPORT_SCRIPT, encoding="utf-8")

    finished = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                              cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2])))

    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == ""
