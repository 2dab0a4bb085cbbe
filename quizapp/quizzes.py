"""The one bridge between ``questions.Question`` and the database.

A question becomes rows and rows become a question again; questions and the facts they came
from are added to a set; a set is checked before it is published.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from questions import CODES, FactsError, FairnessWarning, QuestionError, check, parse_facts
from questions.question import MAX_CHOICES, MIN_CHOICES, Question

from .extensions import db
from .models import Choice, Quiz, QuizQuestion, User
from .text import text_problem

if TYPE_CHECKING:
    from questions import ArticleFacts

# What a set may hold, whichever way its questions come in: the question form, facts,
# article text or any import format. The form's fields use the same numbers.
MAX_PROMPT = 500
MAX_CHOICE = 200
MAX_EXPLANATION = 1000
#: Enough for any quiz night; a set's page shows them a page at a time.
MAX_QUESTIONS = 500


class SetLimitError(ValueError):
    """Questions a set cannot take, with every reason, so the host can fix them all at once."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


def question_row(question: Question, position: int) -> QuizQuestion:
    """A database row for ``question`` at ``position`` in its quiz."""
    return QuizQuestion(
        position=position,
        kind=question.kind,
        prompt=question.prompt,
        explanation=question.explanation,
        difficulty=question.difficulty,
        choices=[
            Choice(position=index, text=text, is_right=index == question.answer)
            for index, text in enumerate(question.choices)
        ],
    )


def build_quiz(
    title: str,
    generated: Iterable[Question],
    *,
    source: str = "",
    facts: ArticleFacts | None = None,
    owner: User | None = None,
    seconds_per_question: int = 20,
    status: str = "draft",
) -> Quiz:
    """A new quiz holding ``generated`` in order, with the facts it came from."""
    return Quiz(
        title=title,
        source=source,
        owner=owner,
        seconds_per_question=seconds_per_question,
        status=status,
        facts_json=json.dumps(facts.to_dict()) if facts else None,
        questions=[question_row(q, i) for i, q in enumerate(generated)],
    )


def as_question(row: QuizQuestion) -> Question:
    """A stored question as the question generator's value."""
    right = next((i for i, choice in enumerate(row.choices) if choice.is_right), -1)
    return Question(
        kind=row.kind,
        prompt=row.prompt,
        choices=tuple(choice.text for choice in row.choices),
        answer=right,
        explanation=row.explanation,
        difficulty=row.difficulty,
    )


def append_questions(quiz: Quiz, questions: Sequence[Question]) -> int:
    """Add ``questions`` after the set's last question (the caller commits); returns how many.

    :raise SetLimitError: the set would grow past ``MAX_QUESTIONS``, or a question breaks a
        limit of the question form; nothing is added.
    """
    problems = [
        problem
        for number, question in enumerate(questions, start=1)
        for problem in question_problems(question, f"Question {number}")
    ]
    if (room := room_problem(quiz, len(questions))) is not None:
        problems.insert(0, room)
    if problems:
        raise SetLimitError(problems)
    start = max((q.position for q in quiz.questions), default=-1) + 1
    quiz.questions.extend(question_row(q, start + i) for i, q in enumerate(questions))
    return len(questions)


def room_problem(quiz: Quiz, adding: int) -> str | None:
    """Why ``quiz`` cannot take ``adding`` more questions, or None if it can."""
    held = len(quiz.questions)
    if held + adding <= MAX_QUESTIONS:
        return None
    return (
        f"A set holds at most {MAX_QUESTIONS} questions; this one has {held}, so"
        f" {adding} more do not fit. Start another set for the rest."
    )


def question_problems(question: Question, name: str) -> list[str]:
    """Why ``question`` (called ``name`` in messages) breaks a limit of the question form."""
    texts = {"the question": (question.prompt, MAX_PROMPT)}
    texts.update(
        (f"choice {number}", (choice, MAX_CHOICE))
        for number, choice in enumerate(question.choices, start=1)
    )
    texts["the explanation"] = (question.explanation, MAX_EXPLANATION)
    problems = [
        f"{name}: {part} has {len(text):,} characters; at most {limit:,} fit."
        for part, (text, limit) in texts.items()
        if len(text) > limit
    ]
    if problem := text_problem([question.prompt, question.explanation, *question.choices]):
        problems.append(f"{name} {problem}.")
    if not MIN_CHOICES <= len(question.choices) <= MAX_CHOICES:
        problems.append(f"{name}: use {MIN_CHOICES} to {MAX_CHOICES} choices.")
    return problems


def store_facts(quiz: Quiz, facts: ArticleFacts) -> None:
    """Keep ``facts`` with the set, for the workshop to show again (the caller commits)."""
    quiz.facts_json = json.dumps(facts.to_dict())


def stored_facts(quiz: Quiz) -> ArticleFacts | None:
    """The facts saved with the set, if any are there and still valid."""
    if not quiz.facts_json:
        return None
    try:
        return parse_facts(json.loads(quiz.facts_json))
    except (ValueError, FactsError):
        return None


def choice_key(text: str) -> str:
    """How two choices are compared for duplicates: case and spacing ignored."""
    return " ".join(text.split()).casefold()


def duplicate_of(texts: Sequence[str]) -> str | None:
    """The first text that repeats an earlier one (case/space-insensitive), if any."""
    seen: set[str] = set()
    for text in texts:
        key = choice_key(text)
        if key in seen:
            return text
        seen.add(key)
    return None


def publish_problems(quiz: Quiz) -> list[str]:
    """Why ``quiz`` cannot be published yet, naming each question by its number."""
    if not quiz.questions:
        return ["Add at least one question before publishing."]
    problems = []
    for number, question in enumerate(quiz.questions, start=1):
        texts = [choice.text for choice in question.choices]
        rights = sum(choice.is_right for choice in question.choices)
        if len(texts) < MIN_CHOICES:
            problems.append(f"Question {number} has fewer than {MIN_CHOICES} choices.")
        if rights == 0:
            problems.append(f"Question {number} has no right answer.")
        elif rights > 1:
            problems.append(f"Question {number} has more than one right answer.")
        if (twice := duplicate_of(texts)) is not None:
            problems.append(f"Question {number} has the choice “{twice}” twice.")
    return problems


def fairness_warnings(quiz: Quiz) -> list[str]:
    """What the question generator's fairness check finds in the set, a line each, for its host.

    Any set is checked (generated, imported or written by hand), with the facts stored with
    it telling the story's people from others. Questions that cannot be played yet are left
    to the publish check, which names them.
    """
    rows = db.session.execute(
        select(QuizQuestion)
        .where(QuizQuestion.quiz_id == quiz.id)
        .order_by(QuizQuestion.position)
        .options(selectinload(QuizQuestion.choices))
    ).scalars()
    numbered = [
        (number, question)
        for number, row in enumerate(rows, start=1)
        if (question := _checkable(row)) is not None
    ]
    found = check([question for _, question in numbered], stored_facts(quiz))
    return [_said(warning, numbered) for warning in found]


def _checkable(row: QuizQuestion) -> Question | None:
    """``row`` as a question the check can read: one right answer among 2 to 6 choices."""
    rights = [choice.is_right for choice in row.choices]
    if rights.count(True) != 1 or not MIN_CHOICES <= len(rights) <= MAX_CHOICES:
        return None
    try:
        return as_question(row)
    except QuestionError:  # no visible text
        return None


def _said(warning: FairnessWarning, numbered: list[tuple[int, Question]]) -> str:
    """One warning as the host reads it: which question, what is wrong, and the detail."""
    where = (
        "The set"
        if warning.question_index is None
        else (f"Question {numbered[warning.question_index][0]}")
    )
    return f"{where}: {CODES[warning.code]} ({warning.message})."
