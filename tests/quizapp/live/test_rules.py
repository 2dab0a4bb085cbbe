"""The rules of a live game: one server clock, one answer each, scores as in solo play."""

from __future__ import annotations

import threading

from quizapp.extensions import db
from quizapp.live.models import GameAnswer


def _started(live, *nicknames: str) -> None:
    for nickname in nicknames:
        assert live.join(nickname).status_code == 303
    assert live.control("start").status_code == 303


def test_question_opens_at_one_server_instant_for_everyone(live, live_clock):
    _started(live, "Ada", "Sam")
    opened = live.row().opened_at
    live_clock.advance(4)
    # Whoever looks later sees the same clock: 6 of 10 seconds left, not a fresh 10.
    for nickname in ("Ada", "Sam"):
        assert 'data-seconds-left="6.000"' in live.screen(nickname).text
    assert live.row().opened_at == opened


def test_elapsed_time_is_measured_from_the_opening_on_the_server(live, live_clock):
    _started(live, "Ada", "Sam")
    live_clock.advance(0.2)
    live.answer("Ada", live.token())
    live_clock.advance(5.8)
    live.answer("Sam", live.token())
    assert live.player("Ada").score == 1000  # within the first half second
    assert live.player("Sam").score == round(1000 * (1 - 6 / 10 / 2))


def test_an_answer_after_the_limit_and_grace_is_refused(live, live_clock):
    _started(live, "Ada", "Sam")
    live_clock.advance(10 + 1.5 + 0.1)
    response = live.answer("Ada", live.token())
    assert response.status_code == 409
    assert "not open any more" in response.text
    with live.app.app_context():
        assert db.session.query(GameAnswer).count() == 0


def test_an_answer_within_the_grace_counts_as_at_the_limit(live, live_clock):
    _started(live, "Ada", "Sam")
    live_clock.advance(11)
    assert live.answer("Ada", live.token()).status_code == 200
    assert live.player("Ada").score == 500


def test_a_second_answer_changes_nothing(live, live_clock):
    _started(live, "Ada", "Sam")
    live.answer("Ada", live.token(right=True))
    live_clock.advance(2)
    again = live.answer("Ada", live.token(right=False))
    assert again.status_code == 200
    assert "Answer locked in" in again.text
    assert live.player("Ada").score == 1000
    with live.app.app_context():
        assert db.session.query(GameAnswer).count() == 1


def test_simultaneous_answers_from_many_threads_score_once_each(live):
    nicknames = [f"P{n}" for n in range(12)]
    _started(live, *nicknames)
    right, wrong = live.token(True), live.token(False)
    barrier = threading.Barrier(len(nicknames) * 3)
    statuses: list[int] = []

    def tap(nickname: str, token: str) -> None:
        barrier.wait()
        statuses.append(live.answer(nickname, token, question=0).status_code)

    threads = [
        threading.Thread(target=tap, args=(name, token))
        for name in nicknames
        for token in (right, wrong, right)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(statuses) == {200}
    with live.app.app_context():
        stored = db.session.query(GameAnswer).all()
    assert sorted(a.player_id for a in stored) == sorted({a.player_id for a in stored})
    assert len(stored) == len(nicknames)
    for nickname in nicknames:
        player = live.player(nickname)
        points = [a.points for a in stored if a.player_id == player.id]
        assert player.score == sum(points)


def test_the_question_ends_when_everyone_has_answered(live):
    _started(live, "Ada", "Sam")
    live.answer("Ada", live.token())
    assert "Answer locked in" in live.screen("Ada").text
    live.answer("Sam", live.token(False))
    assert live.row().closed_at is not None
    assert "Right!" in live.screen("Ada").text
    assert "Not quite" in live.screen("Sam").text


def test_the_question_ends_by_itself_when_the_time_is_up(live, live_clock):
    _started(live, "Ada", "Sam")
    live.answer("Ada", live.token())
    live_clock.advance(11.6)
    assert "Time&#39;s up" in live.screen("Sam").text or "Time's up" in live.screen("Sam").text
    assert "Show the podium" not in live.host.get(f"/host/games/{live.id}").text
    assert "Next question" in live.host.get(f"/host/games/{live.id}").text


def test_a_streak_adds_its_bonus_and_a_missed_question_breaks_it(live, live_clock):
    _started(live, "Ada", "Sam")
    live.answer("Ada", live.token())
    live.answer("Sam", live.token())
    live.control("next", question=0)
    live.answer("Ada", live.token())
    live.answer("Sam", live.token())
    assert live.player("Ada").score == 1000 + 1100  # second right in a row: +100
    live.control("next", question=1)
    live_clock.advance(12)  # nobody answers question 3
    assert live.player("Ada").streak == 2
    assert "Show the podium" in live.host.get(f"/host/games/{live.id}").text


def test_next_twice_moves_on_once(live):
    _started(live, "Ada")
    live.answer("Ada", live.token())
    assert live.control("next", question=0).status_code == 303
    assert live.control("next", question=0).status_code == 303
    assert live.row().question_no == 1


def test_next_while_the_question_is_open_does_not_skip_it(live):
    _started(live, "Ada", "Sam")
    live.control("next", question=0)
    assert live.row().question_no == 0
    assert live.row().closed_at is None


def test_late_joiner_plays_from_the_next_question_with_no_points(live):
    _started(live, "Ada")
    assert live.join("Late").status_code == 303
    assert "you play from the next one" in live.screen("Late").text
    response = live.answer("Late", live.token())
    assert response.status_code == 409
    live.answer("Ada", live.token())  # everyone taking part has answered
    assert live.row().closed_at is not None
    live.control("next", question=0)
    live.answer("Late", live.token())
    assert live.player("Late").score == 1000
    assert live.player("Late").first_question == 1
