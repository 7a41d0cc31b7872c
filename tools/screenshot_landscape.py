"""Save screenshots of the Landscape view and the two explorers as PNG files.

Usage: python tools/screenshot_landscape.py [OUTPUT_FOLDER] [--readme]

Runs offscreen. The Landscape view shot is the course's saddle demonstration:
GD, momentum, RMSprop and Adam start at (−0.25, 0.01), near the saddle of
x² − y², and race for 180 steps. With --readme the Landscape view shot is also written to
docs/images/landscape.png at 1400×900.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from PySide6.QtWidgets import QApplication  # noqa: E402


def _save(widget, path: Path, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path}")


def _shoot_explorers(folder: Path) -> None:
    from workbench.gui.explorers import DecayExplorer, EwaExplorer

    ewa_explorer = EwaExplorer()
    ewa_explorer.set_beta(0.9)
    _save(ewa_explorer, folder / "ewa_explorer.png", 1200, 700)

    decay_explorer = DecayExplorer()
    _save(decay_explorer, folder / "decay_explorer.png", 1200, 700)


def _shoot_landscape(folder: Path, readme: bool) -> None:
    from workbench.gui.landscape import LandscapeView

    view = LandscapeView()
    view.set_surface("saddle")
    view.add_course_presets()
    view.set_start((-0.25, 0.01))
    view.gradient_arrows_check.setChecked(True)
    view.velocity_arrows_check.setChecked(True)
    view.step(180)
    _save(view, folder / "landscape.png", 1400, 900)

    if readme:
        target = REPOSITORY / "docs" / "images" / "landscape.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(target))
        print(f"wrote {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/workbench-shots", help="folder for the PNG files")
    parser.add_argument("--readme", action="store_true", help="also write docs/images/landscape.png")
    parser.add_argument("--only", choices=("explorers", "landscape"), help="shoot only these widgets")
    arguments = parser.parse_args()

    folder = Path(arguments.folder)
    folder.mkdir(parents=True, exist_ok=True)
    application = QApplication.instance() or QApplication(sys.argv)

    if arguments.only in (None, "explorers"):
        _shoot_explorers(folder)
    if arguments.only in (None, "landscape"):
        _shoot_landscape(folder, arguments.readme)

    application.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
