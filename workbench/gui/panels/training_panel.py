"""The Training panel: epochs, mini-batch size (presets or a custom value) and shuffle seed."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from workbench.engine.config import FULL_BATCH, MINI_BATCH_PRESETS, ConfigError, RunConfig
from workbench.gui.panels.base import ConfigPanel
from workbench.gui.panels.data_panel import MAX_SEED
from workbench.gui.panels.elided_widgets import ElidedComboBox

#: Combo-box data of the entry that shows the custom-size spin box.
CUSTOM_SIZE = -1


class TrainingPanel(ConfigPanel):
    """Edits ``config.training``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.epochs_spin = QSpinBox(self)
        self.epochs_spin.setRange(1, 1_000_000)
        self.epochs_spin.setSingleStep(50)
        self.add_field("training.epochs", self.tr("Epochs"), self.epochs_spin,
                       self.tr("Number of passes over the training set"))

        mini_batch_row = QWidget(self)
        mini_batch_layout = QHBoxLayout(mini_batch_row)
        mini_batch_layout.setContentsMargins(0, 0, 0, 0)
        self.mini_batch_combo = ElidedComboBox(mini_batch_row)
        for size in MINI_BATCH_PRESETS:
            if size == FULL_BATCH:
                self.mini_batch_combo.addItem(self.tr("Whole set (batch GD)"), FULL_BATCH)
            elif size == 1:
                self.mini_batch_combo.addItem(self.tr("1 (stochastic GD)"), 1)
            else:
                self.mini_batch_combo.addItem(str(size), size)
        self.mini_batch_combo.addItem(self.tr("Custom…"), CUSTOM_SIZE)
        self.custom_size_spin = QSpinBox(mini_batch_row)
        self.custom_size_spin.setRange(1, 1_000_000)
        self.custom_size_spin.setValue(32)
        mini_batch_layout.addWidget(self.mini_batch_combo, 1)
        mini_batch_layout.addWidget(self.custom_size_spin)
        self.add_field("training.mini_batch_size", self.tr("Mini-batch size"), mini_batch_row,
                       self.tr("Samples per update: 1 is stochastic GD, the whole set is batch GD; "
                               "a size above the training set is clamped to it"))

        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, MAX_SEED)
        self.add_field("training.seed", self.tr("Seed"), self.seed_spin,
                       self.tr("Seeds the shuffle before each epoch"))

        self.epochs_spin.valueChanged.connect(self._on_field_edited)
        self.mini_batch_combo.currentIndexChanged.connect(self._on_mini_batch_combo_changed)
        self.custom_size_spin.valueChanged.connect(self._on_field_edited)
        self.seed_spin.valueChanged.connect(self._on_field_edited)
        self._update_custom_visibility()

    def _update_custom_visibility(self) -> None:
        self.custom_size_spin.setVisible(self.mini_batch_combo.currentData() == CUSTOM_SIZE)

    def _on_mini_batch_combo_changed(self, _index: int) -> None:
        self._update_custom_visibility()
        self._on_field_edited()

    def _load(self, config: RunConfig) -> None:
        training = config.training
        self.epochs_spin.setValue(training.epochs)

        index = self.mini_batch_combo.findData(training.mini_batch_size)
        if index < 0:
            index = self.mini_batch_combo.findData(CUSTOM_SIZE)
            self.custom_size_spin.setValue(training.mini_batch_size)
        self.mini_batch_combo.setCurrentIndex(index)
        self._update_custom_visibility()

        self.seed_spin.setValue(training.seed)

    def store_into(self, config: RunConfig) -> list[ConfigError]:
        training = config.training
        training.epochs = self.epochs_spin.value()
        size = self.mini_batch_combo.currentData()
        training.mini_batch_size = self.custom_size_spin.value() if size == CUSTOM_SIZE else size
        training.seed = self.seed_spin.value()
        return []
