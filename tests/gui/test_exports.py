"""Exports: PNG and SVG plots and metrics CSV files that load back, and the SVG close-path fix."""

from __future__ import annotations

import csv
import xml.dom.minidom
import xml.etree.ElementTree as ElementTree

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from workbench.engine.metrics import EPOCH_CSV_COLUMNS, ITERATION_CSV_COLUMNS
from workbench.gui import svg_export
from workbench.gui.main_window import EXPORT_PNG_WIDTH

SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def finished_window(qtbot, make_window, small_config):
    """A window whose 6-epoch run on moons has finished."""
    window = make_window(small_config(epochs=6))
    window.start_run()
    qtbot.waitUntil(lambda: not window.is_running, timeout=15_000)
    assert window.run_status_label.text().startswith("Finished")
    return window


def test_png_export_loads_back(finished_window, tmp_path):
    path = tmp_path / "plots.png"

    written = finished_window.export_plots(path)

    assert written == path
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == EXPORT_PNG_WIDTH
    assert image.height() > 100
    corner = image.pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 255, 255)


def test_svg_export_parses(finished_window, tmp_path):
    path = tmp_path / "plots.svg"

    written = finished_window.export_plots(path)

    assert written == path
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{SVG_NAMESPACE}svg"
    paths = root.findall(f".//{SVG_NAMESPACE}path")
    assert len(paths) > 10
    assert any(element.get("d", "").strip() for element in paths)


def test_metrics_csv_export(finished_window, tmp_path):
    written = finished_window.export_metrics(tmp_path / "metrics.csv")

    epoch_path, iteration_path = written
    assert epoch_path.name == "metrics_epochs.csv"
    assert iteration_path.name == "metrics_iterations.csv"
    with epoch_path.open(newline="", encoding="utf-8") as handle:
        epoch_rows = list(csv.reader(handle))
    with iteration_path.open(newline="", encoding="utf-8") as handle:
        iteration_rows = list(csv.reader(handle))
    assert tuple(epoch_rows[0]) == EPOCH_CSV_COLUMNS
    assert len(epoch_rows) == 1 + 6
    assert tuple(iteration_rows[0]) == ITERATION_CSV_COLUMNS
    assert len(iteration_rows) == 1 + finished_window.training_view.plots.iteration_count
    assert [row[0] for row in epoch_rows[1:]] == [str(epoch) for epoch in range(1, 7)]


def test_metrics_export_without_run(make_window, tmp_path):
    window = make_window()

    assert window.export_metrics(tmp_path / "metrics.csv") == []

    assert list(tmp_path.glob("*.csv")) == []
    assert window.last_message_box is not None
    window.last_message_box.close()


def test_export_functions_on_plot_widget(qtbot, tmp_path):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.plot(np.arange(20.0), np.sin(np.arange(20.0)))
    widget.show()

    png_path = svg_export.export_png(widget, tmp_path / "curve.png", width=640)
    svg_path = svg_export.export_svg(widget, tmp_path / "curve.svg")

    assert QImage(str(png_path)).width() == 640
    assert ElementTree.parse(svg_path).getroot().tag == f"{SVG_NAMESPACE}svg"


def test_export_rejects_other_objects(tmp_path):
    with pytest.raises(TypeError, match="cannot export str"):
        svg_export.export_svg("not a plot", tmp_path / "x.svg")


def test_close_commands_survive_split_and_restore():
    coordinate_data, removed = svg_export._split_close_commands("M0,0 L1,1 Z M2,2 L3,3 z")

    assert coordinate_data == "M0,0 L1,1 M2,2 L3,3"
    assert removed == [(2, "Z"), (5, "z")]
    assert svg_export._restore_close_commands("M5,5 L6,6 M7,7 L8,8", removed) == "M5,5 L6,6 Z M7,7 L8,8 z"


def test_svg_fix_handles_close_command():
    svg_export.install_svg_path_fix()
    document = xml.dom.minidom.parseString(
        '<g><g transform="matrix(2,0,0,2,1,0)"><path d="M0,0 L1,1 Z"/></g></g>')
    group = document.getElementsByTagName("g")[0]

    svg_export._svg_module.correctCoordinates(group, [], None, {})

    path_data = document.getElementsByTagName("path")[0].getAttribute("d")
    assert path_data.split() == ["M1.0,0.0", "L3.0,2.0", "Z"]
