"""Decision-boundary grids: class probabilities of a network over a 2-D feature plane.

Pure numpy (no Qt), so the training worker computes grids in its own thread
and sends them to the GUI as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Share of the data's extent added on each side of the grid, so points on the edge stay inside.
GRID_MARGIN = 0.1


@dataclass
class BoundaryGrid:
    """Class probabilities on a regular grid over two features.

    ``probabilities[i, j, k]`` is P(class k) at (``x_values[i]``, ``y_values[j]``):
    the first axis runs along feature 0, as pyqtgraph's ImageItem expects by default.
    """

    x_values: np.ndarray  # (n_x,) feature-0 coordinates of the grid columns
    y_values: np.ndarray  # (n_y,) feature-1 coordinates of the grid rows
    probabilities: np.ndarray  # (n_x, n_y, n_classes), each [i, j, :] sums to 1
    iteration: int  # mini-batch updates done when the grid was computed

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """x_min, x_max, y_min, y_max of the grid's cell centers."""
        return (float(self.x_values[0]), float(self.x_values[-1]),
                float(self.y_values[0]), float(self.y_values[-1]))


def grid_bounds(points: np.ndarray, margin: float = GRID_MARGIN) -> tuple[float, float, float, float]:
    """Return x_min, x_max, y_min, y_max around ``points`` (n, 2), widened by ``margin`` of the extent.

    A zero extent (all points on one line) is widened by 1 on each side.
    """
    if points.ndim != 2 or points.shape[1] != 2 or points.shape[0] == 0:
        raise ValueError(f"points of shape {points.shape} are invalid: a decision boundary needs (n, 2) with n >= 1")

    low = points.min(axis=0)
    high = points.max(axis=0)
    extent = high - low
    pad = np.where(extent > 0, extent * margin, 1.0)
    low = low - pad
    high = high + pad
    return float(low[0]), float(high[0]), float(low[1]), float(high[1])


def compute_boundary_grid(predict_proba, bounds: tuple[float, float, float, float],
                          resolution: int, iteration: int) -> BoundaryGrid:
    """Evaluate ``predict_proba`` on a ``resolution`` × ``resolution`` grid over ``bounds``.

    ``predict_proba`` maps an (n, 2) array to (n, n_classes) probabilities,
    for example ``Network.predict_proba``. Cost: one forward pass over
    resolution² points.
    """
    if resolution < 2:
        raise ValueError(f"resolution = {resolution!r} is invalid: use 2 or more grid points per axis, e.g. 80")

    x_min, x_max, y_min, y_max = bounds
    x_values = np.linspace(x_min, x_max, resolution)
    y_values = np.linspace(y_min, y_max, resolution)
    grid_x, grid_y = np.meshgrid(x_values, y_values, indexing="ij")
    points = np.column_stack([grid_x.ravel(), grid_y.ravel()])

    probabilities = np.asarray(predict_proba(points), dtype=np.float64)
    probabilities = probabilities.reshape(resolution, resolution, -1)

    return BoundaryGrid(x_values=x_values, y_values=y_values, probabilities=probabilities, iteration=iteration)
