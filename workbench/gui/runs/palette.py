"""Run colours for overlaid curves: a qualitative, colour-blind-safe palette.

The eight colours are Okabe and Ito's set (2008, "Color Universal Design"),
with the yellow darkened so it stays readable on the white plot background.
Runs past the eighth reuse the colours with a dotted line, so 16 runs stay
distinct; beyond that, colours and styles repeat.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

RUN_COLORS = (
    "#0072b2",  # blue
    "#e69f00",  # orange
    "#009e73",  # bluish green
    "#cc79a7",  # reddish purple
    "#56b4e9",  # sky blue
    "#d55e00",  # vermilion
    "#b8a200",  # yellow, darkened
    "#000000",  # black
)

_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DotLine)


def run_color(index: int) -> str:
    """Return the colour of the ``index``-th run (0-based) as ``#rrggbb``."""
    return RUN_COLORS[index % len(RUN_COLORS)]


def run_line_style(index: int) -> Qt.PenStyle:
    """Return the line style of the ``index``-th run's main curve: solid for the first 8 runs, dotted for the next 8."""
    return _STYLES[(index // len(RUN_COLORS)) % len(_STYLES)]
