"""Regulation page (制度): the versioned regulation editor with a live preview."""

from ops_desktop.gui.dialogs import confirm

from .page import RegulationPage

__all__ = ["RegulationPage", "confirm"]
