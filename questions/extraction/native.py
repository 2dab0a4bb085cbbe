"""A list's headings that give a work's title twice, in English and in its own language."""

from __future__ import annotations

import re

from .leads import at_word
from .lexicon import PARTICLE, WORK_KINDS
from .text import Document

#: A heading of an English title with the work's own in brackets: `Unauthorized Living (Vivir
#: sin Permiso)`, `Drug Squad: Costa del Sol (Brigada Costa del Sol)`.
_NATIVE_HEADING = re.compile(
    r"(?P<title>[A-Z0-9][^.?!;\n()]{0,80}?) \((?P<native>[A-Z¿¡][^.?!;\n()]{0,60})\)"
)
#: What no one's name has and a title in another language does: a number, a small word that
#: is no particle of a name (`Vivir sin Permiso`), or four words (`Brigada Costa del Sol`).
_NO_NAME = re.compile(rf"\d|\b(?!(?:{PARTICLE})\b)[a-z]+\b|^(?:\S+ ){{3}}\S+")
#: A work told by its kind near the start of a paragraph, and how near.
_KIND_TOLD = re.compile(at_word(rf"\b(?:[Tt]he|[Tt]his) (?:[\w-]+ ){{0,3}}?(?:{WORK_KINDS})\b"))
_TOLD_REACH = 120


def native_heading(
    text: str, heading: tuple[int, int], after: tuple[int, int]
) -> re.Match[str] | None:
    """Match a heading of a title and its native one in brackets, when the paragraph under it
    tells of a work in its first words (`Based on a story by ..., the series addresses`)."""
    m = _NATIVE_HEADING.fullmatch(text, *heading)
    if m is None or not _NO_NAME.search(m["native"]):
        return None  # "Nora Vale (Ada Wren)": a part and its actor
    return m if _KIND_TOLD.search(text, after[0], min(after[1], after[0] + _TOLD_REACH)) else None


def native_titles(doc: Document) -> frozenset[str]:
    """The titles such headings give in the work's own language, which name no one."""
    bounds = doc.paragraphs
    return frozenset(
        m["native"]
        for n in range(len(bounds) - 1)
        if (m := native_heading(doc.masked, bounds[n], bounds[n + 1])) is not None
    )
