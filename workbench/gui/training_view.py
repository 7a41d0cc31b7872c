"""The Training tab: a message banner above the live training plots."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.gui.plots import TrainingPlots

BANNER_STYLES = {
    "error": "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; padding: 6px;",
    "warning": "background: #fff8e1; color: #6d4c00; border: 1px solid #ffe08a; padding: 6px;",
    "info": "background: #e8f4fd; color: #0b3c5d; border: 1px solid #b6dcf7; padding: 6px;",
}


class TrainingView(QWidget):
    """Shows the run's plots and, above them, a banner for divergence, failures and notices."""

    def __init__(self, parent: QWidget | None = None, smoothing_beta: float = 0.98) -> None:
        super().__init__(parent)
        self.setObjectName("training_view")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.banner = QLabel(self)
        self.banner.setObjectName("run_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.plots = TrainingPlots(self, smoothing_beta=smoothing_beta)
        layout.addWidget(self.plots, 1)

    def show_banner(self, text: str, kind: str = "info") -> None:
        """Show ``text`` above the plots; ``kind`` is "error", "warning" or "info"."""
        self.banner.setStyleSheet(BANNER_STYLES[kind])
        self.banner.setText(text)
        self.banner.show()

    def hide_banner(self) -> None:
        self.banner.clear()
        self.banner.hide()

    @property
    def banner_text(self) -> str:
        """The banner's text, or "" while it is hidden."""
        return self.banner.text() if not self.banner.isHidden() else ""
