"""The engine and the train command must load without any Qt module, so they run without a display."""

import json
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]

# Imports every module of workbench.engine (sub-packages included) and the train command in a
# fresh interpreter, then prints the imported module names as JSON.
IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
import workbench.engine as engine
names = [info.name for info in pkgutil.walk_packages(engine.__path__, prefix="workbench.engine.")]
for name in names:
    importlib.import_module(name)
importlib.import_module("workbench.cli.train")
print(json.dumps({"imported": names, "loaded": sorted(sys.modules)}))
"""

QT_PREFIXES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pyqtgraph", "superqt", "qtpy")


def test_engine_and_train_command_load_no_qt():
    completed = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], cwd=REPOSITORY, capture_output=True,
                               text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout)

    for expected in ("workbench.engine.network", "workbench.engine.training", "workbench.engine.metrics",
                     "workbench.engine.batching", "workbench.engine.control", "workbench.engine.activations"):
        assert expected in report["imported"]
    qt_modules = [name for name in report["loaded"] if name.split(".")[0] in QT_PREFIXES]
    assert qt_modules == []
