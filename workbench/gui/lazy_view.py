"""A placeholder widget that builds its real view the first time it is shown.

The main window puts a :class:`LazyView` in a tab or a dock instead of the
view itself. The factory, which imports the view's module and builds the
widget, runs on the placeholder's first show event, so start-up imports only
the views that are visible at start-up.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

logger = logging.getLogger(__name__)


class LazyView(QWidget):
    """A placeholder tab or dock page: a factory, and after the first show (or :meth:`ensure_built`) its widget.

    ``factory`` takes no arguments and returns a parentless widget; the
    placeholder adopts it into its layout. When the factory raises, the
    error is logged and shown in place of the view, and the factory is not
    called again. ``built(QWidget)`` is emitted once, after the view exists.
    """

    built = Signal(QWidget)

    def __init__(self, factory: Callable[[], QWidget], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"lazy_{name}")
        self._factory = factory
        self._name = name
        self._widget: QWidget | None = None
        self._attempted = False

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def widget(self) -> QWidget | None:
        """The built view, or None before the first show or when its factory failed."""
        return self._widget

    @property
    def is_built(self) -> bool:
        return self._widget is not None

    def ensure_built(self) -> QWidget | None:
        """Build the view now unless that was already tried; return it, or None when the factory failed."""
        if self._attempted:
            return self._widget
        self._attempted = True

        try:
            widget = self._factory()
        except Exception as error:  # noqa: BLE001 - a broken view must not take the window down with it
            logger.exception("Building the %s view failed", self._name)
            self._show_error(error)
            return None

        self._layout.addWidget(widget)
        # A child added after its parent was shown stays hidden until shown itself.
        widget.show()
        # NOTE: in a dock that opens at zero height, the view's own layout kept the
        # geometry it computed during this show (Qt 6.11, offscreen), so it is redone
        # once the event loop has settled the sizes.
        QTimer.singleShot(0, self._invalidate_widget_layout)
        self._widget = widget
        logger.info("Built the %s view", self._name)
        self.built.emit(widget)
        return widget

    def _invalidate_widget_layout(self) -> None:
        layout = self._widget.layout() if self._widget is not None else None
        if layout is not None:
            layout.invalidate()

    def _show_error(self, error: Exception) -> None:
        label = QLabel(self.tr("This view could not be built: {0}: {1}").format(type(error).__name__, error), self)
        label.setObjectName("lazy_view_error")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(label)
        label.show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_built()
        super().showEvent(event)
