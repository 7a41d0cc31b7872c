"""Built-in surfaces: analytic derivatives, marked critical points and classification."""

import math

import numpy as np
import pytest

from workbench.engine.surfaces import (
    SURFACE_NAMES,
    CriticalPoint,
    SurfaceError,
    classify_point,
    find_critical_points,
    make_surface,
)

STEP = 1e-5


def _sample_points(surface, count=7, seed=1):
    """Return ``count`` random points inside the surface's domain, as two arrays."""
    x_min, x_max, y_min, y_max = surface.domain
    rng = np.random.default_rng(seed)
    return rng.uniform(x_min, x_max, count), rng.uniform(y_min, y_max, count)


def _finite_difference_gradient(surface, x, y):
    f_x = (surface.value(x + STEP, y) - surface.value(x - STEP, y)) / (2 * STEP)
    f_y = (surface.value(x, y + STEP) - surface.value(x, y - STEP)) / (2 * STEP)
    return f_x, f_y


def _finite_difference_hessian(surface, x, y):
    """Return (f_xx, f_xy, f_yy) by central differences of the analytic gradient."""
    gx_plus, gy_plus = surface.gradient(x + STEP, y)
    gx_minus, gy_minus = surface.gradient(x - STEP, y)
    f_xx = (gx_plus - gx_minus) / (2 * STEP)
    f_xy = (gy_plus - gy_minus) / (2 * STEP)

    _, gy_plus = surface.gradient(x, y + STEP)
    _, gy_minus = surface.gradient(x, y - STEP)
    f_yy = (gy_plus - gy_minus) / (2 * STEP)
    return f_xx, f_xy, f_yy


def _close(analytic, numeric, scale):
    return np.allclose(analytic, numeric, rtol=1e-6, atol=1e-6 * max(1.0, scale))


@pytest.mark.parametrize("name", SURFACE_NAMES)
def test_gradient_matches_finite_differences(name):
    surface = make_surface(name)
    x, y = _sample_points(surface)
    scale = float(np.max(np.abs(surface.value(x, y))))

    f_x, f_y = surface.gradient(x, y)
    numeric_x, numeric_y = _finite_difference_gradient(surface, x, y)

    assert _close(f_x, numeric_x, scale), (f_x, numeric_x)
    assert _close(f_y, numeric_y, scale), (f_y, numeric_y)


@pytest.mark.parametrize("name", SURFACE_NAMES)
def test_hessian_matches_finite_differences(name):
    surface = make_surface(name)
    x, y = _sample_points(surface, seed=2)
    scale = float(np.max(np.abs(np.concatenate(surface.gradient(x, y)))))

    f_xx, f_xy, f_yy = surface.hessian(x, y)
    numeric_xx, numeric_xy, numeric_yy = _finite_difference_hessian(surface, x, y)

    assert _close(f_xx, numeric_xx, scale), (f_xx, numeric_xx)
    assert _close(f_xy, numeric_xy, scale), (f_xy, numeric_xy)
    assert _close(f_yy, numeric_yy, scale), (f_yy, numeric_yy)


@pytest.mark.parametrize("name", SURFACE_NAMES)
def test_hessian_is_symmetric_in_mixed_partials(name):
    surface = make_surface(name)
    x, y = _sample_points(surface, seed=3)

    # f_yx from differencing f_x along y must equal the analytic f_xy.
    gx_plus, _ = surface.gradient(x, y + STEP)
    gx_minus, _ = surface.gradient(x, y - STEP)
    f_yx = (gx_plus - gx_minus) / (2 * STEP)
    _, f_xy, _ = surface.hessian(x, y)

    assert np.allclose(f_xy, f_yx, rtol=1e-6, atol=1e-5)


@pytest.mark.parametrize("name", SURFACE_NAMES)
def test_methods_broadcast_and_return_float_arrays(name):
    surface = make_surface(name)
    x = np.linspace(surface.domain[0], surface.domain[1], 3)[:, None]
    y = np.linspace(surface.domain[2], surface.domain[3], 4)[None, :]

    value = surface.value(x, y)
    f_x, f_y = surface.gradient(x, y)
    hessian = surface.hessian(x, y)

    assert value.shape == (3, 4)
    assert value.dtype == np.float64
    assert f_x.shape == f_y.shape == (3, 4)
    assert all(part.shape == (3, 4) for part in hessian)


@pytest.mark.parametrize("name", SURFACE_NAMES)
def test_marked_points_have_zero_gradient(name):
    surface = make_surface(name)
    assert surface.critical_points, "every built-in surface marks at least one critical point"

    for point in surface.critical_points:
        f_x, f_y = surface.gradient(point.x, point.y)
        assert math.hypot(float(f_x), float(f_y)) < 1e-9, point


@pytest.mark.parametrize("name", [name for name in SURFACE_NAMES if name != "monkey_saddle"])
def test_marked_points_classify_as_marked(name):
    surface = make_surface(name)
    for point in surface.critical_points:
        _, kind = classify_point(surface, point.x, point.y)
        assert kind == point.kind, point


def test_monkey_saddle_is_degenerate_saddle():
    surface = make_surface("monkey_saddle")
    eigenvalues, kind = classify_point(surface, 0.0, 0.0)
    assert kind == "degenerate"
    assert np.all(eigenvalues == 0.0)

    # The second-order test cannot decide, so check the third-order shape:
    # f changes sign six times on a small circle around the origin.
    angles = np.linspace(0.0, 2 * np.pi, 361)[:-1] + 1e-3
    values = surface.value(0.01 * np.cos(angles), 0.01 * np.sin(angles))
    sign_changes = np.count_nonzero(np.sign(values) != np.sign(np.roll(values, 1)))
    assert sign_changes == 6


@pytest.mark.parametrize("name", SURFACE_NAMES)
def test_marked_points_lie_in_domain(name):
    surface = make_surface(name)
    x_min, x_max, y_min, y_max = surface.domain
    for point in surface.critical_points:
        assert x_min <= point.x <= x_max, point
        assert y_min <= point.y <= y_max, point
    assert x_min <= surface.default_start[0] <= x_max
    assert y_min <= surface.default_start[1] <= y_max


@pytest.mark.parametrize("name", ["saddle", "sin_saddle", "bowl", "rosenbrock", "beale", "himmelblau", "plateau"])
def test_newton_search_finds_no_unmarked_point(name):
    surface = make_surface(name)
    found = find_critical_points(surface, grid_size=25)
    marked = surface.critical_points

    for point in found:
        nearest = min(marked, key=lambda m: math.hypot(m.x - point.x, m.y - point.y))
        assert math.hypot(nearest.x - point.x, nearest.y - point.y) < 1e-6, point
        assert nearest.kind == point.kind, point
    assert len(found) == len(marked)


def test_himmelblau_has_four_zero_minima():
    surface = make_surface("himmelblau")
    minima = surface.minima
    assert len(minima) == 4
    for point in minima:
        assert float(surface.value(point.x, point.y)) < 1e-20


def test_bowl_condition_number_sets_hessian_ratio():
    surface = make_surface("bowl", condition_number=50)
    f_xx, f_xy, f_yy = surface.hessian(0.3, -0.7)
    assert float(f_yy) / float(f_xx) == pytest.approx(50.0)
    assert float(f_xy) == 0.0
    assert "50" in surface.title


def test_bowl_rejects_condition_number_below_one():
    with pytest.raises(SurfaceError, match="condition_number"):
        make_surface("bowl", condition_number=0.5)


def test_make_surface_rejects_unknown_name():
    with pytest.raises(SurfaceError, match="'volcano'.*saddle"):
        make_surface("volcano")


def test_make_surface_rejects_unknown_parameter():
    with pytest.raises(SurfaceError, match="'width'"):
        make_surface("saddle", width=3)


def test_classify_point_on_known_shapes():
    saddle = make_surface("saddle")
    eigenvalues, kind = classify_point(saddle, 0.0, 0.0)
    assert kind == "saddle"
    assert eigenvalues.tolist() == [-2.0, 2.0]

    bowl = make_surface("bowl")
    assert classify_point(bowl, 0.0, 0.0)[1] == "minimum"

    himmelblau = make_surface("himmelblau")
    maximum = [p for p in himmelblau.critical_points if p.kind == "maximum"][0]
    assert classify_point(himmelblau, maximum.x, maximum.y)[1] == "maximum"


def test_plateau_is_flat_near_saddle():
    surface = make_surface("plateau")
    f_x, f_y = surface.gradient(0.2, 1.5)
    assert math.hypot(float(f_x), float(f_y)) < 0.01
    assert surface.saddles == (CriticalPoint(0.0, 0.0, "saddle"),)
