"""Network: gradients against finite differences, stability at extreme logits, parameter layout."""

import numpy as np
import pytest

from workbench.engine.config import NetworkConfig
from workbench.engine.network import Network, output_units_for

ACTIVATIONS = ("relu", "leaky_relu", "tanh", "sigmoid")


def numerical_gradient(network: Network, x: np.ndarray, y: np.ndarray, step: float = 1e-6) -> np.ndarray:
    """Central differences (J(θ + h) − J(θ − h)) / 2h for every parameter."""
    gradient = np.empty_like(network.params)
    for index in range(network.params.size):
        saved = network.params[index]
        network.params[index] = saved + step
        cost_plus = network.cost(x, y)
        network.params[index] = saved - step
        cost_minus = network.cost(x, y)
        network.params[index] = saved
        gradient[index] = (cost_plus - cost_minus) / (2 * step)
    return gradient


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12))


@pytest.mark.parametrize("l2", [0.0, 0.3])
@pytest.mark.parametrize("n_classes", [2, 3])
@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_gradient_matches_finite_differences(activation, n_classes, l2):
    rng = np.random.default_rng(7)
    network = Network([3, 5, 4, output_units_for(n_classes)], activation=activation, l2=l2, seed=1)
    # Non-zero biases keep ReLU units off their kink at z = 0 for most samples.
    network.params += 0.1 * rng.standard_normal(network.params.size)
    x = rng.standard_normal((6, 3))
    y = rng.integers(0, n_classes, size=6)

    cost = network.cost_and_gradients(x, y)
    analytic = network.grads.copy()
    numeric = numerical_gradient(network, x, y)

    assert cost == pytest.approx(network.cost(x, y), rel=1e-12)
    assert relative_error(analytic, numeric) < 1e-7


def test_l2_term_adds_to_cost():
    x = np.array([[0.5, -1.0], [1.5, 2.0]])
    y = np.array([0, 1])
    plain = Network([2, 3, 1], l2=0.0, seed=4)
    regularized = Network([2, 3, 1], l2=0.5, seed=4)
    squared_norm = sum(float(np.sum(weight ** 2)) for weight in plain.weights)

    assert regularized.cost(x, y) == pytest.approx(plain.cost(x, y) + 0.5 / (2 * 2) * squared_norm, rel=1e-12)


@pytest.mark.parametrize("label", [0, 1])
@pytest.mark.parametrize("sign", [1.0, -1.0])
def test_binary_logits_1000_stay_finite(sign, label):
    network = Network([1, 1], seed=0)
    network.weights[0][...] = 1000.0 * sign
    x = np.array([[1.0]])
    y = np.array([label])

    with np.errstate(over="raise", divide="raise", invalid="raise"):
        cost = network.cost_and_gradients(x, y)
        probabilities = network.predict_proba(x)

    expected = 1000.0 if (sign > 0) != (label == 1) else 0.0
    assert cost == pytest.approx(expected, abs=1e-9)
    assert np.all(np.isfinite(network.grads))
    assert np.all(np.isfinite(probabilities))
    assert probabilities.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("label", [0, 1, 2])
def test_softmax_logits_1000_stay_finite(label):
    network = Network([1, 3], seed=0)
    network.weights[0][:, 0] = [1000.0, -1000.0, 0.0]
    x = np.array([[1.0], [-1.0]])
    y = np.array([label, label])

    with np.errstate(over="raise", divide="raise", invalid="raise"):
        cost = network.cost_and_gradients(x, y)
        probabilities = network.predict_proba(x)

    assert np.isfinite(cost)
    assert cost <= 2000.0 + 1e-9
    assert np.all(np.isfinite(network.grads))
    assert np.allclose(probabilities.sum(axis=1), 1.0)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_saturated_hidden_layers_stay_finite(activation):
    network = Network([2, 4, 3], activation=activation, seed=2)
    x = np.array([[1e3, -1e3], [-1e3, 1e3]])
    y = np.array([0, 2])

    with np.errstate(over="raise", divide="raise", invalid="raise"):
        cost = network.cost_and_gradients(x, y)

    assert np.isfinite(cost)
    assert np.all(np.isfinite(network.grads))


def test_weights_and_gradients_are_views():
    network = Network([3, 4, 2, 1], seed=0)

    assert network.params.flags.c_contiguous
    assert network.params.size == 3 * 4 + 4 + 4 * 2 + 2 + 2 * 1 + 1
    for weight, bias in zip(network.weights, network.biases):
        assert np.shares_memory(weight, network.params)
        assert np.shares_memory(bias, network.params)
    for weight_grad, bias_grad in zip(network.weight_grads, network.bias_grads):
        assert np.shares_memory(weight_grad, network.grads)
        assert np.shares_memory(bias_grad, network.grads)

    network.params[:] = 0.0
    assert np.all(network.weights[1] == 0.0)


def test_update_through_params_changes_predictions():
    network = Network([2, 3, 1], seed=0)
    x = np.array([[1.0, 2.0]])
    before = network.logits(x).copy()

    network.params += 0.5

    assert not np.allclose(network.logits(x), before)


def test_gradient_written_in_place():
    network = Network([2, 3, 1], seed=0)
    grads_buffer = network.grads

    network.cost_and_gradients(np.ones((4, 2)), np.array([0, 1, 1, 0]))

    assert network.grads is grads_buffer
    assert np.any(network.grads != 0.0)


def test_same_seed_same_weights():
    first = Network([2, 8, 1], seed=5)
    second = Network([2, 8, 1], seed=5)
    other = Network([2, 8, 1], seed=6)

    assert np.array_equal(first.params, second.params)
    assert not np.array_equal(first.params, other.params)


@pytest.mark.parametrize("initialization, variance", [("he", 2.0 / 400), ("xavier", 1.0 / 400)])
def test_initialization_variance(initialization, variance):
    network = Network([400, 300, 1], initialization=initialization, seed=0)

    assert np.var(network.weights[0]) == pytest.approx(variance, rel=0.05)
    assert np.all(network.biases[0] == 0.0)


def test_from_config_output_units():
    config = NetworkConfig(hidden_layers=[5, 3], activation="tanh", initialization="xavier", l2=0.1, seed=2)

    binary = Network.from_config(config, n_features=4, n_classes=2)
    multiclass = Network.from_config(config, n_features=4, n_classes=5)

    assert binary.layer_sizes == [4, 5, 3, 1]
    assert multiclass.layer_sizes == [4, 5, 3, 5]
    assert binary.activation == "tanh"
    assert binary.l2 == 0.1
    assert binary.n_classes == 2
    assert multiclass.n_classes == 5


def test_predictions_shapes_and_types():
    network = Network([2, 4, 3], seed=0)
    x = np.random.default_rng(0).standard_normal((7, 2))

    probabilities = network.predict_proba(x)
    predictions = network.predict(x)

    assert probabilities.shape == (7, 3)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert predictions.dtype == np.int64
    assert np.array_equal(predictions, np.argmax(probabilities, axis=1))


def test_binary_prediction_threshold():
    network = Network([1, 1], seed=0)
    network.weights[0][...] = 1.0
    x = np.array([[-2.0], [0.0], [3.0]])

    assert network.predict(x).tolist() == [0, 1, 1]
    assert network.accuracy(x, np.array([0, 1, 0])) == pytest.approx(2 / 3)


def test_clone_is_independent():
    network = Network([2, 3, 1], seed=0)
    copy = network.clone()

    copy.params += 1.0

    assert not np.array_equal(copy.params, network.params)
    assert copy.layer_sizes == network.layer_sizes


def test_bad_inputs_rejected():
    network = Network([2, 3, 1], seed=0)

    with pytest.raises(ValueError, match="expects"):
        network.cost(np.ones((3, 4)), np.zeros(3, dtype=int))
    with pytest.raises(ValueError, match="class ids"):
        network.cost(np.ones((3, 2)), np.array([0, 1, 2]))
    with pytest.raises(ValueError, match="one class id per row"):
        network.cost(np.ones((3, 2)), np.array([0, 1]))
    with pytest.raises(ValueError, match="activation = 'swish'"):
        Network([2, 1], activation="swish")
    with pytest.raises(ValueError, match="layer_sizes"):
        Network([2, 0, 1])
