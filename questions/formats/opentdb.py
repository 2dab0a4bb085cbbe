"""Open Trivia DB JSON, the shape its API returns, entities decoded on read and encoded on write.

OpenTDB keeps the prompt, the choices, which one is right and the difficulty.
It keeps no explanation or kind (read back as "" and "custom") and no choice
order: the right answer is read back first, and True/False as ("True", "False").
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import replace
from html.entities import codepoint2name

from ..exc import FormatError
from ..question import Question
from .json import load_json, type_name
from .validate import DIFFICULTY_NAMES, Where, check_for_writing, collect, problems_of

KEEPS: tuple[str, ...] = ("prompt", "choices", "answer", "difficulty")
TYPES = ("multiple", "boolean")
CATEGORY = "General Knowledge"
TRUE_FALSE = ("True", "False")

_DIFFICULTIES = {name: level for level, name in DIFFICULTY_NAMES.items()}
# PHP's htmlentities(ENT_QUOTES), which the API applies by default.
_ENTITIES = {code: f"&{name};" for code, name in codepoint2name.items() if code > 127}
_ENTITIES.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"})
_ENTITIES.update({ord('"'): "&quot;", ord("'"): "&#039;"})


def encode(text: str) -> str:
    """Encode text the way the API does by default, so that html.unescape restores it."""
    return text.translate(_ENTITIES)


def looks_like(data: object) -> bool:
    """Tell an API response from the app's plain list, for sniffing a .json file."""
    return isinstance(data, dict) and ("results" in data or "response_code" in data)


def read(text: str) -> list[Question]:
    """Read an API response, refusing it whole if any question is bad or of another type."""
    return read_value(load_json(text))


def read_value(data: object) -> list[Question]:
    """Read an already-parsed API response."""
    if not isinstance(data, dict):
        raise FormatError([f"$: must be an object with 'results', not {type_name(data)}"])
    code = data.get("response_code", 0)
    if code != 0 or isinstance(code, bool):
        raise FormatError([f"response_code: {code!r}; the API sent no questions"])
    results = data.get("results")
    if not isinstance(results, list):
        problem = "required" if results is None else f"must be a list, not {type_name(results)}"
        raise FormatError([f"results: {problem}"])
    found = (_read_one(f"results[{index}]", item) for index, item in enumerate(results))
    return collect(found, "results: the file holds no questions")


def _read_one(here: str, item: object) -> Question | list[str]:
    """Build one question or say everything wrong with it."""
    if not isinstance(item, dict):
        return [f"{here}: must be an object, not {type_name(item)}"]
    problems: list[str] = []

    def string(field: str) -> str:
        value = item.get(field)
        if isinstance(value, str):
            return html.unescape(value)
        problems.append(
            f"{here}.{field}: required"
            if value is None
            else f"{here}.{field}: must be a string, not {type_name(value)}"
        )
        return "?"

    kind = item.get("type")
    if kind not in TYPES:
        shown = "required" if kind is None else f"{kind!r} is not supported; only multiple, boolean"
        problems.append(f"{here}.type: {shown}")
    named = item.get("difficulty", "medium")
    difficulty = _DIFFICULTIES.get(named, 0) if isinstance(named, str) else 0
    if not difficulty:
        problems.append(f"{here}.difficulty: must be easy, medium or hard")
    if "category" in item and not isinstance(item["category"], str):
        problems.append(f"{here}.category: must be a string")
    prompt = string("question")
    right = string("correct_answer")
    wrong = item.get("incorrect_answers")
    if not isinstance(wrong, list) or not all(isinstance(answer, str) for answer in wrong):
        shown = "required" if wrong is None else "must be a list of strings"
        problems.append(f"{here}.incorrect_answers: {shown}")
        return problems
    choices: tuple[str, ...] = (right, *(html.unescape(answer) for answer in wrong))
    answer = 0
    if kind == "boolean":
        if right not in TRUE_FALSE or list(choices[1:]) != [a for a in TRUE_FALSE if a != right]:
            problems.append(
                f"{here}.correct_answer: a boolean question's answers must be 'True' and 'False'"
            )
            return problems
        choices, answer = TRUE_FALSE, TRUE_FALSE.index(right)
    problems.extend(problems_of(_fields(here), prompt, choices, [answer]))
    if problems:
        return problems
    return Question("custom", prompt, choices, answer, difficulty=difficulty)


def _fields(here: str) -> Where:
    """Name the API's own fields in problems about the question as a whole."""
    names = {"prompt": "question", "choices": "incorrect_answers", "answer": "correct_answer"}
    return lambda field: f"{here}.{names.get(field, field)}"


def kept(question: Question) -> Question:
    """Return the question as OpenTDB gives it back: right answer first, no explanation."""
    if question.difficulty not in DIFFICULTY_NAMES:
        raise FormatError(["difficulty: must be 1, 2 or 3"])
    right = question.choices[question.answer]
    choices: tuple[str, ...]
    if sorted(question.choices) == sorted(TRUE_FALSE):
        choices, answer = TRUE_FALSE, TRUE_FALSE.index(right)
    else:
        wrong = (c for i, c in enumerate(question.choices) if i != question.answer)
        choices, answer = (right, *wrong), 0
    return replace(question, kind="custom", choices=choices, answer=answer, explanation="")


def write(questions: Sequence[Question]) -> str:
    """Write questions as an API response with every string entity-encoded."""
    results = []
    for question in check_for_writing(questions, "opentdb", kept):
        right = question.choices[question.answer]
        results.append(
            {
                "category": CATEGORY,
                "type": "boolean" if question.choices == TRUE_FALSE else "multiple",
                "difficulty": DIFFICULTY_NAMES[question.difficulty],
                "question": encode(question.prompt),
                "correct_answer": encode(right),
                "incorrect_answers": [encode(c) for c in question.choices if c != right],
            }
        )
    return json.dumps({"response_code": 0, "results": results}, indent=2) + "\n"
