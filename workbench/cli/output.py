"""Check the output locations of the sub-commands before they train, so a bad --out fails before the work.

Each check writes a real file, because permission bits alone do not tell.
Root ignores them, and a read-only mount or an ACL can deny what they allow.
A folder can still fail later (a full disk), so callers also catch write errors.
Errors are ``OSError`` with ``filename`` set to the folder or file the user
named, so the commands can report it as given.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def make_output_folder(text: str | Path) -> Path:
    """Create the folder ``text`` (and its parents) when missing, check that files can be written in it, return it.

    Raises ``OSError`` naming the folder when it cannot be created or a file
    cannot be created and removed in it.
    """
    folder = Path(text)
    folder.mkdir(parents=True, exist_ok=True)
    check_writable_folder(folder)
    return folder


def check_writable_folder(folder: Path) -> None:
    """Create and remove a probe file in ``folder``; raise ``OSError`` naming ``folder`` when that fails."""
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".workbench-write-check-"):
            pass
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(folder)) from error


def check_writable_file(path: str | Path) -> None:
    """Check that ``path`` can be written: an existing file is opened for appending, else its folder is probed.

    Nothing in an existing file changes. Raises ``OSError`` naming ``path``
    (or its folder) when the file or the folder is not writable, or when
    ``path`` is a folder.
    """
    path = Path(path)
    if path.exists():
        with path.open("ab"):
            pass
        return

    folder = path.parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    check_writable_folder(folder)
