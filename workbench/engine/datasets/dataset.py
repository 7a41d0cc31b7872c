"""The loaded data set and the error raised for unusable data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


class DatasetError(ValueError):
    """Data that cannot be used: a missing, broken or unsuitable file, or invalid generator settings.

    The message names the file, the line and column (1-based), the offending
    value and what to do. The same facts are kept as attributes so a GUI can
    point at the place: ``path``, ``line``, ``column`` (the column's 1-based
    number), ``column_name``, ``value``, ``problem`` and ``fix``. Any of the
    location attributes is None when it does not apply.
    """

    def __init__(self, problem: str, fix: str, *, path: str | Path | None = None, line: int | None = None,
                 column: int | None = None, column_name: str | None = None, value: Any = None) -> None:
        self.problem = problem
        self.fix = fix
        self.path = None if path is None else str(path)
        self.line = line
        self.column = column
        self.column_name = column_name
        self.value = value
        super().__init__(self._compose())

    def _compose(self) -> str:
        place = []
        if self.path is not None:
            place.append(self.path)
        if self.line is not None:
            place.append(f"line {self.line}")
        if self.column is not None:
            column = f"column {self.column}"
            if self.column_name:
                column += f" ({self.column_name!r})"
            place.append(column)

        message = ", ".join(place)
        if message:
            message += ": "
        if self.value is not None:
            message += f"value {self.value!r}: "
        return f"{message}{self.problem}. {self.fix}."


@dataclass
class Dataset:
    """A classification data set split into training and validation rows.

    Features are float64 with one row per sample. Labels are int64 class ids
    ``0 .. n_classes - 1``, and ``class_names[i]`` is the name of class ``i``.
    CSV features are already standardized as ``(raw - feature_mean) / feature_std``
    with statistics of the training rows only. Generated 2-D sets keep their
    own units, and their ``feature_mean`` and ``feature_std`` are None.
    """

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_validation: np.ndarray
    y_validation: np.ndarray
    feature_names: list[str]
    class_names: list[str]
    feature_mean: np.ndarray | None = None
    feature_std: np.ndarray | None = None

    @property
    def n_features(self) -> int:
        """Number of input features (columns of ``x_train``)."""
        return int(self.x_train.shape[1])

    @property
    def n_classes(self) -> int:
        """Number of classes, taken from ``class_names``."""
        return len(self.class_names)

    @property
    def n_train(self) -> int:
        """Number of training rows."""
        return int(self.x_train.shape[0])

    @property
    def n_validation(self) -> int:
        """Number of validation rows; 0 without a validation split."""
        return int(self.x_validation.shape[0])
