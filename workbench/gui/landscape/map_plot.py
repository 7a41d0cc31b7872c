"""The filled contour map of a surface with the racing optimizer paths on top.

The map is computed once per surface and domain: an ImageItem of f on a
regular grid, a colour bar, and contour lines from ``pg.isocurve``. Contour
lines are never recomputed per frame, because ``pg.isocurve`` is pure Python
and costs about 0.3 s for 10 levels on a 200 × 200 grid. Per frame only the
path curves, the current-point markers and the arrows get new data.

The aspect ratio is locked (one unit of x is as long on screen as one unit of
y), so gradients look perpendicular to the contour lines and arrow heads can
be turned from data directions without the view transform.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor

from workbench.engine.surfaces import Surface

logger = logging.getLogger(__name__)

#: Grid points per axis of the coloured image.
IMAGE_RESOLUTION = 240

#: Grid points per axis used for the contour lines (coarser, as pg.isocurve is slow).
CONTOUR_RESOLUTION = 150

CONTOUR_LEVEL_COUNT = 14

#: The colours switch to a log scale when the median of f − min f is below
#: this fraction of its maximum, i.e. most of the map would share the lowest colours.
LOG_SCALE_MEDIAN_FRACTION = 0.1

#: Margin around the domain when the view is reset, as a fraction of the domain's width and height.
DOMAIN_PADDING = 0.02

#: Maximum length of a gradient or velocity arrow, as a fraction of the domain's half-diagonal.
ARROW_LENGTH_FRACTION = 0.18

# A dark, low-saturation blue-grey ramp, so the saturated path colours stand out at any cost.
COLOUR_MAP_STOPS = ((0.0, (12, 18, 38)), (0.5, (64, 84, 118)), (1.0, (196, 204, 216)))
CONTOUR_COLOUR = (255, 255, 255, 70)
MINIMUM_COLOUR = "#FFFFFF"
SADDLE_COLOUR = "#FF6EC7"
MAXIMUM_COLOUR = "#FFD23F"
START_COLOUR = "#FFFFFF"

#: Diameter of the start marker, in pixels.
START_MARKER_SIZE = 16
#: Gap between the start marker's edge and its label, in pixels.
START_LABEL_GAP = 3
#: Sides of the start marker where its label may go, in order of preference, as screen directions
#: (x to the right, y downwards): right, above, left, below.
START_LABEL_SIDES = ((1, 0), (0, -1), (-1, 0), (0, 1))
#: A side is clear when its label keeps this many pixels from the centre of every marked critical point.
#: Closer, the label reads as that point's label.
START_LABEL_CLEARANCE = 24


def start_label_distance() -> float:
    """Return the distance, in pixels, from the start marker's centre to the near edge of its label."""
    return START_MARKER_SIZE / 2 + START_LABEL_GAP


def start_label_rect(centre: QPointF, side: tuple[int, int], width: float, height: float) -> QRectF:
    """Return the scene rectangle of a ``width`` × ``height`` label on ``side`` of a marker at ``centre``.

    ``side`` is a screen direction from START_LABEL_SIDES. The label's near
    edge lies start_label_distance() pixels from ``centre``, and the label is
    centred on the line through ``centre`` along ``side``.
    """
    direction_x, direction_y = side
    distance = start_label_distance()
    anchor_x, anchor_y = (1 - direction_x) / 2, (1 - direction_y) / 2
    left = centre.x() + distance * direction_x - anchor_x * width
    top = centre.y() + distance * direction_y - anchor_y * height
    return QRectF(left, top, width, height)


def _distance_to_rect(point: QPointF, rect: QRectF) -> float:
    """Return the distance from ``point`` to the nearest point of ``rect``, 0 inside it."""
    dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
    dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
    return math.hypot(dx, dy)


@dataclass
class SurfaceGrid:
    """Samples of f on a grid, with ``values[i, j] = f(x[i], y[j])`` (indexing='ij')."""

    x: np.ndarray
    y: np.ndarray
    values: np.ndarray

    @classmethod
    def sample(cls, surface: Surface, resolution: int) -> SurfaceGrid:
        """Sample ``surface`` on ``resolution`` × ``resolution`` points spanning its domain."""
        x_min, x_max, y_min, y_max = surface.domain
        x = np.linspace(x_min, x_max, resolution)
        y = np.linspace(y_min, y_max, resolution)
        grid_x, grid_y = np.meshgrid(x, y, indexing="ij")

        with np.errstate(all="ignore"):
            values = np.asarray(surface.value(grid_x, grid_y), dtype=float)
        return cls(x=x, y=y, values=values)


@dataclass
class ColourScale:
    """Mapping from f to colours, linear in f or linear in log10(f − offset)."""

    logarithmic: bool
    offset: float  # min f over the map. The log scale shows log10(f − offset + floor).
    floor: float  # keeps the logarithm finite at the minimum

    @classmethod
    def choose(cls, values: np.ndarray) -> ColourScale:
        """Pick a log scale when most of the finite values crowd near the minimum."""
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return cls(logarithmic=False, offset=0.0, floor=1.0)

        low = float(finite.min())
        shifted = finite - low
        spread = float(shifted.max())
        if spread <= 0.0:
            return cls(logarithmic=False, offset=low, floor=1.0)

        crowded = float(np.median(shifted)) < LOG_SCALE_MEDIAN_FRACTION * spread
        return cls(logarithmic=crowded, offset=low, floor=spread * 1e-6)

    def transform(self, values: np.ndarray) -> np.ndarray:
        """Return what the colours show: f itself, or log10(f − offset + floor)."""
        if not self.logarithmic:
            return values
        with np.errstate(all="ignore"):
            return np.log10(values - self.offset + self.floor)


def contour_levels(values: np.ndarray, scale: ColourScale, count: int = CONTOUR_LEVEL_COUNT) -> np.ndarray:
    """Return ``count`` levels of f strictly inside its finite range, log-spaced on a log colour scale."""
    finite = values[np.isfinite(values)]
    if finite.size == 0 or float(finite.max()) <= float(finite.min()):
        return np.empty(0)

    low = float(finite.min())
    high = float(finite.max())
    if scale.logarithmic:
        exponents = np.linspace(math.log10(scale.floor), math.log10(high - low + scale.floor), count + 2)[1:-1]
        return low + np.power(10.0, exponents) - scale.floor
    return np.linspace(low, high, count + 2)[1:-1]


def contour_lines(grid: SurfaceGrid, levels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Trace the contour lines of ``grid`` at ``levels`` as x and y arrays in data units.

    Separate lines are split by NaN, so one curve with connect="finite" draws
    them all. Non-finite samples are replaced by the largest finite value first,
    so a formula that is undefined somewhere still gets its other contours.
    """
    values = grid.values.copy()
    finite = np.isfinite(values)
    if not finite.any():
        return np.empty(0), np.empty(0)
    values[~finite] = values[finite].max()

    x_step = grid.x[1] - grid.x[0]
    y_step = grid.y[1] - grid.y[0]
    pieces_x: list[np.ndarray] = []
    pieces_y: list[np.ndarray] = []
    for level in levels:
        for line in pg.isocurve(values, float(level), connected=True):
            points = np.asarray(line, dtype=float)
            # isocurve returns coordinates in cell units where sample i sits at i + 0.5.
            pieces_x.append(grid.x[0] + (points[:, 0] - 0.5) * x_step)
            pieces_y.append(grid.y[0] + (points[:, 1] - 0.5) * y_step)
            pieces_x.append(np.array([np.nan]))
            pieces_y.append(np.array([np.nan]))

    if not pieces_x:
        return np.empty(0), np.empty(0)
    return np.concatenate(pieces_x), np.concatenate(pieces_y)


def arrow_angle(dx: float, dy: float) -> float:
    """Return the pg.ArrowItem angle (degrees) that points along the data direction (dx, dy).

    An ArrowItem with angle 0 points to the screen's left, and its rotation is
    clockwise on screen, where y grows downwards. This holds for a view with a
    locked aspect ratio.
    """
    return math.degrees(math.atan2(dy, -dx))


class PathGraphics:
    """The items that draw one optimizer's path: curve, current point and two arrows."""

    def __init__(self, plot: pg.PlotItem, colour: QColor, label: str) -> None:
        self.colour = QColor(colour)
        pen = pg.mkPen(self.colour, width=2)

        self.curve = pg.PlotDataItem(pen=pen, name=label)
        self.curve.setZValue(20)
        # ignoreBounds: a path that runs far off the domain must not widen the view's auto range.
        plot.addItem(self.curve, ignoreBounds=True)

        self.gradient_line = pg.PlotDataItem(pen=pg.mkPen(self.colour, width=1.5, style=Qt.PenStyle.DashLine))
        self.gradient_head = pg.ArrowItem(headLen=10, tipAngle=35, tailLen=None, pen=None, brush=self.colour)
        self.velocity_line = pg.PlotDataItem(pen=pg.mkPen(self.colour, width=2.5))
        self.velocity_head = pg.ArrowItem(headLen=13, tipAngle=35, tailLen=None, pen=pg.mkPen("k"), brush=self.colour)
        for item in (self.gradient_line, self.gradient_head, self.velocity_line, self.velocity_head):
            item.setZValue(30)
            item.hide()
            plot.addItem(item, ignoreBounds=True)

        self._plot = plot

    def items(self) -> list:
        return [self.curve, self.gradient_line, self.gradient_head, self.velocity_line, self.velocity_head]

    def remove(self) -> None:
        for item in self.items():
            self._plot.removeItem(item)

    def set_arrow(self, which: str, start: np.ndarray, vector: np.ndarray | None) -> None:
        """Draw the arrow ``which`` ("gradient" or "velocity") from ``start`` along ``vector``, or hide it when None."""
        line = self.gradient_line if which == "gradient" else self.velocity_line
        head = self.gradient_head if which == "gradient" else self.velocity_head

        if vector is None or not np.all(np.isfinite(vector)) or not np.any(vector):
            line.hide()
            head.hide()
            return

        tip = start + vector
        line.setData([start[0], tip[0]], [start[1], tip[1]])
        head.setStyle(angle=arrow_angle(float(vector[0]), float(vector[1])))
        head.setPos(float(tip[0]), float(tip[1]))
        line.show()
        head.show()


class MapPlot(pg.PlotWidget):
    """Contour map of a surface, its critical points, a movable start point and the paths.

    ``start_moved(x, y)`` is emitted when the user clicks on the map or drags
    the start marker (after the drag ends), in data units.
    """

    start_moved = Signal(float, float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("landscapeMap")

        self._surface: Surface | None = None
        self._paths: list[PathGraphics] = []
        self.colour_scale = ColourScale(logarithmic=False, offset=0.0, floor=1.0)

        plot = self.getPlotItem()
        plot.setLabel("bottom", "x")
        plot.setLabel("left", "y")
        plot.showGrid(x=False, y=False)
        plot.setAspectLocked(True)
        plot.setMenuEnabled(False)

        self.image = pg.ImageItem(axisOrder="col-major")
        self.image.setZValue(-10)
        plot.addItem(self.image)

        colour_map = pg.ColorMap(
            [position for position, _ in COLOUR_MAP_STOPS], [colour for _, colour in COLOUR_MAP_STOPS]
        )
        self.colour_bar = pg.ColorBarItem(colorMap=colour_map, interactive=False, width=18)
        self.colour_bar.setImageItem(self.image, insert_in=plot)

        self.contours = pg.PlotDataItem(pen=pg.mkPen(CONTOUR_COLOUR, width=1), connect="finite")
        self.contours.setZValue(-5)
        plot.addItem(self.contours)

        self.legend = plot.addLegend(offset=(8, 8), labelTextSize="9pt", brush=(0, 0, 0, 110))

        self.minima_marker = pg.ScatterPlotItem(
            symbol="star", size=18, pen=pg.mkPen("k"), brush=pg.mkBrush(MINIMUM_COLOUR)
        )
        self.saddle_marker = pg.ScatterPlotItem(
            symbol="d", size=13, pen=pg.mkPen("k"), brush=pg.mkBrush(SADDLE_COLOUR)
        )
        self.maxima_marker = pg.ScatterPlotItem(
            symbol="t1", size=14, pen=pg.mkPen("k"), brush=pg.mkBrush(MAXIMUM_COLOUR)
        )
        for item in (self.minima_marker, self.saddle_marker, self.maxima_marker):
            item.setZValue(10)
            plot.addItem(item)

        self.current_points = pg.ScatterPlotItem(size=9, pen=pg.mkPen("k", width=1))
        self.current_points.setZValue(40)
        plot.addItem(self.current_points, ignoreBounds=True)

        self.diverged_marker = pg.ScatterPlotItem(symbol="x", size=18, pen=pg.mkPen("k", width=1))
        self.diverged_marker.setZValue(45)
        plot.addItem(self.diverged_marker, ignoreBounds=True)

        self.start_marker = pg.TargetItem(
            pos=(0.0, 0.0), size=START_MARKER_SIZE, symbol="o", movable=True,
            pen=pg.mkPen(START_COLOUR, width=2), brush=pg.mkBrush(0, 0, 0, 0),
            label=QCoreApplication.translate("LandscapeMap", "start"),
            labelOpts={"color": START_COLOUR},
        )
        self.start_marker.setZValue(50)
        plot.addItem(self.start_marker, ignoreBounds=True)

        self.start_marker.sigPositionChangeFinished.connect(self._on_start_marker_dragged)
        self.start_marker.sigPositionChanged.connect(self._on_start_marker_moved)
        # The transform changes with the range and with the widget's size, and both move the label's room.
        plot.getViewBox().sigTransformChanged.connect(self._on_view_transform_changed)
        self.scene().sigMouseClicked.connect(self._on_scene_clicked)

    # ------------------------------------------------------------------ surface

    @property
    def surface(self) -> Surface | None:
        """The surface on the map, or None before the first set_surface."""
        return self._surface

    def set_surface(self, surface: Surface) -> None:
        """Draw ``surface``: coloured image, contour lines, colour bar and critical points."""
        self._surface = surface
        x_min, x_max, y_min, y_max = surface.domain

        image_grid = SurfaceGrid.sample(surface, IMAGE_RESOLUTION)
        self.colour_scale = ColourScale.choose(image_grid.values)
        shown = self.colour_scale.transform(image_grid.values)
        self.image.setImage(shown, autoLevels=False)
        self.image.setRect(x_min, y_min, x_max - x_min, y_max - y_min)

        finite = shown[np.isfinite(shown)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if high <= low:
            high = low + 1.0
        self.colour_bar.setLevels((low, high))
        if self.colour_scale.logarithmic:
            self.colour_bar.setLabel("right", QCoreApplication.translate("LandscapeMap", "log₁₀(f − min f)"))
        else:
            self.colour_bar.setLabel("right", QCoreApplication.translate("LandscapeMap", "f(x, y)"))

        contour_grid = SurfaceGrid.sample(surface, CONTOUR_RESOLUTION)
        levels = contour_levels(contour_grid.values, self.colour_scale)
        line_x, line_y = contour_lines(contour_grid, levels)
        self.contours.setData(line_x, line_y)

        self._set_critical_points(surface)
        self.reset_view()
        logger.debug("Map drawn for %s with %d contour levels", surface.name, levels.size)

    def _set_critical_points(self, surface: Surface) -> None:
        kinds = {"minimum": [], "saddle": [], "maximum": []}
        for point in surface.critical_points:
            if point.kind in kinds:
                kinds[point.kind].append((point.x, point.y))

        for kind, marker in (
            ("minimum", self.minima_marker),
            ("saddle", self.saddle_marker),
            ("maximum", self.maxima_marker),
        ):
            points = np.array(kinds[kind], dtype=float).reshape(-1, 2)
            marker.setData(x=points[:, 0], y=points[:, 1])

        self._rebuild_legend()
        self._place_start_label()

    def _rebuild_legend(self) -> None:
        self.legend.clear()
        for label, marker in (
            (QCoreApplication.translate("LandscapeMap", "minimum"), self.minima_marker),
            (QCoreApplication.translate("LandscapeMap", "saddle point"), self.saddle_marker),
            (QCoreApplication.translate("LandscapeMap", "maximum"), self.maxima_marker),
        ):
            if len(marker.data):
                self.legend.addItem(marker, label)
        for graphics in self._paths:
            self.legend.addItem(graphics.curve, graphics.curve.name())
        if len(self.diverged_marker.data):
            self.legend.addItem(self.diverged_marker, QCoreApplication.translate("LandscapeMap", "diverged"))

    def reset_view(self) -> None:
        """Zoom and pan back to the surface's whole domain and switch auto range off.

        With the aspect ratio locked, the view shows the domain plus a margin
        along the axis where the widget has room to spare. Paths keep their
        data outside the domain, so they are drawn up to the view's edge.
        """
        if self._surface is None:
            return
        x_min, x_max, y_min, y_max = self._surface.domain
        view_box = self.getPlotItem().getViewBox()
        view_box.setRange(xRange=(x_min, x_max), yRange=(y_min, y_max), padding=DOMAIN_PADDING)
        view_box.disableAutoRange()

    # -------------------------------------------------------------------- start

    def set_start(self, x: float, y: float) -> None:
        """Move the start marker to (x, y) without emitting start_moved."""
        self.start_marker.setPos(QPointF(float(x), float(y)))

    def start(self) -> tuple[float, float]:
        """Return the start marker's position in data units."""
        position = self.start_marker.pos()
        return float(position.x()), float(position.y())

    def click_at(self, x: float, y: float) -> None:
        """Handle a click at data point (x, y): move the start there and emit start_moved.

        Clicks outside the surface's domain are ignored.
        """
        if self._surface is not None:
            x_min, x_max, y_min, y_max = self._surface.domain
            if not (x_min <= x <= x_max and y_min <= y <= y_max):
                return
        self.set_start(x, y)
        self.start_moved.emit(float(x), float(y))

    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double() or event.isAccepted():
            return

        view_box = self.getPlotItem().getViewBox()
        scene_position = event.scenePos()
        if not view_box.sceneBoundingRect().contains(scene_position):
            return

        point = view_box.mapSceneToView(scene_position)
        self.click_at(point.x(), point.y())

    def _on_start_marker_dragged(self, _marker) -> None:
        x, y = self.start()
        self.start_moved.emit(x, y)

    def _place_start_label(self) -> None:
        """Put the start label on the first side of the marker that is in view and clear of critical points.

        A side is clear when its label keeps START_LABEL_CLEARANCE pixels from
        every marked minimum, saddle point and maximum, so it cannot read as
        their label. When no side in view is clear, the label takes the side in
        view with the most room. Sides are tried in START_LABEL_SIDES order.
        """
        label = self.start_marker.label()
        if label is None:
            return
        view_box = self.getPlotItem().getViewBox()
        if view_box.width() <= 0 or view_box.height() <= 0:
            return

        x, y = self.start()
        centre = view_box.mapViewToScene(QPointF(x, y))
        points = [view_box.mapViewToScene(QPointF(float(px), float(py))) for px, py in self._critical_points()]
        view_rect = view_box.sceneBoundingRect()
        size = label.boundingRect().size()

        best_side, best_room = START_LABEL_SIDES[0], -math.inf
        for side in START_LABEL_SIDES:
            rect = start_label_rect(centre, side, size.width(), size.height())
            clearance = min((_distance_to_rect(point, rect) for point in points), default=math.inf)
            if view_rect.contains(rect) and clearance >= START_LABEL_CLEARANCE:
                best_side = side
                break
            room = clearance if view_rect.contains(rect) else clearance - view_rect.width() - view_rect.height()
            if room > best_room:
                best_side, best_room = side, room

        direction_x, direction_y = best_side
        distance = start_label_distance()
        # The label's offset is in pixels along the data axes, and y grows upwards in data units.
        label.offset = pg.Point(distance * direction_x, -distance * direction_y)
        label.setAnchor(((1 - direction_x) / 2, (1 - direction_y) / 2))
        label.viewTransformChanged()

    def start_label_side(self) -> tuple[int, int]:
        """Return the side of the start marker the label is on, as a screen direction (x right, y down)."""
        offset = self.start_marker.label().offset
        return (int(np.sign(offset.x())), int(-np.sign(offset.y())))

    def _critical_points(self) -> list[tuple[float, float]]:
        points = []
        for marker in (self.minima_marker, self.saddle_marker, self.maxima_marker):
            x_values, y_values = marker.getData()
            if x_values is not None:
                points.extend(zip(x_values, y_values))
        return points

    def _on_start_marker_moved(self, _marker) -> None:
        self._place_start_label()

    def _on_view_transform_changed(self, _view_box) -> None:
        self._place_start_label()

    # -------------------------------------------------------------------- paths

    def set_paths(self, colours: list[QColor], labels: list[str]) -> None:
        """Create one set of path items per optimizer, replacing the previous ones."""
        for graphics in self._paths:
            graphics.remove()
        self._paths = [PathGraphics(self.getPlotItem(), colour, label) for colour, label in zip(colours, labels)]
        self.current_points.setData([])
        self.diverged_marker.setData([])
        self._rebuild_legend()

    @property
    def paths(self) -> list[PathGraphics]:
        """The per-optimizer graphics, in the race's path order."""
        return self._paths

    def update_paths(
        self,
        histories: list[np.ndarray],
        visible: list[bool],
        diverged_points: list[np.ndarray | None],
    ) -> None:
        """Set each path's curve to its (n_points, 2) history and mark current and diverged points.

        ``diverged_points[i]`` is the last point of a diverged path, where an X
        is drawn, or None while the path is alive.
        """
        current_spots = []
        diverged_spots = []
        had_diverged = len(self.diverged_marker.data) > 0

        for graphics, history, shown, diverged_at in zip(self._paths, histories, visible, diverged_points):
            graphics.curve.setVisible(shown)
            if not shown:
                continue
            graphics.curve.setData(history[:, 0], history[:, 1])

            if diverged_at is not None:
                diverged_spots.append({"pos": tuple(diverged_at), "brush": graphics.colour, "pen": pg.mkPen(graphics.colour, width=3)})
            elif history.size:
                current_spots.append({"pos": tuple(history[-1]), "brush": graphics.colour})

        self.current_points.setData(current_spots)
        self.diverged_marker.setData(diverged_spots)
        if had_diverged != bool(diverged_spots):
            self._rebuild_legend()

    def update_arrows(
        self,
        positions: np.ndarray,
        gradients: np.ndarray | None,
        velocities: np.ndarray | None,
        visible: list[bool],
    ) -> None:
        """Draw −∇f and −V at each current point, or hide them where an array is None.

        Both point where the step goes. They share one scale so the longest
        vector among the paths whose current point lies in the domain is
        ARROW_LENGTH_FRACTION of the domain's half-diagonal. Relative lengths
        between paths and between the two kinds are kept. Paths outside the
        domain get no arrows, because their often much larger gradients would
        shrink every arrow on the map to nothing.
        """
        visible = list(visible)
        if self._surface is not None:
            x_min, x_max, y_min, y_max = self._surface.domain
            with np.errstate(invalid="ignore"):
                inside = (
                    (positions[:, 0] >= x_min) & (positions[:, 0] <= x_max)
                    & (positions[:, 1] >= y_min) & (positions[:, 1] <= y_max)
                )
            visible = [bool(shown and within) for shown, within in zip(visible, inside)]

        vectors = [array for array in (gradients, velocities) if array is not None]
        longest = 0.0
        for array in vectors:
            shown = np.asarray(array)[np.asarray(visible, dtype=bool)]
            with np.errstate(all="ignore"):
                lengths = np.hypot(shown[:, 0], shown[:, 1]) if shown.size else np.empty(0)
            lengths = lengths[np.isfinite(lengths)]
            if lengths.size:
                longest = max(longest, float(lengths.max()))

        half_diagonal = self._surface.half_diagonal if self._surface is not None else 1.0
        scale = ARROW_LENGTH_FRACTION * half_diagonal / longest if longest > 0 else 0.0

        for index, graphics in enumerate(self._paths):
            shown = visible[index] and scale > 0
            gradient = -scale * gradients[index] if (shown and gradients is not None) else None
            velocity = -scale * velocities[index] if (shown and velocities is not None) else None
            graphics.set_arrow("gradient", positions[index], gradient)
            graphics.set_arrow("velocity", positions[index], velocity)
