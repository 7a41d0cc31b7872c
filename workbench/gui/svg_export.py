"""Export pyqtgraph plots and scenes as PNG or SVG files.

``export_png`` and ``export_svg`` take a pyqtgraph item (a ``PlotItem``), a
``QGraphicsScene`` or a view widget (``PlotWidget``, ``GraphicsLayoutWidget``)
and write one file. Every view of the app uses them.

SVG on Qt 6.11 and newer: Qt's SVG generator now ends closed sub-paths with a
bare ``Z`` token in the ``d`` attribute of ``<path>``. pyqtgraph 0.14.0 rewrites
path coordinates by splitting every space-separated token at a comma, so the
``Z`` token raises ``ValueError: not enough values to unpack`` and no SVG is
written. :func:`install_svg_path_fix` wraps pyqtgraph's coordinate correction:
tokens without a comma (close-path commands) are taken out before pyqtgraph
transforms the coordinates and are put back at the same place afterwards. The
fix is installed only when a probe shows that the installed pyqtgraph fails on
such a path, so a pyqtgraph release that handles ``Z`` itself runs unchanged.
"""

from __future__ import annotations

import logging
import sys
import xml.dom.minidom
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

logger = logging.getLogger(__name__)

# The module that defines SVGExporter; its module-level ``correctCoordinates``
# is looked up by name on every export, so replacing it there takes effect.
_svg_module = sys.modules[SVGExporter.__module__]

_fix_checked = False


def _split_close_commands(path_data: str) -> tuple[str, list[tuple[int, str]]]:
    """Remove tokens without a comma from SVG path data.

    Returns the remaining coordinate tokens joined by spaces, and the removed
    tokens with their index in the original token sequence.
    """
    coordinate_tokens: list[str] = []
    removed: list[tuple[int, str]] = []

    for index, token in enumerate(path_data.split()):
        if "," in token:
            coordinate_tokens.append(token)
        else:
            removed.append((index, token))

    return " ".join(coordinate_tokens), removed


def _restore_close_commands(path_data: str, removed: list[tuple[int, str]]) -> str:
    """Put the tokens taken out by :func:`_split_close_commands` back at their indices."""
    tokens = path_data.split()
    for index, token in removed:
        tokens.insert(index, token)
    return " ".join(tokens)


def _correct_coordinates_keeping_close_commands(original):
    """Wrap pyqtgraph's ``correctCoordinates(node, defs, item, options)``.

    pyqtgraph emits exactly one output token per input coordinate token, in
    order, so the removed close-path tokens can be reinserted by index.
    """

    def correct_coordinates(node, defs, item, options):
        removed_by_path = []
        for path_element in node.getElementsByTagName("path"):
            coordinate_data, removed = _split_close_commands(path_element.getAttribute("d"))
            if removed:
                path_element.setAttribute("d", coordinate_data)
                removed_by_path.append((path_element, removed))

        original(node, defs, item, options)

        for path_element, removed in removed_by_path:
            restored = _restore_close_commands(path_element.getAttribute("d"), removed)
            path_element.setAttribute("d", restored)

    correct_coordinates.wraps_close_command_fix = True
    return correct_coordinates


def _pyqtgraph_fails_on_close_command(correct_coordinates) -> bool:
    """Return True when ``correct_coordinates`` raises on a path that ends in ``Z``."""
    document = xml.dom.minidom.parseString(
        '<g><g transform="matrix(1,0,0,1,0,0)"><path d="M0,0 L1,1 Z"/></g></g>'
    )
    group = document.getElementsByTagName("g")[0]
    try:
        # No gradient definitions are passed, so ``item`` is never used.
        correct_coordinates(group, [], None, {})
    except ValueError:
        return True
    return False


def install_svg_path_fix() -> bool:
    """Install the close-path fix into pyqtgraph's SVG exporter when it is needed.

    Returns True when the fix is active after the call. Safe to call many times.
    """
    global _fix_checked

    current = _svg_module.correctCoordinates
    if getattr(current, "wraps_close_command_fix", False):
        return True
    if _fix_checked:
        return False

    _fix_checked = True
    if not _pyqtgraph_fails_on_close_command(current):
        logger.debug("pyqtgraph %s exports closed SVG paths correctly; no fix installed", pg.__version__)
        return False

    _svg_module.correctCoordinates = _correct_coordinates_keeping_close_commands(current)
    logger.debug("Installed the SVG close-path fix for pyqtgraph %s", pg.__version__)
    return True


def _export_target(item_or_scene):
    """Return the item or scene that pyqtgraph's exporters accept for ``item_or_scene``."""
    if isinstance(item_or_scene, pg.PlotWidget):
        return item_or_scene.getPlotItem()
    if isinstance(item_or_scene, QGraphicsView):
        return item_or_scene.scene()
    if isinstance(item_or_scene, (QGraphicsScene, QGraphicsItem)):
        return item_or_scene
    raise TypeError(
        f"cannot export {type(item_or_scene).__name__}: pass a pyqtgraph item, a QGraphicsScene or a view widget"
    )


def _check_written(path: Path) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        # The window shows this text, so it is translated; the exporters fail silently when the folder is missing.
        message = QCoreApplication.translate(
            "PlotExport", "no file was written to {0}; check that the folder exists and is writable")
        raise OSError(message.format(path))


def export_png(item_or_scene, path: str | Path, width: int = 1600) -> Path:
    """Render ``item_or_scene`` to a PNG file ``width`` pixels wide.

    The height follows the item's aspect ratio. The width is set explicitly
    because pyqtgraph's ImageExporter ignores the screen's scale factor.
    Raises OSError when no file was written.
    """
    path = Path(path)
    if width < 1:
        raise ValueError(f"width = {width!r} is invalid: use a width of 1 pixel or more, e.g. 1600")

    exporter = ImageExporter(_export_target(item_or_scene))
    exporter.parameters()["width"] = int(width)
    exporter.export(str(path))

    _check_written(path)
    return path


def export_svg(item_or_scene, path: str | Path) -> Path:
    """Write ``item_or_scene`` as an SVG file, with the close-path fix when needed.

    Raises OSError when no file was written.
    """
    path = Path(path)
    install_svg_path_fix()

    exporter = SVGExporter(_export_target(item_or_scene))
    exporter.export(str(path))

    _check_written(path)
    return path
