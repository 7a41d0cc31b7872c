"""Fixtures for GUI tests: isolated settings, window and config factories, and a check for leftover threads."""

from __future__ import annotations

import pytest

from workbench.engine.config import RunConfig


@pytest.fixture(autouse=True)
def no_training_thread_left():
    """Fail a test that leaves a training QThread running (after stopping it, so the run can go on)."""
    from workbench.gui.worker import stop_all_training_threads

    yield

    left = stop_all_training_threads()
    assert left == 0, f"{left} training thread(s) were still running after the test"


@pytest.fixture
def app_settings(qapp, isolated_settings):
    """The app's QSettings, stored in an INI file under the test's tmp_path."""
    from workbench.gui.settings import open_settings

    qapp.setOrganizationName("OptimizerWorkbenchTests")
    qapp.setApplicationName("Optimizer Workbench Tests")
    return open_settings()


@pytest.fixture
def small_config():
    """Return a factory of fast configs: moons with few samples; ``epochs`` and dotted overrides as keywords."""

    def make(epochs: int = 20, **overrides) -> RunConfig:
        config = RunConfig()
        config.data.n_samples = 80
        config.training.epochs = epochs
        config.training.mini_batch_size = 16
        for dotted, value in overrides.items():
            section, _, key = dotted.partition("__")
            setattr(getattr(config, section), key, value)
        return config

    return make


@pytest.fixture
def make_window(qtbot, app_settings):
    """Return a factory of MainWindows that share the isolated settings; each is closed after the test."""
    from workbench.gui.main_window import MainWindow

    windows = []

    def make(config: RunConfig | None = None, show: bool = True):
        window = MainWindow(app_settings)
        qtbot.addWidget(window)
        if config is not None:
            window.set_config(config)
        if show:
            window.show()
        windows.append(window)
        return window

    yield make

    for window in windows:
        window.close()


@pytest.fixture
def chinese(qapp):
    """Install the zh_CN translators and the Chinese font as the app does at start, and remove them after."""
    from PySide6.QtGui import QFont

    from workbench.gui.i18n import CHINESE_SIMPLIFIED, apply_language_font, install_translators

    original_font = QFont(qapp.font())
    translators = install_translators(qapp, CHINESE_SIMPLIFIED)
    assert translators, "no zh_CN translator was installed; is the .qm compiled?"
    apply_language_font(qapp, CHINESE_SIMPLIFIED)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    qapp.setFont(original_font)
