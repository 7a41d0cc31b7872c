"""Cost and distance against step for every racing path, drawn below the map."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from workbench.engine.surfaces import Surface

#: Title size of the two plots; pyqtgraph's larger default cut titles off when the tab is about 960 px wide.
TITLE_SIZE = "9pt"

#: Minimum number of steps the step axis spans, so a race that has not started or stopped after a step or two
#: shows whole step numbers from 0 instead of pyqtgraph's range around a single point.
MIN_STEP_SPAN = 10

#: Smallest span of a linear y axis, as a fraction of the largest absolute value shown. pyqtgraph 0.14 labels
#: ticks with six significant digits, so a span of 1 around a cost of 3.8e6 showed one number four times.
#: MIN_ABSOLUTE_SPAN applies when every value is 0.
MIN_RELATIVE_SPAN = 1e-4
MIN_ABSOLUTE_SPAN = 1e-6
#: Smallest span of the log cost axis, in decades.
MIN_LOG_SPAN = 0.5


class StepPlots(QWidget):
    """Two plots sharing the step axis: cost f(x_t, y_t) and distance to the nearest marked point.

    The distance is to the nearest marked minimum. A surface without marked
    minima (the plain saddle) gets the distance to the nearest marked saddle
    point instead, which shows how fast each path leaves it.

    On the log-y axis the cost is shown as f − f*, where f* is the lowest
    marked minimum's value, so it stays positive. Without a marked minimum the
    cost is shown as it is, and steps with f ≤ 0 are left out of the log plot.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._surface: Surface | None = None
        self._reference_points = np.empty((0, 2))
        self._lowest_minimum_cost: float | None = None
        self._cost_curves: list[pg.PlotDataItem] = []
        self._distance_curves: list[pg.PlotDataItem] = []
        self._last_curves: tuple | None = None  # arguments of the last update_curves, for redrawing

        self.cost_plot = pg.PlotWidget()
        self.cost_plot.setLabel("bottom", self.tr("step"))
        self.cost_plot.showGrid(x=True, y=True, alpha=0.2)
        self.cost_plot.setMenuEnabled(False)

        self.distance_plot = pg.PlotWidget()
        self.distance_plot.setLabel("bottom", self.tr("step"))
        self.distance_plot.showGrid(x=True, y=True, alpha=0.2)
        self.distance_plot.setMenuEnabled(False)
        self.distance_plot.setXLink(self.cost_plot)
        for plot in (self.cost_plot, self.distance_plot):
            # Steps start at 0, and an "(x0.001)" factor on a step or cost axis reads as part of its unit.
            plot.setLimits(xMin=0, minXRange=MIN_STEP_SPAN)
            for axis in ("bottom", "left"):
                plot.getPlotItem().getAxis(axis).enableAutoSIPrefix(False)

        self.log_cost_check = QCheckBox(self.tr("Logarithmic cost axis"))
        self.log_cost_check.setToolTip(self.tr(
            "Plots f − f* on a log axis, where f* is the cost at the lowest marked minimum. "
            "Without a marked minimum, f itself is plotted and steps with f ≤ 0 are left out."))
        self.log_cost_check.toggled.connect(self._on_log_cost_toggled)

        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.cost_plot)
        plots.addWidget(self.distance_plot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(plots, 1)
        layout.addWidget(self.log_cost_check)

        self._update_cost_labels()

    # ---------------------------------------------------------------- public API

    def set_surface(self, surface: Surface) -> None:
        """Choose the reference points for the distance plot and f* for the log cost axis."""
        self._surface = surface
        minima = [(point.x, point.y) for point in surface.critical_points if point.kind == "minimum"]
        saddles = [(point.x, point.y) for point in surface.critical_points if point.kind == "saddle"]

        if minima:
            self._reference_points = np.array(minima, dtype=float)
            self._set_title(self.distance_plot, self.tr("Distance to the nearest minimum"))
            with np.errstate(all="ignore"):
                costs = surface.value(self._reference_points[:, 0], self._reference_points[:, 1])
            self._lowest_minimum_cost = float(np.min(costs))
        elif saddles:
            self._reference_points = np.array(saddles, dtype=float)
            self._set_title(self.distance_plot, self.tr("Distance to the nearest saddle point"))
            self._lowest_minimum_cost = None
        else:
            self._reference_points = np.empty((0, 2))
            self._set_title(self.distance_plot, self.tr("No minimum or saddle point is marked"))
            self._lowest_minimum_cost = None

        self.distance_plot.setLabel("left", self.tr("distance (x, y units)"))
        self._update_cost_labels()

    def set_paths(self, colours: list[QColor], labels: list[str]) -> None:
        """Create one cost curve and one distance curve per path, replacing the old ones."""
        for curve in self._cost_curves:
            self.cost_plot.removeItem(curve)
        for curve in self._distance_curves:
            self.distance_plot.removeItem(curve)

        self._cost_curves = []
        self._distance_curves = []
        self._last_curves = None
        for colour in colours:
            pen = pg.mkPen(QColor(colour), width=2)
            cost_curve = self.cost_plot.plot(pen=pen)
            distance_curve = self.distance_plot.plot(pen=pen)
            for curve in (cost_curve, distance_curve):
                curve.setClipToView(True)
                curve.setDownsampling(auto=True, method="peak")
            self._cost_curves.append(cost_curve)
            self._distance_curves.append(distance_curve)

    def update_curves(self, histories: list[np.ndarray], costs: list[np.ndarray], visible: list[bool]) -> None:
        """Redraw each path's cost and distance against step from its history (n_points, 2) and costs."""
        self._last_curves = (histories, costs, visible)
        for index, (history, cost) in enumerate(zip(histories, costs)):
            cost_curve = self._cost_curves[index]
            distance_curve = self._distance_curves[index]
            cost_curve.setVisible(visible[index])
            distance_curve.setVisible(visible[index])
            if not visible[index]:
                continue

            steps = np.arange(cost.size)
            cost_curve.setData(steps, self._shown_cost(cost))
            distance = self.distances(history)
            if distance is None:
                distance_curve.setData([], [])
            else:
                distance_curve.setData(steps, distance)

        self._keep_y_span(self.cost_plot, self._cost_curves, self.log_cost_check.isChecked())
        self._keep_y_span(self.distance_plot, self._distance_curves, False)

    def distances(self, history: np.ndarray) -> np.ndarray | None:
        """Return each point's distance to the nearest reference point, or None without one."""
        if self._reference_points.shape[0] == 0:
            return None
        with np.errstate(all="ignore"):
            offsets = history[:, None, :] - self._reference_points[None, :, :]
            return np.min(np.hypot(offsets[..., 0], offsets[..., 1]), axis=1)

    def curve_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the plotted (cost, distance) y values of path ``index``."""
        cost = self._cost_curves[index].yData
        distance = self._distance_curves[index].yData
        return (np.asarray(cost if cost is not None else []), np.asarray(distance if distance is not None else []))

    # ------------------------------------------------------------------ helpers

    def _shown_cost(self, cost: np.ndarray) -> np.ndarray:
        if not self.log_cost_check.isChecked():
            return cost
        shifted = cost - self._lowest_minimum_cost if self._lowest_minimum_cost is not None else cost.copy()
        # pyqtgraph takes log10 of every value, so non-positive costs become NaN (a gap) first.
        with np.errstate(invalid="ignore"):
            shifted = np.where(shifted > 0, shifted, np.nan)
        return shifted

    @staticmethod
    def _keep_y_span(plot: pg.PlotWidget, curves: list[pg.PlotDataItem], logarithmic: bool) -> None:
        """Give the y axis of ``plot`` a minimum span that fits the visible curves' values.

        Equal values, such as every path's cost at step 0, would otherwise get
        a span so small that the tick labels all show the same number.
        """
        arrays = [np.asarray(curve.yData, dtype=float) for curve in curves
                  if curve.isVisible() and curve.yData is not None]
        values = np.concatenate(arrays) if arrays else np.empty(0)
        with np.errstate(all="ignore"):
            values = values[np.isfinite(values)]
            if logarithmic:
                values = np.log10(values[values > 0])

        if logarithmic:
            span = MIN_LOG_SPAN
        elif values.size:
            span = max(MIN_RELATIVE_SPAN * float(np.max(np.abs(values))), MIN_ABSOLUTE_SPAN)
        else:
            span = MIN_ABSOLUTE_SPAN
        plot.setLimits(minYRange=span)

    @staticmethod
    def _set_title(plot: pg.PlotWidget, text: str) -> None:
        plot.setTitle(text, size=TITLE_SIZE)

    def _update_cost_labels(self) -> None:
        if self.log_cost_check.isChecked() and self._lowest_minimum_cost is not None:
            self._set_title(self.cost_plot, self.tr("Cost f − f* (log scale)"))
            self.cost_plot.setLabel("left", self.tr("f − f*"))
        elif self.log_cost_check.isChecked():
            self._set_title(self.cost_plot, self.tr("Cost f(x, y) (log scale)"))
            self.cost_plot.setLabel("left", self.tr("f(x, y) > 0"))
        else:
            self._set_title(self.cost_plot, self.tr("Cost f(x, y)"))
            self.cost_plot.setLabel("left", self.tr("f(x, y)"))

    def _on_log_cost_toggled(self, checked: bool) -> None:
        self.cost_plot.setLogMode(y=checked)
        self._update_cost_labels()
        if self._last_curves is not None:
            self.update_curves(*self._last_curves)
