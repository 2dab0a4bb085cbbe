"""Quiz files in the formats quiz people already use: GIFT, Aiken, Open Trivia DB and plain JSON.

Each format is one module with ``read(text)``, ``write(questions)`` and
``kept(question)`` (the question as that format gives it back); this module
picks the module by name or by file name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..exc import FormatError as FormatError
from ..question import Question
from . import aiken, gift, json, opentdb


class Format(Protocol):
    """A format module: ``read(text)``, ``write(questions)``, ``kept(question)`` and ``KEEPS``."""

    KEEPS: tuple[str, ...]

    def read(self, text: str) -> list[Question]:
        """Read every question of a file in this format."""
        ...

    def write(self, questions: Sequence[Question]) -> str:
        """Write questions in this format."""
        ...

    def kept(self, question: Question) -> Question:
        """Return the question as writing and reading it back gives it."""
        ...


#: Every format by its name: the one registry the readers, writers and app use.
REGISTRY: dict[str, Format] = {"gift": gift, "aiken": aiken, "opentdb": opentdb, "json": json}
FORMATS = tuple(REGISTRY)
#: The fields each format keeps on a round trip.
KEEPS = {name: module.KEEPS for name, module in REGISTRY.items()}
_EXTENSIONS = {".gift": "gift", ".aiken": "aiken", ".txt": "aiken", ".json": "json"}


def _check_name(fmt: str) -> None:
    """Refuse a format name that is not one of FORMATS."""
    if fmt not in FORMATS:
        raise FormatError([f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"])


def read(text: str, fmt: str) -> list[Question]:
    """Read every question of a quiz file, or raise one FormatError listing every problem."""
    _check_name(fmt)
    questions = REGISTRY[fmt].read(text)
    # NUL is no text anyone means to write, and no database column can hold it.
    with_nul = [
        f"question {number}: contains a NUL character"
        for number, q in enumerate(questions, start=1)
        if "\x00" in q.prompt + q.explanation + "".join(q.choices)
    ]
    if with_nul:
        raise FormatError(with_nul)
    return questions


def write(questions: Sequence[Question], fmt: str) -> str:
    """Write questions in ``fmt``, or raise FormatError naming those the format cannot hold."""
    _check_name(fmt)
    return REGISTRY[fmt].write(questions)


def kept(question: Question, fmt: str) -> Question:
    """Return the question as writing and reading it back in ``fmt`` gives it."""
    _check_name(fmt)
    return REGISTRY[fmt].kept(question)


def format_for_filename(name: str, text: str | None = None) -> str:
    """Pick a format from a file's extension, and for .json from its text's shape if given.

    ``.gift`` is GIFT; ``.aiken`` is Aiken; ``.txt`` (which Moodle uses for
    both) is Aiken, unless ``text`` is given, has no ``ANSWER:`` line and
    has a ``{``, which makes it GIFT; ``.json`` is an Open Trivia DB response
    when ``text`` is an object with ``results``, and otherwise the app's
    plain JSON list.
    """
    dot = name.rfind(".")
    extension = name[dot:].lower() if dot > max(name.rfind("/"), name.rfind("\\")) else ""
    fmt = _EXTENSIONS.get(extension)
    if fmt is None:
        known = ", ".join(_EXTENSIONS)
        raise FormatError([f"{name}: cannot tell the format from the name; use one of {known}"])
    if text is None:
        return fmt
    if extension == ".txt" and "{" in text and not aiken.looks_like(text):
        return "gift"
    if fmt == "json" and opentdb.looks_like(json.load_json(text)):
        return "opentdb"
    return fmt
