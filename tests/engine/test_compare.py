"""Tests for finding the settings that differ between run configs."""

from workbench.engine.compare import (
    describe_differences,
    differing_settings,
    flatten_config,
    is_applicable,
    legend_labels,
)
from workbench.engine.config import RunConfig, replace


def test_identical_configs_differ_in_nothing():
    assert differing_settings([RunConfig(), RunConfig()]) == {}
    assert differing_settings([RunConfig()]) == {}
    assert differing_settings([]) == {}


def test_optimizer_and_learning_rate_differ():
    adam = RunConfig()
    gd = replace(RunConfig(), **{"optimizer.name": "gd", "optimizer.learning_rate": 0.1})

    differences = differing_settings([adam, gd])

    assert differences == {
        "optimizer.name": ["adam", "gd"],
        "optimizer.learning_rate": [0.01, 0.1],
    }
    assert describe_differences(differences) == [
        "optimizer.name: adam vs gd",
        "optimizer.learning_rate: 0.01 vs 0.1",
    ]


def test_unused_hyperparameter_is_ignored():
    gd = replace(RunConfig(), **{"optimizer.name": "gd", "optimizer.beta1": 0.5})
    adam = RunConfig()

    differences = differing_settings([gd, adam])

    assert "optimizer.beta1" not in differences
    assert differences["optimizer.name"] == ["gd", "adam"]


def test_used_hyperparameter_reports_none_where_unused():
    gd = replace(RunConfig(), **{"optimizer.name": "gd"})
    adam_low = replace(RunConfig(), **{"optimizer.beta1": 0.8})
    adam_high = replace(RunConfig(), **{"optimizer.beta1": 0.99})

    differences = differing_settings([gd, adam_low, adam_high])

    assert differences["optimizer.beta1"] == [None, 0.8, 0.99]
    assert describe_differences({"optimizer.beta1": differences["optimizer.beta1"]}) == [
        "optimizer.beta1: n/a vs 0.8 vs 0.99"
    ]


def test_schedule_fields_follow_schedule_name():
    constant = replace(RunConfig(), **{"schedule.decay_rate": 3.0})
    inverse_time = replace(RunConfig(), **{"schedule.name": "inverse_time", "schedule.decay_rate": 0.5})
    stepwise = replace(RunConfig(), **{"schedule.name": "stepwise", "schedule.decay_rate": 1.0})

    default_inverse_time = replace(RunConfig(), **{"schedule.name": "inverse_time"})

    assert not is_applicable(constant, "schedule.decay_rate")
    assert differing_settings([constant, default_inverse_time]) == {"schedule.name": ["constant", "inverse_time"]}
    assert differing_settings([inverse_time, stepwise])["schedule.decay_rate"] == [0.5, 1.0]


def test_partly_used_field_named_when_off_default():
    constant = replace(RunConfig(), **{"schedule.decay_rate": 3.0})
    inverse_time = replace(RunConfig(), **{"schedule.name": "inverse_time", "schedule.decay_rate": 0.5})

    differences = differing_settings([constant, inverse_time])

    assert differences == {"schedule.name": ["constant", "inverse_time"], "schedule.decay_rate": [None, 0.5]}
    assert describe_differences(differences)[1] == "schedule.decay_rate: n/a vs 0.5"


def test_data_fields_follow_source():
    moons = RunConfig()
    csv = replace(RunConfig(), **{"data.source": "csv", "data.csv_path": "iris.csv"})
    spirals = replace(RunConfig(), **{"data.source": "spirals", "data.n_classes": 3})

    assert is_applicable(csv, "data.csv_path")
    assert not is_applicable(moons, "data.csv_path")
    assert not is_applicable(csv, "data.noise")
    assert not is_applicable(moons, "data.n_classes")
    assert differing_settings([moons, spirals]) == {"data.source": ["moons", "spirals"], "data.n_classes": [None, 3]}
    two_spirals = replace(RunConfig(), **{"data.source": "spirals"})
    assert differing_settings([moons, two_spirals]) == {"data.source": ["moons", "spirals"]}


def test_list_fields_compare_by_value():
    wide = replace(RunConfig(), **{"network.hidden_layers": [32]})

    differences = differing_settings([RunConfig(), wide])

    assert differences == {"network.hidden_layers": [[16, 8], [32]]}


def test_name_and_version_never_differ():
    first = replace(RunConfig(), name="first")
    second = replace(RunConfig(), name="second")

    assert differing_settings([first, second]) == {}
    assert "name" not in flatten_config(first)
    assert "version" not in flatten_config(first)


def test_legend_labels_use_short_names():
    configs = [
        RunConfig(),
        replace(RunConfig(), **{"optimizer.name": "momentum", "optimizer.beta": 0.95}),
        replace(RunConfig(), **{"optimizer.name": "gd", "optimizer.learning_rate": 0.3}),
    ]

    labels = legend_labels(configs)

    assert labels == [
        "optimizer=adam, learning_rate=0.01",
        "optimizer=momentum, learning_rate=0.01, beta=0.95",
        "optimizer=gd, learning_rate=0.3",
    ]
    assert legend_labels([RunConfig(), RunConfig()]) == ["", ""]
