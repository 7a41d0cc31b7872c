"""Thread-safe stop and pause requests for a training run.

The GUI thread (or a signal handler) calls :meth:`RunControl.request_stop`,
:meth:`RunControl.pause` and :meth:`RunControl.resume`; the training loop calls
:meth:`RunControl.checkpoint` before every mini-batch. Only ``threading`` is
used, so the engine stays free of Qt.
"""

from __future__ import annotations

import threading


class RunControl:
    """Stop and pause flags shared between a controlling thread and a training loop.

    A stop request wins over a pause: it also wakes a loop blocked in
    :meth:`checkpoint`. A stop request is final for this object, so create a
    new one for the next run.
    """

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._stop_requested = False
        self._paused = False

    def request_stop(self) -> None:
        """Ask the loop to stop before its next mini-batch, even while paused."""
        with self._condition:
            self._stop_requested = True
            self._condition.notify_all()

    def pause(self) -> None:
        """Make the loop block at its next checkpoint until :meth:`resume` or :meth:`request_stop`."""
        with self._condition:
            self._paused = True

    def resume(self) -> None:
        """Let a paused loop continue."""
        with self._condition:
            self._paused = False
            self._condition.notify_all()

    @property
    def stop_requested(self) -> bool:
        return self._stop_requested

    @property
    def paused(self) -> bool:
        return self._paused

    def checkpoint(self) -> bool:
        """Block while paused; return False when a stop was requested, True to go on."""
        with self._condition:
            while self._paused and not self._stop_requested:
                self._condition.wait()
            return not self._stop_requested
