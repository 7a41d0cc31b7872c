"""Tests of the eliding widgets: a combo box, a label and item-view cells that show "…" and the full text as tooltip."""

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication, QComboBox, QStyle, QStyleOptionComboBox, QTableWidget, QTableWidgetItem, QToolTip, QWidget,
)

from workbench.gui.panels.elided_widgets import ElidedComboBox, ElidedLabel, show_full_text_of_elided_cells

LONG_ENTRY = "Stepwise: α0 / (1 + decay · ⌊epoch / interval⌋)"
DESCRIPTION = "How α decays"


def _show_tool_tip(widget, position: QPoint) -> str:
    """Send ``widget`` the tooltip event Qt sends when the mouse rests at ``position``; return the tooltip shown."""
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, position, widget.mapToGlobal(position))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.fixture
def combo(qtbot):
    widget = ElidedComboBox()
    widget.addItem("Constant")
    widget.addItem(LONG_ENTRY)
    widget.setToolTip(DESCRIPTION)
    qtbot.addWidget(widget)
    widget.resize(150, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_combo_short_entry_not_elided(combo):
    assert not combo.is_elided()
    assert combo.displayed_text() == "Constant"
    assert combo.toolTip() == DESCRIPTION


def test_combo_long_entry_elided(combo):
    combo.setCurrentIndex(1)

    assert combo.is_elided()
    assert combo.displayed_text().endswith("…")
    assert LONG_ENTRY.startswith(combo.displayed_text()[:-1])
    assert combo.fontMetrics().horizontalAdvance(combo.displayed_text()) <= combo.text_width()


def test_combo_long_entry_tool_tip(combo):
    combo.setCurrentIndex(1)

    tool_tip = _show_tool_tip(combo, QPoint(10, combo.height() // 2))

    assert tool_tip.startswith(LONG_ENTRY)
    assert tool_tip.endswith(DESCRIPTION)
    assert combo.description() == DESCRIPTION


def test_combo_wide_enough_not_elided(combo):
    combo.setCurrentIndex(1)

    combo.resize(combo.fontMetrics().horizontalAdvance(LONG_ENTRY) + 80, combo.height())

    assert not combo.is_elided()
    assert combo.toolTip() == DESCRIPTION


def test_combo_tool_tip_after_blocked_signals(combo):
    combo.blockSignals(True)
    combo.setCurrentIndex(1)
    combo.blockSignals(False)

    tool_tip = _show_tool_tip(combo, QPoint(10, combo.height() // 2))

    assert tool_tip.startswith(LONG_ENTRY)


def test_combo_paints_elided_text(qtbot):
    # Both boxes sit in one window, so they share its active state and palette.
    window = QWidget()
    qtbot.addWidget(window)
    combo = ElidedComboBox(window)
    combo.addItem(LONG_ENTRY)
    combo.setGeometry(0, 0, 150, combo.sizeHint().height())
    # A plain combo box whose only entry is the elided text must paint the same pixels.
    reference = QComboBox(window)
    reference.addItem(combo.displayed_text())
    reference.setGeometry(0, 40, 150, combo.height())
    window.show()
    qtbot.waitExposed(window)

    assert combo.is_elided()
    assert combo.grab().toImage() == reference.grab().toImage()


def test_combo_paints_elided_text_with_icon(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor("#E69F00"))
    combo = ElidedComboBox(window)
    combo.addItem(QIcon(pixmap), LONG_ENTRY)
    combo.setGeometry(0, 0, 150, combo.sizeHint().height())
    reference = QComboBox(window)
    reference.addItem(QIcon(pixmap), combo.displayed_text())
    reference.setGeometry(0, 40, 150, combo.height())
    window.show()
    qtbot.waitExposed(window)

    assert combo.is_elided()
    assert combo.grab().toImage() == reference.grab().toImage()


@pytest.mark.parametrize("with_icon", [False, True], ids=["text", "icon"])
def test_combo_elided_text_not_clipped(qtbot, with_icon):
    # The elided text, painted in a box wide enough for anything, must end before the narrow box's
    # edit field does, because otherwise the narrow box clips it.
    window = QWidget()
    qtbot.addWidget(window)
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor("#E69F00"))
    icon = QIcon(pixmap) if with_icon else QIcon()
    narrow = ElidedComboBox(window)
    narrow.addItem(icon, LONG_ENTRY)
    narrow.setGeometry(0, 0, 150, narrow.sizeHint().height())
    boxes = []
    for row, text in enumerate((narrow.displayed_text(), "")):
        box = QComboBox(window)
        box.addItem(icon, text)
        box.setGeometry(0, 40 * (row + 1), 600, narrow.height())
        boxes.append(box)
    window.show()
    qtbot.waitExposed(window)

    option = QStyleOptionComboBox()
    narrow.initStyleOption(option)
    field = narrow.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                          QStyle.SubControl.SC_ComboBoxEditField, narrow)
    beyond = QRect(field.right() + 1, 0, 60, narrow.height())
    with_text, without_text = (box.grab().toImage().copy(beyond) for box in boxes)
    assert narrow.is_elided()
    assert with_text == without_text


def test_combo_size_ignores_long_entry(qtbot):
    widget = ElidedComboBox(minimum_characters=8)
    widget.addItem(LONG_ENTRY * 3)
    qtbot.addWidget(widget)

    assert widget.sizeHint().width() < widget.fontMetrics().horizontalAdvance(LONG_ENTRY)
    assert widget.view().textElideMode() == Qt.TextElideMode.ElideRight


@pytest.fixture
def label(qtbot):
    widget = ElidedLabel(elide_mode=Qt.TextElideMode.ElideMiddle)
    widget.setText("Database: /home/learner/experiments/a/very/deep/folder/runs.sqlite3")
    qtbot.addWidget(widget)
    widget.resize(160, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_label_elided_in_middle(label):
    assert label.is_elided()
    assert label.displayed_text().startswith("Database")
    assert label.displayed_text().endswith("sqlite3")
    assert "…" in label.displayed_text()


def test_label_tool_tip_full_text(label):
    tool_tip = _show_tool_tip(label, QPoint(10, label.height() // 2))

    assert tool_tip == label.text()


def test_label_minimum_width_zero(label):
    assert label.minimumSizeHint().width() == 0
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_label_fits_no_tool_tip(label):
    label.resize(label.sizeHint().width() + 20, label.height())

    assert not label.is_elided()
    assert label.toolTip() == ""


@pytest.fixture
def table(qtbot):
    widget = QTableWidget(2, 1)
    widget.setItem(0, 0, QTableWidgetItem("A label much longer than its column"))
    own = QTableWidgetItem("Adam")
    own.setToolTip("rejected: beta1 = 1.5 is invalid")
    widget.setItem(1, 0, own)
    widget.setColumnWidth(0, 60)
    qtbot.addWidget(widget)
    widget.resize(240, 140)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_cell_elided_tool_tip_full_text(table):
    tool_tips = show_full_text_of_elided_cells(table)
    index = table.model().index(0, 0)

    tool_tip = _show_tool_tip(table.viewport(), table.visualRect(index).center())

    assert tool_tip == "A label much longer than its column"
    assert tool_tips.tool_tip_at(index) == tool_tip


def test_cell_fitting_keeps_own_tool_tip(table):
    tool_tips = show_full_text_of_elided_cells(table)

    assert tool_tips.tool_tip_at(table.model().index(1, 0)) == "rejected: beta1 = 1.5 is invalid"


def test_cell_wide_column_no_tool_tip(table):
    tool_tips = show_full_text_of_elided_cells(table)
    table.setColumnWidth(0, 230)

    assert tool_tips.tool_tip_at(table.model().index(0, 0)) == ""


def test_cell_elided_keeps_own_tool_tip(table):
    tool_tips = show_full_text_of_elided_cells(table)
    table.setColumnWidth(0, 20)

    text = tool_tips.tool_tip_at(table.model().index(1, 0))

    assert text.startswith("Adam")
    assert text.endswith("rejected: beta1 = 1.5 is invalid")
