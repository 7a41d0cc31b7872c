"""Typed surfaces: parsing, exact derivatives and rejection of hostile text."""

import ast
import builtins
import math

import numpy as np
import pytest

from workbench.engine import expression
from workbench.engine.expression import (
    FUNCTION_NAMES,
    MAX_LENGTH,
    ExpressionError,
    parse_surface,
)


def _at(surface, x, y):
    """Return value, gradient and Hessian at one point as plain floats."""
    value = float(surface.value(x, y))
    f_x, f_y = (float(part) for part in surface.gradient(x, y))
    f_xx, f_xy, f_yy = (float(part) for part in surface.hessian(x, y))
    return value, (f_x, f_y), (f_xx, f_xy, f_yy)


# Each case: formula, point, value, gradient, Hessian, all computed by hand.
HAND_COMPUTED = [
    (
        "x**2 - y**2 + 0.1*sin(3*x)",
        (1.0, 0.5),
        1.0 - 0.25 + 0.1 * math.sin(3.0),
        (2.0 + 0.3 * math.cos(3.0), -1.0),
        (2.0 - 0.9 * math.sin(3.0), 0.0, -2.0),
    ),
    (
        "x*y*exp(-x**2)",
        (0.5, 2.0),
        0.5 * 2.0 * math.exp(-0.25),
        (2.0 * math.exp(-0.25) * (1 - 2 * 0.25), 0.5 * math.exp(-0.25)),
        (2.0 * math.exp(-0.25) * (4 * 0.125 - 6 * 0.5), math.exp(-0.25) * (1 - 2 * 0.25), 0.0),
    ),
    (
        "sqrt(x^2 + y^2)",
        (3.0, 4.0),
        5.0,
        (0.6, 0.8),
        (16 / 125, -12 / 125, 9 / 125),
    ),
    (
        "x**y",
        (2.0, 3.0),
        8.0,
        (12.0, 8.0 * math.log(2.0)),
        (12.0, 4.0 * (1.0 + 3.0 * math.log(2.0)), 8.0 * math.log(2.0) ** 2),
    ),
    (
        "1/(1 + x**2) + atan(y)",
        (1.0, 2.0),
        0.5 + math.atan(2.0),
        (-0.5, 0.2),
        (0.5, 0.0, -4.0 / 25.0),
    ),
    (
        "log(x) * cos(y)",
        (2.0, 0.5),
        math.log(2.0) * math.cos(0.5),
        (math.cos(0.5) / 2.0, -math.log(2.0) * math.sin(0.5)),
        (-math.cos(0.5) / 4.0, -math.sin(0.5) / 2.0, -math.log(2.0) * math.cos(0.5)),
    ),
    (
        "(1 - x)**2 + 100*(y - x**2)**2",
        (-1.2, 1.0),
        2.2**2 + 100 * (1.0 - 1.44) ** 2,
        (-2 * 2.2 - 400 * -1.2 * (1.0 - 1.44), 200 * (1.0 - 1.44)),
        (2 - 400 * 1.0 + 1200 * 1.44, 480.0, 200.0),
    ),
]


@pytest.mark.parametrize("formula, point, value, gradient, hessian", HAND_COMPUTED)
def test_hand_computed_derivatives(formula, point, value, gradient, hessian):
    surface = parse_surface(formula)
    got_value, got_gradient, got_hessian = _at(surface, *point)

    assert got_value == pytest.approx(value, rel=1e-13, abs=1e-13)
    assert got_gradient == pytest.approx(gradient, rel=1e-13, abs=1e-13)
    assert got_hessian == pytest.approx(hessian, rel=1e-13, abs=1e-13)


@pytest.mark.parametrize(
    "formula, expected",
    [
        ("-x**2", -9.0),
        ("2^3^2", 512.0),
        ("2**3**2", 512.0),
        ("2*3 + 4", 10.0),
        ("8/4/2", 1.0),
        ("10 - 4 - 3", 3.0),
        ("2**-1*x", 1.5),
        ("--x", 3.0),
        ("+x", 3.0),
        ("pi", math.pi),
        ("e", math.e),
        ("1.5e2 + .5", 150.5),
        ("ln(e)", 1.0),
        ("(x + y) * (x - y)", 9.0 - 4.0),
    ],
)
def test_precedence_and_constants(formula, expected):
    surface = parse_surface(formula)
    assert float(surface.value(3.0, 2.0)) == pytest.approx(expected, rel=1e-15)


@pytest.mark.parametrize("name", FUNCTION_NAMES)
def test_each_function_matches_finite_differences(name):
    surface = parse_surface(f"{name}(0.3*x + 0.2*y + 0.1) * (1 + y)")
    x, y, step = 0.4, -0.3, 1e-5

    f_x, f_y = (float(part) for part in surface.gradient(x, y))
    numeric_x = float(surface.value(x + step, y) - surface.value(x - step, y)) / (2 * step)
    numeric_y = float(surface.value(x, y + step) - surface.value(x, y - step)) / (2 * step)
    assert f_x == pytest.approx(numeric_x, rel=1e-7, abs=1e-9)
    assert f_y == pytest.approx(numeric_y, rel=1e-7, abs=1e-9)

    f_xx, f_xy, f_yy = (float(part) for part in surface.hessian(x, y))
    gx_plus, gy_plus = surface.gradient(x + step, y)
    gx_minus, gy_minus = surface.gradient(x - step, y)
    assert f_xx == pytest.approx(float(gx_plus - gx_minus) / (2 * step), rel=1e-6, abs=1e-8)
    assert f_xy == pytest.approx(float(gy_plus - gy_minus) / (2 * step), rel=1e-6, abs=1e-8)
    _, gy_plus = surface.gradient(x, y + step)
    _, gy_minus = surface.gradient(x, y - step)
    assert f_yy == pytest.approx(float(gy_plus - gy_minus) / (2 * step), rel=1e-6, abs=1e-8)


def test_evaluation_is_vectorized():
    surface = parse_surface("x**3 - 3*x*y**2 + tanh(y)")
    x = np.linspace(-1.0, 1.0, 5)[:, None]
    y = np.linspace(-2.0, 2.0, 7)[None, :]

    values = surface.value(x, y)
    f_x, f_y = surface.gradient(x, y)
    f_xx, f_xy, f_yy = surface.hessian(x, y)

    assert values.shape == f_x.shape == f_yy.shape == (5, 7)
    assert values[2, 3] == pytest.approx(float(surface.value(0.0, 0.0)))
    assert np.allclose(f_x, 3 * x**2 - 3 * y**2)
    assert np.allclose(f_xy, -6 * y * np.ones_like(x))
    assert np.allclose(f_xx, 6 * x * np.ones_like(y))


def test_constant_formula_broadcasts():
    surface = parse_surface("3")
    values = surface.value(np.zeros(4), 1.0)
    f_x, f_y = surface.gradient(np.zeros(4), 1.0)
    hessian = surface.hessian(np.zeros(4), 1.0)

    assert values.tolist() == [3.0] * 4
    assert f_x.tolist() == [0.0] * 4
    assert f_y.tolist() == [0.0] * 4
    assert all(part.shape == (4,) for part in hessian)


def test_linear_power_has_zero_curvature_at_origin():
    # x**1 must give f_xx = 0 at x = 0, not 0 * inf = nan.
    f_xx, _, _ = parse_surface("x**1 + y**0").hessian(0.0, 0.0)
    assert float(f_xx) == 0.0


def test_non_finite_values_are_silent():
    # The suite turns RuntimeWarning into an error, so a warning would fail here.
    surface = parse_surface("log(x) + 1/y")
    values = surface.value(np.array([-1.0, 1.0]), np.array([1.0, 0.0]))
    f_x, f_y = surface.gradient(-1.0, 0.0)

    assert math.isnan(values[0])
    assert math.isinf(values[1])
    assert not math.isfinite(float(f_y))


def test_typed_surface_finds_critical_points():
    surface = parse_surface("x**2 - y**2 + 0.1*sin(3*x)", domain=(-2, 2, -2, 2))
    kinds = [point.kind for point in surface.critical_points]
    assert kinds == ["saddle"]
    assert surface.critical_points[0].y == 0.0
    assert float(surface.gradient(surface.critical_points[0].x, 0.0)[0]) == pytest.approx(0.0, abs=1e-12)


def test_typed_surface_metadata():
    surface = parse_surface("  x**2 + y**2 ", domain=(-1, 3, -2, 2))
    assert surface.formula == "x**2 + y**2"
    assert surface.domain == (-1.0, 3.0, -2.0, 2.0)
    assert "x**2 + y**2" in surface.title
    assert -1.0 <= surface.default_start[0] <= 3.0


@pytest.mark.parametrize("domain", [(1, -1, -2, 2), (0, 1, 0, float("nan")), (0, 1, 2)])
def test_invalid_domain_rejected(domain):
    with pytest.raises(ValueError, match="domain"):
        parse_surface("x + y", domain=domain)


# Each hostile case: text, expected position, expected length, and a piece
# of the expected message.
HOSTILE = [
    ("x.__class__", 1, 10, "attribute access"),
    ("__class__", 0, 9, "'_'"),
    ("__import__('os')", 0, 10, "'__import__'"),
    ("import os", 0, 6, "keyword"),
    ("lambda: 1", 0, 6, "keyword"),
    ("().__class__", 2, 10, "attribute access"),
    ("x[0]", 1, 1, "subscripts"),
    ('"a"', 0, 3, "string"),
    ("9**9**9", 3, 4, "'9**9'"),
    ("x**1000", 3, 4, "'1000'"),
    ("x**-101", 3, 4, "'-101'"),
    ("foo(x)", 0, 3, "unknown function 'foo'"),
    ("exec(1)", 0, 4, "unknown function 'exec'"),
    ('exec("1")', 5, 3, "string"),
    ("eval", 0, 4, "unknown name 'eval'"),
    ("sin(x, y)", 5, 1, "one argument"),
    ("x if y else 1", 2, 2, "keyword"),
    ("x == y", 2, 1, "'='"),
    ("2x", 1, 1, "operator is missing"),
    ("()", 0, 2, "empty parentheses"),
    ("(x", 0, 1, "never closed"),
    ("x)", 1, 1, "no matching"),
    ("x +", 3, 0, "ends too early"),
    ("", 0, 0, "empty"),
    ("1e999", 0, 5, "too large"),
    ("x − y", 2, 1, "Unicode minus"),
    ("sin", 0, 3, "parentheses"),
    ("x(2)", 1, 1, "not a function"),
]


@pytest.mark.parametrize("text, position, length, message_part", HOSTILE)
def test_hostile_text_rejected(text, position, length, message_part):
    with pytest.raises(ExpressionError) as caught:
        parse_surface(text)

    assert caught.value.position == position
    assert caught.value.length == length
    assert message_part in str(caught.value)


def test_deep_nesting_rejected():
    text = "(" * 60 + "x" + ")" * 60
    with pytest.raises(ExpressionError, match="nested") as caught:
        parse_surface(text)
    assert caught.value.position == expression.MAX_NESTING


def test_thousand_nested_parentheses_rejected():
    text = "(" * 1000 + "x" + ")" * 1000
    with pytest.raises(ExpressionError) as caught:
        parse_surface(text)
    assert caught.value.position == MAX_LENGTH


def test_long_sign_chain_rejected():
    with pytest.raises(ExpressionError, match="nested"):
        parse_surface("-" * 200 + "x")


def test_overlong_input_rejected():
    text = "+".join(["x"] * 300)
    with pytest.raises(ExpressionError, match="500") as caught:
        parse_surface(text)
    assert caught.value.position == MAX_LENGTH
    assert caught.value.length == len(text) - MAX_LENGTH


def test_longest_allowed_sum_parses():
    text = "+".join(["x"] * 250)
    assert len(text) <= MAX_LENGTH
    assert float(parse_surface(text).value(2.0, 0.0)) == 500.0


def test_nothing_is_executed(monkeypatch):
    fired = []
    monkeypatch.setattr(builtins, "workbench_sentinel", lambda *args: fired.append(args), raising=False)

    def forbidden(*args, **kwargs):
        raise AssertionError("the parser must not execute or compile the text")

    original_import = builtins.__import__

    def recording_import(name, *args, **kwargs):
        fired.append(("import", name))
        return original_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "eval", forbidden)
    monkeypatch.setattr(builtins, "exec", forbidden)
    monkeypatch.setattr(builtins, "compile", forbidden)
    monkeypatch.setattr(ast, "parse", forbidden)
    monkeypatch.setattr(builtins, "__import__", recording_import)

    for text, *_ in HOSTILE + [("workbench_sentinel(1)", 0, 0, ""), ("workbench_sentinel", 0, 0, "")]:
        with pytest.raises(ExpressionError):
            parse_surface(text)

    surface = parse_surface("x**2 + sin(y)")
    surface.hessian(np.array([0.5, 1.0]), 0.2)

    monkeypatch.undo()
    assert fired == []
