"""Plain data, JSON or YAML text, or a facts file -> ArticleFacts, each problem named by path."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml

from ..exc import FactsError
from ..names import same_name, tokens
from .model import (
    WORK_KINDS,
    Article,
    ArticleFacts,
    CastMember,
    DateValue,
    Event,
    Person,
    Quote,
    Work,
    same_title,
)

SEED_FILE = "seed-facts.yaml"
T = TypeVar("T")


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
    return read_facts_file(file.name, file.read_bytes())


def read_facts_file(name: str, data: bytes) -> ArticleFacts:
    """Read facts from a file's name (``.json``, ``.yaml`` or ``.yml``) and its bytes.

    :raise FactsError: the file's type, encoding or content is wrong, naming where.
    """
    suffix = Path(name).suffix.lower()
    fmt: Literal["json", "yaml"]
    if suffix == ".json":
        fmt = "json"
    elif suffix in (".yaml", ".yml"):
        fmt = "yaml"
    else:
        raise FactsError([f"{name}: unknown file type (use .json, .yaml or .yml)"])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise FactsError([f"{name}: not UTF-8 text"]) from e
    return loads_facts(text, fmt)


@lru_cache(maxsize=1)
def seed_facts() -> ArticleFacts:
    """Return the facts of the seed article shipped in ``questions/data``."""
    text = resources.files("questions").joinpath("data", SEED_FILE).read_text(encoding="utf-8")
    return loads_facts(text, "yaml")
