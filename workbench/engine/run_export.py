"""Write stored runs to CSV in long form, for spreadsheets, pandas and the command line.

Long form means one measurement per row, with the columns of
:data:`LONG_CSV_COLUMNS`:

``run``        the run's id in the run history
``epoch``      1-based epoch the value belongs to
``iteration``  1-based mini-batch update count; for per-epoch metrics the count at the end of that epoch
``metric``     one of :data:`EPOCH_METRICS` or ``mini_batch_cost``
``value``      the number, in Python's shortest round-trip form; ``nan`` when missing

Per-epoch metrics come first (epoch by epoch, in the order of
:data:`EPOCH_METRICS`), then one ``mini_batch_cost`` row per iteration.
Mini-batches after the last finished epoch (a stopped or diverged run) carry
the number of the unfinished epoch. Learning rates are exported per epoch
only, because the schedules change α once per epoch.

Pure numpy and the standard library: no Qt.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any, Iterable, TextIO

from .metrics import iteration_epochs
from .store import StoredRun

LONG_CSV_COLUMNS = ("run", "epoch", "iteration", "metric", "value")

#: Per-epoch metrics in export order; names are fields of ``EpochMetrics``.
EPOCH_METRICS = ("train_cost", "validation_cost", "train_accuracy", "validation_accuracy", "learning_rate")

#: Metric name of the per-iteration rows.
MINI_BATCH_COST = "mini_batch_cost"

#: Maximum length of the run-name part of a per-run file name, in characters.
MAX_NAME_IN_FILE_NAME = 40


def _format(value: float) -> str:
    return repr(float(value))


def _write_run_rows(writer: Any, run: StoredRun) -> int:
    """Write every row of ``run`` and return how many were written."""
    count = 0
    for metrics in run.epochs:
        for metric in EPOCH_METRICS:
            writer.writerow([run.run_id, metrics.epoch, metrics.iteration, metric, _format(getattr(metrics, metric))])
            count += 1

    epochs = iteration_epochs(run.to_result())
    for index, (epoch, cost) in enumerate(zip(epochs.tolist(), run.iteration_costs.tolist()), start=1):
        writer.writerow([run.run_id, epoch, index, MINI_BATCH_COST, repr(cost)])
        count += 1
    return count


def _write_long(file: TextIO, runs: Iterable[StoredRun]) -> int:
    writer = csv.writer(file)
    writer.writerow(LONG_CSV_COLUMNS)
    return sum(_write_run_rows(writer, run) for run in runs)


def write_runs_long_csv(runs: Iterable[StoredRun], path: str | Path) -> int:
    """Write all ``runs`` to one long-form CSV file at ``path``; return the number of data rows.

    Raises OSError when the file cannot be written.
    """
    with open(path, "w", newline="", encoding="utf-8") as file:
        return _write_long(file, runs)


def write_run_csv(run: StoredRun, path: str | Path) -> int:
    """Write one run to its own long-form CSV file at ``path``; return the number of data rows."""
    return write_runs_long_csv([run], path)


def run_file_name(run: StoredRun) -> str:
    """Return a file name for one run's CSV: ``run-<id>-<name>.csv`` with the name reduced to safe characters.

    Characters other than letters, digits, ``.``, ``_`` and ``-`` become ``_``,
    and the name part is cut to :data:`MAX_NAME_IN_FILE_NAME` characters, so
    the name is valid on Windows, macOS and Linux.
    """
    safe_name = re.sub(r"[^\w.-]+", "_", run.name, flags=re.ASCII).strip("._")[:MAX_NAME_IN_FILE_NAME]
    return f"run-{run.run_id}-{safe_name}.csv" if safe_name else f"run-{run.run_id}.csv"


def write_run_csvs(runs: Iterable[StoredRun], folder: str | Path) -> list[Path]:
    """Write each run to its own CSV file (see :func:`run_file_name`) in ``folder``; return the paths.

    ``folder`` must exist. Files of the same name are replaced, because the
    name contains the run id and so belongs to the same run.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NotADirectoryError(f"export folder {folder} does not exist or is not a folder; create it or choose another")

    paths = []
    for run in runs:
        path = folder / run_file_name(run)
        write_run_csv(run, path)
        paths.append(path)
    return paths
