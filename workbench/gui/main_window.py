"""The main window: views as tabs, the parameter and run history docks, run controls, menus and the status bar.

The window edits one RunConfig through the parameter panel, starts runs in a
:class:`~workbench.gui.worker.TrainingRunner` and redraws the plots from a
timer at most ``REFRESH_INTERVAL_MS`` apart, taking whatever progress arrived
since the previous tick, so painting never slows training. Every run is
recorded in the run history (:mod:`workbench.gui.run_history`) while it
trains. The Pace control (tool bar and Run menu) limits runs to a number of
iterations per second so the plots can be watched. The pace never changes a
run's numbers, and it is stored in the settings, not in the RunConfig.

Only the Training tab is built at start-up. The other tabs and the run
history dock are :class:`~workbench.gui.lazy_view.LazyView` placeholders
that import and build their view the first time they are shown. The
parameter dock is hidden while a tab without parameters (Landscape, EWA
explorer, Decay explorer) is current, and shown again on the other tabs
unless the user hid it. Closing the window or quitting the app stops a
running run, comparison or sweep and waits for its thread.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

import numpy as np

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox, QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QStyle, QTabWidget, QToolBar, QWidget,
)

from workbench.engine import config as run_config
from workbench.engine.config import ConfigError, RunConfig
from workbench.engine.metrics import write_epoch_csv, write_iteration_csv
from workbench.engine.store import RunStore, StoreError
from workbench.engine.training import RunResult
from workbench.gui import i18n
from workbench.gui import settings as app_settings
from workbench.gui.data_preview import DataPreview, DataPreviewLoader, load_preview
from workbench.gui.engine_messages import config_error_text, dataset_error_text, store_error_text
from workbench.gui.lazy_view import LazyView
from workbench.gui.pacing import AS_FAST_AS_POSSIBLE, DEFAULT_PACE, PACE_CHOICES
from workbench.gui.panels import ParameterPanel
from workbench.gui.panels.parameter_panel import data_settings_key
from workbench.gui.run_history import RunHistory
from workbench.gui.svg_export import export_png, export_svg
from workbench.gui.training_view import TrainingView
from workbench.gui.worker import RunSetup, TrainingRunner

logger = logging.getLogger(__name__)

#: Minimum time between two plot refreshes during a run (about 30 per second).
REFRESH_INTERVAL_MS = 33
#: Maximum time between two plot refreshes, however slow painting is.
MAX_REFRESH_INTERVAL_MS = 500
#: The refresh interval is at least this many times what one refresh and its painting cost.
PAINT_BUDGET_FACTOR = 4.0
#: Delay between the last data-setting edit and loading the data set for the preview.
PREVIEW_DELAY_MS = 200
#: Width of exported PNG images, in pixels.
EXPORT_PNG_WIDTH = 1800
DEFAULT_SIZE = (1400, 900)
#: Suffix given to a chosen run database file name that has none.
DATABASE_SUFFIX = ".sqlite3"

OPTIMIZER_COMPARISON = "optimizers"
DECAY_COMPARISON = "decay"


class ElidedLabel(QLabel):
    """A one-line label that elides its text at the right when it is too narrow; the tooltip shows the full text.

    ``text()`` still returns the full text. A caller that sets its own tooltip
    after ``setText`` replaces the full-text tooltip.
    """

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Without this a long message claims its full width and pushes the counters beside it.
        return QSize(0, super().minimumSizeHint().height())

    def displayed_text(self) -> str:
        """Return the text as painted: the full text, or its start with an ellipsis."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.displayed_text())
        painter.end()


class MainWindow(QMainWindow):
    """The Optimizer Workbench window, opened on the last config (or the defaults: moons with Adam)."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Optimizer Workbench"))
        self.resize(*DEFAULT_SIZE)

        self._settings = settings if settings is not None else app_settings.open_settings()
        self._last_result: RunResult | None = None
        self._last_setup: RunSetup | None = None
        self._previewed_data_key = ""
        # True from an edit of CSV data settings until the preview timer starts loading them.
        self._csv_preview_due = False
        self._settings_saved = False
        #: The newest message box the window opened (errors, notes); tests read and close it.
        self.last_message_box: QMessageBox | None = None
        self._closing = False
        self._last_run_costs: np.ndarray | None = None
        # Runs selected in the run history before the Compare tab was built: (store, run ids).
        self._pending_comparison: tuple[RunStore, list[int]] | None = None
        self._warned_databases: set[Path] = set()
        self._pace = DEFAULT_PACE
        self._latest_cost = math.nan
        # True while the parameter dock is hidden because a tab without parameters is current.
        self._parameters_hidden_by_tab = False
        self._parameters_tab_current = True

        self.run_history = RunHistory(self._settings)
        self.runner = TrainingRunner(self)
        self.data_preview = DataPreviewLoader(self)
        #: The runner of "Compare optimizers" and "Compare decay", created on the first comparison.
        self.compare_runner = None
        self.compare_progress = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("view_tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        self.training_view = TrainingView(self, smoothing_beta=app_settings.read_smoothing_beta(self._settings))
        self.add_view(self.training_view, self.tr("Training"))
        self.landscape_tab = self.add_lazy_view(self._build_landscape_view, "landscape", self.tr("Landscape"))
        self.ewa_tab = self.add_lazy_view(self._build_ewa_explorer, "ewa_explorer", self.tr("EWA explorer"))
        self.decay_tab = self.add_lazy_view(self._build_decay_explorer, "decay_explorer", self.tr("Decay explorer"))
        self.comparison_tab = self.add_lazy_view(self._build_comparison_view, "comparison", self.tr("Compare"))
        self.sweep_tab = self.add_lazy_view(self._build_sweep_view, "sweep", self.tr("Sweep"))

        self.parameter_panel = ParameterPanel(self)
        self.parameter_dock = QDockWidget(self.tr("Parameters"), self)
        self.parameter_dock.setObjectName("parameter_dock")
        # Qt disables a dock's toggleViewAction (View > Parameters) unless the dock is closable.
        self.parameter_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                        | QDockWidget.DockWidgetFeature.DockWidgetMovable
                                        | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.parameter_dock.setWidget(self.parameter_panel)
        self.parameter_dock.setMinimumWidth(360)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.parameter_dock)

        self.runs_view = LazyView(self._build_runs_panel, "runs_panel", self)
        self.runs_dock = QDockWidget(self.tr("Run history"), self)
        self.runs_dock.setObjectName("runs_dock")
        self.runs_dock.setWidget(self.runs_view)
        # The parameter dock keeps the full height; the run history sits under the tabs only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.runs_dock)
        self.runs_dock.hide()

        self._create_actions()
        self._create_menus()
        self._create_tool_bar()
        self._create_status_bar()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_INTERVAL_MS)
        self._refresh_seconds = 0.0  # smoothed cost of one plot refresh with its painting
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)

        self._restore_settings()
        self._connect_signals()
        self._update_run_actions()
        self._on_preview_timer_timeout()

    # -- construction ---------------------------------------------------------------------------

    def _create_actions(self) -> None:
        style = self.style()

        self.new_action = QAction(self.tr("&New"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setStatusTip(self.tr("Reset every setting to the defaults (moons with Adam)"))
        self.open_action = QAction(self.tr("&Open experiment…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.save_action = QAction(self.tr("&Save experiment…"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.export_metrics_action = QAction(self.tr("Export metrics &CSV…"), self)
        self.export_metrics_action.setStatusTip(self.tr("Write the last run's per-epoch and per-iteration metrics"))
        self.export_png_action = QAction(self.tr("Export plots as &PNG…"), self)
        self.export_svg_action = QAction(self.tr("Export plots as S&VG…"), self)
        self.choose_database_action = QAction(self.tr("Choose run &database…"), self)
        self.choose_database_action.setStatusTip(self.tr("Choose the file that stores the run history; "
                                                         "a new file is created when it does not exist"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.start_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay), self.tr("&Start"), self)
        self.start_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.pause_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaPause), self.tr("&Pause"), self)
        self.pause_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.stop_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop), self.tr("S&top"), self)
        self.stop_action.setShortcut(QKeySequence("Shift+F5"))
        self.compare_optimizers_action = QAction(self.tr("Compare &optimizers"), self)
        self.compare_optimizers_action.setStatusTip(self.tr(
            "Train the current settings with GD, momentum, RMSprop and Adam and overlay the four runs"))
        self.compare_decay_action = QAction(self.tr("Compare &decay schedules"), self)
        self.compare_decay_action.setStatusTip(self.tr(
            "Train the current settings with Adam and four learning-rate schedules and overlay the runs"))
        self.cancel_comparison_action = QAction(self.tr("&Cancel comparison"), self)

        self.pace_group = QActionGroup(self)
        self.pace_group.setExclusive(True)
        self.pace_actions: dict[int, QAction] = {}
        for pace in PACE_CHOICES:
            action = QAction(self._pace_text(pace), self)
            action.setCheckable(True)
            action.setData(pace)
            self.pace_group.addAction(action)
            self.pace_actions[pace] = action

        self.view_actions: dict[str, QAction] = {}
        views = [
            ("training", self.training_view, self.tr("&Training")),
            ("landscape", self.landscape_tab, self.tr("&Landscape")),
            ("ewa_explorer", self.ewa_tab, self.tr("&EWA explorer")),
            ("decay_explorer", self.decay_tab, self.tr("&Decay explorer")),
            ("comparison", self.comparison_tab, self.tr("&Compare")),
            ("sweep", self.sweep_tab, self.tr("&Sweep")),
        ]
        for number, (name, page, text) in enumerate(views, start=1):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(name)
            action.triggered.connect(lambda _checked=False, page=page: self.show_view(page))
            self.view_actions[name] = action

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        current = i18n.effective_language(self._settings)
        for code, native_name in i18n.LANGUAGES.items():
            action = QAction(native_name, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action

        self.about_action = QAction(self.tr("&About Optimizer Workbench"), self)

    def _create_menus(self) -> None:
        menu_bar = self.menuBar()

        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_metrics_action)
        file_menu.addAction(self.export_png_action)
        file_menu.addAction(self.export_svg_action)
        file_menu.addSeparator()
        file_menu.addAction(self.choose_database_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        run_menu = menu_bar.addMenu(self.tr("&Run"))
        run_menu.addAction(self.start_action)
        run_menu.addAction(self.pause_action)
        run_menu.addAction(self.stop_action)
        pace_menu = run_menu.addMenu(self.tr("Pa&ce"))
        pace_menu.setObjectName("pace_menu")
        for action in self.pace_actions.values():
            pace_menu.addAction(action)
        run_menu.addSeparator()
        run_menu.addAction(self.compare_optimizers_action)
        run_menu.addAction(self.compare_decay_action)
        run_menu.addAction(self.cancel_comparison_action)

        view_menu = menu_bar.addMenu(self.tr("&View"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.parameters_action = self.parameter_dock.toggleViewAction()
        self.parameters_action.setText(self.tr("&Parameters"))
        view_menu.addAction(self.parameters_action)
        runs_dock_action = self.runs_dock.toggleViewAction()
        runs_dock_action.setText(self.tr("&Run history"))
        runs_dock_action.setShortcut(QKeySequence("Ctrl+H"))
        view_menu.addAction(runs_dock_action)

        language_menu = menu_bar.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_tool_bar(self) -> None:
        tool_bar = QToolBar(self.tr("Run"), self)
        tool_bar.setObjectName("run_tool_bar")
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tool_bar.addAction(self.start_action)
        tool_bar.addAction(self.pause_action)
        tool_bar.addAction(self.stop_action)
        tool_bar.addSeparator()

        pace_tip = self.tr("Mini-batch iterations per second a training run may make, so the plots can be "
                           "watched as they change. The pace never changes the numbers a run computes.")
        self.pace_label = QLabel(self.tr("Pace"), self)
        self.pace_label.setToolTip(pace_tip)
        self.pace_combo = QComboBox(self)
        self.pace_combo.setObjectName("pace_combo")
        self.pace_combo.setToolTip(pace_tip)
        for pace in PACE_CHOICES:
            self.pace_combo.addItem(self._pace_text(pace), pace)
        self.pace_label.setBuddy(self.pace_combo)
        # The label keeps a small gap from the separator and the combo.
        self.pace_label.setContentsMargins(6, 0, 4, 0)
        tool_bar.addWidget(self.pace_label)
        tool_bar.addWidget(self.pace_combo)

        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tool_bar)
        self.run_tool_bar = tool_bar

    def _pace_text(self, pace: int) -> str:
        if pace == AS_FAST_AS_POSSIBLE:
            return self.tr("As fast as possible")
        return self.tr("{0} iterations/s").format(pace)

    def _create_status_bar(self) -> None:
        status_bar = self.statusBar()
        self.run_status_label = ElidedLabel(self)
        self.run_status_label.setObjectName("run_status")
        self.epoch_label = QLabel(self)
        self.iteration_label = QLabel(self)
        self.cost_label = QLabel(self)
        self.speed_label = QLabel(self)
        status_bar.addWidget(self.run_status_label, 1)
        #: The training run's counters, shown only while the Training tab is current.
        self.counter_labels = (self.epoch_label, self.iteration_label, self.cost_label, self.speed_label)
        for label in self.counter_labels:
            label.setMinimumWidth(110)
            status_bar.addPermanentWidget(label)
        self._show_counters(epoch=0, iteration=0, cost=math.nan, iterations_per_second=math.nan)

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.save_action.triggered.connect(self._on_save_action_triggered)
        self.export_metrics_action.triggered.connect(self._on_export_metrics_action_triggered)
        self.export_png_action.triggered.connect(self._on_export_png_action_triggered)
        self.export_svg_action.triggered.connect(self._on_export_svg_action_triggered)
        self.choose_database_action.triggered.connect(self._on_choose_database_action_triggered)
        self.quit_action.triggered.connect(self._on_quit_action_triggered)
        self.start_action.triggered.connect(self.start_run)
        self.pause_action.triggered.connect(self.toggle_pause)
        self.stop_action.triggered.connect(self.stop_run)
        self.compare_optimizers_action.triggered.connect(self.compare_optimizers)
        self.compare_decay_action.triggered.connect(self.compare_decay)
        self.cancel_comparison_action.triggered.connect(self.cancel_comparison)
        self.language_group.triggered.connect(self._on_language_action_triggered)
        self.pace_group.triggered.connect(self._on_pace_action_triggered)
        self.pace_combo.currentIndexChanged.connect(self._on_pace_combo_current_index_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.parameters_action.triggered.connect(self._on_parameters_action_triggered)
        self.about_action.triggered.connect(self._on_about_action_triggered)

        self.parameter_panel.config_edited.connect(self._on_parameter_panel_config_edited)
        self.parameter_panel.validity_changed.connect(self._on_parameter_panel_validity_changed)
        self.training_view.plots.smoothing_beta_changed.connect(self._on_plots_smoothing_beta_changed)

        self.runner.prepared.connect(self._on_runner_prepared)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.store_failed.connect(self._on_runner_store_failed)
        self._refresh_timer.timeout.connect(self._on_refresh_timer_timeout)
        self._preview_timer.timeout.connect(self._on_preview_timer_timeout)
        self.data_preview.finished.connect(self._on_data_preview_finished)

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_application_about_to_quit)

    # -- views ------------------------------------------------------------------------------------

    def add_view(self, widget: QWidget, title: str) -> int:
        """Add ``widget`` as a tab titled ``title`` (already translated); return its tab index."""
        return self.tabs.addTab(widget, title)

    def add_lazy_view(self, factory, name: str, title: str) -> LazyView:
        """Add a tab titled ``title`` whose widget ``factory()`` builds the first time the tab is shown."""
        page = LazyView(factory, name, self)
        self.add_view(page, title)
        return page

    def show_view(self, page: QWidget) -> None:
        """Switch to the tab that contains ``page`` (a view or its LazyView placeholder)."""
        self.tabs.setCurrentWidget(page)

    def _tab_uses_parameters(self, page: QWidget | None) -> bool:
        """Return False for the tabs with controls of their own, which the parameter panel does not affect."""
        return page not in (self.landscape_tab, self.ewa_tab, self.decay_tab)

    def _on_tabs_current_changed(self, index: int) -> None:
        # The counters and the run's status describe the Training tab's run, so
        # other tabs would show stale text.
        on_training_tab = self.tabs.widget(index) is self.training_view
        for label in (*self.counter_labels, self.run_status_label):
            label.setVisible(on_training_tab)

        uses_parameters = self._tab_uses_parameters(self.tabs.widget(index))
        entered_group = uses_parameters != self._parameters_tab_current
        self._parameters_tab_current = uses_parameters
        if not entered_group:
            return

        dock = self.parameter_dock
        if not uses_parameters:
            # A floating dock takes no room from the view, so only a docked one is hidden.
            if not dock.isHidden() and not dock.isFloating():
                dock.hide()
                self._parameters_hidden_by_tab = True
        elif self._parameters_hidden_by_tab:
            dock.show()
            self._parameters_hidden_by_tab = False

    def _on_parameters_action_triggered(self, _checked: bool) -> None:
        # The user showed or hid the dock by hand, so tab changes leave it as it is.
        self._parameters_hidden_by_tab = False

    @property
    def landscape_view(self):
        """The Landscape view, or None until its tab was first shown."""
        return self.landscape_tab.widget

    @property
    def ewa_explorer(self):
        """The EWA explorer, or None until its tab was first shown."""
        return self.ewa_tab.widget

    @property
    def decay_explorer(self):
        """The decay explorer, or None until its tab was first shown."""
        return self.decay_tab.widget

    @property
    def comparison_view(self):
        """The run comparison view, or None until its tab was first shown."""
        return self.comparison_tab.widget

    @property
    def sweep_view(self):
        """The sweep view, or None until its tab was first shown."""
        return self.sweep_tab.widget

    @property
    def runs_panel(self):
        """The run history panel, or None until its dock was first shown."""
        return self.runs_view.widget

    # The factories import their view's module here, so start-up loads only the Training tab's code.

    def _build_landscape_view(self) -> QWidget:
        from workbench.gui.landscape import LandscapeView

        return LandscapeView()

    def _build_ewa_explorer(self) -> QWidget:
        from workbench.gui.explorers import EwaExplorer

        explorer = EwaExplorer()
        if self._last_run_costs is not None:
            explorer.set_run_costs(self._last_run_costs)
        return explorer

    def _build_decay_explorer(self) -> QWidget:
        from workbench.gui.explorers import DecayExplorer

        return DecayExplorer()

    def _build_comparison_view(self) -> QWidget:
        from workbench.gui.runs import RunComparisonView

        view = RunComparisonView()
        if self._pending_comparison is not None:
            store, run_ids = self._pending_comparison
            self._pending_comparison = None
            view.show_runs(store, run_ids)
        return view

    def _build_sweep_view(self) -> QWidget:
        from workbench.gui.runs import SweepView

        base_config = self.config() if self.parameter_panel.is_valid else RunConfig()
        view = SweepView(store=self._open_run_store(), base_config=base_config)
        view.sweep_finished.connect(self._on_sweep_view_sweep_finished)
        view.sweep_failed.connect(self._on_sweep_view_sweep_failed)
        return view

    def _build_runs_panel(self) -> QWidget:
        from workbench.gui.runs import RunsPanel

        panel = RunsPanel()
        store = self._open_run_store()
        if store is not None:
            panel.set_store(store)
        # Connected after set_store, so the panel's first database_changed is not taken for a user's choice.
        panel.open_config_requested.connect(self._on_runs_panel_open_config_requested)
        panel.rerun_requested.connect(self._on_runs_panel_rerun_requested)
        panel.database_changed.connect(self._on_runs_panel_database_changed)
        panel.selection_changed.connect(self._on_runs_panel_selection_changed)
        return panel

    # -- config -----------------------------------------------------------------------------------

    def config(self) -> RunConfig:
        """Return a copy of the config the panels show."""
        return self.parameter_panel.config()

    def set_config(self, config: RunConfig) -> None:
        """Show ``config`` in the panels (the caller validated it)."""
        self.parameter_panel.set_config(config)

    def _on_parameter_panel_config_edited(self, config: RunConfig) -> None:
        if data_settings_key(config) != self._previewed_data_key and not self.runner.is_running:
            self._preview_timer.start()
            if config.data.source == "csv" and not self._csv_preview_due:
                # The Start action waits from the edit on, so it is never enabled for a file not yet checked.
                self._csv_preview_due = True
                self.parameter_panel.data_panel.set_loading(True)
        sweep_view = self.sweep_view
        if sweep_view is not None and self.parameter_panel.is_valid:
            sweep_view.set_base_config(config)

    def _on_parameter_panel_validity_changed(self, valid: bool, message: str) -> None:
        self._update_run_actions()
        self._show_ready_status()

    def _show_ready_status(self) -> None:
        """Show in the status bar whether a run can start, unless a run is running."""
        if self.runner.is_running:
            return
        if not self.parameter_panel.is_valid:
            self.run_status_label.setText(self.tr("Cannot start: {0}").format(self.parameter_panel.error_message))
        elif self.is_loading_data:
            self.run_status_label.setText(self.tr("Loading the data set…"))
        else:
            self.run_status_label.setText(self.tr("Ready"))

    @property
    def is_loading_data(self) -> bool:
        """True while the CSV file of the shown settings waits to load or loads; Start waits for it."""
        return self._csv_preview_due or self.data_preview.is_loading

    def _on_preview_timer_timeout(self) -> None:
        """Load the data set for the decision-boundary preview, and report a broken file early.

        A generated set is computed here, in milliseconds. A CSV file loads in
        the background, and Start stays disabled until its outcome is known.
        """
        if self.runner.is_running:
            return
        config = self.parameter_panel.config()
        key = data_settings_key(config)
        self._previewed_data_key = key
        self._csv_preview_due = False

        if config.data.source != "csv":
            # NOTE: the largest generated set (100,000 samples) takes about 0.4 s to make and draw in this thread.
            self.data_preview.cancel()
            self._apply_data_preview(load_preview(key, config.data), loaded_in_background=False)
            return

        self.data_preview.request(key, config.data)
        self.parameter_panel.data_panel.set_loading(True)
        self._update_run_actions()
        self._show_ready_status()

    def _on_data_preview_finished(self, preview: DataPreview) -> None:
        if self._closing or preview.key != self._previewed_data_key:
            return
        self._apply_data_preview(preview, loaded_in_background=True)

    def _apply_data_preview(self, preview: DataPreview, loaded_in_background: bool) -> None:
        self.parameter_panel.data_panel.set_loading(False)
        if preview.config_invalid:
            pass  # the panel already shows the invalid field
        elif preview.dataset is None:
            message = dataset_error_text(preview.dataset_error) if preview.dataset_error else preview.error
            self.parameter_panel.set_dataset_error(message)
        else:
            self._show_previewed_dataset(preview)

        self._update_run_actions()
        if loaded_in_background:
            # Replace "Loading the data set…"; otherwise the status (e.g. a finished run's) stays.
            self._show_ready_status()

    def _show_previewed_dataset(self, preview: DataPreview) -> None:
        dataset = preview.dataset
        self.parameter_panel.set_dataset_error("")
        if self.parameter_panel.config().data.source == "csv":
            self.parameter_panel.set_class_names(dataset.class_names)

        # A run that started meanwhile shows its own copy of the data set.
        plots = self.training_view.plots
        if plots.iteration_count == 0 and not self.runner.is_running:
            plots.set_dataset(dataset)

    # -- running ----------------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self.runner.is_running

    def start_run(self) -> bool:
        """Start a run with the shown config.

        Returns False, with the reason in the status bar, when the config is invalid or a run is running.
        """
        if self.runner.is_running:
            return False
        if not self.parameter_panel.is_valid:
            self.run_status_label.setText(self.tr("Cannot start: {0}").format(self.parameter_panel.error_message))
            return False

        config = self.parameter_panel.config()
        self._last_result = None
        self._last_setup = None
        self.training_view.hide_banner()
        self.training_view.plots.clear()
        self._latest_cost = math.nan
        self._show_counters(epoch=0, iteration=0, cost=math.nan, iterations_per_second=math.nan)

        self.runner.start(config, store=self._open_run_store())
        self._refresh_timer.start()
        self.parameter_panel.set_running(True)
        self.run_status_label.setText(self.tr("Loading the data set…"))
        self._update_run_actions()
        return True

    @property
    def pace(self) -> int:
        """The training pace in iterations per second, where 0 (``AS_FAST_AS_POSSIBLE``) means no delay."""
        return self._pace

    def set_pace(self, pace: int) -> None:
        """Set the pace of the running run and of later runs, show it and store it in the settings.

        ``pace`` is in iterations per second and must be one of
        ``pacing.PACE_CHOICES``. Other values raise ValueError.
        """
        if pace not in PACE_CHOICES:
            raise ValueError(f"invalid pace {pace!r} iterations/s: choose one of "
                             f"{', '.join(str(choice) for choice in PACE_CHOICES)} (0 is as fast as possible)")

        self._pace = pace
        self.runner.set_pace(pace)
        self._settings.setValue(app_settings.KEY_TRAINING_PACE, pace)

        self.pace_actions[pace].setChecked(True)
        index = self.pace_combo.findData(pace)
        if index != self.pace_combo.currentIndex():
            self.pace_combo.setCurrentIndex(index)

    def _on_pace_combo_current_index_changed(self, index: int) -> None:
        pace = self.pace_combo.itemData(index)
        if pace is not None and pace != self._pace:
            self.set_pace(pace)

    def _on_pace_action_triggered(self, action: QAction) -> None:
        if action.data() != self._pace:
            self.set_pace(action.data())

    def toggle_pause(self) -> None:
        """Pause a running run, or resume a paused one."""
        if not self.runner.is_running:
            return
        if self.runner.is_paused:
            self.runner.resume()
            self.run_status_label.setText(self.tr("Training…"))
        else:
            self.runner.pause()
            self.run_status_label.setText(self.tr("Paused"))
        self._update_run_actions()

    def stop_run(self) -> None:
        """Stop the run and wait for its thread; the result ("stopped") arrives from the event loop."""
        if not self.runner.is_running:
            return
        self.run_status_label.setText(self.tr("Stopping…"))
        self.runner.stop()

    def _update_run_actions(self) -> None:
        running = self.runner.is_running
        valid = self.parameter_panel.is_valid
        loading = self.is_loading_data
        self.start_action.setEnabled(valid and not loading and not running)
        if not valid:
            self.start_action.setToolTip(self.tr("Cannot start: {0}").format(self.parameter_panel.error_message))
        elif loading:
            self.start_action.setToolTip(self.tr("Loading the data set…"))
        else:
            self.start_action.setToolTip(self.tr("Start training (F5)"))
        self.pause_action.setEnabled(running)
        self.pause_action.setText(self.tr("&Resume") if self.runner.is_paused else self.tr("&Pause"))
        self.stop_action.setEnabled(running)
        for action in (self.new_action, self.open_action):
            action.setEnabled(not running)
        self.export_metrics_action.setEnabled(self._last_result is not None and not running)

        comparing = self.compare_runner is not None and self.compare_runner.is_running
        for action in (self.compare_optimizers_action, self.compare_decay_action):
            action.setEnabled(valid and not comparing)
        self.cancel_comparison_action.setEnabled(comparing)

    def _on_runner_prepared(self, setup: RunSetup) -> None:
        self._last_setup = setup
        self.training_view.plots.set_dataset(setup.dataset)
        if setup.config.data.source == "csv":
            self.parameter_panel.set_class_names(setup.config.data.class_names)
        self.run_status_label.setText(self.tr("Training…") if not self.runner.is_paused else self.tr("Paused"))
        if setup.notices:
            self.training_view.show_banner("\n".join(setup.notices), "info")

    def _on_refresh_timer_timeout(self) -> None:
        started = time.perf_counter()
        progress_reports = self.runner.take_progress()
        plots = self.training_view.plots
        plots.add_progress(progress_reports)

        grid = self.runner.take_boundary()
        if grid is not None:
            plots.show_boundary(grid)

        if progress_reports:
            latest = progress_reports[-1]
            # The report sent when a run ends may have no new iteration, so the newest cost stays shown.
            reports_with_costs = [report for report in progress_reports if len(report.costs)]
            if reports_with_costs:
                self._latest_cost = float(reports_with_costs[-1].costs[-1])
            self._show_counters(latest.epoch, latest.iteration, self._latest_cost, latest.iterations_per_second)

        self._space_refreshes(time.perf_counter() - started + plots.take_paint_seconds())

    def _space_refreshes(self, refresh_seconds: float) -> None:
        """Set the refresh interval so updating and painting the plots take at most 1/PAINT_BUDGET_FACTOR of the time.

        ``refresh_seconds`` is what the last refresh cost: updating the curves
        plus the paint events since the refresh before. Slow painting (large
        windows, software rendering) then lowers the frame rate instead of
        taking the GIL from the training thread.
        """
        # Follow a slower refresh at once, and a faster one gradually, so one
        # cheap frame does not bring back the full rate.
        self._refresh_seconds = max(refresh_seconds, 0.7 * self._refresh_seconds + 0.3 * refresh_seconds)
        interval_ms = PAINT_BUDGET_FACTOR * self._refresh_seconds * 1000.0
        interval_ms = min(MAX_REFRESH_INTERVAL_MS, max(REFRESH_INTERVAL_MS, interval_ms))
        self._refresh_timer.setInterval(round(interval_ms))

    def _show_counters(self, epoch: int, iteration: int, cost: float, iterations_per_second: float) -> None:
        self.epoch_label.setText(self.tr("Epoch {0}").format(epoch))
        self.iteration_label.setText(self.tr("Iteration {0}").format(iteration))
        self.cost_label.setText(self.tr("Cost {0}").format("–" if math.isnan(cost) else f"{cost:.4g}"))
        speed = "–" if math.isnan(iterations_per_second) else f"{iterations_per_second:,.0f}"
        self.speed_label.setText(self.tr("{0} it/s").format(speed))

    def _finish_run_display(self) -> None:
        self._on_refresh_timer_timeout()
        self._refresh_timer.stop()
        self.parameter_panel.set_running(False)
        if self._csv_preview_due and not self._closing:
            # The preview timer fired during the run and skipped the load, so it is due now.
            self._preview_timer.start()
        self._update_run_actions()

    def _on_runner_finished(self, result: RunResult) -> None:
        self._last_result = result
        self._finish_run_display()
        self._last_run_costs = np.array(result.iteration_costs, dtype=np.float64, copy=True)
        explorer = self.ewa_explorer
        if explorer is not None:
            explorer.set_run_costs(self._last_run_costs)
        self._refresh_runs_panel()

        epochs = len(result.epochs)
        iterations = len(result.iteration_costs)
        if result.status == "finished":
            # The trainer's time leaves out every checkpoint wait, but the waits for the pace are part of the run.
            seconds = result.elapsed_seconds + self.runner.pacing_wait_seconds
            text = self.tr("Finished: {0} epochs, {1} iterations in {2:.1f} s").format(epochs, iterations, seconds)
        elif result.status == "diverged":
            # The engine's reason is English; the window states it in the user's
            # language and keeps the engine's detail in the tooltip.
            learning_rate = self._last_setup.config.optimizer.learning_rate if self._last_setup else math.nan
            text = self.tr("Diverged after {0} iterations: the cost is no longer finite or exploded. "
                           "Use a smaller learning rate than {1:g}, e.g. {2:g}.").format(
                iterations, learning_rate, learning_rate / 10)
            self.training_view.show_banner(text, "error")
        else:
            text = self.tr("Stopped after {0} iterations ({1} complete epochs).").format(iterations, epochs)
        self.run_status_label.setText(text)
        self.run_status_label.setToolTip(f"{text}\n{result.reason}" if result.reason else text)

    def _on_runner_failed(self, message: str) -> None:
        self._finish_run_display()
        text = self.tr("Training could not run: {0}").format(message)
        self.run_status_label.setText(text)
        self.training_view.show_banner(text, "error")
        self._refresh_runs_panel()

    def _on_runner_store_failed(self, message: str) -> None:
        self._warn_about_run_database(message)

    # -- run history ------------------------------------------------------------------------------

    def _open_run_store(self) -> RunStore | None:
        """Return the run history's store, or None (after a one-time warning) when it cannot be opened."""
        try:
            return self.run_history.open()
        except StoreError as error:
            logger.warning("Runs will not be stored: %s", error)
            self._warn_about_run_database(store_error_text(error))
            return None

    def _warn_about_run_database(self, message: str) -> None:
        """Warn once per database file, in a non-modal message box, that runs are not being stored."""
        self.run_status_label.setToolTip(message)
        path = self.run_history.path
        if path in self._warned_databases or self._closing:
            return
        self._warned_databases.add(path)

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Run history unavailable"),
                          self.tr("{0}\n\nTraining still works, but runs are not stored. Choose another file "
                                  "with File > Choose run database….").format(message),
                          QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.last_message_box = box

    def choose_run_database(self, path: str | Path) -> bool:
        """Store new runs in ``path`` (created when missing) and show its runs; on failure keep the current one."""
        path = Path(path).expanduser()
        if not path.suffix:
            path = path.with_suffix(DATABASE_SUFFIX)
        try:
            store = self.run_history.switch(path)
        except StoreError as error:
            logger.warning("Could not switch the run database to %s: %s", path, error)
            self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot open run database"),
                               self.tr("The current run database stays in use.\n\n{0}").format(
                                   store_error_text(error)))
            return False

        self._use_run_store(store)
        panel = self.runs_panel
        if panel is not None:
            panel.set_store(store)
        self.run_status_label.setText(self.tr("Storing runs in {0}").format(path))
        return True

    def _use_run_store(self, store: RunStore) -> None:
        """Give ``store`` to the comparison runner and the sweep view for their next runs."""
        if self.compare_runner is not None:
            self.compare_runner.store = store
        sweep_view = self.sweep_view
        if sweep_view is not None:
            sweep_view.set_store(store)

    def _refresh_runs_panel(self) -> None:
        panel = self.runs_panel
        if panel is not None and not self._closing:
            panel.refresh()

    def _on_choose_database_action_triggered(self) -> None:
        # Existing files are opened, not replaced, so the dialog must not ask to overwrite them.
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Choose run database"), str(self.run_history.path),
            self.tr("Run databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.choose_run_database(path)

    def _on_runs_panel_database_changed(self, path: Path) -> None:
        if self._closing or Path(path) == self.run_history.path:
            return
        try:
            store = self.run_history.switch(path)
        except StoreError as error:
            logger.warning("Could not store new runs in %s: %s", path, error)
            self._warn_about_run_database(store_error_text(error))
            return
        self._use_run_store(store)
        self.run_status_label.setText(self.tr("Storing runs in {0}").format(path))

    def _on_runs_panel_open_config_requested(self, config: RunConfig) -> None:
        if self.runner.is_running:
            self.run_status_label.setText(self.tr("Stop the run first; the settings cannot change while it trains."))
            return
        if not self._check_stored_config(config):
            return
        self.set_config(config)
        self.run_status_label.setText(self.tr("Opened the settings of the selected run"))

    def _on_runs_panel_rerun_requested(self, config: RunConfig) -> None:
        if self.runner.is_running:
            self.run_status_label.setText(self.tr("Stop the run first; only one run trains at a time."))
            return
        if not self._check_stored_config(config):
            return
        self.set_config(config)
        self.show_view(self.training_view)
        self.start_run()

    def _check_stored_config(self, config: RunConfig) -> bool:
        """Return True when a stored run's config is valid in this version, else show the reason and return False.

        The run history keeps each config as it ran, so a run stored by an
        older version or by a script can contain a value the panels cannot show.
        """
        try:
            run_config.validate(config)
        except ConfigError as error:
            logger.warning("Cannot open the settings of a stored run: %s", error)
            self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot open the run's settings"),
                               self.tr("The selected run's settings are not valid in this version, and the "
                                       "current settings are unchanged.\n\n{0}").format(config_error_text(error)))
            return False
        return True

    def _on_runs_panel_selection_changed(self, run_ids: list) -> None:
        panel = self.runs_panel
        if not run_ids or panel is None or panel.store is None:
            return
        view = self.comparison_view
        if view is None:
            self._pending_comparison = (panel.store, list(run_ids))
            return
        view.show_runs(panel.store, list(run_ids))

    # -- comparisons and sweeps -------------------------------------------------------------------

    def compare_optimizers(self) -> bool:
        """Train the shown config with GD, momentum, RMSprop and Adam; False (with the reason) when it cannot start."""
        return self._start_comparison(OPTIMIZER_COMPARISON)

    def compare_decay(self) -> bool:
        """Train the shown config with Adam and four learning-rate schedules; False when it cannot start."""
        return self._start_comparison(DECAY_COMPARISON)

    def cancel_comparison(self) -> None:
        """Stop the running comparison at its next mini-batch; the runs so far stay stored."""
        if self.compare_runner is not None:
            self.compare_runner.cancel()

    @property
    def is_comparing(self) -> bool:
        return self.compare_runner is not None and self.compare_runner.is_running

    def _start_comparison(self, kind: str) -> bool:
        if not self.parameter_panel.is_valid:
            self.run_status_label.setText(self.tr("Cannot compare: {0}").format(self.parameter_panel.error_message))
            return False
        runner = self._ensure_compare_runner()
        if runner.is_running:
            return False

        runner.store = self._open_run_store()
        config = self.parameter_panel.config()
        if kind == OPTIMIZER_COMPARISON:
            started = runner.start_optimizer_comparison(config)
        else:
            started = runner.start_decay_comparison(config)
        self._update_run_actions()
        return started

    def _ensure_compare_runner(self):
        if self.compare_runner is None:
            from workbench.gui.runs import CompareProgressWidget, CompareRunner

            runner = CompareRunner(parent=self)
            runner.started.connect(self._on_compare_runner_started)
            runner.run_stored.connect(self._on_compare_runner_run_stored)
            runner.finished.connect(self._on_compare_runner_finished)
            runner.failed.connect(self._on_compare_runner_failed)
            self.compare_progress = CompareProgressWidget(runner, self)
            self.statusBar().addWidget(self.compare_progress)
            self.compare_runner = runner
        return self.compare_runner

    def _on_compare_runner_started(self, _kind: str) -> None:
        self._update_run_actions()

    def _on_compare_runner_run_stored(self, _run_id: int) -> None:
        self._refresh_runs_panel()

    def _on_compare_runner_finished(self, outcome) -> None:
        self._update_run_actions()
        if self._closing:
            return
        self._refresh_runs_panel()

        if outcome.cancelled:
            text = self.tr("Comparison cancelled; {0} run(s) stored").format(len(outcome.run_ids))
        else:
            text = self.tr("Comparison finished; {0} runs stored").format(len(outcome.run_ids))
        self.run_status_label.setText(text)
        if not outcome.run_ids:
            return

        view = self.comparison_tab.ensure_built()
        if view is not None:
            view.show_runs(self.compare_runner.store, outcome.run_ids)
        self.show_view(self.comparison_tab)

    def _on_compare_runner_failed(self, message: str) -> None:
        self._update_run_actions()
        if self._closing:
            return
        self._refresh_runs_panel()
        text = self.tr("The comparison could not run: {0}").format(message)
        self.run_status_label.setText(text)
        self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot compare"), text)

    def _on_sweep_view_sweep_finished(self, _result) -> None:
        self._refresh_runs_panel()

    def _on_sweep_view_sweep_failed(self, _message: str) -> None:
        self._refresh_runs_panel()

    # -- files ------------------------------------------------------------------------------------

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """Open a window-modal message box without blocking (so tests and timers keep running)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message_box = box
        return box

    def _last_directory(self) -> str:
        return self._settings.value(app_settings.KEY_LAST_DIRECTORY, str(Path.home()), type=str)

    def _remember_directory(self, path: str | Path) -> None:
        self._settings.setValue(app_settings.KEY_LAST_DIRECTORY, str(Path(path).parent))

    def open_experiment(self, path: str | Path) -> bool:
        """Load the experiment file ``path`` into the panels; on error show why and keep the current config."""
        try:
            config = run_config.load(path)
        except ConfigError as error:
            logger.warning("Could not open experiment %s: %s", path, error)
            self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot open experiment"),
                               self.tr("{0} could not be opened, and the current settings are unchanged.\n\n"
                                       "{1}").format(path, config_error_text(error)))
            return False

        self.set_config(config)
        self._remember_directory(path)
        self.run_status_label.setText(self.tr("Opened {0}").format(path))
        return True

    def save_experiment(self, path: str | Path) -> bool:
        """Write the shown config to ``path`` as JSON; refuse an invalid config."""
        if not self.parameter_panel.is_valid:
            self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot save experiment"),
                               self.tr("Fix the invalid setting first: {0}").format(
                                   self.parameter_panel.error_message))
            return False
        try:
            run_config.save(self.parameter_panel.config(), path)
        except OSError as error:
            self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot save experiment"),
                               self.tr("{0} could not be written: {1}").format(path, error.strerror or error))
            return False

        self._remember_directory(path)
        self.run_status_label.setText(self.tr("Saved {0}").format(path))
        return True

    def export_metrics(self, path: str | Path) -> list[Path]:
        """Write the last run's metrics beside ``path``: ``<stem>_epochs.csv`` and ``<stem>_iterations.csv``.

        Returns the written paths; an empty list when there is no finished,
        stopped or diverged run yet, or when writing failed (a message box names the file).
        """
        if self._last_result is None:
            self._show_message(QMessageBox.Icon.Information, self.tr("No metrics yet"),
                               self.tr("Run a training first; its metrics can be exported when it ends."))
            return []

        path = Path(path)
        stem = path.with_suffix("") if path.suffix.lower() == ".csv" else path
        epoch_path = stem.with_name(stem.name + "_epochs.csv")
        iteration_path = stem.with_name(stem.name + "_iterations.csv")
        try:
            write_epoch_csv(self._last_result, epoch_path)
            write_iteration_csv(self._last_result, iteration_path)
        except OSError as error:
            self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot export metrics"),
                               self.tr("{0} could not be written: {1}").format(error.filename, error.strerror))
            return []

        self._remember_directory(path)
        self.run_status_label.setText(self.tr("Exported {0} and {1}").format(epoch_path.name, iteration_path.name))
        return [epoch_path, iteration_path]

    def export_plots(self, path: str | Path) -> Path | None:
        """Write the training plots to ``path`` as PNG or SVG (chosen by the suffix); None on failure."""
        path = Path(path)
        scene = self.training_view.plots.graphics.scene()
        try:
            if path.suffix.lower() == ".svg":
                export_svg(scene, path)
            else:
                export_png(scene, path, EXPORT_PNG_WIDTH)
        except (OSError, ValueError) as error:
            logger.warning("Exporting the plots to %s failed: %s", path, error)
            self._show_message(QMessageBox.Icon.Warning, self.tr("Cannot export plots"),
                               self.tr("{0} could not be written: {1}").format(path, error))
            return None

        self._remember_directory(path)
        self.run_status_label.setText(self.tr("Exported {0}").format(path.name))
        return path

    def _on_new_action_triggered(self) -> None:
        self.set_config(RunConfig())
        self._last_result = None
        self.training_view.hide_banner()
        self.training_view.plots.clear()
        self._previewed_data_key = ""
        self._on_preview_timer_timeout()
        self._update_run_actions()

    def _on_open_action_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Open experiment"), self._last_directory(),
                                                    self.tr("Experiments (*.json);;All files (*)"))
        if path:
            self.open_experiment(path)

    def _on_save_action_triggered(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save experiment"),
                                                    str(Path(self._last_directory()) / "experiment.json"),
                                                    self.tr("Experiments (*.json)"))
        if path:
            self.save_experiment(path)

    def _on_export_metrics_action_triggered(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export metrics CSV"),
                                                    str(Path(self._last_directory()) / "metrics.csv"),
                                                    self.tr("CSV files (*.csv)"))
        if path:
            self.export_metrics(path)

    def _on_export_png_action_triggered(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export plots as PNG"),
                                                    str(Path(self._last_directory()) / "training.png"),
                                                    self.tr("PNG images (*.png)"))
        if path:
            self.export_plots(path if path.lower().endswith(".png") else path + ".png")

    def _on_export_svg_action_triggered(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export plots as SVG"),
                                                    str(Path(self._last_directory()) / "training.svg"),
                                                    self.tr("SVG images (*.svg)"))
        if path:
            self.export_plots(path if path.lower().endswith(".svg") else path + ".svg")

    def _on_quit_action_triggered(self) -> None:
        self.close()

    def _on_plots_smoothing_beta_changed(self, beta: float) -> None:
        self._settings.setValue(app_settings.KEY_SMOOTHING_BETA, beta)

    # -- language and about -----------------------------------------------------------------------

    def _on_language_action_triggered(self, action: QAction) -> None:
        code = action.data()
        if code == i18n.effective_language(self._settings) and i18n.chosen_language(self._settings) is not None:
            return
        i18n.store_language(self._settings, code)
        self._show_message(QMessageBox.Icon.Information, self.tr("Language"),
                           self.tr("The interface will use {0} the next time you start Optimizer Workbench.")
                           .format(i18n.LANGUAGES[code]))

    def _on_about_action_triggered(self) -> None:
        from workbench import __version__

        self._show_message(QMessageBox.Icon.Information, self.tr("About Optimizer Workbench"),
                           self.tr("Optimizer Workbench {0}\n\nTrain small networks live with gradient descent, "
                                   "momentum, RMSprop and Adam, and compare how they move.").format(__version__))

    # -- settings and shutdown --------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = app_settings.read_bytes(self._settings, app_settings.KEY_WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = app_settings.read_bytes(self._settings, app_settings.KEY_WINDOW_STATE)
        if state is not None:
            self.restoreState(state, app_settings.SETTINGS_VERSION)
        # The window opens on the Training tab, which needs the dock that a tab without parameters hid.
        if self._settings.value(app_settings.KEY_PARAMETERS_HIDDEN_BY_TAB, False, type=bool):
            self.parameter_dock.show()

        self.set_pace(app_settings.read_pace(self._settings))

        config = app_settings.read_config(self._settings)
        self.set_config(config if config is not None else RunConfig())

    def save_settings(self) -> None:
        """Store the window geometry and state, the last valid config, the smoothing β and the pace."""
        self._settings.setValue(app_settings.KEY_WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.setValue(app_settings.KEY_WINDOW_STATE, self.saveState(app_settings.SETTINGS_VERSION))
        self._settings.setValue(app_settings.KEY_PARAMETERS_HIDDEN_BY_TAB, self._parameters_hidden_by_tab)
        self._settings.setValue(app_settings.KEY_TRAINING_PACE, self._pace)
        if self.parameter_panel.is_valid:
            app_settings.write_config(self._settings, self.parameter_panel.config())
        self._settings.setValue(app_settings.KEY_SMOOTHING_BETA, self.training_view.plots.smoothing_beta)
        self._settings.sync()
        if self._settings.status() != QSettings.Status.NoError:
            logger.warning("Could not write the settings to %s (status %s)", self._settings.fileName(),
                           self._settings.status())

    def shutdown(self) -> None:
        """Stop a running run, comparison and sweep, wait for their threads, save the settings; safe to call twice.

        The run history's stores are closed last, after every thread that
        writes to them has ended.
        """
        self._closing = True
        self._refresh_timer.stop()
        self._preview_timer.stop()
        self.data_preview.cancel()
        self.runner.stop()
        if self.compare_runner is not None:
            self.compare_runner.shutdown()
        sweep_view = self.sweep_view
        if sweep_view is not None:
            sweep_view.shutdown()
        panel = self.runs_panel
        if panel is not None:
            panel.shutdown()

        if not self._settings_saved:
            self.save_settings()
            self._settings_saved = True
        self.run_history.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        super().closeEvent(event)

    def _on_application_about_to_quit(self) -> None:
        # app.quit() does not call closeEvent, so the thread is stopped here too.
        self.shutdown()
