"""Which pronoun fits each person, from cues that name them and a pronoun together.

Giving every "he" or "she" to the last person named spreads one mistake through the article:
"Ana broke out in 2021, and he had been a fan" would make Ana a "he". These cues bind a
pronoun to a person only where the grammar leaves no doubt, so they are read first and the
looser pronoun-by-pronoun guess only fills in the people they say nothing about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .lexicon import FEMALE, FEMALE_NAMES, MALE, MALE_NAMES
from .mentions import Mention
from .text import Document

_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+$")
_HONORIFICS = {"Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}
_HONORIFICS |= {"Dame": "f", "Lady": "f"}
_NOUNS = r"actress|actor|spokeswoman|spokesman|alumna|businesswoman|businessman"
_NOUN_BEFORE = re.compile(rf"\b({_NOUNS})\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?({_NOUNS})\b")
#: "Ana, 67, said he" / "Ana, who ..., made her debut": the subject's own pronoun.
_OWN = re.compile(
    r"(?:,\s*(?:who|whose)\b[^,.;:A-Z“”\"_]{0,80},|,\s*(?:now\s+|aged\s+)?\d{1,3},)?\s*"
    r"(?P<words>(?:[a-z]+\s+){1,3}?)(?P<p>he|she|his|her)\b"
)
#: Verbs after which "her" is the object, not the subject's own ("told her", "called her").
_OBJECT_VERBS = frozenset(
    """told tells asked asks gave gives called calls thanked met meets saw sees love loves loved
    praised hired showed taught helped joined cast named dubbed described convinced persuaded
    urged sent invited let watched""".split()
)
_CLAUSE_WORDS = frozenset("who whom which whose as".split())
#: Words after which "her" is an object ("remembered her as", "gave her the part").
_AFTER_OBJECT = frozenset(
    """as that the a an to and or but in on at for with from about how what why when if into
    out up down back off over again so too very more most than this because""".split()
)
_OPENING = re.compile(r"\s*[“\"]?(He|She)\b")
#: Adds ``weight`` votes for a person (by name) being "f" or "m".
Vote = Callable[[str, str | None, int], None]


def is_object(masked: str, before: str, end: int) -> bool:
    """Tell whether the "her" ending at ``end`` is an object, not a possessive like "his"."""
    if before.lower() in _OBJECT_VERBS:
        return True
    after = re.match(r"\s*([a-z][\w-]*)", masked[end : end + 30])
    return after is None or after.group(1) in _AFTER_OBJECT


def _word_gender(word: str) -> str | None:
    word = word.lower()
    return "f" if word in FEMALE else "m" if word in MALE else None


def cues(doc: Document, mentions: Sequence[Mention]) -> dict[str, str]:
    """Return the gender the strong cues give each person, by name (a tie gives none)."""
    masked = doc.masked
    votes: dict[str, dict[str, int]] = {}

    def vote(name: str, gender: str | None, weight: int = 2) -> None:
        if gender is not None:
            tally = votes.setdefault(name, {"f": 0, "m": 0})
            tally[gender] += weight

    for name in {m.person.name for m in mentions}:
        first = name.split()[0]
        vote(name, "m" if first in MALE_NAMES else "f" if first in FEMALE_NAMES else None, 3)
    for m in mentions:
        name = m.person.name
        honorific = _HONORIFIC.search(masked, max(0, m.start - 8), m.start)
        if honorific is not None:
            vote(name, _HONORIFICS[honorific.group(1)])
        noun = _NOUN_BEFORE.search(masked, max(0, m.start - 20), m.start)
        if noun is not None:
            vote(name, _word_gender(noun.group(1)))
        if m.possessive:
            continue
        noun = _NOUN_AFTER.match(masked, m.end)
        if noun is not None:
            vote(name, _word_gender(noun.group(1)))
        own = _OWN.match(masked, m.end, min(len(masked), m.end + 140))
        if own is not None and not m.aside:
            words = own["words"].split()
            pronoun = own["p"]
            if _CLAUSE_WORDS.isdisjoint(words) and not (
                pronoun == "her" and is_object(masked, words[-1], own.end())
            ):
                vote(name, _word_gender(pronoun))
    _next_sentence(doc, mentions, vote)
    return {
        name: ("f" if t["f"] > t["m"] else "m") for name, t in votes.items() if t["f"] != t["m"]
    }


def _next_sentence(doc: Document, mentions: Sequence[Mention], vote: Vote) -> None:
    """A sentence naming one person, then one opening with "She": that person is a "she"."""
    by_sentence: dict[int, set[str]] = {}
    index = {s.start: n for n, s in enumerate(doc.sentences)}
    for m in mentions:
        if not m.possessive and not m.aside:
            sentence = doc.sentence_at(m.start)
            by_sentence.setdefault(index[sentence.start], set()).add(m.person.name)
    for n, names in by_sentence.items():
        if len(names) != 1 or n + 1 >= len(doc.sentences):
            continue
        following = doc.sentences[n + 1]
        opening = _OPENING.match(doc.masked, following.start, following.end)
        if opening is not None:
            vote(next(iter(names)), _word_gender(opening.group(1)), 1)
