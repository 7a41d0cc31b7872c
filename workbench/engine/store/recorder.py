"""Write a training run to the run history while it trains."""

from __future__ import annotations

import logging
import sqlite3
import time
from typing import Callable, Iterable

import numpy as np

from ..config import RunConfig
from ..control import RunControl
from ..training import EpochMetrics, Progress, RunResult, Trainer
from .database import FAILED, STOPPED, RunStore, is_transient_error
from .schema import StoreError

logger = logging.getLogger(__name__)

#: Errors a write to the run history may raise: SQLite's own, a closed or unusable store, and a run that no
#: longer exists (KeyError) or is no longer running (ValueError).
STORE_WRITE_ERRORS = (StoreError, sqlite3.Error, KeyError, ValueError)


class RunRecorder:
    """A writer that stores the :class:`Progress` reports of one running run, then its end.

    Pass :meth:`on_progress` as the trainer's callback; ``forward`` (the GUI's
    or the command line's own callback) is called after each report is
    handled, in the same thread. Reports are buffered. The buffer is written
    in one transaction by the first report that arrives ``flush_interval``
    seconds or more after the previous write, so a crash loses about the last
    ``flush_interval`` seconds.

    :meth:`on_progress` never raises a store error, so a broken run history
    never stops the training. A write that may succeed later (the database
    is locked or the disk is full) is logged once and retried with the next
    report. Any other write error (e.g. a read-only file) is logged once and
    stops the recording: :attr:`recording` becomes False, later reports are
    only forwarded, and nothing more is written for this run.
    Call :meth:`finish` with the run's result, or :meth:`fail` when training
    raised an error.
    """

    def __init__(self, store: RunStore, run_id: int, forward: Callable[[Progress], None] | None = None,
                 flush_interval: float = 0.2) -> None:
        self.store = store
        self.run_id = run_id
        self.forward = forward
        self.flush_interval = flush_interval
        self.stored_iterations = store.get_summary(run_id).iteration_count
        self.stored_epochs = store.get_summary(run_id).epoch_count
        self.write_error: Exception | None = None  # the last failed write, None after a successful one
        self.recording = True  # False after a write error that ended the recording
        self._costs: list[np.ndarray] = []
        self._learning_rates: list[np.ndarray] = []
        self._epochs: list[EpochMetrics] = []
        self._last_flush = time.monotonic()

    def on_progress(self, progress: Progress) -> None:
        """Buffer one report, write the buffer when ``flush_interval`` has passed, then call ``forward``."""
        if self.recording:
            self._costs.append(np.asarray(progress.costs, dtype=np.float64))
            self._learning_rates.append(np.asarray(progress.learning_rates, dtype=np.float64))
            self._epochs.extend(progress.epochs)
            if time.monotonic() - self._last_flush >= self.flush_interval:
                self.flush()

        if self.forward is not None:
            self.forward(progress)

    def flush(self) -> bool:
        """Write everything buffered in one transaction; return False (and log) when the write failed.

        Returns False without writing once the recording has stopped.
        """
        self._last_flush = time.monotonic()
        if not self.recording:
            return False
        if not self._costs and not self._epochs:
            return True

        costs = np.concatenate(self._costs) if self._costs else np.empty(0)
        learning_rates = np.concatenate(self._learning_rates) if self._learning_rates else np.empty(0)
        try:
            self.store.append_progress(self.run_id, self.stored_iterations + 1, costs, learning_rates, self._epochs)
        except STORE_WRITE_ERRORS as error:
            if not is_transient_error(error):
                self._stop_recording(error)
            elif self.write_error is None:
                logger.error("Could not store the progress of run %d in %s; will retry: %s", self.run_id,
                             self.store.path, error)
            self.write_error = error
            return False

        self.write_error = None
        self.stored_iterations += costs.size
        self.stored_epochs += len(self._epochs)
        self._costs = [costs[:0]]
        self._learning_rates = [learning_rates[:0]]
        self._epochs = []
        return True

    def _stop_recording(self, error: Exception) -> None:
        logger.error("Stopped recording run %d in %s after a failed write; training goes on: %s", self.run_id,
                     self.store.path, error)
        self.recording = False
        self._clear_buffer()

    def _raise_if_stopped(self) -> None:
        if not self.recording:
            raise StoreError(self.store.path, f"stopped recording run {self.run_id} after a failed write "
                                              f"({self.write_error})",
                             "check the file's permissions and free disk space, or choose another file")

    def finish(self, result: RunResult) -> None:
        """Store whatever the reports did not cover, then the run's status, reason and notices.

        The full arrays in ``result`` are the reference: values past the stored
        count are appended, so the stored run equals ``result`` even when the
        trainer reported nothing. Raises :class:`StoreError`, and writes
        nothing, when the recording stopped after a write error. The run then
        stays "running" until a store opened after this process ends marks it
        "interrupted".
        """
        self._raise_if_stopped()
        self._clear_buffer()
        self.store.append_progress(self.run_id, self.stored_iterations + 1,
                                   result.iteration_costs[self.stored_iterations:],
                                   result.iteration_learning_rates[self.stored_iterations:],
                                   result.epochs[self.stored_epochs:], result.elapsed_seconds)
        self.stored_iterations = len(result.iteration_costs)
        self.stored_epochs = len(result.epochs)
        self.store.finish_run(self.run_id, result.status, result.reason, result.notices, result.elapsed_seconds)

    def fail(self, error: BaseException, partial: RunResult | None = None) -> None:
        """Record that training ended with ``error``: "stopped" for Ctrl+C, "failed" otherwise.

        ``partial`` (e.g. ``trainer.result()``) adds what the reports did not
        cover; without it, the buffered reports are written. Raises
        :class:`StoreError`, and writes nothing, when the recording stopped.
        """
        self._raise_if_stopped()
        if partial is not None:
            self._clear_buffer()
            self.store.append_progress(self.run_id, self.stored_iterations + 1,
                                       partial.iteration_costs[self.stored_iterations:],
                                       partial.iteration_learning_rates[self.stored_iterations:],
                                       partial.epochs[self.stored_epochs:], partial.elapsed_seconds)
        else:
            self.flush()

        if isinstance(error, KeyboardInterrupt):
            status, reason = STOPPED, "Stopped by a keyboard interrupt (Ctrl+C)."
        else:
            status, reason = FAILED, f"Training raised {type(error).__name__}: {error}"
        self.store.finish_run(self.run_id, status, reason)

    def _clear_buffer(self) -> None:
        self._costs = []
        self._learning_rates = []
        self._epochs = []


def record_run(config: RunConfig | None, store: RunStore, on_progress: Callable[[Progress], None] | None = None,
               control: RunControl | None = None, *, trainer: Trainer | None = None, name: str = "",
               tags: Iterable[str] = (), report_interval: float = 0.05,
               on_store_error: Callable[[Exception], None] | None = None) -> tuple[int | None, RunResult]:
    """Train ``config`` (or run the given ``trainer``) while recording it in ``store``; return (run id, result).

    The trainer is built before anything is stored, so an invalid config or
    data set raises its own error and leaves no run behind. ``on_progress``
    receives every report after it is buffered for the store. When training
    raises, the run is stored as "failed" (or "stopped" for Ctrl+C) with the
    iterations done so far, and the training error propagates. A store error
    while storing that end is only logged.

    Store errors never stop the training (see :class:`RunRecorder`). When
    creating or finishing the run fails, the error (one of
    :data:`STORE_WRITE_ERRORS`) is raised, or, when ``on_store_error`` is
    given, passed to it: the run then trains or ends without being stored
    and the returned run id is None.
    """
    if trainer is None:
        if config is None:
            raise TypeError("record_run needs a config or a trainer")
        trainer = Trainer(config)

    try:
        run_id = store.create_run(trainer.config, name=name, tags=tags)
    except (StoreError, sqlite3.Error) as error:
        if on_store_error is None:
            raise
        on_store_error(error)
        return None, trainer.run(control, on_progress, report_interval)

    recorder = RunRecorder(store, run_id, forward=on_progress)
    try:
        result = trainer.run(control, recorder.on_progress, report_interval)
    except BaseException as error:
        try:
            recorder.fail(error, trainer.result())
        except STORE_WRITE_ERRORS as store_error:
            logger.error("Could not store that run %d ended with %s in %s: %s", run_id, type(error).__name__,
                         store.path, store_error)
        raise

    try:
        recorder.finish(result)
    except STORE_WRITE_ERRORS as error:
        if on_store_error is None:
            raise
        on_store_error(error)
        return None, result
    return run_id, result
