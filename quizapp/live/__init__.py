"""Live games: a host runs a question set for a room; players join with a code."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("live", __name__)

from . import host_views, player_views  # noqa: E402,F401  (they register views on bp)
