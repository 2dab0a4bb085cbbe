"""The app's own JSON: a list of questions that keeps every field exactly.

Shape: ``[{"prompt", "choices", "answer", "explanation", "difficulty", "kind"}]``;
``explanation`` (default ""), ``difficulty`` (1-3, default 2) and ``kind``
(default "custom") may be left out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..exc import FormatError
from ..question import QUESTION_KINDS, Question
from .validate import check_for_writing, collect, problems_of, under

KEEPS: tuple[str, ...] = ("prompt", "choices", "answer", "explanation", "difficulty", "kind")
_FIELDS = frozenset(KEEPS)


def load_json(text: str) -> Any:
    """Parse JSON text, turning every way it can fail into a FormatError that names the line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(
            [f"line {error.lineno}, column {error.colno}: not valid JSON: {error.msg}"]
        ) from None
    except RecursionError:
        raise FormatError(["line 1: JSON nests too deeply"]) from None
    except ValueError as error:  # such as an integer longer than Python will convert
        raise FormatError([f"line 1: not valid JSON: {error}"]) from None


def type_name(value: object) -> str:
    """Name a JSON value's type the way JSON does, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def is_int(value: object) -> bool:
    """Tell a JSON integer from a boolean or a float, which Python would let pass."""
    return type(value) is int


def read(text: str) -> list[Question]:
    """Read a JSON list of questions, refusing it whole if any question is bad."""
    return read_value(load_json(text))


def read_value(data: object) -> list[Question]:
    """Read already-parsed JSON, so callers that sniffed the shape need not parse twice."""
    if not isinstance(data, list):
        raise FormatError([f"$: must be a list of questions, not {type_name(data)}"])
    found = (_read_one(f"[{index}]", item) for index, item in enumerate(data))
    return collect(found, "$: the file holds no questions")


def _read_one(here: str, item: object) -> Question | list[str]:
    """Build one question or say everything wrong with it."""
    if not isinstance(item, dict):
        return [f"{here}: must be an object, not {type_name(item)}"]
    problems = [f"{here}.{key}: unknown field" for key in item if key not in _FIELDS]
    # Stand-ins keep one bad field from causing a second, confusing complaint.
    prompt = item.get("prompt")
    if not isinstance(prompt, str):
        problems.append(_wrong(here, "prompt", prompt, "a string"))
        prompt = "?"
    choices = item.get("choices")
    if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
        problems.append(_wrong(here, "choices", choices, "a list of strings"))
        choices = ["?", "??"]
    answer = item.get("answer")
    if isinstance(answer, bool) or not isinstance(answer, int):
        problems.append(_wrong(here, "answer", answer, "an integer"))
        answer = 0
    elif not 0 <= answer < len(choices):
        problems.append(f"{here}.answer: {answer} is not the index of a choice")
        answer = 0
    explanation = item.get("explanation", "")
    if not isinstance(explanation, str):
        problems.append(_wrong(here, "explanation", explanation, "a string"))
    difficulty = item.get("difficulty", 2)
    if not is_int(difficulty) or difficulty not in (1, 2, 3):
        problems.append(f"{here}.difficulty: must be 1, 2 or 3")
    kind = item.get("kind", "custom")
    if kind not in QUESTION_KINDS:
        problems.append(f"{here}.kind: must be one of {', '.join(QUESTION_KINDS)}")
    problems.extend(problems_of(under(here), prompt, choices, [answer]))
    if problems:
        return problems
    return Question(kind, prompt, tuple(choices), answer, explanation, difficulty)


def _wrong(here: str, field: str, value: object, wanted: str) -> str:
    """Say a field is missing or of the wrong type."""
    if value is None:
        return f"{here}.{field}: required"
    return f"{here}.{field}: must be {wanted}, not {type_name(value)}"


def kept(question: Question) -> Question:
    """Return the question as this format gives it back: all of it, if its reader would take it."""
    problems = []
    if type(question.difficulty) is not int or question.difficulty not in (1, 2, 3):
        problems.append("difficulty: must be 1, 2 or 3")
    if question.kind not in QUESTION_KINDS:
        problems.append(f"kind: must be one of {', '.join(QUESTION_KINDS)}")
    if problems:
        raise FormatError(problems)
    return question


def write(questions: Sequence[Question]) -> str:
    """Write questions as the app's JSON list, every field included."""
    held = check_for_writing(questions, "json", kept)
    items = [
        {
            "prompt": q.prompt,
            "choices": list(q.choices),
            "answer": q.answer,
            "explanation": q.explanation,
            "difficulty": q.difficulty,
            "kind": q.kind,
        }
        for q in held
    ]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"
