"""Packaging: the desktop metadata, the icons, and the PyInstaller build in dist/optimizer-workbench/.

The build tests check the bundle's contents and that it starts and quits cleanly.
Build it first with ``python packaging/build.py`` (or run ``packaging/smoke_test.sh``,
which builds and then runs this file). Without a build those tests are skipped.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
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

LINUX_DIR = REPOSITORY_ROOT / "packaging" / "linux"
DESKTOP_PATH = LINUX_DIR / "optimizer-workbench.desktop"
METAINFO_PATH = LINUX_DIR / "io.github.optimizer_workbench.metainfo.xml"
ICON_DIR = REPOSITORY_ROOT / "resources" / "icons"
CHINESE_NAME = "优化算法实验台"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

needs_build = pytest.mark.skipif(
    not EXECUTABLE_PATH.is_file(),
    reason=f"{EXECUTABLE_PATH.relative_to(REPOSITORY_ROOT)} does not exist; build it with `python packaging/build.py`",
)


def _read_desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys such as Name[zh_CN] are case-sensitive
    parser.read(DESKTOP_PATH, encoding="utf-8")
    return dict(parser["Desktop Entry"])


# --- desktop metadata and icons -------------------------------------------------------------

def test_desktop_entry_names_app():
    entry = _read_desktop_entry()

    assert entry["Type"] == "Application"
    assert entry["Name"] == "Optimizer Workbench"
    assert entry["Name[zh_CN]"] == CHINESE_NAME
    assert entry["Comment"]
    assert entry["Comment[zh_CN]"]
    assert entry["Exec"].split()[0] == "optimizer-workbench"
    assert entry["Terminal"] == "false"


def test_desktop_entry_icon_exists():
    entry = _read_desktop_entry()

    assert (ICON_DIR / f"{entry['Icon']}.svg").is_file()


def test_metainfo_matches_desktop_entry():
    root = ElementTree.parse(METAINFO_PATH).getroot()

    chinese_names = [element.text for element in root.findall("name") if element.get(XML_LANG) == "zh-CN"]
    chinese_summaries = [element.text for element in root.findall("summary") if element.get(XML_LANG) == "zh-CN"]
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == METAINFO_PATH.name.removesuffix(".metainfo.xml")
    assert root.findtext("launchable") == DESKTOP_PATH.name
    assert root.findtext("provides/binary") == "optimizer-workbench"
    assert chinese_names == [CHINESE_NAME]
    assert len(chinese_summaries) == 1


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (Debian package desktop-file-utils)")
def test_desktop_entry_is_valid():
    completed = subprocess.run(["desktop-file-validate", str(DESKTOP_PATH)],
                               capture_output=True, text=True, check=False)

    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (Debian package appstream)")
def test_metainfo_is_valid():
    completed = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO_PATH)],
                               capture_output=True, text=True, check=False)

    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.parametrize("size", [16, 32, 64, 128, 256])
def test_icon_png_has_its_size(qapp, size):
    from PySide6.QtGui import QImage

    image = QImage(str(ICON_DIR / f"optimizer-workbench-{size}.png"))

    assert not image.isNull(), f"optimizer-workbench-{size}.png is missing or unreadable; run tools/render_icons.py"
    assert image.width() == size
    assert image.height() == size
    assert image.hasAlphaChannel()


def test_icon_pngs_match_svg(qapp, tmp_path):
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(REPOSITORY_ROOT / "tools"))
    try:
        import render_icons
    finally:
        sys.path.remove(str(REPOSITORY_ROOT / "tools"))

    render_icons.render_icons(ICON_DIR / "optimizer-workbench.svg", tmp_path, sizes=(64,))

    fresh = QImage(str(tmp_path / "optimizer-workbench-64.png"))
    committed = QImage(str(ICON_DIR / "optimizer-workbench-64.png"))
    assert fresh == committed, "the PNG renders are older than the SVG; run `python tools/render_icons.py`"


# --- the PyInstaller build -------------------------------------------------------------------


def _bundle_root() -> Path:
    """Return the folder that contains the bundled modules and data (``_internal`` since PyInstaller 6)."""
    internal = APP_DIR / "_internal"
    return internal if internal.is_dir() else APP_DIR


@pytest.mark.slow
@needs_build
def test_bundle_contains_resources():
    resources = _bundle_root() / "resources"

    assert (resources / "icons" / "optimizer-workbench.svg").is_file()
    assert (resources / "icons" / "optimizer-workbench-256.png").is_file()
    for catalog in ("workbench_zh_CN", "qt_extra_zh_CN", "pyqtgraph_zh_CN"):
        if (REPOSITORY_ROOT / "resources" / "translations" / f"{catalog}.ts").is_file():
            assert (resources / "translations" / f"{catalog}.qm").is_file(), f"{catalog}.qm is missing from the bundle"
    assert not list(resources.rglob("*.ts")), "translation sources should stay out of the bundle"
    assert not list(resources.rglob("*.py")), "maintenance scripts should stay out of the bundle"
    assert list((resources / "datasets").glob("*.csv")), "the shipped data sets are missing"


@pytest.mark.slow
@needs_build
@pytest.mark.parametrize("module", ["QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml",
                                    "QtCharts", "QtPdf", "QtBluetooth", "QtNetwork", "QtTest"])
def test_bundle_excludes_unused_qt_module(module):
    pyside_dir = _bundle_root() / "PySide6"

    bundled = [path.name for path in pyside_dir.glob(f"{module}.*")]

    assert not bundled, f"PySide6.{module} was bundled although the app does not use it: {bundled}"


@pytest.mark.slow
@needs_build
@pytest.mark.parametrize("package", ["matplotlib", "scipy", "sklearn", "tkinter", "IPython", "pytest"])
def test_bundle_excludes_unused_package(package):
    bundled = _bundle_root() / package

    assert not bundled.exists(), f"{package} was bundled although the app does not use it"


@pytest.mark.slow
@needs_build
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


@pytest.mark.slow
@needs_build
def test_packaged_app_runs_train_command(tmp_path):
    environment = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    environment.pop("QT_QPA_PLATFORM", None)  # the command line must not need a display

    completed = subprocess.run(
        [str(EXECUTABLE_PATH), "train", "--epochs", "2", "--samples", "60", "--out", str(tmp_path / "out"),
         "--db", str(tmp_path / "runs.sqlite3")],
        env=environment, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False,
    )

    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert (tmp_path / "out" / "metrics.csv").is_file()
    assert "finished: 2 epochs" in completed.stdout
