"""Parameter panels: which fields show, how text is parsed, and how errors reach the fields."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.engine.config import RunConfig
from workbench.engine.optimizers import COURSE_DEFAULTS
from workbench.engine.schedules import Schedule
from workbench.gui.panels import ParameterPanel
from workbench.gui.panels.network_panel import parse_hidden_layers
from workbench.gui.panels.training_panel import CUSTOM_SIZE

OPTIMIZER_FIELDS = ("beta", "beta1", "beta2", "epsilon", "bias_correction")

EXPECTED_OPTIMIZER_FIELDS = {
    "gd": set(),
    "momentum": {"beta"},
    "rmsprop": {"beta2", "epsilon"},
    "adam": {"beta1", "beta2", "epsilon", "bias_correction"},
}

EXPECTED_SCHEDULE_FIELDS = {
    "constant": set(),
    "inverse_time": {"decay_rate"},
    "exponential": {"base"},
    "inverse_sqrt": {"k"},
    "stepwise": {"decay_rate", "interval"},
}


@pytest.fixture
def panel(qtbot):
    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 1600)
    panel.show()
    return panel


def select_data(combo, data) -> None:
    """Select the entry of ``combo`` whose item data equals ``data`` (tuples included)."""
    entries = [combo.itemData(index) for index in range(combo.count())]
    assert data in entries, f"{data!r} is not among the entries {entries}"
    combo.setCurrentIndex(entries.index(data))


@pytest.mark.parametrize("optimizer_name", sorted(EXPECTED_OPTIMIZER_FIELDS))
def test_optimizer_panel_shows_applicable_fields(panel, optimizer_name):
    optimizer_panel = panel.optimizer_panel

    select_data(optimizer_panel.name_combo, optimizer_name)

    assert optimizer_panel.is_field_visible("optimizer.learning_rate")
    shown = {name for name in OPTIMIZER_FIELDS if optimizer_panel.is_field_visible(f"optimizer.{name}")}
    assert shown == EXPECTED_OPTIMIZER_FIELDS[optimizer_name]


def test_optimizer_course_defaults_button(panel):
    optimizer_panel = panel.optimizer_panel
    optimizer_panel.beta1_edit.setText("0.5")
    optimizer_panel.beta2_edit.setText("0.9")
    optimizer_panel.learning_rate_edit.setText("0.003")

    optimizer_panel.course_defaults_button.click()

    optimizer = panel.config().optimizer
    assert optimizer.beta1 == COURSE_DEFAULTS["adam"]["beta1"]
    assert optimizer.beta2 == COURSE_DEFAULTS["adam"]["beta2"]
    assert optimizer.learning_rate == 0.003


@pytest.mark.parametrize("schedule_name", sorted(EXPECTED_SCHEDULE_FIELDS))
def test_schedule_panel_shows_its_parameters(panel, schedule_name):
    schedule_panel = panel.schedule_panel

    select_data(schedule_panel.name_combo, schedule_name)

    shown = {name for name in ("decay_rate", "base", "k", "interval")
             if schedule_panel.is_field_visible(f"schedule.{name}")}
    assert shown == EXPECTED_SCHEDULE_FIELDS[schedule_name]


def test_schedule_preview_follows_config(panel):
    config = RunConfig()
    config.training.epochs = 50
    config.optimizer.learning_rate = 0.2
    config.schedule.name = "inverse_time"
    config.schedule.decay_rate = 0.5

    panel.set_config(config)

    x, y = panel.schedule_panel.preview_curve.getData()
    expected = Schedule("inverse_time", decay_rate=0.5).learning_rate(0.2, np.arange(50))
    np.testing.assert_array_equal(x, np.arange(50))
    np.testing.assert_allclose(y, expected)


@pytest.mark.parametrize("schedule_name", ["constant", "inverse_time", "exponential", "inverse_sqrt"])
def test_schedule_preview_after_stepwise(panel, schedule_name):
    config = RunConfig()
    config.training.epochs = 40
    config.optimizer.learning_rate = 0.1
    config.schedule.name = "stepwise"
    config.schedule.interval = 10
    panel.set_config(config)
    _, stepwise_rates = panel.schedule_panel.preview_curve.getData()
    assert len(stepwise_rates) == 40

    config.schedule.name = schedule_name
    panel.set_config(config)
    panel.network_panel.hidden_layers_edit.setText("abc")

    x, y = panel.schedule_panel.preview_curve.getData()
    expected = Schedule(schedule_name).learning_rate(0.1, np.arange(40))
    np.testing.assert_array_equal(x, np.arange(40))
    np.testing.assert_allclose(y, expected)
    assert not panel.is_valid
    assert panel.panel_error("network.hidden_layers")


def test_preview_error_keeps_validation(panel, monkeypatch, caplog):
    validity = []
    panel.validity_changed.connect(lambda valid, message: validity.append(valid))

    def broken_preview(_config):
        raise RuntimeError("preview failed")

    monkeypatch.setattr(panel.schedule_panel, "update_preview", broken_preview)
    panel.network_panel.hidden_layers_edit.setText("abc")

    assert validity == [False]
    assert not panel.is_valid
    assert panel.panel_error("network.hidden_layers")
    assert "preview failed" in caplog.text


@pytest.mark.parametrize("text, expected", [("16, 8", [16, 8]), ("32", [32]), ("", []), (" 4 4 ", [4, 4])])
def test_parse_hidden_layers_accepts(text, expected):
    assert parse_hidden_layers(text) == expected


@pytest.mark.parametrize("text, offending", [("16, x", '"x"'), ("0", '"0"'), ("8, -2", '"-2"'), ("1.5", '"1.5"'),
                                             ("16,,8", '""'), ("16, , 8", '""'), ("16, 8,", '""'), (",8", '""')])
def test_parse_hidden_layers_rejects(text, offending):
    from workbench.engine.config import ConfigError

    with pytest.raises(ConfigError) as caught:
        parse_hidden_layers(text)

    assert caught.value.field == "network.hidden_layers"
    assert offending in str(caught.value)


def test_invalid_hidden_layers_shows_error(panel):
    validity = []
    panel.validity_changed.connect(lambda valid, message: validity.append((valid, message)))

    panel.network_panel.hidden_layers_edit.setText("16, x")

    assert not panel.is_valid
    assert '"x"' in panel.panel_error("network.hidden_layers")
    assert validity[-1][0] is False
    assert "network.hidden_layers" in validity[-1][1]

    panel.network_panel.hidden_layers_edit.setText("16, 4")

    assert panel.is_valid
    assert panel.panel_error("network.hidden_layers") == ""
    assert panel.config().network.hidden_layers == [16, 4]


def test_empty_layer_entry_shows_error(panel):
    panel.network_panel.hidden_layers_edit.setText("16,,8")

    assert not panel.is_valid
    message = panel.panel_error("network.hidden_layers")
    assert "'16,,8'" in message
    assert '""' in message


def test_unreadable_number_shows_error(panel):
    panel.optimizer_panel.epsilon_edit.setText("tiny")

    assert not panel.is_valid
    assert "tiny" in panel.panel_error("optimizer.epsilon")


def test_engine_validation_reaches_field(panel):
    panel.optimizer_panel.beta2_edit.setText("1.5")

    assert not panel.is_valid
    assert "optimizer.beta2" in panel.panel_error("optimizer.beta2")
    assert "[0, 1)" in panel.panel_error("optimizer.beta2")


def test_hidden_field_error_shows_at_top(panel):
    config = RunConfig()
    config.optimizer.name = "gd"
    panel.set_config(config)

    panel.optimizer_panel.beta_edit.setText("3")  # momentum's β, hidden for gradient descent

    assert not panel.is_valid
    assert "optimizer.beta" in panel.general_error_label.text()
    assert not panel.general_error_label.isHidden()


def test_mini_batch_presets_and_custom(panel):
    training_panel = panel.training_panel

    select_data(training_panel.mini_batch_combo, 0)
    assert panel.config().training.mini_batch_size == 0
    assert not training_panel.custom_size_spin.isVisibleTo(training_panel)

    select_data(training_panel.mini_batch_combo, CUSTOM_SIZE)
    training_panel.custom_size_spin.setValue(40)
    assert training_panel.custom_size_spin.isVisibleTo(training_panel)
    assert panel.config().training.mini_batch_size == 40


def test_custom_mini_batch_loads_as_custom(panel):
    config = RunConfig()
    config.training.mini_batch_size = 100

    panel.set_config(config)

    assert panel.training_panel.mini_batch_combo.currentData() == CUSTOM_SIZE
    assert panel.training_panel.custom_size_spin.value() == 100
    assert panel.config().training.mini_batch_size == 100


def test_data_panel_csv_shows_label_columns(panel):
    data_panel = panel.data_panel

    select_data(data_panel.source_combo, ("csv", "iris.csv"))

    assert data_panel.is_field_visible("data.label_column")
    assert not data_panel.is_field_visible("data.n_samples")
    assert not data_panel.is_field_visible("data.noise")
    columns = [data_panel.label_column_combo.itemData(index) for index in range(data_panel.label_column_combo.count())]
    assert columns[0] == ""
    assert "species" in columns
    config = panel.config()
    assert config.data.source == "csv"
    assert config.data.csv_path == "iris.csv"


def test_data_panel_classes_only_for_multiclass_sets(panel):
    data_panel = panel.data_panel

    select_data(data_panel.source_combo, ("generated", "moons"))
    assert not data_panel.is_field_visible("data.n_classes")

    select_data(data_panel.source_combo, ("generated", "spirals"))
    assert data_panel.is_field_visible("data.n_classes")
    assert data_panel.is_field_visible("data.noise")


def test_data_panel_adds_user_csv(panel, tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("a;b;label\n1;2;x\n3;4;y\n5;6;x\n7;8;y\n", encoding="utf-8")

    panel.data_panel.add_csv_file(path)

    config = panel.config()
    assert config.data.csv_path == str(path.resolve())
    labels = panel.data_panel.label_column_combo
    assert [labels.itemData(index) for index in range(labels.count())] == ["", "a", "b", "label"]


def test_csv_header_error_shown_once(panel, tmp_path):
    path = tmp_path / "numbers.csv"
    path.write_text("1,2,3\n4,5,6\n", encoding="utf-8")

    panel.data_panel.add_csv_file(path)

    message = panel.error_message
    assert not panel.is_valid
    assert message.count(str(path.resolve())) == 1
    assert "no header row" in message
    assert "data.source =" not in message
    assert ".;" not in message


def test_dataset_error_blocks_until_data_changes(panel):
    panel.set_dataset_error("points.csv, line 3: broken. Fix it.")

    assert not panel.is_valid
    assert "broken" in panel.panel_error("data.source")

    panel.data_panel.seed_spin.setValue(7)

    assert panel.is_valid


def test_set_running_disables_settings(panel):
    panel.set_running(True)

    assert all(not group_panel.isEnabled() for group_panel in panel.panels)

    panel.set_running(False)

    assert all(group_panel.isEnabled() for group_panel in panel.panels)


def test_config_round_trips_through_panels(panel):
    config = RunConfig()
    config.data.source = "spirals"
    config.data.n_classes = 3
    config.network.hidden_layers = [32, 16, 8]
    config.network.activation = "tanh"
    config.network.initialization = "xavier"
    config.network.l2 = 0.01
    config.training.epochs = 77
    config.optimizer.name = "momentum"
    config.optimizer.beta = 0.8
    config.optimizer.learning_rate = 0.05
    config.schedule.name = "stepwise"
    config.schedule.interval = 10

    panel.set_config(config)

    assert panel.is_valid
    assert panel.config() == config


def test_panel_fits_dock_width(qtbot):
    from workbench.gui.panels import ParameterPanel

    panel = ParameterPanel()
    qtbot.addWidget(panel)
    panel.show()

    # The main window's parameter dock is about 400 pixels wide; the longest
    # schedule title alone used to need 304 pixels of combo box.
    assert panel.widget().minimumSizeHint().width() <= 380
    assert panel.schedule_panel.name_combo.minimumSizeHint().width() < 200
