"""Every way into a set keeps the question form's limits, and a long set pages (#15, item 12).

The attack: a GIFT import took a 1,000,000-character prompt and control characters, and a
20,000-question import made the set's page take 8 s and weigh 41 MB.
"""

from __future__ import annotations

import re

import pytest

from questions import Question, formats
from quizapp.extensions import db
from quizapp.host.listing import PAGE_SIZE
from quizapp.models import Quiz
from quizapp.quizzes import MAX_QUESTIONS
from tests.conftest import HostActions, facts_form, make_set
from tests.quizapp.host.test_transfer import send

HTMX = {"HX-Request": "true"}


def question(prompt: str = "Which?", choices=("Yes", "No"), explanation: str = "") -> Question:
    return Question("custom", prompt, tuple(choices), 0, explanation)


def count(app, set_id: int) -> int:
    with app.app_context():
        return len(db.session.get(Quiz, set_id).questions)


def rows_shown(page: str) -> list[int]:
    return [int(n) for n in re.findall(r'<h3 class="question-number">Question (\d+)</h3>', page)]


OVERSIZED = {
    "prompt": (question(prompt="Why" * 2000), "the question has 6,000 characters"),
    "choice": (question(choices=("Yes", "N" * 201)), "choice 2 has 201 characters"),
    "explanation": (question(explanation="x" * 1001), "the explanation has 1,001 characters"),
    "control": (question(prompt="Ring the bell\x07?"), "holds control characters"),
}


def carries(fmt: str, bad: Question) -> bool:
    """Whether a file of format ``fmt`` holds what makes ``bad`` break a limit.

    Aiken and Open Trivia DB files have no explanations, so theirs cannot be too long.
    """
    read = formats.read(formats.write([bad], fmt), fmt)[0]
    return (read.prompt, set(read.choices), read.explanation) == (
        bad.prompt,
        set(bad.choices),
        bad.explanation,
    )


@pytest.mark.parametrize(
    ("fmt", "case"),
    [
        (fmt, case)
        for fmt in formats.FORMATS
        for case in OVERSIZED
        if carries(fmt, OVERSIZED[case][0])
    ],
)
def test_every_import_format_keeps_the_forms_limits(app, client, set_id, fmt, case):
    bad, message = OVERSIZED[case]
    content = formats.write([question(), bad], fmt)
    response = send(client, set_id, f"quiz.{fmt}", content.encode(), fmt)
    assert response.status_code == 422
    assert f"Question 2: {message}" in response.text or f"Question 2 {message}" in response.text
    assert count(app, set_id) == 1  # the set's own question; nothing of the file


def test_an_import_that_would_overfill_the_set_is_refused_whole(app, client, set_id):
    many = formats.write([question(f"Question {n}?") for n in range(MAX_QUESTIONS)], "json")
    response = send(client, set_id, "many.json", many.encode(), "json")
    assert response.status_code == 422
    assert f"A set holds at most {MAX_QUESTIONS} questions; this one has 1" in response.text
    assert count(app, set_id) == 1


def test_a_full_set_takes_no_question_by_hand(app, client, owner):
    full = make_set(app, owner, questions=[question(f"Q{n}?") for n in range(MAX_QUESTIONS)])
    data = {"new-prompt": "One more?", "new-choices-0": "A", "new-choices-1": "B", "new-right": "0"}
    response = client.post(f"/host/sets/{full}/questions", data=data, headers=HTMX)
    assert response.status_code == 422
    assert f"A set holds at most {MAX_QUESTIONS} questions" in response.text
    assert count(app, full) == MAX_QUESTIONS


def test_typed_facts_with_control_characters_are_refused(app, client, set_id):
    form = facts_form(**{"quotes-0-text": "Ring\x07 the bell", "quotes-0-speaker": "Ada"})
    response = client.post(f"/host/sets/{set_id}/workshop", data=form)
    assert response.status_code == 422
    assert "holds control characters" in response.text
    assert count(app, set_id) == 1


def test_article_text_with_control_characters_is_refused(client, set_id):
    data = {"text": "Ada said: \x1b[31m“Hello.”", "title": "", "published": ""}
    response = client.post(f"/host/sets/{set_id}/from-text", data=data)
    assert response.status_code == 422
    assert "Remove the control characters." in response.text


# -- a long set, a page at a time ----------------------------------------------------------


@pytest.fixture
def long_set(app, owner) -> int:
    return make_set(app, owner, questions=[question(f"Question {n}?") for n in range(120)])


def test_a_long_set_shows_its_questions_a_page_at_a_time(client, long_set):
    first = client.get(f"/host/sets/{long_set}").text
    assert rows_shown(first) == list(range(1, PAGE_SIZE + 1))
    assert "Questions 1–50 of 120" in first and "Next page" in first
    assert "Previous page" not in first
    last = client.get(f"/host/sets/{long_set}?page=3").text
    assert rows_shown(last) == list(range(101, 121))
    assert "Questions 101–120 of 120" in last and "Next page" not in last


@pytest.mark.parametrize(("asked", "shown"), [("99", 101), ("0", 1), ("abc", 1), ("²", 1)])
def test_a_page_out_of_range_shows_the_nearest(client, long_set, asked, shown):
    page = client.get(f"/host/sets/{long_set}?page={asked}")
    assert page.status_code == 200
    assert rows_shown(page.text)[0] == shown


def test_a_short_set_has_no_pager(client, set_id):
    assert "Pages of questions" not in client.get(f"/host/sets/{set_id}").text


def test_a_change_shows_the_page_where_it_happened(app, client, long_set):
    with app.app_context():
        fifty_first = db.session.get(Quiz, long_set).questions[PAGE_SIZE]
        url = f"/host/sets/{long_set}/questions/{fifty_first.id}"
    moved = client.post(f"{url}/move", data={"direction": "up"}, headers=HTMX)
    # Question 51 ("Question 50?") moved up to be number 50: the first page is shown.
    assert rows_shown(moved.text) == list(range(1, PAGE_SIZE + 1))
    assert re.search(r"Question 50</h3>\s*<p class=\"question-prompt\">Question 50\?", moved.text)
    with app.app_context():
        on_page_three = db.session.get(Quiz, long_set).questions[2 * PAGE_SIZE + 5]
    deleted = client.post(f"/host/sets/{long_set}/questions/{on_page_three.id}/delete")
    assert deleted.status_code == 303
    assert deleted.headers["Location"].endswith(f"/host/sets/{long_set}?page=3#questions")


def test_the_last_question_added_is_on_the_page_shown(app, client, long_set):
    data = {"new-prompt": "Newest?", "new-choices-0": "A", "new-choices-1": "B", "new-right": "0"}
    response = client.post(f"/host/sets/{long_set}/questions", data=data, headers=HTMX)
    assert response.status_code == 200
    assert rows_shown(response.text)[-1] == 121 and "Newest?" in response.text


def test_reading_an_article_stops_at_the_time_budget(make_test_app, hosts):
    app = make_test_app(EXTRACT_SECONDS=0)
    client = app.test_client()
    actions = HostActions(client, app)
    actions.sign_in_as(actions.create("reader"))
    set_id = make_set(app, 1)
    data = {"text": "Ada Lovelace said: “Hello.” " * 50, "title": "", "published": ""}
    response = client.post(f"/host/sets/{set_id}/from-text", data=data)
    assert response.status_code == 422
    assert "Reading the article took over 0 s; paste a shorter part of it." in response.text
