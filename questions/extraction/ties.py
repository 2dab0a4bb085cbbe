"""Who a description ("the director", "the 62-year-old", "the mother-of-two") stands for, by
where the article tied those words to a name ("director Ann Lee", "Ann Lee, 62,", "Ann Lee's
film", "Ann Lee, a mother of two,")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .leads import at_word
from .lexicon import ROLE_NOUNS
from .mentions import Mention, Named
from .text import Document

_NOUNS = "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
#: "director Ann Lee", "Oscar-winning director Ann Lee", "co-star Ann Lee".
_NOUN_BEFORE = re.compile(rf"\b({_NOUNS})\s+$", re.IGNORECASE)
#: "Ann Lee, the show's director," / "Ann Lee, an Oscar-winning actress".
_NOUN_AFTER = re.compile(rf",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){{0,3}}?({_NOUNS})\b")
#: "Ann Lee, 62," / "Ann Lee (62)".
_AGE_AFTER = re.compile(r"(?:,\s*|\s+\()(\d{1,3})(?:,|\))")
#: A parent by their children: "mother-of-two", "a father of three", "mum-of-one".
_KIN = r"((?:mother|father|mum|mom|dad)[- ]of[- ](?:one|two|three|four|five|six|\d{1,2}))"
#: "mother-of-two Ann Lee" / "Ann Lee, a mother of two,".
_KIN_BEFORE = re.compile(rf"\b{_KIN}\s+$", re.IGNORECASE)
_KIN_AFTER = re.compile(rf",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){{0,2}}?{_KIN}\b")
#: "Ann Lee's film": she directed it.
_FILM_OF = re.compile(r"\s+(?:[a-z-]+\s+)?(?:film|movie)\b")
#: A description in the narration: "the director", "the 37-year-old actor", "the Look Who's
#: Talking director", `The “Parenthood” alum`.
DESCRIPTION = re.compile(
    at_word(
        r"\b[Tt]he\s+(?:(?P<age>\d{1,3})-year-old\b(?:\s+(?P<aged>"
        + _NOUNS
        # "the popular Dublin actor": a word of praise, then where they are from
        + r"))?|(?:[a-z]+-winning\s+|[a-z]+\s+(?:[A-Z][\w’'-]*\s+)?|(?:[A-Z][\w’'-]*\s+){1,4}|"
        r"[“\"]_+[”\"]\s+)?(?P<noun>"
        + _NOUNS
        + r")|(?P<kin>(?:mother|father|mum|mom|dad)[- ]of[- ](?:one|two|three|four|five|six|"
        r"\d{1,2})))"
        r"\b(?![’']s|-)"
    )
)

#: Per noun or age ("actress", "37"), where a description was tied to whom, in reading order.
Ties = dict[str, list[tuple[int, Named]]]


def ties(doc: Document, mentions: Sequence[Mention]) -> Ties:
    """Return, per noun or age, (offset, person) for every description tied to a name."""
    masked = doc.masked
    out: Ties = {}
    for m in mentions:
        for pattern in (_NOUN_BEFORE, _KIN_BEFORE):
            before = pattern.search(masked, max(0, m.start - 30), m.start)
            if before is not None:
                out.setdefault(_key(before.group(1)), []).append((m.start, m.person))
        if m.possessive:
            if _FILM_OF.match(masked, m.end + 2):
                out.setdefault("director", []).append((m.start, m.person))
            continue
        for pattern in (_NOUN_AFTER, _AGE_AFTER, _KIN_AFTER):
            after = pattern.match(masked, m.end)
            if after is not None:
                out.setdefault(_key(after.group(1)), []).append((m.start, m.person))
    return out


def described(found: Ties, match: re.Match[str], offset: int) -> Named | None:
    """Return the person a description stands for: the last one tied before ``offset`` to its
    age, or when it gives none, to its noun."""
    tied = found.get(_key(match["age"] or match["noun"] or match["kin"]), [])
    n = bisect.bisect_left(tied, offset, key=_offset)
    return tied[n - 1][1] if n else None


def _key(words: str) -> str:
    """The words of a description as ties keep them: "Mother of two" is "mother-of-two"."""
    return words.lower().replace(" ", "-")


def _offset(tie: tuple[int, Named]) -> int:
    return tie[0]


def hint(match: re.Match[str]) -> str | None:
    """Return the noun of a description, the part that may tell a gender."""
    kin = match["kin"]
    return match["aged"] or match["noun"] or (_PARENT[kin[:3].lower()] if kin else None)


#: A parent's word by its first letters, as the gender words have it.
_PARENT = {"mot": "mother", "mum": "mother", "mom": "mother", "fat": "father", "dad": "father"}
