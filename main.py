"""Start the Optimizer Workbench desktop app: ``python main.py``."""

import sys

from workbench.gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv))
