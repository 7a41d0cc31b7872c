"""Run history and comparison widgets: the runs panel, the overlay view, one-click comparisons and sweeps.

Each is a standalone widget or controller; the main window docks and wires them.
"""

from workbench.gui.runs.compare_progress import CompareProgressWidget
from workbench.gui.runs.compare_runner import CompareOutcome, CompareProgress, CompareRunner
from workbench.gui.runs.comparison_view import RunComparisonView
from workbench.gui.runs.runs_panel import RunsPanel
from workbench.gui.runs.sweep_view import SweepView
from workbench.gui.runs.threads import live_threads

__all__ = [
    "CompareOutcome", "CompareProgress", "CompareProgressWidget", "CompareRunner", "RunComparisonView", "RunsPanel",
    "SweepView", "live_threads",
]
