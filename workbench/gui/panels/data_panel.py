"""The Data panel: a generated 2-D set or a CSV file, its label column, size, noise and split."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QDoubleSpinBox, QFileDialog, QLabel, QSpinBox, QWidget

from workbench.engine.config import GENERATED_DATASETS, ConfigError, RunConfig
from workbench.engine.datasets import (
    MULTICLASS_GENERATORS, DatasetError, builtin_datasets, read_csv_header, resolve_csv_path,
)
from workbench.gui.engine_messages import dataset_error_text
from workbench.gui.panels.base import ConfigPanel
from workbench.gui.panels.elided_widgets import ElidedComboBox
from workbench.resources import resource_path

logger = logging.getLogger(__name__)

#: Largest seed the spin boxes accept (Qt spin boxes hold 32-bit ints).
MAX_SEED = 2**31 - 1

# Kinds of entries in the source combo box; the item data is (kind, value).
GENERATED = "generated"
CSV_FILE = "csv"
OPEN_CSV = "open"


def portable_csv_path(path: Path) -> str:
    """Return ``path`` relative to resources/datasets/ when it lies there, else the absolute path.

    Shipped sets are stored by file name, so a saved experiment opens on any installation.
    """
    path = Path(path).resolve()
    shipped_dir = resource_path("datasets").resolve()
    if path.parent == shipped_dir:
        return path.name
    return str(path)


class DataPanel(ConfigPanel):
    """Edits ``config.data``: the source, the CSV label column, size, noise, classes, split and seed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._class_names: list[str] = []
        self._loaded_source: tuple[str, str, str] = ("", "", "")
        self._previous_source_index = 0
        self._header_error = ""

        self.source_combo = ElidedComboBox(self)
        self._fill_source_combo()
        self.add_field("data.source", self.tr("Data set"), self.source_combo,
                       self.tr("A generated 2-D set, a CSV file shipped with the app, or your own CSV file"))

        self.label_column_combo = ElidedComboBox(self)
        self.add_field("data.label_column", self.tr("Label column"), self.label_column_combo,
                       self.tr("The CSV column that holds the class labels; every other column is a feature"))

        self.n_samples_spin = QSpinBox(self)
        self.n_samples_spin.setRange(10, 100_000)
        self.n_samples_spin.setSingleStep(50)
        self.add_field("data.n_samples", self.tr("Samples"), self.n_samples_spin,
                       self.tr("Number of points to generate, training and validation together"))

        self.noise_spin = QDoubleSpinBox(self)
        self.noise_spin.setRange(0.0, 10.0)
        self.noise_spin.setDecimals(2)
        self.noise_spin.setSingleStep(0.05)
        self.add_field("data.noise", self.tr("Noise"), self.noise_spin,
                       self.tr("Standard deviation of the Gaussian noise added to each generated point"))

        self.n_classes_spin = QSpinBox(self)
        self.n_classes_spin.setRange(2, 10)
        self.add_field("data.n_classes", self.tr("Classes"), self.n_classes_spin,
                       self.tr("Number of classes (spirals and blobs only)"))

        self.validation_spin = QDoubleSpinBox(self)
        self.validation_spin.setRange(0.0, 0.9)
        self.validation_spin.setDecimals(2)
        self.validation_spin.setSingleStep(0.05)
        self.add_field("data.validation_fraction", self.tr("Validation share"), self.validation_spin,
                       self.tr("Share of the samples held out for validation (0 to 0.9)"))

        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, MAX_SEED)
        self.add_field("data.seed", self.tr("Seed"), self.seed_spin,
                       self.tr("Seeds the data generator and the training/validation split"))

        self.loading_label = QLabel(self.tr("Loading the data set…"), self)
        self.loading_label.setObjectName("data_loading")
        self._form.addRow(self.loading_label)
        self._form.setRowVisible(self.loading_label, False)

        self.source_combo.currentIndexChanged.connect(self._on_source_combo_changed)
        self.label_column_combo.currentIndexChanged.connect(self._on_field_edited)
        self.n_samples_spin.valueChanged.connect(self._on_field_edited)
        self.noise_spin.valueChanged.connect(self._on_field_edited)
        self.n_classes_spin.valueChanged.connect(self._on_field_edited)
        self.validation_spin.valueChanged.connect(self._on_field_edited)
        self.seed_spin.valueChanged.connect(self._on_field_edited)
        self._update_visible_fields()

    def _fill_source_combo(self) -> None:
        titles = {
            "moons": self.tr("Moons (generated)"),
            "circles": self.tr("Circles (generated)"),
            "spirals": self.tr("Spirals (generated)"),
            "xor": self.tr("XOR (generated)"),
            "blobs": self.tr("Blobs (generated)"),
        }
        for name in GENERATED_DATASETS:
            self.source_combo.addItem(titles.get(name, name), (GENERATED, name))
        self.source_combo.insertSeparator(self.source_combo.count())

        shipped_titles = {
            "breast_cancer": self.tr("Breast cancer (CSV, 30 features)"),
            "iris": self.tr("Iris (CSV, 4 features, 3 classes)"),
            "digits": self.tr("Digits (CSV, 64 features, 10 classes)"),
        }
        for name, path in builtin_datasets().items():
            if path.is_file():
                self.source_combo.addItem(shipped_titles.get(name, name), (CSV_FILE, portable_csv_path(path)))
            else:
                logger.warning("The shipped data set %s is missing at %s", name, path)
        self.source_combo.insertSeparator(self.source_combo.count())
        self.source_combo.addItem(self.tr("Open CSV…"), (OPEN_CSV, ""))

    def _source_index(self, kind: str, value: str) -> int:
        for index in range(self.source_combo.count()):
            if self.source_combo.itemData(index) == (kind, value):
                return index
        return -1

    def add_csv_file(self, path: str | Path) -> None:
        """Add the CSV file ``path`` to the source list (once) and select it."""
        stored = portable_csv_path(Path(path))
        index = self._source_index(CSV_FILE, stored)
        if index < 0:
            index = self.source_combo.count() - 2  # before the separator above "Open CSV…"
            self.source_combo.insertItem(index, Path(stored).name, (CSV_FILE, stored))
        self.source_combo.setCurrentIndex(index)

    def set_loading(self, loading: bool) -> None:
        """Show or hide the "Loading the data set…" line under the data settings."""
        self._form.setRowVisible(self.loading_label, loading)

    @property
    def shows_loading(self) -> bool:
        """True while the loading line is shown."""
        return self.loading_label.isVisibleTo(self)

    def current_source(self) -> tuple[str, str]:
        """Return the selected entry as (kind, value): ("generated", "moons") or ("csv", path)."""
        return self.source_combo.currentData()

    def _on_source_combo_changed(self, index: int) -> None:
        kind, _value = self.source_combo.itemData(index) or ("", "")
        if kind == OPEN_CSV:
            self._choose_csv_file()
            return

        self._previous_source_index = index
        self._reload_label_columns()
        self._update_visible_fields()
        self._on_field_edited()

    def _choose_csv_file(self) -> None:
        # Go back to the previous entry first, so a cancelled dialog leaves the selection as it was.
        self.source_combo.blockSignals(True)
        self.source_combo.setCurrentIndex(self._previous_source_index)
        self.source_combo.blockSignals(False)

        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open CSV data set"), "",
                                                    self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.add_csv_file(path)

    def _reload_label_columns(self, selected: str = "") -> None:
        kind, value = self.current_source()
        self.label_column_combo.blockSignals(True)
        self.label_column_combo.clear()
        self._header_error = ""

        if kind == CSV_FILE:
            self.label_column_combo.addItem(self.tr("(last column)"), "")
            try:
                # NOTE: read_csv_header reads and decodes the whole file in the GUI thread, about 0.17 s for
                # 36 MB on a 2-core test machine. Only the full parse runs in the background (data_preview).
                columns = read_csv_header(resolve_csv_path(value))
            except DatasetError as error:
                self._header_error = dataset_error_text(error)
                columns = []
            for column in columns:
                self.label_column_combo.addItem(column, column)
            if selected and self.label_column_combo.findData(selected) < 0:
                # Keep a stored column that the file no longer has, so validation can name it.
                self.label_column_combo.addItem(selected, selected)
            self.label_column_combo.setCurrentIndex(max(0, self.label_column_combo.findData(selected)))

        self.label_column_combo.blockSignals(False)

    def _update_visible_fields(self) -> None:
        kind, value = self.current_source()
        generated = kind == GENERATED
        self.set_field_visible("data.label_column", not generated)
        self.set_field_visible("data.n_samples", generated)
        self.set_field_visible("data.noise", generated)
        self.set_field_visible("data.n_classes", generated and value in MULTICLASS_GENERATORS)

    def set_class_names(self, class_names: list[str]) -> None:
        """Remember the class names the loaded CSV set reported; they go into ``config.data.class_names``."""
        self._class_names = list(class_names)
        self._loaded_source = self._source_key()

    def _source_key(self) -> tuple[str, str, str]:
        kind, value = self.current_source()
        return kind, value, self.label_column_combo.currentData() or ""

    def _load(self, config: RunConfig) -> None:
        data = config.data
        if data.source == "csv":
            stored = portable_csv_path(resolve_csv_path(data.csv_path)) if _csv_exists(data.csv_path) else data.csv_path
            index = self._source_index(CSV_FILE, stored)
            if index < 0:
                index = self.source_combo.count() - 2
                self.source_combo.insertItem(index, Path(stored).name, (CSV_FILE, stored))
        else:
            index = self._source_index(GENERATED, data.source)

        self.source_combo.blockSignals(True)
        self.source_combo.setCurrentIndex(index)
        self.source_combo.blockSignals(False)
        self._previous_source_index = index
        self._reload_label_columns(data.label_column)

        self.n_samples_spin.setValue(data.n_samples)
        self.noise_spin.setValue(data.noise)
        self.n_classes_spin.setValue(data.n_classes)
        self.validation_spin.setValue(data.validation_fraction)
        self.seed_spin.setValue(data.seed)
        self._update_visible_fields()

        self._class_names = list(data.class_names)
        self._loaded_source = self._source_key()

    @property
    def header_error(self) -> str:
        """The window text of the error raised by reading the chosen CSV file's header, or "" when the header was read."""
        if self.current_source()[0] != CSV_FILE:
            return ""
        return self._header_error

    def store_into(self, config: RunConfig) -> list[ConfigError]:
        errors: list[ConfigError] = []
        data = config.data
        kind, value = self.current_source()

        if kind == CSV_FILE:
            data.source = "csv"
            data.csv_path = value
            data.label_column = self.label_column_combo.currentData() or ""
        else:
            data.source = value
            data.csv_path = ""
            data.label_column = ""

        # Class names belong to one CSV file and label column; forget them when either changes.
        same_source = kind == CSV_FILE and self._source_key() == self._loaded_source
        data.class_names = list(self._class_names) if same_source else []

        data.n_samples = self.n_samples_spin.value()
        data.noise = self.noise_spin.value()
        data.n_classes = self.n_classes_spin.value()
        data.validation_fraction = self.validation_spin.value()
        data.seed = self.seed_spin.value()
        return errors


def _csv_exists(path: str) -> bool:
    try:
        resolve_csv_path(path)
    except DatasetError:
        return False
    return True
