"""The sweep view: choose one or two settings and their values, run the grid in worker processes, see the result.

The grid trains one run per cell with the engine's :class:`SweepRunner`,
which runs cells in a process pool and stores each finished run in the run
store (tagged with the sweep's tag). :class:`SweepWorker` calls the runner in
a QThread; the runner's progress reaches the GUI thread as queued signals,
and no widget is touched outside it. Cancel sets the runner's cancel flag:
running cells stop at their next mini-batch, waiting cells never start, and
worker processes that do not exit within the runner's ``cancel_timeout``
are terminated.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QProgressBar, QPushButton, QSpinBox, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from workbench.engine.compare import is_applicable
from workbench.engine.config import ConfigError, RunConfig
from workbench.engine.store import RunStore, StoreError
from workbench.engine.sweep import SweepError, SweepProgress, SweepResult, SweepRow, SweepRunner, write_sweep_csv
from workbench.gui.engine_messages import engine_error_text
from workbench.gui.panels.base import WrappingLabel
from workbench.gui.runs.axis_editor import AxisEditor, preset_title
from workbench.gui.runs.compare_progress import format_seconds
from workbench.gui.runs.sorting import MissingLastProxyModel
from workbench.gui.runs.sweep_results import METRICS, SweepPlot, SweepTableModel, best_index, metric_grid, metric_title
from workbench.gui.runs.threads import join_thread, start_worker_thread
from workbench.gui.svg_export import export_png, export_svg

logger = logging.getLogger(__name__)

#: Seconds the runner waits for running cells after Cancel before it terminates their processes.
CANCEL_TIMEOUT_SECONDS = 1.0
#: The same wait when the window closes. It is longer so that workers still starting up (a spawned
#: process imports numpy and the engine first) can stop on their own instead of being terminated.
SHUTDOWN_TIMEOUT_SECONDS = 3.0
#: Width of exported PNG images, in pixels.
EXPORT_PNG_WIDTH = 1600


class SweepWorker(QObject):
    """Runs one :class:`SweepRunner` in the thread it was moved to; call :meth:`run` through ``QThread.started``."""

    progressed = Signal(object)  # SweepProgress
    finished = Signal(object)  # SweepResult
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.runner: SweepRunner | None = None

    def on_sweep_progress(self, progress: SweepProgress) -> None:
        """Emit ``progressed``; the runner calls this in the worker thread, so it touches no widget."""
        self.progressed.emit(progress)

    @Slot()
    def run(self) -> None:
        try:
            result = self.runner.run()
        except (StoreError, sqlite3.Error, OSError) as error:
            logger.warning("Sweep %s failed: %s", self.runner.tag, error)
            self.failed.emit(engine_error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - the GUI must hear of every failure, or it waits forever
            logger.exception("Sweep %s failed", self.runner.tag)
            self.failed.emit(self.tr("The sweep failed with an unexpected error: {0}: {1}").format(
                type(error).__name__, error))
            return
        self.finished.emit(result)


class SweepView(QWidget):
    """Set up, run, cancel and inspect a hyperparameter sweep over the base config.

    The owner sets the config the grid varies with :meth:`set_base_config`
    and the store with :meth:`set_store`. Signals: ``sweep_started(str)``
    with the sweep's tag, ``sweep_finished(object)`` with the
    :class:`SweepResult` (also after Cancel), ``sweep_failed(str)``.
    """

    sweep_started = Signal(str)
    sweep_finished = Signal(object)
    sweep_failed = Signal(str)

    def __init__(self, store: RunStore | None = None, base_config: RunConfig | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sweep_view")
        self.store = store
        self._base_config = base_config if base_config is not None else RunConfig()
        self._thread = None
        self._worker: SweepWorker | None = None
        self._axes = []
        self._rows: dict[tuple[int, ...], SweepRow] = {}
        self.result: SweepResult | None = None
        self._last_directory = str(Path.home())
        #: The newest message box the view opened; tests read and close it.
        self.last_message_box: QMessageBox | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_controls())
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

        self._connect_signals()
        self._on_grid_changed()
        self._update_buttons()

    # -- construction ---------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        controls = QWidget(self)
        layout = QVBoxLayout(controls)
        layout.setContentsMargins(0, 0, 0, 0)

        first_group = QGroupBox(self.tr("First setting"), controls)
        self.first_axis = AxisEditor("learning_rate", first_group)
        QVBoxLayout(first_group).addWidget(self.first_axis)
        layout.addWidget(first_group)

        self.second_group = QGroupBox(self.tr("Second setting"), controls)
        self.second_group.setCheckable(True)
        self.second_group.setChecked(False)
        self.second_axis = AxisEditor("beta1", self.second_group)
        QVBoxLayout(self.second_group).addWidget(self.second_axis)
        layout.addWidget(self.second_group)

        form = QFormLayout()
        self.workers_spin = QSpinBox(controls)
        self.workers_spin.setObjectName("sweep_workers")
        self.workers_spin.setRange(1, max(64, os.cpu_count() or 1))
        self.workers_spin.setValue(os.cpu_count() or 1)
        self.workers_spin.setToolTip(self.tr("Worker processes that train cells at the same time; "
                                             "the default is the number of CPU cores"))
        form.addRow(self.tr("Workers"), self.workers_spin)
        layout.addLayout(form)

        self.grid_label = WrappingLabel(controls)
        self.grid_label.setObjectName("grid_summary")
        layout.addWidget(self.grid_label)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start sweep"), controls)
        self.start_button.setObjectName("start_sweep")
        self.cancel_button = QPushButton(self.tr("Cancel"), controls)
        self.cancel_button.setObjectName("cancel_sweep")
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        self.progress_bar = QProgressBar(controls)
        self.progress_bar.setObjectName("sweep_progress")
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v of %m cells"))
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel(controls)
        self.status_label.setObjectName("sweep_status")
        self.status_label.setWordWrap(True)
        # Room for four lines, because a word-wrapped label in a splitter does not grow on its own.
        self.status_label.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        return controls

    def _build_results(self) -> QWidget:
        results = QWidget(self)
        layout = QVBoxLayout(results)
        layout.setContentsMargins(0, 0, 0, 0)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show"), results))
        self.metric_combo = QComboBox(results)
        self.metric_combo.setObjectName("sweep_metric")
        for metric in METRICS:
            self.metric_combo.addItem(metric_title(metric), metric)
        row.addWidget(self.metric_combo)
        row.addStretch(1)
        self.export_png_button = QPushButton(self.tr("Export PNG…"), results)
        self.export_svg_button = QPushButton(self.tr("Export SVG…"), results)
        self.export_csv_button = QPushButton(self.tr("Export table CSV…"), results)
        for button in (self.export_png_button, self.export_svg_button, self.export_csv_button):
            row.addWidget(button)
        layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical, results)
        self.plot = SweepPlot(splitter)
        self.table_model = SweepTableModel(self)
        self.table_proxy = MissingLastProxyModel(self)
        self.table_proxy.setSourceModel(self.table_model)
        self.table = QTableView(splitter)
        self.table.setObjectName("sweep_table")
        self.table.setModel(self.table_proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        splitter.addWidget(self.plot)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([480, 280])
        layout.addWidget(splitter, 1)
        return results

    def _connect_signals(self) -> None:
        self.first_axis.changed.connect(self._on_grid_changed)
        self.second_axis.changed.connect(self._on_grid_changed)
        self.second_group.toggled.connect(self._on_grid_changed)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.metric_combo.currentIndexChanged.connect(self._on_metric_combo_changed)
        self.export_png_button.clicked.connect(self._on_export_png_button_clicked)
        self.export_svg_button.clicked.connect(self._on_export_svg_button_clicked)
        self.export_csv_button.clicked.connect(self._on_export_csv_button_clicked)

    # -- configuration --------------------------------------------------------------------------

    def set_base_config(self, config: RunConfig) -> None:
        """Set the config every cell starts from; the running sweep keeps the config it started with."""
        self._base_config = config
        self._on_grid_changed()

    def set_store(self, store: RunStore | None) -> None:
        """Store the next sweeps' runs in ``store``."""
        self.store = store
        self._update_buttons()

    @property
    def is_running(self) -> bool:
        return self._worker is not None

    @property
    def metric(self) -> str:
        return self.metric_combo.currentData()

    def editors(self) -> list[AxisEditor]:
        """Return the axis editors in use: the first, and the second when it is switched on."""
        return [self.first_axis, self.second_axis] if self.second_group.isChecked() else [self.first_axis]

    def grid_specs(self) -> list[str]:
        return [editor.spec() for editor in self.editors()]

    # -- running ----------------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the sweep the editors describe; when it cannot start, show the reason and return False.

        The reason for an invalid axis is the error its editor already shows under its fields, so the
        status line keeps its text. Every other reason goes to the status line.
        """
        if self.is_running:
            return False
        if self.store is None:
            self._show_status(self.tr("No run database is open, so the sweep's runs cannot be stored."), error=True)
            return False

        # Each axis editor shows its own error under its fields, so the status line does not repeat it.
        axis_errors = [editor.error() for editor in self.editors() if editor.error()]
        if axis_errors:
            logger.info("Sweep not started: %s", axis_errors[0])
            return False

        try:
            axes = [editor.axis() for editor in self.editors()]
            worker = SweepWorker()
            # Building the runner validates every cell's config, so a bad value is reported before any training.
            runner = SweepRunner(self._base_config, axes, store=self.store, max_workers=self.workers_spin.value(),
                                 on_progress=worker.on_sweep_progress, cancel_timeout=CANCEL_TIMEOUT_SECONDS)
        except (SweepError, ConfigError) as error:
            self._show_status(self.tr("Cannot start the sweep: {0}").format(engine_error_text(error)), error=True)
            return False

        worker.runner = runner
        # Methods of this GUI-thread object as slots: Qt queues the calls into the GUI thread.
        worker.progressed.connect(self._on_worker_progressed)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)

        self._axes = list(axes)
        self._rows = {}
        self.result = None
        self.progress_bar.setRange(0, len(runner.cells))
        self.progress_bar.setValue(0)
        self._redraw()
        self._worker = worker
        self._thread = start_worker_thread(worker, "sweep")
        self._show_status(self.tr("Starting {0} worker processes…").format(min(runner.max_workers, len(runner.cells))))
        self._update_buttons()
        self.sweep_started.emit(runner.tag)
        return True

    def cancel(self) -> None:
        """Ask the running sweep to stop; ``sweep_finished`` follows with ``cancelled`` set."""
        if self._worker is None:
            return
        self._worker.runner.cancel()
        self.cancel_button.setEnabled(False)
        self._show_status(self.tr("Cancelling: stopping the running cells…"))

    def shutdown(self) -> None:
        """Cancel a running sweep and block until its thread (and so its worker processes) ended; safe twice."""
        if self._worker is not None:
            self._worker.runner.cancel(timeout=SHUTDOWN_TIMEOUT_SECONDS)
        join_thread(self._thread)
        self._thread = None
        self._worker = None

    def _on_worker_progressed(self, progress: SweepProgress) -> None:
        if self._worker is None:
            return
        self.progress_bar.setValue(progress.done)
        if progress.row is not None:
            self._rows[progress.row.index] = progress.row
            self._redraw()
        if progress.done < progress.total and not self._worker.runner.cancel_requested:
            self._show_status(self.tr("{0} of {1} cells done, about {2} left").format(
                progress.done, progress.total, format_seconds(progress.estimated_seconds_left)))

    def _on_worker_finished(self, result: SweepResult) -> None:
        self._end_thread()
        self.result = result
        self._axes = list(result.axes)
        self._rows = {row.index: row for row in result.rows}
        self._redraw()

        stored = sum(1 for row in result.rows if row.run_id is not None)
        if result.cancelled:
            text = self.tr("Cancelled after {0:.1f} s; {1} of {2} cells stored, tag {3}").format(
                result.elapsed_seconds, stored, len(result.rows), result.tag)
        else:
            text = self.tr("Finished {0} cells in {1:.1f} s; runs tagged {2}").format(
                len(result.rows), result.elapsed_seconds, result.tag)
        best = result.best_row(self.metric)
        if best is not None:
            text += "\n" + self.tr("Best {0}: {1}").format(metric_title(self.metric).lower(), best.label)
        self._show_status(text)
        self.sweep_finished.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        self._end_thread()
        self._show_status(self.tr("The sweep failed: {0}").format(message), error=True)
        self.sweep_failed.emit(message)

    def _end_thread(self) -> None:
        join_thread(self._thread)
        self._thread = None
        self._worker = None
        self._update_buttons()

    # -- display ----------------------------------------------------------------------------------

    def _redraw(self) -> None:
        rows = list(self._rows.values())
        self.plot.show_result(self._axes, rows, self.metric)
        best = best_index(metric_grid(self._axes, rows, self.metric), self.metric) if self._axes else None
        ordered = sorted(rows, key=lambda row: row.index)
        self.table_model.set_rows(self._axes, ordered, best)
        self._update_buttons()

    def _on_metric_combo_changed(self, _index: int) -> None:
        self._redraw()

    def _on_grid_changed(self, *_args) -> None:
        editors = self.editors()
        if any(editor.error() for editor in editors):
            # The invalid axis shows why under its own fields, so a second copy here would only crowd the column.
            self.grid_label.clear()
            self.grid_label.hide()
            self._show_planned_cells(None)
            self._update_buttons()
            return

        axes = [editor.axis() for editor in editors]
        cells = 1
        for axis in axes:
            cells *= len(axis.values)
        text = self.tr("{0} runs of {1} epochs each").format(cells, self._base_config.training.epochs)
        self._show_planned_cells(cells)

        unused = [axis for axis in axes if not all(is_applicable(self._base_config, field) for field in axis.fields)]
        for axis in unused:
            text += "\n" + self.tr("Note: the current config does not use {0} (optimizer {1}, schedule {2}), so "
                                   "this axis changes nothing.").format(preset_title(axis.name),
                                                                        self._base_config.optimizer.name,
                                                                        self._base_config.schedule.name)
        self.grid_label.setText(text)
        self.grid_label.show()
        self._update_buttons()

    def _show_planned_cells(self, cells: int | None) -> None:
        """Show "0 of ``cells`` cells" on the idle progress bar, or no text when the grid is invalid (None).

        A running sweep keeps its own count. So does a finished sweep while the
        planned grid has its cell count, so "4 of 4 cells" stays after it ends.
        """
        if self.is_running:
            return
        if cells is None:
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            self.progress_bar.setTextVisible(False)
            return

        self.progress_bar.setTextVisible(True)
        if self.result is not None and self.progress_bar.maximum() == cells:
            return
        self.progress_bar.setRange(0, cells)
        self.progress_bar.setValue(0)

    def _update_buttons(self) -> None:
        running = self.is_running
        grid_valid = not any(editor.error() for editor in self.editors())
        self.start_button.setEnabled(not running and grid_valid and self.store is not None)
        self.cancel_button.setEnabled(running)
        for widget in (self.first_axis, self.second_group, self.workers_spin):
            widget.setEnabled(not running)
        has_rows = bool(self._rows)
        for button in (self.export_png_button, self.export_svg_button):
            button.setEnabled(bool(self._axes))
        self.export_csv_button.setEnabled(self.result is not None and has_rows)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #c0392b;" if error else "")
        self.status_label.setText(text)

    # -- export -----------------------------------------------------------------------------------

    def export_png(self, path: str | Path) -> Path | None:
        """Write the heatmap or line plot as a PNG image; return the path, or None (with a message) on failure."""
        try:
            return export_png(self.plot.graphics.scene(), path, EXPORT_PNG_WIDTH)
        except (OSError, ValueError) as error:
            return self._export_failed(Path(path), error)

    def export_svg(self, path: str | Path) -> Path | None:
        """Write the heatmap or line plot as an SVG image; return the path, or None (with a message) on failure."""
        try:
            return export_svg(self.plot.graphics.scene(), path)
        except (OSError, ValueError) as error:
            return self._export_failed(Path(path), error)

    def export_csv(self, path: str | Path) -> Path | None:
        """Write the finished sweep's table with ``write_sweep_csv``; None (with a message) on failure."""
        path = Path(path)
        if self.result is None:
            return self._export_failed(path, ValueError(self.tr("no sweep has finished yet")))
        try:
            write_sweep_csv(self.result, path)
        except OSError as error:
            return self._export_failed(path, error)
        return path

    def _export_failed(self, path: Path, error: Exception) -> None:
        logger.warning("Export to %s failed: %s", path, error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot export"),
                          self.tr("{0} could not be written: {1}").format(path, error), QMessageBox.StandardButton.Ok,
                          self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message_box = box
        return None

    def _ask_save_path(self, title: str, file_name: str, file_filter: str, suffix: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(self, title, str(Path(self._last_directory) / file_name),
                                                    file_filter)
        if not path:
            return ""
        self._last_directory = str(Path(path).parent)
        return path if path.lower().endswith(suffix) else path + suffix

    def _on_export_png_button_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Export sweep plot as PNG"), "sweep.png", self.tr("PNG images (*.png)"),
                                   ".png")
        if path:
            self.export_png(path)

    def _on_export_svg_button_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Export sweep plot as SVG"), "sweep.svg", self.tr("SVG images (*.svg)"),
                                   ".svg")
        if path:
            self.export_svg(path)

    def _on_export_csv_button_clicked(self) -> None:
        path = self._ask_save_path(self.tr("Export sweep table as CSV"), "sweep.csv", self.tr("CSV files (*.csv)"),
                                   ".csv")
        if path:
            self.export_csv(path)

