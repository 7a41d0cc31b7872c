"""A compact progress line for a running comparison: what trains, a progress bar, time left and Cancel.

Meant for the main window's status bar or the top of the comparison view.
It hides itself when no comparison runs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from workbench.gui.panels.elided_widgets import ElidedLabel
from workbench.gui.runs.compare_runner import DECAY, CompareOutcome, CompareProgress, CompareRunner

#: Steps of the progress bar; the comparison's share done is shown to 0.1 %.
PROGRESS_STEPS = 1000


def format_seconds(seconds: float | None) -> str:
    """Format a duration estimate as ``m:ss`` (or ``h:mm:ss``); "–" when unknown."""
    if seconds is None:
        return "–"
    total = int(round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class CompareProgressWidget(QWidget):
    """Shows the progress of ``runner`` and cancels it with a button."""

    def __init__(self, runner: CompareRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_progress")
        self.runner = runner

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The run's name can be long; the text is elided in a narrow status bar and shown whole in the tooltip.
        self.label = ElidedLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(200)
        self.time_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_comparison")
        layout.addWidget(self.label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.time_label)
        layout.addWidget(self.cancel_button)

        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        runner.started.connect(self._on_runner_started)
        runner.progressed.connect(self._on_runner_progressed)
        runner.finished.connect(self._on_runner_finished)
        runner.failed.connect(self._on_runner_failed)
        self.hide()

    def _on_runner_started(self, kind: str) -> None:
        title = self.tr("Comparing decay schedules…") if kind == DECAY else self.tr("Comparing optimizers…")
        self.label.setText(title)
        self.progress_bar.setValue(0)
        self.time_label.setText("")
        self.cancel_button.setEnabled(True)
        self.show()

    def _on_runner_progressed(self, progress: CompareProgress) -> None:
        self.label.setText(self.tr("Run {0} of {1}: {2}, epoch {3} of {4}").format(
            progress.run_index + 1, progress.run_count, progress.run_name, progress.epoch, progress.epochs))
        self.progress_bar.setValue(int(round(progress.fraction * PROGRESS_STEPS)))
        self.time_label.setText(self.tr("about {0} left").format(format_seconds(progress.seconds_left)))

    def _on_runner_finished(self, _outcome: CompareOutcome) -> None:
        self.hide()

    def _on_runner_failed(self, _message: str) -> None:
        self.hide()

    def _on_cancel_button_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.runner.cancel()
