"""Time PathRace against per-path Python loops on the Rosenbrock surface.

Usage, from the repository root::

    python benchmarks/bench_landscape.py              # best of 5, writes docs/benchmarks.md
    python benchmarks/bench_landscape.py --repeats 3 --no-write

Every method runs the same paths (same optimizers, settings and start) for the
same number of steps, checks each new point for divergence and records every
point, cost and gradient:

- ``PathRace``: workbench.engine.landscape, one ``step(n_steps)`` call; every
  optimizer kind makes one vectorized update call per step for all its paths.
- ``PathRace, 1 step per call``: the same race advanced by ``step(1)`` calls,
  the way a GUI timer advances it a few steps at a time.
- ``engine loop``: the loop that PathRace's vectorization replaces. A Python
  loop over paths runs the engine's own optimizer (``make_optimizer``,
  ``init``, ``update``) on that one path's (2,) array each step, and the
  engine's surface evaluates the cost and gradient.
- ``scalar loop``: a Python loop over paths and steps with plain floats and
  ``math``, with the Rosenbrock gradient and the update rules written out.
  It is the fastest pure-Python reference, and it shares no code with the engine.

Each repeat runs every method once, one after the other, and each method keeps
its best time. The spread is its worst time over its best. Because all
methods share the process and the machine, compare the ratios rather than the
seconds across machines. The script prints Markdown and replaces the
``## Landscape paths`` section of ``docs/benchmarks.md``, leaving the other
sections alone.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY_ROOT))

from benchmarks_page import write_section  # noqa: E402
from workbench.engine.landscape import PathRace, PathSpec  # noqa: E402
from workbench.engine.optimizers import make_optimizer  # noqa: E402
from workbench.engine.surfaces import make_surface  # noqa: E402

SECTION_HEADING = "## Landscape paths"

SURFACE = "rosenbrock"
START = (-1.2, 1.0)
DIVERGENCE_FACTOR = 10.0  # PathRace's default

#: Six paths over four optimizer kinds, with settings that converge on Rosenbrock.
BASE_SPECS = [
    PathSpec("gd", 0.0019),
    PathSpec("momentum", 0.01),
    PathSpec("momentum", 0.005, beta=0.5),
    PathSpec("rmsprop", 0.005),
    PathSpec("adam", 0.02),
    PathSpec("adam", 0.01, beta1=0.8),
]

#: (number of paths, number of steps) per case; the first case is the required one.
CASES = [(6, 10_000), (60, 2_000), (600, 500)]

PATH_RACE = "PathRace"
PATH_RACE_SINGLE_STEPS = "PathRace, 1 step per call"
ENGINE_LOOP = "engine loop"
SCALAR_LOOP = "scalar loop"
METHOD_NAMES = (PATH_RACE, PATH_RACE_SINGLE_STEPS, ENGINE_LOOP, SCALAR_LOOP)


def make_specs(n_paths: int) -> list[PathSpec]:
    """Repeat the six base paths until there are ``n_paths``, in their listed order."""
    return [BASE_SPECS[i % len(BASE_SPECS)] for i in range(n_paths)]


def run_path_race(specs: list[PathSpec], n_steps: int) -> np.ndarray:
    """Advance a PathRace with one ``step(n_steps)`` call; return the final points, shape (n_paths, 2)."""
    race = PathRace(make_surface(SURFACE), specs, START, divergence_factor=DIVERGENCE_FACTOR)
    race.step(n_steps)
    return race.positions.copy()


def run_path_race_single_steps(specs: list[PathSpec], n_steps: int) -> np.ndarray:
    """Advance a PathRace with ``n_steps`` calls of ``step(1)``; return the final points."""
    race = PathRace(make_surface(SURFACE), specs, START, divergence_factor=DIVERGENCE_FACTOR)
    for _ in range(n_steps):
        race.step(1)
    return race.positions.copy()


def run_engine_loop(specs: list[PathSpec], n_steps: int) -> np.ndarray:
    """Advance each path on its own with the engine's optimizer and surface; return the final points.

    Per path and step: one ``update`` on the path's (2,) gradient, one
    ``value_and_gradient`` at the new point, a finite and radius check, and one
    row of a preallocated (n_steps + 1, 5) record of x, y, cost, f_x, f_y.
    """
    surface = make_surface(SURFACE)
    centre_x, centre_y = surface.centre
    radius_squared = (DIVERGENCE_FACTOR * surface.half_diagonal) ** 2
    finals = []

    for spec in specs:
        optimizer = make_optimizer(spec.optimizer, beta=spec.beta, beta1=spec.beta1, beta2=spec.beta2,
                                   epsilon=spec.epsilon, bias_correction=spec.bias_correction)
        point = np.array(START)
        state = optimizer.init(point)
        records = np.empty((n_steps + 1, 5))
        cost, (gradient_x, gradient_y) = surface.value_and_gradient(point[:1], point[1:])
        gradient = np.concatenate((gradient_x, gradient_y))
        records[0] = (point[0], point[1], cost[0], gradient[0], gradient[1])

        for step in range(1, n_steps + 1):
            delta, state = optimizer.update(gradient, state, spec.learning_rate)
            candidate = point + delta
            cost, (gradient_x, gradient_y) = surface.value_and_gradient(candidate[:1], candidate[1:])
            x, y = candidate
            finite = math.isfinite(cost[0] + gradient_x[0] + gradient_y[0])
            if not (finite and (x - centre_x) ** 2 + (y - centre_y) ** 2 <= radius_squared):
                break

            point = candidate
            gradient = np.concatenate((gradient_x, gradient_y))
            records[step] = (x, y, cost[0], gradient[0], gradient[1])
        finals.append(point)
    return np.array(finals)


def run_scalar_loop(specs: list[PathSpec], n_steps: int) -> np.ndarray:
    """Advance each path and step with plain floats and ``math``; return the final points.

    The Rosenbrock gradient and the course's update rules are written out, and
    every point, cost and gradient is appended to a list.
    """
    surface = make_surface(SURFACE)
    centre_x, centre_y = surface.centre
    radius_squared = (DIVERGENCE_FACTOR * surface.half_diagonal) ** 2
    finals = []

    for spec in specs:
        x, y = START
        velocity_x = velocity_y = square_x = square_y = 0.0
        valley = y - x * x
        gradient_x = -2.0 * (1.0 - x) - 400.0 * x * valley
        gradient_y = 200.0 * valley
        history = [(x, y, (1.0 - x) ** 2 + 100.0 * valley**2, gradient_x, gradient_y)]
        rate = spec.learning_rate

        for step in range(1, n_steps + 1):
            if spec.optimizer == "gd":
                new_x = x - rate * gradient_x
                new_y = y - rate * gradient_y
            elif spec.optimizer == "momentum":
                velocity_x = spec.beta * velocity_x + (1 - spec.beta) * gradient_x
                velocity_y = spec.beta * velocity_y + (1 - spec.beta) * gradient_y
                new_x = x - rate * velocity_x
                new_y = y - rate * velocity_y
            elif spec.optimizer == "rmsprop":
                square_x = spec.beta2 * square_x + (1 - spec.beta2) * gradient_x * gradient_x
                square_y = spec.beta2 * square_y + (1 - spec.beta2) * gradient_y * gradient_y
                new_x = x - rate * gradient_x / (math.sqrt(square_x) + spec.epsilon)
                new_y = y - rate * gradient_y / (math.sqrt(square_y) + spec.epsilon)
            else:
                velocity_x = spec.beta1 * velocity_x + (1 - spec.beta1) * gradient_x
                velocity_y = spec.beta1 * velocity_y + (1 - spec.beta1) * gradient_y
                square_x = spec.beta2 * square_x + (1 - spec.beta2) * gradient_x * gradient_x
                square_y = spec.beta2 * square_y + (1 - spec.beta2) * gradient_y * gradient_y
                correction1 = 1 - spec.beta1**step
                correction2 = 1 - spec.beta2**step
                new_x = x - rate * (velocity_x / correction1) / (math.sqrt(square_x / correction2) + spec.epsilon)
                new_y = y - rate * (velocity_y / correction1) / (math.sqrt(square_y / correction2) + spec.epsilon)

            valley = new_y - new_x * new_x
            cost = (1.0 - new_x) ** 2 + 100.0 * valley**2
            new_gradient_x = -2.0 * (1.0 - new_x) - 400.0 * new_x * valley
            new_gradient_y = 200.0 * valley
            finite = math.isfinite(cost + new_gradient_x + new_gradient_y)
            if not (finite and (new_x - centre_x) ** 2 + (new_y - centre_y) ** 2 <= radius_squared):
                break

            x, y, gradient_x, gradient_y = new_x, new_y, new_gradient_x, new_gradient_y
            history.append((x, y, cost, gradient_x, gradient_y))
        finals.append((x, y))
    return np.array(finals)


METHODS = {
    PATH_RACE: run_path_race,
    PATH_RACE_SINGLE_STEPS: run_path_race_single_steps,
    ENGINE_LOOP: run_engine_loop,
    SCALAR_LOOP: run_scalar_loop,
}


def measure(repeats: int) -> list[dict]:
    """Time every method on every case ``repeats`` times, the methods taking turns within each repeat.

    Returns one dict per case with ``paths``, ``steps``, ``seconds`` (method
    name to the list of run times) and ``finals`` (method name to the final
    points of its last run).
    """
    rows = []
    for n_paths, n_steps in CASES:
        specs = make_specs(n_paths)
        seconds: dict[str, list[float]] = {name: [] for name in METHOD_NAMES}
        finals: dict[str, np.ndarray] = {}

        for _ in range(repeats):
            for name in METHOD_NAMES:
                started = time.perf_counter()
                finals[name] = METHODS[name](specs, n_steps)
                seconds[name].append(time.perf_counter() - started)

        rows.append({"paths": n_paths, "steps": n_steps, "seconds": seconds, "finals": finals})
        summary = ", ".join(f"{name} {min(seconds[name]):.3f} s" for name in METHOD_NAMES)
        print(f"{n_paths} paths x {n_steps} steps: {summary}", file=sys.stderr)
    return rows


def machine_description() -> str:
    return (f"{os.cpu_count()} CPU cores ({platform.machine()}), {platform.system()}, "
            f"Python {platform.python_version()}, numpy {np.__version__}")


def load_description() -> str:
    """Describe the 1-minute load average, which shows whether other processes shared the cores."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return "The load average was not available."
    return f"The 1-minute load average was {load:.2f} when the measurement started."


def best(row: dict, name: str) -> float:
    return min(row["seconds"][name])


def format_timing_table(rows: list[dict]) -> str:
    lines = [
        "| paths × steps | method | best (s) | spread (worst / best) | µs per path-step | time ÷ PathRace time |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for row in rows:
        path_steps = row["paths"] * row["steps"]
        race_seconds = best(row, PATH_RACE)
        for name in METHOD_NAMES:
            seconds = row["seconds"][name]
            lines.append(
                f"| {row['paths']} × {row['steps']:,} | {name} | {min(seconds):.4f} "
                f"| {max(seconds) / min(seconds):.2f} | {1e6 * min(seconds) / path_steps:.2f} "
                f"| {min(seconds) / race_seconds:.2f} |"
            )
    return "\n".join(lines)


def format_difference_table(rows: list[dict]) -> str:
    lines = [
        "| paths × steps | max difference of final points, PathRace vs engine loop | PathRace vs scalar loop |",
        "|---|---:|---:|",
    ]
    for row in rows:
        race_points = row["finals"][PATH_RACE]
        engine = float(np.max(np.abs(race_points - row["finals"][ENGINE_LOOP])))
        scalar = float(np.max(np.abs(race_points - row["finals"][SCALAR_LOOP])))
        lines.append(f"| {row['paths']} × {row['steps']:,} | {engine:.1e} | {scalar:.1e} |")
    return "\n".join(lines)


#: Ratios within this factor of 1 count as a tie, because repeated runs on a shared machine vary by about that much.
TIE_TOLERANCE = 1.1


def speed_ratio(row: dict, name: str) -> float:
    """Return method ``name``'s best time over PathRace's best time on one case (> 1: PathRace is faster)."""
    return best(row, name) / best(row, PATH_RACE)


def ratio_words(ratio: float) -> str:
    """Describe a speed ratio (> 1: PathRace is faster) as "2.1× faster", "3.0× slower" or "about as fast"."""
    if 1.0 / TIE_TOLERANCE <= ratio <= TIE_TOLERANCE:
        return f"about as fast (ratio {ratio:.2f})"
    if ratio > 1.0:
        return f"{ratio:.1f}× faster"
    return f"{1.0 / ratio:.1f}× slower"


def compare(row: dict, name: str) -> str:
    """Describe PathRace's speed against method ``name`` on one case, e.g. "4.1× faster than the engine loop"."""
    words = ratio_words(speed_ratio(row, name))
    if words.startswith("about as fast"):
        return words.replace("about as fast", f"about as fast as the {name}", 1)
    return f"{words} than the {name}"


def findings(rows: list[dict]) -> list[str]:
    """Write the plain-language results, one paragraph per string, from the measured rows."""
    required = rows[0]
    paragraphs = [
        f"Required case, {required['paths']} optimizer paths (GD, two momentum, RMSprop, two Adam) × "
        f"{required['steps']:,} steps: PathRace took {best(required, PATH_RACE):.3f} s, "
        f"{compare(required, ENGINE_LOOP)} ({best(required, ENGINE_LOOP):.3f} s) and "
        f"{compare(required, SCALAR_LOOP)} ({best(required, SCALAR_LOOP):.3f} s)."
    ]

    for name, reason in (
        (ENGINE_LOOP, "That loop pays one optimizer update and one surface call per path per step, while "
                      "PathRace pays them once per optimizer kind per step."),
        (SCALAR_LOOP, "A PathRace step costs a roughly fixed number of small numpy calls (one update per "
                      "optimizer kind, the surface, the divergence check and the record), while plain floats "
                      "cost about the same small amount per path-step at every size."),
    ):
        ratios = [speed_ratio(row, name) for row in rows]
        wins = [row["paths"] for row, ratio in zip(rows, ratios) if ratio > TIE_TOLERANCE]
        ties = [row["paths"] for row, ratio in zip(rows, ratios) if 1.0 / TIE_TOLERANCE <= ratio <= TIE_TOLERANCE]
        losses = [row["paths"] for row, ratio in zip(rows, ratios) if ratio < 1.0 / TIE_TOLERANCE]
        details = "; ".join(f"{row['paths']:,} paths: {ratio_words(ratio)}" for row, ratio in zip(rows, ratios))
        outcome = [f"wins at {_counts(wins)} paths" if wins else "",
                   f"ties at {_counts(ties)} paths" if ties else "",
                   f"loses at {_counts(losses)} paths" if losses else ""]
        paragraphs.append(
            f"Against the {name}, PathRace {_join([part for part in outcome if part])} ({details}). {reason}"
        )

    paragraphs.append(
        "PathRace's time per step: "
        + ", ".join(f"{1e6 * best(row, PATH_RACE) / row['steps']:.0f} µs for {row['paths']:,} paths" for row in rows)
        + ". A cProfile run of the 6-path case on the same machine put most of it in the four optimizer "
        "update calls of workbench/engine/optimizers.py, where one Adam update makes about twenty numpy calls."
    )

    paragraphs.append(
        "Advancing the race by one `step(1)` call per step took "
        + ", ".join(f"{speed_ratio(row, PATH_RACE_SINGLE_STEPS):.2f}×" for row in rows)
        + " the time of one `step(n)` call in these cases. Each call checks its argument and looks up its "
        "objects again, which costs little next to a step. Differences within the spread column are noise."
    )
    return paragraphs


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _counts(path_counts: list[int]) -> str:
    """Join path counts as "6, 60 and 600"."""
    return _join([f"{count:,}" for count in path_counts])


def section_body(rows: list[dict], repeats: int) -> str:
    return "\n".join([
        "Script: `python benchmarks/bench_landscape.py`. Machine: " + machine_description() + ". "
        + load_description(),
        "",
        f"The paths start at (−1.2, 1) on the Rosenbrock surface. Six settings repeat up to the number of paths: "
        f"GD with α 0.0019, momentum with α 0.01 and with α 0.005 and β 0.5, RMSprop with α 0.005, and Adam with "
        f"α 0.02 and with α 0.01 and β1 0.8. Every method checks each new point for divergence and records "
        f"every point, cost and gradient. PathRace makes one vectorized update call per optimizer kind per step. "
        f"The engine loop runs the engine's optimizer and surface on one path's (2,) array at a time, which is "
        f"the loop the vectorization replaces. The scalar loop uses plain floats and `math` and is the fastest "
        f"pure-Python reference. Each of the {repeats} repeats ran every method once in turn. A time is the best "
        f"run, and the spread is the worst run over the best. All methods ran in the same process, so compare "
        f"the ratios rather than the seconds across machines.",
        "",
        format_timing_table(rows),
        "",
        *[paragraph + "\n" for paragraph in findings(rows)],
        format_difference_table(rows),
        "",
        "PathRace and the engine loop run the same optimizer code. The scalar loop writes the formulas out, "
        "so its rounding can differ by an ulp, and Adam amplifies such differences while it oscillates around "
        "the minimum over thousands of steps. The tests compare PathRace with a scalar loop to 1e-12 over "
        "200 to 300 steps.",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time PathRace against per-path Python loops.")
    parser.add_argument("--repeats", type=int, default=5, help="runs per method and case; the best counts (default 5)")
    parser.add_argument("--no-write", action="store_true", help="print the section without updating docs/benchmarks.md")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error(f"--repeats {args.repeats} is invalid: use 1 or more.")

    rows = measure(args.repeats)
    body = section_body(rows, args.repeats)
    print(body)

    if not args.no_write:
        write_section(SECTION_HEADING, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
