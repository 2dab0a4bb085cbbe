"""Liveness for load balancers: the app answers and the database answers."""

from __future__ import annotations

from flask import Blueprint
from sqlalchemy import text

from .extensions import db

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    """Report ok only when the database answers a query."""
    db.session.execute(text("SELECT 1"))
    return {"status": "ok"}, 200
