"""Gradient descent, momentum, RMSprop and Adam, written as the course states them.

Every optimizer is a pair of pure functions in the optax style:

* ``init(params) -> state`` creates zeroed moment estimates shaped like ``params``;
* ``update(grads, state, learning_rate) -> (delta, new_state)`` returns the change
  to *add* to the parameters (``params += delta``) and the next state.

Nothing is modified in place, so the same functions drive a network's flat
parameter vector (shape ``(n_params,)``) and a batch of 2-D optimization paths
(shape ``(n_paths, 2)``). Every hyperparameter and the learning rate may be a
float or an array that broadcasts against ``grads``, for example shape
``(n_paths, 1)``, which lets one call advance many paths with different settings.

The update rules follow Andrew Ng's deep-learning course, which differs from
some frameworks; each class docstring names the difference.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple, Union

import numpy as np

ArrayLike = Union[float, np.ndarray]

OPTIMIZER_NAMES = ("gd", "momentum", "rmsprop", "adam")

#: Course defaults for each optimizer's hyperparameters.
COURSE_DEFAULTS = {
    "gd": {},
    "momentum": {"beta": 0.9},
    "rmsprop": {"beta2": 0.999, "epsilon": 1e-8},
    "adam": {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "bias_correction": True},
}


class HyperparameterError(ValueError):
    """An optimizer hyperparameter outside its valid range."""


def _check_beta(name: str, value: ArrayLike) -> None:
    values = np.asarray(value, dtype=float)
    if not np.all(np.isfinite(values)) or np.any(values < 0.0) or np.any(values >= 1.0):
        raise HyperparameterError(
            f"{name} = {value!r} is invalid: it must lie in [0, 1); "
            f"the course uses 0.9 for beta and beta1 and 0.999 for beta2."
        )


def _check_positive(name: str, value: ArrayLike, hint: str) -> None:
    values = np.asarray(value, dtype=float)
    if not np.all(np.isfinite(values)) or np.any(values <= 0.0):
        raise HyperparameterError(f"{name} = {value!r} is invalid: it must be greater than 0; {hint}")


def check_learning_rate(learning_rate: ArrayLike) -> None:
    """Raise :class:`HyperparameterError` unless every learning rate is finite and > 0."""
    _check_positive("learning_rate", learning_rate, "try 0.01 and tune it on a log scale.")


class GradientDescentState(NamedTuple):
    """Gradient descent keeps no state but the update count."""

    count: np.ndarray  # shape (), int64: number of updates made so far


class MomentumState(NamedTuple):
    count: np.ndarray  # shape (), int64
    velocity: np.ndarray  # shape of params: V, the EWA of gradients


class RMSpropState(NamedTuple):
    count: np.ndarray  # shape (), int64
    square_average: np.ndarray  # shape of params: S, the EWA of squared gradients


class AdamState(NamedTuple):
    count: np.ndarray  # shape (), int64: t, the number of updates made so far
    velocity: np.ndarray  # shape of params: V (first moment)
    square_average: np.ndarray  # shape of params: S (second moment)


def _zero_count() -> np.ndarray:
    return np.zeros((), dtype=np.int64)


@dataclass(frozen=True)
class GradientDescent:
    """Plain (mini-batch) gradient descent.

    W ← W − α·dW

    With a mini-batch of size 1 this is stochastic gradient descent, and with the
    whole training set it is batch gradient descent.
    """

    name = "gd"

    def init(self, params: np.ndarray) -> GradientDescentState:
        return GradientDescentState(count=_zero_count())

    def update(self, grads: np.ndarray, state: GradientDescentState, learning_rate: ArrayLike):
        delta = -learning_rate * grads
        return delta, GradientDescentState(count=state.count + 1)


@dataclass(frozen=True)
class Momentum:
    """Gradient descent with momentum, in the course's form.

    V ← β·V + (1 − β)·dW
    W ← W − α·V

    V starts at 0 and has no bias correction, as in the course.

    Warning: PyTorch's ``SGD(momentum=β)`` and Keras' ``SGD(momentum=β)`` drop the
    (1 − β) factor (V ← β·V + dW). Their effective learning rate is therefore
    1/(1 − β) times larger: α = 0.01 here matches α = 0.001 there when β = 0.9.
    """

    beta: ArrayLike = 0.9
    name = "momentum"

    def __post_init__(self) -> None:
        _check_beta("beta", self.beta)

    def init(self, params: np.ndarray) -> MomentumState:
        return MomentumState(count=_zero_count(), velocity=np.zeros_like(params, dtype=float))

    def update(self, grads: np.ndarray, state: MomentumState, learning_rate: ArrayLike):
        velocity = self.beta * state.velocity + (1.0 - self.beta) * grads

        delta = -learning_rate * velocity
        return delta, MomentumState(count=state.count + 1, velocity=velocity)


@dataclass(frozen=True)
class RMSprop:
    """RMSprop, in the course's form.

    S ← β2·S + (1 − β2)·dW²
    W ← W − α·dW / (√S + ε)

    ε is added *outside* the square root, as in the course and PyTorch's
    ``RMSprop``. TensorFlow's ``tf.train.RMSPropOptimizer`` and, by its
    TensorFlow 2.0 documentation, ``tf.keras.optimizers.RMSprop`` add it inside,
    √(S + ε), which makes the step smaller when S is small. PyTorch's default
    smoothing constant is ``alpha=0.99``; the course's β2 here defaults to
    0.999 to match Adam.
    """

    beta2: ArrayLike = 0.999
    epsilon: ArrayLike = 1e-8
    name = "rmsprop"

    def __post_init__(self) -> None:
        _check_beta("beta2", self.beta2)
        _check_positive("epsilon", self.epsilon, "the course uses 1e-8.")

    def init(self, params: np.ndarray) -> RMSpropState:
        return RMSpropState(count=_zero_count(), square_average=np.zeros_like(params, dtype=float))

    def update(self, grads: np.ndarray, state: RMSpropState, learning_rate: ArrayLike):
        square_average = self.beta2 * state.square_average + (1.0 - self.beta2) * np.square(grads)

        delta = -learning_rate * grads / (np.sqrt(square_average) + self.epsilon)
        return delta, RMSpropState(count=state.count + 1, square_average=square_average)


@dataclass(frozen=True)
class Adam:
    """Adam, in the course's form (Kingma & Ba, 2015, Algorithm 1).

    t ← t + 1                      (t counts updates and is 1 at the first one)
    V ← β1·V + (1 − β1)·dW
    S ← β2·S + (1 − β2)·dW²
    V̂ = V / (1 − β1^t),   Ŝ = S / (1 − β2^t)
    W ← W − α·V̂ / (√Ŝ + ε)

    With ``bias_correction=False`` the raw V and S are used instead of V̂ and Ŝ.

    Where frameworks differ: PyTorch's ``Adam`` matches these equations.
    Keras folds the bias correction into the learning rate and adds an ε̂ that
    is scaled by √(1 − β2^t), so its ε is not the same number as this one.
    Its default ε is 1e-7, not 1e-8.
    """

    beta1: ArrayLike = 0.9
    beta2: ArrayLike = 0.999
    epsilon: ArrayLike = 1e-8
    bias_correction: bool = True
    name = "adam"

    def __post_init__(self) -> None:
        _check_beta("beta1", self.beta1)
        _check_beta("beta2", self.beta2)
        _check_positive("epsilon", self.epsilon, "the course uses 1e-8.")

    def init(self, params: np.ndarray) -> AdamState:
        zeros = np.zeros_like(params, dtype=float)
        return AdamState(count=_zero_count(), velocity=zeros, square_average=zeros.copy())

    def update(self, grads: np.ndarray, state: AdamState, learning_rate: ArrayLike):
        count = state.count + 1
        velocity = self.beta1 * state.velocity + (1.0 - self.beta1) * grads
        square_average = self.beta2 * state.square_average + (1.0 - self.beta2) * np.square(grads)

        if self.bias_correction:
            velocity_hat = velocity / (1.0 - np.power(self.beta1, count))
            square_hat = square_average / (1.0 - np.power(self.beta2, count))
        else:
            velocity_hat, square_hat = velocity, square_average

        delta = -learning_rate * velocity_hat / (np.sqrt(square_hat) + self.epsilon)
        return delta, AdamState(count=count, velocity=velocity, square_average=square_average)


Optimizer = Union[GradientDescent, Momentum, RMSprop, Adam]


def make_optimizer(
    name: str,
    *,
    beta: ArrayLike = 0.9,
    beta1: ArrayLike = 0.9,
    beta2: ArrayLike = 0.999,
    epsilon: ArrayLike = 1e-8,
    bias_correction: bool = True,
) -> Optimizer:
    """Build the optimizer called ``name`` with the hyperparameters that apply to it.

    Hyperparameters that do not apply to ``name`` are ignored, so a caller can
    pass one complete set of settings for any optimizer.
    """
    if name == "gd":
        return GradientDescent()
    if name == "momentum":
        return Momentum(beta=beta)
    if name == "rmsprop":
        return RMSprop(beta2=beta2, epsilon=epsilon)
    if name == "adam":
        return Adam(beta1=beta1, beta2=beta2, epsilon=epsilon, bias_correction=bias_correction)
    raise HyperparameterError(
        f"optimizer = {name!r} is unknown; choose one of {', '.join(OPTIMIZER_NAMES)}."
    )


def effective_window(beta: float) -> float:
    """Return 1/(1 − β), the number of recent samples an EWA with ``beta`` roughly averages."""
    return math.inf if beta >= 1.0 else 1.0 / (1.0 - beta)
