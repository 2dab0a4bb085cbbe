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
#: word start, a look-behind after a word, and patterns of several branches, one led by an
#: optional group, one by a set of apostrophes, one by a sign, one by a look-behind.
SHAPES = [
    r"\bdebut with (?P<title>[A-Z]\w+)",
    r"\b(?:star|stars|starred|(?:his|her) (?:[a-z]+ )?role|title role) in",
    r"\b[A-Z][\w’'.]*(?: [A-Z][\w’'.]*){1,2}[- ]starrer",
    r"\b(?:Netflix|HBO(?: Max)?|(?:Amazon )?Prime Video|Max)[’']s",
    r"\b(?:[Tt]he|one of the) (?:new )?(?:show|film)\b",
    r"\b(?:(?:19|20)\d\d|last year)\b",
    r"\b(?:\b(?:best|well) known|known(?<=[a-z], known)) for",
    r"\b(?:x[^])]|y)z",
    r"\b(?:yet-|still )?untitled\b|\b[Tt]he (?:next|new) film|[’']s new show|&",
    r"\binclude|\bsuch as\b|(?<!\bbe )\ba film with\b",
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
        "untitled ",
        "yet-",
        "still ",
        "next ",
        "film ",
        "’s new show",
        "'s new show",
        "&",
        "include",
        "such as ",
        "be ",
        "a film with ",
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


def test_a_pattern_of_several_branches_opens_each_with_a_plain_character() -> None:
    # (before, only the first branch was rewritten, its group spread over all the rest: `re`
    # tried every position of a page, the untitled-work pattern 34 times slower)
    shape = r"\b(?:yet-|still )?untitled\b|\bsuch as|[’']s new show|&"
    assert at_word(shape) == (
        r"y(?<!\w.)et-untitled\b|s(?<!\w.)till untitled\b|u(?<!\w.)ntitled\b|"
        r"s(?<!\w.)uch as|’s new show|'s new show|&"
    )


def test_a_branch_it_cannot_rewrite_stays_as_written() -> None:
    assert at_word(r"\bsuch as|(?<!\bbe )an|\b(?P<x>[A-Z]\w+) starrer") == (
        r"s(?<!\w.)uch as|(?<!\bbe )an|\b(?P<x>[A-Z]\w+) starrer"
    )


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
        r"\b(?:a|b)?c(?P<d>d)",  # nor a named one, which would be named twice
    ],
)
def test_a_pattern_it_cannot_rewrite_is_refused_when_it_is_built(shape: str) -> None:
    with pytest.raises(ValueError):
        at_word(shape)
