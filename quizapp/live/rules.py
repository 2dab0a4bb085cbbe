"""The rules of a live game: joining, the host's controls, the shared clock and answers.

Every change is one transaction on the game's rows, guarded by a condition on the state it
expects (``WHERE question_no = :from``), so a double click, a retry or two workers racing
change the game once. Screens learn of a change through :mod:`.channel`.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

from flask import current_app
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from .. import scoring
from ..extensions import db
from ..models import Choice, Quiz, QuizQuestion, User, as_utc, now_utc
from . import channel
from .models import Game, GameAnswer, GamePlayer

LOBBY, QUESTION, REVEAL, FINISHED = "lobby", "question", "reveal", "finished"


class Refused(Exception):
    """A request the game's state does not allow; the message is shown to the person."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def grace() -> float:
    """Seconds an answer may arrive after the limit and still count, as in solo play."""
    return float(current_app.config["ANSWER_GRACE_SECONDS"])


def phase(game: Game, moment: datetime | None = None) -> str:
    """Where the game is: the lobby, a question open, its reveal, or finished.

    A question ends by itself when the limit and the grace have passed, so no worker has
    to keep a timer: whoever asks after that instant sees the reveal.
    """
    if game.finished_at is not None:
        return FINISHED
    if game.question_no < 0 or game.opened_at is None:
        return LOBBY
    if game.closed_at is not None or seconds_left(game, moment) < -grace():
        return REVEAL
    return QUESTION


def seconds_left(game: Game, moment: datetime | None = None) -> float:
    """Seconds of the open question's limit left on the server's clock (grace excluded)."""
    assert game.opened_at is not None
    elapsed = ((moment or now_utc()) - as_utc(game.opened_at)).total_seconds()
    return game.seconds_per_question - elapsed


def current_question(game: Game) -> QuizQuestion:
    """The question at ``game.question_no`` in the set's order."""
    query = (
        select(QuizQuestion)
        .where(QuizQuestion.quiz_id == game.quiz_id)
        .order_by(QuizQuestion.position, QuizQuestion.id)
        .offset(game.question_no)
        .limit(1)
    )
    return db.session.execute(query).scalar_one()


def choice_token(game: Game, choice_id: int) -> str:
    """An opaque id of a choice in one game: a keyed hash that says nothing about rightness."""
    key = current_app.config["SECRET_KEY"].encode()
    message = f"live:{game.id}:{choice_id}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:20]


# --- the host's controls ---------------------------------------------------------------


def create_game(quiz: Quiz, host: User) -> Game:
    """Open a game of ``quiz`` in its lobby under a fresh 6-digit join code."""
    total = len(quiz.questions)
    if total == 0:
        raise Refused("Add at least one question before hosting a live game.", 400)
    for _ in range(20):
        game = Game(
            code=f"{secrets.randbelow(10**6):06d}",
            quiz_id=quiz.id,
            host_id=host.id,
            seconds_per_question=quiz.seconds_per_question,
            question_total=total,
        )
        db.session.add(game)
        try:
            db.session.commit()
            return game
        except IntegrityError:
            # The code is taken by another open game: draw again.
            db.session.rollback()
    raise Refused("No free join code right now; try again in a moment.", 503)


def start(game: Game) -> bool:
    """Open the first question for everyone at one server instant.

    Returns whether this call opened it (the caller then shows it on every screen).
    """
    if phase(game) != LOBBY:
        return False
    return _advance(game, expected=-1, started=True)


def next_question(game: Game, expected: int) -> bool:
    """After question ``expected`` has ended, open the next one, or finish after the last.

    Returns whether a question was opened by this call.
    """
    if phase(game) != REVEAL or game.question_no != expected:
        raise Refused("The question on screen has moved on; the page now shows where it is.")
    if expected + 1 >= game.question_total:
        finish(game)
        return False
    return _advance(game, expected=expected)


def _advance(game: Game, expected: int, started: bool = False) -> bool:
    """Move from question ``expected`` to the next, opening it now; once however many ask.

    The screens are told by the caller, with the new question rendered once for all.
    """
    moment = now_utc()
    values: dict[str, object] = {
        "question_no": expected + 1,
        "opened_at": moment,
        "closed_at": None,
        "version": Game.version + 1,
    }
    if started:
        values["started_at"] = moment
    return _change(game, values, Game.question_no == expected, announce=False)


def end_question(game: Game) -> None:
    """End the open question now (the host's choice, or everyone has answered)."""
    if phase(game) != QUESTION:
        return
    _change(
        game,
        {"closed_at": now_utc(), "version": Game.version + 1},
        (Game.question_no == game.question_no) & Game.closed_at.is_(None),
    )


def finish(game: Game) -> None:
    """End the game: the podium shows, and the join code is free again."""
    _change(game, {"finished_at": now_utc(), "version": Game.version + 1}, True)


def set_options(game: Game, locked: bool, late_join: bool) -> None:
    """Lock the room against new players, and allow or refuse joining after the start."""
    _change(game, {"locked": locked, "late_join": late_join}, True, announce=False)


def remove_player(game: Game, player_id: int) -> GamePlayer:
    """Take a player out; their screen says so and their browser cannot join again."""
    player = db.session.get(GamePlayer, player_id)
    if player is None or player.game_id != game.id:
        raise Refused("No such player in this game.", 404)
    player.removed = True
    _change(game, {"version": Game.version + 1}, True, player_id=player.id)
    return player


def _change(
    game: Game,
    values: dict[str, object],
    condition: object,
    announce: bool = True,
    player_id: int | None = None,
) -> bool:
    """Apply ``values`` to an unfinished game if ``condition`` holds, then tell the screens.

    ``player_id`` names the one player whose screen the change is for. Returns whether
    the change was made (False when another request made it first).
    """
    query = (
        update(Game)
        .where(Game.id == game.id, Game.finished_at.is_(None), condition)  # type: ignore[arg-type]
        .values(**values)
        .returning(Game.version)
    )
    version = db.session.execute(query).scalar()
    db.session.commit()
    db.session.refresh(game)
    if version is not None and announce:
        channel.announce(game.id, version, player_id=player_id)
    return version is not None


# --- players ---------------------------------------------------------------------------


def player_of(game: Game, player_key: str | None) -> GamePlayer | None:
    """The player this browser is in ``game``, if it joined."""
    if not player_key:
        return None
    query = select(GamePlayer).where(
        GamePlayer.game_id == game.id, GamePlayer.player_key == player_key
    )
    return db.session.execute(query).scalar_one_or_none()


def join(game: Game, nickname: str, player_key: str) -> GamePlayer:
    """Add this browser to the room under ``nickname``, or give back its place (rejoin)."""
    existing = player_of(game, player_key)
    if existing is not None:
        if existing.removed:
            raise Refused("The host removed you from this game.", 403)
        return existing
    check_open(game)
    started = phase(game) != LOBBY
    player = GamePlayer(
        game_id=game.id,
        nickname=nickname,
        player_key=player_key,
        # A late joiner enters at the question after the one now on screen.
        first_question=game.question_no + 1 if started else 0,
    )
    db.session.add(player)
    try:
        db.session.commit()
    except IntegrityError as taken:
        db.session.rollback()
        message = f"The nickname “{nickname}” is taken in this game. Pick another."
        raise Refused(message, 422) from taken
    return player


def check_open(game: Game) -> None:
    """Refuse a new player when the game has ended, is locked, or has begun without late joins."""
    if game.finished_at is not None:
        raise Refused("This game has ended.", 410)
    if game.locked:
        raise Refused("The host has locked this game: no one else can join.", 403)
    if phase(game) != LOBBY and not game.late_join:
        raise Refused("This game has started and the host has turned late joining off.", 403)


def answer(game: Game, player: GamePlayer, question_no: int, token: str) -> GameAnswer:
    """Record the player's one answer to the open question, scored on the server's clock.

    A repeat returns the first answer unchanged. When every player in the question has
    answered, the question ends for everyone.
    """
    moment = now_utc()
    if player.removed:
        raise Refused("The host removed you from this game.", 403)
    first = answer_of(player, question_no)
    if first is not None:
        return first
    if question_no != game.question_no or phase(game, moment) != QUESTION:
        raise Refused("That question is not open any more.")
    if question_no < player.first_question:
        raise Refused("You joined during this question: you play from the next one.")
    question = current_question(game)
    choice = _choice_named(game, question, token)
    row = _score(game, player, question, choice, moment)
    db.session.add(row)
    try:
        db.session.flush()
    except IntegrityError:
        # A simultaneous request from the same player stored the answer first.
        db.session.rollback()
        stored = answer_of(player, question_no)
        assert stored is not None
        return stored
    _add_to_player(player, row)
    db.session.commit()
    if _everyone_answered(game):
        end_question(game)
    return row


def _choice_named(game: Game, question: QuizQuestion, token: str) -> Choice:
    """The choice of ``question`` that ``token`` names; 400 for anything else."""
    for choice in question.choices:
        if hmac.compare_digest(choice_token(game, choice.id), token):
            return choice
    raise Refused("That choice does not belong to this question.", 400)


def _score(
    game: Game, player: GamePlayer, question: QuizQuestion, choice: Choice, moment: datetime
) -> GameAnswer:
    """The answer row with its points: speed from the question's opening, plus the streak."""
    assert game.opened_at is not None
    elapsed = (moment - as_utc(game.opened_at)).total_seconds()
    limit = game.seconds_per_question
    base = scoring.answer_points(choice.is_right, elapsed, limit, grace())
    counted = base > 0
    streak = _streak_before(player, game.question_no) + 1
    return GameAnswer(
        game_id=game.id,
        player_id=player.id,
        question_no=game.question_no,
        question_id=question.id,
        choice_id=choice.id,
        answered_at=moment,
        elapsed_ms=round(min(max(elapsed, 0.0), limit + grace()) * 1000),
        correct=counted,
        points=base + scoring.streak_bonus(streak) if counted else 0,
    )


def _streak_before(player: GamePlayer, question_no: int) -> int:
    """Right answers in a row up to the question before ``question_no``; a gap breaks it."""
    return player.streak if player.streak_question == question_no - 1 else 0


def _add_to_player(player: GamePlayer, row: GameAnswer) -> None:
    """Add one scored answer to the player's totals and streak, in the same transaction."""
    streak = _streak_before(player, row.question_no) + 1 if row.correct else 0
    db.session.execute(
        update(GamePlayer)
        .where(GamePlayer.id == player.id)
        .values(
            score=GamePlayer.score + row.points,
            right_count=GamePlayer.right_count + int(row.correct),
            streak=streak,
            streak_question=row.question_no,
        )
    )


def answer_of(player: GamePlayer, question_no: int) -> GameAnswer | None:
    """The player's stored answer to question ``question_no``, if any."""
    query = select(GameAnswer).where(
        GameAnswer.player_id == player.id, GameAnswer.question_no == question_no
    )
    return db.session.execute(query).scalar_one_or_none()


def in_question(game: Game) -> int:
    """How many players take part in the open question (not removed, not joined late)."""
    query = select(func.count(GamePlayer.id)).where(
        GamePlayer.game_id == game.id,
        GamePlayer.removed.is_(False),
        GamePlayer.first_question <= game.question_no,
    )
    return db.session.execute(query).scalar_one()


def answered(game: Game) -> int:
    """How many answers the open question has received."""
    query = (
        select(func.count(GameAnswer.id))
        .join(GamePlayer, GamePlayer.id == GameAnswer.player_id)
        .where(
            GameAnswer.game_id == game.id,
            GameAnswer.question_no == game.question_no,
            GamePlayer.removed.is_(False),
        )
    )
    return db.session.execute(query).scalar_one()


def _everyone_answered(game: Game) -> bool:
    """Whether every player in the open question has answered it."""
    return answered(game) >= in_question(game)
