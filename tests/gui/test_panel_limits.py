"""The parameter panels' spin boxes accept exactly the whole numbers the config check accepts."""

import pytest

from workbench.engine import config as run_config
from workbench.gui.panels import ParameterPanel


@pytest.mark.parametrize("panel_name, spin_name, minimum, maximum", [
    ("data_panel", "n_samples_spin", 10, run_config.MAX_SAMPLES),
    ("data_panel", "n_classes_spin", 2, 10),
    ("data_panel", "seed_spin", 0, run_config.MAX_SEED),
    ("network_panel", "seed_spin", 0, run_config.MAX_SEED),
    ("training_panel", "epochs_spin", 1, run_config.MAX_EPOCHS),
    ("training_panel", "custom_size_spin", 1, run_config.MAX_MINI_BATCH_SIZE),
    ("training_panel", "seed_spin", 0, run_config.MAX_SEED),
    ("schedule_panel", "interval_spin", 1, run_config.MAX_DECAY_INTERVAL),
])
def test_spin_range_matches_config_limit(qtbot, panel_name, spin_name, minimum, maximum):
    panel = ParameterPanel()
    qtbot.addWidget(panel)

    spin = getattr(getattr(panel, panel_name), spin_name)

    assert spin.minimum() == minimum
    assert spin.maximum() == maximum


def test_largest_valid_config_shows_unchanged(qtbot):
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    config = run_config.RunConfig()
    config.data.n_samples = run_config.MAX_SAMPLES
    config.data.seed = run_config.MAX_SEED
    config.network.seed = run_config.MAX_SEED
    config.training.epochs = run_config.MAX_EPOCHS
    config.training.seed = run_config.MAX_SEED
    config.schedule.name = "stepwise"
    config.schedule.interval = run_config.MAX_DECAY_INTERVAL
    run_config.validate(config)

    panel.set_config(config)

    assert panel.config() == config
