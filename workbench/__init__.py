"""Optimizer Workbench: watch deep-learning optimizers train, live."""

__version__ = "0.1.0"
