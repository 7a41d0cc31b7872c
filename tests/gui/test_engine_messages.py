"""Engine errors in the window: translated with the zh_CN catalog, unchanged English without it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from workbench.engine import config as run_config
from workbench.engine.config import ConfigError, DataConfig, RunConfig
from workbench.engine.datasets import DatasetError, load_dataset
from workbench.engine.store import StoreError
from workbench.gui.engine_messages import (
    config_error_text, dataset_error_text, store_error_text, translate_phrase,
)
from workbench.gui.panels.data_panel import DataPanel
from workbench.gui.panels.network_panel import NetworkPanel

TEXT_FEATURE_CSV = "a,b,label\n1,2,x\n3,oops,y\n4,5,x\n6,7,y\n8,9,x\n"
ONE_CLASS_CSV = "a,b,label\n1,2,x\n3,4,x\n5,6,x\n7,8,x\n9,10,x\n"


def _dataset_error(tmp_path, name: str, text: str) -> DatasetError:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        load_dataset(DataConfig(source="csv", csv_path=str(path)))
    return caught.value


def _utf16_config_error(tmp_path) -> ConfigError:
    path = tmp_path / "utf16.json"
    path.write_text('{"name": "x"}', encoding="utf-16")
    with pytest.raises(ConfigError) as caught:
        run_config.load(path)
    return caught.value


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in text)


def _window_dataset_error(window, qtbot) -> str:
    qtbot.waitUntil(lambda: window.parameter_panel.panel_error("data.source") != "", timeout=5000)
    return window.parameter_panel.panel_error("data.source")


def test_config_error_english_unchanged(qapp, tmp_path):
    error = _utf16_config_error(tmp_path)

    assert config_error_text(error) == str(error)


def test_config_error_chinese(chinese, tmp_path):
    error = _utf16_config_error(tmp_path)

    text = config_error_text(error)

    assert "不是 UTF-8 文本" in text
    assert "请将文件保存为 UTF-8" in text
    assert str(error.value) in text


def test_textfeature_english_names_label_column(qapp, tmp_path):
    error = _dataset_error(tmp_path, "textfeat.csv", TEXT_FEATURE_CSV)

    text = dataset_error_text(error)

    assert text == str(error).replace("as label_column", "as the Label column")
    assert "line 3, column 2 ('b'): value 'oops': this feature value is not a number." in text


def test_textfeature_chinese(chinese, tmp_path):
    error = _dataset_error(tmp_path, "textfeat.csv", TEXT_FEATURE_CSV)

    text = dataset_error_text(error)

    assert "第 3 行" in text
    assert "第 2 列（'b'）" in text
    assert "'oops'" in text
    assert "该特征值不是数字" in text
    assert "标签列" in text
    assert "label_column" not in text


def test_one_class_chinese(chinese, tmp_path):
    error = _dataset_error(tmp_path, "oneclass.csv", ONE_CLASS_CSV)

    text = dataset_error_text(error)

    assert "标签列 'label' 只含类别 'x'" in text
    assert "请添加另一类别的行" in text


def test_unknown_phrase_falls_back(chinese):
    assert translate_phrase("a problem the catalog does not list") == "a problem the catalog does not list"
    error = ConfigError("optimizer.beta1", 2.0, "a brand new problem", "a brand new fix")
    assert "a brand new problem" in config_error_text(error)
    assert "a brand new fix" in config_error_text(error)


def test_store_error_both_languages(qapp, tmp_path):
    error = StoreError(tmp_path / "runs.sqlite3", "is not an SQLite database", "choose another file")

    assert store_error_text(error) == str(error)


def test_store_error_chinese(chinese, tmp_path):
    error = StoreError(tmp_path / "runs.sqlite3", "is damaged or truncated (disk I/O error)",
                       "restore it from a backup, or choose another file")

    text = store_error_text(error)

    assert "运行历史" in text
    assert "已损坏或被截断（disk I/O error）" in text
    assert "请从备份恢复它" in text


def test_hidden_layers_panel_chinese(chinese, make_window, qtbot):
    window = make_window()
    window.findChild(NetworkPanel).hidden_layers_edit.setText("abc")

    text = window.parameter_panel.panel_error("network.hidden_layers")

    assert text.startswith("network.hidden_layers = 'abc'")
    assert _has_chinese(text)


def test_validate_range_template_chinese(chinese):
    config = RunConfig()
    config.optimizer.beta1 = 1.5
    with pytest.raises(ConfigError) as caught:
        run_config.validate(config)

    text = config_error_text(caught.value)

    assert "必须是 [0.0, 1.0) 内的数" in text
    assert "请使用 [0, 1) 内的值" in text


def test_window_csv_error_chinese(chinese, make_window, qtbot, tmp_path):
    path = tmp_path / "textfeat.csv"
    path.write_text(TEXT_FEATURE_CSV, encoding="utf-8")
    window = make_window()

    window.findChild(DataPanel).add_csv_file(path)
    text = _window_dataset_error(window, qtbot)

    assert "该特征值不是数字" in text
    assert "标签列" in text


def test_window_csv_error_english(make_window, qtbot, tmp_path):
    path = tmp_path / "oneclass.csv"
    path.write_text(ONE_CLASS_CSV, encoding="utf-8")
    window = make_window()

    window.findChild(DataPanel).add_csv_file(path)
    text = _window_dataset_error(window, qtbot)

    assert "contains only the class 'x', at least 2 classes are needed" in text
    assert "set the Label column to the column that holds the classes" in text


def test_open_utf16_message_box_chinese(chinese, make_window, tmp_path):
    path = tmp_path / "utf16.json"
    path.write_text('{"name": "x"}', encoding="utf-16")
    window = make_window()

    assert not window.open_experiment(path)

    box = window.last_message_box
    assert isinstance(box, QMessageBox)
    assert "不是 UTF-8 文本" in box.text()
    assert "is not UTF-8" not in box.text()
    box.close()


def test_data_error_label_fits_text(make_window, qtbot, tmp_path):
    path = tmp_path / "textfeat.csv"
    path.write_text(TEXT_FEATURE_CSV, encoding="utf-8")
    window = make_window()
    window.resize(1200, 800)

    window.findChild(DataPanel).add_csv_file(path)
    _window_dataset_error(window, qtbot)
    label = window.findChild(DataPanel).findChild(type(window.findChild(DataPanel)._error_labels["data.source"]),
                                                   "error:data.source")
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)

    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 2
    assert label.height() >= label.heightForWidth(label.width())


def test_status_message_elided(make_window, qtbot):
    window = make_window()
    window.resize(700, 500)
    message = "Cannot start: " + "network.hidden_layers = 'abc': a long message " * 8

    window.run_status_label.setText(message)
    qtbot.waitUntil(lambda: window.run_status_label.width() > 0, timeout=2000)

    shown = window.run_status_label.displayed_text()
    assert shown != message
    assert shown.endswith("…")
    assert window.run_status_label.toolTip() == message
    assert window.run_status_label.geometry().right() < window.epoch_label.geometry().left()
