"""Aggregates for the host: a summary per question set, and how each question was answered.

Every number is counted by the database (GROUP BY), in a fixed number of queries per page.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import Answer, Play, Quiz, QuizQuestion


@dataclass(frozen=True)
class SetSummary:
    """One row of the dashboard: a set with its counts."""

    quiz: Quiz
    questions: int
    plays: int
    finished: int
    average_score: float | None


@dataclass(frozen=True)
class ChoiceCount:
    """How many players picked one choice of a question."""

    text: str
    is_right: bool
    picks: int


@dataclass(frozen=True)
class QuestionStats:
    """How one question was answered: right share, spread over choices, timeouts, time."""

    number: int
    question: QuizQuestion
    answered: int
    right: int
    timeouts: int
    average_ms: float | None
    choices: list[ChoiceCount]

    @property
    def right_share(self) -> float | None:
        """The share of answers that were right, or None before anyone answered."""
        return self.right / self.answered if self.answered else None

    @property
    def most_picks(self) -> int:
        """The largest bar of the chart (at least 1, so bars scale safely)."""
        return max([self.timeouts, *(choice.picks for choice in self.choices), 1])


@dataclass(frozen=True)
class PlaySummary:
    """The plays of one set: started, finished, and the average finished score."""

    plays: int
    finished: int
    average_score: float | None


def _finished_score():
    """The score of a finished play, NULL for one in progress (so AVG skips it)."""
    return case((Play.finished_at.is_not(None), Play.score))


def set_summaries(owner_id: int) -> list[SetSummary]:
    """The owner's sets, newest first, with question, play and average-score counts."""
    question_counts = (
        select(QuizQuestion.quiz_id, func.count().label("questions"))
        .group_by(QuizQuestion.quiz_id)
        .subquery()
    )
    play_counts = (
        select(
            Play.quiz_id,
            func.count().label("plays"),
            func.count(Play.finished_at).label("finished"),
            func.avg(_finished_score()).label("average_score"),
        )
        .group_by(Play.quiz_id)
        .subquery()
    )
    rows = db.session.execute(
        select(
            Quiz,
            func.coalesce(question_counts.c.questions, 0),
            func.coalesce(play_counts.c.plays, 0),
            func.coalesce(play_counts.c.finished, 0),
            play_counts.c.average_score,
        )
        .outerjoin(question_counts, question_counts.c.quiz_id == Quiz.id)
        .outerjoin(play_counts, play_counts.c.quiz_id == Quiz.id)
        .where(Quiz.owner_id == owner_id)
        .order_by(Quiz.created_at.desc(), Quiz.id.desc())
    ).all()
    return [
        SetSummary(quiz, questions, plays, finished, _as_float(average))
        for quiz, questions, plays, finished, average in rows
    ]


def play_summary(quiz_id: int) -> PlaySummary:
    """How many plays a set had, how many finished, and their average score."""
    plays, finished, average = db.session.execute(
        select(func.count(), func.count(Play.finished_at), func.avg(_finished_score())).where(
            Play.quiz_id == quiz_id
        )
    ).one()
    return PlaySummary(plays, finished, _as_float(average))


def question_stats(quiz_id: int) -> list[QuestionStats]:
    """Per question of the set, hardest (lowest right share) first; unanswered ones last."""
    answered = Answer.answered_at.is_not(None)
    per_question = db.session.execute(
        select(
            QuizQuestion.id,
            func.count(Answer.id),
            func.coalesce(func.sum(case((Answer.correct, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Answer.choice_id.is_(None), 1), else_=0)), 0),
            func.avg(case((Answer.choice_id.is_not(None), Answer.elapsed_ms))),
        )
        .outerjoin(Answer, and_(Answer.question_id == QuizQuestion.id, answered))
        .where(QuizQuestion.quiz_id == quiz_id)
        .group_by(QuizQuestion.id)
    ).all()
    picks = dict(
        db.session.execute(
            select(Answer.choice_id, func.count())
            .join(QuizQuestion, QuizQuestion.id == Answer.question_id)
            .where(QuizQuestion.quiz_id == quiz_id, answered, Answer.choice_id.is_not(None))
            .group_by(Answer.choice_id)
        ).all()
    )
    counts = {row[0]: row[1:] for row in per_question}
    questions = db.session.execute(
        select(QuizQuestion)
        .where(QuizQuestion.quiz_id == quiz_id)
        .order_by(QuizQuestion.position, QuizQuestion.id)
        .options(selectinload(QuizQuestion.choices))
    ).scalars()
    stats = [
        _question_stats(number, question, *counts[question.id], picks)
        for number, question in enumerate(questions, start=1)
    ]
    return sorted(stats, key=_hardest_first)


def _question_stats(
    number: int,
    question: QuizQuestion,
    answered: int,
    right: int,
    timeouts: int,
    average_ms: object,
    picks: dict[int, int],
) -> QuestionStats:
    """Combine one question's counted row with the picks of its choices."""
    choices = [
        ChoiceCount(choice.text, choice.is_right, picks.get(choice.id, 0))
        for choice in question.choices
    ]
    return QuestionStats(
        number, question, answered, int(right), int(timeouts), _as_float(average_ms), choices
    )


def _hardest_first(stats: QuestionStats) -> tuple[int, float, int]:
    """Sort key: answered questions by right share ascending, then the unanswered, in order."""
    share = stats.right_share
    return (share is None, share if share is not None else 0.0, stats.number)


def _as_float(value: object) -> float | None:
    """AVG comes back as Decimal on PostgreSQL and float on SQLite; make it a float."""
    return None if value is None else float(value)  # type: ignore[arg-type]
