"""The player's way through a live game: join by code, the phone screen, answers, the stream."""

from __future__ import annotations

import time
from collections.abc import Iterator

from flask import (
    Response,
    abort,
    current_app,
    redirect,
    request,
    session,
    stream_with_context,
    url_for,
)
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from ..converters import database_int
from ..extensions import db
from ..play.forms import NicknameForm
from ..play.routes import player_key
from ..rendering import is_htmx, render
from . import bp, rules, screens
from .channel import Listener
from .models import Game, GamePlayer
from .player_forms import CodeForm


@bp.route("/join", methods=["GET", "POST"])
def join():
    """Ask for the game code, then go on to the nickname."""
    form = CodeForm()
    if form.validate_on_submit():
        if _open_game(form.code.data) is not None:
            return redirect(url_for("live.join_code", code=form.code.data), 303)
        form.code.errors.append("No open game has that code. Check the host's screen.")
    status = 422 if form.is_submitted() else 200
    return render("live/join.html", "content", status, form=form, game=None)


@bp.route("/join/<code>", methods=["GET", "POST"])
def join_code(code: str):
    """Join the game with this code under a nickname (the QR code's link lands here)."""
    game = _open_game(code)
    if game is None:
        abort(404, "No open game has that code. Check the host's screen.")
    player = rules.player_of(game, session.get("player_key"))
    if player is not None and not player.removed:
        return redirect(url_for("live.screen", game_id=game.id), 303)
    form = NicknameForm()
    error = None
    if form.validate_on_submit():
        try:
            rules.join(game, form.nickname.data, player_key())
            return redirect(url_for("live.screen", game_id=game.id), 303)
        except rules.Refused as refused:
            form.nickname.errors.append(refused.message)
            error = refused
    else:
        error = _refusal(game, player)
    status = error.status if error else (422 if form.is_submitted() else 200)
    message = error.message if error else None
    return render("live/join.html", "content", status, form=form, game=game, refused=message)


def _refusal(game: Game, player: GamePlayer | None) -> rules.Refused | None:
    """Why this browser cannot join, before it types a nickname; None if it can."""
    if player is not None and player.removed:
        return rules.Refused("The host removed you from this game.", 403)
    try:
        rules.check_open(game)
    except rules.Refused as refused:
        return refused
    return None


def _open_game(code: str) -> Game | None:
    """The unfinished game with this join code."""
    if not (len(code) == 6 and code.isdigit()):
        return None
    query = select(Game).where(Game.code == code, Game.finished_at.is_(None))
    return db.session.execute(query).scalar_one_or_none()


def _own_player(game_id: int) -> tuple[Game, GamePlayer]:
    """The game and this browser's player in it; 404 for no game, 403 for a stranger."""
    game = db.get_or_404(Game, game_id)
    player = rules.player_of(game, session.get("player_key"))
    if player is None:
        abort(403, "You are not in this game. Join it with its code.")
    return game, player


@bp.get("/live/<int:game_id>")
def screen(game_id: int):
    """The player's screen: where the game is now, with the server's time left."""
    game, player = _own_player(game_id)
    if is_htmx():
        body = screens.player_screen(game, player)
    else:
        body = screens.player_page(game, player)
    response = Response(body)
    response.vary.add("HX-Request")
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.post("/live/<int:game_id>/answer")
def answer(game_id: int) -> ResponseReturnValue:
    """Record the player's answer to the open question, once; then "Answer locked in"."""
    game, player = _own_player(game_id)
    number = database_int(request.form.get("question"))
    if number is None:
        abort(400, "The answer names no question.")
    try:
        rules.answer(game, player, number, request.form.get("choice", ""))
    except rules.Refused as refused:
        abort(refused.status, refused.message)
    if is_htmx():
        db.session.refresh(game)
        return screens.player_screen(game, player)
    return redirect(url_for("live.screen", game_id=game.id), 303)


@bp.get("/live/<int:game_id>/stream")
def stream(game_id: int) -> Response:
    """Server-Sent Events: the player's screen each time the game changes.

    The first event is the screen as it is now, so a reconnect after a lost connection or a
    locked phone shows the current question with the server's time left.
    """
    game, player = _own_player(game_id)
    listener = Listener(game.id, game.version)
    events = _events(game.id, player.id, listener)
    response = Response(stream_with_context(events), mimetype="text/event-stream")
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Accel-Buffering"] = "no"
    return response


def _events(game_id: int, player_id: int, listener: Listener) -> Iterator[str]:
    """The stream's events until the game ends, the player is removed, or time is up."""
    deadline = time.monotonic() + float(current_app.config["LIVE_STREAM_SECONDS"])
    event, over = _fresh_screen(game_id, player_id)
    yield event
    for change in listener:
        if time.monotonic() > deadline:
            return  # the browser reconnects; a stream of a closed tab ends here
        if change is None:
            yield ": keep-alive\n\n"
        elif change.player_id in (None, player_id):
            if change.html:
                yield _sse("screen", change.html)
                continue
            event, over = _fresh_screen(game_id, player_id)
            yield event
            if over:
                yield _sse("end", "")
                return


def _fresh_screen(game_id: int, player_id: int) -> tuple[str, bool]:
    """The player's screen as an event, read from the database, and whether nothing more
    will change for them (the game ended, or they were removed); then the connection goes
    back to the pool."""
    try:
        game = db.session.get(Game, game_id, populate_existing=True)
        player = db.session.get(GamePlayer, player_id, populate_existing=True)
        assert game is not None and player is not None
        over = game.finished_at is not None or player.removed
        return _sse("screen", screens.player_screen(game, player)), over
    finally:
        db.session.close()


def _sse(event: str, data: str) -> str:
    """One Server-Sent Event; every line of ``data`` gets its own ``data:`` field."""
    lines = "".join(f"data: {line}\n" for line in data.splitlines() or [""])
    return f"event: {event}\n{lines}\n"
