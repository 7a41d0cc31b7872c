"""``python -m workbench path``: race optimizers over a 2-D surface and write every step to CSV.

Example::

    python -m workbench path --surface rosenbrock --optimizer gd,momentum,adam \\
        --learning-rate 0.0019,0.01,0.02 --start -1.2,1 --steps 10000 --out paths.csv

The paths run on :class:`~workbench.engine.landscape.PathRace`, the engine
behind the Landscape view, so the numbers match the app's. The CSV has the
columns ``optimizer,label,step,x,y,cost,gradient_x,gradient_y``. A summary
table per optimizer goes to stdout. Exit status: 0 when at least one path
did not diverge, 1 when every path diverged (as ``train`` exits with 1 on
divergence), 2 for invalid input or an ``--out`` file that cannot be written.
"""

from __future__ import annotations

import argparse
import logging
import math
import re
import sys

from workbench.cli.output import check_writable_file
from workbench.engine.config import MAX_LEARNING_RATE
from workbench.engine.expression import DEFAULT_DOMAIN, ExpressionError, parse_surface
from workbench.engine.landscape import OPTIMIZER_LABELS, PathRace, PathSpec, write_paths_csv
from workbench.engine.optimizers import COURSE_DEFAULTS, OPTIMIZER_NAMES, HyperparameterError
from workbench.engine.schedules import SCHEDULE_NAMES, Schedule, ScheduleError
from workbench.engine.surfaces import SURFACE_NAMES, SURFACE_PARAMETERS, Surface, SurfaceError, make_surface

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ALL_DIVERGED = 1
EXIT_BAD_INPUT = 2

#: The maximum number of steps per race. Each step stores 5 float64 numbers per
#: path (x, y, cost and the gradient), so 1,000,000 steps of 4 paths take
#: about 160 MB, and up to twice that because the buffers grow by doubling.
MAX_STEPS = 1_000_000


class UsageError(ValueError):
    """Invalid command-line input; the message names the option, the value and the fix."""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "path",
        help="race optimizers over a 2-D cost surface and write each step to CSV",
        description="Race gradient descent, momentum, RMSprop and Adam over a built-in or typed 2-D surface "
        "with the Landscape view's engine, write every step to CSV and print a summary per optimizer.",
        epilog="Exit status: 0 at least one path did not diverge, 1 every path diverged, 2 invalid input or an "
        "--out file that cannot be written.",
    )

    surface = parser.add_argument_group("surface")
    choice = surface.add_mutually_exclusive_group()
    choice.add_argument("--surface", metavar="NAME", help=f"a built-in surface: {', '.join(SURFACE_NAMES)}")
    choice.add_argument("--expr", metavar="EXPR",
                        help="a typed surface f(x, y), e.g. \"x**2 - y**2 + 0.1*sin(3*x)\"")
    choice.add_argument("--list-surfaces", action="store_true", help="print the built-in surfaces and exit")
    surface.add_argument("--param", metavar="NAME=VALUE", action="append", default=[],
                         help="a built-in surface's parameter, e.g. --param condition_number=50 for bowl; repeatable")
    surface.add_argument("--domain", metavar="XMIN,XMAX,YMIN,YMAX",
                         help="the domain of a typed surface (default -2,2,-2,2)")

    optimizer = parser.add_argument_group("optimizers")
    optimizer.add_argument("--optimizer", metavar="NAME", action="append", default=[],
                           help=f"an optimizer ({', '.join(OPTIMIZER_NAMES)}); repeat it or give a comma list; "
                           f"default: all four")
    optimizer.add_argument("--learning-rate", metavar="A", default="0.01",
                           help="the initial learning rate α0, or a comma list with one per optimizer (default 0.01)")
    optimizer.add_argument("--beta", metavar="B", type=float, default=COURSE_DEFAULTS["momentum"]["beta"],
                           help="momentum's β (default 0.9)")
    optimizer.add_argument("--beta1", metavar="B1", type=float, default=COURSE_DEFAULTS["adam"]["beta1"],
                           help="Adam's β1 (default 0.9)")
    optimizer.add_argument("--beta2", metavar="B2", type=float, default=COURSE_DEFAULTS["adam"]["beta2"],
                           help="β2 of RMSprop and Adam (default 0.999)")
    optimizer.add_argument("--epsilon", metavar="EPS", type=float, default=COURSE_DEFAULTS["adam"]["epsilon"],
                           help="ε of RMSprop and Adam, added outside the square root (default 1e-8)")
    optimizer.add_argument("--no-bias-correction", action="store_true", help="run Adam without bias correction")

    decay = parser.add_argument_group("learning-rate decay")
    decay.add_argument("--decay", metavar="NAME", default="constant",
                       help=f"the schedule: {', '.join(SCHEDULE_NAMES)} (default constant)")
    decay.add_argument("--decay-rate", metavar="D", type=float, default=1.0,
                       help="d in α0/(1 + d·epoch) for inverse_time and stepwise (default 1)")
    decay.add_argument("--decay-base", metavar="B", type=float, default=0.95,
                       help="the base in base^epoch·α0 for exponential (default 0.95)")
    decay.add_argument("--decay-k", metavar="K", type=float, default=1.0,
                       help="k in k·α0/√(epoch + 1) for inverse_sqrt (default 1)")
    decay.add_argument("--decay-interval", metavar="N", type=int, default=1000,
                       help="epochs between two decay steps for stepwise (default 1000)")
    decay.add_argument("--steps-per-epoch", metavar="N", type=int, default=1,
                       help="steps that count as one epoch for the schedule (default 1)")

    race = parser.add_argument_group("race")
    race.add_argument("--start", metavar="X,Y", help="the start point of every path (default: the surface's own)")
    race.add_argument("--steps", metavar="N", type=int, default=1000, help="the number of steps (default 1000)")
    race.add_argument("--noise", metavar="S", type=float, default=0.0,
                      help="standard deviation of Gaussian noise added to each gradient (default 0: exact)")
    race.add_argument("--seed", metavar="N", type=int, default=0, help="seed of the gradient noise (default 0)")
    race.add_argument("--divergence-factor", metavar="F", type=float, default=10.0,
                      help="a path diverges farther than F half-diagonals of the domain from its centre (default 10)")

    output = parser.add_argument_group("output")
    output.add_argument("--out", metavar="FILE.csv", help="the CSV file to write; without it only the summary prints")
    output.add_argument("--tolerance", metavar="T", type=float, default=1e-3,
                        help="distance to a marked minimum that counts as reached (default 1e-3)")
    output.add_argument("--saddle-radius", metavar="R", type=float, default=0.1,
                        help="radius around a marked saddle for the steps-to-leave count (default 0.1)")

    # argparse treats "-1.2,1" as an option name because only plain negative
    # numbers pass its check, so "--start -1.2,1" would fail. Widen the check to
    # any text that starts with a minus sign and a digit or a point.
    # NOTE: _negative_number_matcher is private to argparse (present in CPython
    # 3.6 to 3.13); where it is missing, "--start=-1.2,1" still works.
    parser._negative_number_matcher = re.compile(r"^-\.?\d")
    parser.set_defaults(handler=run_path)


def run_path(args: argparse.Namespace) -> int:
    """Run the ``path`` sub-command and return its exit status."""
    if args.list_surfaces:
        print(format_surface_list())
        return EXIT_OK

    try:
        surface = _surface_from_args(args)
        specs = _specs_from_args(args)
        start = _start_from_args(args, surface)
        steps = _check_steps(args.steps)
        race = PathRace(surface, specs, start, noise=args.noise, seed=args.seed,
                        steps_per_epoch=args.steps_per_epoch, divergence_factor=args.divergence_factor)
        if args.out:
            check_writable_file(args.out)
    except ExpressionError as error:
        print(format_expression_error(args.expr, error), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (UsageError, SurfaceError, HyperparameterError, ScheduleError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"error: cannot write {error.filename}: {error.strerror}; choose a writable --out path.",
              file=sys.stderr)
        return EXIT_BAD_INPUT

    logger.info("racing %d paths over %s for %d steps", race.n_paths, surface.name, steps)
    race.step(steps)

    if args.out:
        try:
            write_paths_csv(race, args.out)
        except OSError as error:
            print(f"error: cannot write {args.out}: {error.strerror}; choose a writable --out path.", file=sys.stderr)
            return EXIT_BAD_INPUT
        print(f"Wrote {race.n_paths} paths of {steps} steps to {args.out}")

    summary = race.summary(tolerance=args.tolerance, saddle_radius=args.saddle_radius)
    print(format_summary(race, tolerance=args.tolerance, saddle_radius=args.saddle_radius))
    if summary and all(row["diverged"] for row in summary):
        print("error: every path diverged; try a smaller --learning-rate or another --start.", file=sys.stderr)
        return EXIT_ALL_DIVERGED
    return EXIT_OK


# ----------------------------------------------------------------------------
# Reading the options


def _parse_numbers(option: str, text: str, count: int | None, example: str) -> list[float]:
    parts = [part.strip() for part in text.split(",")]
    try:
        values = [float(part) for part in parts]
    except ValueError:
        values = []
    if not values or not all(math.isfinite(value) for value in values) or (count is not None and len(values) != count):
        expected = f"{count} numbers separated by commas" if count else "numbers separated by commas"
        raise UsageError(f"{option} {text!r} is invalid: give {expected}, e.g. {option} {example}.")
    return values


def _surface_from_args(args: argparse.Namespace) -> Surface:
    if args.expr is not None:
        if args.param:
            raise UsageError("--param applies only to built-in surfaces; write parameters into --expr instead.")
        domain = DEFAULT_DOMAIN
        if args.domain is not None:
            domain = tuple(_parse_numbers("--domain", args.domain, 4, "-3,3,-2,2"))
        return parse_surface(args.expr, domain=domain)

    if args.surface is None:
        raise UsageError("missing surface: give --surface NAME, --expr EXPR, or --list-surfaces to see the names.")
    if args.domain is not None:
        raise UsageError("--domain applies only to --expr; built-in surfaces have a fixed domain.")

    parameters = {}
    for item in args.param:
        name, separator, text = item.partition("=")
        if not separator:
            raise UsageError(f"--param {item!r} is invalid: write NAME=VALUE, e.g. --param condition_number=50.")
        parameters[name.strip()] = _parse_numbers(f"--param {name.strip()}", text, 1, "50")[0]
    return make_surface(args.surface, **parameters)


def _optimizer_names(args: argparse.Namespace) -> list[str]:
    names = [name.strip() for item in args.optimizer for name in item.split(",") if name.strip()]
    if not args.optimizer:
        return list(OPTIMIZER_NAMES)
    if not names:
        given = ",".join(args.optimizer)
        raise UsageError(f"--optimizer {given!r} names no optimizer: give one or more of "
                         f"{', '.join(OPTIMIZER_NAMES)}, e.g. --optimizer gd,adam, or leave out --optimizer "
                         "to race all four.")
    for name in names:
        if name not in OPTIMIZER_NAMES:
            raise UsageError(f"--optimizer {name!r} is unknown: choose from {', '.join(OPTIMIZER_NAMES)}.")
    return names


def _specs_from_args(args: argparse.Namespace) -> list[PathSpec]:
    names = _optimizer_names(args)

    rates = _parse_numbers("--learning-rate", args.learning_rate, None, "0.01")
    too_large = [rate for rate in rates if rate > MAX_LEARNING_RATE]
    if too_large:
        raise UsageError(f"--learning-rate {too_large[0]:g} is invalid: use a value up to {MAX_LEARNING_RATE:g}, "
                         f"e.g. --learning-rate 0.01.")
    if len(rates) == 1:
        rates = rates * len(names)
    if len(rates) != len(names):
        raise UsageError(
            f"--learning-rate {args.learning_rate!r} has {len(rates)} values for {len(names)} optimizers: "
            f"give one value for all, or one per optimizer in the same order."
        )

    schedule = Schedule(args.decay, decay_rate=args.decay_rate, base=args.decay_base, k=args.decay_k,
                        interval=args.decay_interval)

    # A repeated optimizer gets its learning rate in the label, so its summary rows differ.
    repeated = {name for name in names if names.count(name) > 1}
    specs = []
    for name, rate in zip(names, rates):
        label = OPTIMIZER_LABELS[name] + (f" α={rate:g}" if name in repeated else "")
        specs.append(PathSpec(
            optimizer=name, learning_rate=rate, beta=args.beta, beta1=args.beta1, beta2=args.beta2,
            epsilon=args.epsilon, bias_correction=not args.no_bias_correction, schedule=schedule, label=label,
        ))
    return specs


def _start_from_args(args: argparse.Namespace, surface: Surface) -> tuple[float, float]:
    if args.start is None:
        return surface.default_start

    x, y = _parse_numbers("--start", args.start, 2, "1.5,0.01")
    x_min, x_max, y_min, y_max = surface.domain
    if not (x_min <= x <= x_max and y_min <= y <= y_max):
        raise UsageError(
            f"--start {args.start!r} lies outside the surface's domain x in [{x_min:g}, {x_max:g}], "
            f"y in [{y_min:g}, {y_max:g}]: choose a start inside it, or widen --domain for a typed surface."
        )
    return x, y


def _check_steps(steps: int) -> int:
    if not 0 <= steps <= MAX_STEPS:
        raise UsageError(f"--steps {steps} is invalid: use a whole number from 0 to {MAX_STEPS:,}.")
    return steps


# ----------------------------------------------------------------------------
# Output


def format_expression_error(text: str, error: ExpressionError) -> str:
    """Return the error message with the formula and a caret line under the offending characters."""
    caret_line = " " * error.position + "^" * max(1, error.length)
    return f"error: invalid --expr: {error}\n  {text}\n  {caret_line}"


def format_surface_list() -> str:
    """Return one block per built-in surface: name, title, formula, domain, start and parameters."""
    blocks = []
    for name in SURFACE_NAMES:
        surface = make_surface(name)
        x_min, x_max, y_min, y_max = surface.domain
        lines = [
            f"{name}: {surface.title}",
            f"    f(x, y) = {surface.formula}",
            f"    domain x in [{x_min:g}, {x_max:g}], y in [{y_min:g}, {y_max:g}]; "
            f"default start {surface.default_start[0]:g},{surface.default_start[1]:g}",
        ]
        points = ", ".join(f"{point.kind} ({point.x:.4g}, {point.y:.4g})" for point in surface.critical_points)
        lines.append(f"    critical points: {points}")
        if SURFACE_PARAMETERS[name]:
            lines.append(f"    parameters: {', '.join(SURFACE_PARAMETERS[name])}")
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def format_summary(race: PathRace, tolerance: float, saddle_radius: float) -> str:
    """Return a plain-text table with one row per path."""
    header = ("label", "optimizer", "final x", "final y", "final cost",
              f"steps to min (≤{tolerance:g})", f"steps to leave saddle (r={saddle_radius:g})", "status")
    rows = [header]
    for i, row in enumerate(race.summary(tolerance=tolerance, saddle_radius=saddle_radius)):
        x, y = race.positions[i]
        status = f"diverged at step {row['diverged_at']}" if row["diverged"] else "finished"
        rows.append((
            row["label"], row["optimizer"], f"{x:.6g}", f"{y:.6g}", f"{row['final_cost']:.6g}",
            "-" if row["steps_to_minimum"] is None else str(row["steps_to_minimum"]),
            "-" if row["steps_to_leave_saddle"] is None else str(row["steps_to_leave_saddle"]),
            status,
        ))

    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)
