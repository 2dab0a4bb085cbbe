"""The session cookie: saved when it changes, and refreshed once a day, not on every request."""

from __future__ import annotations

from quizapp import sessions


def set_cookie(response) -> str:
    return response.headers.get("Set-Cookie", "")


def test_a_players_cookie_is_refreshed_once_a_day(client, quiz, monkeypatch):
    play_id = quiz.start()  # the player's key goes into a permanent session
    assert quiz.show(play_id).status_code == 200
    assert set_cookie(quiz.show(play_id)) == ""  # signed today already
    today = sessions._today()
    monkeypatch.setattr(sessions, "_today", lambda: today + 1)
    tomorrow = quiz.show(play_id)
    assert "session=" in set_cookie(tomorrow) and "Expires=" in set_cookie(tomorrow)
    assert set_cookie(quiz.show(play_id)) == ""


def test_a_changed_session_is_saved_at_once(client):
    response = client.post("/quiz/1", data={"nickname": "Ada"})
    assert response.status_code == 303
    assert "session=" in set_cookie(response)
