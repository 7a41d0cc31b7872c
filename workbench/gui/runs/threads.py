"""Start and join the QThreads of the runs package, and list the ones still alive for tests.

Joining follows the one safe order for a worker thread: the caller has
already asked the worker to stop, then ``thread.quit()`` is called explicitly
and ``thread.wait()`` blocks until the thread ends. A queued
``finished → quit`` connection cannot run while the GUI thread waits, and a
QThread destroyed while running aborts the process, so the wait has no
timeout once the warning is logged.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread

logger = logging.getLogger(__name__)

#: How long :func:`join_thread` waits before it logs a warning (it then keeps waiting), in milliseconds.
JOIN_WARNING_MS = 5000

_live_threads: set[QThread] = set()


def live_threads() -> list[QThread]:
    """Return the threads started by this package that are still running."""
    return [thread for thread in _live_threads if thread.isRunning()]


def start_worker_thread(worker: QObject, name: str) -> QThread:
    """Move ``worker`` to a new thread named ``name``, call ``worker.run`` when it starts, and start it."""
    thread = QThread()
    thread.setObjectName(name)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    _live_threads.add(thread)
    thread.start()
    logger.info("Thread %s started", name)
    return thread


def join_thread(thread: QThread | None) -> None:
    """Quit ``thread`` and block until it has ended; safe for None and for a thread already joined."""
    if thread is None:
        return
    thread.quit()
    if not thread.wait(JOIN_WARNING_MS):
        logger.warning("Thread %s did not end within %d ms; still waiting for it", thread.objectName(),
                       JOIN_WARNING_MS)
        thread.wait()
    if thread in _live_threads:
        _live_threads.discard(thread)
        logger.info("Thread %s stopped", thread.objectName())
