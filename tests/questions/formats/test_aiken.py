from __future__ import annotations

from pathlib import Path

import pytest

from questions.exc import FormatError
from questions.formats import aiken
from questions.question import Question

EXAMPLES = Path(__file__).parent / "examples"


def problems(text: str) -> list[str]:
    with pytest.raises(FormatError) as error:
        aiken.read(text)
    return error.value.problems


def test_reads_moodle_examples() -> None:
    questions = aiken.read((EXAMPLES / "moodle.txt").read_text(encoding="utf-8"))
    assert questions == [
        Question(
            "custom",
            "What is the correct answer to this question?",
            ("Is it this one?", "Maybe this answer?", "Possibly this one?", "Must be this one!"),
            3,
        ),
        Question(
            "custom",
            "Which LMS has the most quiz import formats?",
            ("Moodle", "ATutor", "Claroline", "Blackboard", "WebCT", "Ilias"),
            0,
        ),
        Question(
            "custom",
            "A question whose prompt\nruns over two lines, Lincoln's A. and B. included",
            ("The real first option", "The real second option"),
            1,
        ),
    ]


def test_every_problem_is_reported_with_its_line() -> None:
    assert problems((EXAMPLES / "broken.txt").read_text(encoding="utf-8")) == [
        "line 1: question has no 'ANSWER: X' line",
        "line 8: expected an option such as 'B. text'",
        "line 7: options must be lettered A, B, C... in order; expected B",
        "line 15: text after the ANSWER line; put a blank line between questions",
        "line 14: ANSWER C names no option",
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Q\nA. a\nB. b\nANSWER: 1", "line 4: ANSWER must be one letter, as in 'ANSWER: B'"),
        ("Q\nANSWER: A", "line 2: question has no options before the ANSWER line"),
        (
            "Q\nA. a\nC. b\nANSWER: A",
            "line 3: options must be lettered A, B, C... in order; expected B",
        ),
        (
            "Q\nB. a\nC. b\nANSWER: B",
            "line 2: options must be lettered A, B, C... in order; expected A",
        ),
        ("A. a\nB. b\nANSWER: A", "line 1: question has no visible text"),
        ("Q\nA. a\nB.\nANSWER: A", "line 1: choice 2 has no visible text"),
        ("Q\nA. a\nANSWER: A", "line 1: question has 1 choices; it needs 2 to 6"),
        ("\n\n  \n", "line 1: the file holds no questions"),
    ],
)
def test_problem_is_reported(text: str, problem: str) -> None:
    assert problems(text) == [problem]


def test_windows_line_endings_and_a_byte_order_mark() -> None:
    [question] = aiken.read("\ufeffQ?\r\nA) yes\r\nB) no\r\nANSWER: b\r\n")
    assert question == Question("custom", "Q?", ("yes", "no"), 1)


def test_writes_strict_layout() -> None:
    question = Question("cast", "Who?\nReally?", ("Me", "You"), 1, "Because.", 3)
    text = aiken.write([question, question])
    assert (
        text
        == "Who?\nReally?\nA. Me\nB. You\nANSWER: B\n\nWho?\nReally?\nA. Me\nB. You\nANSWER: B\n"
    )
    assert aiken.read(text) == [Question("custom", "Who?\nReally?", ("Me", "You"), 1)] * 2


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        (
            Question("custom", "Q", ("one\nline", "two"), 0),
            "questions[0].choices: choice 1 spans lines; an Aiken option is one line",
        ),
        (
            Question("custom", "Who said\nB. this?", ("a", "b"), 0),
            "questions[0].prompt: the line 'B. this?' would read as an Aiken option or answer",
        ),
        (
            Question("custom", "Q", ("a", " a "), 0),
            "questions[0].choices: choice 'a' appears more than once",
        ),
    ],
)
def test_refuses_what_aiken_cannot_hold(question: Question, problem: str) -> None:
    with pytest.raises(FormatError) as error:
        aiken.write([question])
    assert error.value.problems == [f"cannot write aiken: {problem}"]


def test_round_trip_of_the_example_file() -> None:
    text = (EXAMPLES / "moodle.txt").read_text(encoding="utf-8")
    questions = aiken.read(text)
    assert aiken.read(aiken.write(questions)) == questions
