"""``python -m workbench``: the command line, or the app when no command is given."""

import sys

from workbench.cli import main

sys.exit(main())
