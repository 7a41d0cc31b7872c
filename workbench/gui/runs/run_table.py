"""The run list as a Qt table: a model over ``RunSummary`` rows and a proxy that filters and sorts them.

:class:`RunTableModel` shows one run per row, with optimizers, schedules and
data sets under their display names. Only the name cell is editable; an edit
renames the run in the store. :class:`RunFilterProxyModel` keeps the rows that
match a free-text filter, one status and one tag, and sorts every column by
its value with missing values last. The filter text matches the name, notes,
optimizer, data set, status or a tag case-insensitively, as
``RunStore.list_runs`` does, and also the display names of the status,
optimizer and data set.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from workbench.engine.compare import format_value, is_applicable
from workbench.engine.config import RunConfig
from workbench.engine.store import DIVERGED, FAILED, INTERRUPTED, RUNNING, STOPPED, RunSummary
from workbench.gui.display_names import dataset_name, join_settings, optimizer_name, schedule_name, short_field_name
from workbench.gui.engine_messages import engine_error_text
from workbench.gui.runs.sorting import SORT_ROLE, MissingLastProxyModel
from workbench.gui.runs.tag_list import format_tag_list

logger = logging.getLogger(__name__)

#: The role under which every cell returns its row's run id.
RUN_ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: Column keys in display order.
COLUMNS = (
    "name", "status", "dataset", "optimizer", "learning_rate", "schedule", "mini_batch_size", "epochs",
    "final_train_cost", "final_validation_cost", "final_train_accuracy", "final_validation_accuracy",
    "started_at", "tags",
)

_STATUS_COLORS = {
    DIVERGED: "#c0392b",
    FAILED: "#c0392b",
    INTERRUPTED: "#a05a00",
    STOPPED: "#555555",
    RUNNING: "#0072b2",
}

MISSING_TEXT = "–"


def column_index(key: str) -> int:
    """Return the column number of ``key`` from :data:`COLUMNS`."""
    return COLUMNS.index(key)


def describe_schedule(config: RunConfig) -> str:
    """Return the schedule and the settings it uses in display names, e.g. ``inverse_time (decay_rate=1)`` in English."""
    schedule = config.schedule
    parts = [f"{short_field_name(f'schedule.{key}')}={format_value(getattr(schedule, key))}"
             for key in ("decay_rate", "base", "k", "interval") if is_applicable(config, f"schedule.{key}")]
    name = schedule_name(schedule.name)
    return f"{name} ({join_settings(parts)})" if parts else name


def translated_status(status: str) -> str:
    """Return the display name of a run status (or of a sweep cell's "cancelled") in the interface language."""
    names = {
        "running": QCoreApplication.translate("RunStatus", "running"),
        "finished": QCoreApplication.translate("RunStatus", "finished"),
        "stopped": QCoreApplication.translate("RunStatus", "stopped"),
        "diverged": QCoreApplication.translate("RunStatus", "diverged"),
        "interrupted": QCoreApplication.translate("RunStatus", "interrupted"),
        "failed": QCoreApplication.translate("RunStatus", "failed"),
        "cancelled": QCoreApplication.translate("RunStatus", "cancelled"),
    }
    return names.get(status, status)


def _local_time(iso_text: str) -> str:
    """Format a stored UTC ISO 8601 time in the local time zone, to the minute."""
    try:
        moment = datetime.fromisoformat(iso_text)
    except ValueError:
        return iso_text
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _number(value: float, pattern: str) -> str:
    return MISSING_TEXT if value is None or math.isnan(value) else pattern.format(value)


class RunTableModel(QAbstractTableModel):
    """One row per :class:`RunSummary`; the name cell is editable and renames the run through ``rename``.

    ``rename(run_id, name)`` is called with the edited name and may raise
    ``KeyError`` or ``ValueError`` (the message goes to ``edit_failed``).
    ``schedules`` maps run ids to the text of the schedule column, because a
    summary does not carry the schedule.
    """

    edit_failed = Signal(str)

    def __init__(self, rename: Callable[[int, str], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rename = rename
        self._rows: list[RunSummary] = []
        self._schedules: dict[int, str] = {}

    # -- content ---------------------------------------------------------------------------------

    def set_runs(self, summaries: list[RunSummary], schedules: dict[int, str]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(summaries)
        self._schedules = dict(schedules)
        self.endResetModel()

    def summary_at(self, row: int) -> RunSummary:
        return self._rows[row]

    def summaries(self) -> list[RunSummary]:
        return list(self._rows)

    def row_of(self, run_id: int) -> int:
        """Return the row of ``run_id``, or -1 when it is not listed."""
        for row, summary in enumerate(self._rows):
            if summary.run_id == run_id:
                return row
        return -1

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role not in (Qt.ItemDataRole.DisplayRole,
                                                                     Qt.ItemDataRole.ToolTipRole):
            return None
        headers = {
            "name": (self.tr("Name"), self.tr("The run's name; double-click to rename it")),
            "status": (self.tr("Status"), self.tr("How the run ended; hover a cell for the reason")),
            "dataset": (self.tr("Data set"), self.tr("The generated set, or the CSV file's name")),
            "optimizer": (self.tr("Optimizer"), self.tr("gd, momentum, rmsprop or adam")),
            "learning_rate": (self.tr("Learning rate"), self.tr("α0, the learning rate before any decay")),
            "schedule": (self.tr("Schedule"), self.tr("Learning-rate decay and its settings")),
            "mini_batch_size": (self.tr("Mini-batch"), self.tr("Mini-batch size as requested")),
            "epochs": (self.tr("Epochs"), self.tr("Epochs finished / epochs planned")),
            "final_train_cost": (self.tr("Train cost"), self.tr("Training cost after the last finished epoch")),
            "final_validation_cost": (self.tr("Validation cost"),
                                      self.tr("Validation cost after the last finished epoch")),
            "final_train_accuracy": (self.tr("Train accuracy"),
                                     self.tr("Training accuracy after the last finished epoch")),
            "final_validation_accuracy": (self.tr("Validation accuracy"),
                                          self.tr("Validation accuracy after the last finished epoch")),
            "started_at": (self.tr("Started"), self.tr("Start time in your time zone")),
            "tags": (self.tr("Tags"), self.tr("Labels for grouping and filtering runs")),
        }
        text, tooltip = headers[COLUMNS[section]]
        return text if role == Qt.ItemDataRole.DisplayRole else tooltip

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] == "name" and self._rename is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        key = COLUMNS[index.column()]

        if role == RUN_ID_ROLE:
            return summary.run_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.EditRole and key == "name":
                return summary.name
            return self._display(summary, key)
        if role == SORT_ROLE:
            return self._sort_key(summary, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(summary, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and summary.status in _STATUS_COLORS:
            return QBrush(QColor(_STATUS_COLORS[summary.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("name", "status", "dataset", "optimizer",
                                                                      "schedule", "tags", "started_at"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or COLUMNS[index.column()] != "name":
            return False
        if self._rename is None:
            return False

        summary = self._rows[index.row()]
        name = str(value).strip()
        if name == summary.name:
            return False
        try:
            self._rename(summary.run_id, name)
        except (KeyError, ValueError) as error:
            logger.warning("Renaming run %d failed: %s", summary.run_id, error)
            self.edit_failed.emit(self.tr("Run {0} could not be renamed: {1}").format(
                summary.run_id, engine_error_text(error)))
            return False

        summary.name = name
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    # -- cell contents ---------------------------------------------------------------------------

    def _display(self, summary: RunSummary, key: str) -> str:
        if key == "name":
            return summary.name or self.tr("run {0}").format(summary.run_id)
        if key == "status":
            return translated_status(summary.status)
        if key == "optimizer":
            return optimizer_name(summary.optimizer)
        if key == "dataset":
            return dataset_name(summary.dataset)
        if key == "learning_rate":
            return _number(summary.learning_rate, "{:g}")
        if key == "schedule":
            return self._schedules.get(summary.run_id, MISSING_TEXT)
        if key == "mini_batch_size":
            return self.tr("full batch") if summary.mini_batch_size == 0 else str(summary.mini_batch_size)
        if key == "epochs":
            return f"{summary.epoch_count} / {summary.planned_epochs}"
        if key in ("final_train_cost", "final_validation_cost"):
            return _number(getattr(summary, key), "{:.4f}")
        if key in ("final_train_accuracy", "final_validation_accuracy"):
            return _number(getattr(summary, key), "{:.1%}")
        if key == "started_at":
            return _local_time(summary.started_at)
        if key == "tags":
            # The same quoting as the Tags… dialog, so a tag with a comma reads as one tag here too.
            return format_tag_list(summary.tags)
        return str(getattr(summary, key))

    def _sort_key(self, summary: RunSummary, key: str):
        if key == "name":
            return summary.name or f"run {summary.run_id}"
        if key == "status":
            return translated_status(summary.status)
        if key == "optimizer":
            return optimizer_name(summary.optimizer)
        if key == "dataset":
            return dataset_name(summary.dataset)
        if key == "schedule":
            return self._schedules.get(summary.run_id)
        if key == "epochs":
            return summary.epoch_count
        if key == "tags":
            return ", ".join(summary.tags) or None
        if key == "mini_batch_size":
            # The whole training set is the largest possible mini-batch.
            return math.inf if summary.mini_batch_size == 0 else summary.mini_batch_size
        return getattr(summary, key)

    def _tooltip(self, summary: RunSummary, key: str) -> str | None:
        if key == "status" and summary.reason:
            return summary.reason
        if key == "name":
            return self.tr("Run {0}. Double-click to rename.").format(summary.run_id)
        if key == "tags" and summary.tags:
            return "\n".join(summary.tags)
        if key == "started_at":
            return summary.started_at
        return None


class RunFilterProxyModel(MissingLastProxyModel):
    """Keeps the runs that match the filter text, the status and the tag; each is ignored when empty."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = ""
        self._tag = ""

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_tag(self, tag: str) -> None:
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, RunTableModel):
            return True
        summary = model.summary_at(source_row)

        if self._status and summary.status != self._status:
            return False
        if self._tag and self._tag not in summary.tags:
            return False
        if self._text:
            searched = [summary.name, summary.notes, summary.optimizer, optimizer_name(summary.optimizer),
                        summary.dataset, dataset_name(summary.dataset), summary.status,
                        translated_status(summary.status), *summary.tags]
            return any(self._text in text.casefold() for text in searched)
        return True
