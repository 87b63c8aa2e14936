"""Positions page (崗位職責): positions, their responsibility areas and duty lines."""

from .page import PositionsPage

__all__ = ["PositionsPage"]
