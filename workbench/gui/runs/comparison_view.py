"""Overlay the curves of several stored runs, one colour per run, with a legend of what differs.

Four plots share one ``GraphicsLayoutWidget`` so one export captures them
all: cost per epoch (training solid, validation dashed), the smoothed
mini-batch cost per iteration, accuracy per epoch (same line styles) and the
learning rate per epoch. The legend names each run and the settings that
differ between the shown runs, leaving out values the run's name already
states. The line above the plots lists those differences with every value.
Optimizers, schedules, data sets and field names appear under their display
names (:mod:`workbench.gui.display_names`).

The smoothed cost is the bias-corrected exponentially weighted average of the
mini-batch costs, v_t = β·v_{t−1} + (1 − β)·cost_t divided by (1 − β^t), the
same smoothing the training view uses.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from workbench.engine.compare import differing_settings, format_value
from workbench.engine.ewa import ewa
from workbench.engine.run_export import write_run_csvs, write_runs_long_csv
from workbench.engine.store import RunStore, StoredRun, StoreError
from workbench.gui.display_names import (
    describe_differences, join_differences, join_settings, setting_value, short_field_name,
)
from workbench.gui.engine_messages import engine_error_text
from workbench.gui.plot_style import BACKGROUND, FOREGROUND, style_plot_item
from workbench.gui.runs.log_axis import SparseLogAxisItem
from workbench.gui.runs.palette import run_color, run_line_style
from workbench.gui.svg_export import export_png, export_svg

logger = logging.getLogger(__name__)

#: Default β of the mini-batch cost smoothing; 0.98 averages about the last 50 mini-batches.
DEFAULT_SMOOTHING_BETA = 0.98
SMOOTHING_BETA_MAX = 0.999
#: Width of exported PNG images, in pixels.
EXPORT_PNG_WIDTH = 1800
#: Number of legend columns under the plots.
LEGEND_COLUMNS = 2

#: Plot keys, in the order of :meth:`RunComparisonView.plot_items`.
PLOT_KEYS = ("cost", "smoothed_cost", "accuracy", "learning_rate")


class RowLegendItem(pg.LegendItem):
    """A legend that a ``GraphicsLayout`` row places, and that stays in that row when its entries change.

    pyqtgraph's ``LegendItem.updateSize`` (0.14.0) sets the geometry to
    (0, 0, width, height) after each added or removed entry. That is right for
    a legend anchored inside a plot, but a legend in a layout row then sits at
    the layout's top-left corner, over the first plot's title, until the next
    layout pass. An export or a screenshot taken before that pass drew it
    there. This legend keeps its position and requests a new layout pass.
    """

    def updateSize(self) -> None:  # noqa: N802 - pyqtgraph's name
        if self.parentLayoutItem() is None:
            super().updateSize()
            return

        position = self.pos()
        super().updateSize()
        self.setPos(position)
        self.updateGeometry()


def _finite_or_nan(values: np.ndarray) -> np.ndarray:
    """Replace ±inf by NaN so a diverged run breaks its curve instead of stretching the axis."""
    values = np.asarray(values, dtype=np.float64)
    return np.where(np.isfinite(values), values, np.nan)


class DifferingSetting(NamedTuple):
    """One setting of one run that differs between the compared runs."""

    name: str  # display name for a legend, e.g. "learning_rate" in English
    value: str  # display text of the value, e.g. "gd" in English, "梯度下降 (GD)" in Chinese
    raw_value: str  # the value as the engine formats it, e.g. "adam"


def differing_values(configs: list) -> list[list[DifferingSetting]]:
    """Return, per config, the settings that differ between ``configs``.

    Names follow ``display_names.short_field_name``. In English that is the
    field's last part, or the section for ``optimizer.name`` and
    ``schedule.name``, as in ``compare.legend_labels``. A setting that a config
    does not use is left out of its list.
    """
    differences = differing_settings(configs)
    settings: list[list[DifferingSetting]] = [[] for _config in configs]
    for dotted_field, values in differences.items():
        short_name = short_field_name(dotted_field)
        for index, value in enumerate(values):
            if value is not None:
                settings[index].append(DifferingSetting(short_name, setting_value(dotted_field, value),
                                                        format_value(value)))
    return settings


def name_states_value(name: str, value_text: str) -> bool:
    """Return whether ``name`` contains ``value_text`` as a whole word or number (case-insensitive).

    "Compare optimizers: gd" states "gd", but "run 0.15" does not state "0.1"
    and "adamw" does not state "adam".
    """
    pattern = r"(?<![\w.])" + re.escape(value_text) + r"(?![\w]|\.\d)"
    return re.search(pattern, name, flags=re.IGNORECASE) is not None


def smoothed_costs(costs: np.ndarray, beta: float) -> np.ndarray:
    """Return the bias-corrected EWA of ``costs``; non-finite costs (a diverged run's last ones) stay NaN."""
    finite = _finite_or_nan(costs)
    if finite.size == 0:
        return finite
    valid = np.isfinite(finite)
    result = np.full(finite.shape, np.nan)
    # A diverged run ends with its non-finite costs, so the finite prefix is smoothed on its own.
    prefix = int(np.argmin(valid)) if not valid.all() else finite.size
    if prefix:
        result[:prefix] = ewa(finite[:prefix], beta, bias_correction=True)
    return result


class RunComparisonView(QWidget):
    """Overlays the cost, accuracy and learning-rate curves of the runs given to :meth:`set_runs`."""

    #: Emitted after the shown runs change, with their ids.
    runs_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run_comparison_view")
        self._runs: list[StoredRun] = []
        self._settings: list[list[DifferingSetting]] = []
        self._curves: dict[str, list[pg.PlotDataItem]] = {key: [] for key in PLOT_KEYS}
        self._last_directory = str(Path.home())
        #: The newest message box the view opened; tests read and close it.
        self.last_message_box: QMessageBox | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_control_row())

        self.differences_label = QLabel(self)
        self.differences_label.setObjectName("differences")
        self.differences_label.setWordWrap(True)
        self.differences_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.differences_label)

        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setObjectName("comparison_plots")
        self.graphics.setBackground(BACKGROUND)
        self._build_plots()

        # Empty plots would show meaningless default ticks, so a text takes their place until runs are shown.
        self.placeholder_label = QLabel(self.tr(
            "No runs selected.\n\nSelect one or more runs in the run history (View > Run history) "
            "to overlay their cost, accuracy and learning-rate curves here."), self)
        self.placeholder_label.setObjectName("comparison_placeholder")
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setWordWrap(True)
        self.placeholder_label.setEnabled(False)

        self.plot_stack = QStackedWidget(self)
        self.plot_stack.addWidget(self.placeholder_label)
        self.plot_stack.addWidget(self.graphics)
        layout.addWidget(self.plot_stack, 1)

        self._update_differences()
        self._update_export_buttons()

    # -- construction ---------------------------------------------------------------------------

    def _build_control_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        smoothing_label = QLabel(self.tr("Smoothing β:"), self)
        smoothing_label.setToolTip(self.tr("β of the bias-corrected exponentially weighted average of the "
                                           "mini-batch cost; 0.98 averages about the last 50 mini-batches"))
        self.smoothing_spin = QDoubleSpinBox(self)
        self.smoothing_spin.setObjectName("smoothing_beta")
        self.smoothing_spin.setRange(0.0, SMOOTHING_BETA_MAX)
        self.smoothing_spin.setDecimals(3)
        self.smoothing_spin.setSingleStep(0.01)
        self.smoothing_spin.setValue(DEFAULT_SMOOTHING_BETA)
        self.smoothing_spin.valueChanged.connect(self._on_smoothing_spin_changed)
        row.addWidget(smoothing_label)
        row.addWidget(self.smoothing_spin)
        row.addStretch(1)

        self.export_csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_csv_button.setToolTip(self.tr("All shown runs in one CSV file, one value per row "
                                                  "(run, epoch, iteration, metric, value)"))
        self.export_run_csvs_button = QPushButton(self.tr("Export each run…"), self)
        self.export_run_csvs_button.setToolTip(self.tr("One CSV file per run, in a folder you choose"))
        self.export_png_button = QPushButton(self.tr("Export PNG…"), self)
        self.export_svg_button = QPushButton(self.tr("Export SVG…"), self)
        self.export_csv_button.clicked.connect(self._on_export_csv_button_clicked)
        self.export_run_csvs_button.clicked.connect(self._on_export_run_csvs_button_clicked)
        self.export_png_button.clicked.connect(self._on_export_png_button_clicked)
        self.export_svg_button.clicked.connect(self._on_export_svg_button_clicked)
        for button in (self.export_csv_button, self.export_run_csvs_button, self.export_png_button,
                       self.export_svg_button):
            row.addWidget(button)
        return row

    def _build_plots(self) -> None:
        self.cost_plot = self.graphics.addPlot(row=0, col=0)
        style_plot_item(self.cost_plot, self.tr("Cost per epoch (solid: training, dashed: validation)"),
                        self.tr("Epoch"), self.tr("Cost (cross-entropy, nats)"))
        self.smoothed_cost_plot = self.graphics.addPlot(row=0, col=1)
        style_plot_item(self.smoothed_cost_plot, self.tr("Smoothed mini-batch cost"),
                        self.tr("Iteration (mini-batch updates)"), self.tr("Cost (cross-entropy, nats)"))
        self.smoothed_cost_plot.setClipToView(True)
        self.smoothed_cost_plot.setDownsampling(auto=True, mode="peak")
        self.accuracy_plot = self.graphics.addPlot(row=1, col=0)
        style_plot_item(self.accuracy_plot, self.tr("Accuracy per epoch (solid: training, dashed: validation)"),
                        self.tr("Epoch"), self.tr("Accuracy"))
        self.learning_rate_plot = self.graphics.addPlot(row=1, col=1,
                                                        axisItems={"left": SparseLogAxisItem("left")})
        style_plot_item(self.learning_rate_plot, self.tr("Learning rate (log scale)"), self.tr("Epoch"),
                        self.tr("Learning rate α"))
        # Decay schedules span decades, and a log axis shows exponential decay as a straight line.
        self.learning_rate_plot.setLogMode(y=True)

        self.legend = RowLegendItem(labelTextColor=FOREGROUND, colCount=LEGEND_COLUMNS)
        self.graphics.addItem(self.legend, row=2, col=0, colspan=2)

    # -- content ----------------------------------------------------------------------------------

    @property
    def runs(self) -> list[StoredRun]:
        return list(self._runs)

    def plot_items(self) -> dict[str, pg.PlotItem]:
        """Return the four plots by key (see :data:`PLOT_KEYS`)."""
        return {"cost": self.cost_plot, "smoothed_cost": self.smoothed_cost_plot, "accuracy": self.accuracy_plot,
                "learning_rate": self.learning_rate_plot}

    def curves(self, key: str) -> list[pg.PlotDataItem]:
        """Return the curves drawn in plot ``key``: two per run in cost and accuracy, one elsewhere."""
        return list(self._curves[key])

    def legend_texts(self) -> list[str]:
        """Return the legend entries in run order."""
        return [label.text for _sample, label in self.legend.items]

    def show_runs(self, store: RunStore, run_ids: list[int]) -> bool:
        """Load ``run_ids`` from ``store`` and overlay them; on failure show why and keep the plots."""
        try:
            runs = store.load_runs(run_ids)
        except (KeyError, StoreError, ValueError, sqlite3.Error) as error:
            logger.warning("Loading runs %s for comparison failed: %s", run_ids, error)
            self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot show runs"),
                               self.tr("The runs could not be loaded: {0}").format(engine_error_text(error)))
            return False
        self.set_runs(runs)
        return True

    def set_runs(self, runs: list[StoredRun]) -> None:
        """Overlay ``runs`` in the given order; an empty list clears the plots and shows the placeholder."""
        self._runs = list(runs)
        self._settings = differing_values([run.config for run in self._runs])
        self._redraw()
        self.plot_stack.setCurrentWidget(self.graphics if self._runs else self.placeholder_label)
        self._update_differences()
        self._update_export_buttons()
        self.runs_changed.emit([run.run_id for run in self._runs])

    def clear(self) -> None:
        self.set_runs([])

    def legend_text(self, run: StoredRun, settings: list[DifferingSetting]) -> str:
        """Return the legend entry of ``run``: its name, then the differing ``settings`` it does not state.

        ``settings`` come from :func:`differing_values`. A setting whose value
        the run's own name already contains as a word, as displayed or as the
        engine writes it, is left out. So "Compare optimizers: gd" is not
        followed by "optimizer=gd".
        """
        if run.name:
            name = run.name
            settings = [setting for setting in settings
                        if not name_states_value(name, setting.value) and not name_states_value(name, setting.raw_value)]
        else:
            name = self.tr("run {0}").format(run.run_id)
        if not settings:
            return name
        label = join_settings([f"{setting.name}={setting.value}" for setting in settings])
        return self.tr("{0} ({1})").format(name, label)

    def _redraw(self) -> None:
        for plot in self.plot_items().values():
            plot.clear()
        self.legend.clear()
        self._curves = {key: [] for key in PLOT_KEYS}

        beta = self.smoothing_spin.value()
        for index, (run, settings) in enumerate(zip(self._runs, self._settings)):
            self._draw_run(index, run, settings, beta)

        for plot in self.plot_items().values():
            plot.enableAutoRange()

        # Lay the plots and the legend out now, so that a grab or an export before the next event loop pass
        # shows the legend with its new entries in its own row.
        self.graphics.ci.layout.activate()

    def _draw_run(self, index: int, run: StoredRun, settings: list[DifferingSetting], beta: float) -> None:
        color = run_color(index)
        solid = pg.mkPen(color, width=2, style=run_line_style(index))
        dashed = pg.mkPen(color, width=2, style=Qt.PenStyle.DashLine)
        thin = pg.mkPen(color, width=1.5, style=run_line_style(index))
        epochs = run.epoch_values("epoch")

        train_cost = self.cost_plot.plot(epochs, _finite_or_nan(run.epoch_values("train_cost")), pen=solid,
                                         connect="finite")
        validation_cost = self.cost_plot.plot(epochs, _finite_or_nan(run.epoch_values("validation_cost")),
                                              pen=dashed, connect="finite")
        self._curves["cost"] += [train_cost, validation_cost]

        iterations = np.arange(1, run.iteration_costs.size + 1, dtype=np.float64)
        smoothed = self.smoothed_cost_plot.plot(iterations, smoothed_costs(run.iteration_costs, beta), pen=thin,
                                                connect="finite")
        self._curves["smoothed_cost"].append(smoothed)

        train_accuracy = self.accuracy_plot.plot(epochs, run.epoch_values("train_accuracy"), pen=solid,
                                                 connect="finite")
        validation_accuracy = self.accuracy_plot.plot(epochs, run.epoch_values("validation_accuracy"), pen=dashed,
                                                      connect="finite")
        self._curves["accuracy"] += [train_accuracy, validation_accuracy]

        learning_rate = self.learning_rate_plot.plot(epochs, run.epoch_values("learning_rate"), pen=solid,
                                                     connect="finite")
        self._curves["learning_rate"].append(learning_rate)

        self.legend.addItem(train_cost, self.legend_text(run, settings))

    def _update_differences(self) -> None:
        # Without runs the placeholder explains what to do, so the line would only repeat it.
        self.differences_label.setVisible(bool(self._runs))
        if not self._runs:
            text = self.tr("Select runs in the runs panel to overlay their curves.")
        elif len(self._runs) == 1:
            text = self.tr("Showing one run. Select two or more runs to see which settings differ.")
        else:
            lines = describe_differences(differing_settings([run.config for run in self._runs]))
            if lines:
                text = self.tr("Differences: {0}").format(join_differences(lines))
            else:
                text = self.tr("The {0} runs have the same settings.").format(len(self._runs))
        self.differences_label.setText(text)

    def _update_export_buttons(self) -> None:
        has_runs = bool(self._runs)
        for button in (self.export_csv_button, self.export_run_csvs_button, self.export_png_button,
                       self.export_svg_button):
            button.setEnabled(has_runs)

    def _on_smoothing_spin_changed(self, _value: float) -> None:
        self._redraw()

    # -- export -----------------------------------------------------------------------------------

    def export_csv(self, path: str | Path) -> Path | None:
        """Write the shown runs to one long-form CSV file; return the path, or None (with a message) on failure."""
        path = Path(path)
        try:
            write_runs_long_csv(self._runs, path)
        except OSError as error:
            return self._export_failed(path, error)
        return path

    def export_run_csvs(self, folder: str | Path) -> list[Path]:
        """Write one CSV file per shown run into ``folder``; return the paths, empty (with a message) on failure."""
        try:
            return write_run_csvs(self._runs, folder)
        except OSError as error:
            self._export_failed(Path(folder), error)
            return []

    def export_png(self, path: str | Path) -> Path | None:
        """Write the plots and legend as a PNG image; return the path, or None (with a message) on failure."""
        try:
            return export_png(self.graphics.scene(), path, EXPORT_PNG_WIDTH)
        except (OSError, ValueError) as error:
            return self._export_failed(Path(path), error)

    def export_svg(self, path: str | Path) -> Path | None:
        """Write the plots and legend as an SVG image; return the path, or None (with a message) on failure."""
        try:
            return export_svg(self.graphics.scene(), path)
        except (OSError, ValueError) as error:
            return self._export_failed(Path(path), error)

    def _export_failed(self, path: Path, error: Exception) -> None:
        logger.warning("Export to %s failed: %s", path, error)
        self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot export"),
                           self.tr("{0} could not be written: {1}").format(path, error))
        return None

    def _ask_save_path(self, title: str, file_name: str, file_filter: str, suffix: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, title, str(Path(self._last_directory) / file_name),
                                                    file_filter)
        if not path:
            return ""
        self._last_directory = str(Path(path).parent)
        return path if path.lower().endswith(suffix) else path + suffix

    def _on_export_csv_button_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Export runs as CSV"), "runs.csv", self.tr("CSV files (*.csv)"), ".csv")
        if path:
            self.export_csv(path)

    def _on_export_run_csvs_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the run CSV files"), self._last_directory)
        if folder:
            self._last_directory = folder
            self.export_run_csvs(folder)

    def _on_export_png_button_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Export plots as PNG"), "runs.png", self.tr("PNG images (*.png)"), ".png")
        if path:
            self.export_png(path)

    def _on_export_svg_button_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Export plots as SVG"), "runs.svg", self.tr("SVG images (*.svg)"), ".svg")
        if path:
            self.export_svg(path)

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message_box = box
        return box
