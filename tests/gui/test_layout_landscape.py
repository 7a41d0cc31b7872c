"""Layout tests of the Landscape tab's optimizer table in English and Chinese at the window sizes we support."""

import pytest

from workbench.gui.landscape.optimizer_table import (
    COLUMN_BETA1,
    COLUMN_COUNT,
    COLUMN_LABEL,
    COLUMN_MESSAGE,
    COLUMN_OPTIMIZER,
    COLUMN_SCHEDULE,
    OptimizerTable,
)
from workbench.gui.panels.elided_widgets import ElidedComboBox


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    """The interface language; Chinese installs the translators before any widget is built."""
    if request.param == "zh_CN":
        request.getfixturevalue("chinese")
    return request.param


def _landscape_table(qtbot, window, size):
    """Show the Landscape tab of ``window`` at ``size`` with the course presets, and return the optimizer table."""
    window.resize(*size)
    window.show_view(window.landscape_tab)
    qtbot.waitUntil(lambda: window.landscape_view is not None)
    view = window.landscape_view
    view.set_surface("saddle")
    view.add_course_presets()
    qtbot.wait(50)
    return view.optimizer_table


def _visible_columns(table):
    return [column for column in range(COLUMN_COUNT) if not table.table.isColumnHidden(column)]


def _columns_width(table):
    header = table.table.horizontalHeader()
    return sum(header.sectionSize(column) for column in _visible_columns(table))


def test_table_fits_at_1400(qtbot, language, make_window):
    table = _landscape_table(qtbot, make_window(), (1400, 900))

    assert not table.table.horizontalScrollBar().isVisible()
    assert _columns_width(table) <= table.table.viewport().width()


def test_table_nothing_elided_at_1400(qtbot, language, make_window):
    table = _landscape_table(qtbot, make_window(), (1400, 900))

    for row in range(table.row_count()):
        assert table.cell_tool_tip(row, COLUMN_LABEL) == "", table.table.item(row, COLUMN_LABEL).text()
        for column in (COLUMN_OPTIMIZER, COLUMN_SCHEDULE):
            combo = table.table.cellWidget(row, column)
            assert not combo.is_elided(), combo.currentText()


def test_headers_whole_at_1280(qtbot, language, make_window):
    table = _landscape_table(qtbot, make_window(), (1280, 800))
    header = table.table.horizontalHeader()

    for column in _visible_columns(table):
        title = table.table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title


def test_table_fits_at_1280(qtbot, language, make_window):
    table = _landscape_table(qtbot, make_window(), (1280, 800))

    assert not table.table.horizontalScrollBar().isVisible()
    assert _columns_width(table) <= table.table.viewport().width()


def test_message_column_only_with_errors(qtbot, language, make_window):
    table = _landscape_table(qtbot, make_window(), (1400, 900))
    assert table.table.isColumnHidden(COLUMN_MESSAGE)

    table.set_value(3, COLUMN_BETA1, "1.5")
    assert not table.table.isColumnHidden(COLUMN_MESSAGE)
    assert not table.table.horizontalScrollBar().isVisible()
    assert _columns_width(table) <= table.table.viewport().width()

    table.set_value(3, COLUMN_BETA1, "0.9")
    assert table.table.isColumnHidden(COLUMN_MESSAGE)


@pytest.fixture
def narrow_table(qtbot):
    """An optimizer table 30 pixels wider than its headers need, and narrower than its cells need."""
    table = OptimizerTable()
    qtbot.addWidget(table)
    table.add_course_presets()
    table.resize(1600, 300)
    table.show()
    qtbot.waitExposed(table)

    # Only the Label and Optimizer columns may be narrower than their cells; every header stays whole.
    header = table.table.horizontalHeader()
    needed = sum(
        header.sectionSizeHint(column) if column in (COLUMN_LABEL, COLUMN_OPTIMIZER)
        else max(header.sectionSizeHint(column), table.table.sizeHintForColumn(column))
        for column in _visible_columns(table)
    )
    table.resize(table.width() - table.table.viewport().width() + needed + 30, 300)
    qtbot.wait(20)
    return table


def test_narrow_table_elides_not_scrolls(narrow_table):
    table = narrow_table

    assert not table.table.horizontalScrollBar().isVisible()
    assert _columns_width(table) == table.table.viewport().width()


def test_narrow_label_full_tool_tip(narrow_table):
    assert narrow_table.cell_tool_tip(1, COLUMN_LABEL) == narrow_table.table.item(1, COLUMN_LABEL).text()


def test_long_label_elided_not_scrolled(narrow_table):
    narrow_table.set_value(1, COLUMN_LABEL, "Momentum with β = 0.9 and α = 0.01")

    assert narrow_table.cell_tool_tip(1, COLUMN_LABEL) == "Momentum with β = 0.9 and α = 0.01"
    assert not narrow_table.table.horizontalScrollBar().isVisible()
    assert _columns_width(narrow_table) == narrow_table.table.viewport().width()


def test_narrow_optimizer_combo_elided(narrow_table):
    combo = narrow_table.table.cellWidget(1, COLUMN_OPTIMIZER)

    assert isinstance(combo, ElidedComboBox)
    import time; from PySide6.QtWidgets import QApplication
    for _ in range(20): QApplication.processEvents(); time.sleep(0.01)
    print("DBG", combo.width(), combo.geometry(), narrow_table.table.visualRect(narrow_table.table.model().index(1, 3)))
    assert combo.is_elided()
    assert combo.toolTip().startswith(combo.currentText())


def test_cell_widgets_inside_cells(qtbot, narrow_table):
    # Combo boxes must not keep or regain a width wider than their column, over the next cells.
    qtbot.wait(100)
    view = narrow_table.table

    for row in range(narrow_table.row_count()):
        for column in (COLUMN_OPTIMIZER, COLUMN_SCHEDULE):
            cell = view.visualRect(view.model().index(row, column))
            assert cell.contains(view.cellWidget(row, column).geometry()), (row, column)


def test_wider_table_restores_widths(qtbot, narrow_table):
    narrow_table.resize(1600, 300)
    qtbot.wait(20)
    table = narrow_table

    assert table.cell_tool_tip(1, COLUMN_LABEL) == ""
    assert not table.table.cellWidget(1, COLUMN_OPTIMIZER).is_elided()
    assert _columns_width(table) == table.table.viewport().width()
