"""The default location of the run history database.

Pure Python (no Qt), so the command line and worker processes find the same
file as the desktop app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "OptimizerWorkbench"
DATABASE_FILE = "runs.sqlite3"
#: Environment variable with a database path that overrides the default location.
DATABASE_ENV = "WORKBENCH_DB"


def user_data_dir() -> Path:
    """Return the per-user data folder of this app; the folder need not exist yet.

    Linux and other Unix systems: ``$XDG_DATA_HOME`` when it is set to an
    absolute path, otherwise ``~/.local/share``. Windows: ``%APPDATA%``,
    otherwise ``~/AppData/Roaming``. macOS: ``~/Library/Application Support``.
    The app's folder ``OptimizerWorkbench`` is appended in every case.
    """
    if sys.platform.startswith("win"):
        appdata = os.environ.get("APPDATA", "")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        # The XDG Base Directory spec says relative values are invalid and must be ignored.
        xdg_data_home = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg_data_home) if os.path.isabs(xdg_data_home) else Path.home() / ".local" / "share"
    return base / APP_FOLDER


def default_database_path() -> Path:
    """Return ``$WORKBENCH_DB`` when it is set and not empty, else ``runs.sqlite3`` in :func:`user_data_dir`."""
    override = os.environ.get(DATABASE_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return user_data_dir() / DATABASE_FILE
