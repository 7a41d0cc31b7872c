"""``python -m workbench sweep``: train one run per grid cell and tabulate the final metrics.

Example::

    python -m workbench sweep --config base.json --grid learning_rate=1e-4:1e-1:log:7 \\
        --grid optimizer=gd,adam --workers 2 --out sweeps/lr

writes ``sweeps/lr/sweep.csv`` (one row per cell: the swept values, status,
final train and validation cost and accuracy, run id) and ``config.json``
(the base config), and stores every run in the run history. The grid syntax
is described in :mod:`workbench.engine.sweep`.

This module also contains the run-history helpers other commands share:
:func:`add_database_argument` adds ``--db`` and :func:`run_and_store` runs a
:class:`~workbench.engine.training.Trainer` while recording it.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
from pathlib import Path
from typing import Callable

from workbench.cli.interrupt import call_on_interrupt
from workbench.cli.output import make_output_folder
from workbench.engine.config import ConfigError, save
from workbench.engine.control import RunControl
from workbench.engine.store import DATABASE_ENV, RunStore, StoreError, default_database_path, record_run
from workbench.engine.sweep import (
    SweepError,
    SweepProgress,
    SweepResult,
    SweepRunner,
    dask_executor,
    parse_grid_spec,
    write_sweep_csv,
)
from workbench.engine.training import Progress, RunResult, Trainer

logger = logging.getLogger(__name__)

EXIT_FINISHED = 0
EXIT_SOME_CELLS_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


def add_database_argument(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """Add ``--db FILE``, the run history database, to ``parser``."""
    parser.add_argument("--db", metavar="FILE",
                        help=f"run history database to store the runs in (default: ${DATABASE_ENV} if set, "
                             f"else {default_database_path()})")


def run_and_store(trainer: Trainer, control: RunControl | None = None,
                  on_progress: Callable[[Progress], None] | None = None,
                  db_path: str | None = None) -> tuple[int | None, RunResult]:
    """Run ``trainer`` while recording it in the run history; return (run id, result).

    ``db_path`` None means the default database. When the history cannot be
    opened or written (damaged, read-only, a write fails), one warning goes
    to stderr and the run trains on without being stored (run id None),
    because the run's own output files do not need the history.
    """
    try:
        store = RunStore(db_path)
    except StoreError as error:
        _warn_run_not_stored(error, error.path)
        return None, trainer.run(control, on_progress)

    try:
        run_id, result = record_run(None, store, on_progress, control, trainer=trainer,
                                    on_store_error=lambda error: _warn_run_not_stored(error, store.path))
    finally:
        store.close()
    return run_id, result


def store_error_text(error: Exception, path: str | Path) -> str:
    """Return a one-line message for a run-history error that names the file and how to choose another one."""
    if isinstance(error, StoreError):
        text = str(error)
    else:
        text = f"Run history {path}: writing failed ({type(error).__name__}: {error})."
    return f"{text} The --db option or {DATABASE_ENV} selects the run history file."


def _warn_run_not_stored(error: Exception, path: str | Path) -> None:
    print(f"warning: {store_error_text(error, path)} This run is not stored in the run history.", file=sys.stderr)


def register(subparsers) -> None:
    """Add the ``sweep`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "sweep",
        help="train one run per cell of a grid over one or two settings",
        description="Train one run per cell of a grid over one or two settings, in parallel worker processes "
                    "or on a Dask cluster. Writes DIR/sweep.csv and DIR/config.json and stores every run "
                    "in the run history.",
        epilog="Grid specs: learning_rate=1e-4:1e-1:log:7 (7 values, log-spaced), decay_rate=0:2:lin:5 "
               "(5 values, evenly spaced), seed=0:4 (whole numbers 0 to 4; sets the weight and shuffle seeds), "
               "beta1=0.8,0.9,0.99 (a list), optimizer=gd,adam. Short names: learning_rate, optimizer, beta, "
               "beta1, beta2, epsilon, mini_batch_size, epochs, decay_rate, l2, seed; any dotted config field "
               "such as network.l2 also works. Exit status: 0 every cell finished, 1 some cell diverged or "
               "failed, 2 invalid settings or files, 130 cancelled with Ctrl+C (finished cells are still "
               "written).",
    )
    # Imported here because cli.train may import this module's run-history helpers at its top.
    from workbench.cli.train import add_config_arguments

    add_config_arguments(parser)

    sweep = parser.add_argument_group("sweep")
    sweep.add_argument("--grid", metavar="SPEC", action="append", required=True,
                       help="one grid axis, e.g. learning_rate=1e-4:1e-1:log:7; give --grid once or twice")
    sweep.add_argument("--workers", metavar="N",
                       help=f"worker processes on this machine (default: the CPU count, {os.cpu_count()})")
    sweep.add_argument("--scheduler", metavar="ADDRESS",
                       help="run the cells on the Dask cluster whose scheduler is at ADDRESS, "
                            "e.g. tcp://10.0.0.5:8786 (needs the dask extra here and workbench on the workers)")
    sweep.add_argument("--tag", metavar="TAG",
                       help="tag for the stored runs (default: sweep-<UTC start time>)")

    output = parser.add_argument_group("output")
    output.add_argument("--out", metavar="DIR", required=True, help="folder for sweep.csv and config.json")
    add_database_argument(output)
    output.add_argument("--quiet", action="store_true", help="print only the final summary")
    parser.set_defaults(handler=run_sweep_command)


def _worker_count(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        workers = int(text)
    except ValueError:
        workers = 0
    if workers < 1:
        raise ConfigError("--workers", text, "must be a whole number of 1 or more", "e.g. --workers 2")
    return workers


def run_sweep_command(args: argparse.Namespace) -> int:
    """Run the ``sweep`` sub-command; return the exit status."""
    from workbench.cli.train import INPUT_ERRORS, config_from_args, input_error_text

    try:
        config = config_from_args(args)
        axes = [parse_grid_spec(spec) for spec in args.grid]
        workers = _worker_count(args.workers)
        out_dir = make_output_folder(args.out)
        store = RunStore(args.db)
    except (*INPUT_ERRORS, SweepError) as error:
        print(f"error: {input_error_text(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StoreError as error:
        # A sweep's purpose includes its stored runs, so an unusable history stops it before any training.
        print(f"error: {store_error_text(error, error.path)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"error: cannot write {error.filename}: {error.strerror}; choose a writable --out folder",
              file=sys.stderr)
        return EXIT_BAD_INPUT

    executor = None
    try:
        if args.scheduler:
            executor = dask_executor(args.scheduler)
        printer = _ProgressPrinter(quiet=args.quiet)
        runner = SweepRunner(config, axes, store=store, executor=executor, max_workers=workers,
                             on_progress=printer, tag=args.tag)
        save(config, out_dir / "config.json")
        if not args.quiet:
            where = f"the Dask cluster at {args.scheduler}" if args.scheduler else f"{runner.max_workers} worker(s)"
            print(f"Sweeping {len(runner.cells)} cells on {where}; runs are tagged {runner.tag} in {store.path}",
                  flush=True)

        with call_on_interrupt(runner.cancel, "cancelling the sweep"):
            result = runner.run()
    except (*INPUT_ERRORS, SweepError) as error:
        print(f"error: {input_error_text(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"error: cannot write {error.filename or out_dir}: {error.strerror or error}; choose a writable "
              "--out folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        store.close()

    if runner.store_error is not None:
        print(f"warning: {store_error_text(runner.store_error, store.path)} Cells without a run_id in sweep.csv "
              "are not stored in the run history.", file=sys.stderr)
    csv_path = out_dir / "sweep.csv"
    try:
        write_sweep_csv(result, csv_path)
    except OSError as error:
        # The folder passed its check before the sweep, so it changed meanwhile (permissions, disk full).
        stored = f" Its runs are stored in the run history with the tag {runner.tag}." if runner.store_error is None \
            else ""
        print(f"error: cannot write {csv_path}: {error.strerror or error}. The sweep ended, but sweep.csv is "
              f"missing.{stored} Choose a writable --out folder.", file=sys.stderr)
        return EXIT_BAD_INPUT
    _print_summary(result, csv_path)

    if result.cancelled:
        return EXIT_INTERRUPTED
    if any(row.status != "finished" for row in result.rows):
        return EXIT_SOME_CELLS_FAILED
    return EXIT_FINISHED


def _format_metric(value: float, digits: int) -> str:
    return "n/a" if math.isnan(value) else f"{value:.{digits}f}"


class _ProgressPrinter:
    """Prints one line per finished cell with an estimate of the time left, unless quiet."""

    def __init__(self, quiet: bool) -> None:
        self._quiet = quiet

    def __call__(self, progress: SweepProgress) -> None:
        if self._quiet or progress.row is None:
            return
        row = progress.row
        width = len(str(progress.total))
        line = f"[{progress.done:>{width}}/{progress.total}] {row.label}: {row.status}"
        if row.status in ("finished", "stopped"):
            line += (f", validation cost {_format_metric(row.validation_cost, 4)}, "
                     f"validation accuracy {_format_metric(row.validation_accuracy, 3)}")
        elif row.reason:
            line += f" ({row.reason})"
        if progress.estimated_seconds_left is not None and progress.done < progress.total:
            line += f"  about {progress.estimated_seconds_left:.0f} s left"
        print(line, flush=True)


def _print_summary(result: SweepResult, csv_path: Path) -> None:
    counts: dict[str, int] = {}
    for row in result.rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    statuses = ", ".join(f"{count} {status}" for status, count in counts.items())

    notices: list[str] = []
    for row in result.rows:
        notices += [notice for notice in row.notices if notice not in notices]
    for notice in notices:
        print(f"Notice: {notice}")
    print(f"Sweep {'cancelled' if result.cancelled else 'done'} in {result.elapsed_seconds:.1f} s: {statuses}.")

    best = result.best_row("validation_cost")
    metric = "validation cost"
    if best is None:
        best = result.best_row("train_cost")
        metric = "training cost"
    if best is not None:
        value = best.validation_cost if metric == "validation cost" else best.train_cost
        print(f"Lowest {metric}: {value:.4f} at {best.label} (run {best.run_id}).")
    print(f"Wrote {csv_path}")
