"""A Question refuses, when it is made, a prompt or choice that a player would see as empty."""

from __future__ import annotations

import pytest

from questions.exc import QuestionError
from questions.question import Question, is_invisible

INVISIBLE = ["", "\ufeff", "\u200b\u200b", " \u00a0\t", "\u2028", "\n\r"]


@pytest.mark.parametrize("invisible", INVISIBLE)
def test_a_prompt_of_only_invisible_characters_is_refused(invisible: str) -> None:
    with pytest.raises(QuestionError, match="question has no visible text"):
        Question("cast", invisible, ("a", "b"), 0)


@pytest.mark.parametrize("invisible", INVISIBLE)
def test_a_choice_of_only_invisible_characters_is_refused(invisible: str) -> None:
    with pytest.raises(QuestionError, match="choice 2 has no visible text"):
        Question("cast", "Who?", ("a", invisible), 0)


def test_visible_text_next_to_invisible_characters_is_kept() -> None:
    question = Question("cast", "\ufeffWho?", ("\u200ba", "b "), 0)
    assert question.prompt == "\ufeffWho?"
    assert not is_invisible(question.prompt)
