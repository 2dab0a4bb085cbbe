"""Configuration: safe defaults, overridden by environment variables or a test's mapping."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = str(Path(__file__).resolve().parent.parent / "migrations")


def configure(app: Flask, test_config: Mapping[str, Any] | None) -> None:
    """Fill ``app.config`` from defaults, then the environment or ``test_config``."""
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    sqlite_path = Path(app.instance_path) / "quiz.sqlite"
    app.config.from_mapping(
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{sqlite_path}",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=False,
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=1024 * 1024,
        # Seconds an answer may arrive after the limit and still count (network latency).
        ANSWER_GRACE_SECONDS=1.5,
        # Seconds the feedback stays before the next question shows by itself.
        AUTO_ADVANCE_SECONDS=5,
        LEADERBOARD_POLL_SECONDS=5,
        RATELIMIT_STORAGE_URI="memory://",
        RATELIMIT_HEADERS_ENABLED=True,
        WTF_CSRF_TIME_LIMIT=None,
        # Live games: Redis pub/sub tells every worker's streams of a change (REDIS_URL);
        # without it (one process) each stream reads the game's version this often.
        LIVE_REDIS_URL=None,
        LIVE_POLL_SECONDS=0.5,
        LIVE_KEEPALIVE_SECONDS=15,
        # A stream ends after this long and the browser reconnects, so a closed tab's
        # stream frees its thread.
        LIVE_STREAM_SECONDS=600,
    )
    if test_config is None:
        app.config.from_prefixed_env()
        _apply_environment(app)
    else:
        app.config.update(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))
    app.config["SESSION_COOKIE_SECURE"] = _truthy(app.config["SESSION_COOKIE_SECURE"])
    app.config["REMEMBER_COOKIE_SECURE"] = app.config["SESSION_COOKIE_SECURE"]
    app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", engine_options(app.config))
    # The embedded database (SQLite) makes its own schema and seed quiz on first start, as
    # `flask init-db` would; a server database (PostgreSQL) is left to whoever runs it.
    embedded = str(app.config["SQLALCHEMY_DATABASE_URI"]).startswith("sqlite")
    app.config.setdefault("CREATE_SCHEMA_ON_START", embedded and not app.testing)


def _apply_environment(app: Flask) -> None:
    """Read the unprefixed variables that deployment tools conventionally set."""
    if url := os.environ.get("DATABASE_URL"):
        app.config["SQLALCHEMY_DATABASE_URI"] = normalize_database_url(url)
    if url := os.environ.get("REDIS_URL"):
        app.config["RATELIMIT_STORAGE_URI"] = url
        app.config["LIVE_REDIS_URL"] = url


def normalize_database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs written the common ``postgres://`` way."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def engine_options(config: Mapping[str, Any]) -> dict[str, Any]:
    """Pool settings: pre-ping so a restarted database is noticed, bounded pools per worker."""
    if str(config["SQLALCHEMY_DATABASE_URI"]).startswith("sqlite"):
        return {"connect_args": {"timeout": 15}}
    return {
        "pool_pre_ping": True,
        "pool_size": int(config.get("DB_POOL_SIZE", 5)),
        "max_overflow": int(config.get("DB_MAX_OVERFLOW", 10)),
        "pool_timeout": 10,
        "pool_recycle": 1800,
    }


def _instance_secret(instance: Path) -> str:
    """Generate the secret key once and keep it in the instance folder."""
    path = instance / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def _truthy(value: object) -> bool:
    """Read a boolean that may come from the environment as text."""
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL for concurrent readers, foreign keys on, wait rather than fail when busy.

    synchronous=NORMAL is SQLite's advice with WAL: commits stay atomic and durable across a
    crash of the process; only a power cut can lose the last transactions.
    """
    if type(dbapi_connection).__module__ != "sqlite3":
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
