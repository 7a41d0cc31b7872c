"""Hyperparameter sweeps: train one run per cell of a grid over one or two settings.

Grid specs
----------
One axis is written ``NAME=VALUES``:

===============================  =====================================================
``learning_rate=1e-4:1e-1:log:7``  7 values from 1e-4 to 1e-1, evenly spaced in log10
``decay_rate=0:2:lin:5``           5 values from 0 to 2, evenly spaced (0, 0.5, … 2)
``seed=0:4``                       the whole numbers 0 to 4, both ends included
``beta1=0.8,0.9,0.99``             the listed values
``optimizer=gd,momentum,adam``     the listed values, as text
===============================  =====================================================

``NAME`` is a short name from :data:`SHORT_NAMES` or a dotted config field
such as ``network.l2``. ``seed`` sets both ``network.seed`` and
``training.seed``, so each value repeats the run with other initial weights
and another shuffle on the same data. Whole-number settings
(``mini_batch_size``) accept ``a:b:log:n`` when the rounded values are
distinct, e.g. ``mini_batch_size=16:256:log:5``. Every cell's config is
validated before any training starts.

Running
-------
:class:`SweepRunner` submits one task per cell, :func:`train_cell`, to a
``concurrent.futures.Executor``. By default it is a process pool with the
"spawn" start method, which is safe next to Qt's threads. Tasks get and
return plain data, so any executor works, including a Dask cluster
(:func:`dask_executor`). The parent process stores each finished run in the
:class:`~workbench.engine.store.RunStore`, so workers never open the database.
Progress (cells done, total, an estimate of the time left) reaches a callback
in the thread that called :meth:`SweepRunner.run`.

Cancel (:meth:`SweepRunner.cancel`) cancels the cells not yet started. In the
runner's own process pool, running cells stop at their next mini-batch
through a shared ``multiprocessing`` event and are stored as "stopped", and
worker processes that do not exit within ``cancel_timeout`` seconds are
terminated.
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import csv
import dataclasses
import itertools
import logging
import math
import multiprocessing
import multiprocessing.connection
import multiprocessing.queues
import multiprocessing.resource_tracker
import multiprocessing.spawn
import multiprocessing.synchronize
import os
import signal
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import numpy as np

from .config import RunConfig, from_dict, replace, to_dict
from .control import RunControl
from .store import FAILED, FINISHED, STOPPED, STORE_WRITE_ERRORS, RunStore, is_transient_error, utc_now
from .training import EpochMetrics, RunResult, Trainer

# The process pool imports the modules above and the ones below on first use. Importing them with this
# module means that a sweep started in a background thread imports nothing there. One test run hung with
# the sweep thread waiting on an import lock while the GUI thread waited for the sweep.
if sys.platform == "win32":
    import multiprocessing.popen_spawn_win32  # noqa: F401
else:
    import multiprocessing.popen_fork  # noqa: F401
    import multiprocessing.popen_spawn_posix  # noqa: F401

logger = logging.getLogger(__name__)

#: Short grid names and the config fields each one sets.
SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "learning_rate": ("optimizer.learning_rate",),
    "optimizer": ("optimizer.name",),
    "beta": ("optimizer.beta",),
    "beta1": ("optimizer.beta1",),
    "beta2": ("optimizer.beta2",),
    "epsilon": ("optimizer.epsilon",),
    "mini_batch_size": ("training.mini_batch_size",),
    "epochs": ("training.epochs",),
    "decay_rate": ("schedule.decay_rate",),
    "l2": ("network.l2",),
    "seed": ("network.seed", "training.seed"),
}

#: Most values one axis may have, and most cells a grid may have.
MAX_AXIS_VALUES = 1000
MAX_CELLS = 10_000
MAX_AXES = 2

#: Status of a cell that never ran because the sweep was cancelled first.
CANCELLED = "cancelled"

SPEC_EXAMPLES = "e.g. learning_rate=1e-4:1e-1:log:7, beta1=0.8,0.9,0.99 or seed=0:4"


class SweepError(ValueError):
    """An invalid grid spec or sweep setting; the message names the value and how to fix it."""


@dataclass(frozen=True)
class GridAxis:
    """One swept setting: its name as written, the config fields it sets, and its values in order."""

    name: str
    fields: tuple[str, ...]
    values: tuple


@dataclass(frozen=True)
class SweepCell:
    """One grid cell: its index along each axis, its values and the full config it trains."""

    index: tuple[int, ...]
    values: tuple
    config: RunConfig
    label: str  # e.g. "learning_rate=0.001, beta1=0.9"


@dataclass
class SweepRow:
    """One cell's outcome, for the sweep table and CSV.

    The metrics are those of the last finished epoch for "finished" and
    "stopped" cells, and NaN for "diverged", "failed" and "cancelled" ones.
    """

    index: tuple[int, ...]
    values: tuple
    label: str
    status: str  # finished, stopped, diverged, failed or cancelled
    reason: str
    train_cost: float = math.nan
    train_accuracy: float = math.nan
    validation_cost: float = math.nan
    validation_accuracy: float = math.nan
    epochs_completed: int = 0
    elapsed_seconds: float = math.nan  # training time in the worker
    run_id: int | None = None  # the stored run, None when nothing was stored
    notices: list[str] = field(default_factory=list)  # adjusted settings, e.g. a clamped mini-batch size


@dataclass
class SweepProgress:
    """A progress report: cells done out of the total and an estimate of the time left."""

    done: int
    total: int
    elapsed_seconds: float  # wall-clock time since the sweep started
    estimated_seconds_left: float | None  # None until the first cell is done
    row: SweepRow | None  # the cell that just finished; None in the first report


@dataclass
class SweepResult:
    """The outcome of a sweep: axes, one row per cell in grid order, and metric grids.

    Each metric grid has one dimension per axis (shape ``(len(axis 0),)`` or
    ``(len(axis 0), len(axis 1))``) and contains the final metric of
    "finished" cells only, NaN elsewhere.
    """

    axes: list[GridAxis]
    rows: list[SweepRow]
    validation_cost: np.ndarray
    validation_accuracy: np.ndarray
    train_cost: np.ndarray
    train_accuracy: np.ndarray
    cancelled: bool
    tag: str  # the tag every stored run of this sweep carries
    elapsed_seconds: float

    def sorted_rows(self, key: str = "validation_cost", descending: bool = False) -> list[SweepRow]:
        """Return the rows sorted by one :class:`SweepRow` field; NaN and None sort last in both directions."""
        known = {item.name for item in dataclasses.fields(SweepRow)}
        if key not in known:
            raise SweepError(f"sort key {key!r} is unknown; use one of {', '.join(sorted(known))}")

        def missing(row: SweepRow) -> bool:
            value = getattr(row, key)
            return value is None or (isinstance(value, float) and math.isnan(value))

        present = [row for row in self.rows if not missing(row)]
        absent = [row for row in self.rows if missing(row)]
        present.sort(key=lambda row: getattr(row, key), reverse=descending)
        return present + absent

    def best_row(self, key: str = "validation_cost") -> SweepRow | None:
        """Return the finished cell with the lowest cost, or the highest accuracy for an ``*_accuracy`` key."""
        finished = [row for row in self.rows if row.status == FINISHED and not math.isnan(getattr(row, key))]
        if not finished:
            return None
        if key.endswith("accuracy"):
            return max(finished, key=lambda row: getattr(row, key))
        return min(finished, key=lambda row: getattr(row, key))


# -- grid specs ----------------------------------------------------------------------------------------------


def _config_fields() -> dict[str, Any]:
    """Return every dotted config field with its default value."""
    defaults = to_dict(RunConfig())
    fields: dict[str, Any] = {}
    for section, values in defaults.items():
        if isinstance(values, dict):
            for key, value in values.items():
                fields[f"{section}.{key}"] = value
    return fields


def _resolve_name(name: str, spec: str) -> tuple[str, ...]:
    if name in SHORT_NAMES:
        return SHORT_NAMES[name]
    if name in _config_fields():
        return (name,)
    raise SweepError(f"grid spec {spec!r}: setting {name!r} is unknown; use one of {', '.join(SHORT_NAMES)} "
                     "or a dotted config field such as network.l2")


def _parse_scalar(text: str) -> Any:
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def _parse_number(text: str, spec: str, role: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise SweepError(f"grid spec {spec!r}: {role} {text!r} is not a number; {SPEC_EXAMPLES}") from None
    if not math.isfinite(value):
        raise SweepError(f"grid spec {spec!r}: {role} {text!r} must be a finite number; {SPEC_EXAMPLES}")
    return value


def _parse_range(values_text: str, spec: str) -> list[Any]:
    parts = [part.strip() for part in values_text.split(":")]

    if len(parts) == 2:
        try:
            start, stop = int(parts[0]), int(parts[1])
        except ValueError:
            raise SweepError(f"grid spec {spec!r}: a:b ranges take whole numbers, e.g. seed=0:4; for other "
                             "numbers write a:b:lin:n or a:b:log:n") from None
        if stop < start:
            raise SweepError(f"grid spec {spec!r}: the range {start}:{stop} is empty; write the smaller number first")
        if stop - start + 1 > MAX_AXIS_VALUES:
            raise SweepError(f"grid spec {spec!r}: {stop - start + 1} values are too many; use at most "
                             f"{MAX_AXIS_VALUES}")
        return list(range(start, stop + 1))

    if len(parts) == 4:
        start = _parse_number(parts[0], spec, "start")
        stop = _parse_number(parts[1], spec, "stop")
        scale = parts[2].lower()
        try:
            count = int(parts[3])
        except ValueError:
            raise SweepError(f"grid spec {spec!r}: the count {parts[3]!r} must be a whole number, e.g. 7") from None
        if not 1 <= count <= MAX_AXIS_VALUES:
            raise SweepError(f"grid spec {spec!r}: the count {count} must be between 1 and {MAX_AXIS_VALUES}")
        if scale == "lin":
            return [float(value) for value in np.linspace(start, stop, count)]
        if scale == "log":
            if start <= 0 or stop <= 0:
                raise SweepError(f"grid spec {spec!r}: a log scale needs positive ends, not {parts[0]} and "
                                 f"{parts[1]}; use lin for ranges that include 0")
            return [float(value) for value in np.logspace(math.log10(start), math.log10(stop), count)]
        raise SweepError(f"grid spec {spec!r}: the scale {parts[2]!r} is unknown; use log or lin, "
                         "e.g. learning_rate=1e-4:1e-1:log:7")

    raise SweepError(f"grid spec {spec!r}: a range is start:stop (whole numbers) or start:stop:log:count or "
                     f"start:stop:lin:count; {SPEC_EXAMPLES}")


def _coerce(value: Any, default: Any, dotted_field: str, spec: str, round_to_whole: bool) -> Any:
    """Convert a parsed value to the type of the config field's default.

    ``round_to_whole`` lets a float from a lin or log range become the
    nearest whole number for a whole-number field. Listed values must
    already be whole.
    """
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        raise SweepError(f"grid spec {spec!r}: {dotted_field} takes true or false, not {value!r}")
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SweepError(f"grid spec {spec!r}: {dotted_field} takes whole numbers, not {value!r}")
        if isinstance(value, float) and not round_to_whole and not value.is_integer():
            raise SweepError(f"grid spec {spec!r}: {dotted_field} takes whole numbers, not {value!r}")
        return int(round(value))
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SweepError(f"grid spec {spec!r}: {dotted_field} takes numbers, not {value!r}")
        return float(value)
    if isinstance(default, str):
        return str(value)
    raise SweepError(f"grid spec {spec!r}: {dotted_field} cannot be swept; sweep numbers, true/false or names")


def parse_grid_spec(spec: str) -> GridAxis:
    """Parse one ``NAME=VALUES`` grid spec (syntax in the module docstring); raise :class:`SweepError` when invalid."""
    text = spec.strip()
    name, separator, values_text = text.partition("=")
    name = name.strip()
    values_text = values_text.strip()
    if not separator or not name or not values_text:
        raise SweepError(f"grid spec {spec!r} is invalid: write NAME=VALUES, {SPEC_EXAMPLES}")

    fields = _resolve_name(name, spec)
    defaults = _config_fields()

    is_range = ":" in values_text and "," not in values_text
    if is_range:
        raw_values = _parse_range(values_text, spec)
    else:
        items = [item.strip() for item in values_text.split(",")]
        if any(item == "" for item in items):
            raise SweepError(f"grid spec {spec!r} has an empty value; separate values with single commas, "
                             "e.g. beta1=0.8,0.9,0.99")
        if len(items) > MAX_AXIS_VALUES:
            raise SweepError(f"grid spec {spec!r}: {len(items)} values are too many; use at most {MAX_AXIS_VALUES}")
        raw_values = [_parse_scalar(item) for item in items]

    values = [_coerce(value, defaults[fields[0]], fields[0], spec, round_to_whole=is_range) for value in raw_values]
    duplicates = sorted({repr(value) for value in values if values.count(value) > 1})
    if duplicates:
        raise SweepError(f"grid spec {spec!r} gives {', '.join(duplicates)} more than once (whole-number settings "
                         "are rounded); list each value once or use fewer log steps")
    return GridAxis(name=name, fields=fields, values=tuple(values))


def format_value(value: Any) -> str:
    """Format a swept value for labels and CSV: floats in short ``g`` form, others as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def build_cells(base_config: RunConfig, axes: Sequence[GridAxis]) -> list[SweepCell]:
    """Return one validated config per grid cell, in row-major order (the last axis varies fastest).

    Raises :class:`SweepError` for no axis, more than two axes, two axes that
    set the same field, or more than :data:`MAX_CELLS` cells, and
    :class:`~workbench.engine.config.ConfigError` when a cell's value is
    invalid for its field (e.g. ``beta1=1.5``).
    """
    if not axes:
        raise SweepError(f"a sweep needs at least one grid axis, {SPEC_EXAMPLES}")
    if len(axes) > MAX_AXES:
        raise SweepError(f"a sweep takes one or two grid axes, not {len(axes)}; run several sweeps for more settings")
    seen: dict[str, str] = {}
    for axis in axes:
        for dotted_field in axis.fields:
            if dotted_field in seen:
                raise SweepError(f"grid axes {seen[dotted_field]!r} and {axis.name!r} both set {dotted_field}; "
                                 "sweep each setting on one axis only")
            seen[dotted_field] = axis.name
    total = math.prod(len(axis.values) for axis in axes)
    if total > MAX_CELLS:
        raise SweepError(f"the grid has {total} cells, more than {MAX_CELLS}; use fewer values per axis")

    cells = []
    for index in itertools.product(*(range(len(axis.values)) for axis in axes)):
        values = tuple(axis.values[position] for axis, position in zip(axes, index))
        changes = {dotted_field: value for axis, value in zip(axes, values) for dotted_field in axis.fields}
        label = ", ".join(f"{axis.name}={format_value(value)}" for axis, value in zip(axes, values))
        config = replace(base_config, **changes)
        config.name = f"{base_config.name} {label}".strip()
        cells.append(SweepCell(index=tuple(index), values=values, config=config, label=label))
    return cells


# -- the worker task -----------------------------------------------------------------------------------------

# The stop event of the process pool this worker belongs to; set by _initialize_worker.
_worker_stop_event: Any = None


def _initialize_worker(stop_event: Any) -> None:
    """Prepare a pool worker process: remember the pool's stop event, ignore Ctrl+C, log only errors.

    A Ctrl+C in a terminal reaches every process of the group. Workers ignore
    it and stop through the event instead, so the parent decides what happens.
    """
    global _worker_stop_event
    _worker_stop_event = stop_event
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    # Every cell's notices reach the parent in its record, so workers need not repeat them on stderr.
    logging.getLogger("workbench").setLevel(logging.ERROR)


class _EventRunControl(RunControl):
    """A :class:`RunControl` that also stops when a cross-process event is set, checked once per mini-batch."""

    def __init__(self, event: Any) -> None:
        super().__init__()
        self._event = event

    def checkpoint(self) -> bool:
        if self._event.is_set():
            self.request_stop()
        return super().checkpoint()


def _epoch_to_dict(metrics: EpochMetrics) -> dict:
    return dataclasses.asdict(metrics)


def train_cell(payload: dict) -> dict:
    """Train one cell in a worker and return its record as plain, picklable data.

    ``payload`` has ``config`` (a config dict, see ``config.to_dict``) and
    ``index`` (the cell's grid index). The returned dict has ``index``,
    ``status``, ``reason``, ``notices``, ``epochs`` (a list of EpochMetrics
    dicts), ``iteration_costs`` and ``iteration_learning_rates`` (float64
    arrays), ``elapsed_seconds``, ``started_at`` and ``ended_at`` (UTC ISO
    8601) and ``pid``. An error while loading data or training is returned
    as status "failed" with the error in ``reason`` rather than raised, so
    one bad cell does not end the sweep.
    """
    started_at = utc_now()
    control = _EventRunControl(_worker_stop_event) if _worker_stop_event is not None else RunControl()
    record: dict[str, Any] = {"index": payload["index"], "started_at": started_at, "pid": os.getpid()}

    if _worker_stop_event is not None and _worker_stop_event.is_set():
        # The pool still hands out the cells it queued before the cancel. Skipping their data loading
        # lets the worker reach the pool's exit request at once.
        record.update(status=CANCELLED, reason="The sweep was cancelled before this cell ran.", notices=[],
                      epochs=[], iteration_costs=np.empty(0), iteration_learning_rates=np.empty(0),
                      elapsed_seconds=0.0, ended_at=utc_now())
        return record

    try:
        config = from_dict(payload["config"])
        trainer = Trainer(config)
        result = trainer.run(control)
    except Exception as error:  # noqa: BLE001 - the error is returned to the parent as the cell's reason
        logger.warning("Sweep cell %s failed: %s", payload["index"], error)
        record.update(status=FAILED, reason=f"{type(error).__name__}: {error}", notices=[], epochs=[],
                      iteration_costs=np.empty(0), iteration_learning_rates=np.empty(0), elapsed_seconds=0.0,
                      traceback=traceback.format_exc(), ended_at=utc_now())
        return record

    status, reason = result.status, result.reason
    if status == "stopped" and len(result.iteration_costs) == 0:
        # The cancel arrived before the first mini-batch: nothing was trained, so
        # the cell counts as cancelled and is not stored as a run.
        status, reason = CANCELLED, "The sweep was cancelled before this cell ran."
    record.update(status=status, reason=reason, notices=list(result.notices),
                  epochs=[_epoch_to_dict(metrics) for metrics in result.epochs],
                  iteration_costs=np.asarray(result.iteration_costs, dtype=np.float64),
                  iteration_learning_rates=np.asarray(result.iteration_learning_rates, dtype=np.float64),
                  elapsed_seconds=result.elapsed_seconds, ended_at=utc_now())
    return record


def result_from_record(record: dict) -> RunResult:
    """Rebuild the :class:`RunResult` of a record returned by :func:`train_cell`."""
    return RunResult(status=record["status"], reason=record["reason"], notices=list(record["notices"]),
                     iteration_costs=np.asarray(record["iteration_costs"], dtype=np.float64),
                     iteration_learning_rates=np.asarray(record["iteration_learning_rates"], dtype=np.float64),
                     epochs=[EpochMetrics(**metrics) for metrics in record["epochs"]],
                     elapsed_seconds=record["elapsed_seconds"])


# -- the runner ----------------------------------------------------------------------------------------------


def _row_from_record(cell: SweepCell, record: dict, run_id: int | None) -> SweepRow:
    row = SweepRow(index=cell.index, values=cell.values, label=cell.label, status=record["status"],
                   reason=record["reason"], epochs_completed=len(record["epochs"]),
                   elapsed_seconds=record["elapsed_seconds"], run_id=run_id, notices=list(record["notices"]))
    if record["status"] in (FINISHED, STOPPED) and record["epochs"]:
        last = record["epochs"][-1]
        row.train_cost = last["train_cost"]
        row.train_accuracy = last["train_accuracy"]
        row.validation_cost = last["validation_cost"]
        row.validation_accuracy = last["validation_accuracy"]
    return row


def default_sweep_tag() -> str:
    """Return a tag naming a new sweep by its UTC start time, e.g. ``sweep-20261204T205829Z``."""
    return "sweep-" + time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


class SweepRunner:
    """A sweep in progress: trains every cell of a grid on an executor and stores each run.

    ``executor``: any ``concurrent.futures.Executor``. When None, the runner
    creates a process pool with the "spawn" start method and ``max_workers``
    processes (default ``os.cpu_count()``, at most one per cell), and shuts it
    down at the end. An executor passed in is left running for its owner.
    ``store``: where finished runs go (None stores nothing); each run gets the
    tag ``tag`` (default :func:`default_sweep_tag`). A store error never ends
    the sweep: the cell's row gets no run id, the error is logged and kept in
    :attr:`store_error`, and after an error other than a locked database or a
    full disk no later run is stored. ``on_progress`` is called
    in the thread that calls :meth:`run`: once at the start and once per
    finished cell. ``cancel_timeout``: seconds that :meth:`cancel` waits for
    running cells before giving up on them.
    """

    def __init__(self, base_config: RunConfig, axes: Sequence[GridAxis], store: RunStore | None = None,
                 executor: concurrent.futures.Executor | None = None, max_workers: int | None = None,
                 on_progress: Callable[[SweepProgress], None] | None = None, tag: str | None = None,
                 cancel_timeout: float = 1.0) -> None:
        self.axes = list(axes)
        self.cells = build_cells(base_config, self.axes)
        self.store = store
        self.executor = executor
        if max_workers is not None and max_workers < 1:
            raise SweepError(f"max_workers = {max_workers} is invalid; use 1 or more worker processes")
        self.max_workers = max_workers or os.cpu_count() or 1
        self.on_progress = on_progress
        self.tag = tag or default_sweep_tag()
        self.cancel_timeout = cancel_timeout
        self._cancel_requested = threading.Event()
        self._stop_event: Any = None
        self.store_error: Exception | None = None  # the last error storing a run, None while every run was stored
        self._storing = store is not None

    def cancel(self, timeout: float | None = None) -> None:
        """Ask a running sweep to stop; safe to call from any thread or a signal handler.

        ``timeout`` replaces :attr:`cancel_timeout`, the seconds running cells
        get to stop before their processes are terminated, e.g. a longer grace
        when the app closes. It applies when :meth:`run` starts to cancel, so
        it has no effect after the cancel is already under way.
        """
        if timeout is not None:
            self.cancel_timeout = timeout
        self._cancel_requested.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested.is_set()

    def run(self) -> SweepResult:
        """Train every cell and return the result; returns early, with ``cancelled`` set, after :meth:`cancel`."""
        started = time.monotonic()
        owns_executor = self.executor is None
        executor = self.executor if self.executor is not None else self._create_pool()
        rows: dict[tuple[int, ...], SweepRow] = {}
        total = len(self.cells)
        self._report(0, total, started, None)

        futures: dict[concurrent.futures.Future, SweepCell] = {}
        cancel_deadline: float | None = None
        try:
            for cell in self.cells:
                if self.cancel_requested:
                    break
                payload = {"config": to_dict(cell.config), "index": list(cell.index)}
                futures[executor.submit(train_cell, payload)] = cell

            pending = set(futures)
            while pending and not self.cancel_requested:
                done, pending = concurrent.futures.wait(pending, timeout=0.1,
                                                        return_when=concurrent.futures.FIRST_COMPLETED)
                # Collect in grid order, so runs that finish together are stored in a predictable order.
                for future in sorted(done, key=lambda finished: futures[finished].index):
                    row = self._collect(future, futures[future])
                    rows[row.index] = row
                    self._report(len(rows), total, started, row)

            if self.cancel_requested:
                cancel_deadline = time.monotonic() + self.cancel_timeout
                for row in self._cancel(executor, pending, futures, owns_executor, cancel_deadline):
                    rows[row.index] = row
        finally:
            if owns_executor:
                if cancel_deadline is None and sys.exc_info()[0] is not None:
                    # After an error in this thread (e.g. in on_progress), stop the workers instead of
                    # waiting for every remaining cell.
                    if self._stop_event is not None:
                        self._stop_event.set()
                    cancel_deadline = time.monotonic() + self.cancel_timeout
                self._shutdown_pool(executor, cancel_deadline)
                # Dropping the pool's event now unlinks its named semaphores, instead of when this runner is
                # garbage collected or the process exits.
                self._stop_event = None

        for cell in self.cells:
            if cell.index not in rows:
                rows[cell.index] = SweepRow(index=cell.index, values=cell.values, label=cell.label,
                                            status=CANCELLED,
                                            reason="The sweep was cancelled before this cell finished.")
        ordered = [rows[cell.index] for cell in self.cells]
        result = self._result(ordered, time.monotonic() - started)
        logger.info("Sweep %s %s: %d cells in %.1f s", self.tag, "cancelled" if result.cancelled else "finished",
                    total, result.elapsed_seconds)
        return result

    def _create_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")
        self._stop_event = context.Event()
        workers = max(1, min(self.max_workers, len(self.cells)))
        return concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                                      initializer=_initialize_worker, initargs=(self._stop_event,))

    def _collect(self, future: concurrent.futures.Future, cell: SweepCell) -> SweepRow:
        """Turn a finished future into a row, storing the run when the worker returned a record."""
        try:
            record = future.result()
        except concurrent.futures.CancelledError:
            return SweepRow(index=cell.index, values=cell.values, label=cell.label, status=CANCELLED,
                            reason="The sweep was cancelled before this cell ran.")
        except Exception as error:  # noqa: BLE001 - a broken worker fails this cell, not the sweep
            logger.error("Sweep cell %s (%s) failed in its executor: %s", cell.index, cell.label, error)
            return SweepRow(index=cell.index, values=cell.values, label=cell.label, status=FAILED,
                            reason=f"The worker failed: {type(error).__name__}: {error}")

        run_id = None
        if record["status"] != CANCELLED:
            run_id = self._store_run(cell, record)
        return _row_from_record(cell, record, run_id)

    def _store_run(self, cell: SweepCell, record: dict) -> int | None:
        """Store the run of ``cell`` and return its id; None when nothing is stored (see the class docstring)."""
        if not self._storing:
            return None
        try:
            return self.store.store_result(cell.config, result_from_record(record), name=cell.label, tags=[self.tag],
                                           started_at=record["started_at"], ended_at=record["ended_at"])
        except STORE_WRITE_ERRORS as error:
            self._storing = is_transient_error(error)
            logger.error("Could not store sweep cell %s (%s) in %s; %s: %s", cell.index, cell.label, self.store.path,
                         "will try again with the next cell" if self._storing else "no more runs of this sweep are "
                         "stored", error)
            self.store_error = error
            return None

    def _cancel(self, executor: concurrent.futures.Executor, pending: set, futures: dict, owns_executor: bool,
                deadline: float) -> list[SweepRow]:
        """Cancel waiting cells, stop running ones, and collect what finishes before ``deadline``."""
        logger.info("Cancelling sweep %s with %d cells not done", self.tag, len(pending))
        if self._stop_event is not None:
            self._stop_event.set()
        still_pending = {future for future in pending if not future.cancel()}

        rows = []
        if still_pending:
            done, _ = concurrent.futures.wait(still_pending, timeout=max(0.0, deadline - time.monotonic()))
            for future in done:
                rows.append(self._collect(future, futures[future]))
        if not owns_executor:
            # NOTE: cells already running on a caller's executor (e.g. Dask) run to their end; results are dropped.
            for future in still_pending:
                future.cancel()
        return rows

    def _shutdown_pool(self, executor: concurrent.futures.ProcessPoolExecutor, deadline: float | None) -> None:
        """Shut the runner's own pool down; after a cancel, terminate workers still alive at ``deadline``.

        Only the pool's own management thread joins the worker processes.
        Joining them here as well would race with it for the exit status, and
        the loser would see a finished process as still running.
        """
        if deadline is None:
            executor.shutdown(wait=True)
            return

        # The pool's process table and management thread are private, but shutdown(wait=False) drops both.
        processes = list((getattr(executor, "_processes", None) or {}).values())
        manager_thread = getattr(executor, "_executor_manager_thread", None)
        executor.shutdown(wait=False, cancel_futures=True)
        running = {process.sentinel: process for process in processes}
        while running:
            timeout = deadline - time.monotonic()
            if timeout <= 0:
                break
            for sentinel in multiprocessing.connection.wait(list(running), timeout=timeout):
                running.pop(sentinel)
        for process in running.values():
            logger.warning("Terminating sweep worker pid %s, which did not stop within %.1f s of the cancel",
                           process.pid, self.cancel_timeout)
            process.terminate()
        if manager_thread is not None:
            manager_thread.join()

    def _report(self, done: int, total: int, started: float, row: SweepRow | None) -> None:
        if self.on_progress is None:
            return
        elapsed = time.monotonic() - started
        # The mean wall-clock time per finished cell already includes the parallelism achieved so far.
        estimate = elapsed / done * (total - done) if done else None
        self.on_progress(SweepProgress(done=done, total=total, elapsed_seconds=elapsed,
                                       estimated_seconds_left=estimate, row=row))

    def _result(self, rows: list[SweepRow], elapsed_seconds: float) -> SweepResult:
        shape = tuple(len(axis.values) for axis in self.axes)
        grids = {name: np.full(shape, np.nan) for name in
                 ("validation_cost", "validation_accuracy", "train_cost", "train_accuracy")}
        for row in rows:
            if row.status != FINISHED:
                continue
            for name, grid in grids.items():
                grid[row.index] = getattr(row, name)
        return SweepResult(axes=self.axes, rows=rows, cancelled=self.cancel_requested, tag=self.tag,
                           elapsed_seconds=elapsed_seconds, **grids)


def run_sweep(base_config: RunConfig, grid_specs: Iterable[str], store: RunStore | None = None,
              **runner_options: Any) -> SweepResult:
    """Parse ``grid_specs``, run the sweep with :class:`SweepRunner` and return its result."""
    axes = [parse_grid_spec(spec) for spec in grid_specs]
    return SweepRunner(base_config, axes, store=store, **runner_options).run()


# -- output --------------------------------------------------------------------------------------------------

SWEEP_CSV_METRICS = ("status", "train_cost", "train_accuracy", "validation_cost", "validation_accuracy",
                     "epochs_completed", "elapsed_seconds", "run_id", "reason")


def _csv_number(value: float) -> str:
    return repr(float(value))


def write_sweep_csv(result: SweepResult, path: str | Path) -> None:
    """Write one row per cell: the swept values (one column per axis name), then :data:`SWEEP_CSV_METRICS`.

    Numbers use Python's shortest round-trip form; NaN is written ``nan`` and
    a missing run id as an empty field.
    """
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow([axis.name for axis in result.axes] + list(SWEEP_CSV_METRICS))
        for row in result.rows:
            swept = [format_value(value) if not isinstance(value, float) else _csv_number(value)
                     for value in row.values]
            writer.writerow(swept + [
                row.status,
                _csv_number(row.train_cost),
                _csv_number(row.train_accuracy),
                _csv_number(row.validation_cost),
                _csv_number(row.validation_accuracy),
                row.epochs_completed,
                _csv_number(row.elapsed_seconds),
                "" if row.run_id is None else row.run_id,
                row.reason,
            ])


# -- Dask ----------------------------------------------------------------------------------------------------


class _DaskExecutor(concurrent.futures.Executor):
    """A Dask client's executor that also closes the client on :meth:`shutdown`."""

    def __init__(self, client: Any) -> None:
        self._client = client
        # pure=False: Dask would otherwise merge two submissions with equal arguments into one task.
        self._executor = client.get_executor(pure=False)

    def submit(self, fn, /, *args, **kwargs):
        return self._executor.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        try:
            self._executor.shutdown(wait=wait and not cancel_futures)
        finally:
            self._client.close()


def dask_executor(address: str, timeout: float = 10.0) -> concurrent.futures.Executor:
    """Connect to the Dask scheduler at ``address`` and return an executor that runs tasks on its workers.

    Needs the optional ``dask`` extra (``pip install "optimizer-workbench[dask]"``)
    in this process and the ``workbench`` package on every worker. Call
    ``shutdown()`` on the executor when done, which also closes the client.
    Raises :class:`SweepError` when Dask is missing or the scheduler cannot
    be reached within ``timeout`` seconds.
    """
    try:
        import distributed
    except ImportError as error:
        raise SweepError("running a sweep on a Dask cluster needs the optional dask extra; install it with "
                         "pip install \"optimizer-workbench[dask]\" (or pip install \"dask[distributed]\")") from error

    try:
        client = distributed.Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise SweepError(f"cannot connect to the Dask scheduler at {address!r} within {timeout:g} s ({error}); "
                         "check the address, e.g. tcp://127.0.0.1:8786, and that the scheduler is running") from error
    return _DaskExecutor(client)
