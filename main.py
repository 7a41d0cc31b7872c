"""Start the Optimizer Workbench desktop app: ``python main.py``."""

import multiprocessing
import sys

from workbench.gui.app import main

if __name__ == "__main__":
    # Sweeps start worker processes with the "spawn" method; in a PyInstaller build
    # each worker re-runs this executable, and freeze_support() turns it into a worker.
    multiprocessing.freeze_support()
    sys.exit(main(sys.argv))
