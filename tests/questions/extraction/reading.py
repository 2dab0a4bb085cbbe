"""What the extractor reads in a made-up text, in the shapes the round tests compare.

One reader per publication date: each round's test file names its date and asks for works,
cast, quotes or events, instead of writing the same helpers again.
"""

from __future__ import annotations

from dataclasses import dataclass

from questions.extraction.article import extract
from questions.facts.model import ArticleFacts, DateValue


@dataclass(frozen=True)
class Reading:
    """Read texts as published on one day."""

    published: DateValue

    def facts(self, text: str) -> ArticleFacts:
        return extract(text, published=self.published).facts

    def works(self, text: str) -> set[str]:
        return {w.title for w in self.facts(text).works}

    def cast(self, text: str) -> set[tuple[str, str, str | None]]:
        return {(c.person, c.work, c.role) for c in self.facts(text).cast}

    def pairs(self, text: str) -> set[tuple[str, str]]:
        """Who the text casts in which work, whatever the part."""
        return {(c.person, c.work) for c in self.facts(text).cast}

    def people(self, text: str) -> set[str]:
        """The people the text casts, in any work."""
        return {c.person for c in self.facts(text).cast}

    def quotes(self, text: str) -> list[tuple[str, str]]:
        return [(q.speaker, q.text) for q in self.facts(text).quotes]

    def events(self, text: str) -> list[tuple[str, str]]:
        return [(str(e.date), e.what) for e in self.facts(text).events]
