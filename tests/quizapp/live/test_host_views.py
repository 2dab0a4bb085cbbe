"""The host's side: the lobby and its controls, who may use them, the report and its CSV."""

from __future__ import annotations

import csv
import io

from quizapp.extensions import db
from quizapp.live.models import Game


def test_the_lobby_shows_code_join_link_qr_and_players(live):
    live.join("Ada")
    live.join("Sam")
    page = live.host.get(f"/host/games/{live.id}").text
    assert f"{live.code[:3]}&nbsp;{live.code[3:]}" in page
    assert f"/join/{live.code}" in page
    assert "<svg" in page and "live-qr" in page
    assert "2 players" in page and "Ada" in page and "Sam" in page


def test_join_codes_are_six_digits_and_unique_among_open_games(live, client):
    codes = {live.code}
    for _ in range(5):
        client.post("/host/sets/1/live")
    with live.app.app_context():
        codes = [g.code for g in db.session.query(Game).all()]
    assert len(codes) == len(set(codes)) == 6
    assert all(len(code) == 6 and code.isdigit() for code in codes)


def test_the_poll_gets_204_until_something_changes(live):
    page = live.host.get(f"/host/games/{live.id}", headers={"HX-Request": "true"}).text
    token = page.split("seen=", 1)[1].split('"', 1)[0]
    url = f"/host/games/{live.id}?seen={token}"
    assert live.host.get(url, headers={"HX-Request": "true"}).status_code == 204
    live.join("Ada")
    changed = live.host.get(url, headers={"HX-Request": "true"})
    assert changed.status_code == 200 and "Ada" in changed.text


def test_removed_player_is_told_and_cannot_rejoin(live):
    live.join("Ada")
    player = live.player("Ada")
    assert live.control(f"players/{player.id}/remove").status_code == 303
    assert "removed by the host" in live.screen("Ada").text
    again = live.players["Ada"].post(f"/join/{live.code}", data={"nickname": "Ada2"})
    assert again.status_code == 403
    assert "removed you" in again.text
    # A new browser cannot take the removed player's nickname either.
    assert live.join("Ada").status_code == 422


def test_a_locked_room_refuses_new_players(live):
    live.join("Ada")
    live.control("options", locked="on", late_join="on")
    response = live.join("Sam")
    assert response.status_code == 403
    assert "locked" in response.text


def test_late_joining_can_be_turned_off(live):
    live.join("Ada")
    live.control("options")  # both boxes unticked: unlocked, no late joins
    live.control("start")
    response = live.join("Late")
    assert response.status_code == 403
    assert "late joining off" in response.text


def test_a_finished_game_is_closed_to_joins(live, app):
    live.join("Ada")
    live.control("finish")
    assert app.test_client().get(f"/join/{live.code}").status_code == 404


def test_the_host_ends_a_question_early(live):
    live.join("Ada")
    live.control("start")
    assert "0 of 1 answered" in live.host.get(f"/host/games/{live.id}").text
    live.control("end-question")
    page = live.host.get(f"/host/games/{live.id}").text
    assert "Top 5" in page and "Next question" in page
    assert live.answer("Ada", live.token()).status_code == 409


def test_the_reveal_shows_counts_per_choice_and_rank_changes(live):
    for name in ("Ada", "Sam", "Kim"):
        live.join(name)
    live.control("start")
    live.answer("Ada", live.token(False))
    live.answer("Sam", live.token())
    live.answer("Kim", live.token())
    live.control("next", question=0)
    live.answer("Ada", live.token())
    live.answer("Sam", live.token(False))
    live.answer("Kim", live.token(False))
    page = live.host.get(f"/host/games/{live.id}").text
    assert 'class="live-bar-count">2<' in page and 'class="live-bar-count">1<' in page
    assert "▲ 2" in page  # Ada climbed from 3rd to 1st


def test_only_the_host_controls_the_game(live, app, hosts):
    other = app.test_client()
    intruder = hosts.create("intruder")
    with other.session_transaction() as session:
        from quizapp.models import User

        with app.app_context():
            session["_user_id"] = db.session.get(User, intruder).session_token
    for action in ("start", "finish", "end-question", "options"):
        assert other.post(f"/host/games/{live.id}/{action}").status_code == 403
    assert other.get(f"/host/games/{live.id}").status_code == 403
    assert other.get(f"/host/games/{live.id}/report.csv").status_code == 403
    anonymous = app.test_client()
    assert anonymous.post(f"/host/games/{live.id}/start").status_code == 302
    assert live.row().question_no == -1


def test_report_and_csv_list_every_answer_and_share_right(live):
    live.join("Ada")
    live.join("=cmd")
    live.control("start")
    live.answer("Ada", live.token())
    live.answer("=cmd", live.token(False))
    live.control("finish")
    assert "Game over" not in live.host.get(f"/host/games/{live.id}/report").text
    response = live.host.get(f"/host/games/{live.id}/report.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.text)))
    assert rows[1][:3] == ["1", "Ada", "1000"]
    assert rows[2][1] == "'=cmd"  # a spreadsheet shows it, never runs it
    assert rows[-1][4] == "50%"
    listing = live.host.get("/host/games").text
    assert "Romy and Michele" in listing and f"/host/games/{live.id}/report" in listing


def test_the_podium_lists_the_top_three(live):
    for name in ("Ada", "Sam", "Kim", "Lou"):
        live.join(name)
    live.control("start")
    live.answer("Sam", live.token())
    live.control("finish")
    page = live.host.get(f"/host/games/{live.id}").text
    podium = page.split('class="live-podium"', 1)[1].split("</ol>", 1)[0]
    assert podium.count("<li") == 3
    assert podium.index("Sam") < podium.index("Ada")
