"""Tests of the GUI's display names in English and with the zh_CN translation, and of their use in the run views."""

import pytest
from PySide6.QtCore import Qt

from workbench.engine.compare import describe_differences as engine_describe_differences
from workbench.engine.compare import differing_settings, flatten_config
from workbench.engine.config import GENERATED_DATASETS, RunConfig
from workbench.engine.optimizers import OPTIMIZER_NAMES
from workbench.engine.schedules import SCHEDULE_NAMES
from workbench.engine.store import record_run
from workbench.gui import display_names
from workbench.gui.runs import RunComparisonView, RunsPanel
from workbench.gui.runs.run_table import RUN_ID_ROLE, column_index


def tiny_config(name: str, optimizer: str = "adam", schedule: str = "constant", learning_rate: float = 0.01):
    config = RunConfig(name=name)
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = 3
    config.training.mini_batch_size = 16
    config.optimizer.name = optimizer
    config.optimizer.learning_rate = learning_rate
    config.schedule.name = schedule
    return config


@pytest.fixture
def gd_and_momentum(store):
    """Two runs that differ in optimizer and schedule: GD with constant decay, momentum with inverse time decay."""
    gd_id, _ = record_run(tiny_config("first", "gd", "constant"), store)
    momentum_id, _ = record_run(tiny_config("second", "momentum", "inverse_time"), store)
    return gd_id, momentum_id


def _cell(panel, run_id, key):
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, column_index(key))
        if index.data(RUN_ID_ROLE) == run_id:
            return index.data(Qt.ItemDataRole.DisplayRole)
    raise AssertionError(f"run {run_id} is not visible")


def _differing_configs():
    first = tiny_config("first", "gd", "constant", learning_rate=0.1)
    second = tiny_config("second", "adam", "stepwise", learning_rate=0.01)
    second.optimizer.bias_correction = False
    second.network.activation = "tanh"
    return [first, second]


# --- English: the identifiers themselves -------------------------------------------------

def test_english_names_are_identifiers():
    for name in OPTIMIZER_NAMES:
        assert display_names.optimizer_name(name) == name
    for name in SCHEDULE_NAMES:
        assert display_names.schedule_name(name) == name
    for name in GENERATED_DATASETS:
        assert display_names.dataset_name(name) == name
    assert display_names.dataset_name("breast_cancer.csv") == "breast_cancer.csv"


def test_english_short_field_names():
    assert display_names.short_field_name("optimizer.name") == "optimizer"
    assert display_names.short_field_name("schedule.name") == "schedule"
    assert display_names.short_field_name("optimizer.learning_rate") == "learning_rate"
    assert display_names.field_name("optimizer.learning_rate") == "optimizer.learning_rate"


def test_english_differences_match_engine():
    differences = differing_settings(_differing_configs())

    assert display_names.describe_differences(differences) == engine_describe_differences(differences)


def test_english_values_match_engine():
    assert display_names.setting_value("optimizer.bias_correction", False) == "false"
    assert display_names.setting_value("optimizer.beta1", None) == "n/a"
    assert display_names.setting_value("optimizer.learning_rate", 0.001) == "0.001"
    assert display_names.join_differences(["a: 1 vs 2", "b: x vs y"]) == "a: 1 vs 2; b: x vs y"


def test_unknown_names_shown_unchanged():
    assert display_names.optimizer_name("lion") == "lion"
    assert display_names.schedule_name("cosine") == "cosine"
    assert display_names.field_name("optimizer.weight_decay") == "optimizer.weight_decay"
    assert display_names.short_field_name("optimizer.weight_decay") == "weight_decay"


# --- Chinese: the glossary's terms -----------------------------------------------------------

def test_chinese_optimizer_names(chinese):
    assert display_names.optimizer_name("gd") == "梯度下降 (GD)"
    assert display_names.optimizer_name("momentum") == "动量 (Momentum)"
    assert display_names.optimizer_name("rmsprop") == "RMSprop"
    assert display_names.optimizer_name("adam") == "Adam"


def test_chinese_schedule_and_dataset_names(chinese):
    assert display_names.schedule_name("constant") == "常数"
    assert display_names.schedule_name("inverse_time") == "反比例衰减"
    assert display_names.schedule_name("exponential") == "指数衰减"
    assert display_names.schedule_name("stepwise") == "阶梯衰减"
    assert display_names.dataset_name("moons") == "月牙形"
    assert display_names.dataset_name("breast_cancer.csv") == "breast_cancer.csv"


def test_chinese_every_name_translated(chinese):
    untranslated = [name for name in OPTIMIZER_NAMES
                    if name not in ("rmsprop", "adam") and display_names.optimizer_name(name) == name]
    untranslated += [name for name in SCHEDULE_NAMES if display_names.schedule_name(name) == name]
    untranslated += [name for name in GENERATED_DATASETS if display_names.dataset_name(name) == name]
    untranslated += [field for field in flatten_config(RunConfig()) if display_names.field_name(field) == field]

    assert not untranslated


def test_chinese_differences_line(chinese):
    differences = differing_settings(_differing_configs())

    line = display_names.join_differences(display_names.describe_differences(differences))

    assert "优化器：梯度下降 (GD)、Adam" in line
    assert "学习率 α：0.1、0.01" in line
    assert "偏差修正：不适用、否" in line
    assert "激活函数：ReLU、tanh" in line
    assert "optimizer.name" not in line
    assert "gd" not in line


# --- the run views ---------------------------------------------------------------------------

def test_runs_table_english_cells(qtbot, store, gd_and_momentum):
    gd_id, momentum_id = gd_and_momentum
    panel = RunsPanel(store)
    qtbot.addWidget(panel)

    assert _cell(panel, gd_id, "optimizer") == "gd"
    assert _cell(panel, gd_id, "schedule") == "constant"
    assert _cell(panel, momentum_id, "schedule") == "inverse_time (decay_rate=1)"
    assert _cell(panel, gd_id, "dataset") == "moons"


def test_runs_table_chinese_cells(qtbot, chinese, store, gd_and_momentum):
    gd_id, momentum_id = gd_and_momentum
    panel = RunsPanel(store)
    qtbot.addWidget(panel)

    assert _cell(panel, gd_id, "optimizer") == "梯度下降 (GD)"
    assert _cell(panel, momentum_id, "optimizer") == "动量 (Momentum)"
    assert _cell(panel, gd_id, "schedule") == "常数"
    assert _cell(panel, momentum_id, "schedule") == "反比例衰减 (衰减率=1)"
    assert _cell(panel, gd_id, "dataset") == "月牙形"


def test_runs_filter_matches_display_names(qtbot, chinese, store, gd_and_momentum):
    gd_id, momentum_id = gd_and_momentum
    panel = RunsPanel(store)
    qtbot.addWidget(panel)

    panel.set_filter_text("动量")
    assert panel.visible_run_ids() == [momentum_id]

    panel.set_filter_text("gd")
    assert panel.visible_run_ids() == [gd_id]


def test_comparison_chinese_differences_and_legends(qtbot, chinese, store, gd_and_momentum):
    view = RunComparisonView()
    qtbot.addWidget(view)

    assert view.show_runs(store, list(gd_and_momentum))

    text = view.differences_label.text()
    assert "优化器：梯度下降 (GD)、动量 (Momentum)" in text
    assert "学习率衰减：常数、反比例衰减" in text
    assert "optimizer.name" not in text
    legends = view.legend_texts()
    assert "优化器=梯度下降 (GD)" in legends[0]
    assert "学习率衰减=反比例衰减" in legends[1]


def test_comparison_legend_omits_engine_name(qtbot, chinese, store):
    gd_id, _ = record_run(tiny_config("Compare optimizers: gd", "gd"), store)
    adam_id, _ = record_run(tiny_config("Compare optimizers: adam", "adam"), store)
    view = RunComparisonView()
    qtbot.addWidget(view)

    assert view.show_runs(store, [gd_id, adam_id])

    assert view.legend_texts() == ["Compare optimizers: gd", "Compare optimizers: adam"]
