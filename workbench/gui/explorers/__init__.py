"""Small stand-alone explorers: exponentially weighted averages and learning-rate decay."""

from workbench.gui.explorers.decay_explorer import DecayExplorer
from workbench.gui.explorers.ewa_explorer import EwaExplorer

__all__ = ["DecayExplorer", "EwaExplorer"]
