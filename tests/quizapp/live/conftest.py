"""A live game of the sample quiz, driven through test clients: one host, many players."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from quizapp.extensions import db
from quizapp.live import rules
from quizapp.live.models import Game, GamePlayer
from quizapp.models import Quiz
from tests.conftest import Clock, HostActions


class LiveGame:
    """One game: the host's client, and a client (a browser) per player."""

    def __init__(self, app: Flask, host: FlaskClient, game_id: int, code: str) -> None:
        self.app = app
        self.host = host
        self.id = game_id
        self.code = code
        self.players: dict[str, FlaskClient] = {}

    def join(self, nickname: str, client: FlaskClient | None = None):
        """A new browser (or ``client``) joins under ``nickname``; returns the response."""
        browser = client or self.app.test_client()
        response = browser.post(f"/join/{self.code}", data={"nickname": nickname})
        if response.status_code == 303:
            self.players[nickname] = browser
        return response

    def control(self, action: str, **form: object):
        """The host presses a control: start, next, end-question, finish, options."""
        return self.host.post(f"/host/games/{self.id}/{action}", data=form)

    def screen(self, nickname: str, htmx: bool = True):
        headers = {"HX-Request": "true"} if htmx else {}
        return self.players[nickname].get(f"/live/{self.id}", headers=headers)

    def tokens(self, nickname: str) -> list[str]:
        """The choice ids on the player's screen, in the order shown."""
        return re.findall(r'name="choice" value="(\w+)"', self.screen(nickname).text)

    def token(self, right: bool = True) -> str:
        """The id of the right (or a wrong) choice of the open question."""
        with self.app.app_context():
            game = db.session.get(Game, self.id)
            question = rules.current_question(game)
            choice = next(c for c in question.choices if c.is_right == right)
            return rules.choice_token(game, choice.id)

    def answer(self, nickname: str, token: str, question: int | None = None):
        number = self.row().question_no if question is None else question
        data = {"question": str(number), "choice": token}
        headers = {"HX-Request": "true"}
        return self.players[nickname].post(f"/live/{self.id}/answer", data=data, headers=headers)

    def row(self) -> Game:
        """The game as stored now."""
        with self.app.app_context():
            game = db.session.get(Game, self.id)
            db.session.expunge(game)
            return game

    def player(self, nickname: str) -> GamePlayer:
        with self.app.app_context():
            query = db.select(GamePlayer).filter_by(game_id=self.id, nickname=nickname)
            player = db.session.execute(query).scalar_one()
            db.session.expunge(player)
            return player


@pytest.fixture
def live_clock(monkeypatch) -> Clock:
    """Freeze the live games' clock; ``live_clock.advance(s)`` moves it."""
    fake = Clock()
    monkeypatch.setattr(rules, "now_utc", fake)
    return fake


def sign_in_owner(app: Flask, hosts: HostActions) -> int:
    """A host, signed in on ``hosts``' client, who owns the sample quiz (10 s, 3 questions)."""
    user_id = hosts.create()
    hosts.sign_in_as(user_id)
    with app.app_context():
        db.session.get(Quiz, 1).owner_id = user_id
        db.session.commit()
    return user_id


def open_game(app: Flask, host: FlaskClient) -> LiveGame:
    """The owner on ``host`` opens a game of the sample quiz; it waits in its lobby."""
    response = host.post("/host/sets/1/live")
    assert response.status_code == 303
    game_id = int(response.headers["Location"].rsplit("/", 1)[-1])
    with app.app_context():
        code = db.session.get(Game, game_id).code
    return LiveGame(app, host, game_id, code)


@pytest.fixture
def host_id(app: Flask, hosts: HostActions) -> int:
    """A signed-in host who owns the sample quiz."""
    return sign_in_owner(app, hosts)


@pytest.fixture
def live(app: Flask, client: FlaskClient, host_id: int) -> LiveGame:
    """A game of the sample quiz in its lobby, opened by its host."""
    return open_game(app, client)
