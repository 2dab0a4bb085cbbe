"""Friendly error pages: an overloaded database is a 503 the player can retry, not a 500."""

from __future__ import annotations

from quizapp.extensions import db
from tests.conftest import database_uri


def test_an_exhausted_connection_pool_is_a_503_and_writes_nothing(make_test_app, tmp_path):
    options = {"pool_size": 1, "max_overflow": 0, "pool_timeout": 0.2}
    if database_uri(tmp_path).startswith("sqlite"):
        options["connect_args"] = {"timeout": 15}
    app = make_test_app(SQLALCHEMY_ENGINE_OPTIONS=options)
    client = app.test_client()
    with app.app_context():
        held = db.engine.connect()  # every connection of the pool is busy elsewhere
        try:
            response = client.post("/quiz/1", data={"nickname": "Ada"})
        finally:
            held.close()
    assert response.status_code == 503
    assert "try again in a moment" in response.text
    assert client.post("/quiz/1", data={"nickname": "Ada"}).status_code == 303
