"""What every question kind needs to know about one set of facts, worked out once."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from .facts import ArticleFacts, CastMember, DateValue
from .names import same_name, tokens
from .question import Question


@dataclass(frozen=True)
class Draft:
    """A question not yet built: ``key`` says what it asks, so no quiz asks it twice."""

    key: tuple[str, ...]
    build: Callable[[random.Random], Question | None]


@dataclass(frozen=True)
class Context:
    """Facts plus the lookups the kinds share, built once per facts and choice count."""

    facts: ArticleFacts
    choices: int
    #: Everyone the article names, fullest spelling first seen, in order of appearance.
    people: tuple[str, ...]
    #: No wrong date may fall after this: the article cannot know the future.
    latest: DateValue | None
    #: Every spelling of a person the facts use, mapped to the fullest one.
    aliases: dict[str, str] = field(default_factory=dict, compare=False)
    #: Cast members by the key of their work's title.
    casts: dict[str, tuple[CastMember, ...]] = field(default_factory=dict, compare=False)
    #: Drafts by kind, filled by the generator on first use.
    drafts: dict[str, tuple[Draft, ...]] = field(default_factory=dict, compare=False)

    @property
    def wrong(self) -> int:
        """How many wrong choices each question needs."""
        return self.choices - 1

    def canonical(self, name: str) -> str:
        """Return the fullest spelling of ``name`` the article uses."""
        known = self.aliases.get(name)
        if known is not None:
            return known
        for person in self.people:
            if same_name(person, name):
                return person
        return name

    def cast_of(self, title: str) -> tuple[CastMember, ...]:
        """Return the cast members of the work called ``title``."""
        return self.casts.get(key(title), ())


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
        made = entry[1][choices] = _build(facts, choices)
    return made


def _build(facts: ArticleFacts, choices: int) -> Context:
    names = [c.person for c in facts.cast]
    names += [p.name for p in facts.people]
    names += [q.speaker for q in facts.quotes]
    names += [name for e in facts.events for name in e.people]
    people: list[str] = []
    for name in names:
        for i, known in enumerate(people):
            if same_name(known, name):
                if len(tokens(name)) > len(tokens(known)):
                    people[i] = name
                break
        else:
            people.append(name)
    dates = [e.date for e in facts.events]
    dates += [DateValue(w.year) for w in facts.works if w.year is not None]
    dates += [q.date for q in facts.quotes if q.date is not None]
    published = facts.article.published
    latest = (
        published
        if published is not None
        else max(dates, key=lambda d: d.bounds()[1], default=None)
    )
    aliases = {name: next(p for p in people if same_name(p, name)) for name in set(names)}
    casts: dict[str, list[CastMember]] = {}
    for member in facts.cast:
        casts.setdefault(key(member.work), []).append(member)
    frozen = {title: tuple(members) for title, members in casts.items()}
    return Context(facts, choices, tuple(people), latest, aliases, frozen)
