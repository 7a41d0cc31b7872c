"""Update one section of docs/benchmarks.md, leaving the other sections alone."""

from __future__ import annotations

import sys
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS_DOC = REPOSITORY_ROOT / "docs" / "benchmarks.md"
DOCUMENT_INTRO = "# Benchmarks\n\nMeasured numbers for Optimizer Workbench; each section names the script and machine behind it.\n"


def replace_section(document: str, heading: str, body: str) -> str:
    """Return ``document`` with the section under ``heading`` replaced by ``body``.

    The section runs from its heading line to the next heading of the same or
    a higher level (a line starting with ``# `` or ``## ``), or to the end.
    A missing section is appended at the end.
    """
    lines = document.splitlines()
    new_section = [heading, "", *body.strip("\n").splitlines(), ""]

    start = next((index for index, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        while lines and not lines[-1].strip():
            lines = lines[:-1]
        return "\n".join([*lines, "", *new_section])

    end = start + 1
    while end < len(lines) and not lines[end].startswith(("# ", "## ")):
        end += 1
    return "\n".join([*lines[:start], *new_section, *lines[end:]]).rstrip("\n") + "\n"


def write_section(heading: str, body: str) -> None:
    """Replace the ``heading`` section of docs/benchmarks.md with ``body``, creating the page if needed."""
    document = BENCHMARKS_DOC.read_text(encoding="utf-8") if BENCHMARKS_DOC.is_file() else DOCUMENT_INTRO
    BENCHMARKS_DOC.parent.mkdir(parents=True, exist_ok=True)
    BENCHMARKS_DOC.write_text(replace_section(document, heading, body), encoding="utf-8")
    print(f"\nupdated the {heading!r} section of {BENCHMARKS_DOC}", file=sys.stderr)
