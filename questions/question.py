"""The multiple-choice question: the one value every part of the app shares."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("cast", "date", "quote", "custom")


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

    @property
    def right_choice(self) -> str:
        """The text of the right choice."""
        return self.choices[self.answer]
