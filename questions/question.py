"""The multiple-choice question: the one value every part of the app shares."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .exc import QuestionError

#: What ``Question.kind`` may be: the generated kinds, and "custom" for a host's own.
QUESTION_KINDS = ("cast", "date", "quote", "custom")
#: How many choices a question may have, in every format and from the generator.
MIN_CHOICES, MAX_CHOICES = 2, 6

# Spaces, controls and format characters (byte-order marks, zero-width spaces) show nothing.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def is_invisible(text: str) -> bool:
    """Whether ``text`` shows nothing on screen: a player would see an empty question."""
    return all(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text)


@dataclass(frozen=True)
class Question:
    """A multiple-choice question with exactly one right choice.

    ``answer`` is the index of the right choice in ``choices``; the app
    shuffles choices per play, so the order here carries no meaning.
    """

    kind: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    explanation: str = ""
    difficulty: int = 2

    def __post_init__(self) -> None:
        """Refuse a prompt or choice a player would see as empty ("\ufeff", zero-width spaces)."""
        if isinstance(self.prompt, str) and is_invisible(self.prompt):
            raise QuestionError("question has no visible text")
        for number, choice in enumerate(self.choices, start=1):
            if isinstance(choice, str) and is_invisible(choice):
                raise QuestionError(f"choice {number} has no visible text")

    @property
    def right_choice(self) -> str:
        """The text of the right choice."""
        return self.choices[self.answer]
