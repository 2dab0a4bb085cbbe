"""Liveness for load balancers: the app answers and the database can commit a write."""

from __future__ import annotations

from flask import Blueprint
from sqlalchemy import update

from .extensions import db
from .models import Quiz

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[dict[str, str], int]:
    """Report ok only when the database would take a write; else the outage handler's 503.

    Reading is not enough: a write-locked or read-only database answers SELECTs while every
    answer fails. An UPDATE of no row still takes the write lock (SQLite) or is refused by a
    read-only transaction (PostgreSQL), and it is rolled back, so the check writes nothing.
    """
    try:
        db.session.execute(update(Quiz).where(Quiz.id == -1).values(revision=Quiz.revision))
    finally:
        db.session.rollback()
    return {"status": "ok"}, 200
