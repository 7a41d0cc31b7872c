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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m workbench",
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


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")

    if args.command is None:
        from workbench.gui.app import main as run_app

        return run_app(sys.argv[:1])
    return args.handler(args)
