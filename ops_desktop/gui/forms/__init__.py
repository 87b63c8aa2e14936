"""Compiled Designer forms (generated)."""
