from __future__ import annotations

import json
from pathlib import Path

import pytest

from questions.exc import FormatError
from questions.formats import opentdb
from questions.question import Question

EXAMPLES = Path(__file__).parent / "examples"


def problems(value: object) -> list[str]:
    with pytest.raises(FormatError) as error:
        opentdb.read(json.dumps(value))
    return error.value.problems


def item(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "category": "General Knowledge",
        "type": "multiple",
        "difficulty": "easy",
        "question": "Q?",
        "correct_answer": "a",
        "incorrect_answers": ["b", "c", "d"],
    }
    base.update(fields)
    return {key: value for key, value in base.items() if value is not None}


def test_reads_api_response_decoding_entities() -> None:
    questions = opentdb.read((EXAMPLES / "opentdb.json").read_text(encoding="utf-8"))
    assert questions == [
        Question(
            "custom",
            'Who played Romy in "Romy and Michele\'s High School Reunion"?',
            ("Mira Sorvino", "Lisa Kudrow", "Janeane Garofalo", "Alan Cumming"),
            0,
            difficulty=2,
        ),
        Question(
            "custom",
            '"Pokémon" is short for "Pocket Monsters".',
            ("True", "False"),
            0,
            difficulty=1,
        ),
        Question(
            "custom", "The chemical symbol for gold is <Ag>.", ("True", "False"), 1, difficulty=3
        ),
    ]


def test_writes_as_the_api_encodes_by_default() -> None:
    questions = [
        Question("cast", 'Is "Pokémon" <Japanese> & Romy\'s?', ("False", "True"), 1, "x", 3),
        Question("custom", "Café?", ("a", "b", "ç"), 2),
    ]
    data = json.loads(opentdb.write(questions))
    assert data == {
        "response_code": 0,
        "results": [
            {
                "category": "General Knowledge",
                "type": "boolean",
                "difficulty": "hard",
                "question": "Is &quot;Pok&eacute;mon&quot; &lt;Japanese&gt; &amp; Romy&#039;s?",
                "correct_answer": "True",
                "incorrect_answers": ["False"],
            },
            {
                "category": "General Knowledge",
                "type": "multiple",
                "difficulty": "medium",
                "question": "Caf&eacute;?",
                "correct_answer": "&ccedil;",
                "incorrect_answers": ["a", "b"],
            },
        ],
    }
    assert opentdb.read(opentdb.write(questions)) == [opentdb.kept(q) for q in questions]


def test_every_problem_is_reported_with_its_path() -> None:
    value = {
        "response_code": 0,
        "results": [
            item(),
            item(type="text_entry"),
            item(incorrect_answers=None, question=None),
            item(type="boolean", correct_answer="Yes", incorrect_answers=["No"]),
            item(incorrect_answers=["a", "b"], difficulty="extreme"),
            "not an object",
        ],
    }
    assert problems(value) == [
        "results[1].type: 'text_entry' is not supported; only multiple, boolean",
        "results[2].question: required",
        "results[2].incorrect_answers: required",
        "results[3].correct_answer: a boolean question's answers must be 'True' and 'False'",
        "results[4].difficulty: must be easy, medium or hard",
        "results[4].incorrect_answers: choice 'a' appears more than once",
        "results[5]: must be an object, not a string",
    ]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ([], "$: must be an object with 'results', not an array"),
        ({"response_code": 1, "results": []}, "response_code: 1; the API sent no questions"),
        ({"response_code": 0}, "results: required"),
        ({"response_code": 0, "results": []}, "results: the file holds no questions"),
        (
            {"results": [item(incorrect_answers=[])]},
            "results[0].incorrect_answers: question has 1 choices; it needs 2 to 6",
        ),
    ],
)
def test_problem_is_reported(value: object, problem: str) -> None:
    assert problems(value) == [problem]


def test_invalid_json_names_the_line() -> None:
    with pytest.raises(FormatError) as error:
        opentdb.read('{\n  "results": [,]\n}')
    assert error.value.problems == ["line 2, column 15: not valid JSON: Expecting value"]


def test_round_trip_of_the_example_file() -> None:
    questions = opentdb.read((EXAMPLES / "opentdb.json").read_text(encoding="utf-8"))
    assert opentdb.read(opentdb.write(questions)) == questions
