"""Start the desktop app: ``python main.py [EXPERIMENT.json]`` or the ``optimizer-workbench`` command.

Environment variables, for scripted checks and tests:

``WORKBENCH_AUTOSTART=1``
    start a training run as soon as the window shows.
``WORKBENCH_QUIT_AFTER_MS=N``
    quit the app N milliseconds after the window shows, as ``app.quit()``
    would (a running run is stopped and its thread waited for).
``WORKBENCH_LOG_LEVEL=INFO``
    the log level on stderr (WARNING by default).
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbench.gui import i18n
from workbench.gui.settings import open_settings
from workbench.resources import resource_path

logger = logging.getLogger(__name__)

ORGANIZATION_NAME = "OptimizerWorkbench"
APPLICATION_NAME = "Optimizer Workbench"

ENV_AUTOSTART = "WORKBENCH_AUTOSTART"
ENV_QUIT_AFTER_MS = "WORKBENCH_QUIT_AFTER_MS"
ENV_LOG_LEVEL = "WORKBENCH_LOG_LEVEL"


def _configure_logging() -> None:
    level_name = os.environ.get(ENV_LOG_LEVEL, "WARNING").upper()
    level = logging.getLevelName(level_name)
    if not isinstance(level, int):
        level = logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _read_quit_delay() -> int | None:
    text = os.environ.get(ENV_QUIT_AFTER_MS, "").strip()
    if not text:
        return None
    try:
        delay = int(text)
    except ValueError:
        logger.warning("Ignoring %s=%r: give a whole number of milliseconds, e.g. 1500", ENV_QUIT_AFTER_MS, text)
        return None
    return max(delay, 0)


def _on_quit_timer_timeout() -> None:
    logger.info("Quitting because %s elapsed", ENV_QUIT_AFTER_MS)
    QCoreApplication.quit()


def main(argv: list[str] | None = None) -> int:
    """Create the QApplication, install translations and fonts, show the main window and run the event loop.

    ``argv`` defaults to ``sys.argv``; an optional first argument after the
    program name is an experiment file to open. Returns the exit code.
    """
    argv = list(sys.argv if argv is None else argv)
    _configure_logging()

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setWindowIcon(QIcon(str(resource_path("icons", "optimizer-workbench.svg"))))

    settings = open_settings()
    language = i18n.effective_language(settings)
    # Translators must be installed before any widget exists, because tr() runs when a widget is built.
    translators = i18n.install_translators(app, language)
    i18n.apply_language_font(app, language)

    from workbench.gui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()

    experiment_path = argv[1] if len(argv) > 1 else ""
    if experiment_path:
        window.open_experiment(experiment_path)
    if os.environ.get(ENV_AUTOSTART, "") not in ("", "0"):
        QTimer.singleShot(0, window.start_run)
    quit_delay = _read_quit_delay()
    if quit_delay is not None:
        QTimer.singleShot(quit_delay, _on_quit_timer_timeout)

    exit_code = app.exec()
    del translators
    return exit_code
