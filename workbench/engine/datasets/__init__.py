"""Data sets for training: generated 2-D shapes and CSV tables, split and standardized.

``load_dataset(config.data)`` is the entry point. It generates one of the 2-D
sets (moons, circles, spirals, xor, blobs) or reads a CSV file, and splits the
rows into training and validation with a seeded, stratified split. CSV
features are then standardized with the training rows' mean and std. Generated
sets keep their own units so their plots match the shapes.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from ...resources import resource_path
from ..config import DataConfig, RunConfig, validate
from .csv_file import MAX_CLASSES, MIN_ROWS, CsvTable, read_csv_header, read_csv_table
from .dataset import Dataset, DatasetError
from .generated import BINARY_GENERATORS, GENERATOR_NAMES, MULTICLASS_GENERATORS, generate
from .split import split_indices, standardization_stats, standardize, validation_size

__all__ = [
    "BUILTIN_DATASET_NAMES", "BINARY_GENERATORS", "GENERATOR_NAMES", "MAX_CLASSES", "MIN_ROWS",
    "MULTICLASS_GENERATORS", "CsvTable", "Dataset", "DatasetError", "builtin_datasets", "generate",
    "load_dataset", "read_csv_header", "read_csv_table", "resolve_csv_path", "split_indices", "standardization_stats",
    "standardize", "validation_size",
]

logger = logging.getLogger(__name__)

#: Short names of the CSV files shipped in resources/datasets/.
BUILTIN_DATASET_NAMES = ("breast_cancer", "iris", "digits")
GENERATED_FEATURE_NAMES = ["x1", "x2"]

# The split draws from its own random stream, so for a generated set changing
# the split fraction does not change the generated points.
_SPLIT_STREAM = 1


def builtin_datasets() -> dict[str, Path]:
    """Return the shipped CSV files by short name, e.g. ``{"iris": .../resources/datasets/iris.csv}``."""
    return {name: resource_path("datasets", f"{name}.csv") for name in BUILTIN_DATASET_NAMES}


def resolve_csv_path(path: str) -> Path:
    """Find the CSV file ``path`` refers to and return its absolute path.

    An absolute path is used as it is. A relative path is looked up in the
    current folder, then in resources/datasets/. A bare short name from
    :func:`builtin_datasets` ("iris") also works when no such file exists.
    Raises :class:`DatasetError` naming the path and the places searched when
    no file is found.
    """
    text = str(path).strip()
    if text == "":
        raise DatasetError("no CSV file is given", "Choose a CSV file with a header row")

    requested = Path(text).expanduser()
    if requested.is_absolute():
        candidates = [requested]
    else:
        candidates = [Path.cwd() / requested, resource_path("datasets", text)]
        if text in BUILTIN_DATASET_NAMES:
            candidates.append(builtin_datasets()[text])

    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()

    for candidate in candidates:
        if candidate.is_dir():
            raise DatasetError("is a folder, not a file", "Choose a CSV file inside it", path=candidate)
    searched = ", ".join(str(candidate) for candidate in candidates)
    raise DatasetError(f"file not found (looked for {searched})",
                       f"Check the spelling, give an absolute path, or use a shipped set: "
                       f"{', '.join(BUILTIN_DATASET_NAMES)}", path=text)


def load_dataset(config: DataConfig | RunConfig) -> Dataset:
    """Generate or read the data set described by ``config`` and split it.

    ``config`` is the ``data`` section of a run config; a whole
    :class:`RunConfig` is accepted too and its ``data`` section used. The
    validation split has round(validation_fraction · n) rows, stratified by
    class, drawn from ``numpy.random.default_rng([seed, 1])``.

    Raises :class:`~workbench.engine.config.ConfigError` for an invalid setting
    and :class:`DatasetError` for a file that cannot be used.
    """
    if isinstance(config, RunConfig):
        config = config.data
    validate(RunConfig(data=config))

    if config.source == "csv":
        dataset = _load_csv(config)
    else:
        dataset = _load_generated(config)

    logger.info("loaded data set %s: %d training rows, %d validation rows, %d features, %d classes",
                dataset.name, dataset.n_train, dataset.n_validation, dataset.n_features, dataset.n_classes)
    return dataset


def _split_rng(seed: int) -> np.random.Generator:
    return np.random.default_rng([seed, _SPLIT_STREAM])


def _load_generated(config: DataConfig) -> Dataset:
    # DataConfig.n_classes applies to spirals and blobs only, so the binary shapes ignore it.
    n_classes = config.n_classes if config.source in MULTICLASS_GENERATORS else 2
    x, y = generate(config.source, config.n_samples, config.noise, config.seed, n_classes)

    train, validation = split_indices(y, config.validation_fraction, _split_rng(config.seed))
    return Dataset(
        name=config.source,
        x_train=x[train],
        y_train=y[train],
        x_validation=x[validation],
        y_validation=y[validation],
        feature_names=list(GENERATED_FEATURE_NAMES),
        class_names=[str(class_id) for class_id in range(n_classes)],
        feature_mean=None,
        feature_std=None,
    )


def _load_csv(config: DataConfig) -> Dataset:
    path = resolve_csv_path(config.csv_path)
    table = read_csv_table(path, config.label_column, list(config.class_names) or None)

    train, validation = split_indices(table.labels, config.validation_fraction, _split_rng(config.seed))
    mean, std = standardization_stats(table.features[train])
    return Dataset(
        name=path.stem,
        x_train=standardize(table.features[train], mean, std),
        y_train=table.labels[train],
        x_validation=standardize(table.features[validation], mean, std),
        y_validation=table.labels[validation],
        feature_names=table.feature_names,
        class_names=table.class_names,
        feature_mean=mean,
        feature_std=std,
    )
