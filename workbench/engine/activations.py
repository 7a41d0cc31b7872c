"""Hidden-layer activations and the output layers' stable cost functions.

Every function here stays finite and raises no floating-point warning for
pre-activations (logits) as large as ±1000. Exponentials only ever see
non-positive arguments. The costs are computed from the logits in the softplus
and log-sum-exp forms instead of taking the log of a probability.
"""

from __future__ import annotations

import numpy as np

#: Slope of leaky ReLU for negative inputs: g(z) = max(z, 0.01·z).
LEAKY_RELU_SLOPE = 0.01

HIDDEN_ACTIVATIONS = ("relu", "leaky_relu", "tanh", "sigmoid")


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Return σ(z) = 1 / (1 + e^(−z)) without overflow for any finite z.

    The exponential is taken of −|z| only, and the two branches are merged:
    σ(z) = 1 / (1 + e^(−|z|)) for z ≥ 0 and e^(−|z|) / (1 + e^(−|z|)) for z < 0.
    """
    exp_negative_abs = np.exp(-np.abs(z))
    denominator = 1.0 + exp_negative_abs

    return np.where(z >= 0, 1.0 / denominator, exp_negative_abs / denominator)


def softplus(z: np.ndarray) -> np.ndarray:
    """Return log(1 + e^z), computed as max(z, 0) + log1p(e^(−|z|))."""
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def log_softmax(z: np.ndarray) -> np.ndarray:
    """Return log softmax(z) along the last axis, shifted by the row maximum (log-sum-exp form)."""
    shifted = z - np.max(z, axis=-1, keepdims=True)

    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def softmax(z: np.ndarray) -> np.ndarray:
    """Return softmax(z) along the last axis; each row sums to 1."""
    shifted = z - np.max(z, axis=-1, keepdims=True)
    exp_shifted = np.exp(shifted)

    return exp_shifted / np.sum(exp_shifted, axis=-1, keepdims=True)


def activate(name: str, z: np.ndarray) -> np.ndarray:
    """Apply the hidden activation ``name`` element-wise."""
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "leaky_relu":
        return np.where(z > 0, z, LEAKY_RELU_SLOPE * z)
    if name == "tanh":
        return np.tanh(z)
    if name == "sigmoid":
        return sigmoid(z)
    raise ValueError(f"activation = {name!r} is unknown; use one of {', '.join(HIDDEN_ACTIVATIONS)}.")


def activation_derivative(name: str, z: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Return g'(z) for the hidden activation ``name``, given z and a = g(z).

    At z = 0, where ReLU and leaky ReLU have no derivative, the left branch's
    slope is used (0 and 0.01), the usual subgradient choice.
    """
    if name == "relu":
        return (z > 0).astype(float)
    if name == "leaky_relu":
        return np.where(z > 0, 1.0, LEAKY_RELU_SLOPE)
    if name == "tanh":
        return 1.0 - np.square(a)
    if name == "sigmoid":
        return a * (1.0 - a)
    raise ValueError(f"activation = {name!r} is unknown; use one of {', '.join(HIDDEN_ACTIVATIONS)}.")


def binary_cross_entropy_from_logits(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return the per-sample binary cross-entropy of labels y ∈ {0, 1} given logits z.

    −[y·log σ(z) + (1 − y)·log(1 − σ(z))] simplifies to softplus(z) − y·z,
    which is exact and finite for any finite z. Its derivative in z is σ(z) − y.
    """
    return softplus(z) - y * z


def softmax_cross_entropy_from_logits(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return the per-sample cross-entropy −log softmax(z)[y] for integer class ids y.

    ``z`` has shape (n, n_classes) and ``y`` shape (n,). Its gradient in z is
    softmax(z) − one_hot(y).
    """
    log_probabilities = log_softmax(z)

    return -log_probabilities[np.arange(z.shape[0]), y]
