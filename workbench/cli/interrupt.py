"""Turn Ctrl+C into a graceful stop for the long-running sub-commands."""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from typing import Callable, Iterator

logger = logging.getLogger(__name__)


@contextlib.contextmanager
def call_on_interrupt(request_stop: Callable[[], None], description: str) -> Iterator[None]:
    """Call ``request_stop`` on SIGINT inside the block instead of raising KeyboardInterrupt.

    ``description`` completes the log line "Interrupt received; <description>."
    signal.signal may only be called from the main thread, so in other threads
    the block runs unchanged and Ctrl+C keeps its default effect.
    """
    def on_interrupt_received(signal_number, frame) -> None:
        logger.info("Interrupt received; %s.", description)
        request_stop()

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    previous = signal.signal(signal.SIGINT, on_interrupt_received)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
