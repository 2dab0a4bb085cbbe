"""ArticleFacts: what one news article states, checked field by field on the way in."""

from __future__ import annotations

import datetime
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml

from .exc import FactsError
from .names import same_name, tokens

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
SEED_FILE = "seed-facts.yaml"

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
T = TypeVar("T")


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


# -- validation ---------------------------------------------------------------------------------


def _kind_of(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}
    for typ, name in names.items():
        if isinstance(value, typ):
            return name
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    return f"a {type(value).__name__}"


def _show(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value) if isinstance(value, int | float) else _kind_of(value)


class _Reader:
    """Collects every problem, each prefixed by its path, instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, path: str, message: str) -> None:
        self.problems.append(f"{path or '(top level)'}: {message}")

    def record(
        self, value: object, path: str, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> Mapping[str, object] | None:
        """Check that ``value`` is an object with the required fields and no unknown ones."""
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {_kind_of(value)}")
            return None
        known = required + optional
        for key in value:
            if key not in known:
                self.fail(_join(path, str(key)), "unknown field")
        for key in required:
            if value.get(key) is None:
                self.fail(_join(path, key), "required")
        return value

    def items(self, data: Mapping[str, object], key: str, path: str) -> list[tuple[str, object]]:
        """Return ``(path, item)`` pairs of the list field ``key`` (empty when absent)."""
        value = data.get(key)
        if value is None:
            return []
        here = _join(path, key)
        if not isinstance(value, list):
            self.fail(here, f"expected a list, got {_kind_of(value)}")
            return []
        return [(f"{here}[{i}]", item) for i, item in enumerate(value)]

    def text(self, data: Mapping[str, object], key: str, path: str) -> str | None:
        """Return the stripped text field ``key``, or None when absent or bad."""
        value = data.get(key)
        if value is None:
            return None
        here = _join(path, key)
        if not isinstance(value, str):
            self.fail(here, f"expected text, got {_kind_of(value)}")
            return None
        value = value.strip()
        if not value:
            self.fail(here, "required")
            return None
        if "\x00" in value:
            self.fail(here, "contains a NUL character")
            return None
        if not tokens(value):
            self.fail(here, "must contain a letter or digit")
            return None
        return value

    def date(self, data: Mapping[str, object], key: str, path: str) -> DateValue | None:
        """Return the date field ``key``, or None when absent or bad."""
        value = data.get(key)
        if value is None:
            return None
        date = DateValue.parse(value)
        if date is None:
            self.fail(_join(path, key), f"{_show(value)} is not a date")
        return date

    def year(self, data: Mapping[str, object], key: str, path: str) -> int | None:
        """Return the year field ``key``, or None when absent or bad."""
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 9999:
            self.fail(_join(path, key), f"{_show(value)} is not a year")
            return None
        return value

    def flag(self, data: Mapping[str, object], key: str, path: str) -> bool:
        """Return the true/false field ``key`` (false when absent)."""
        value = data.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(_join(path, key), f"expected true or false, got {_kind_of(value)}")
            return False
        return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_TOP = ("article",), ("works", "cast", "people", "events", "quotes")


def parse_facts(data: object) -> ArticleFacts:
    """Build ArticleFacts from plain data, or raise FactsError listing every problem."""
    r = _Reader()
    top = r.record(data, "", *_TOP)
    if top is None:
        raise FactsError(r.problems)
    article = _article(r, top.get("article"))
    works = _collect(r, top, "works", _work)
    _no_duplicates(r, "works", works, lambda w: w.title, same_title, "title")
    cast = _collect(r, top, "cast", lambda r, p, v: _cast(r, p, v, works))
    _no_duplicates(r, "cast", cast, lambda c: (c.person, c.work), _same_credit, "person")
    people = _collect(r, top, "people", _person)
    events = _collect(r, top, "events", lambda r, p, v: _event(r, p, v, works))
    quotes = _collect(r, top, "quotes", _quote)
    if r.problems or article is None:
        raise FactsError(r.problems)
    return ArticleFacts(
        article=article,
        works=tuple(w for _, w in works),
        cast=tuple(c for _, c in cast),
        people=tuple(p for _, p in people),
        events=tuple(e for _, e in events),
        quotes=tuple(q for _, q in quotes),
    )


def _collect(
    r: _Reader,
    top: Mapping[str, object],
    key: str,
    build: Callable[[_Reader, str, object], T | None],
) -> list[tuple[str, T]]:
    out: list[tuple[str, T]] = []
    for path, item in r.items(top, key, ""):
        built = build(r, path, item)
        if built is not None:
            out.append((path, built))
    return out


def _no_duplicates(
    r: _Reader,
    name: str,
    items: list[tuple[str, T]],
    key: Callable[[T], Any],
    same: Callable[[Any, Any], bool],
    field: str,
) -> None:
    for i, (path, item) in enumerate(items):
        for first_path, first in items[:i]:
            if same(key(item), key(first)):
                r.fail(_join(path, field), f"repeats {first_path}")
                break


def _same_credit(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return same_name(a[0], b[0]) and same_title(a[1], b[1])


def _article(r: _Reader, value: object) -> Article | None:
    if value is None:
        return None  # already reported as required
    data = r.record(value, "article", ("title",), ("publication", "url", "published"))
    if data is None:
        return None
    title = r.text(data, "title", "article")
    publication = r.text(data, "publication", "article")
    url = r.text(data, "url", "article")
    published = r.date(data, "published", "article")
    if title is None:
        return None
    return Article(title, publication, url, published)


def _work(r: _Reader, path: str, value: object) -> Work | None:
    data = r.record(value, path, ("title",), ("kind", "year", "cast_complete"))
    if data is None:
        return None
    title = r.text(data, "title", path)
    kind = r.text(data, "kind", path) or "film"
    if kind not in WORK_KINDS:
        r.fail(_join(path, "kind"), f"{_show(kind)} is not one of {', '.join(WORK_KINDS)}")
    year = r.year(data, "year", path)
    complete = r.flag(data, "cast_complete", path)
    return None if title is None else Work(title, kind, year, complete)


def _work_ref(
    r: _Reader, data: Mapping[str, object], path: str, works: list[tuple[str, Work]]
) -> str | None:
    title = r.text(data, "work", path)
    if title is None:
        return None
    for _, work in works:
        if same_title(work.title, title):
            return work.title
    r.fail(_join(path, "work"), f"{_show(title)} is not one of the works")
    return None


def _cast(r: _Reader, path: str, value: object, works: list[tuple[str, Work]]) -> CastMember | None:
    # With a single work, naming it on every cast line is noise, so it may be left out.
    single = len(works) == 1
    required = ("person",) if single else ("person", "work")
    data = r.record(value, path, required, ("work", "role") if single else ("role",))
    if data is None:
        return None
    person = r.text(data, "person", path)
    role = r.text(data, "role", path)
    if single and data.get("work") is None:
        work: str | None = works[0][1].title
    else:
        work = _work_ref(r, data, path, works)
    if person is None or work is None:
        return None
    return CastMember(person, work, role)


def _person(r: _Reader, path: str, value: object) -> Person | None:
    data = r.record(value, path, ("name",), ("description",))
    if data is None:
        return None
    name = r.text(data, "name", path)
    description = r.text(data, "description", path)
    return None if name is None else Person(name, description)


def _event(r: _Reader, path: str, value: object, works: list[tuple[str, Work]]) -> Event | None:
    data = r.record(value, path, ("date", "what"), ("people", "work"))
    if data is None:
        return None
    date = r.date(data, "date", path)
    what = r.text(data, "what", path)
    people: list[str] = []
    for item_path, item in r.items(data, "people", path):
        if not isinstance(item, str) or not tokens(item):
            r.fail(item_path, f"expected a name, got {_show(item)}")
        else:
            people.append(item.strip())
    work = _work_ref(r, data, path, works) if data.get("work") is not None else None
    if date is None or what is None:
        return None
    return Event(date, what, tuple(people), work)


def _quote(r: _Reader, path: str, value: object) -> Quote | None:
    data = r.record(value, path, ("text", "speaker"), ("context", "date", "outlet"))
    if data is None:
        return None
    text = r.text(data, "text", path)
    speaker = r.text(data, "speaker", path)
    context = r.text(data, "context", path)
    date = r.date(data, "date", path)
    outlet = r.text(data, "outlet", path)
    if text is None or speaker is None:
        return None
    return Quote(text, speaker, context, date, outlet)


# -- loading ------------------------------------------------------------------------------------


def loads_facts(text: str, fmt: Literal["json", "yaml"]) -> ArticleFacts:
    """Parse facts from JSON or YAML text; syntax errors become FactsError with a line number."""
    if fmt == "json":
        try:
            data: object = json.loads(text)
        except json.JSONDecodeError as e:
            raise FactsError([f"line {e.lineno}, column {e.colno}: invalid JSON: {e.msg}"]) from e
        except RecursionError as e:
            raise FactsError(["invalid JSON: nested too deeply"]) from e
    elif fmt == "yaml":
        data = _load_yaml(text)
    else:
        raise ValueError(f"unknown facts format {fmt!r}: use 'json' or 'yaml'")
    return parse_facts(data)


def _load_yaml(text: str) -> object:
    try:
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise FactsError([f"{where}invalid YAML: {e.problem or e.context}"]) from e
    except yaml.YAMLError as e:
        raise FactsError([f"invalid YAML: {e}"]) from e
    except RecursionError as e:
        raise FactsError(["invalid YAML: nested too deeply"]) from e
    except (ValueError, TypeError, OverflowError) as e:
        # PyYAML's constructors let these through for values such as 2022-02-30.
        raise FactsError([f"invalid YAML: {e}"]) from e


def load_facts(path: str | os.PathLike[str]) -> ArticleFacts:
    """Read facts from a ``.json``, ``.yaml`` or ``.yml`` file."""
    file = Path(path)
    suffix = file.suffix.lower()
    fmt: Literal["json", "yaml"]
    if suffix == ".json":
        fmt = "json"
    elif suffix in (".yaml", ".yml"):
        fmt = "yaml"
    else:
        raise FactsError([f"{file.name}: unknown file type (use .json, .yaml or .yml)"])
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise FactsError([f"{file.name}: not UTF-8 text"]) from e
    return loads_facts(text, fmt)


@lru_cache(maxsize=1)
def seed_facts() -> ArticleFacts:
    """Return the facts of the seed article shipped in ``questions/data``."""
    text = resources.files("questions").joinpath("data", SEED_FILE).read_text(encoding="utf-8")
    return loads_facts(text, "yaml")
