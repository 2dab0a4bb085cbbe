"""Leaderboard queries; each is served by an index on ``play``."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, ScalarSelect, Select, and_, bindparam, func, select, text

from ..extensions import db
from ..models import SHARE_OF_BEST, Play, Quiz, as_utc, now_utc
from ..scoring import best_possible
from ..sql import Statement

PERIODS = {"today": "Today", "week": "This week", "all": "All time"}
BOARD_SIZE = 50
#: Quizzes shorter than this never reach the all-quizzes board: a perfect run of a tiny quiz
#: its own host wrote would otherwise top it.
MIN_BOARD_QUESTIONS = 5


def period_start(period: str, now: datetime | None = None) -> datetime | None:
    """The first moment of the period in UTC: midnight today, Monday this week, or None."""
    now = now or now_utc()
    midnight = datetime.combine(now.date(), time(), tzinfo=now.tzinfo)
    if period == "today":
        return midnight
    if period == "week":
        return midnight - timedelta(days=now.weekday())
    return None


def _ranked(quiz_id: int | None, since: datetime | None) -> Select[tuple[Play]]:
    """Finished, ranked plays of one quiz (or all) since a moment (or ever)."""
    query = select(Play).where(Play.ranked, Play.finished_at.is_not(None))
    if quiz_id is not None:
        query = query.where(Play.quiz_id == quiz_id)
    if since is not None:
        query = query.where(Play.finished_at >= since)
    return query


def top_plays(quiz_id: int | None, period: str) -> list[Play]:
    """The best plays of one quiz, highest score first; ties go to the earlier finish.

    Without a quiz: the best plays of all public quizzes by share of the best possible
    score (see ``_across_quizzes``).
    """
    query = _ranked(quiz_id, period_start(period))
    if quiz_id is None:
        query = _across_quizzes(query)
    else:
        query = query.order_by(Play.score.desc())
    query = query.order_by(Play.finished_at.asc(), Play.id.asc())
    return list(db.session.execute(query.limit(BOARD_SIZE)).scalars())


def _across_quizzes(query: Select[tuple[Play]]) -> Select[tuple[Play]]:
    """Rank plays of different quizzes fairly, so no host can buy the top of the board.

    Only quizzes anyone may find (public and published, now: unpublishing takes a quiz's
    plays off) of at least ``MIN_BOARD_QUESTIONS`` questions, ordered by the share of the
    best possible score, so a 40-question quiz is worth no more than a 10-question one.
    A host's plays of their own quiz are never ranked at all (``play.game.start_play``).
    """
    # The quizzes are read first, on their own: joined, PostgreSQL plans from the quiz
    # table's statistics, which a small table never gets from autovacuum, and then reads
    # every play of the period per quiz (82 ms at a million plays) instead of the board's
    # index in order (5 ms).
    listed = db.session.execute(
        select(Quiz.id).where(Quiz.status == "published", Quiz.visibility == "public")
    ).scalars()
    return query.where(
        Play.quiz_id.in_(list(listed)), Play.best_possible >= best_possible(MIN_BOARD_QUESTIONS)
    ).order_by(text(f"{SHARE_OF_BEST} DESC"))


def _ranked_ahead(ahead: ColumnElement[bool]) -> ScalarSelect[int]:
    """How many finished ranked plays of the quiz (bound ``quiz_id``) are ``ahead``."""
    return (
        select(func.count())
        .where(Play.quiz_id == bindparam("quiz_id"), Play.ranked, Play.finished_at.is_not(None))
        .where(ahead)
        .scalar_subquery()
    )


# Two range counts rather than one OR, so each is a range of the score-ordered index; both
# in one statement, built once (the results page runs it for every finished play).
_RANK = Statement(
    select(
        _ranked_ahead(Play.score > bindparam("score")),
        _ranked_ahead(
            and_(Play.score == bindparam("score"), Play.finished_at < bindparam("finished_at"))
        ),
    )
)


def rank_of(quiz_id: int, score: int, finished_at: datetime) -> int:
    """The all-time rank on quiz ``quiz_id``'s leaderboard of a ranked play that finished."""
    values = {"quiz_id": quiz_id, "score": score, "finished_at": as_utc(finished_at)}
    ahead = _RANK.run(values).first()
    assert ahead is not None  # counts always make a row
    return 1 + sum(ahead)
