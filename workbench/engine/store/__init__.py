"""The run history: every training run stored in a local SQLite database.

``RunStore`` lists, loads, tags and deletes runs; ``RunRecorder`` and
``record_run`` write a run while it trains. See ``schema`` for the file format.
"""

from .database import (
    DIVERGED,
    END_STATUSES,
    FAILED,
    FINISHED,
    INTERRUPTED,
    RUNNING,
    SORT_KEYS,
    STATUSES,
    STOPPED,
    RunStore,
    RunSummary,
    StoredRun,
    is_read_only_error,
    is_transient_error,
    utc_now,
)
from .location import DATABASE_ENV, default_database_path, user_data_dir
from .recorder import STORE_WRITE_ERRORS, RunRecorder, record_run
from .schema import SCHEMA_VERSION, StoreError

__all__ = [
    "DATABASE_ENV", "DIVERGED", "END_STATUSES", "FAILED", "FINISHED", "INTERRUPTED", "RUNNING", "SCHEMA_VERSION",
    "SORT_KEYS", "STATUSES", "STOPPED", "STORE_WRITE_ERRORS", "RunRecorder", "RunStore", "RunSummary", "StoreError",
    "StoredRun",
    "default_database_path", "is_read_only_error", "is_transient_error", "record_run", "user_data_dir", "utc_now",
]
