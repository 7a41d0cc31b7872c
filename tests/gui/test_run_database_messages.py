"""The window's run-history warnings: read-only and foreign databases, worded for the window, not the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workbench.engine.store import RunStore

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


def wait_for_end(qtbot, window, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: not window.is_running, timeout=timeout)


def open_read_only(monkeypatch) -> None:
    """Open every plain-path SQLite file read-only, as for a file with mode 444 (root ignores file modes)."""
    real_connect = sqlite3.connect

    def connect(database, *args, uri=False, **kwargs):
        if uri:
            return real_connect(database, *args, uri=True, **kwargs)
        return real_connect(Path(database).resolve().as_uri() + "?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


def assert_window_wording(text: str) -> None:
    assert "--db" not in text
    assert "WORKBENCH_DB" not in text
    assert "File > Choose run database" in text


def test_read_only_database_warns_in_window_terms(qtbot, make_window, small_config, tmp_path, monkeypatch):
    database = tmp_path / "read-only.sqlite3"
    RunStore(database).close()
    monkeypatch.setenv("WORKBENCH_DB", str(database))
    open_read_only(monkeypatch)
    window = make_window(small_config(epochs=2))

    window.start_run()
    wait_for_end(qtbot, window)

    box = window.last_message_box
    assert box is not None and box.isVisible()
    assert "is read-only" in box.text()
    assert_window_wording(box.text())
    assert window.run_status_label.text().startswith("Finished")
    box.close()


def test_foreign_database_warns_in_window_terms(qtbot, make_window, small_config, tmp_path, monkeypatch):
    database = tmp_path / "invoices.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()
    monkeypatch.setenv("WORKBENCH_DB", str(database))
    window = make_window(small_config(epochs=2))

    window.start_run()
    wait_for_end(qtbot, window)

    box = window.last_message_box
    assert box is not None
    assert "another program" in box.text()
    assert_window_wording(box.text())
    box.close()
