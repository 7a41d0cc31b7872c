"""Per-optimizer summary of a race: progress measures and the Hessian at each current point."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from workbench.engine.surfaces import Surface, classify_point
from workbench.gui.panels.elided_widgets import show_full_text_of_elided_cells

COLUMN_LABEL = 0
COLUMN_STEPS_TO_MINIMUM = 1
COLUMN_STEPS_TO_LEAVE_SADDLE = 2
COLUMN_FINAL_COST = 3
COLUMN_DIVERGED = 4
COLUMN_EIGENVALUES = 5
COLUMN_POINT_KIND = 6
COLUMN_COUNT = 7


def _format_value(value: float) -> str:
    return format(float(value), ".4g")


class SummaryTable(QTableWidget):
    """One row per racing path, refreshed from ``PathRace.summary()`` and ``classify_point``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, COLUMN_COUNT, parent)
        self.setObjectName("landscapeSummary")
        # The headers are short so every column fits the Landscape tab's right-hand column;
        # the tooltips below carry the full meaning.
        self.setHorizontalHeaderLabels([
            self.tr("Optimizer"),
            self.tr("To min."),
            self.tr("Leave saddle"),
            self.tr("Cost now"),
            self.tr("Diverged"),
            self.tr("λ1, λ2"),
            self.tr("Point type"),
        ])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setWordWrap(False)
        self._cell_tool_tips = show_full_text_of_elided_cells(self)

        self.horizontalHeaderItem(COLUMN_STEPS_TO_MINIMUM).setToolTip(
            self.tr("Steps until the path first came within the tolerance of a marked minimum; — if not yet")
        )
        self.horizontalHeaderItem(COLUMN_STEPS_TO_LEAVE_SADDLE).setToolTip(
            self.tr("Steps from entering the radius around a marked saddle point to leaving it; — if not yet. "
                    "The radius is a tenth of the domain's half-diagonal, or twice the start's distance to "
                    "the saddle when that is larger")
        )
        self.horizontalHeaderItem(COLUMN_FINAL_COST).setToolTip(self.tr("Cost f(x, y) at the current point"))
        self.horizontalHeaderItem(COLUMN_EIGENVALUES).setToolTip(
            self.tr("Eigenvalues of the Hessian at the current point, smallest first")
        )
        self.horizontalHeaderItem(COLUMN_POINT_KIND).setToolTip(
            self.tr("Second-order test at the current point: the signs of the Hessian's eigenvalues")
        )

    def kind_titles(self) -> dict[str, str]:
        """Return the translated short name of each classify_point kind, shown in the Point type cells."""
        return {
            "minimum": self.tr("minimum-like"),
            "maximum": self.tr("maximum-like"),
            "saddle": self.tr("saddle-like"),
            "degenerate": self.tr("degenerate"),
        }

    def kind_conditions(self) -> dict[str, str]:
        """Return the eigenvalue condition of each classify_point kind, shown as the Point type cell's tooltip."""
        return {
            "minimum": self.tr("minimum-like (λ1, λ2 > 0)"),
            "maximum": self.tr("maximum-like (λ1, λ2 < 0)"),
            "saddle": self.tr("saddle-like (λ1 < 0 < λ2)"),
            "degenerate": self.tr("degenerate (λ ≈ 0)"),
        }

    def set_rows(self, labels: list[str], colours: list[QColor]) -> None:
        """Create one empty row per path."""
        self.setRowCount(len(labels))
        for row, (label, colour) in enumerate(zip(labels, colours)):
            pixmap = QPixmap(12, 12)
            pixmap.fill(colour)
            label_item = QTableWidgetItem(QIcon(pixmap), label)
            self.setItem(row, COLUMN_LABEL, label_item)
            for column in range(1, COLUMN_COUNT):
                item = QTableWidgetItem("")
                if column in (COLUMN_STEPS_TO_MINIMUM, COLUMN_STEPS_TO_LEAVE_SADDLE, COLUMN_FINAL_COST):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)

    def update_rows(self, summary: list[dict], surface: Surface, positions: np.ndarray, diverged: np.ndarray) -> None:
        """Fill every row from the race's summary and the Hessian at each live current point."""
        kind_titles = self.kind_titles()
        kind_conditions = self.kind_conditions()
        for row, entry in enumerate(summary[: self.rowCount()]):
            steps_to_minimum = entry.get("steps_to_minimum")
            steps_to_leave = entry.get("steps_to_leave_saddle")
            final_cost = entry.get("final_cost")

            self.item(row, COLUMN_STEPS_TO_MINIMUM).setText("—" if steps_to_minimum is None else str(steps_to_minimum))
            self.item(row, COLUMN_STEPS_TO_LEAVE_SADDLE).setText("—" if steps_to_leave is None else str(steps_to_leave))
            cost_text = "—" if final_cost is None or not math.isfinite(final_cost) else _format_value(final_cost)
            self.item(row, COLUMN_FINAL_COST).setText(cost_text)

            if entry.get("diverged") or bool(diverged[row]):
                self.item(row, COLUMN_DIVERGED).setText(self.tr("yes"))
                self.item(row, COLUMN_DIVERGED).setForeground(QColor("#b00020"))
                self.item(row, COLUMN_EIGENVALUES).setText("—")
                self.item(row, COLUMN_POINT_KIND).setText("—")
                self.item(row, COLUMN_POINT_KIND).setToolTip("")
                continue

            self.item(row, COLUMN_DIVERGED).setText(self.tr("no"))
            self.item(row, COLUMN_DIVERGED).setForeground(self.palette().text().color())

            x, y = positions[row]
            with np.errstate(all="ignore"):
                eigenvalues, kind = classify_point(surface, x, y)
            if np.all(np.isfinite(eigenvalues)):
                text = self.tr("{0}, {1}").format(_format_value(eigenvalues[0]), _format_value(eigenvalues[1]))
                self.item(row, COLUMN_EIGENVALUES).setText(text)
                self.item(row, COLUMN_POINT_KIND).setText(kind_titles.get(kind, kind))
                self.item(row, COLUMN_POINT_KIND).setToolTip(kind_conditions.get(kind, kind))
            else:
                self.item(row, COLUMN_EIGENVALUES).setText(self.tr("undefined here"))
                self.item(row, COLUMN_POINT_KIND).setText("—")
                self.item(row, COLUMN_POINT_KIND).setToolTip("")

    def cell_text(self, row: int, column: int) -> str:
        """Return the text shown at (row, column)."""
        return self.item(row, column).text()
