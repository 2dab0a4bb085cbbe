"""Every format refuses a file whose question or choice is only invisible characters."""

from __future__ import annotations

import json

import pytest

from questions.exc import FormatError
from questions.formats import read

# Each file holds one good question first, so no reader can drop the "\ufeff" as a BOM.
GOOD_GIFT = "Good? {=a ~b}\n\n"
GOOD_AIKEN = "Good?\nA. a\nB. b\nANSWER: A\n\n"
GOOD = {"prompt": "Good?", "choices": ["a", "b"], "answer": 0}


def _opentdb(question: str, right: str, wrong: str) -> str:
    item = {"type": "multiple", "difficulty": "easy", "category": "Film"}
    good = {**item, "question": "Good?", "correct_answer": "a", "incorrect_answers": ["b"]}
    bad = {**item, "question": question, "correct_answer": right, "incorrect_answers": [wrong]}
    return json.dumps({"response_code": 0, "results": [good, bad]})


FILES = {
    "gift": (GOOD_GIFT + "\ufeff {=a ~b}\n", GOOD_GIFT + "Who? {=a ~\u200b\u200b}\n"),
    "aiken": (
        GOOD_AIKEN + "\ufeff\nA. a\nB. b\nANSWER: A\n",
        GOOD_AIKEN + "Who?\nA. a\nB. \u200b\u200b\nANSWER: A\n",
    ),
    "opentdb": (_opentdb("\ufeff", "a", "b"), _opentdb("Who?", "a", "\u200b\u200b")),
    "json": (
        json.dumps([GOOD, {**GOOD, "prompt": "\ufeff"}]),
        json.dumps([GOOD, {**GOOD, "choices": ["a", "\u200b\u200b"]}]),
    ),
}


@pytest.mark.parametrize("fmt", FILES)
def test_a_question_of_only_a_byte_order_mark_is_refused(fmt: str) -> None:
    with pytest.raises(FormatError, match="question has no visible text"):
        read(FILES[fmt][0], fmt)


@pytest.mark.parametrize("fmt", FILES)
def test_a_choice_of_only_zero_width_spaces_is_refused(fmt: str) -> None:
    with pytest.raises(FormatError, match="choice 2 has no visible text"):
        read(FILES[fmt][1], fmt)
