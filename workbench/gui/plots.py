"""Live training plots: mini-batch cost, cost and accuracy per epoch, learning rate, decision boundary.

All plots live in one ``pg.GraphicsLayoutWidget`` (so one export captures all
of them). Curves are created once and updated with ``setData`` from growing,
preallocated arrays. The per-iteration cost plot clips to the view and uses
peak downsampling, so a long run's curve redraws quickly. The owner calls
:meth:`TrainingPlots.add_progress` from a GUI-thread timer with everything
that arrived since the previous refresh.
"""

from __future__ import annotations

import logging
import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget
from superqt import QLabeledDoubleSlider

from workbench.engine.ewa import EwaAccumulator
from workbench.engine.training import EXPLOSION_FACTOR
from workbench.gui.boundary import BoundaryGrid, grid_bounds
from workbench.gui.plot_style import (
    BACKGROUND, FOREGROUND, TITLE_SIZE, TRAIN_COLOR, VALIDATION_COLOR, add_legend, class_color, style_plot_item,
)
from workbench.gui.series import GrowingArray

logger = logging.getLogger(__name__)

#: How much of the class color the probability image keeps; the rest is white, so points stay visible.
IMAGE_COLOR_SHARE = 0.5

SMOOTHING_BETA_MAX = 0.999

#: Offsets of the mini-batch cost legend from the plot's corner, in pixels (negative: from the right edge).
#: A diverging cost rises to the top-right corner, so the legend moves to the top left after divergence.
COST_LEGEND_OFFSET = (-10, 10)
DIVERGED_COST_LEGEND_OFFSET = (10, 10)
#: Padding of the mini-batch cost plot's y range after divergence, as a fraction of the range.
DIVERGED_RANGE_PADDING = 0.05
DIVERGENCE_COLOR = "#d62728"


def divergence_index(costs: np.ndarray, first_cost: float) -> int | None:
    """Return the index of the first cost at which training counts as diverged, or None.

    The rule is the training engine's: a mini-batch cost that is not finite,
    or above EXPLOSION_FACTOR × max(``first_cost``, 1), where ``first_cost``
    is the run's first mini-batch cost.
    """
    costs = np.asarray(costs, dtype=np.float64)
    limit = EXPLOSION_FACTOR * max(first_cost, 1.0)
    with np.errstate(invalid="ignore"):
        diverged = ~np.isfinite(costs) | (costs > limit)
    hits = np.flatnonzero(diverged)
    return int(hits[0]) if hits.size else None


def _finite_or_nan(values: np.ndarray) -> np.ndarray:
    """Replace inf by NaN so a diverged cost breaks the curve instead of wrecking the axis range."""
    return np.where(np.isfinite(values), values, np.nan)


def probability_image(probabilities: np.ndarray) -> np.ndarray:
    """Turn class probabilities (n_x, n_y, n_classes) into an RGB uint8 image (n_x, n_y, 3).

    Each pixel mixes the class colors weighted by the probabilities, then fades
    toward white by ``1 − IMAGE_COLOR_SHARE``; the decision boundary is where
    the color changes hue.
    """
    n_classes = probabilities.shape[-1]
    colors = np.array([class_color(class_id) for class_id in range(n_classes)], dtype=np.float64)
    mixed = probabilities @ colors
    faded = IMAGE_COLOR_SHARE * mixed + (1.0 - IMAGE_COLOR_SHARE) * 255.0
    return np.clip(faded, 0, 255).astype(np.uint8)


class TimedGraphicsLayoutWidget(pg.GraphicsLayoutWidget):
    """A GraphicsLayoutWidget that adds up the seconds its paint events take.

    The window reads the total to space its plot refreshes, so painting
    keeps to a bounded share of the GUI thread (and of Python's GIL, which
    the training thread needs too).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paint_seconds = 0.0

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        started = time.perf_counter()
        super().paintEvent(event)
        self.paint_seconds += time.perf_counter() - started


class TrainingPlots(QWidget):
    """The plots of the Training view and the smoothing-β control of the cost curve."""

    smoothing_beta_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None, smoothing_beta: float = 0.98) -> None:
        super().__init__(parent)
        self._smoothing_beta = smoothing_beta
        self._accumulator = EwaAccumulator(smoothing_beta)

        self._iterations = GrowingArray(np.float64)
        self._raw_costs = GrowingArray(np.float64)
        self._smoothed_costs = GrowingArray(np.float64)
        self._epochs = GrowingArray(np.float64, initial_capacity=256)
        self._train_costs = GrowingArray(np.float64, initial_capacity=256)
        self._validation_costs = GrowingArray(np.float64, initial_capacity=256)
        self._train_accuracies = GrowingArray(np.float64, initial_capacity=256)
        self._validation_accuracies = GrowingArray(np.float64, initial_capacity=256)
        self._learning_rates = GrowingArray(np.float64, initial_capacity=256)
        # Iteration and plotted height of the mini-batch cost at which the run diverged, once it has.
        self._divergence_point: tuple[float, float] | None = None
        self._costs_checked = 0  # leading mini-batch costs already checked for divergence

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_smoothing_row())

        self.graphics = TimedGraphicsLayoutWidget(self)
        self.graphics.setObjectName("training_plots")
        self.graphics.setBackground(BACKGROUND)
        layout.addWidget(self.graphics, 1)

        self._build_cost_plot()
        self._build_boundary_plot()
        self.graphics.nextRow()
        self._build_epoch_plots()

        self.set_feature_count(2)

    # -- construction ---------------------------------------------------------------------------

    def _build_smoothing_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(8, 4, 8, 0)
        label = QLabel(self.tr("Smoothing β of the cost curve:"), self)
        label.setToolTip(self.tr("β of the bias-corrected exponentially weighted average; "
                                 "0.98 averages about the last 50 mini-batches"))
        self.smoothing_slider = QLabeledDoubleSlider(Qt.Orientation.Horizontal, self)
        self.smoothing_slider.setObjectName("smoothing_beta")
        self.smoothing_slider.setRange(0.0, SMOOTHING_BETA_MAX)
        self.smoothing_slider.setDecimals(3)
        self.smoothing_slider.setSingleStep(0.001)
        self.smoothing_slider.setValue(self._smoothing_beta)
        self.smoothing_slider.setMaximumWidth(360)
        self.smoothing_slider.valueChanged.connect(self._on_smoothing_slider_changed)
        row.addWidget(label)
        row.addWidget(self.smoothing_slider)
        row.addStretch(1)
        return row

    def _build_cost_plot(self) -> None:
        self.cost_plot = self.graphics.addPlot(row=0, col=0, colspan=2)
        style_plot_item(self.cost_plot, self.tr("Mini-batch cost"), self.tr("Iteration (mini-batch updates)"),
                        self.tr("Cost (cross-entropy, nats)"))
        self.cost_plot.setClipToView(True)
        self.cost_plot.setDownsampling(auto=True, mode="peak")
        self.cost_legend = add_legend(self.cost_plot, offset=COST_LEGEND_OFFSET)
        self.raw_cost_curve = self.cost_plot.plot(pen=pg.mkPen(31, 119, 180, 70), name=self.tr("raw"))
        self.smoothed_cost_curve = self.cost_plot.plot(pen=pg.mkPen("#08306b", width=2),
                                                       name=self.tr("smoothed (bias-corrected EWA)"))
        # Marks the mini-batch cost at which the run diverged. The banner above the plots explains why.
        self.divergence_marker = pg.ScatterPlotItem(symbol="x", size=16, pen=pg.mkPen(DIVERGENCE_COLOR, width=3),
                                                    brush=pg.mkBrush(DIVERGENCE_COLOR))
        self.divergence_marker.setZValue(10)
        self.cost_plot.addItem(self.divergence_marker)

    def _build_boundary_plot(self) -> None:
        self.boundary_plot = self.graphics.addPlot(row=0, col=2)
        style_plot_item(self.boundary_plot, self.tr("Decision boundary"), self.tr("Feature 1"), self.tr("Feature 2"))
        self.boundary_plot.showGrid(x=False, y=False)

        self.boundary_image = pg.ImageItem()
        self.boundary_plot.addItem(self.boundary_image)
        self.train_scatter = pg.ScatterPlotItem(symbol="o", size=7, pen=pg.mkPen(40, 40, 40, 160),
                                                brush=pg.mkBrush(120, 120, 120))
        self.validation_scatter = pg.ScatterPlotItem(symbol="o", size=8, pen=pg.mkPen(90, 90, 90, width=2),
                                                     brush=pg.mkBrush(255, 255, 255))
        self.boundary_plot.addItem(self.train_scatter)
        self.boundary_plot.addItem(self.validation_scatter)

        self.boundary_note = pg.TextItem(anchor=(0.5, 0.5), color=FOREGROUND)
        self.boundary_note.setTextWidth(260)
        self.boundary_plot.addItem(self.boundary_note, ignoreBounds=True)
        self.boundary_note.setPos(0.5, 0.5)

    def _build_epoch_plots(self) -> None:
        epoch_label = self.tr("Epoch")

        self.epoch_cost_plot = self.graphics.addPlot(row=1, col=0)
        style_plot_item(self.epoch_cost_plot, self.tr("Cost per epoch"), epoch_label,
                        self.tr("Cost (cross-entropy, nats)"))
        add_legend(self.epoch_cost_plot)
        self.train_cost_curve = self.epoch_cost_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=2), name=self.tr("training"))
        self.validation_cost_curve = self.epoch_cost_plot.plot(pen=pg.mkPen(VALIDATION_COLOR, width=2),
                                                               name=self.tr("validation"))

        self.accuracy_plot = self.graphics.addPlot(row=1, col=1)
        style_plot_item(self.accuracy_plot, self.tr("Accuracy"), epoch_label, self.tr("Accuracy (%)"))
        # Accuracy rises toward 100 %, so the legend goes to the bottom right, away from the curves.
        add_legend(self.accuracy_plot, offset=(-10, -10))
        self.train_accuracy_curve = self.accuracy_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=2),
                                                            name=self.tr("training"))
        self.validation_accuracy_curve = self.accuracy_plot.plot(pen=pg.mkPen(VALIDATION_COLOR, width=2),
                                                                 name=self.tr("validation"))

        self.learning_rate_plot = self.graphics.addPlot(row=1, col=2)
        style_plot_item(self.learning_rate_plot, self.tr("Learning rate"), epoch_label,
                        self.tr("α (step size per update)"))
        self.learning_rate_curve = self.learning_rate_plot.plot(pen=pg.mkPen("#2ca02c", width=2))

    # -- data -------------------------------------------------------------------------------------

    @property
    def smoothing_beta(self) -> float:
        return self._smoothing_beta

    @property
    def iteration_count(self) -> int:
        """Number of mini-batch costs plotted so far."""
        return len(self._raw_costs)

    @property
    def epoch_count(self) -> int:
        return len(self._epochs)

    def clear(self) -> None:
        """Forget every curve's data (a new run starts); the decision boundary image goes too."""
        for series in (self._iterations, self._raw_costs, self._smoothed_costs, self._epochs, self._train_costs,
                       self._validation_costs, self._train_accuracies, self._validation_accuracies,
                       self._learning_rates):
            series.clear()
        self._accumulator = EwaAccumulator(self._smoothing_beta)
        self.boundary_image.clear()
        self._divergence_point = None
        self._costs_checked = 0
        self.divergence_marker.setData([], [])
        self.cost_legend.setOffset(COST_LEGEND_OFFSET)
        self._update_iteration_curves()
        self._update_epoch_curves()

        # Empty curves leave the previous run's ranges in place; start from a unit view that auto-range then grows.
        for plot in (self.cost_plot, self.epoch_cost_plot, self.accuracy_plot, self.learning_rate_plot):
            plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            plot.enableAutoRange()

    def take_paint_seconds(self) -> float:
        """Return the seconds spent painting the plots since the previous call."""
        seconds = self.graphics.paint_seconds
        self.graphics.paint_seconds = 0.0
        return seconds

    def add_progress(self, progress_reports: list) -> None:
        """Append the data of ``progress_reports`` (engine ``Progress`` objects) and redraw once."""
        if not progress_reports:
            return

        new_epochs = False
        for progress in progress_reports:
            if len(progress.costs):
                self._iterations.append(progress.iterations)
                self._raw_costs.append(progress.costs)
                self._smoothed_costs.append(self._accumulator.extend(progress.costs))
            for metrics in progress.epochs:
                self._append_epoch(metrics)
                new_epochs = True

        self._update_iteration_curves()
        if new_epochs:
            self._update_epoch_curves()

    @property
    def divergence_point(self) -> tuple[float, float] | None:
        """The (iteration, cost) where the divergence marker sits, or None while the run has not diverged.

        A cost that is not finite is marked at the highest finite cost plotted before it.
        """
        return self._divergence_point

    def _find_divergence(self) -> None:
        """Mark the first diverged mini-batch cost and fit the y range to the finite costs around it."""
        costs = self._raw_costs.values
        first_unchecked = self._costs_checked
        if self._divergence_point is not None or costs.size == first_unchecked:
            return

        # Only the costs added since the last refresh are checked, so a refresh late in a long run costs no more.
        self._costs_checked = costs.size
        new_index = divergence_index(costs[first_unchecked:], float(costs[0]))
        if new_index is None:
            return
        index = first_unchecked + new_index

        iteration = float(self._iterations.values[index])
        cost = float(costs[index])
        finite = self._finite_cost_values(index + 1)
        if not math.isfinite(cost):
            cost = float(finite.max()) if finite.size else 0.0
        self._divergence_point = (iteration, cost)
        self.divergence_marker.setData([iteration], [cost])
        self.cost_legend.setOffset(DIVERGED_COST_LEGEND_OFFSET)
        logger.info("Mini-batch cost plot: divergence marked at iteration %d (cost %g)", iteration, cost)

        # Every finite cost up to the divergence stays inside the plot. The engine stops there, so no later cost comes.
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (cost, cost)
        high = max(high, cost)
        if high <= low:
            high = low + max(abs(low), 1.0)
        self.cost_plot.setYRange(low, high, padding=DIVERGED_RANGE_PADDING)

    def _finite_cost_values(self, count: int) -> np.ndarray:
        """Return the finite raw and smoothed costs among the first ``count`` mini-batches."""
        values = np.concatenate([self._raw_costs.values[:count], self._smoothed_costs.values[:count]])
        return values[np.isfinite(values)]

    def _append_epoch(self, metrics) -> None:
        self._epochs.append(metrics.epoch)
        self._train_costs.append(metrics.train_cost)
        self._validation_costs.append(metrics.validation_cost)
        self._train_accuracies.append(100.0 * metrics.train_accuracy)
        self._validation_accuracies.append(100.0 * metrics.validation_accuracy)
        self._learning_rates.append(metrics.learning_rate)

    def _update_iteration_curves(self) -> None:
        iterations = self._iterations.values
        self.raw_cost_curve.setData(iterations, _finite_or_nan(self._raw_costs.values), connect="finite")
        self.smoothed_cost_curve.setData(iterations, _finite_or_nan(self._smoothed_costs.values), connect="finite")
        self._find_divergence()

    def _update_epoch_curves(self) -> None:
        epochs = self._epochs.values
        pairs = (
            (self.train_cost_curve, self._train_costs),
            (self.validation_cost_curve, self._validation_costs),
            (self.train_accuracy_curve, self._train_accuracies),
            (self.validation_accuracy_curve, self._validation_accuracies),
            (self.learning_rate_curve, self._learning_rates),
        )
        for curve, series in pairs:
            curve.setData(epochs, _finite_or_nan(series.values), connect="finite")

        # Start the α axis at 0, so a constant α shows as a level line instead of the axis centering on it.
        rates = self._learning_rates.values
        finite_rates = rates[np.isfinite(rates)]
        if finite_rates.size and finite_rates.max() > 0:
            self.learning_rate_plot.setYRange(0.0, float(finite_rates.max()) * 1.1, padding=0)
        else:
            self.learning_rate_plot.enableAutoRange(axis="y")

    def set_smoothing_beta(self, beta: float) -> None:
        """Use ``beta`` for the smoothed cost curve and recompute it from the stored raw costs."""
        beta = float(min(max(beta, 0.0), SMOOTHING_BETA_MAX))
        if self.smoothing_slider.value() != beta:
            self.smoothing_slider.setValue(beta)  # calls back into this method through the slider
            return
        if beta == self._smoothing_beta:
            return

        self._smoothing_beta = beta
        self._accumulator = EwaAccumulator(beta)
        smoothed = self._accumulator.extend(self._raw_costs.values)
        self._smoothed_costs.clear()
        self._smoothed_costs.append(smoothed)
        self._update_iteration_curves()
        self.smoothing_beta_changed.emit(beta)

    def _on_smoothing_slider_changed(self, value: float) -> None:
        self.set_smoothing_beta(value)

    def smoothed_costs(self) -> np.ndarray:
        """Return a copy of the smoothed cost curve's values."""
        return self._smoothed_costs.values.copy()

    def raw_costs(self) -> np.ndarray:
        """Return a copy of the plotted mini-batch costs."""
        return self._raw_costs.values.copy()

    # -- decision boundary ------------------------------------------------------------------------

    def set_feature_count(self, n_features: int, feature_names: list[str] | None = None) -> None:
        """Show the boundary plot for two-feature data, and a note in its place otherwise."""
        two_features = n_features == 2
        self.boundary_image.setVisible(two_features)
        self.train_scatter.setVisible(two_features)
        self.validation_scatter.setVisible(two_features)
        self.boundary_note.setVisible(not two_features)
        for axis in ("left", "bottom"):
            self.boundary_plot.showAxis(axis, two_features)

        if two_features:
            # The marker key sits in the title, because a legend would cover data points.
            self.boundary_plot.setTitle(self.tr("Decision boundary (● training, ○ validation)"), size=TITLE_SIZE,
                                        color=FOREGROUND)
            names = feature_names or [self.tr("Feature 1"), self.tr("Feature 2")]
            self.boundary_plot.setLabel("bottom", names[0], color=FOREGROUND)
            self.boundary_plot.setLabel("left", names[1], color=FOREGROUND)
            self.boundary_plot.enableAutoRange()
            self.boundary_plot.setMouseEnabled(x=True, y=True)
        else:
            self.boundary_plot.setTitle(self.tr("Decision boundary"), size=TITLE_SIZE, color=FOREGROUND)
            self.boundary_note.setText(self.tr(
                "The decision boundary is drawn for data sets with two features. "
                "This data set has {0} features: follow the cost and accuracy plots instead.").format(n_features))
            self.boundary_image.clear()
            self.train_scatter.clear()
            self.validation_scatter.clear()
            self.boundary_plot.setXRange(0, 1, padding=0)
            self.boundary_plot.setYRange(0, 1, padding=0)
            self.boundary_plot.setMouseEnabled(x=False, y=False)

    @property
    def shows_boundary_note(self) -> bool:
        """True when the boundary plot shows the note for data without exactly two features."""
        return self.boundary_note.isVisible()

    def set_dataset(self, dataset) -> None:
        """Plot the points of ``dataset`` (engine ``Dataset``) in the boundary plot, or the note."""
        self.boundary_image.clear()
        self.set_feature_count(dataset.n_features, list(dataset.feature_names))
        if dataset.n_features != 2:
            return

        # One brush and one pen per class, shared by its points: making one per point took about 5 s for the
        # largest generated set (100,000 samples), during which the window did not react.
        class_brushes = np.array([pg.mkBrush(*class_color(label)) for label in range(dataset.n_classes)], dtype=object)
        class_pens = np.array([pg.mkPen(*class_color(label), width=2) for label in range(dataset.n_classes)],
                              dtype=object)
        self.train_scatter.setData(pos=dataset.x_train, brush=class_brushes[dataset.y_train])
        self.validation_scatter.setData(pos=dataset.x_validation, pen=class_pens[dataset.y_validation])
        x_min, x_max, y_min, y_max = grid_bounds(np.vstack([dataset.x_train, dataset.x_validation]))
        self.boundary_plot.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=0)

    def show_boundary(self, grid: BoundaryGrid) -> None:
        """Draw the class probabilities of ``grid`` under the data points."""
        if self.shows_boundary_note:
            return

        image = probability_image(grid.probabilities)
        x_step = (grid.x_values[-1] - grid.x_values[0]) / (len(grid.x_values) - 1)
        y_step = (grid.y_values[-1] - grid.y_values[0]) / (len(grid.y_values) - 1)
        self.boundary_image.setImage(image, autoLevels=False, levels=(0, 255))
        # Pixel centers sit on the grid points, so the image reaches half a step beyond them.
        self.boundary_image.setRect(QRectF(grid.x_values[0] - x_step / 2, grid.y_values[0] - y_step / 2,
                                           x_step * len(grid.x_values), y_step * len(grid.y_values)))
