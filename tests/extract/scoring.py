"""Score extracted facts against hand-made gold facts.

Matching rules (each gold fact is matched at most once, greedily in order):

- quote: the speakers are the same person after name normalization (``same_name``: case,
  accents and punctuation ignored, a lone surname equals the full name) and the quote texts
  overlap substantially: the Jaccard similarity of their word sets is at least 0.6.
- event: the dates are equal (same precision too) and at least half of the content words
  (three letters or more, not a stop word) of the gold ``what`` occur in the extracted
  ``what`` or in the sentence the event came from.
- cast: the same person (``same_name``), the same work (``same_title``) and the same role
  (both absent, or equal as word sequences).

Precision is matched / extracted, recall is matched / gold; with nothing extracted,
precision counts as 1.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from questions.extraction.article import Extraction, extract
from questions.facts.model import ArticleFacts, CastMember, Event, Quote, same_title
from questions.facts.parse import load_facts
from questions.names import same_name, tokens

T = TypeVar("T")
_STOP = frozenset(
    "the and for with that this from was were has had have its his her their they she him "
    "who which will would after before into about than then also all are been but not".split()
)


@dataclass
class Tally:
    """Counts for one kind of fact."""

    matched: int = 0
    extracted: int = 0
    gold: int = 0
    #: The gold facts nothing extracted matched, briefly.
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def add(self, other: Tally) -> None:
        self.matched += other.matched
        self.extracted += other.extracted
        self.gold += other.gold
        self.missed += other.missed


def _match(gold: Sequence[T], found: Sequence[T], same: Callable[[T, T], bool]) -> Tally:
    used: set[int] = set()
    missed: list[str] = []
    for g in gold:
        match = next((i for i, f in enumerate(found) if i not in used and same(g, f)), None)
        if match is None:
            missed.append(_brief(g))
        else:
            used.add(match)
    return Tally(len(gold) - len(missed), len(found), len(gold), missed)


def _brief(fact: object) -> str:
    """A gold fact in a few words, for the list of misses."""
    if isinstance(fact, Quote):
        return f"{fact.speaker}: “{fact.text[:50]}”"
    if isinstance(fact, Event):
        return f"{fact.date}: {fact.what[:50]}"
    if isinstance(fact, CastMember):
        return f"{fact.person} in {fact.work}" + (f" as {fact.role}" if fact.role else "")
    return str(fact)


def same_quote(gold: Quote, found: Quote) -> bool:
    a, b = set(tokens(gold.text)), set(tokens(found.text))
    overlap = len(a & b) / len(a | b) if a | b else 0.0
    return same_name(gold.speaker, found.speaker) and overlap >= 0.6


def content(text: str) -> set[str]:
    return {w for w in tokens(text) if len(w) >= 3 and w not in _STOP}


def event_matcher(sources: dict[int, str]) -> Callable[[Event, Event], bool]:
    """Match events, reading the source sentence of each found event by its identity."""

    def same(gold: Event, found: Event) -> bool:
        if gold.date != found.date:
            return False
        want = content(gold.what)
        have = content(found.what) | content(sources.get(id(found), ""))
        return bool(want) and len(want & have) / len(want) >= 0.5

    return same


def same_cast(gold: CastMember, found: CastMember) -> bool:
    roles = (gold.role is None and found.role is None) or (
        gold.role is not None and found.role is not None and tokens(gold.role) == tokens(found.role)
    )
    return same_name(gold.person, found.person) and same_title(gold.work, found.work) and roles


def cast_misses(gold: ArticleFacts, found: ArticleFacts) -> Counter[str]:
    """Why each gold cast fact was missed: the work, the person, or the role.

    Tells the extractor's failures apart: a work never found takes all its cast with it, a
    person credited in another work is a title problem, one never credited a cast problem.
    """
    why: Counter[str] = Counter()
    works = [work.title for work in found.works]
    for fact in gold.cast:
        credits = [c for c in found.cast if same_name(fact.person, c.person)]
        if any(same_cast(fact, c) for c in credits):
            continue
        if not any(same_title(fact.work, title) for title in works):
            why["its work not found"] += 1
        elif not credits:
            why["person never credited"] += 1
        elif any(same_title(fact.work, c.work) for c in credits):
            why["another role"] += 1
        else:
            why["credited in another work"] += 1
    return why


def score(gold: ArticleFacts, result: Extraction) -> dict[str, Tally]:
    """Return a tally per kind: quotes, events, cast."""
    facts = result.facts
    sources = {id(e): result.sources.get(f"events[{n}]", "") for n, e in enumerate(facts.events)}
    return {
        "quotes": _match(gold.quotes, facts.quotes, same_quote),
        "events": _match(gold.events, facts.events, event_matcher(sources)),
        "cast": _match(gold.cast, facts.cast, same_cast),
    }


KINDS = ("quotes", "events", "cast")


def run_all(cases: list[tuple[Path, Path]]) -> dict[str, dict[str, Tally]]:
    """Score every (article, gold facts) case; the key is the article's file stem."""
    out: dict[str, dict[str, Tally]] = {}
    for article, gold_path in cases:
        gold = load_facts(gold_path)
        result = extract(article.read_text(encoding="utf-8"), published=gold.article.published)
        out[article.stem] = score(gold, result)
    return out


def table(results: dict[str, dict[str, Tally]]) -> str:
    """Lay out precision and recall per article and kind, then the totals."""
    header = f"{'article':<34}" + "".join(f"{k + ' P':>10}{k + ' R':>10}" for k in KINDS)
    lines = [header, "-" * len(header)]
    totals = {k: Tally() for k in KINDS}
    for name, tallies in results.items():
        row = f"{name:<34}"
        for k in KINDS:
            t = tallies[k]
            totals[k].add(t)
            row += f"{t.precision:>10.2f}{t.recall:>10.2f}"
        lines.append(row)
    lines.append("-" * len(header))
    row = f"{'ALL':<34}" + "".join(
        f"{totals[k].precision:>10.2f}{totals[k].recall:>10.2f}" for k in KINDS
    )
    lines.append(row)
    counts = ", ".join(
        f"{k} {totals[k].matched}/{totals[k].extracted} found, {totals[k].gold} gold" for k in KINDS
    )
    lines.append(counts)
    return "\n".join(lines)
