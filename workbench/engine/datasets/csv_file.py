"""Read a classification table from a CSV file with a header row.

The file must be UTF-8 text (a byte-order mark is allowed) with commas,
semicolons or tabs between fields. The delimiter is whichever of the three
occurs most often in the header line. One column contains the class labels
and every other column must be numeric. Every problem raises
:class:`DatasetError` naming the file, the fix and, where they apply, the
1-based line and column and the value.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .dataset import DatasetError

#: Fewer data rows than this cannot give both a training and a validation split with every class.
MIN_ROWS = 4
#: More distinct labels than this means the label column is most likely a measurement, not a class.
MAX_CLASSES = 100
#: Cells that spreadsheets and pandas write for a missing value.
MISSING_MARKERS = frozenset({"", "na", "n/a", "nan", "null", "none", "?", "-"})

#: Largest feature magnitude. Squares of larger values overflow float64 when the standard deviation sums them.
MAX_FEATURE_MAGNITUDE = 1e100

_DELIMITERS = (",", ";", "\t")
#: Byte-order marks that begin UTF-16 text and little-endian UTF-32 text, e.g. a spreadsheet's "Unicode text".
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")
_BINARY_PROBE_BYTES = 8192


@dataclass
class CsvTable:
    """The raw (unstandardized) contents of a CSV file, labels already mapped to class ids."""

    features: np.ndarray        # (n_rows, n_features) float64
    labels: np.ndarray          # (n_rows,) int64 class ids
    feature_names: list[str]
    class_names: list[str]      # index = class id
    label_column: str


def read_csv_table(path: str | Path, label_column: str = "", class_names: list[str] | None = None) -> CsvTable:
    """Read ``path`` into features and class ids.

    ``label_column`` names the label column; "" means the last column. Without
    ``class_names`` the distinct labels become the classes in sorted order:
    numerically when every label is a number, otherwise as Python sorts
    strings (by code point, so "B" comes before "a"). With
    ``class_names`` that mapping is used as given, and a label outside it
    raises :class:`DatasetError`.
    """
    path = Path(path)
    text = _read_text(path)
    rows = _parse_rows(path, text)

    header_line, header = rows[0]
    _check_header(path, header_line, header)
    label_index = _find_label_column(path, header, label_column)
    data_rows = rows[1:]
    if len(data_rows) < MIN_ROWS:
        raise DatasetError(f"only {len(data_rows)} data row(s) below the header, at least {MIN_ROWS} are needed",
                           "Add more rows of data", path=path)

    features = np.empty((len(data_rows), len(header) - 1), dtype=np.float64)
    raw_labels: list[str] = []
    feature_columns = [index for index in range(len(header)) if index != label_index]
    for row_index, (line, row) in enumerate(data_rows):
        if len(row) != len(header):
            raise DatasetError(f"this row has {len(row)} field(s) but the header has {len(header)}",
                               "Give every row one value per header column, and quote values that contain "
                               "the delimiter", path=path, line=line)
        for feature_index, column_index in enumerate(feature_columns):
            features[row_index, feature_index] = _parse_feature(path, line, column_index, header, row[column_index])
        raw_labels.append(_parse_label(path, line, label_index, header, row[label_index]))

    if class_names:
        labels, names = _map_to_kept_classes(path, data_rows, label_index, header, raw_labels, class_names)
    else:
        labels, names = _map_to_sorted_classes(path, header[label_index], raw_labels)
    _check_class_count(path, header[label_index], labels, names)

    feature_names = [header[index] for index in feature_columns]
    return CsvTable(features, labels, feature_names, names, header[label_index])


def read_csv_header(path: str | Path) -> list[str]:
    """Read the column names of the CSV file ``path`` (its first non-blank row).

    Applies the same text, delimiter and header checks as
    :func:`read_csv_table`, so a GUI can offer the columns as label choices and
    report a broken file early. Raises :class:`DatasetError`.
    """
    path = Path(path)
    text = _read_text(path)
    line, header = _parse_rows(path, text, max_rows=1)[0]
    _check_header(path, line, header)
    return header


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except IsADirectoryError as error:
        raise DatasetError("is a folder, not a file", "Choose a CSV file inside it", path=path) from error
    except OSError as error:
        raise DatasetError(f"cannot be read ({error.strerror})", "Check the path and the file's permissions",
                           path=path) from error

    if data.startswith(_WIDE_BOMS):
        raise DatasetError("is UTF-16 or UTF-32 text, not UTF-8", "Save the file as UTF-8 CSV", path=path)
    if b"\x00" in data[:_BINARY_PROBE_BYTES]:
        raise DatasetError("is not a text file (it contains NUL bytes)",
                           "Choose a CSV file, or export the data as CSV from the program that made it", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise DatasetError(f"is not UTF-8 text (byte 0x{data[error.start]:02x} at line {line}, byte {column})",
                           "Save the file as UTF-8 CSV", path=path) from error

    if text.strip() == "":
        raise DatasetError("is empty", "Choose a CSV file with a header row and data rows", path=path)
    return text


def _parse_rows(path: Path, text: str, max_rows: int | None = None) -> list[tuple[int, list[str]]]:
    """Split ``text`` into (line number, fields) pairs, skipping blank lines; stop after ``max_rows`` rows.

    The line number is the file line where the row starts, so a quoted field
    that spans lines still points at its first line.
    """
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=first_line.count)

    # strict: an unclosed quote raises instead of swallowing the rest of the file into one field.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    line = 1
    try:
        for fields in reader:
            if any(field.strip() for field in fields):
                rows.append((line, [field.strip() for field in fields]))
                if max_rows is not None and len(rows) >= max_rows:
                    break
            line = reader.line_num + 1
    except csv.Error as error:
        raise DatasetError(f"is not valid CSV ({error}) in the row starting here",
                           "Close every quoted field with a quote followed by the delimiter or the line end",
                           path=path, line=line) from error
    return rows


def _check_header(path: Path, line: int, header: list[str]) -> None:
    if len(header) < 2:
        raise DatasetError(f"the header has {len(header)} column(s), at least 2 are needed (features and a label)",
                           "Separate the columns with commas and name each one in the first row",
                           path=path, line=line, value=",".join(header))
    if all(_parse_number(name) is not None for name in header):
        raise DatasetError("the first row contains only numbers, so the file has no header row",
                           "Add a first row that names every column, e.g. x1,x2,label", path=path, line=line)

    seen: dict[str, int] = {}
    for index, name in enumerate(header):
        if name == "":
            raise DatasetError("this header column has no name", "Name every column in the header row",
                               path=path, line=line, column=index + 1)
        if name in seen:
            raise DatasetError(f"the column name is used twice (also column {seen[name] + 1})",
                               "Give every column a unique name", path=path, line=line, column=index + 1,
                               value=name)
        seen[name] = index


def _find_label_column(path: Path, header: list[str], label_column: str) -> int:
    wanted = label_column.strip()
    if wanted == "":
        return len(header) - 1
    if wanted in header:
        return header.index(wanted)

    # Accept a difference in case only when it picks exactly one column.
    matches = [index for index, name in enumerate(header) if name.casefold() == wanted.casefold()]
    if len(matches) == 1:
        return matches[0]
    raise DatasetError("unknown label column", f"Use one of the columns {', '.join(header)}, or leave "
                       "label_column empty for the last column", path=path, value=label_column)


def _parse_number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value


def _parse_feature(path: Path, line: int, column_index: int, header: list[str], text: str) -> float:
    location = {"path": path, "line": line, "column": column_index + 1, "column_name": header[column_index]}
    if text.casefold() in MISSING_MARKERS:
        raise DatasetError("a feature value is missing",
                           "Fill in the value or delete the row; every feature column needs a number", value=text,
                           **location)

    value = _parse_number(text)
    if value is None:
        raise DatasetError("this feature value is not a number",
                           "Write a number with a dot as the decimal point, or choose this column as "
                           "label_column if it holds the class", value=text, **location)
    if not math.isfinite(value):
        raise DatasetError("this feature value is not finite", "Replace it with a finite number", value=text,
                           **location)
    if abs(value) > MAX_FEATURE_MAGNITUDE:
        raise DatasetError("this feature value is too large to standardize",
                           "Rescale the column so that its values stay within ±1e100, for example by changing its "
                           "unit or taking its logarithm", value=text, **location)
    return value


def _parse_label(path: Path, line: int, label_index: int, header: list[str], text: str) -> str:
    if text == "":
        raise DatasetError("the class label is missing", "Fill in the class or delete the row", path=path,
                           line=line, column=label_index + 1, column_name=header[label_index], value=text)
    return text


def _label_key(text: str) -> float | str:
    """Return the label's numeric value when it is a finite number, so "1" and "1.0" name one class."""
    value = _parse_number(text)
    if value is not None and math.isfinite(value):
        return value
    return text


def _map_to_sorted_classes(path: Path, column_name: str, raw_labels: list[str]) -> tuple[np.ndarray, list[str]]:
    # The first spelling seen of each label becomes the class name.
    spelling: dict[float | str, str] = {}
    for text in raw_labels:
        spelling.setdefault(_label_key(text), text)

    keys = list(spelling)
    if all(isinstance(key, float) for key in keys):
        keys.sort()
    else:
        keys.sort(key=lambda key: spelling[key])
    if len(keys) > MAX_CLASSES:
        raise DatasetError(f"the label column {column_name!r} has {len(keys)} distinct values, more than the "
                           f"{MAX_CLASSES} classes allowed, so it looks like a measurement",
                           "Set label_column to the column that holds the classes", path=path)

    class_ids = {key: class_id for class_id, key in enumerate(keys)}
    labels = np.array([class_ids[_label_key(text)] for text in raw_labels], dtype=np.int64)
    return labels, [spelling[key] for key in keys]


def _map_to_kept_classes(path: Path, data_rows: list[tuple[int, list[str]]], label_index: int, header: list[str],
                         raw_labels: list[str], class_names: list[str]) -> tuple[np.ndarray, list[str]]:
    class_ids: dict[float | str, int] = {}
    for class_id, name in enumerate(class_names):
        class_ids.setdefault(_label_key(str(name).strip()), class_id)

    labels = np.empty(len(raw_labels), dtype=np.int64)
    for row_index, text in enumerate(raw_labels):
        class_id = class_ids.get(_label_key(text))
        if class_id is None:
            raise DatasetError(f"this label is not one of the kept class names {list(class_names)}",
                               "Fix the label, or clear data.class_names so the classes are read from this file",
                               path=path, line=data_rows[row_index][0], column=label_index + 1,
                               column_name=header[label_index], value=text)
        labels[row_index] = class_id
    return labels, [str(name) for name in class_names]


def _check_class_count(path: Path, column_name: str, labels: np.ndarray, class_names: list[str]) -> None:
    present = np.unique(labels)
    if len(present) < 2:
        only = class_names[int(present[0])]
        raise DatasetError(f"the label column {column_name!r} contains only the class {only!r}, at least 2 "
                           "classes are needed", "Add rows of another class, or set label_column to the column "
                           "that holds the classes", path=path)
