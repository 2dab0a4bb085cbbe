"""Host accounts: register, sign in and out, rate limits, password storage, My scores."""

from __future__ import annotations

import pytest

from quizapp.extensions import db
from quizapp.models import Play, User

PASSWORD = "correct horse battery"


def register(client, username="ada", password=PASSWORD, confirm=None):
    return client.post(
        "/host/register",
        data={"username": username, "password": password, "confirm": confirm or password},
    )


def test_register_signs_in_and_stores_only_a_hash(client, app):
    response = register(client)
    assert response.status_code == 303
    assert client.get("/").text.count("Sign out ada") == 1
    with app.app_context():
        user = db.session.execute(db.select(User)).scalar_one()
        assert PASSWORD not in user.password_hash
        assert user.password_hash.startswith("scrypt:")


@pytest.mark.parametrize(
    ("username", "password", "confirm", "message"),
    [
        ("ab", PASSWORD, PASSWORD, "between 3 and 40"),
        ("bad name!", PASSWORD, PASSWORD, "letters, digits"),
        ("ada", "short", "short", "10 to 200 characters"),
        ("ada", PASSWORD, PASSWORD + "x", "The passwords differ"),
    ],
)
def test_register_refuses_bad_input_keeping_username(client, username, password, confirm, message):
    response = register(client, username, password, confirm)
    assert response.status_code == 422
    assert message in response.text
    assert f'value="{username}"' in response.text.replace("&#34;", '"') or not username


def test_usernames_are_unique_ignoring_case(client):
    register(client)
    client.post("/host/logout")
    response = register(client, username="ADA")
    assert response.status_code == 422
    assert "taken" in response.text


def test_login_logout_and_wrong_password(client):
    register(client)
    client.post("/host/logout")
    assert "Host sign in" in client.get("/").text
    wrong = client.post("/host/login", data={"username": "ada", "password": "nope"})
    assert wrong.status_code == 422
    assert "Wrong username or password." in wrong.text
    right = client.post("/host/login", data={"username": "Ada", "password": PASSWORD})
    assert right.status_code == 303
    assert "Sign out ada" in client.get("/").text


def test_login_renews_the_session(client, app):
    register(client)
    with app.app_context():
        before = db.session.execute(db.select(User)).scalar_one().session_token
    stale = client.get_cookie("session").value
    client.post("/host/logout")
    client.post("/host/login", data={"username": "ada", "password": PASSWORD})
    with app.app_context():
        after = db.session.execute(db.select(User)).scalar_one().session_token
    assert after != before
    thief = app.test_client()
    thief.set_cookie("session", stale)
    assert "Host sign in" in thief.get("/").text


def test_login_only_follows_local_next(client):
    register(client)
    client.post("/host/logout")
    data = {"username": "ada", "password": PASSWORD}
    assert (
        client.post("/host/login?next=/leaderboard", data=data).headers["Location"]
        == "/leaderboard"
    )
    client.post("/host/logout")
    evil = client.post("/host/login?next=//evil.example/x", data=data)
    assert "evil" not in evil.headers["Location"]


def test_login_attempts_are_rate_limited(make_test_app):
    app = make_test_app(RATELIMIT_ENABLED=True)
    client = app.test_client()
    statuses = [
        client.post("/host/login", data={"username": "x", "password": "y"}).status_code
        for _ in range(12)
    ]
    assert statuses[:10] == [422] * 10
    assert statuses[10:] == [429, 429]
    assert "Too many attempts" in client.post("/host/login", data={}).text


def test_my_scores_lists_signed_in_players_plays(client, quiz, clock, app):
    register(client)
    play_id = quiz.start(nickname="ada")
    quiz.play_through(play_id)
    page = client.get("/host/scores").text
    assert "3300" in page and "Romy and Michele" in page
    with app.app_context():
        assert db.session.execute(db.select(Play)).scalar_one().user_id is not None


def test_my_scores_needs_sign_in(client):
    response = client.get("/host/scores")
    assert response.status_code == 302
    assert "/host/login" in response.headers["Location"]


def test_secure_cookies_when_configured(make_test_app):
    app = make_test_app(SESSION_COOKIE_SECURE="true")
    response = app.test_client().post("/quiz/1", data={"nickname": "Ada"})
    assert "Secure" in response.headers["Set-Cookie"]
    assert "Strict-Transport-Security" in response.headers


def test_oversized_request_gets_readable_413(client):
    response = client.post("/quiz/1", data={"nickname": "x" * (2 * 1024 * 1024)})
    assert response.status_code == 413
    assert "too large" in response.text
