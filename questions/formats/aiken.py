"""Moodle's Aiken format: prompt line(s), lettered options, an ANSWER line, a blank line.

Aiken keeps the prompt, the choices in order and the right answer. It has no
place for an explanation, a difficulty or a kind (read back as "", 2 and
"custom"), and each option is one line, so surrounding whitespace and blank
prompt lines are not kept either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..exc import FormatError
from ..question import MAX_CHOICES, Question
from .validate import at_line, check_for_writing, collect, problems_of

KEEPS: tuple[str, ...] = ("prompt", "choices", "answer")
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_OPTION = re.compile(r"([A-Z])[.)](?:[ \t](.*))?", re.DOTALL)
_ANSWER = re.compile(r"answer:\s*([a-z])", re.IGNORECASE | re.ASCII)
_LOOSE_ANSWER = re.compile(r"answer:", re.IGNORECASE | re.ASCII)
_NEWLINE = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Split on line breaks only, unlike str.splitlines, which also breaks at \\x1c or \\u2028."""
    return _NEWLINE.split(text)


def looks_like(text: str) -> bool:
    """Tell an Aiken file by its ANSWER lines, since Moodle names both Aiken and GIFT files .txt."""
    return any(_ANSWER.fullmatch(line.strip()) for line in split_lines(text))


def read(text: str) -> list[Question]:
    """Read an Aiken file, refusing it whole if any question is bad."""
    found = (_read_block(block) for block in _blocks(text))
    return collect(found, "line 1: the file holds no questions")


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Group the stripped, numbered lines into questions at each blank line."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(split_lines(text.removeprefix("\ufeff")), start=1):
        line = line.strip()
        if line:
            current.append((number, line))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _read_block(block: list[tuple[int, str]]) -> Question | list[str]:
    """Read one question, or say what is wrong with it."""
    first = block[0][0]
    problems: list[str] = []
    answer_at = next((i for i, (_, line) in enumerate(block) if _ANSWER.fullmatch(line)), None)
    if answer_at is None:
        number, line = block[-1]
        if _LOOSE_ANSWER.match(line):
            return [f"line {number}: ANSWER must be one letter, as in 'ANSWER: B'"]
        return [f"line {first}: question has no 'ANSWER: X' line"]
    if answer_at != len(block) - 1:
        problems.append(
            f"line {block[answer_at + 1][0]}: text after the ANSWER line;"
            " put a blank line between questions"
        )
    # As in Moodle, every line that looks like an option is one; the prompt comes before them.
    start = next((i for i, (_, line) in enumerate(block) if _OPTION.fullmatch(line)), answer_at)
    if start >= answer_at:
        return [
            *problems,
            f"line {block[answer_at][0]}: question has no options before the ANSWER line",
        ]
    found: list[tuple[int, str, str]] = []
    for line_number, line in block[start:answer_at]:
        match = _OPTION.fullmatch(line)
        if match is None:
            problems.append(f"line {line_number}: expected an option such as 'B. text'")
            continue
        found.append((line_number, match.group(1), (match.group(2) or "").strip()))
    for position, (line_number, letter, _) in enumerate(found[: len(LETTERS)]):
        if letter != LETTERS[position]:
            problems.append(
                f"line {line_number}: options must be lettered A, B, C... in order;"
                f" expected {LETTERS[position]}"
            )
            break
    options = [text for _, _, text in found]
    number = block[answer_at][0]
    prompt = "\n".join(line for _, line in block[:start])
    letter = _ANSWER.fullmatch(block[answer_at][1]).group(1).upper()  # type: ignore[union-attr]
    right = LETTERS.index(letter)
    if right >= len(options):
        problems.append(f"line {number}: ANSWER {letter} names no option")
        right = 0
    problems.extend(problems_of(at_line(first), prompt, options, [right]))
    if problems:
        return problems
    return Question("custom", prompt, tuple(options), right)


def kept(question: Question) -> Question:
    """Return the question as Aiken gives it back, or say why Aiken cannot hold it."""
    problems: list[str] = []
    prompt_lines = [line.strip() for line in split_lines(question.prompt) if line.strip()]
    for line in prompt_lines:
        if _OPTION.fullmatch(line) or _LOOSE_ANSWER.match(line):
            problems.append(f"prompt: the line {line!r} would read as an Aiken option or answer")
    choices = tuple(choice.strip() for choice in question.choices)
    for number, choice in enumerate(choices, start=1):
        if len(split_lines(choice)) > 1:
            problems.append(f"choices: choice {number} spans lines; an Aiken option is one line")
    if len(choices) > MAX_CHOICES:
        problems.append(f"choices: Aiken here takes at most {MAX_CHOICES} options")
    if problems:
        raise FormatError(problems)
    return replace(
        question,
        kind="custom",
        prompt="\n".join(prompt_lines),
        choices=choices,
        explanation="",
        difficulty=2,
    )


def write(questions: Sequence[Question]) -> str:
    """Write questions as Aiken, the explanation and difficulty left out."""
    blocks = []
    for question in check_for_writing(questions, "aiken", kept):
        lines = [question.prompt]
        lines += [f"{LETTERS[i]}. {choice}" for i, choice in enumerate(question.choices)]
        lines.append(f"ANSWER: {LETTERS[question.answer]}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)
