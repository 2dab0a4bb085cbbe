"""Every page answers, as a whole page and as an htmx request, for the people who may see it.

htmx asks for a page's ``content`` block alone, where a template's top-level imports and
macros are out of reach; a page that works in full can fail there (the set page did, with
"set_fields is undefined"). Every GET route is requested with real ids, so a new route is
checked without anyone adding it here.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from quizapp.extensions import db
from quizapp.models import Play, Quiz
from tests.conftest import HostActions, QuizActions
from tests.quizapp.live.conftest import open_game, sign_in_owner

#: Endpoints left out: files, and the live stream, which stays open for minutes.
SKIPPED = {"static", "live.stream"}


def real_values(app: Flask, client: FlaskClient) -> dict[str, str]:
    """Ids of things that exist and the signed-in host owns: a set that was played, its
    first question, a play of it, a live game of it and that game's join code."""
    game = open_game(app, client)
    player = QuizActions(client, app)
    play_id = player.start()
    player.play_through(play_id)
    with app.app_context():
        quiz = db.session.get(Quiz, 1)
        assert db.session.execute(db.select(Play)).scalars().first() is not None
        return {
            "quiz_id": "1",
            "question_id": str(quiz.questions[0].id),
            "token": quiz.share_token,
            "play_id": play_id,
            "fmt": "gift",
            "game_id": str(game.id),
            "code": game.code,
        }


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_every_page_answers_as_a_page_and_to_htmx(app, client, hosts: HostActions, htmx):
    sign_in_owner(app, hosts)
    values = real_values(app, client)
    headers = {"HX-Request": "true"} if htmx else {}
    failures = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in SKIPPED:
            continue
        url = rule.build({name: values[name] for name in rule.arguments})[1]
        response = client.get(url, headers=headers)
        if response.status_code >= 500:
            failures.append((url, response.status_code))
    assert failures == []
