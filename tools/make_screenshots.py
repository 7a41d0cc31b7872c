"""Make the user guide's screenshots by driving the real app offscreen.

Usage, from the repository root::

    python tools/make_screenshots.py --language en
    python tools/make_screenshots.py --language zh_CN
    python tools/make_screenshots.py --language zh_CN --only training

The script starts Qt with the offscreen platform and installs the
translators for the chosen language the way the app does
(``workbench.gui.i18n``). It then opens the main window, trains a short run on
the moons data set and saves ``window.grab()`` as PNG files. The files go to
``docs/images/en/`` for English and ``docs/images/zh-CN/`` for Simplified
Chinese, the folders the guide's pages link to. Rerun it whenever the GUI
changes.

The user's own settings are never read or written: QSettings point at an INI
file in a temporary folder that is deleted at the end. Chinese text needs a
CJK font, for example from the fonts-wqy-microhei package. Without one, the
script stops with an error instead of saving images full of empty boxes.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

# The platform must be chosen before the QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
if str(REPOSITORY_ROOT) not in sys.path:
    sys.path.insert(0, str(REPOSITORY_ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

logger = logging.getLogger("make_screenshots")

#: Folder under docs/images for each interface language code of workbench.gui.i18n.
IMAGE_FOLDERS = {"en": "en", "zh_CN": "zh-CN"}

#: Size of every window screenshot, in pixels (the window's default size).
WINDOW_SIZE = (1400, 900)

#: Maximum time to wait for the app to reach the state a screenshot needs, in seconds.
WAIT_TIMEOUT_SECONDS = 60.0

# NOTE: the Landscape view, the explorers and the runs panel are not tabs of the
# main window yet, so they have no screenshots here.
SHOT_NAMES = ("training",)


class ScreenshotError(RuntimeError):
    """The app could not be driven into the state a screenshot needs."""


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Save the user guide's screenshots of the app (offscreen).")
    parser.add_argument("--language", choices=sorted(IMAGE_FOLDERS), default="en",
                        help="interface language of the screenshots (default: en)")
    parser.add_argument("--only", choices=SHOT_NAMES, action="append",
                        help="make only this screenshot; repeat the option for several")
    parser.add_argument("--output", type=Path,
                        help="folder for the PNG files (default: docs/images/<en or zh-CN>)")
    return parser.parse_args(argv)


def wait_until(condition: Callable[[], bool], description: str, timeout: float = WAIT_TIMEOUT_SECONDS) -> None:
    """Process Qt events until ``condition()`` is true, or raise ScreenshotError after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise ScreenshotError(f"timed out after {timeout:g} s waiting for {description}")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    """Process events for ``seconds`` so that layouts, timers and plots catch up before a grab."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def save_grab(widget: QWidget, path: Path) -> None:
    """Save ``widget.grab()`` to ``path`` as PNG, or raise ScreenshotError when Qt cannot write it."""
    settle()
    if not widget.grab().save(str(path), "PNG"):
        raise ScreenshotError(f"Qt could not write {path}; check that the folder is writable")
    print(f"wrote {path.relative_to(REPOSITORY_ROOT) if path.is_relative_to(REPOSITORY_ROOT) else path}")


def set_up_language(app: QApplication, code: str) -> list:
    """Install the translators and the font for ``code`` as the app does at start, and return the translators.

    Qt does not own the translators, so the caller keeps the returned list until it is done.
    """
    from workbench.gui import i18n

    translators = i18n.install_translators(app, code)
    family = i18n.apply_language_font(app, code)
    if code == i18n.CHINESE_SIMPLIFIED and family is None:
        raise ScreenshotError("no Chinese font is installed, so the text would show as boxes; "
                              "install one, e.g. the fonts-wqy-microhei package")
    if code != i18n.ENGLISH and not translators:
        logger.warning("No translation was loaded for %s; the screenshots show the English text", code)
    return translators


def shoot_training(window, folder: Path) -> None:
    """Train Adam with exponential decay on moons until the run ends, then grab the window.

    The decay makes the learning-rate plot show a curve instead of a flat line.
    """
    from workbench.engine.config import RunConfig, replace

    config = replace(RunConfig(), **{
        "optimizer.name": "adam",
        "optimizer.learning_rate": 0.02,
        "training.mini_batch_size": 64,
        "training.epochs": 150,
        "schedule.name": "exponential",
        "schedule.base": 0.98,
    })
    window.set_config(config)
    window.tabs.setCurrentWidget(window.training_view)

    if not window.start_run():
        raise ScreenshotError(f"the run did not start: {window.parameter_panel.error_message}")
    wait_until(lambda: not window.is_running, "the training run to finish")
    wait_until(lambda: window.training_view.plots.epoch_count == config.training.epochs,
               "the plots to show every epoch")
    save_grab(window, folder / "training.png")


def make_screenshots(arguments: argparse.Namespace) -> int:
    folder = arguments.output or REPOSITORY_ROOT / "docs" / "images" / IMAGE_FOLDERS[arguments.language]
    folder.mkdir(parents=True, exist_ok=True)
    requested_shots = set(arguments.only or SHOT_NAMES)

    with tempfile.TemporaryDirectory(prefix="workbench-screenshots-") as settings_folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_folder)

        app = QApplication.instance() or QApplication([sys.argv[0]])
        QCoreApplication.setOrganizationName("OptimizerWorkbenchScreenshots")
        QCoreApplication.setApplicationName("OptimizerWorkbenchScreenshots")
        translators = set_up_language(app, arguments.language)

        from workbench.gui import settings as app_settings
        from workbench.gui.main_window import MainWindow

        settings = app_settings.open_settings()
        window = MainWindow(settings)
        window.resize(*WINDOW_SIZE)
        window.show()
        settle()

        try:
            if "training" in requested_shots:
                shoot_training(window, folder)
        finally:
            window.close()
            settle(0.1)
        del translators

    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    arguments = parse_arguments(argv)
    try:
        return make_screenshots(arguments)
    except ScreenshotError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
