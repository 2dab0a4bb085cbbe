"""What every question kind needs to know about one set of facts, worked out lazily and once.

A quiz of 20 questions from the facts of 100 articles touches a few dozen facts, so every
lookup here is built on first use, in one pass, and never per question: a web request that
parses stored facts anew pays only for what its questions need.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from typing import NamedTuple

from .facts import ArticleFacts, CastMember, DateValue, Quote, Work
from .names import same_name, tokens
from .question import Question


class Tally:
    """How often each choice was offered, per template, in one ``generate()`` call.

    A person the article names who shows up in every question of one template becomes a tell
    (players learn she is never right), so the article's own people are offered sparingly.
    """

    def __init__(self) -> None:
        self.asked: Counter[str] = Counter()
        self.offered: Counter[tuple[str, str]] = Counter()

    def fresh(self, template: str, name: str) -> bool:
        """Tell whether ``name`` was offered in at most half the ``template`` questions so far."""
        return 2 * self.offered[template, name] <= self.asked[template]

    def record(self, template: str, question: Question) -> None:
        """Count a question made from ``template`` and every choice it offers."""
        self.asked[template] += 1
        for choice in question.choices:
            self.offered[template, choice] += 1


#: A question builder: the generator's seeded rng, and the tally of its call.
Build = Callable[[random.Random, Tally], Question | None]


@dataclass(frozen=True)
class Draft:
    """A question not yet built: ``key`` says what it asks, so no quiz asks it twice."""

    key: tuple[str, ...]
    build: Build

    @property
    def template(self) -> str:
        """The kind of sentence the question uses ("starred", "said", ...)."""
        return self.key[1]


class Moment(NamedTuple):
    """Something dated: an event, or a work's year when no event tells it.

    A named tuple rather than a dataclass: thousands are made per facts, and this is cheaper.
    ``first`` and ``last`` bound the days the date could mean, as (year, month, day) tuples
    that order like dates (day 31 of a short month still sorts before the next month).
    """

    date: DateValue
    what: str
    first: tuple[int, int, int]
    last: tuple[int, int, int]


def moment(date: DateValue, what: str) -> Moment:
    """Return ``what`` happening on ``date``, with its bounds."""
    first = (date.year, date.month or 1, date.day or 1)
    last = (date.year, date.month or 12, date.day or 31)
    return Moment(date, what, first, last)


@dataclass(frozen=True, eq=False)
class Context:
    """Facts plus the lookups the kinds share, each built on first use."""

    facts: ArticleFacts
    choices: int

    @property
    def wrong(self) -> int:
        """How many wrong choices each question needs."""
        return self.choices - 1

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Every spelling of a person the facts use, once, in order of appearance."""
        f = self.facts
        return tuple(
            dict.fromkeys(
                chain(
                    (c.person for c in f.cast),
                    (p.name for p in f.people),
                    (q.speaker for q in f.quotes),
                    (name for e in f.events for name in e.people),
                )
            )
        )

    @cached_property
    def by_last(self) -> dict[str, list[int]]:
        """Positions in ``names`` by last word.

        Two names of several words are one person only if they end alike, and a one-word
        name is one with any name holding that word: so a name of several words finds all
        its matches under its own words, in an index a quarter the cost of one by every word.
        """
        index: dict[str, list[int]] = {}
        for i, name in enumerate(self.names):
            words = tokens(name)
            if words:
                index.setdefault(words[-1], []).append(i)
        return index

    @cached_property
    def by_word(self) -> dict[str, list[int]]:
        """Positions in ``names`` by every word, for the rare one-word name looked up."""
        index: dict[str, list[int]] = {}
        for i, name in enumerate(self.names):
            for word in tokens(name):
                index.setdefault(word, []).append(i)
        return index

    def matches(self, name: str) -> Iterator[int]:
        """Yield the positions in ``names`` of every spelling that could be ``name``."""
        words = tokens(name)
        if len(words) == 1:
            found: Iterable[int] = self.by_word.get(words[0], ())
        else:
            by_last = self.by_last
            found = dict.fromkeys(i for word in words for i in by_last.get(word, ()))
        names = self.names
        return (i for i in found if same_name(names[i], name))

    @cached_property
    def _canonical(self) -> dict[str, str]:
        return {}

    def canonical(self, name: str) -> str:
        """Return the fullest spelling of ``name`` the article uses (the first seen, on a tie)."""
        known = self._canonical.get(name)
        if known is None:
            best, most, at = name, len(tokens(name)), len(self.names)
            for i in self.matches(name):
                size = len(tokens(self.names[i]))
                if size > most or (size == most and i < at):
                    best, most, at = self.names[i], size, i
            known = self._canonical[name] = best
        return known

    def named_by_word(self, word: str) -> Iterator[str]:
        """Yield the names whose last word (a surname, mostly) is ``word``."""
        return (self.names[i] for i in self.by_last.get(word, ()))

    @cached_property
    def casts(self) -> dict[str, list[CastMember]]:
        """Cast members by the key of their work's title."""
        out: dict[str, list[CastMember]] = {}
        for member in self.facts.cast:
            out.setdefault(key(member.work), []).append(member)
        return out

    def cast_of(self, title: str) -> list[CastMember]:
        """Return the cast members of the work called ``title``."""
        return self.casts.get(key(title), [])

    @cached_property
    def works(self) -> dict[str, Work]:
        """Works by the key of their title."""
        return {key(w.title): w for w in self.facts.works}

    @cached_property
    def credits(self) -> dict[str, list[CastMember]]:
        """Cast members by person, as spelled."""
        out: dict[str, list[CastMember]] = {}
        for member in self.facts.cast:
            out.setdefault(member.person, []).append(member)
        return out

    def roles_of(self, person: str) -> list[str]:
        """Return every role, in any work, of anyone who could be ``person``."""
        credits = self.credits
        return [
            m.role for i in self.matches(person) for m in credits.get(self.names[i], ()) if m.role
        ]

    @cached_property
    def roles(self) -> tuple[str, ...]:
        """Every role the facts name."""
        return tuple(c.role for c in self.facts.cast if c.role)

    @cached_property
    def moments(self) -> tuple[Moment, ...]:
        """The events, plus a release for each dated work that no event covers."""
        facts = self.facts
        told = {(key(e.work), e.date.year) for e in facts.events if e.work is not None}
        released = (
            moment(DateValue(w.year), f"the {w.kind} “{w.title}” came out")
            for w in facts.works
            if w.year is not None and (key(w.title), w.year) not in told
        )
        return tuple(chain((moment(e.date, e.what) for e in facts.events), released))

    @cached_property
    def dates_of(self) -> dict[str, set[DateValue]]:
        """The dates of each moment, by the key of its text: text told twice is ambiguous."""
        out: dict[str, set[DateValue]] = {}
        for m in self.moments:
            out.setdefault(key(m.what), set()).add(m.date)
        return out

    @cached_property
    def latest(self) -> DateValue | None:
        """No wrong date may fall after this: the article cannot know the future."""
        published = self.facts.article.published
        if published is not None:
            return published
        f = self.facts
        dates = [
            *(e.date for e in f.events),
            *(DateValue(w.year) for w in f.works if w.year is not None),
            *(q.date for q in f.quotes if q.date is not None),
        ]
        if not dates:
            return None
        year = max(d.year for d in dates)
        months = [d.month for d in dates if d.year == year]
        # A date known only to its year may mean December, so it leaves every month open.
        return DateValue(year) if None in months else DateValue(year, max(filter(None, months)))

    @cached_property
    def outlets(self) -> tuple[str, ...]:
        """Every outlet a quote was said to, once each."""
        return tuple(dict.fromkeys(q.outlet for q in self.facts.quotes if q.outlet is not None))

    @cached_property
    def _quotes_by_speaker(self) -> dict[str, list[Quote]]:
        out: dict[str, list[Quote]] = {}
        for q in self.facts.quotes:
            out.setdefault(q.speaker, []).append(q)
        return out

    def said_by(self, person: str) -> list[Quote]:
        """Return the quotes of anyone who could be ``person``."""
        found = dict.fromkeys(i for word in tokens(person) for i in self.by_word.get(word, ()))
        return [
            q
            for i in found
            if same_name(self.names[i], person)
            for q in self._quotes_by_speaker.get(self.names[i], ())
        ]

    @cached_property
    def _quotes_by_outlet(self) -> dict[str, list[Quote]]:
        out: dict[str, list[Quote]] = {}
        for q in self.facts.quotes:
            if q.outlet is not None:
                out.setdefault(key(q.outlet), []).append(q)
        return out

    def said_to(self, outlet: str) -> list[Quote]:
        """Return the quotes said to ``outlet``."""
        return self._quotes_by_outlet.get(key(outlet), [])


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Return ``text`` reduced to its words, for question keys."""
    return " ".join(tokens(text))


#: Contexts of recently seen facts by ``id``: hashing big facts on every call would cost more
#: than generating. Each entry keeps its facts alive, so an ``id`` cannot be reused meanwhile.
_RECENT: dict[int, tuple[ArticleFacts, dict[int, Context]]] = {}
_RECENT_SIZE = 64


def context(facts: ArticleFacts, choices: int) -> Context:
    """Return the shared lookups of ``facts`` (cached: facts are immutable)."""
    entry = _RECENT.get(id(facts))
    if entry is None or entry[0] is not facts:
        while len(_RECENT) >= _RECENT_SIZE:
            _RECENT.pop(next(iter(_RECENT)), None)
        entry = (facts, {})
        _RECENT[id(facts)] = entry
    made = entry[1].get(choices)
    if made is None:
        made = entry[1][choices] = Context(facts, choices)
    return made
