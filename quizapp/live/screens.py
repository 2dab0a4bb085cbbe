"""What each screen of a live game shows, read fresh from the database on every render.

The player's phone and the host's big screen are each one template with one ``screen``
block; a whole page, an htmx swap and a stream event all render that block from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import segno
from flask import render_template, url_for
from jinja2_fragments.flask import render_block
from markupsafe import Markup

from ..models import QuizQuestion
from . import channel, rules, standings
from .models import Game, GamePlayer

PLAYER_TEMPLATE = "live/player.html"
HOST_TEMPLATE = "live/host.html"


@dataclass(frozen=True)
class ShownChoice:
    """A choice as a screen shows it: its text, its opaque id, and its place (1, 2, ...)."""

    number: int
    token: str
    text: str
    id: int
    is_right: bool


def shown_choices(game: Game, question: QuizQuestion) -> list[ShownChoice]:
    """The question's choices in the host's order, the same on every screen."""
    return [
        ShownChoice(number, rules.choice_token(game, c.id), c.text, c.id, c.is_right)
        for number, c in enumerate(question.choices, start=1)
    ]


def _question_context(game: Game, phase: str) -> dict[str, Any]:
    """The open or last question, its choices and the time left, for either screen."""
    if phase not in (rules.QUESTION, rules.REVEAL):
        return {}
    question = rules.current_question(game)
    return {
        "question": question,
        "choices": shown_choices(game, question),
        "seconds_left": max(rules.seconds_left(game), 0.0),
        "grace": rules.grace(),
    }


def player_context(game: Game, player: GamePlayer) -> dict[str, Any]:
    """Everything the player's screen needs for where the game is now."""
    phase = rules.phase(game)
    context: dict[str, Any] = {"game": game, "player": player, "phase": phase}
    context.update(_question_context(game, phase))
    if phase in (rules.QUESTION, rules.REVEAL):
        context["answer"] = rules.answer_of(player, game.question_no)
    if phase in (rules.REVEAL, rules.FINISHED):
        rows = standings.standings(game)
        context["standing"], context["ahead"] = standings.place_of(rows, player.id)
        context["player_count"] = len(rows)
    return context


def player_screen(game: Game, player: GamePlayer) -> str:
    """The player's screen as an htmx fragment (the inside of ``#screen``)."""
    return render_block(PLAYER_TEMPLATE, "screen", **player_context(game, player))


def player_page(game: Game, player: GamePlayer) -> str:
    """The player's whole page, for a first visit, a reload, or a browser without JavaScript."""
    return render_template(PLAYER_TEMPLATE, **player_context(game, player))


def announce_question(game: Game) -> None:
    """Show the question just opened on every player's screen, rendered once for all.

    No player has answered it yet, so the one fragment (with no CSRF field: htmx sends the
    token as a header) is right for everyone.
    """
    context = {"game": game, "player": None, "phase": rules.QUESTION, "answer": None}
    context.update(_question_context(game, rules.QUESTION))
    html = render_block(PLAYER_TEMPLATE, "screen", broadcast=True, **context)
    channel.announce(game.id, game.version, html=html)


def host_token(game: Game) -> str:
    """A short summary of what the host's screen shows; equal tokens mean nothing to redraw."""
    phase = rules.phase(game)
    counts = [standings.player_count(game)]
    if phase == rules.QUESTION:
        counts.append(rules.answered(game))
    return f"{game.version}.{phase}.{game.locked:d}{game.late_join:d}." + ".".join(map(str, counts))


def host_context(game: Game) -> dict[str, Any]:
    """Everything the host's big screen needs for where the game is now."""
    phase = rules.phase(game)
    context: dict[str, Any] = {"game": game, "phase": phase, "token": host_token(game)}
    context["players"] = standings.players(game)
    context.update(_question_context(game, phase))
    if phase == rules.LOBBY:
        context["join_url"] = url_for("live.join_code", code=game.code, _external=True)
        context["qr_svg"] = qr_svg(context["join_url"])
    if phase == rules.QUESTION:
        context["answered"] = rules.answered(game)
        context["taking_part"] = rules.in_question(game)
    if phase == rules.REVEAL:
        context["counts"] = standings.choice_counts(game, context["question"])
    if phase in (rules.REVEAL, rules.FINISHED):
        context["standings"] = standings.standings(game)
    return context


def qr_svg(url: str) -> Markup:
    """A QR code of ``url`` as inline SVG, drawn on the server (no outside service)."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(scale=8, border=2, dark="#000", light="#fff", omitsize=True)
    return Markup(svg)
