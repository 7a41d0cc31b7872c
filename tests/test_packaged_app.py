"""The PyInstaller build in dist/optimizer-workbench/: its contents, and that it starts and quits cleanly.

Build it first with ``python packaging/build.py`` (or run ``packaging/smoke_test.sh``,
which builds and then runs this file). Without a build every test here is skipped.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
APP_DIR = REPOSITORY_ROOT / "dist" / "optimizer-workbench"
EXECUTABLE_PATH = APP_DIR / ("optimizer-workbench.exe" if sys.platform == "win32" else "optimizer-workbench")

# The app quits this many milliseconds after its main window is first shown
# when this environment variable is set.
QUIT_AFTER_ENV = "WORKBENCH_QUIT_AFTER_MS"
QUIT_AFTER_MS = 1500

# Output that means something went wrong even when the exit status is 0:
# Python tracebacks, Qt's critical and fatal messages, logging's ERROR level,
# and a QThread destroyed while running.
ERROR_PATTERN = re.compile(r"Traceback|\berror\b|\bcritical\b|\bfatal\b|QThread|Segmentation fault", re.IGNORECASE)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not EXECUTABLE_PATH.is_file(),
        reason=f"{EXECUTABLE_PATH.relative_to(REPOSITORY_ROOT)} does not exist; build it with `python packaging/build.py`",
    ),
]


def _bundle_root() -> Path:
    """Return the folder that contains the bundled modules and data (``_internal`` since PyInstaller 6)."""
    internal = APP_DIR / "_internal"
    return internal if internal.is_dir() else APP_DIR


def test_bundle_contains_resources():
    resources = _bundle_root() / "resources"

    assert (resources / "icons" / "optimizer-workbench.svg").is_file()
    assert (resources / "icons" / "optimizer-workbench-256.png").is_file()
    if (REPOSITORY_ROOT / "resources" / "translations" / "workbench_zh_CN.ts").is_file():
        assert (resources / "translations" / "workbench_zh_CN.qm").is_file()
    assert not list(resources.rglob("*.ts")), "translation sources should stay out of the bundle"
    assert not list(resources.rglob("*.py")), "maintenance scripts should stay out of the bundle"
    assert list((resources / "datasets").glob("*.csv")), "the shipped data sets are missing"


@pytest.mark.parametrize("module", ["QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml",
                                    "QtCharts", "QtPdf", "QtBluetooth", "QtNetwork", "QtTest"])
def test_bundle_excludes_unused_qt_module(module):
    pyside_dir = _bundle_root() / "PySide6"

    bundled = [path.name for path in pyside_dir.glob(f"{module}.*")]

    assert not bundled, f"PySide6.{module} was bundled although the app does not use it: {bundled}"


@pytest.mark.parametrize("package", ["matplotlib", "scipy", "sklearn", "tkinter", "IPython", "pytest"])
def test_bundle_excludes_unused_package(package):
    bundled = _bundle_root() / package

    assert not bundled.exists(), f"{package} was bundled although the app does not use it"


@pytest.mark.parametrize("locale_name", ["C.UTF-8", "zh_CN.UTF-8"])
def test_packaged_app_starts_and_quits(tmp_path, locale_name):
    environment = dict(os.environ)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment[QUIT_AFTER_ENV] = str(QUIT_AFTER_MS)
    # INFO level makes the app log when the quit timer fires, which proves
    # that the window was shown and the event loop ran.
    environment["WORKBENCH_LOG_LEVEL"] = "INFO"
    # The system locale picks the interface language at the first start.
    environment["LC_ALL"] = locale_name
    environment["LANG"] = locale_name
    # A fresh home keeps the user's settings and recent files out of the run.
    environment["HOME"] = str(tmp_path)
    environment["XDG_CONFIG_HOME"] = str(tmp_path / "config")

    completed = subprocess.run(
        [str(EXECUTABLE_PATH)], env=environment, cwd=tmp_path,
        capture_output=True, text=True, timeout=60, check=False,
    )

    output = completed.stdout + completed.stderr
    error_lines = [line for line in output.splitlines() if ERROR_PATTERN.search(line)]
    assert completed.returncode == 0, f"exit status {completed.returncode}; output:\n{output}"
    assert not error_lines, "the packaged app printed errors:\n" + "\n".join(error_lines)
    assert QUIT_AFTER_ENV in output, f"the quit timer never fired, so the window may not have shown; output:\n{output}"
