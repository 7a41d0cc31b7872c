"""The Learning-rate decay panel: the schedule, only its parameters, and a preview of α over the epochs."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QSpinBox, QWidget

from workbench.engine.config import ConfigError, RunConfig
from workbench.engine.schedules import SCHEDULE_NAMES, Schedule, ScheduleError
from workbench.gui.panels.base import ConfigPanel, NumberEdit
from workbench.gui.panels.elided_widgets import ElidedComboBox
from workbench.gui.plot_style import BACKGROUND, style_plot_item

#: Schedule parameters each schedule uses, by ScheduleConfig field name.
SCHEDULE_PARAMETERS = {
    "constant": (),
    "inverse_time": ("decay_rate",),
    "exponential": ("base",),
    "inverse_sqrt": ("k",),
    "stepwise": ("decay_rate", "interval"),
}

#: Most epochs the preview evaluates; longer runs are previewed on a subsample of epochs.
PREVIEW_MAX_POINTS = 2000


class SchedulePanel(ConfigPanel):
    """Edits ``config.schedule`` and previews α(epoch) for the whole run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.name_combo = ElidedComboBox(self)
        titles = {
            "constant": self.tr("Constant: α = α0"),
            "inverse_time": self.tr("Inverse time: α0 / (1 + decay · epoch)"),
            "exponential": self.tr("Exponential: base^epoch · α0"),
            "inverse_sqrt": self.tr("Inverse square root: k · α0 / √(epoch + 1)"),
            "stepwise": self.tr("Stepwise: α0 / (1 + decay · ⌊epoch / interval⌋)"),
        }
        for name in SCHEDULE_NAMES:
            self.name_combo.addItem(titles.get(name, name), name)
        self.add_field("schedule.name", self.tr("Schedule"), self.name_combo,
                       self.tr("How α decays; the epoch is counted from 0, and the first epoch always uses α0 "
                               "(k·α0 for the square-root schedule)"))

        self.decay_rate_edit = NumberEdit(1.0, self)
        self.add_field("schedule.decay_rate", self.tr("Decay rate"), self.decay_rate_edit,
                       self.tr("The decay in α0 / (1 + decay · …); 0 keeps α constant"))

        self.base_edit = NumberEdit(0.95, self)
        self.add_field("schedule.base", self.tr("Base"), self.base_edit,
                       self.tr("Factor applied to α once per epoch, in (0, 1], e.g. 0.95"))

        self.k_edit = NumberEdit(1.0, self)
        self.add_field("schedule.k", self.tr("k"), self.k_edit, self.tr("Scale k in k · α0 / √(epoch + 1)"))

        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, 1_000_000)
        self.add_field("schedule.interval", self.tr("Interval (epochs)"), self.interval_spin,
                       self.tr("Epochs between two decay steps"))

        self.preview_plot = pg.PlotWidget(self)
        self.preview_plot.setObjectName("schedule_preview")
        self.preview_plot.setMinimumHeight(150)
        self.preview_plot.setMaximumHeight(190)
        self.preview_plot.setMenuEnabled(False)
        self.preview_plot.setMouseEnabled(x=False, y=False)
        self.preview_plot.setBackground(BACKGROUND)
        plot_item = self.preview_plot.getPlotItem()
        style_plot_item(plot_item, self.tr("α over the epochs"), self.tr("Epoch"), self.tr("α"))
        self.preview_curve = plot_item.plot(pen=pg.mkPen("#1f77b4", width=2))
        self._form.addRow(self.preview_plot)

        self.name_combo.currentIndexChanged.connect(self._on_name_combo_changed)
        for edit in (self.decay_rate_edit, self.base_edit, self.k_edit):
            edit.textChanged.connect(self._on_field_edited)
        self.interval_spin.valueChanged.connect(self._on_field_edited)
        self._update_visible_fields()

    def current_schedule(self) -> str:
        return self.name_combo.currentData()

    def _update_visible_fields(self) -> None:
        used = SCHEDULE_PARAMETERS[self.current_schedule()]
        for name in ("decay_rate", "base", "k", "interval"):
            self.set_field_visible(f"schedule.{name}", name in used)

    def _on_name_combo_changed(self, _index: int) -> None:
        self._update_visible_fields()
        self._on_field_edited()

    def update_preview(self, config: RunConfig) -> None:
        """Draw α for epochs 0 … epochs−1 of ``config``; an invalid schedule clears the curve."""
        schedule_config = config.schedule
        try:
            schedule = Schedule(name=schedule_config.name, decay_rate=schedule_config.decay_rate,
                                base=schedule_config.base, k=schedule_config.k, interval=schedule_config.interval)
        except ScheduleError:
            # stepMode is passed on every call because the curve keeps the last one it was given.
            self.preview_curve.setData([], [], stepMode=None)
            return

        n_epochs = max(1, int(config.training.epochs))
        epochs = np.unique(np.linspace(0, n_epochs - 1, min(n_epochs, PREVIEW_MAX_POINTS)).astype(np.int64))
        rates = schedule.learning_rate(config.optimizer.learning_rate, epochs)
        # Start the axis at 0 so a constant or slowly decaying α is not magnified into noise.
        self.preview_plot.setYRange(0.0, float(np.max(rates)) * 1.1, padding=0)
        # A stepwise schedule is a staircase, so it is drawn with stepMode "center", which takes one
        # more x value (the bin edges) than y values. Every other schedule resets stepMode to None.
        if schedule.name == "stepwise":
            self.preview_curve.setData(np.append(epochs, n_epochs), rates, stepMode="center")
        else:
            self.preview_curve.setData(epochs, rates, stepMode=None)

    def _load(self, config: RunConfig) -> None:
        schedule = config.schedule
        self.name_combo.setCurrentIndex(max(0, self.name_combo.findData(schedule.name)))
        self.decay_rate_edit.set_value(schedule.decay_rate)
        self.base_edit.set_value(schedule.base)
        self.k_edit.set_value(schedule.k)
        self.interval_spin.setValue(schedule.interval)
        self._update_visible_fields()

    def store_into(self, config: RunConfig) -> list[ConfigError]:
        errors: list[ConfigError] = []
        schedule = config.schedule
        schedule.name = self.current_schedule()
        used = SCHEDULE_PARAMETERS[schedule.name]
        for name in ("decay_rate", "base", "k"):
            edit = getattr(self, f"{name}_edit")
            if name in used:
                setattr(schedule, name, self._read_number(f"schedule.{name}", errors, getattr(schedule, name)))
            elif edit.value() is not None:
                setattr(schedule, name, edit.value())
        schedule.interval = self.interval_spin.value()
        return errors
