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


def test_a_rotated_secret_key_opens_old_cookies_by_its_fallback_and_signs_with_the_new(
    app, client, quiz
):
    play_id = quiz.start()
    assert quiz.show(play_id).status_code == 200  # a serializer is made for the first key
    old_key = app.secret_key
    app.secret_key = "a-rotated-secret-key-of-enough-length"
    app.config["SECRET_KEY_FALLBACKS"] = [old_key]
    assert quiz.show(play_id).status_code == 200  # opened by the fallback
    client.post("/quiz/1", data={"nickname": "Bea"})  # a changed session: signed anew
    app.config["SECRET_KEY_FALLBACKS"] = []
    assert quiz.show(play_id).status_code == 200  # the new cookie holds under the new key
    app.secret_key = "yet-another-secret-key-of-enough-length"
    # Signed with a key the app no longer knows, the cookie opens empty: not their play.
    assert quiz.show(play_id).status_code == 403
