"""Reference for the start-up benchmark: a bare PySide6 window with one pyqtgraph PlotWidget.

Run by ``benchmarks/bench_startup.py``; by hand: ``python benchmarks/bare_window.py``.
It imports the same GUI stack as the app (PySide6 and pyqtgraph) and shows a
QMainWindow whose central widget is a PlotWidget with one curve. At the first
event-loop tick after ``show()`` it prints ``shown-at <seconds>`` with the
value of ``time.monotonic()``, then quits with exit status 0.
"""

import sys
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

SHOWN_MARKER = "shown-at"


def main() -> int:
    application = QApplication(sys.argv[:1])

    window = QMainWindow()
    window.setWindowTitle("Start-up reference")
    plot = pg.PlotWidget()
    plot.plot(np.arange(100.0), np.sin(np.arange(100.0) / 10.0))
    window.setCentralWidget(plot)
    window.resize(800, 600)
    window.show()

    def report_shown() -> None:
        print(f"{SHOWN_MARKER} {time.monotonic():.6f}", flush=True)
        application.quit()

    # The zero-delay timer fires once the event loop runs, after the show
    # events that window.show() queued.
    QTimer.singleShot(0, report_shown)
    return application.exec()


if __name__ == "__main__":
    sys.exit(main())
