"""Two-dimensional cost surfaces f(x, y) for the saddle-point lab.

Every surface evaluates its value, its analytic gradient (f_x, f_y) and its
analytic Hessian (f_xx, f_xy, f_yy) on numpy arrays that broadcast against each
other, and marks its known minima, saddle points and maxima inside its domain.
The built-in surfaces, by key:

=================  ============================================================
``saddle``         x² − y²; one saddle at the origin
``monkey_saddle``  x³ − 3xy²; a degenerate saddle (zero Hessian) at the origin
``sin_saddle``     sin x + y²; saddles at x = π/2 + 2kπ, minima at x = −π/2 + 2kπ
``bowl``           0.1·(x² + κ·y²); condition number κ (default 20)
``rosenbrock``     (1 − x)² + 100·(y − x²)²; minimum at (1, 1)
``beale``          Σ_k (c_k − x + x·y^k)², c = (1.5, 2.25, 2.625); minimum at (3, 0.5)
``himmelblau``     (x² + y − 11)² + (x + y² − 7)²; four minima, four saddles, one maximum
``plateau``        −exp(−((x − 2.5)² + y²)) − exp(−((x + 2.5)² + y²)); a saddle at
                   the origin inside a wide region where the gradient is tiny
=================  ============================================================

Pure numpy: this module must not import Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

CRITICAL_POINT_KINDS = ("minimum", "saddle", "maximum")


@dataclass(frozen=True)
class CriticalPoint:
    """A point where the gradient is zero, with its kind: "minimum", "saddle" or "maximum"."""

    x: float
    y: float
    kind: str


class SurfaceError(ValueError):
    """An unknown surface name or an invalid surface parameter."""


def _broadcast(x, y) -> tuple[np.ndarray, np.ndarray]:
    # Fast path for the common call with two float64 arrays of one shape, which
    # a PathRace makes on every step; np.broadcast_arrays costs several µs.
    if type(x) is np.ndarray and type(y) is np.ndarray and x.shape == y.shape and x.dtype == y.dtype == np.float64:
        return x, y
    return np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))


class Surface:
    """A cost surface f(x, y) with its exact gradient and Hessian.

    Subclasses set the attributes below and implement :meth:`value`,
    :meth:`gradient` and :meth:`hessian`. Each method takes ``x`` and ``y`` as
    floats or arrays that broadcast together and returns float64 arrays of the
    broadcast shape. A subclass may also override :meth:`value_and_gradient`
    to share work between the two. ``title`` is English; the GUI translates it.
    """

    name: str = ""
    title: str = ""
    formula: str = ""
    domain: tuple[float, float, float, float] = (-2.0, 2.0, -2.0, 2.0)  # x_min, x_max, y_min, y_max
    critical_points: tuple[CriticalPoint, ...] = ()
    default_start: tuple[float, float] = (1.0, 1.0)

    def value(self, x, y) -> np.ndarray:
        raise NotImplementedError

    def gradient(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        raise NotImplementedError

    def hessian(self, x, y) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        raise NotImplementedError

    def value_and_gradient(self, x, y) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
        """Evaluate f and (f_x, f_y) at (x, y) and return ``(f, (f_x, f_y))``.

        The numbers equal those of :meth:`value` and :meth:`gradient`, bit for
        bit. This default calls both. Overrides compute shared subexpressions once.
        """
        return self.value(x, y), self.gradient(x, y)

    @property
    def minima(self) -> tuple[CriticalPoint, ...]:
        """The marked critical points of kind "minimum"."""
        return tuple(point for point in self.critical_points if point.kind == "minimum")

    @property
    def saddles(self) -> tuple[CriticalPoint, ...]:
        """The marked critical points of kind "saddle"."""
        return tuple(point for point in self.critical_points if point.kind == "saddle")

    @property
    def centre(self) -> tuple[float, float]:
        """The centre of the domain."""
        x_min, x_max, y_min, y_max = self.domain
        return (0.5 * (x_min + x_max), 0.5 * (y_min + y_max))

    @property
    def half_diagonal(self) -> float:
        """Half the length of the domain's diagonal, in the units of x and y."""
        x_min, x_max, y_min, y_max = self.domain
        return 0.5 * math.hypot(x_max - x_min, y_max - y_min)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, formula={self.formula!r})"


class SaddleSurface(Surface):
    name = "saddle"
    title = "Saddle x² − y²"
    formula = "x**2 - y**2"
    domain = (-2.0, 2.0, -2.0, 2.0)
    critical_points = (CriticalPoint(0.0, 0.0, "saddle"),)
    default_start = (1.5, 0.01)

    def value(self, x, y):
        x, y = _broadcast(x, y)
        return x**2 - y**2

    def gradient(self, x, y):
        x, y = _broadcast(x, y)
        return 2.0 * x, -2.0 * y

    def hessian(self, x, y):
        x, _ = _broadcast(x, y)
        return np.full(x.shape, 2.0), np.zeros(x.shape), np.full(x.shape, -2.0)


class MonkeySaddleSurface(Surface):
    """x³ − 3xy²: three valleys meet at the origin, where the Hessian is zero.

    The origin is marked as a saddle although :func:`classify_point` reports it
    as "degenerate": the sign of f changes six times around it.
    """

    name = "monkey_saddle"
    title = "Monkey saddle x³ − 3xy²"
    formula = "x**3 - 3*x*y**2"
    domain = (-2.0, 2.0, -2.0, 2.0)
    critical_points = (CriticalPoint(0.0, 0.0, "saddle"),)
    default_start = (1.2, 0.3)

    def value(self, x, y):
        x, y = _broadcast(x, y)
        return x**3 - 3.0 * x * y**2

    def gradient(self, x, y):
        x, y = _broadcast(x, y)
        return 3.0 * x**2 - 3.0 * y**2, -6.0 * x * y

    def hessian(self, x, y):
        x, y = _broadcast(x, y)
        return 6.0 * x, -6.0 * y, -6.0 * x


class SinSaddleSurface(Surface):
    """sin x + y²: a path leaves the saddle at (π/2, 0) for the minimum at (−π/2, 0) or (3π/2, 0)."""

    name = "sin_saddle"
    title = "Saddle to minimum sin x + y²"
    formula = "sin(x) + y**2"
    domain = (-5.0, 5.0, -2.5, 2.5)
    critical_points = (
        CriticalPoint(-1.5 * math.pi, 0.0, "saddle"),
        CriticalPoint(-0.5 * math.pi, 0.0, "minimum"),
        CriticalPoint(0.5 * math.pi, 0.0, "saddle"),
        CriticalPoint(1.5 * math.pi, 0.0, "minimum"),
    )
    default_start = (1.5, 2.0)

    def value(self, x, y):
        x, y = _broadcast(x, y)
        return np.sin(x) + y**2

    def gradient(self, x, y):
        x, y = _broadcast(x, y)
        return np.cos(x), 2.0 * y

    def hessian(self, x, y):
        x, _ = _broadcast(x, y)
        return -np.sin(x), np.zeros(x.shape), np.full(x.shape, 2.0)


class BowlSurface(Surface):
    """0.1·(x² + κ·y²): an elongated bowl whose Hessian has condition number κ.

    Gradient descent is stable for α < 2 / (0.2·κ) = 10/κ, and near that limit
    it zig-zags across the steep y direction while creeping along x.
    """

    name = "bowl"
    domain = (-3.0, 3.0, -2.0, 2.0)
    critical_points = (CriticalPoint(0.0, 0.0, "minimum"),)
    default_start = (-2.5, 1.5)

    def __init__(self, condition_number: float = 20.0) -> None:
        try:
            valid = math.isfinite(float(condition_number)) and 1.0 <= float(condition_number) <= 1e6
        except (TypeError, ValueError):
            valid = False
        if not valid:
            raise SurfaceError(
                f"condition_number = {condition_number!r} is invalid: it must be a number in [1, 1e6]. "
                f"Try 20 for a clearly elongated bowl."
            )
        condition_number = float(condition_number)
        self.condition_number = condition_number
        self.title = f"Ill-conditioned bowl 0.1·(x² + {condition_number:g}·y²)"
        self.formula = f"0.1*(x**2 + {condition_number!r}*y**2)"

    def value(self, x, y):
        x, y = _broadcast(x, y)
        return 0.1 * (x**2 + self.condition_number * y**2)

    def gradient(self, x, y):
        x, y = _broadcast(x, y)
        return 0.2 * x, 0.2 * self.condition_number * y

    def hessian(self, x, y):
        x, _ = _broadcast(x, y)
        return np.full(x.shape, 0.2), np.zeros(x.shape), np.full(x.shape, 0.2 * self.condition_number)


class RosenbrockSurface(Surface):
    name = "rosenbrock"
    title = "Rosenbrock (1 − x)² + 100·(y − x²)²"
    formula = "(1 - x)**2 + 100*(y - x**2)**2"
    domain = (-2.0, 2.0, -1.0, 3.0)
    critical_points = (CriticalPoint(1.0, 1.0, "minimum"),)
    default_start = (-1.2, 1.0)

    def value(self, x, y):
        x, y = _broadcast(x, y)
        return (1.0 - x) ** 2 + 100.0 * (y - x**2) ** 2

    def gradient(self, x, y):
        x, y = _broadcast(x, y)
        valley = y - x**2
        return -2.0 * (1.0 - x) - 400.0 * x * valley, 200.0 * valley

    def value_and_gradient(self, x, y):
        x, y = _broadcast(x, y)
        one_minus_x = 1.0 - x
        valley = y - x**2
        value = one_minus_x**2 + 100.0 * valley**2
        return value, (-2.0 * one_minus_x - 400.0 * x * valley, 200.0 * valley)

    def hessian(self, x, y):
        x, y = _broadcast(x, y)
        return 2.0 - 400.0 * y + 1200.0 * x**2, -400.0 * x, np.full(x.shape, 200.0)


class BealeSurface(Surface):
    """Σ_k (c_k − x + x·y^k)² for k = 1, 2, 3 and c = (1.5, 2.25, 2.625).

    The saddle points were found by Newton's method on the exact gradient,
    started from a grid over the domain. The tests check that the gradient
    vanishes there.
    """

    name = "beale"
    title = "Beale function"
    formula = "(1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2"
    domain = (-4.5, 4.5, -4.5, 4.5)
    critical_points = (
        CriticalPoint(3.0, 0.5, "minimum"),
        CriticalPoint(0.0, 1.0, "saddle"),
        CriticalPoint(0.10053793732415837, -2.644513585023125, "saddle"),
    )
    default_start = (1.0, 1.5)
    _CONSTANTS = (1.5, 2.25, 2.625)

    def _terms(self, x, y):
        """Yield (u, u_x, u_y, u_xy, u_yy) for each u_k = c_k − x + x·y^k; u_xx is 0."""
        for k, constant in enumerate(self._CONSTANTS, start=1):
            y_k = y**k
            u = constant - x + x * y_k
            u_x = y_k - 1.0
            u_y = k * x * y ** (k - 1)
            u_xy = k * y ** (k - 1)
            u_yy = k * (k - 1) * x * y ** (k - 2) if k >= 2 else np.zeros(x.shape)
            yield u, u_x, u_y, u_xy, u_yy

    def value(self, x, y):
        x, y = _broadcast(x, y)
        return sum(u**2 for u, *_ in self._terms(x, y))

    def gradient(self, x, y):
        x, y = _broadcast(x, y)
        f_x = np.zeros(x.shape)
        f_y = np.zeros(x.shape)
        for u, u_x, u_y, _, _ in self._terms(x, y):
            f_x += 2.0 * u * u_x
            f_y += 2.0 * u * u_y
        return f_x, f_y

    def value_and_gradient(self, x, y):
        x, y = _broadcast(x, y)
        value = 0
        f_x = np.zeros(x.shape)
        f_y = np.zeros(x.shape)
        # Same order of additions as value() and gradient(), so the results are identical.
        for u, u_x, u_y, _, _ in self._terms(x, y):
            value = value + u**2
            f_x += 2.0 * u * u_x
            f_y += 2.0 * u * u_y
        return value, (f_x, f_y)

    def hessian(self, x, y):
        x, y = _broadcast(x, y)
        f_xx = np.zeros(x.shape)
        f_xy = np.zeros(x.shape)
        f_yy = np.zeros(x.shape)
        for u, u_x, u_y, u_xy, u_yy in self._terms(x, y):
            f_xx += 2.0 * u_x**2
            f_xy += 2.0 * (u_x * u_y + u * u_xy)
            f_yy += 2.0 * (u_y**2 + u * u_yy)
        return f_xx, f_xy, f_yy


class HimmelblauSurface(Surface):
    """(x² + y − 11)² + (x + y² − 7)²: four equal minima (f = 0).

    Apart from (3, 2), the coordinates were found by Newton's method on the
    exact gradient. The tests check that the gradient vanishes there.
    """

    name = "himmelblau"
    title = "Himmelblau function"
    formula = "(x**2 + y - 11)**2 + (x + y**2 - 7)**2"
    domain = (-5.0, 5.0, -5.0, 5.0)
    critical_points = (
        CriticalPoint(3.0, 2.0, "minimum"),
        CriticalPoint(-2.805118086952745, 3.131312518250573, "minimum"),
        CriticalPoint(-3.779310253377747, -3.2831859912861696, "minimum"),
        CriticalPoint(3.5844283403304917, -1.8481265269644036, "minimum"),
        CriticalPoint(-0.2708445906673476, -0.9230385564799815, "maximum"),
        CriticalPoint(0.08667750455539634, 2.884254701174776, "saddle"),
        CriticalPoint(-3.0730257507643897, -0.08135304428796751, "saddle"),
        CriticalPoint(3.385154183607021, 0.07385187983774928, "saddle"),
        CriticalPoint(-0.12796134673068005, -1.9537149802445766, "saddle"),
    )
    default_start = (0.0, 0.0)

    def value(self, x, y):
        x, y = _broadcast(x, y)
        return (x**2 + y - 11.0) ** 2 + (x + y**2 - 7.0) ** 2

    def gradient(self, x, y):
        x, y = _broadcast(x, y)
        a = x**2 + y - 11.0
        b = x + y**2 - 7.0
        return 4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b

    def value_and_gradient(self, x, y):
        x, y = _broadcast(x, y)
        a = x**2 + y - 11.0
        b = x + y**2 - 7.0
        return a**2 + b**2, (4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b)

    def hessian(self, x, y):
        x, y = _broadcast(x, y)
        a = x**2 + y - 11.0
        b = x + y**2 - 7.0
        return 4.0 * a + 8.0 * x**2 + 2.0, 4.0 * (x + y), 4.0 * b + 8.0 * y**2 + 2.0


class PlateauSurface(Surface):
    """−G(x − c, y) − G(x + c, y) with G(u, v) = exp(−(u² + v²)/s²), c = 2.5, s = 1.

    Two Gaussian wells whose tails meet in a flattened saddle at the origin.
    The Hessian there is about diag(−0.089, 0.0077), and the gradient norm is
    below 0.01 on more than half of the box |x| ≤ 1, |y| ≤ 3, so gradient
    descent with a small learning rate crawls there while Adam's normalized
    step does not.
    """

    name = "plateau"
    title = "Plateau around a saddle (two Gaussian wells)"
    formula = "-exp(-((x - 2.5)**2 + y**2)) - exp(-((x + 2.5)**2 + y**2))"
    domain = (-4.5, 4.5, -3.0, 3.0)
    default_start = (0.2, 1.5)
    _CENTRE = 2.5
    _WIDTH = 1.0

    def __init__(self) -> None:
        well = self._minimum_x()
        self.critical_points = (
            CriticalPoint(-well, 0.0, "minimum"),
            CriticalPoint(0.0, 0.0, "saddle"),
            CriticalPoint(well, 0.0, "minimum"),
        )

    def _minimum_x(self) -> float:
        # Each well's minimum sits a little inside ±c because the other well
        # pulls it (by about 1e-10 for c = 2.5), so solve f_x(x, 0) = 0 near x = c with Newton's method.
        x = self._CENTRE
        for _ in range(50):
            f_x, _ = self.gradient(x, 0.0)
            f_xx, _, _ = self.hessian(x, 0.0)
            step = float(f_x) / float(f_xx)
            x -= step
            if abs(step) < 1e-15:
                break
        return x

    def _wells(self, x, y):
        """Yield (G, u, v) for the two wells, with u = x ∓ c and v = y."""
        for centre in (self._CENTRE, -self._CENTRE):
            u = x - centre
            yield np.exp(-(u**2 + y**2) / self._WIDTH**2), u, y

    def value(self, x, y):
        x, y = _broadcast(x, y)
        return -sum(g for g, _, _ in self._wells(x, y))

    def gradient(self, x, y):
        x, y = _broadcast(x, y)
        s2 = self._WIDTH**2
        f_x = np.zeros(x.shape)
        f_y = np.zeros(x.shape)
        for g, u, v in self._wells(x, y):
            f_x += 2.0 * u / s2 * g
            f_y += 2.0 * v / s2 * g
        return f_x, f_y

    def value_and_gradient(self, x, y):
        x, y = _broadcast(x, y)
        s2 = self._WIDTH**2
        total = 0
        f_x = np.zeros(x.shape)
        f_y = np.zeros(x.shape)
        for g, u, v in self._wells(x, y):
            total = total + g
            f_x += 2.0 * u / s2 * g
            f_y += 2.0 * v / s2 * g
        return -total, (f_x, f_y)

    def hessian(self, x, y):
        x, y = _broadcast(x, y)
        s2 = self._WIDTH**2
        f_xx = np.zeros(x.shape)
        f_xy = np.zeros(x.shape)
        f_yy = np.zeros(x.shape)
        for g, u, v in self._wells(x, y):
            f_xx += (2.0 / s2 - 4.0 * u**2 / s2**2) * g
            f_xy -= 4.0 * u * v / s2**2 * g
            f_yy += (2.0 / s2 - 4.0 * v**2 / s2**2) * g
        return f_xx, f_xy, f_yy


_BUILTIN_SURFACES: dict[str, type[Surface]] = {
    cls.name: cls
    for cls in (
        SaddleSurface,
        MonkeySaddleSurface,
        SinSaddleSurface,
        BowlSurface,
        RosenbrockSurface,
        BealeSurface,
        HimmelblauSurface,
        PlateauSurface,
    )
}

SURFACE_NAMES: tuple[str, ...] = tuple(_BUILTIN_SURFACES)

#: Parameters each built-in surface accepts in :func:`make_surface`.
SURFACE_PARAMETERS: dict[str, tuple[str, ...]] = {name: () for name in SURFACE_NAMES} | {
    "bowl": ("condition_number",),
}


def make_surface(name: str, **parameters) -> Surface:
    """Build the built-in surface called ``name``, e.g. ``make_surface("bowl", condition_number=20)``.

    Raises :class:`SurfaceError` for an unknown name or a parameter that the
    surface does not take or rejects.
    """
    if name not in _BUILTIN_SURFACES:
        raise SurfaceError(f"surface = {name!r} is unknown; choose one of {', '.join(SURFACE_NAMES)}.")

    accepted = SURFACE_PARAMETERS[name]
    for key in parameters:
        if key not in accepted:
            allowed = ", ".join(accepted) if accepted else "no parameters"
            raise SurfaceError(f"parameter {key!r} is unknown for surface {name!r}; it takes {allowed}.")
    return _BUILTIN_SURFACES[name](**parameters)


def hessian_eigenvalues(surface: Surface, x: float, y: float) -> np.ndarray:
    """Return the two eigenvalues of the Hessian at (x, y) in ascending order."""
    f_xx, f_xy, f_yy = surface.hessian(float(x), float(y))
    matrix = np.array([[float(f_xx), float(f_xy)], [float(f_xy), float(f_yy)]])
    return np.linalg.eigvalsh(matrix)


def classify_point(surface: Surface, x: float, y: float, tolerance: float = 1e-9) -> tuple[np.ndarray, str]:
    """Classify a critical point by the signs of its Hessian eigenvalues λ1 ≤ λ2.

    Returns the eigenvalues (shape (2,)) and "minimum" (both > 0), "maximum"
    (both < 0), "saddle" (opposite signs) or "degenerate" (an eigenvalue with
    |λ| ≤ tolerance·max(1, |λ1|, |λ2|), where the second-order test cannot
    decide, or where the Hessian is not finite). The point itself is not
    checked for a zero gradient.
    """
    f_xx, f_xy, f_yy = (float(part) for part in surface.hessian(float(x), float(y)))
    if not all(math.isfinite(part) for part in (f_xx, f_xy, f_yy)):
        return np.full(2, np.nan), "degenerate"

    eigenvalues = np.linalg.eigvalsh(np.array([[f_xx, f_xy], [f_xy, f_yy]]))
    threshold = tolerance * max(1.0, float(np.max(np.abs(eigenvalues))))

    if np.any(np.abs(eigenvalues) <= threshold):
        kind = "degenerate"
    elif eigenvalues[0] > 0:
        kind = "minimum"
    elif eigenvalues[1] < 0:
        kind = "maximum"
    else:
        kind = "saddle"
    return eigenvalues, kind


def find_critical_points(
    surface: Surface, grid_size: int = 12, iterations: int = 60, gradient_tolerance: float = 1e-9
) -> tuple[CriticalPoint, ...]:
    """Search the domain for non-degenerate critical points with Newton's method.

    Newton's method p ← p − H⁻¹·∇f runs from a ``grid_size`` × ``grid_size``
    grid of starts, all at once. A converged point is kept when it lies in the
    domain, ‖∇f‖ ≤ gradient_tolerance·max(1, |f|) and its Hessian is not
    degenerate. Points closer than 1e-6 of the half-diagonal count as one.
    Critical points that Newton's method does not reach from the grid, and
    degenerate ones, are missed.
    """
    x_min, x_max, y_min, y_max = surface.domain
    xs, ys = np.meshgrid(np.linspace(x_min, x_max, grid_size), np.linspace(y_min, y_max, grid_size))
    x = xs.ravel().copy()
    y = ys.ravel().copy()

    with np.errstate(all="ignore"):
        for _ in range(iterations):
            f_x, f_y = surface.gradient(x, y)
            f_xx, f_xy, f_yy = surface.hessian(x, y)
            determinant = f_xx * f_yy - f_xy**2
            x = x - (f_yy * f_x - f_xy * f_y) / determinant
            y = y - (f_xx * f_y - f_xy * f_x) / determinant

        f_x, f_y = surface.gradient(x, y)
        values = surface.value(x, y)
    gradient_norm = np.hypot(f_x, f_y)
    converged = (
        np.isfinite(gradient_norm)
        & (gradient_norm <= gradient_tolerance * np.maximum(1.0, np.abs(values)))
        & (x >= x_min) & (x <= x_max) & (y >= y_min) & (y <= y_max)
    )

    merge_distance = 1e-6 * surface.half_diagonal
    points: list[CriticalPoint] = []
    for px, py in zip(x[converged], y[converged]):
        if any(math.hypot(px - p.x, py - p.y) <= merge_distance for p in points):
            continue
        _, kind = classify_point(surface, px, py)
        if kind != "degenerate":
            points.append(CriticalPoint(float(px), float(py), kind))
    return tuple(sorted(points, key=lambda p: (p.x, p.y)))
