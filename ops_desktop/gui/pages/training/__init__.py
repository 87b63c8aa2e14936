"""Training and development (培訓與發展): courses with sessions and attendance, the yearly
training plan, and individual development plans."""

from __future__ import annotations

from .page import TrainingPage

__all__ = ["TrainingPage"]
