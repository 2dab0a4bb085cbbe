"""The quiz web app: timed multiple-choice quizzes with scores and leaderboards."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from . import config, errors, filters, pooling, security, sessions, sql
from .converters import DatabaseIdConverter
from .extensions import csrf, db, htmx, limiter, login_manager, migrate


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create and configure an instance of the quiz application."""
    app = Flask(
        __name__,
        # Where the embedded database and the generated secret key live (default: instance/).
        instance_path=os.environ.get("QUIZ_INSTANCE_PATH") or None,
        instance_relative_config=True,
        template_folder="../templates",
        static_folder="../static",
    )
    # Defaults first, then the environment (or the test's settings) on top.
    config.configure(app, test_config)
    # Signed-cookie sessions, re-signed once a day rather than on every request.
    app.session_interface = sessions.DailyRefreshSessionInterface()
    # Extensions: database (its pool pings idle connections), migrations, CSRF, htmx request
    # helpers, sign-in, rate limits.
    db.init_app(app)
    pooling.init_app(app)
    migrate.init_app(app, db, directory=config.MIGRATIONS_DIR)
    csrf.init_app(app)
    htmx.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)
    # Security headers on every response, friendly pages for every error.
    security.init_app(app)
    errors.init_app(app)
    filters.init_app(app)
    # Path ids beyond what the database holds are a 404, not a database error.
    app.url_map.converters["int"] = DatabaseIdConverter
    # One blueprint per audience.
    # auth: the user loader; revisions: the flush hook that versions quiz content.
    from . import auth, board, health, host, live, play, revisions  # noqa: F401

    app.register_blueprint(play.bp)
    # The play flow's own connection per request (quizapp/sql.py), given back at its end.
    sql.init_app(app)
    app.register_blueprint(board.bp)
    app.register_blueprint(host.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(live.bp)
    # Command-line tools: flask init-db, flask seed.
    from .cli import register_commands

    register_commands(app)
    return app
