"""Exceptions raised by the question generator and its file formats."""

from __future__ import annotations

from typing import Any


class QuestionError(Exception):
    """Base class of every error this package raises on purpose."""


class ProblemsError(QuestionError):
    """An input was refused; ``problems`` holds every reason, each naming where."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class FactsError(ProblemsError):
    """Article facts failed validation (``cast[2].person: required``)."""


class FormatError(ProblemsError):
    """A quiz file (GIFT, Aiken, Open Trivia DB) could not be read (``line 4: ...``)."""


class NotEnoughFacts(QuestionError):
    """The facts cannot yield the questions that were asked for.

    ``made`` holds the questions they could make (``Question`` values; not so typed, as
    ``questions.question`` imports this module), so a caller that takes fewer than it asked
    for (the host's preview) need not generate them again.
    """

    def __init__(self, message: str, made: list[Any] | None = None) -> None:
        super().__init__(message)
        self.made = made or []


class ArticleTooLong(QuestionError):
    """Article text longer than the extractor reads; the message says how long it may be."""


class ExtractionTooSlow(QuestionError):
    """Reading an article took longer than the caller allowed; the message says how long."""
