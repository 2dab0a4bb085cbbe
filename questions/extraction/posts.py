"""Events of the posts a page embeds: when each was posted, and what the story says of it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..facts.model import DateValue
from .dating import full_date
from .leads import at_word
from .text import Document, Sentence

#: A sentence that tells of posting: "Cranston and Paul both tweeted the same image".
_POSTING = re.compile(
    at_word(r"\b(?:tweeted|posted|shared|wrote on (?:Twitter|Instagram|Facebook|X))\b")
)


@dataclass(frozen=True)
class Posted:
    """A dated post: what it was, and the sentence of the story telling of it, if one does."""

    date: DateValue
    what: str
    sentence: Sentence | None


def posted(doc: Document) -> Iterator[Posted]:
    """Yield the posts the page embedded whose signature dates them.

    A story introduces the post it shows ("Cranston and Paul both tweeted the same image"),
    so the last sentence telling of posting in the paragraph before the post says what was
    posted that day; failing one, the post's own words do.
    """
    # Each paragraph's last sentence that tells of posting.
    telling = {s.para: s for s in doc.sentences if _POSTING.search(doc.masked, s.start, s.end)}
    for post in doc.posts:
        date = full_date(post.date)
        sentence = telling.get(post.after - 1)
        if date is None or (sentence is None and not post.words):
            continue
        if sentence is not None:
            yield Posted(date, doc.sentence_text(sentence), sentence)
        else:
            yield Posted(date, f"{post.author} posted: “{post.words}”", None)
