"""What a question or answer request reads of a play, in one or two plain SQL statements.

These two requests are most of a quiz's traffic (two per question per player), so they
read columns into small frozen rows instead of loading ORM objects: measured in
bench/load.py, this is several times cheaper per request than the ORM on both databases.
The rows are snapshots of one request; nothing here outlives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import CursorResult, Executable, Select, insert, literal, select

from ..extensions import db
from ..models import Answer, Choice, Play, Quiz, QuizQuestion, question_count


@dataclass(frozen=True)
class PlayRow:
    """A play's identity, owner, totals and its quiz's settings."""

    id: int
    public_id: str
    quiz_id: int
    player_key: str
    shuffle_seed: int
    score: int
    seconds_per_question: int
    question_total: int
    finished_at: datetime | None
    started_revision: int
    revision: int

    @property
    def set_changed(self) -> bool:
        """Whether the host edited the set since this play started."""
        return self.started_revision != self.revision


@dataclass(frozen=True)
class ChoiceRow:
    """One choice of a question; ``is_right`` is used by the server only."""

    id: int
    text: str
    is_right: bool


@dataclass(frozen=True)
class QuestionRow:
    """A question with its choices in the host's order."""

    id: int
    prompt: str
    explanation: str
    choices: tuple[ChoiceRow, ...]

    @property
    def right_choice(self) -> ChoiceRow | None:
        """The choice marked right."""
        return next((choice for choice in self.choices if choice.is_right), None)


@dataclass(frozen=True)
class AnswerRow:
    """A question shown to a play and, once answered, how it went."""

    id: int
    position: int
    shown_at: datetime
    answered_at: datetime | None
    choice_id: int | None
    correct: bool
    points: int
    question: QuestionRow

    @property
    def is_answered(self) -> bool:
        """Whether the player answered (or ran out of time)."""
        return self.answered_at is not None

    @property
    def timed_out(self) -> bool:
        """Answered with no choice: the time ran out."""
        return self.is_answered and self.choice_id is None

    @property
    def choice(self) -> ChoiceRow | None:
        """The choice the player picked, if any."""
        return next((c for c in self.question.choices if c.id == self.choice_id), None)


_PLAY = select(
    Play.id,
    Play.public_id,
    Play.quiz_id,
    Play.player_key,
    Play.shuffle_seed,
    Play.score,
    Quiz.seconds_per_question,
    question_count(Play.quiz_id),  # hosts may edit a published quiz: count it now
    Play.finished_at,
    Play.quiz_revision,
    Quiz.revision,
).join(Quiz, Quiz.id == Play.quiz_id)

# One row per choice, each carrying its answer and question (one row of NULLs if none).
_ANSWER_WITH_CHOICES = (
    select(
        Answer.id,
        Answer.position,
        Answer.shown_at,
        Answer.answered_at,
        Answer.choice_id,
        Answer.correct,
        Answer.points,
        QuizQuestion.id.label("question_id"),
        QuizQuestion.prompt,
        QuizQuestion.explanation,
        Choice.id.label("c_id"),
        Choice.text.label("c_text"),
        Choice.is_right.label("c_right"),
    )
    .join(QuizQuestion, QuizQuestion.id == Answer.question_id)
    .outerjoin(Choice, Choice.question_id == QuizQuestion.id)
    .order_by(Choice.position)
)


def execute(statement: Executable) -> CursorResult[Any]:
    """Run ``statement`` in the request's transaction without the ORM's per-object work."""
    return db.session.connection().execute(statement)


def play_by_public_id(public_id: str) -> PlayRow | None:
    """The play with this public id, with its quiz's time limit and question count."""
    row = execute(_PLAY.where(Play.public_id == public_id)).first()
    return PlayRow(*row) if row else None


def play_by_id(play_id: int) -> PlayRow:
    """The play as it is now in the database (after an update, for instance)."""
    return PlayRow(*execute(_PLAY.where(Play.id == play_id)).one())


def answer_at(play_id: int, position: int) -> AnswerRow | None:
    """The answer to question ``position`` of the play, None if it was not shown."""
    return _answer(
        _ANSWER_WITH_CHOICES.where(Answer.play_id == play_id, Answer.position == position)
    )


def progress(play_id: int) -> tuple[int, bool]:
    """How many questions the play has been shown, and whether the last one is answered."""
    last = select(Answer.position, Answer.answered_at).where(Answer.play_id == play_id)
    row = execute(last.order_by(Answer.position.desc()).limit(1)).first()
    return (0, True) if row is None else (row.position + 1, row.answered_at is not None)


def _answer(query: Select[Any]) -> AnswerRow | None:
    """Fold the one-row-per-choice result of ``query`` into an answer with its question."""
    rows = execute(query).all()
    if not rows:
        return None
    first = rows[0]
    choices = tuple(
        ChoiceRow(row.c_id, row.c_text, row.c_right) for row in rows if row.c_id is not None
    )
    question = QuestionRow(first.question_id, first.prompt, first.explanation, choices)
    return AnswerRow(*first[:7], question=question)


def show_question(play: PlayRow, index: int, moment: datetime) -> bool:
    """Add the answer row of the quiz's question at ``index``, shown at ``moment``.

    One INSERT ... SELECT finds the question and writes the row; False when the quiz has
    no question at ``index``. Raises IntegrityError if the row exists already.
    """
    question = (
        select(
            literal(play.id),
            QuizQuestion.id,
            literal(index),
            literal(moment, Answer.__table__.c.shown_at.type),
        )
        .where(QuizQuestion.quiz_id == play.quiz_id)
        .order_by(QuizQuestion.position)
        .offset(index)
        .limit(1)
    )
    columns = ["play_id", "question_id", "position", "shown_at"]
    added = insert(Answer).from_select(columns, question).returning(Answer.id)
    return execute(added).first() is not None
