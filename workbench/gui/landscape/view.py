"""The Landscape view: optimizers racing across a 2-D cost surface, animated live.

A QTimer in the GUI thread advances the engine's PathRace by a few steps per
tick and updates curves that were created once. Each tick stops stepping after
MAX_TICK_STEPPING_SECONDS, so the window stays responsive even at high speed
settings. No worker thread is needed, because PathRace advances all paths
with one vectorized update per optimizer kind and step.
"""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from superqt import QLabeledSlider

from workbench.engine.landscape import PathRace, write_paths_csv
from workbench.engine.surfaces import Surface
from workbench.gui.engine_messages import engine_error_text
from workbench.gui.landscape.map_plot import MapPlot
from workbench.gui.landscape.optimizer_table import OptimizerTable, RowState
from workbench.gui.landscape.step_plots import StepPlots
from workbench.gui.landscape.summary import SummaryTable
from workbench.gui.landscape.surface_chooser import SurfaceChooser
from workbench.gui.svg_export import export_png as export_plot_png
from workbench.gui.svg_export import export_svg as export_plot_svg

logger = logging.getLogger(__name__)

FRAME_INTERVAL_MS = 33

#: Time budget for race.step calls within one timer tick. Drawing takes extra time.
MAX_TICK_STEPPING_SECONDS = 0.008

MAX_STEPS_PER_FRAME = 50

#: The race pauses at this step count. Ten paths keep points, costs and gradients
#: in buffers of 32768 steps then, about 13 MB.
MAX_STEPS = 20000

SUMMARY_INTERVAL_SECONDS = 0.25

#: Tolerance and saddle radius of the summary, as fractions of the domain's half-diagonal.
SUMMARY_TOLERANCE_FRACTION = 1e-3
SUMMARY_SADDLE_RADIUS_FRACTION = 0.1
#: The saddle radius is at least this many times the start's distance to the nearest saddle.
SUMMARY_START_DISTANCE_FACTOR = 2.0

EXPORT_PNG_WIDTH = 1600

#: Initial widths of the map and the controls column, as a ratio. 9 : 8 keeps the map the wider of the two
#: and, in a 1400 pixel wide window, leaves the controls column room for every optimizer table column in
#: English and Chinese with the course presets.
COLUMN_RATIO = (9, 8)
#: Only the ratio of the initial sizes matters; large numbers keep it exact after scaling.
COLUMN_SIZE_UNIT = 1000


def _inside_domain(surface: Surface, x: float, y: float) -> bool:
    """Return whether (x, y) is finite and lies in the surface's closed domain."""
    x_min, x_max, y_min, y_max = surface.domain
    return x_min <= x <= x_max and y_min <= y <= y_max


class LandscapeView(QWidget):
    """Standalone widget: surface chooser, contour map with paths, optimizer rows, plots and summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeView")

        self.race: PathRace | None = None
        self._rows: list[RowState] = []  # the valid rows, in the race's path order
        self._last_summary_time = 0.0
        # Why the start was moved into the domain, shown with the race status until the start moves again.
        self._start_notice = ""

        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_INTERVAL_MS)

        self._build_widgets()
        self._build_layout()
        self._connect_signals()

        self._on_surface_changed(self.surface_chooser.surface)

    # ----------------------------------------------------------------- building

    def _build_widgets(self) -> None:
        self.surface_chooser = SurfaceChooser()
        self.map_plot = MapPlot()
        self.step_plots = StepPlots()
        self.optimizer_table = OptimizerTable()
        self.summary_table = SummaryTable()

        self.play_button = QPushButton(self.tr("Play"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.step_button = QPushButton(self.tr("Single step"))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_view_button = QPushButton(self.tr("Reset view"))
        self.reset_view_button.setToolTip(self.tr("Zoom and pan back to the whole surface"))

        self.speed_slider = QLabeledSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(1, MAX_STEPS_PER_FRAME)
        self.speed_slider.setValue(2)
        self.speed_slider.setToolTip(self.tr("Steps per frame, at about 30 frames per second"))

        self.noise_spin = QDoubleSpinBox()
        self.noise_spin.setDecimals(3)
        self.noise_spin.setRange(0.0, 100.0)
        self.noise_spin.setSingleStep(0.05)
        self.noise_spin.setToolTip(self.tr("Standard deviation of the Gaussian noise added to each gradient component; 0 gives exact gradients"))
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setToolTip(self.tr("Random seed of the gradient noise"))
        self.steps_per_epoch_spin = QSpinBox()
        self.steps_per_epoch_spin.setRange(1, 100000)
        self.steps_per_epoch_spin.setValue(10)
        self.steps_per_epoch_spin.setToolTip(self.tr("Steps between two learning-rate decays"))

        self.gradient_arrows_check = QCheckBox(self.tr("Arrows −∇f (dashed)"))
        self.gradient_arrows_check.setToolTip(self.tr("Steepest-descent direction at each current point"))
        self.velocity_arrows_check = QCheckBox(self.tr("Arrows −V (solid)"))
        self.velocity_arrows_check.setToolTip(self.tr("Momentum and Adam: the direction of the velocity step −α·V"))

        self.export_png_button = QPushButton(self.tr("PNG…"))
        self.export_svg_button = QPushButton(self.tr("SVG…"))
        self.export_csv_button = QPushButton(self.tr("Paths CSV…"))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        # The splitter pane does not grow when the text wraps, so two lines are reserved from the start.
        self.status_label.setMinimumHeight(2 * self.status_label.fontMetrics().lineSpacing())
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_race_controls(self) -> QGridLayout:
        """Lay the race controls out in short rows, so the right column can stay narrow and the map wide."""
        transport = QHBoxLayout()
        for button in (self.play_button, self.pause_button, self.step_button, self.reset_button):
            transport.addWidget(button)
        transport.addStretch(1)

        arrows = QHBoxLayout()
        arrows.addWidget(self.gradient_arrows_check)
        arrows.addWidget(self.velocity_arrows_check)
        arrows.addStretch(1)

        view_and_export = QHBoxLayout()
        view_and_export.addWidget(self.reset_view_button)
        view_and_export.addStretch(1)
        view_and_export.addWidget(QLabel(self.tr("Export:")))
        view_and_export.addWidget(self.export_png_button)
        view_and_export.addWidget(self.export_svg_button)
        view_and_export.addWidget(self.export_csv_button)

        grid = QGridLayout()
        grid.addLayout(transport, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("Steps per frame:")), 1, 0)
        grid.addWidget(self.speed_slider, 1, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Gradient noise:")), 2, 0)
        grid.addWidget(self.noise_spin, 2, 1)
        grid.addWidget(QLabel(self.tr("Seed:")), 2, 2)
        grid.addWidget(self.seed_spin, 2, 3)
        grid.addWidget(QLabel(self.tr("Steps per epoch:")), 3, 0)
        grid.addWidget(self.steps_per_epoch_spin, 3, 1)
        grid.addLayout(arrows, 4, 0, 1, 4)
        grid.addLayout(view_and_export, 5, 0, 1, 4)
        grid.addWidget(self.status_label, 6, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _build_layout(self) -> None:
        race_box = QGroupBox(self.tr("Race"))
        race_box.setLayout(self._build_race_controls())

        optimizers_box = QGroupBox(self.tr("Optimizers"))
        optimizers_layout = QVBoxLayout(optimizers_box)
        optimizers_layout.addWidget(self.optimizer_table)

        summary_box = QGroupBox(self.tr("Summary"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.summary_table)

        right = QSplitter(Qt.Orientation.Vertical)
        race_holder = QWidget()
        race_holder_layout = QVBoxLayout(race_holder)
        race_holder_layout.setContentsMargins(0, 0, 0, 0)
        race_holder_layout.addWidget(race_box)
        right.addWidget(race_holder)
        right.addWidget(optimizers_box)
        right.addWidget(summary_box)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 2)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.map_plot)
        left.addWidget(self.step_plots)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)

        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.addWidget(left)
        self.columns.addWidget(right)
        self.columns.setStretchFactor(0, COLUMN_RATIO[0])
        self.columns.setStretchFactor(1, COLUMN_RATIO[1])
        # Without initial sizes the splitter keeps the right column at its size hint and gives the map all
        # spare width. Sizes in COLUMN_RATIO are scaled to the splitter's width when it is laid out.
        self.columns.setSizes([COLUMN_RATIO[0] * COLUMN_SIZE_UNIT, COLUMN_RATIO[1] * COLUMN_SIZE_UNIT])

        layout = QVBoxLayout(self)
        layout.addWidget(self.surface_chooser)
        layout.addWidget(self.columns, 1)

    def _connect_signals(self) -> None:
        self.surface_chooser.surface_changed.connect(self._on_surface_changed)
        self.map_plot.start_moved.connect(self._on_start_moved)
        self.optimizer_table.settings_edited.connect(self._on_optimizers_edited)
        self.optimizer_table.visibility_toggled.connect(self._on_visibility_toggled)

        self.play_button.clicked.connect(self.play)
        self.pause_button.clicked.connect(self.pause)
        self.step_button.clicked.connect(self._on_step_clicked)
        self.reset_button.clicked.connect(self.reset)
        self.reset_view_button.clicked.connect(self.map_plot.reset_view)
        self._timer.timeout.connect(self._on_timer_ticked)

        self.noise_spin.valueChanged.connect(self._on_race_setting_changed)
        self.seed_spin.valueChanged.connect(self._on_race_setting_changed)
        self.steps_per_epoch_spin.valueChanged.connect(self._on_race_setting_changed)
        self.gradient_arrows_check.toggled.connect(self._on_arrows_toggled)
        self.velocity_arrows_check.toggled.connect(self._on_arrows_toggled)

        self.export_png_button.clicked.connect(self._on_export_png_clicked)
        self.export_svg_button.clicked.connect(self._on_export_svg_clicked)
        self.export_csv_button.clicked.connect(self._on_export_csv_clicked)

    # ---------------------------------------------------------------- public API

    @property
    def surface(self) -> Surface | None:
        """The surface the paths race on."""
        return self.surface_chooser.surface

    @property
    def start(self) -> tuple[float, float]:
        """The start point of every path, in surface units."""
        return self.map_plot.start()

    @property
    def playing(self) -> bool:
        """True while the animation timer runs."""
        return self._timer.isActive()

    def set_surface(self, name: str) -> None:
        """Race on the built-in surface ``name``. The start moves to the surface's default start."""
        self.surface_chooser.choose(name)

    def set_start(self, point: tuple[float, float]) -> None:
        """Move the start to ``point`` and put every path back there, as a click on the map does.

        Raises ValueError, keeping the old start, when ``point`` is not finite
        or lies outside the surface's domain (the command line's ``--start``
        rejects the same points).
        """
        x, y = float(point[0]), float(point[1])
        surface = self.surface
        if surface is not None and not _inside_domain(surface, x, y):
            x_min, x_max, y_min, y_max = surface.domain
            raise ValueError(
                f"start = ({x:g}, {y:g}) is outside the surface's domain x in [{x_min:g}, {x_max:g}], "
                f"y in [{y_min:g}, {y_max:g}]. Choose a start inside it, or widen the domain of a typed formula."
            )
        self.map_plot.set_start(x, y)
        self._on_start_moved(x, y)

    def add_course_presets(self) -> None:
        """Add GD, momentum, RMSprop and Adam at the course's defaults."""
        self.optimizer_table.add_course_presets()

    def play(self) -> None:
        """Start the animation (no effect without a race or when every path has diverged)."""
        if self.race is None:
            self._show_status(self.tr("Add an optimizer (or Course presets) to start a race."))
            return
        self._timer.start()
        self._update_buttons()

    def pause(self) -> None:
        """Stop the animation. The paths stay where they are."""
        self._timer.stop()
        self._update_buttons()
        self._redraw(summary=True)

    def step(self, n_steps: int = 1) -> None:
        """Advance the race by exactly ``n_steps`` steps and redraw (for the Single step button and scripts)."""
        if self.race is None:
            return
        self.race.step(n_steps)
        self._redraw(summary=True)

    def reset(self) -> None:
        """Stop and put every path back at the start with fresh optimizer state."""
        self._timer.stop()
        if self.race is not None:
            self.race.reset()
        self._update_buttons()
        self._redraw(summary=True)

    def export_png(self, path) -> Path:
        """Write the map with its paths as a PNG image EXPORT_PNG_WIDTH pixels wide."""
        return export_plot_png(self.map_plot.getPlotItem(), path, EXPORT_PNG_WIDTH)

    def export_svg(self, path) -> Path:
        """Write the map with its paths as an SVG file."""
        return export_plot_svg(self.map_plot.getPlotItem(), path)

    def export_csv(self, path) -> Path:
        """Write every path's points, costs and gradients as CSV (engine write_paths_csv).

        Raises RuntimeError when no race exists.
        """
        if self.race is None:
            raise RuntimeError("no race to export: add at least one valid optimizer row first.")
        write_paths_csv(self.race, path)
        return Path(path)

    # --------------------------------------------------------------------- race

    def _rebuild_race(self) -> None:
        """Build a new race from the valid rows, the surface, the start and the noise settings."""
        was_playing = self.playing
        self._timer.stop()

        states = self.optimizer_table.rows()
        self.optimizer_table.show_messages(states)
        self._rows = [state for state in states if state.spec is not None]
        surface = self.surface

        self.race = None
        if surface is not None and self._rows:
            try:
                self.race = PathRace(
                    surface,
                    [state.spec for state in self._rows],
                    self.start,
                    noise=float(self.noise_spin.value()),
                    seed=int(self.seed_spin.value()),
                    steps_per_epoch=int(self.steps_per_epoch_spin.value()),
                )
            except ValueError as error:
                logger.warning("Race could not be built: %s", error)
                self._show_status(engine_error_text(error))
                self._rows = []

        self._create_path_graphics()
        if self.race is not None and was_playing:
            self._timer.start()
        self._update_buttons()
        self._redraw(summary=True)

    def _create_path_graphics(self) -> None:
        colours = [state.colour for state in self._rows]
        labels = list(self.race.labels) if self.race is not None else []
        self.map_plot.set_paths(colours, labels)
        self.step_plots.set_paths(colours, labels)
        self.summary_table.set_rows(labels, colours)

    def _visible(self) -> list[bool]:
        return [state.visible for state in self._rows]

    def _drawn_histories(self) -> tuple[list[np.ndarray], list[np.ndarray], list[np.ndarray | None]]:
        """Return each path's points and costs up to its last valid step, and the X position of diverged paths.

        The X sits at the last valid point, moved onto the domain's border when
        that point lies outside it, so that it stays on the map.
        """
        histories, costs, diverged_points = [], [], []
        history = self.race.history
        all_costs = self.race.costs
        x_min, x_max, y_min, y_max = self.race.surface.domain

        for index in range(self.race.n_paths):
            end = self.race.step_count + 1
            if self.race.diverged[index]:
                end = max(int(self.race.diverged_at[index]), 1)
            points = history[index, :end]
            histories.append(points)
            costs.append(all_costs[index, :end])

            if self.race.diverged[index]:
                last = points[-1]
                diverged_points.append(np.array([np.clip(last[0], x_min, x_max), np.clip(last[1], y_min, y_max)]))
            else:
                diverged_points.append(None)
        return histories, costs, diverged_points

    def _redraw(self, summary: bool) -> None:
        if self.race is None:
            self._show_status(self.tr("Add an optimizer (or Course presets) to start a race."))
            return

        visible = self._visible()
        histories, costs, diverged_points = self._drawn_histories()
        self.map_plot.update_paths(histories, visible, diverged_points)
        self.step_plots.update_curves(histories, costs, visible)
        self._redraw_arrows(visible)

        if summary:
            self._refresh_summary()
        self._show_race_status()

    def _redraw_arrows(self, visible: list[bool]) -> None:
        alive = ~self.race.diverged
        shown = [bool(v and a) for v, a in zip(visible, alive)]
        gradients = self.race.gradients if self.gradient_arrows_check.isChecked() else None
        velocities = self.race.velocities if self.velocity_arrows_check.isChecked() else None
        self.map_plot.update_arrows(self.race.positions, gradients, velocities, shown)

    def summary_saddle_radius(self) -> float:
        """Return the radius the summary's "leave saddle" count uses.

        It is a tenth of the domain's half-diagonal, or twice the start's
        distance to the nearest marked saddle when that is larger. A start
        clicked near but not on a saddle then counts for every path from the
        first step, so fast leavers such as RMSprop get a number too.
        """
        radius = SUMMARY_SADDLE_RADIUS_FRACTION * self.race.surface.half_diagonal
        saddles = self.race.surface.saddles
        if not saddles:
            return radius

        starts = self.race.history[:, 0, :]
        start_distance = min(float(np.hypot(starts[:, 0] - saddle.x, starts[:, 1] - saddle.y).max())
                             for saddle in saddles)
        return max(radius, SUMMARY_START_DISTANCE_FACTOR * start_distance)

    def _refresh_summary(self) -> None:
        self._last_summary_time = time.perf_counter()
        half_diagonal = self.race.surface.half_diagonal
        summary = self.race.summary(
            tolerance=SUMMARY_TOLERANCE_FRACTION * half_diagonal,
            saddle_radius=self.summary_saddle_radius(),
        )
        self.summary_table.update_rows(summary, self.race.surface, self.race.positions, self.race.diverged)

    def _show_race_status(self) -> None:
        diverged = int(self.race.diverged.sum())
        text = self.tr("Step {0}. {1} of {2} paths diverged.").format(self.race.step_count, diverged, self.race.n_paths)
        if self.race.step_count >= MAX_STEPS:
            text += " " + self.tr("The race stops at {0} steps; press Reset to run again.").format(MAX_STEPS)
        if self._start_notice:
            text += " " + self._start_notice
        self._show_status(text)

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _update_buttons(self) -> None:
        has_race = self.race is not None
        self.play_button.setEnabled(has_race and not self.playing)
        self.pause_button.setEnabled(self.playing)
        self.step_button.setEnabled(has_race)
        self.reset_button.setEnabled(has_race)
        for button in (self.export_csv_button,):
            button.setEnabled(has_race)

    # ----------------------------------------------------------------- handlers

    def _on_surface_changed(self, surface: Surface | None) -> None:
        if surface is None:
            return
        self._start_notice = ""
        self.map_plot.set_surface(surface)
        self.map_plot.set_start(*surface.default_start)
        self.step_plots.set_surface(surface)
        self._rebuild_race()

    def _on_start_moved(self, x: float, y: float) -> None:
        # The start marker can be dragged past the domain's edge, where paths are undefined or
        # diverge at once, so such a start is moved back to the nearest point of the domain.
        self._start_notice = ""
        surface = self.surface
        if surface is not None and not _inside_domain(surface, x, y):
            x_min, x_max, y_min, y_max = surface.domain
            clamped_x = float(np.clip(x, x_min, x_max)) if math.isfinite(x) else surface.default_start[0]
            clamped_y = float(np.clip(y, y_min, y_max)) if math.isfinite(y) else surface.default_start[1]
            self._start_notice = self.tr("The start ({0}, {1}) lay outside the domain, so it was moved to ({2}, {3}).").format(
                *(format(value, ".3g") for value in (x, y, clamped_x, clamped_y))
            )
            logger.info("Start (%g, %g) is outside the domain; moved to (%g, %g)", x, y, clamped_x, clamped_y)
            x, y = clamped_x, clamped_y
            self.map_plot.set_start(x, y)

        if self.race is None:
            if self._start_notice:
                self._show_status(self._start_notice)
            return
        self.race.reset(start=(x, y))
        self._redraw(summary=True)

    def _on_optimizers_edited(self) -> None:
        self._rebuild_race()

    def _on_visibility_toggled(self) -> None:
        states = self.optimizer_table.rows()
        valid = [state for state in states if state.spec is not None]
        if len(valid) != len(self._rows):
            self._rebuild_race()
            return
        self._rows = valid
        self._create_path_graphics()
        if self.race is not None:
            self._redraw(summary=True)

    def _on_race_setting_changed(self, _value) -> None:
        self._rebuild_race()

    def _on_arrows_toggled(self, _checked: bool) -> None:
        if self.race is not None:
            self._redraw_arrows(self._visible())

    def _on_step_clicked(self) -> None:
        self.step(1)

    def _on_timer_ticked(self) -> None:
        race = self.race
        if race is None or race.diverged.all() or race.step_count >= MAX_STEPS:
            self.pause()
            return

        remaining = min(self.speed_slider.value(), MAX_STEPS - race.step_count)
        started = time.perf_counter()
        while remaining > 0 and time.perf_counter() - started < MAX_TICK_STEPPING_SECONDS:
            chunk = min(remaining, 5)
            race.step(chunk)
            remaining -= chunk

        due = time.perf_counter() - self._last_summary_time >= SUMMARY_INTERVAL_SECONDS
        self._redraw(summary=due)

    def _export_with_dialog(self, title: str, file_filter: str, suffix: str, export) -> None:
        path, _selected = QFileDialog.getSaveFileName(self, title, f"landscape.{suffix}", file_filter)
        if not path:
            return
        try:
            export(path)
        except (OSError, RuntimeError, ValueError) as error:
            logger.warning("Export to %s failed: %s", path, error)
            self._show_status(self.tr("Export to {0} failed: {1}").format(path, error))
            return
        self._show_status(self.tr("Saved {0}").format(path))

    def _on_export_png_clicked(self) -> None:
        self._export_with_dialog(self.tr("Export the map as PNG"), self.tr("PNG images (*.png)"), "png", self.export_png)

    def _on_export_svg_clicked(self) -> None:
        self._export_with_dialog(self.tr("Export the map as SVG"), self.tr("SVG images (*.svg)"), "svg", self.export_svg)

    def _on_export_csv_clicked(self) -> None:
        self._export_with_dialog(self.tr("Export the paths as CSV"), self.tr("CSV files (*.csv)"), "csv", self.export_csv)
