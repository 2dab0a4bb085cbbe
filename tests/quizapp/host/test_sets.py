"""The host's question sets: dashboard, settings, publishing and inline questions."""

from __future__ import annotations

import re
from functools import partial

import pytest
from sqlalchemy import event, select

from questions.question import Question
from quizapp.extensions import db
from quizapp.models import Choice, Play, Quiz, QuizQuestion
from tests.conftest import make_set as store_set

HTMX = {"HX-Request": "true"}
XSS_TAG = "<script>alert(1)</script>"
XSS_ATTR = '" onmouseover="x'

QUESTIONS = [
    Question("custom", "Capital of France?", ("Paris", "Lyon", "Nice"), 0, "Since 987."),
    Question("custom", "Two plus two?", ("3", "4"), 1),
]


make_set = partial(store_set, questions=QUESTIONS)


def question_data(prefix="new", prompt="Largest ocean?", choices=("Pacific", "Atlantic"), **more):
    """Form data of the question form with ``prefix``; choices beyond those given are blank."""
    data = {f"{prefix}-prompt": prompt, f"{prefix}-right": "0", f"{prefix}-explanation": ""}
    for index in range(6):
        data[f"{prefix}-choices-{index}"] = choices[index] if index < len(choices) else ""
    data.update({f"{prefix}-{name}": value for name, value in more.items()})
    return data


def stored_questions(app, quiz_id):
    """(prompt, [(choice, is_right)...]) per question of the set, in order."""
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        return [
            (q.prompt, [(c.text, c.is_right) for c in q.choices], q.position)
            for q in quiz.questions
        ]


def question_ids(app, quiz_id):
    with app.app_context():
        return [q.id for q in db.session.get(Quiz, quiz_id).questions]


@pytest.fixture
def set_id(app, owner):
    """A draft set of this module's two questions, owned by the signed-in host."""
    return make_set(app, owner)


# Dashboard


def test_dashboard_lists_own_sets_with_counts(app, client, owner, hosts, quiz):
    published = make_set(app, owner, "Published one", status="published")
    unlisted = make_set(app, owner, "Hidden one", visibility="unlisted")
    make_set(app, hosts.create("other"), "Not mine")
    play_id = quiz.start(published)
    quiz.show(play_id)
    quiz.answer(play_id, 0, quiz.token(play_id, 0))
    quiz.show(play_id)
    quiz.answer(play_id, 1, quiz.token(play_id, 1, right=False))
    quiz.start(published, nickname="Quitter")
    page = client.get("/host/").text
    assert "Published one" in page and "Hidden one" in page
    assert "Not mine" not in page
    assert "New question set" in page
    row = page[page.index(f'id="set-{published}"') :]
    row = row[: row.index("</li>")]
    assert "published" in row and "public" in row
    assert re.search(r"<dt>Questions</dt><dd>2</dd>", row)
    assert re.search(r"<dt>Plays</dt><dd>2</dd>", row)
    assert re.search(r"<dt>Finished</dt><dd>1</dd>", row)
    assert re.search(r"<dt>Average score</dt><dd>\d{3,4}</dd>", row)
    with app.app_context():
        token = db.session.get(Quiz, unlisted).share_token
    assert f"http://localhost/q/{token}" in page
    assert f"/host/sets/{published}/workshop" in page
    assert f"/host/sets/{published}/export/gift" in page
    assert f"/host/sets/{published}/import" in page
    assert f"/host/sets/{published}/stats" in page


def test_dashboard_counts_nothing_for_a_new_set(app, client, owner):
    make_set(app, owner, "Empty", questions=[])
    page = client.get("/host/").text
    assert re.search(r"<dt>Questions</dt><dd>0</dd>", page)
    assert re.search(r"<dt>Plays</dt><dd>0</dd>", page)
    assert "none yet" in page


def test_dashboard_without_sets_invites_to_create(client, owner):
    page = client.get("/host/").text
    assert "No question sets yet" in page
    assert 'href="/host/sets/new"' in page


def test_dashboard_query_count_does_not_grow_with_sets(app, client, owner):
    def count_queries() -> int:
        statements = []
        with app.app_context():
            engine = db.engine
        listener = lambda *args: statements.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert client.get("/host/").status_code == 200
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return len(statements)

    make_set(app, owner, "One")
    one = count_queries()
    for index in range(4):
        make_set(app, owner, f"More {index}")
    assert count_queries() == one


# Creating and editing a set


def test_new_set_form(client, owner):
    response = client.get("/host/sets/new")
    assert response.status_code == 200
    assert 'name="title"' in response.text and 'name="seconds_per_question"' in response.text


def test_new_set_is_a_draft_of_its_creator(app, client, owner):
    data = {
        "title": "  My set  ",
        "description": "About things",
        "seconds_per_question": "30",
        "visibility": "unlisted",
    }
    response = client.post("/host/sets/new", data=data)
    assert response.status_code == 303
    with app.app_context():
        quiz = db.session.execute(select(Quiz).filter_by(title="My set")).scalar_one()
        assert (quiz.owner_id, quiz.status, quiz.visibility) == (owner, "draft", "unlisted")
        assert (quiz.seconds_per_question, quiz.description) == (30, "About things")
    assert response.headers["Location"].endswith(f"/host/sets/{quiz.id}")


SET_ERRORS = [
    ({"title": ""}, "This field is required."),
    ({"title": "   "}, "Use 1 to 120 characters."),
    ({"title": "x" * 121}, "Use 1 to 120 characters."),
    ({"seconds_per_question": "4"}, "Use 5 to 120 seconds."),
    ({"seconds_per_question": "121"}, "Use 5 to 120 seconds."),
    ({"seconds_per_question": "soon"}, "Not a valid integer value."),
    ({"visibility": "secret"}, "Not a valid choice."),
    ({"title": "Escape\x1bcode"}, "Remove the invisible characters"),
    ({"description": "bell\x07"}, "Remove the control characters."),
]


@pytest.mark.parametrize(("change", "message"), SET_ERRORS)
def test_new_set_refuses_bad_settings(app, client, owner, change, message):
    data = {"title": "Typed title", "seconds_per_question": "20", "visibility": "public"}
    data.update(change)
    response = client.post("/host/sets/new", data=data)
    assert response.status_code == 422
    assert message in response.text
    assert 'value="20"' in response.text or "seconds_per_question" in change
    with app.app_context():
        assert db.session.execute(select(Quiz).filter_by(owner_id=owner)).first() is None


def test_edit_set_shows_settings_and_questions(client, set_id):
    page = client.get(f"/host/sets/{set_id}").text
    assert 'value="Capitals"' in page
    assert "Capital of France?" in page and "Two plus two?" in page
    assert 'id="question-list"' in page and 'id="new-question"' in page


def test_edit_set_saves_settings(app, client, set_id):
    data = {"title": "Renamed", "description": "", "seconds_per_question": "45"}
    response = client.post(f"/host/sets/{set_id}", data=data | {"visibility": "unlisted"})
    assert response.status_code == 303
    with app.app_context():
        quiz = db.session.get(Quiz, set_id)
        assert (quiz.title, quiz.seconds_per_question, quiz.visibility) == (
            "Renamed",
            45,
            "unlisted",
        )
    assert "Settings saved." in client.get(f"/host/sets/{set_id}").text


@pytest.mark.parametrize(("change", "message"), SET_ERRORS)
def test_edit_set_refuses_bad_settings_and_keeps_input(app, client, set_id, change, message):
    data = {"title": "Typed title", "seconds_per_question": "20", "visibility": "public"}
    data.update(change)
    response = client.post(f"/host/sets/{set_id}", data=data)
    assert response.status_code == 422
    assert message in response.text
    with app.app_context():
        assert db.session.get(Quiz, set_id).title == "Capitals"


def test_delete_set_goes_back_to_dashboard(app, client, owner, quiz):
    set_id = make_set(app, owner, status="published")
    quiz.start(set_id)
    response = client.post(f"/host/sets/{set_id}/delete")
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/host/")
    with app.app_context():
        assert db.session.get(Quiz, set_id) is None
        assert db.session.execute(select(Play).filter_by(quiz_id=set_id)).first() is None
        assert db.session.execute(select(QuizQuestion).filter_by(quiz_id=set_id)).first() is None
    assert "Deleted" in client.get("/host/").text


def test_get_does_not_delete(client, set_id):
    assert client.get(f"/host/sets/{set_id}/delete").status_code == 405


def test_missing_set_is_404(client, owner):
    assert client.get("/host/sets/999").status_code == 404


# Publishing


def test_publish_makes_the_set_playable(app, client, set_id):
    assert client.get(f"/quiz/{set_id}").status_code == 404
    response = client.post(f"/host/sets/{set_id}/publish")
    assert response.status_code == 303
    with app.app_context():
        assert db.session.get(Quiz, set_id).status == "published"
    assert "Published: players can start it now." in client.get(f"/host/sets/{set_id}").text
    assert client.get(f"/quiz/{set_id}").status_code == 200


def test_unpublish_stops_new_plays(app, client, owner):
    set_id = make_set(app, owner, status="published")
    response = client.post(f"/host/sets/{set_id}/unpublish")
    assert response.status_code == 303
    with app.app_context():
        assert db.session.get(Quiz, set_id).status == "draft"
    assert client.get(f"/quiz/{set_id}").status_code == 404


def broken_set(app, owner_id, choices):
    """A set whose second question has ``choices`` as (text, is_right) pairs."""
    set_id = make_set(app, owner_id)
    with app.app_context():
        question = db.session.get(Quiz, set_id).questions[1]
        question.choices = [
            Choice(position=index, text=text, is_right=right)
            for index, (text, right) in enumerate(choices)
        ]
        db.session.commit()
    return set_id


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ([("3", False), ("4", False)], "Question 2 has no right answer."),
        ([("Paris", True), ("  paris ", False)], "Question 2 has the choice “  paris ” twice."),
        ([("New  York", True), ("new york", False)], "Question 2 has the choice"),
        ([("4", True)], "Question 2 has fewer than 2 choices."),
        ([], "Question 2 has fewer than 2 choices."),
        ([("3", True), ("4", True)], "Question 2 has more than one right answer."),
    ],
)
def test_publish_refusal_names_the_question(app, client, owner, choices, message):
    set_id = broken_set(app, owner, choices)
    response = client.post(f"/host/sets/{set_id}/publish")
    assert response.status_code == 422
    assert message in response.text
    assert "Question 1" not in response.text.split('id="publish-problems"')[1].split("</div>")[0]
    with app.app_context():
        assert db.session.get(Quiz, set_id).status == "draft"


def test_publish_refuses_an_empty_set(app, client, owner):
    set_id = make_set(app, owner, questions=[])
    response = client.post(f"/host/sets/{set_id}/publish")
    assert response.status_code == 422
    assert "Add at least one question before publishing." in response.text


# Adding questions inline


@pytest.mark.parametrize("htmx", [True, False])
def test_add_question(app, client, set_id, htmx):
    data = question_data(
        prompt="Largest ocean?",
        choices=("Atlantic", "", "Pacific", "Indian"),
        right="2",
        explanation="By far.",
    )
    response = client.post(
        f"/host/sets/{set_id}/questions", data=data, headers=HTMX if htmx else {}
    )
    if htmx:
        assert response.status_code == 200
        assert "<html" not in response.text
        assert 'id="questions"' in response.text and "Largest ocean?" in response.text
        assert "HX-Request" in response.vary
        # The form comes back empty for the next question.
        assert 'value="Atlantic"' not in response.text
    else:
        assert response.status_code == 303
        assert response.headers["Location"].endswith(f"/host/sets/{set_id}#questions")
    prompt, choices, position = stored_questions(app, set_id)[-1]
    assert prompt == "Largest ocean?"
    assert choices == [("Atlantic", False), ("Pacific", True), ("Indian", False)]
    assert position == 2


QUESTION_ERRORS = [
    ({"prompt": "  "}, "Write the question."),
    ({"prompt": "x" * 501}, "Field cannot be longer than 500 characters."),
    ({"choices-1": "", "choices-2": ""}, "Give at least 2 choices."),
    ({"choices-1": "  PACIFIC "}, "“PACIFIC” is there twice."),
    ({"choices-2": "y" * 201}, "Field cannot be longer than 200 characters."),
    ({"right": ""}, "Mark the right answer."),
    ({"right": "3"}, "Mark one of the filled-in choices as right."),
    ({"right": "nine"}, "Mark one of the filled-in choices as right."),
    ({"explanation": "z" * 1001}, "Field cannot be longer than 1000 characters."),
    ({"prompt": "Bell\x07?"}, "Remove the control characters."),
    ({"choices-0": "Paci\x08fic"}, "Remove the control characters."),
    ({"explanation": "\x1b[31m"}, "Remove the control characters."),
]


@pytest.mark.parametrize(("change", "message"), QUESTION_ERRORS)
@pytest.mark.parametrize("htmx", [True, False])
def test_add_question_refuses_bad_input_and_keeps_it(app, client, set_id, change, message, htmx):
    data = question_data(choices=("Pacific", "Atlantic", "Typed third"))
    data.update({f"new-{name}": value for name, value in change.items()})
    response = client.post(
        f"/host/sets/{set_id}/questions", data=data, headers=HTMX if htmx else {}
    )
    assert response.status_code == 422
    assert message in response.text
    assert 'value="Typed third"' in response.text or "choices-2" in change
    assert "HX-Request" in response.vary
    if htmx:
        assert "<html" not in response.text
        assert response.text.lstrip().startswith('<div id="new-question"')
        assert response.headers["HX-Retarget"] == "#new-question"
    else:
        assert "<html" in response.text and 'id="new-question"' in response.text
    assert len(stored_questions(app, set_id)) == 2


def test_question_errors_are_next_to_the_field(client, set_id):
    data = question_data(prompt="")
    page = client.post(f"/host/sets/{set_id}/questions", data=data, headers=HTMX).text
    assert 'aria-invalid="true"' in page
    assert re.search(r'id="new-prompt-error">Write the question.<', page)


# Editing, showing, moving and deleting questions


@pytest.mark.parametrize("htmx", [True, False])
def test_edit_question_swaps_the_row_into_a_form(app, client, set_id, htmx):
    first = question_ids(app, set_id)[0]
    url = f"/host/sets/{set_id}/questions/{first}/edit"
    response = client.get(url, headers=HTMX if htmx else {})
    assert response.status_code == 200
    assert ("<html" in response.text) is not htmx
    assert "HX-Request" in response.vary
    assert f'id="question-{first}"' in response.text
    assert f'name="q{first}-prompt"' in response.text
    assert "Capital of France?" in response.text and 'value="Lyon"' in response.text
    assert re.search(
        rf'id="q{first}-right-0"[^>]*checked|checked[^>]*id="q{first}-right-0"', response.text
    )


@pytest.mark.parametrize("htmx", [True, False])
def test_show_question_is_the_row(app, client, set_id, htmx):
    first = question_ids(app, set_id)[0]
    response = client.get(f"/host/sets/{set_id}/questions/{first}", headers=HTMX if htmx else {})
    assert response.status_code == 200
    assert ("<html" in response.text) is not htmx
    assert "HX-Request" in response.vary
    assert f'id="question-{first}"' in response.text and "Capital of France?" in response.text
    if htmx:
        assert "<form" in response.text and f'name="q{first}-prompt"' not in response.text


@pytest.mark.parametrize("htmx", [True, False])
def test_update_question(app, client, set_id, htmx):
    first = question_ids(app, set_id)[0]
    data = question_data(
        f"q{first}", prompt="Capital of Italy?", choices=("Milan", "Rome"), right="1"
    )
    response = client.post(
        f"/host/sets/{set_id}/questions/{first}", data=data, headers=HTMX if htmx else {}
    )
    if htmx:
        assert response.status_code == 200
        assert "<html" not in response.text and "HX-Request" in response.vary
        assert response.text.lstrip().startswith(f'<li id="question-{first}"')
        assert "Capital of Italy?" in response.text and "Question 1" in response.text
    else:
        assert response.status_code == 303
    assert stored_questions(app, set_id)[0] == (
        "Capital of Italy?",
        [("Milan", False), ("Rome", True)],
        0,
    )


@pytest.mark.parametrize(("change", "message"), QUESTION_ERRORS)
@pytest.mark.parametrize("htmx", [True, False])
def test_update_question_refuses_bad_input(app, client, set_id, change, message, htmx):
    first = question_ids(app, set_id)[0]
    data = question_data(f"q{first}", choices=("Pacific", "Atlantic", "Typed third"))
    data.update({f"q{first}-{name}": value for name, value in change.items()})
    response = client.post(
        f"/host/sets/{set_id}/questions/{first}", data=data, headers=HTMX if htmx else {}
    )
    assert response.status_code == 422
    assert message in response.text
    assert ("<html" in response.text) is not htmx
    assert f'id="question-{first}"' in response.text
    assert 'value="Typed third"' in response.text or "choices-2" in change
    assert stored_questions(app, set_id)[0][0] == "Capital of France?"


def test_question_of_another_set_is_404(app, client, owner, set_id):
    other_set = make_set(app, owner, "Second")
    foreign = question_ids(app, other_set)[0]
    assert client.get(f"/host/sets/{set_id}/questions/{foreign}/edit").status_code == 404
    data = question_data(f"q{foreign}")
    assert client.post(f"/host/sets/{set_id}/questions/{foreign}", data=data).status_code == 404
    assert client.post(f"/host/sets/{set_id}/questions/{foreign}/delete").status_code == 404


def test_editing_a_played_question_keeps_past_scores(app, client, owner, quiz):
    set_id = make_set(app, owner, status="published")
    play_id = quiz.start(set_id)
    quiz.show(play_id)
    quiz.answer(play_id, 0, quiz.token(play_id, 0))
    first = question_ids(app, set_id)[0]
    with app.app_context():
        before = db.session.execute(select(Play.score)).scalar_one()
    data = question_data(f"q{first}", prompt="Capital of France, again?", choices=("Paris", "X"))
    assert client.post(f"/host/sets/{set_id}/questions/{first}", data=data).status_code == 303
    with app.app_context():
        play = db.session.execute(select(Play)).scalar_one()
        assert play.score == before > 0
        assert play.answers[0].choice.text == "Paris"


@pytest.mark.parametrize("htmx", [True, False])
def test_move_question_down_and_up(app, client, set_id, htmx):
    first, second = question_ids(app, set_id)
    url = f"/host/sets/{set_id}/questions/{first}/move"
    response = client.post(url, data={"direction": "down"}, headers=HTMX if htmx else {})
    if htmx:
        assert response.status_code == 200
        assert response.text.lstrip().startswith('<div id="question-list"')
        assert "<html" not in response.text and "HX-Request" in response.vary
        assert response.text.index("Two plus two?") < response.text.index("Capital of France?")
    else:
        assert response.status_code == 303
    assert question_ids(app, set_id) == [second, first]
    assert [row[2] for row in stored_questions(app, set_id)] == [0, 1]
    client.post(url, data={"direction": "up"})
    assert question_ids(app, set_id) == [first, second]


def test_move_past_the_ends_changes_nothing(app, client, set_id):
    first, second = question_ids(app, set_id)
    assert client.post(f"/host/sets/{set_id}/questions/{first}/move", data={"direction": "up"})
    client.post(f"/host/sets/{set_id}/questions/{second}/move", data={"direction": "down"})
    assert question_ids(app, set_id) == [first, second]


@pytest.mark.parametrize("direction", ["", "sideways"])
def test_move_needs_a_direction(app, client, set_id, direction):
    first = question_ids(app, set_id)[0]
    url = f"/host/sets/{set_id}/questions/{first}/move"
    assert client.post(url, data={"direction": direction}).status_code == 400


@pytest.mark.parametrize(
    ("method", "suffix", "htmx"),
    [("post", "/delete", False), ("post", "/delete", True), ("delete", "", True)],
)
def test_delete_question(app, client, set_id, method, suffix, htmx):
    first, second = question_ids(app, set_id)
    url = f"/host/sets/{set_id}/questions/{first}{suffix}"
    response = getattr(client, method)(url, headers=HTMX if htmx else {})
    if htmx:
        assert response.status_code == 200
        assert response.text.lstrip().startswith('<div id="question-list"')
        assert f'id="question-{first}"' not in response.text
        assert "Question 1" in response.text and "Two plus two?" in response.text
        assert "HX-Request" in response.vary
    else:
        assert response.status_code == 303
        assert response.headers["Location"].endswith(f"/host/sets/{set_id}#questions")
    assert question_ids(app, set_id) == [second]
    assert stored_questions(app, set_id)[0][2] == 0


def test_deleting_the_last_question_shows_the_empty_list(app, client, owner):
    set_id = make_set(app, owner, questions=QUESTIONS[:1])
    only = question_ids(app, set_id)[0]
    response = client.delete(f"/host/sets/{set_id}/questions/{only}", headers=HTMX)
    assert "No questions yet" in response.text


# Escaping what hosts write


def test_host_text_is_escaped_everywhere(app, client, owner, quiz):
    nasty = [
        Question(
            "custom", f"Prompt {XSS_TAG}", (f"Right {XSS_TAG}", f"Wrong {XSS_ATTR}"), 0, XSS_ATTR
        )
    ]
    set_id = make_set(
        app, owner, f"Title {XSS_TAG}", questions=nasty, description=XSS_ATTR, status="published"
    )
    play_id = quiz.start(set_id)
    pages = {
        "dashboard": client.get("/host/").text,
        "set": client.get(f"/host/sets/{set_id}").text,
        "edit": client.get(
            f"/host/sets/{set_id}/questions/{question_ids(app, set_id)[0]}/edit"
        ).text,
        "start": client.get(f"/quiz/{set_id}").text,
        "question": quiz.show(play_id, htmx=False).text,
        "feedback": quiz.answer(play_id, 0, quiz.token(play_id, 0, right=False), htmx=False).text,
        "results": client.get(f"/play/{play_id}/results").text,
        "stats": client.get(f"/host/sets/{set_id}/stats").text,
        "home": client.get("/").text,
    }
    for name, page in pages.items():
        assert "<script>alert" not in page, name
        assert 'onmouseover="x' not in page, name
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, name
    for name in ("set", "edit", "feedback", "results", "stats"):
        assert "&#34; onmouseover=&#34;x" in pages[name], name
