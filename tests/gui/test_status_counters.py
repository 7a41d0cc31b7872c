"""Tests that the status bar's run counters belong to the Training tab."""

import pytest


def _wait_for_end(qtbot, window):
    qtbot.waitUntil(lambda: not window.is_running, timeout=20_000)


def _counters_shown(window):
    return [label.isVisible() for label in window.counter_labels]


def test_counters_shown_on_training_tab(make_window):
    window = make_window()

    assert window.tabs.currentWidget() is window.training_view
    assert _counters_shown(window) == [True, True, True, True]


@pytest.mark.parametrize("tab_name", ["landscape_tab", "ewa_tab", "decay_tab", "comparison_tab", "sweep_tab"])
def test_counters_hidden_on_other_tabs(qtbot, make_window, small_config, tab_name):
    window = make_window(small_config(epochs=3))
    window.start_run()
    _wait_for_end(qtbot, window)
    assert window.epoch_label.text() == "Epoch 3"

    window.show_view(getattr(window, tab_name))

    assert _counters_shown(window) == [False, False, False, False]
    assert not window.run_status_label.isVisible()

    window.show_view(window.training_view)

    assert _counters_shown(window) == [True, True, True, True]
    assert window.epoch_label.text() == "Epoch 3"
    assert window.run_status_label.isVisible()
    assert window.run_status_label.text().startswith("Finished")
