"""Date questions: in what year or month something happened, and what came first or last."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial

from . import distractors
from .context import Context, Draft, key
from .facts import MONTHS, DateValue, same_title
from .names import contains
from .question import Question

KIND = "date"


@dataclass(frozen=True)
class Moment:
    """Something dated: an event, or a work's year when no event tells it."""

    date: DateValue
    what: str


def moments(ctx: Context) -> list[Moment]:
    """Return the events, plus a release for each dated work that no event covers."""
    facts = ctx.facts
    out = [Moment(e.date, e.what) for e in facts.events]
    for work in facts.works:
        told = any(
            e.work is not None and same_title(e.work, work.title) and e.date.year == work.year
            for e in facts.events
        )
        if work.year is not None and not told:
            out.append(Moment(DateValue(work.year), f"the {work.kind} “{work.title}” came out"))
    return out


def drafts(ctx: Context) -> list[Draft]:
    """List every date question the facts allow."""
    out: list[Draft] = []
    found = moments(ctx)
    # Sorted once by first and by last possible day, so "what came before m" is a bisection.
    by_start = sorted(found, key=lambda o: o.date.bounds()[0])
    starts = [o.date.bounds()[0] for o in by_start]
    by_end = sorted(found, key=lambda o: o.date.bounds()[1])
    ends = [o.date.bounds()[1] for o in by_end]
    for m in found:
        what = key(m.what)
        first, last = m.date.bounds()
        later = tuple(by_start[bisect_right(starts, last) :])
        earlier = tuple(by_end[: bisect_left(ends, first)])
        out.append(Draft((KIND, "year", what), partial(year, ctx, m)))
        if m.date.month is not None:
            out.append(Draft((KIND, "month", what), partial(month, ctx, m)))
        out.append(Draft((KIND, "first", what), partial(extreme, ctx, m, later, True)))
        out.append(Draft((KIND, "last", what), partial(extreme, ctx, m, earlier, False)))
    return out


def missing(ctx: Context) -> str:
    """Say what the facts lack for date questions."""
    if not moments(ctx):
        return "the facts have no dated events or works with a year"
    return f"each date question needs {ctx.wrong} other dates that are not after the article"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def year(ctx: Context, m: Moment, rng: random.Random) -> Question | None:
    """Ask in what year ``m`` happened."""
    answer = str(m.date.year)
    wrong = distractors.years(ctx, rng, m.date.year)
    prompt = f"In what year did this happen: {m.what}?"
    if not wrong or contains(prompt, answer):
        return None
    explanation = f"{_sentence(m.what)} in {m.date.human()}."
    return distractors.assemble(rng, KIND, prompt, answer, wrong, explanation, 2, sort_key=int)


def month(ctx: Context, m: Moment, rng: random.Random) -> Question | None:
    """Ask in what month of its year ``m`` happened."""
    assert m.date.month is not None
    answer = MONTHS[m.date.month - 1]
    wrong = distractors.months(ctx, rng, m.date.year, m.date.month)
    prompt = f"In what month of {m.date.year} did this happen: {m.what}?"
    if not wrong or contains(prompt, answer):
        return None
    explanation = f"{_sentence(m.what)} in {m.date.human()}."
    return distractors.assemble(
        rng, KIND, prompt, answer, wrong, explanation, 3, sort_key=MONTHS.index
    )


def extreme(
    ctx: Context, m: Moment, others: tuple[Moment, ...], first: bool, rng: random.Random
) -> Question | None:
    """Ask which of several moments came first (or last): ``others`` are all after (before) it."""
    # Moments are told apart by their text, so those that read alike cannot share a question.
    picked = distractors.draw(rng, ctx.wrong, ([o.what for o in others],), avoid=[m.what])
    if len(picked) < ctx.wrong:
        return None
    dates = {o.what: o.date for o in others}
    if first:
        prompt = "Which of these happened first?"
        tail = "before the others"
    else:
        prompt = "Which of these happened most recently?"
        tail = "after the others"
    answer = _sentence(m.what)
    picked.sort(key=lambda w: dates[w].bounds())
    rest = "; ".join(f"{w} in {dates[w].human()}" for w in picked)
    explanation = f"{answer} in {m.date.human()}, {tail}: {rest}."
    wrong = [_sentence(w) for w in picked]
    return distractors.assemble(rng, KIND, prompt, answer, wrong, explanation, 2)
