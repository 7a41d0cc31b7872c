"""The ``python -m workbench`` command line.

Each sub-command lives in its own module that exposes ``register(subparsers)``;
``register`` adds the sub-command's parser and sets ``handler`` to a function
that takes the parsed arguments and returns the exit code. Without a
sub-command the desktop app starts.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

SUBCOMMAND_MODULES = ("workbench.cli.train", "workbench.cli.path", "workbench.cli.sweep")


#: Top-level options that ask for the command line rather than the window.
TOP_LEVEL_OPTIONS = ("-h", "--help", "-v", "--verbose")


def command_names() -> list[str]:
    """Return the sub-command names, e.g. ["train", "path", "sweep"], from the module names."""
    return [module_name.rsplit(".", 1)[1] for module_name in SUBCOMMAND_MODULES]


def wants_command_line(arguments: list[str]) -> bool:
    """Return True when ``arguments`` (without the program name) start with a sub-command or a top-level option.

    The app's own launcher calls this, so the installed ``optimizer-workbench``
    command and the standalone build run ``train``, ``path`` and ``sweep`` too.
    Any other first argument is an experiment file for the window.
    """
    return bool(arguments) and (arguments[0] in command_names() or arguments[0] in TOP_LEVEL_OPTIONS)


def build_parser(prog: str = "python -m workbench") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Optimizer Workbench: train networks and race optimizers from the command line. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress at INFO level to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    for module_name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None, prog: str = "python -m workbench") -> int:
    """Parse ``argv`` (without the program name; default ``sys.argv[1:]``), run the sub-command and return its exit code."""
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")

    if args.command is None:
        from workbench.gui.app import main as run_app

        return run_app(sys.argv[:1])
    return args.handler(args)
