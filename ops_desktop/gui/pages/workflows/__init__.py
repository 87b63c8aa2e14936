"""Workflows (工作流程): the runs of the four templates of chapter 三, and the templates."""

from __future__ import annotations

from .page import WorkflowsPage

__all__ = ["WorkflowsPage"]
