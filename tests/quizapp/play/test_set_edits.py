"""A play is of the set as it was when it started; a finished play never changes (#15.4)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from questions.question import Question
from quizapp.extensions import db
from quizapp.models import Play, Quiz
from quizapp.quizzes import append_questions
from tests.conftest import SAMPLE_QUESTIONS, make_set

ENDED = "The host edited this set while you played"
HTMX = {"HX-Request": "true"}


@pytest.fixture
def set_id(app, hosts) -> int:
    """A published three-question set owned by a signed-in host."""
    owner = hosts.create("owner")
    hosts.sign_in_as(owner)
    return make_set(app, owner, questions=SAMPLE_QUESTIONS, status="published")


def question_ids(app, quiz_id: int) -> list[int]:
    with app.app_context():
        return [q.id for q in db.session.get(Quiz, quiz_id).questions]


def stored_play(app) -> SimpleNamespace:
    """The one play's totals, finish time and how many questions it was shown."""
    with app.app_context():
        play = db.session.execute(select(Play)).scalar_one()
        return SimpleNamespace(
            score=play.score,
            right_count=play.right_count,
            finished_at=play.finished_at,
            shown=len(play.answers),
        )


def new_question(prompt: str = "Largest ocean?") -> dict[str, str]:
    data = {"new-prompt": prompt, "new-right": "0", "new-explanation": ""}
    choices = ("Pacific", "Atlantic")
    data.update({f"new-choices-{i}": choices[i] if i < 2 else "" for i in range(6)})
    return data


def answer_first(quiz, play_id: str) -> None:
    quiz.show(play_id)
    quiz.answer(play_id, 0, quiz.token(play_id, 0))


def assert_ended_cleanly(client, quiz, play_id: str, score: int) -> None:
    """The next request ends the play on the results page, which stays put (no loop)."""
    response = quiz.show(play_id)
    assert response.status_code == 204
    results = f"/play/{play_id}/results"
    assert response.headers["HX-Redirect"] == results
    page = client.get(results)
    assert page.status_code == 200
    assert ENDED in page.text
    assert f"you scored {score}" in page.text
    again = quiz.show(play_id, htmx=False)
    assert (again.status_code, again.headers["Location"]) == (303, results)
    assert client.get(results).status_code == 200


@pytest.mark.parametrize("edit", ["move", "delete", "add", "limit"])
def test_edit_during_a_play_ends_it_at_its_score(app, client, quiz, clock, set_id, edit):
    play_id = quiz.start(set_id)
    answer_first(quiz, play_id)
    score = stored_play(app).score
    first = question_ids(app, set_id)[0]
    base = f"/host/sets/{set_id}"
    response = {
        "move": lambda: client.post(f"{base}/questions/{first}/move", data={"direction": "down"}),
        "delete": lambda: client.post(f"{base}/questions/{first}/delete"),
        "add": lambda: client.post(f"{base}/questions", data=new_question()),
        "limit": lambda: client.post(base, data={"title": "T", "seconds_per_question": "30"}),
    }[edit]()
    assert response.status_code == 303
    assert_ended_cleanly(client, quiz, play_id, score)
    assert stored_play(app).finished_at is not None


def test_an_answer_sent_after_an_edit_is_not_scored(app, client, quiz, clock, set_id):
    play_id = quiz.start(set_id)
    answer_first(quiz, play_id)
    quiz.show(play_id)
    token = quiz.token(play_id, 1)
    score = stored_play(app).score
    client.post(f"/host/sets/{set_id}/questions", data=new_question())
    response = quiz.answer(play_id, 1, token)
    assert response.headers["HX-Redirect"] == f"/play/{play_id}/results"
    play = stored_play(app)
    assert (play.score, play.right_count) == (score, 1)


def test_adding_a_question_never_reopens_a_finished_play(app, client, quiz, clock, set_id):
    play_id = quiz.start(set_id)
    quiz.play_through(play_id)
    before = stored_play(app)
    client.post(f"/host/sets/{set_id}/questions", data=new_question())
    response = quiz.show(play_id, htmx=False)
    assert response.headers["Location"] == f"/play/{play_id}/results"
    assert quiz.answer(play_id, 3, "x").status_code in {303, 409}
    after = stored_play(app)
    assert (after.score, after.finished_at, after.shown) == (
        before.score,
        before.finished_at,
        3,
    )
    assert f"you scored {before.score}" in client.get(f"/play/{play_id}/results").text


def test_a_play_started_after_an_edit_plays_the_new_set(app, client, quiz, clock, set_id):
    client.post(f"/host/sets/{set_id}/questions", data=new_question())
    play_id = quiz.start(set_id)
    response = quiz.show(play_id)
    assert "Question 1 of 4" in response.text


def revision(app, quiz_id: int) -> int:
    with app.app_context():
        return db.session.get(Quiz, quiz_id).revision


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/questions", new_question()),
        (
            "/questions/{first}",
            {k.replace("new-", "q{first}-"): v for k, v in new_question().items()},
        ),
        ("/questions/{first}/move", {"direction": "down"}),
        ("/questions/{first}/delete", {}),
        ("", {"title": "Capitals", "seconds_per_question": "45"}),
    ],
)
def test_every_content_edit_bumps_the_revision(app, client, set_id, path, data):
    first = question_ids(app, set_id)[0]
    before = revision(app, set_id)
    fill = {"first": first}
    data = {key.format(**fill): value for key, value in data.items()}
    response = client.post(f"/host/sets/{set_id}{path.format(**fill)}", data=data)
    assert response.status_code == 303
    assert revision(app, set_id) > before


def test_appending_questions_bumps_the_revision(app, set_id):
    """The workshop and the imports add questions through ``append_questions``."""
    before = revision(app, set_id)
    with app.app_context():
        quiz = db.session.get(Quiz, set_id)
        append_questions(quiz, [Question("custom", "Two plus two?", ("3", "4"), 1)])
        db.session.commit()
    assert revision(app, set_id) > before


def test_settings_a_play_does_not_see_keep_the_revision(app, client, quiz, clock, set_id):
    play_id = quiz.start(set_id)
    answer_first(quiz, play_id)
    before = revision(app, set_id)
    data = {"title": "Renamed", "description": "New", "seconds_per_question": "20"}
    assert (
        client.post(f"/host/sets/{set_id}", data=data | {"visibility": "unlisted"}).status_code
        == 303
    )
    assert revision(app, set_id) == before
    assert "Question 2 of 3" in quiz.show(play_id).text
