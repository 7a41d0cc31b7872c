"""Make the user guide's screenshots by driving the real app offscreen.

Usage, from the repository root::

    python tools/make_screenshots.py --language en
    python tools/make_screenshots.py --language zh_CN
    python tools/make_screenshots.py --language zh_CN --only landscape --only sweep
    python tools/make_screenshots.py --readme

The script starts Qt with the offscreen platform and installs the
translators for the chosen language the way the app does
(``workbench.gui.i18n``). It opens the main window, drives every tab into the
state the guide describes and saves ``window.grab()`` as PNG files:

==================  ==============================================================
file                state
==================  ==============================================================
training-running    Adam with exponential decay on moons, halfway through, paced
training            the same run when it has finished
ewa-explorer        the EWA explorer on that run's mini-batch costs, β = 0.98
decay-explorer      the Decay explorer at its defaults (α0 = 0.2, 50 epochs, e = 10)
landscape           the saddle x² − y², Course presets, start (0.05, 0.02), step 150
compare             the Compare tab after Run → Compare optimizers (α = 0.01)
sweep               a 2 × 3 sweep: mini-batch size 32, 128 × α 0.001, 0.01, 0.1
run-history         the Run history dock over the Compare tab, all runs listed
==================  ==============================================================

The files go to ``docs/images/en/`` for English and ``docs/images/zh-CN/``
for Simplified Chinese, the folders the guide's pages link to. ``--readme``
writes the English README's two images instead: the mid-run training shot as
``docs/images/main-window.png`` and the Landscape shot as
``docs/images/landscape.png``. Rerun the
script whenever the GUI changes. A shot needs the state the shots before it
left (the EWA explorer needs the finished run, the run history needs the
stored runs), so ``--only`` still drives those earlier states but saves only
the requested files.

The user's own settings and run history are never read or written: QSettings
point at an INI file and ``$WORKBENCH_DB`` at a database in a temporary
folder that is deleted at the end. Chinese text needs a CJK font, for example
from the fonts-wqy-microhei package. Without one, the script stops with an
error instead of saving images full of empty boxes.
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

#: README image name for each shot that ``--readme`` saves. Those files go straight into docs/images.
README_FILE_NAMES = {"training-running": "main-window", "landscape": "landscape"}

#: Size of every window screenshot, in pixels (the window's default size).
WINDOW_SIZE = (1400, 900)

#: Maximum time to wait for the app to reach the state a screenshot needs, in seconds.
WAIT_TIMEOUT_SECONDS = 120.0

#: The shots in the order they are made; each may rely on the state the previous ones left.
SHOT_NAMES = ("training-running", "training", "ewa-explorer", "decay-explorer", "landscape", "compare", "sweep",
              "run-history")

#: Pace of the training shots, in iterations per second, so the mid-run shot catches the run halfway.
TRAINING_PACE = 300

#: Start of the Landscape race, near the saddle of x² − y² at the origin, and the step of its shot.
LANDSCAPE_START = (0.05, 0.02)
LANDSCAPE_STEPS = 150


class ScreenshotError(RuntimeError):
    """The app could not be driven into the state a screenshot needs."""


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Save the user guide's screenshots of the app (offscreen).")
    parser.add_argument("--language", choices=sorted(IMAGE_FOLDERS), default="en",
                        help="interface language of the screenshots (default: en)")
    parser.add_argument("--only", choices=SHOT_NAMES, action="append",
                        help="make only this screenshot; repeat the option for several")
    parser.add_argument("--output", type=Path,
                        help="folder for the PNG files (default: docs/images/<en or zh-CN>, "
                             "or docs/images with --readme)")
    parser.add_argument("--readme", action="store_true",
                        help="save only the English README images, main-window.png (mid-run training) and "
                             "landscape.png, in docs/images")
    arguments = parser.parse_args(argv)

    if arguments.readme and arguments.language != "en":
        parser.error(f"--readme makes the English README images, but --language is {arguments.language}; "
                     "drop --language or run the two commands separately")
    if arguments.readme and arguments.only:
        parser.error("--readme always makes main-window.png and landscape.png; drop --only")
    return arguments


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


class Shooter:
    """Drives one main window through the shots in SHOT_NAMES order and saves the requested ones."""

    def __init__(self, window, folder: Path, requested: set[str], file_names: dict[str, str] | None = None) -> None:
        self.window = window
        self.folder = folder
        self.requested = requested
        self.file_names = file_names or {}

    def save(self, name: str, widget: QWidget | None = None) -> None:
        """Save ``widget`` (the window by default) when the shot ``name`` was requested.

        The file is ``<name>.png``, or ``<file_names[name]>.png`` when the shot is renamed.
        """
        if name in self.requested:
            file_name = self.file_names.get(name, name)
            save_grab(widget or self.window, self.folder / f"{file_name}.png")

    def training(self) -> None:
        """Train Adam with exponential decay on moons at a watchable pace: one shot halfway, one at the end.

        The decay makes the learning-rate plot show a curve instead of a flat line.
        """
        from workbench.engine.config import RunConfig, replace

        window = self.window
        config = replace(RunConfig(), **{
            "optimizer.name": "adam",
            "optimizer.learning_rate": 0.02,
            "training.mini_batch_size": 64,
            "training.epochs": 150,
            "schedule.name": "exponential",
            "schedule.base": 0.98,
        })
        window.set_config(config)
        window.set_pace(TRAINING_PACE)
        window.show_view(window.training_view)

        if not window.start_run():
            raise ScreenshotError(f"the run did not start: {window.parameter_panel.error_message}")
        halfway = config.training.epochs // 2
        wait_until(lambda: window.training_view.plots.epoch_count >= halfway or not window.is_running,
                   "the training run to reach half of its epochs")
        if not window.is_running:
            raise ScreenshotError("the training run ended before the mid-run shot; lower TRAINING_PACE")
        self.save("training-running")

        wait_until(lambda: not window.is_running, "the training run to finish")
        wait_until(lambda: window.training_view.plots.epoch_count == config.training.epochs,
                   "the plots to show every epoch")
        self.save("training")

    def ewa_explorer(self) -> None:
        """Show the EWA explorer on the finished run's mini-batch costs with β = 0.98."""
        window = self.window
        window.show_view(window.ewa_tab)
        wait_until(lambda: window.ewa_explorer is not None, "the EWA explorer to be built")
        window.ewa_explorer.set_beta(0.98)
        self.save("ewa-explorer")

    def decay_explorer(self) -> None:
        window = self.window
        window.show_view(window.decay_tab)
        wait_until(lambda: window.decay_explorer is not None, "the Decay explorer to be built")
        self.save("decay-explorer")

    def landscape(self) -> None:
        """Race the course presets on the saddle from a start next to it, and grab at LANDSCAPE_STEPS."""
        window = self.window
        window.show_view(window.landscape_tab)
        wait_until(lambda: window.landscape_view is not None, "the Landscape view to be built")
        view = window.landscape_view
        view.set_surface("saddle")
        view.add_course_presets()
        view.map_plot.click_at(*LANDSCAPE_START)

        # Single steps make the shot land on exactly LANDSCAPE_STEPS, which Play at full speed would not.
        view.step(LANDSCAPE_STEPS)
        self.save("landscape")

    def compare(self) -> None:
        """Start Run → Compare optimizers on moons with α = 0.01 for 100 epochs, then grab the Compare tab it opens."""
        from workbench.engine.config import RunConfig, replace

        window = self.window
        window.show_view(window.training_view)
        window.set_config(replace(RunConfig(), **{"optimizer.learning_rate": 0.01, "training.epochs": 100}))
        if not window.compare_optimizers():
            raise ScreenshotError(f"the comparison did not start: {window.run_status_label.text()}")
        wait_until(lambda: not window.is_comparing, "the optimizer comparison to finish")
        wait_until(lambda: window.tabs.currentWidget() is window.comparison_tab, "the Compare tab to open")
        self.save("compare")

    def sweep(self) -> None:
        """Sweep mini-batch size 32, 128 against α 0.001, 0.01, 0.1 for Adam on moons, 50 epochs per cell."""
        from workbench.engine.config import RunConfig, replace

        window = self.window
        window.set_config(replace(RunConfig(), **{"training.epochs": 50}))
        window.show_view(window.sweep_tab)
        wait_until(lambda: window.sweep_view is not None, "the Sweep view to be built")
        view = window.sweep_view
        view.set_base_config(window.config())
        view.first_axis.set_range("learning_rate", 0.001, 0.1, 3, log=True)
        view.second_group.setChecked(True)
        view.second_axis.set_range("mini_batch_size", 32, 128, 2, log=True)
        view.workers_spin.setValue(2)
        if not view.start():
            raise ScreenshotError(f"the sweep did not start: {view.status_label.text()}")
        wait_until(lambda: not view.is_running, "the sweep to finish")
        self.save("sweep")

    def run_history(self) -> None:
        """Open the Run history dock under the Compare tab, which still shows the four comparison runs."""
        window = self.window
        window.show_view(window.comparison_tab)
        window.runs_dock.show()
        wait_until(lambda: window.runs_panel is not None, "the run history panel to be built")
        window.runs_dock.raise_()
        settle(0.5)
        self.save("run-history")


def make_screenshots(arguments: argparse.Namespace) -> int:
    if arguments.readme:
        folder = arguments.output or REPOSITORY_ROOT / "docs" / "images"
        requested = set(README_FILE_NAMES)
        file_names = README_FILE_NAMES
    else:
        folder = arguments.output or REPOSITORY_ROOT / "docs" / "images" / IMAGE_FOLDERS[arguments.language]
        requested = set(arguments.only or SHOT_NAMES)
        file_names = {}
    folder.mkdir(parents=True, exist_ok=True)
    # The last requested shot decides how far the window is driven.
    last_index = max(SHOT_NAMES.index(name) for name in requested)

    with tempfile.TemporaryDirectory(prefix="workbench-screenshots-") as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        os.environ["WORKBENCH_DB"] = str(Path(scratch) / "runs.sqlite3")

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

        shooter = Shooter(window, folder, requested, file_names)
        steps = {
            "training": shooter.training,
            "ewa-explorer": shooter.ewa_explorer,
            "decay-explorer": shooter.decay_explorer,
            "landscape": shooter.landscape,
            "compare": shooter.compare,
            "sweep": shooter.sweep,
            "run-history": shooter.run_history,
        }
        try:
            for index, name in enumerate(SHOT_NAMES):
                if index > last_index:
                    break
                if name in steps:
                    steps[name]()
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
