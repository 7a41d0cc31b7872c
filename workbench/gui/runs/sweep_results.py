"""Show sweep results: a heatmap (two settings) or a line (one setting) of a final metric, and a table.

Both take the sweep's axes and the rows done so far, so they can show a
sweep while it runs. Grid cells sit at their index along each axis (0, 1, …)
and the ticks name the swept values, so log-spaced values are evenly spaced,
as they were chosen. Only "finished" cells have a metric; the others stay
empty, like the engine's metric grids.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from workbench.engine.store import FINISHED
from workbench.engine.sweep import GridAxis, SweepRow, format_value
from workbench.gui.plot_style import BACKGROUND, FOREGROUND, style_plot_item
from workbench.gui.runs.axis_editor import preset_title
from workbench.gui.runs.run_table import MISSING_TEXT, RUN_ID_ROLE, translated_status
from workbench.gui.runs.sorting import SORT_ROLE

#: Metrics a sweep can show; names are fields of ``SweepRow``.
METRICS = ("validation_cost", "validation_accuracy", "train_cost", "train_accuracy")

#: Maximum number of cells that get their value written inside, because larger grids would be unreadable.
MAX_LABELLED_CELLS = 100

COLOR_MAP = "viridis"
BEST_COLOR = "#d62728"


def metric_title(metric: str) -> str:
    """Return the display name of a sweep metric in the interface language."""
    titles = {
        "validation_cost": QCoreApplication.translate("SweepResults", "Final validation cost"),
        "validation_accuracy": QCoreApplication.translate("SweepResults", "Final validation accuracy"),
        "train_cost": QCoreApplication.translate("SweepResults", "Final training cost"),
        "train_accuracy": QCoreApplication.translate("SweepResults", "Final training accuracy"),
    }
    return titles[metric]


def metric_grid(axes: list[GridAxis], rows: list[SweepRow], metric: str) -> np.ndarray:
    """Return the metric of every finished cell on the grid's shape; NaN where a cell is not finished."""
    grid = np.full(tuple(len(axis.values) for axis in axes), np.nan)
    for row in rows:
        if row.status == FINISHED:
            grid[row.index] = getattr(row, metric)
    return grid


def best_index(grid: np.ndarray, metric: str) -> tuple[int, ...] | None:
    """Return the index of the lowest cost, or the highest accuracy, in ``grid``; None when it is all NaN."""
    if np.all(np.isnan(grid)):
        return None
    flat = np.nanargmax(grid) if metric.endswith("accuracy") else np.nanargmin(grid)
    return tuple(int(value) for value in np.unravel_index(flat, grid.shape))


def format_metric(value: float, metric: str) -> str:
    if value is None or math.isnan(value):
        return MISSING_TEXT
    return f"{value:.1%}" if metric.endswith("accuracy") else f"{value:.4f}"


def tick_text(value) -> str:
    """Format a swept value for an axis tick: floats to three significant digits, others as text."""
    if isinstance(value, float):
        return f"{value:.3g}"
    return format_value(value)


class SweepPlot(QWidget):
    """A heatmap with a colour bar for two swept settings, or a line with markers for one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setObjectName("sweep_plot")
        self.graphics.setBackground(BACKGROUND)

        # Before a sweep there is no grid, and an empty plot would show meaningless 0 … 1 ticks.
        self.placeholder_label = QLabel(QCoreApplication.translate(
            "SweepResults",
            "No sweep results yet.\n\nChoose one or two settings and their values, then press Start sweep. "
            "The final metric of each cell appears here as its run ends."), self)
        self.placeholder_label.setObjectName("sweep_placeholder")
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setWordWrap(True)
        self.placeholder_label.setEnabled(False)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder_label)
        self.stack.addWidget(self.graphics)
        layout.addWidget(self.stack)

        self.plot: pg.PlotItem | None = None
        self.image: pg.ImageItem | None = None
        self.color_bar: pg.ColorBarItem | None = None
        self.line: pg.PlotDataItem | None = None
        self.best_marker: pg.ScatterPlotItem | None = None
        self.best: tuple[int, ...] | None = None
        self.cell_labels: list[pg.TextItem] = []
        #: The tick texts of each labelled axis ("bottom", "left"), in grid order.
        self.tick_texts: dict[str, list[str]] = {}
        self.grid = np.empty(0)
        self._statuses: dict[tuple[int, ...], str] = {}
        self.show_result([], [], METRICS[0])

    def show_result(self, axes: list[GridAxis], rows: list[SweepRow], metric: str) -> None:
        """Draw ``metric`` over the grid of ``axes`` from the ``rows`` done so far; no axes shows the placeholder."""
        self.graphics.clear()
        self.image = None
        self.color_bar = None
        self.line = None
        self.best_marker = None
        self.cell_labels = []
        self.tick_texts = {}
        self.best = None

        self.plot = self.graphics.addPlot(row=0, col=0)
        self.plot.setMenuEnabled(False)
        title = metric_title(metric)
        self.stack.setCurrentWidget(self.graphics if axes else self.placeholder_label)
        if not axes:
            style_plot_item(self.plot, title, "", "")
            self.grid = np.empty(0)
            return

        self.grid = metric_grid(axes, rows, metric)
        self._statuses = {row.index: row.status for row in rows}
        self.best = best_index(self.grid, metric)
        if len(axes) == 1:
            self._draw_line(axes[0], metric, title)
        else:
            self._draw_heatmap(axes, metric, title)

    def _draw_line(self, axis: GridAxis, metric: str, title: str) -> None:
        style_plot_item(self.plot, title, preset_title(axis.name), title)
        positions = np.arange(len(axis.values), dtype=np.float64)
        # Only finished cells are drawn; pyqtgraph warns on all-NaN data while a sweep starts.
        finished = np.isfinite(self.grid)
        self.line = self.plot.plot(positions[finished], self.grid[finished], pen=pg.mkPen("#0072b2", width=2), symbol="o",
                                   symbolSize=8, symbolBrush="#0072b2", symbolPen=None)
        self._set_ticks("bottom", axis)
        if self.best is not None:
            self.best_marker = pg.ScatterPlotItem([positions[self.best[0]]], [self.grid[self.best]], symbol="star",
                                                  size=22, brush=BEST_COLOR, pen=pg.mkPen(FOREGROUND))
            self.plot.addItem(self.best_marker)
        self.plot.setXRange(-0.5, len(axis.values) - 0.5, padding=0.02)

    def _draw_heatmap(self, axes: list[GridAxis], metric: str, title: str) -> None:
        first, second = axes
        style_plot_item(self.plot, title, preset_title(first.name), preset_title(second.name))
        self.plot.showGrid(x=False, y=False)
        shape = self.grid.shape

        self._set_ticks("bottom", first)
        self._set_ticks("left", second)
        self.plot.setRange(xRange=(-0.5, shape[0] - 0.5), yRange=(-0.5, shape[1] - 0.5), padding=0)
        self.plot.setMouseEnabled(x=False, y=False)
        finite = self.grid[np.isfinite(self.grid)]
        if finite.size == 0:
            # Nothing finished yet: an all-NaN image makes pyqtgraph warn, so only the status labels show.
            self._label_cells(metric, 0.0, 1.0)
            return

        # The image is indexed [x, y]: the first axis runs along x and the second along y, cell centres at indices.
        # Cells without a metric (not finished) are NaN and stay transparent.
        self.image = pg.ImageItem(self.grid, axisOrder="col-major")
        self.image.setRect(QRectF(-0.5, -0.5, shape[0], shape[1]))
        self.plot.addItem(self.image)
        low, high = float(finite.min()), float(finite.max())
        if high <= low:
            high = low + max(abs(low), 1.0) * 1e-6
        self.color_bar = pg.ColorBarItem(values=(low, high), colorMap=pg.colormap.get(COLOR_MAP), interactive=False,
                                         colorMapMenu=False)
        self.color_bar.setImageItem(self.image, insert_in=self.plot)
        # An SI factor such as "(x0.001)" would read as part of the metric's unit.
        self.color_bar.axis.enableAutoSIPrefix(False)
        self.color_bar.axis.setPen(FOREGROUND)
        self.color_bar.axis.setTextPen(FOREGROUND)
        self.color_bar.axis.setLabel(title, color=FOREGROUND)

        self._label_cells(metric, low, high)
        if self.best is not None:
            # pxMode=False sizes the square in data units, so it outlines exactly one cell.
            self.best_marker = pg.ScatterPlotItem([self.best[0]], [self.best[1]], symbol="s", size=0.94, pxMode=False,
                                                  brush=None, pen=pg.mkPen(BEST_COLOR, width=4))
            self.plot.addItem(self.best_marker)

    def _label_cells(self, metric: str, low: float, high: float) -> None:
        if self.grid.size > MAX_LABELLED_CELLS:
            return
        font = QFont()
        font.setPointSize(9)
        for index in np.ndindex(self.grid.shape):
            value = self.grid[index]
            # Viridis is dark at the low end, so text there is white and black elsewhere.
            if np.isfinite(value):
                share = (value - low) / (high - low)
                color = "#000000" if share > 0.55 else "#ffffff"
                text = format_metric(value, metric)
            elif index in self._statuses:
                # A cell that ended without a metric (diverged, failed, stopped, cancelled) shows its status.
                color = "#606060"
                text = translated_status(self._statuses[index])
            else:
                continue
            label = pg.TextItem(text, color=color, anchor=(0.5, 0.5))
            label.setFont(font)
            label.setPos(index[0], index[1])
            self.plot.addItem(label)
            self.cell_labels.append(label)

    def _set_ticks(self, side: str, axis: GridAxis) -> None:
        labels = [(float(position), tick_text(value)) for position, value in enumerate(axis.values)]
        self.plot.getAxis(side).setTicks([labels])
        self.tick_texts[side] = [text for _position, text in labels]


class SweepTableModel(QAbstractTableModel):
    """One row per sweep cell: the swept values, status, final metrics, epochs, time and run id."""

    _METRIC_COLUMNS = ("status", "validation_cost", "validation_accuracy", "train_cost", "train_accuracy",
                       "epochs_completed", "elapsed_seconds", "run_id")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._axes: list[GridAxis] = []
        self._rows: list[SweepRow] = []
        self._best: tuple[int, ...] | None = None

    def set_rows(self, axes: list[GridAxis], rows: list[SweepRow], best: tuple[int, ...] | None = None) -> None:
        self.beginResetModel()
        self._axes = list(axes)
        self._rows = list(rows)
        self._best = best
        self.endResetModel()

    def row_at(self, row: int) -> SweepRow:
        return self._rows[row]

    def _columns(self) -> list[str]:
        return [f"axis:{position}" for position in range(len(self._axes))] + list(self._METRIC_COLUMNS)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        key = self._columns()[section]
        if key.startswith("axis:"):
            return preset_title(self._axes[int(key[5:])].name)
        titles = {
            "status": self.tr("Status"),
            "validation_cost": self.tr("Validation cost"),
            "validation_accuracy": self.tr("Validation accuracy"),
            "train_cost": self.tr("Train cost"),
            "train_accuracy": self.tr("Train accuracy"),
            "epochs_completed": self.tr("Epochs"),
            "elapsed_seconds": self.tr("Time (s)"),
            "run_id": self.tr("Run"),
        }
        return titles[key]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self._columns()[index.column()]
        value = row.values[int(key[5:])] if key.startswith("axis:") else getattr(row, key)

        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(key, value)
        if role == SORT_ROLE:
            return translated_status(value) if key == "status" else value
        if role == RUN_ID_ROLE:
            return row.run_id
        if role == Qt.ItemDataRole.ToolTipRole and key == "status" and row.reason:
            return row.reason
        if role == Qt.ItemDataRole.FontRole and self._best is not None and row.index == self._best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "status":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, key: str, value) -> str:
        if key.startswith("axis:"):
            return format_value(value)
        if key == "status":
            return translated_status(value)
        if key in METRICS:
            return format_metric(value, key)
        if key == "elapsed_seconds":
            return MISSING_TEXT if math.isnan(value) else f"{value:.2f}"
        if key == "run_id":
            return MISSING_TEXT if value is None else str(value)
        return str(value)
