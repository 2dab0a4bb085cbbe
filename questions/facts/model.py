"""ArticleFacts and its parts: what one news article states, as plain frozen values."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from ..names import tokens

WORK_KINDS = ("film", "show", "play")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: The days of the week, Monday first, as ``datetime.date.weekday()`` numbers them.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class DateValue:
    """A date known to the year, the month or the day, as articles state them."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        """Return the ISO form (``1997``, ``2022-06``, ``2022-06-14``) used in files."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def human(self) -> str:
        """Return the form a reader expects (``June 2022``, ``14 June 2022``)."""
        if self.month is None:
            return str(self.year)
        month = f"{MONTHS[self.month - 1]} {self.year}"
        return month if self.day is None else f"{self.day} {month}"

    def bounds(self) -> tuple[datetime.date, datetime.date]:
        """Return the first and last day the date could mean, to order dates of any precision."""
        if self.month is None:
            return datetime.date(self.year, 1, 1), datetime.date(self.year, 12, 31)
        if self.day is None:
            first = datetime.date(self.year, self.month, 1)
            if self.month == 12:
                return first, datetime.date(self.year, 12, 31)
            nxt = datetime.date(self.year, self.month + 1, 1)
            return first, nxt - datetime.timedelta(days=1)
        day = datetime.date(self.year, self.month, self.day)
        return day, day

    def before(self, other: DateValue) -> bool:
        """Tell whether this date is certainly earlier than ``other``."""
        return self.bounds()[1] < other.bounds()[0]

    @classmethod
    def parse(cls, value: object) -> DateValue | None:
        """Read ``1997``, ``"2022-06"``, ``"2022-06-14"`` or a YAML date; None if not a date."""
        if isinstance(value, datetime.datetime):
            value = value.date()
        if isinstance(value, datetime.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value) if 1 <= value <= 9999 else None
        if not isinstance(value, str):
            return None
        match = _DATE.fullmatch(value.strip())
        if match is None:
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        try:
            datetime.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day) if year >= 1 else None


@dataclass(frozen=True)
class Article:
    """Where the facts come from; only the title is required."""

    title: str
    publication: str | None = None
    url: str | None = None
    published: DateValue | None = None


@dataclass(frozen=True)
class Work:
    """A film, show or play the article talks about."""

    title: str
    kind: str = "film"
    year: int | None = None
    #: True when ``cast`` lists everyone, so "who did NOT star" has one right answer.
    cast_complete: bool = False


@dataclass(frozen=True)
class CastMember:
    """A person who appeared in a work, in a role if the article names it."""

    person: str
    work: str
    role: str | None = None


@dataclass(frozen=True)
class Person:
    """Someone the article names who is not (only) cast, with a short descriptor."""

    name: str
    description: str | None = None


@dataclass(frozen=True)
class Event:
    """Something that happened on a date, told as a clause ("X wrote the play Y")."""

    date: DateValue
    what: str
    people: tuple[str, ...] = ()
    work: str | None = None


@dataclass(frozen=True)
class Quote:
    """Words the article quotes verbatim, with who said them and where and when."""

    text: str
    speaker: str
    #: Follows "said this": "to Us Weekly", "on the Today show".
    context: str | None = None
    date: DateValue | None = None
    #: The publication the words were said to, when there is one.
    outlet: str | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """Everything the generator may ask about one article."""

    article: Article
    works: tuple[Work, ...] = ()
    cast: tuple[CastMember, ...] = ()
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()

    def work(self, title: str) -> Work:
        """Return the work called ``title``."""
        for work in self.works:
            if same_title(work.title, title):
                return work
        raise KeyError(title)

    def to_dict(self) -> dict[str, Any]:
        """Return plain JSON data that :func:`parse_facts` turns back into these facts."""
        return {
            "article": _drop_none(
                title=self.article.title,
                publication=self.article.publication,
                url=self.article.url,
                published=_date_str(self.article.published),
            ),
            "works": [
                _drop_none(
                    title=w.title,
                    kind=w.kind,
                    year=w.year,
                    cast_complete=True if w.cast_complete else None,
                )
                for w in self.works
            ],
            "cast": [_drop_none(person=c.person, work=c.work, role=c.role) for c in self.cast],
            "people": [_drop_none(name=p.name, description=p.description) for p in self.people],
            "events": [
                _drop_none(
                    date=str(e.date),
                    what=e.what,
                    people=list(e.people) or None,
                    work=e.work,
                )
                for e in self.events
            ],
            "quotes": [
                _drop_none(
                    text=q.text,
                    speaker=q.speaker,
                    context=q.context,
                    date=_date_str(q.date),
                    outlet=q.outlet,
                )
                for q in self.quotes
            ],
        }


def same_title(a: str, b: str) -> bool:
    """Tell whether two titles name the same work, ignoring case and punctuation."""
    return tokens(a) == tokens(b)


def _drop_none(**fields: object) -> dict[str, object]:
    return {key: value for key, value in fields.items() if value is not None}


def _date_str(date: DateValue | None) -> str | None:
    return None if date is None else str(date)
