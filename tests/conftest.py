"""Test set-up shared by every test: no screen, one BLAS thread, isolated settings."""

import os

# Qt aborts without a display unless the platform is chosen before the
# QApplication exists; pytest-qt creates it after this module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pytest


@pytest.fixture
def isolated_settings(tmp_path, monkeypatch):
    """Point QSettings at an INI file under ``tmp_path`` so tests never touch the user's settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return tmp_path / "settings"


@pytest.fixture(autouse=True)
def isolated_run_database(tmp_path, monkeypatch):
    """Store runs in a database under ``tmp_path``, never in the user's run history."""
    path = tmp_path / "runs.sqlite3"
    monkeypatch.setenv("WORKBENCH_DB", str(path))
    return path


@pytest.fixture
def store(tmp_path):
    """A run history database under ``tmp_path``, closed after the test."""
    from workbench.engine.store import RunStore

    run_store = RunStore(tmp_path / "runs.sqlite3")
    yield run_store
    run_store.close()
