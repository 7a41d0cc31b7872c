"""Persistent app settings (QSettings): key names, the settings version, typed reads.

QSettings stores window geometry and state, the last run config (as the same
JSON that ``engine.config.save`` writes), the interface language, the
training pace and a few view preferences. Values come back as strings after a restart with the INI
backend, so every read passes ``type=``.

When the stored ``settings_version`` differs from :data:`SETTINGS_VERSION`,
the stored values are dropped, because an old window state or config layout
could otherwise restore a broken window.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QByteArray, QSettings

from workbench.engine import config as run_config
from workbench.engine.config import ConfigError, RunConfig
from workbench.gui.pacing import DEFAULT_PACE, PACE_CHOICES

logger = logging.getLogger(__name__)

SETTINGS_VERSION = 1

KEY_SETTINGS_VERSION = "settings_version"
KEY_WINDOW_GEOMETRY = "main_window/geometry"
KEY_WINDOW_STATE = "main_window/state"
KEY_LAST_CONFIG = "experiment/last_config"
KEY_LAST_DIRECTORY = "files/last_directory"
KEY_LANGUAGE = "interface/language"
KEY_SMOOTHING_BETA = "plots/smoothing_beta"
#: Training pace in iterations per second, one of ``pacing.PACE_CHOICES``, where 0 means as fast as possible.
KEY_TRAINING_PACE = "training/pace_iterations_per_second"
#: True when the window hid the parameter dock for a tab without parameters (not the user's choice).
KEY_PARAMETERS_HIDDEN_BY_TAB = "main_window/parameters_hidden_by_tab"

DEFAULT_SMOOTHING_BETA = 0.98


def open_settings() -> QSettings:
    """Open the app's settings and drop them when they were written by another settings version.

    Uses the organization and application names of the running QCoreApplication
    and the default format, so tests can redirect it with ``QSettings.setPath``.
    """
    settings = QSettings()

    stored_version = settings.value(KEY_SETTINGS_VERSION, 0, type=int)
    if stored_version != SETTINGS_VERSION:
        if settings.allKeys():
            logger.info("Dropping settings of version %s; this app uses version %s", stored_version, SETTINGS_VERSION)
        settings.clear()
        settings.setValue(KEY_SETTINGS_VERSION, SETTINGS_VERSION)

    return settings


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """Return the stored byte array under ``key``, or None when it is missing or empty."""
    value = settings.value(key, QByteArray(), type=QByteArray)
    if value is None or value.isEmpty():
        return None
    return value


def read_config(settings: QSettings) -> RunConfig | None:
    """Return the last config stored by :func:`write_config`, or None when missing or invalid.

    An invalid stored config is logged and ignored, so the app still opens
    with the defaults.
    """
    text = settings.value(KEY_LAST_CONFIG, "", type=str)
    if not text:
        return None

    try:
        return run_config.from_dict(json.loads(text))
    except (json.JSONDecodeError, ConfigError) as error:
        logger.warning("Ignoring the stored last config because it is invalid: %s", error)
        return None


def write_config(settings: QSettings, config: RunConfig) -> None:
    """Store ``config`` as JSON under :data:`KEY_LAST_CONFIG`."""
    settings.setValue(KEY_LAST_CONFIG, json.dumps(run_config.to_dict(config), ensure_ascii=False))


def read_smoothing_beta(settings: QSettings) -> float:
    """Return the stored smoothing β of the cost plot, or the default when missing or out of [0, 1)."""
    beta = settings.value(KEY_SMOOTHING_BETA, DEFAULT_SMOOTHING_BETA, type=float)
    if not 0.0 <= beta < 1.0:
        return DEFAULT_SMOOTHING_BETA
    return beta


def read_pace(settings: QSettings) -> int:
    """Return the stored training pace in iterations per second, or ``DEFAULT_PACE`` when missing or not offered.

    A value that is not a whole number or not among ``PACE_CHOICES`` (an
    edited file, or a choice a later version dropped) is logged and replaced
    by the default.
    """
    # Read as text: type=int turns garbage into 0, which would mean "as fast as possible".
    text = settings.value(KEY_TRAINING_PACE, "", type=str).strip()
    if not text:
        return DEFAULT_PACE

    try:
        pace = int(text)
    except ValueError:
        pace = None
    if pace not in PACE_CHOICES:
        logger.warning("Ignoring the stored training pace %r iterations/s; the choices are %s",
                       text, ", ".join(str(choice) for choice in PACE_CHOICES))
        return DEFAULT_PACE
    return pace
