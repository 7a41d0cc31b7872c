"""Interface language: system default, the Language menu's stored choice, translators and CJK fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont

from workbench.gui import i18n
from workbench.gui.settings import KEY_LANGUAGE

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.mark.parametrize("locale, expected", [
    (QLocale(QLocale.Language.Chinese, QLocale.Country.China), "zh_CN"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en"),
    (QLocale(QLocale.Language.German, QLocale.Country.Germany), "en"),
])
def test_system_language_from_locale(locale, expected):
    assert i18n.system_language(locale) == expected


def test_choice_overrides_system(app_settings):
    assert i18n.chosen_language(app_settings) is None
    assert i18n.effective_language(app_settings) == i18n.system_language()

    i18n.store_language(app_settings, "zh_CN")

    assert i18n.chosen_language(app_settings) == "zh_CN"
    assert i18n.effective_language(app_settings) == "zh_CN"


def test_unknown_stored_language_ignored(app_settings):
    app_settings.setValue(KEY_LANGUAGE, "tlh")

    assert i18n.chosen_language(app_settings) is None


def test_store_rejects_unknown_language(app_settings):
    with pytest.raises(ValueError, match="not supported"):
        i18n.store_language(app_settings, "fr")


def test_language_menu_stores_choice(make_window, app_settings):
    window = make_window()
    chinese = window.language_actions["zh_CN"]

    chinese.trigger()

    assert app_settings.value(KEY_LANGUAGE, "", type=str) == "zh_CN"
    assert chinese.isChecked()
    assert not window.language_actions["en"].isChecked()
    box = window.last_message_box
    assert box is not None and box.isVisible()
    assert "简体中文" in box.text()
    assert "next time" in box.text()
    box.close()


def test_language_menu_lists_both(make_window):
    window = make_window()

    assert [action.text() for action in window.language_group.actions()] == ["English", "简体中文"]


def test_chinese_translators_load_qt_base(qapp):
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        files = [translator.filePath() for translator in translators]
        assert any("qtbase_zh_CN" in path for path in files), files
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_qt_extra_installed_after_qt_base(qapp):
    translate = QCoreApplication.translate
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        files = [Path(translator.filePath()).name for translator in translators]
        looked_up = {
            "&Look in:": translate("QFileDialog", "&Look in:"),
            "Look in:": translate("QFileDialog", "Look in:"),
            "Alt+Left": translate("QFileDialog", "Alt+Left"),
            "Folder": translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        }
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)

    assert files == ["workbench_zh_CN.qm", "qtbase_zh_CN.qm", "qt_extra_zh_CN.qm", "pyqtgraph_zh_CN.qm"]
    assert looked_up == {
        "&Look in:": "查找范围(&L)：",  # only in qt_extra
        "Look in:": "查找范围：",  # only in qtbase
        "Alt+Left": "Alt+Left",  # qt_extra's fix wins over qtbase's unparseable "Alt+左方向键"
        "Folder": "文件夹",
    }


def test_english_needs_no_translator(qapp):
    assert i18n.install_translators(qapp, "en") == []


def test_chinese_font_uses_cjk_family(qapp):
    family = i18n.find_cjk_font_family()
    if family is None:
        pytest.skip("no CJK font is installed (e.g. fonts-wqy-microhei)")
    original = QFont(qapp.font())
    try:
        used = i18n.apply_language_font(qapp, "zh_CN")

        assert used == family
        assert qapp.font().families()[0] == family
    finally:
        qapp.setFont(original)


def test_english_keeps_font(qapp):
    original = QFont(qapp.font())

    assert i18n.apply_language_font(qapp, "en") is None
    assert qapp.font() == original


class _FakeFontDatabase:
    """Stands in for QFontDatabase with the family names a Chinese-locale fontconfig reports."""

    WritingSystem = i18n.QFontDatabase.WritingSystem

    def __init__(self, all_families, chinese_families, fixed_pitch=()):
        self._all = list(all_families)
        self._chinese = list(chinese_families)
        self._fixed = set(fixed_pitch)

    def families(self, writing_system=None):
        return self._chinese if writing_system is not None else self._all

    def isFixedPitch(self, family):  # noqa: N802 - Qt's name
        return family in self._fixed


def test_cjk_font_found_by_chinese_name(monkeypatch):
    fake = _FakeFontDatabase(["DejaVu Sans", "文泉驿等宽微米黑", "文泉驿微米黑"], ["文泉驿等宽微米黑", "文泉驿微米黑"],
                             fixed_pitch=["文泉驿等宽微米黑"])
    monkeypatch.setattr(i18n, "QFontDatabase", fake)

    assert i18n.find_cjk_font_family() == "文泉驿微米黑"


def test_cjk_font_falls_back_to_writing_system(monkeypatch):
    fake = _FakeFontDatabase(["DejaVu Sans", "Mono CJK", "Some Song"], ["Mono CJK", "Some Song"], fixed_pitch=["Mono CJK"])
    monkeypatch.setattr(i18n, "QFontDatabase", fake)

    assert i18n.find_cjk_font_family() == "Some Song"


def test_no_cjk_font_returns_none(monkeypatch):
    monkeypatch.setattr(i18n, "QFontDatabase", _FakeFontDatabase(["DejaVu Sans"], []))

    assert i18n.find_cjk_font_family() is None
