"""``python -m workbench train``: train a network without a window and write its records.

Example::

    python -m workbench train --dataset moons --layers 2,5,2,1 --optimizer adam \\
        --learning-rate 0.0007 --mini-batch-size 64 --epochs 5000 --decay stepwise \\
        --decay-rate 1 --decay-interval 1000 --seed 3 --out runs/adam

writes ``runs/adam/metrics.csv`` (one row per epoch), ``iterations.csv`` (one
row per mini-batch), ``config.json`` (the config used, readable by
``config.load``) and ``result.json`` (status, reason, notices, final metrics).

:func:`add_config_arguments` and :func:`config_from_args` hold the mapping
from flags to a :class:`RunConfig`, so other sub-commands take the same flags.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import math
import sys
from pathlib import Path
from typing import Any, Callable

from workbench.cli.interrupt import call_on_interrupt
from workbench.cli.output import make_output_folder
from workbench.engine.config import (
    GENERATED_DATASETS,
    ConfigError,
    RunConfig,
    from_dict,
    load,
    save,
    to_dict,
)
from workbench.engine.control import RunControl
from workbench.engine.datasets import Dataset, DatasetError, builtin_datasets, load_dataset, resolve_csv_path
from workbench.engine.metrics import write_epoch_csv, write_iteration_csv
from workbench.engine.network import output_units_for
from workbench.engine.optimizers import HyperparameterError
from workbench.engine.schedules import ScheduleError
from workbench.engine.training import EpochMetrics, Progress, RunResult, Trainer

logger = logging.getLogger(__name__)

#: Errors caused by the user's settings or files; the command reports them in one line and exits with 2.
INPUT_ERRORS = (ConfigError, DatasetError, HyperparameterError, ScheduleError)

EXIT_FINISHED = 0
EXIT_DIVERGED = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


def input_error_text(error: Exception) -> str:
    """Return the message of one of :data:`INPUT_ERRORS` in the command line's terms.

    The engine's CSV messages name the config field ``label_column``, which
    the command line sets with ``--label``.
    """
    if not isinstance(error, DatasetError) or "label_column" not in error.fix:
        return str(error)

    fix = (error.fix.replace("leave label_column empty", "leave out --label")
           .replace("as label_column", "with --label")
           .replace("label_column", "--label"))
    rewritten = DatasetError(error.problem, fix, path=error.path, line=error.line, column=error.column,
                             column_name=error.column_name, value=error.value)
    return str(rewritten)


def _to_int(flag: str, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ConfigError(flag, text, "is not a whole number", f"give a whole number, e.g. {flag} 64") from None


def _to_float(flag: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ConfigError(flag, text, "is not a number", f"give a number, e.g. {flag} 0.01") from None
    if not math.isfinite(value):
        raise ConfigError(flag, text, "is not a finite number", f"give a finite number, e.g. {flag} 0.01")
    return value


def _to_text(flag: str, text: str) -> str:
    return text


@dataclasses.dataclass(frozen=True)
class _Setting:
    """A flag that sets one config field."""

    flag: str
    field: str  # dotted path in RunConfig, e.g. "optimizer.beta1"
    convert: Callable[[str, str], Any]
    metavar: str
    help: str


_SETTINGS = (
    _Setting("--samples", "data.n_samples", _to_int, "N", "number of points of a generated data set"),
    _Setting("--noise", "data.noise", _to_float, "SD",
             "standard deviation of the noise added to a generated data set, in its coordinate units"),
    _Setting("--classes", "data.n_classes", _to_int, "N", "number of classes of the generated spirals or blobs"),
    _Setting("--validation-fraction", "data.validation_fraction", _to_float, "F",
             "share of the samples held out for validation, from 0 to 0.9"),
    _Setting("--activation", "network.activation", _to_text, "NAME",
             "hidden-layer activation: relu, leaky_relu, tanh or sigmoid"),
    _Setting("--initialization", "network.initialization", _to_text, "NAME",
             "weight initialization: he or xavier"),
    _Setting("--l2", "network.l2", _to_float, "LAMBDA", "L2 regularization strength λ; 0 turns it off"),
    _Setting("--optimizer", "optimizer.name", _to_text, "NAME", "gd, momentum, rmsprop or adam"),
    _Setting("--learning-rate", "optimizer.learning_rate", _to_float, "ALPHA",
             "initial learning rate α0, before any decay"),
    _Setting("--beta", "optimizer.beta", _to_float, "BETA", "momentum's β, in [0, 1)"),
    _Setting("--beta1", "optimizer.beta1", _to_float, "BETA1", "Adam's β1, in [0, 1)"),
    _Setting("--beta2", "optimizer.beta2", _to_float, "BETA2", "RMSprop's and Adam's β2, in [0, 1)"),
    _Setting("--epsilon", "optimizer.epsilon", _to_float, "EPSILON",
             "RMSprop's and Adam's ε, added outside the square root"),
    _Setting("--mini-batch-size", "training.mini_batch_size", _to_int, "N",
             "samples per mini-batch: 1 (stochastic), 64, 128, 256, 512, or 0 for the whole training set"),
    _Setting("--epochs", "training.epochs", _to_int, "N", "number of passes over the training set"),
    _Setting("--decay", "schedule.name", _to_text, "NAME",
             "learning-rate decay, applied once per epoch: constant, inverse_time, exponential, "
             "inverse_sqrt or stepwise"),
    _Setting("--decay-rate", "schedule.decay_rate", _to_float, "RATE",
             "decay rate d of inverse_time and stepwise decay"),
    _Setting("--decay-base", "schedule.base", _to_float, "BASE", "base of exponential decay, in (0, 1]"),
    _Setting("--decay-k", "schedule.k", _to_float, "K", "factor k of inverse_sqrt decay"),
    _Setting("--decay-interval", "schedule.interval", _to_int, "EPOCHS", "epochs between two stepwise decays"),
    _Setting("--name", "name", _to_text, "TEXT", "label of the run, free text"),
)


def _dest(flag: str) -> str:
    return flag.lstrip("-").replace("-", "_")


def add_config_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the flags that build a :class:`RunConfig` (see :func:`config_from_args`) to ``parser``."""
    group = parser.add_argument_group("run settings (override the --config file)")
    group.add_argument("--config", metavar="FILE", help="start from this config JSON file instead of the defaults")
    group.add_argument("--dataset", metavar="NAME_OR_CSV",
                       help=f"a generated set ({', '.join(GENERATED_DATASETS)}), a shipped data set "
                            f"({', '.join(builtin_datasets())}) or the path of a CSV file")
    group.add_argument("--label", metavar="COLUMN",
                       help="the CSV column with the class labels (default: the last column)")
    group.add_argument("--layers", metavar="SIZES",
                       help="all layer sizes, comma-separated: features, hidden layers..., output units "
                            "(1 for two classes, else the class count), e.g. 2,16,8,1")
    for setting in _SETTINGS:
        group.add_argument(setting.flag, metavar=setting.metavar, help=setting.help)
    group.add_argument("--no-bias-correction", action="store_true",
                       help="run Adam without bias correction of its moment estimates")
    group.add_argument("--seed", metavar="N", help="seed for the data, the initial weights and the shuffling")


def config_from_args(args: argparse.Namespace) -> RunConfig:
    """Return the config from ``--config`` (or the defaults) with every given flag applied, validated.

    Raises :class:`ConfigError` naming the flag, the value and the fix, and
    :class:`DatasetError` when ``--layers`` needs a data set that cannot be loaded.
    """
    config, _ = config_and_dataset_from_args(args)
    return config


def config_and_dataset_from_args(args: argparse.Namespace) -> tuple[RunConfig, Dataset | None]:
    """Like :func:`config_from_args`, and also return the data set when ``--layers`` made it load, else None."""
    config = load(args.config) if args.config else RunConfig()
    data = to_dict(config)
    flag_of_field: dict[str, str] = {}

    for setting in _SETTINGS:
        text = getattr(args, _dest(setting.flag), None)
        if text is None:
            continue
        _set(data, setting.field, setting.convert(setting.flag, text))
        flag_of_field[setting.field] = setting.flag

    if args.no_bias_correction:
        _set(data, "optimizer.bias_correction", False)
    if args.seed is not None:
        seed = _to_int("--seed", args.seed)
        for section in ("data", "network", "training"):
            data[section]["seed"] = seed
            flag_of_field[f"{section}.seed"] = "--seed"
    _apply_dataset(data, args, flag_of_field)

    layer_sizes = _parse_layers(args.layers) if args.layers is not None else None
    if layer_sizes is not None:
        data["network"]["hidden_layers"] = layer_sizes[1:-1]
        flag_of_field["network.hidden_layers"] = "--layers"

    try:
        config = from_dict(data)
    except ConfigError as error:
        flag = flag_of_field.get(error.field)
        if flag is None:
            raise
        raise ConfigError(f"{flag} ({error.field})", error.value, error.problem, error.fix) from None

    dataset = None
    if layer_sizes is not None:
        dataset = load_dataset(config.data)
        _check_layer_ends(args.layers, layer_sizes, dataset)
    return config, dataset


def _set(data: dict, dotted: str, value: Any) -> None:
    section, _, key = dotted.partition(".")
    if key:
        data[section][key] = value
    else:
        data[section] = value


def _apply_dataset(data: dict, args: argparse.Namespace, flag_of_field: dict[str, str]) -> None:
    """Point the data section at the set ``--dataset`` names and set ``--label``."""
    value = args.dataset
    if value is not None:
        if value in GENERATED_DATASETS:
            data["data"].update(source=value, csv_path="", label_column="")
        else:
            if value not in builtin_datasets():
                _check_csv_exists(value)
            data["data"].update(source="csv", csv_path=value, label_column="")
        # Class names belong to the data set a config file named, not to this one.
        data["data"]["class_names"] = []
        flag_of_field["data.source"] = flag_of_field["data.csv_path"] = "--dataset"

    if args.label is not None:
        if data["data"]["source"] != "csv":
            raise ConfigError("--label", args.label, f"applies only to CSV data sets, not to {data['data']['source']}",
                              "drop --label or give a CSV file with --dataset")
        data["data"]["label_column"] = args.label
        data["data"]["class_names"] = []
        flag_of_field["data.label_column"] = "--label"


def _check_csv_exists(value: str) -> None:
    try:
        resolve_csv_path(value)
    except DatasetError:
        choices = ", ".join([*GENERATED_DATASETS, *builtin_datasets()])
        raise ConfigError("--dataset", value, "is neither a known data set nor an existing CSV file",
                          f"use one of {choices}, or the path of a CSV file") from None


def _parse_layers(text: str) -> list[int]:
    parts = [part.strip() for part in text.split(",")]
    try:
        sizes = [int(part) for part in parts]
    except ValueError:
        raise ConfigError("--layers", text, "must be whole numbers separated by commas",
                          "give input, hidden and output sizes, e.g. --layers 2,16,8,1") from None
    if len(sizes) < 2:
        raise ConfigError("--layers", text, "needs at least an input and an output size",
                          "give input, hidden and output sizes, e.g. --layers 2,16,8,1")
    if any(size < 1 for size in sizes):
        raise ConfigError("--layers", text, "every size must be 1 or more", "e.g. --layers 2,16,8,1")
    return sizes


def _check_layer_ends(text: str, sizes: list[int], dataset: Dataset) -> None:
    """Raise ConfigError unless the first size is the feature count and the last the output units."""
    n_features = dataset.n_features
    output_units = output_units_for(dataset.n_classes)
    suggestion = ",".join(str(size) for size in [n_features, *sizes[1:-1], output_units])

    if sizes[0] != n_features:
        raise ConfigError("--layers", text, f"the first size must equal the number of features of "
                          f"{dataset.name}, {n_features}", f"use --layers {suggestion}")
    if sizes[-1] != output_units:
        classes = f"{dataset.n_classes} classes"
        expected = "1 sigmoid unit for 2 classes" if output_units == 1 else f"{output_units} units for {classes}"
        raise ConfigError("--layers", text, f"the last size must be the output units of {dataset.name}: "
                          f"{expected}", f"use --layers {suggestion}")


def register(subparsers) -> None:
    # Imported here because workbench.cli.sweep imports this module.
    from workbench.cli.sweep import add_database_argument

    """Add the ``train`` sub-command to ``subparsers``."""
    parser = subparsers.add_parser(
        "train",
        help="train a network without a window and write its metrics",
        description="Train a network without a window. Writes DIR/metrics.csv (per epoch), "
                    "DIR/iterations.csv (per mini-batch), DIR/config.json and DIR/result.json.",
        epilog="Exit status: 0 finished, 1 diverged, 2 invalid settings or files, or an --out folder that "
               "cannot be written, 130 stopped with Ctrl+C (the records so far are still written).",
    )
    add_config_arguments(parser)

    output = parser.add_argument_group("output")
    output.add_argument("--out", metavar="DIR", help="folder for the four output files; created when missing")
    output.add_argument("--save-config", metavar="FILE",
                        help="write the merged config to FILE and exit without training")
    output.add_argument("--quiet", action="store_true", help="print only the final summary")
    output.add_argument("--print-every", metavar="N",
                        help="epochs between two progress lines (default: a tenth of the epochs)")
    add_database_argument(output)
    parser.set_defaults(handler=run_train)


def run_train(args: argparse.Namespace) -> int:
    """Run the ``train`` sub-command; return the exit status."""
    try:
        config, dataset = config_and_dataset_from_args(args)

        if args.save_config:
            save(config, args.save_config)
            print(f"Wrote the config to {args.save_config}")
            return EXIT_FINISHED

        if not args.out:
            raise ConfigError("--out", args.out, "is missing", "give a folder for the results, e.g. --out runs/adam")
        print_every = _to_int("--print-every", args.print_every) if args.print_every is not None else 0
        if args.print_every is not None and print_every < 1:
            raise ConfigError("--print-every", args.print_every, "must be 1 or more", "e.g. --print-every 100")
        out_dir = make_output_folder(args.out)

        trainer = Trainer(config, dataset)
    except INPUT_ERRORS as error:
        print(f"error: {input_error_text(error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"error: cannot write {error.filename}: {error.strerror}; choose a writable --out folder or "
              f"--save-config file", file=sys.stderr)
        return EXIT_BAD_INPUT

    # Trainer logs each notice as a warning, which reaches stderr; result.json keeps them too.
    epochs = trainer.config.training.epochs
    printer = _ProgressPrinter(epochs, print_every or max(1, epochs // 10), quiet=args.quiet)
    from workbench.cli.sweep import run_and_store

    control = RunControl()
    with call_on_interrupt(control.request_stop, "stopping after the current mini-batch"):
        run_id, result = run_and_store(trainer, control, printer, args.db)

    try:
        _write_outputs(out_dir, trainer, result)
    except OSError as error:
        # The folder passed its check before training, so it changed meanwhile (permissions, disk full).
        stored = f" It is stored in the run history as run {run_id}." if run_id is not None else ""
        print(f"error: cannot write {error.filename or out_dir}: {error.strerror or error}. The run ended as "
              f"{result.status}, but its files in {out_dir} are incomplete.{stored} Choose a writable --out "
              "folder and run it again.", file=sys.stderr)
        return EXIT_BAD_INPUT
    _print_summary(trainer, result, out_dir, printer.last_printed_epoch)

    if result.status == "finished":
        return EXIT_FINISHED
    if result.status == "diverged":
        return EXIT_DIVERGED
    return EXIT_INTERRUPTED


class _ProgressPrinter:
    """Prints one line for every ``every``-th epoch and for the last one, unless quiet."""

    def __init__(self, epochs: int, every: int, quiet: bool) -> None:
        self._epochs = epochs
        self._every = every
        self._quiet = quiet
        self.last_printed_epoch = 0

    def __call__(self, progress: Progress) -> None:
        if self._quiet:
            return
        for metrics in progress.epochs:
            if metrics.epoch % self._every == 0 or metrics.epoch == self._epochs:
                print(_format_epoch(metrics, self._epochs), flush=True)
                self.last_printed_epoch = metrics.epoch


def _format_epoch(metrics: EpochMetrics, epochs: int) -> str:
    width = len(str(epochs))
    line = (f"epoch {metrics.epoch:>{width}}/{epochs}  iteration {metrics.iteration}  "
            f"learning_rate {metrics.learning_rate:.4g}  cost {metrics.train_cost:.4f}  "
            f"accuracy {metrics.train_accuracy:.3f}")
    if not math.isnan(metrics.validation_cost):
        line += (f"  validation cost {metrics.validation_cost:.4f}  "
                 f"validation accuracy {metrics.validation_accuracy:.3f}")
    return line + f"  {metrics.elapsed_seconds:.1f} s"


def _json_number(value: float) -> float | None:
    """Return ``value``, or None for nan and infinity, which JSON cannot represent."""
    return value if math.isfinite(value) else None


def result_summary(trainer: Trainer, result: RunResult) -> dict:
    """Return the contents of result.json: status, reason, notices, sizes and the final epoch's metrics."""
    final = None
    if result.epochs:
        final = {key: _json_number(value) if isinstance(value, float) else value
                 for key, value in dataclasses.asdict(result.epochs[-1]).items()}

    return {
        "status": result.status,
        "reason": result.reason,
        "notices": list(result.notices),
        "epochs_completed": len(result.epochs),
        "iterations": int(len(result.iteration_costs)),
        "elapsed_seconds": result.elapsed_seconds,
        "layer_sizes": list(trainer.network.layer_sizes),
        "mini_batch_size": trainer.mini_batch_size,
        "class_names": list(trainer.dataset.class_names),
        "final_metrics": final,
    }


def _write_outputs(out_dir: Path, trainer: Trainer, result: RunResult) -> None:
    write_epoch_csv(result, out_dir / "metrics.csv")
    write_iteration_csv(result, out_dir / "iterations.csv")
    save(trainer.config, out_dir / "config.json")

    summary = json.dumps(result_summary(trainer, result), indent=2, ensure_ascii=False)
    (out_dir / "result.json").write_text(summary + "\n", encoding="utf-8")


def _print_summary(trainer: Trainer, result: RunResult, out_dir: Path, last_printed_epoch: int) -> None:
    iterations = len(result.iteration_costs)
    rate = iterations / result.elapsed_seconds if result.elapsed_seconds > 0 else 0.0
    print(f"{result.status}: {len(result.epochs)} epochs, {iterations} iterations in "
          f"{result.elapsed_seconds:.1f} s ({rate:.0f} iterations/s)")

    if result.epochs and result.epochs[-1].epoch != last_printed_epoch:
        print(_format_epoch(result.epochs[-1], trainer.config.training.epochs))
    if result.reason:
        print(result.reason, file=sys.stderr if result.status == "diverged" else sys.stdout)
    print(f"Wrote metrics.csv, iterations.csv, config.json and result.json to {out_dir}")
