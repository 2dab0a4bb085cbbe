"""Wrong answers of the same type and origin as the right one.

A wrong person is always someone the story names, like the answer: a famous name from elsewhere
among the story's people is a choice a player rules out without reading (issue #16). Outlets
and years have no such tell, so they may come from a curated list or the calendar.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import chain
from typing import TypeVar

from ..facts.model import MONTHS
from ..marks import balanced
from ..names import clashes, tokens
from ..question import Question
from .context import Context, Tally

#: How far from the right year a wrong year may be; near years make the question fair but hard.
YEAR_SPREAD = 6
T = TypeVar("T")


@cache
def pool(name: str) -> tuple[str, ...]:
    """Return the names listed one a line in ``questions/data/<name>.txt``."""
    text = resources.files("questions").joinpath("data", f"{name}.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def draw(
    n: int,
    candidates: Iterable[str],
    avoid: Iterable[str],
    keep: Callable[[str], bool] | None = None,
) -> list[str]:
    """Pick the first ``n`` of ``candidates`` that clash with neither ``avoid`` nor each other.

    ``candidates`` is consumed lazily, so a generator of shuffled tiers is drawn only as far
    as it must be: most questions never look at the curated pools.
    """
    taken = list(avoid)
    # Names clash only if they share a word, so most candidates pass on a set check alone.
    words = {word for name in taken for word in tokens(name)}
    picked: list[str] = []
    if n <= 0:
        return picked
    for name in candidates:
        own = tokens(name)
        if (
            own
            and (words.isdisjoint(own) or not clashes(name, taken))
            and (keep is None or keep(name))
        ):
            taken.append(name)
            picked.append(name)
            words.update(own)
            if len(picked) == n:
                break
    return picked


def shuffled(rng: random.Random, tier: Sequence[T], wanted: int) -> Iterator[T]:
    """Yield ``tier`` in a random order; a large one is probed at random rather than shuffled."""
    if len(tier) <= 4 * wanted + 8:
        yield from rng.sample(tier, len(tier))
        return
    for _ in range(3 * wanted):
        yield tier[rng.randrange(len(tier))]
    offset = rng.randrange(len(tier))
    yield from tier[offset:]
    yield from tier[:offset]


def tiers(rng: random.Random, wanted: int, *groups: Sequence[str]) -> Iterator[str]:
    """Yield each group shuffled, earlier groups first."""
    for group in groups:
        yield from shuffled(rng, group, wanted)


def article_people(
    ctx: Context, rng: random.Random, tally: Tally, template: str, wanted: int
) -> Iterator[str]:
    """Yield people the article names, those offered less in ``template`` first (see Tally)."""
    stale: list[str] = []
    for name in shuffled(rng, ctx.names, wanted):
        person = ctx.canonical(name)
        if not balanced(person):
            continue  # a stray quotation mark in a choice reads as broken (see check)
        if tally.fresh(template, person):
            yield person
        else:
            stale.append(person)
    yield from stale


def people(
    ctx: Context,
    rng: random.Random,
    tally: Tally,
    template: str,
    avoid: Iterable[str],
    first: Sequence[str] = (),
    keep: Callable[[str], bool] | None = None,
) -> list[str]:
    """Pick up to ``ctx.wrong`` wrong people: ``first``, then others the article names.

    ``keep`` vets each candidate that passes the other checks, for rules only a kind knows.
    Fewer than ``ctx.least`` means the question is not worth asking.
    """
    n = ctx.wrong
    candidates = chain(shuffled(rng, first, n), article_people(ctx, rng, tally, template, n))
    return draw(n, candidates, avoid, keep)


def publications(
    ctx: Context,
    rng: random.Random,
    avoid: Iterable[str],
    keep: Callable[[str], bool] | None = None,
) -> list[str]:
    """Pick wrong outlets: others the article names, then well-known publications."""
    candidates = tiers(rng, ctx.wrong, ctx.outlets, pool("publications"))
    return draw(ctx.wrong, candidates, avoid, keep)


def years(ctx: Context, rng: random.Random, answer: int, avoid: Collection[int] = ()) -> list[str]:
    """Pick wrong years near ``answer`` on both sides, on its side of the article's date.

    What an article tells as done cannot have happened after it was written, and what it tells
    as coming cannot happen before: a wrong year across that line would be a give-away.
    """
    latest = ctx.latest_year
    first, last = 1, 9999
    if latest is not None and answer > latest:
        first = latest
    elif latest is not None:
        last = latest
    below = [answer - d for d in range(1, YEAR_SPREAD + 1) if answer - d >= first]
    above = [answer + d for d in range(1, YEAR_SPREAD + 1) if answer + d <= last]
    return [str(y) for y in around(ctx, rng, below, above, avoid)]


def months(
    ctx: Context, rng: random.Random, year: int, answer: int, avoid: Collection[int] = ()
) -> list[str]:
    """Pick wrong months of ``year`` on both sides of ``answer``, on its side of the article."""
    first, last = 1, 12
    # Only the latest year has a latest month; the others need not look for it.
    if ctx.latest_year == year and ctx.latest is not None and ctx.latest.month is not None:
        if answer > ctx.latest.month:
            first = ctx.latest.month
        else:
            last = ctx.latest.month
    below, above = list(range(first, answer)), list(range(answer + 1, last + 1))
    return [MONTHS[m - 1] for m in around(ctx, rng, below, above, avoid)]


def around(
    ctx: Context, rng: random.Random, below: list[int], above: list[int], avoid: Collection[int]
) -> list[int]:
    """Pick wrong values from ``below`` and ``above`` the answer, the answer's rank at random.

    An answer that is always the latest choice (because nothing may be later) is a tell a
    player learns in three questions, so an answer with nothing possible on one side is not
    asked, and the others fall anywhere among their choices.
    """
    below = [v for v in below if v not in avoid]
    above = [v for v in above if v not in avoid]
    n = min(ctx.wrong, len(below) + len(above))
    if not below or not above or n < ctx.least:
        return []
    ranks = [r for r in range(n + 1) if r <= len(below) and n - r <= len(above)]
    rank = rng.choice(ranks)
    return rng.sample(below, rank) + rng.sample(above, n - rank)


def numbers(ctx: Context, rng: random.Random, answer: int) -> list[str]:
    """Pick wrong counts near ``answer`` (at least 1) on both sides."""
    below = [answer - d for d in range(1, YEAR_SPREAD + 1) if answer - d >= 1]
    above = [answer + d for d in range(1, YEAR_SPREAD + 1)]
    return [str(n) for n in around(ctx, rng, below, above, ())]


def assemble(
    rng: random.Random,
    kind: str,
    prompt: str,
    answer: str,
    wrong: Sequence[str],
    explanation: str,
    difficulty: int,
    *,
    sort_key: Callable[[str], int] | None = None,
) -> Question:
    """Mix the right answer among the wrong ones (or sort all by ``sort_key``) into a Question."""
    choices = [answer, *wrong]
    if sort_key is not None:
        choices.sort(key=sort_key)
    else:
        rng.shuffle(choices)
    return Question(
        kind=kind,
        prompt=prompt,
        choices=tuple(choices),
        answer=choices.index(answer),
        explanation=explanation,
        difficulty=difficulty,
    )
