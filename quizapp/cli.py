"""Command-line tools: ``flask init-db`` and ``flask seed``."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext
from flask_migrate import upgrade
from sqlalchemy import inspect, select

from questions import generate, seed_facts

from .extensions import db
from .models import Quiz
from .quizzes import build_quiz

SEED_QUESTION_COUNT = 15
SEED_GENERATOR_SEED = 1


def seed_quiz() -> Quiz | None:
    """Store the seed article's quiz unless it is already there; return it if new."""
    facts = seed_facts()
    title = facts.article.title
    if db.session.execute(select(Quiz.id).where(Quiz.title == title)).first():
        return None
    generated = generate(facts, seed=SEED_GENERATOR_SEED, count=SEED_QUESTION_COUNT)
    source = facts.article.publication or ""
    quiz = build_quiz(title, generated, source=source, facts=facts, status="published")
    quiz.description = "Made by the question generator from the facts of the article."
    db.session.add(quiz)
    db.session.commit()
    return quiz


def create_missing_schema() -> bool:
    """Do what ``flask init-db`` does when the database has no tables; True if it did.

    The schema comes from the migrations, so the version is stamped and a later
    ``flask db upgrade`` carries on from it.
    """
    if inspect(db.engine).has_table(Quiz.__tablename__):
        return False
    upgrade()
    seed_quiz()
    return True


def _seed_and_report() -> None:
    """Seed, and say whether anything was added."""
    quiz = seed_quiz()
    click.echo(f"Seeded {quiz.title!r}." if quiz else "The seed quiz is already there.")


@click.command("seed")
@with_appcontext
def seed_command() -> None:
    """Add the quiz made from the seed article, if missing."""
    _seed_and_report()


@click.command("init-db")
@with_appcontext
def init_db_command() -> None:
    """Bring the database schema up to date and add the seed quiz."""
    upgrade()
    _seed_and_report()


def register_commands(app: Flask) -> None:
    """Make the commands available as ``flask --app quizapp NAME``."""
    app.cli.add_command(seed_command)
    app.cli.add_command(init_db_command)
    if app.config["CREATE_SCHEMA_ON_START"]:
        with app.app_context(), _instance_lock(app):
            if create_missing_schema():
                app.logger.warning("created the database schema and the seed quiz")


@contextmanager
def _instance_lock(app: Flask) -> Iterator[None]:
    """Hold the instance folder's lock, so workers booting together create the schema once.

    Without it, each of a fresh instance's workers sees no tables and creates them, and all
    but the first fail to boot ("table already exists"), taking gunicorn down.
    """
    with open(Path(app.instance_path) / ".schema.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield
