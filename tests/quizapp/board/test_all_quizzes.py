"""The all-quizzes board cannot be bought, and shows nothing unlisted (issue #15, item 2).

The attack: a new host made an unlisted 40-question quiz, played it knowing the answers and
ranked first overall, and stayed there after unpublishing; the board printed the unlisted
title, and ``?quiz=<id>`` showed it to anyone.
"""

from __future__ import annotations

import pytest

from quizapp.extensions import db
from quizapp.models import Quiz
from quizapp.scoring import best_possible
from tests.conftest import SAMPLE_QUESTIONS, make_set
from tests.quizapp.board.test_routes import add_play, board_names


@pytest.fixture
def host_id(hosts) -> int:
    return hosts.create("mallory")


def a_set(app, host_id, title, **fields) -> int:
    """A published set of ``host_id`` (public unless ``fields`` say otherwise)."""
    return make_set(app, host_id, title, SAMPLE_QUESTIONS, **{"status": "published", **fields})


def test_scores_of_quizzes_of_any_length_compare_by_share_of_the_best(app, client, host_id):
    long_quiz = a_set(app, host_id, "Forty Questions")
    add_play(app, "Longhaul", 40_000, quiz_id=long_quiz, questions=40)
    add_play(app, "Sharp", round(best_possible(10) * 0.9), questions=10)
    page = client.get("/leaderboard").text
    assert board_names(page) == ["Sharp", "Longhaul"]
    assert "<td>90.0%</td>" in page
    assert "share of the best possible score" in page


@pytest.mark.parametrize(
    "fields", [{"visibility": "unlisted"}, {"status": "draft"}], ids=["unlisted", "unpublished"]
)
def test_only_public_published_quizzes_reach_it(app, client, host_id, fields):
    hidden = a_set(app, host_id, "Secret Forty", **fields)
    add_play(app, "Bought", best_possible(40), quiz_id=hidden, questions=40)
    add_play(app, "Honest", 5000)
    page = client.get("/leaderboard").text
    assert board_names(page) == ["Honest"]
    assert "Secret Forty" not in page


def test_unpublishing_takes_a_quiz_off_the_board(app, client, host_id):
    listed = a_set(app, host_id, "Briefly Public")
    add_play(app, "Bought", best_possible(10), quiz_id=listed)
    assert board_names(client.get("/leaderboard").text) == ["Bought"]
    with app.app_context():
        db.session.get(Quiz, listed).status = "draft"
        db.session.commit()
    assert board_names(client.get("/leaderboard").text) == []


def test_a_perfect_run_of_a_tiny_quiz_does_not_count(app, client):
    add_play(app, "Tiny", best_possible(4), questions=4)
    add_play(app, "Fair", 4000, questions=5)
    assert board_names(client.get("/leaderboard").text) == ["Fair"]
    assert board_names(client.get("/leaderboard?quiz=1").text) == ["Tiny", "Fair"]


def test_an_unlisted_quizs_board_needs_its_link(app, client, host_id):
    unlisted = a_set(app, host_id, "Friends Only", visibility="unlisted")
    add_play(app, "Pal", 3000, quiz_id=unlisted)
    with app.app_context():
        token = db.session.get(Quiz, unlisted).share_token
    for query in (f"quiz={unlisted}", f"quiz={unlisted}&key=wrong"):
        response = client.get(f"/leaderboard?{query}")
        assert response.status_code == 404
        assert "Friends Only" not in response.text
    page = client.get(f"/leaderboard?quiz={unlisted}&key={token}").text
    assert "Leaderboard: Friends Only" in page and board_names(page) == ["Pal"]
    # The filters and the polling keep the key, so the board stays reachable from itself.
    assert f'<input type="hidden" name="key" value="{token}">' in page
    assert f"key={token}" in page.split('id="board-rows"')[1]


def test_the_results_of_an_unlisted_quiz_link_to_its_board(app, client, host_id, quiz):
    unlisted = a_set(app, host_id, "Friends Only", visibility="unlisted")
    with app.app_context():
        token = db.session.get(Quiz, unlisted).share_token
    response = client.post(f"/q/{token}", data={"nickname": "Pal"})
    play_id = response.headers["Location"].rsplit("/", 1)[-1]
    quiz.play_through(play_id)
    results = client.get(f"/play/{play_id}/results").text
    link = f"/leaderboard?quiz={unlisted}&amp;key={token}"
    assert link in results
    assert client.get(link.replace("&amp;", "&")).status_code == 200


def test_a_play_keeps_the_best_its_quiz_allowed_when_it_started(app, quiz):
    play_id = quiz.start()
    with app.app_context():
        play = db.session.execute(db.select(Quiz).where(Quiz.id == 1)).scalar_one()
        count = len(play.questions)
        stored = db.session.execute(
            db.text("SELECT best_possible FROM play WHERE public_id = :id"), {"id": play_id}
        ).scalar_one()
    assert stored == best_possible(count)


def test_best_possible_counts_every_streak_bonus():
    assert best_possible(1) == 1000
    assert best_possible(6) == 6000 + 100 + 200 + 300 + 400 + 500
    assert best_possible(10) == best_possible(6) + 4 * 1500
    assert best_possible(0) == 1
