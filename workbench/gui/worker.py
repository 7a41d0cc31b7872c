"""Training in a background thread: the worker, and the GUI-thread runner that owns its QThread.

This module owns the training thread; comparisons and sweeps have theirs in
``workbench.gui.runs.threads`` and data previews in
``workbench.gui.data_preview``. :class:`TrainingWorker`
lives in a QThread and calls ``Trainer.run`` with a ``RunControl`` and a
progress callback; it sends plain data (the engine's ``Progress`` and
``RunResult``, :class:`~workbench.gui.boundary.BoundaryGrid`) through signals.
Given a :class:`~workbench.engine.store.RunStore`, it also records the run
there as it trains, with a ``RunRecorder`` whose callback runs first and
then forwards each report to the worker's own. Its control is a
:class:`~workbench.gui.pacing.PacedRunControl`, so a run can be slowed to a
pace (iterations per second) that the GUI thread may change at any time.
:class:`TrainingRunner` lives in the GUI thread: it starts and stops the
thread, receives the worker's signals in the GUI thread, queues the progress
reports for the window's refresh timer and re-emits everything as
GUI-thread signals.

Stopping: set the stop request, ``thread.quit()``, then ``thread.wait()``.
``quit`` must be called explicitly, because a queued ``finished → quit``
connection cannot run while the GUI thread is blocked in ``wait``.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import math
import sqlite3
import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from workbench.engine.config import RunConfig
from workbench.engine.control import RunControl
from workbench.engine.datasets import Dataset
from workbench.engine.store import RunRecorder, RunStore, StoreError
from workbench.engine.training import Progress, RunResult, Trainer
from workbench.gui.boundary import BoundaryGrid, compute_boundary_grid, grid_bounds
from workbench.gui.engine_messages import engine_error_text, store_error_text
from workbench.gui.pacing import AS_FAST_AS_POSSIBLE, PacedRunControl, RateMeter, check_pace

logger = logging.getLogger(__name__)

#: Maximum time between two decision-boundary grids while the network changes, in seconds.
BOUNDARY_INTERVAL_SECONDS = 0.25
#: Time between two decision-boundary grids of a paced run, in seconds, counted in iterations at the pace.
PACED_BOUNDARY_INTERVAL_SECONDS = 0.1
#: Grid points per axis of the decision-boundary image.
BOUNDARY_RESOLUTION = 80
#: Time the trainer waits between two progress reports, in seconds.
REPORT_INTERVAL_SECONDS = 0.05
#: Time window over which the iterations/s of the emitted progress reports is measured, in seconds.
RATE_WINDOW_SECONDS = 1.0
#: How long :meth:`TrainingRunner.stop` waits for the thread before it logs an error (it then keeps waiting).
STOP_WARNING_MS = 5000

# Threads started by any runner and not yet waited for, with the control of their run.
_live_threads: dict[QThread, RunControl] = {}


def live_training_threads() -> list[QThread]:
    """Return the training threads that were started and are still running."""
    return [thread for thread in _live_threads if thread.isRunning()]


def stop_all_training_threads() -> int:
    """Stop every training thread that is still running and wait for it; return how many there were.

    A safety net for tests and shutdown code: a QThread destroyed while
    running aborts the process.
    """
    running = live_training_threads()
    for thread in running:
        _live_threads[thread].request_stop()
        thread.quit()
        thread.wait()
    _live_threads.clear()
    return len(running)


@dataclass
class RunSetup:
    """The data set, network shape and adjusted settings of a run, sent once before the first progress report."""

    config: RunConfig  # the trainer's copy; for CSV sets data.class_names is filled in
    dataset: Dataset  # a copy of the loaded and split data set
    layer_sizes: list[int]  # input, hidden…, output units of the network
    notices: list[str]  # settings the trainer adjusted, e.g. a clamped mini-batch size
    run_id: int | None = None  # id of the run in the run history; None when it is not being stored


class TrainingWorker(QObject):
    """Runs one training run in the thread it was moved to; call :meth:`run` through ``QThread.started``.

    ``control`` is thread-safe: the GUI thread pauses, resumes, stops and
    paces the run through it (``iterations_per_second``, 0 for no delay).
    Every emitted object is a copy the receiver may keep. The
    ``iterations_per_second`` of an emitted :class:`Progress` is measured
    over the last ``RATE_WINDOW_SECONDS``, which is steadier than the
    trainer's rate since its previous report.

    Decision-boundary grids: at least one every ``boundary_interval``
    seconds while iterations are made. A paced run also gets one every
    pace × ``PACED_BOUNDARY_INTERVAL_SECONDS`` iterations (at least every
    iteration), so at slow paces the boundary moves in step with the
    iterations, about 10 times a second.

    With a ``store``, the run is created there once the trainer is built (an
    invalid config or data set stores nothing), written as it trains and
    finished with the result's status. When the store fails,
    ``store_failed`` carries the reason and training goes on unrecorded.
    """

    prepared = Signal(object)  # RunSetup
    progressed = Signal(object)  # Progress
    boundary_computed = Signal(object)  # BoundaryGrid
    finished = Signal(object)  # RunResult
    failed = Signal(str)
    store_failed = Signal(str)

    def __init__(self, config: RunConfig, boundary_interval: float = BOUNDARY_INTERVAL_SECONDS,
                 boundary_resolution: int = BOUNDARY_RESOLUTION,
                 report_interval: float = REPORT_INTERVAL_SECONDS, store: RunStore | None = None,
                 iterations_per_second: float = AS_FAST_AS_POSSIBLE) -> None:
        super().__init__()
        self.control = PacedRunControl(iterations_per_second)
        self._config = copy.deepcopy(config)
        self._store = store
        self._boundary_interval = boundary_interval
        self._boundary_resolution = boundary_resolution
        self._report_interval = report_interval
        self._trainer: Trainer | None = None
        self._boundary_bounds: tuple[float, float, float, float] | None = None
        self._last_boundary_time = float("-inf")
        self._last_boundary_iteration = -1
        self._rate_meter = RateMeter(RATE_WINDOW_SECONDS)

    @Slot()
    def run(self) -> None:
        """Load the data, train until finished, stopped or diverged, and emit ``finished`` or ``failed``."""
        try:
            self._run()
        except ValueError as error:
            # ConfigError, DatasetError and the engine's hyperparameter errors all name the value and the fix.
            logger.warning("Training could not start: %s", error)
            self.failed.emit(engine_error_text(error))
        except Exception as error:  # noqa: BLE001 - the GUI must hear of every failure, or it waits forever
            logger.exception("Training failed")
            self.failed.emit(self.tr("Training failed with an unexpected error: {0}: {1}").format(
                type(error).__name__, error))

    def _run(self) -> None:
        trainer = Trainer(self._config)
        self._trainer = trainer
        dataset = trainer.dataset
        recorder = self._start_recording(trainer)

        if dataset.n_features == 2:
            self._boundary_bounds = grid_bounds(_all_points(dataset))
        self.prepared.emit(RunSetup(config=copy.deepcopy(trainer.config), dataset=copy.deepcopy(dataset),
                                    layer_sizes=list(trainer.network.layer_sizes), notices=list(trainer.notices),
                                    run_id=recorder.run_id if recorder is not None else None))
        self._emit_boundary()

        on_progress = recorder.on_progress if recorder is not None else self._on_trainer_progressed
        try:
            result = trainer.run(self.control, on_progress, self._report_interval)
        except Exception as error:
            if recorder is not None:
                self._record_failure(recorder, error, trainer)
            raise

        if recorder is not None:
            self._record_end(recorder, result)
        self._emit_boundary()
        self.finished.emit(result)

    def _start_recording(self, trainer: Trainer) -> RunRecorder | None:
        """Create the run in the store and return its recorder; None without a store or when creating failed."""
        if self._store is None:
            return None
        try:
            run_id = self._store.create_run(trainer.config)
            recorder = RunRecorder(self._store, run_id, forward=self._on_trainer_progressed)
        except (StoreError, sqlite3.Error) as error:
            logger.warning("Could not create the run in %s; training without recording it: %s",
                           self._store.path, error)
            if isinstance(error, StoreError):
                # The StoreError's text names the file, so the frame leaves it out.
                message = self.tr("The run could not be stored. {0}").format(store_error_text(error))
            else:
                message = self.tr("The run could not be stored in {0}: {1}").format(self._store.path, error)
            self.store_failed.emit(message)
            return None
        logger.info("Recording run %d in %s", run_id, self._store.path)
        return recorder

    def _record_end(self, recorder: RunRecorder, result: RunResult) -> None:
        try:
            recorder.finish(result)
        except (StoreError, sqlite3.Error, ValueError) as error:
            logger.warning("Could not store the end of run %d in %s: %s", recorder.run_id, self._store.path, error)
            if isinstance(error, StoreError):
                message = self.tr("The end of run {0} could not be stored. {1}").format(
                    recorder.run_id, store_error_text(error))
            else:
                # NOTE: the store's ValueError texts (a run that is no longer running, for one) stay English.
                message = self.tr("The end of run {0} could not be stored in {1}: {2}").format(
                    recorder.run_id, self._store.path, error)
            self.store_failed.emit(message)
            return
        logger.info("Stored run %d as %s", recorder.run_id, result.status)

    def _record_failure(self, recorder: RunRecorder, error: Exception, trainer: Trainer) -> None:
        try:
            recorder.fail(error, trainer.result())
        except (StoreError, sqlite3.Error, ValueError) as store_error:
            logger.warning("Could not store that run %d failed: %s", recorder.run_id, store_error)

    def _on_trainer_progressed(self, progress: Progress) -> None:
        # Runs in the worker thread, between two mini-batches, so the network is consistent.
        now = time.perf_counter()
        self._rate_meter.add(now, progress.iteration)
        rate = self._rate_meter.rate()
        if not math.isnan(rate):
            progress = dataclasses.replace(progress, iterations_per_second=rate)
        self.progressed.emit(progress)

        if self._boundary_due(now, progress.iteration):
            self._emit_boundary()

    def _boundary_due(self, now: float, iteration: int) -> bool:
        """Return True when the network changed since the previous grid and a new grid is due."""
        new_iterations = iteration - self._last_boundary_iteration
        if new_iterations <= 0:
            return False
        if now - self._last_boundary_time >= self._boundary_interval:
            return True

        pace = self.control.iterations_per_second
        if pace == AS_FAST_AS_POSSIBLE:
            return False
        return new_iterations >= max(1, round(pace * PACED_BOUNDARY_INTERVAL_SECONDS))

    def _emit_boundary(self) -> None:
        if self._boundary_bounds is None or self._trainer is None:
            return
        grid = compute_boundary_grid(self._trainer.network.predict_proba, self._boundary_bounds,
                                     self._boundary_resolution, self._trainer.iteration)
        self._last_boundary_time = time.perf_counter()
        self._last_boundary_iteration = self._trainer.iteration
        self.boundary_computed.emit(grid)


def _all_points(dataset: Dataset) -> np.ndarray:
    return np.vstack([dataset.x_train, dataset.x_validation])


class TrainingRunner(QObject):
    """Owns the training thread; lives in the GUI thread and relays the worker's signals there.

    Progress reports are also queued: the window's refresh timer collects them
    with :meth:`take_progress` and :meth:`take_boundary`, so painting happens
    at the timer's rate however fast the worker reports.

    The pace (:meth:`set_pace`) is kept here, given to each new run and
    passed to a running one; it never changes a run's numbers.
    """

    started = Signal()
    prepared = Signal(object)  # RunSetup
    progressed = Signal(object)  # Progress, re-emitted in the GUI thread
    boundary_computed = Signal(object)  # BoundaryGrid
    finished = Signal(object)  # RunResult
    failed = Signal(str)
    store_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None
        self._pending_progress: list[Progress] = []
        self._pending_boundary: BoundaryGrid | None = None
        self._active = False
        self._iterations_per_second: float = AS_FAST_AS_POSSIBLE

    @property
    def is_running(self) -> bool:
        """True from :meth:`start` until the run's ``finished`` or ``failed`` was relayed or it was stopped."""
        return self._active

    @property
    def is_paused(self) -> bool:
        return self._worker is not None and self._active and self._worker.control.paused

    @property
    def pace(self) -> float:
        """The pace in iterations per second, where 0 (``AS_FAST_AS_POSSIBLE``) means no delay."""
        return self._iterations_per_second

    def set_pace(self, iterations_per_second: float) -> None:
        """Set the pace of the running run and of later runs, in iterations per second (0 for no delay).

        Raises ValueError for a negative or non-finite rate.
        """
        pace = check_pace(iterations_per_second)
        self._iterations_per_second = pace
        if self._worker is not None and self._active:
            self._worker.control.set_pace(pace)
        logger.info("Training pace set to %g iterations/s (0: no delay)", pace)

    @property
    def pacing_wait_seconds(self) -> float:
        """Seconds the current or last run waited for its pace, time paused excluded (0 before the first run)."""
        return self._worker.control.waited_seconds if self._worker is not None else 0.0

    def start(self, config: RunConfig, **worker_options) -> None:
        """Start training ``config`` in a new thread at the runner's pace.

        ``worker_options`` (e.g. ``store``) go to :class:`TrainingWorker`.
        """
        if self._active:
            raise RuntimeError("a run is already running; stop it before starting another")
        self._release_thread()
        self._pending_progress = []
        self._pending_boundary = None

        thread = QThread()
        thread.setObjectName("training")
        worker_options.setdefault("iterations_per_second", self._iterations_per_second)
        worker = TrainingWorker(config, **worker_options)
        worker.moveToThread(thread)

        # Methods of this GUI-thread object as slots: Qt queues the calls into the GUI thread.
        worker.prepared.connect(self._on_worker_prepared)
        worker.progressed.connect(self._on_worker_progressed)
        worker.boundary_computed.connect(self._on_worker_boundary_computed)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        worker.store_failed.connect(self._on_worker_store_failed)
        thread.started.connect(worker.run)

        self._thread = thread
        self._worker = worker
        self._active = True
        _live_threads[thread] = worker.control
        thread.start()
        logger.info("Training thread started")
        self.started.emit()

    def pause(self) -> None:
        if self._worker is not None and self._active:
            self._worker.control.pause()

    def resume(self) -> None:
        if self._worker is not None and self._active:
            self._worker.control.resume()

    def stop(self) -> None:
        """Stop the run and block until its thread has ended (at most one mini-batch and one epoch's metrics).

        The run's ``finished`` signal (status "stopped") is relayed afterwards
        from the event loop. Safe to call when nothing runs.
        """
        if self._worker is not None:
            self._worker.control.request_stop()
        self._join_thread()

    def take_progress(self) -> list[Progress]:
        """Return the progress reports received since the previous call, oldest first."""
        pending, self._pending_progress = self._pending_progress, []
        return pending

    def take_boundary(self) -> BoundaryGrid | None:
        """Return the newest decision-boundary grid received since the previous call, or None."""
        grid, self._pending_boundary = self._pending_boundary, None
        return grid

    def _join_thread(self) -> None:
        thread = self._thread
        if thread is None:
            return
        thread.quit()
        if not thread.wait(STOP_WARNING_MS):
            logger.error("The training thread did not end within %d ms; still waiting for it", STOP_WARNING_MS)
            # Destroying a running QThread aborts the process, so waiting longer is the only safe choice.
            thread.wait()
        if _live_threads.pop(thread, None) is not None:
            logger.info("Training thread stopped")

    def _release_thread(self) -> None:
        self._join_thread()
        self._thread = None
        self._worker = None

    def _on_worker_prepared(self, setup: RunSetup) -> None:
        self.prepared.emit(setup)

    def _on_worker_progressed(self, progress: Progress) -> None:
        self._pending_progress.append(progress)
        self.progressed.emit(progress)

    def _on_worker_boundary_computed(self, grid: BoundaryGrid) -> None:
        self._pending_boundary = grid
        self.boundary_computed.emit(grid)

    def _on_worker_finished(self, result: RunResult) -> None:
        self._join_thread()
        self._active = False
        self.finished.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        self._join_thread()
        self._active = False
        self.failed.emit(message)

    def _on_worker_store_failed(self, message: str) -> None:
        self.store_failed.emit(message)
