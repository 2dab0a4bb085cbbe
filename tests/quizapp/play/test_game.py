"""The play flow through the Flask test client."""

from __future__ import annotations

import re

import pytest

from quizapp.extensions import db
from quizapp.models import Answer, Play, QuizQuestion


def test_home_lists_public_quiz_with_details(client, quiz):
    play_id = quiz.start()
    quiz.play_through(play_id)
    page = client.get("/").text
    assert "Romy and Michele" in page
    assert "From Us Weekly" in page
    assert re.search(r"<dt>Questions</dt><dd>3</dd>", page)
    assert re.search(r"<dt>Seconds each</dt><dd>10</dd>", page)
    assert re.search(r"<dt>Top score</dt><dd>\d{4}</dd>", page)


@pytest.mark.parametrize(
    ("nickname", "message"),
    [
        ("", "at least one visible character"),
        ("   ", "at least one visible character"),
        ("\u200b\u200b", "at least one visible character"),
        ("x" * 25, "Keep it to 24 characters"),
        ("bad\x07bell", "letters, digits"),
    ],
)
def test_start_refuses_bad_nickname(client, nickname, message):
    response = client.post("/quiz/1", data={"nickname": nickname})
    assert response.status_code == 422
    assert message in response.text
    with client.application.app_context():
        assert db.session.execute(db.select(Play)).first() is None


def test_start_trims_nickname(client, app, quiz):
    play_id = quiz.start(nickname="  Ada   Lovelace ")
    with app.app_context():
        play = db.session.execute(db.select(Play).filter_by(public_id=play_id)).scalar_one()
        assert play.nickname == "Ada Lovelace"


@pytest.mark.parametrize("htmx", [True, False])
def test_question_is_page_or_fragment(quiz, htmx):
    play_id = quiz.start()
    response = quiz.show(play_id, htmx=htmx)
    assert response.status_code == 200
    assert 'id="question-card"' in response.text
    assert ("<html" in response.text) is not htmx
    assert "HX-Request" in response.vary
    assert "Question 1 of 3" in response.text


def test_fast_right_answer_earns_full_points(quiz, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    clock.advance(0.4)
    response = quiz.answer(play_id, 0, quiz.token(play_id, 0))
    assert "Right!" in response.text
    assert "+1000 points" in response.text
    assert "Sorvino played Romy." in response.text


def test_points_fall_with_server_time(quiz, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    clock.advance(4)
    response = quiz.answer(play_id, 0, quiz.token(play_id, 0))
    assert "+800 points" in response.text


def test_wrong_answer_shows_right_one_and_scores_nothing(quiz, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    response = quiz.answer(play_id, 0, quiz.token(play_id, 0, right=False))
    assert "Not quite" in response.text
    assert "+0 points" in response.text
    assert 'class="right-answer">Mira Sorvino<' in response.text


def test_answer_after_limit_and_grace_scores_nothing(quiz, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    clock.advance(10 + 1.6)
    response = quiz.answer(play_id, 0, quiz.token(play_id, 0))
    assert "Too late" in response.text
    assert "+0 points" in response.text


def test_answer_within_grace_still_counts(quiz, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    clock.advance(10 + 1.0)
    response = quiz.answer(play_id, 0, quiz.token(play_id, 0))
    assert "+500 points" in response.text


def test_reload_resumes_question_with_time_left(quiz, clock):
    play_id = quiz.start()
    first = quiz.show(play_id, htmx=False)
    clock.advance(4)
    again = quiz.show(play_id, htmx=False)
    assert 'data-seconds-left="10.000"' in first.text
    assert 'data-seconds-left="6.000"' in again.text
    assert "Question 1 of 3" in again.text


def test_reload_after_time_ran_out_records_timeout(quiz, clock, app):
    play_id = quiz.start()
    quiz.show(play_id)
    clock.advance(30)
    response = quiz.show(play_id)
    assert "Time's up" in response.text
    with app.app_context():
        answer = db.session.execute(db.select(Answer)).scalar_one()
        assert answer.answered_at is not None and answer.choice_id is None and answer.points == 0


def test_timeout_post_records_no_answer(quiz, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    clock.advance(10)
    response = quiz.answer(play_id, 0, "")
    assert "Time's up" in response.text
    assert "+0 points" in response.text


def test_repeated_answer_returns_first_result_and_scores_once(quiz, clock, app):
    play_id = quiz.start()
    quiz.show(play_id)
    first = quiz.answer(play_id, 0, quiz.token(play_id, 0))
    clock.advance(1)
    again = quiz.answer(play_id, 0, quiz.token(play_id, 0, right=False))
    assert first.text == again.text
    with app.app_context():
        play = db.session.execute(db.select(Play)).scalar_one()
        assert play.score == 1000
        assert len(play.answers) == 1


def test_streak_adds_bonus(quiz, clock, app):
    play_id = quiz.start()
    quiz.play_through(play_id)
    with app.app_context():
        play = db.session.execute(db.select(Play)).scalar_one()
        assert [a.points for a in play.answers] == [1000, 1100, 1200]
        assert play.score == 3300
        assert play.finished_at is not None


def test_play_belongs_to_the_browser_that_started_it(app, quiz):
    play_id = quiz.start()
    quiz.show(play_id)
    stranger = app.test_client()
    assert stranger.get(f"/play/{play_id}").status_code == 403
    response = stranger.post(f"/play/{play_id}/answer", data={"position": "0", "choice": "x"})
    assert response.status_code == 403
    assert "another browser" in response.text


def test_choice_from_another_question_is_refused(quiz):
    play_id = quiz.start()
    quiz.show(play_id)
    response = quiz.answer(play_id, 0, quiz.token(play_id, 1))
    assert response.status_code == 400
    assert "does not belong to this question" in response.text


def test_question_not_yet_shown_cannot_be_answered(quiz):
    play_id = quiz.start()
    quiz.show(play_id)
    response = quiz.answer(play_id, 1, quiz.token(play_id, 1))
    assert response.status_code == 409


def test_question_page_does_not_reveal_right_choice(quiz, app, clock):
    play_id = quiz.start()
    before = quiz.show(play_id).text
    with app.app_context():
        question = db.session.get(QuizQuestion, 1)
        for choice in question.choices:
            choice.is_right = choice.position == 3
        db.session.commit()
        # As if the play had started on this revision (an edit would end it, see test_edits).
        db.session.execute(db.update(Play).values(quiz_revision=question.quiz.revision))
        db.session.commit()
    after = quiz.show(play_id).text
    # The CSRF token is signed with the time in seconds; everything else must be the same.
    assert _without_csrf(before) == _without_csrf(after)


def _without_csrf(page: str) -> str:
    """``page`` with the value of every CSRF token blanked."""
    return re.sub(r'(name="csrf_token" value=")[^"]*', r"\1", page)


def test_choices_are_shuffled_per_play(client, app, quiz):
    orders = set()
    for n in range(6):
        other = app.test_client()
        play_id = quiz.__class__(other, app).start(nickname=f"p{n}")
        page = other.get(f"/play/{play_id}").text
        orders.add(
            tuple(
                re.findall(
                    r"<span>(Mira Sorvino|Lisa Kudrow|Alan Cumming|Janeane Garofalo)</span>", page
                )
            )
        )
    assert len(orders) > 1


def test_results_show_breakdown_rank_and_scoring(quiz, clock, client):
    play_id = quiz.start()
    quiz.play_through(play_id)
    response = client.get(f"/play/{play_id}/results")
    page = response.text
    assert "Ada, you scored 3300" in page
    assert "3 of 3" in page
    assert "#1" in page
    assert "How scoring works" in page
    assert page.count('class="row-right"') == 3


def test_results_wait_for_the_last_answer(quiz, client):
    play_id = quiz.start()
    response = client.get(f"/play/{play_id}/results")
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/play/{play_id}")


def test_finished_play_question_url_goes_to_results(quiz, clock):
    play_id = quiz.start()
    quiz.play_through(play_id)
    response = quiz.show(play_id)
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/results")


def test_second_play_of_same_browser_is_practice(quiz, client, clock):
    quiz.play_through(quiz.start())
    second = quiz.start()
    quiz.play_through(second, right=False)
    page = client.get(f"/play/{second}/results").text
    assert "this one was practice" in page


@pytest.mark.parametrize(
    "url", ["/quiz/999", "/play/nope", "/play/nope/results", "/q/unknown", "/quiz/abc"]
)
def test_bad_urls_get_friendly_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "There is nothing here" in response.text
