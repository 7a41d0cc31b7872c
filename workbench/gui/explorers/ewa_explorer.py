"""EWA explorer: how β shapes an exponentially weighted average.

The user picks a series (a generated year of noisy daily temperatures, a numeric
column of their own CSV file, or the latest run's mini-batch costs) and a β.
The widget plots the raw series, the average without bias correction,
v_t = β·v_{t−1} + (1 − β)·a_t with v_0 = 0, and the bias-corrected average
v_t / (1 − β^t), both from workbench.engine.ewa. It also shows the effective
window 1/(1 − β) and the weight (1 − β)·β^k that the newest average gives the
point k steps back.
"""

from __future__ import annotations

import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt import QLabeledDoubleSlider

from workbench.engine.ewa import ewa, ewa_weights
from workbench.engine.optimizers import effective_window
from workbench.gui.explorers.csv_column import CsvColumnError, CsvTable, read_csv_table
from workbench.gui.panels.elided_widgets import ElidedComboBox
from workbench.gui.plot_style import BACKGROUND, add_legend_below, style_plot_item

logger = logging.getLogger(__name__)

SOURCE_TEMPERATURE = "temperature"
SOURCE_CSV = "csv"
SOURCE_RUN = "run"

MAX_BETA = 0.999

# Above this many samples the raw series is drawn as a faint line instead of
# dots, because one symbol per sample makes panning slow.
MAX_RAW_POINTS_AS_DOTS = 5000

# Slider moves are coalesced for this long so that a long series (a run's
# costs can have 10^5 samples or more) is not averaged twice per pixel of drag.
SLIDER_DELAY_MS = 40

# Okabe-Ito colours that stay distinct on the white plot background.
RAW_COLOUR = (110, 110, 110, 110)
UNCORRECTED_COLOUR = "#E69F00"
CORRECTED_COLOUR = "#0072B2"
WEIGHT_COLOUR = "#009E73"


def temperature_series(seed: int, n_days: int = 365) -> np.ndarray:
    """Return ``n_days`` noisy daily temperatures in °C, reproducible from ``seed``.

    T_d = 11 + 9·sin(2π·(d − 105)/365) + N(0, 3²) for day d = 0, 1, …: a
    seasonal cycle with its mean crossing in mid-April, plus Gaussian noise.
    """
    rng = np.random.default_rng(seed)
    days = np.arange(n_days)

    seasonal = 11.0 + 9.0 * np.sin(2.0 * np.pi * (days - 105) / 365.0)
    return seasonal + rng.normal(0.0, 3.0, size=n_days)


class EwaExplorer(QWidget):
    """Interactive plot of a series and its exponentially weighted averages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ewaExplorer")

        self._series = np.empty(0)
        self._run_costs: np.ndarray | None = None
        self._csv_table: CsvTable | None = None

        self._build_controls()
        self._build_plots()
        self._build_layout()

        self._slider_timer = QTimer(self)
        self._slider_timer.setSingleShot(True)
        self._slider_timer.setInterval(SLIDER_DELAY_MS)

        self._connect_signals()
        self._apply_source()

    # ----------------------------------------------------------------- building

    def _build_controls(self) -> None:
        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("Daily temperature (generated)"), SOURCE_TEMPERATURE)
        self.source_combo.addItem(self.tr("Column of a CSV file"), SOURCE_CSV)
        self.source_combo.addItem(self.tr("Mini-batch costs of the latest run"), SOURCE_RUN)

        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setValue(1)
        self.seed_spin.setToolTip(self.tr("Random seed of the generated temperatures"))

        self.open_csv_button = QPushButton(self.tr("Open CSV…"))
        # A CSV column name can be of any length, so it is elided instead of widening the row.
        self.column_combo = ElidedComboBox(minimum_characters=12)
        self.column_combo.setToolTip(self.tr("Numeric column to average"))

        self.beta_slider = QLabeledDoubleSlider(Qt.Orientation.Horizontal)
        self.beta_slider.setDecimals(3)
        self.beta_slider.setRange(0.0, MAX_BETA)
        self.beta_slider.setSingleStep(0.001)
        self.beta_slider.setValue(0.9)

        self.window_label = QLabel()
        self.window_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.weights_spin = QSpinBox()
        self.weights_spin.setRange(2, 500)
        self.weights_spin.setValue(40)
        self.weights_spin.setToolTip(self.tr("Number of most recent points shown in the weight plot"))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_plots(self) -> None:
        self.series_graphics = pg.GraphicsLayoutWidget()
        self.series_graphics.setBackground(BACKGROUND)
        self.series_plot = self.series_graphics.addPlot(row=0, col=0)
        # The axis labels follow the source; _set_series sets them.
        style_plot_item(self.series_plot, self.tr("Series and its exponentially weighted averages"), "", "")
        self.series_legend = add_legend_below(self.series_graphics, row=1, column_count=3)

        self.raw_item = self.series_plot.plot()
        self.uncorrected_curve = self.series_plot.plot(pen=pg.mkPen(UNCORRECTED_COLOUR, width=2))
        self.corrected_curve = self.series_plot.plot(pen=pg.mkPen(CORRECTED_COLOUR, width=2))
        for item, name in (
            (self.raw_item, self.tr("raw series a_t")),
            (self.uncorrected_curve, self.tr("v_t without bias correction")),
            (self.corrected_curve, self.tr("v_t / (1 − β^t), bias-corrected")),
        ):
            item.setClipToView(True)
            item.setDownsampling(auto=True, method="peak")
            self.series_legend.addItem(item, name)

        self.weights_graphics = pg.GraphicsLayoutWidget()
        self.weights_graphics.setBackground(BACKGROUND)
        self.weights_plot = self.weights_graphics.addPlot(row=0, col=0)
        style_plot_item(
            self.weights_plot,
            self.tr("Weights (1 − β)·β^k"),
            self.tr("k, steps back from the newest point"),
            self.tr("weight"),
        )
        self.weights_plot.showGrid(x=False, y=True, alpha=0.25)
        self.weights_bars = pg.BarGraphItem(x=[], height=[], width=0.8, brush=WEIGHT_COLOUR, pen=None)
        self.weights_plot.addItem(self.weights_bars)
        self.window_line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen(CORRECTED_COLOUR, style=Qt.PenStyle.DashLine),
            label=self.tr("1/(1 − β)"),
            labelOpts={"position": 0.85, "color": CORRECTED_COLOUR},
        )
        self.weights_plot.addItem(self.window_line)

    def _build_layout(self) -> None:
        source_row = QHBoxLayout()
        source_row.addWidget(QLabel(self.tr("Series:")))
        source_row.addWidget(self.source_combo)
        source_row.addWidget(QLabel(self.tr("Seed:")))
        source_row.addWidget(self.seed_spin)
        source_row.addWidget(self.open_csv_button)
        source_row.addWidget(self.column_combo)
        source_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("β (beta):"), self.beta_slider)
        form.addRow(self.tr("Effective window:"), self.window_label)
        form.addRow(self.tr("Points in the weight plot:"), self.weights_spin)

        plots = QHBoxLayout()
        plots.addWidget(self.series_graphics, 2)
        plots.addWidget(self.weights_graphics, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(source_row)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addLayout(plots, 1)

    def _connect_signals(self) -> None:
        self.source_combo.currentIndexChanged.connect(self._on_source_changed)
        self.seed_spin.valueChanged.connect(self._on_seed_changed)
        self.open_csv_button.clicked.connect(self._on_open_csv_clicked)
        self.column_combo.currentIndexChanged.connect(self._on_column_changed)
        self.beta_slider.valueChanged.connect(self._on_beta_slider_changed)
        self._slider_timer.timeout.connect(self.refresh)
        self.weights_spin.valueChanged.connect(self._on_weights_count_changed)

    # ---------------------------------------------------------------- public API

    @property
    def beta(self) -> float:
        """β of the slider, in [0, 0.999]."""
        return float(self.beta_slider.value())

    @property
    def series(self) -> np.ndarray:
        """The raw series currently shown (a copy)."""
        return self._series.copy()

    def set_beta(self, beta: float) -> None:
        """Move the slider to ``beta`` and redraw at once (no coalescing delay)."""
        self.beta_slider.blockSignals(True)
        self.beta_slider.setValue(beta)
        self.beta_slider.blockSignals(False)
        self.refresh()

    def set_run_costs(self, costs: np.ndarray) -> None:
        """Store the latest run's mini-batch costs (one per iteration) and show them.

        The main window calls this after every run. Non-finite costs from a
        diverged run are kept, so the averages break off where the run broke.
        """
        self._run_costs = np.asarray(costs, dtype=float).ravel().copy()
        self._select_source(SOURCE_RUN)

    def load_csv(self, path) -> bool:
        """Open the CSV file ``path`` and show its first numeric column.

        Returns False, with the reason in the status line, when the file is
        broken or has no numeric column.
        """
        try:
            table = read_csv_table(path)
        except CsvColumnError as error:
            logger.warning("EWA explorer could not open %s: %s", path, error)
            self._show_error(str(error))
            return False

        numeric = table.numeric_columns()
        if not numeric:
            message = self.tr("{0} has no numeric column (checked on its first data row).")
            self._show_error(message.format(table.path.name))
            return False

        self._csv_table = table
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        self.column_combo.addItems(numeric)
        self.column_combo.blockSignals(False)

        return self._select_source(SOURCE_CSV)

    def select_column(self, name: str) -> bool:
        """Show the CSV column ``name``. Return False when it is missing or has a non-numeric cell."""
        index = self.column_combo.findText(name)
        if index < 0:
            message = self.tr("Column \"{0}\" is not a numeric column of the open file.")
            self._show_error(message.format(name))
            return False

        self.column_combo.blockSignals(True)
        self.column_combo.setCurrentIndex(index)
        self.column_combo.blockSignals(False)
        return self._select_source(SOURCE_CSV)

    def refresh(self) -> None:
        """Recompute both averages and the weights for the current series and β."""
        self._slider_timer.stop()
        beta = self.beta

        self.window_label.setText(
            self.tr("1/(1 − β) = {0} points").format(f"{effective_window(beta):.1f}")
        )

        series = self._series
        steps = np.arange(1, series.size + 1)
        self.uncorrected_curve.setData(steps, ewa(series, beta, bias_correction=False))
        self.corrected_curve.setData(steps, ewa(series, beta, bias_correction=True))

        n_points = self.weights_spin.value()
        self.weights_bars.setOpts(x=np.arange(n_points), height=ewa_weights(beta, n_points))
        self.window_line.setValue(effective_window(beta))
        self.weights_plot.setXRange(-0.5, n_points - 0.5, padding=0.02)

    def curve_data(self) -> dict[str, np.ndarray]:
        """Return the plotted y values: raw, uncorrected and corrected averages, and the weights."""
        return {
            "raw": np.asarray(self.raw_item.yData if self.raw_item.yData is not None else []),
            "uncorrected": np.asarray(self.uncorrected_curve.yData),
            "corrected": np.asarray(self.corrected_curve.yData),
            "weights": np.asarray(self.weights_bars.opts["height"]),
        }

    # ------------------------------------------------------------------ sources

    def _source(self) -> str:
        return self.source_combo.currentData()

    def _select_source(self, source: str) -> bool:
        self.source_combo.blockSignals(True)
        self.source_combo.setCurrentIndex(self.source_combo.findData(source))
        self.source_combo.blockSignals(False)
        return self._apply_source()

    def _apply_source(self) -> bool:
        """Enable the controls of the chosen source and load its series. Return False on an error."""
        source = self._source()
        self.seed_spin.setEnabled(source == SOURCE_TEMPERATURE)
        self.open_csv_button.setEnabled(source == SOURCE_CSV)
        self.column_combo.setEnabled(source == SOURCE_CSV and self._csv_table is not None)

        if source == SOURCE_TEMPERATURE:
            self._load_temperature()
            return True
        if source == SOURCE_CSV:
            return self._load_csv_column()
        return self._load_run_costs()

    def _load_temperature(self) -> None:
        self._set_series(
            temperature_series(self.seed_spin.value()),
            x_label=self.tr("day"),
            y_label=self.tr("temperature (°C)"),
        )
        self._show_status(self.tr("A generated year of daily temperatures: seasonal sine plus noise."))

    def _load_csv_column(self) -> bool:
        if self._csv_table is None:
            self._set_series(np.empty(0), x_label=self.tr("row"), y_label=self.tr("value"))
            self._show_status(self.tr("Open a CSV file with a header row to average one of its columns."))
            return False

        name = self.column_combo.currentText()
        try:
            values = self._csv_table.column(name)
        except CsvColumnError as error:
            logger.warning("EWA explorer could not use column %r: %s", name, error)
            self._show_error(str(error))
            return False

        self._set_series(values, x_label=self.tr("data row"), y_label=name)
        message = self.tr("Column \"{0}\" of {1}: {2} values.")
        self._show_status(message.format(name, self._csv_table.path.name, values.size))
        return True

    def _load_run_costs(self) -> bool:
        if self._run_costs is None or self._run_costs.size == 0:
            self._set_series(np.empty(0), x_label=self.tr("iteration"), y_label=self.tr("mini-batch cost"))
            self._show_status(self.tr("No run yet: train a network, then come back to average its mini-batch costs."))
            return False

        self._set_series(self._run_costs, x_label=self.tr("iteration"), y_label=self.tr("mini-batch cost"))
        message = self.tr("Mini-batch costs of the latest run: {0} iterations.")
        self._show_status(message.format(self._run_costs.size))
        return True

    def _set_series(self, values: np.ndarray, x_label: str, y_label: str) -> None:
        self._series = np.asarray(values, dtype=float)
        steps = np.arange(1, self._series.size + 1)

        if self._series.size <= MAX_RAW_POINTS_AS_DOTS:
            self.raw_item.setData(
                steps, self._series, pen=None, symbol="o", symbolSize=4,
                symbolPen=None, symbolBrush=pg.mkBrush(RAW_COLOUR),
            )
        else:
            self.raw_item.setData(steps, self._series, pen=pg.mkPen(RAW_COLOUR, width=1), symbol=None)

        self.series_plot.setLabel("bottom", x_label)
        self.series_plot.setLabel("left", y_label)
        self.refresh()
        self.series_plot.enableAutoRange()

    def _show_status(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def _show_error(self, text: str) -> None:
        self.status_label.setStyleSheet("color: #d62728;")
        self.status_label.setText(text)

    # ----------------------------------------------------------------- handlers

    def _on_source_changed(self, _index: int) -> None:
        self._apply_source()

    def _on_seed_changed(self, _seed: int) -> None:
        if self._source() == SOURCE_TEMPERATURE:
            self._load_temperature()

    def _on_open_csv_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a CSV file"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.load_csv(path)

    def _on_column_changed(self, _index: int) -> None:
        if self._source() == SOURCE_CSV:
            self._load_csv_column()

    def _on_beta_slider_changed(self, _beta: float) -> None:
        self._slider_timer.start()

    def _on_weights_count_changed(self, _count: int) -> None:
        self.refresh()
