"""Interface languages: which one to use, its translators and a font that can show it.

The language follows the system locale (``QLocale.system()``) unless the user
chose one in the Language menu. The choice is stored in QSettings and applies
at the next start. Translations load from
``resources/translations/workbench_<code>.qm`` when that file exists, and Qt's
own ``qtbase_<code>.qm`` from Qt's translations folder so Qt's standard
dialogs follow. ``resources/translations/qt_extra_<code>.qm`` adds the texts
of those dialogs that ``qtbase_<code>.qm`` lacks, and
``resources/translations/pyqtgraph_<code>.qm`` translates pyqtgraph's plot
context menus and Export dialog. Missing files are logged and the English
source text shows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from workbench.gui.settings import KEY_LANGUAGE
from workbench.resources import resource_path

logger = logging.getLogger(__name__)

ENGLISH = "en"
CHINESE_SIMPLIFIED = "zh_CN"

#: Language codes with the name each language has in itself (shown untranslated in the menu).
LANGUAGES = {
    ENGLISH: "English",
    CHINESE_SIMPLIFIED: "简体中文",
}

#: Font families that contain Simplified Chinese glyphs, best first.
CJK_FONT_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "思源黑体",
    "WenQuanYi Micro Hei",
    "文泉驿微米黑",
    "文泉驛微米黑",
    "WenQuanYi Zen Hei",
    "文泉驿正黑",
    "文泉驛正黑",
    "Microsoft YaHei",
    "微软雅黑",
    "PingFang SC",
    "苹方-简",
)


def system_language(locale: QLocale | None = None) -> str:
    """Return the supported language code that matches ``locale`` (the system locale by default); else English."""
    locale = locale if locale is not None else QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return CHINESE_SIMPLIFIED
    return ENGLISH


def chosen_language(settings: QSettings) -> str | None:
    """Return the language the user chose in the menu, or None when they never chose one."""
    code = settings.value(KEY_LANGUAGE, "", type=str)
    if code in LANGUAGES:
        return code
    if code:
        logger.warning("Ignoring the stored language %r; supported codes are %s", code, ", ".join(LANGUAGES))
    return None


def effective_language(settings: QSettings) -> str:
    """Return the language to use at start: the user's choice, else the system's."""
    return chosen_language(settings) or system_language()


def store_language(settings: QSettings, code: str) -> None:
    """Remember ``code`` as the user's language for the next start."""
    if code not in LANGUAGES:
        raise ValueError(f"language = {code!r} is not supported; use one of {', '.join(LANGUAGES)}")
    settings.setValue(KEY_LANGUAGE, code)


def install_translators(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Load and install the app's and Qt's translations for ``code``.

    Returns the installed translators in the order they were installed. The
    caller keeps them alive for as long as the app runs, because Qt does not
    own them. English needs none.

    Qt searches the most recently installed translator first, so the
    supplementary ``qt_extra`` catalog, installed after ``qtbase``, is
    searched before it. ``qt_extra`` contains only texts that ``qtbase``
    lacks, plus a few deliberate fixes whose reason the catalog states.
    """
    if code == ENGLISH:
        return []

    installed = []
    app_translations = str(resource_path("translations"))
    candidates = [
        ("workbench_" + code, app_translations),
        ("qtbase_" + code, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("qt_extra_" + code, app_translations),
        ("pyqtgraph_" + code, app_translations),
    ]
    for file_name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(file_name, directory):
            app.installTranslator(translator)
            installed.append(translator)
            logger.debug("Installed translation %s from %s", file_name, directory)
        else:
            logger.info("No translation %s.qm in %s; showing the English text", file_name, directory)

    return installed


def find_cjk_font_family() -> str | None:
    """Return an installed family that covers Simplified Chinese, or None when there is none.

    The families in :data:`CJK_FONT_FAMILIES` come first, under their English
    and their Chinese names: fontconfig reports the Chinese name when the
    system locale is Chinese. Any other family that Qt lists for Simplified
    Chinese, proportional before fixed-pitch, is the fallback.
    """
    installed = set(QFontDatabase.families())
    for family in CJK_FONT_FAMILIES:
        if family in installed:
            return family

    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    proportional = [family for family in chinese if not QFontDatabase.isFixedPitch(family)]
    candidates = proportional or chinese
    return candidates[0] if candidates else None


def apply_language_font(app: QApplication, code: str) -> str | None:
    """Switch the app font to a CJK-capable family when ``code`` is Chinese.

    Returns the family used, or None when the font was left unchanged. Without
    a CJK font, Chinese text renders as empty boxes, so that case is logged.
    """
    if code != CHINESE_SIMPLIFIED:
        return None

    family = find_cjk_font_family()
    if family is None:
        logger.warning("No Chinese font is installed (tried %s); Chinese text may show as boxes. "
                       "Install one, e.g. the fonts-wqy-microhei package.", ", ".join(CJK_FONT_FAMILIES))
        return None

    font = QFont(app.font())
    font.setFamilies([family] + font.families())
    app.setFont(font)
    return family
