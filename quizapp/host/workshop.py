"""Placeholder while the host pages are written."""

from . import bp  # noqa: F401
