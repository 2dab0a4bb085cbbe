"""A database without tables says what to run, on the page and in the log, not "try again"."""

from __future__ import annotations

import logging

from sqlalchemy import text

from quizapp.extensions import db


def test_a_database_without_tables_says_to_run_init_db(app, caplog):
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    with caplog.at_level(logging.ERROR, logger=app.logger.name):
        for path in ("/", "/leaderboard", "/quiz/1"):
            response = app.test_client().get(path)
            assert response.status_code == 503, path
            assert "flask --app quizapp init-db" in response.text
            assert "try again in a moment" not in response.text
    assert "run `flask --app quizapp init-db`" in caplog.text
