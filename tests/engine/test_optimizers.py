"""Optimizers against values worked out by hand, their validation, and convergence."""

import math

import numpy as np
import pytest

from workbench.engine.optimizers import (
    OPTIMIZER_NAMES,
    Adam,
    GradientDescent,
    HyperparameterError,
    Momentum,
    RMSprop,
    check_learning_rate,
    make_optimizer,
)


def test_momentum_three_steps_constant_gradient():
    # V = 0.1, 0.19, 0.271; θ moves α·(0.1 + 0.19 + 0.271) = 0.0561.
    optimizer = Momentum(beta=0.9)
    params = np.zeros(1)
    state = optimizer.init(params)

    for _ in range(3):
        delta, state = optimizer.update(np.ones(1), state, 0.1)
        params = params + delta

    assert params[0] == pytest.approx(-0.0561, abs=1e-15)
    assert state.velocity[0] == pytest.approx(0.271, abs=1e-15)


def test_adam_one_step_on_parabola():
    # f(θ) = θ², dθ = 2θ = 2; V̂ = 2, Ŝ = 4; θ = 1 − 0.1·2/(2 + 1e-8).
    optimizer = Adam()
    params = np.array([1.0])
    state = optimizer.init(params)

    delta, state = optimizer.update(2.0 * params, state, 0.1)

    assert (params + delta)[0] == pytest.approx(0.9000000005, abs=1e-15)


def test_adam_count_starts_at_one():
    optimizer = Adam()
    state = optimizer.init(np.zeros(3))
    assert int(state.count) == 0

    grads = np.array([0.5, -3.0, 1e-3])
    delta, state = optimizer.update(grads, state, 0.01)

    # With t = 1 the bias correction turns V and S back into dW and dW², so every
    # coordinate moves by α·|dW| / (|dW| + ε), almost exactly α.
    assert int(state.count) == 1
    expected = -0.01 * grads / (np.abs(grads) + 1e-8)
    assert np.allclose(delta, expected, rtol=1e-12, atol=0)


def test_adam_without_bias_correction():
    optimizer = Adam(beta1=0.9, beta2=0.999, epsilon=1e-8, bias_correction=False)
    state = optimizer.init(np.zeros(1))

    delta, _ = optimizer.update(np.ones(1), state, 0.1)

    # Raw moments: V = 0.1, S = 0.001, so the step is 0.1·0.1/(√0.001 + 1e-8).
    expected = -0.1 * 0.1 / (math.sqrt(0.001) + 1e-8)
    assert delta[0] == pytest.approx(expected, rel=1e-12)
    assert abs(delta[0]) > 0.3


def test_rmsprop_epsilon_outside_root():
    optimizer = RMSprop(beta2=0.999, epsilon=1.0)
    state = optimizer.init(np.zeros(1))

    delta, _ = optimizer.update(np.ones(1), state, 0.1)

    square_average = 0.001
    outside = -0.1 / (math.sqrt(square_average) + 1.0)
    inside = -0.1 / math.sqrt(square_average + 1.0)
    assert delta[0] == pytest.approx(outside, rel=1e-12)
    assert abs(delta[0] - inside) > 1e-3


def test_gradient_descent_step():
    optimizer = GradientDescent()
    state = optimizer.init(np.zeros(2))

    delta, state = optimizer.update(np.array([1.0, -2.0]), state, 0.5)

    assert delta.tolist() == [-0.5, 1.0]
    assert int(state.count) == 1


def test_update_leaves_state_unchanged():
    optimizer = Adam()
    state = optimizer.init(np.zeros(2))

    optimizer.update(np.ones(2), state, 0.1)

    assert np.all(state.velocity == 0.0)
    assert np.all(state.square_average == 0.0)
    assert int(state.count) == 0


def test_broadcast_hyperparameters_match_separate_runs():
    betas = np.array([[0.5], [0.9]])
    batched = Momentum(beta=betas)
    grads = np.array([[1.0, 2.0], [1.0, 2.0]])
    state = batched.init(grads)
    delta, _ = batched.update(grads, state, np.array([[0.1], [0.2]]))

    for row, (beta, learning_rate) in enumerate([(0.5, 0.1), (0.9, 0.2)]):
        single = Momentum(beta=beta)
        single_delta, _ = single.update(grads[row], single.init(grads[row]), learning_rate)
        assert np.allclose(delta[row], single_delta, rtol=1e-15)


@pytest.mark.parametrize("beta", [1.0, -0.1, 1.5, float("nan")])
def test_invalid_beta_rejected(beta):
    with pytest.raises(HyperparameterError, match=rf"beta = {beta!r}"):
        Momentum(beta=beta)
    with pytest.raises(HyperparameterError, match=rf"beta1 = {beta!r}"):
        Adam(beta1=beta)
    with pytest.raises(HyperparameterError, match=rf"beta2 = {beta!r}"):
        RMSprop(beta2=beta)


@pytest.mark.parametrize("learning_rate", [0.0, -0.01, float("inf")])
def test_invalid_learning_rate_rejected(learning_rate):
    with pytest.raises(HyperparameterError, match=rf"learning_rate = {learning_rate!r}"):
        check_learning_rate(learning_rate)


@pytest.mark.parametrize("epsilon", [0.0, -1e-8])
def test_invalid_epsilon_rejected(epsilon):
    with pytest.raises(HyperparameterError, match=rf"epsilon = {epsilon!r}"):
        Adam(epsilon=epsilon)
    with pytest.raises(HyperparameterError, match=rf"epsilon = {epsilon!r}"):
        RMSprop(epsilon=epsilon)


def test_unknown_optimizer_rejected():
    with pytest.raises(HyperparameterError, match="'nesterov'"):
        make_optimizer("nesterov")


@pytest.mark.parametrize("name, learning_rate", [("gd", 0.1), ("momentum", 0.1), ("rmsprop", 0.01), ("adam", 0.01)])
def test_converges_on_parabola(name, learning_rate):
    # f(θ) = ½·(θ1² + 4·θ2²) has its minimum at 0; the gradient is (θ1, 4·θ2).
    curvature = np.array([1.0, 4.0])
    optimizer = make_optimizer(name)
    params = np.array([2.0, -1.5])
    state = optimizer.init(params)

    for step in range(3000):
        # A decaying α lets the sign-like RMSprop and Adam steps settle instead of circling at distance α.
        rate = learning_rate / (1.0 + step / 300.0)
        delta, state = optimizer.update(curvature * params, state, rate)
        params = params + delta

    assert np.linalg.norm(params) < 1e-3


def test_make_optimizer_names():
    for name in OPTIMIZER_NAMES:
        assert make_optimizer(name).name == name
