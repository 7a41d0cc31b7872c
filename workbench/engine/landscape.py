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

# Columns of one record, the row that stores a path's state after one step.
_X, _Y, _COST, _GRADIENT_X, _GRADIENT_Y = range(5)
_RECORD_WIDTH = 5


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

    rows: slice  # the group's rows in the race's internal order, where every group is contiguous
    paths: np.ndarray  # public index of the path in each of those rows, shape (n,)
    specs: list[PathSpec]
    optimizer: object
    fixed_rate: float | np.ndarray | None  # α for every epoch, or None when a schedule decays
    rate_table: np.ndarray | None = None  # α per row and epoch, shape (n, _RATE_TABLE_EPOCHS)
    state: object = None


def _fixed_learning_rate(specs: list[PathSpec]) -> float | np.ndarray | None:
    """Return the learning rate of paths whose schedules are all constant, else None.

    One shared rate stays a float, because multiplying by a float is cheaper
    than broadcasting a column. Different rates form a column of shape (n, 1).
    """
    if any(spec.schedule.name != "constant" for spec in specs):
        return None

    rates = [float(spec.learning_rate) for spec in specs]
    if len(set(rates)) == 1:
        return rates[0]
    return np.array(rates)[:, None]


def _needs_check(settings: tuple, checked: set[tuple]) -> bool:
    """Return True the first time ``settings`` appear, and add them to ``checked``.

    Unhashable settings, such as an array hyperparameter, always need a check.
    """
    try:
        if settings in checked:
            return False
        checked.add(settings)
    except TypeError:
        pass
    return True


class _Frame:
    """The points, costs and gradients of every path at one step, in internal row order.

    ``array`` has shape (n_paths, 5) with the columns x, y, cost, f_x, f_y. The
    other attributes are views into it, made once so that steps do not slice.
    """

    def __init__(self, n_paths: int, groups: list[_Group]) -> None:
        self.array = np.empty((n_paths, _RECORD_WIDTH))
        self.positions = self.array[:, _X : _Y + 1]
        self.x = self.array[:, _X]
        self.y = self.array[:, _Y]
        self.cost = self.array[:, _COST]
        self.gradients = self.array[:, _GRADIENT_X : _GRADIENT_Y + 1]
        self.gradient_x = self.array[:, _GRADIENT_X]
        self.gradient_y = self.array[:, _GRADIENT_Y]
        self.cost_and_gradients = self.array[:, _COST:]
        self.group_positions = [self.positions[group.rows] for group in groups]
        self.group_gradients = [self.gradients[group.rows] for group in groups]


class PathRace:
    """Several optimizer paths over one surface, advanced in lockstep.

    ``positions``, ``gradients``, ``history``, ``costs`` and
    ``gradient_history`` are views into one preallocated buffer that grows by
    doubling: do not modify them. A view stays valid after later steps. Step 0
    is the start. After a path diverges at step k (``diverged_at`` = k), its
    entries from step k on repeat its last valid point.

    Internally the paths are reordered so that each optimizer group occupies
    contiguous rows, and the public order is restored when a step is recorded.
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
        self._divergence_radius_squared = self._divergence_radius**2
        # Per record column: what _all_valid subtracts, and the weight of the
        # second factor (1 squares x and y, 0 turns a finite value into 0).
        self._check_centre = np.array([*surface.centre, 0.0, 0.0, 0.0])
        self._check_weights = np.array([1.0, 1.0, 0.0, 0.0, 0.0])

        self._groups = self._build_groups()
        # Row r of the internal arrays is public path _order[r], and public
        # path p is internal row _inverse[p].
        self._order = np.concatenate([group.paths for group in self._groups])
        self._inverse = np.argsort(self._order)
        self._in_public_order = bool(np.array_equal(self._order, np.arange(self.n_paths)))
        self._start = self._check_start(start)
        self.reset()

    def _build_groups(self) -> list[_Group]:
        """Group the paths by optimizer kind and build one optimizer per group.

        Adam paths with and without bias correction form two groups, because
        ``bias_correction`` is one flag per optimizer object. Groups take
        consecutive internal rows in the order of their first path.
        """
        members: dict[tuple[str, bool], list[int]] = {}
        checked: set[tuple] = set()
        for i, spec in enumerate(self.specs):
            label = f"path {i} ({self.labels[i]})"
            if spec.optimizer not in OPTIMIZER_NAMES:
                raise HyperparameterError(
                    f"{label}: optimizer = {spec.optimizer!r} is unknown; choose one of {', '.join(OPTIMIZER_NAMES)}."
                )
            # Checking each path's scalars first makes an error name one path
            # and one value. Settings already checked for an earlier path are
            # skipped, because a check costs tens of µs and races may repeat settings.
            settings = (spec.optimizer, spec.learning_rate, spec.beta, spec.beta1, spec.beta2,
                        spec.epsilon, spec.bias_correction)
            if _needs_check(settings, checked):
                try:
                    check_learning_rate(spec.learning_rate)
                    make_optimizer(spec.optimizer, beta=spec.beta, beta1=spec.beta1, beta2=spec.beta2,
                                   epsilon=spec.epsilon, bias_correction=spec.bias_correction)
                except HyperparameterError as error:
                    raise HyperparameterError(f"{label}: {error}") from error
            key = (spec.optimizer, bool(spec.bias_correction) if spec.optimizer == "adam" else True)
            members.setdefault(key, []).append(i)

        groups = []
        first_row = 0
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
            groups.append(_Group(
                rows=slice(first_row, first_row + len(indices)),
                paths=np.array(indices),
                specs=specs,
                optimizer=optimizer,
                fixed_rate=_fixed_learning_rate(specs),
            ))
            first_row += len(indices)
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
        self.diverged = np.zeros(self.n_paths, dtype=bool)
        self.diverged_at = np.full(self.n_paths, -1, dtype=np.int64)
        # One record per step and path, in public path order: (step, path, column).
        self._records = np.empty((_INITIAL_CAPACITY, self.n_paths, _RECORD_WIDTH))

        # Two frames take turns: a step reads one and writes the other.
        self._frame = _Frame(self.n_paths, self._groups)
        self._spare_frame = _Frame(self.n_paths, self._groups)
        self._check_terms = np.empty((self.n_paths, _RECORD_WIDTH))
        self._check_scaled = np.empty((self.n_paths, _RECORD_WIDTH))
        self._noise_block = np.empty((self.n_paths, 2))
        self._noisy_gradients = np.empty((self.n_paths, 2))
        self._noisy_group_gradients = [self._noisy_gradients[group.rows] for group in self._groups]

        frame = self._frame
        frame.positions[:] = self._start[self._order]
        with np.errstate(all="ignore"):
            self._evaluate(frame)
        self._diverged_rows = ~self._is_valid(frame)
        self._any_diverged = bool(self._diverged_rows.any())
        for i in np.sort(self._order[self._diverged_rows]):
            self.diverged[i] = True
            self.diverged_at[i] = 0
            logger.warning(
                "path %d (%s) starts at %s, where the cost or gradient is not finite or which lies "
                "outside the divergence radius; it will not move",
                i, self.labels[i], self._start[i],
            )
        self._record(frame, 0)

        for group, group_positions in zip(self._groups, frame.group_positions):
            group.state = group.optimizer.init(group_positions)

        self._fill_rate_tables(0)

    @property
    def positions(self) -> np.ndarray:
        """The current points, shape (n_paths, 2); a view."""
        return self._records[self.step_count, :, _X : _Y + 1]

    @property
    def gradients(self) -> np.ndarray:
        """The exact (noise-free) gradients at the current points, shape (n_paths, 2); a view."""
        return self._records[self.step_count, :, _GRADIENT_X : _GRADIENT_Y + 1]

    @property
    def history(self) -> np.ndarray:
        """Every point so far, shape (n_paths, step_count + 1, 2); a view."""
        return self._records[: self.step_count + 1, :, _X : _Y + 1].transpose(1, 0, 2)

    @property
    def costs(self) -> np.ndarray:
        """The cost at every point so far, shape (n_paths, step_count + 1); a view."""
        return self._records[: self.step_count + 1, :, _COST].T

    @property
    def gradient_history(self) -> np.ndarray:
        """The exact gradient at every point so far, shape (n_paths, step_count + 1, 2); a view."""
        return self._records[: self.step_count + 1, :, _GRADIENT_X : _GRADIENT_Y + 1].transpose(1, 0, 2)

    @property
    def velocities(self) -> np.ndarray:
        """The velocity V (first-moment EWA) of momentum and Adam paths, zeros for the others; shape (n_paths, 2)."""
        velocities = np.zeros((self.n_paths, 2))
        for group in self._groups:
            velocity = getattr(group.state, "velocity", None)
            if velocity is not None:
                velocities[group.paths] = velocity
        return velocities

    @property
    def learning_rates(self) -> np.ndarray:
        """The learning rate each path uses for its next step, shape (n_paths,)."""
        offset = self._rate_offset(self.step_count // self.steps_per_epoch)
        rates = np.empty(self.n_paths)
        for group in self._groups:
            rate = group.fixed_rate if group.fixed_rate is not None else group.rate_table[:, offset]
            rates[group.paths] = np.ravel(rate)
        return rates

    # ------------------------------------------------------------------
    # Stepping

    def step(self, n_steps: int = 1) -> None:
        """Advance every path that has not diverged by ``n_steps`` steps.

        One call with many steps costs less per step than many calls with one
        step, because the loop looks up its objects once per call.
        """
        if not (isinstance(n_steps, (int, np.integer)) and n_steps >= 0):
            raise ValueError(f"n_steps = {n_steps!r} is invalid: use a whole number of 0 or more.")
        if n_steps == 0:
            return

        self._reserve(self.step_count + n_steps + 1)
        with np.errstate(all="ignore"):
            self._run(int(n_steps))

    def _run(self, n_steps: int) -> None:
        """Advance ``n_steps`` steps; the record buffer must already have room for them.

        Each step reads frame ``current`` and writes frame ``following``. Every
        group's update writes its new points there, and the surface adds their
        cost and gradient. Invalid new points mark their paths diverged, and
        diverged paths copy their row from ``current``. Then ``following`` is
        recorded as step k + 1, and the two frames swap.
        """
        # NOTE: frames are overwritten every other step, so this relies on the
        # optimizers' update never keeping a reference to its grads argument.
        groups = self._groups
        n_groups = len(groups)
        updates = [group.optimizer.update for group in groups]
        states = [group.state for group in groups]
        fixed_rates = [group.fixed_rate for group in groups]
        add = np.add
        evaluate = self._evaluate
        all_valid = self._all_valid
        records = self._records
        inverse = self._inverse
        in_public_order = self._in_public_order
        noisy = self.noise > 0.0
        steps_per_epoch = self.steps_per_epoch
        current, following = self._frame, self._spare_frame
        step = self.step_count

        try:
            for _ in range(n_steps):
                offset = step // steps_per_epoch - self._rate_first_epoch
                if not 0 <= offset < _RATE_TABLE_EPOCHS:
                    self._fill_rate_tables(step // steps_per_epoch)
                    offset = 0

                group_gradients = self._add_noise(current) if noisy else current.group_gradients
                for j in range(n_groups):
                    rate = fixed_rates[j]
                    if rate is None:
                        rate = groups[j].rate_table[:, offset : offset + 1]
                    delta, states[j] = updates[j](group_gradients[j], states[j], rate)
                    add(current.group_positions[j], delta, out=following.group_positions[j])

                evaluate(following)
                step += 1
                if self._any_diverged or not all_valid(following):
                    self._hold_diverged(current, following, step)

                if in_public_order:
                    records[step] = following.array
                else:
                    # The indices are a permutation, so always in range. The
                    # default mode="raise" would copy through a temporary buffer.
                    np.take(following.array, inverse, axis=0, out=records[step], mode="clip")
                current, following = following, current
        finally:
            self.step_count = step
            self._frame, self._spare_frame = current, following
            for group, state in zip(groups, states):
                group.state = state

    def _add_noise(self, frame: _Frame) -> list[np.ndarray]:
        """Return each group's rows of g + noise · N(0, I₂), with g the exact gradients in ``frame``.

        The normal draws come as one (n_paths, 2) block per step in public path
        order, so a seed gives the same noise whatever the grouping.
        """
        self._rng.standard_normal(out=self._noise_block)
        block = self._noise_block if self._in_public_order else self._noise_block[self._order]
        np.multiply(block, self.noise, out=self._noisy_gradients)
        np.add(frame.gradients, self._noisy_gradients, out=self._noisy_gradients)
        return self._noisy_group_gradients

    def _evaluate(self, frame: _Frame) -> None:
        """Fill in the cost and gradient columns of ``frame`` at its points."""
        cost, (gradient_x, gradient_y) = self.surface.value_and_gradient(frame.x, frame.y)
        frame.cost[:] = cost
        frame.gradient_x[:] = gradient_x
        frame.gradient_y[:] = gradient_y

    def _all_valid(self, frame: _Frame) -> bool:
        """Return True when every path in ``frame`` is valid; False means only that some path needs :meth:`_is_valid`.

        One sum covers all paths: the squared offsets from the centre plus
        0 × each cost and gradient component, which is 0 when the component is
        finite and nan otherwise. A floating-point sum of non-negative terms is
        at least the sum of any two of them, so a total within the radius²
        puts each point within it. A nan total fails the comparison.
        """
        terms = self._check_terms
        np.subtract(frame.array, self._check_centre, out=terms)
        np.multiply(terms, self._check_weights, out=self._check_scaled)
        np.multiply(terms, self._check_scaled, out=terms)
        return bool(np.add.reduce(terms, axis=None) <= self._divergence_radius_squared)

    def _is_valid(self, frame: _Frame) -> np.ndarray:
        """Return, per internal row, whether the point lies in the divergence radius with finite cost and gradient."""
        offset = frame.positions - self._centre
        squared_distance = offset[:, 0] ** 2 + offset[:, 1] ** 2
        # A sum is finite only when every term is, so one isfinite call covers
        # the cost and both gradient components. A nan distance fails the <= test.
        finite = np.isfinite(frame.cost + frame.gradient_x + frame.gradient_y)
        return finite & (squared_distance <= self._divergence_radius_squared)

    def _hold_diverged(self, current: _Frame, following: _Frame, step: int) -> None:
        """Mark paths whose point in ``following`` is invalid as diverged at ``step``, and keep every diverged path at its row in ``current``."""
        newly_diverged = ~self._diverged_rows & ~self._is_valid(following)
        if newly_diverged.any():
            self._diverged_rows |= newly_diverged
            self._any_diverged = True
            for i in np.sort(self._order[newly_diverged]):
                self.diverged[i] = True
                self.diverged_at[i] = step
                logger.info("path %d (%s) diverged at step %d", i, self.labels[i], step)

        if self._any_diverged:
            following.array[self._diverged_rows] = current.array[self._diverged_rows]

    def _record(self, frame: _Frame, step: int) -> None:
        """Store ``frame`` as the record of ``step``, in public path order."""
        self._records[step] = frame.array[self._inverse]

    def _reserve(self, n_records: int) -> None:
        """Grow the record buffer by doubling until it has room for ``n_records`` steps."""
        capacity = self._records.shape[0]
        if n_records <= capacity:
            return

        while capacity < n_records:
            capacity *= 2
        grown = np.empty((capacity,) + self._records.shape[1:])
        grown[: self.step_count + 1] = self._records[: self.step_count + 1]
        self._records = grown

    def _rate_offset(self, epoch: int) -> int:
        """Return the column of ``epoch`` in the rate tables, refilling them when it lies outside."""
        offset = epoch - self._rate_first_epoch
        if not 0 <= offset < _RATE_TABLE_EPOCHS:
            self._fill_rate_tables(epoch)
            offset = 0
        return offset

    def _fill_rate_tables(self, first_epoch: int) -> None:
        """Tabulate α for ``_RATE_TABLE_EPOCHS`` epochs from ``first_epoch`` for every group with a decaying schedule."""
        self._rate_first_epoch = first_epoch
        epochs = np.arange(first_epoch, first_epoch + _RATE_TABLE_EPOCHS)
        for group in self._groups:
            if group.fixed_rate is None:
                group.rate_table = np.stack(
                    [spec.schedule.learning_rate(spec.learning_rate, epochs) for spec in group.specs]
                )

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
        final_cost = self._records[self.step_count, :, _COST]

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
