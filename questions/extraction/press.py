"""A press note's list of an actor's credits: `His theatre credits include King Lear (The Old
Vic), Protest Song`, `Film includes A, B and C`.

Theatre and agency notes write a career this way, each work maybe with its venue in
brackets; the works are titles, the notes in brackets neither titles nor people.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: The words of one item of a list, up to its note in brackets or the next item.
_ITEM_WORDS = r"(?:(?! and [A-Z])[^,.;()]){0,60}?"
#: A press note's list of an actor's credits, each work maybe with its venue or a note in
#: brackets, to the sentence's end: `His theatre credits include King Lear (The Old Vic),
#: Protest Song, Volpone and Under Milk Wood (National Theatre)`, `Film includes A, B, C`,
#: `Television includes A and B`.
PRESS_CREDITS = re.compile(
    r"(?:\b(?:(?P<whose>[Hh]is|[Hh]er|[Tt]heir|[’']s) (?:[a-z]+ )?)?"
    r"(?:[Tt]heatre|[Ss]tage|[Ff]ilm|[Tt]elevision|TV|[Ss]creen|[Rr]adio|West End|Broadway)"
    r"(?: and (?:film|television|TV|stage|theatre|screen))? (?:credits|work|roles) include[sd]?|"
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:Theatre|Stage|Films?|Television|TV|Screen|Radio) include[sd]?)"
    # (an item holds no " and " before a capital, which only joins items here, so a list is
    # read one way only and a long one costs no backtracking; `Harry Potter and the Deathly
    # Hallows` stays one item; the run is the same text either way, split by press_items)
    r" (?P<title>(?:[A-Z]" + _ITEM_WORDS + r"(?: \([^()]{1,60}\))?(?:, (?:and )?| and )){0,40}"
    r"[A-Z]" + _ITEM_WORDS + r"(?: \([^()]{1,60}\))?)(?=[.;]|$| and [a-z])"
)
#: A note in brackets after a work of a press note's list: its venue, company or award.
BRACKETED_NOTE = re.compile(r" \(([^()]*)\)")


#: The "and" that joins a group's last two works: before a capital, not `Harry Potter and the
#: Deathly Hallows`'s own.
_JOINED = re.compile(r" and (?=[A-Z])")


def press_items(run: str) -> list[str]:
    """Return the works of a press note's list: `Volpone and Under Milk Wood (National
    Theatre)` is two works sharing one venue, as is the list's last item; an "and" inside an
    item elsewhere may be a title's own (`Trial and Retribution, Spatz`)."""
    groups = BRACKETED_NOTE.split(run)[::2]
    out: list[str] = []
    for group in groups:
        items = [i.strip().removeprefix("and ").strip() for i in group.split(",")]
        items = [i for i in items if i]
        if items:
            items[-1:] = _JOINED.split(items[-1])
        out += items
    return out


@lru_cache(maxsize=8)
def press_notes(masked: str) -> frozenset[str]:
    """Return the notes in brackets of press notes' lists (`King Lear (The Old Vic)`): a
    venue, company or award, neither a work nor a person. Kept for the article, as both its
    titles and its people ask."""
    if "nclude" not in masked:
        return frozenset()  # no list of credits, and nothing to scan
    return frozenset(
        note.group(1)
        for m in PRESS_CREDITS.finditer(masked)
        for note in BRACKETED_NOTE.finditer(m["title"])
    )
