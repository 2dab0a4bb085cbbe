"""The leaderboard page and the fragment it polls."""

from __future__ import annotations

import secrets

from flask import Blueprint, abort, current_app, request, session
from flask_login import current_user
from sqlalchemy import select

from ..converters import database_int
from ..extensions import db
from ..models import Play, Quiz
from ..rendering import is_htmx, render
from . import queries

bp = Blueprint("board", __name__)


@bp.get("/leaderboard")
def index():
    """Show the leaderboard of one quiz or all quizzes; polling gets only its rows."""
    period = request.args.get("period", "all")
    if period not in queries.PERIODS:
        abort(400, "Pick today, week or all.")
    quiz = _quiz_from_args()
    block = (
        "board_rows" if is_htmx() and request.headers.get("HX-Target") == "board-rows" else "board"
    )
    public = db.session.execute(
        select(Quiz).where(Quiz.status == "published", Quiz.visibility == "public")
    ).scalars()
    return render(
        "board/index.html",
        block,
        quiz=quiz,
        quizzes=list(public),
        period=period,
        periods=queries.PERIODS,
        plays=queries.top_plays(quiz.id if quiz else None, period),
        is_mine=_is_mine,
        min_questions=queries.MIN_BOARD_QUESTIONS,
        poll_seconds=current_app.config["LEADERBOARD_POLL_SECONDS"],
    )


def _quiz_from_args() -> Quiz | None:
    """The quiz named by ``?quiz=``, or None for all quizzes.

    404 for an unknown or draft quiz, and for an unlisted one unless ``?key=`` is its share
    token: its title is shown only to those who have its link.
    """
    raw = request.args.get("quiz", "")
    if not raw:
        return None
    if (quiz_id := database_int(raw)) is None:
        abort(404)
    quiz = db.get_or_404(Quiz, quiz_id)
    if quiz.status != "published" or not _may_see(quiz):
        abort(404)
    return quiz


def _may_see(quiz: Quiz) -> bool:
    """Whether the viewer may see this quiz's board: public, or unlisted with its token."""
    if quiz.visibility == "public":
        return True
    return secrets.compare_digest(request.args.get("key", ""), quiz.share_token)


def _is_mine(play: Play) -> bool:
    """Whether the viewer made this play, in this browser or under their account."""
    if play.player_key == session.get("player_key"):
        return True
    return bool(current_user.is_authenticated and play.user_id == current_user.id)
