"""Render the app icon SVG to the PNG sizes that desktops and installers use.

Usage, from the repository root::

    python tools/render_icons.py

Reads ``resources/icons/optimizer-workbench.svg`` and writes
``resources/icons/optimizer-workbench-<size>.png`` for sizes 16, 32, 64, 128
and 256 pixels, with a transparent background, plus
``optimizer-workbench.ico`` (one 256-pixel image, which Windows scales down)
for the Windows executable. Rendering uses Qt's QSvgRenderer under the
offscreen platform, so no screen is needed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = REPOSITORY_ROOT / "resources" / "icons"
SVG_PATH = ICON_DIR / "optimizer-workbench.svg"
PNG_SIZES = (16, 32, 64, 128, 256)
ICO_PATH = ICON_DIR / "optimizer-workbench.ico"

logger = logging.getLogger(__name__)


def png_path(size: int, icon_dir: Path = ICON_DIR) -> Path:
    """Return the path of the ``size`` x ``size`` pixel render."""
    return icon_dir / f"optimizer-workbench-{size}.png"


def render_icons(svg_path: Path = SVG_PATH, icon_dir: Path = ICON_DIR, sizes=PNG_SIZES) -> list[Path]:
    """Render ``svg_path`` once per size into ``icon_dir``, plus a Windows .ico, and return the written paths.

    The .ico contains the largest size only, because QImageWriter writes one
    image per .ico file.

    Raises ValueError when Qt cannot parse the SVG and OSError when a PNG
    cannot be written.
    """
    # Painting needs a QGuiApplication, and that needs a platform plugin. The
    # reference in `application` keeps it alive until every image is saved.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])

    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise ValueError(f"Qt could not parse {svg_path}; open it in a browser or an SVG editor to find the error")

    written = []
    largest_image = None
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)

        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()

        path = png_path(size, icon_dir)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}; check that {icon_dir} exists and is writable")
        written.append(path)
        if size == max(sizes):
            largest_image = image

    ico_path = icon_dir / ICO_PATH.name
    if not largest_image.save(str(ico_path), "ICO"):
        raise OSError(f"could not write {ico_path}; check that {icon_dir} exists and that Qt's ICO plugin is installed")
    written.append(ico_path)

    logger.debug("rendered %d icon sizes with %s", len(written), application.platformName())
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tools/render_icons.py",
                                     description="Render the app icon SVG to PNG files.")
    parser.add_argument("--svg", type=Path, default=SVG_PATH, help=f"icon to render (default: {SVG_PATH})")
    parser.add_argument("--output-dir", type=Path, default=ICON_DIR,
                        help=f"folder for the PNG files (default: {ICON_DIR})")
    args = parser.parse_args(argv)

    try:
        written = render_icons(args.svg, args.output_dir)
    except (ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    for path in written:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
