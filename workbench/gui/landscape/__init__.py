"""The Landscape view: GD, momentum, RMSprop and Adam racing across a 2-D cost surface."""

from workbench.gui.landscape.view import LandscapeView

__all__ = ["LandscapeView"]
