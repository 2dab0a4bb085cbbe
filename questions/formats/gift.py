"""Moodle's GIFT format, multiple-choice and true/false questions only.

GIFT keeps the prompt, the choices in order, the right answer and the
explanation (written as general feedback ``####``; read from it and from the
right answer's ``#feedback``). It has no difficulty or kind (read back as 2
and "custom"), and Moodle trims every text, so surrounding whitespace is not
kept. Titles and the wrong answers' feedback are read and dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..question import Question
from .aiken import split_lines
from .validate import at_line, check_for_writing, collect, problems_of

KEEPS: tuple[str, ...] = ("prompt", "choices", "answer", "explanation")
SPECIAL = "~=#{}:"
MARKERS = ("[moodle]", "[html]", "[plain]", "[markdown]")
TRUE_FALSE = ("True", "False")

_TRUE_WORDS = ("T", "TRUE")
_FALSE_WORDS = ("F", "FALSE")
# Moodle's test for a weight such as %50% at the start of a ~ answer.
_WEIGHT = re.compile(r"%(-*[0-9]+(?:\.[0-9]*)?)%")
_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<br\s*/?>|</p\s*>|</div\s*>|</li\s*>", re.IGNORECASE)


@dataclass(frozen=True)
class _Span:
    """Text after unescaping, remembering which characters were escaped and their lines."""

    text: str
    escaped: tuple[bool, ...]
    lines: tuple[int, ...]

    def __getitem__(self, part: slice) -> _Span:
        return _Span(self.text[part], self.escaped[part], self.lines[part])

    def find(self, needle: str, start: int = 0) -> int:
        """Find ``needle`` written plainly, skipping escaped copies."""
        index = self.text.find(needle, start)
        while index != -1 and any(self.escaped[index : index + len(needle)]):
            index = self.text.find(needle, index + 1)
        return index

    def rfind(self, needle: str) -> int:
        """Find the last plainly written ``needle``."""
        index = self.text.rfind(needle)
        while index != -1 and any(self.escaped[index : index + len(needle)]):
            index = self.text.rfind(needle, 0, index + len(needle) - 1)
        return index

    def split(self, separator: str) -> list[_Span]:
        """Split at each plainly written ``separator``."""
        parts: list[_Span] = []
        start = 0
        index = self.find(separator)
        while index != -1:
            parts.append(self[start:index])
            start = index + len(separator)
            index = self.find(separator, start)
        parts.append(self[start:])
        return parts

    def strip(self) -> _Span:
        """Trim whitespace at both ends, as Moodle trims every text."""
        start, end = 0, len(self.text)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return self[start:end]

    def line(self, default: int) -> int:
        """The line this text starts on."""
        return self.lines[0] if self.lines else default


def _unescape(lines: list[tuple[int, str]]) -> _Span:
    """Join a question's lines and resolve GIFT's backslash escapes."""
    chars: list[str] = []
    escaped: list[bool] = []
    numbers: list[int] = []
    for position, (number, line) in enumerate(lines):
        if position:
            chars.append("\n")
            escaped.append(False)
            numbers.append(number)
        index = 0
        while index < len(line):
            char = line[index]
            after = line[index + 1 : index + 2]
            if char == "\\" and after and (after in SPECIAL or after in "\\n"):
                chars.append("\n" if after == "n" else after)
                escaped.append(True)
                index += 2
            else:
                chars.append(char)
                escaped.append(False)
                index += 1
            numbers.append(number)
    return _Span("".join(chars), tuple(escaped), tuple(numbers))


def read(text: str) -> list[Question]:
    """Read a GIFT file, refusing it whole if any question is bad or of a kind not supported."""
    found = (_read_block(block) for block in _blocks(text))
    return collect(found, "line 1: the file holds no questions")


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Group trimmed lines into questions at blank lines, dropping comments and categories."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(split_lines(text.removeprefix("\ufeff")), start=1):
        line = line.strip()
        if not line:
            if current:
                blocks.append(current)
            current = []
        # As in Moodle, a comment line does not end a question, but a blank line does.
        elif not line.startswith("//") and not line.startswith("$CATEGORY:"):
            current.append((number, line))
    if current:
        blocks.append(current)
    return blocks


def _read_block(block: list[tuple[int, str]]) -> Question | list[str]:
    """Read one question, or say what is wrong with it."""
    first = block[0][0]
    span = _unescape(block)
    if span.text.startswith("::") and not any(span.escaped[:2]):
        end = span.find("::", 2)
        if end == -1:
            return [f"line {first}: the title has no closing '::'"]
        span = span[end + 2 :]
    opening = span.find("{")
    if opening == -1:
        return [f"line {first}: no answer block {{...}}; description questions are not supported"]
    closing = span.find("}", opening)
    if closing == -1:
        return [f"line {span.line(first)}: the answer block has no closing '}}'"]
    inner = span[opening + 1 : closing]
    nested = inner.find("{")
    if nested != -1:
        return [f"line {inner.lines[nested]}: a '{{' inside an answer block must be written \\{{"]
    rest = span[closing + 1 :]
    if rest.strip().text:
        return [
            f"line {first}: text after the answer block (a missing-word question) is not supported"
        ]
    fmt, prompt = _format_of(span[:opening].text, "[moodle]")
    return _read_answers(first, fmt, _as_text(prompt, fmt), inner)


def _read_answers(first: int, fmt: str, prompt: str, inner: _Span) -> Question | list[str]:
    """Read the answer block the way Moodle decides a question's type."""
    general = ""
    split = inner.rfind("####")
    if split != -1:
        general = _text(inner[split + 4 :].text, fmt)
        inner = inner[:split]
    answers = inner.strip()
    if not answers.text:
        return [f"line {first}: essay questions ({{}}) are not supported"]
    if answers.text.startswith("#") and not answers.escaped[0]:
        return [f"line {first}: numeric questions ({{#...}}) are not supported"]
    if answers.find("~") != -1:
        return _read_choices(first, fmt, prompt, answers, general)
    if answers.find("=") != -1 and "->" in answers.text:
        return [f"line {first}: matching questions (=a -> b) are not supported"]
    parts = answers.split("#")
    word = parts[0].strip().text
    if word in _TRUE_WORDS or word in _FALSE_WORDS:
        if len(parts) > 3:
            return [f"line {first}: a true/false answer takes at most two '#' feedbacks"]
        right = _text(parts[2].text, fmt) if len(parts) == 3 else ""
        explanation = _join(right, general)
        answer = 0 if word in _TRUE_WORDS else 1
        return Question("custom", prompt, TRUE_FALSE, answer, explanation)
    if word.upper() in _TRUE_WORDS + _FALSE_WORDS:
        return [f"line {first}: write true/false answers as T, F, TRUE or FALSE"]
    return [f"line {first}: short-answer questions (no ~ wrong answer) are not supported"]


def _read_choices(
    first: int, fmt: str, prompt: str, answers: _Span, general: str
) -> Question | list[str]:
    """Read a multiple-choice block, ``=right ~wrong #feedback``, refusing partial credit."""
    problems: list[str] = []
    items: list[tuple[str, _Span]] = []
    marks = [
        index
        for index, char in enumerate(answers.text)
        if char in "=~" and not answers.escaped[index]
    ]
    if answers[: marks[0]].strip().text:
        problems.append(f"line {first}: text before the first answer; start answers with = or ~")
    for position, mark in enumerate(marks):
        start = mark + 1
        end = marks[position + 1] if position + 1 < len(marks) else len(answers.text)
        items.append((answers.text[mark], answers[start:end]))
    choices: list[str] = []
    right: list[int] = []
    explanation = ""
    for sign, item in items:
        number = item.line(first)
        body = item.strip()
        weight = _WEIGHT.match(body.text) if sign == "~" else None
        if weight is not None:
            body = body[weight.end() :]
            value = weight.group(1).lstrip("-")
            if weight.group(1).startswith("-") or float(value) not in (0.0, 100.0):
                problems.append(
                    f"line {number}: answer weight %{weight.group(1)}% (partial credit)"
                    " is not supported"
                )
            elif float(value) == 100.0:
                sign = "="
        hash_at = body.find("#")
        feedback = ""
        if hash_at != -1:
            feedback = _text(body[hash_at + 1 :].text, fmt)
            body = body[:hash_at]
        if sign == "=":
            right.append(len(choices))
            explanation = feedback
        choices.append(_text(body.text, fmt))
    problems.extend(problems_of(at_line(first), prompt, choices, right))
    if problems:
        return problems
    return Question("custom", prompt, tuple(choices), right[0], _join(explanation, general))


def _join(*texts: str) -> str:
    """Join the feedback texts that are present, so none is lost."""
    return "\n".join(text for text in texts if text)


def _format_of(text: str, default: str) -> tuple[str, str]:
    """Split off a leading format marker such as ``[html]``, as Moodle does."""
    stripped = text.strip()
    for marker in MARKERS:
        if stripped.startswith(marker):
            return marker, stripped[len(marker) :]
    return default, stripped


def _text(text: str, fmt: str) -> str:
    """A piece of answer text or feedback, in its own format or the question's."""
    fmt, text = _format_of(text, fmt)
    return _as_text(text, fmt)


def _as_text(text: str, fmt: str) -> str:
    """Turn text in a GIFT format into the plain text the app shows."""
    if fmt == "[html]":
        text = html.unescape(_TAG.sub("", _BREAK.sub("\n", text)))
        lines = (" ".join(line.split()) for line in split_lines(text))
        return "\n".join(line for line in lines if line)
    return text.strip()


def escape(text: str) -> str:
    """Escape GIFT's special characters and line breaks so text reads back unchanged."""
    text = text.replace("\\", "\\\\")
    for char in SPECIAL:
        text = text.replace(char, "\\" + char)
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _guard(text: str, marker: str) -> str:
    """Prefix a marker when the text would otherwise be read as a marker or a comment."""
    if marker or text.startswith(MARKERS) or text.startswith("//"):
        return (marker or "[moodle]") + text
    return text


def kept(question: Question) -> Question:
    """Return the question as GIFT gives it back: trimmed, without difficulty or kind."""
    return replace(
        question,
        kind="custom",
        prompt=_normal(question.prompt),
        choices=tuple(_normal(choice) for choice in question.choices),
        explanation=_normal(question.explanation),
        difficulty=2,
    )


def _normal(text: str) -> str:
    """Trim text and use one kind of line break, which is all GIFT can carry."""
    return "\n".join(split_lines(text)).strip()


def write(questions: Sequence[Question]) -> str:
    """Write questions as GIFT, true/false ones as ``{T}`` or ``{F}``."""
    blocks = [_write_one(question) for question in check_for_writing(questions, "gift", kept)]
    return "\n".join(blocks)


def _write_one(question: Question) -> str:
    """Write one question, its explanation as general feedback."""
    texts = (question.prompt, question.explanation, *question.choices)
    # Moodle reads unmarked text as HTML-ish, so mark text holding < or & as plain.
    marker = "[plain]" if any("<" in text or "&" in text for text in texts) else ""
    lines = [_guard(escape(question.prompt), marker) + " {"]
    if question.choices == TRUE_FALSE:
        lines.append("T" if question.answer == 0 else "F")
    else:
        for index, choice in enumerate(question.choices):
            text = _guard(escape(choice), marker)
            if index == question.answer:
                lines.append("=" + text)
            else:
                # A wrong answer starting with % would read as a weight; %0% is an explicit one.
                lines.append("~" + ("%0%" + text if text.startswith("%") else text))
    if question.explanation:
        lines.append("####" + _guard(escape(question.explanation), marker))
    lines.append("}")
    return "\n".join(lines) + "\n"
