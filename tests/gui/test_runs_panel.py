"""Tests of the runs panel against a real run store under tmp_path."""

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from workbench.engine.config import RunConfig
from workbench.engine.store import record_run
from workbench.gui.runs import RunsPanel
from workbench.gui.runs.run_table import RUN_ID_ROLE, column_index
from workbench.gui.runs.tag_list import format_tag_list, parse_tag_list


def tiny_config(name: str, optimizer: str = "adam", learning_rate: float = 0.01) -> RunConfig:
    config = RunConfig(name=name)
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = 3
    config.training.mini_batch_size = 16
    config.optimizer.name = optimizer
    config.optimizer.learning_rate = learning_rate
    return config


@pytest.fixture
def run_ids(store):
    """Four runs: gd, momentum and adam that finish, and a gd run whose learning rate makes it diverge."""
    ids = {}
    for name, optimizer, learning_rate in (("plain gd", "gd", 0.1), ("with momentum", "momentum", 0.05),
                                           ("adam run", "adam", 0.01), ("too fast", "gd", 900.0)):
        ids[name], _result = record_run(tiny_config(name, optimizer, learning_rate), store)
    return ids


@pytest.fixture
def make_panel(qtbot):
    panels = []

    def make(store=None):
        panel = RunsPanel(store)
        qtbot.addWidget(panel)
        panel.resize(1200, 400)
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        panel.shutdown()


def close_box(panel):
    box = panel.last_message_box
    assert box is not None
    text = box.text()
    box.done(QMessageBox.StandardButton.Ok)
    return text


def cell(panel, run_id, key, role=Qt.ItemDataRole.DisplayRole):
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, column_index(key))
        if index.data(RUN_ID_ROLE) == run_id:
            return index.data(role)
    raise AssertionError(f"run {run_id} is not visible")


def test_panel_lists_stored_runs(make_panel, store, run_ids):
    panel = make_panel(store)

    assert sorted(panel.visible_run_ids()) == sorted(run_ids.values())
    assert cell(panel, run_ids["plain gd"], "name") == "plain gd"
    assert cell(panel, run_ids["plain gd"], "optimizer") == "gd"
    assert cell(panel, run_ids["plain gd"], "learning_rate") == "0.1"
    assert cell(panel, run_ids["plain gd"], "schedule") == "constant"
    assert cell(panel, run_ids["plain gd"], "epochs") == "3 / 3"
    assert cell(panel, run_ids["plain gd"], "dataset") == "moons"


def test_diverged_reason_in_tooltip(make_panel, store, run_ids):
    panel = make_panel(store)
    reason = store.get_summary(run_ids["too fast"]).reason

    assert cell(panel, run_ids["too fast"], "status") == "diverged"
    assert reason
    assert cell(panel, run_ids["too fast"], "status", Qt.ItemDataRole.ToolTipRole) == reason


def test_panel_sorts_numbers_missing_last(make_panel, store, run_ids):
    panel = make_panel(store)
    column = column_index("final_validation_cost")

    panel.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    ascending = panel.visible_run_ids()
    panel.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    descending = panel.visible_run_ids()

    costs = {run_id: store.get_summary(run_id).final_validation_cost for run_id in run_ids.values()}
    assert math.isnan(costs[run_ids["too fast"]])
    assert ascending[-1] == run_ids["too fast"]
    assert descending[-1] == run_ids["too fast"]
    assert [costs[run_id] for run_id in ascending[:-1]] == sorted(costs[run_id] for run_id in ascending[:-1])
    assert descending[:-1] == list(reversed(ascending[:-1]))


def test_panel_sorts_learning_rate(make_panel, store, run_ids):
    panel = make_panel(store)

    panel.table.sortByColumn(column_index("learning_rate"), Qt.SortOrder.AscendingOrder)

    assert panel.visible_run_ids() == [run_ids["adam run"], run_ids["with momentum"], run_ids["plain gd"],
                                       run_ids["too fast"]]


def test_filter_text_status_and_tag(make_panel, store, run_ids):
    panel = make_panel(store)
    store.add_tag([run_ids["plain gd"], run_ids["adam run"]], "baseline")
    panel.refresh()

    panel.set_filter_text("MOMENTUM")
    assert panel.visible_run_ids() == [run_ids["with momentum"]]

    panel.set_filter_text("")
    panel.set_status_filter("diverged")
    assert panel.visible_run_ids() == [run_ids["too fast"]]

    panel.set_status_filter("")
    panel.set_tag_filter("baseline")
    assert sorted(panel.visible_run_ids()) == sorted([run_ids["plain gd"], run_ids["adam run"]])

    panel.set_filter_text("adam")
    assert panel.visible_run_ids() == [run_ids["adam run"]]


def test_rename_by_editing_name_cell(make_panel, store, run_ids):
    panel = make_panel(store)
    run_id = run_ids["adam run"]
    row = next(row for row in range(panel.proxy.rowCount())
               if panel.proxy.index(row, 0).data(RUN_ID_ROLE) == run_id)
    index = panel.proxy.index(row, column_index("name"))

    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert panel.proxy.setData(index, "  renamed adam  ")

    assert store.get_summary(run_id).name == "renamed adam"
    assert cell(panel, run_id, "name") == "renamed adam"


def test_rename_method_and_refresh(make_panel, store, run_ids):
    panel = make_panel(store)

    assert panel.rename_run(run_ids["plain gd"], "baseline gd")
    panel.refresh()

    assert cell(panel, run_ids["plain gd"], "name") == "baseline gd"


def test_tags_set_and_added(make_panel, store, run_ids):
    panel = make_panel(store)

    assert panel.set_tags(run_ids["plain gd"], ["lesson 2", " slow ", ""])
    assert panel.add_tag([run_ids["plain gd"], run_ids["adam run"]], "compare")

    assert store.get_summary(run_ids["plain gd"]).tags == ("compare", "lesson 2", "slow")
    assert store.get_summary(run_ids["adam run"]).tags == ("compare",)
    assert cell(panel, run_ids["plain gd"], "tags") == "compare, lesson 2, slow"
    tag_choices = [panel.tag_combo.itemData(position) for position in range(panel.tag_combo.count())]
    assert tag_choices == ["", "compare", "lesson 2", "slow"]


def test_empty_tag_is_rejected(make_panel, store, run_ids):
    panel = make_panel(store)

    assert not panel.add_tag([run_ids["plain gd"]], "   ")

    assert "empty" in close_box(panel)
    assert store.get_summary(run_ids["plain gd"]).tags == ()


def test_delete_one_then_undo(make_panel, store, run_ids):
    panel = make_panel(store)
    run_id = run_ids["with momentum"]
    panel.select_runs([run_id])

    assert panel.delete_runs(panel.selected_run_ids())
    assert run_id not in panel.visible_run_ids()
    assert store.get_summary(run_id).deleted
    assert panel.undo_action.isEnabled()

    assert panel.undo_delete() == 1
    assert run_id in panel.visible_run_ids()
    assert not store.get_summary(run_id).deleted
    assert panel.selected_run_ids() == [run_id]
    assert not panel.undo_action.isEnabled()


def test_delete_several_asks_first(make_panel, store, run_ids):
    panel = make_panel(store)
    chosen = [run_ids["plain gd"], run_ids["adam run"]]

    assert not panel.delete_runs(chosen)
    box = panel.last_message_box
    assert "2" in box.text()
    box.done(QMessageBox.StandardButton.Cancel)
    assert set(chosen) <= set(panel.visible_run_ids())

    panel.delete_runs(chosen)
    panel.last_message_box.done(QMessageBox.StandardButton.Yes)
    assert not set(chosen) & set(panel.visible_run_ids())
    assert all(store.get_summary(run_id).deleted for run_id in chosen)

    assert panel.undo_delete() == 2
    assert set(chosen) <= set(panel.visible_run_ids())


def test_selection_signal_and_config_request(make_panel, store, run_ids, qtbot):
    panel = make_panel(store)
    run_id = run_ids["with momentum"]

    with qtbot.waitSignal(panel.selection_changed) as selection:
        panel.select_runs([run_id])
    assert selection.args == [[run_id]]

    with qtbot.waitSignal(panel.open_config_requested) as requested:
        panel.open_config_action.trigger()
    assert requested.args[0] == store.load_run(run_id).config

    with qtbot.waitSignal(panel.rerun_requested) as rerun:
        panel.rerun_action.trigger()
    assert rerun.args[0].optimizer.name == "momentum"


def test_actions_follow_selection(make_panel, store, run_ids):
    panel = make_panel(store)

    panel.select_runs([])
    assert not panel.delete_action.isEnabled()
    assert not panel.open_config_action.isEnabled()

    panel.select_runs([run_ids["plain gd"], run_ids["adam run"]])
    assert panel.delete_action.isEnabled()
    assert panel.tags_action.isEnabled()
    assert not panel.rename_action.isEnabled()
    assert not panel.rerun_action.isEnabled()


def test_tool_bar_buttons_keep_ellipsis(make_panel, store):
    panel = make_panel(store)

    for action in (panel.open_database_action, panel.new_database_action, panel.tags_action):
        button = panel.tool_bar.widgetForAction(action)
        assert action.text().endswith("…")
        assert button.text() == action.text()


def test_open_missing_database_is_reported(make_panel, store, run_ids, tmp_path):
    panel = make_panel(store)
    missing = tmp_path / "nowhere.sqlite3"

    assert not panel.open_database(missing)

    assert "does not exist" in close_box(panel)
    assert not missing.exists()
    assert panel.store is store


def test_open_foreign_file_leaves_it_unchanged(make_panel, store, run_ids, tmp_path):
    panel = make_panel(store)
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_text("these are my notes, not a database\n", encoding="utf-8")
    before = foreign.read_bytes()

    assert not panel.open_database(foreign)

    assert "is not an SQLite database" in close_box(panel)
    assert foreign.read_bytes() == before
    assert panel.store is store
    assert sorted(panel.visible_run_ids()) == sorted(run_ids.values())


def test_new_database_never_overwrites(make_panel, store, run_ids, tmp_path):
    panel = make_panel(store)
    existing = tmp_path / "existing.sqlite3"
    existing.write_bytes(b"keep me")

    assert not panel.new_database(existing)

    assert "already exists" in close_box(panel)
    assert existing.read_bytes() == b"keep me"
    assert panel.store is store


def test_new_database_switches_store(make_panel, store, run_ids, tmp_path, qtbot):
    panel = make_panel(store)
    fresh = tmp_path / "lesson"

    with qtbot.waitSignal(panel.database_changed) as changed:
        assert panel.new_database(fresh)

    assert changed.args[0] == tmp_path / "lesson.sqlite3"
    assert (tmp_path / "lesson.sqlite3").is_file()
    assert panel.visible_run_ids() == []
    assert panel.store is not store

    assert panel.open_database(store.path)
    assert sorted(panel.visible_run_ids()) == sorted(run_ids.values())


def test_panel_screenshot(make_panel, store, run_ids, tmp_path, qtbot):
    panel = make_panel(store)
    panel.show()
    panel.select_runs([run_ids["plain gd"], run_ids["adam run"]])
    qtbot.wait(50)

    image = panel.grab().toImage()
    path = tmp_path / "runs-panel.png"
    assert image.save(str(path))
    assert not image.isNull()
    assert image.width() == panel.width()


@pytest.fixture
def tags_dialog(monkeypatch):
    """Replace the Tags… input dialog: record the text it shows, and accept it with ``reply(text)`` as the input."""
    shown_texts = []

    def answer(reply):
        def get_text(_parent, _title, _label, _echo, text="", *_args, **_kwargs):
            shown_texts.append(text)
            return reply(text), True

        monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
        return shown_texts

    return answer


def test_tags_dialog_ok_keeps_comma_tag(make_panel, store, run_ids, tags_dialog):
    panel = make_panel(store)
    run_id = run_ids["plain gd"]
    assert panel.add_tag([run_id, run_ids["adam run"]], "a,b;c")
    assert panel.add_tag([run_id], "qa")
    shown_texts = tags_dialog(lambda text: text)
    panel.select_runs([run_id])

    panel.tags_action.trigger()

    assert shown_texts == ['"a,b;c", qa']
    assert store.get_summary(run_id).tags == ("a,b;c", "qa")


def test_tags_dialog_edit_keeps_quoted_tag(make_panel, store, run_ids, tags_dialog):
    panel = make_panel(store)
    run_id = run_ids["plain gd"]
    assert panel.add_tag([run_id], "a,b;c")
    tags_dialog(lambda text: text + ', lesson "2"')
    panel.select_runs([run_id])

    panel.tags_action.trigger()

    assert store.get_summary(run_id).tags == ("a,b;c", 'lesson "2"')
    assert cell(panel, run_id, "tags") == '"a,b;c", "lesson ""2"""'


def test_tags_dialog_splits_unquoted_commas(make_panel, store, run_ids, tags_dialog):
    panel = make_panel(store)
    run_id = run_ids["plain gd"]
    tags_dialog(lambda _text: "lesson 2, slow,,  ")
    panel.select_runs([run_id])

    panel.tags_action.trigger()

    assert store.get_summary(run_id).tags == ("lesson 2", "slow")


@pytest.mark.parametrize("tags", [["a,b;c", "qa"], ['say "hi"', "x"], ['"quoted"'], ["a, b", "c,"], []])
def test_tag_list_round_trip(tags):
    assert parse_tag_list(format_tag_list(tags)) == tags


@pytest.mark.parametrize("text, expected", [
    ('a, "b,c" ,d', ["a", "b,c", "d"]),
    ("  ,, a", ["a"]),
    ('"open, x', ["open, x"]),
    ("a\nb", ["a", "b"]),
    ("", []),
])
def test_parse_tag_list(text, expected):
    assert parse_tag_list(text) == expected
