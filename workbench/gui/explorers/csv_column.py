"""Read one numeric column of a user's CSV file for the EWA explorer.

The first row is the header. Every later non-blank row must have as many cells
as the header, and every cell of the chosen column must parse as a finite
float. Errors name the 1-based line, the column and the value, and say what to
fix, in the user's language (the messages go through Qt translation).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication



class CsvColumnError(ValueError):
    """A CSV file that cannot give a numeric column. The message names the line and value."""



@dataclass
class CsvTable:
    """The header and data rows of a CSV file, each row as long as the header."""

    path: Path
    header: list[str]
    rows: list[list[str]]
    line_numbers: list[int]  # 1-based file line of each row, for error messages

    def numeric_columns(self) -> list[str]:
        """Return the header names whose cell in the first data row parses as a float."""
        if not self.rows:
            return []

        names = []
        for index, name in enumerate(self.header):
            if _parse_float(self.rows[0][index]) is not None:
                names.append(name)
        return names

    def column(self, name: str) -> np.ndarray:
        """Return the column ``name`` as float64. Raise CsvColumnError at the first non-numeric cell."""
        if name not in self.header:
            message = QCoreApplication.translate("CsvColumn", "Column \"{0}\" was not found in {1}. Pick one of: {2}.")
            raise CsvColumnError(message.format(name, self.path.name, ", ".join(self.header)))
        index = self.header.index(name)

        values = np.empty(len(self.rows), dtype=float)
        for row_index, row in enumerate(self.rows):
            value = _parse_float(row[index])
            if value is None:
                message = QCoreApplication.translate("CsvColumn", 
                    "Line {0}, column \"{1}\" of {2}: \"{3}\" is not a finite number. "
                    "Correct or delete that row, or pick another column."
                )
                raise CsvColumnError(
                    message.format(self.line_numbers[row_index], name, self.path.name, row[index])
                )
            values[row_index] = value
        return values


def _parse_float(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_csv_table(path: str | Path) -> CsvTable:
    """Read ``path`` as a comma-separated table with a header row.

    Blank lines are skipped. Raises CsvColumnError when the file cannot be read
    or decoded, has no header or no data rows, or a row's cell count differs
    from the header's.
    """
    path = Path(path)

    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        message = QCoreApplication.translate("CsvColumn", "Could not read {0}: {1}. Check the path and the file's permissions.")
        raise CsvColumnError(message.format(path, error.strerror or error)) from error
    except UnicodeDecodeError as error:
        message = QCoreApplication.translate("CsvColumn", "{0} is not UTF-8 text (invalid byte at offset {1}). Save it as UTF-8 CSV.")
        raise CsvColumnError(message.format(path.name, error.start)) from error

    # reader.line_num is the file line where a record ends, which stays right
    # when a quoted cell spans several lines.
    reader = csv.reader(io.StringIO(text, newline=""))
    numbered = []
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                numbered.append((reader.line_num, row))
    except csv.Error as error:
        message = QCoreApplication.translate("CsvColumn", "Line {0} of {1} is not valid CSV: {2}. Check the quotes on that line.")
        raise CsvColumnError(message.format(reader.line_num, path.name, error)) from error

    if not numbered:
        message = QCoreApplication.translate("CsvColumn", "{0} is empty. A header row and at least one data row are needed.")
        raise CsvColumnError(message.format(path.name))

    header_line, header = numbered[0]
    header = [cell.strip() for cell in header]
    data = numbered[1:]
    if not data:
        message = QCoreApplication.translate("CsvColumn", "{0} has a header (line {1}) but no data rows.")
        raise CsvColumnError(message.format(path.name, header_line))

    for line, row in data:
        if len(row) != len(header):
            message = QCoreApplication.translate("CsvColumn", 
                "Line {0} of {1} has {2} cells but the header has {3}. "
                "Make every row as long as the header."
            )
            raise CsvColumnError(message.format(line, path.name, len(row), len(header)))

    return CsvTable(
        path=path,
        header=header,
        rows=[row for _, row in data],
        line_numbers=[line for line, _ in data],
    )
