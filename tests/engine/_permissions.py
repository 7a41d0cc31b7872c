"""Helpers for tests of files that cannot be written: read-only SQLite and commands run under file modes.

Root writes to any file whatever its mode, and tests run as root in some
containers. So the helpers either make SQLite open files read-only, or run a
command with the capabilities that bypass file modes dropped (``setpriv``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

#: Capabilities that let root ignore file modes; setpriv drops them for the command it starts.
_OVERRIDE_CAPABILITIES = "-dac_override,-dac_read_search"


def open_read_only_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every ``sqlite3.connect`` on a plain path open the file read-only, as for a file with mode 444.

    Connections opened through a URI (the store's own read-only checks) are left as they are.
    """
    real_connect = sqlite3.connect

    def connect(database, *args, uri=False, **kwargs):
        if uri:
            return real_connect(database, *args, uri=True, **kwargs)
        return real_connect(Path(database).resolve().as_uri() + "?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


def file_mode_command_prefix() -> list[str]:
    """Return the prefix under which a command obeys file modes: nothing for a normal user, setpriv for root.

    Skips the calling test when the process is root and setpriv is missing or not permitted.
    """
    if os.geteuid() != 0:
        return []

    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root ignores file modes, and setpriv is not installed to drop that right")
    prefix = [setpriv, f"--bounding-set={_OVERRIDE_CAPABILITIES}", f"--inh-caps={_OVERRIDE_CAPABILITIES}", "--"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"setpriv cannot drop capabilities here: {probe.stderr.decode(errors='replace').strip()}")
    return prefix
