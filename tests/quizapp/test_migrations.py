"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import text

from quizapp.extensions import db

# SQLite cannot reflect the leaderboard's DESC indexes; PostgreSQL compares them too.
DESC_INDEXES = {
    "ix_play_board_all",
    "ix_play_board_quiz",
    "ix_play_board_recent",
    "ix_play_board_quiz_recent",
}


def _unreflectable(difference) -> bool:
    """A DESC index that SQLite's reflection cannot compare (it is there all the same)."""
    index = difference[1]
    sqlite = db.engine.dialect.name == "sqlite"
    return sqlite and difference[0] in {"add_index", "remove_index"} and index.name in DESC_INDEXES


@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
# SQLite cannot reflect the lower(username) index either; PostgreSQL compares it.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrations_match_models(app):
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert [
                d for d in compare_metadata(context, db.metadata) if not _unreflectable(d)
            ] == []
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE alembic_version"))


def test_init_db_command_creates_schema_and_seed_quiz(app, runner):
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    result = runner.invoke(args=["init-db"])
    assert "Seeded" in result.output, result.output
    again = runner.invoke(args=["init-db"])
    assert "already there" in again.output
    with app.app_context():
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE alembic_version"))
    page = app.test_client().get("/").text
    assert "Romy and Michele" in page


def test_upgrading_renames_accounts_that_differ_only_in_case(app):
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade(revision="eeababe2b793")
        with db.engine.begin() as connection:
            for name in ("Ada", "ada", "ADA", "Bob"):
                connection.execute(
                    text(
                        'INSERT INTO "user" (username, password_hash, created_at, session_token)'
                        " VALUES (:name, 'x', CURRENT_TIMESTAMP, :name)"
                    ),
                    {"name": name},
                )
        upgrade()
        with db.engine.begin() as connection:
            names = connection.execute(text('SELECT id, username FROM "user" ORDER BY id')).all()
            connection.execute(text("DROP TABLE alembic_version"))
    assert [name for _, name in names] == ["Ada", f"ada-{names[1][0]}", f"ADA-{names[2][0]}", "Bob"]


def test_upgrading_gives_plays_in_progress_the_streak_their_answers_make(app, quiz):
    """A play mid-quiz when the streak column arrives keeps its bonus on the next answer."""
    play_id = quiz.start()
    for position, right in enumerate((False, True)):
        quiz.show(play_id)
        quiz.answer(play_id, position, quiz.token(play_id, position, right))
    with app.app_context():
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
            connection.execute(text("UPDATE play SET streak = 0"))
            # Stamp the schema as of the revision before the streak, then run that one step.
            connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
            connection.execute(text("INSERT INTO alembic_version VALUES ('a7e3c51f0b22')"))
            connection.execute(text("ALTER TABLE play DROP COLUMN streak"))
            connection.execute(text("DROP INDEX uq_answer_play_position"))
        upgrade()
        with db.engine.begin() as connection:
            streak = connection.execute(text("SELECT streak FROM play")).scalar_one()
            connection.execute(text("DROP TABLE alembic_version"))
    assert streak == 1
