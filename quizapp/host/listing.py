"""A set's questions a page at a time, so the set page stays small whatever the set holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..extensions import db
from ..models import QuizQuestion

PAGE_SIZE = 50


@dataclass(frozen=True)
class QuestionPage:
    """One page of a set's questions, with what the pager needs."""

    questions: list[QuizQuestion]
    number: int
    pages: int
    total: int

    @property
    def first(self) -> int:
        """The number (from 1) of the first question on this page."""
        return (self.number - 1) * PAGE_SIZE + 1

    @property
    def last(self) -> int:
        """The number of the last question on this page."""
        return self.first + len(self.questions) - 1


def page_of(position: int) -> int:
    """The page (from 1) holding the question at ``position`` (from 0)."""
    return position // PAGE_SIZE + 1


def question_page(quiz_id: int, number: int) -> QuestionPage:
    """Page ``number`` of the set's questions in order, kept within the pages there are.

    Only that page's questions and their choices are read: two statements at any set size.
    """
    total = db.session.execute(
        select(func.count()).where(QuizQuestion.quiz_id == quiz_id)
    ).scalar_one()
    pages = max(1, -(-total // PAGE_SIZE))
    number = min(max(number, 1), pages)
    query = (
        select(QuizQuestion)
        .where(QuizQuestion.quiz_id == quiz_id)
        .order_by(QuizQuestion.position)
        .offset((number - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .options(selectinload(QuizQuestion.choices))
    )
    return QuestionPage(list(db.session.execute(query).scalars()), number, pages, total)
