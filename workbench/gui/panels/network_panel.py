"""The Network panel: hidden layer sizes, activation, weight initialization, L2 and seed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from workbench.engine.config import ACTIVATIONS, INITIALIZATIONS, ConfigError, RunConfig
from workbench.gui.panels.base import ConfigPanel, NumberEdit
from workbench.gui.panels.data_panel import MAX_SEED
from workbench.gui.panels.elided_widgets import ElidedComboBox

def _layer_entries(text: str) -> list[str]:
    """Split a hidden-layer text at commas and then at spaces; an entry between two commas may be empty."""
    if not text.strip():
        return []
    entries = []
    for part in text.split(","):
        entries.extend(part.split() or [""])
    return entries


def parse_hidden_layers(text: str) -> list[int]:
    """Parse "16, 8" (commas and/or spaces) into [16, 8]; an empty text gives [] (no hidden layer).

    Raises ConfigError on ``network.hidden_layers`` naming the first entry that
    is not a whole number of 1 or more. The message is translated. An empty
    entry, as in "16,,8" or "16, 8,", is named as "" and rejected, as the
    command line's ``--layers`` rejects it.
    """
    sizes = []
    for entry in _layer_entries(text):
        if not entry.isdigit() or int(entry) < 1:
            problem = QCoreApplication.translate(
                "NetworkPanel", "\"{0}\" is not a whole number of units (1 or more)").format(entry)
            fix = QCoreApplication.translate(
                "NetworkPanel",
                "list the units per hidden layer, e.g. 16, 8, or leave it empty for logistic regression")
            raise ConfigError("network.hidden_layers", text, problem, fix)
        sizes.append(int(entry))
    return sizes


def format_hidden_layers(sizes: list[int]) -> str:
    """Format [16, 8] as "16, 8"."""
    return ", ".join(str(size) for size in sizes)


class NetworkPanel(ConfigPanel):
    """Edits ``config.network``; the hidden-layer text is checked on every keystroke."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.hidden_layers_edit = QLineEdit(self)
        self.hidden_layers_edit.setPlaceholderText(self.tr("e.g. 16, 8 (empty: logistic regression)"))
        self.add_field("network.hidden_layers", self.tr("Hidden layers"), self.hidden_layers_edit,
                       self.tr("Units per hidden layer, separated by commas; input and output sizes follow the data"))

        self.activation_combo = ElidedComboBox(self)
        activation_titles = {
            "relu": self.tr("ReLU"),
            "leaky_relu": self.tr("Leaky ReLU"),
            "tanh": self.tr("tanh"),
            "sigmoid": self.tr("Sigmoid"),
        }
        for name in ACTIVATIONS:
            self.activation_combo.addItem(activation_titles.get(name, name), name)
        self.add_field("network.activation", self.tr("Activation"), self.activation_combo,
                       self.tr("Activation of the hidden layers; the output layer uses sigmoid or softmax"))

        self.initialization_combo = ElidedComboBox(self)
        initialization_titles = {
            "he": self.tr("He (for ReLU)"),
            "xavier": self.tr("Xavier (for tanh, sigmoid)"),
        }
        for name in INITIALIZATIONS:
            self.initialization_combo.addItem(initialization_titles.get(name, name), name)
        self.add_field("network.initialization", self.tr("Initialization"), self.initialization_combo,
                       self.tr("Scale of the random initial weights"))

        self.l2_edit = NumberEdit(0.0, self)
        self.add_field("network.l2", self.tr("L2 λ"), self.l2_edit,
                       self.tr("Strength λ of the L2 penalty (λ / 2m)·Σ‖W‖²; 0 turns it off"))

        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, MAX_SEED)
        self.add_field("network.seed", self.tr("Seed"), self.seed_spin, self.tr("Seeds the weight initialization"))

        self.hidden_layers_edit.textChanged.connect(self._on_field_edited)
        self.activation_combo.currentIndexChanged.connect(self._on_field_edited)
        self.initialization_combo.currentIndexChanged.connect(self._on_field_edited)
        self.l2_edit.textChanged.connect(self._on_field_edited)
        self.seed_spin.valueChanged.connect(self._on_field_edited)

    def _load(self, config: RunConfig) -> None:
        network = config.network
        self.hidden_layers_edit.setText(format_hidden_layers(network.hidden_layers))
        self.activation_combo.setCurrentIndex(max(0, self.activation_combo.findData(network.activation)))
        self.initialization_combo.setCurrentIndex(max(0, self.initialization_combo.findData(network.initialization)))
        self.l2_edit.set_value(network.l2)
        self.seed_spin.setValue(network.seed)

    def store_into(self, config: RunConfig) -> list[ConfigError]:
        errors: list[ConfigError] = []
        network = config.network
        try:
            network.hidden_layers = parse_hidden_layers(self.hidden_layers_edit.text())
        except ConfigError as error:
            errors.append(error)
        network.activation = self.activation_combo.currentData()
        network.initialization = self.initialization_combo.currentData()
        network.l2 = self._read_number("network.l2", errors, network.l2)
        network.seed = self.seed_spin.value()
        return errors
