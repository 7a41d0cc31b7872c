"""Run config: JSON round trip, unknown keys and messages for invalid values."""

import json

import pytest

from workbench.engine import config as config_module
from workbench.engine.config import ConfigError, RunConfig, from_dict, load, replace, save, to_dict, validate


def test_round_trip(tmp_path):
    original = RunConfig(name="adam on moons")
    original.network.hidden_layers = [5, 2]
    original.optimizer.name = "rmsprop"
    original.optimizer.learning_rate = 0.0007
    original.schedule.name = "stepwise"
    original.schedule.interval = 1000
    original.data.class_names = ["benign", "malignant"]
    path = tmp_path / "run.json"

    save(original, path)
    loaded = load(path)

    assert loaded == original
    assert to_dict(loaded) == to_dict(original)


def test_missing_fields_take_defaults():
    loaded = from_dict({"optimizer": {"name": "momentum"}})

    assert loaded.optimizer.name == "momentum"
    assert loaded.optimizer.beta == 0.9
    assert loaded.training == RunConfig().training


def test_json_integers_accepted_for_floats():
    loaded = from_dict({"optimizer": {"learning_rate": 1}, "training": {"epochs": 20.0}})

    assert loaded.optimizer.learning_rate == 1.0
    assert isinstance(loaded.optimizer.learning_rate, float)
    assert loaded.training.epochs == 20
    assert isinstance(loaded.training.epochs, int)


def test_unknown_setting_rejected():
    with pytest.raises(ConfigError) as caught:
        from_dict({"optimizer": {"betta1": 0.9}})

    assert caught.value.field == "optimizer.betta1"
    assert "optimizer.betta1" in str(caught.value)
    assert "beta1" in caught.value.fix


def test_unknown_section_rejected():
    with pytest.raises(ConfigError) as caught:
        from_dict({"optimiser": {}})

    assert caught.value.field == "optimiser"
    assert "optimiser" in str(caught.value)


def test_invalid_value_message_names_field_value_fix():
    with pytest.raises(ConfigError) as caught:
        from_dict({"optimizer": {"beta1": 1.5}})

    error = caught.value
    assert error.field == "optimizer.beta1"
    assert error.value == 1.5
    assert error.fix
    message = str(error)
    assert "optimizer.beta1" in message
    assert "1.5" in message
    assert error.fix in message


@pytest.mark.parametrize("dotted, value", [
    ("optimizer.learning_rate", 0.0),
    ("optimizer.epsilon", -1e-8),
    ("optimizer.name", "sgd"),
    ("training.mini_batch_size", -1),
    ("training.epochs", 0),
    ("network.hidden_layers", [4, 0]),
    ("network.activation", "swish"),
    ("data.source", "mnist"),
    ("schedule.interval", 0),
])
def test_invalid_values_rejected(dotted, value):
    with pytest.raises(ConfigError) as caught:
        replace(RunConfig(), **{dotted: value})

    assert caught.value.field == dotted
    assert caught.value.value == value


@pytest.mark.parametrize("dotted, value, limit", [
    ("data.seed", 2**31, config_module.MAX_SEED),
    ("network.seed", 2**70, config_module.MAX_SEED),
    ("training.seed", 2**31, config_module.MAX_SEED),
    ("data.n_samples", 1_000_000_000, config_module.MAX_SAMPLES),
    ("data.n_classes", 11, 10),
    ("training.epochs", 10**12, config_module.MAX_EPOCHS),
    ("training.mini_batch_size", 10**9, config_module.MAX_MINI_BATCH_SIZE),
    ("schedule.interval", 10**9, config_module.MAX_DECAY_INTERVAL),
])
def test_whole_number_above_limit_rejected(dotted, value, limit):
    with pytest.raises(ConfigError) as caught:
        replace(RunConfig(), **{dotted: value})

    assert caught.value.field == dotted
    assert caught.value.value == value
    assert f"to {limit}" in caught.value.problem


@pytest.mark.parametrize("dotted, limit", [
    ("data.seed", config_module.MAX_SEED),
    ("data.n_samples", config_module.MAX_SAMPLES),
    ("training.epochs", config_module.MAX_EPOCHS),
    ("schedule.interval", config_module.MAX_DECAY_INTERVAL),
])
def test_whole_number_at_limit_accepted(dotted, limit):
    config = replace(RunConfig(), **{dotted: limit})

    assert to_dict(config)[dotted.split(".")[0]][dotted.split(".")[1]] == limit


def test_unchecked_from_dict_keeps_old_values():
    config = from_dict({"data": {"seed": 2**40}}, check=False)

    assert config.data.seed == 2**40
    with pytest.raises(ConfigError, match="data.seed"):
        validate(config)


def test_validate_checks_dataclass_directly():
    config = RunConfig()
    config.optimizer.beta2 = 1.0

    with pytest.raises(ConfigError, match="optimizer.beta2"):
        validate(config)


def test_broken_json_names_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"optimizer": {"name": "adam",}}\n', encoding="utf-8")

    with pytest.raises(ConfigError, match="line 1"):
        load(path)


def test_missing_file_named(tmp_path):
    path = tmp_path / "absent.json"

    with pytest.raises(ConfigError, match="absent.json"):
        load(path)


@pytest.mark.parametrize("content", [
    '{"optimizer": {"name": "gd"}}'.encode("utf-16"),
    bytes(range(256)),
])
def test_non_utf8_file_rejected(tmp_path, content):
    path = tmp_path / "experiment.json"
    path.write_bytes(content)

    with pytest.raises(ConfigError, match="not UTF-8") as raised:
        load(path)
    assert "experiment.json" in str(raised.value)
    assert "save the file as UTF-8" in str(raised.value)


def test_newer_version_rejected():
    with pytest.raises(ConfigError, match="version"):
        from_dict({"version": config_module.CONFIG_VERSION + 1})


def test_saved_file_is_plain_json(tmp_path):
    path = tmp_path / "run.json"

    save(RunConfig(), path)
    data = json.loads(path.read_text(encoding="utf-8"))

    assert set(data) == {"data", "network", "training", "optimizer", "schedule", "name", "version"}
