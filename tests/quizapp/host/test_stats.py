"""Insight for the owner: per-question stats counted in SQL, and the stats page."""

from __future__ import annotations

import re
from functools import partial

import pytest

from questions.question import Question
from quizapp.extensions import db
from quizapp.host.stats import play_summary, question_stats, set_summaries
from quizapp.models import Play
from tests.conftest import make_set as store_set

QUESTIONS = [
    Question("custom", "Capital of France?", ("Paris", "Lyon", "Nice"), 0),
    Question("custom", "Two plus two?", ("3", "4"), 1),
]


make_set = partial(store_set, questions=QUESTIONS)


@pytest.fixture
def played_set(app, owner, quiz, clock):
    """A set played three times: two finished plays and one left after the first question.

    Question 1 (Paris right): Paris in 2 s, Paris in 4 s, Lyon in 6 s.
    Question 2 ("4" right): "3" in 4 s, a timeout; the third play never reached it.
    """
    set_id = make_set(app, owner, status="published")

    def answer(play_id, position, right, seconds):
        quiz.show(play_id)
        clock.advance(seconds)
        token = quiz.token(play_id, position, right) if right is not None else ""
        quiz.answer(play_id, position, token)

    first = quiz.start(set_id, nickname="First")
    answer(first, 0, True, 2)
    answer(first, 1, False, 4)
    second = quiz.start(set_id, nickname="Second")
    answer(second, 0, True, 4)
    answer(second, 1, None, 3)
    third = quiz.start(set_id, nickname="Third")
    answer(third, 0, False, 6)
    return set_id


def test_question_stats_hardest_first(app, played_set):
    with app.app_context():
        hardest, easier = question_stats(played_set)
    assert hardest.number == 2 and hardest.question.prompt == "Two plus two?"
    assert (hardest.answered, hardest.right, hardest.timeouts) == (2, 0, 1)
    assert hardest.right_share == 0
    assert [(c.text, c.is_right, c.picks) for c in hardest.choices] == [
        ("3", False, 1),
        ("4", True, 0),
    ]
    assert hardest.average_ms == pytest.approx(4000)
    assert easier.number == 1
    assert (easier.answered, easier.right, easier.timeouts) == (3, 2, 0)
    assert easier.right_share == pytest.approx(2 / 3)
    assert [c.picks for c in easier.choices] == [2, 1, 0]
    assert easier.average_ms == pytest.approx(4000)
    assert easier.most_picks == 2


def test_play_summary_averages_finished_plays(app, played_set):
    with app.app_context():
        summary = play_summary(played_set)
        finished = db.session.execute(
            db.select(Play.score).where(Play.quiz_id == played_set, Play.finished_at.is_not(None))
        ).scalars()
        expected = sum(finished) / 2
    assert (summary.plays, summary.finished) == (3, 2)
    assert summary.average_score == pytest.approx(expected)


def test_stats_of_an_unplayed_set(app, owner):
    set_id = make_set(app, owner)
    with app.app_context():
        stats = question_stats(set_id)
        summary = play_summary(set_id)
        (row,) = set_summaries(owner)
    assert [s.number for s in stats] == [1, 2]
    assert all(s.answered == 0 and s.right_share is None and s.average_ms is None for s in stats)
    assert all(choice.picks == 0 for s in stats for choice in s.choices)
    assert (summary.plays, summary.finished, summary.average_score) == (0, 0, None)
    assert (row.questions, row.plays, row.finished, row.average_score) == (2, 0, 0, None)


def test_set_summaries_are_the_owners_newest_first(app, owner, hosts):
    older = make_set(app, owner, "Older")
    newer = make_set(app, owner, "Newer", questions=[])
    make_set(app, hosts.create("other"), "Other")
    with app.app_context():
        rows = set_summaries(owner)
    assert [(r.quiz.id, r.questions) for r in rows] == [(newer, 0), (older, 2)]


def test_stats_page_draws_bars_hardest_first(client, played_set):
    response = client.get(f"/host/sets/{played_set}/stats")
    assert response.status_code == 200
    page = response.text
    assert re.search(r"<dt>Plays</dt><dd>3</dd>", page)
    assert re.search(r"<dt>Finished</dt><dd>2</dd>", page)
    assert re.search(r"<dt>Average score</dt><dd>\d+</dd>", page)
    assert page.index("Two plus two?") < page.index("Capital of France?")
    assert "0% (0 of 2)" in page and "67% (2 of 3)" in page
    assert "4.0&nbsp;s" in page
    assert page.count('<svg class="bar-chart"') == 3 + 2 + 2  # choices plus a timeout row each
    assert 'class="bar bar-right" x="0" y="0" width="160.0"' in page  # Paris: 2 of 2
    assert 'class="bar bar-wrong" x="0" y="0" width="80.0"' in page  # Lyon: 1 of 2
    assert 'class="bar bar-timeout" x="0" y="0" width="160.0"' in page  # one timeout of 1


def test_stats_page_has_no_inline_style_or_script(client, played_set):
    page = client.get(f"/host/sets/{played_set}/stats").text
    assert "style=" not in page
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)
    assert not re.search(r"<[^>]+\son[a-z]+=", page)


def test_stats_page_of_an_empty_set(app, client, owner):
    set_id = make_set(app, owner, questions=[])
    page = client.get(f"/host/sets/{set_id}/stats").text
    assert "This set has no questions yet." in page
    assert "none yet" in page


def test_stats_page_before_any_play(app, client, owner):
    set_id = make_set(app, owner)
    page = client.get(f"/host/sets/{set_id}/stats").text
    assert page.count("no answers yet") == 2
    assert 'width="0.0"' in page
