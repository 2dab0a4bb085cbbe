"""Date questions: in what year or month something happened, what came first or last, and how
many years passed between two things."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import partial

from ...facts.model import MONTHS
from ...names import contains
from ...question import Question
from .. import distractors
from ..context import Context, Draft, Moment, Tally, key

KIND = "date"
#: A text that tells its own date ("in 2019", "two years ago", "in Sept.", "four years before
#: his return") answers the question, or contradicts it.
TELLS = re.compile(
    r"\b(\d{4}|ago|(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?|"
    + "|".join(m for m in MONTHS if m != "May")
    + r"|May\s+\d|in May|(next|last|this) year|this date|\w+ years? (before|after|earlier|later))\b"
)


def units(ctx: Context) -> int:
    """Count the facts questions are drafted from: each moment."""
    return ctx.moment_count


def drafts(ctx: Context, unit: int) -> list[Draft]:
    """List the date questions of one moment."""
    m = ctx.moment(unit)
    if TELLS.search(m.what):
        return []
    what = key(m.what)
    # Year and month of one moment share a key: a month question names the year it asks in,
    # so only one is asked; the month, where known, as it is the finer question.
    asks = month_or_year if m.date.month is not None else year
    out = [Draft((KIND, "when", what), partial(asks, ctx, m))]
    # A text told with two dates cannot be placed before or after anything.
    if what not in ctx.retold:
        out.append(Draft((KIND, "first", what), partial(extreme, ctx, m, True)))
        out.append(Draft((KIND, "last", what), partial(extreme, ctx, m, False)))
        if m.date.month is None:
            out.append(Draft((KIND, "span", what), partial(span, ctx, m)))
    return out


def missing(ctx: Context) -> str:
    """Say what the facts lack for date questions."""
    if not ctx.moment_count:
        return "the facts have no dated events or works with a year"
    return (
        "each date question needs an event from before the article's year whose text does not "
        f"give its date away, or {ctx.least + 1} dated events to put in order"
    )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _clause(text: str) -> str:
    """An event's text without its closing punctuation, to end a question with "?"."""
    return text.rstrip(" .!?;:,")


def year(ctx: Context, m: Moment, rng: random.Random, tally: Tally) -> Question | None:
    """Ask in what year ``m`` happened."""
    answer = str(m.date.year)
    # The same text told with another date makes that date's year right as well.
    told = {d.year for d in ctx.dates_of(m)}
    wrong = distractors.years(ctx, rng, m.date.year, told)
    prompt = f"In what year did this happen: {_clause(m.what)}?"
    if not wrong or contains(prompt, answer):
        return None
    explanation = f"{_sentence(_clause(m.what))} in {m.date.human()}."
    return distractors.assemble(rng, KIND, prompt, answer, wrong, explanation, 2, sort_key=int)


def month(ctx: Context, m: Moment, rng: random.Random, tally: Tally) -> Question | None:
    """Ask in what month of its year ``m`` happened."""
    assert m.date.month is not None
    answer = MONTHS[m.date.month - 1]
    told = {d.month for d in ctx.dates_of(m) if d.year == m.date.year and d.month}
    wrong = distractors.months(ctx, rng, m.date.year, m.date.month, told)
    prompt = f"In what month of {m.date.year} did this happen: {_clause(m.what)}?"
    if not wrong or contains(prompt, answer):
        return None
    explanation = f"{_sentence(_clause(m.what))} in {m.date.human()}."
    return distractors.assemble(
        rng, KIND, prompt, answer, wrong, explanation, 3, sort_key=MONTHS.index
    )


def month_or_year(ctx: Context, m: Moment, rng: random.Random, tally: Tally) -> Question | None:
    """Ask the month of ``m``, or its year when no fair month question can be made: January
    has no month before it to offer, yet "in what year" still has years on both sides."""
    return month(ctx, m, rng, tally) or year(ctx, m, rng, tally)


def extreme(
    ctx: Context, m: Moment, first: bool, rng: random.Random, tally: Tally
) -> Question | None:
    """Ask which of several moments came first (or last): the others are all after (before) it."""
    # Positions, not moments, are shuffled, so only the moments looked at are made.
    positions = distractors.shuffled(rng, range(ctx.moment_count), ctx.wrong)
    if not (ctx.any_after(m) if first else ctx.any_before(m)):
        # Nothing to ask, but make the random draws a fruitless search would make, so that the
        # questions after this one stay the ones the seed has always given.
        for _ in positions:
            pass
        return None
    retold = ctx.retold
    others: dict[str, Moment] = {}

    def candidates() -> Iterator[str]:
        for i in positions:
            o = ctx.moment(i)
            after = o.first > m.last if first else o.last < m.first
            # A text told with two dates may be on either side, so it is never a choice.
            if after and key(o.what) not in retold and not TELLS.search(o.what):
                others.setdefault(o.what, o)
                yield o.what

    # Moments are told apart by their text, so those that read alike cannot share a question.
    picked = distractors.draw(ctx.wrong, candidates(), avoid=[m.what])
    if len(picked) < ctx.least:
        return None
    if first:
        prompt = "Which of these happened first?"
        tail = "before the others"
    else:
        prompt = "Which of these happened most recently?"
        tail = "after the others"
    answer = _sentence(m.what)
    picked.sort(key=lambda w: others[w].first)
    rest = "; ".join(f"{w} in {others[w].date.human()}" for w in picked)
    explanation = f"{answer} in {m.date.human()}, {tail}: {rest}."
    wrong = [_sentence(w) for w in picked]
    return distractors.assemble(rng, KIND, prompt, answer, wrong, explanation, 2)


def span(ctx: Context, m: Moment, rng: random.Random, tally: Tally) -> Question | None:
    """Ask how many years passed between ``m`` and another moment, both known to the year."""
    other: Moment | None = None
    for i in distractors.shuffled(rng, range(ctx.moment_count), 1):
        o = ctx.moment(i)
        if o.date.month is None and o.date.year != m.date.year and _plain(ctx, o):
            other = o
            break
    if other is None:
        return None
    early, late = sorted((m, other), key=lambda x: x.date.year)
    gap = late.date.year - early.date.year
    wrong = distractors.numbers(ctx, rng, gap)
    if not wrong:
        return None
    prompt = f"How many years after {_clause(early.what)} did this happen: {_clause(late.what)}?"
    explanation = (
        f"{_sentence(_clause(early.what))} in {early.date.year}, "
        f"and {_clause(late.what)} in {late.date.year}."
    )
    return distractors.assemble(rng, KIND, prompt, str(gap), wrong, explanation, 3, sort_key=int)


def _plain(ctx: Context, m: Moment) -> bool:
    """Tell whether ``m`` can be asked about: told once, with no date in its text."""
    return key(m.what) not in ctx.retold and not TELLS.search(m.what)
