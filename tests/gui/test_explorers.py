"""Tests of the EWA and decay explorers against the engine's formulas."""

import numpy as np
import pyqtgraph as pg
import pytest

from workbench.engine.ewa import ewa, ewa_weights
from workbench.engine.schedules import SCHEDULE_NAMES, Schedule
from workbench.gui.explorers import DecayExplorer, EwaExplorer
from workbench.gui.explorers.csv_column import CsvColumnError, read_csv_table
from workbench.gui.explorers.ewa_explorer import MAX_BETA, temperature_series


@pytest.fixture
def ewa_explorer(qtbot):
    widget = EwaExplorer()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def decay_explorer(qtbot):
    widget = DecayExplorer()
    qtbot.addWidget(widget)
    return widget


# ----------------------------------------------------------------- EWA explorer


@pytest.mark.parametrize("beta", [0.0, 0.5, 0.9, 0.98, MAX_BETA])
def test_ewa_curves_match_engine(ewa_explorer, beta):
    ewa_explorer.set_beta(beta)
    series = ewa_explorer.series
    data = ewa_explorer.curve_data()

    assert ewa_explorer.beta == pytest.approx(beta)
    np.testing.assert_allclose(data["raw"], series)
    np.testing.assert_allclose(data["uncorrected"], ewa(series, beta, bias_correction=False))
    np.testing.assert_allclose(data["corrected"], ewa(series, beta, bias_correction=True))
    np.testing.assert_allclose(data["weights"], ewa_weights(beta, ewa_explorer.weights_spin.value()))


@pytest.mark.parametrize("beta", [0.0, 0.9, 0.98, MAX_BETA])
def test_ewa_window_label_shows_window(ewa_explorer, beta):
    ewa_explorer.set_beta(beta)

    assert f"{1.0 / (1.0 - beta):.1f}" in ewa_explorer.window_label.text()


def test_ewa_slider_move_redraws(ewa_explorer, qtbot):
    ewa_explorer.beta_slider.setValue(0.5)

    expected = ewa(ewa_explorer.series, 0.5, bias_correction=True)
    qtbot.waitUntil(lambda: np.allclose(ewa_explorer.curve_data()["corrected"], expected), timeout=2000)
    assert "2.0" in ewa_explorer.window_label.text()


def test_ewa_first_corrected_value_is_first_sample(ewa_explorer):
    ewa_explorer.set_beta(0.95)
    data = ewa_explorer.curve_data()

    assert data["corrected"][0] == pytest.approx(ewa_explorer.series[0])
    assert data["uncorrected"][0] == pytest.approx(0.05 * ewa_explorer.series[0])


def test_ewa_seed_changes_temperature(ewa_explorer):
    ewa_explorer.seed_spin.setValue(7)

    np.testing.assert_allclose(ewa_explorer.series, temperature_series(7))
    assert ewa_explorer.series.size == 365


def test_ewa_run_costs_are_averaged(ewa_explorer):
    costs = np.linspace(1.0, 0.1, 200) + 0.05 * np.sin(np.arange(200))
    ewa_explorer.set_beta(0.9)

    ewa_explorer.set_run_costs(costs)

    np.testing.assert_allclose(ewa_explorer.series, costs)
    np.testing.assert_allclose(ewa_explorer.curve_data()["corrected"], ewa(costs, 0.9))
    assert "200" in ewa_explorer.status_label.text()


def test_ewa_run_source_without_run(ewa_explorer):
    ewa_explorer.source_combo.setCurrentIndex(ewa_explorer.source_combo.findData("run"))

    assert ewa_explorer.series.size == 0
    assert "No run yet" in ewa_explorer.status_label.text()


def test_ewa_csv_column_is_loaded(ewa_explorer, tmp_path):
    path = tmp_path / "prices.csv"
    path.write_text("date,price,volume\n2024-01-01,10.5,3\n2024-01-02,11.0,4\n\n2024-01-03,9.5,5\n")

    assert ewa_explorer.load_csv(path)
    assert [ewa_explorer.column_combo.itemText(i) for i in range(ewa_explorer.column_combo.count())] == [
        "price",
        "volume",
    ]
    np.testing.assert_allclose(ewa_explorer.series, [10.5, 11.0, 9.5])

    assert ewa_explorer.select_column("volume")
    np.testing.assert_allclose(ewa_explorer.series, [3, 4, 5])
    np.testing.assert_allclose(ewa_explorer.curve_data()["corrected"], ewa([3, 4, 5], ewa_explorer.beta))


def test_ewa_csv_bad_value_names_line(ewa_explorer, tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text("step,cost\n1,0.9\n2,0.8\n3,oops\n")
    assert ewa_explorer.load_csv(path)
    previous = ewa_explorer.series

    assert not ewa_explorer.select_column("cost")

    message = ewa_explorer.status_label.text()
    assert "Line 4" in message
    assert "oops" in message
    assert "cost" in message
    np.testing.assert_allclose(ewa_explorer.series, previous)


def test_ewa_csv_short_row_names_line(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("a,b\n1,2\n3\n")

    with pytest.raises(CsvColumnError, match="Line 3.*1 cells.*2"):
        read_csv_table(path)


def test_ewa_csv_without_numbers_rejected(ewa_explorer, tmp_path):
    path = tmp_path / "words.csv"
    path.write_text("name,colour\nann,red\n")

    assert not ewa_explorer.load_csv(path)
    assert "no numeric column" in ewa_explorer.status_label.text()


def test_ewa_csv_missing_file_rejected(ewa_explorer, tmp_path):
    assert not ewa_explorer.load_csv(tmp_path / "absent.csv")
    assert "Could not read" in ewa_explorer.status_label.text()


def test_ewa_csv_empty_and_header_only(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    header_only = tmp_path / "header.csv"
    header_only.write_text("a,b\n")

    with pytest.raises(CsvColumnError, match="empty"):
        read_csv_table(empty)
    with pytest.raises(CsvColumnError, match="no data rows"):
        read_csv_table(header_only)


def test_ewa_csv_line_numbers_count_quoted_breaks(tmp_path):
    path = tmp_path / "quoted.csv"
    path.write_text('note,value\n"two\nlines",1\nplain,x\n')

    with pytest.raises(CsvColumnError, match="Line 4"):
        read_csv_table(path).column("value")


# --------------------------------------------------------------- decay explorer


def test_decay_values_equal_schedule(decay_explorer):
    decay_explorer.initial_learning_rate_spin.setValue(0.3)
    decay_explorer.decay_rate_spin.setValue(0.5)
    decay_explorer.base_spin.setValue(0.9)
    decay_explorer.k_spin.setValue(2.0)
    decay_explorer.interval_spin.setValue(4)
    decay_explorer.set_chosen_epoch(9)

    values = decay_explorer.values_at_chosen_epoch()

    assert set(values) == set(SCHEDULE_NAMES)
    expected = {
        "constant": Schedule("constant").learning_rate(0.3, 9),
        "inverse_time": Schedule("inverse_time", decay_rate=0.5).learning_rate(0.3, 9),
        "exponential": Schedule("exponential", base=0.9).learning_rate(0.3, 9),
        "inverse_sqrt": Schedule("inverse_sqrt", k=2.0).learning_rate(0.3, 9),
        "stepwise": Schedule("stepwise", decay_rate=0.5, interval=4).learning_rate(0.3, 9),
    }
    for name in SCHEDULE_NAMES:
        assert values[name] == pytest.approx(expected[name]), name


def test_decay_table_shows_chosen_epoch(decay_explorer):
    decay_explorer.set_chosen_epoch(3)
    values = decay_explorer.values_at_chosen_epoch()

    for row, name in enumerate(SCHEDULE_NAMES):
        shown = float(decay_explorer.table.item(row, 1).text())
        assert shown == pytest.approx(values[name], rel=1e-5), name
    assert decay_explorer.epoch_line.value() == 3


def test_decay_curves_cover_every_epoch(decay_explorer):
    decay_explorer.epoch_count_spin.setValue(30)
    curves = decay_explorer.curve_values()

    for name in SCHEDULE_NAMES:
        schedule = decay_explorer.schedules()[name]
        expected = schedule.learning_rate(decay_explorer.initial_learning_rate, np.arange(30))
        np.testing.assert_allclose(curves[name], expected)
    assert decay_explorer.epoch_spin.maximum() == 29


def test_decay_first_epoch_uses_alpha0(decay_explorer):
    decay_explorer.set_chosen_epoch(0)
    values = decay_explorer.values_at_chosen_epoch()

    for name in ("constant", "inverse_time", "exponential", "stepwise"):
        assert values[name] == pytest.approx(decay_explorer.initial_learning_rate), name


def test_decay_dragged_line_sets_epoch(decay_explorer):
    decay_explorer.epoch_line.setValue(6.7)
    decay_explorer.epoch_line.sigPositionChangeFinished.emit(decay_explorer.epoch_line)

    assert decay_explorer.chosen_epoch == 7


# ---------------------------------------------------------------------- styling


def _show_explorer(qtbot, widget_class):
    widget = widget_class()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_ewa_axes_show_plain_values(ewa_explorer):
    ewa_explorer.set_run_costs(np.linspace(0.7, 0.1, 300))

    for plot in (ewa_explorer.series_plot, ewa_explorer.weights_plot):
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            assert not axis.autoSIPrefix, side
            assert axis.autoSIPrefixScale == 1.0, side
    assert "x0.001" not in ewa_explorer.series_plot.getAxis("left").labelString()


@pytest.mark.parametrize("attribute", ["series_graphics", "weights_graphics"])
def test_ewa_plots_use_app_style(ewa_explorer, attribute):
    from workbench.gui.plot_style import BACKGROUND

    graphics = getattr(ewa_explorer, attribute)
    assert graphics.backgroundBrush().color() == pg.mkColor(BACKGROUND)


def test_decay_plot_uses_app_style(decay_explorer):
    from workbench.gui.plot_style import BACKGROUND

    assert decay_explorer.graphics.backgroundBrush().color() == pg.mkColor(BACKGROUND)
    assert not decay_explorer.plot.getAxis("left").autoSIPrefix


def test_decay_legend_leaves_data_free(qtbot):
    explorer = _show_explorer(qtbot, DecayExplorer)
    view_rect = explorer.plot.getViewBox().sceneBoundingRect()
    legend_rect = explorer.legend.sceneBoundingRect()

    titles = explorer._schedule_titles()
    assert [label.text for _sample, label in explorer.legend.items] == [titles[name] for name in SCHEDULE_NAMES]
    assert legend_rect.height() > 0
    assert not legend_rect.intersects(view_rect)


def test_ewa_legend_leaves_data_free(qtbot):
    explorer = _show_explorer(qtbot, EwaExplorer)
    view_rect = explorer.series_plot.getViewBox().sceneBoundingRect()
    legend_rect = explorer.series_legend.sceneBoundingRect()

    assert len(explorer.series_legend.items) == 3
    assert not legend_rect.intersects(view_rect)
