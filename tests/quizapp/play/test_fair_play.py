"""Scripted players trying to gain points they did not earn."""

from __future__ import annotations

import threading

from quizapp.extensions import db
from quizapp.models import Answer, Play
from tests.conftest import SAMPLE_QUESTIONS


def stored_play(app) -> Play:
    with app.app_context():
        play = db.session.execute(db.select(Play)).scalar_one()
        db.session.expunge(play)
        return play


def test_no_response_reveals_an_answer_before_it_is_given(client, quiz, clock):
    responses = [client.get("/").text, client.get("/quiz/1").text]
    play_id = quiz.start()
    for position, question in enumerate(SAMPLE_QUESTIONS):
        shown = quiz.show(play_id).text
        responses.append(shown)
        for earlier in responses:
            assert question.explanation not in earlier
            assert "right-answer" not in shown
        responses.append(quiz.answer(play_id, position, quiz.token(play_id, position)).text)


def test_skipping_a_question_scores_nothing(quiz, app, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    quiz.answer(play_id, 0, "")
    assert quiz.show(play_id).status_code == 200
    assert stored_play(app).score == 0


def test_cannot_answer_a_question_before_it_is_shown(quiz, app):
    play_id = quiz.start()
    quiz.show(play_id)
    for position in (1, 2, 99, -1):
        assert quiz.answer(play_id, position, quiz.token(play_id, 0)).status_code == 409
    assert stored_play(app).score == 0


def test_forged_choice_id_is_refused(quiz, app):
    play_id = quiz.start()
    quiz.show(play_id)
    assert quiz.answer(play_id, 0, "0" * 20).status_code == 400
    assert stored_play(app).score == 0


def test_choice_id_from_another_play_is_refused(quiz, app):
    first = quiz.start(nickname="One")
    quiz.show(first)
    token = quiz.token(first, 0)
    second_client = app.test_client()
    from tests.conftest import QuizActions

    second = QuizActions(second_client, app)
    play_id = second.start(nickname="Two")
    second.show(play_id)
    assert second.answer(play_id, 0, token).status_code == 400


def test_replaying_the_first_play_for_a_better_score_is_practice(quiz, client, clock):
    quiz.play_through(quiz.start(), right=False)
    better = quiz.start()
    quiz.play_through(better)
    board = client.get("/leaderboard?quiz=1").text
    assert "3300" not in board
    assert "this one was practice" in client.get(f"/play/{better}/results").text


def test_simultaneous_answers_store_and_score_exactly_one(quiz, app, clock):
    play_id = quiz.start()
    quiz.show(play_id)
    right = quiz.token(play_id, 0)
    cookie = quiz.client.get_cookie("session").value
    statuses: list[int] = []
    barrier = threading.Barrier(100)

    def answer_once() -> None:
        client = app.test_client()
        client.set_cookie("session", cookie)
        barrier.wait()
        response = client.post(
            f"/play/{play_id}/answer",
            data={"position": "0", "choice": right},
            headers={"HX-Request": "true"},
        )
        statuses.append(response.status_code)

    threads = [threading.Thread(target=answer_once) for _ in range(100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert statuses == [200] * 100
    with app.app_context():
        answers = db.session.execute(db.select(Answer)).scalars().all()
        assert len(answers) == 1
        assert db.session.execute(db.select(Play)).scalar_one().score == 1000


def test_simultaneous_first_views_start_one_clock(quiz, app):
    play_id = quiz.start()
    cookie = quiz.client.get_cookie("session").value
    seen: list[tuple[int, bool]] = []
    barrier = threading.Barrier(20)

    def show_once() -> None:
        client = app.test_client()
        client.set_cookie("session", cookie)
        barrier.wait()
        response = client.get(f"/play/{play_id}", headers={"HX-Request": "true"})
        seen.append((response.status_code, "Question 1 of" in response.text))

    threads = [threading.Thread(target=show_once) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert seen == [(200, True)] * 20
    with app.app_context():
        assert len(db.session.execute(db.select(Answer)).scalars().all()) == 1
