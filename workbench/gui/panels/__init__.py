"""Parameter panels: one module per group of run settings, joined by :class:`ParameterPanel`."""

from workbench.gui.panels.parameter_panel import ParameterPanel

__all__ = ["ParameterPanel"]
