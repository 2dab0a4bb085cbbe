"""Patterns led by words, rewritten to open with their first letters, match what they did."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questions.extraction.leads import at_word
from tests.conftest import examples

#: Patterns of every shape :func:`at_word` rewrites: words, a set of capitals, a group spread
#: over the rest of its branch, an optional group, a word's two cases, digits, a branch's own
#: word start and a look-behind after a word.
SHAPES = [
    r"\bdebut with (?P<title>[A-Z]\w+)",
    r"\b(?:star|stars|starred|(?:his|her) (?:[a-z]+ )?role|title role) in",
    r"\b[A-Z][\w’'.]*(?: [A-Z][\w’'.]*){1,2}[- ]starrer",
    r"\b(?:Netflix|HBO(?: Max)?|(?:Amazon )?Prime Video|Max)[’']s",
    r"\b(?:[Tt]he|one of the) (?:new )?(?:show|film)\b",
    r"\b(?:(?:19|20)\d\d|last year)\b",
    r"\b(?:\b(?:best|well) known|known(?<=[a-z], known)) for",
    r"\b(?:x[^])]|y)z",
]
#: Words and marks the shapes react to, run together at random.
PIECES = st.sampled_from(
    [
        "debut with ",
        "redebut with ",
        "Harbor ",
        "star",
        "stars ",
        "restarred ",
        "his ",
        "her big ",
        "role ",
        "title role ",
        "in ",
        "Ada Wren",
        "-starrer ",
        " starrer ",
        "Netflix’s ",
        "HBO Max's ",
        "Amazon Prime Video’s ",
        "Prime Video's ",
        "Max’s ",
        "aMax's ",
        "The ",
        "the ",
        "Othe ",
        "one of the ",
        "new ",
        "show",
        "film ",
        "1999 ",
        "x2001 ",
        "last year",
        "known for ",
        "best ",
        "well",
        "a, ",
        "x]z ",
        "ayz ",
        "yz",
        ", ",
        ". ",
        "_",
        "’",
    ]
)


def spans(pattern: str, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    """Each match's place and named groups, as a finder of titles reads them."""
    return [(m.span(), m.groupdict()) for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("shape", SHAPES)
@settings(max_examples=examples(300))
@given(st.lists(PIECES, max_size=24).map("".join))
def test_a_rewritten_pattern_matches_the_same_text_at_the_same_places(
    shape: str, text: str
) -> None:
    assert spans(at_word(shape), text) == spans(shape, text)


@pytest.mark.parametrize(
    ("shape", "opening"),
    [
        (r"\bdebut with", "d"),
        (r"\b(?:star|appear)s? in", "(?:s"),
        (r"\b[A-Z]\w+ starrer", "[A-Z]"),
        (r"\b(?:(?:his|her) role|the part)", "(?:h"),
    ],
)
def test_a_rewritten_pattern_opens_with_a_letter_so_a_search_can_skip_to_it(
    shape: str, opening: str
) -> None:
    assert at_word(shape).startswith(opening)


@pytest.mark.parametrize(
    "shape",
    [
        r"\b[’']s play",  # a boundary before an apostrophe: the end of a word, not a start
        r"\b(?:star|appear)+ in",  # a group repeated cannot be spread
        r"\bs?tar",  # nor a letter made optional
        r"\b(?P<star>[A-Z]\w+) starrer",  # nor a named group, which must stay one
        r"debut with",  # no word's start to rewrite
        r"\b[A-z]x",  # a range that holds "^" and "_", no word's characters alone
        r"\b(?:a|b)?c(d)",  # a numbered group, which spreading would number anew
    ],
)
def test_a_pattern_it_cannot_rewrite_is_refused_when_it_is_built(shape: str) -> None:
    with pytest.raises(ValueError):
        at_word(shape)
