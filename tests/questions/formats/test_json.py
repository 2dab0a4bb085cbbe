from __future__ import annotations

import json
from pathlib import Path

import pytest

from questions.exc import FormatError
from questions.formats import json as json_format
from questions.question import Question

EXAMPLES = Path(__file__).parent / "examples"


def problems(value: object) -> list[str]:
    with pytest.raises(FormatError) as error:
        json_format.read(json.dumps(value))
    return error.value.problems


def test_reads_the_apps_json_with_defaults() -> None:
    questions = json_format.read((EXAMPLES / "questions.json").read_text(encoding="utf-8"))
    assert questions == [
        Question(
            "cast",
            "Who played Romy?",
            ("Mira Sorvino", "Lisa Kudrow", "Alan Cumming", "Janeane Garofalo"),
            0,
            "Sorvino played Romy.",
            1,
        ),
        Question(
            "custom", "In what year did the film come out?", ("1995", "1996", "1997", "1998"), 2
        ),
    ]


def test_round_trip_keeps_everything() -> None:
    questions = [
        Question("quote", ' Who said "<b>hi</b>"?\n ', ("Ünïcødé 🎬", "{~=#}"), 1, "because\n", 3),
    ]
    text = json_format.write(questions)
    assert "Ünïcødé 🎬" in text
    assert json_format.read(text) == questions


def test_every_problem_is_reported_with_its_path() -> None:
    good = {"prompt": "Q", "choices": ["a", "b"], "answer": 0}
    value = [
        good,
        {"choices": ["a", "b"], "answer": 2},
        {**good, "answer": True, "difficulty": 4, "kind": "film", "extra": 1},
        {**good, "choices": "ab"},
        {**good, "choices": ["a", " "], "prompt": "  "},
        {**good, "explanation": None},
        7,
    ]
    assert problems(value) == [
        "[1].prompt: required",
        "[1].answer: 2 is not the index of a choice",
        "[2].extra: unknown field",
        "[2].answer: must be an integer, not a boolean",
        "[2].difficulty: must be 1, 2 or 3",
        "[2].kind: must be one of cast, date, quote, custom",
        "[3].choices: must be a list of strings, not a string",
        "[4].prompt: question has no visible text",
        "[4].choices: choice 2 has no visible text",
        "[5].explanation: required",
        "[6]: must be an object, not a number",
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{}", "$: must be a list of questions, not an object"),
        ("[]", "$: the file holds no questions"),
        ("[" * 100_000, "line 1: JSON nests too deeply"),
        ("[" + "9" * 5000 + "]", "line 1: not valid JSON: Exceeds the limit"),
        ("", "line 1, column 1: not valid JSON: Expecting value"),
    ],
)
def test_bad_files_are_refused(text: str, problem: str) -> None:
    with pytest.raises(FormatError) as error:
        json_format.read(text)
    [found] = error.value.problems
    assert found.startswith(problem)


def test_refuses_to_write_what_it_would_not_read() -> None:
    with pytest.raises(FormatError) as error:
        json_format.write([Question("film", "Q", ("a", "b"), 5, difficulty=9)])
    assert error.value.problems == [
        "cannot write json: questions[0].answer: 5 is not the index of a choice"
    ]
    with pytest.raises(FormatError) as error:
        json_format.write([Question("film", "Q", ("a", "b"), 0, difficulty=9)])
    assert error.value.problems == [
        "cannot write json: questions[0].difficulty: must be 1, 2 or 3",
        "cannot write json: questions[0].kind: must be one of cast, date, quote, custom",
    ]
