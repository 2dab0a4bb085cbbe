"""What every question kind needs to know about one set of facts, worked out lazily and once.

A quiz of 20 questions from the facts of 100 articles touches a few dozen facts, so every
lookup here is built on first use, in one pass, and never per question: a web request that
parses stored facts anew pays only for what its questions need.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

from ..facts.model import ArticleFacts, CastMember, DateValue, Quote, Work
from ..names import same_name, tokens
from ..question import Question

#: A question with fewer plausible wrong choices than this is asked with none fewer, or not at all.
LEAST_WRONG = 2


class Tally:
    """How often each choice was offered, per template, in one ``generate()`` call.

    A person the article names who shows up in every question of one template becomes a tell
    (players learn she is never right), so the article's own people are offered sparingly.
    """

    def __init__(self) -> None:
        self.asked: Counter[str] = Counter()
        self.offered: Counter[tuple[str, str]] = Counter()
        #: The choices offered per template and subject (a cast question's work).
        self.about: defaultdict[tuple[str, str], set[str]] = defaultdict(set)

    def fresh(self, template: str, name: str) -> bool:
        """Tell whether ``name`` was offered in at most half the ``template`` questions so far."""
        return 2 * self.offered[template, name] <= self.asked[template]

    def offered_about(self, subject: str, *templates: str) -> set[str]:
        """Every choice offered so far in questions of ``templates`` about ``subject``."""
        return set().union(*(self.about[template, subject] for template in templates))

    def record(self, template: str, question: Question, subject: str = "") -> None:
        """Count a question made from ``template`` about ``subject`` and every choice it offers."""
        self.asked[template] += 1
        for choice in question.choices:
            self.offered[template, choice] += 1
        self.about[template, subject].update(question.choices)


#: A question builder: the generator's seeded rng, and the tally of its call.
Build = Callable[[random.Random, Tally], Question | None]


@dataclass(frozen=True)
class Draft:
    """A question not yet built: ``key`` says what it asks, so no quiz asks it twice.

    ``fact`` names the fact it tests: two questions of one fact (who played a role, which role
    that person played) answer each other, so a quiz asks one question per fact.
    """

    key: tuple[str, ...]
    build: Build
    fact: tuple[str, ...] = ()

    @property
    def template(self) -> str:
        """The kind of sentence the question uses ("starred", "said", ...)."""
        return self.key[1]

    @property
    def subject(self) -> str:
        """What the question is about, after its template (a cast question's work)."""
        return self.key[2] if len(self.key) > 2 else ""


class Moment(NamedTuple):
    """Something dated: an event, or a work's year when no event tells it.

    A named tuple rather than a dataclass: thousands are made per facts, and this is cheaper.
    ``first`` and ``last`` bound the days the date could mean (see ``first_day``).
    """

    date: DateValue
    what: str
    first: tuple[int, int, int]
    last: tuple[int, int, int]


def first_day(date: DateValue) -> tuple[int, int, int]:
    """Return the first day ``date`` could mean, as a (year, month, day) tuple that orders like a
    date."""
    return (date.year, date.month or 1, date.day or 1)


def last_day(date: DateValue) -> tuple[int, int, int]:
    """Return the last day ``date`` could mean (day 31 of a short month still sorts before the
    next month)."""
    return (date.year, date.month or 12, date.day or 31)


def moment(date: DateValue, what: str) -> Moment:
    """Return ``what`` happening on ``date``, with its bounds."""
    return Moment(date, what, first_day(date), last_day(date))


@dataclass(frozen=True, eq=False)
class Context:
    """Facts plus the lookups the kinds share, each built on first use."""

    facts: ArticleFacts
    choices: int

    @property
    def wrong(self) -> int:
        """How many wrong choices each question needs."""
        return self.choices - 1

    @property
    def least(self) -> int:
        """The fewest wrong choices a question may have: two, so no guess is a coin toss."""
        return min(self.wrong, LEAST_WRONG)

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Every spelling of a person the facts use, once, in order of appearance."""
        f = self.facts
        # map and attrgetter loop in C, not in Python: this runs on every parse of big facts.
        spelled = chain(
            map(attrgetter("person"), f.cast),
            map(attrgetter("name"), f.people),
            map(attrgetter("speaker"), f.quotes),
            chain.from_iterable(map(attrgetter("people"), f.events)),
        )
        return tuple(dict.fromkeys(spelled))

    @cached_property
    def by_last(self) -> dict[str, list[int]]:
        """Positions in ``names`` by last word.

        Two names of several words are one person only if they end alike, and a one-word
        name is one with any name holding that word: so a name of several words finds all
        its matches under its own words, in an index a quarter the cost of one by every word.
        """
        index: dict[str, list[int]] = {}
        for i, words in enumerate(map(tokens, self.names)):
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

    def matches(self, name: str) -> list[int]:
        """Return the positions in ``names`` of every spelling that could be ``name``."""
        words = tokens(name)
        if len(words) == 1:
            found: Iterable[int] = self.by_word.get(words[0], ())
        else:
            # Each position is under one last word, so only a repeated word could repeat one.
            by_last = self.by_last
            found = [i for word in dict.fromkeys(words) for i in by_last.get(word, ())]
        names = self.names
        return [i for i in found if same_name(names[i], name)]

    @cached_property
    def _canonical(self) -> dict[str, str]:
        return {}

    def canonical(self, name: str) -> str:
        """Return the fullest spelling of ``name`` the article uses (the first seen, on a tie)."""
        known = self._canonical.get(name)
        if known is None:
            names = self.names
            best, most, at = name, len(tokens(name)), len(names)
            for i in self.matches(name):
                size = len(tokens(names[i]))
                if size > most or (size == most and i < at):
                    best, most, at = names[i], size, i
            known = self._canonical[name] = best
        return known

    def named_by_word(self, word: str) -> list[str]:
        """Return the names whose last word (a surname, mostly) is ``word``."""
        names = self.names
        return [names[i] for i in self.by_last.get(word, ())]

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

    def credits_of(self, person: str) -> list[CastMember]:
        """Return every credit, in any work, of anyone who could be ``person``."""
        credits, names = self.credits, self.names
        return [m for i in self.matches(person) for m in credits.get(names[i], ())]

    def roles_of(self, person: str) -> list[str]:
        """Return every role, in any work, of anyone who could be ``person``."""
        return [m.role for m in self.credits_of(person) if m.role]

    @cached_property
    def roles(self) -> tuple[str, ...]:
        """Every role the facts name."""
        return tuple(c.role for c in self.facts.cast if c.role)

    @cached_property
    def releases(self) -> tuple[Moment, ...]:
        """A release for each dated work that no event covers: the moments after the events."""
        facts = self.facts
        told = {(key(e.work), e.date.year) for e in facts.events if e.work is not None}
        return tuple(
            moment(DateValue(w.year), f"the {w.kind} “{w.title}” came out")
            for w in facts.works
            if w.year is not None and (key(w.title), w.year) not in told
        )

    @property
    def moment_count(self) -> int:
        """How many moments the facts tell: each event, then each release."""
        return len(self.facts.events) + len(self.releases)

    @cached_property
    def _moments(self) -> list[Moment | None]:
        return [None] * self.moment_count

    def moment(self, i: int) -> Moment:
        """Return moment ``i`` of ``moment_count``: event ``i``, or a release after the events.

        A quiz looks at a few dozen of the thousands of events of big facts, so each is made
        into a Moment on first use rather than all of them up front.
        """
        made = self._moments[i]
        if made is None:
            events = self.facts.events
            if i < len(events):
                made = moment(events[i].date, events[i].what)
            else:
                made = self.releases[i - len(events)]
            self._moments[i] = made
        return made

    @cached_property
    def retold(self) -> dict[str, set[DateValue]]:
        """The texts (as keys) of moments told with more than one date, and their dates.

        Such a text is ambiguous. Facts almost never retell one, so the common case costs one
        set of the texts, not a set of dates per text.
        """
        events, releases = self.facts.events, self.releases
        texts = [key(e.what) for e in events]
        texts += [key(m.what) for m in releases]
        if len(set(texts)) == len(texts):
            return {}
        dates = [e.date for e in events]
        dates += [m.date for m in releases]
        told: dict[str, set[DateValue]] = {}
        for text, date in zip(texts, dates, strict=True):
            told.setdefault(text, set()).add(date)
        return {text: found for text, found in told.items() if len(found) > 1}

    def dates_of(self, m: Moment) -> Collection[DateValue]:
        """Return every date the facts give the text of ``m``: its own, unless it is retold."""
        return self.retold.get(key(m.what), (m.date,))

    @cached_property
    def _ends(self) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
        """The first day of the latest moment and the last day of the earliest one.

        Only moments of the latest (earliest) year can start latest (end earliest), so only
        their days are worked out.
        """
        dates = list(map(attrgetter("date"), self.facts.events))
        dates += [m.date for m in self.releases]
        years = list(map(attrgetter("year"), dates))
        top, bottom = max(years), min(years)
        start = max([first_day(d) for d in dates if d.year == top])
        end = min([last_day(d) for d in dates if d.year == bottom])
        return start, end

    def any_after(self, m: Moment) -> bool:
        """Tell whether some moment surely came after ``m``."""
        return self._ends[0] > m.last

    def any_before(self, m: Moment) -> bool:
        """Tell whether some moment surely came before ``m``."""
        return self._ends[1] < m.first

    @cached_property
    def latest_year(self) -> int | None:
        """The year of ``latest``: all that wrong years need, found without looking at months."""
        published = self.facts.article.published
        if published is not None:
            return published.year
        f = self.facts
        years = list(map(attrgetter("date.year"), f.events))
        years += [q.date.year for q in f.quotes if q.date is not None]
        years += [w.year for w in f.works if w.year is not None]
        return max(years, default=None)

    @cached_property
    def latest(self) -> DateValue | None:
        """No wrong date may fall after this: the article cannot know the future."""
        published = self.facts.article.published
        if published is not None:
            return published
        year = self.latest_year
        if year is None:
            return None
        f = self.facts
        # A date known only to its year may mean December, so it leaves every month open; a
        # work's year is such a date.
        if any(w.year == year for w in f.works):
            return DateValue(year)
        months = [e.date.month for e in f.events if e.date.year == year]
        months += [q.date.month for q in f.quotes if q.date is not None and q.date.year == year]
        if None in months:
            return DateValue(year)
        return DateValue(year, max(filter(None, months)))

    @cached_property
    def outlets(self) -> tuple[str, ...]:
        """Every outlet a quote was said to, once each."""
        return tuple(dict.fromkeys([q.outlet for q in self.facts.quotes if q.outlet is not None]))

    @cached_property
    def _quotes_by_speaker(self) -> dict[str, list[Quote]]:
        out: dict[str, list[Quote]] = {}
        for q in self.facts.quotes:
            out.setdefault(q.speaker, []).append(q)
        return out

    def said_by(self, person: str) -> list[Quote]:
        """Return the quotes of anyone who could be ``person``."""
        by_speaker = self._quotes_by_speaker
        return [q for i in self.matches(person) for q in by_speaker.get(self.names[i], ())]

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
