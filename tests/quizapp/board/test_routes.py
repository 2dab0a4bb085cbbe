"""The leaderboard page and its polled rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from quizapp.board.queries import period_start
from quizapp.extensions import db
from quizapp.models import Play, now_utc
from quizapp.scoring import best_possible


def add_play(
    app, nickname, score, finished_ago_hours=1.0, ranked=True, key=None, quiz_id=1, questions=10
):
    """A finished play of ``quiz_id``, which had ``questions`` questions when it started."""
    with app.app_context():
        finished = now_utc() - timedelta(hours=finished_ago_hours)
        db.session.add(
            Play(
                quiz_id=quiz_id,
                nickname=nickname,
                player_key=key or nickname,
                shuffle_seed=1,
                ranked=ranked,
                score=score,
                right_count=score // 1000,
                total_ms=9000,
                started_at=finished - timedelta(minutes=1),
                finished_at=finished,
                best_possible=best_possible(questions),
            )
        )
        db.session.commit()


def board_names(text):
    import re

    return re.findall(r"<td>([A-Za-z]+)(?: <span class=\"badge\">you</span>)?</td>", text)


def test_best_score_first_and_ties_go_to_earlier_finish(app, client):
    add_play(app, "Late", 2000, finished_ago_hours=1)
    add_play(app, "Early", 2000, finished_ago_hours=2)
    add_play(app, "Top", 2500)
    add_play(app, "Low", 100)
    names = board_names(client.get("/leaderboard?quiz=1").text)
    assert names == ["Top", "Early", "Late", "Low"]


def test_periods_filter_by_finish_time(app, client):
    add_play(app, "Old", 3000, finished_ago_hours=24 * 40)
    add_play(app, "Fresh", 1000, finished_ago_hours=0)
    assert "Old" in client.get("/leaderboard?period=all").text
    assert "Old" not in client.get("/leaderboard?period=week").text
    assert "Fresh" in client.get("/leaderboard?period=today").text


def test_practice_plays_are_not_ranked(app, client):
    add_play(app, "Practice", 9999, ranked=False)
    assert "Practice" not in client.get("/leaderboard").text


def test_own_rows_are_highlighted(client, quiz, clock):
    play_id = quiz.start(nickname="Me")
    quiz.play_through(play_id)
    page = client.get("/leaderboard?quiz=1").text
    assert '<tr class="mine">' in page
    assert 'Me <span class="badge">you</span>' in page


def test_all_quizzes_board_names_the_quiz(app, client):
    add_play(app, "Someone", 1234)
    page = client.get("/leaderboard").text
    assert "<td>Romy and Michele</td>" in page


def test_polling_gets_only_rows(app, client):
    add_play(app, "Someone", 1234)
    response = client.get(
        "/leaderboard?quiz=1", headers={"HX-Request": "true", "HX-Target": "board-rows"}
    )
    assert "<tr" in response.text
    assert "<table" not in response.text and "<html" not in response.text
    assert "HX-Request" in response.vary


@pytest.mark.parametrize("htmx", [True, False])
def test_filter_change_gets_board_or_page(client, htmx):
    headers = {"HX-Request": "true", "HX-Target": "board"} if htmx else {}
    response = client.get("/leaderboard?period=week", headers=headers)
    assert 'id="board"' in response.text
    assert ("<html" in response.text) is not htmx


@pytest.mark.parametrize("query", ["period=yesterday", "quiz=999", "quiz=abc"])
def test_bad_filters_are_refused(client, query):
    assert client.get(f"/leaderboard?{query}").status_code in (400, 404)


def test_week_starts_on_monday():
    from datetime import UTC, datetime

    thursday = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
    assert period_start("week", thursday) == datetime(2026, 11, 23, tzinfo=UTC)
    assert period_start("today", thursday) == datetime(2026, 11, 26, tzinfo=UTC)
    assert period_start("all", thursday) is None
