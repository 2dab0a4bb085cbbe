"""Noticing a restarted database server without asking it before every request.

SQLAlchemy's ``pool_pre_ping`` asks the server before every checkout of a pooled
connection: one more round trip on every request, a tenth of a question's time on
PostgreSQL (bench/requests.py). A connection given back to the pool a moment ago is alive
unless the server went away within that moment, so here a connection is pinged only after
it sat idle in the pool for ``DB_PING_AFTER_IDLE_SECONDS`` (connection pools such as
HikariCP skip their check the same way), or if it went idle before a lost connection was
seen. A dead one is replaced before the request uses it, and the pool drops its other
connections as well. The price: when the server restarts while requests keep connections
busy, the first request to use one gets the 503 page (an answer keeps its receipt for the
retry); the lost connection it saw makes the pool ping every other one before its next use.
SQLite has no server to lose and is never pinged.
"""

from __future__ import annotations

import math
import time
from typing import Any

from flask import Flask, current_app
from sqlalchemy import event, exc

from .extensions import db

_IDLE_SINCE = "idle_since"
_EXTENSION = "quiz_pooling"


class _Liveness:
    """When a connection was last seen lost, and how long one may sit idle unpinged."""

    def __init__(self, idle_limit: float) -> None:
        self.idle_limit = idle_limit
        self.lost_at = -math.inf

    def trusts(self, idle_since: float) -> bool:
        """Whether a connection idle since then is alive without asking the server."""
        return idle_since > self.lost_at and time.monotonic() - idle_since < self.idle_limit


def init_app(app: Flask) -> None:
    """Ping the app's server connections that sat idle, as they are checked out."""
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite":
        return
    liveness = app.extensions[_EXTENSION] = _Liveness(
        float(app.config["DB_PING_AFTER_IDLE_SECONDS"])
    )
    dialect = engine.dialect

    def note_idle(_dbapi_connection: Any, record: Any) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    def ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop(_IDLE_SINCE, None)
        if idle_since is None or liveness.trusts(idle_since):
            return  # just connected, or given back a moment ago
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as error:
            # The pool replaces this connection and drops the others made before now.
            raise exc.InvalidatePoolError(str(error)) from error

    event.listen(engine, "checkin", note_idle)
    event.listen(engine, "checkout", ping_if_idle)


def connection_lost() -> None:
    """Have every connection that went idle before now pinged before its next use.

    The server that dropped this request's connection probably dropped the others too.
    """
    liveness = current_app.extensions.get(_EXTENSION)
    if liveness is not None:
        liveness.lost_at = time.monotonic()
