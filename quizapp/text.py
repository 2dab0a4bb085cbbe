"""Rules for text people send: names that can be seen, and text a database can store."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from typing import Any

from wtforms import Field
from wtforms.validators import ValidationError

#: Letters that draw nothing: Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), blank braille.
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
#: Combining marks one character may carry: enough for Vietnamese, Thai or a keycap emoji,
#: too few for "Zalgo" text that spills over the rows above and below.
MAX_MARKS = 2
#: Never part of a name: controls, format characters (zero-width spaces, bidi overrides, soft
#: hyphens, byte-order marks), surrogates, private-use and unassigned code points, line breaks.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
#: What a person is told when a name holds an invisible character.
INVISIBLE = "Remove the invisible characters: use letters, digits, punctuation or emoji."
_ZWJ = "\u200d"
_EMOJI_PRESENTATION = "\ufe0f"


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a name people read (a nickname, username or set title), or None.

    A name shows what it is: invisible or blank-looking characters would let one player pass
    for another (or for nobody), and marks stacked high spill over the rows around it. So
    those are refused, and at least one visible character is required. The one format
    character kept is the zero-width joiner inside an emoji sequence (a family, a rainbow
    flag), where it draws one emoji out of several.
    """
    if not any(unicodedata.category(c)[0] in "LNPS" and c not in BLANK_LETTERS for c in name):
        return "Type at least one visible character."
    for index, char in enumerate(name):
        if char in BLANK_LETTERS or (
            unicodedata.category(char) in _REFUSED_CATEGORIES and not _joins_emoji(name, index)
        ):
            return INVISIBLE
    if _most_marks(unicodedata.normalize("NFD", name)) > MAX_MARKS:
        return f"Use at most {MAX_MARKS} accents on one letter."
    return None


def visible_name(_form: object, field: Field) -> None:
    """WTForms validator of :func:`name_problem`; an empty field is left to the others."""
    if field.data and (problem := name_problem(field.data)):
        raise ValidationError(problem)


def _most_marks(text: str) -> int:
    """The most combining marks in a row in ``text`` (decomposed, so "ǘ" counts two)."""
    most = run = 0
    for char in text:
        run = run + 1 if unicodedata.category(char)[0] == "M" else 0
        most = max(most, run)
    return most


def _joins_emoji(text: str, index: int) -> bool:
    """Whether ``text[index]`` is a zero-width joiner between two emoji."""
    if text[index] != _ZWJ or not 0 < index < len(text) - 1:
        return False
    before, after = text[index - 1], text[index + 1]
    emoji_end = before == _EMOJI_PRESENTATION or unicodedata.category(before) in {"So", "Sk"}
    return emoji_end and unicodedata.category(after) == "So"


def has_control(text: str) -> bool:
    """Whether ``text`` holds a control character other than tab and line breaks.

    None belongs in quiz text: they draw nothing or garble the page, and PostgreSQL cannot
    store NUL.
    """
    return any(unicodedata.category(char) == "Cc" and char not in "\t\n\r" for char in text)


#: What a person is told when a file or field holds text that :func:`storable` refuses.
UNSTORABLE = "holds a character that cannot be stored (NUL, or half a surrogate pair: \\ud800)"
#: What a person is told when a file or field holds text that :func:`has_control` finds.
CONTROLS = "holds control characters (such as \\x07); remove them"


def storable(value: object) -> bool:
    """Whether every text in ``value`` (a string, or lists and dicts of them) can be stored.

    JSON may spell half a UTF-16 pair ("\\ud800") or NUL ("\\u0000"); Python reads both, but
    no page or database can hold a lone surrogate (it has no UTF-8) and PostgreSQL refuses
    NUL. Text read from JSON is checked with this before it goes anywhere.
    """
    return all(_storable_text(text) for text in _texts(value))


def text_problem(value: object) -> str | None:
    """Why some text in ``value`` cannot go into a question set (UNSTORABLE, CONTROLS), or None.

    The one rule for text arriving by file or generated from facts, as the forms' fields
    keep it for what is typed.
    """
    texts = list(_texts(value))
    if not all(_storable_text(text) for text in texts):
        return UNSTORABLE
    if any(has_control(text) for text in texts):
        return CONTROLS
    return None


def _storable_text(text: str) -> bool:
    """Whether ``text`` has UTF-8 and no NUL."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def _texts(value: object) -> Iterator[str]:
    """Every string in ``value``, dict keys included, however deep in lists and dicts."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)


def displayable(message: str) -> str:
    """``message`` with what :func:`storable` refuses spelled as escapes ("\\ud800").

    A parser's message may quote the bad value it read; shown as is, it would fail the page.
    """
    return message.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")


def read_json(text: str) -> Any:
    """``json.loads`` for a form field: nesting deeper than Python's stack is a ValueError too.

    ``json.loads`` raises RecursionError for ``[[[[...`` a few thousand deep, which no
    ``except ValueError`` catches.
    """
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None
