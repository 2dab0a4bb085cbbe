"""The rules every quiz file must keep, shared so each format refuses the same things."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..exc import FormatError, QuestionError
from ..question import MAX_CHOICES, MIN_CHOICES, Question, is_invisible

DIFFICULTY_NAMES = {1: "easy", 2: "medium", 3: "hard"}

# Maps a field name ("prompt", "choices", "answer") to where it sits in the file.
Where = Callable[[str], str]


def under(path: str) -> Where:
    """Name fields under a JSON path, as in ``results[3].question``."""
    return lambda field: f"{path}.{field}"


def at_line(number: int) -> Where:
    """Name every field by one line, since text formats have no field names."""
    return lambda field: f"line {number}"


def problems_of(
    where: Where, prompt: str, choices: Sequence[str], right: Sequence[int]
) -> list[str]:
    """List why these parts cannot make a Question, so a reader can report them all at once."""
    problems: list[str] = []
    if is_invisible(prompt):
        problems.append(f"{where('prompt')}: question has no visible text")
    if not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
        problems.append(
            f"{where('choices')}: question has {len(choices)} choices;"
            f" it needs {MIN_CHOICES} to {MAX_CHOICES}"
        )
    seen: set[str] = set()
    for number, choice in enumerate(choices, start=1):
        if is_invisible(choice):
            problems.append(f"{where('choices')}: choice {number} has no visible text")
        elif choice in seen:
            problems.append(f"{where('choices')}: choice {choice!r} appears more than once")
        seen.add(choice)
    if not right:
        problems.append(f"{where('answer')}: question has no right answer")
    elif len(right) > 1:
        problems.append(
            f"{where('answer')}: question has {len(right)} right answers; only one is supported"
        )
    return problems


def check_for_writing(
    questions: Sequence[Question], fmt: str, shape: Callable[[Question], Question]
) -> list[Question]:
    """Return each question as ``fmt`` will hold it, or refuse the lot if one cannot be written.

    A writer refuses rather than writing a file that its own reader, or the
    program the file is meant for, would refuse or misread.
    """
    problems: list[str] = []
    shaped: list[Question] = []
    for index, question in enumerate(questions):
        here = f"questions[{index}]"
        if not isinstance(question, Question):
            problems.append(f"{here}: not a Question")
            continue
        choices = question.choices
        answer = question.answer
        if type(answer) is not int or not 0 <= answer < len(choices):
            problems.append(f"{here}.answer: {answer!r} is not the index of a choice")
            continue
        try:
            held = shape(question)
        except FormatError as error:
            problems.extend(f"{here}.{problem}" for problem in error.problems)
            continue
        except QuestionError as error:  # the format's trimming left no visible text
            problems.append(f"{here}: {error}")
            continue
        problems.extend(problems_of(under(here), held.prompt, held.choices, [held.answer]))
        shaped.append(held)
    if problems:
        raise FormatError([f"cannot write {fmt}: {problem}" for problem in problems])
    return shaped


def collect(found: Iterable[Question | list[str]], empty: str) -> list[Question]:
    """Keep every question read, or refuse the file whole with every problem of every one.

    ``empty`` is the message for a file that holds no question at all.
    """
    problems: list[str] = []
    questions: list[Question] = []
    for item in found:
        if isinstance(item, Question):
            questions.append(item)
        else:
            problems.extend(item)
    if problems:
        raise FormatError(problems)
    if not questions:
        raise FormatError([empty])
    return questions
