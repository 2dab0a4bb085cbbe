"""The rules of a play: which question is open, how long is left, and recording answers.

Every function reads and writes the database only, so any worker can serve any request.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import secrets
from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from sqlalchemy import exists, select, update
from sqlalchemy.exc import IntegrityError

from .. import scoring
from ..extensions import db
from ..models import Answer, Choice, Play, Quiz, QuizQuestion, User, as_utc, now_utc


@dataclass(frozen=True)
class ShownChoice:
    """A choice as the player sees it: its text and an opaque id that reveals nothing."""

    token: str
    text: str
    choice: Choice


def start_play(quiz: Quiz, nickname: str, player_key: str, user: User | None) -> Play:
    """Begin a play; it is ranked only if this player has not played the quiz before."""
    play = Play(
        quiz=quiz,
        nickname=nickname,
        player_key=player_key,
        user=user,
        shuffle_seed=secrets.randbelow(2**31),
        ranked=not _has_played(quiz, player_key, user),
    )
    db.session.add(play)
    db.session.commit()
    return play


def _has_played(quiz: Quiz, player_key: str, user: User | None) -> bool:
    """Whether this browser or account already started a play of ``quiz``."""
    same_player = Play.player_key == player_key
    if user is not None:
        same_player = same_player | (Play.user_id == user.id)
    query = select(exists().where(Play.quiz_id == quiz.id, same_player))
    return bool(db.session.execute(query).scalar())


def open_answer(play: Play) -> Answer | None:
    """The question now before the player, shown (and its clock started) on first call.

    Returns None once every question has been answered.
    """
    for answer in play.answers:
        if not answer.is_answered:
            return answer
    position = len(play.answers)
    if position >= len(play.quiz.questions):
        return None
    answer = Answer(
        play=play,
        question_id=play.quiz.questions[position].id,
        position=position,
        shown_at=now_utc(),
    )
    db.session.add(answer)
    try:
        db.session.commit()
    except IntegrityError:
        # Another request showed this question first; its clock is the one that counts.
        db.session.rollback()
        db.session.refresh(play)
        return open_answer(play)
    return answer


def seconds_left(answer: Answer, limit: int) -> float:
    """Seconds before the server stops accepting an answer to ``answer`` (grace excluded)."""
    return limit - _elapsed(answer, now_utc())


def _elapsed(answer: Answer, moment: datetime) -> float:
    """Seconds between showing the question and ``moment``."""
    return (as_utc(moment) - as_utc(answer.shown_at)).total_seconds()


def is_expired(answer: Answer, limit: int) -> bool:
    """Whether the time and the grace for ``answer`` have run out."""
    return seconds_left(answer, limit) < -current_app.config["ANSWER_GRACE_SECONDS"]


def shown_choices(play: Play, question: QuizQuestion) -> list[ShownChoice]:
    """The choices of ``question`` in this play's own order, each with its opaque id."""
    choices = list(question.choices)
    random.Random(f"{play.shuffle_seed}:{question.id}").shuffle(choices)
    return [ShownChoice(choice_token(play, c), c.text, c) for c in choices]


def choice_token(play: Play, choice: Choice) -> str:
    """An id for ``choice`` valid only in ``play``: a keyed hash, so it cannot be forged."""
    key = current_app.config["SECRET_KEY"].encode()
    message = f"choice:{play.id}:{choice.id}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:20]


def find_choice(play: Play, question: QuizQuestion, token: str) -> Choice | None:
    """The choice of ``question`` that ``token`` names in this play, if any."""
    for shown in shown_choices(play, question):
        if hmac.compare_digest(shown.token, token):
            return shown.choice
    return None


def record_answer(play: Play, answer: Answer, choice: Choice | None) -> Answer:
    """Store the answer once and add its points; a repeat changes nothing.

    ``choice`` None means the time ran out. The conditional update lets exactly one of
    several simultaneous requests win, on SQLite and PostgreSQL alike.
    """
    answered_at = now_utc()
    limit = play.quiz.seconds_per_question
    elapsed = _elapsed(answer, answered_at)
    grace = current_app.config["ANSWER_GRACE_SECONDS"]
    right = choice is not None and choice.is_right
    base = scoring.answer_points(right, elapsed, limit, grace)
    counted = base > 0
    points = base + scoring.streak_bonus(_streak_before(play, answer) + 1) if counted else 0
    won = db.session.execute(
        update(Answer)
        .where(Answer.id == answer.id, Answer.answered_at.is_(None))
        .values(
            answered_at=answered_at,
            choice_id=choice.id if choice else None,
            correct=counted,
            elapsed_ms=round(min(elapsed, limit + grace) * 1000),
            points=points,
        )
    ).rowcount
    if won:
        _add_to_play(play, answer, points, counted, round(min(elapsed, limit) * 1000))
    db.session.commit()
    # Only the columns the two UPDATEs wrote; the quiz, its questions and choices stay loaded.
    db.session.refresh(answer, ["answered_at", "choice_id", "correct", "elapsed_ms", "points"])
    db.session.refresh(play, ["score", "right_count", "total_ms", "finished_at"])
    return answer


def _streak_before(play: Play, answer: Answer) -> int:
    """Right answers in a row just before ``answer``."""
    streak = 0
    for earlier in sorted(play.answers, key=lambda a: a.position):
        if earlier.position < answer.position:
            streak = scoring.next_streak(streak, earlier.correct)
    return streak


def _add_to_play(play: Play, answer: Answer, points: int, counted: bool, ms: int) -> None:
    """Add one answer's result to the play's totals, finishing it after the last question."""
    values: dict[str, object] = {
        "score": Play.score + points,
        "right_count": Play.right_count + int(counted),
        "total_ms": Play.total_ms + ms,
    }
    if answer.position == len(play.quiz.questions) - 1:
        values["finished_at"] = now_utc()
    db.session.execute(update(Play).where(Play.id == play.id).values(**values))
