"""Race optimizers over a 2-D cost surface, all paths advanced together.

Every path is one point (x, y) moved by gradient descent, momentum, RMSprop or
Adam, using the same ``init``/``update`` functions from
:mod:`workbench.engine.optimizers` that train networks, and the same
:class:`~workbench.engine.schedules.Schedule` for learning-rate decay. Paths of
one optimizer kind share a single update call per step, with their
hyperparameters and learning rates stacked into ``(n_paths_of_kind, 1)``
columns that broadcast against the ``(n_paths_of_kind, 2)`` gradients.

One step of path i, with g its gradient at the current point:

    g̃ = g + noise · N(0, I₂)                     (noise 0: g̃ = g, deterministic)
    α = schedule_i.learning_rate(α0_i, ⌊step / steps_per_epoch⌋)
    (x, y) ← (x, y) + update_i(g̃, α)

A path diverges when its new point, cost or gradient is not finite, or when
the point lies farther than ``divergence_factor`` × half the domain's diagonal
from the domain's centre. A diverged path stops at its last valid point and
the other paths keep running.

Pure numpy: this module must not import Qt.
"""

from __future__ import annotations

import csv
import logging
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .optimizers import OPTIMIZER_NAMES, HyperparameterError, check_learning_rate, make_optimizer
from .schedules import Schedule
from .surfaces import Surface

logger = logging.getLogger(__name__)

#: Display names of the optimizers, used as default path labels.
OPTIMIZER_LABELS = {"gd": "GD", "momentum": "Momentum", "rmsprop": "RMSprop", "adam": "Adam"}

PATHS_CSV_COLUMNS = ("optimizer", "label", "step", "x", "y", "cost", "gradient_x", "gradient_y")

_INITIAL_CAPACITY = 256
# Learning rates are tabulated for this many epochs at a time, so the schedules
# are evaluated once per path per block instead of once per path per step.
_RATE_TABLE_EPOCHS = 1024


@dataclass
class PathSpec:
    """One optimizer path: the optimizer, its hyperparameters and its learning-rate schedule.

    Hyperparameters that do not apply to ``optimizer`` are ignored. The schedule
    advances once every ``steps_per_epoch`` steps of the race.
    """

    optimizer: str = "gd"  # gd, momentum, rmsprop or adam
    learning_rate: float = 0.01  # α0, before any decay
    beta: float = 0.9  # momentum
    beta1: float = 0.9  # adam
    beta2: float = 0.999  # rmsprop and adam
    epsilon: float = 1e-8  # rmsprop and adam
    bias_correction: bool = True  # adam
    schedule: Schedule = field(default_factory=Schedule)
    label: str = ""  # "" means the optimizer's display name, e.g. "Adam"


def course_presets(learning_rate: float = 0.01) -> list[PathSpec]:
    """Return GD, momentum, RMSprop and Adam at the course's defaults (β 0.9, β1 0.9, β2 0.999, ε 1e-8)."""
    return [
        PathSpec(optimizer=name, learning_rate=learning_rate, label=OPTIMIZER_LABELS[name])
        for name in OPTIMIZER_NAMES
    ]


@dataclass
class _Group:
    """Paths of one optimizer kind, advanced by one update call per step."""

    index: slice | np.ndarray  # rows of the race's arrays that belong to the group
    optimizer: object
    state: object = None


def _rows(indices: list[int]) -> slice | np.ndarray:
    # A slice selects a view without copying, so contiguous groups step faster.
    if indices == list(range(indices[0], indices[-1] + 1)):
        return slice(indices[0], indices[-1] + 1)
    return np.asarray(indices)


class PathRace:
    """Several optimizer paths over one surface, advanced in lockstep.

    ``history``, ``costs`` and ``gradient_history`` grow by doubling a
    preallocated buffer and are returned as views: do not modify them. Step 0
    is the start. After a path diverges at step k (``diverged_at`` = k), its
    entries from step k on repeat its last valid point.
    """

    def __init__(
        self,
        surface: Surface,
        specs: list[PathSpec],
        start,
        noise: float = 0.0,
        seed: int = 0,
        steps_per_epoch: int = 1,
        divergence_factor: float = 10.0,
    ) -> None:
        if not isinstance(surface, Surface):
            raise TypeError(f"surface = {surface!r} is invalid: pass a Surface, e.g. make_surface('saddle').")
        if len(specs) == 0:
            raise ValueError("specs is empty: give at least one PathSpec, e.g. course_presets().")
        if not (isinstance(noise, (int, float)) and math.isfinite(noise) and noise >= 0):
            raise ValueError(f"noise = {noise!r} is invalid: use 0 for exact gradients or a scale such as 0.1.")
        if not (isinstance(steps_per_epoch, (int, np.integer)) and steps_per_epoch >= 1):
            raise ValueError(f"steps_per_epoch = {steps_per_epoch!r} is invalid: use a whole number of 1 or more.")
        if not (math.isfinite(divergence_factor) and divergence_factor > 0):
            raise ValueError(f"divergence_factor = {divergence_factor!r} is invalid: use a positive number, e.g. 10.")

        self.surface = surface
        self.specs = list(specs)
        self.n_paths = len(self.specs)
        self.labels = [spec.label or OPTIMIZER_LABELS.get(spec.optimizer, spec.optimizer) for spec in self.specs]
        self.noise = float(noise)
        self.seed = seed
        self.steps_per_epoch = int(steps_per_epoch)
        self.divergence_factor = float(divergence_factor)
        self._divergence_radius = self.divergence_factor * surface.half_diagonal
        self._centre = np.array(surface.centre)

        self._groups = self._build_groups()
        self._start = self._check_start(start)
        self.reset()

    def _build_groups(self) -> list[_Group]:
        """Group the paths by optimizer kind and build one optimizer per group.

        Adam paths with and without bias correction form two groups, because
        ``bias_correction`` is one flag per optimizer object.
        """
        members: dict[tuple[str, bool], list[int]] = {}
        for i, spec in enumerate(self.specs):
            label = f"path {i} ({self.labels[i]})"
            if spec.optimizer not in OPTIMIZER_NAMES:
                raise HyperparameterError(
                    f"{label}: optimizer = {spec.optimizer!r} is unknown; choose one of {', '.join(OPTIMIZER_NAMES)}."
                )
            # Checking each path's scalars first makes an error name one path and one value.
            try:
                check_learning_rate(spec.learning_rate)
                make_optimizer(spec.optimizer, beta=spec.beta, beta1=spec.beta1, beta2=spec.beta2,
                               epsilon=spec.epsilon, bias_correction=spec.bias_correction)
            except HyperparameterError as error:
                raise HyperparameterError(f"{label}: {error}") from error
            key = (spec.optimizer, bool(spec.bias_correction) if spec.optimizer == "adam" else True)
            members.setdefault(key, []).append(i)

        groups = []
        for (name, bias_correction), indices in members.items():
            specs = [self.specs[i] for i in indices]

            def column(attribute: str) -> float | np.ndarray:
                # One shared value stays a float: scalar arithmetic is cheaper
                # than broadcasting a (n, 1) column on every step.
                values = [float(getattr(spec, attribute)) for spec in specs]
                if len(set(values)) == 1:
                    return values[0]
                return np.array(values)[:, None]

            optimizer = make_optimizer(
                name,
                beta=column("beta"),
                beta1=column("beta1"),
                beta2=column("beta2"),
                epsilon=column("epsilon"),
                bias_correction=bias_correction,
            )
            groups.append(_Group(index=_rows(indices), optimizer=optimizer))
        return groups

    def _check_start(self, start) -> np.ndarray:
        points = np.asarray(start, dtype=float)
        if points.shape == (2,):
            points = np.tile(points, (self.n_paths, 1))
        if points.shape != (self.n_paths, 2) or not np.all(np.isfinite(points)):
            raise ValueError(
                f"start = {start!r} is invalid: give one finite point (x, y) for all paths, "
                f"or an array of shape ({self.n_paths}, 2)."
            )
        return points.copy()

    # ------------------------------------------------------------------
    # State

    def reset(self, start=None) -> None:
        """Put every path back at ``start`` (or the previous start) with fresh optimizer state and noise."""
        if start is not None:
            self._start = self._check_start(start)

        self.step_count = 0
        self._rng = np.random.default_rng(self.seed)
        self._positions = self._start.copy()
        self.diverged = np.zeros(self.n_paths, dtype=bool)
        self.diverged_at = np.full(self.n_paths, -1, dtype=np.int64)

        self._history = np.empty((self.n_paths, _INITIAL_CAPACITY, 2))
        self._costs = np.empty((self.n_paths, _INITIAL_CAPACITY))
        self._gradient_history = np.empty((self.n_paths, _INITIAL_CAPACITY, 2))

        with np.errstate(all="ignore"):
            cost, gradients = self._evaluate(self._positions)
        invalid = ~self._is_valid(self._positions, cost, gradients)
        self.diverged[invalid] = True
        self.diverged_at[invalid] = 0
        for i in np.flatnonzero(invalid):
            logger.warning(
                "path %d (%s) starts at %s, where the cost or gradient is not finite or which lies "
                "outside the divergence radius; it will not move",
                i, self.labels[i], self._start[i],
            )

        self._gradients = gradients
        self._record(cost)

        for group in self._groups:
            group.state = group.optimizer.init(self._positions[group.index])

        self._rate_first_epoch = 0
        self._rate_table = self._tabulate_learning_rates(0)

    @property
    def positions(self) -> np.ndarray:
        """The current points, shape (n_paths, 2)."""
        return self._positions

    @property
    def gradients(self) -> np.ndarray:
        """The exact (noise-free) gradients at the current points, shape (n_paths, 2)."""
        return self._gradients

    @property
    def history(self) -> np.ndarray:
        """Every point so far, shape (n_paths, step_count + 1, 2); a view."""
        return self._history[:, : self.step_count + 1]

    @property
    def costs(self) -> np.ndarray:
        """The cost at every point so far, shape (n_paths, step_count + 1); a view."""
        return self._costs[:, : self.step_count + 1]

    @property
    def gradient_history(self) -> np.ndarray:
        """The exact gradient at every point so far, shape (n_paths, step_count + 1, 2); a view."""
        return self._gradient_history[:, : self.step_count + 1]

    @property
    def velocities(self) -> np.ndarray:
        """The velocity V (first-moment EWA) of momentum and Adam paths, zeros for the others; shape (n_paths, 2)."""
        velocities = np.zeros((self.n_paths, 2))
        for group in self._groups:
            velocity = getattr(group.state, "velocity", None)
            if velocity is not None:
                velocities[group.index] = velocity
        return velocities

    @property
    def learning_rates(self) -> np.ndarray:
        """The learning rate each path uses for its next step, shape (n_paths,)."""
        return self._learning_rates(self.step_count // self.steps_per_epoch)[:, 0].copy()

    # ------------------------------------------------------------------
    # Stepping

    def step(self, n_steps: int = 1) -> None:
        """Advance every path that has not diverged by ``n_steps`` steps."""
        if not (isinstance(n_steps, (int, np.integer)) and n_steps >= 0):
            raise ValueError(f"n_steps = {n_steps!r} is invalid: use a whole number of 0 or more.")

        with np.errstate(all="ignore"):
            for _ in range(n_steps):
                self._advance()

    def _advance(self) -> None:
        rates = self._learning_rates(self.step_count // self.steps_per_epoch)
        gradients = self._gradients
        if self.noise > 0.0:
            gradients = gradients + self.noise * self._rng.standard_normal((self.n_paths, 2))

        candidates = np.empty_like(self._positions)
        for group in self._groups:
            rows = group.index
            delta, group.state = group.optimizer.update(gradients[rows], group.state, rates[rows])
            candidates[rows] = self._positions[rows] + delta

        cost, new_gradients = self._evaluate(candidates)
        newly_diverged = ~self.diverged & ~self._is_valid(candidates, cost, new_gradients)
        if newly_diverged.any():
            self._mark_diverged(newly_diverged)

        live = ~self.diverged
        if live.all():
            self._positions = candidates
            self._gradients = new_gradients
        else:
            previous_cost = self._costs[:, self.step_count]
            self._positions = np.where(live[:, None], candidates, self._positions)
            self._gradients = np.where(live[:, None], new_gradients, self._gradients)
            cost = np.where(live, cost, previous_cost)

        self.step_count += 1
        self._record(cost)

    def _evaluate(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        x = points[:, 0]
        y = points[:, 1]
        cost = self.surface.value(x, y)
        gradients = np.empty_like(points)
        gradients[:, 0], gradients[:, 1] = self.surface.gradient(x, y)
        return cost, gradients

    def _is_valid(self, points: np.ndarray, cost: np.ndarray, gradients: np.ndarray) -> np.ndarray:
        offset = points - self._centre
        squared_distance = offset[:, 0] ** 2 + offset[:, 1] ** 2
        # A sum is finite only when every term is, so one isfinite call covers
        # the cost and both gradient components. A nan distance fails the <= test.
        finite = np.isfinite(cost + gradients[:, 0] + gradients[:, 1])
        return finite & (squared_distance <= self._divergence_radius**2)

    def _mark_diverged(self, newly_diverged: np.ndarray) -> None:
        step = self.step_count + 1
        self.diverged[newly_diverged] = True
        self.diverged_at[newly_diverged] = step
        for i in np.flatnonzero(newly_diverged):
            logger.info("path %d (%s) diverged at step %d", i, self.labels[i], step)

    def _record(self, cost: np.ndarray) -> None:
        """Store the current points, costs and gradients at index ``step_count``, growing the buffers when full."""
        if self.step_count >= self._history.shape[1]:
            self._history = self._grown(self._history)
            self._costs = self._grown(self._costs)
            self._gradient_history = self._grown(self._gradient_history)

        self._history[:, self.step_count] = self._positions
        self._costs[:, self.step_count] = cost
        self._gradient_history[:, self.step_count] = self._gradients

    def _grown(self, buffer: np.ndarray) -> np.ndarray:
        grown = np.empty((buffer.shape[0], 2 * buffer.shape[1]) + buffer.shape[2:])
        grown[:, : buffer.shape[1]] = buffer
        return grown

    def _learning_rates(self, epoch: int) -> np.ndarray:
        """Return the learning rates for ``epoch`` as a column, shape (n_paths, 1)."""
        offset = epoch - self._rate_first_epoch
        if not 0 <= offset < _RATE_TABLE_EPOCHS:
            self._rate_first_epoch = epoch
            self._rate_table = self._tabulate_learning_rates(epoch)
            offset = 0
        return self._rate_table[:, offset : offset + 1]

    def _tabulate_learning_rates(self, first_epoch: int) -> np.ndarray:
        epochs = np.arange(first_epoch, first_epoch + _RATE_TABLE_EPOCHS)
        return np.stack([spec.schedule.learning_rate(spec.learning_rate, epochs) for spec in self.specs])

    # ------------------------------------------------------------------
    # Results

    def summary(self, tolerance: float = 1e-3, saddle_radius: float = 0.1) -> list[dict]:
        """Summarize each path as a dict with these keys.

        * ``label`` and ``optimizer``.
        * ``steps_to_minimum``: the first step whose distance to the nearest
          marked minimum is ≤ ``tolerance``, or None.
        * ``steps_to_leave_saddle``: the steps from the first point within
          ``saddle_radius`` of a marked saddle to the first later point outside
          it. None when the path never came inside or never left.
        * ``final_cost``, ``diverged`` and ``diverged_at`` (None when not diverged).

        Distances are Euclidean in (x, y).
        """
        minimum_distance = nearest_minimum_distance(self)
        saddle_distance = _nearest_distance(self.history, self.surface.saddles)
        final_cost = self._costs[:, self.step_count]

        rows = []
        for i in range(self.n_paths):
            rows.append({
                "label": self.labels[i],
                "optimizer": self.specs[i].optimizer,
                "steps_to_minimum": _first_index(minimum_distance[i] <= tolerance),
                "steps_to_leave_saddle": _steps_to_leave(saddle_distance[i] <= saddle_radius),
                "final_cost": float(final_cost[i]),
                "diverged": bool(self.diverged[i]),
                "diverged_at": int(self.diverged_at[i]) if self.diverged[i] else None,
            })
        return rows


def _nearest_distance(history: np.ndarray, points) -> np.ndarray:
    """Return the distance from every history point to the nearest of ``points``; nan when there are none."""
    if not points:
        return np.full(history.shape[:2], np.nan)

    targets = np.array([(point.x, point.y) for point in points])
    distance = np.full(history.shape[:2], np.inf)
    for target_x, target_y in targets:
        distance = np.minimum(distance, np.hypot(history[..., 0] - target_x, history[..., 1] - target_y))
    return distance


def _first_index(mask: np.ndarray) -> int | None:
    if not mask.any():
        return None
    return int(np.argmax(mask))


def _steps_to_leave(inside: np.ndarray) -> int | None:
    entered = _first_index(inside)
    if entered is None:
        return None
    left = _first_index(~inside[entered:])
    return left


def nearest_minimum_distance(race: PathRace) -> np.ndarray:
    """Return the distance of every point to the nearest marked minimum, shape (n_paths, step_count + 1).

    The result is all nan when the surface marks no minimum.
    """
    return _nearest_distance(race.history, race.surface.minima)


def write_paths_csv(race: PathRace, path) -> None:
    """Write every path's points to a CSV file with the columns in :data:`PATHS_CSV_COLUMNS`.

    One row per path and step, from step 0 (the start) to the current step.
    A diverged path's rows end at its last valid point, step ``diverged_at`` − 1.
    ``gradient_x`` and ``gradient_y`` are the exact gradient, without noise.
    """
    history = race.history
    costs = race.costs
    gradients = race.gradient_history

    with Path(path).open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(PATHS_CSV_COLUMNS)
        for i in range(race.n_paths):
            last_step = race.step_count
            if race.diverged[i]:
                last_step = max(int(race.diverged_at[i]) - 1, 0)

            optimizer = race.specs[i].optimizer
            label = race.labels[i]
            for step in range(last_step + 1):
                x, y = history[i, step]
                gradient_x, gradient_y = gradients[i, step]
                writer.writerow([
                    optimizer, label, step,
                    repr(float(x)), repr(float(y)), repr(float(costs[i, step])),
                    repr(float(gradient_x)), repr(float(gradient_y)),
                ])
