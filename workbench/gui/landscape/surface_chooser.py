"""Surface chooser: the built-in surfaces, the bowl's condition number, or a typed f(x, y).

A typed formula that the engine's parser rejects leaves the current surface
in place. The offending characters are selected in the line edit, and a caret
line under an excerpt of the formula marks them next to the parser's message.
The excerpt keeps at most ECHO_CONTEXT characters on either side of the
offending part, fewer when the label is too narrow for them. The message
wraps, and a word in it longer than MAX_MESSAGE_WORD characters is shortened
in the middle, so a formula of any length never widens the window.

The formula and its domain sit on their own rows under the surface choice,
so choosing "Custom f(x, y)…" does not widen the window either.
"""

from __future__ import annotations

import html
import logging
import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.engine.expression import ExpressionError, parse_surface
from workbench.engine.surfaces import SURFACE_NAMES, Surface, SurfaceError, make_surface
from workbench.gui.engine_messages import engine_error_text, translate_message
from workbench.gui.panels.elided_widgets import ElidedComboBox

logger = logging.getLogger(__name__)

CUSTOM = "custom"
DEFAULT_CUSTOM_FORMULA = "x**4 - 2*x**2 + y**2 + 0.3*x*y"
DEFAULT_CUSTOM_DOMAIN = (-2.0, 2.0, -2.0, 2.0)

#: Characters of the formula shown on each side of the offending part in the error echo.
ECHO_CONTEXT = 30

#: Minimum number of context characters on each side when the label is too narrow for ECHO_CONTEXT.
MIN_ECHO_CONTEXT = 6

#: Maximum number of carets; a longer offending part is marked by its start and "…".
ECHO_MAX_MARK = 20

#: Maximum length of a word of a parser message shown whole. The parser quotes names and strings from the formula.
MAX_MESSAGE_WORD = 40

#: Minimum widths, in characters, of the surface list and the formula field. The surface list elides
#: a longer title, and the formula field scrolls, so neither widens the window.
SURFACE_COMBO_CHARACTERS = 16
FORMULA_EDIT_CHARACTERS = 24

ELLIPSIS = "…"


def formula_excerpt(text: str, position: int, length: int, context: int = ECHO_CONTEXT) -> tuple[str, str]:
    """Return the part of ``text`` to echo around an error at ``position`` and the caret line under it.

    The excerpt is at most ``context`` characters before the offending part,
    up to ECHO_MAX_MARK characters of it and ``context`` characters after it.
    An ELLIPSIS stands for each cut-off end. Column i of the caret line lies
    under column i of the excerpt, so both must be shown in a fixed-width font.
    """
    position = max(0, min(position, len(text)))
    mark = min(max(1, length), ECHO_MAX_MARK)

    start = max(0, position - context)
    end = min(len(text), position + mark + context)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(text) else ""
    excerpt = prefix + text[start:end] + suffix

    caret_line = " " * (len(prefix) + position - start) + "^" * mark
    if length > ECHO_MAX_MARK:
        caret_line += ELLIPSIS
    return excerpt, caret_line


def echo_context(available_characters: int, length: int) -> int:
    """Return the context characters per side that fit an excerpt into ``available_characters`` columns.

    The result lies in [MIN_ECHO_CONTEXT, ECHO_CONTEXT]. Two columns are kept for the ellipses.
    """
    mark = min(max(1, length), ECHO_MAX_MARK)
    fitting = (available_characters - mark - 2) // 2
    return max(MIN_ECHO_CONTEXT, min(ECHO_CONTEXT, fitting))


def shorten_long_words(message: str, max_length: int = MAX_MESSAGE_WORD) -> str:
    """Return ``message`` with each space-separated word longer than ``max_length`` cut in the middle.

    A cut word keeps its first and last characters around an ELLIPSIS and is
    ``max_length`` characters long, so a word-wrapped label can always break
    the message into lines of ``max_length`` characters or fewer.
    """
    words = message.split(" ")
    head = (max_length - 1) * 2 // 3
    tail = max_length - 1 - head
    shortened = [word if len(word) <= max_length else word[:head] + ELLIPSIS + word[len(word) - tail:]
                 for word in words]
    return " ".join(shortened)


class SurfaceChooser(QWidget):
    """Surface picker that emits ``surface_changed(surface)`` for each new valid surface."""

    surface_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("surfaceChooser")
        self._surface: Surface | None = None
        # The formula and parser error on show, kept to fit the excerpt again when the width changes.
        self._formula_error: tuple[str, ExpressionError] | None = None

        self.surface_combo = ElidedComboBox(minimum_characters=SURFACE_COMBO_CHARACTERS)
        for name in SURFACE_NAMES:
            self.surface_combo.addItem(self._title(name), name)
        self.surface_combo.addItem(self.tr("Custom f(x, y)…"), CUSTOM)

        self.condition_number_label = QLabel(self.tr("Condition number κ:"))
        self.condition_number_spin = QDoubleSpinBox()
        self.condition_number_spin.setDecimals(1)
        self.condition_number_spin.setRange(1.0, 1e6)
        self.condition_number_spin.setValue(20.0)
        self.condition_number_spin.setToolTip(
            self.tr("Ratio of the Hessian's largest to smallest eigenvalue; GD is stable for α < 10/κ")
        )

        self.formula_edit = QLineEdit(DEFAULT_CUSTOM_FORMULA)
        self.formula_edit.setPlaceholderText(self.tr("f(x, y), e.g. x**2 - y**2 + 0.1*sin(3*x)"))
        self.formula_edit.setMinimumWidth(FORMULA_EDIT_CHARACTERS * self.formula_edit.fontMetrics().averageCharWidth())
        self.domain_spins = []
        for value in DEFAULT_CUSTOM_DOMAIN:
            spin = QDoubleSpinBox()
            spin.setDecimals(2)
            spin.setRange(-1e4, 1e4)
            spin.setValue(value)
            self.domain_spins.append(spin)
        self.domain_spins[0].setToolTip(self.tr("x minimum"))
        self.domain_spins[1].setToolTip(self.tr("x maximum"))
        self.domain_spins[2].setToolTip(self.tr("y minimum"))
        self.domain_spins[3].setToolTip(self.tr("y maximum"))
        self.apply_button = QPushButton(self.tr("Apply"))

        self.error_label = QLabel()
        self.error_label.setObjectName("formulaError")
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setWordWrap(True)
        # An unbreakable word in a message must not set the window's minimum width, so the label takes
        # the width the layout gives it. Only the horizontal policy changes, because word wrap needs height-for-width.
        policy = self.error_label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.error_label.setSizePolicy(policy)
        self.error_label.hide()

        self._custom_widgets = [self.formula_edit, self.apply_button, *self.domain_spins]
        self._domain_labels = [QLabel(self.tr("x from")), QLabel(self.tr("to")), QLabel(self.tr("y from")), QLabel(self.tr("to"))]

        self._fit_surface_combo()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Surface:")))
        row.addWidget(self.surface_combo)
        row.addWidget(self.condition_number_label)
        row.addWidget(self.condition_number_spin)
        row.addWidget(self.formula_edit, 1)
        row.addWidget(self.apply_button)
        row.addStretch(0)

        # The domain has its own row. On one row with the formula, the custom surface's controls made the
        # window's minimum width 1240 pixels in English.
        domain_row = QHBoxLayout()
        domain_row.setContentsMargins(0, 0, 0, 0)
        for label, spin in zip(self._domain_labels, self.domain_spins):
            domain_row.addWidget(label)
            domain_row.addWidget(spin)
        domain_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(domain_row)
        layout.addWidget(self.error_label)

        self.surface_combo.currentIndexChanged.connect(self._on_surface_combo_changed)
        self.condition_number_spin.valueChanged.connect(self._on_condition_number_changed)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.formula_edit.returnPressed.connect(self._on_apply_clicked)

        self._update_visible_controls()
        self._build_builtin(self.surface_combo.currentData())

    # ---------------------------------------------------------------- public API

    @property
    def surface(self) -> Surface | None:
        """The surface in use: the last valid choice."""
        return self._surface

    def surface_title(self, surface: Surface) -> str:
        """Return the translated display name of ``surface``."""
        if surface.name == "bowl":
            return self.tr("Ill-conditioned bowl 0.1·(x² + {0}·y²)").format(
                format(getattr(surface, "condition_number", 20.0), "g")
            )
        if surface.name in SURFACE_NAMES:
            return self._title(surface.name)
        return self.tr("f(x, y) = {0}").format(surface.formula)

    def choose(self, name: str) -> None:
        """Select the built-in surface ``name`` (a key of SURFACE_NAMES) or "custom"."""
        index = self.surface_combo.findData(name)
        if index < 0:
            raise ValueError(f"surface = {name!r} is unknown. Choose one of {', '.join(SURFACE_NAMES)} or 'custom'.")
        self.surface_combo.setCurrentIndex(index)

    def apply_formula(self, text: str, domain: tuple[float, float, float, float] | None = None) -> bool:
        """Parse ``text`` over ``domain`` and use it. Return False, keeping the old surface, when it is invalid."""
        self.surface_combo.blockSignals(True)
        self.surface_combo.setCurrentIndex(self.surface_combo.findData(CUSTOM))
        self.surface_combo.blockSignals(False)
        self._update_visible_controls()

        self.formula_edit.setText(text)
        if domain is not None:
            for spin, value in zip(self.domain_spins, domain):
                spin.setValue(value)
        return self._build_custom()

    def error_text(self) -> str:
        """Return the parser's message for the last rejected formula, or "" when none is shown."""
        if self.error_label.isHidden():
            return ""
        return self.error_label.property("plainMessage") or ""

    # ------------------------------------------------------------------ helpers

    def _title(self, name: str) -> str:
        titles = {
            "saddle": self.tr("Saddle x² − y²"),
            "monkey_saddle": self.tr("Monkey saddle x³ − 3xy²"),
            "sin_saddle": self.tr("Saddle to minimum sin x + y²"),
            "bowl": self.tr("Ill-conditioned bowl 0.1·(x² + κ·y²)"),
            "rosenbrock": self.tr("Rosenbrock (1 − x)² + 100·(y − x²)²"),
            "beale": self.tr("Beale function"),
            "himmelblau": self.tr("Himmelblau function"),
            "plateau": self.tr("Plateau around a saddle (two Gaussian wells)"),
        }
        # NOTE: a surface added to the engine later shows its English title until it is added here.
        return titles.get(name, name)

    def _fit_surface_combo(self) -> None:
        """Size the surface list to its longest title, with a minimum of SURFACE_COMBO_CHARACTERS characters.

        Qt sizes a combo box by its minimum contents length in widths of "X".
        """
        combo = self.surface_combo
        minimum_width = combo.sizeHint().width()
        metrics = combo.fontMetrics()
        longest_title = max(metrics.horizontalAdvance(combo.itemText(index)) for index in range(combo.count()))
        characters = math.ceil(longest_title / max(1, metrics.horizontalAdvance("X")))
        combo.setMinimumContentsLength(max(SURFACE_COMBO_CHARACTERS, characters))
        combo.setMinimumWidth(minimum_width)

    def _update_visible_controls(self) -> None:
        name = self.surface_combo.currentData()
        self.condition_number_label.setVisible(name == "bowl")
        self.condition_number_spin.setVisible(name == "bowl")
        for widget in (*self._custom_widgets, *self._domain_labels):
            widget.setVisible(name == CUSTOM)
        if name != CUSTOM:
            self._hide_error()

    def _build_builtin(self, name: str) -> None:
        parameters = {"condition_number": self.condition_number_spin.value()} if name == "bowl" else {}
        try:
            surface = make_surface(name, **parameters)
        except SurfaceError as error:
            logger.warning("Surface %s rejected: %s", name, error)
            self._show_error(engine_error_text(error))
            return
        self._use(surface)

    def _build_custom(self) -> bool:
        text = self.formula_edit.text()
        domain = tuple(spin.value() for spin in self.domain_spins)
        try:
            surface = parse_surface(text, domain=domain)
        except ExpressionError as error:
            logger.info("Formula %r rejected at %d: %s", text, error.position, error)
            self._show_formula_error(text, error)
            return False
        except ValueError as error:
            logger.info("Domain %s rejected: %s", domain, error)
            self._show_error(translate_message(str(error)))
            return False

        self._use(surface)
        return True

    def _use(self, surface: Surface) -> None:
        self._hide_error()
        self._surface = surface
        self.surface_changed.emit(surface)

    def _show_formula_error(self, text: str, error: ExpressionError) -> None:
        position = max(0, min(error.position, len(text)))
        length = max(1, error.length)
        self.formula_edit.setFocus()
        self.formula_edit.setSelection(position, length)

        self._formula_error = (text, error)
        self._render_formula_error()
        self.error_label.setProperty("plainMessage", engine_error_text(error))
        self.error_label.setToolTip(engine_error_text(error))
        self.error_label.show()

    def _render_formula_error(self) -> None:
        """Write the excerpt, caret line, message and note of the shown formula error at the label's width."""
        text, error = self._formula_error
        position = max(0, min(error.position, len(text)))
        length = max(1, error.length)

        fixed_font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        fixed_font.setPointSizeF(self.error_label.font().pointSizeF())
        column_width = QFontMetricsF(fixed_font).horizontalAdvance("x")
        # Before the first layout the label has no width of its own, so the chooser's width is used.
        width = self.error_label.contentsRect().width() if self.error_label.isVisible() else self.width()
        context = echo_context(int(width / column_width), length)
        excerpt, caret_line = formula_excerpt(text, position, length, context)

        shown = html.escape(excerpt) + "<br>" + caret_line.replace(" ", "&nbsp;")
        # lupdate does not look inside f-string expressions, so the note is translated here.
        note = self.tr("The map keeps the previous surface until the formula is valid.")
        self.error_label.setText(
            f'<span style="font-family:\'{html.escape(fixed_font.family())}\'; white-space:pre">{shown}</span>'
            f'<br><span style="color:#b00020">{html.escape(shorten_long_words(engine_error_text(error)))}</span>'
            f"<br>{html.escape(note)}"
        )
        self.error_label.setProperty("formulaExcerpt", excerpt)
        self.error_label.setProperty("caretLine", caret_line)

    def _show_error(self, message: str) -> None:
        self._formula_error = None
        self.error_label.setText(f'<span style="color:#b00020">{html.escape(shorten_long_words(message))}</span>')
        self.error_label.setProperty("plainMessage", message)
        self.error_label.setProperty("formulaExcerpt", "")
        self.error_label.setProperty("caretLine", "")
        self.error_label.setToolTip(message)
        self.error_label.show()

    def _hide_error(self) -> None:
        self._formula_error = None
        self.error_label.hide()
        self.error_label.setToolTip("")
        self.error_label.setProperty("plainMessage", "")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._formula_error is not None and event.size().width() != event.oldSize().width():
            self._render_formula_error()

    # ----------------------------------------------------------------- handlers

    def _on_surface_combo_changed(self, _index: int) -> None:
        self._update_visible_controls()
        name = self.surface_combo.currentData()
        if name == CUSTOM:
            self._build_custom()
        else:
            self._build_builtin(name)

    def _on_condition_number_changed(self, _value: float) -> None:
        if self.surface_combo.currentData() == "bowl":
            self._build_builtin("bowl")

    def _on_apply_clicked(self) -> None:
        self._build_custom()
