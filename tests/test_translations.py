"""The zh_CN translation: in step with the GUI code, finished, consistent, compiled, and used."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
TOOL_PATH = REPOSITORY_ROOT / "tools" / "translations.py"


def _load_translation_tool():
    spec = importlib.util.spec_from_file_location("workbench_translation_tool", TOOL_PATH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


translations = _load_translation_tool()

needs_ts = pytest.mark.skipif(
    not translations.TS_PATH.is_file(),
    reason=f"{translations.TS_PATH.name} does not exist yet; create it with `python tools/translations.py update`",
)

every_catalog = pytest.mark.parametrize("catalog", translations.CATALOGS, ids=lambda catalog: catalog.ts_path.stem)


def _has_main_window() -> bool:
    try:
        return importlib.util.find_spec("workbench.gui.main_window") is not None
    except ModuleNotFoundError:
        return False


def _contains_chinese(text: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in text)


# --- the tool itself, on a small .ts file written here ----------------------------------

SAMPLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Epoch {0}</source>
        <translation>轮次 {0}</translation>
    </message>
    <message>
        <source>Learning rate α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost {cost:.4f}</source>
        <translation>代价 {cost}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>  </translation>
    </message>
    <message numerus="yes">
        <source>%n iteration(s)</source>
        <translation>
            <numerusform>%n 次迭代</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n epoch(s)</source>
        <translation>
            <numerusform>若干轮次</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed string</source>
        <translation type="vanished">已删除</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../workbench/gui/panel.py" line="12"/>
        <source>Misread context</source>
        <translation>读错的上下文</translation>
    </message>
</context>
</TS>
"""


def test_read_messages_skips_vanished(tmp_path):
    ts_path = tmp_path / "sample.ts"
    ts_path.write_text(SAMPLE_TS, encoding="utf-8")

    messages = translations.read_messages(ts_path)

    sources = [message.source for message in messages]
    assert "Removed string" not in sources
    assert len(messages) == 7
    assert messages[0].context == "TrainingPanel"
    assert messages[0].translations == ["轮次 {0}"]
    assert messages[4].numerus
    assert messages[4].translations == ["%n 次迭代"]


def test_find_problems_lists_each_fault(tmp_path):
    ts_path = tmp_path / "sample.ts"
    ts_path.write_text(SAMPLE_TS, encoding="utf-8")

    problems = translations.find_problems(translations.read_messages(ts_path))

    assert len(problems) == 5, problems
    assert any("'Learning rate α'" in problem and "unfinished" in problem for problem in problems)
    assert any("'Stop'" in problem and "empty" in problem for problem in problems)
    assert any("'Cost {cost:.4f}'" in problem and "{cost:.4f}" in problem for problem in problems)
    assert any("'%n epoch(s)'" in problem and "%n" in problem for problem in problems)
    assert any("QCoreApplication.self" in problem and "panel.py:12" in problem for problem in problems)
    assert not any("'Epoch {0}'" in problem for problem in problems)
    assert not any("'%n iteration(s)'" in problem for problem in problems)


def test_placeholders_count_fields_and_markers():
    found = translations.placeholders("Epoch {0} of {total}: cost {cost:.3f}, {{literal}}, %n runs, %L1")

    assert found == {"{0}": 1, "{total}": 1, "{cost:.3f}": 1, "%n": 1, "%L1": 1}


def test_placeholders_reject_lone_brace():
    with pytest.raises(ValueError):
        translations.placeholders("cost {")


def test_check_command_exit_status(tmp_path, capsys):
    broken_path = tmp_path / "broken.ts"
    broken_path.write_text(SAMPLE_TS, encoding="utf-8")
    missing_path = tmp_path / "missing.ts"

    broken_status = translations.main(["check", "--ts", str(broken_path)])
    missing_status = translations.main(["check", "--ts", str(missing_path)])

    output = capsys.readouterr()
    assert broken_status == 1
    assert missing_status == 2
    assert "does not exist" in output.err


def test_lupdate_extracts_tr_and_translate(tmp_path):
    source = tmp_path / "panel.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n"
        "\n"
        "class Panel(QWidget):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.setWindowTitle(self.tr(\"Epoch {0}\").format(1))\n"
        "\n"
        "def caption():\n"
        "    return QCoreApplication.translate(\"Captions\", \"Validation set\")\n",
        encoding="utf-8",
    )
    ts_path = tmp_path / "out.ts"

    translations.run_lupdate([source], ts_path)

    pairs = {(message.context, message.source) for message in translations.read_messages(ts_path)}
    assert pairs == {("Panel", "Epoch {0}"), ("Captions", "Validation set")}


COMMENTED_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translatorcomment>A note that Qt never looks up.</translatorcomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""

APP_SOURCE = (
    "from PySide6.QtWidgets import QWidget\n"
    "\n"
    "class Panel(QWidget):\n"
    "    def __init__(self):\n"
    "        super().__init__()\n"
    "        self.setWindowTitle(self.tr(\"Epoch {0}\").format(1))\n"
)


def _two_catalogs(tmp_path, monkeypatch):
    """Point the tool at an extracted catalog and a hand-edited one under ``tmp_path``; return both."""
    app = translations.Catalog(tmp_path / "app_zh_CN.ts", tmp_path / "app_zh_CN.qm", extracted=True)
    extra = translations.Catalog(tmp_path / "extra_zh_CN.ts", tmp_path / "extra_zh_CN.qm", extracted=False)
    app.ts_path.write_text(SAMPLE_TS, encoding="utf-8")
    extra.ts_path.write_text(COMMENTED_TS, encoding="utf-8")
    monkeypatch.setattr(translations, "CATALOGS", (app, extra))
    return app, extra


def test_read_messages_keeps_comments(tmp_path):
    ts_path = tmp_path / "commented.ts"
    ts_path.write_text(COMMENTED_TS, encoding="utf-8")

    folder, shortcut = translations.read_messages(ts_path)

    assert folder.comment == "All other platforms"
    assert folder.translator_comment == ""
    assert shortcut.translator_comment == "A note that Qt never looks up."


def test_find_problems_names_disambiguation(tmp_path):
    ts_path = tmp_path / "commented.ts"
    ts_path.write_text(COMMENTED_TS, encoding="utf-8")

    problems = translations.find_problems(translations.read_messages(ts_path))

    assert problems == ["[QAbstractFileIconProvider] 'Shortcut' (All other platforms): translation is unfinished"]


def test_check_covers_every_catalog(tmp_path, monkeypatch, capsys):
    app, extra = _two_catalogs(tmp_path, monkeypatch)

    status = translations.main(["check"])

    output = capsys.readouterr().out
    assert status == 1
    assert f"{app.ts_path.name}: [TrainingPanel] 'Stop': translation is empty" in output
    assert f"{extra.ts_path.name}: [QAbstractFileIconProvider] 'Shortcut'" in output


def test_compile_writes_every_catalog(tmp_path, monkeypatch):
    app, extra = _two_catalogs(tmp_path, monkeypatch)

    status = translations.main(["compile"])

    assert status == 0
    assert app.qm_path.is_file()
    assert extra.qm_path.is_file()


def test_update_leaves_hand_edited_catalog(tmp_path, monkeypatch):
    app, extra = _two_catalogs(tmp_path, monkeypatch)
    source = tmp_path / "panel.py"
    source.write_text(APP_SOURCE, encoding="utf-8")
    monkeypatch.setattr(translations, "gui_sources", lambda: [source])

    status = translations.main(["update"])

    assert status == 0
    assert extra.ts_path.read_text(encoding="utf-8") == COMMENTED_TS
    pairs = {(message.context, message.source) for message in translations.read_messages(app.ts_path)}
    assert pairs == {("Panel", "Epoch {0}")}


# --- the committed translation -----------------------------------------------------------

@needs_ts
def test_ts_matches_gui_strings(tmp_path):
    fresh_path = tmp_path / "fresh.ts"
    translations.run_lupdate(translations.gui_sources(), fresh_path)

    fresh = {(message.context, message.source) for message in translations.read_messages(fresh_path)}
    committed = {(message.context, message.source) for message in translations.read_messages(translations.TS_PATH)}

    missing = sorted(fresh - committed)
    stale = sorted(committed - fresh)
    assert not missing, f"strings in the GUI but not in the .ts; run `python tools/translations.py update`: {missing}"
    assert not stale, f"strings in the .ts that the GUI no longer uses; run update: {stale}"


@every_catalog
def test_ts_has_no_unfinished_entry(catalog):
    messages = translations.read_messages(catalog.ts_path)

    unfinished = [
        f"[{message.context}] {message.source!r}"
        for message in messages
        if message.unfinished or not all(text.strip() for text in message.translations)
    ]
    assert not unfinished, f"{len(unfinished)} unfinished translations: {unfinished}"


@every_catalog
def test_ts_placeholders_match(catalog):
    mismatched = []

    for message in translations.read_messages(catalog.ts_path):
        if message.unfinished:
            continue
        expected = translations.placeholders(message.source)
        for text in message.translations:
            if translations.placeholders(text) != expected:
                mismatched.append(f"[{message.context}] {message.source!r} -> {text!r}")

    assert not mismatched, f"translations whose placeholders differ from the source: {mismatched}"


@needs_ts
def test_ts_contexts_are_class_names():
    misread = [
        f"{message.context} at {message.locations}"
        for message in translations.read_messages(translations.TS_PATH)
        if message.context.endswith(".self")
    ]

    assert not misread, f"lupdate misread these self.tr() contexts: {misread}"


@every_catalog
def test_qm_matches_ts(catalog, tmp_path):
    assert catalog.qm_path.is_file(), f"{catalog.qm_path.name} is missing; run `python tools/translations.py compile`"
    fresh_path = tmp_path / "fresh.qm"

    translations.run_lrelease(catalog.ts_path, fresh_path)

    assert fresh_path.read_bytes() == catalog.qm_path.read_bytes(), (
        "the committed .qm is older than the .ts; run `python tools/translations.py compile`"
    )


@every_catalog
def test_qm_translates_every_message(catalog, qapp):
    from PySide6.QtCore import QTranslator

    finished = [
        message for message in translations.read_messages(catalog.ts_path)
        if not message.unfinished and not message.numerus and message.translations and message.translations[0]
    ]
    if not finished:
        pytest.skip("the .ts has no finished translation to look up yet")
    translator = QTranslator()

    loaded = translator.load(str(catalog.qm_path))

    assert loaded, f"QTranslator could not load {catalog.qm_path}"
    wrong = [
        f"[{message.context}] {message.source!r} ({message.comment})"
        for message in finished
        if translator.translate(message.context, message.source, message.comment or None) != message.translations[0]
    ]
    assert not wrong, f"the .qm returns another text for: {wrong}"


@needs_ts
@pytest.mark.skipif(not _has_main_window(), reason="workbench.gui.main_window does not exist yet")
def test_main_window_shows_chinese(qtbot, qapp, isolated_settings):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget

    from workbench.gui.i18n import CHINESE_SIMPLIFIED, install_translators

    translators = install_translators(qapp, CHINESE_SIMPLIFIED)
    try:
        assert translators, "the app installed no zh_CN translator; is the .qm compiled?"
        from workbench.gui.main_window import MainWindow

        window = MainWindow()
        qtbot.addWidget(window)
        window.show()

        texts = [window.windowTitle()]
        for menu in window.findChildren(QMenu):
            texts.append(menu.title())
            texts.extend(action.text() for action in menu.actions())
        texts.extend(label.text() for label in window.findChildren(QLabel))
        texts.extend(button.text() for button in window.findChildren(QAbstractButton))
        texts.extend(box.title() for box in window.findChildren(QGroupBox))
        for tabs in window.findChildren(QTabWidget):
            texts.extend(tabs.tabText(index) for index in range(tabs.count()))
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)

    chinese = [text for text in texts if _contains_chinese(text)]
    assert chinese, f"no Chinese text in the main window with the zh_CN translation installed; texts seen: {texts[:40]}"


def test_qt_extra_fills_only_gaps(qapp):
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qtbase = QTranslator()
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert qtbase.load("qtbase_zh_CN", qt_translations), f"qtbase_zh_CN.qm is missing from {qt_translations}"

    unexplained = [
        f"[{message.context}] {message.source!r} ({message.comment}): qtbase_zh_CN has "
        f"{qtbase.translate(message.context, message.source, message.comment or None)!r}"
        for message in translations.read_messages(translations.QT_EXTRA_TS_PATH)
        if qtbase.translate(message.context, message.source, message.comment or None)
        and not message.translator_comment
    ]

    assert not unexplained, (
        "qt_extra_zh_CN.ts overrides texts that qtbase_zh_CN translates; drop them, or say why in a "
        f"<translatorcomment>: {unexplained}"
    )
