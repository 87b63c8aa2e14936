"""Regulation page (制度): the versioned regulation editor with a live preview."""

from .page import RegulationPage

__all__ = ["RegulationPage"]
