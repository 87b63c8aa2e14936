"""Workflows (工作流程): the runs of the four templates of chapter 三, and the templates."""

from __future__ import annotations

from ops_desktop.gui.dialogs import confirm  # looked up here at call time: tests answer it

from .page import WorkflowsPage

__all__ = ["WorkflowsPage", "confirm"]
