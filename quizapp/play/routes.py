"""Views of the play flow: home, start, question, answer and results."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from .. import board, scoring
from ..converters import database_int
from ..extensions import db
from ..models import Play, Quiz, new_token, question_count
from ..rendering import is_htmx, render
from . import game, receipts, rows
from .forms import NicknameForm

bp = Blueprint("play", __name__)


@bp.get("/")
def index():
    """List the public quizzes with their best score."""
    # A correlated max per quiz reads one index entry each, however many plays there are.
    best = (
        select(func.max(Play.score))
        .where(Play.quiz_id == Quiz.id, Play.ranked, Play.finished_at.is_not(None))
        .scalar_subquery()
    )
    listed = db.session.execute(
        select(Quiz, question_count(Quiz.id), best)
        .where(Quiz.status == "published", Quiz.visibility == "public")
        .order_by(Quiz.created_at.desc(), Quiz.id.desc())
    ).all()
    return render("play/index.html", "content", quizzes=listed)


@bp.route("/quiz/<int:quiz_id>", methods=["GET", "POST"])
def start(quiz_id: int):
    """Show a public quiz and start a play under the nickname typed."""
    quiz = db.get_or_404(Quiz, quiz_id)
    if quiz.visibility != "public":
        abort(404)
    return _start(quiz)


@bp.route("/q/<token>", methods=["GET", "POST"])
def shared(token: str):
    """Show a quiz reached by its share link, public or unlisted."""
    quiz = db.one_or_404(select(Quiz).where(Quiz.share_token == token))
    return _start(quiz)


def _start(quiz: Quiz) -> ResponseReturnValue:
    """Render the start form, or begin the play and go to its first question."""
    if not quiz.is_playable:
        abort(404)
    form = NicknameForm()
    if not form.is_submitted() and current_user.is_authenticated:
        form.nickname.data = current_user.username
    if form.validate_on_submit():
        user = current_user if current_user.is_authenticated else None
        play_id = game.start_play(quiz, form.nickname.data, player_key(), user)
        return redirect(url_for("play.question", play_id=play_id), 303)
    status = 422 if form.is_submitted() else 200
    return render("play/start.html", "content", status, quiz=quiz, form=form)


@bp.before_request
def _account_first() -> None:
    """Read a signed-in player's account before the play, so both share one connection.

    A whole page shows the account in its header; read after the play flow took its own
    connection, it would hold a second one (quizapp.sql.connection says why not). An
    htmx fragment never reads it.
    """
    if not is_htmx():
        _ = current_user.is_authenticated


def player_key() -> str:
    """This browser's key, kept in its signed session cookie (solo play and live games)."""
    if "player_key" not in session:
        session["player_key"] = new_token()
        session.permanent = True
    return session["player_key"]


def _own_play(play_id: str) -> rows.PlayRow:
    """The play with this id, if this browser started it; 404 or 403 otherwise."""
    play = rows.play_by_public_id(play_id)
    if play is None:
        abort(404)
    _check_owner(play.player_key)
    return play


def _check_owner(player_key: str) -> None:
    """403 unless this browser started the play."""
    if session.get("player_key") != player_key:
        abort(403, "This play was started in another browser. Start your own from the home page.")


@bp.get("/play/<play_id>")
def question(play_id: str):
    """Show the open question with the time left, or its result once time is up."""
    play = _own_play(play_id)
    if game.end_if_set_changed(play):
        return _ended_by_edit(play)
    answer = game.open_answer(play) if play.finished_at is None else None
    if answer is None:
        return redirect(url_for("play.results", play_id=play.public_id), 303)
    if game.is_expired(answer, play.seconds_per_question):
        play, answer = game.record_answer(play, answer, None)
    return _render_card(play, answer)


@bp.post("/play/<play_id>/answer")
def answer(play_id: str):
    """Record the answer to the open question (once) and show how it went."""
    position = database_int(request.form.get("position"))
    if position is None:
        abort(400, "The form names no question.")
    play = _own_play(play_id)
    if game.end_if_set_changed(play):
        return _ended_by_edit(play)
    target = rows.answer_at(play, position)
    if target is None:
        abort(409)
    if not target.is_answered and play.finished_at is None:
        received = game.arrival(play, target, request.form.get("receipt", ""))
        try:
            play, target = game.record_answer(play, target, _chosen(play, target), received)
        except SQLAlchemyError:
            # The database failed to store it: the 503 carries this proof of arrival.
            g.receipt = receipts.issue(play.public_id, position, received)
            raise
    return _render_card(play, target)


@bp.after_request
def _hand_back_receipt(response: Response) -> Response:
    """Give a failed answer its receipt, for the page to send back with the retry."""
    receipt = g.get("receipt")
    if receipt and response.status_code == 503:
        response.headers[receipts.HEADER] = receipt
    return response


def _ended_by_edit(play: rows.PlayRow) -> Response:
    """Tell the player why their play ended, on the results page (a whole page for htmx)."""
    flash("The host edited this set while you played, so your play ended at its score so far.")
    target = url_for("play.results", play_id=play.public_id)
    if is_htmx():
        return Response(status=204, headers={"HX-Redirect": target})
    return redirect(target, 303)


def _chosen(play: rows.PlayRow, target: rows.AnswerRow) -> rows.ChoiceRow | None:
    """The choice the form names, None for a timeout; 400 for an id of another question."""
    token = request.form.get("choice", "")
    if not token:
        return None
    choice = game.find_choice(play, target.question, token)
    if choice is None:
        abort(400, "That choice does not belong to this question.")
    return choice


def _render_card(play: rows.PlayRow, answer: rows.AnswerRow) -> Response:
    """Render the question card: the open question, or the feedback on an answered one."""
    limit = play.seconds_per_question
    return render(
        "play/question.html",
        "question_card",
        play=play,
        answer=answer,
        question=answer.question,
        total=play.question_total,
        # The feedback on an answered question shows no buttons, so it needs no tokens.
        choices=() if answer.is_answered else game.shown_choices(play, answer.question),
        seconds_left=max(game.seconds_left(answer, limit), 0.0),
        limit=limit,
        auto_advance=current_app.config["AUTO_ADVANCE_SECONDS"],
    )


@bp.get("/play/<play_id>/results")
def results(play_id: str):
    """Show the score, the breakdown per question and the rank on the leaderboard."""
    play = rows.result_of(play_id)
    if play is None:
        abort(404)
    _check_owner(play.player_key)
    if play.finished_at is None:
        return redirect(url_for("play.question", play_id=play.public_id), 303)
    rank = board.rank_of(play.quiz_id, play.score, play.finished_at) if play.ranked else None
    return render(
        "play/results.html",
        "content",
        play=play,
        answers=rows.answers_of(play.id, play.quiz_id, play.revision),
        rank=rank,
        scoring=scoring,
        grace=current_app.config["ANSWER_GRACE_SECONDS"],
    )
