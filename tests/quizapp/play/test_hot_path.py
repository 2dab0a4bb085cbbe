"""The question and answer requests: how many statements each runs, and the content cache.

A statement added to the hot path costs every player on every question (see
bench/requests.py): these counts fail on the first regression. The quiz's content is kept
per worker by revision; an edit must be seen by the next request on every worker.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from flask import Flask
from sqlalchemy import event

from quizapp import create_app
from quizapp.extensions import db
from quizapp.models import Quiz
from tests.conftest import TEST_DATABASE_URL, QuizActions

HTMX = {"HX-Request": "true"}


@contextmanager
def statements(app: Flask) -> Iterator[list[str]]:
    """The SQL statements the app runs while the block runs."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@pytest.fixture
def play_id(quiz) -> str:
    """A play whose first question was shown and answered: the content is cached."""
    play_id = quiz.start()
    quiz.show(play_id)
    quiz.answer(play_id, 0, quiz.token(play_id, 0))
    return play_id


def test_a_new_question_reads_the_play_and_writes_its_clock(app, quiz, play_id):
    with statements(app) as seen:
        response = quiz.show(play_id)
    assert "Question 2 of 3" in response.text
    assert len(seen) == 2, seen  # the play with its latest question; the new answer row


def test_showing_the_open_question_again_reads_only_the_play(app, quiz, play_id):
    quiz.show(play_id)
    with statements(app) as seen:
        response = quiz.show(play_id)
    assert "Question 2 of 3" in response.text
    assert len(seen) == 1, seen


def test_an_answer_reads_the_play_and_writes_the_answer_and_the_score(app, quiz, play_id):
    quiz.show(play_id)
    token = quiz.token(play_id, 1)
    with statements(app) as seen:
        response = quiz.answer(play_id, 1, token)
    assert "Right!" in response.text
    # The play; then the answer, once, and the play's totals: one statement on PostgreSQL
    # (a round trip each), two on SQLite (which has no data-modifying WITH).
    on_postgres = TEST_DATABASE_URL.startswith("postgresql")
    assert len(seen) == (2 if on_postgres else 3), seen


def test_a_repeated_answer_only_reads(app, quiz, play_id):
    quiz.show(play_id)
    token = quiz.token(play_id, 0)
    with statements(app) as seen:
        response = quiz.answer(play_id, 0, token)
    assert "Right!" in response.text
    assert len(seen) == 2, seen  # the play; the earlier answer


def test_the_content_is_read_once_per_worker(app, quiz):
    first, second = quiz.start(), quiz.start(nickname="Bea")
    quiz.show(first)
    with statements(app) as seen:
        quiz.show(second)
    assert len(seen) == 2, seen
    assert not any("question.prompt" in statement for statement in seen), seen


def other_worker(app: Flask) -> Flask:
    """A second app on the same database: another worker with its own cache."""
    return create_app(dict(app.config))


def test_an_edit_is_seen_by_the_next_request_on_every_worker(app, quiz):
    worker = other_worker(app)
    player = QuizActions(worker.test_client(), worker)
    before = player.start()
    assert "Who played Romy?" in player.show(before).text
    with app.app_context():  # the host edits the set through the other worker
        quiz_row = db.session.get(Quiz, 1)
        quiz_row.questions[0].prompt = "Who played Romy White?"
        db.session.commit()
    # The play in progress ends; a new play shows the edit, on the worker that had cached it.
    ended = player.show(before)
    assert ended.status_code == 204
    assert "/results" in ended.headers["HX-Redirect"]
    after = player.start(nickname="Bea")
    assert "Who played Romy White?" in player.show(after).text
    with worker.app_context():
        db.session.remove()
        db.engine.dispose()


def test_the_results_page_reads_the_play_its_answers_and_its_rank(app, quiz, client):
    play_id = quiz.start()
    quiz.play_through(play_id)
    with statements(app) as seen:
        page = client.get(f"/play/{play_id}/results").text
    assert "3 of 3" in page and "#1" in page
    assert len(seen) == 3, seen
