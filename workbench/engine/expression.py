"""Surfaces typed by the user as a formula f(x, y), such as ``x**2 - y**2 + 0.1*sin(3*x)``.

The text is read by a tokenizer and a recursive-descent parser into a small
expression tree, and only that tree is ever evaluated: nothing from the text
is passed to ``eval``, ``exec``, ``compile`` or ``ast``. The grammar, from the
lowest precedence to the highest::

    sum      := product (("+" | "-") product)*
    product  := unary (("*" | "/") unary)*
    unary    := ("-" | "+") unary | power
    power    := primary (("**" | "^") unary)?          right-associative
    primary  := number | "x" | "y" | "pi" | "e" | function "(" sum ")" | "(" sum ")"

``^`` means the same as ``**``, and ``-x**2`` is ``-(x**2)`` as in Python.
The allowed functions are listed in :data:`FUNCTION_NAMES`; each takes one
argument. Everything else (attribute access, subscripts, strings, keywords,
names with underscores, commas, unknown names) raises :class:`ExpressionError`
with the 0-based position and length of the offending text.

Limits against hostile input: at most :data:`MAX_LENGTH` characters, at most
:data:`MAX_NESTING` nested parentheses, calls, signs or powers, and an
exponent that does not depend on x or y must lie in [−100, 100].

Derivatives are exact to rounding: the tree is evaluated in second-order
forward-mode automatic differentiation, where every node carries the six
numbers (f, f_x, f_y, f_xx, f_xy, f_yy) and each operation applies the chain
rule to them. No finite differences are involved. Evaluation is vectorized
over numpy arrays. Non-finite results (log of a negative number, division by
zero) come back as nan or inf without a warning.
"""

from __future__ import annotations

import keyword
import math
import re
from dataclasses import dataclass

import numpy as np

from .surfaces import Surface, find_critical_points

MAX_LENGTH = 500
MAX_NESTING = 50
MAX_CONSTANT_EXPONENT = 100.0

DEFAULT_DOMAIN = (-2.0, 2.0, -2.0, 2.0)


class ExpressionError(ValueError):
    """An invalid formula; ``position`` (0-based) and ``length`` mark the offending characters."""

    def __init__(self, message: str, position: int, length: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.length = length


# ----------------------------------------------------------------------------
# Functions: the value and the first two derivatives of each, as functions of
# the argument's value u.


def _sigmoid(u):
    # The tanh form does not overflow for large |u|, unlike 1 / (1 + exp(-u)).
    return 0.5 * (1.0 + np.tanh(0.5 * u))


def _tan_derivatives(u):
    t = np.tan(u)
    first = 1.0 + t**2
    return first, 2.0 * t * first


def _tanh_derivatives(u):
    t = np.tanh(u)
    first = 1.0 - t**2
    return first, -2.0 * t * first


def _sigmoid_derivatives(u):
    s = _sigmoid(u)
    first = s * (1.0 - s)
    return first, first * (1.0 - 2.0 * s)


def _arctan_derivatives(u):
    denominator = 1.0 + u**2
    return 1.0 / denominator, -2.0 * u / denominator**2


def _arcsin_derivatives(u):
    remainder = 1.0 - u**2
    return 1.0 / np.sqrt(remainder), u / remainder**1.5


def _arccos_derivatives(u):
    first, second = _arcsin_derivatives(u)
    return -first, -second


def _zero_derivatives(u):
    return np.zeros_like(u), np.zeros_like(u)


@dataclass(frozen=True)
class _Function:
    value: object  # u -> φ(u)
    derivatives: object  # u -> (φ'(u), φ''(u))


_FUNCTIONS: dict[str, _Function] = {
    "sin": _Function(np.sin, lambda u: (np.cos(u), -np.sin(u))),
    "cos": _Function(np.cos, lambda u: (-np.sin(u), -np.cos(u))),
    "tan": _Function(np.tan, _tan_derivatives),
    "exp": _Function(np.exp, lambda u: (np.exp(u), np.exp(u))),
    "log": _Function(np.log, lambda u: (1.0 / u, -1.0 / u**2)),
    "sqrt": _Function(np.sqrt, lambda u: (0.5 / np.sqrt(u), -0.25 / u**1.5)),
    # The derivative of |u| at u = 0 is taken as 0 (np.sign(0) is 0).
    "abs": _Function(np.abs, lambda u: (np.sign(u), np.zeros_like(u))),
    "sign": _Function(np.sign, _zero_derivatives),
    "tanh": _Function(np.tanh, _tanh_derivatives),
    "sinh": _Function(np.sinh, lambda u: (np.cosh(u), np.sinh(u))),
    "cosh": _Function(np.cosh, lambda u: (np.sinh(u), np.cosh(u))),
    "arctan": _Function(np.arctan, _arctan_derivatives),
    "arcsin": _Function(np.arcsin, _arcsin_derivatives),
    "arccos": _Function(np.arccos, _arccos_derivatives),
    "sigmoid": _Function(_sigmoid, _sigmoid_derivatives),
    "softplus": _Function(lambda u: np.logaddexp(0.0, u), lambda u: (_sigmoid(u), _sigmoid_derivatives(u)[0])),
}
_ALIASES = {"atan": "arctan", "asin": "arcsin", "acos": "arccos", "ln": "log"}

FUNCTION_NAMES: tuple[str, ...] = tuple(sorted([*_FUNCTIONS, *_ALIASES]))
CONSTANTS = {"pi": math.pi, "e": math.e}
VARIABLES = ("x", "y")

_ALLOWED_SUMMARY = (
    "numbers, x, y, pi, e, + - * / ** ^, parentheses and the functions "
    + ", ".join(FUNCTION_NAMES)
)


# ----------------------------------------------------------------------------
# Tokens


@dataclass(frozen=True)
class _Token:
    kind: str  # "number", "name", "operator" or "end"
    text: str
    position: int


_NUMBER = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_NAME = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_OPERATORS = ("**", "+", "-", "*", "/", "^", "(", ")")


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0

    while position < len(text):
        character = text[position]
        if character.isspace():
            position += 1
            continue

        number = _NUMBER.match(text, position)
        if number:
            tokens.append(_Token("number", number.group(), position))
            position = number.end()
            continue

        name = _NAME.match(text, position)
        if name:
            _check_name(name.group(), position)
            tokens.append(_Token("name", name.group(), position))
            position = name.end()
            continue

        operator = next((op for op in _OPERATORS if text.startswith(op, position)), None)
        if operator:
            tokens.append(_Token("operator", operator, position))
            position += len(operator)
            continue

        raise _character_error(text, position, tokens)

    tokens.append(_Token("end", "", len(text)))
    return tokens


def _check_name(name: str, position: int) -> None:
    if name.startswith("_"):
        raise ExpressionError(
            f"name '{name}' is not allowed: names starting with '_' are rejected; use {_ALLOWED_SUMMARY}.",
            position, len(name),
        )
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        raise ExpressionError(
            f"'{name}' is a Python keyword, and keywords are not allowed; use {_ALLOWED_SUMMARY}.",
            position, len(name),
        )


def _character_error(text: str, position: int, tokens: list[_Token]) -> ExpressionError:
    character = text[position]

    if character in "'\"":
        closing = text.find(character, position + 1)
        length = (closing + 1 - position) if closing >= 0 else len(text) - position
        return ExpressionError(
            f"string {text[position:position + length]!r} is not allowed: a formula has no text values; "
            f"use {_ALLOWED_SUMMARY}.",
            position, length,
        )
    if character == ".":
        follows_value = bool(tokens) and (tokens[-1].kind == "name" or tokens[-1].text == ")")
        name = _NAME.match(text, position + 1)
        length = 1 + (len(name.group()) if name else 0)
        problem = "attribute access" if follows_value else "a '.' outside a number"
        return ExpressionError(
            f"'{text[position:position + length]}' is not allowed: {problem} is rejected; "
            f"write decimals as 0.5 and use {_ALLOWED_SUMMARY}.",
            position, length,
        )
    if character in "[]":
        return ExpressionError(
            f"'{character}' is not allowed: subscripts are rejected; use parentheses ( ) for grouping.",
            position, 1,
        )
    if character == ",":
        return ExpressionError(
            "',' is not allowed: every function takes exactly one argument.", position, 1,
        )
    if character == "−":
        return ExpressionError("'−' (Unicode minus) is not allowed; type the ASCII '-' instead.", position, 1)
    return ExpressionError(
        f"character {character!r} is not allowed; use {_ALLOWED_SUMMARY}.", position, 1,
    )


# ----------------------------------------------------------------------------
# Expression tree


class _Node:
    """A node of the expression tree; ``start`` and ``end`` delimit its text."""

    __slots__ = ("start", "end", "constant")

    def __init__(self, start: int, end: int, constant: bool) -> None:
        self.start = start
        self.end = end
        self.constant = constant  # True when the node depends on neither x nor y


class _Number(_Node):
    __slots__ = ("value",)

    def __init__(self, value: float, start: int, end: int) -> None:
        super().__init__(start, end, True)
        self.value = value


class _Variable(_Node):
    __slots__ = ("name",)

    def __init__(self, name: str, start: int, end: int) -> None:
        super().__init__(start, end, False)
        self.name = name


class _Negate(_Node):
    __slots__ = ("operand",)

    def __init__(self, operand: _Node, start: int) -> None:
        super().__init__(start, operand.end, operand.constant)
        self.operand = operand


class _Binary(_Node):
    __slots__ = ("operator", "left", "right")

    def __init__(self, operator: str, left: _Node, right: _Node) -> None:
        super().__init__(left.start, right.end, left.constant and right.constant)
        self.operator = operator  # "+", "-", "*", "/" or "**"
        self.left = left
        self.right = right


class _Call(_Node):
    __slots__ = ("function", "argument")

    def __init__(self, function: str, argument: _Node, start: int, end: int) -> None:
        super().__init__(start, end, argument.constant)
        self.function = function
        self.argument = argument


# ----------------------------------------------------------------------------
# Parser


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.index = 0
        self.nesting = 0

    @property
    def token(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def parse(self) -> _Node:
        if self.token.kind == "end":
            raise ExpressionError(
                "the formula is empty; type a function of x and y such as x**2 - y**2.", 0, len(self.text),
            )

        node = self.parse_sum()

        if self.token.kind != "end":
            raise self.unexpected(self.token)
        return node

    def enter(self, token: _Token) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            raise ExpressionError(
                f"the formula is nested more than {MAX_NESTING} levels deep at {token.text!r}; "
                f"simplify it or remove redundant parentheses and signs.",
                token.position, max(1, len(token.text)),
            )

    def leave(self) -> None:
        self.nesting -= 1

    def parse_sum(self) -> _Node:
        node = self.parse_product()
        while self.token.text in ("+", "-") and self.token.kind == "operator":
            operator = self.advance().text
            node = _Binary(operator, node, self.parse_product())
        return node

    def parse_product(self) -> _Node:
        node = self.parse_unary()
        while self.token.text in ("*", "/") and self.token.kind == "operator":
            operator = self.advance().text
            node = _Binary(operator, node, self.parse_unary())
        return node

    def parse_unary(self) -> _Node:
        token = self.token
        if token.kind == "operator" and token.text in ("+", "-"):
            self.advance()
            self.enter(token)
            operand = self.parse_unary()
            self.leave()
            return _Negate(operand, token.position) if token.text == "-" else operand
        return self.parse_power()

    def parse_power(self) -> _Node:
        base = self.parse_primary()
        if not (self.token.kind == "operator" and self.token.text in ("**", "^")):
            return base

        operator_token = self.advance()
        self.enter(operator_token)
        exponent = self.parse_unary()
        self.leave()

        if exponent.constant:
            self.check_constant_exponent(exponent)
        return _Binary("**", base, exponent)

    def check_constant_exponent(self, exponent: _Node) -> None:
        # Folding is safe here because every number is a float: a chain such as
        # 9**9**9 overflows to inf at once instead of building a huge integer.
        with np.errstate(all="ignore"):
            value = float(_evaluate(exponent, 0.0, 0.0, order=0).value)
        if not (math.isfinite(value) and abs(value) <= MAX_CONSTANT_EXPONENT):
            text = self.text[exponent.start:exponent.end]
            raise ExpressionError(
                f"exponent '{text}' is {value:.6g}, outside the allowed range "
                f"[-{MAX_CONSTANT_EXPONENT:g}, {MAX_CONSTANT_EXPONENT:g}]; use a smaller power.",
                exponent.start, exponent.end - exponent.start,
            )

    def parse_primary(self) -> _Node:
        token = self.advance()

        if token.kind == "number":
            value = float(token.text)
            if not math.isfinite(value):
                raise ExpressionError(
                    f"number '{token.text}' is too large for a 64-bit float; use a value below 1e308.",
                    token.position, len(token.text),
                )
            node: _Node = _Number(value, token.position, token.position + len(token.text))
        elif token.kind == "name":
            node = self.parse_name(token)
        elif token.text == "(":
            self.enter(token)
            inner = self.parse_sum()
            self.expect_closing(token)
            self.leave()
            node = inner
            node.start, node.end = token.position, self.tokens[self.index - 1].position + 1
        elif token.text == ")" and self.index >= 2 and self.tokens[self.index - 2].text == "(":
            raise ExpressionError(
                "empty parentheses '()' are not allowed; put an expression inside them.",
                token.position - 1, 2,
            )
        else:
            self.index -= 1
            raise self.unexpected(token)

        if self.token.kind in ("number", "name") or self.token.text == "(":
            raise self.missing_operator(self.token)
        return node

    def parse_name(self, token: _Token) -> _Node:
        name = token.text
        end = token.position + len(name)
        opens_call = self.token.text == "("

        if name in VARIABLES or name in CONSTANTS:
            if opens_call:
                raise ExpressionError(
                    f"'{name}' is not a function; write {name}*(...) to multiply.",
                    self.token.position, 1,
                )
            if name in CONSTANTS:
                return _Number(CONSTANTS[name], token.position, end)
            return _Variable(name, token.position, end)

        function = _ALIASES.get(name, name)
        if function not in _FUNCTIONS:
            kind = "function" if opens_call else "name"
            raise ExpressionError(
                f"unknown {kind} '{name}'; use {_ALLOWED_SUMMARY}.", token.position, len(name),
            )
        if not opens_call:
            raise ExpressionError(
                f"function '{name}' needs its argument in parentheses, e.g. {name}(x).",
                token.position, len(name),
            )

        opening = self.advance()
        self.enter(opening)
        argument = self.parse_sum()
        self.expect_closing(opening)
        self.leave()
        return _Call(function, argument, token.position, self.tokens[self.index - 1].position + 1)

    def expect_closing(self, opening: _Token) -> None:
        if self.token.text == ")":
            self.advance()
            return
        if self.token.kind == "end":
            raise ExpressionError(
                f"'(' at position {opening.position} is never closed; add ')'.", opening.position, 1,
            )
        raise self.unexpected(self.token)

    def unexpected(self, token: _Token) -> ExpressionError:
        if token.kind == "end":
            return ExpressionError(
                "the formula ends too early; complete the last operation.", token.position, 0,
            )
        if token.text == ")":
            return ExpressionError("')' has no matching '('; remove it or add '(' before.", token.position, 1)
        return ExpressionError(
            f"'{token.text}' is not expected here; use {_ALLOWED_SUMMARY}.", token.position, len(token.text),
        )

    def missing_operator(self, token: _Token) -> ExpressionError:
        return ExpressionError(
            f"an operator is missing before '{token.text}'; write multiplication explicitly, e.g. 2*x.",
            token.position, len(token.text),
        )


# ----------------------------------------------------------------------------
# Second-order forward-mode evaluation


class _Jet:
    """A value with its derivatives: v, (dx, dy) when order ≥ 1, (dxx, dxy, dyy) when order 2.

    Components of constants may be plain floats; numpy broadcasting handles them.
    """

    __slots__ = ("value", "dx", "dy", "dxx", "dxy", "dyy")

    def __init__(self, value, dx=0.0, dy=0.0, dxx=0.0, dxy=0.0, dyy=0.0) -> None:
        self.value = value
        self.dx = dx
        self.dy = dy
        self.dxx = dxx
        self.dxy = dxy
        self.dyy = dyy


def _compose(u: _Jet, value, derivatives, order: int) -> _Jet:
    """Apply the chain rule for w = φ(u), given φ(u) and a function returning (φ'(u), φ''(u))."""
    if order == 0:
        return _Jet(value)

    first, second = derivatives(u.value)
    if order == 1:
        return _Jet(value, first * u.dx, first * u.dy)
    return _Jet(
        value,
        first * u.dx,
        first * u.dy,
        second * u.dx * u.dx + first * u.dxx,
        second * u.dx * u.dy + first * u.dxy,
        second * u.dy * u.dy + first * u.dyy,
    )


def _add(a: _Jet, b: _Jet, sign: float) -> _Jet:
    return _Jet(
        a.value + sign * b.value,
        a.dx + sign * b.dx,
        a.dy + sign * b.dy,
        a.dxx + sign * b.dxx,
        a.dxy + sign * b.dxy,
        a.dyy + sign * b.dyy,
    )


def _multiply(a: _Jet, b: _Jet, order: int) -> _Jet:
    value = a.value * b.value
    if order == 0:
        return _Jet(value)

    dx = a.dx * b.value + a.value * b.dx
    dy = a.dy * b.value + a.value * b.dy
    if order == 1:
        return _Jet(value, dx, dy)
    return _Jet(
        value,
        dx,
        dy,
        a.dxx * b.value + 2.0 * a.dx * b.dx + a.value * b.dxx,
        a.dxy * b.value + a.dx * b.dy + a.dy * b.dx + a.value * b.dxy,
        a.dyy * b.value + 2.0 * a.dy * b.dy + a.value * b.dyy,
    )


def _reciprocal(u: _Jet, order: int) -> _Jet:
    return _compose(u, 1.0 / u.value, lambda v: (-1.0 / v**2, 2.0 / v**3), order)


def _power(base: _Jet, exponent: _Jet, exponent_is_constant: bool, order: int) -> _Jet:
    if exponent_is_constant:
        c = float(exponent.value)

        def derivatives(u):
            # A zero coefficient stands for an exactly zero derivative, which
            # also avoids 0 * inf = nan at u = 0 (e.g. x**1 has φ'' = 0).
            first = c * np.power(u, c - 1.0) if c != 0.0 else np.zeros_like(u)
            second = c * (c - 1.0) * np.power(u, c - 2.0) if c * (c - 1.0) != 0.0 else np.zeros_like(u)
            return first, second

        return _compose(base, np.power(base.value, c), derivatives, order)

    # The derivatives use b**v = exp(v·log b). The value comes from np.power, so
    # a negative base with an integer v still has a value, but its derivatives are nan.
    value = np.power(base.value, exponent.value)
    if order == 0:
        return _Jet(value)
    log_base = _compose(base, np.log(base.value), lambda u: (1.0 / u, -1.0 / u**2), order)
    product = _multiply(exponent, log_base, order)
    return _compose(product, value, lambda _: (value, value), order)


def _evaluate(node: _Node, x, y, order: int) -> _Jet:
    """Evaluate ``node`` at (x, y) with derivatives up to ``order`` (0, 1 or 2)."""
    if isinstance(node, _Number):
        return _Jet(node.value)

    if isinstance(node, _Variable):
        if node.name == "x":
            return _Jet(x, 1.0, 0.0)
        return _Jet(y, 0.0, 1.0)

    if isinstance(node, _Negate):
        operand = _evaluate(node.operand, x, y, order)
        return _add(_Jet(0.0), operand, -1.0)

    if isinstance(node, _Call):
        argument = _evaluate(node.argument, x, y, order)
        function = _FUNCTIONS[node.function]
        return _compose(argument, function.value(argument.value), function.derivatives, order)

    left = _evaluate(node.left, x, y, order)
    right = _evaluate(node.right, x, y, order)
    if node.operator == "+":
        return _add(left, right, 1.0)
    if node.operator == "-":
        return _add(left, right, -1.0)
    if node.operator == "*":
        return _multiply(left, right, order)
    if node.operator == "/":
        return _multiply(left, _reciprocal(right, order), order)
    return _power(left, right, node.right.constant, order)


# ----------------------------------------------------------------------------
# The surface


def _check_domain(domain) -> tuple[float, float, float, float]:
    try:
        x_min, x_max, y_min, y_max = (float(value) for value in domain)
    except (TypeError, ValueError) as error:
        raise ValueError(
            f"domain = {domain!r} is invalid: give four numbers x_min, x_max, y_min, y_max, e.g. (-2, 2, -2, 2)."
        ) from error
    finite = all(math.isfinite(value) for value in (x_min, x_max, y_min, y_max))
    if not (finite and x_min < x_max and y_min < y_max):
        raise ValueError(
            f"domain = {domain!r} is invalid: it needs finite bounds with x_min < x_max and y_min < y_max."
        )
    return x_min, x_max, y_min, y_max


class ExpressionSurface(Surface):
    """A surface defined by a parsed formula; build it with :func:`parse_surface`.

    ``critical_points`` contains the non-degenerate critical points that a Newton
    search from a grid over the domain finds (see
    :func:`~workbench.engine.surfaces.find_critical_points`), so it can miss some.
    """

    name = "expression"

    def __init__(self, text: str, tree: _Node, domain) -> None:
        self._tree = tree
        self.formula = text
        self.title = f"f(x, y) = {text}"
        self.domain = _check_domain(domain)

        x_min, x_max, y_min, y_max = self.domain
        self.default_start = (x_min + 0.75 * (x_max - x_min), y_min + 0.6 * (y_max - y_min))
        self.critical_points = find_critical_points(self)

    def _evaluate(self, x, y, order: int) -> tuple[_Jet, tuple[int, ...]]:
        x, y = np.broadcast_arrays(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        with np.errstate(all="ignore"):
            jet = _evaluate(self._tree, x, y, order)
        return jet, x.shape

    @staticmethod
    def _full(part, shape) -> np.ndarray:
        return np.array(np.broadcast_to(part, shape), dtype=float)

    def value(self, x, y):
        jet, shape = self._evaluate(x, y, order=0)
        return self._full(jet.value, shape)

    def gradient(self, x, y):
        jet, shape = self._evaluate(x, y, order=1)
        return self._full(jet.dx, shape), self._full(jet.dy, shape)

    def hessian(self, x, y):
        jet, shape = self._evaluate(x, y, order=2)
        return self._full(jet.dxx, shape), self._full(jet.dxy, shape), self._full(jet.dyy, shape)


def parse_surface(text: str, domain=DEFAULT_DOMAIN) -> Surface:
    """Parse the formula ``text`` in x and y into a surface over ``domain`` (x_min, x_max, y_min, y_max).

    Raises :class:`ExpressionError` for text outside the allowed grammar and
    ValueError for an invalid domain. Nothing from ``text`` is executed.
    """
    if not isinstance(text, str):
        raise ExpressionError(f"the formula must be text, not {type(text).__name__}.", 0, 0)
    if len(text) > MAX_LENGTH:
        raise ExpressionError(
            f"the formula is {len(text)} characters long; the limit is {MAX_LENGTH}, so shorten it.",
            MAX_LENGTH, len(text) - MAX_LENGTH,
        )

    tree = _Parser(text).parse()
    return ExpressionSurface(text.strip(), tree, domain)
