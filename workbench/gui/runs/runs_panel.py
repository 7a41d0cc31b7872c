"""The runs panel: the run history as a sortable, filterable table with rename, tags, delete and undo.

Meant for a dock. The panel shows the runs of one :class:`RunStore` and lets
the user switch to another database file ("Open run database…", "New run
database…"). A store passed in stays owned by the caller. A store the panel
opened itself is closed when the panel switches to another one or shuts down.
Deleting moves runs to the store's trash, so Undo restores them.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox,
    QTableView, QToolBar, QVBoxLayout, QWidget,
)

from workbench.engine.store import STATUSES, RunStore, StoreError
from workbench.gui.engine_messages import engine_error_text
from workbench.gui.panels.elided_widgets import ElidedComboBox, ElidedLabel, show_full_text_of_elided_cells
from workbench.gui.runs.run_table import (
    RUN_ID_ROLE, RunFilterProxyModel, RunTableModel, column_index, describe_schedule, translated_status,
)
from workbench.gui.runs.tag_list import format_tag_list, parse_tag_list

logger = logging.getLogger(__name__)

#: Suffix given to a new database file when the user types a name without one.
DATABASE_SUFFIX = ".sqlite3"
#: Widest the name column becomes when the columns are fitted to their contents, in pixels.
MAX_NAME_WIDTH = 320


class RunsPanel(QWidget):
    """The run history table with its filters and actions.

    Signals: ``selection_changed(list)`` with the selected run ids in table
    order; ``open_config_requested(object)`` and ``rerun_requested(object)``
    with the selected run's ``RunConfig``; ``database_changed(object)`` with
    the newly opened store's ``Path``.
    """

    selection_changed = Signal(list)
    open_config_requested = Signal(object)
    rerun_requested = Signal(object)
    database_changed = Signal(object)

    def __init__(self, store: RunStore | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runs_panel")
        self._store: RunStore | None = None
        self._owns_store = False
        self._schedules: dict[int, str] = {}
        self._undo_stack: list[list[int]] = []
        self._columns_sized = False
        #: The newest message box the panel opened (errors, delete confirmations); tests read and close it.
        self.last_message_box: QMessageBox | None = None

        self.model = RunTableModel(rename=self._rename_in_store, parent=self)
        self.proxy = RunFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)

        self._create_actions()
        self._build_layout()
        self._connect_signals()

        if store is not None:
            self.set_store(store)
        self._update_actions()

    # -- construction ---------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.open_database_action = QAction(self.tr("Open run database…"), self)
        self.open_database_action.setStatusTip(self.tr("Show the runs stored in another run database file"))
        self.new_database_action = QAction(self.tr("New run database…"), self)
        self.new_database_action.setStatusTip(self.tr("Create an empty run database file and store new runs there"))
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.rename_action = QAction(self.tr("Rename"), self)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.tags_action = QAction(self.tr("Tags…"), self)
        self.tags_action.setStatusTip(self.tr("Set the tags of one run, or add a tag to every selected run"))
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.undo_action = QAction(self.tr("Undo delete"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.open_config_action = QAction(self.tr("Open config"), self)
        self.open_config_action.setStatusTip(self.tr("Open the run's config in the parameter panels"))
        self.rerun_action = QAction(self.tr("Run again"), self)
        self.rerun_action.setStatusTip(self.tr("Train a new run with this run's config"))

        for action in self._all_actions():
            # The shortcuts (Delete, Ctrl+Z, F2) act only while the panel has the focus, not window-wide.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # Tool bar buttons show iconText(), which Qt derives from text() without a trailing "…".
            # The "…" marks the actions that open a dialog first, so the buttons keep it.
            action.setIconText(action.text())
            self.addAction(action)

    def _all_actions(self) -> list[QAction]:
        return [self.open_database_action, self.new_database_action, self.refresh_action, self.rename_action,
                self.tags_action, self.delete_action, self.undo_action, self.open_config_action, self.rerun_action]

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.tool_bar = QToolBar(self)
        self.tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.refresh_action, self.rename_action, self.tags_action, self.delete_action,
                       self.undo_action, self.open_config_action, self.rerun_action):
            self.tool_bar.addAction(action)
        self.tool_bar.addSeparator()
        self.tool_bar.addAction(self.open_database_action)
        self.tool_bar.addAction(self.new_database_action)
        layout.addWidget(self.tool_bar)

        filter_row = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("run_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, optimizer, data set, status or tag"))
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = ElidedComboBox(self)
        self.status_combo.setObjectName("status_filter")
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.status_combo.addItem(translated_status(status), status)
        self.tag_combo = ElidedComboBox(self)
        self.tag_combo.setObjectName("tag_filter")
        self.tag_combo.addItem(self.tr("All tags"), "")
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.status_combo)
        filter_row.addWidget(self.tag_combo)
        layout.addLayout(filter_row)

        self.table = QTableView(self)
        self.table.setObjectName("run_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(column_index("started_at"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._cell_tool_tips = show_full_text_of_elided_cells(self.table)
        layout.addWidget(self.table, 1)

        # A long path is elided in its middle, so the file name stays visible and the dock keeps its width.
        # The tooltip shows the whole path.
        self.database_label = ElidedLabel(self, Qt.TextElideMode.ElideMiddle)
        self.database_label.setObjectName("database_label")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("panel_message")
        self.message_label.setWordWrap(True)
        # Hidden while empty, so that it leaves no blank line between the table and the database.
        self.message_label.hide()
        layout.addWidget(self.message_label)
        layout.addWidget(self.database_label)

    def _connect_signals(self) -> None:
        self.open_database_action.triggered.connect(self._on_open_database_action_triggered)
        self.new_database_action.triggered.connect(self._on_new_database_action_triggered)
        self.refresh_action.triggered.connect(self.refresh)
        self.rename_action.triggered.connect(self._on_rename_action_triggered)
        self.tags_action.triggered.connect(self._on_tags_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.undo_action.triggered.connect(self.undo_delete)
        self.open_config_action.triggered.connect(self._on_open_config_action_triggered)
        self.rerun_action.triggered.connect(self._on_rerun_action_triggered)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_combo_changed)
        self.tag_combo.currentIndexChanged.connect(self._on_tag_combo_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.model.edit_failed.connect(self._on_model_edit_failed)

    # -- the store ------------------------------------------------------------------------------

    @property
    def store(self) -> RunStore | None:
        """The store the panel shows, or None before one is set."""
        return self._store

    def set_store(self, store: RunStore) -> None:
        """Show the runs of ``store``, which stays owned (and closed) by the caller."""
        self._replace_store(store, owned=False)

    def open_database(self, path: str | Path) -> bool:
        """Open the existing run database ``path``; on failure show why and keep the current one.

        A missing file is reported instead of being created; use
        :meth:`new_database` for that.
        """
        path = Path(path).expanduser()
        if not path.exists():
            self._show_error(self.tr("Cannot open run database"),
                             self.tr("{0} does not exist. Choose an existing run database, or use "
                                     "“New run database…” to create one.").format(path))
            return False
        return self._open_store(path, self.tr("Cannot open run database"))

    def new_database(self, path: str | Path) -> bool:
        """Create an empty run database at ``path`` and show it; an existing file is never overwritten."""
        path = Path(path).expanduser()
        if not path.suffix:
            path = path.with_suffix(DATABASE_SUFFIX)
        if path.exists():
            self._show_error(self.tr("Cannot create run database"),
                             self.tr("{0} already exists and was left unchanged. Choose a new file name, or use "
                                     "“Open run database…” to show its runs.").format(path))
            return False
        return self._open_store(path, self.tr("Cannot create run database"))

    def _open_store(self, path: Path, error_title: str) -> bool:
        try:
            store = RunStore(path)
        except StoreError as error:
            logger.warning("Could not open run database %s: %s", path, error)
            self._show_error(error_title, self.tr("The current run database stays open.\n\n{0}").format(
                engine_error_text(error)))
            return False

        self._replace_store(store, owned=True)
        self.show_message(self.tr("Opened {0}").format(path))
        return True

    def _replace_store(self, store: RunStore, owned: bool) -> None:
        previous, previous_owned = self._store, self._owns_store
        self._store = store
        self._owns_store = owned
        self._schedules = {}
        self._undo_stack = []
        self._columns_sized = False
        if previous is not None and previous_owned and previous is not store:
            previous.close()

        self.database_label.setText(self.tr("Database: {0}").format(store.path))
        self.refresh()
        self.database_changed.emit(Path(store.path))

    def shutdown(self) -> None:
        """Close the store if the panel opened it; safe to call twice."""
        if self._store is not None and self._owns_store:
            self._store.close()
        self._store = None
        self._owns_store = False

    # -- listing ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the runs again from the store, keeping the selection, the sort order and the filters."""
        if self._store is None:
            self.model.set_runs([], {})
            self._update_actions()
            return

        selected = self.selected_run_ids()
        try:
            summaries = self._store.list_runs()
            tags = self._store.all_tags()
        except (StoreError, sqlite3.Error) as error:
            logger.warning("Listing the runs of %s failed: %s", self._store.path, error)
            self._show_error(self.tr("Cannot read run database"), engine_error_text(error))
            return

        for summary in summaries:
            if summary.run_id not in self._schedules:
                self._schedules[summary.run_id] = self._load_schedule(summary.run_id)
        self.model.set_runs(summaries, self._schedules)
        if summaries and not self._columns_sized:
            self._size_columns()
        self._update_tag_choices(tags)
        self.select_runs(selected)
        self._update_actions()

    def _size_columns(self) -> None:
        """Fit the columns to their contents once per database, so later manual widths are kept."""
        self.table.resizeColumnsToContents()
        name_column = column_index("name")
        self.table.setColumnWidth(name_column, min(max(self.table.columnWidth(name_column), 160), MAX_NAME_WIDTH))
        self._columns_sized = True

    def _load_schedule(self, run_id: int) -> str:
        # NOTE: RunSummary has no schedule, so each new run is loaded once in full (arrays included) for it.
        try:
            return describe_schedule(self._store.load_run(run_id).config)
        except (KeyError, StoreError, ValueError) as error:
            logger.warning("Could not read the config of run %d: %s", run_id, error)
            return "?"

    def _update_tag_choices(self, tags: list[str]) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), "")
        for tag in tags:
            self.tag_combo.addItem(tag, tag)
        position = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(position, 0))
        self.tag_combo.blockSignals(False)
        if current and position < 0:
            # The filtered tag no longer exists, so the filter falls back to all tags.
            self.proxy.set_tag("")

    def set_filter_text(self, text: str) -> None:
        self.filter_edit.setText(text)

    def set_status_filter(self, status: str) -> None:
        """Show only runs with ``status`` (one of ``STATUSES``), or all runs for ""."""
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def set_tag_filter(self, tag: str) -> None:
        """Show only runs tagged ``tag``, or all runs for "" or a tag no run has."""
        self.tag_combo.setCurrentIndex(max(self.tag_combo.findData(tag), 0))

    def visible_run_ids(self) -> list[int]:
        """Return the run ids in the order the table shows them, after filtering and sorting."""
        return [self.proxy.index(row, 0).data(RUN_ID_ROLE) for row in range(self.proxy.rowCount())]

    # -- selection --------------------------------------------------------------------------------

    def selected_run_ids(self) -> list[int]:
        """Return the selected run ids in table order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(RUN_ID_ROLE) for row in rows]

    def select_runs(self, run_ids: list[int]) -> None:
        """Select the listed runs that are visible; others are ignored."""
        selection_model = self.table.selectionModel()
        requested = set(run_ids)
        selection_model.blockSignals(True)
        selection_model.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RUN_ID_ROLE) in requested:
                selection_model.select(index, QItemSelectionModel.SelectionFlag.Select
                                       | QItemSelectionModel.SelectionFlag.Rows)
        selection_model.blockSignals(False)
        self.table.viewport().update()
        self._on_table_selection_changed()

    # -- editing ----------------------------------------------------------------------------------

    def rename_run(self, run_id: int, name: str) -> bool:
        """Rename ``run_id`` in the store and the table; on failure show the error and return False."""
        row = self.model.row_of(run_id)
        if row < 0:
            return False
        return self.model.setData(self.model.index(row, column_index("name")), name)

    def _rename_in_store(self, run_id: int, name: str) -> None:
        if self._store is None:
            raise ValueError("no run database is open")
        self._store.rename_run(run_id, name)

    def set_tags(self, run_id: int, tags: list[str]) -> bool:
        """Replace the tags of ``run_id``; on failure show the error and return False."""
        if self._store is None:
            return False
        try:
            self._store.set_tags(run_id, tags)
        except (KeyError, TypeError, StoreError, sqlite3.Error) as error:
            self._show_error(self.tr("Cannot set tags"), engine_error_text(error))
            return False
        self.refresh()
        return True

    def add_tag(self, run_ids: list[int], tag: str) -> bool:
        """Add ``tag`` to every run in ``run_ids``; on failure show the error and return False."""
        if self._store is None or not run_ids:
            return False
        try:
            self._store.add_tag(run_ids, tag)
        except (ValueError, StoreError, sqlite3.Error) as error:
            self._show_error(self.tr("Cannot add tag"), engine_error_text(error))
            return False
        self.refresh()
        return True

    def delete_runs(self, run_ids: list[int], confirm: bool = True) -> bool:
        """Move ``run_ids`` to the trash; return True when they were deleted now.

        With ``confirm`` and more than one run, a question opens instead and
        the runs are deleted when the user answers Yes (the method returns
        False in that case). Undo restores the newest deletion.
        """
        if self._store is None or not run_ids:
            return False
        if confirm and len(run_ids) > 1:
            self._ask_to_delete(list(run_ids))
            return False
        return self._delete_now(list(run_ids))

    def _ask_to_delete(self, run_ids: list[int]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete runs"),
                          self.tr("Delete {0} runs? Undo delete brings them back.").format(len(run_ids)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda result: self._on_delete_question_finished(result, run_ids))
        self.last_message_box = box
        box.open()

    def _on_delete_question_finished(self, result: int, run_ids: list[int]) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self._delete_now(run_ids)

    def _delete_now(self, run_ids: list[int]) -> bool:
        try:
            count = self._store.delete_runs(run_ids)
        except (StoreError, sqlite3.Error) as error:
            self._show_error(self.tr("Cannot delete runs"), engine_error_text(error))
            return False

        self._undo_stack.append(run_ids)
        self.refresh()
        self.show_message(self.tr("Deleted {0} run(s). Undo delete restores them.").format(count))
        return True

    def undo_delete(self) -> int:
        """Restore the runs of the newest deletion; return how many came back."""
        if self._store is None or not self._undo_stack:
            return 0
        run_ids = self._undo_stack.pop()
        try:
            count = self._store.undelete_runs(run_ids)
        except (StoreError, sqlite3.Error) as error:
            self._undo_stack.append(run_ids)
            self._show_error(self.tr("Cannot undo delete"), engine_error_text(error))
            return 0

        self.refresh()
        self.select_runs(run_ids)
        self.show_message(self.tr("Restored {0} run(s).").format(count))
        return count

    @property
    def can_undo(self) -> bool:
        return bool(self._undo_stack)

    # -- configs ----------------------------------------------------------------------------------

    def selected_config(self):
        """Return the ``RunConfig`` of the one selected run, or None (with a message) when it cannot be read."""
        run_ids = self.selected_run_ids()
        if len(run_ids) != 1 or self._store is None:
            return None
        try:
            return self._store.load_run(run_ids[0]).config
        except (KeyError, StoreError, ValueError) as error:
            self._show_error(self.tr("Cannot read the run's config"), engine_error_text(error))
            return None

    # -- messages ---------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """Show a one-line status text under the table."""
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _show_error(self, title: str, text: str) -> None:
        self.message_label.setStyleSheet("color: #c0392b;")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_message_box = box
        box.open()

    # -- slots ------------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        count = len(self.selected_run_ids())
        has_store = self._store is not None
        self.refresh_action.setEnabled(has_store)
        self.rename_action.setEnabled(count == 1)
        self.tags_action.setEnabled(count >= 1)
        self.delete_action.setEnabled(count >= 1)
        self.undo_action.setEnabled(bool(self._undo_stack))
        self.open_config_action.setEnabled(count == 1)
        self.rerun_action.setEnabled(count == 1)

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_actions()
        self.selection_changed.emit(self.selected_run_ids())

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)

    def _on_status_combo_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_combo.currentData() or "")

    def _on_tag_combo_changed(self, _index: int) -> None:
        self.proxy.set_tag(self.tag_combo.currentData() or "")

    def _on_model_edit_failed(self, message: str) -> None:
        self._show_error(self.tr("Cannot rename run"), message)

    def _on_table_context_menu_requested(self, position) -> None:
        menu = QMenu(self)
        for action in (self.rename_action, self.tags_action, self.delete_action, self.undo_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.open_config_action)
        menu.addAction(self.rerun_action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _on_rename_action_triggered(self) -> None:
        rows = self.table.selectionModel().selectedRows(column_index("name"))
        if len(rows) == 1:
            self.table.edit(rows[0])

    def _on_tags_action_triggered(self) -> None:
        run_ids = self.selected_run_ids()
        if not run_ids:
            return
        if len(run_ids) == 1:
            summary = self.model.summary_at(self.model.row_of(run_ids[0]))
            # A tag that contains a comma is shown in double quotes, so it reads back as one tag.
            tag_line = format_tag_list(summary.tags)
            text, accepted = QInputDialog.getText(self, self.tr("Tags"),
                                                  self.tr("Tags of this run, separated by commas:"),
                                                  QLineEdit.EchoMode.Normal, tag_line)
            if accepted and parse_tag_list(text) != list(summary.tags):
                self.set_tags(run_ids[0], parse_tag_list(text))
            return

        tag, accepted = QInputDialog.getText(self, self.tr("Add tag"),
                                             self.tr("Tag to add to the {0} selected runs:").format(len(run_ids)))
        if accepted and tag.strip():
            self.add_tag(run_ids, tag)

    def _on_delete_action_triggered(self) -> None:
        self.delete_runs(self.selected_run_ids())

    def _on_open_config_action_triggered(self) -> None:
        config = self.selected_config()
        if config is not None:
            self.open_config_requested.emit(config)

    def _on_rerun_action_triggered(self) -> None:
        config = self.selected_config()
        if config is not None:
            self.rerun_requested.emit(config)

    def _on_open_database_action_triggered(self) -> None:
        start = str(self._store.path.parent) if self._store is not None else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open run database"), start,
                                                    self.tr("Run databases (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path:
            self.open_database(path)

    def _on_new_database_action_triggered(self) -> None:
        start = str(self._store.path.parent) if self._store is not None else str(Path.home())
        # The panel itself rejects existing files, so the dialog must not offer to overwrite one.
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("New run database"),
                                                    str(Path(start) / f"runs{DATABASE_SUFFIX}"),
                                                    self.tr("Run databases (*.sqlite3)"),
                                                    options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.new_database(path)

