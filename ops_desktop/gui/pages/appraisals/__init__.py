"""The appraisal page (績效考核): the monthly grid, the year, and Excel in and out."""

from .page import AppraisalsPage

__all__ = ["AppraisalsPage"]
