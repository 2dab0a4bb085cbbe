"""What players type is shown escaped everywhere it appears."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from tests.conftest import QuizActions, examples
from tests.quizapp.hostile import hostile_text, injected

TRIES = 60


@settings(
    max_examples=examples(TRIES),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(nickname=hostile_text)
def test_hostile_nickname_is_escaped_on_every_page(app, clock, nickname):
    client = app.test_client()
    quiz = QuizActions(client, app)
    response = client.post("/quiz/1", data={"nickname": nickname})
    pages = [response.text]
    if response.status_code == 303:
        play_id = response.headers["Location"].rsplit("/", 1)[-1]
        quiz.play_through(play_id)
        pages += [
            client.get(f"/play/{play_id}/results").text,
            client.get("/leaderboard?quiz=1").text,
            client.get("/leaderboard").text,
            client.get("/").text,
        ]
    for page in pages:
        assert injected(page) == set()
