"""What a question or answer request reads and writes of a play, in few plain statements.

These two requests are most of a quiz's traffic (two per question per player), so they
read columns into small frozen rows instead of loading ORM objects, and the statements are
built once, at import, with bound parameters, and run by quizapp.sql on the request's
own connection: building a statement per call, or running it through the ORM session, cost
more than running it (measured in bench/requests.py). The quiz's questions come from
quizapp.play.content, kept per revision. The rows are snapshots of one request; nothing
here outlives it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, exists, func, insert, select, update
from sqlalchemy.orm import aliased

from ..extensions import db
from ..models import Answer, Play, Quiz
from ..sql import Statement
from .content import ChoiceRow, QuestionRow, QuizContent, content_of


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
    elapsed_ms: int
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


@dataclass(frozen=True)
class PlayRow:
    """A play's identity, owner and totals, its quiz's content, and its latest question.

    ``content`` is the quiz as it is now; ``started_revision`` the revision the play began
    on. ``last`` is the latest question shown (None before the first).
    """

    id: int
    public_id: str
    quiz_id: int
    player_key: str
    shuffle_seed: int
    score: int
    streak: int
    finished_at: datetime | None
    started_revision: int
    content: QuizContent
    last: AnswerRow | None

    @property
    def set_changed(self) -> bool:
        """Whether the host edited the set since this play started."""
        return self.started_revision != self.content.revision

    @property
    def seconds_per_question(self) -> int:
        """The quiz's time limit per question."""
        return self.content.seconds_per_question

    @property
    def question_total(self) -> int:
        """How many questions the quiz has."""
        return len(self.content.questions)


@dataclass(frozen=True)
class QuizLink:
    """What links to a quiz need: its id, its visibility and its share token."""

    id: int
    visibility: str
    share_token: str


@dataclass(frozen=True)
class ResultRow:
    """A play as its results page shows it; ``revision`` is its quiz's revision now."""

    id: int
    public_id: str
    quiz_id: int
    player_key: str
    nickname: str
    score: int
    right_count: int
    total_ms: int
    ranked: bool
    finished_at: datetime | None
    revision: int
    quiz: QuizLink


_ANSWER_COLUMNS = (
    Answer.id,
    Answer.position,
    Answer.shown_at,
    Answer.answered_at,
    Answer.choice_id,
    Answer.correct,
    Answer.points,
    Answer.elapsed_ms,
    Answer.question_id,
)

# The play, its quiz's revision and its latest answer (NULLs before the first question).
_latest = aliased(Answer)
_LATEST_POSITION = (
    select(func.max(_latest.position)).where(_latest.play_id == Play.id).scalar_subquery()
)
_PLAY = (
    select(
        Play.id,
        Play.public_id,
        Play.quiz_id,
        Play.player_key,
        Play.shuffle_seed,
        Play.score,
        Play.streak,
        Play.finished_at,
        Play.quiz_revision,
        Quiz.revision,
        *_ANSWER_COLUMNS,
    )
    .join(Quiz, Quiz.id == Play.quiz_id)
    .outerjoin(Answer, and_(Answer.play_id == Play.id, Answer.position == _LATEST_POSITION))
)
_PLAY_BY_PUBLIC_ID = Statement(_PLAY.where(Play.public_id == bindparam("public_id")))
_PLAY_BY_ID = Statement(_PLAY.where(Play.id == bindparam("play_id")))
#: Where the quiz's revision and the latest answer's columns begin in a row of ``_PLAY``.
_REVISION = 9
_LAST = 10

_RESULT = Statement(
    select(
        Play.id,
        Play.public_id,
        Play.quiz_id,
        Play.player_key,
        Play.nickname,
        Play.score,
        Play.right_count,
        Play.total_ms,
        Play.ranked,
        Play.finished_at,
        Quiz.revision,
        Quiz.visibility,
        Quiz.share_token,
    )
    .join(Quiz, Quiz.id == Play.quiz_id)
    .where(Play.public_id == bindparam("public_id"))
)

_ANSWER_AT = Statement(
    select(*_ANSWER_COLUMNS).where(
        Answer.play_id == bindparam("play_id"), Answer.position == bindparam("position")
    )
)

_ANSWERS_OF = Statement(
    select(*_ANSWER_COLUMNS).where(Answer.play_id == bindparam("play_id")).order_by(Answer.position)
)

_SHOW = Statement(
    insert(Answer)
    .values(
        play_id=bindparam("play_id"),
        question_id=bindparam("question_id"),
        position=bindparam("position"),
        shown_at=bindparam("shown_at"),
        correct=False,
        points=0,
        elapsed_ms=0,
    )
    .returning(Answer.id)
)

# Completes an answer once: of simultaneous requests, only one finds it unanswered.
_RECORD_UPDATE = (
    update(Answer)
    .where(Answer.id == bindparam("answer_id"), Answer.answered_at.is_(None))
    .values(
        answered_at=bindparam("answered_at"),
        choice_id=bindparam("choice_id"),
        correct=bindparam("correct"),
        points=bindparam("points"),
        elapsed_ms=bindparam("elapsed_ms"),
    )
)
_RECORD = Statement(_RECORD_UPDATE)

# Adds an answer's result to the play. ``finished_at`` is None except after the last
# question; a play ended meanwhile (its set was edited) stays ended.
_ADD_TO_PLAY_UPDATE = (
    update(Play)
    .where(Play.id == bindparam("play_id"))
    .values(
        score=Play.score + bindparam("points"),
        right_count=Play.right_count + bindparam("right"),
        total_ms=Play.total_ms + bindparam("ms"),
        streak=bindparam("streak"),
        finished_at=func.coalesce(
            Play.finished_at, bindparam("finished_at", type_=Play.finished_at.type)
        ),
    )
    .returning(Play.score)
)
_ADD_TO_PLAY = Statement(_ADD_TO_PLAY_UPDATE)

# Both in one statement, where the database can (PostgreSQL's data-modifying WITH): the play
# is updated only if the answer was, so a lost race changes nothing and returns no row.
_RECORDED = _RECORD_UPDATE.returning(Answer.id).cte("recorded")
_RECORD_AND_ADD = Statement(_ADD_TO_PLAY_UPDATE.where(exists(select(_RECORDED.c.id))))

_END = Statement(
    update(Play)
    .where(Play.id == bindparam("play_id"), Play.finished_at.is_(None))
    .values(finished_at=bindparam("finished_at"))
)


def play_by_public_id(public_id: str) -> PlayRow | None:
    """The play with this public id, its quiz's content and its latest question."""
    return _play(_PLAY_BY_PUBLIC_ID.run({"public_id": public_id}).first())


def play_by_id(play_id: int) -> PlayRow:
    """The play as it is now in the database (after a lost race, for instance)."""
    play = _play(_PLAY_BY_ID.run({"play_id": play_id}).first())
    assert play is not None  # the caller holds a play it read in this request
    return play


def result_of(public_id: str) -> ResultRow | None:
    """The play with this public id as its results page shows it."""
    row = _RESULT.run({"public_id": public_id}).first()
    if row is None:
        return None
    *play, visibility, share_token = row
    return ResultRow(*play, quiz=QuizLink(play[2], visibility, share_token))


def _play(row: Any) -> PlayRow | None:
    """A PlayRow from a row of ``_PLAY``, with the content of the quiz's revision."""
    if row is None:
        return None
    quiz_id, revision, last_id = row[2], row[_REVISION], row[_LAST]
    content = content_of(quiz_id, revision)
    if content is None:  # the quiz was deleted since: so were its plays
        return None
    last = _answer(row[_LAST:], content) if last_id is not None else None
    return PlayRow(*row[:_REVISION], content=content, last=last)


def _answer(columns: Any, content: QuizContent) -> AnswerRow:
    """An AnswerRow from the ``_ANSWER_COLUMNS`` of a row, with its question."""
    *answer, question_id = columns
    # A question missing from the content was deleted by an edit since the play's row was
    # read: the play has ended (``set_changed``), and the empty question is never shown.
    question = content.question(question_id) or QuestionRow(question_id, "", "", ())
    return AnswerRow(*answer, question=question)


def answer_at(play: PlayRow, position: int) -> AnswerRow | None:
    """The answer to question ``position`` of the play, None if it was not shown."""
    if play.last is not None and play.last.position == position:
        return play.last
    row = _ANSWER_AT.run({"play_id": play.id, "position": position}).first()
    return _answer(row, play.content) if row else None


def answers_of(play_id: int, quiz_id: int, revision: int) -> list[AnswerRow]:
    """Every question shown to the play, in order, with the quiz's content at ``revision``."""
    content = content_of(quiz_id, revision)
    assert content is not None  # the caller holds the play, so its quiz exists
    found = _ANSWERS_OF.run({"play_id": play_id}).rows
    return [_answer(row, content) for row in found]


def show_question(play: PlayRow, position: int, moment: datetime) -> AnswerRow:
    """Write the answer row of the question at ``position``, shown at ``moment``.

    Raises IntegrityError if another request showed it first.
    """
    question = play.content.questions[position]
    values = {
        "play_id": play.id,
        "question_id": question.id,
        "position": position,
        "shown_at": moment,
    }
    answer_id = _SHOW.run(values).scalar_one()
    return AnswerRow(answer_id, position, moment, None, None, False, 0, 0, question)


def record(play: PlayRow, answer: AnswerRow, values: dict[str, Any]) -> int | None:
    """Complete ``answer`` and add its result to the play, both or neither.

    ``values`` are the answer's columns (answered_at, choice_id, correct, points,
    elapsed_ms) and what it adds to the play (right, ms, streak, finished_at). Returns the
    play's new score, None if another request completed the answer first. On PostgreSQL,
    where each statement is a round trip to the server, this is one statement; SQLite has
    no data-modifying WITH, and there two statements in the request's transaction cost
    less than one round trip.
    """
    params = {"answer_id": answer.id, "play_id": play.id, **values}
    if db.engine.dialect.name == "postgresql":
        row = _RECORD_AND_ADD.run(params).first()
        return None if row is None else row[0]
    if not _RECORD.run(params).rowcount:
        return None
    return _ADD_TO_PLAY.run(params).scalar_one()


def end(play: PlayRow, moment: datetime) -> None:
    """Finish the play at ``moment`` if it is still open."""
    _END.run({"play_id": play.id, "finished_at": moment})
