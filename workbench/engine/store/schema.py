"""The run history schema, its migrations and the checks made before a file is opened for writing.

The schema version is kept in ``PRAGMA user_version``. Version 0 is an empty
file. A new database is created at version 1 and then migrated step by step,
so every migration runs on every new database, not only on old files.

Version 1
    ``runs``: one row per run with the config as JSON text, key settings
    copied out of it for listing, status, times (UTC ISO 8601), the writing
    process (pid and host name) and final metrics.
    ``epochs``: one row per finished epoch.
    ``iteration_chunks``: the per-iteration mini-batch cost and learning rate,
    one row per chunk of consecutive iterations. ``first_iteration`` is the
    1-based global iteration number of the chunk's first value and ``count``
    the number of values. ``costs`` and ``learning_rates`` are each ``count``
    IEEE 754 float64 values in little-endian byte order (numpy ``'<f8'``), so a
    run reloads bit for bit. A run's chunks cover 1..n with no gap or overlap.
Version 2
    Adds ``runs.notes`` and the ``run_tags`` table (one row per run and tag).

SQLite stores a NaN REAL as NULL, so every nullable metric column reads back
as NaN where it was NaN or unknown.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

SQLITE_MAGIC = b"SQLite format 3\x00"

SCHEMA_VERSION = 2

ITERATION_DTYPE = "<f8"

_SCHEMA_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL DEFAULT '',
    config_json TEXT NOT NULL,
    seed INTEGER NOT NULL,
    optimizer TEXT NOT NULL,
    learning_rate REAL NOT NULL,
    mini_batch_size INTEGER NOT NULL,
    dataset TEXT NOT NULL,
    planned_epochs INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    notices_json TEXT NOT NULL DEFAULT '[]',
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ended_at TEXT,
    writer_pid INTEGER,
    writer_host TEXT,
    epoch_count INTEGER NOT NULL DEFAULT 0,
    iteration_count INTEGER NOT NULL DEFAULT 0,
    elapsed_seconds REAL,
    final_train_cost REAL,
    final_train_accuracy REAL,
    final_validation_cost REAL,
    final_validation_accuracy REAL,
    deleted_at TEXT
);
CREATE INDEX runs_status ON runs (status);
CREATE INDEX runs_started_at ON runs (started_at);

CREATE TABLE epochs (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    epoch INTEGER NOT NULL,
    iteration INTEGER NOT NULL,
    learning_rate REAL,
    train_cost REAL,
    train_accuracy REAL,
    validation_cost REAL,
    validation_accuracy REAL,
    elapsed_seconds REAL,
    PRIMARY KEY (run_id, epoch)
) WITHOUT ROWID;

CREATE TABLE iteration_chunks (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    first_iteration INTEGER NOT NULL,
    count INTEGER NOT NULL,
    costs BLOB NOT NULL,
    learning_rates BLOB NOT NULL,
    PRIMARY KEY (run_id, first_iteration)
);
"""

_RUNS_V1_COLUMNS = {
    "id", "name", "config_json", "seed", "optimizer", "learning_rate", "mini_batch_size", "dataset",
    "planned_epochs", "status", "reason", "notices_json", "started_at", "updated_at", "ended_at",
    "writer_pid", "writer_host", "epoch_count", "iteration_count", "elapsed_seconds", "final_train_cost",
    "final_train_accuracy", "final_validation_cost", "final_validation_accuracy", "deleted_at",
}
_EPOCHS_COLUMNS = {
    "run_id", "epoch", "iteration", "learning_rate", "train_cost", "train_accuracy", "validation_cost",
    "validation_accuracy", "elapsed_seconds",
}
_CHUNKS_COLUMNS = {"run_id", "first_iteration", "count", "costs", "learning_rates"}

#: The tables and columns each schema version must have; extra columns are allowed.
EXPECTED_COLUMNS: dict[int, dict[str, set[str]]] = {
    1: {"runs": _RUNS_V1_COLUMNS, "epochs": _EPOCHS_COLUMNS, "iteration_chunks": _CHUNKS_COLUMNS},
    2: {
        "runs": _RUNS_V1_COLUMNS | {"notes"},
        "epochs": _EPOCHS_COLUMNS,
        "iteration_chunks": _CHUNKS_COLUMNS,
        "run_tags": {"run_id", "tag"},
    },
}


class StoreError(Exception):
    """The run history database cannot be used; the message names the file, the problem and what to do.

    ``problem`` completes a sentence whose subject is the file ("is damaged");
    ``fix`` is a lower-case instruction without a final period.
    """

    def __init__(self, path: str | Path, problem: str, fix: str) -> None:
        self.path = str(path)
        self.problem = problem
        self.fix = fix
        super().__init__(f"Run history {self.path}: {problem}. {fix[:1].upper()}{fix[1:]}.")


def _migrate_v1_to_v2(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE runs ADD COLUMN notes TEXT NOT NULL DEFAULT ''")
    connection.execute(
        "CREATE TABLE run_tags ("
        " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
        " tag TEXT NOT NULL,"
        " PRIMARY KEY (run_id, tag)"
        ") WITHOUT ROWID"
    )
    connection.execute("CREATE INDEX run_tags_tag ON run_tags (tag)")


#: MIGRATIONS[n] moves a database from version n to n + 1; :func:`migrate` wraps each step in a transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_v1_to_v2,
}


def create_v1(connection: sqlite3.Connection) -> None:
    """Create the version 1 tables in an empty database and set ``user_version`` to 1, in the caller's transaction."""
    for statement in _SCHEMA_V1.split(";"):
        if statement.strip():
            connection.execute(statement)
    connection.execute("PRAGMA user_version = 1")


def migrate(connection: sqlite3.Connection, from_version: int) -> int:
    """Apply every migration from ``from_version`` up to :data:`SCHEMA_VERSION`; return the new version.

    Each step runs in its own ``BEGIN IMMEDIATE`` transaction together with its
    ``user_version`` update, so a failed step leaves the file at the previous
    version. ``connection`` must be in autocommit mode (``isolation_level=None``).
    """
    version = from_version
    while version < SCHEMA_VERSION:
        step = MIGRATIONS[version]
        connection.execute("BEGIN IMMEDIATE")
        try:
            step(connection)
            connection.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        version += 1
    return version


def _table_columns(connection: sqlite3.Connection) -> dict[str, set[str]]:
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    columns = {}
    for table in tables:
        if table.startswith("sqlite_"):
            continue
        columns[table] = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
    return columns


def inspect_file(path: Path) -> int:
    """Check an existing database file without changing it; return its schema version.

    The file is opened read-only. Raises :class:`StoreError` when the file is
    not SQLite, fails SQLite's ``quick_check`` (damaged or truncated), comes
    from a newer app version, or lacks the tables and columns of its version.
    An empty (0-byte) file is version 0.
    """
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(path, f"cannot be read ({error.strerror})",
                         "check the file's permissions, or choose another file") from error
    if header == b"":
        return 0
    if header != SQLITE_MAGIC:
        raise StoreError(path, "is not an SQLite database",
                         "choose another file, or move this one away so a new run history can be created")

    # Read-only URI mode guarantees the checks below never write to the file.
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise StoreError(path, f"cannot be opened ({error})", "check the file's permissions") from error
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise StoreError(path, f"is damaged (SQLite quick_check: {'; '.join(problems[:3])})",
                             "restore it from a backup, or move it away so a new run history can be created")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        columns = _table_columns(connection)
    except sqlite3.DatabaseError as error:
        raise StoreError(path, f"is damaged or truncated ({error})",
                         "restore it from a backup, or move it away so a new run history can be created") from error
    finally:
        connection.close()

    if version > SCHEMA_VERSION:
        raise StoreError(path, f"was written by a newer Optimizer Workbench (schema version {version}; "
                         f"this version reads up to {SCHEMA_VERSION})",
                         "update Optimizer Workbench, or choose another file")
    if version == 0:
        if columns:
            raise StoreError(path, f"is an SQLite database of another program (tables: {', '.join(sorted(columns))})",
                             "choose another file")
        return 0
    if version < 0:
        raise StoreError(path, f"has an invalid schema version {version}", "choose another file")

    for table, expected in EXPECTED_COLUMNS[version].items():
        missing = expected - columns.get(table, set())
        if table not in columns:
            raise StoreError(path, f"lacks the table {table!r} of schema version {version}",
                             "restore it from a backup, or choose another file")
        if missing:
            raise StoreError(path, f"lacks the columns {', '.join(sorted(missing))} in table {table!r} "
                             f"of schema version {version}", "restore it from a backup, or choose another file")
    return version
