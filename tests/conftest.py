"""Test set-up shared by every test: no screen, one BLAS thread, isolated settings."""

import gc
import os

# Qt aborts without a display unless the platform is chosen before the
# QApplication exists; pytest-qt creates it after this module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pytest


@pytest.fixture(scope="session", autouse=True)
def garbage_collected_in_main_thread():
    """Run the cyclic garbage collector only between tests, in the main thread.

    Automatic collection can start in any thread that allocates, such as a
    data-preview or training thread. When it destroys a PySide object left
    in a reference cycle by an earlier test, that thread waits for a Qt lock
    that the GUI thread holds while it waits for the GIL, and both hang.
    The app avoids this the same way (workbench/gui/app.py).
    """
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_garbage_after_test():
    """Collect each test's reference cycles in the main thread, after the test."""
    yield
    gc.collect()


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
