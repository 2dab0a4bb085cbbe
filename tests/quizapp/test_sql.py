"""The play flow's own connection and statements (quizapp/sql.py).

The hot path runs its statements on one pooled connection per request, outside the ORM
session: a connection not given back would starve the pool after a few players (a 503 for
everyone on PostgreSQL), a write not committed must not survive the request, and a
driver's error must still be the SQLAlchemy error the views and error pages expect.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
from flask import Flask
from sqlalchemy import bindparam, event, select
from sqlalchemy.exc import IntegrityError

from quizapp import sql
from quizapp.extensions import db
from quizapp.models import Answer, Play
from quizapp.play import game, rows


def test_every_request_gives_its_connection_back(app, quiz):
    play_id = quiz.start()
    for position in range(3):
        quiz.show(play_id)
        quiz.answer(play_id, position, quiz.token(play_id, position))
    with app.app_context():
        assert db.engine.pool.checkedout() == 0


@contextmanager
def most_connections_held(app: Flask) -> Iterator[list[int]]:
    """[now, most]: connections checked out of the pool at once while the block runs."""
    held = [0, 0]

    def out(*_args) -> None:
        held[0] += 1
        held[1] = max(held)

    def back(*_args) -> None:
        held[0] -= 1

    with app.app_context():
        engine = db.engine
    event.listen(engine, "checkout", out)
    event.listen(engine, "checkin", back)
    try:
        yield held
    finally:
        event.remove(engine, "checkout", out)
        event.remove(engine, "checkin", back)


@pytest.mark.parametrize("signed_in", [False, True])
def test_a_request_never_holds_two_connections(app, quiz, hosts, signed_in):
    # Two at once, under load, can leave every request waiting for a second connection.
    if signed_in:
        hosts.sign_in_as(hosts.create())
    play_id = quiz.start()
    with most_connections_held(app) as held:
        for position in range(3):
            quiz.show(play_id, htmx=position == 0)
            quiz.answer(play_id, position, quiz.token(play_id, position))
        quiz.client.get(f"/play/{play_id}/results")
    assert held[1] == 1


def test_what_a_request_did_not_commit_is_undone(app, quiz):
    play_id = quiz.start()
    with app.app_context():
        play = rows.play_by_public_id(play_id)
        assert play is not None
        rows.show_question(play, 0, datetime(2026, 1, 1))
    # The app context ended without a commit: the question was never shown.
    with app.app_context():
        assert db.session.execute(select(Answer)).first() is None


def test_columns_come_back_as_their_python_types(app, quiz):
    play_id = quiz.start()
    quiz.show(play_id)
    with app.app_context():
        play = rows.play_by_public_id(play_id)
        assert play is not None and play.last is not None
        assert isinstance(play.last.shown_at, datetime)
        assert play.last.correct is False
        assert play.finished_at is None


def test_a_driver_error_is_raised_as_sqlalchemys(app, quiz):
    play_id = quiz.start()
    quiz.show(play_id)
    with app.app_context():
        play = rows.play_by_public_id(play_id)
        assert play is not None
        # The first question is shown already: showing it again breaks the unique index.
        with pytest.raises(IntegrityError):
            rows.show_question(play, 0, datetime(2026, 1, 1))
        sql.rollback()


def test_statements_are_heard_by_the_engines_listeners(app, quiz):
    play_id = quiz.start()
    by_id = sql.Statement(select(Play.nickname).where(Play.public_id == bindparam("public_id")))
    heard: list[str] = []
    with app.app_context():
        db.event.listen(db.engine, "before_cursor_execute", lambda *args: heard.append(args[2]))
        assert by_id.run({"public_id": play_id}).first() == ("Ada",)
    assert len(heard) == 1 and "nickname" in heard[0]


def test_an_answer_racing_the_end_of_its_play_leaves_it_ended(app, quiz):
    play_id = quiz.start()
    quiz.show(play_id)
    with app.app_context():
        play = rows.play_by_public_id(play_id)
        assert play is not None and play.last is not None
        rows.end(play, datetime(2026, 1, 1))  # another request ended it: the set was edited
        game.record_answer(play, play.last, None)  # this one had read the play before
    with app.app_context():
        now = rows.play_by_public_id(play_id)
        assert now is not None and now.finished_at is not None
