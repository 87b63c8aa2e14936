"""The poster designer (上墻): choose what and how, see it, save it, print it."""

from .page import PostersPage

__all__ = ["PostersPage"]
