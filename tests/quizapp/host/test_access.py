"""Who may use the question-set pages: the owner only, signed in, with a CSRF token."""

from __future__ import annotations

import re

import pytest

from questions.question import Question
from quizapp.extensions import db
from quizapp.models import Quiz, User
from tests.conftest import make_set as store_set

QUESTIONS = [
    Question("custom", "Capital of France?", ("Paris", "Lyon", "Nice"), 0),
    Question("custom", "Two plus two?", ("3", "4"), 1),
]


def question_form(prefix):
    data = {f"{prefix}-prompt": "Largest ocean?", f"{prefix}-right": "0"}
    data |= {f"{prefix}-choices-{i}": text for i, text in enumerate(["Pacific", "Atlantic"])}
    return data


SETTINGS = {"title": "Renamed", "seconds_per_question": "20", "visibility": "public"}

# (method, url, form data, status for the owner without htmx); {set} and {question} are filled.
SET_ROUTES = [
    ("get", "/host/sets/{set}", None, 200),
    ("post", "/host/sets/{set}", SETTINGS, 303),
    ("post", "/host/sets/{set}/delete", None, 303),
    ("post", "/host/sets/{set}/publish", None, 303),
    ("post", "/host/sets/{set}/unpublish", None, 303),
    ("post", "/host/sets/{set}/questions", question_form("new"), 303),
    ("get", "/host/sets/{set}/questions/{question}", None, 200),
    ("get", "/host/sets/{set}/questions/{question}/edit", None, 200),
    ("post", "/host/sets/{set}/questions/{question}", "question", 303),
    ("post", "/host/sets/{set}/questions/{question}/move", {"direction": "down"}, 303),
    ("post", "/host/sets/{set}/questions/{question}/delete", None, 303),
    ("delete", "/host/sets/{set}/questions/{question}", None, 303),
    ("get", "/host/sets/{set}/stats", None, 200),
]
STATE_CHANGING = [route for route in SET_ROUTES if route[0] != "get"]


def make_user(app, username):
    with app.app_context():
        user = User(username=username)
        user.set_password("correct horse battery")
        db.session.add(user)
        db.session.commit()
        return user.id


def sign_in(client, app, user_id):
    with app.app_context():
        token = db.session.get(User, user_id).session_token
    with client.session_transaction() as session:
        session["_user_id"] = token
        session["_fresh"] = True


def make_set(app, owner_id, **fields):
    """Store a set of QUESTIONS; returns its id and its first question's id."""
    set_id = store_set(app, owner_id, questions=QUESTIONS, **fields)
    with app.app_context():
        return set_id, db.session.get(Quiz, set_id).questions[0].id


def request(client, method, url, data, set_id, question_id, headers=None):
    """Send one row of the route table."""
    url = url.format(set=set_id, question=question_id)
    if data == "question":
        data = question_form(f"q{question_id}")
    return getattr(client, method)(url, data=data, headers=headers or {})


def snapshot(app, set_id):
    """What a refused request must leave as it was."""
    with app.app_context():
        quiz = db.session.get(Quiz, set_id)
        return quiz and (
            quiz.title,
            quiz.status,
            [(q.id, q.prompt, q.position, [c.text for c in q.choices]) for q in quiz.questions],
        )


@pytest.fixture
def owned(app):
    owner = make_user(app, "owner")
    set_id, question_id = make_set(app, owner)
    return owner, set_id, question_id


@pytest.mark.parametrize(("method", "url", "data", "status"), SET_ROUTES)
def test_owner_may(app, client, owned, method, url, data, status):
    owner, set_id, question_id = owned
    sign_in(client, app, owner)
    response = request(client, method, url, data, set_id, question_id)
    assert response.status_code == status, response.text


@pytest.mark.parametrize(("method", "url", "data", "status"), SET_ROUTES)
def test_another_host_is_forbidden(app, client, owned, method, url, data, status):
    _, set_id, question_id = owned
    sign_in(client, app, make_user(app, "intruder"))
    before = snapshot(app, set_id)
    response = request(client, method, url, data, set_id, question_id)
    assert response.status_code == 403
    assert "This belongs to someone else." in response.text
    assert snapshot(app, set_id) == before


@pytest.mark.parametrize(("method", "url", "data", "status"), SET_ROUTES)
def test_signed_out_goes_to_login(app, client, owned, method, url, data, status):
    _, set_id, question_id = owned
    before = snapshot(app, set_id)
    response = request(client, method, url, data, set_id, question_id)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/host/login")
    assert snapshot(app, set_id) == before


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("get", "/host/", None),
        ("get", "/host/sets/new", None),
        ("post", "/host/sets/new", SETTINGS),
    ],
)
def test_host_pages_need_sign_in(app, client, method, url, data):
    response = getattr(client, method)(url, data=data)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/host/login")
    with app.app_context():
        assert db.session.execute(db.select(Quiz).filter_by(title="Renamed")).first() is None


def test_a_draft_cannot_be_played_by_link_or_id(app, client, owned):
    _, set_id, _ = owned
    with app.app_context():
        token = db.session.get(Quiz, set_id).share_token
    assert client.get(f"/quiz/{set_id}").status_code == 404
    assert client.get(f"/q/{token}").status_code == 404
    assert client.post(f"/quiz/{set_id}", data={"nickname": "Ada"}).status_code == 404


def test_an_unlisted_set_is_played_by_its_link_only(app, client):
    set_id, _ = make_set(app, make_user(app, "owner"), status="published", visibility="unlisted")
    with app.app_context():
        token = db.session.get(Quiz, set_id).share_token
    assert client.get(f"/quiz/{set_id}").status_code == 404
    assert client.get(f"/q/{token}").status_code == 200
    assert "Capitals" not in client.get("/").text


# CSRF: every state change needs the token, htmx requests included


@pytest.fixture
def csrf_setup(make_test_app):
    app = make_test_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    owner = make_user(app, "owner")
    set_id, question_id = make_set(app, owner)
    sign_in(client, app, owner)
    page = client.get(f"/host/sets/{set_id}").text
    token = re.search(r'"X-CSRFToken": "([^"]+)"', page).group(1)
    return app, client, set_id, question_id, token


@pytest.mark.parametrize(("method", "url", "data", "status"), STATE_CHANGING)
def test_state_change_without_csrf_token_is_refused(csrf_setup, method, url, data, status):
    app, client, set_id, question_id, _ = csrf_setup
    before = snapshot(app, set_id)
    for headers in ({}, {"HX-Request": "true"}):
        response = request(client, method, url, data, set_id, question_id, headers)
        assert response.status_code == 400
        assert "did not come from this site" in response.text
    assert snapshot(app, set_id) == before


@pytest.mark.parametrize(("method", "url", "data", "status"), STATE_CHANGING)
def test_htmx_state_change_with_csrf_header_is_accepted(csrf_setup, method, url, data, status):
    app, client, set_id, question_id, token = csrf_setup
    headers = {"HX-Request": "true", "X-CSRFToken": token}
    response = request(client, method, url, data, set_id, question_id, headers)
    assert response.status_code in {200, 303}, response.text
    if response.status_code == 200:
        assert "<html" not in response.text


def test_plain_form_with_csrf_field_is_accepted(csrf_setup):
    app, client, set_id, _, token = csrf_setup
    data = question_form("new") | {"new-csrf_token": token}
    response = client.post(f"/host/sets/{set_id}/questions", data=data)
    assert response.status_code == 303
    assert len(snapshot(app, set_id)[2]) == 3


def test_every_form_on_the_set_page_carries_the_token(csrf_setup):
    _, client, set_id, _, token = csrf_setup
    page = client.get(f"/host/sets/{set_id}").text
    forms = re.findall(r"<form\b.*?</form>", page, re.S)
    assert len(forms) >= 6
    for form in forms:
        if 'method="post"' in form:
            assert re.search(r'name="(?:[\w-]+-)?csrf_token"[^>]*value="[^"]+"', form), form
