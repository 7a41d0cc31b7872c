"""Decay explorer: the five learning-rate schedules overlaid over epochs.

Every curve is Schedule(name, ...).learning_rate(α0, epochs) from
workbench.engine.schedules, the same call the trainer makes once per epoch, so
what the learner sees here is what a run uses. Epochs are 0-based indices: the
first epoch is e = 0, and α is constant during an epoch, so the curves are
drawn as steps centred on each integer e.
"""

from __future__ import annotations

import logging

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.engine.schedules import SCHEDULE_NAMES, Schedule, ScheduleError
from workbench.gui.plot_style import BACKGROUND, add_legend_below, style_plot_item

logger = logging.getLogger(__name__)

# Okabe-Ito colours, with dark grey for the constant schedule so it shows on the white background.
SCHEDULE_COLOURS = {
    "constant": "#505050",
    "inverse_time": "#E69F00",
    "exponential": "#56B4E9",
    "inverse_sqrt": "#009E73",
    "stepwise": "#CC79A7",
}


class DecayExplorer(QWidget):
    """Overlay of every learning-rate schedule, with each α at a chosen epoch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decayExplorer")

        self._values: dict[str, np.ndarray] = {}

        self._build_controls()
        self._build_plot()
        self._build_table()
        self._build_layout()
        self._connect_signals()
        self.refresh()

    # ----------------------------------------------------------------- building

    def _schedule_titles(self) -> dict[str, str]:
        return {
            "constant": self.tr("Constant: α0"),
            "inverse_time": self.tr("Inverse time: α0 / (1 + d·e)"),
            "exponential": self.tr("Exponential: base^e · α0"),
            "inverse_sqrt": self.tr("Inverse square root: k·α0 / √(e + 1)"),
            "stepwise": self.tr("Stepwise: α0 / (1 + d·⌊e / interval⌋)"),
        }

    def _build_controls(self) -> None:
        self.initial_learning_rate_spin = QDoubleSpinBox()
        self.initial_learning_rate_spin.setDecimals(5)
        self.initial_learning_rate_spin.setRange(1e-5, 10.0)
        self.initial_learning_rate_spin.setSingleStep(0.01)
        self.initial_learning_rate_spin.setValue(0.2)
        self.initial_learning_rate_spin.setToolTip(self.tr("α0, the learning rate of the first epoch"))

        self.decay_rate_spin = QDoubleSpinBox()
        self.decay_rate_spin.setDecimals(3)
        self.decay_rate_spin.setRange(0.0, 100.0)
        self.decay_rate_spin.setSingleStep(0.1)
        self.decay_rate_spin.setValue(1.0)
        self.decay_rate_spin.setToolTip(self.tr("d, used by the inverse-time and stepwise schedules"))

        self.base_spin = QDoubleSpinBox()
        self.base_spin.setDecimals(3)
        self.base_spin.setRange(0.001, 1.0)
        self.base_spin.setSingleStep(0.01)
        self.base_spin.setValue(0.95)
        self.base_spin.setToolTip(self.tr("Base of the exponential schedule, in (0, 1]"))

        self.k_spin = QDoubleSpinBox()
        self.k_spin.setDecimals(3)
        self.k_spin.setRange(0.001, 100.0)
        self.k_spin.setSingleStep(0.1)
        self.k_spin.setValue(1.0)
        self.k_spin.setToolTip(self.tr("k of the inverse-square-root schedule"))

        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 100000)
        self.interval_spin.setValue(10)
        self.interval_spin.setToolTip(self.tr("Epochs between two steps of the stepwise schedule"))

        self.epoch_count_spin = QSpinBox()
        self.epoch_count_spin.setRange(1, 100000)
        self.epoch_count_spin.setValue(50)
        self.epoch_count_spin.setToolTip(self.tr("Number of epochs plotted"))

        self.epoch_spin = QSpinBox()
        self.epoch_spin.setRange(0, self.epoch_count_spin.value() - 1)
        self.epoch_spin.setValue(10)
        self.epoch_spin.setToolTip(self.tr("0-based epoch index e at which the table shows each α"))

        self.log_scale_check = QCheckBox(self.tr("Logarithmic α axis"))

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d62728;")

    def _build_plot(self) -> None:
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(BACKGROUND)
        self.plot = self.graphics.addPlot(row=0, col=0)
        # style_plot_item also turns the SI prefix off, which would show α0 = 0.2 as "200 (×0.001)".
        style_plot_item(
            self.plot,
            self.tr("Learning rate α for each epoch"),
            self.tr("epoch index e (0 = first epoch)"),
            self.tr("learning rate α"),
        )
        # Every curve starts at α0 and the constant one stays there, so a legend inside the plot would hide data.
        self.legend = add_legend_below(self.graphics, row=1, column_count=2)

        titles = self._schedule_titles()
        self.curves: dict[str, pg.PlotDataItem] = {}
        for name in SCHEDULE_NAMES:
            self.curves[name] = self.plot.plot(stepMode="center", pen=pg.mkPen(SCHEDULE_COLOURS[name], width=2))
            self.legend.addItem(self.curves[name], titles[name])

        self.epoch_line = pg.InfiniteLine(
            angle=90,
            movable=True,
            pen=pg.mkPen("#d62728", width=1.5, style=Qt.PenStyle.DashLine),
            label=self.tr("e = {value:.0f}"),
            labelOpts={"position": 0.9, "color": "#d62728"},
        )
        self.epoch_line.setBounds((0, self.epoch_count_spin.value() - 1))
        self.plot.addItem(self.epoch_line)

    def _build_table(self) -> None:
        self.table = QTableWidget(len(SCHEDULE_NAMES), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Schedule"), self.tr("α at epoch e")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        titles = self._schedule_titles()
        for row, name in enumerate(SCHEDULE_NAMES):
            title_item = QTableWidgetItem(titles[name])
            title_item.setData(Qt.ItemDataRole.DecorationRole, pg.mkColor(SCHEDULE_COLOURS[name]))
            self.table.setItem(row, 0, title_item)
            value_item = QTableWidgetItem()
            value_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, value_item)

        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(row) for row in range(self.table.rowCount())
        )
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())
        self._fit_table_width()

    def _fit_table_width(self) -> None:
        """Widen the table so that both columns show in full (values take at most 12 characters)."""
        self.table.item(0, 1).setText("0.000000e-00")
        self.table.resizeColumnsToContents()
        width = sum(self.table.columnWidth(column) for column in range(self.table.columnCount()))
        self.table.setMinimumWidth(width + 2 * self.table.frameWidth() + 4)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Initial learning rate α0:"), self.initial_learning_rate_spin)
        form.addRow(self.tr("Decay rate d:"), self.decay_rate_spin)
        form.addRow(self.tr("Exponential base:"), self.base_spin)
        form.addRow(self.tr("k (inverse square root):"), self.k_spin)
        form.addRow(self.tr("Stepwise interval (epochs):"), self.interval_spin)
        form.addRow(self.tr("Epochs plotted:"), self.epoch_count_spin)
        form.addRow(self.tr("Chosen epoch e:"), self.epoch_spin)
        form.addRow(self.log_scale_check)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.table)
        side.addWidget(self.error_label)
        side.addStretch(1)

        layout = QHBoxLayout(self)
        layout.addLayout(side, 0)
        layout.addWidget(self.graphics, 1)

    def _connect_signals(self) -> None:
        for spin in (
            self.initial_learning_rate_spin,
            self.decay_rate_spin,
            self.base_spin,
            self.k_spin,
            self.interval_spin,
        ):
            spin.valueChanged.connect(self._on_setting_changed)
        self.epoch_count_spin.valueChanged.connect(self._on_epoch_count_changed)
        self.epoch_spin.valueChanged.connect(self._on_epoch_changed)
        self.epoch_line.sigPositionChangeFinished.connect(self._on_epoch_line_moved)
        self.log_scale_check.toggled.connect(self._on_log_scale_toggled)

    # ---------------------------------------------------------------- public API

    def schedules(self) -> dict[str, Schedule]:
        """Build one Schedule per name from the current settings. Raise ScheduleError if one is invalid."""
        return {
            name: Schedule(
                name=name,
                decay_rate=self.decay_rate_spin.value(),
                base=self.base_spin.value(),
                k=self.k_spin.value(),
                interval=self.interval_spin.value(),
            )
            for name in SCHEDULE_NAMES
        }

    @property
    def initial_learning_rate(self) -> float:
        """α0 from its spin box."""
        return self.initial_learning_rate_spin.value()

    @property
    def chosen_epoch(self) -> int:
        """The 0-based epoch index whose α the table shows."""
        return self.epoch_spin.value()

    def set_chosen_epoch(self, epoch: int) -> None:
        """Move the spin box, the vertical line and the table to ``epoch``."""
        self.epoch_spin.setValue(epoch)

    def values_at_chosen_epoch(self) -> dict[str, float]:
        """Return α of every schedule at the chosen epoch, as shown in the table."""
        epoch = self.chosen_epoch
        return {name: float(values[epoch]) for name, values in self._values.items()}

    def curve_values(self) -> dict[str, np.ndarray]:
        """Return α of every schedule for epochs 0 … n − 1, as plotted."""
        return {name: values.copy() for name, values in self._values.items()}

    def refresh(self) -> None:
        """Recompute every curve and the table from the current settings."""
        try:
            schedules = self.schedules()
        except ScheduleError as error:
            logger.info("Decay explorer setting rejected: %s", error)
            self.error_label.setText(str(error))
            return
        self.error_label.clear()

        epochs = np.arange(self.epoch_count_spin.value())
        edges = np.arange(epochs.size + 1) - 0.5
        alpha0 = self.initial_learning_rate
        self._values = {name: schedule.learning_rate(alpha0, epochs) for name, schedule in schedules.items()}

        for name, values in self._values.items():
            self.curves[name].setData(edges, values)

        self._update_chosen_epoch()

    # ------------------------------------------------------------------ helpers

    def _update_chosen_epoch(self) -> None:
        epoch = self.chosen_epoch
        self.epoch_line.setValue(epoch)

        values = self.values_at_chosen_epoch()
        for row, name in enumerate(SCHEDULE_NAMES):
            self.table.item(row, 1).setText(f"{values[name]:.6g}")

    # ----------------------------------------------------------------- handlers

    def _on_setting_changed(self, _value) -> None:
        self.refresh()

    def _on_epoch_count_changed(self, count: int) -> None:
        self.epoch_spin.setMaximum(count - 1)
        self.epoch_line.setBounds((0, count - 1))
        self.refresh()
        self.plot.enableAutoRange()

    def _on_epoch_changed(self, _epoch: int) -> None:
        if self._values:
            self._update_chosen_epoch()

    def _on_epoch_line_moved(self, line: pg.InfiniteLine) -> None:
        epoch = int(round(line.value()))
        self.epoch_spin.setValue(epoch)
        self._update_chosen_epoch()

    def _on_log_scale_toggled(self, checked: bool) -> None:
        self.plot.setLogMode(y=checked)
