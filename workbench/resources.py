"""Locate files under the top-level ``resources/`` folder.

The folder sits beside the ``workbench`` package in a source checkout or an
editable install, and under ``sys._MEIPASS`` in a PyInstaller build.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the ``resources`` folder of this installation."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root is not None:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of ``resources/<parts...>``; the file need not exist."""
    return resources_dir().joinpath(*parts)
