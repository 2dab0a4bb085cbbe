"""What a black-box attack broke, each proved fixed: ranked-play races, owners on their own
board, open redirects, sign-out, and telling real usernames from missing ones."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.exc import IntegrityError

from quizapp.extensions import db
from quizapp.host import accounts
from quizapp.models import Play, Quiz, User

PASSWORD = "correct horse battery"


def ranked_plays(app) -> list[Play]:
    with app.app_context():
        return list(db.session.execute(db.select(Play).where(Play.ranked)).scalars())


def start_together(app, cookies: list[str], quiz_id: int = 1) -> list[int]:
    """Start a play of ``quiz_id`` from each cookie at the same instant; the statuses."""
    barrier = threading.Barrier(len(cookies))
    statuses: list[int] = []

    def start(cookie: str) -> None:
        client = app.test_client()
        client.set_cookie("session", cookie)
        barrier.wait()
        statuses.append(client.post(f"/quiz/{quiz_id}", data={"nickname": "Eve"}).status_code)

    threads = [threading.Thread(target=start, args=(cookie,)) for cookie in cookies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses


def test_simultaneous_starts_from_one_browser_rank_one_play(app, client, hosts):
    hosts.sign_in_as(hosts.create("eve"))
    client.get("/quiz/1")  # the browser gets its player key
    client.post("/quiz/1", data={"nickname": "Eve"}).close()
    with app.app_context():
        db.session.execute(db.delete(Play))
        db.session.commit()
    cookie = client.get_cookie("session").value
    assert start_together(app, [cookie] * 8) == [303] * 8
    assert len(ranked_plays(app)) == 1
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Play.id))).scalar_one() == 8


def test_simultaneous_starts_from_one_account_in_many_browsers_rank_one_play(app, hosts):
    user_id = hosts.create("eve")
    with app.app_context():
        token = db.session.get(User, user_id).session_token
    cookies = []
    for key in range(6):
        browser = app.test_client()
        with browser.session_transaction() as session:
            session.update({"_user_id": token, "_fresh": True, "player_key": f"browser{key}"})
        cookies.append(browser.get_cookie("session").value)
    assert start_together(app, cookies) == [303] * 6
    ranked = ranked_plays(app)
    assert [play.user_id for play in ranked] == [user_id]


def test_the_database_refuses_a_second_ranked_play(app):
    with app.app_context():
        for _ in range(2):
            db.session.add(Play(quiz_id=1, player_key="k", nickname="Eve", shuffle_seed=1))
        with pytest.raises(IntegrityError):
            db.session.commit()


def test_a_host_playing_their_own_quiz_is_never_ranked(app, client, hosts, quiz):
    owner = hosts.create("owner")
    with app.app_context():
        db.session.get(Quiz, 1).owner_id = owner
        db.session.commit()
    hosts.sign_in_as(owner)
    play_id = quiz.start()
    quiz.play_through(play_id)
    assert ranked_plays(app) == []
    assert "practice" in client.get(f"/play/{play_id}/results").text
    assert "owner" not in client.get("/leaderboard").text.split("<tbody", 1)[1]


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example",
        "/%09/evil.example",
        "/%0a/evil.example",
        "/%0d%0a/evil.example",
        "/\\evil.example",
        "/%5Cevil.example",
        "%09//evil.example",
        "https://evil.example/",
        "javascript:alert(1)",
        "/%7f/x",
    ],
)
def test_sign_in_never_redirects_off_site(app, hosts, target):
    hosts.create("ada")
    client = app.test_client()
    response = client.post(
        f"/host/login?next={target}", data={"username": "ada", "password": PASSWORD}
    )
    assert response.status_code == 303
    assert response.headers["Location"] == "/host/"


def test_sign_in_follows_a_same_site_path_with_its_query(app, hosts):
    hosts.create("ada")
    response = app.test_client().post(
        "/host/login?next=/leaderboard%3Fperiod%3Dweek",
        data={"username": "ada", "password": PASSWORD},
    )
    assert response.headers["Location"] == "/leaderboard?period=week"


def test_signing_out_ends_every_copy_of_the_session(app, hosts):
    hosts.create("ada")
    client = app.test_client()
    client.post("/host/login", data={"username": "ada", "password": PASSWORD})
    stolen = client.get_cookie("session").value
    assert client.get("/host/").status_code == 200
    client.post("/host/logout")
    thief = app.test_client()
    thief.set_cookie("session", stolen)
    assert thief.get("/host/").status_code == 302


def test_a_missing_user_costs_a_password_hash_too(app, hosts, monkeypatch):
    hosts.create("ada")
    checked: list[str] = []
    real_check = accounts.check_password_hash

    def spy(stored: str, password: str) -> bool:
        checked.append(stored.split(":", 1)[0])
        return real_check(stored, password)

    monkeypatch.setattr(accounts, "check_password_hash", spy)
    client = app.test_client()
    response = client.post("/host/login", data={"username": "nobody", "password": "guess"})
    assert response.status_code == 422
    assert "Wrong username or password." in response.text
    assert checked == ["scrypt"]


def test_registering_and_signing_in_share_one_rate_limit(make_test_app):
    app = make_test_app(RATELIMIT_ENABLED=True)
    client = app.test_client()
    statuses = [
        client.post("/host/login", data={"username": "x", "password": "y"}).status_code
        for _ in range(6)
    ]
    statuses += [
        client.post("/host/register", data={"username": "x!", "password": "y"}).status_code
        for _ in range(6)
    ]
    assert statuses[:10] == [422] * 10
    assert statuses[10:] == [429, 429]
    with app.app_context():
        assert db.session.execute(db.select(User)).first() is None


def test_simultaneous_registrations_differing_in_case_make_one_account(app):
    names = ["CaseRace", "caserace", "CASERACE", "caseRace"]
    barrier = threading.Barrier(len(names))
    pages: dict[str, tuple[int, str]] = {}

    def register(name: str) -> None:
        client = app.test_client()
        data = {"username": name, "password": PASSWORD, "confirm": PASSWORD}
        barrier.wait()
        response = client.post("/host/register", data=data)
        pages[name] = (response.status_code, response.text)

    threads = [threading.Thread(target=register, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    statuses = sorted(status for status, _ in pages.values())
    assert statuses == [303, 422, 422, 422]
    assert all(
        "That username is taken." in text for status, text in pages.values() if status == 422
    )
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(User.id))).scalar_one() == 1
    for name in names:
        signed_in = app.test_client().post(
            "/host/login", data={"username": name, "password": PASSWORD}
        )
        assert signed_in.status_code == 303


def test_the_database_refuses_a_username_differing_only_in_case(app, hosts):
    hosts.create("Ada")
    with pytest.raises(IntegrityError):
        hosts.create("aDA")
