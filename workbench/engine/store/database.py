"""The run history: a local SQLite database of every training run.

:class:`RunStore` opens (or creates) the database, migrates older schema
versions and marks runs whose writing process died as "interrupted". It lists,
loads, renames, tags, annotates and soft-deletes runs. The layout of the
tables and of the per-iteration BLOBs is described in
:mod:`workbench.engine.store.schema`.

Concurrency: the database uses WAL mode and a busy timeout, so the app, the
command line and a sweep can write to one file at the same time. One
:class:`RunStore` may be shared between threads (the GUI thread lists runs
while a worker thread records one); every call holds the store's lock.
Durability: each write is one transaction with ``synchronous=NORMAL``, so a
crash or a killed process loses nothing already committed, while a power
failure may lose the last transactions.
"""

from __future__ import annotations

import json
import logging
import math
import os
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import numpy as np

from ..config import RunConfig, from_dict, to_dict
from ..training import EpochMetrics, RunResult
from .location import default_database_path
from .processes import host_name, process_is_alive
from .schema import ITERATION_DTYPE, SCHEMA_VERSION, StoreError, create_v1, inspect_file, migrate

logger = logging.getLogger(__name__)

RUNNING = "running"
FINISHED = "finished"
STOPPED = "stopped"
DIVERGED = "diverged"
INTERRUPTED = "interrupted"
FAILED = "failed"
#: Every run status. "interrupted": the writing process died; "failed": training raised an error.
STATUSES = (RUNNING, FINISHED, STOPPED, DIVERGED, INTERRUPTED, FAILED)
#: Statuses a finished recording may end with.
END_STATUSES = (FINISHED, STOPPED, DIVERGED, INTERRUPTED, FAILED)

#: Sort keys accepted by :meth:`RunStore.list_runs`; prefix "-" for descending order.
SORT_KEYS = {
    "id": "id",
    "name": "name COLLATE NOCASE",
    "status": "status",
    "started_at": "started_at",
    "ended_at": "ended_at",
    "optimizer": "optimizer",
    "learning_rate": "learning_rate",
    "mini_batch_size": "mini_batch_size",
    "dataset": "dataset",
    "seed": "seed",
    "epoch_count": "epoch_count",
    "elapsed_seconds": "elapsed_seconds",
    "final_train_cost": "final_train_cost",
    "final_train_accuracy": "final_train_accuracy",
    "final_validation_cost": "final_validation_cost",
    "final_validation_accuracy": "final_validation_accuracy",
}

_EPOCH_COLUMNS = ("epoch", "iteration", "learning_rate", "train_cost", "train_accuracy", "validation_cost",
                  "validation_accuracy", "elapsed_seconds")

_SUMMARY_COLUMNS = (
    "id", "name", "status", "reason", "optimizer", "learning_rate", "mini_batch_size", "dataset", "seed",
    "planned_epochs", "epoch_count", "iteration_count", "started_at", "updated_at", "ended_at",
    "elapsed_seconds", "final_train_cost", "final_train_accuracy", "final_validation_cost",
    "final_validation_accuracy", "notes", "deleted_at", "writer_pid", "writer_host",
)


#: SQLite primary result codes of write errors that may pass: another writer held the lock past the busy
#: timeout, the disk is full, or an I/O error occurred.
TRANSIENT_SQLITE_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_FULL,
                                    sqlite3.SQLITE_IOERR})


def _primary_code(error: BaseException) -> int | None:
    """Return the primary SQLite result code of ``error`` (its extended code's low byte), or None."""
    code = getattr(error, "sqlite_errorcode", None) if isinstance(error, sqlite3.Error) else None
    return None if code is None else code & 0xFF


def is_read_only_error(error: BaseException) -> bool:
    """Return True for SQLite's "attempt to write a readonly database" (SQLITE_READONLY and its extended codes)."""
    return _primary_code(error) == sqlite3.SQLITE_READONLY


def is_transient_error(error: BaseException) -> bool:
    """Return True for a write error that may not happen again (see :data:`TRANSIENT_SQLITE_CODES`)."""
    return _primary_code(error) in TRANSIENT_SQLITE_CODES


def utc_now() -> str:
    """Return the current UTC time in ISO 8601 with milliseconds, e.g. ``2026-12-01T09:30:00.125+00:00``."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _real(value: float | None) -> float:
    """Return a stored REAL as a float; NULL (how SQLite stores NaN) becomes NaN."""
    return math.nan if value is None else float(value)


def _blob(values: np.ndarray) -> bytes:
    return np.ascontiguousarray(values, dtype=ITERATION_DTYPE).tobytes()


@dataclass
class RunSummary:
    """One row of the run list: key settings and the latest metrics, without the per-iteration arrays.

    For a run still in progress, or one that was interrupted, the ``final_*``
    metrics are those of its last finished epoch. Metrics are NaN when no
    epoch finished or when the data set has no validation split.
    """

    run_id: int
    name: str
    status: str
    reason: str
    optimizer: str
    learning_rate: float  # α0, before any decay
    mini_batch_size: int  # as requested; 0 means the whole training set
    dataset: str  # a generated set's name, or the CSV file's name
    seed: int  # network.seed, the weight-initialization seed
    planned_epochs: int
    epoch_count: int  # epochs finished
    iteration_count: int  # mini-batch updates stored
    started_at: str  # UTC ISO 8601
    updated_at: str  # UTC ISO 8601, the last write
    ended_at: str | None  # UTC ISO 8601; None while running
    elapsed_seconds: float  # training time, pauses excluded
    final_train_cost: float
    final_train_accuracy: float
    final_validation_cost: float
    final_validation_accuracy: float
    tags: tuple[str, ...] = ()
    notes: str = ""
    deleted: bool = False
    writer_pid: int | None = None
    writer_host: str | None = None


@dataclass
class StoredRun:
    """A run loaded in full: its config, epochs and per-iteration arrays."""

    summary: RunSummary
    config: RunConfig
    notices: list[str]
    epochs: list[EpochMetrics]
    iteration_costs: np.ndarray = field(repr=False)  # float64, one value per mini-batch update, in order
    iteration_learning_rates: np.ndarray = field(repr=False)  # float64, α of each mini-batch update

    @property
    def run_id(self) -> int:
        return self.summary.run_id

    @property
    def name(self) -> str:
        return self.summary.name

    @property
    def status(self) -> str:
        return self.summary.status

    @property
    def reason(self) -> str:
        return self.summary.reason

    @property
    def tags(self) -> tuple[str, ...]:
        return self.summary.tags

    def epoch_values(self, column: str) -> np.ndarray:
        """Return one :class:`EpochMetrics` field over all epochs as a float64 array, e.g. ``"validation_cost"``."""
        if column not in _EPOCH_COLUMNS:
            raise ValueError(f"epoch column {column!r} is unknown; use one of {', '.join(_EPOCH_COLUMNS)}")
        return np.array([getattr(metrics, column) for metrics in self.epochs], dtype=np.float64)

    def to_result(self) -> RunResult:
        """Return the run as a :class:`RunResult`; a run still running or interrupted reports its own status."""
        return RunResult(status=self.status, reason=self.reason, notices=list(self.notices),
                         iteration_costs=self.iteration_costs.copy(),
                         iteration_learning_rates=self.iteration_learning_rates.copy(),
                         epochs=list(self.epochs), elapsed_seconds=self.summary.elapsed_seconds)


def _dataset_label(config: RunConfig) -> str:
    if config.data.source == "csv":
        return Path(config.data.csv_path).name
    return config.data.source


def _clean_tags(tags: Iterable[str]) -> list[str]:
    """Strip tags, drop empty ones and duplicates, keep the first-seen order."""
    if isinstance(tags, str):
        raise TypeError("tags must be a list of strings, not one string")
    cleaned: list[str] = []
    for tag in tags:
        text = str(tag).strip()
        if text and text not in cleaned:
            cleaned.append(text)
    return cleaned


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _remove_side_files(write_ahead_log: Path, side_files: list[Path]) -> None:
    """Delete ``side_files`` when ``write_ahead_log`` is missing or empty. A file that cannot be deleted is logged and kept."""
    try:
        if write_ahead_log.exists() and write_ahead_log.stat().st_size > 0:
            return
        for side_file in side_files:
            side_file.unlink(missing_ok=True)
    except OSError as error:
        logger.info("Could not remove the SQLite side files %s: %s", side_files, error)


class RunStore:
    """The run history database at ``path`` (default: :func:`default_database_path`).

    Opening creates the file and its folder when missing, migrates an older
    schema, and marks runs left "running" by a process that no longer exists
    on this host as "interrupted". A file that is not a run history (not
    SQLite, damaged, truncated, foreign tables) or comes from a newer app
    version raises :class:`StoreError` and is left unchanged.

    ``busy_timeout`` is how long, in seconds, a write waits for another
    process's transaction before failing with ``sqlite3.OperationalError``.
    """

    def __init__(self, path: str | Path | None = None, busy_timeout: float = 10.0) -> None:
        self.path = Path(path).expanduser() if path is not None else default_database_path()
        self._lock = threading.RLock()
        self._host = host_name()

        write_ahead_log = self.path.with_name(self.path.name + "-wal")
        shared_memory = self.path.with_name(self.path.name + "-shm")
        new_side_files = [side_file for side_file in (write_ahead_log, shared_memory) if not side_file.exists()]
        try:
            self._open(busy_timeout)
        except StoreError:
            # Reading a WAL database creates these files even for a rejected file. An empty log contains no
            # committed data, so the files this attempt created are removed.
            if write_ahead_log in new_side_files:
                _remove_side_files(write_ahead_log, new_side_files)
            raise

        self.mark_interrupted_runs()

    def _open(self, busy_timeout: float) -> None:
        """Check the file, connect, create or migrate the schema, and check that the file is writable.

        Raises :class:`StoreError` for any file this version cannot store runs in.
        """
        if self.path.exists():
            if self.path.is_dir():
                raise StoreError(self.path, "is a folder", "give the path of a file, e.g. runs.sqlite3")
            inspect_file(self.path)
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(self.path, f"cannot create its folder ({error.strerror})",
                                 "choose a writable location") from error

        try:
            self._connection = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None,
                                               check_same_thread=False)
        except sqlite3.Error as error:
            raise self._open_error(error) from error
        try:
            self._connection.execute("PRAGMA journal_mode = WAL")
            self._connection.execute("PRAGMA synchronous = NORMAL")
            self._connection.execute("PRAGMA foreign_keys = ON")
            self.schema_version = self._create_or_migrate()
            self._check_writable()
        except sqlite3.Error as error:
            self._connection.close()
            raise self._open_error(error) from error
        except StoreError:
            self._connection.close()
            raise

    def _open_error(self, error: sqlite3.Error) -> StoreError:
        """Return the StoreError for an SQLite error raised while opening: read-only, or not writable otherwise."""
        if is_read_only_error(error):
            return StoreError(self.path, f"is read-only, so no run can be stored in it ({error})",
                              "make the file and its folder writable, or choose another file")
        return StoreError(self.path, f"cannot be opened for writing ({error})",
                          "check the file's permissions, or choose another file")

    def _check_writable(self) -> None:
        """Run a write that changes no row, in a transaction that is rolled back; raise sqlite3.Error on failure.

        SQLite opens a file it may not write without an error, and BEGIN
        IMMEDIATE still succeeds on it (checked with SQLite 3.40), so only a
        statement that writes shows that the file is read-only.
        """
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.execute("UPDATE runs SET id = id WHERE 0")
        finally:
            connection.execute("ROLLBACK")

    def _create_or_migrate(self) -> int:
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Read inside the write lock: another process may have created the schema meanwhile.
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                create_v1(connection)
                version = 1
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

        if version < SCHEMA_VERSION:
            logger.info("Migrating run history %s from schema version %d to %d", self.path, version, SCHEMA_VERSION)
            version = migrate(connection, version)
        return version

    # -- lifetime --------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the database; the store cannot be used afterwards. Closing twice is allowed."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> "RunStore":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            connection = self._require_open()
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def _require_open(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StoreError(self.path, "is closed", "open a new RunStore")
        return self._connection

    # -- recording -------------------------------------------------------------------------------------------

    def create_run(self, config: RunConfig, name: str = "", tags: Iterable[str] = (), notes: str = "") -> int:
        """Store a new run with status "running", owned by this process; return its id.

        ``name`` defaults to ``config.name``. Record its progress with a
        :class:`~workbench.engine.store.recorder.RunRecorder`.
        """
        with self._transaction() as connection:
            return self._insert_run(connection, config, name or config.name, _clean_tags(tags), notes, utc_now())

    def _insert_run(self, connection: sqlite3.Connection, config: RunConfig, name: str, tags: list[str],
                    notes: str, started_at: str) -> int:
        cursor = connection.execute(
            "INSERT INTO runs (name, config_json, seed, optimizer, learning_rate, mini_batch_size, dataset,"
            " planned_epochs, status, started_at, updated_at, writer_pid, writer_host, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, json.dumps(to_dict(config), ensure_ascii=False), config.network.seed, config.optimizer.name,
             config.optimizer.learning_rate, config.training.mini_batch_size, _dataset_label(config),
             config.training.epochs, RUNNING, started_at, started_at, os.getpid(), self._host, notes),
        )
        run_id = cursor.lastrowid
        connection.executemany("INSERT INTO run_tags (run_id, tag) VALUES (?, ?)", [(run_id, tag) for tag in tags])
        return run_id

    def append_progress(self, run_id: int, first_iteration: int, costs: np.ndarray, learning_rates: np.ndarray,
                        epochs: Sequence[EpochMetrics] = (), elapsed_seconds: float | None = None) -> None:
        """Append per-iteration values and finished epochs to a running run, in one transaction.

        ``first_iteration`` is the 1-based number of ``costs[0]`` and must
        follow the last stored iteration exactly. The run's latest metrics
        become those of the last stored epoch.
        """
        with self._transaction() as connection:
            self._append(connection, run_id, first_iteration, costs, learning_rates, epochs, elapsed_seconds)

    def _append(self, connection: sqlite3.Connection, run_id: int, first_iteration: int, costs: np.ndarray,
                learning_rates: np.ndarray, epochs: Sequence[EpochMetrics], elapsed_seconds: float | None) -> None:
        row = connection.execute("SELECT status, iteration_count FROM runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise KeyError(f"run {run_id} does not exist in {self.path}")
        status, iteration_count = row
        if status != RUNNING:
            raise ValueError(f"run {run_id} is {status}, not running, so no more progress can be stored")

        costs = np.asarray(costs)
        learning_rates = np.asarray(learning_rates)
        if costs.shape != learning_rates.shape or costs.ndim != 1:
            raise ValueError(f"costs {costs.shape} and learning_rates {learning_rates.shape} must be 1-D arrays "
                             "of the same length")
        if costs.size and first_iteration != iteration_count + 1:
            raise ValueError(f"run {run_id} has {iteration_count} iterations stored, so the next chunk must start "
                             f"at iteration {iteration_count + 1}, not {first_iteration}")

        if costs.size:
            connection.execute(
                "INSERT INTO iteration_chunks (run_id, first_iteration, count, costs, learning_rates)"
                " VALUES (?, ?, ?, ?, ?)",
                (run_id, first_iteration, int(costs.size), _blob(costs), _blob(learning_rates)),
            )
            iteration_count += int(costs.size)

        placeholders = ", ".join("?" * (len(_EPOCH_COLUMNS) + 1))
        connection.executemany(
            f"INSERT OR REPLACE INTO epochs (run_id, {', '.join(_EPOCH_COLUMNS)}) VALUES ({placeholders})",
            [(run_id, *(getattr(metrics, column) for column in _EPOCH_COLUMNS)) for metrics in epochs],
        )

        update = ["updated_at = ?", "iteration_count = ?",
                  "epoch_count = (SELECT COUNT(*) FROM epochs WHERE run_id = ?)"]
        values: list = [utc_now(), iteration_count, run_id]
        if epochs:
            last = epochs[-1]
            update += ["final_train_cost = ?", "final_train_accuracy = ?", "final_validation_cost = ?",
                       "final_validation_accuracy = ?", "elapsed_seconds = ?"]
            values += [last.train_cost, last.train_accuracy, last.validation_cost, last.validation_accuracy,
                       last.elapsed_seconds]
        if elapsed_seconds is not None:
            update.append("elapsed_seconds = ?")
            values.append(elapsed_seconds)
        connection.execute(f"UPDATE runs SET {', '.join(update)} WHERE id = ?", (*values, run_id))

    def finish_run(self, run_id: int, status: str, reason: str = "", notices: Sequence[str] = (),
                   elapsed_seconds: float | None = None) -> None:
        """Record how a running run ended: one of :data:`END_STATUSES`, why, and the notices about its settings."""
        with self._transaction() as connection:
            self._finish(connection, run_id, status, reason, notices, elapsed_seconds, utc_now())

    def _finish(self, connection: sqlite3.Connection, run_id: int, status: str, reason: str,
                notices: Sequence[str], elapsed_seconds: float | None, ended_at: str) -> None:
        if status not in END_STATUSES:
            raise ValueError(f"status {status!r} is not an end status; use one of {', '.join(END_STATUSES)}")
        cursor = connection.execute(
            "UPDATE runs SET status = ?, reason = ?, notices_json = ?, ended_at = ?, updated_at = ?,"
            " elapsed_seconds = COALESCE(?, elapsed_seconds) WHERE id = ? AND status = ?",
            (status, reason, json.dumps(list(notices), ensure_ascii=False), ended_at, ended_at, elapsed_seconds,
             run_id, RUNNING),
        )
        if cursor.rowcount != 1:
            raise ValueError(f"run {run_id} does not exist or is not running, so it cannot be finished")

    def store_result(self, config: RunConfig, result: RunResult, name: str = "", tags: Iterable[str] = (),
                     notes: str = "", started_at: str | None = None, ended_at: str | None = None) -> int:
        """Store a run that ran elsewhere (e.g. in a sweep worker) in one transaction; return its id.

        The run is owned by this process only inside that transaction, so it
        is never left "running".
        """
        ended_at = ended_at or utc_now()
        started_at = started_at or ended_at
        with self._transaction() as connection:
            run_id = self._insert_run(connection, config, name or config.name, _clean_tags(tags), notes, started_at)
            self._append(connection, run_id, 1, result.iteration_costs, result.iteration_learning_rates,
                         result.epochs, result.elapsed_seconds)
            self._finish(connection, run_id, result.status, result.reason, result.notices, result.elapsed_seconds,
                         ended_at)
        return run_id

    def mark_interrupted_runs(self) -> list[int]:
        """Mark runs left "running" by a process that no longer exists on this host as "interrupted"; return their ids.

        Their epochs and iterations stay as stored, and ``ended_at`` becomes
        the time of their last write. Runs written on another host are left
        alone because their process cannot be checked from here.
        """
        with self._lock:
            rows = self._require_open().execute(
                "SELECT id, writer_pid, writer_host FROM runs WHERE status = ?", (RUNNING,)).fetchall()

        # NOTE: a pid reused by an unrelated process after a crash keeps the run "running" until that process ends.
        dead = [(run_id, pid) for run_id, pid, host in rows
                if host == self._host and (pid is None or not process_is_alive(pid))]
        marked = []
        for run_id, pid in dead:
            reason = (f"The process that recorded this run (pid {pid} on {self._host}) ended before the run "
                      "finished; the epochs stored until then are kept.")
            with self._transaction() as connection:
                cursor = connection.execute(
                    "UPDATE runs SET status = ?, reason = ?, ended_at = updated_at WHERE id = ? AND status = ?",
                    (INTERRUPTED, reason, run_id, RUNNING))
            if cursor.rowcount == 1:
                marked.append(run_id)
                logger.warning("Run %d in %s was left running by pid %s, which has ended; marked interrupted",
                               run_id, self.path, pid)
        return marked

    # -- reading ---------------------------------------------------------------------------------------------

    def list_runs(self, filter_text: str | None = None, status: str | Iterable[str] | None = None,
                  tag: str | None = None, order_by: str = "-started_at", include_deleted: bool = False,
                  deleted_only: bool = False, limit: int | None = None) -> list[RunSummary]:
        """Return run summaries that match every given filter, sorted by ``order_by``.

        ``filter_text`` matches, case-insensitively, any part of the name,
        notes, optimizer, data set, status or a tag. ``status`` is one status or
        several. ``tag`` must equal one of the run's tags. ``order_by`` is a
        key of :data:`SORT_KEYS`, with a leading "-" for descending order; NaN
        and missing values sort last, and ties are broken by id. Deleted runs
        are left out unless ``include_deleted`` (all runs) or ``deleted_only``
        (the trash) is set.
        """
        conditions: list[str] = []
        values: list = []

        if filter_text:
            pattern = _like_pattern(filter_text.strip())
            searched = ["name", "notes", "optimizer", "dataset", "status"]
            matches = [f"{column} LIKE ? ESCAPE '\\'" for column in searched]
            matches.append("EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = runs.id AND t.tag LIKE ? ESCAPE '\\')")
            conditions.append(f"({' OR '.join(matches)})")
            values += [pattern] * len(matches)

        if status is not None:
            statuses = [status] if isinstance(status, str) else list(status)
            unknown = [value for value in statuses if value not in STATUSES]
            if unknown:
                raise ValueError(f"status {unknown[0]!r} is unknown; use one of {', '.join(STATUSES)}")
            conditions.append(f"status IN ({', '.join('?' * len(statuses))})")
            values += statuses

        if tag is not None:
            conditions.append("EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = runs.id AND t.tag = ?)")
            values.append(tag)

        if deleted_only:
            conditions.append("deleted_at IS NOT NULL")
        elif not include_deleted:
            conditions.append("deleted_at IS NULL")

        descending = order_by.startswith("-")
        key = order_by.lstrip("-")
        if key not in SORT_KEYS:
            raise ValueError(f"order_by {order_by!r} is unknown; use one of {', '.join(SORT_KEYS)}, "
                             "with a leading '-' for descending order")
        column = SORT_KEYS[key]
        direction = "DESC" if descending else "ASC"
        order = f"{key} IS NULL, {column} {direction}, id {direction}"

        sql = f"SELECT {', '.join(_SUMMARY_COLUMNS)} FROM runs"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += f" ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            values.append(int(limit))

        with self._lock:
            connection = self._require_open()
            rows = connection.execute(sql, values).fetchall()
            tags = self._tags_for(connection, [row[0] for row in rows])
        return [self._summary(row, tags.get(row[0], ())) for row in rows]

    def get_summary(self, run_id: int) -> RunSummary:
        """Return the summary of run ``run_id``, deleted or not; raise KeyError when it does not exist."""
        with self._lock:
            connection = self._require_open()
            row = connection.execute(f"SELECT {', '.join(_SUMMARY_COLUMNS)} FROM runs WHERE id = ?",
                                     (run_id,)).fetchone()
            if row is None:
                raise KeyError(f"run {run_id} does not exist in {self.path}")
            tags = self._tags_for(connection, [run_id])
        return self._summary(row, tags.get(run_id, ()))

    def load_run(self, run_id: int) -> StoredRun:
        """Load run ``run_id`` in full; raise KeyError when it does not exist.

        A run still being written loads as far as it is committed.
        """
        with self._lock:
            connection = self._require_open()
            # One read transaction, so the summary, epochs and chunks are from the same moment.
            connection.execute("BEGIN")
            try:
                summary = self.get_summary(run_id)
                config_json, notices_json = connection.execute(
                    "SELECT config_json, notices_json FROM runs WHERE id = ?", (run_id,)).fetchone()
                epoch_rows = connection.execute(
                    f"SELECT {', '.join(_EPOCH_COLUMNS)} FROM epochs WHERE run_id = ? ORDER BY epoch",
                    (run_id,)).fetchall()
                chunk_rows = connection.execute(
                    "SELECT first_iteration, count, costs, learning_rates FROM iteration_chunks WHERE run_id = ?"
                    " ORDER BY first_iteration", (run_id,)).fetchall()
            finally:
                connection.execute("COMMIT")

        # A stored config is kept as it ran, even when this version's limits are stricter.
        config = from_dict(json.loads(config_json), check=False)
        epochs = [
            EpochMetrics(epoch=row[0], iteration=row[1], learning_rate=_real(row[2]), train_cost=_real(row[3]),
                         train_accuracy=_real(row[4]), validation_cost=_real(row[5]),
                         validation_accuracy=_real(row[6]), elapsed_seconds=_real(row[7]))
            for row in epoch_rows
        ]
        costs, learning_rates = self._decode_chunks(run_id, chunk_rows)
        return StoredRun(summary=summary, config=config, notices=list(json.loads(notices_json)), epochs=epochs,
                         iteration_costs=costs, iteration_learning_rates=learning_rates)

    def _decode_chunks(self, run_id: int, chunk_rows: list[tuple]) -> tuple[np.ndarray, np.ndarray]:
        costs = []
        learning_rates = []
        expected_first = 1
        for first_iteration, count, cost_blob, rate_blob in chunk_rows:
            cost_values = np.frombuffer(cost_blob, dtype=ITERATION_DTYPE)
            rate_values = np.frombuffer(rate_blob, dtype=ITERATION_DTYPE)
            if first_iteration != expected_first or cost_values.size != count or rate_values.size != count:
                raise StoreError(self.path, f"has a damaged iteration record in run {run_id} (chunk at iteration "
                                 f"{first_iteration} with {count} values, expected it at {expected_first})",
                                 "delete this run, or restore the file from a backup")
            costs.append(cost_values)
            learning_rates.append(rate_values)
            expected_first += count

        empty = np.empty(0, dtype=np.float64)
        cost_array = np.concatenate(costs).astype(np.float64) if costs else empty
        rate_array = np.concatenate(learning_rates).astype(np.float64) if learning_rates else empty.copy()
        return cost_array, rate_array

    def load_runs(self, run_ids: Iterable[int]) -> list[StoredRun]:
        """Load several runs in the given order, e.g. to overlay their curves."""
        return [self.load_run(run_id) for run_id in run_ids]

    def all_tags(self) -> list[str]:
        """Return every tag used by a run that is not deleted, sorted case-insensitively."""
        with self._lock:
            rows = self._require_open().execute(
                "SELECT DISTINCT tag FROM run_tags JOIN runs ON runs.id = run_tags.run_id"
                " WHERE runs.deleted_at IS NULL ORDER BY tag COLLATE NOCASE").fetchall()
        return [row[0] for row in rows]

    def _tags_for(self, connection: sqlite3.Connection, run_ids: list[int]) -> dict[int, tuple[str, ...]]:
        tags: dict[int, list[str]] = {}
        # SQLite limits the number of parameters per statement, so ask in slices.
        for start in range(0, len(run_ids), 500):
            batch = run_ids[start:start + 500]
            rows = connection.execute(
                f"SELECT run_id, tag FROM run_tags WHERE run_id IN ({', '.join('?' * len(batch))})"
                " ORDER BY run_id, tag COLLATE NOCASE", batch).fetchall()
            for run_id, tag in rows:
                tags.setdefault(run_id, []).append(tag)
        return {run_id: tuple(values) for run_id, values in tags.items()}

    def _summary(self, row: tuple, tags: tuple[str, ...]) -> RunSummary:
        values = dict(zip(_SUMMARY_COLUMNS, row))
        return RunSummary(
            run_id=values["id"], name=values["name"], status=values["status"], reason=values["reason"],
            optimizer=values["optimizer"], learning_rate=values["learning_rate"],
            mini_batch_size=values["mini_batch_size"], dataset=values["dataset"], seed=values["seed"],
            planned_epochs=values["planned_epochs"], epoch_count=values["epoch_count"],
            iteration_count=values["iteration_count"], started_at=values["started_at"],
            updated_at=values["updated_at"], ended_at=values["ended_at"],
            elapsed_seconds=_real(values["elapsed_seconds"]),
            final_train_cost=_real(values["final_train_cost"]),
            final_train_accuracy=_real(values["final_train_accuracy"]),
            final_validation_cost=_real(values["final_validation_cost"]),
            final_validation_accuracy=_real(values["final_validation_accuracy"]),
            tags=tags, notes=values["notes"], deleted=values["deleted_at"] is not None,
            writer_pid=values["writer_pid"], writer_host=values["writer_host"],
        )

    # -- editing ---------------------------------------------------------------------------------------------

    def rename_run(self, run_id: int, name: str) -> None:
        """Set the run's name; raise KeyError when it does not exist."""
        self._update_one(run_id, "name = ?", (name.strip(),))

    def set_notes(self, run_id: int, notes: str) -> None:
        """Replace the run's free-text notes; raise KeyError when it does not exist."""
        self._update_one(run_id, "notes = ?", (notes,))

    def set_tags(self, run_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        """Replace the run's tags (stripped, empty ones and duplicates dropped); return them as stored."""
        cleaned = _clean_tags(tags)
        with self._transaction() as connection:
            self._require_run(connection, run_id)
            connection.execute("DELETE FROM run_tags WHERE run_id = ?", (run_id,))
            connection.executemany("INSERT INTO run_tags (run_id, tag) VALUES (?, ?)",
                                   [(run_id, tag) for tag in cleaned])
            stored = self._tags_for(connection, [run_id])
        return stored.get(run_id, ())

    def add_tag(self, run_ids: Iterable[int], tag: str) -> None:
        """Add ``tag`` to every run in ``run_ids``; runs that already have it are unchanged."""
        cleaned = _clean_tags([tag])
        if not cleaned:
            raise ValueError(f"tag {tag!r} is empty; give a tag with at least one visible character")
        with self._transaction() as connection:
            connection.executemany("INSERT OR IGNORE INTO run_tags (run_id, tag) SELECT id, ? FROM runs WHERE id = ?",
                                   [(cleaned[0], run_id) for run_id in run_ids])

    def delete_runs(self, run_ids: Iterable[int]) -> int:
        """Move runs to the trash (soft delete); return how many were moved. :meth:`undelete_runs` reverses it."""
        ids = list(run_ids)
        with self._transaction() as connection:
            now = utc_now()
            cursor = connection.executemany("UPDATE runs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                                            [(now, run_id) for run_id in ids])
            return cursor.rowcount

    def undelete_runs(self, run_ids: Iterable[int]) -> int:
        """Take runs out of the trash; return how many were restored."""
        ids = list(run_ids)
        with self._transaction() as connection:
            cursor = connection.executemany("UPDATE runs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                                            [(run_id,) for run_id in ids])
            return cursor.rowcount

    def purge_deleted(self) -> int:
        """Erase the runs in the trash with their epochs, iterations and tags; return how many. Cannot be undone.

        A run still "running" stays in the trash until it ends, so its writer never loses its row.
        """
        with self._transaction() as connection:
            cursor = connection.execute("DELETE FROM runs WHERE deleted_at IS NOT NULL AND status != ?", (RUNNING,))
            return cursor.rowcount

    def _update_one(self, run_id: int, assignment: str, values: tuple) -> None:
        with self._transaction() as connection:
            cursor = connection.execute(f"UPDATE runs SET {assignment} WHERE id = ?", (*values, run_id))
            if cursor.rowcount != 1:
                raise KeyError(f"run {run_id} does not exist in {self.path}")

    def _require_run(self, connection: sqlite3.Connection, run_id: int) -> None:
        if connection.execute("SELECT 1 FROM runs WHERE id = ?", (run_id,)).fetchone() is None:
            raise KeyError(f"run {run_id} does not exist in {self.path}")
