"""A write-locked database: answers keep the moment they arrived, /healthz says so (#15.9)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, event, text

from quizapp.extensions import db
from quizapp.models import Answer
from quizapp.play import receipts

HTMX = {"HX-Request": "true"}


@pytest.fixture
def impatient(app):
    """The app gives up on a lock after a fraction of a second instead of 15 s."""
    with app.app_context():
        engine = db.engine

        @event.listens_for(engine, "connect")
        def _short_waits(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            if engine.dialect.name == "sqlite":
                cursor.execute("PRAGMA busy_timeout=200")
            else:
                cursor.execute("SET lock_timeout = '200ms'")
            cursor.close()
            dbapi_connection.commit()  # a rolled-back SET would not last

        engine.dispose()
    return app


@contextmanager
def write_locked(app) -> Iterator[None]:
    """Another connection holds the write lock: reads work, every write waits and fails."""
    with app.app_context():
        other = create_engine(db.engine.url)
    with other.connect() as connection:
        if other.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.begin()
            connection.execute(text("LOCK TABLE answer, play, quiz IN EXCLUSIVE MODE"))
        try:
            yield
        finally:
            connection.rollback()
    other.dispose()


def answered(app) -> int:
    with app.app_context():
        query = db.select(Answer).where(Answer.answered_at.is_not(None))
        return len(db.session.execute(query).all())


def test_retry_after_a_503_is_scored_when_the_answer_first_arrived(impatient, quiz, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    token = quiz.token(play_id, 0)
    clock.advance(0.4)
    with write_locked(impatient):
        failed = quiz.answer(play_id, 0, token)
    assert failed.status_code == 503
    assert "briefly unavailable" in failed.text
    assert answered(impatient) == 0
    clock.advance(5)  # the player retries five seconds later
    data = {"position": "0", "choice": token, "receipt": failed.headers["Quiz-Receipt"]}
    retry = quiz.client.post(f"/play/{play_id}/answer", data=data, headers=HTMX)
    assert retry.status_code == 200
    assert "+1000 points" in retry.text


@pytest.mark.parametrize("tamper", ["forged", "other question", "before shown", "garbage"])
def test_a_receipt_not_earned_counts_for_nothing(quiz, clock, tamper):
    play_id = quiz.start()
    quiz.show(play_id)
    with quiz.app.test_request_context():
        shown = clock.now
        receipt = {
            "forged": receipts.issue(play_id, 0, shown).replace(".", ".0", 1)[:-1],
            "other question": receipts.issue(play_id, 1, shown),
            "before shown": receipts.issue(play_id, 0, shown.replace(year=2000)),
            "garbage": "99999999999999999999.x",
        }[tamper]
    clock.advance(4)
    data = {"position": "0", "choice": quiz.token(play_id, 0), "receipt": receipt}
    response = quiz.client.post(f"/play/{play_id}/answer", data=data, headers=HTMX)
    assert "+800 points" in response.text


def test_healthz_fails_while_no_write_can_commit(impatient):
    client = impatient.test_client()
    assert client.get("/healthz").status_code == 200
    with write_locked(impatient):
        assert client.get("/healthz").status_code == 503
    assert client.get("/healthz").status_code == 200


def test_without_javascript_the_503_page_sends_the_answer_again_with_its_receipt(
    impatient, quiz, clock
):
    play_id = quiz.start()
    quiz.show(play_id, htmx=False)
    token = quiz.token(play_id, 0)
    with write_locked(impatient):
        failed = quiz.answer(play_id, 0, token, htmx=False)
    assert failed.status_code == 503
    form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', failed.text))
    assert form["choice"] == token and form["position"] == "0"
    assert form["receipt"] == failed.headers["Quiz-Receipt"]
    assert "Send my answer again" in failed.text
    clock.advance(5)
    retry = quiz.client.post(f"/play/{play_id}/answer", data=form)
    assert retry.status_code == 200
    assert "+1000 points" in retry.text
