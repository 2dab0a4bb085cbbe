"""Fixtures shared by the app and browser tests.

Set QUIZ_TEST_DATABASE_URL (for example postgresql+psycopg://postgres@127.0.0.1:5432/test)
to run the suite on PostgreSQL; the default is a fresh SQLite file per test.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import settings

from questions.question import Question
from quizapp import create_app
from quizapp.extensions import db
from quizapp.models import Play, User, now_utc
from quizapp.play import game
from quizapp.quizzes import build_quiz

TEST_DATABASE_URL = os.environ.get("QUIZ_TEST_DATABASE_URL", "")

# "ci" (the default, used by `make test`) is derandomized, so a run repeats exactly: an
# example found by chance is kept in its test as an @example. "fuzz" (`make fuzz`) explores
# at random with ten times the examples of each test.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("fuzz", derandomize=False, deadline=None, max_examples=10_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
#: Tests that set their own count of examples multiply it by this, so "fuzz" raises them too.
FUZZ_FACTOR = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 1


def examples(count: int) -> int:
    """A test's own number of hypothesis examples, ten times more under the "fuzz" profile."""
    return count * FUZZ_FACTOR


SAMPLE_QUESTIONS = [
    Question(
        "cast",
        "Who played Romy?",
        ("Mira Sorvino", "Lisa Kudrow", "Alan Cumming", "Janeane Garofalo"),
        0,
        "Sorvino played Romy.",
    ),
    Question(
        "date",
        "In what year did the film come out?",
        ("1995", "1996", "1997", "1998"),
        2,
        "The 1997 movie.",
    ),
    Question(
        "quote",
        "Who said “We’re full force ahead”?",
        ("Lisa Kudrow", "Mira Sorvino", "Robin Schiff", "Alan Cumming"),
        1,
        "Sorvino told Us Weekly.",
    ),
]


def make_set(
    app: Flask,
    owner_id: int,
    title: str = "Capitals",
    questions: Sequence[Question] = tuple(SAMPLE_QUESTIONS[:1]),
    **fields: object,
) -> int:
    """Store a draft question set owned by ``owner_id``, with ``fields`` set; returns its id."""
    with app.app_context():
        quiz = build_quiz(title, questions, owner=db.session.get(User, owner_id))
        for name, value in fields.items():
            setattr(quiz, name, value)
        db.session.add(quiz)
        db.session.commit()
        return quiz.id


def facts_form(**fields) -> dict:
    """A filled facts form: one film, four cast rows, a date and a quote."""
    data = {
        "title": "Mira Sorvino confirms a sequel",
        "works-0-title": "Romy and Michele’s High School Reunion",
        "works-0-kind": "film",
        "works-0-year": "1997",
        "cast-0-person": "Mira Sorvino",
        "cast-0-role": "Romy",
        "cast-1-person": "Lisa Kudrow",
        "cast-1-role": "Michele",
        "cast-2-person": "Janeane Garofalo",
        "cast-2-role": "Heather",
        "cast-3-person": "Alan Cumming",
        "cast-3-role": "Sandy",
        "events-0-date": "1988",
        "events-0-what": "Robin Schiff wrote the play “Ladies Room”",
        "events-0-people": "Robin Schiff",
        "quotes-0-text": "We’re full force ahead.",
        "quotes-0-speaker": "Mira Sorvino",
        "quotes-0-context": "to Us Weekly",
        "count": "6",
    }
    data.update(fields)
    return data


def database_uri(tmp_path) -> str:
    """The database the suite runs on: PostgreSQL when configured, else a SQLite file."""
    return TEST_DATABASE_URL or f"sqlite:///{tmp_path / 'test.sqlite'}"


def make_app(tmp_path, **overrides) -> Flask:
    """A test app on an empty schema holding the sample quiz."""
    config = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "SQLALCHEMY_DATABASE_URI": database_uri(tmp_path),
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
    }
    config.update(overrides)
    app = create_app(config)
    with app.app_context():
        db.drop_all()
        db.create_all()
        quiz = build_quiz(
            "Romy and Michele", SAMPLE_QUESTIONS, source="Us Weekly", status="published"
        )
        quiz.seconds_per_question = 10
        db.session.add(quiz)
        db.session.commit()
    return app


def dispose_app(app: Flask) -> None:
    """Drop the test schema and close every pooled connection."""
    with app.app_context():
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


@pytest.fixture
def make_test_app(tmp_path) -> Iterator[Callable[..., Flask]]:
    """Build test apps with extra settings; each is cleaned up after the test."""
    made: list[Flask] = []

    def make(**overrides: object) -> Flask:
        made.append(make_app(tmp_path, **overrides))
        return made[-1]

    yield make
    for app in made:
        dispose_app(app)


@pytest.fixture
def app(make_test_app) -> Flask:
    return make_test_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask):
    return app.test_cli_runner()


class Clock:
    """A server clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = now_utc()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    """Freeze the play clock; ``clock.advance(s)`` moves it."""
    fake = Clock()
    monkeypatch.setattr(game, "now_utc", fake)
    return fake


class QuizActions:
    """Play the sample quiz through the test client as a browser would."""

    def __init__(self, client: FlaskClient, app: Flask) -> None:
        self.client = client
        self.app = app

    def start(self, quiz_id: int = 1, nickname: str = "Ada") -> str:
        response = self.client.post(f"/quiz/{quiz_id}", data={"nickname": nickname})
        assert response.status_code == 303, response.text
        return response.headers["Location"].rsplit("/", 1)[-1]

    def show(self, play_id: str, htmx: bool = True):
        return self.client.get(f"/play/{play_id}", headers=self._headers(htmx))

    def answer(self, play_id: str, position: int, token: str, htmx: bool = True):
        data = {"position": str(position), "choice": token}
        return self.client.post(f"/play/{play_id}/answer", data=data, headers=self._headers(htmx))

    def token(self, play_id: str, position: int, right: bool = True) -> str:
        """The opaque id of the right (or a wrong) choice of question ``position``."""
        with self.app.app_context():
            play = db.session.execute(db.select(Play).filter_by(public_id=play_id)).scalar_one()
            question = play.quiz.questions[position]
            choice = next(c for c in question.choices if c.is_right == right)
            return game.choice_token(play.id, choice.id)

    def play_through(self, play_id: str, right: bool = True) -> None:
        for position in range(len(SAMPLE_QUESTIONS)):
            self.show(play_id)
            self.answer(play_id, position, self.token(play_id, position, right))

    @staticmethod
    def _headers(htmx: bool) -> dict[str, str]:
        return {"HX-Request": "true"} if htmx else {}


@pytest.fixture
def quiz(client: FlaskClient, app: Flask) -> QuizActions:
    return QuizActions(client, app)


class HostActions:
    """Make host accounts and sign them in, for tests of the host pages."""

    def __init__(self, client: FlaskClient, app: Flask) -> None:
        self.client = client
        self.app = app

    def create(self, username: str = "host", password: str = "correct horse battery") -> int:
        """Store an account; returns its id."""
        with self.app.app_context():
            user = User(username=username)
            user.set_password(password)
            db.session.add(user)
            db.session.commit()
            return user.id

    def sign_in_as(self, user_id: int) -> None:
        """Put the account in this client's session, as a finished sign-in would."""
        with self.app.app_context():
            token = db.session.get(User, user_id).session_token
        with self.client.session_transaction() as session:
            session["_user_id"] = token
            session["_fresh"] = True

    def sign_out(self) -> None:
        with self.client.session_transaction() as session:
            session.clear()


@pytest.fixture
def hosts(client: FlaskClient, app: Flask) -> HostActions:
    return HostActions(client, app)
