"""The window's run database: the choice of its path, and the RunStore opened on it.

The path is chosen in this order: ``$WORKBENCH_DB`` when it is set and not
empty, else the file the user last chose (QSettings key
:data:`KEY_RUN_DATABASE`, set from the runs panel or File > Choose run
database…), else the engine's default, ``runs.sqlite3`` in the user data
folder. The store is opened on first use, so start-up does not touch the
database.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QSettings

from workbench.engine.store import DATABASE_ENV, RunStore, default_database_path

logger = logging.getLogger(__name__)

KEY_RUN_DATABASE = "runs/database_path"


def chosen_database_path(settings: QSettings) -> Path | None:
    """Return the run database the user chose last, or None when they never chose one."""
    text = settings.value(KEY_RUN_DATABASE, "", type=str)
    return Path(text) if text else None


def database_path(settings: QSettings) -> Path:
    """Return the run database to use: ``$WORKBENCH_DB``, else the user's choice, else the default path."""
    if os.environ.get(DATABASE_ENV, "").strip():
        return default_database_path()
    return chosen_database_path(settings) or default_database_path()


class RunHistory:
    """The window's run database: its path, the store opened on it, and the stores it replaced.

    A replaced store stays open until :meth:`close`, because a run, a
    comparison or a sweep that started before the switch may still write to
    it. Not thread-safe: call it from the GUI thread only (the stores it
    returns may be used from any thread).
    """

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings
        self.path = database_path(settings)
        self._store: RunStore | None = None
        self._replaced: list[RunStore] = []

    @property
    def store(self) -> RunStore | None:
        """The open store, or None before :meth:`open` succeeded."""
        return self._store

    def open(self) -> RunStore:
        """Return the store for :attr:`path`, opening it on the first call; raises StoreError when it cannot open."""
        if self._store is None:
            self._store = RunStore(self.path)
            logger.info("Opened the run database %s", self.path)
        return self._store

    def switch(self, path: str | Path) -> RunStore:
        """Open ``path``, use it for new runs and remember it as the user's choice; return its store.

        Raises StoreError, and keeps the current database, when ``path``
        cannot be opened.
        """
        path = Path(path).expanduser()
        if self._store is not None and path == self.path:
            return self._store

        store = RunStore(path)
        if self._store is not None:
            self._replaced.append(self._store)
        self._store = store
        self.path = path
        self._settings.setValue(KEY_RUN_DATABASE, str(path))
        logger.info("Switched the run database to %s", path)
        return store

    def close(self) -> None:
        """Close every store this history opened; safe to call twice."""
        for store in [*self._replaced, self._store]:
            if store is not None:
                try:
                    store.close()
                except sqlite3.Error as error:
                    logger.warning("Closing the run database %s failed: %s", store.path, error)
        self._replaced = []
        self._store = None
