"""Shared look of the app's pyqtgraph plots: white background, dark text, class colors."""

from __future__ import annotations

import pyqtgraph as pg

BACKGROUND = "w"
FOREGROUND = "#202020"
TITLE_SIZE = "10pt"

#: One color per class id (a colorblind-friendly set of 10; class ids wrap around after that).
CLASS_COLORS = (
    (31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
    (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207),
)

TRAIN_COLOR = "#1f77b4"
VALIDATION_COLOR = "#d62728"


def class_color(class_id: int) -> tuple[int, int, int]:
    return CLASS_COLORS[class_id % len(CLASS_COLORS)]


def style_plot_item(plot_item: pg.PlotItem, title: str, x_label: str, y_label: str) -> None:
    """Give ``plot_item`` the app's title, axis labels, dark axes and a light grid.

    Automatic SI prefixes are turned off, because a "(x0.001)" factor on a
    learning-rate or cost axis reads as part of the unit.
    """
    plot_item.setTitle(title, size=TITLE_SIZE, color=FOREGROUND)
    for name, text in (("bottom", x_label), ("left", y_label)):
        axis = plot_item.getAxis(name)
        axis.enableAutoSIPrefix(False)
        axis.setPen(FOREGROUND)
        axis.setTextPen(FOREGROUND)
        axis.setLabel(text, color=FOREGROUND)
    plot_item.showGrid(x=True, y=True, alpha=0.25)


def add_legend(plot_item: pg.PlotItem, offset: tuple[int, int] = (-10, 10)) -> pg.LegendItem:
    """Add a legend with dark text to ``plot_item``; the default offset puts it in the top-right corner.

    A negative offset counts from the right or bottom edge, as in pyqtgraph's ``addLegend``.
    """
    legend = plot_item.addLegend(offset=offset, labelTextColor=FOREGROUND, brush=(255, 255, 255, 200))
    return legend


def add_legend_below(layout: pg.GraphicsLayoutWidget, row: int, column_count: int) -> pg.LegendItem:
    """Add an empty legend with dark text in ``row`` of ``layout``, spanning its first column.

    A legend in its own layout row sits under the plot, so it never hides
    data. Entries are added with ``legend.addItem(curve, name)``.
    """
    legend = pg.LegendItem(labelTextColor=FOREGROUND, colCount=column_count)
    layout.addItem(legend, row=row, col=0)
    return legend
