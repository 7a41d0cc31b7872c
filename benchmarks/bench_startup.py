"""Measure the start-up time of the desktop app against a bare PySide6 + pyqtgraph window.

Usage, from the repository root::

    python benchmarks/bench_startup.py              # 7 runs each, writes docs/benchmarks.md
    python benchmarks/bench_startup.py --repeats 15 --no-write

Each run starts a fresh interpreter and measures the time from just before the
process is created to the moment the program reports its first shown window.
The programs, run alternately so that machine noise hits both alike:

- ``python main.py``, the app. With ``WORKBENCH_PRINT_SHOWN_AT=1`` it prints
  ``shown-at <time.monotonic()>`` when its main window is first shown, and
  ``WORKBENCH_QUIT_AFTER_MS=0`` makes it quit right after. When the app does
  not print that line, both the app and the reference are timed until their
  process exits instead, as the table's "measured until" column shows.
- ``python benchmarks/bare_window.py``, the reference: a QMainWindow holding
  one pyqtgraph PlotWidget, which prints the same line.
- ``python -c pass``, the interpreter's own start-up, for scale.

Both clocks are ``time.monotonic()`` (CLOCK_MONOTONIC on Linux), which is
shared by all processes on the machine, so the child's timestamp can be
compared with the parent's. One warm-up run per program is discarded so that
every measured run finds the files in the page cache.

The script prints a Markdown table and replaces the ``## Start-up`` section of
``docs/benchmarks.md``, leaving the other sections alone.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# The benchmark scripts share benchmarks_page.py, beside this file; tests load this file by path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmarks_page import BENCHMARKS_DOC, write_section  # noqa: E402

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
SECTION_HEADING = "## Start-up"

SHOWN_MARKER = "shown-at"
SHOWN_ENV = "WORKBENCH_PRINT_SHOWN_AT"
QUIT_ENV = "WORKBENCH_QUIT_AFTER_MS"
RUN_TIMEOUT_SECONDS = 120

# The two end points a run can be timed to.
WINDOW_SHOWN = "window shown"
PROCESS_EXIT = "process exit"


@dataclass
class Program:
    """One command to time, with the extra environment variables it needs."""

    name: str
    command: list[str]
    environment: dict[str, str] = field(default_factory=dict)


@dataclass
class Sample:
    """One timed run, in seconds from just before the process was created."""

    shown_seconds: float | None   # None when the program printed no shown-at line
    exit_seconds: float


@dataclass
class Summary:
    """The statistics of one program's runs, in milliseconds."""

    name: str
    measured_until: str           # WINDOW_SHOWN or PROCESS_EXIT
    median_ms: float
    min_ms: float
    max_ms: float
    repeats: int


def default_programs() -> list[Program]:
    """Return the app, the bare-window reference and the bare interpreter, in that order."""
    python = sys.executable
    return [
        Program("python main.py (app)", [python, str(REPOSITORY_ROOT / "main.py")],
                {SHOWN_ENV: "1", QUIT_ENV: "0"}),
        Program("bare QMainWindow + PlotWidget", [python, str(REPOSITORY_ROOT / "benchmarks" / "bare_window.py")]),
        Program("python -c pass", [python, "-c", "pass"]),
    ]


def run_once(program: Program, base_environment: dict[str, str]) -> Sample:
    """Start ``program`` once and time it.

    Raises RuntimeError with the program's output when it exits with a
    non-zero status or runs longer than RUN_TIMEOUT_SECONDS.
    """
    environment = {**base_environment, **program.environment}

    started = time.monotonic()
    try:
        completed = subprocess.run(program.command, env=environment, cwd=REPOSITORY_ROOT,
                                   capture_output=True, text=True, timeout=RUN_TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(f"{program.name} did not exit within {RUN_TIMEOUT_SECONDS} s; "
                           f"check that it honours {QUIT_ENV}") from error
    exited = time.monotonic()

    if completed.returncode != 0:
        raise RuntimeError(f"{program.name} failed with exit status {completed.returncode}:\n"
                           f"{completed.stderr.strip() or completed.stdout.strip()}")

    shown_seconds = None
    for line in completed.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] == SHOWN_MARKER:
            shown_seconds = float(parts[1]) - started
            break
    return Sample(shown_seconds=shown_seconds, exit_seconds=exited - started)


def measure(programs: list[Program], repeats: int, base_environment: dict[str, str]) -> dict[str, list[Sample]]:
    """Run every program ``repeats`` times, alternating between them, after one discarded warm-up run each."""
    samples: dict[str, list[Sample]] = {program.name: [] for program in programs}

    for program in programs:
        run_once(program, base_environment)

    for repeat in range(repeats):
        for program in programs:
            sample = run_once(program, base_environment)
            samples[program.name].append(sample)
        print(f"repeat {repeat + 1}/{repeats} done", file=sys.stderr, flush=True)
    return samples


def end_point(sample_lists: list[list[Sample]]) -> str:
    """Return WINDOW_SHOWN when every run in ``sample_lists`` reported its shown window, else PROCESS_EXIT.

    Programs that are compared must share an end point, so a single run
    without the shown-at line moves the whole comparison to process exit.
    """
    every_shown = all(sample.shown_seconds is not None for samples in sample_lists for sample in samples)
    return WINDOW_SHOWN if every_shown else PROCESS_EXIT


def summarize(name: str, samples: list[Sample], measured_until: str) -> Summary:
    """Summarize the runs of one program, timed until ``measured_until`` (WINDOW_SHOWN or PROCESS_EXIT)."""
    if measured_until == WINDOW_SHOWN:
        seconds = [sample.shown_seconds for sample in samples]
    else:
        seconds = [sample.exit_seconds for sample in samples]

    milliseconds = [value * 1000.0 for value in seconds]
    return Summary(name=name, measured_until=measured_until, median_ms=statistics.median(milliseconds),
                   min_ms=min(milliseconds), max_ms=max(milliseconds), repeats=len(milliseconds))


def markdown_table(summaries: list[Summary], reference_name: str) -> str:
    """Format the summaries as a Markdown table with each median's ratio to the reference's median."""
    reference = next(summary for summary in summaries if summary.name == reference_name)
    lines = [
        "| program | measured until | median (ms) | min – max (ms) | runs | median / reference |",
        "|---|---|---:|---:|---:|---:|",
    ]

    for summary in summaries:
        ratio = summary.median_ms / reference.median_ms
        lines.append(f"| {summary.name} | {summary.measured_until} | {summary.median_ms:.0f} | "
                     f"{summary.min_ms:.0f} – {summary.max_ms:.0f} | {summary.repeats} | {ratio:.2f} |")
    return "\n".join(lines)


def machine_description() -> str:
    """Describe the machine and the GUI stack the numbers were measured with."""
    import PySide6
    import pyqtgraph

    processor = platform.processor()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                processor = line.partition(":")[2].strip()
                break

    return (f"{platform.platform()}, {processor or 'unknown processor'}, {os.cpu_count()} logical CPUs, "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, pyqtgraph {pyqtgraph.__version__}")


def section_body(summaries: list[Summary], samples: dict[str, list[Sample]], reference_name: str,
                 platform_name: str, repeats: int) -> str:
    """Write the text of the ``## Start-up`` section: method, machine, table and ratios."""
    app = summaries[0]
    reference = next(summary for summary in summaries if summary.name == reference_name)
    ratio = app.median_ms / reference.median_ms
    extra_ms = app.median_ms - reference.median_ms

    lines = [
        f"Measured with `python benchmarks/bench_startup.py --repeats {repeats}` on {time.strftime('%Y-%m-%d')}, "
        f"Qt platform `{platform_name}`.",
        f"Machine: {machine_description()}.",
        "",
        "Each run starts a fresh interpreter and is timed from just before the process is created to the "
        "first event-loop tick after the main window is shown, or to the process exit where the "
        "\"measured until\" column says so. The programs run alternately after one discarded warm-up run each. "
        "Other processes may have shared the machine, and the min – max column shows how much that moved the runs.",
        "",
        markdown_table(summaries, reference_name),
        "",
        f"The app takes {ratio:.2f} times as long as the bare PySide6 window with one PlotWidget "
        f"({extra_ms:+.0f} ms at the median).",
    ]

    if app.measured_until == PROCESS_EXIT:
        teardown_ms = [
            (sample.exit_seconds - sample.shown_seconds) * 1000.0
            for sample in samples[reference_name] if sample.shown_seconds is not None
        ]
        lines.append("")
        lines.append(f"The app did not print its `{SHOWN_MARKER}` line (the `{SHOWN_ENV}=1` hook), so both "
                     "programs were timed to their process exit with the app quitting at once "
                     f"(`{QUIT_ENV}=0`). Those times include closing the window and shutting Qt down")
        if teardown_ms:
            lines[-1] += (f": for the reference, that part took {statistics.median(teardown_ms):.0f} ms "
                          "at the median.")
        else:
            lines[-1] += "."
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python benchmarks/bench_startup.py",
                                     description="Time the app's start-up against a bare PySide6 window.")
    parser.add_argument("--repeats", type=int, default=7, help="measured runs per program (default: 7)")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform plugin for the runs, QT_QPA_PLATFORM (default: offscreen)")
    parser.add_argument("--no-write", action="store_true", help=f"print the table without updating {BENCHMARKS_DOC}")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error(f"--repeats must be at least 1, got {args.repeats}")

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as scratch_dir:
        # A scratch config folder keeps the user's settings out of the runs.
        base_environment = {**os.environ, "QT_QPA_PLATFORM": args.platform,
                            "XDG_CONFIG_HOME": scratch_dir}
        programs = default_programs()
        try:
            samples = measure(programs, args.repeats, base_environment)
        except RuntimeError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1

    app, reference, interpreter = programs
    compared_until = end_point([samples[app.name], samples[reference.name]])
    summaries = [
        summarize(app.name, samples[app.name], compared_until),
        summarize(reference.name, samples[reference.name], compared_until),
        summarize(interpreter.name, samples[interpreter.name], end_point([samples[interpreter.name]])),
    ]
    reference_name = reference.name
    body = section_body(summaries, samples, reference_name, args.platform, args.repeats)
    print(f"{SECTION_HEADING}\n\n{body}")

    if not args.no_write:
        write_section(SECTION_HEADING, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
