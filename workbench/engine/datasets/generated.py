"""Generated 2-D classification sets: moons, circles, spirals, XOR and Gaussian blobs.

Every generator places clean points on its shape and then adds Gaussian noise
with standard deviation ``noise`` to each coordinate. The noise is in the units
of the shape: the moons and the outer circle have radius 1, the spirals reach
radius 1.5, XOR fills the square [-1, 1]² and the blob centres lie on the unit
circle. Classes get ``n_samples // n_classes`` points each, and the first
``n_samples % n_classes`` classes one more. Rows come out shuffled. The same
arguments always give the same arrays, because every random number comes from
``numpy.random.default_rng(seed)``.
"""

from __future__ import annotations

import math
from numbers import Integral, Real

import numpy as np

from .dataset import DatasetError

BINARY_GENERATORS = ("moons", "circles", "xor")
MULTICLASS_GENERATORS = ("spirals", "blobs")
GENERATOR_NAMES = ("moons", "circles", "spirals", "xor", "blobs")

CIRCLES_INNER_RADIUS = 0.5
SPIRAL_RADIUS = 1.5
SPIRAL_TURNS = 1.25
# The arms start a little away from the origin, because they all meet there and
# the classes would overlap even without noise.
SPIRAL_START = 0.1


def generate(name: str, n_samples: int, noise: float, seed: int, n_classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Generate the 2-D set ``name``.

    Returns ``(x, y)``: ``x`` has shape (n_samples, 2) and dtype float64, ``y``
    has shape (n_samples,) and dtype int64 with class ids ``0 .. n_classes - 1``.
    "moons", "circles" and "xor" are binary and reject any ``n_classes`` but 2.
    Raises :class:`DatasetError` naming the invalid argument.
    """
    _check_arguments(name, n_samples, noise, seed, n_classes)

    rng = np.random.default_rng(seed)
    counts = _class_counts(n_samples, n_classes)
    points, labels = _GENERATORS[name](counts, rng)

    if noise > 0:
        points = points + rng.normal(0.0, noise, size=points.shape)

    order = rng.permutation(n_samples)
    return points[order].astype(np.float64), labels[order].astype(np.int64)


def _check_arguments(name: str, n_samples: int, noise: float, seed: int, n_classes: int) -> None:
    if name not in GENERATOR_NAMES:
        raise DatasetError("unknown generated data set", f"Use one of {', '.join(GENERATOR_NAMES)}", value=name)
    if not _is_whole(n_classes) or n_classes < 2:
        raise DatasetError("n_classes must be a whole number of 2 or more", "Use 2 or more classes", value=n_classes)
    if name in BINARY_GENERATORS and n_classes != 2:
        raise DatasetError(f"the {name} set has exactly 2 classes", "Use n_classes = 2, or choose spirals or blobs "
                           "for more classes", value=n_classes)
    if not _is_whole(n_samples) or n_samples < n_classes:
        raise DatasetError(f"n_samples must be a whole number of at least n_classes ({n_classes})",
                           "Use more samples, e.g. 400", value=n_samples)
    if not isinstance(noise, Real) or isinstance(noise, bool) or not math.isfinite(noise) or noise < 0:
        raise DatasetError("noise must be a finite number of 0 or more",
                           "Use a standard deviation such as 0.2, or 0 for clean shapes", value=noise)
    if not _is_whole(seed) or seed < 0:
        raise DatasetError("seed must be a whole number of 0 or more", "Use a seed such as 0", value=seed)


def _is_whole(value: object) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def _class_counts(n_samples: int, n_classes: int) -> np.ndarray:
    counts = np.full(n_classes, n_samples // n_classes, dtype=np.int64)
    counts[: n_samples % n_classes] += 1
    return counts


def _labels(counts: np.ndarray) -> np.ndarray:
    return np.repeat(np.arange(len(counts), dtype=np.int64), counts)


def _moons(counts: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Place points on two interleaved half circles of radius 1, shifted so the pair is centred on the origin.

    Class 0 is the upper arc (cos t, sin t), class 1 the lower arc
    (1 − cos t, 0.5 − sin t), both for t evenly spaced in [0, π].
    """
    upper = np.linspace(0.0, math.pi, counts[0])
    lower = np.linspace(0.0, math.pi, counts[1])
    points = np.concatenate([
        np.column_stack([np.cos(upper), np.sin(upper)]),
        np.column_stack([1.0 - np.cos(lower), 0.5 - np.sin(lower)]),
    ])

    # The arcs span x in [-1, 2] and y in [-0.5, 1]; centre that box on (0, 0).
    points -= np.array([0.5, 0.25])
    return points, _labels(counts)


def _circles(counts: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Place class 0 on the unit circle and class 1 on a concentric circle of radius 0.5, at evenly spaced angles."""
    outer = np.linspace(0.0, 2.0 * math.pi, counts[0], endpoint=False)
    inner = np.linspace(0.0, 2.0 * math.pi, counts[1], endpoint=False)
    points = np.concatenate([
        np.column_stack([np.cos(outer), np.sin(outer)]),
        CIRCLES_INNER_RADIUS * np.column_stack([np.cos(inner), np.sin(inner)]),
    ])
    return points, _labels(counts)


def _spirals(counts: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Place one Archimedean arm per class, each rotated by 2π/n_classes from the previous one.

    Arm k at parameter t in [SPIRAL_START, 1] has radius SPIRAL_RADIUS·t and
    angle 2πk/n_classes + 2π·SPIRAL_TURNS·t.
    """
    n_classes = len(counts)
    arms = []
    for class_id, count in enumerate(counts):
        t = np.linspace(SPIRAL_START, 1.0, count)
        radius = SPIRAL_RADIUS * t
        angle = 2.0 * math.pi * class_id / n_classes + 2.0 * math.pi * SPIRAL_TURNS * t
        arms.append(np.column_stack([radius * np.cos(angle), radius * np.sin(angle)]))
    return np.concatenate(arms), _labels(counts)


def _xor(counts: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Draw uniform points in [-1, 1]²: class 1 where x and y have opposite signs, class 0 where they agree.

    Each point is drawn inside a quadrant of its own class, so the classes keep
    their exact sizes and the labels follow the clean positions.
    """
    quadrant_signs = {0: ((1.0, 1.0), (-1.0, -1.0)), 1: ((1.0, -1.0), (-1.0, 1.0))}
    blocks = []
    for class_id, count in enumerate(counts):
        magnitudes = rng.uniform(0.0, 1.0, size=(count, 2))
        quadrant_choice = rng.integers(0, 2, size=count)
        signs = np.array(quadrant_signs[class_id])[quadrant_choice]
        blocks.append(magnitudes * signs)
    return np.concatenate(blocks), _labels(counts)


def _blobs(counts: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Place every point of class k at centre k, so the added noise alone forms the blob.

    The centres sit evenly on the unit circle, the first at angle π/2. With
    noise 0 every point of a class coincides with its centre.
    """
    n_classes = len(counts)
    angles = math.pi / 2.0 + 2.0 * math.pi * np.arange(n_classes) / n_classes
    centres = np.column_stack([np.cos(angles), np.sin(angles)])
    labels = _labels(counts)
    return centres[labels].copy(), labels


_GENERATORS = {
    "moons": _moons,
    "circles": _circles,
    "spirals": _spirals,
    "xor": _xor,
    "blobs": _blobs,
}
