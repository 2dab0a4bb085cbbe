"""A database without tables says what to run, on the page and in the log, not "try again"."""

from __future__ import annotations

import logging
import multiprocessing
import os

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from questions import seed_facts
from quizapp import create_app
from quizapp.config import MIGRATIONS_DIR
from quizapp.extensions import db

#: Workers of a fresh instance booting at once (gunicorn starts them together).
WORKERS = 6


def migrations_head() -> str | None:
    """The newest migration, which a database made on start must be stamped with."""
    config = Config()
    config.set_main_option("script_location", MIGRATIONS_DIR)
    return ScriptDirectory.from_config(config).get_current_head()


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


def test_a_fresh_sqlite_file_gets_its_schema_and_seed_quiz_on_first_start(tmp_path):
    uri = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    config = {"SQLALCHEMY_DATABASE_URI": uri, "SECRET_KEY": "test", "TESTING": True}
    app = create_app({**config, "CREATE_SCHEMA_ON_START": True})
    response = app.test_client().get("/")
    assert response.status_code == 200
    assert seed_facts().article.title in response.text
    with app.app_context():
        stamped = db.session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert stamped == migrations_head()
    # A second start finds the tables and adds nothing.
    again = create_app({**config, "CREATE_SCHEMA_ON_START": True})
    with again.app_context():
        assert db.session.execute(text("SELECT count(*) FROM quiz")).scalar() == 1


def test_only_the_embedded_database_is_created_on_start(tmp_path):
    sqlite = {"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'x.sqlite'}"}
    postgres = {"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://nobody@127.0.0.1:1/none"}
    assert create_app({**sqlite, "TESTING": False}).config["CREATE_SCHEMA_ON_START"]
    assert not create_app({**postgres, "TESTING": False}).config["CREATE_SCHEMA_ON_START"]
    assert not create_app({**sqlite, "TESTING": True}).config["CREATE_SCHEMA_ON_START"]


def _start(uri: str, instance: str, barrier) -> None:
    """One gunicorn worker booting: wait for the others, then create the app."""
    barrier.wait()
    config = {"SQLALCHEMY_DATABASE_URI": uri, "SECRET_KEY": "test", "TESTING": True}
    os.environ["QUIZ_INSTANCE_PATH"] = instance
    create_app({**config, "CREATE_SCHEMA_ON_START": True})


def test_workers_booting_together_on_a_fresh_sqlite_file_make_one_schema(tmp_path):
    uri = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(WORKERS)
    workers = [
        context.Process(target=_start, args=(uri, str(tmp_path), barrier)) for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [worker.exitcode for worker in workers] == [0] * WORKERS
    app = create_app({"SQLALCHEMY_DATABASE_URI": uri, "SECRET_KEY": "test", "TESTING": True})
    with app.app_context():
        assert db.session.execute(text("SELECT count(*) FROM quiz")).scalar() == 1
        db.engine.dispose()
