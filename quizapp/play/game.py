"""The rules of a play: which question is open, how long is left, and recording answers.

Every function reads and writes the database only, so any worker can serve any request.
"""

from __future__ import annotations

import hmac
import random
import secrets
from dataclasses import dataclass, replace
from datetime import datetime

from flask import current_app
from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError

from .. import scoring, sql
from ..extensions import db
from ..models import Play, Quiz, User, as_utc, new_token, now_utc
from . import receipts, rows
from .content import ChoiceRow, QuestionRow
from .rows import AnswerRow, PlayRow


@dataclass(frozen=True)
class ShownChoice:
    """A choice as the player sees it: its text and an opaque id that reveals nothing."""

    token: str
    text: str
    choice: ChoiceRow


def start_play(quiz: Quiz, nickname: str, player_key: str, user: User | None) -> str:
    """Begin a play and return its public id.

    Only a player's first play of a quiz is ranked, and never the owner's play of their own
    quiz. The check is a fast path; unique partial indexes on the ranked play per browser
    and per account make the rule hold when several starts race: the losers are practice.
    """
    ranked = not _is_owner(quiz, user) and not _has_played(quiz, player_key, user)
    try:
        return _insert_play(quiz, nickname, player_key, user, ranked)
    except IntegrityError:
        db.session.rollback()
        return _insert_play(quiz, nickname, player_key, user, ranked=False)


def _insert_play(
    quiz: Quiz, nickname: str, player_key: str, user: User | None, ranked: bool
) -> str:
    """Write a new play and commit it; IntegrityError if a ranked one exists already."""
    public_id = new_token()
    db.session.add(
        Play(
            public_id=public_id,
            quiz_id=quiz.id,
            nickname=nickname,
            player_key=player_key,
            user_id=user.id if user else None,
            shuffle_seed=secrets.randbelow(2**31),
            quiz_revision=quiz.revision,
            ranked=ranked,
            best_possible=scoring.best_possible(len(quiz.questions)),
        )
    )
    db.session.commit()
    return public_id


def _is_owner(quiz: Quiz, user: User | None) -> bool:
    """Whether ``user`` hosts ``quiz``: they know its answers, so their plays never rank."""
    return user is not None and quiz.owner_id == user.id


def _has_played(quiz: Quiz, player_key: str, user: User | None) -> bool:
    """Whether this browser or account already started a play of ``quiz``."""
    same_player = Play.player_key == player_key
    if user is not None:
        same_player = same_player | (Play.user_id == user.id)
    query = select(exists().where(Play.quiz_id == quiz.id, same_player))
    return bool(db.session.execute(query).scalar())


def end_if_set_changed(play: PlayRow) -> bool:
    """End an open play, at its score so far, if its set was edited since it started.

    A play is of the set as it was when it started: after questions moved, went or came,
    its positions no longer name the same questions, so it cannot go on. Returns whether
    the play ended here.
    """
    if play.finished_at is not None or not play.set_changed:
        return False
    rows.end(play, now_utc())
    sql.commit()
    return True


def open_answer(play: PlayRow) -> AnswerRow | None:
    """The question now before the player, shown (and its clock started) on first call.

    Returns None once every question has been answered.
    """
    last = play.last
    if last is not None and not last.is_answered:
        return last
    position = 0 if last is None else last.position + 1
    if position >= play.question_total:
        return None
    try:
        shown = rows.show_question(play, position, now_utc())
        sql.commit()
    except IntegrityError:
        # Another request showed this question first; its clock is the one that counts.
        sql.rollback()
        return rows.answer_at(play, position)
    return shown


def seconds_left(answer: AnswerRow, limit: int) -> float:
    """Seconds before the server stops accepting an answer to ``answer`` (grace excluded)."""
    return limit - _elapsed(answer, now_utc())


def _elapsed(answer: AnswerRow, moment: datetime) -> float:
    """Seconds between showing the question and ``moment``."""
    return (as_utc(moment) - as_utc(answer.shown_at)).total_seconds()


def is_expired(answer: AnswerRow, limit: int) -> bool:
    """Whether the time and the grace for ``answer`` have run out."""
    return seconds_left(answer, limit) < -current_app.config["ANSWER_GRACE_SECONDS"]


def shown_choices(play: PlayRow, question: QuestionRow) -> list[ShownChoice]:
    """The choices of ``question`` in this play's own order, each with its opaque id."""
    choices = list(question.choices)
    random.Random(f"{play.shuffle_seed}:{question.id}").shuffle(choices)
    return [ShownChoice(choice_token(play.id, c.id), c.text, c) for c in choices]


def choice_token(play_id: int, choice_id: int) -> str:
    """An id for a choice valid only in one play: a keyed hash, so it cannot be forged."""
    key = current_app.config["SECRET_KEY"].encode()
    message = f"choice:{play_id}:{choice_id}".encode()
    # hmac.digest is the one-shot C path: a third of the time of hmac.new(...).hexdigest().
    return hmac.digest(key, message, "sha256").hex()[:20]


def find_choice(play: PlayRow, question: QuestionRow, token: str) -> ChoiceRow | None:
    """The choice of ``question`` that ``token`` names in this play, if any."""
    for choice in question.choices:
        if hmac.compare_digest(choice_token(play.id, choice.id), token):
            return choice
    return None


def record_answer(
    play: PlayRow, answer: AnswerRow, choice: ChoiceRow | None, received: datetime | None = None
) -> tuple[PlayRow, AnswerRow]:
    """Store the answer once and add its points; a repeat changes nothing.

    ``choice`` None means the time ran out. ``received`` is when the server first received
    the answer (a receipt's moment after a 503), now if not given. The conditional update
    lets exactly one of several simultaneous requests win, on SQLite and PostgreSQL alike.
    Returns the play and the answer as stored, whichever request won.
    """
    answered_at = received or now_utc()
    limit = play.seconds_per_question
    elapsed = _elapsed(answer, answered_at)
    grace = current_app.config["ANSWER_GRACE_SECONDS"]
    right = choice is not None and choice.is_right
    base = scoring.answer_points(right, elapsed, limit, grace)
    counted = base > 0
    # Answers come in order, so the play's streak is the one just before this answer.
    streak = scoring.next_streak(play.streak, counted)
    stored = {
        "answered_at": answered_at,
        "choice_id": choice.id if choice else None,
        "correct": counted,
        "points": base + scoring.streak_bonus(streak) if counted else 0,
    }
    last = answer.position == play.question_total - 1
    score = rows.record(
        play,
        answer,
        {
            **stored,
            "elapsed_ms": round(min(elapsed, limit + grace) * 1000),
            "right": int(counted),
            "ms": round(min(elapsed, limit) * 1000),
            "streak": streak,
            "finished_at": now_utc() if last else None,
        },
    )
    if score is None:
        # A simultaneous request recorded this answer first: show what it stored.
        sql.rollback()
        now = rows.play_by_id(play.id)
        first = rows.answer_at(now, answer.position)
        assert first is not None  # an answer row lives as long as its play
        return now, first
    sql.commit()
    return replace(play, score=score, streak=streak), replace(answer, **stored)


def arrival(play: PlayRow, answer: AnswerRow, receipt: str) -> datetime:
    """When the server first received this answer: a genuine receipt's moment, else now.

    A receipt earlier than the question was shown, or in the future, counts for nothing.
    """
    now = now_utc()
    moment = receipts.received_at(play.public_id, answer.position, receipt)
    if moment is None or not as_utc(answer.shown_at) <= moment <= now:
        return now
    return moment
