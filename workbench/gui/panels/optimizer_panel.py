"""The Optimizer panel: the optimizer and only the hyperparameters that apply to it.

α applies to every optimizer; β to momentum; β2 and ε to RMSprop; β1, β2, ε
and bias correction to Adam. The applicable set is read from
``engine.optimizers.COURSE_DEFAULTS``, which also supplies the values of the
"Course defaults" button.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from workbench.engine.config import ConfigError, RunConfig
from workbench.engine.optimizers import COURSE_DEFAULTS, OPTIMIZER_NAMES
from workbench.gui.panels.base import ConfigPanel, NumberEdit
from workbench.gui.panels.elided_widgets import ElidedComboBox

#: The hyperparameter fields of OptimizerConfig that only some optimizers use.
OPTIONAL_HYPERPARAMETERS = ("beta", "beta1", "beta2", "epsilon", "bias_correction")


def applicable_hyperparameters(optimizer_name: str) -> tuple[str, ...]:
    """Return the optional hyperparameters ``optimizer_name`` uses (α, used by all, is not listed)."""
    return tuple(name for name in OPTIONAL_HYPERPARAMETERS if name in COURSE_DEFAULTS[optimizer_name])


class OptimizerPanel(ConfigPanel):
    """Edits ``config.optimizer`` and hides the fields the chosen optimizer ignores."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.name_combo = ElidedComboBox(self)
        titles = {
            "gd": self.tr("Gradient descent"),
            "momentum": self.tr("Momentum"),
            "rmsprop": self.tr("RMSprop"),
            "adam": self.tr("Adam"),
        }
        for name in OPTIMIZER_NAMES:
            self.name_combo.addItem(titles.get(name, name), name)
        self.add_field("optimizer.name", self.tr("Optimizer"), self.name_combo)

        self.learning_rate_edit = NumberEdit(0.01, self)
        self.add_field("optimizer.learning_rate", self.tr("Learning rate α"), self.learning_rate_edit,
                       self.tr("Step size α0 before any decay; tune it on a log scale (0.1, 0.01, 0.001)"))

        self.beta_edit = NumberEdit(0.9, self)
        self.add_field("optimizer.beta", self.tr("Momentum β"), self.beta_edit,
                       self.tr("Weight of the past gradients in the velocity V; 0.9 averages about 10 steps"))

        self.beta1_edit = NumberEdit(0.9, self)
        self.add_field("optimizer.beta1", self.tr("β1 (first moment)"), self.beta1_edit,
                       self.tr("Decay of the gradient average V in Adam, usually 0.9"))

        self.beta2_edit = NumberEdit(0.999, self)
        self.add_field("optimizer.beta2", self.tr("β2 (second moment)"), self.beta2_edit,
                       self.tr("Decay of the squared-gradient average S, usually 0.999"))

        self.epsilon_edit = NumberEdit(1e-8, self)
        self.add_field("optimizer.epsilon", self.tr("ε"), self.epsilon_edit,
                       self.tr("Added to √S in the denominator so it is never 0, usually 1e-8"))

        self.bias_correction_check = QCheckBox(self.tr("Divide V and S by (1 − βᵗ)"), self)
        self.add_field("optimizer.bias_correction", self.tr("Bias correction"), self.bias_correction_check,
                       self.tr("Undo the pull toward 0 of the first steps' averages"))

        self.course_defaults_button = QPushButton(self.tr("Course defaults"), self)
        self.course_defaults_button.setToolTip(
            self.tr("Set the shown hyperparameters to the course's values (α is kept)"))
        self._form.addRow(self.course_defaults_button)

        self.name_combo.currentIndexChanged.connect(self._on_name_combo_changed)
        for edit in (self.learning_rate_edit, self.beta_edit, self.beta1_edit, self.beta2_edit, self.epsilon_edit):
            edit.textChanged.connect(self._on_field_edited)
        self.bias_correction_check.toggled.connect(self._on_field_edited)
        self.course_defaults_button.clicked.connect(self._on_course_defaults_clicked)
        self._update_visible_fields()

    def current_optimizer(self) -> str:
        return self.name_combo.currentData()

    def _update_visible_fields(self) -> None:
        applicable = applicable_hyperparameters(self.current_optimizer())
        for name in OPTIONAL_HYPERPARAMETERS:
            self.set_field_visible(f"optimizer.{name}", name in applicable)
        # Plain gradient descent has only α, which the button leaves alone.
        self.course_defaults_button.setVisible(bool(applicable))

    def _on_name_combo_changed(self, _index: int) -> None:
        self._update_visible_fields()
        self._on_field_edited()

    def _on_course_defaults_clicked(self) -> None:
        defaults = COURSE_DEFAULTS[self.current_optimizer()]
        self._loading = True
        try:
            for name, value in defaults.items():
                if name == "bias_correction":
                    self.bias_correction_check.setChecked(value)
                else:
                    getattr(self, f"{name}_edit").set_value(value)
        finally:
            self._loading = False
        self._on_field_edited()

    def _load(self, config: RunConfig) -> None:
        optimizer = config.optimizer
        self.name_combo.setCurrentIndex(max(0, self.name_combo.findData(optimizer.name)))
        self.learning_rate_edit.set_value(optimizer.learning_rate)
        self.beta_edit.set_value(optimizer.beta)
        self.beta1_edit.set_value(optimizer.beta1)
        self.beta2_edit.set_value(optimizer.beta2)
        self.epsilon_edit.set_value(optimizer.epsilon)
        self.bias_correction_check.setChecked(optimizer.bias_correction)
        self._update_visible_fields()

    def store_into(self, config: RunConfig) -> list[ConfigError]:
        errors: list[ConfigError] = []
        optimizer = config.optimizer
        optimizer.name = self.current_optimizer()
        optimizer.learning_rate = self._read_number("optimizer.learning_rate", errors, optimizer.learning_rate)

        # Hidden fields keep their values in the config, but an unreadable
        # hidden field must not block the run, so only shown fields are checked.
        applicable = applicable_hyperparameters(optimizer.name)
        for name in ("beta", "beta1", "beta2", "epsilon"):
            edit = getattr(self, f"{name}_edit")
            if name in applicable:
                setattr(optimizer, name, self._read_number(f"optimizer.{name}", errors, getattr(optimizer, name)))
            elif edit.value() is not None:
                setattr(optimizer, name, edit.value())
        optimizer.bias_correction = self.bias_correction_check.isChecked()
        return errors
