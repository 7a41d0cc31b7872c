"""Widgets that elide text that does not fit and show the full text in a tooltip.

Qt's QComboBox clips its current text at the edge of the edit field without
an ellipsis, and item views show no tooltip for a cell whose text they
elided. The parameter panels, the Landscape, EWA explorer and Sweep tabs,
the comparison progress and the run history share the fixes here, so that a
long entry or cell reads "Stepwise: α0 / (1 + …" and its tooltip shows the
whole text in either language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QLabel, QStyle, QStyleOptionComboBox, QStyleOptionViewItem, QStylePainter,
    QToolTip, QWidget,
)

#: Pixels between the icon and the text of a combo box's current entry, as Qt 6.11's Fusion style paints them.
ICON_TEXT_SPACING = 4
#: Pixels that style leaves on each side of a combo box's current text inside the edit field.
TEXT_SIDE_MARGIN = 1


def tool_tip_with_full_text(full_text: str, description: str) -> str:
    """Return the tooltip of an elided ``full_text``: the text, then the widget's own ``description`` if any."""
    if not description:
        return full_text
    return f"{full_text}\n\n{description}"


class ElidedComboBox(QComboBox):
    """A non-editable combo box that elides its current text at the right and shows it whole in the tooltip.

    The box's size hint is ``minimum_characters`` characters (plus an icon)
    wide, and the box grows with its layout. Its size hint never includes its
    longest entry, so a long entry cannot widen a panel or a window. The
    drop-down list is as wide as its longest entry, up to the screen's width,
    and elides at the right beyond that.

    ``setToolTip`` sets the description of the box. ``toolTip()`` returns that
    description while the current text fits, and the full current text
    followed by the description while it is elided.
    """

    def __init__(self, parent: QWidget | None = None, minimum_characters: int = 10) -> None:
        super().__init__(parent)
        self._description = ""
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(minimum_characters)
        self.view().setTextElideMode(Qt.TextElideMode.ElideRight)

        self.currentIndexChanged.connect(self._on_current_index_changed)
        self.model().dataChanged.connect(self._on_model_changed)
        self.model().modelReset.connect(self._on_model_changed)
        self.model().rowsRemoved.connect(self._on_model_changed)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._description = text
        self._update_tool_tip()

    def description(self) -> str:
        """Return the tooltip text set with ``setToolTip``, without the full current text."""
        return self._description

    def text_width(self) -> int:
        """Return the width, in pixels, that the current text may take inside the edit field."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        width = field.width() - 2 * TEXT_SIDE_MARGIN
        if not option.currentIcon.isNull():
            width -= option.iconSize.width() + ICON_TEXT_SPACING
        return max(width, 0)

    def displayed_text(self) -> str:
        """Return the current text as painted: whole, or its start followed by an ellipsis."""
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideRight, self.text_width())

    def is_elided(self) -> bool:
        """Return True when the current text is too wide for the box and is painted with an ellipsis."""
        return self.displayed_text() != self.currentText()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.isEditable():
            super().paintEvent(event)
            return

        # The same steps as QComboBox::paintEvent, with the text elided before the label is drawn.
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if self.currentIndex() < 0 and self.placeholderText():
            option.currentText = self.placeholderText()
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                                           self.text_width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_tool_tip()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_tool_tip()

    def event(self, event: QEvent) -> bool:
        # A caller may change the entries or the current index with signals blocked, so the tooltip
        # is brought up to date again just before Qt shows it.
        if event.type() == QEvent.Type.ToolTip:
            self._update_tool_tip()
        return super().event(event)

    def _update_tool_tip(self) -> None:
        text = tool_tip_with_full_text(self.currentText(), self._description) if self.is_elided() else self._description
        super().setToolTip(text)

    def _on_current_index_changed(self, _index: int) -> None:
        self._update_tool_tip()

    def _on_model_changed(self, *_args) -> None:
        self._update_tool_tip()


class ElidedLabel(QLabel):
    """A one-line plain-text label that elides its text when it is too narrow and then shows it whole in the tooltip.

    The label's size hint is the width of its whole text, but its minimum
    width is zero, so a long text shrinks into the room a layout has instead
    of widening it.
    ``text()`` returns the whole text. ``setToolTip`` sets a description that
    the tooltip shows after the whole text, or alone while the text fits.
    The text cannot be selected with the mouse, because the label paints the
    elided text itself.
    """

    def __init__(self, parent: QWidget | None = None,
                 elide_mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._description = ""
        self._elide_mode = elide_mode
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._update_tool_tip()

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._description = text
        self._update_tool_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Without this the label's minimum width is its whole text, which pushes its neighbours or the window.
        return QSize(0, super().minimumSizeHint().height())

    def displayed_text(self) -> str:
        """Return the text as painted: whole, or shortened with an ellipsis."""
        return self.fontMetrics().elidedText(self.text(), self._elide_mode, self.contentsRect().width())

    def is_elided(self) -> bool:
        """Return True when the text is too wide for the label and is painted with an ellipsis."""
        return self.displayed_text() != self.text()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                         self.displayed_text())
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._update_tool_tip()

    def _update_tool_tip(self) -> None:
        text = tool_tip_with_full_text(self.text(), self._description) if self.is_elided() else self._description
        super().setToolTip(text)


def elided_cell_text(view: QAbstractItemView, index) -> str:
    """Return the display text of ``index`` when ``view`` shows it elided, or "" when it fits.

    The width the text needs on one line comes from the view's item delegate,
    so icons, check boxes and the style's margins count as they do in
    painting. Text that a word-wrapping view spreads over several lines of a
    tall row counts as elided too.
    """
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or str(text) == "":
        return ""

    # Without the wrap feature the delegate returns the width of the text on one line.
    # With it, the delegate returns a width that fits the cell, because it wraps the text.
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
    needed = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return str(text) if needed > view.visualRect(index).width() else ""


class ElidedCellToolTips(QObject):
    """Event filter for an item view's viewport: the tooltip of an elided cell shows the cell's full text.

    A cell that has its own tooltip (``Qt.ToolTipRole``) shows the full text
    first and its tooltip after a blank line. A cell whose text fits keeps
    its own tooltip, or none.
    """

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def tool_tip_at(self, index) -> str:
        """Return the tooltip the view shows for ``index``: the full text when elided, else the cell's own."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        own = "" if own is None else str(own)
        full_text = elided_cell_text(self._view, index)
        if not full_text or full_text == own:
            return own
        return tool_tip_with_full_text(full_text, own)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ToolTip:
            return False

        index = self._view.indexAt(event.pos())
        if not index.isValid():
            return False
        text = self.tool_tip_at(index)
        if text:
            QToolTip.showText(event.globalPos(), text, self._view.viewport(), self._view.visualRect(index))
        else:
            QToolTip.hideText()
            event.ignore()
        return True


def show_full_text_of_elided_cells(view: QAbstractItemView) -> ElidedCellToolTips:
    """Give ``view`` tooltips with the full text of elided cells, and return the filter (owned by the view)."""
    return ElidedCellToolTips(view)
