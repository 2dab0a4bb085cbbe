"""Friendly error pages: every failure a person can cause gets a clear page and a 4xx."""

from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from werkzeug.exceptions import HTTPException, ServiceUnavailable

from .extensions import db

MESSAGES = {
    400: "The request could not be understood.",
    403: "This belongs to someone else.",
    404: "There is nothing here. The link may be old or mistyped.",
    405: "That action is not allowed here.",
    409: "That is no longer the current question.",
    413: "That file is too large. The limit is 1 MB.",
    429: "Too many attempts. Wait a minute and try again.",
    503: "The quiz is briefly unavailable. Your answers are safe; try again in a moment.",
}
# Not an outage that passes: nothing works until someone creates the tables.
NO_SCHEMA = (
    "The quiz database has no tables yet. Whoever runs this site should run "
    "`flask --app quizapp init-db` (or `make run`, which does it), then reload."
)


def init_app(app: Flask) -> None:
    """Render every HTTP error, CSRF failure and database outage as a page."""

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[str, int]:
        code = error.code or 500
        message = error.description if _has_own_description(error) else MESSAGES.get(code, "")
        if code == 429:
            message = f"{MESSAGES[429]} The limit is {error.description}."
        return render_template("error.html", code=code, name=error.name, message=message), code

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> tuple[str, int]:
        message = "The form expired or did not come from this site. Reload the page and retry."
        return render_template("error.html", code=400, name="Bad Request", message=message), 400

    @app.errorhandler(OperationalError)
    @app.errorhandler(ProgrammingError)
    def database_down(error: DBAPIError) -> tuple[str, int]:
        db.session.rollback()
        if _is_missing_table(error):
            app.logger.error("no database schema: run `flask --app quizapp init-db`")
            return http_error(ServiceUnavailable(NO_SCHEMA))
        if isinstance(error, ProgrammingError):
            raise error
        app.logger.warning("database unavailable: %s", error.orig)
        return http_error(ServiceUnavailable())

    @app.errorhandler(PoolTimeout)
    def database_busy(error: PoolTimeout) -> tuple[str, int]:
        # Every pooled connection stayed busy past the pool's timeout: overload, not a bug;
        # the request wrote nothing, so the player may simply retry.
        app.logger.warning("database pool exhausted: %s", error)
        return http_error(ServiceUnavailable())


def _is_missing_table(error: DBAPIError) -> bool:
    """Whether the database answered that a table does not exist (SQLite or PostgreSQL)."""
    message = str(error.orig)
    return "no such table" in message or getattr(error.orig, "sqlstate", None) == "42P01"


def _has_own_description(error: HTTPException) -> bool:
    """Whether the view gave a specific message rather than werkzeug's default."""
    return type(error).description != error.description
