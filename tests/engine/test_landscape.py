"""PathRace: convergence, saddle escapes, noise, divergence, the scalar reference and CSV output."""

import csv
import math

import numpy as np
import pytest

from workbench.engine import optimizers
from workbench.engine.expression import parse_surface
from workbench.engine.landscape import (
    PATHS_CSV_COLUMNS,
    PathRace,
    PathSpec,
    course_presets,
    nearest_minimum_distance,
    write_paths_csv,
)
from workbench.engine.optimizers import HyperparameterError
from workbench.engine.schedules import Schedule
from workbench.engine.surfaces import make_surface


def scalar_reference(surface, specs, start, n_steps, noise=0.0, seed=0, steps_per_epoch=1):
    """Run every path with a plain Python loop and scalar math, in the course's formulas.

    Returns the points, shape (n_paths, n_steps + 1, 2). Noise is drawn from the
    same generator in the same order as PathRace draws it: one (n_paths, 2)
    block per step.
    """
    rng = np.random.default_rng(seed)
    points = [[tuple(start)] for _ in specs]
    state = [{"v": [0.0, 0.0], "s": [0.0, 0.0]} for _ in specs]

    for step in range(n_steps):
        noise_block = rng.standard_normal((len(specs), 2)) if noise > 0 else np.zeros((len(specs), 2))
        for i, spec in enumerate(specs):
            x, y = points[i][-1]
            f_x, f_y = surface.gradient(x, y)
            gradient = [float(f_x) + noise * noise_block[i, 0], float(f_y) + noise * noise_block[i, 1]]
            rate = float(spec.schedule.learning_rate(spec.learning_rate, step // steps_per_epoch))
            t = step + 1
            new = []
            for axis in range(2):
                g = gradient[axis]
                v = state[i]["v"]
                s = state[i]["s"]
                if spec.optimizer == "gd":
                    change = -rate * g
                elif spec.optimizer == "momentum":
                    v[axis] = spec.beta * v[axis] + (1 - spec.beta) * g
                    change = -rate * v[axis]
                elif spec.optimizer == "rmsprop":
                    s[axis] = spec.beta2 * s[axis] + (1 - spec.beta2) * g * g
                    change = -rate * g / (math.sqrt(s[axis]) + spec.epsilon)
                else:
                    v[axis] = spec.beta1 * v[axis] + (1 - spec.beta1) * g
                    s[axis] = spec.beta2 * s[axis] + (1 - spec.beta2) * g * g
                    v_hat, s_hat = v[axis], s[axis]
                    if spec.bias_correction:
                        v_hat = v[axis] / (1 - spec.beta1**t)
                        s_hat = s[axis] / (1 - spec.beta2**t)
                    change = -rate * v_hat / (math.sqrt(s_hat) + spec.epsilon)
                new.append(points[i][-1][axis] + change)
            points[i].append(tuple(new))
    return np.array(points)


MIXED_SPECS = [
    PathSpec("gd", 0.0015),
    PathSpec("momentum", 0.004, beta=0.9),
    PathSpec("momentum", 0.002, beta=0.5, schedule=Schedule("inverse_time", decay_rate=0.5)),
    PathSpec("rmsprop", 0.003, beta2=0.99, epsilon=1e-6),
    PathSpec("adam", 0.02),
    PathSpec("adam", 0.01, beta1=0.8, beta2=0.99, schedule=Schedule("exponential", base=0.9)),
    PathSpec("adam", 0.01, bias_correction=False),
]


@pytest.mark.parametrize("optimizer", ["gd", "momentum", "rmsprop", "adam"])
def test_matches_scalar_reference(optimizer):
    surface = make_surface("rosenbrock")
    specs = [spec for spec in MIXED_SPECS if spec.optimizer == optimizer]
    race = PathRace(surface, specs, (-1.2, 1.0), steps_per_epoch=7)
    race.step(300)

    expected = scalar_reference(surface, specs, (-1.2, 1.0), 300, steps_per_epoch=7)

    assert race.history.shape == expected.shape
    assert np.max(np.abs(race.history - expected)) < 1e-12


def test_matches_scalar_reference_with_noise_and_all_kinds():
    surface = make_surface("himmelblau")
    race = PathRace(surface, MIXED_SPECS, (0.5, 0.5), noise=0.3, seed=4, steps_per_epoch=3)
    race.step(200)

    expected = scalar_reference(surface, MIXED_SPECS, (0.5, 0.5), 200, noise=0.3, seed=4, steps_per_epoch=3)

    assert not race.diverged.any()
    assert np.max(np.abs(race.history - expected)) < 1e-12


def test_one_update_call_per_kind_per_step(monkeypatch):
    calls = []
    for cls in (optimizers.GradientDescent, optimizers.Momentum, optimizers.RMSprop, optimizers.Adam):
        original = cls.update

        def counting(self, grads, state, learning_rate, _original=original):
            calls.append(grads.shape)
            return _original(self, grads, state, learning_rate)

        monkeypatch.setattr(cls, "update", counting)

    specs = course_presets() + [PathSpec("adam", 0.05), PathSpec("momentum", 0.02, beta=0.8)]
    race = PathRace(make_surface("bowl"), specs, (-2.0, 1.0))
    race.step(10)

    assert len(calls) == 4 * 10
    assert sorted(set(calls)) == [(1, 2), (2, 2)]


# Per optimizer: settings that reach the minimum within the step budget.
BOWL_SETTINGS = {
    "gd": PathSpec("gd", 0.4),
    "momentum": PathSpec("momentum", 0.1),
    "rmsprop": PathSpec("rmsprop", 0.01),
    "adam": PathSpec("adam", 0.05),
}
ROSENBROCK_SETTINGS = {
    "gd": PathSpec("gd", 0.0019),
    "momentum": PathSpec("momentum", 0.01),
    "rmsprop": PathSpec("rmsprop", 0.01, schedule=Schedule("inverse_time", decay_rate=0.002)),
    "adam": PathSpec("adam", 0.02),
}


@pytest.fixture(scope="module")
def bowl_race():
    surface = make_surface("bowl")
    race = PathRace(surface, list(BOWL_SETTINGS.values()), surface.default_start)
    race.step(2000)
    return race


@pytest.fixture(scope="module")
def rosenbrock_race():
    surface = make_surface("rosenbrock")
    race = PathRace(surface, list(ROSENBROCK_SETTINGS.values()), surface.default_start)
    race.step(10_000)
    return race


@pytest.mark.parametrize("index, optimizer", list(enumerate(BOWL_SETTINGS)))
def test_converges_on_bowl(bowl_race, index, optimizer):
    distance = nearest_minimum_distance(bowl_race)[index]
    assert not bowl_race.diverged[index]
    assert distance[-1] < 1e-4
    assert bowl_race.summary()[index]["steps_to_minimum"] is not None


@pytest.mark.parametrize("index, optimizer", list(enumerate(ROSENBROCK_SETTINGS)))
def test_converges_on_rosenbrock(rosenbrock_race, index, optimizer):
    distance = nearest_minimum_distance(rosenbrock_race)[index]
    assert not rosenbrock_race.diverged[index]
    assert distance[-1] < 1e-3
    assert rosenbrock_race.costs[index, -1] < 1e-6


def test_gd_zigzags_on_bowl():
    surface = make_surface("bowl", condition_number=20)
    race = PathRace(surface, [PathSpec("gd", 0.4)], (-2.5, 1.5))
    race.step(6)

    # 1 − α·f_yy = 1 − 0.4·4 = −0.6, so y flips sign every step while x creeps.
    y = race.history[0, :, 1]
    assert np.all(np.sign(y[1:]) == -np.sign(y[:-1]))
    assert np.allclose(y[1:] / y[:-1], -0.6)
    assert np.all(np.diff(race.history[0, :, 0]) > 0)


def test_saddle_stable_axis_without_noise():
    surface = make_surface("saddle")
    race = PathRace(surface, course_presets(), (1.5, 0.0))
    race.step(2000)

    assert np.all(race.history[:, :, 1] == 0.0)
    assert not race.diverged.any()
    # GD, momentum and Adam end at the saddle.
    for i in (0, 1, 3):
        assert abs(race.positions[i, 0]) < 1e-3


def test_saddle_noise_escapes():
    surface = make_surface("saddle")
    race = PathRace(surface, course_presets(), (1.5, 0.0), noise=0.05, seed=1)
    race.step(2000)

    leaves = [row["steps_to_leave_saddle"] for row in race.summary(saddle_radius=0.1)]
    for i in range(race.n_paths):
        left_far = race.diverged[i] or abs(race.positions[i, 1]) > 1.0
        assert left_far, race.labels[i]
    assert leaves[0] is not None
    assert leaves[1] is not None


def test_noise_zero_is_deterministic():
    surface = make_surface("himmelblau")
    first = PathRace(surface, course_presets(), (0.0, 0.0), seed=1)
    second = PathRace(surface, course_presets(), (0.0, 0.0), seed=2)
    first.step(100)
    second.step(100)
    assert np.array_equal(first.history, second.history)


def test_same_seed_repeats_noise():
    surface = make_surface("himmelblau")
    first = PathRace(surface, course_presets(), (0.0, 0.0), noise=0.5, seed=7)
    second = PathRace(surface, course_presets(), (0.0, 0.0), noise=0.5, seed=7)
    other = PathRace(surface, course_presets(), (0.0, 0.0), noise=0.5, seed=8)
    for race in (first, second, other):
        race.step(100)

    assert np.array_equal(first.history, second.history)
    assert not np.array_equal(first.history, other.history)


def test_reset_repeats_run():
    surface = make_surface("himmelblau")
    race = PathRace(surface, course_presets(), (0.0, 0.0), noise=0.5, seed=7)
    race.step(50)
    before = race.history.copy()

    race.reset()
    assert race.step_count == 0
    race.step(50)
    assert np.array_equal(race.history, before)

    race.reset(start=(1.0, 1.0))
    assert race.history.shape == (4, 1, 2)
    assert race.positions.tolist() == [[1.0, 1.0]] * 4


def test_divergence_stops_only_that_path():
    surface = make_surface("bowl")
    specs = [PathSpec("gd", 1.5, label="too fast"), PathSpec("adam", 0.05), PathSpec("momentum", 0.1)]
    race = PathRace(surface, specs, (-2.0, 1.0))
    race.step(300)

    assert race.diverged.tolist() == [True, False, False]
    step = int(race.diverged_at[0])
    assert 0 < step < 300
    assert race.step_count == 300

    # After diverging, the path repeats its last valid point.
    frozen = race.history[0, step - 1]
    assert np.all(race.history[0, step:] == frozen)
    assert math.hypot(*frozen) <= 10 * surface.half_diagonal
    assert race.positions[1].tolist() != race.history[1, step].tolist()
    assert nearest_minimum_distance(race)[1, -1] < 1e-2

    summary = race.summary()
    assert summary[0]["diverged"] is True
    assert summary[0]["diverged_at"] == step
    assert summary[1]["diverged_at"] is None


def test_non_finite_value_diverges():
    surface = parse_surface("log(x) + y**2", domain=(0.01, 3, -1, 1))
    race = PathRace(surface, [PathSpec("gd", 1.0), PathSpec("gd", 1e-4)], (0.5, 0.5))
    race.step(5)

    assert race.diverged.tolist() == [True, False]
    assert race.diverged_at[0] == 1
    assert np.all(np.isfinite(race.history))
    assert np.all(np.isfinite(race.costs))


def test_invalid_start_point_diverges_at_zero():
    surface = parse_surface("sqrt(x)", domain=(-1, 1, -1, 1))
    race = PathRace(surface, [PathSpec("gd", 0.01)], (-0.5, 0.0))
    assert race.diverged_at[0] == 0
    race.step(3)
    assert race.history[0].tolist() == [[-0.5, 0.0]] * 4


def test_history_grows_past_initial_capacity():
    surface = make_surface("himmelblau")
    stepped = PathRace(surface, course_presets(), (0.0, 0.0))
    stepped.step(1000)
    single = PathRace(surface, course_presets(), (0.0, 0.0))
    for _ in range(1000):
        single.step()

    assert stepped.history.shape == (4, 1001, 2)
    assert stepped.costs.shape == (4, 1001)
    assert np.array_equal(stepped.history, single.history)
    assert np.array_equal(stepped.history[:, -1], stepped.positions)
    assert np.allclose(stepped.costs, surface.value(stepped.history[..., 0], stepped.history[..., 1]))


def test_schedule_decays_once_per_epoch():
    surface = make_surface("bowl")
    spec = PathSpec("gd", 0.1, schedule=Schedule("inverse_time", decay_rate=1.0))
    race = PathRace(surface, [spec], (-2.0, 1.0), steps_per_epoch=10)

    assert race.learning_rates.tolist() == [0.1]
    race.step(9)
    assert race.learning_rates.tolist() == [0.1]
    race.step(1)
    assert race.learning_rates.tolist() == [0.05]

    # GD moves by −α·g, so the step over the gradient recovers α per step.
    race.step(20)
    x = race.history[0, :, 0]
    f_x = race.gradient_history[0, :, 0]
    rates = -(x[1:] - x[:-1]) / f_x[:-1]
    assert np.allclose(rates[:10], 0.1)
    assert np.allclose(rates[10:20], 0.05)
    assert np.allclose(rates[20:30], 0.1 / 3)


def test_learning_rate_table_refills():
    surface = make_surface("bowl")
    spec = PathSpec("gd", 0.01, schedule=Schedule("exponential", base=0.999))
    race = PathRace(surface, [spec], (-2.0, 1.0))
    race.step(1500)
    assert race.learning_rates[0] == pytest.approx(0.01 * 0.999**1500, rel=1e-12)


def test_velocities_by_kind():
    surface = make_surface("himmelblau")
    race = PathRace(surface, course_presets(), (0.0, 0.0))
    race.step(5)
    velocities = race.velocities

    assert velocities.shape == (4, 2)
    assert np.all(velocities[0] == 0.0)
    assert np.all(velocities[2] == 0.0)
    assert np.all(velocities[1] != 0.0)
    assert np.all(velocities[3] != 0.0)


def test_gradients_are_exact_despite_noise():
    surface = make_surface("himmelblau")
    race = PathRace(surface, course_presets(), (0.0, 0.0), noise=1.0, seed=3)
    race.step(3)
    f_x, f_y = surface.gradient(race.positions[:, 0], race.positions[:, 1])
    assert np.array_equal(race.gradients, np.stack([f_x, f_y], axis=1))


def test_summary_steps_to_leave_saddle():
    surface = make_surface("saddle")
    race = PathRace(surface, [PathSpec("gd", 0.1), PathSpec("gd", 0.1)], [[0.5, 0.001], [0.05, 0.01]])
    race.step(100)
    rows = race.summary(saddle_radius=0.1)

    distance = np.hypot(race.history[..., 0], race.history[..., 1])
    entered = int(np.argmax(distance[0] <= 0.1))
    left = int(np.argmax(distance[0, entered:] > 0.1))
    assert entered > 0
    assert rows[0]["steps_to_leave_saddle"] == left
    # The second path starts inside, so the count runs from step 0.
    assert rows[1]["steps_to_leave_saddle"] == int(np.argmax(distance[1] > 0.1))
    assert rows[0]["steps_to_minimum"] is None


def test_summary_never_inside_is_none():
    surface = make_surface("saddle")
    race = PathRace(surface, [PathSpec("gd", 0.1)], (1.5, 1.0))
    race.step(20)
    assert race.summary(saddle_radius=0.1)[0]["steps_to_leave_saddle"] is None


def test_summary_steps_to_minimum(bowl_race):
    distance = nearest_minimum_distance(bowl_race)
    rows = bowl_race.summary(tolerance=1e-3)
    for i, row in enumerate(rows):
        assert row["steps_to_minimum"] == int(np.argmax(distance[i] <= 1e-3))
        assert row["final_cost"] == bowl_race.costs[i, -1]
        assert row["label"] == ["GD", "Momentum", "RMSprop", "Adam"][i]


def test_nearest_minimum_distance_on_himmelblau():
    surface = make_surface("himmelblau")
    race = PathRace(surface, [PathSpec("gd", 0.01)], (3.1, 2.1))
    distance = nearest_minimum_distance(race)
    assert distance.shape == (1, 1)
    assert distance[0, 0] == pytest.approx(math.hypot(0.1, 0.1))

    no_minimum = PathRace(make_surface("saddle"), [PathSpec("gd", 0.01)], (1.0, 0.0))
    assert np.isnan(nearest_minimum_distance(no_minimum)).all()


def test_write_paths_csv(tmp_path):
    surface = make_surface("bowl")
    specs = [PathSpec("gd", 1.5, label="too fast"), PathSpec("adam", 0.05)]
    race = PathRace(surface, specs, (-2.0, 1.0))
    race.step(40)
    target = tmp_path / "paths.csv"
    write_paths_csv(race, target)

    with target.open(newline="") as file:
        rows = list(csv.reader(file))
    header, body = rows[0], rows[1:]
    assert tuple(header) == PATHS_CSV_COLUMNS
    assert header == ["optimizer", "label", "step", "x", "y", "cost", "gradient_x", "gradient_y"]

    diverged_rows = [row for row in body if row[1] == "too fast"]
    adam_rows = [row for row in body if row[1] == "Adam"]
    assert len(diverged_rows) == race.diverged_at[0]
    assert len(adam_rows) == 41
    assert adam_rows[0][:3] == ["adam", "Adam", "0"]

    last = adam_rows[-1]
    assert float(last[3]) == race.history[1, 40, 0]
    assert float(last[4]) == race.history[1, 40, 1]
    assert float(last[5]) == race.costs[1, 40]
    assert float(last[6]) == race.gradient_history[1, 40, 0]


def test_course_presets():
    presets = course_presets()
    assert [spec.optimizer for spec in presets] == ["gd", "momentum", "rmsprop", "adam"]
    assert [spec.label for spec in presets] == ["GD", "Momentum", "RMSprop", "Adam"]
    assert all(spec.learning_rate == 0.01 for spec in presets)
    assert presets[1].beta == 0.9
    assert presets[3].beta1 == 0.9
    assert presets[3].beta2 == 0.999
    assert presets[3].epsilon == 1e-8


def test_start_per_path():
    surface = make_surface("bowl")
    race = PathRace(surface, course_presets()[:2], np.array([[1.0, 1.0], [-1.0, 0.5]]))
    assert race.positions.tolist() == [[1.0, 1.0], [-1.0, 0.5]]


@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        ({"specs": [PathSpec("sgd")]}, HyperparameterError, "'sgd'"),
        ({"specs": [PathSpec("gd", learning_rate=-1.0)]}, HyperparameterError, "learning_rate"),
        ({"specs": [PathSpec("momentum", beta=1.0)]}, HyperparameterError, "beta"),
        ({"specs": []}, ValueError, "specs"),
        ({"start": (1.0, float("nan"))}, ValueError, "start"),
        ({"start": (1.0, 2.0, 3.0)}, ValueError, "start"),
        ({"noise": -0.1}, ValueError, "noise"),
        ({"steps_per_epoch": 0}, ValueError, "steps_per_epoch"),
        ({"divergence_factor": 0.0}, ValueError, "divergence_factor"),
    ],
)
def test_invalid_settings_rejected(kwargs, error, match):
    arguments = {"surface": make_surface("bowl"), "specs": course_presets(), "start": (1.0, 1.0)}
    arguments.update(kwargs)
    with pytest.raises(error, match=match):
        PathRace(**arguments)


# Kinds interleaved, so the race's internal grouped order differs from the public order.
INTERLEAVED_SPECS = [
    PathSpec("adam", 0.02),
    PathSpec("gd", 0.0015),
    PathSpec("momentum", 0.002, beta=0.5, schedule=Schedule("inverse_time", decay_rate=0.5)),
    PathSpec("adam", 0.01, bias_correction=False),
    PathSpec("rmsprop", 0.003, beta2=0.99, epsilon=1e-6),
    PathSpec("momentum", 0.004, beta=0.9),
    PathSpec("adam", 0.01, beta1=0.8, beta2=0.99, schedule=Schedule("exponential", base=0.9)),
    PathSpec("gd", 0.001),
]


def test_interleaved_kinds_match_scalar_reference():
    surface = make_surface("himmelblau")
    race = PathRace(surface, INTERLEAVED_SPECS, (0.5, 0.5), noise=0.3, seed=5, steps_per_epoch=4)
    race.step(200)

    expected = scalar_reference(surface, INTERLEAVED_SPECS, (0.5, 0.5), 200, noise=0.3, seed=5, steps_per_epoch=4)

    assert not race.diverged.any()
    assert np.max(np.abs(race.history - expected)) < 1e-12
    assert np.array_equal(race.positions, race.history[:, -1])


def test_interleaved_records_match_surface():
    surface = make_surface("rosenbrock")
    race = PathRace(surface, INTERLEAVED_SPECS, (-1.2, 1.0), noise=0.1, seed=2)
    race.step(50)

    history = race.history
    f_x, f_y = surface.gradient(history[..., 0], history[..., 1])
    assert np.array_equal(race.costs, surface.value(history[..., 0], history[..., 1]))
    assert np.array_equal(race.gradient_history[..., 0], f_x)
    assert np.array_equal(race.gradient_history[..., 1], f_y)
    assert np.array_equal(race.gradients, race.gradient_history[:, -1])


def test_interleaved_learning_rates_and_velocities():
    surface = make_surface("bowl")
    race = PathRace(surface, INTERLEAVED_SPECS, (-2.0, 1.0), steps_per_epoch=2)
    race.step(6)

    expected = [spec.schedule.learning_rate(spec.learning_rate, 3) for spec in INTERLEAVED_SPECS]
    assert race.learning_rates.tolist() == expected

    velocities = race.velocities
    for i, spec in enumerate(INTERLEAVED_SPECS):
        has_velocity = spec.optimizer in ("momentum", "adam")
        assert np.all(velocities[i] != 0.0) == has_velocity, race.labels[i]


def test_interleaved_divergence_names_right_path():
    surface = make_surface("bowl")
    specs = [
        PathSpec("adam", 0.05),
        PathSpec("gd", 0.1),
        PathSpec("momentum", 0.1),
        PathSpec("gd", 1.5, label="too fast"),
        PathSpec("adam", 0.05, beta1=0.8),
    ]
    race = PathRace(surface, specs, (-2.0, 1.0))
    race.step(300)

    assert race.diverged.tolist() == [False, False, False, True, False]
    step = int(race.diverged_at[3])
    assert np.all(race.history[3, step:] == race.history[3, step - 1])
    assert race.summary()[3]["label"] == "too fast"
    assert race.summary()[3]["diverged_at"] == step


def test_divergence_radius_boundary_step():
    # The same run with a radius too large to matter shows where the path
    # first leaves the smaller radius, which must be the step it diverges at.
    surface = make_surface("saddle")
    specs = [PathSpec("gd", 0.05), PathSpec("gd", 0.01)]
    start = [[1.0, 0.01], [0.0, 0.001]]
    free = PathRace(surface, specs, start, divergence_factor=1e6)
    free.step(120)
    bounded = PathRace(surface, specs, start, divergence_factor=1.0)
    bounded.step(120)

    distance = np.hypot(*(free.history - np.array(surface.centre)).transpose(2, 0, 1))
    radius = surface.half_diagonal
    outside = distance > radius
    assert outside[0].any()
    assert not outside[1].any()

    first_outside = int(np.argmax(outside[0]))
    assert bounded.diverged.tolist() == [True, False]
    assert bounded.diverged_at[0] == first_outside
    assert np.array_equal(bounded.history[:, :first_outside], free.history[:, :first_outside])
    assert np.array_equal(bounded.history[1], free.history[1])


def test_steps_per_call_do_not_change_results():
    surface = make_surface("beale")
    many = PathRace(surface, INTERLEAVED_SPECS, (1.0, 1.5), noise=0.2, seed=9, steps_per_epoch=3)
    many.step(300)
    single = PathRace(surface, INTERLEAVED_SPECS, (1.0, 1.5), noise=0.2, seed=9, steps_per_epoch=3)
    for n_steps in (1, 0, 7, 1, 91, 200):
        single.step(n_steps)

    assert single.step_count == 300
    assert np.array_equal(many.history, single.history)
    assert np.array_equal(many.costs, single.costs)
    assert np.array_equal(many.diverged_at, single.diverged_at)


def test_earlier_views_survive_growth():
    surface = make_surface("himmelblau")
    race = PathRace(surface, INTERLEAVED_SPECS, (0.0, 0.0))
    race.step(10)
    history = race.history
    positions = race.positions
    saved_history = history.copy()
    saved_positions = positions.copy()

    race.step(2000)

    assert np.array_equal(history, saved_history)
    assert np.array_equal(positions, saved_positions)
    assert np.array_equal(race.history[:, :11], saved_history)


@pytest.mark.parametrize(
    "surface",
    [make_surface(name) for name in ("saddle", "monkey_saddle", "sin_saddle", "bowl", "rosenbrock",
                                     "beale", "himmelblau", "plateau")]
    + [parse_surface("x**4 - 2*x*y + exp(y)", domain=(-2, 2, -2, 2))],
    ids=lambda surface: surface.name,
)
def test_value_and_gradient_equals_separate_calls(surface):
    x_min, x_max, y_min, y_max = surface.domain
    x, y = np.meshgrid(np.linspace(2 * x_min, 2 * x_max, 9), np.linspace(2 * y_min, 2 * y_max, 7))
    x = np.append(x.ravel(), [np.nan, np.inf, 1e200])
    y = np.append(y.ravel(), [0.0, 1.0, -1e200])

    with np.errstate(all="ignore"):
        value, (f_x, f_y) = surface.value_and_gradient(x, y)
        expected_x, expected_y = surface.gradient(x, y)
        expected_value = surface.value(x, y)

    assert np.array_equal(value, expected_value, equal_nan=True)
    assert np.array_equal(f_x, expected_x, equal_nan=True)
    assert np.array_equal(f_y, expected_y, equal_nan=True)
    assert value.shape == x.shape


def test_invalid_setting_names_its_path():
    specs = [PathSpec("adam", 0.01), PathSpec("adam", 0.01), PathSpec("adam", 0.01, beta2=1.5), PathSpec("adam", 0.01)]
    with pytest.raises(HyperparameterError, match=r"path 2 \(Adam\): beta2 = 1.5"):
        PathRace(make_surface("bowl"), specs, (1.0, 1.0))
