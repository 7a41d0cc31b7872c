"""Edit one sweep axis: the setting, from, to, count and log scale, producing the engine's grid spec.

The spec is ``NAME=FROM:TO:log:COUNT`` or ``NAME=FROM:TO:lin:COUNT``, and
``seed=FROM:TO`` for seed repeats (every whole number from FROM to TO). See
:mod:`workbench.engine.sweep` for the syntax. The editor parses its own spec
with ``parse_grid_spec`` and previews the values, or the error, under the
fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from workbench.engine.sweep import MAX_AXIS_VALUES, GridAxis, SweepError, format_value, parse_grid_spec
from workbench.gui.engine_messages import engine_error_text
from workbench.gui.panels.base import WrappingLabel
from workbench.gui.panels.elided_widgets import ElidedComboBox

#: Values shown in the preview before it is cut with "…".
PREVIEW_VALUES = 8


@dataclass(frozen=True)
class AxisPreset:
    """A setting the editor offers, with the range it starts from when chosen."""

    name: str  # the grid name, a key of engine.sweep.SHORT_NAMES
    start: float
    stop: float
    count: int
    log: bool
    whole_numbers: bool = False  # seed: every whole number from start to stop, no count or scale


PRESETS = (
    AxisPreset("learning_rate", 1e-4, 1e-1, 4, log=True),
    AxisPreset("beta", 0.5, 0.99, 4, log=False),
    AxisPreset("beta1", 0.8, 0.99, 3, log=False),
    AxisPreset("beta2", 0.9, 0.9999, 3, log=False),
    AxisPreset("mini_batch_size", 16, 256, 5, log=True),
    AxisPreset("decay_rate", 0.0, 2.0, 5, log=False),
    AxisPreset("seed", 0, 4, 5, log=False, whole_numbers=True),
)


def preset_title(name: str) -> str:
    """Return the display name of a sweepable setting in the interface language."""
    titles = {
        "learning_rate": QCoreApplication.translate("AxisEditor", "Learning rate α"),
        "beta": QCoreApplication.translate("AxisEditor", "Momentum β"),
        "beta1": QCoreApplication.translate("AxisEditor", "Adam β1"),
        "beta2": QCoreApplication.translate("AxisEditor", "β2 (RMSprop, Adam)"),
        "mini_batch_size": QCoreApplication.translate("AxisEditor", "Mini-batch size"),
        "decay_rate": QCoreApplication.translate("AxisEditor", "Decay rate"),
        "seed": QCoreApplication.translate("AxisEditor", "Seed repeats"),
    }
    return titles.get(name, name)


class AxisEditor(QWidget):
    """One axis of a sweep grid; ``changed`` is emitted after every edit."""

    changed = Signal()

    def __init__(self, initial: str = "learning_rate", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presets = {preset.name: preset for preset in PRESETS}

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setting_combo = ElidedComboBox(self)
        self.setting_combo.setObjectName("axis_setting")
        for preset in PRESETS:
            self.setting_combo.addItem(preset_title(preset.name), preset.name)
        self.start_edit = QLineEdit(self)
        self.start_edit.setObjectName("axis_start")
        self.stop_edit = QLineEdit(self)
        self.stop_edit.setObjectName("axis_stop")
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("axis_count")
        self.count_spin.setRange(1, MAX_AXIS_VALUES)
        self.log_check = QCheckBox(self.tr("log scale"), self)
        self.log_check.setObjectName("axis_log")
        self.log_check.setToolTip(self.tr("Space the values evenly in log10, as learning rates are usually tuned"))
        # A plain word-wrapped label in this grid got the height of one line, which cut an error off.
        self.preview_label = WrappingLabel(self)
        self.preview_label.setObjectName("axis_preview")

        self.count_label = QLabel(self.tr("count"), self)
        layout.addWidget(QLabel(self.tr("Setting"), self), 0, 0)
        layout.addWidget(self.setting_combo, 0, 1, 1, 3)
        layout.addWidget(QLabel(self.tr("from"), self), 1, 0)
        layout.addWidget(self.start_edit, 1, 1)
        layout.addWidget(QLabel(self.tr("to"), self), 1, 2)
        layout.addWidget(self.stop_edit, 1, 3)
        layout.addWidget(self.count_label, 2, 0)
        layout.addWidget(self.count_spin, 2, 1)
        layout.addWidget(self.log_check, 2, 2, 1, 2)
        layout.addWidget(self.preview_label, 3, 0, 1, 4)

        self.setting_combo.currentIndexChanged.connect(self._on_setting_combo_changed)
        self.start_edit.textEdited.connect(self._on_field_edited)
        self.stop_edit.textEdited.connect(self._on_field_edited)
        self.count_spin.valueChanged.connect(self._on_field_edited)
        self.log_check.toggled.connect(self._on_field_edited)

        self.setting_combo.setCurrentIndex(max(self.setting_combo.findData(initial), 0))
        self._apply_preset(self.setting_name)

    # -- public -----------------------------------------------------------------------------------

    @property
    def setting_name(self) -> str:
        return self.setting_combo.currentData()

    @property
    def is_log(self) -> bool:
        """True when the values are spaced in log10."""
        return self.log_check.isEnabled() and self.log_check.isChecked()

    def set_range(self, name: str, start: float, stop: float, count: int = 1, log: bool = False) -> None:
        """Choose the setting ``name`` and its range in one step (count and log are ignored for seed)."""
        self.setting_combo.blockSignals(True)
        self.setting_combo.setCurrentIndex(max(self.setting_combo.findData(name), 0))
        self.setting_combo.blockSignals(False)
        self._apply_preset(self.setting_name)
        self.start_edit.setText(format_value(start))
        self.stop_edit.setText(format_value(stop))
        self.count_spin.setValue(count)
        self.log_check.setChecked(log)
        self._update_preview()
        self.changed.emit()

    def spec(self) -> str:
        """Return the grid spec of the fields, e.g. ``learning_rate=0.0001:0.1:log:4``; it may be invalid."""
        preset = self._presets[self.setting_name]
        start = self.start_edit.text().strip()
        stop = self.stop_edit.text().strip()
        if preset.whole_numbers:
            return f"{preset.name}={start}:{stop}"
        scale = "log" if self.log_check.isChecked() else "lin"
        return f"{preset.name}={start}:{stop}:{scale}:{self.count_spin.value()}"

    def axis(self) -> GridAxis:
        """Return the parsed axis; raise ``SweepError`` with the reason when the fields are invalid."""
        return parse_grid_spec(self.spec())

    def error(self) -> str:
        """Return why the fields are invalid, or "" when they are valid."""
        try:
            self.axis()
        except SweepError as error:
            return engine_error_text(error)
        return ""

    # -- internals --------------------------------------------------------------------------------

    def _apply_preset(self, name: str) -> None:
        preset = self._presets[name]
        for widget in (self.start_edit, self.stop_edit, self.count_spin, self.log_check):
            widget.blockSignals(True)
        self.start_edit.setText(format_value(int(preset.start) if preset.whole_numbers else float(preset.start)))
        self.stop_edit.setText(format_value(int(preset.stop) if preset.whole_numbers else float(preset.stop)))
        self.count_spin.setValue(preset.count)
        self.log_check.setChecked(preset.log)
        for widget in (self.start_edit, self.stop_edit, self.count_spin, self.log_check):
            widget.blockSignals(False)

        # Seed repeats take every whole number in the range, so count and scale do not apply.
        self.count_spin.setEnabled(not preset.whole_numbers)
        self.count_label.setEnabled(not preset.whole_numbers)
        self.log_check.setEnabled(not preset.whole_numbers)
        self._update_preview()

    def _update_preview(self) -> None:
        try:
            axis = self.axis()
        except SweepError as error:
            self.preview_label.setStyleSheet("color: #c0392b;")
            self.preview_label.setText(engine_error_text(error))
            return

        preview_values = [format_value(value) for value in axis.values[:PREVIEW_VALUES]]
        if len(axis.values) > PREVIEW_VALUES:
            preview_values.append("…")
        self.preview_label.setStyleSheet("color: #505050;")
        self.preview_label.setText(self.tr("{0} values: {1}").format(len(axis.values), ", ".join(preview_values)))

    def _on_setting_combo_changed(self, _index: int) -> None:
        self._apply_preset(self.setting_name)
        self.changed.emit()

    def _on_field_edited(self, *_args) -> None:
        self._update_preview()
        self.changed.emit()
