"""Qt's own dialogs as the app opens them, in Chinese: no English text except file names and paths.

The tests open the file dialogs through the app's own menu actions, or with
the same static QFileDialog call the app makes, and the message boxes through
the app's own code. They then read every text the dialog shows: title,
labels, buttons, tool tips, combo items, header sections, the Type column and
context menus.
The ``chinese`` fixture installs the translators as the app does at start.
A Chinese system locale is simulated with ``QLocale.setDefault`` because
QMimeDatabase names file types in the default locale's language. The Size
and Date Modified columns are left out: QFileSystemModel formats them with
``QLocale.system()``, which a running process cannot switch.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QFileDialog, QLabel, QLineEdit, QMenu, QMessageBox, QToolButton,
    QTreeView, QWidget,
)

from workbench.gui.settings import KEY_LAST_DIRECTORY

# The offscreen platform cannot raise windows or grab the keyboard for menus, and logs a warning each time.
pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

DIALOG_TIMEOUT_SECONDS = 10.0

# Latin words a Chinese dialog may show: the size unit of QLocale.formattedDataSize and file
# format names that Chinese software keeps in Latin letters (see docs/glossary.zh-CN.md).
ALLOWED_WORDS = {"KiB", "MiB", "GiB", "CSV", "JSON", "PNG", "SVG", "SQLite"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
MNEMONIC = re.compile(r"\(&[A-Za-z]\)")
FILTER_PATTERNS = re.compile(r"\([^()]*\*[^()]*\)")


@pytest.fixture
def chinese_locale(chinese):
    """The zh_CN translators plus a Chinese default locale, as for a user whose system locale is Chinese."""
    original = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(original)


@pytest.fixture
def experiment_folder(tmp_path):
    """A folder with a sub-folder and the kinds of files the app's dialogs list."""
    folder = tmp_path / "experiments"
    (folder / "old runs").mkdir(parents=True)
    (folder / "experiment.json").write_text("{}", encoding="utf-8")
    (folder / "metrics.csv").write_text("epoch,cost\n1,0.5\n", encoding="utf-8")
    (folder / "runs.sqlite3").write_bytes(b"")
    return folder


def english_words(text: str, allowed_texts: set[str]) -> list[str]:
    """Return the Latin words of ``text`` after removing file names, paths, filter patterns and mnemonics."""
    text = text.split("\t")[0]  # a menu entry's shortcut follows a tab
    for allowed in sorted(allowed_texts, key=len, reverse=True):
        if allowed:
            text = text.replace(allowed, " ")
    text = MNEMONIC.sub(" ", text)
    text = FILTER_PATTERNS.sub(" ", text)
    return [word for word in LATIN_WORD.findall(text) if word not in ALLOWED_WORDS]


def run_modal(trigger, inspect):
    """Call ``trigger``, which opens a modal dialog and waits in its event loop; return ``inspect(dialog)``.

    A timer started before ``trigger`` finds the dialog, runs ``inspect`` on it
    and rejects it, so ``trigger`` returns. Raises AssertionError when no modal
    dialog opened, and re-raises any error of ``inspect``.
    """
    outcome = {}
    deadline = time.monotonic() + DIALOG_TIMEOUT_SECONDS

    def poll():
        if "done" in outcome:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            try:
                outcome["value"] = inspect(dialog)
            except BaseException as error:  # noqa: BLE001 - handed to the test below
                outcome["error"] = error
            finally:
                dialog.reject()
            return
        if time.monotonic() < deadline:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(0, poll)
    trigger()
    outcome["done"] = True

    if "error" in outcome:
        raise outcome["error"]
    assert "value" in outcome, "no modal dialog opened"
    return outcome["value"]


def context_menu_texts(widget: QWidget) -> list[str]:
    """Open ``widget``'s context menu as a right click does and return its entries; the menu is closed again."""
    entries: list[str] = []

    def read_and_close():
        for top_level in QApplication.topLevelWidgets():
            if isinstance(top_level, QMenu) and top_level.isVisible():
                entries.extend(action.text() for action in top_level.actions() if not action.isSeparator())
                top_level.close()

    QTimer.singleShot(100, read_and_close)
    position = QPoint(10, 10)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position,
                                                     widget.mapToGlobal(position)))
    QApplication.processEvents()
    return entries


def widget_texts(dialog: QWidget) -> list[tuple[str, str]]:
    """Return (where, text) for the title, labels, buttons, tool tips and combo items of ``dialog``."""
    texts = [("title", dialog.windowTitle())]

    for label in dialog.findChildren(QLabel):
        if label.isVisible():
            texts.append((f"label {label.objectName()}".strip(), label.text()))
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            texts.append((f"button {button.objectName()}".strip(), button.text()))
            texts.append((f"tool tip {button.objectName()}".strip(), button.toolTip()))
    for combo in dialog.findChildren(QComboBox):
        if combo.isVisible():
            texts.extend((f"combo {combo.objectName()}", combo.itemText(index)) for index in range(combo.count()))
    return [(where, text) for where, text in texts if text]


def listed_names(tree: QTreeView) -> set[str]:
    model = tree.model()
    root = tree.rootIndex()
    return {model.index(row, 0, root).data() for row in range(model.rowCount(root))}


def file_dialog_texts(dialog: QFileDialog, qtbot, expected_names: set[str]) -> tuple[list[tuple[str, str]], set[str]]:
    """Return the texts a file dialog shows in its detail view and context menus, and the file names it lists.

    The file system model lists a folder in a background thread, so this
    waits until every name in ``expected_names`` is listed.
    """
    dialog.findChild(QToolButton, "detailModeButton").click()
    tree = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: expected_names <= listed_names(tree), timeout=5000)
    model = tree.model()
    root = tree.rootIndex()

    texts = widget_texts(dialog)
    texts.extend(("header", str(model.headerData(column, Qt.Orientation.Horizontal)))
                 for column in range(model.columnCount(root)))
    names = set()
    for row in range(model.rowCount(root)):
        names.add(model.index(row, 0, root).data())
        texts.append(("type column", model.index(row, 2, root).data()))

    sidebar = dialog.findChild(QWidget, "sidebar")
    sidebar_model = sidebar.model()
    texts.extend(("sidebar", sidebar_model.index(row, 0).data()) for row in range(sidebar_model.rowCount()))

    texts.extend(("list context menu", text) for text in context_menu_texts(tree.viewport()))
    texts.extend(("header context menu", text) for text in context_menu_texts(tree.header()))
    texts.extend(("file name context menu", text)
                 for text in context_menu_texts(dialog.findChild(QLineEdit, "fileNameEdit")))
    return [(where, text) for where, text in texts if text], names


def assert_no_english(texts: list[tuple[str, str]], allowed_texts: set[str]) -> None:
    english = [(where, text) for where, text in texts if english_words(text, allowed_texts)]
    assert not english, f"English text left in the Chinese dialog: {english}"


def allowed_paths(*paths: Path) -> set[str]:
    """Return the path strings and file names a dialog may show unchanged."""
    allowed = {str(Path.home()), Path.home().name}
    for path in paths:
        allowed.add(str(path))
        allowed.update(part for part in path.parts if part != "/")
    return allowed


def test_open_experiment_dialog_chinese(chinese_locale, make_window, app_settings, experiment_folder, qtbot,
                                        tmp_path):
    app_settings.setValue(KEY_LAST_DIRECTORY, str(experiment_folder))
    window = make_window()

    texts, names = run_modal(window.open_action.trigger,
                             lambda dialog: file_dialog_texts(dialog, qtbot, {"old runs", "experiment.json"}))

    assert ("label lookInLabel", "查找范围(&L)：") in texts
    assert ("label fileTypeLabel", "文件类型(&T)：") in texts
    assert ("type column", "文件夹") in texts
    assert_no_english(texts, allowed_paths(experiment_folder, tmp_path) | names)


def test_save_experiment_dialog_chinese(chinese_locale, make_window, app_settings, experiment_folder, qtbot,
                                        tmp_path):
    app_settings.setValue(KEY_LAST_DIRECTORY, str(experiment_folder))
    window = make_window()

    texts, names = run_modal(window.save_action.trigger,
                             lambda dialog: file_dialog_texts(dialog, qtbot, {"old runs", "experiment.json"}))

    assert ("title", "保存实验") in texts
    assert ("button", "保存(&S)") in texts
    assert ("type column", "文件夹") in texts
    assert_no_english(texts, allowed_paths(experiment_folder, tmp_path) | names)


def test_save_overwrite_question_chinese(chinese_locale, make_window, app_settings, experiment_folder):
    app_settings.setValue(KEY_LAST_DIRECTORY, str(experiment_folder))
    window = make_window()

    def confirm_overwrite(dialog):
        # Accepting an existing name makes the dialog ask, in a nested message box, whether to replace it.
        return run_modal(dialog.accept, widget_texts)

    texts = run_modal(window.save_action.trigger, confirm_overwrite)

    assert any("已存在" in text for _where, text in texts), texts
    assert_no_english(texts, allowed_paths(experiment_folder) | {"experiment.json"})


def test_choose_database_dialog_chinese(chinese_locale, make_window, isolated_run_database, qtbot, tmp_path):
    (isolated_run_database.parent / "backups").mkdir()
    window = make_window()

    texts, names = run_modal(window.choose_database_action.trigger,
                             lambda dialog: file_dialog_texts(dialog, qtbot, {"backups"}))

    assert ("combo fileTypeCombo", "运行数据库 (*.sqlite3 *.sqlite *.db)") in texts
    assert ("type column", "文件夹") in texts
    assert_no_english(texts, allowed_paths(isolated_run_database, tmp_path) | names)


def test_folder_dialog_chinese(chinese_locale, make_window, experiment_folder, qtbot, tmp_path):
    window = make_window()

    # The comparison view requests the folder for the run CSV files with this call.
    title = QCoreApplication.translate("RunComparisonView", "Folder for the run CSV files")
    texts, names = run_modal(lambda: QFileDialog.getExistingDirectory(window, title, str(experiment_folder)),
                             lambda dialog: file_dialog_texts(dialog, qtbot, {"old runs"}))

    assert ("type column", "文件夹") in texts
    assert_no_english(texts, allowed_paths(experiment_folder, tmp_path) | names)


def test_file_dialog_shortcuts_chinese(chinese_locale, make_window, app_settings, experiment_folder):
    app_settings.setValue(KEY_LAST_DIRECTORY, str(experiment_folder))
    window = make_window()

    def shortcuts(dialog):
        return {name: dialog.findChild(QToolButton, name).shortcut().toString()
                for name in ("backButton", "forwardButton", "toParentButton")}

    found = run_modal(window.open_action.trigger, shortcuts)

    assert found == {"backButton": "Alt+Left", "forwardButton": "Alt+Right", "toParentButton": "Alt+Up"}


def test_warning_box_ok_chinese(chinese_locale, make_window, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    window = make_window()

    window.open_experiment(path)
    box = window.last_message_box
    texts = [(where, text) for where, text in widget_texts(box) if not where.startswith("label")]
    box.close()

    assert ("title", "无法打开实验") in texts
    assert ("button", "确定") in texts
    assert_no_english(texts, set())


def test_delete_question_yes_cancel_chinese(chinese_locale, make_window, qtbot):
    window = make_window()
    window.runs_dock.show()
    qtbot.waitUntil(lambda: window.runs_panel is not None, timeout=5000)
    panel = window.runs_panel

    panel.delete_runs([1, 2], confirm=True)
    box = panel.last_message_box
    buttons = [box.button(QMessageBox.StandardButton.Yes).text(), box.button(QMessageBox.StandardButton.Cancel).text()]
    box.close()

    assert buttons == ["是(&Y)", "取消"]
