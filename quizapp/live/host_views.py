"""The host's side of a live game: open it, the big screen, the controls, the report.

Every control is a plain form post (CSRF-checked like every post) that answers with a 303
back to the big screen, so it works with or without JavaScript; with JavaScript the screen
redraws itself when something changed.
"""

from __future__ import annotations

import csv
import io

from flask import Response, abort, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from sqlalchemy import func, select

from ..converters import database_int
from ..extensions import db
from ..host.access import owned_quiz
from ..rendering import render
from . import bp, rules, screens, standings
from .models import Game, GamePlayer


def owned_game(game_id: int) -> Game:
    """The signed-in host's game ``game_id``: 404 if missing, 403 if someone else's."""
    game = db.get_or_404(Game, game_id)
    if game.host_id != current_user.id:
        abort(403, "Only the host of this game can control it.")
    return game


def _to_screen(game: Game) -> Response:
    """Back to the host's big screen."""
    return redirect(url_for("live.host_screen", game_id=game.id), 303)


@bp.post("/host/sets/<int:quiz_id>/live")
@login_required
def new_game(quiz_id: int) -> ResponseReturnValue:
    """Open a live game of one of the host's sets, published or not, in its lobby."""
    quiz = owned_quiz(quiz_id)
    try:
        game = rules.create_game(quiz, current_user)
    except rules.Refused as refused:
        abort(refused.status, refused.message)
    return _to_screen(game)


@bp.get("/host/games/<int:game_id>")
@login_required
def host_screen(game_id: int) -> ResponseReturnValue:
    """The big screen: lobby, question, reveal or podium; 204 to a poll when nothing changed."""
    game = owned_game(game_id)
    if request.args.get("seen") == screens.host_token(game):
        return Response(status=204)
    response = render("live/host.html", "screen", **screens.host_context(game))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/host/games/<int:game_id>/start")
@login_required
def start(game_id: int) -> Response:
    """Open the first question for everyone."""
    game = owned_game(game_id)
    if rules.start(game):
        screens.announce_question(game)
    return _to_screen(game)


@bp.post("/host/games/<int:game_id>/next")
@login_required
def next_question(game_id: int) -> Response:
    """Open the next question, or show the podium after the last."""
    game = owned_game(game_id)
    expected = database_int(request.form.get("question"))
    if expected is None:
        abort(400, "The form names no question.")
    try:
        if rules.next_question(game, expected):
            screens.announce_question(game)
    except rules.Refused:
        pass  # a second click: the screen already shows where the game is
    return _to_screen(game)


@bp.post("/host/games/<int:game_id>/end-question")
@login_required
def end_question(game_id: int) -> Response:
    """End the open question now and show its answer."""
    game = owned_game(game_id)
    rules.end_question(game)
    return _to_screen(game)


@bp.post("/host/games/<int:game_id>/finish")
@login_required
def finish(game_id: int) -> Response:
    """End the game now and show the podium."""
    game = owned_game(game_id)
    if game.finished_at is None:
        rules.finish(game)
    return _to_screen(game)


@bp.post("/host/games/<int:game_id>/options")
@login_required
def options(game_id: int) -> Response:
    """Lock or unlock the room, and allow or refuse late joining."""
    game = owned_game(game_id)
    rules.set_options(
        game,
        locked=request.form.get("locked") == "on",
        late_join=request.form.get("late_join") == "on",
    )
    return _to_screen(game)


@bp.post("/host/games/<int:game_id>/players/<int:player_id>/remove")
@login_required
def remove_player(game_id: int, player_id: int) -> Response:
    """Remove a player: their phone says so, and they cannot join again."""
    game = owned_game(game_id)
    try:
        rules.remove_player(game, player_id)
    except rules.Refused as refused:
        abort(refused.status, refused.message)
    return _to_screen(game)


@bp.get("/host/games")
@login_required
def games() -> ResponseReturnValue:
    """The host's live games, newest first, with their player counts."""
    players = (
        select(func.count(GamePlayer.id))
        .where(GamePlayer.game_id == Game.id, GamePlayer.removed.is_(False))
        .scalar_subquery()
    )
    rows = db.session.execute(
        select(Game, players)
        .where(Game.host_id == current_user.id)
        .order_by(Game.created_at.desc(), Game.id.desc())
    ).all()
    return render("live/games.html", "content", rows=rows)


@bp.get("/host/games/<int:game_id>/report")
@login_required
def report(game_id: int) -> ResponseReturnValue:
    """Every player's answers and each question's share right."""
    game = owned_game(game_id)
    return render("live/report.html", "content", game=game, report=standings.report(game))


@bp.get("/host/games/<int:game_id>/report.csv")
@login_required
def report_csv(game_id: int) -> Response:
    """The report as CSV: one row per player, one column per question, then the total."""
    game = owned_game(game_id)
    data = standings.report(game)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["rank", "nickname", "score", "right"]
        + [_text(f"Q{n}: {q.prompt}") for n, q in enumerate(data.questions, start=1)]
    )
    ranks = standings.ranks({p.id: p.score for p in data.players})
    for player in data.players:
        cells = [_cell(data, player, n) for n in range(len(data.questions))]
        name = _text(player.nickname)
        writer.writerow([ranks[player.id], name, player.score, player.right_count, *cells])
    writer.writerow(
        ["", "share right", "", ""]
        + ["" if share is None else f"{share:.0%}" for share in data.share_right]
    )
    filename = f"live-game-{game.id}-report.csv"
    return Response(
        out.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _cell(data: standings.Report, player: GamePlayer, number: int) -> str:
    """A player's answer to question ``number`` as the CSV shows it."""
    if number < player.first_question:
        return "(joined later)"
    answer = data.answers.get((player.id, number))
    if answer is None:
        return "(no answer)"
    choice = answer.choice.text if answer.choice else "?"
    verdict = "right" if answer.correct else "wrong"
    return _text(f"{choice} ({verdict}, {answer.points} pts)")


def _text(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
