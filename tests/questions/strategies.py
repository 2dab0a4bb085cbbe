"""Hypothesis strategies for random, valid article facts as plain data."""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import strategies as st

from questions.names import same_name, tokens

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=7)
NAMES = st.lists(WORDS, min_size=1, max_size=3).map(lambda ws: " ".join(w.title() for w in ws))
PHRASES = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)


@st.composite
def dates(draw: st.DrawFn) -> str:
    """A date in the file form, at a random precision."""
    day = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2030, 12, 31)))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    return {"year": f"{day:%Y}", "month": f"{day:%Y-%m}", "day": day.isoformat()}[precision]


def _unique(items: list[Any], key: Any, same: Any) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if not any(same(key(item), key(o)) for o in out):
            out.append(item)
    return out


@st.composite
def facts_data(draw: st.DrawFn) -> dict[str, Any]:
    """A facts document that parse_facts accepts."""
    titles = _unique(
        draw(st.lists(NAMES, min_size=1, max_size=3)),
        lambda t: t,
        lambda a, b: tokens(a) == tokens(b),
    )
    works = [
        {"title": t, "kind": draw(st.sampled_from(["film", "show", "play"]))}
        | ({"year": draw(st.integers(1900, 2030))} if draw(st.booleans()) else {})
        | ({"cast_complete": True} if draw(st.booleans()) else {})
        for t in titles
    ]
    names = draw(st.lists(NAMES, min_size=1, max_size=10))
    cast = []
    for person in names:
        entry = {"person": person, "work": draw(st.sampled_from(titles))}
        if draw(st.booleans()):
            entry["role"] = draw(NAMES)
        cast.append(entry)
    cast = _unique(
        cast,
        lambda c: (c["person"], c["work"]),
        lambda a, b: same_name(a[0], b[0]) and tokens(a[1]) == tokens(b[1]),
    )
    people = [{"name": n, "description": draw(PHRASES)} for n in draw(st.lists(NAMES, max_size=4))]
    everyone = names + [p["name"] for p in people]
    events = []
    for _ in range(draw(st.integers(0, 6))):
        event: dict[str, Any] = {"date": draw(dates()), "what": draw(PHRASES)}
        if draw(st.booleans()):
            event["people"] = draw(st.lists(st.sampled_from(everyone), max_size=2))
        if draw(st.booleans()):
            event["work"] = draw(st.sampled_from(titles))
        events.append(event)
    quotes = []
    for _ in range(draw(st.integers(0, 6))):
        speaker = draw(st.sampled_from(everyone) | NAMES)
        # Quotes often name their own speaker or other people, which questions must hide.
        vocab = st.sampled_from(speaker.split() + everyone[:3]) | WORDS
        text = " ".join(draw(st.lists(vocab, min_size=1, max_size=40)))
        quote: dict[str, Any] = {"text": text, "speaker": speaker}
        if draw(st.booleans()):
            quote["context"] = "to " + draw(NAMES)
        if draw(st.booleans()):
            quote["date"] = draw(dates())
        if draw(st.booleans()):
            quote["outlet"] = draw(NAMES)
        quotes.append(quote)
    article: dict[str, Any] = {"title": draw(PHRASES)}
    if draw(st.booleans()):
        article["published"] = draw(dates())
    return {
        "article": article,
        "works": works,
        "cast": cast,
        "people": people,
        "events": events,
        "quotes": quotes,
    }
