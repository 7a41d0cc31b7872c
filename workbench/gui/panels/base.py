"""Base class of the parameter panels and the input widgets they share.

Each panel edits one section of a :class:`~workbench.engine.config.RunConfig`.
It lays out one form row per config field. Under each field sits an error
label that shows the :class:`~workbench.engine.config.ConfigError` text for
that field, hidden while the field is valid.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from workbench.engine.config import ConfigError, RunConfig

#: Style of the error text under an invalid field.
ERROR_STYLE = "color: #b00020;"
#: Characters a parameter combo box shows at least; longer entries are elided.
COMBO_MINIMUM_CHARACTERS = 14


class WrappingLabel(QLabel):
    """A word-wrapped label that keeps the height its text needs at its current width.

    A plain wrapped QLabel inside a QFormLayout row got the height computed for
    another width, so a long message was cut at its top and bottom.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_height()

    # NOTE: the form row can stay taller than the text after the dock widens, because QFormLayout keeps the
    # height it computed for the narrower width; the text is never cut.
    def _fit_height(self) -> None:
        needed = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.updateGeometry()


class NumberEdit(QLineEdit):
    """A line edit for a real number, typed freely (``0.01``, ``1e-8``).

    :meth:`value` returns None while the text is not a finite number, so the
    panel can report the field instead of guessing a value.
    """

    def __init__(self, value: float = 0.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_value(value)

    def value(self) -> float | None:
        try:
            number = float(self.text().strip())
        except ValueError:
            return None
        return number if math.isfinite(number) else None

    def set_value(self, value: float) -> None:
        # 10 significant digits show 1e-08 and 0.999 exactly as typed.
        self.setText(format(float(value), ".10g"))


class ConfigPanel(QWidget):
    """A form that edits one section of a RunConfig.

    Subclasses add their rows with :meth:`add_field`, fill the widgets in
    :meth:`load_config` and write them back in :meth:`store_into`.
    ``edited`` is emitted after every user change (not while loading).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._field_widgets: dict[str, QWidget] = {}
        self._field_rows: dict[str, QWidget] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._loading = False

    def add_field(self, field_path: str, label_text: str, widget: QWidget, tool_tip: str = "") -> None:
        """Add a row for ``field_path`` (e.g. ``"optimizer.beta1"``) with its error label underneath."""
        if isinstance(widget, QComboBox):
            # By default a combo box is as wide as its longest entry, which made the
            # panel wider than its dock. The panels use ElidedComboBox, which elides long entries.
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(COMBO_MINIMUM_CHARACTERS)

        row = QWidget(self)
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.setSpacing(2)
        row_layout.addWidget(widget)

        error_label = WrappingLabel(row)
        error_label.setObjectName(f"error:{field_path}")
        error_label.setWordWrap(True)
        error_label.setStyleSheet(ERROR_STYLE)
        error_label.hide()
        row_layout.addWidget(error_label)

        label = QLabel(label_text, self)
        label.setBuddy(widget)
        if tool_tip:
            label.setToolTip(tool_tip)
            widget.setToolTip(tool_tip)
        self._form.addRow(label, row)

        self._field_widgets[field_path] = widget
        self._field_rows[field_path] = row
        self._error_labels[field_path] = error_label

    @property
    def field_paths(self) -> tuple[str, ...]:
        """The dotted config paths this panel edits."""
        return tuple(self._field_widgets)

    def field_widget(self, field_path: str) -> QWidget:
        return self._field_widgets[field_path]

    def error_text(self, field_path: str) -> str:
        """Return the error shown under ``field_path``, or "" when the field is valid."""
        label = self._error_labels[field_path]
        return label.text() if not label.isHidden() else ""

    def set_field_visible(self, field_path: str, visible: bool) -> None:
        self._form.setRowVisible(self._field_rows[field_path], visible)

    def is_field_visible(self, field_path: str) -> bool:
        """True when the row of ``field_path`` is shown (ignoring whether the panel itself is)."""
        return self._field_widgets[field_path].isVisibleTo(self)

    def show_error(self, field_path: str, message: str) -> None:
        label = self._error_labels[field_path]
        label.setText(message)
        label.show()

    def clear_errors(self) -> None:
        for label in self._error_labels.values():
            label.clear()
            label.hide()

    def load_config(self, config: RunConfig) -> None:
        """Show the values of ``config`` without emitting ``edited``."""
        self._loading = True
        try:
            self._load(config)
        finally:
            self._loading = False

    def _load(self, config: RunConfig) -> None:
        raise NotImplementedError

    def store_into(self, config: RunConfig) -> list[ConfigError]:
        """Write the shown values into ``config``; return errors for fields whose text cannot be read."""
        raise NotImplementedError

    def _on_field_edited(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _read_number(self, field_path: str, errors: list[ConfigError], fallback: float) -> float:
        """Return the number in the NumberEdit of ``field_path``, or ``fallback`` after adding an error."""
        edit = self._field_widgets[field_path]
        value = edit.value()
        if value is None:
            # translate() with an explicit context, because self.tr() in a base class
            # would look the text up under the subclass's name.
            errors.append(ConfigError(field_path, edit.text(),
                                      QCoreApplication.translate("ConfigPanel", "is not a number"),
                                      QCoreApplication.translate("ConfigPanel", "type a number such as 0.01 or 1e-8")))
            return fallback
        return value
