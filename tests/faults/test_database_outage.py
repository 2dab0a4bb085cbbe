"""PostgreSQL unreachable for a while: clear 503 pages meanwhile, recovery by itself after."""

from __future__ import annotations

import gc

import pytest
from sqlalchemy.engine import make_url

from quizapp.extensions import db
from quizapp.models import Answer
from tests.conftest import TEST_DATABASE_URL, QuizActions, dispose_app, make_app
from tests.faults.proxy import OutageProxy

pytestmark = [
    pytest.mark.skipif(
        not TEST_DATABASE_URL.startswith("postgresql"), reason="an outage of PostgreSQL needs it"
    ),
    # Connections cut by the outage are dropped unclosed by design; collect them here.
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
]


@pytest.fixture
def proxied(tmp_path):
    """The app reaching PostgreSQL through a proxy the test can cut."""
    url = make_url(TEST_DATABASE_URL)
    proxy = OutageProxy((url.host or "127.0.0.1", url.port or 5432))
    app = make_app(tmp_path, SQLALCHEMY_DATABASE_URI=url.set(host="127.0.0.1", port=proxy.port))
    yield app, proxy
    if proxy.is_cut:
        proxy.restore()
    dispose_app(app)
    gc.collect()


def test_outage_gives_503_and_recovers_without_losing_answers(proxied, clock):
    app, proxy = proxied
    player = QuizActions(app.test_client(), app)
    play_id = player.start()
    player.show(play_id)
    assert player.answer(play_id, 0, player.token(play_id, 0)).status_code == 200
    token = player.token(play_id, 1)
    proxy.cut()
    for url in (f"/play/{play_id}", "/", "/leaderboard", "/healthz"):
        response = player.client.get(url)
        assert response.status_code == 503, url
        assert "briefly unavailable" in response.text
    proxy.restore()
    assert player.client.get("/healthz").status_code == 200
    player.show(play_id)
    assert player.answer(play_id, 1, token).status_code == 200
    with app.app_context():
        answered = db.session.execute(db.select(Answer).where(Answer.answered_at.is_not(None)))
        assert len(answered.all()) == 2
