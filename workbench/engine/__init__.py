"""The numerical engine: data sets, networks, optimizers, schedules and training.

Pure numpy. Nothing under ``workbench.engine`` may import Qt, so scripts, the
command line and worker processes can use it without a display.
"""
