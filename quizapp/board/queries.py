"""Leaderboard queries; each is served by an index on ``play``."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import Select, and_, func, select

from ..extensions import db
from ..models import Play, as_utc, now_utc

PERIODS = {"today": "Today", "week": "This week", "all": "All time"}
BOARD_SIZE = 50


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
    """The best plays, highest score first; ties go to the earlier finish."""
    query = _ranked(quiz_id, period_start(period))
    query = query.order_by(Play.score.desc(), Play.finished_at.asc(), Play.id.asc())
    return list(db.session.execute(query.limit(BOARD_SIZE)).scalars())


def rank_of(play: Play) -> int | None:
    """The all-time rank of a finished ranked play on its quiz's leaderboard."""
    if not play.ranked or play.finished_at is None:
        return None
    # Two range counts rather than one OR, so each is a range of the score-ordered index.
    higher = Play.score > play.score
    tied_earlier = and_(Play.score == play.score, Play.finished_at < as_utc(play.finished_at))
    return 1 + sum(
        _count(_ranked(play.quiz_id, None).where(ahead)) for ahead in (higher, tied_earlier)
    )


def _count(query: Select[tuple[Play]]) -> int:
    """How many rows ``query`` selects."""
    return int(db.session.execute(select(func.count()).select_from(query.subquery())).scalar_one())
