"""A quiz's revision follows every change to what its plays see, whichever path made it.

Hosts change a set through many routes (the set page, the workshop, imports); rather than
trust each to remember, one flush hook bumps ``Quiz.revision`` whenever a question, a
choice, the question list or the time limit of an existing quiz changes. A play records the
revision it started on (an edit ends it cleanly), and the play path's content cache is
keyed by it, so the next request after an edit sees the edit on every worker.

The hook sees what goes through the ORM's unit of work. A bulk ``update()`` or ``delete()``
of a quiz's content (none in the app) must set ``revision=Quiz.revision + 1`` itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from .models import Choice, Quiz, QuizQuestion

# The attributes of a quiz that a play reads; a change to any is a new revision.
_PLAYED_ATTRIBUTES = ("questions", "seconds_per_question")


def bump(quiz: Quiz) -> None:
    """Give ``quiz`` a new revision at the next flush (an UPDATE, so edits never collide)."""
    quiz.revision = Quiz.revision + 1  # type: ignore[assignment]


def _quiz_of(target: Any) -> Quiz | None:
    """The quiz whose content ``target`` (a quiz, question or choice) belongs to."""
    if isinstance(target, Choice):
        target = target.question
    if isinstance(target, QuizQuestion):
        target = target.quiz
    return target if isinstance(target, Quiz) else None


def _changes_play(session: Session, target: Any) -> bool:
    """Whether ``target`` is content of a quiz and differs from what the database holds."""
    if isinstance(target, Quiz):
        state = inspect(target)
        return any(state.attrs[name].history.has_changes() for name in _PLAYED_ATTRIBUTES)
    if isinstance(target, QuizQuestion | Choice):
        return target in session.new or target in session.deleted or session.is_modified(target)
    return False


@event.listens_for(Session, "before_flush")
def _bump_edited_quizzes(session: Session, _context: Any, _instances: Any) -> None:
    """Bump the revision of each existing quiz whose played content this flush changes."""
    edited = {
        id(quiz): quiz
        for target in (*session.new, *session.dirty, *session.deleted)
        if _changes_play(session, target)
        and (quiz := _quiz_of(target)) is not None
        and quiz not in session.new
        and quiz not in session.deleted
    }
    for quiz in edited.values():
        bump(quiz)
