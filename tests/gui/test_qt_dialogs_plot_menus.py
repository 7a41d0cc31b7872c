"""pyqtgraph's plot context menu and Export dialog in Chinese, on the training view's cost plot.

The menu is the one a right click on the plot shows: the ViewBox's entries,
the PlotItem's "Plot Options" submenus and the scene's "Export..." entry. The
texts are read from the menus and from the widgets embedded in them (labels,
buttons, tool tips, group boxes).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget, QWidgetAction

# The offscreen platform cannot raise windows, and logs a warning each time a dialog is shown.
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
HTML_TAG = re.compile(r"<[^>]+>")

# Abbreviations and names that Chinese software keeps in Latin letters.
ALLOWED_WORDS = {"FFT", "dy", "dx", "PNG", "TIF", "JPG", "CSV", "SVG", "HDF", "Matplotlib"}

# pyqtgraph 0.14.0 writes these texts of its Export dialog without QCoreApplication.translate,
# so no catalog can translate them: the names of the items to export, the heading of the
# options and parameter values.
UNTRANSLATABLE_EXPORT_TEXTS = {"Entire Scene", "Plot", "ViewBox", "params", "comma", "tab", "(x,y) per plot",
                               "(x,y,y,y) for all plots"}


def english_words(text: str) -> list[str]:
    """Return the Latin words of ``text`` that are not allowed names, ignoring HTML tags of rich-text tool tips."""
    return [word for word in LATIN_WORD.findall(HTML_TAG.sub(" ", text)) if word not in ALLOWED_WORDS]


def embedded_widget_texts(widget: QWidget) -> list[str]:
    """Return the labels, button texts, group box titles and tool tips of ``widget`` and its children."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts.append(child.toolTip())
        if isinstance(child, QLabel):
            texts.append(child.text())
        if isinstance(child, QAbstractButton):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(child.title())
    return [text for text in texts if text]


def menu_texts(menu: QMenu) -> list[str]:
    """Return the entries of ``menu`` and its submenus, with the texts of widgets embedded in them."""
    texts = [menu.title()]
    for action in menu.actions():
        if action.isSeparator():
            continue
        texts.append(action.text())
        if action.menu() is not None:
            texts.extend(menu_texts(action.menu()))
        if isinstance(action, QWidgetAction) and action.defaultWidget() is not None:
            texts.extend(embedded_widget_texts(action.defaultWidget()))
    return [text for text in texts if text]


@pytest.fixture
def cost_plot(chinese, make_window):
    """The training view's cost plot, built with the zh_CN translators installed."""
    window = make_window()
    return window.training_view.plots.cost_plot


def test_plot_context_menu_chinese(cost_plot):
    view_box = cost_plot.getViewBox()
    scene = view_box.scene()

    texts = menu_texts(view_box.getMenu(None))
    texts += menu_texts(cost_plot.getContextMenus(None))
    texts += [action.text() for action in scene.contextMenu]

    assert "显示全部" in texts
    assert "绘图选项" in texts
    assert "导出…" in texts
    english = [text for text in texts if english_words(text)]
    assert not english, f"English text left in the Chinese plot menu: {english}"


def test_plot_export_dialog_chinese(cost_plot, qtbot):
    view_box = cost_plot.getViewBox()
    scene = view_box.scene()
    scene.contextMenuItem = view_box  # the item a right click chose, as the scene's menu sets it

    scene.showExportDialog()
    dialog = scene.exportDialog
    qtbot.addWidget(dialog)
    texts = [dialog.windowTitle(), *embedded_widget_texts(dialog)]
    formats = dialog.ui.formatList
    for row in range(formats.count()):
        formats.setCurrentRow(row)
        texts.append(formats.item(row).text())
        tree = dialog.ui.paramTree
        texts.extend(tree.topLevelItem(index).text(0) for index in range(tree.topLevelItemCount())
                     if not tree.topLevelItem(index).isHidden())
        parameters = dialog.currentExporter.parameters()
        if parameters is not None:
            texts.extend(parameter.title() for parameter in parameters.children())
    dialog.close()

    assert "导出" in texts
    assert "要导出的项：" in texts
    assert "可缩放矢量图形（SVG）" in texts
    assert "宽度" in texts
    english = [text for text in texts if english_words(text) and text not in UNTRANSLATABLE_EXPORT_TEXTS]
    assert not english, f"English text left in the Chinese Export dialog: {english}"
