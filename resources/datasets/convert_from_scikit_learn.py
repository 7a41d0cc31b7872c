"""Rebuild the shipped CSV files from the copies bundled with scikit-learn.

Run from the repository root with scikit-learn installed (the development venv
has it; the app itself never imports it):

    .venv/bin/python resources/datasets/convert_from_scikit_learn.py

Each output file has a header row, the features first and the label column
last, with readable class names in place of scikit-learn's integer codes
(except digits, whose labels are the digits 0-9).
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path

import numpy as np
from sklearn import datasets as sklearn_datasets

logger = logging.getLogger(__name__)

OUTPUT_DIR = Path(__file__).resolve().parent

# The ten nucleus measurements, each given as mean, standard error and worst
# (mean of the three largest values), in the column order scikit-learn uses.
_BREAST_CANCER_MEASUREMENTS = (
    "radius", "texture", "perimeter", "area", "smoothness", "compactness",
    "concavity", "concave_points", "symmetry", "fractal_dimension",
)


def _format_number(value: float) -> str:
    """Format a whole number without a decimal point and any other value as its shortest round-trip repr."""
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _write_csv(path: Path, header: list[str], features: np.ndarray, labels: list[str]) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(header)
        for row, label in zip(features, labels):
            writer.writerow([_format_number(value) for value in row] + [label])
    logger.info("wrote %s (%d rows, %d bytes)", path.name, len(labels), path.stat().st_size)


def convert_breast_cancer() -> None:
    bunch = sklearn_datasets.load_breast_cancer()
    header = [f"{name}_{statistic}" for statistic in ("mean", "se", "worst") for name in _BREAST_CANCER_MEASUREMENTS]
    header.append("diagnosis")
    labels = [str(bunch.target_names[target]) for target in bunch.target]
    _write_csv(OUTPUT_DIR / "breast_cancer.csv", header, bunch.data, labels)


def convert_iris() -> None:
    bunch = sklearn_datasets.load_iris()
    header = ["sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm", "species"]
    labels = [str(bunch.target_names[target]) for target in bunch.target]
    _write_csv(OUTPUT_DIR / "iris.csv", header, bunch.data, labels)


def convert_digits() -> None:
    bunch = sklearn_datasets.load_digits()
    header = [f"pixel_{row}_{column}" for row in range(8) for column in range(8)]
    header.append("digit")
    labels = [str(int(target)) for target in bunch.target]
    _write_csv(OUTPUT_DIR / "digits.csv", header, bunch.data, labels)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    convert_breast_cancer()
    convert_iris()
    convert_digits()


if __name__ == "__main__":
    main()
