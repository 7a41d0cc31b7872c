"""A fully connected network for classification, with every parameter in one flat array.

Layer l (1-based, as in the course) maps the activations a[l−1] of the samples
in the rows of a matrix to

    z[l] = a[l−1] · W[l]ᵀ + b[l],      a[l] = g(z[l])

with W[l] of shape (n[l], n[l−1]) and b[l] of shape (n[l],). Hidden layers use
ReLU, leaky ReLU, tanh or sigmoid. The output layer has one sigmoid unit and
the binary cross-entropy cost for two classes, or n_classes softmax units and
the cross-entropy cost for more. With L2 regularization (λ = ``l2``) the cost
over a batch of m samples is

    J = (1/m)·Σ loss(z[L], y) + (λ / 2m)·Σ_l ‖W[l]‖²

(biases are not penalized). Costs are computed from the logits z[L] in the
softplus and log-sum-exp forms of ``engine.activations``, so they stay finite
for saturated outputs.

All weights and biases live in the flat float64 array ``params`` and all
gradients in ``grads`` with the same layout (W[1], b[1], W[2], b[2], …);
``weights``, ``biases`` and their gradient counterparts are views into them.
An optimizer therefore updates the whole network with a few vectorized
operations on ``params``, which must be changed in place (``params += delta``)
so the views stay valid.
"""

from __future__ import annotations

import numpy as np

from .activations import (
    HIDDEN_ACTIVATIONS,
    activate,
    activation_derivative,
    binary_cross_entropy_from_logits,
    sigmoid,
    softmax,
    softmax_cross_entropy_from_logits,
)

INITIALIZATIONS = ("he", "xavier")


class Network:
    """A fully connected classifier; see the module docstring for the equations.

    Parameters
    ----------
    layer_sizes:
        Units per layer: input features, hidden layers…, output units. The
        output has 1 unit for two classes (sigmoid) or n_classes ≥ 2 units (softmax).
    activation:
        Hidden-layer activation: relu, leaky_relu, tanh or sigmoid.
    initialization:
        ``he`` draws W[l] from N(0, 2/n[l−1]) (suited to ReLU); ``xavier`` from
        N(0, 1/n[l−1]), the course's variant for tanh. Note that Glorot's
        original form uses 2/(n[l−1] + n[l]) instead. Biases start at 0.
    l2:
        λ of the L2 penalty (λ / 2m)·Σ‖W‖²; 0 turns it off.
    seed:
        Seeds the weight initialization; the same seed gives the same weights.
    """

    def __init__(self, layer_sizes: list[int], activation: str = "relu", initialization: str = "he",
                 l2: float = 0.0, seed: int = 0) -> None:
        layer_sizes = [int(size) for size in layer_sizes]
        if len(layer_sizes) < 2 or any(size < 1 for size in layer_sizes):
            raise ValueError(f"layer_sizes = {layer_sizes!r} is invalid: give at least an input and an output "
                             f"size, each 1 or more, e.g. [2, 16, 1].")
        if activation not in HIDDEN_ACTIVATIONS:
            raise ValueError(f"activation = {activation!r} is unknown; use one of {', '.join(HIDDEN_ACTIVATIONS)}.")
        if initialization not in INITIALIZATIONS:
            raise ValueError(f"initialization = {initialization!r} is unknown; use he or xavier.")
        if not (np.isfinite(l2) and l2 >= 0):
            raise ValueError(f"l2 = {l2!r} is invalid: use 0 to turn L2 off, or a positive value such as 0.01.")

        self.layer_sizes = layer_sizes
        self.activation = activation
        self.initialization = initialization
        self.l2 = float(l2)
        self.seed = seed

        shapes = list(zip(layer_sizes[1:], layer_sizes[:-1]))
        n_params = sum(n_out * n_in + n_out for n_out, n_in in shapes)
        self.params = np.zeros(n_params, dtype=np.float64)
        self.grads = np.zeros(n_params, dtype=np.float64)
        self.weights, self.biases = self._layer_views(self.params, shapes)
        self.weight_grads, self.bias_grads = self._layer_views(self.grads, shapes)

        self._initialize(np.random.default_rng(seed))

    @classmethod
    def from_config(cls, network_config, n_features: int, n_classes: int) -> "Network":
        """Build the network a :class:`~workbench.engine.config.NetworkConfig` describes for the data's shape."""
        output_units = output_units_for(n_classes)
        layer_sizes = [n_features, *network_config.hidden_layers, output_units]

        return cls(layer_sizes, activation=network_config.activation,
                   initialization=network_config.initialization, l2=network_config.l2,
                   seed=network_config.seed)

    @staticmethod
    def _layer_views(flat: np.ndarray, shapes: list[tuple[int, int]]):
        weights, biases = [], []
        offset = 0
        for n_out, n_in in shapes:
            weights.append(flat[offset:offset + n_out * n_in].reshape(n_out, n_in))
            offset += n_out * n_in
            biases.append(flat[offset:offset + n_out])
            offset += n_out
        return weights, biases

    def _initialize(self, rng: np.random.Generator) -> None:
        gain = 2.0 if self.initialization == "he" else 1.0
        for weight in self.weights:
            n_in = weight.shape[1]
            weight[...] = rng.standard_normal(weight.shape) * np.sqrt(gain / n_in)

    @property
    def n_features(self) -> int:
        return self.layer_sizes[0]

    @property
    def n_classes(self) -> int:
        """Number of classes: 2 for a single sigmoid output unit, else the number of softmax units."""
        return 2 if self.layer_sizes[-1] == 1 else self.layer_sizes[-1]

    @property
    def n_params(self) -> int:
        return self.params.size

    def clone(self) -> "Network":
        """Return an independent copy with the same architecture and parameter values."""
        copy = Network(self.layer_sizes, self.activation, self.initialization, self.l2, self.seed)
        copy.params[...] = self.params

        return copy

    # Forward and backward passes.

    def _check_inputs(self, x: np.ndarray, y: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray | None]:
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.n_features:
            raise ValueError(f"x has shape {x.shape}, but this network expects (n_samples, {self.n_features}).")
        if y is None:
            return x, None

        y = np.asarray(y)
        if y.shape != (x.shape[0],):
            raise ValueError(f"y has shape {y.shape}, but x has {x.shape[0]} rows; give one class id per row.")
        if y.size and (y.min() < 0 or y.max() >= self.n_classes):
            raise ValueError(f"y contains class ids from {y.min()} to {y.max()}, but this network has "
                             f"{self.n_classes} classes (ids 0 to {self.n_classes - 1}).")
        return x, y.astype(np.int64, copy=False)

    def _forward(self, x: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """Return the pre-activations z[1..L] and the activations a[0..L−1] (a[0] = x)."""
        pre_activations, activations = [], [x]
        last = len(self.weights) - 1

        for index, (weight, bias) in enumerate(zip(self.weights, self.biases)):
            z = activations[-1] @ weight.T + bias
            pre_activations.append(z)
            if index < last:
                activations.append(activate(self.activation, z))
        return pre_activations, activations

    def _data_cost(self, logits: np.ndarray, y: np.ndarray) -> float:
        if self.layer_sizes[-1] == 1:
            losses = binary_cross_entropy_from_logits(logits[:, 0], y)
        else:
            losses = softmax_cross_entropy_from_logits(logits, y)
        return float(np.mean(losses))

    def _l2_cost(self, m: int) -> float:
        if self.l2 == 0.0:
            return 0.0
        squared_norm = sum(float(np.dot(weight.ravel(), weight.ravel())) for weight in self.weights)
        return self.l2 / (2.0 * m) * squared_norm

    def cost(self, x: np.ndarray, y: np.ndarray) -> float:
        """Return J for the batch (x, y), including the L2 term; ``grads`` is left unchanged."""
        x, y = self._check_inputs(x, y)
        if x.shape[0] == 0:
            raise ValueError("x has no rows; the cost of an empty batch is undefined.")

        pre_activations, _ = self._forward(x)
        return self._data_cost(pre_activations[-1], y) + self._l2_cost(x.shape[0])

    def cost_and_gradients(self, x: np.ndarray, y: np.ndarray) -> float:
        """Return J for the batch (x, y) and write ∂J/∂params into ``grads``.

        Back-propagation, with m the batch size:
        dz[L] = (σ(z[L]) − y)/m for the sigmoid output or (softmax(z[L]) − one_hot(y))/m,
        dW[l] = dz[l]ᵀ · a[l−1] + (λ/m)·W[l],  db[l] = Σ_rows dz[l],
        dz[l−1] = (dz[l] · W[l]) ⊙ g'(z[l−1]).
        """
        x, y = self._check_inputs(x, y)
        m = x.shape[0]
        if m == 0:
            raise ValueError("x has no rows; the cost of an empty batch is undefined.")

        pre_activations, activations = self._forward(x)
        logits = pre_activations[-1]
        cost = self._data_cost(logits, y) + self._l2_cost(m)

        if self.layer_sizes[-1] == 1:
            dz = (sigmoid(logits) - y[:, None]) / m
        else:
            dz = softmax(logits)
            dz[np.arange(m), y] -= 1.0
            dz /= m

        for layer in range(len(self.weights) - 1, -1, -1):
            weight = self.weights[layer]
            np.matmul(dz.T, activations[layer], out=self.weight_grads[layer])
            if self.l2 != 0.0:
                self.weight_grads[layer] += (self.l2 / m) * weight
            np.sum(dz, axis=0, out=self.bias_grads[layer])

            if layer > 0:
                z_previous = pre_activations[layer - 1]
                derivative = activation_derivative(self.activation, z_previous, activations[layer])
                dz = (dz @ weight) * derivative
        return cost

    # Predictions.

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Return z[L], the output layer's pre-activations, shape (n, output units)."""
        x, _ = self._check_inputs(x)
        pre_activations, _ = self._forward(x)

        return pre_activations[-1]

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Return class probabilities, shape (n, n_classes); each row sums to 1.

        For the sigmoid output, column 1 is σ(z) and column 0 is 1 − σ(z).
        """
        logits = self.logits(x)
        if self.layer_sizes[-1] == 1:
            positive = sigmoid(logits[:, 0])
            return np.column_stack([1.0 - positive, positive])
        return softmax(logits)

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Return the most probable class id per row, shape (n,), int64 (class 1 when σ(z) = 0.5)."""
        logits = self.logits(x)
        if self.layer_sizes[-1] == 1:
            return (logits[:, 0] >= 0.0).astype(np.int64)
        return np.argmax(logits, axis=1).astype(np.int64)

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        """Return the share of rows whose predicted class equals ``y``, in [0, 1]; nan for no rows."""
        x, y = self._check_inputs(x, y)
        if x.shape[0] == 0:
            return float("nan")

        return float(np.mean(self.predict(x) == y))


def output_units_for(n_classes: int) -> int:
    """Return the output layer size for ``n_classes``: 1 sigmoid unit for two classes, else one per class."""
    if n_classes < 2:
        raise ValueError(f"n_classes = {n_classes!r} is invalid: a classifier needs 2 or more classes.")
    return 1 if n_classes == 2 else n_classes
