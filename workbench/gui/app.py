"""Start the desktop app: ``python main.py [EXPERIMENT.json]`` or the ``optimizer-workbench`` command.

Environment variables, for scripted checks and tests:

``WORKBENCH_AUTOSTART=1``
    start a training run as soon as the window shows.
``WORKBENCH_QUIT_AFTER_MS=N``
    quit the app N milliseconds after the window shows, as ``app.quit()``
    would (a running run is stopped and its thread waited for).
``WORKBENCH_PRINT_SHOWN_AT=1``
    print ``shown-at <seconds>`` to stdout, with the value of
    ``time.monotonic()``, at the first event-loop tick after the main window
    is shown; ``benchmarks/bench_startup.py`` parses that line.
``WORKBENCH_LOG_LEVEL=INFO``
    the log level on stderr (WARNING by default).

Both timed hooks start at that first tick, the shown-at line first, so
``WORKBENCH_QUIT_AFTER_MS=0`` quits after the line is printed.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from workbench import cli
from workbench.gui import i18n
from workbench.gui.settings import open_settings
from workbench.resources import resource_path

logger = logging.getLogger(__name__)

ORGANIZATION_NAME = "OptimizerWorkbench"
APPLICATION_NAME = "Optimizer Workbench"

ENV_AUTOSTART = "WORKBENCH_AUTOSTART"
ENV_QUIT_AFTER_MS = "WORKBENCH_QUIT_AFTER_MS"
ENV_PRINT_SHOWN_AT = "WORKBENCH_PRINT_SHOWN_AT"
ENV_LOG_LEVEL = "WORKBENCH_LOG_LEVEL"

#: First word of the line the shown-at hook prints; the benchmark looks for it.
SHOWN_MARKER = "shown-at"
ICON_PATH_PARTS = ("icons", "optimizer-workbench.svg")
#: Time between two checks of the cyclic garbage collector's counts, in seconds.
GARBAGE_COLLECTION_INTERVAL_SECONDS = 1.0


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


def _is_set(name: str) -> bool:
    return os.environ.get(name, "").strip() not in ("", "0")


def _on_first_tick(print_shown_at: bool, quit_delay: int | None) -> None:
    """Run the start-up hooks at the first event-loop tick after the window was shown."""
    if print_shown_at:
        # The command line's own output: one line the start-up benchmark parses.
        print(f"{SHOWN_MARKER} {time.monotonic():.6f}", flush=True)
    if quit_delay is not None:
        QTimer.singleShot(quit_delay, _on_quit_timer_timeout)


def _load_icon() -> QIcon:
    path = resource_path(*ICON_PATH_PARTS)
    icon = QIcon(str(path))
    if icon.isNull():
        logger.warning("The window icon %s could not be loaded; the platform's default icon shows instead", path)
    return icon


def main(argv: list[str] | None = None) -> int:
    """Create the QApplication, install translations and fonts, show the main window and run the event loop.

    ``argv`` defaults to ``sys.argv``; an optional first argument after the
    program name is an experiment file to open. A sub-command (``train``,
    ``path``, ``sweep``) or ``--help`` there runs the command line instead,
    with no window. Returns the exit code.
    """
    argv = list(sys.argv if argv is None else argv)
    if cli.wants_command_line(argv[1:]):
        return cli.main(argv[1:], prog=Path(argv[0]).name or "optimizer-workbench")

    _configure_logging()

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setWindowIcon(_load_icon())
    # Cyclic garbage collection runs on a timer in this thread only. Started automatically in a worker
    # thread, it can destroy a PySide object there and deadlock with the GUI thread.
    from pyqtgraph.util.garbage_collector import GarbageCollector

    garbage_collector = GarbageCollector(interval=GARBAGE_COLLECTION_INTERVAL_SECONDS)

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
    if _is_set(ENV_AUTOSTART):
        QTimer.singleShot(0, window.start_run)
    print_shown_at = _is_set(ENV_PRINT_SHOWN_AT)
    quit_delay = _read_quit_delay()
    if print_shown_at or quit_delay is not None:
        # A zero-delay timer fires once the event loop runs, after the show and paint events show() queued.
        QTimer.singleShot(0, lambda: _on_first_tick(print_shown_at, quit_delay))

    exit_code = app.exec()
    del translators, garbage_collector
    return exit_code
