"""CSV export of a run's per-epoch and per-mini-batch records.

Numbers are written with Python's shortest round-trip form (``repr``), so a
file read back gives the exact float64 values, and equal runs give
byte-identical files apart from timing columns. Missing values (no validation
split) are written as ``nan``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

import numpy as np

from .training import EpochMetrics, RunResult

EPOCH_CSV_COLUMNS = ("epoch", "iteration", "learning_rate", "train_cost", "train_accuracy",
                     "validation_cost", "validation_accuracy", "elapsed_seconds")
ITERATION_CSV_COLUMNS = ("iteration", "epoch", "mini_batch_cost", "learning_rate")


def _format(value: float) -> str:
    return repr(float(value))


def write_epoch_csv(result_or_epochs: RunResult | Iterable[EpochMetrics], path: str | Path) -> None:
    """Write one row per finished epoch, with the columns of EPOCH_CSV_COLUMNS, to ``path``."""
    if isinstance(result_or_epochs, RunResult):
        epochs = result_or_epochs.epochs
    else:
        epochs = list(result_or_epochs)

    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(EPOCH_CSV_COLUMNS)
        for metrics in epochs:
            writer.writerow([
                metrics.epoch,
                metrics.iteration,
                _format(metrics.learning_rate),
                _format(metrics.train_cost),
                _format(metrics.train_accuracy),
                _format(metrics.validation_cost),
                _format(metrics.validation_accuracy),
                _format(metrics.elapsed_seconds),
            ])


def iteration_epochs(result: RunResult) -> np.ndarray:
    """Return the 1-based epoch of every mini-batch in ``result``, shape (n_iterations,), int64.

    Epoch k covers the iterations after epoch k−1's ``iteration`` count up to
    its own. Mini-batches after the last finished epoch (a stopped or diverged
    run) belong to the next, unfinished epoch.
    """
    epoch_ends = np.array([metrics.iteration for metrics in result.epochs], dtype=np.int64)
    iterations = np.arange(1, len(result.iteration_costs) + 1, dtype=np.int64)

    return np.searchsorted(epoch_ends, iterations, side="left").astype(np.int64) + 1


def write_iteration_csv(result: RunResult, path: str | Path) -> None:
    """Write one row per mini-batch, with the columns of ITERATION_CSV_COLUMNS, to ``path``."""
    epochs = iteration_epochs(result)

    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(ITERATION_CSV_COLUMNS)
        rows = zip(epochs.tolist(), result.iteration_costs.tolist(), result.iteration_learning_rates.tolist())
        for index, (epoch, cost, learning_rate) in enumerate(rows, start=1):
            writer.writerow([index, epoch, repr(cost), repr(learning_rate)])
