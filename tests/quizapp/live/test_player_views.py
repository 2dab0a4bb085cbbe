"""The player's side: joining by code, rejoining, no answer leaks, refusals with reasons."""

from __future__ import annotations

import re

from quizapp.extensions import db
from quizapp.live.models import GamePlayer
from quizapp.models import Choice


def test_join_by_typed_code_then_nickname(live, app):
    browser = app.test_client()
    typed = browser.post("/join", data={"code": f"{live.code[:3]} {live.code[3:]}"})
    assert typed.status_code == 303
    assert typed.headers["Location"].endswith(f"/join/{live.code}")
    assert live.join("Ada", browser).status_code == 303
    page = live.screen("Ada", htmx=False)
    assert "You&#39;re in, Ada!" in page.text or "You're in, Ada!" in page.text
    assert "Waiting for the host to start" in page.text


def test_an_unknown_code_is_a_clear_422(client):
    response = client.post("/join", data={"code": "000000"})
    assert response.status_code == 422
    assert "No open game has that code" in response.text
    assert client.post("/join", data={"code": "12ab"}).status_code == 422
    assert client.get("/join/999999").status_code == 404


def test_a_taken_nickname_gets_a_clear_message(live):
    live.join("Sam")
    response = live.join("Sam")
    assert response.status_code == 422
    assert "is taken in this game" in response.text


def test_the_home_page_and_header_link_to_join(client):
    page = client.get("/").text
    assert page.count('href="/join"') >= 2


def test_a_reload_mid_question_resumes_with_the_time_left_and_no_second_answer(live, live_clock):
    live.join("Ada")
    live.join("Sam")
    live.control("start")
    live_clock.advance(3)
    reloaded = live.screen("Ada", htmx=False)
    assert 'data-seconds-left="7.000"' in reloaded.text
    live.answer("Ada", live.token())
    live_clock.advance(1)
    again = live.screen("Ada", htmx=False)
    assert "Answer locked in" in again.text
    assert 'name="choice"' not in again.text


def test_a_new_tab_of_the_same_browser_is_the_same_player(live):
    live.join("Ada")
    browser = live.players["Ada"]
    # The QR link again, in a new tab: straight back to the game, no second player.
    response = browser.get(f"/join/{live.code}")
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/live/{live.id}")
    with live.app.app_context():
        assert db.session.query(GamePlayer).count() == 1


def _without_csrf(page: str) -> str:
    """A page with its CSRF tokens blanked."""
    return re.sub(r'(name="csrf_token" value="|"X-CSRFToken": ")[^"]*', r"\1", page)


def test_no_response_shows_the_right_answer_before_the_question_ends(live, live_clock):
    live.join("Ada")
    live.join("Sam")
    live.control("start")
    before = _without_csrf(live.screen("Ada").text)
    with live.app.app_context():
        # Make another choice the right one: the page must not change by a byte (but for its
        # CSRF tokens, which are signed with the second they were made in).
        choices = db.session.query(Choice).filter_by(question_id=1).all()
        for choice in choices:
            choice.is_right = not choice.is_right if choice.position in (0, 1) else False
        db.session.commit()
    assert _without_csrf(live.screen("Ada").text) == before
    assert "right" not in re.sub(r"all rights|copyright", "", before.lower())


def test_another_browser_cannot_see_or_answer_for_a_player(live, app):
    live.join("Ada")
    live.control("start")
    stranger = app.test_client()
    assert stranger.get(f"/live/{live.id}").status_code == 403
    data = {"question": "0", "choice": live.token()}
    assert stranger.post(f"/live/{live.id}/answer", data=data).status_code == 403
    assert live.player("Ada").score == 0


def test_a_choice_of_another_question_is_a_400(live):
    live.join("Ada")
    live.join("Sam")
    live.control("start")
    response = live.answer("Ada", "not-a-choice-id")
    assert response.status_code == 400
    assert live.answer("Ada", live.token(), question=2).status_code == 409
    for number in ("99999999999999999999", "2147483648", "²", ""):
        data = {"question": number, "choice": live.token()}
        answered = live.players["Ada"].post(f"/live/{live.id}/answer", data=data)
        assert answered.status_code == 400, number


def test_answers_work_without_javascript(live):
    live.join("Ada")
    live.join("Sam")
    live.control("start")
    page = live.screen("Ada", htmx=False).text
    assert '<meta http-equiv="refresh"' in page
    token = re.findall(r'name="choice" value="(\w+)"', page)[0]
    plain = live.players["Ada"].post(
        f"/live/{live.id}/answer", data={"question": "0", "choice": token}
    )
    assert plain.status_code == 303
    assert "Answer locked in" in live.screen("Ada", htmx=False).text


def test_the_reveal_says_the_rank_and_the_gap(live, live_clock):
    live.join("Ada")
    live.join("Sam")
    live.control("start")
    live.answer("Sam", live.token())
    live.answer("Ada", live.token(False))
    ada = live.screen("Ada").text
    assert "2nd" in ada and "1000 points behind Sam" in ada
    assert "in the lead" in live.screen("Sam").text


def test_the_final_screen_gives_the_final_rank(live):
    live.join("Ada")
    live.join("Sam")
    live.control("start")
    live.answer("Ada", live.token())
    live.answer("Sam", live.token(False))
    live.control("finish")
    assert "You finished <strong>1st</strong> of 2" in live.screen("Ada").text
    assert "You finished <strong>2nd</strong> of 2" in live.screen("Sam").text
