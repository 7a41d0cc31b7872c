"""Layout tests of the whole window: every tab and dock reads in full in English and Chinese at 1280 × 800 and 1400 × 900.

Text that does not fit must be elided and show its full text in its tooltip.
Every other text must fit its widget, and no two widgets of one layout may
overlap.
"""

import pytest
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QHeaderView, QLabel, QLayout, QStyle, QStyleOptionComboBox, QTabBar, QWidget,
)

from workbench.gui.panels.elided_widgets import ElidedComboBox

WINDOW_SIZES = [(1280, 800), (1400, 900)]


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    """The interface language; Chinese installs the translators before any widget is built."""
    if request.param == "zh_CN":
        request.getfixturevalue("chinese")
    return request.param


def _is_rich_text(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.AutoText:
        return Qt.mightBeRichText(label.text())
    return label.textFormat() == Qt.TextFormat.RichText


def _label_problem(label: QLabel) -> str:
    if label.wordWrap() or not label.text() or _is_rich_text(label):
        return ""
    if hasattr(label, "displayed_text"):  # an eliding label paints what fits and shows the rest as tooltip
        return ""
    margins = label.contentsMargins()
    needed = max(label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n"))
    needed += margins.left() + margins.right() + 2 * label.margin()
    if needed > label.width():
        return f"label {label.text()!r} needs {needed} px, has {label.width()}"
    return ""


def _button_problem(button: QAbstractButton) -> str:
    if button.text() and button.sizeHint().width() > button.width():
        return f"button {button.text()!r} needs {button.sizeHint().width()} px, has {button.width()}"
    return ""


def _combo_problem(combo: QComboBox) -> str:
    text = combo.currentText()
    if not text or combo.isEditable():
        return ""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    if combo.fontMetrics().horizontalAdvance(text) <= field.width() - 2:
        return ""
    if not isinstance(combo, ElidedComboBox):
        return f"combo box entry {text!r} is cut without an ellipsis"
    if not combo.is_elided() or not combo.toolTip().startswith(text):
        return f"combo box entry {text!r} is elided without its full text as tooltip"
    return ""


def _header_problems(header: QHeaderView) -> list[str]:
    """Return the column titles that are too narrow to read in full and have no tooltip to read them in."""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + 2 * margin
        tool_tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if header.sectionSize(section) < needed and not tool_tip:
            problems.append(f"column title {title!r} needs {needed} px, has {header.sectionSize(section)}, no tooltip")
    return problems


def _tab_problems(tab_bar: QTabBar) -> list[str]:
    return [f"tab {tab_bar.tabText(index)!r} is cut" for index in range(tab_bar.count())
            if tab_bar.tabRect(index).width() < tab_bar.tabSizeHint(index).width()]


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """Return the widgets a layout and its nested layouts manage."""
    widgets = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            widgets.append(item.widget())
        elif item.layout() is not None:
            widgets.extend(_layout_widgets(item.layout()))
    return widgets


def _overlaps(parent: QWidget) -> list[str]:
    widgets = [widget for widget in _layout_widgets(parent.layout()) if widget.isVisible()]
    problems = []
    for position, first in enumerate(widgets):
        for second in widgets[position + 1:]:
            shared = first.geometry().intersected(second.geometry())
            if shared.width() > 1 and shared.height() > 1:
                problems.append(f"{type(first).__name__} {first.objectName()!r} overlaps "
                                f"{type(second).__name__} {second.objectName()!r}")
    return problems


def window_problems(window: QWidget) -> list[str]:
    """Return every visible text of ``window`` cut without an ellipsis and every pair of overlapping widgets."""
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            problems.append(_label_problem(widget))
        elif isinstance(widget, QAbstractButton):
            problems.append(_button_problem(widget))
        elif isinstance(widget, QComboBox):
            problems.append(_combo_problem(widget))
        elif isinstance(widget, QTabBar):
            problems.extend(_tab_problems(widget))
        elif isinstance(widget, QHeaderView):
            problems.extend(_header_problems(widget))
        if widget.layout() is not None:
            problems.extend(_overlaps(widget))
    return [problem for problem in problems if problem]


def _show_page(qtbot, window, page):
    """Show a lazily built tab and wait until its view exists and its layout covers the whole view."""
    window.show_view(page)
    qtbot.waitUntil(lambda: page.widget is not None)
    view = page.widget
    qtbot.waitUntil(lambda: view.layout() is None or view.layout().geometry() == view.rect())


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_tab_reads_in_full(qtbot, language, make_window, size):
    window = make_window()
    window.resize(*size)
    qtbot.waitExposed(window)
    pages = {
        "Training": window.training_view, "Landscape": window.landscape_tab, "EWA explorer": window.ewa_tab,
        "Decay explorer": window.decay_tab, "Compare": window.comparison_tab, "Sweep": window.sweep_tab,
    }

    problems = []
    for name, page in pages.items():
        if page is window.training_view:
            window.show_view(page)
            qtbot.wait(30)
        else:
            _show_page(qtbot, window, page)
        if page is window.landscape_tab:
            window.landscape_view.add_course_presets()
            qtbot.wait(30)
        problems.extend(f"{name}: {problem}" for problem in window_problems(window))

    assert problems == []


@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_run_history_dock_reads_in_full(qtbot, language, make_window, size):
    window = make_window()
    window.resize(*size)
    window.runs_dock.show()
    qtbot.waitUntil(lambda: window.runs_panel is not None)
    panel = window.runs_panel
    panel.database_label.setText("Database: /home/learner/" + "nested/" * 40 + "runs.sqlite3")
    # The panel is built when the dock is first shown, and its LazyView placeholder redoes the panel's
    # layout on a zero timer. The check waits until that layout covers the whole panel.
    qtbot.waitUntil(lambda: panel.layout().geometry() == panel.rect())

    assert window_problems(window) == []
    assert window.width() == size[0]
    assert panel.database_label.toolTip().endswith("runs.sqlite3")


def _parameter_combos(window) -> list[QComboBox]:
    return [combo for combo in window.parameter_panel.findChildren(QComboBox) if combo.isVisible()]


def test_parameter_combo_entries_elided(qtbot, language, make_window):
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    dock_width = window.parameter_dock.width()

    for combo in _parameter_combos(window):
        assert isinstance(combo, ElidedComboBox)
        for index in range(combo.count()):
            entry = combo.itemText(index)
            # Choosing "Open CSV…" opens a file dialog; its text is short anyway.
            if not entry or entry.endswith("…"):
                continue
            combo.setCurrentIndex(index)
            qtbot.wait(5)
            assert _combo_problem(combo) == ""
            assert window.parameter_dock.width() == dock_width, entry


def test_long_data_set_entry_elided(qtbot, make_window):
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    combo = window.parameter_panel.data_panel.source_combo

    combo.setCurrentIndex(combo.findText("Digits (CSV, 64 features, 10 classes)"))
    qtbot.wait(10)

    assert combo.is_elided()
    assert combo.displayed_text().endswith("…")
    assert combo.toolTip().startswith("Digits (CSV, 64 features, 10 classes)")
