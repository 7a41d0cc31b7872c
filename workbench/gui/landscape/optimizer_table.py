"""The table of racing optimizers: one row per path with its colour and hyperparameters.

Only the cells that apply to a row's optimizer and schedule are editable. A
row whose values the engine rejects keeps its text, shows the engine's
message in its last column and is left out of the race until it is fixed.
That column is hidden while every row is valid.

The columns are fitted to the table's width instead of scrolling sideways:
each gets the width its header and cells need, and when they do not all fit,
the Label and Optimizer columns give up width down to their header's width.
Their text is then elided, and the tooltip shows it in full.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.engine.config import ConfigError, RunConfig, validate
from workbench.engine.landscape import PathSpec, course_presets
from workbench.engine.optimizers import HyperparameterError, check_learning_rate, make_optimizer
from workbench.engine.schedules import Schedule, ScheduleError
from workbench.gui.engine_messages import config_error_text, engine_error_text
from workbench.gui.panels.elided_widgets import ElidedComboBox, show_full_text_of_elided_cells

logger = logging.getLogger(__name__)

# Okabe–Ito colours (distinguishable with the common colour-vision deficiencies),
# then four more that stay readable on the dark map.
PATH_COLOURS = (
    "#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#F0E442",
    "#D55E00", "#0072B2", "#FFFFFF", "#A6D854", "#FC8D62",
)

COLUMN_COLOUR = 0
COLUMN_VISIBLE = 1
COLUMN_LABEL = 2
COLUMN_OPTIMIZER = 3
COLUMN_LEARNING_RATE = 4
COLUMN_BETA = 5
COLUMN_BETA1 = 6
COLUMN_BETA2 = 7
COLUMN_EPSILON = 8
COLUMN_BIAS_CORRECTION = 9
COLUMN_SCHEDULE = 10
COLUMN_DECAY = 11
COLUMN_INTERVAL = 12
COLUMN_MESSAGE = 13
COLUMN_COUNT = 14

NUMBER_COLUMNS = {
    COLUMN_LEARNING_RATE: "learning_rate",
    COLUMN_BETA: "beta",
    COLUMN_BETA1: "beta1",
    COLUMN_BETA2: "beta2",
    COLUMN_EPSILON: "epsilon",
    COLUMN_DECAY: "decay",
    COLUMN_INTERVAL: "interval",
}

#: Hyperparameter columns each optimizer uses, besides α.
OPTIMIZER_COLUMNS = {
    "gd": set(),
    "momentum": {COLUMN_BETA},
    "rmsprop": {COLUMN_BETA2, COLUMN_EPSILON},
    "adam": {COLUMN_BETA1, COLUMN_BETA2, COLUMN_EPSILON, COLUMN_BIAS_CORRECTION},
}

#: The Schedule field that the single "decay" cell sets, per schedule.
DECAY_FIELD = {"inverse_time": "decay_rate", "stepwise": "decay_rate", "exponential": "base", "inverse_sqrt": "k"}
DECAY_DEFAULT = {"inverse_time": 1.0, "stepwise": 1.0, "exponential": 0.95, "inverse_sqrt": 1.0}

#: Columns that give up width, down to their header's width, when the columns do not fit the table.
#: The decay combo box is not among them: its short entries ("none", "exp") would shrink to one letter.
SHRINKABLE_COLUMNS = (COLUMN_LABEL, COLUMN_OPTIMIZER)

PRESET_LEARNING_RATE = 0.01
ERROR_COLOUR = QColor("#b00020")
ERROR_BACKGROUND = QColor(176, 0, 32, 60)


@dataclass
class RowState:
    """One row as read from the table: its spec, or the message that explains why it has none."""

    row: int
    spec: PathSpec | None
    message: str
    colour: QColor
    visible: bool


def check_learning_rate_limit(learning_rate: float) -> None:
    """Raise ConfigError when ``learning_rate`` is above the limit that run configs allow (1000 in config.py).

    The Training panel, experiment files and the ``train`` command share that
    limit, so a learning rate the Training panel rejects is rejected here too,
    with the same message. The limit comes from the engine's ``validate``,
    which has no constant for it.
    """
    config = RunConfig()
    config.optimizer.learning_rate = learning_rate
    try:
        validate(config)
    except ConfigError as error:
        if error.field == "optimizer.learning_rate":
            raise
        # NOTE: only the learning rate is checked here; another field of the default config failing is a bug there.
        logger.warning("The default run config is invalid, so the learning-rate limit was not checked: %s", error)


def _format_number(value: float) -> str:
    return format(float(value), ".10g")


def _colour_icon(colour: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(colour)
    return QIcon(pixmap)


class OptimizerTable(QWidget):
    """Editable list of the optimizers that race, with Add, Remove and Course presets.

    ``settings_edited`` is emitted after any change that alters the race: a
    row added or removed, or a label, optimizer or hyperparameter edited.
    ``visibility_toggled`` is emitted when only a row's visibility or colour
    changed, which needs a redraw but not a new race.
    """

    settings_edited = Signal()
    visibility_toggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optimizerTable")
        self._colours: list[QColor] = []
        self._filling = False

        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels([
            "", self.tr("Show"), self.tr("Label"), self.tr("Optimizer"), self.tr("α"), self.tr("β"),
            self.tr("β1"), self.tr("β2"), self.tr("ε"), self.tr("Corr."), self.tr("Decay"),
            self.tr("Rate"), self.tr("Interval"), self.tr("Message"),
        ])
        header_tips = {
            COLUMN_COLOUR: self.tr("Colour of the path; click to change it"),
            COLUMN_LEARNING_RATE: self.tr("Learning rate α"),
            COLUMN_BETA: self.tr("Momentum: β of V ← β·V + (1 − β)·∇f"),
            COLUMN_BETA1: self.tr("Adam: β1 of the first moment V"),
            COLUMN_BETA2: self.tr("RMSprop and Adam: β2 of the second moment S"),
            COLUMN_EPSILON: self.tr("RMSprop and Adam: ε added to √S"),
            COLUMN_BIAS_CORRECTION: self.tr("Adam's bias correction: divide V and S by (1 − β^t)"),
            COLUMN_SCHEDULE: self.tr("Learning-rate decay, applied once per epoch of steps"),
            COLUMN_DECAY: self.tr("Inverse time and stepwise: decay rate d. Exponential: base. Inverse square root: k."),
            COLUMN_INTERVAL: self.tr("Stepwise: epochs between two decay steps"),
        }
        for column, tip in header_tips.items():
            self.table.horizontalHeaderItem(column).setToolTip(tip)

        self.table.verticalHeader().setVisible(False)
        # One line per cell, so a long label is elided instead of wrapped into a row too low for two lines.
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # _fit_columns sets every width, so the user cannot drag a column wider than the table.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setColumnHidden(COLUMN_MESSAGE, True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._cell_tool_tips = show_full_text_of_elided_cells(self.table)
        self.table.viewport().installEventFilter(self)

        self.add_button = QPushButton(self.tr("Add optimizer"))
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.presets_button = QPushButton(self.tr("Course presets"))
        self.presets_button.setToolTip(
            self.tr("Add GD, momentum, RMSprop and Adam with the course's β, β1, β2 and ε, and α = {0}").format(
                PRESET_LEARNING_RATE
            )
        )

        # The Message column may be too narrow to read a whole message, so
        # rejected rows are also listed here, under the table.
        self.errors_label = QLabel()
        self.errors_label.setObjectName("optimizerErrors")
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
        self.errors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.presets_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.errors_label)
        layout.addLayout(buttons)

        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.presets_button.clicked.connect(self._on_presets_clicked)
        self._fit_columns()

    # ---------------------------------------------------------------- public API

    def optimizer_titles(self) -> dict[str, str]:
        """Return the translated display name of each optimizer key."""
        return {
            "gd": self.tr("GD"),
            "momentum": self.tr("Momentum"),
            "rmsprop": self.tr("RMSprop"),
            "adam": self.tr("Adam"),
        }

    def schedule_titles(self) -> dict[str, str]:
        """Return the translated short name of each schedule key, short enough for a narrow table column."""
        return {
            "constant": self.tr("none"),
            "inverse_time": self.tr("1/t"),
            "exponential": self.tr("exp"),
            "inverse_sqrt": self.tr("1/√t"),
            "stepwise": self.tr("step"),
        }

    def schedule_tooltips(self) -> dict[str, str]:
        """Return the translated full name and formula of each schedule key, where e counts epochs from 0."""
        return {
            "constant": self.tr("Constant: α = α0"),
            "inverse_time": self.tr("Inverse time decay: α0 / (1 + d·e)"),
            "exponential": self.tr("Exponential decay: base^e · α0"),
            "inverse_sqrt": self.tr("Inverse square root decay: k·α0 / √(e + 1)"),
            "stepwise": self.tr("Stepwise decay: α0 / (1 + d·⌊e / interval⌋)"),
        }

    def row_count(self) -> int:
        """Number of rows, valid or not."""
        return self.table.rowCount()

    def add_row(
        self,
        optimizer: str = "gd",
        learning_rate: float = PRESET_LEARNING_RATE,
        beta: float = 0.9,
        beta1: float = 0.9,
        beta2: float = 0.999,
        epsilon: float = 1e-8,
        bias_correction: bool = True,
        schedule: str = "constant",
        decay: float | None = None,
        interval: int = 100,
        label: str = "",
        colour: QColor | str | None = None,
        visible: bool = True,
    ) -> int:
        """Append a row and return its index. Emits settings_edited once."""
        self._fill_row(
            self.table.rowCount(), optimizer, learning_rate, beta, beta1, beta2, epsilon, bias_correction,
            schedule, decay, interval, label, colour, visible,
        )
        self.settings_edited.emit()
        return self.table.rowCount() - 1

    def add_course_presets(self) -> None:
        """Append GD, momentum, RMSprop and Adam at the course's defaults. Emits settings_edited once."""
        for spec in course_presets(PRESET_LEARNING_RATE):
            self._fill_row(
                self.table.rowCount(), spec.optimizer, spec.learning_rate, spec.beta, spec.beta1, spec.beta2,
                spec.epsilon, spec.bias_correction, spec.schedule.name, None, spec.schedule.interval,
                "", None, True,
            )
        self.settings_edited.emit()

    def remove_row(self, row: int) -> None:
        """Remove row ``row``. Emits settings_edited."""
        self.table.removeRow(row)
        del self._colours[row]
        self._fit_columns()
        self.settings_edited.emit()

    def clear(self) -> None:
        """Remove every row. Emits settings_edited."""
        self.table.setRowCount(0)
        self._colours.clear()
        self._fit_columns()
        self.settings_edited.emit()

    def set_value(self, row: int, column: int, text: str) -> None:
        """Type ``text`` into a number or label cell, as a user would. Emits settings_edited."""
        self.table.item(row, column).setText(text)

    def set_optimizer(self, row: int, optimizer: str) -> None:
        """Choose ``optimizer`` in row ``row``'s combo box."""
        combo = self.table.cellWidget(row, COLUMN_OPTIMIZER)
        combo.setCurrentIndex(combo.findData(optimizer))

    def set_schedule(self, row: int, schedule: str) -> None:
        """Choose the decay ``schedule`` in row ``row``'s combo box."""
        combo = self.table.cellWidget(row, COLUMN_SCHEDULE)
        combo.setCurrentIndex(combo.findData(schedule))

    def set_visible(self, row: int, visible: bool) -> None:
        """Tick or clear row ``row``'s Show box. Emits visibility_toggled."""
        state = Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked
        self.table.item(row, COLUMN_VISIBLE).setCheckState(state)

    def set_colour(self, row: int, colour: QColor | str) -> None:
        """Give row ``row``'s path the colour ``colour``. Emits visibility_toggled."""
        self._colours[row] = QColor(colour)
        self._paint_colour_button(row)
        self.visibility_toggled.emit()

    def rows(self) -> list[RowState]:
        """Read every row. Rows with invalid values have ``spec`` None and the engine's message."""
        states = []
        for row in range(self.table.rowCount()):
            spec, message = self._read_spec(row)
            states.append(RowState(
                row=row,
                spec=spec,
                message=message,
                colour=QColor(self._colours[row]),
                visible=self.table.item(row, COLUMN_VISIBLE).checkState() == Qt.CheckState.Checked,
            ))
        return states

    def show_messages(self, states: list[RowState]) -> None:
        """Write each row's message into its Message cell and list the rejected rows under the table."""
        lines = []
        for state in states:
            self.set_row_message(state.row, state.message, error=state.spec is None)
            if state.spec is None:
                label = self.table.item(state.row, COLUMN_LABEL).text()
                lines.append(self.tr("Row {0} ({1}) is left out: {2}").format(state.row + 1, label, state.message))

        self.errors_label.setText("\n".join(lines))
        self.errors_label.setVisible(bool(lines))
        self.table.setColumnHidden(COLUMN_MESSAGE, not any(state.message for state in states))
        self._fit_columns()

    def set_row_message(self, row: int, message: str, error: bool) -> None:
        """Show ``message`` in row ``row``'s Message cell, in red when ``error``."""
        self._filling = True
        try:
            item = self.table.item(row, COLUMN_MESSAGE)
            item.setText(message)
            item.setToolTip(message)
            item.setForeground(ERROR_COLOUR if error else self.palette().text().color())

            label_item = self.table.item(row, COLUMN_LABEL)
            label_item.setBackground(ERROR_BACKGROUND if error else QColor(0, 0, 0, 0))
            label_item.setToolTip(message)
            if message and self.table.isColumnHidden(COLUMN_MESSAGE):
                self.table.setColumnHidden(COLUMN_MESSAGE, False)
                self._fit_columns()
        finally:
            self._filling = False

    def message(self, row: int) -> str:
        """Return the text of row ``row``'s Message cell."""
        return self.table.item(row, COLUMN_MESSAGE).text()

    def cell_tool_tip(self, row: int, column: int) -> str:
        """Return the tooltip of a text cell: its full text first when the cell shows it elided."""
        return self._cell_tool_tips.tool_tip_at(self.table.model().index(row, column))

    # ------------------------------------------------------------------ widths

    def _natural_width(self, column: int) -> int:
        """Return the width column ``column`` needs to show its header and every cell whole, in pixels."""
        return max(self.table.horizontalHeader().sectionSizeHint(column), self.table.sizeHintForColumn(column))

    def _fit_columns(self) -> None:
        """Size the visible columns to fill the table's width, shrinking SHRINKABLE_COLUMNS when they do not fit.

        Every column first gets its natural width. Width left over goes to the
        Message column while it is shown, else to the Label column. When the
        natural widths exceed the viewport, the shrinkable columns lose the
        excess in proportion to how far each lies above its header's width,
        and never go below that. A sideways scroll bar remains only when even
        those header widths do not fit.
        """
        header = self.table.horizontalHeader()
        columns = [column for column in range(COLUMN_COUNT) if not self.table.isColumnHidden(column)]
        widths = {column: self._natural_width(column) for column in columns}
        # The Message column takes the spare width. Its natural width is only its header's, because its
        # text is elided and shown whole in its tooltip and under the table.
        if COLUMN_MESSAGE in widths:
            widths[COLUMN_MESSAGE] = header.sectionSizeHint(COLUMN_MESSAGE)

        spare = self.table.viewport().width() - sum(widths.values())
        if spare >= 0:
            widths[COLUMN_MESSAGE if COLUMN_MESSAGE in widths else COLUMN_LABEL] += spare
        else:
            floors = {column: min(header.sectionSizeHint(column), widths[column]) for column in SHRINKABLE_COLUMNS}
            room = {column: widths[column] - floors[column] for column in SHRINKABLE_COLUMNS}
            shrinkable = sum(room.values())
            cut = min(-spare, shrinkable)
            for column in SHRINKABLE_COLUMNS:
                if shrinkable > 0:
                    widths[column] -= math.ceil(cut * room[column] / shrinkable)
            # Rounding up may cut a few pixels too many; the Label column gets them back.
            widths[COLUMN_LABEL] += max(0, self.table.viewport().width() - sum(widths.values()))

        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()

    # ------------------------------------------------------------------ filling

    def _next_colour(self) -> QColor:
        used = {colour.name().upper() for colour in self._colours}
        for name in PATH_COLOURS:
            if name.upper() not in used:
                return QColor(name)
        return QColor(PATH_COLOURS[len(self._colours) % len(PATH_COLOURS)])

    def _fill_row(
        self, row, optimizer, learning_rate, beta, beta1, beta2, epsilon, bias_correction,
        schedule, decay, interval, label, colour, visible,
    ) -> None:
        self._filling = True
        try:
            self.table.insertRow(row)
            self._colours.insert(row, QColor(colour) if colour is not None else self._next_colour())

            colour_button = QToolButton()
            colour_button.setAutoRaise(True)
            colour_button.setToolTip(self.tr("Change the colour of this path"))
            colour_button.clicked.connect(self._on_colour_clicked)
            self.table.setCellWidget(row, COLUMN_COLOUR, colour_button)
            self.table.setItem(row, COLUMN_COLOUR, QTableWidgetItem())
            self._paint_colour_button(row)

            visible_item = QTableWidgetItem()
            visible_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            visible_item.setCheckState(Qt.CheckState.Checked if visible else Qt.CheckState.Unchecked)
            self.table.setItem(row, COLUMN_VISIBLE, visible_item)

            titles = self.optimizer_titles()
            self.table.setItem(row, COLUMN_LABEL, QTableWidgetItem(label or titles.get(optimizer, optimizer)))

            # Both combo boxes ask for their longest entry's width; _fit_columns may give the optimizer one less.
            # AdjustToContents would not do: 20 ms after the entries are added it resizes the box to that
            # width, over the next cells, whatever width the column has.
            optimizer_combo = ElidedComboBox(minimum_characters=0)
            optimizer_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
            for key, title in titles.items():
                optimizer_combo.addItem(title, key)
            optimizer_combo.setCurrentIndex(max(optimizer_combo.findData(optimizer), 0))
            optimizer_combo.currentIndexChanged.connect(self._on_optimizer_changed)
            self.table.setCellWidget(row, COLUMN_OPTIMIZER, optimizer_combo)

            if decay is None:
                decay = DECAY_DEFAULT.get(schedule, 1.0)
            for column, value in (
                (COLUMN_LEARNING_RATE, learning_rate), (COLUMN_BETA, beta), (COLUMN_BETA1, beta1),
                (COLUMN_BETA2, beta2), (COLUMN_EPSILON, epsilon), (COLUMN_DECAY, decay),
            ):
                item = QTableWidgetItem(_format_number(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            interval_item = QTableWidgetItem(str(int(interval)))
            interval_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, COLUMN_INTERVAL, interval_item)

            bias_item = QTableWidgetItem()
            bias_item.setCheckState(Qt.CheckState.Checked if bias_correction else Qt.CheckState.Unchecked)
            self.table.setItem(row, COLUMN_BIAS_CORRECTION, bias_item)

            schedule_combo = ElidedComboBox(minimum_characters=0)
            schedule_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
            tooltips = self.schedule_tooltips()
            for key, title in self.schedule_titles().items():
                schedule_combo.addItem(title, key)
                schedule_combo.setItemData(schedule_combo.count() - 1, tooltips[key], Qt.ItemDataRole.ToolTipRole)
            schedule_combo.setCurrentIndex(max(schedule_combo.findData(schedule), 0))
            schedule_combo.currentIndexChanged.connect(self._on_schedule_changed)
            self.table.setCellWidget(row, COLUMN_SCHEDULE, schedule_combo)

            message_item = QTableWidgetItem()
            message_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, COLUMN_MESSAGE, message_item)

            self._update_editable(row)
        finally:
            self._filling = False
        self._fit_columns()

    def _paint_colour_button(self, row: int) -> None:
        button = self.table.cellWidget(row, COLUMN_COLOUR)
        button.setIcon(_colour_icon(self._colours[row]))

    def _update_editable(self, row: int) -> None:
        """Enable exactly the cells that apply to the row's optimizer and schedule."""
        optimizer = self.table.cellWidget(row, COLUMN_OPTIMIZER).currentData()
        schedule = self.table.cellWidget(row, COLUMN_SCHEDULE).currentData()

        applicable = {COLUMN_LEARNING_RATE} | OPTIMIZER_COLUMNS[optimizer]
        if schedule != "constant":
            applicable.add(COLUMN_DECAY)
        if schedule == "stepwise":
            applicable.add(COLUMN_INTERVAL)

        was_filling = self._filling
        self._filling = True
        try:
            for column in (*NUMBER_COLUMNS, COLUMN_BIAS_CORRECTION):
                item = self.table.item(row, column)
                if column in applicable:
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    flags |= Qt.ItemFlag.ItemIsUserCheckable if column == COLUMN_BIAS_CORRECTION else Qt.ItemFlag.ItemIsEditable
                else:
                    flags = Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags)
        finally:
            self._filling = was_filling

    def is_editable(self, row: int, column: int) -> bool:
        """Return True when the cell applies to the row's optimizer or schedule and can be changed."""
        return bool(self.table.item(row, column).flags() & Qt.ItemFlag.ItemIsEnabled)

    # ------------------------------------------------------------------ reading

    def _read_number(self, row: int, column: int, name: str) -> float:
        text = self.table.item(row, column).text().strip()
        try:
            value = float(text)
        except ValueError:
            message = self.tr("{0} = \"{1}\" is not a number. Type a decimal such as 0.01 or 1e-8.")
            raise ValueError(message.format(name, text)) from None
        if not math.isfinite(value):
            message = self.tr("{0} = {1} is invalid: it must be a finite number.")
            raise ValueError(message.format(name, text))
        return value

    def _read_spec(self, row: int) -> tuple[PathSpec | None, str]:
        """Build the row's PathSpec. Return (None, message) when a value is invalid."""
        optimizer = self.table.cellWidget(row, COLUMN_OPTIMIZER).currentData()
        schedule_name = self.table.cellWidget(row, COLUMN_SCHEDULE).currentData()
        label = self.table.item(row, COLUMN_LABEL).text().strip() or self.optimizer_titles()[optimizer]

        try:
            learning_rate = self._read_number(row, COLUMN_LEARNING_RATE, "learning_rate")
            beta = self._read_number(row, COLUMN_BETA, "beta")
            beta1 = self._read_number(row, COLUMN_BETA1, "beta1")
            beta2 = self._read_number(row, COLUMN_BETA2, "beta2")
            epsilon = self._read_number(row, COLUMN_EPSILON, "epsilon")
            bias_correction = self.table.item(row, COLUMN_BIAS_CORRECTION).checkState() == Qt.CheckState.Checked

            schedule_arguments = {"name": schedule_name}
            if schedule_name in DECAY_FIELD:
                field = DECAY_FIELD[schedule_name]
                schedule_arguments[field] = self._read_number(row, COLUMN_DECAY, field)
            if schedule_name == "stepwise":
                interval = self._read_number(row, COLUMN_INTERVAL, "interval")
                if interval != int(interval):
                    message = self.tr("interval = {0} is invalid: it must be a whole number of epochs, 1 or more.")
                    raise ValueError(message.format(_format_number(interval)))
                schedule_arguments["interval"] = int(interval)

            # The engine checks the ranges so its messages are the ones shown.
            check_learning_rate(learning_rate)
            check_learning_rate_limit(learning_rate)
            make_optimizer(optimizer, beta=beta, beta1=beta1, beta2=beta2, epsilon=epsilon,
                           bias_correction=bias_correction)
            schedule = Schedule(**schedule_arguments)

            spec = PathSpec(
                optimizer=optimizer, learning_rate=learning_rate, beta=beta, beta1=beta1, beta2=beta2,
                epsilon=epsilon, bias_correction=bias_correction, schedule=schedule, label=label,
            )
        except ConfigError as error:
            logger.info("Optimizer row %d (%s) rejected: %s", row + 1, label, error)
            return None, config_error_text(error)
        except (HyperparameterError, ScheduleError, ValueError) as error:
            logger.info("Optimizer row %d (%s) rejected: %s", row + 1, label, error)
            return None, engine_error_text(error)
        return spec, ""

    def _row_of_widget(self, widget: QWidget, column: int) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, column) is widget:
                return row
        return -1

    # ----------------------------------------------------------------- handlers

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() == COLUMN_VISIBLE:
            self.visibility_toggled.emit()
        elif item.column() != COLUMN_MESSAGE:
            self._fit_columns()
            self.settings_edited.emit()

    def _on_optimizer_changed(self, _index: int) -> None:
        row = self._row_of_widget(self.sender(), COLUMN_OPTIMIZER)
        if row < 0:
            return

        # A label that still names the old optimizer follows the new one.
        combo = self.table.cellWidget(row, COLUMN_OPTIMIZER)
        label_item = self.table.item(row, COLUMN_LABEL)
        if label_item.text() in self.optimizer_titles().values():
            self._filling = True
            label_item.setText(self.optimizer_titles()[combo.currentData()])
            self._filling = False

        self._update_editable(row)
        self.settings_edited.emit()

    def _on_schedule_changed(self, _index: int) -> None:
        row = self._row_of_widget(self.sender(), COLUMN_SCHEDULE)
        if row < 0:
            return

        schedule = self.table.cellWidget(row, COLUMN_SCHEDULE).currentData()
        if schedule in DECAY_DEFAULT:
            self._filling = True
            self.table.item(row, COLUMN_DECAY).setText(_format_number(DECAY_DEFAULT[schedule]))
            self._filling = False

        self._update_editable(row)
        self.settings_edited.emit()

    def _on_colour_clicked(self) -> None:
        row = self._row_of_widget(self.sender(), COLUMN_COLOUR)
        if row < 0:
            return
        colour = QColorDialog.getColor(self._colours[row], self, self.tr("Path colour"))
        if colour.isValid():
            self.set_colour(row, colour)

    def _on_add_clicked(self) -> None:
        self.add_row()

    def _on_remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows:
            return
        for row in rows:
            self.table.removeRow(row)
            del self._colours[row]
        self._fit_columns()
        self.settings_edited.emit()

    def _on_presets_clicked(self) -> None:
        self.add_course_presets()

