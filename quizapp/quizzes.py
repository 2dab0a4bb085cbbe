"""Turn generated or imported questions into a stored quiz."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from questions.question import Question

from .models import Choice, Quiz, QuizQuestion, User

if TYPE_CHECKING:
    from questions import ArticleFacts


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
