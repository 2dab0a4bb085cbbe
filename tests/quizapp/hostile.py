"""Hostile text for escaping tests, input that once made a 500, and a parser for injections."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from hypothesis import strategies as st

#: Names no template uses: finding one in a page means the input was not escaped.
INJECTED_TAGS = {"script", "img", "svg", "iframe", "x-evil"}
INJECTED_ATTRIBUTES = {"onerror", "onload", "onmouseover", "onfocus", "data-pwn", "srcdoc"}

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    '" onfocus="alert(1)" autofocus="',
    "<svg/onload=alert(1)>",
    "javascript:alert(1)",
    "<x-evil data-pwn>",
    "</textarea><iframe srcdoc=x>",
    "\u202e<script>\u200b",
    "{{ 7*7 }}",
]

hostile_text = st.one_of(
    st.sampled_from(PAYLOADS),
    st.builds(
        lambda a, b, c: a + b + c,
        st.text(max_size=6),
        st.sampled_from(PAYLOADS),
        st.text(max_size=6),
    ),
)


#: Numbers as text that no 32-bit integer column holds or that are not ASCII digits.
not_a_database_int = st.one_of(
    st.text(
        st.characters(categories=["Nd", "No", "Nl"], exclude_characters="0123456789"),
        min_size=1,
        max_size=4,
    ),
    st.builds(lambda a, b: f"{a}{b}", st.integers(0, 99), st.sampled_from("²①٣１")),
    st.integers(min_value=2**31, max_value=10**30).map(str),
    st.integers(max_value=-(2**31) - 1, min_value=-(10**30)).map(str),
)
#: Visible text holding one character that cannot be stored: a lone surrogate or NUL.
unstorable_text = st.builds(
    lambda before, bad, after: f"Ada{before}{bad}{after}",
    st.text(max_size=4),
    st.one_of(st.characters(categories=["Cs"]), st.just("\x00")),
    st.text(max_size=4),
)
#: Form text that a JSON field reads as unstorable text (a hidden field of JSON, say).
unstorable_json = unstorable_text.map(json.dumps)


class _Collector(HTMLParser):
    """Collect every tag name and attribute name of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


def injected(html: str) -> set[str]:
    """Tags and attributes in ``html`` that only an unescaped payload could have put there."""
    collector = _Collector()
    collector.feed(html)
    found = (collector.tags & INJECTED_TAGS) - {"script"}
    # The page's own scripts are <script src=...> in <head>; count them and any more.
    if html.count("<script") > 2:
        found.add("script")
    return found | (collector.attributes & INJECTED_ATTRIBUTES)
