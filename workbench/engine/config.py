"""The run configuration: one dataclass tree that describes a training run.

A config is saved as JSON (readable, diffable, never pickle). ``validate``
checks every field and raises :class:`ConfigError` naming the field, the value
and the fix. ``from_dict`` also rejects unknown keys, so a typo in a file is
reported instead of silently ignored.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .optimizers import OPTIMIZER_NAMES
from .schedules import SCHEDULE_NAMES

CONFIG_VERSION = 1

GENERATED_DATASETS = ("moons", "circles", "spirals", "xor", "blobs")
ACTIVATIONS = ("relu", "leaky_relu", "tanh", "sigmoid")
INITIALIZATIONS = ("he", "xavier")
#: Mini-batch sizes the app offers as presets; 0 means the whole training set.
MINI_BATCH_PRESETS = (1, 64, 128, 256, 512, 0)
FULL_BATCH = 0

# Upper limits of the whole-number settings. The window's spin boxes use the same
# limits, so every valid config can be shown and edited there.
#: Largest seed, because a Qt spin box stores a signed 32-bit integer.
MAX_SEED = 2**31 - 1
#: Largest generated data set. The window takes about 0.4 s to make and draw 100,000 samples.
MAX_SAMPLES = 100_000
MAX_EPOCHS = 1_000_000
MAX_MINI_BATCH_SIZE = 1_000_000
MAX_DECAY_INTERVAL = 1_000_000
#: Largest learning rate α0 for networks and for the paths on the Landscape tab.
MAX_LEARNING_RATE = 1e3


class ConfigError(ValueError):
    """An invalid configuration value.

    ``field`` is the dotted path (``optimizer.beta1``), ``value`` the rejected
    value and ``fix`` what to do about it.
    """

    def __init__(self, field: str, value: Any, problem: str, fix: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        self.fix = fix
        super().__init__(f"{field} = {value!r}: {problem}; {fix}")


@dataclass
class DataConfig:
    """The data set to train on and its train/validation split."""

    source: str = "moons"  # a name from GENERATED_DATASETS, or "csv"
    csv_path: str = ""  # the CSV file when source == "csv"
    label_column: str = ""  # the CSV column with the class labels; "" means the last column
    class_names: list[str] = field(default_factory=list)  # CSV labels in sorted order; index = class id
    n_samples: int = 400  # generated sets only
    noise: float = 0.2  # generated sets only: standard deviation of the added noise
    n_classes: int = 2  # generated "spirals" and "blobs" only
    validation_fraction: float = 0.2  # share of samples held out for validation
    seed: int = 0  # seeds the generator and the train/validation split


@dataclass
class NetworkConfig:
    """A fully connected network; input and output sizes follow from the data."""

    hidden_layers: list[int] = field(default_factory=lambda: [16, 8])
    activation: str = "relu"  # hidden layers: relu, leaky_relu, tanh or sigmoid
    initialization: str = "he"  # he (for ReLU) or xavier (for tanh and sigmoid)
    l2: float = 0.0  # λ of the L2 penalty (λ / 2m)·Σ‖W‖²; 0 turns it off
    seed: int = 0  # seeds the weight initialization


@dataclass
class TrainingConfig:
    """How long to train and how to cut the data into mini-batches."""

    epochs: int = 300
    mini_batch_size: int = 64  # 1 is stochastic GD, 0 means the whole training set
    seed: int = 0  # seeds the per-epoch shuffle


@dataclass
class OptimizerConfig:
    """The optimizer and its hyperparameters; fields that do not apply are ignored."""

    name: str = "adam"  # gd, momentum, rmsprop or adam
    learning_rate: float = 0.01  # α0, the learning rate before any decay
    beta: float = 0.9  # momentum
    beta1: float = 0.9  # adam
    beta2: float = 0.999  # rmsprop and adam
    epsilon: float = 1e-8  # rmsprop and adam, added outside the square root
    bias_correction: bool = True  # adam


@dataclass
class ScheduleConfig:
    """Learning-rate decay, applied once per epoch; see ``engine.schedules``."""

    name: str = "constant"
    decay_rate: float = 1.0
    base: float = 0.95
    k: float = 1.0
    interval: int = 1000


@dataclass
class RunConfig:
    """Everything that determines a training run; the same config and seeds give the same numbers."""

    data: DataConfig = field(default_factory=DataConfig)
    network: NetworkConfig = field(default_factory=NetworkConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    optimizer: OptimizerConfig = field(default_factory=OptimizerConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    name: str = ""  # a label for the run, free text
    version: int = CONFIG_VERSION


_SECTIONS = {
    "data": DataConfig,
    "network": NetworkConfig,
    "training": TrainingConfig,
    "optimizer": OptimizerConfig,
    "schedule": ScheduleConfig,
}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _require(condition: bool, field_name: str, value: Any, problem: str, fix: str) -> None:
    if not condition:
        raise ConfigError(field_name, value, problem, fix)


def _require_choice(field_name: str, value: Any, choices: tuple) -> None:
    _require(value in choices, field_name, value, "unknown choice", f"use one of {', '.join(map(str, choices))}")


def _require_int(field_name: str, value: Any, minimum: int, maximum: int, fix: str) -> None:
    _require(_is_int(value) and minimum <= value <= maximum, field_name, value,
             f"must be a whole number from {minimum} to {maximum}", fix)


def _require_number(field_name: str, value: Any, low: float, high: float, fix: str,
                    low_open: bool = False, high_open: bool = False) -> None:
    ok = _is_number(value)
    if ok:
        above_low = value > low if low_open else value >= low
        below_high = value < high if high_open else value <= high
        ok = above_low and below_high
    left = "(" if low_open else "["
    right = ")" if high_open else "]"
    _require(ok, field_name, value, f"must be a number in {left}{low}, {high}{right}", fix)


SEED_FIX = f"use a seed from 0 to {MAX_SEED}"


def validate(config: RunConfig) -> None:
    """Check every field of ``config``; raise :class:`ConfigError` on the first invalid one.

    Checks that need the data (a CSV file's columns, the mini-batch size against
    the number of samples) happen when the data set is loaded.
    """
    data = config.data
    _require_choice("data.source", data.source, GENERATED_DATASETS + ("csv",))
    if data.source == "csv":
        _require(isinstance(data.csv_path, str) and data.csv_path.strip() != "", "data.csv_path", data.csv_path,
                 "missing", "give the path of a CSV file with a header row")
    else:
        _require_int("data.n_samples", data.n_samples, 10, MAX_SAMPLES,
                     f"use 10 to {MAX_SAMPLES} samples, e.g. 400")
        _require_number("data.noise", data.noise, 0.0, 10.0, "use a noise level such as 0.2")
        _require_int("data.n_classes", data.n_classes, 2, 10, "use 2 to 10 classes")
    _require_number("data.validation_fraction", data.validation_fraction, 0.0, 0.9,
                    "use a share between 0 and 0.9, e.g. 0.2", high_open=False)
    _require_int("data.seed", data.seed, 0, MAX_SEED, SEED_FIX)

    network = config.network
    _require(isinstance(network.hidden_layers, list) and all(_is_int(size) and size >= 1 for size in network.hidden_layers),
             "network.hidden_layers", network.hidden_layers, "every layer needs 1 or more units",
             "give positive whole numbers, e.g. [16, 8], or [] for logistic regression")
    _require(len(network.hidden_layers) <= 20, "network.hidden_layers", network.hidden_layers,
             "too many layers", "use at most 20 hidden layers")
    _require(all(size <= 4096 for size in network.hidden_layers), "network.hidden_layers", network.hidden_layers,
             "a layer is too wide", "use at most 4096 units per layer")
    _require_choice("network.activation", network.activation, ACTIVATIONS)
    _require_choice("network.initialization", network.initialization, INITIALIZATIONS)
    _require_number("network.l2", network.l2, 0.0, 1e6, "use 0 to turn L2 off, or a value such as 0.01")
    _require_int("network.seed", network.seed, 0, MAX_SEED, SEED_FIX)

    training = config.training
    _require_int("training.epochs", training.epochs, 1, MAX_EPOCHS, f"train for 1 to {MAX_EPOCHS} epochs")
    _require_int("training.mini_batch_size", training.mini_batch_size, 0, MAX_MINI_BATCH_SIZE,
                 "use 1 (stochastic), 64, 128, 256, 512, or 0 for the whole training set")
    _require_int("training.seed", training.seed, 0, MAX_SEED, SEED_FIX)

    optimizer = config.optimizer
    _require_choice("optimizer.name", optimizer.name, OPTIMIZER_NAMES)
    _require_number("optimizer.learning_rate", optimizer.learning_rate, 0.0, MAX_LEARNING_RATE,
                    "use a positive learning rate such as 0.01", low_open=True)
    for name in ("beta", "beta1", "beta2"):
        _require_number(f"optimizer.{name}", getattr(optimizer, name), 0.0, 1.0,
                        "use a value in [0, 1) such as 0.9 (beta, beta1) or 0.999 (beta2)", high_open=True)
    _require_number("optimizer.epsilon", optimizer.epsilon, 0.0, 1.0, "use a small positive value such as 1e-8",
                    low_open=True)
    _require(isinstance(optimizer.bias_correction, bool), "optimizer.bias_correction", optimizer.bias_correction,
             "must be true or false", "use true (the course's Adam) or false")

    schedule = config.schedule
    _require_choice("schedule.name", schedule.name, SCHEDULE_NAMES)
    _require_number("schedule.decay_rate", schedule.decay_rate, 0.0, 1e6, "use a value of 0 or more, e.g. 1")
    _require_number("schedule.base", schedule.base, 0.0, 1.0, "use a base in (0, 1], e.g. 0.95", low_open=True)
    _require_number("schedule.k", schedule.k, 0.0, 1e6, "use a positive k, e.g. 1", low_open=True)
    _require_int("schedule.interval", schedule.interval, 1, MAX_DECAY_INTERVAL,
                 f"use an interval of 1 to {MAX_DECAY_INTERVAL} epochs, e.g. 1000")


def to_dict(config: RunConfig) -> dict:
    """Return ``config`` as plain JSON-ready data."""
    return dataclasses.asdict(config)


def from_dict(data: dict, check: bool = True) -> RunConfig:
    """Build a :class:`RunConfig` from plain data; missing fields take their defaults.

    Unknown keys raise :class:`ConfigError`. The result is validated unless
    ``check`` is False, which the run history uses to read configs that an
    older version accepted (for example a seed above :data:`MAX_SEED`).
    """
    if not isinstance(data, dict):
        raise ConfigError("config", data, "must be a JSON object", "start the file with { and name the sections")

    version = data.get("version", CONFIG_VERSION)
    if not _is_int(version) or version > CONFIG_VERSION:
        raise ConfigError("version", version, f"this app reads config versions up to {CONFIG_VERSION}",
                          "update Optimizer Workbench or save the config again with this version")

    sections = {}
    for key, value in data.items():
        if key in ("version", "name"):
            continue
        if key not in _SECTIONS:
            raise ConfigError(key, value, "unknown section",
                              f"use only {', '.join(_SECTIONS)}, name and version")
        sections[key] = _section_from_dict(key, _SECTIONS[key], value)

    name = data.get("name", "")
    if not isinstance(name, str):
        raise ConfigError("name", name, "must be text", "give the run a name in quotes, or leave it out")

    config = RunConfig(**sections, name=name, version=CONFIG_VERSION)
    if check:
        validate(config)
    return config


def _section_from_dict(section: str, cls: type, values: Any):
    if not isinstance(values, dict):
        raise ConfigError(section, values, "must be a JSON object", f"write the {section} settings as {{\"key\": value}}")

    known = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{section}.{key}", value, "unknown setting",
                              f"use one of {', '.join(known)}")
        default = getattr(cls(), key)
        # JSON has one number type: accept 1 where a float is expected, and 1.0 where an int is.
        if isinstance(default, float) and _is_int(value):
            value = float(value)
        elif _is_int(default) and isinstance(value, float) and value.is_integer():
            value = int(value)
        kwargs[key] = value
    return cls(**kwargs)


def save(config: RunConfig, path: str | Path) -> None:
    """Write ``config`` to ``path`` as indented JSON."""
    Path(path).write_text(json.dumps(to_dict(config), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load(path: str | Path) -> RunConfig:
    """Read and validate a config file written by :func:`save` or by hand."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError("config file", str(path), f"cannot be read ({error.strerror})",
                          "check the path and the file's permissions") from error
    except UnicodeDecodeError as error:
        raise ConfigError("config file", str(path), f"is not UTF-8 text (byte {error.start} cannot be decoded)",
                          "save the file as UTF-8, or save the experiment again from the app") from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConfigError("config file", str(path), f"is not valid JSON (line {error.lineno}, column {error.colno}: "
                          f"{error.msg})", "fix the JSON syntax at that place") from error
    return from_dict(data)


def replace(config: RunConfig, **changes: Any) -> RunConfig:
    """Return a copy of ``config`` with dotted-path changes, e.g. ``replace(c, **{"optimizer.beta1": 0.8})``."""
    data = to_dict(config)
    for dotted, value in changes.items():
        section, _, key = dotted.partition(".")
        if not key:
            data[section] = value
        else:
            data.setdefault(section, {})[key] = value
    return from_dict(data)
