"""What a play shows of a quiz (questions, choices, time limit), read once per revision.

A question or answer request needs the quiz's content as well as the play's state. The
content only changes with a new ``Quiz.revision`` (quizapp.revisions bumps it on every
edit), so each worker keeps what it read under (quiz id, revision): the next request after
an edit names the new revision, on every worker, and reads the content again. Only this
immutable content is kept; nothing about a play or an answer lives in a worker.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import bindparam, select

from ..models import Choice, Quiz, QuizQuestion
from ..sql import Statement

#: Quizzes each worker keeps (a 500-question quiz is about 1 MB): the least recently
#: played go first.
CACHED_QUIZZES = 256


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
class QuizContent:
    """A quiz as its plays see it at one revision."""

    quiz_id: int
    revision: int
    seconds_per_question: int
    questions: tuple[QuestionRow, ...]
    _by_id: dict[int, QuestionRow] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {question.id: question for question in self.questions})

    def question(self, question_id: int) -> QuestionRow | None:
        """The question with this id, None if this revision has no such question."""
        return self._by_id.get(question_id)


# One row per choice, each with its question and the quiz's revision (NULLs where none).
_CONTENT = Statement(
    select(
        Quiz.revision,
        Quiz.seconds_per_question,
        QuizQuestion.id.label("question_id"),
        QuizQuestion.prompt,
        QuizQuestion.explanation,
        Choice.id.label("choice_id"),
        Choice.text.label("choice_text"),
        Choice.is_right,
    )
    .outerjoin(QuizQuestion, QuizQuestion.quiz_id == Quiz.id)
    .outerjoin(Choice, Choice.question_id == QuizQuestion.id)
    .where(Quiz.id == bindparam("quiz_id"))
    .order_by(QuizQuestion.position, Choice.position)
)


class ContentCache:
    """The contents a worker has read, by (quiz id, revision), least recently used first."""

    def __init__(self, size: int = CACHED_QUIZZES) -> None:
        self.size = size
        self._contents: OrderedDict[tuple[int, int], QuizContent] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, quiz_id: int, revision: int) -> QuizContent | None:
        """The content kept for this revision, if any."""
        with self._lock:
            content = self._contents.get((quiz_id, revision))
            if content is not None:
                self._contents.move_to_end((quiz_id, revision))
            return content

    def put(self, content: QuizContent) -> None:
        """Keep ``content``, forgetting the least recently used beyond the size."""
        with self._lock:
            self._contents[(content.quiz_id, content.revision)] = content
            while len(self._contents) > self.size:
                self._contents.popitem(last=False)


def content_of(quiz_id: int, revision: int) -> QuizContent | None:
    """The content of quiz ``quiz_id`` at ``revision``, read from the database if not kept.

    A read may find a newer revision (an edit committed since the caller read its
    number): that content is returned and kept under its own revision, and the caller,
    comparing revisions, knows the set changed. None if the quiz is gone.
    """
    cache = _cache()
    content = cache.get(quiz_id, revision)
    if content is None:
        content = _read(quiz_id)
        if content is not None:
            cache.put(content)
    return content


def _cache() -> ContentCache:
    """This app's cache (each app its own: tests run several apps on different databases)."""
    return current_app.extensions.setdefault("quiz_content", ContentCache())


def _read(quiz_id: int) -> QuizContent | None:
    """The quiz's content as the database holds it now, in one statement."""
    rows = _CONTENT.run({"quiz_id": quiz_id}).rows
    if not rows:
        return None
    heads: dict[int, tuple[str, str]] = {}
    choices: dict[int, list[ChoiceRow]] = {}
    # In question order, then choice order.
    for _, _, question_id, prompt, explanation, choice_id, choice_text, is_right in rows:
        if question_id is None:
            continue
        heads.setdefault(question_id, (prompt, explanation))
        listed = choices.setdefault(question_id, [])
        if choice_id is not None:
            listed.append(ChoiceRow(choice_id, choice_text, is_right))
    questions = tuple(QuestionRow(qid, *heads[qid], tuple(choices[qid])) for qid in heads)
    revision, seconds_per_question = rows[0][:2]
    return QuizContent(quiz_id, revision, seconds_per_question, questions)
