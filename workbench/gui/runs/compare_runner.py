""""Compare optimizers" and "Compare decay": train four variants of the current config and store each run.

:class:`CompareRunner` lives in the GUI thread. It builds the configs (see
:mod:`~workbench.gui.runs.comparison_configs`), trains them one after another
in a :class:`CompareWorker` on a QThread, and relays the worker's signals
into the GUI thread. Each run is recorded with ``record_run``, so it is
stored while it trains and survives a crash. When the last run ends,
``finished`` carries the stored run ids; the owner then overlays them, e.g.
with ``RunComparisonView.show_runs(store, outcome.run_ids)``.

The runs train one at a time because the machine may have only two cores
and the GUI thread needs one. Cancel stops the running run at its next
mini-batch (it is stored as "stopped") and skips the rest.
"""

from __future__ import annotations

import copy
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal, Slot
from threadpoolctl import threadpool_limits

from workbench.engine.config import ConfigError, RunConfig
from workbench.engine.control import RunControl
from workbench.engine.store import RunStore, StoreError, record_run
from workbench.engine.training import Progress
from workbench.gui.display_names import optimizer_name, schedule_name
from workbench.gui.engine_messages import engine_error_text
from workbench.gui.runs.comparison_configs import decay_comparison_configs, optimizer_comparison_configs
from workbench.gui.runs.threads import join_thread, start_worker_thread

logger = logging.getLogger(__name__)

OPTIMIZERS = "optimizers"
DECAY = "decay"

#: Minimum time between two progress signals from the worker, in seconds.
REPORT_INTERVAL_SECONDS = 0.1


@dataclass
class CompareProgress:
    """How far a comparison is: the run in training, its epochs, and the whole comparison's share done."""

    run_index: int  # 0-based index of the run in training
    run_count: int
    run_name: str
    epoch: int  # epochs finished in the current run
    epochs: int  # epochs planned per run
    fraction: float  # share of the whole comparison done, in [0, 1]
    seconds_left: float | None  # estimate from the time so far; None before any progress


@dataclass
class CompareOutcome:
    """The result of a comparison: the stored runs in training order and whether it was cancelled."""

    kind: str  # OPTIMIZERS or DECAY
    run_ids: list[int] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    cancelled: bool = False


class CompareWorker(QObject):
    """Trains a list of configs in its thread, storing each; call :meth:`run` through ``QThread.started``."""

    progressed = Signal(object)  # CompareProgress
    run_stored = Signal(int)  # run id, after a run ended
    finished = Signal(object)  # CompareOutcome
    failed = Signal(str)

    def __init__(self, kind: str, configs: list[RunConfig], store: RunStore, tag: str) -> None:
        super().__init__()
        self._kind = kind
        self._configs = [copy.deepcopy(config) for config in configs]
        self._store = store
        self._tag = tag
        self._cancel = threading.Event()
        self._control: RunControl | None = None
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Stop the current run at its next mini-batch and skip the rest; safe from any thread."""
        self._cancel.set()
        with self._lock:
            if self._control is not None:
                self._control.request_stop()

    @Slot()
    def run(self) -> None:
        outcome = CompareOutcome(kind=self._kind)
        started = time.monotonic()
        try:
            # One BLAS thread, so training cannot starve the GUI thread on a two-core machine.
            with threadpool_limits(limits=1):
                for index, config in enumerate(self._configs):
                    if self._cancel.is_set():
                        break
                    run_id, status = self._train(index, config, started)
                    outcome.run_ids.append(run_id)
                    outcome.statuses.append(status)
                    self.run_stored.emit(run_id)
        except (ValueError, StoreError, sqlite3.Error) as error:
            # ConfigError and DatasetError are ValueErrors whose message names the value and the fix.
            logger.warning("Comparison run could not train: %s", error)
            self.failed.emit(engine_error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - the GUI must hear of every failure, or it waits forever
            logger.exception("Comparison failed")
            self.failed.emit(self.tr("The comparison failed with an unexpected error: {0}: {1}").format(
                type(error).__name__, error))
            return

        outcome.cancelled = self._cancel.is_set()
        self.finished.emit(outcome)

    def _train(self, index: int, config: RunConfig, started: float) -> tuple[int, str]:
        control = RunControl()
        with self._lock:
            self._control = control
            if self._cancel.is_set():
                control.request_stop()

        count = len(self._configs)
        epochs = config.training.epochs
        last_report = float("-inf")

        def on_progress(progress: Progress) -> None:
            nonlocal last_report
            now = time.monotonic()
            if now - last_report < REPORT_INTERVAL_SECONDS:
                return
            last_report = now
            fraction = (index + progress.epoch / epochs) / count
            elapsed = now - started
            seconds_left = elapsed / fraction * (1.0 - fraction) if fraction > 0 else None
            self.progressed.emit(CompareProgress(run_index=index, run_count=count, run_name=config.name,
                                                 epoch=progress.epoch, epochs=epochs, fraction=fraction,
                                                 seconds_left=seconds_left))

        run_id, result = record_run(config, self._store, on_progress, control, name=config.name, tags=[self._tag])
        logger.info("Comparison run %d (%s) ended: %s", run_id, config.name, result.status)
        with self._lock:
            self._control = None
        return run_id, result.status


class CompareRunner(QObject):
    """Starts comparisons and relays their worker's signals into the GUI thread.

    Signals: ``started(str)`` with the kind, ``progressed(object)`` with a
    :class:`CompareProgress`, ``run_stored(int)`` after each run ends,
    ``finished(object)`` with a :class:`CompareOutcome`, ``failed(str)``.
    """

    started = Signal(str)
    progressed = Signal(object)
    run_stored = Signal(int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, store: RunStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._thread = None
        self._worker: CompareWorker | None = None
        self._active = False

    @property
    def is_running(self) -> bool:
        """True from a start until ``finished`` or ``failed`` was relayed."""
        return self._active

    def start_optimizer_comparison(self, config: RunConfig) -> bool:
        """Train ``config`` with GD, momentum, RMSprop and Adam at the course defaults; False when it cannot start."""
        try:
            configs = optimizer_comparison_configs(config)
        except ConfigError as error:
            self.failed.emit(self.tr("Cannot compare optimizers: {0}").format(engine_error_text(error)))
            return False
        for variant in configs:
            variant.name = self.tr("Compare optimizers: {0}").format(optimizer_name(variant.optimizer.name))
        return self._start(OPTIMIZERS, configs, "compare-optimizers")

    def start_decay_comparison(self, config: RunConfig) -> bool:
        """Train ``config`` with Adam and four learning-rate schedules; False when it cannot start."""
        try:
            configs = decay_comparison_configs(config)
        except ConfigError as error:
            self.failed.emit(self.tr("Cannot compare decay schedules: {0}").format(engine_error_text(error)))
            return False
        for variant in configs:
            variant.name = self.tr("Compare decay: {0}").format(schedule_name(variant.schedule.name))
        return self._start(DECAY, configs, "compare-decay")

    def _start(self, kind: str, configs: list[RunConfig], tag_prefix: str) -> bool:
        if self._active:
            self.failed.emit(self.tr("A comparison is already running; cancel it or wait until it ends."))
            return False
        if self.store is None:
            self.failed.emit(self.tr("No run database is open, so the comparison runs cannot be stored."))
            return False

        join_thread(self._thread)
        tag = f"{tag_prefix}-{time.strftime('%Y%m%dT%H%M%S')}"
        worker = CompareWorker(kind, configs, self.store, tag)
        # Methods of this GUI-thread object as slots: Qt queues the calls into the GUI thread.
        worker.progressed.connect(self._on_worker_progressed)
        worker.run_stored.connect(self._on_worker_run_stored)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._worker = worker
        self._active = True
        self._thread = start_worker_thread(worker, f"compare-{kind}")
        self.started.emit(kind)
        return True

    def cancel(self) -> None:
        """Ask the comparison to stop; ``finished`` (with ``cancelled`` set) follows from the event loop."""
        if self._worker is not None and self._active:
            self._worker.cancel()

    def shutdown(self) -> None:
        """Cancel a running comparison and block until its thread has ended; safe to call twice."""
        self.cancel()
        join_thread(self._thread)
        self._thread = None

    def _on_worker_progressed(self, progress: CompareProgress) -> None:
        self.progressed.emit(progress)

    def _on_worker_run_stored(self, run_id: int) -> None:
        self.run_stored.emit(run_id)

    def _on_worker_finished(self, outcome: CompareOutcome) -> None:
        join_thread(self._thread)
        self._thread = None
        self._active = False
        self.finished.emit(outcome)

    def _on_worker_failed(self, message: str) -> None:
        join_thread(self._thread)
        self._thread = None
        self._active = False
        self.failed.emit(message)
