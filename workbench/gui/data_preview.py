"""Load the data set of the window's preview without blocking the GUI thread.

The window previews the data set (its points, its class names, a broken
file's error) as soon as the data settings change. Generating a 2-D set is
vectorized numpy and takes milliseconds, but a CSV file is parsed cell by cell
in Python: a 36 MB file (300,000 rows × 20 columns) took 6.5 s on a
2-core test machine. So :class:`DataPreviewLoader` loads in a worker thread
of a one-thread pool and hands the result, as plain data, to the GUI thread
through a signal.
"""

from __future__ import annotations

import copy
import itertools
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from workbench.engine.config import ConfigError, DataConfig
from workbench.engine.datasets import Dataset, DatasetError, load_dataset

logger = logging.getLogger(__name__)


@dataclass
class DataPreview:
    """The outcome of loading one data configuration for the preview.

    Exactly one of these holds: ``dataset`` is set (the data loaded),
    ``error`` is a DatasetError's text (a broken or missing file), or
    ``config_invalid`` is True (the settings are invalid, which the parameter
    panel already shows).
    """

    key: str  # the caller's key of the data settings, returned unchanged
    dataset: Dataset | None = None
    error: str = ""
    dataset_error: DatasetError | None = None  # the exception behind ``error``, for the window's translated text
    config_invalid: bool = False


def load_preview(key: str, data: DataConfig) -> DataPreview:
    """Load ``data`` and return the outcome; never raises for bad settings or files.

    Runs in any thread and touches no Qt object. An unexpected error (a bug,
    not bad input) is logged and returned as ``error`` with its type, so the
    window reports it instead of waiting forever.
    """
    try:
        dataset = load_dataset(data)
    except ConfigError:
        return DataPreview(key, config_invalid=True)
    except DatasetError as error:
        return DataPreview(key, error=str(error), dataset_error=error)
    except Exception as error:  # noqa: BLE001 - a worker thread must hand every failure back to the window
        logger.exception("Loading the data set for the preview failed")
        return DataPreview(key, error=f"Loading the data set failed: {type(error).__name__}: {error}")
    return DataPreview(key, dataset=dataset)


class _PreviewRelay(QObject):
    """Carries finished loads from the pool's thread to the GUI thread; one per application."""

    loaded = Signal(int, object)  # (request number, DataPreview)


_relay: _PreviewRelay | None = None
_pool: QThreadPool | None = None
_request_numbers = itertools.count(1)


def _shared_relay_and_pool() -> tuple[_PreviewRelay, QThreadPool]:
    """Return the relay and the one-thread pool, created on first use as children of the application.

    Both live as long as the application, so a load that is still running
    when its window closes still finds them. The pool has one thread, so a
    stale load never competes with the newest one for the CPU.
    """
    global _relay, _pool
    if _relay is None:
        application = QCoreApplication.instance()
        _relay = _PreviewRelay(application)
        _pool = QThreadPool(application)
        _pool.setMaxThreadCount(1)
    return _relay, _pool


class DataPreviewLoader(QObject):
    """Loads the preview's data set in a worker thread and emits ``finished`` for the newest request only.

    :meth:`request` returns at once. ``finished(DataPreview)`` is emitted in
    the GUI thread when the newest request has loaded. A load cannot be
    interrupted, so a request made while another runs replaces it: the older
    result is dropped when it arrives. :meth:`cancel` drops the pending one.
    """

    finished = Signal(object)  # DataPreview

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending_number = 0  # the request whose result is awaited; 0 for none
        self._relay, self._pool = _shared_relay_and_pool()
        self._relay.loaded.connect(self._on_relay_loaded)

    @property
    def is_loading(self) -> bool:
        """True from :meth:`request` until its ``finished`` signal or :meth:`cancel`."""
        return self._pending_number != 0

    def request(self, key: str, data: DataConfig) -> None:
        """Start loading ``data`` (a copy is taken); ``key`` comes back in the DataPreview."""
        number = next(_request_numbers)
        self._pending_number = number

        # Loads that have not started yet are stale now, so they are dropped unrun.
        self._pool.clear()
        relay = self._relay
        data = copy.deepcopy(data)

        def load() -> None:
            preview = load_preview(key, data)
            try:
                relay.loaded.emit(number, preview)
            except RuntimeError:
                # The application, and the relay with it, was destroyed while the file loaded.
                logger.debug("Dropped the preview of request %d: the application has ended", number)

        self._pool.start(load)

    def cancel(self) -> None:
        """Drop the result of the pending request, if any."""
        self._pending_number = 0

    def _on_relay_loaded(self, number: int, preview: DataPreview) -> None:
        if number != self._pending_number:
            return
        self._pending_number = 0
        self.finished.emit(preview)
