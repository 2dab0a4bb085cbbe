"""Wrong answers of the same type as the right one: the article's own first, then curated pools."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from importlib import resources

from .context import Context
from .facts import MONTHS
from .names import clashes, tokens
from .question import Question

#: How far from the right year a wrong year may be; near years make the question fair but hard.
YEAR_SPREAD = 6


@cache
def pool(name: str) -> tuple[str, ...]:
    """Return the names listed one a line in ``questions/data/<name>.txt``."""
    text = resources.files("questions").joinpath("data", f"{name}.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def draw(
    rng: random.Random, n: int, tiers: Iterable[Sequence[str]], avoid: Iterable[str]
) -> list[str]:
    """Pick up to ``n`` names, earlier tiers first, none clashing with ``avoid`` or each other."""
    taken = list(avoid)
    # Names clash only if they share a word, so most candidates pass on a set check alone.
    words = {word for name in taken for word in tokens(name)}
    picked: list[str] = []
    for tier in tiers:
        for name in _shuffled(rng, tier, n - len(picked)):
            if len(picked) == n:
                return picked
            own = tokens(name)
            if own and (words.isdisjoint(own) or not clashes(name, taken)):
                taken.append(name)
                picked.append(name)
                words.update(own)
        if len(picked) == n:
            break
    return picked


def _shuffled(rng: random.Random, tier: Sequence[str], wanted: int) -> Iterable[str]:
    # A large pool is probed at random rather than shuffled whole, which keeps a draw cheap.
    if len(tier) <= 4 * wanted + 8:
        yield from rng.sample(tier, len(tier))
        return
    for _ in range(3 * wanted):
        yield tier[rng.randrange(len(tier))]
    offset = rng.randrange(len(tier))
    yield from tier[offset:]
    yield from tier[:offset]


def people(
    ctx: Context, rng: random.Random, avoid: Iterable[str], first: Sequence[str] = ()
) -> list[str]:
    """Pick wrong people: ``first``, then others the article names, then well-known actors."""
    return draw(rng, ctx.wrong, (first, ctx.people, pool("actors")), avoid)


def publications(ctx: Context, rng: random.Random, avoid: Iterable[str]) -> list[str]:
    """Pick wrong outlets: others the article names, then well-known publications."""
    named = [q.outlet for q in ctx.facts.quotes if q.outlet is not None]
    return draw(rng, ctx.wrong, (named, pool("publications")), avoid)


def years(ctx: Context, rng: random.Random, answer: int) -> list[str]:
    """Pick wrong years near ``answer``, never after the article's latest date."""
    latest = ctx.latest.year if ctx.latest is not None else 9999
    near = [answer + d * s for d in range(1, YEAR_SPREAD + 1) for s in (-1, 1)]
    allowed = [year for year in near if 1 <= year <= latest]
    # Widen into the past when the article's date leaves too few years after the answer.
    extra = min(answer - YEAR_SPREAD - 1, latest)
    while len(allowed) < ctx.wrong and extra >= 1:
        if extra != answer and extra not in allowed:
            allowed.append(extra)
        extra -= 1
    if len(allowed) < ctx.wrong:
        return []
    return [str(year) for year in rng.sample(allowed, ctx.wrong)]


def months(ctx: Context, rng: random.Random, year: int, answer: int) -> list[str]:
    """Pick wrong months of ``year``, never after the article's latest date."""
    last = 12
    if ctx.latest is not None and ctx.latest.year == year and ctx.latest.month is not None:
        last = ctx.latest.month
    allowed = [m for m in range(1, last + 1) if m != answer]
    if len(allowed) < ctx.wrong:
        return []
    return [MONTHS[m - 1] for m in rng.sample(allowed, ctx.wrong)]


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
