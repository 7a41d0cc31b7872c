"""Tests of the Landscape view against the real engine (surfaces, parser, PathRace)."""

import math
import csv
import xml.etree.ElementTree as ElementTree

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QFontMetricsF, QImage
from PySide6.QtTest import QTest

from workbench.engine.landscape import PATHS_CSV_COLUMNS
from workbench.gui.landscape import LandscapeView
from workbench.gui.landscape.optimizer_table import (
    COLUMN_BETA,
    COLUMN_BETA1,
    COLUMN_DECAY,
    COLUMN_EPSILON,
    COLUMN_LABEL,
    COLUMN_LEARNING_RATE,
    COLUMN_SCHEDULE,
)
from workbench.gui.landscape.map_plot import START_LABEL_CLEARANCE
from workbench.gui.landscape.step_plots import MIN_RELATIVE_SPAN, MIN_STEP_SPAN, StepPlots
from workbench.gui.landscape.summary import COLUMN_DIVERGED
from workbench.gui.landscape.surface_chooser import (
    ECHO_CONTEXT,
    ECHO_MAX_MARK,
    MIN_ECHO_CONTEXT,
    SurfaceChooser,
    echo_context,
    formula_excerpt,
    shorten_long_words,
)


@pytest.fixture
def view(qtbot):
    widget = LandscapeView()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_surface("saddle")
    yield widget
    widget.pause()


@pytest.fixture
def racing_view(view):
    view.add_course_presets()
    view.set_start((-0.25, 0.01))
    return view


def _click_map(qtbot, view, x, y):
    """Click the map's viewport at data point (x, y) with a real mouse event."""
    view_box = view.map_plot.getPlotItem().getViewBox()
    scene_point = view_box.mapViewToScene(QPointF(x, y))
    widget_point = view.map_plot.mapFromScene(scene_point)
    QTest.mouseClick(view.map_plot.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(widget_point.x(), widget_point.y()))


def test_map_click_sets_start(qtbot, racing_view):
    racing_view.step(5)

    _click_map(qtbot, racing_view, 0.8, -0.6)

    x, y = racing_view.start
    assert x == pytest.approx(0.8, abs=0.03)
    assert y == pytest.approx(-0.6, abs=0.03)
    assert racing_view.race.step_count == 0
    np.testing.assert_allclose(racing_view.race.positions, np.tile([x, y], (4, 1)))


def test_map_click_outside_domain_ignored(racing_view):
    before = racing_view.start

    racing_view.map_plot.click_at(5.0, 0.0)

    assert racing_view.start == before


def test_start_marker_drag_sets_start(racing_view):
    racing_view.map_plot.start_marker.setPos(QPointF(0.5, 0.5))
    racing_view.map_plot.start_marker.sigPositionChangeFinished.emit(racing_view.map_plot.start_marker)

    np.testing.assert_allclose(racing_view.race.positions, np.tile([0.5, 0.5], (4, 1)))


def test_play_advances_paths(qtbot, racing_view):
    racing_view.speed_slider.setValue(5)

    racing_view.play()
    qtbot.waitUntil(lambda: racing_view.race.step_count >= 20, timeout=5000)
    racing_view.pause()

    assert not racing_view.playing
    assert racing_view.race.step_count >= 20
    curve = racing_view.map_plot.paths[0].curve
    assert curve.xData.size == racing_view.race.step_count + 1


def test_single_step_advances_one(racing_view):
    racing_view.step(7)
    before = racing_view.race.history[:, -1].copy()

    racing_view.step_button.click()

    assert racing_view.race.step_count == 8
    assert not np.allclose(racing_view.race.positions, before)


def test_reset_returns_to_start(racing_view):
    racing_view.step(30)

    racing_view.reset_button.click()

    assert racing_view.race.step_count == 0
    np.testing.assert_allclose(racing_view.race.positions, np.tile([-0.25, 0.01], (4, 1)))
    assert racing_view.map_plot.paths[0].curve.xData.size == 1


def test_alpha_change_keeps_surface_and_start(racing_view):
    surface = racing_view.surface
    racing_view.set_start((0.3, -0.2))
    racing_view.step(10)

    racing_view.optimizer_table.set_value(0, COLUMN_LEARNING_RATE, "0.2")

    assert racing_view.surface is surface
    assert racing_view.start == pytest.approx((0.3, -0.2))
    assert racing_view.race.specs[0].learning_rate == 0.2
    assert racing_view.race.step_count == 0
    np.testing.assert_allclose(racing_view.race.positions[0], [0.3, -0.2])


def test_diverging_row_stops_with_marker(racing_view):
    table = racing_view.optimizer_table
    table.clear()
    table.add_row("gd", learning_rate=1.5, label="GD too fast")
    table.add_row("adam", learning_rate=0.01)
    racing_view.set_start((1.0, 0.05))

    racing_view.step(40)

    race = racing_view.race
    assert race.diverged.tolist() == [True, False]
    diverged_spots = racing_view.map_plot.diverged_marker.data
    assert len(diverged_spots) == 1
    x_min, x_max, y_min, y_max = racing_view.surface.domain
    assert x_min <= diverged_spots[0]["x"] <= x_max
    assert y_min <= diverged_spots[0]["y"] <= y_max
    assert racing_view.summary_table.cell_text(0, COLUMN_DIVERGED) == "yes"
    assert racing_view.summary_table.cell_text(1, COLUMN_DIVERGED) == "no"

    adam_before = race.positions[1].copy()
    racing_view.step(5)
    assert not np.allclose(race.positions[1], adam_before)
    gd_curve = racing_view.map_plot.paths[0].curve
    assert gd_curve.xData.size == race.diverged_at[0]


def test_invalid_value_shows_engine_message(racing_view):
    table = racing_view.optimizer_table

    table.set_value(1, COLUMN_BETA, "1.5")

    assert "beta = 1.5 is invalid" in table.message(1)
    assert table.errors_label.text().startswith("Row 2")
    assert racing_view.race.n_paths == 3
    assert table.message(0) == ""

    table.set_value(1, COLUMN_BETA, "0.5")
    assert table.message(1) == ""
    assert racing_view.race.n_paths == 4


def test_non_number_names_field(racing_view):
    racing_view.optimizer_table.set_value(0, COLUMN_LEARNING_RATE, "fast")

    assert "learning_rate" in racing_view.optimizer_table.message(0)
    assert "fast" in racing_view.optimizer_table.message(0)


def test_only_applicable_cells_editable(racing_view):
    table = racing_view.optimizer_table

    assert table.is_editable(0, COLUMN_LEARNING_RATE)
    assert not table.is_editable(0, COLUMN_BETA)
    assert table.is_editable(1, COLUMN_BETA)
    assert not table.is_editable(1, COLUMN_EPSILON)
    assert table.is_editable(3, COLUMN_BETA1)
    assert not table.is_editable(3, COLUMN_DECAY)

    table.set_schedule(3, "exponential")
    assert table.is_editable(3, COLUMN_DECAY)
    assert racing_view.race.specs[3].schedule.name == "exponential"
    assert racing_view.race.specs[3].schedule.base == pytest.approx(0.95)


def test_course_presets_match_engine(racing_view):
    specs = racing_view.race.specs

    assert [spec.optimizer for spec in specs] == ["gd", "momentum", "rmsprop", "adam"]
    assert specs[1].beta == 0.9
    assert specs[3].beta1 == 0.9
    assert specs[3].beta2 == 0.999
    assert specs[3].epsilon == 1e-8
    assert racing_view.optimizer_table.table.item(3, COLUMN_LABEL).text() == "Adam"


def test_hidden_row_hides_curve(racing_view):
    racing_view.step(3)

    racing_view.optimizer_table.set_visible(2, False)

    assert not racing_view.map_plot.paths[2].curve.isVisible()
    assert racing_view.map_plot.paths[1].curve.isVisible()
    assert racing_view.race.step_count == 3


def test_noise_zero_is_deterministic(racing_view):
    racing_view.step(25)
    first = racing_view.race.positions.copy()

    racing_view.reset()
    racing_view.step(25)

    np.testing.assert_array_equal(racing_view.race.positions, first)


def test_noise_seed_reproducible(racing_view):
    racing_view.noise_spin.setValue(0.5)
    racing_view.seed_spin.setValue(3)
    racing_view.step(10)
    first = racing_view.race.positions.copy()

    racing_view.reset()
    racing_view.step(10)
    np.testing.assert_array_equal(racing_view.race.positions, first)

    racing_view.seed_spin.setValue(4)
    racing_view.step(10)
    assert not np.allclose(racing_view.race.positions, first)


def test_arrows_shown_when_checked(racing_view):
    racing_view.set_start((-0.8, 0.4))
    racing_view.step(5)

    racing_view.gradient_arrows_check.setChecked(True)
    racing_view.velocity_arrows_check.setChecked(True)

    paths = racing_view.map_plot.paths
    assert paths[0].gradient_line.isVisible()
    assert not paths[0].velocity_line.isVisible()
    assert paths[1].velocity_line.isVisible()
    gradient_x, gradient_y = paths[0].gradient_line.getData()
    direction = np.array([gradient_x[1] - gradient_x[0], gradient_y[1] - gradient_y[0]])
    expected = -racing_view.race.gradients[0]
    assert np.dot(direction, expected) / (np.linalg.norm(direction) * np.linalg.norm(expected)) == pytest.approx(1.0)


def test_summary_shows_hessian(racing_view):
    racing_view.step(2)

    assert racing_view.summary_table.cell_text(0, 5) == "-2, 2"
    assert "saddle" in racing_view.summary_table.cell_text(0, 6)


def test_custom_expression_valid(racing_view):
    assert racing_view.surface_chooser.apply_formula("x**2 + 3*y**2", (-3, 3, -2, 2))

    surface = racing_view.surface
    assert surface.formula == "x**2 + 3*y**2"
    assert surface.domain == (-3, 3, -2, 2)
    assert [point.kind for point in surface.critical_points] == ["minimum"]
    assert racing_view.race.surface is surface
    assert racing_view.surface_chooser.error_text() == ""
    assert len(racing_view.map_plot.minima_marker.data) == 1


def test_custom_expression_invalid(racing_view):
    chooser = racing_view.surface_chooser
    previous = racing_view.surface
    text = "x**2 + foo(y)"

    assert not chooser.apply_formula(text)

    assert racing_view.surface is previous
    assert racing_view.race.surface is previous
    assert "foo" in chooser.error_text()
    assert chooser.formula_edit.selectionStart() == text.index("foo")
    assert chooser.formula_edit.selectedText().startswith("foo")
    caret_line = chooser.error_label.property("caretLine")
    assert caret_line.index("^") == text.index("foo")


def test_bowl_condition_number(view):
    view.set_surface("bowl")
    view.surface_chooser.condition_number_spin.setValue(50)

    assert view.surface.name == "bowl"
    assert view.surface.condition_number == 50


def test_every_builtin_surface_draws(view):
    from workbench.engine.surfaces import SURFACE_NAMES

    for name in SURFACE_NAMES:
        view.set_surface(name)
        assert view.surface.name == name
        assert view.map_plot.image.image is not None
        assert view.map_plot.contours.xData.size > 0


def test_wide_range_uses_log_colours(view):
    view.set_surface("rosenbrock")
    assert view.map_plot.colour_scale.logarithmic

    view.set_surface("saddle")
    assert not view.map_plot.colour_scale.logarithmic


def test_log_cost_axis_shifts_by_minimum(view):
    view.set_surface("bowl")
    view.add_course_presets()
    view.step(10)

    view.step_plots.log_cost_check.setChecked(True)

    cost, _distance = view.step_plots.curve_data(0)
    np.testing.assert_allclose(cost, view.race.costs[0])
    assert view.step_plots.cost_plot.getPlotItem().ctrl.logYCheck.isChecked()


def test_export_files_load(racing_view, tmp_path):
    racing_view.step(20)

    png = racing_view.export_png(tmp_path / "map.png")
    svg = racing_view.export_svg(tmp_path / "map.svg")
    table = racing_view.export_csv(tmp_path / "paths.csv")

    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() == 1600
    root = ElementTree.parse(svg).getroot()
    assert list(root.iter("{http://www.w3.org/2000/svg}path"))
    with open(table, newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file))
    assert tuple(rows[0]) == PATHS_CSV_COLUMNS
    assert len(rows) == 1 + 4 * 21


def test_export_csv_without_race(view, tmp_path):
    with pytest.raises(RuntimeError, match="no race"):
        view.export_csv(tmp_path / "paths.csv")


def _view_range(view):
    (x_low, x_high), (y_low, y_high) = view.map_plot.getPlotItem().getViewBox().viewRange()
    return x_low, x_high, y_low, y_high


def _assert_view_fits_domain(view):
    """The view contains the domain and, with the aspect ratio locked, hugs it along at least one axis."""
    x_min, x_max, y_min, y_max = view.surface.domain
    x_low, x_high, y_low, y_high = _view_range(view)
    width, height = x_max - x_min, y_max - y_min
    assert x_low <= x_min
    assert x_high >= x_max
    assert y_low <= y_min
    assert y_high >= y_max
    x_margin = (x_high - x_low) / width - 1.0
    y_margin = (y_high - y_low) / height - 1.0
    assert min(x_margin, y_margin) < 0.1
    assert max(x_margin, y_margin) < 0.5


def test_map_view_stays_on_domain(racing_view):
    racing_view.set_start((1.5, 0.05))
    racing_view.step(120)
    y_max = racing_view.surface.domain[3]
    assert np.nanmax(racing_view.race.history[:, :, 1]) > 2 * y_max

    _assert_view_fits_domain(racing_view)


def test_auto_range_ignores_paths(racing_view):
    racing_view.set_start((1.5, 0.05))
    racing_view.step(120)
    view_box = racing_view.map_plot.getPlotItem().getViewBox()

    view_box.enableAutoRange()
    view_box.updateAutoRange()

    _assert_view_fits_domain(racing_view)


def test_reset_view_returns_to_domain(racing_view):
    view_box = racing_view.map_plot.getPlotItem().getViewBox()
    view_box.setRange(xRange=(5.0, 9.0), yRange=(5.0, 9.0), padding=0)
    assert _view_range(racing_view)[0] > 4.0

    racing_view.reset_view_button.click()

    _assert_view_fits_domain(racing_view)


@pytest.mark.parametrize("width", [960, 1370])
def test_map_is_widest_part(qtbot, width):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(width, 780)
    view.show()
    qtbot.waitExposed(view)

    map_width = view.map_plot.width()
    controls_width = view.columns.widget(1).width()

    assert map_width > controls_width
    assert map_width > 0.5 * width
    assert view.columns.widget(1).minimumSizeHint().width() < 0.5 * 960


def test_step_plot_titles_fit(qtbot):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(960, 780)
    view.show()
    qtbot.waitExposed(view)

    for name in ("bowl", "saddle"):
        view.set_surface(name)
        for checked in (False, True):
            view.step_plots.log_cost_check.setChecked(checked)
            for plot in (view.step_plots.cost_plot, view.step_plots.distance_plot):
                title = plot.getPlotItem().titleLabel
                text_width = title.item.boundingRect().width()
                assert text_width <= plot.width(), title.text


def _show_landscape_tab(qtbot, window):
    window.resize(1400, 900)
    window.show_view(window.landscape_tab)
    qtbot.waitUntil(lambda: window.landscape_view is not None)
    qtbot.wait(50)
    return window.landscape_view


def test_formula_excerpt_short_formula_whole():
    text = "x**2 + foo(y)"

    excerpt, caret_line = formula_excerpt(text, text.index("foo"), 3)

    assert excerpt == text
    assert caret_line == " " * text.index("foo") + "^^^"


def test_formula_excerpt_long_formula_cut():
    text = "x" + "+x" * 200 + "+foo(y)" + "+y" * 200
    position = text.index("foo")

    excerpt, caret_line = formula_excerpt(text, position, 3)

    assert excerpt.startswith("…")
    assert excerpt.endswith("…")
    assert len(excerpt) == 2 * ECHO_CONTEXT + 3 + 2
    column = caret_line.index("^")
    assert excerpt[column:column + 3] == "foo"
    assert caret_line.strip() == "^^^"


def test_formula_excerpt_long_mark_capped():
    text = "x" + "+x" * 5000

    excerpt, caret_line = formula_excerpt(text, 500, len(text) - 500)

    assert len(excerpt) <= 2 * ECHO_CONTEXT + ECHO_MAX_MARK + 2
    assert caret_line.count("^") == ECHO_MAX_MARK
    assert caret_line.endswith("…")
    assert excerpt[caret_line.index("^")] == text[500]


def test_long_formula_keeps_window_width(qtbot, make_window):
    window = make_window()
    view = _show_landscape_tab(qtbot, window)
    chooser = view.surface_chooser
    width = window.width()

    assert not chooser.apply_formula("x" + "+x" * 5000)
    qtbot.wait(50)
    assert window.width() == width
    assert "10001" in chooser.error_text()
    assert len(chooser.error_label.property("formulaExcerpt")) <= 2 * ECHO_CONTEXT + ECHO_MAX_MARK + 2

    assert chooser.apply_formula("x**2")
    qtbot.wait(50)
    assert window.width() == width
    assert window.minimumSizeHint().width() <= width


def test_set_start_outside_domain_rejected(racing_view):
    racing_view.step(3)
    before = racing_view.start

    for point in ((1e6, 1e6), (0.0, 2.5), (float("nan"), 0.0)):
        with pytest.raises(ValueError, match="outside the surface's domain"):
            racing_view.set_start(point)

    assert racing_view.start == before
    assert racing_view.race.step_count == 3


def test_set_start_on_domain_edge_accepted(racing_view):
    racing_view.set_start((2.0, -2.0))

    np.testing.assert_allclose(racing_view.race.positions, np.tile([2.0, -2.0], (4, 1)))


def test_start_dragged_outside_moves_inside(racing_view):
    marker = racing_view.map_plot.start_marker

    marker.setPos(QPointF(3.0, 0.5))
    marker.sigPositionChangeFinished.emit(marker)

    assert racing_view.start == pytest.approx((2.0, 0.5))
    np.testing.assert_allclose(racing_view.race.positions, np.tile([2.0, 0.5], (4, 1)))
    assert "outside the domain" in racing_view.status_label.text()

    racing_view.step(1)
    assert "outside the domain" in racing_view.status_label.text()

    racing_view.set_start((0.5, 0.5))
    assert "outside" not in racing_view.status_label.text()


@pytest.mark.parametrize("x", [-2.0, 2.0])
def test_start_label_stays_in_view(qtbot, x):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(960, 780)
    view.show()
    qtbot.waitExposed(view)
    view.set_surface("saddle")

    view.set_start((x, 0.0))
    qtbot.wait(20)

    label = view.map_plot.start_marker.label()
    view_box = view.map_plot.getPlotItem().getViewBox()
    label_rect = label.sceneBoundingRect()
    assert view_box.sceneBoundingRect().contains(label_rect), (label_rect, view_box.sceneBoundingRect())


def _right_edge(table, column):
    header = table.horizontalHeader()
    return header.sectionPosition(column) + header.sectionSize(column)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_tables_fit_without_scrolling(qtbot, request, make_window, language):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    window = make_window()
    view = _show_landscape_tab(qtbot, window)
    view.add_course_presets()
    view.step(5)
    qtbot.wait(50)

    assert window.parameter_dock.isHidden()
    optimizers = view.optimizer_table.table
    assert _right_edge(optimizers, COLUMN_SCHEDULE) <= optimizers.viewport().width()
    summary = view.summary_table
    assert _right_edge(summary, summary.columnCount() - 1) <= summary.viewport().width()
    assert summary.cell_text(0, 6) in summary.kind_titles().values()


def test_map_labels_translated(qtbot, chinese):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.set_surface("himmelblau")

    legend_texts = [label.text for _sample, label in view.map_plot.legend.items]

    assert "极小值" in legend_texts
    assert "鞍点" in legend_texts
    assert "极大值" in legend_texts
    assert view.map_plot.start_marker.label().toPlainText() == "起点"


def test_formula_error_note_translated(qtbot, chinese):
    view = LandscapeView()
    qtbot.addWidget(view)

    assert not view.surface_chooser.apply_formula("x**2 + foo(y)")

    text = view.surface_chooser.error_label.text()
    assert "The map keeps" not in text
    assert "公式有效" in text


def test_every_preset_gets_leave_saddle_count(view):
    view.add_course_presets()
    view.set_start((-0.6, 0.02))
    view.step(400)

    radius = view.summary_saddle_radius()
    rows = {row["label"]: row["steps_to_leave_saddle"] for row in view.race.summary(saddle_radius=radius)}

    assert radius == pytest.approx(2 * math.hypot(0.6, 0.02))
    assert all(steps is not None for steps in rows.values()), rows
    assert rows["RMSprop"] < rows["Adam"] < rows["GD"]


def test_start_on_saddle_keeps_base_radius(view):
    view.add_course_presets()
    view.set_start((0.0, 0.0))

    assert view.summary_saddle_radius() == pytest.approx(0.1 * view.race.surface.half_diagonal)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_custom_formula_keeps_minimum_width(qtbot, request, make_window, language):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    window = make_window()
    view = _show_landscape_tab(qtbot, window)
    landscape_minimum = window.minimumSizeHint().width()
    # A tab widget is as wide as its widest page, so the Training tab's minimum counts the Landscape page too.
    window.show_view(window.training_view)
    qtbot.wait(50)
    training_minimum = window.minimumSizeHint().width()
    window.show_view(window.landscape_tab)
    qtbot.wait(50)

    assert not view.surface_chooser.apply_formula("x" + "+x" * 400)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() == landscape_minimum

    assert view.surface_chooser.apply_formula("x**2 - y**2")
    qtbot.wait(50)
    assert window.minimumSizeHint().width() == landscape_minimum

    window.show_view(window.training_view)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() == training_minimum
    assert window.width() == 1400


#: A formula whose error excerpt, with ECHO_CONTEXT characters on each side, is wider than a chooser at its
#: minimum width: 2 × 30 characters of context and 20 carets under the unknown name.
NARROW_FORMULA = "x + y + x*y + sin(x) + cos(y) + " + "unknown_function_name_here" + "(x) + x**2 + y**2 + exp(x*y)"


@pytest.fixture
def narrow_chooser(qtbot):
    """A surface chooser shown at its minimum width."""
    chooser = SurfaceChooser()
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    chooser.resize(chooser.minimumSizeHint().width(), 200)
    qtbot.wait(20)
    return chooser


def _excerpt_width(label):
    fixed_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    fixed_font.setPointSizeF(label.font().pointSizeF())
    return QFontMetricsF(fixed_font).horizontalAdvance(label.property("formulaExcerpt"))


def test_formula_error_fits_narrow_chooser(qtbot, narrow_chooser):
    assert not narrow_chooser.apply_formula(NARROW_FORMULA)
    qtbot.wait(20)

    label = narrow_chooser.error_label
    assert _excerpt_width(label) <= label.contentsRect().width()
    assert len(label.property("formulaExcerpt")) < 2 * ECHO_CONTEXT + ECHO_MAX_MARK + 2
    assert "unknown" in label.property("formulaExcerpt")
    assert label.property("caretLine").strip().startswith("^")


def test_formula_error_rewritten_when_wider(qtbot, narrow_chooser):
    assert not narrow_chooser.apply_formula(NARROW_FORMULA)
    narrow_excerpt = narrow_chooser.error_label.property("formulaExcerpt")

    narrow_chooser.resize(1400, 200)
    qtbot.wait(20)

    wide_excerpt = narrow_chooser.error_label.property("formulaExcerpt")
    assert len(wide_excerpt) == 2 * ECHO_CONTEXT + ECHO_MAX_MARK + 2
    assert len(narrow_excerpt) < len(wide_excerpt)


def test_long_name_in_message_shortened(qtbot):
    view = LandscapeView()
    qtbot.addWidget(view)
    name = "a" * 300

    assert not view.surface_chooser.apply_formula(f"x + {name}(y)")

    label = view.surface_chooser.error_label
    assert name in view.surface_chooser.error_text()
    assert name not in label.text()
    assert label.toolTip() == view.surface_chooser.error_text()


def test_shorten_long_words():
    message = "unknown name '" + "b" * 100 + "'; use x or y."

    shortened = shorten_long_words(message, 40)

    long_word = shortened.split(" ")[2]
    assert len(long_word) == 40
    assert long_word.startswith("'bbb")
    assert long_word.endswith("bb';")
    assert "…" in long_word
    assert shortened.startswith("unknown name ")
    assert shortened.endswith(" use x or y.")
    assert shorten_long_words("short words stay", 40) == "short words stay"


@pytest.mark.parametrize("columns, expected", [(200, ECHO_CONTEXT), (30, 12), (10, MIN_ECHO_CONTEXT)])
def test_echo_context_fits_columns(columns, expected):
    assert echo_context(columns, 3) == expected


def _scene_point(map_plot, x, y):
    """Map data point (x, y) to the scene, which also brings a pending view transform up to date."""
    return map_plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))


def _distance_to_rect(point, rect):
    dx = max(rect.left() - point.x(), 0.0, point.x() - rect.right())
    dy = max(rect.top() - point.y(), 0.0, point.y() - rect.bottom())
    return math.hypot(dx, dy)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_start_label_clear_of_saddle(qtbot, request, language):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_surface("saddle")

    view.set_start((0.4, 0.1))
    qtbot.wait(20)

    map_plot = view.map_plot
    start = _scene_point(map_plot, 0.4, 0.1)
    saddle = _scene_point(map_plot, 0.0, 0.0)
    label_rect = map_plot.start_marker.label().sceneBoundingRect()
    label_centre = label_rect.center()
    to_start = math.hypot(label_centre.x() - start.x(), label_centre.y() - start.y())
    to_saddle = math.hypot(label_centre.x() - saddle.x(), label_centre.y() - saddle.y())
    assert to_start < to_saddle
    assert _distance_to_rect(saddle, label_rect) >= START_LABEL_CLEARANCE - 1
    assert map_plot.start_label_side() == (1, 0)


def test_start_label_moves_off_nearby_minimum(qtbot):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_surface("himmelblau")
    minimum = next(point for point in view.surface.critical_points if point.kind == "minimum" and point.x > 0
                   and point.y > 0)

    view.set_start((minimum.x + 0.25, minimum.y + 0.2))
    qtbot.wait(20)

    map_plot = view.map_plot
    minimum_point = _scene_point(map_plot, minimum.x, minimum.y)
    label_rect = map_plot.start_marker.label().sceneBoundingRect()
    assert _distance_to_rect(minimum_point, label_rect) >= START_LABEL_CLEARANCE - 1
    assert map_plot.getPlotItem().getViewBox().sceneBoundingRect().contains(label_rect)


@pytest.fixture
def step_plots(qtbot):
    plots = StepPlots()
    qtbot.addWidget(plots)
    plots.resize(700, 220)
    plots.show()
    qtbot.waitExposed(plots)
    return plots


def test_step_axis_spans_ten_steps_before_race(qtbot, step_plots):
    from workbench.engine.surfaces import make_surface

    step_plots.set_surface(make_surface("saddle"))
    step_plots.set_paths([QColor("#E69F00")], ["GD"])

    step_plots.update_curves([np.array([[0.4, 0.1]])], [np.array([0.15])], [True])
    qtbot.wait(20)

    for plot in (step_plots.cost_plot, step_plots.distance_plot):
        (x_low, x_high), _y_range = plot.getViewBox().viewRange()
        assert x_low == pytest.approx(0.0, abs=0.5)
        assert x_high >= MIN_STEP_SPAN


def test_step_plots_one_large_cost_readable(qtbot, step_plots):
    from workbench.engine.expression import parse_surface

    step_plots.set_surface(parse_surface("exp(exp(exp(x)))", domain=(-2.0, 2.0, -2.0, 2.0)))
    step_plots.set_paths([QColor("#E69F00")], ["GD"])
    cost = 3.81428e6

    step_plots.update_curves([np.array([[1.0, 0.5]])], [np.array([cost])], [True])
    qtbot.wait(20)

    plot = step_plots.cost_plot
    _x_range, (y_low, y_high) = plot.getViewBox().viewRange()
    assert y_high - y_low >= MIN_RELATIVE_SPAN * cost
    axis = plot.getPlotItem().getAxis("left")
    ticks = [value for level in axis.tickValues(y_low, y_high, 200) for value in level[1]]
    labels = axis.tickStrings(ticks, 1.0, ticks[1] - ticks[0] if len(ticks) > 1 else 1.0)
    assert len(set(labels)) == len(labels), labels
    for name in ("bottom", "left"):
        assert "x0.001" not in plot.getPlotItem().getAxis(name).labelString()


def test_step_plots_two_steps_whole_numbers(qtbot, racing_view):
    racing_view.step(2)
    qtbot.wait(20)

    plot = racing_view.step_plots.cost_plot
    (x_low, x_high), _y_range = plot.getViewBox().viewRange()
    assert x_low == pytest.approx(0.0, abs=0.5)
    assert x_high >= MIN_STEP_SPAN


def test_learning_rate_above_config_limit_rejected(racing_view):
    table = racing_view.optimizer_table

    table.set_value(0, COLUMN_LEARNING_RATE, "1e6")

    assert "optimizer.learning_rate" in table.message(0)
    assert "1000" in table.message(0)
    assert len(racing_view.race.labels) == 3

    table.set_value(0, COLUMN_LEARNING_RATE, "1000")

    assert table.message(0) == ""
    assert len(racing_view.race.labels) == 4


def test_learning_rate_limit_message_translated(qtbot, chinese):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.add_course_presets()

    view.optimizer_table.set_value(0, COLUMN_LEARNING_RATE, "1e6")

    message = view.optimizer_table.message(0)
    assert "optimizer.learning_rate" in message
    assert any("\u4e00" <= character <= "\u9fff" for character in message), message
