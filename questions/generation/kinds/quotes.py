"""Quote questions: who said this, and to which outlet."""

from __future__ import annotations

import random
import re
from functools import lru_cache, partial

from ...facts.model import Quote
from ...marks import balanced, close
from ...names import contains, tokens
from ...question import Question
from .. import distractors
from ..context import Context, Draft, Tally, key
from ..telling import attributable, word_weight

KIND = "quote"
#: Quotes longer than this many words are trimmed to their most distinctive part.
LONG = 24
#: How many words a trimmed quote keeps, at most and at least.
WINDOW, SHORTEST = 22, 8
MASK = "___"
_STOPS = (".", "!", "?", ".’", "?’", "!’", ".”")

_WORD = re.compile(r"[^\W_]+")
_MASKS = re.compile(rf"{MASK}(?:[\s\-‐'’.]+{MASK})+")


def units(ctx: Context) -> int:
    """Count the facts questions are drafted from: each quote."""
    return len(ctx.facts.quotes)


def drafts(ctx: Context, unit: int) -> list[Draft]:
    """List the questions of one quote."""
    q = ctx.facts.quotes[unit]
    if not balanced(q.text):
        return []  # a quote printed with a mark missing cannot be shown whole or trimmed fairly
    shown = display(q.text, _names(ctx, q))
    # Masked to nothing, or to words anyone could have said: no player could tell who said it.
    if not attributable(f"{shown} {q.context or ''}") or not balanced(shown):
        return []
    fact = (KIND, key(shown))
    out = [Draft((KIND, "said", key(shown)), partial(who_said, ctx, q, shown), fact)]
    if q.outlet is not None:
        out.append(Draft((KIND, "outlet", key(shown)), partial(outlet, ctx, q, shown), fact))
    return out


def missing(ctx: Context) -> str:
    """Say what the facts lack for quote questions."""
    if not ctx.facts.quotes:
        return "the facts have no quotes"
    return (
        f"each quote question needs a quote that tells of its speaker and {ctx.least} "
        "other people the article names"
    )


def _names(ctx: Context, q: Quote) -> tuple[str, ...]:
    return (q.speaker, ctx.canonical(q.speaker))


def said_alike(ctx: Context, quotes: list[Quote], shown: str) -> bool:
    """Tell whether any of ``quotes`` is asked as ``shown``, which would make it right too."""
    wanted = key(shown)
    # Words survive masking and trimming, so a quote lacking the last shown word is not alike.
    last = wanted.rsplit(" ", 1)[-1]
    return any(
        last in words_of(r.text) and key(display(r.text, _names(ctx, r))) == wanted for r in quotes
    )


@lru_cache(maxsize=4096)
def words_of(text: str) -> frozenset[str]:
    """Return the words of ``text`` as a set: ``said_alike`` tests hundreds of quotes for one."""
    return frozenset(tokens(text))


def _named(ctx: Context, q: Quote) -> list[str]:
    """Return the people ``q`` or its context names by surname."""
    said = set(tokens(q.text)) | set(tokens(q.context or ""))
    return [name for word in sorted(said) for name in ctx.named_by_word(word)]


@lru_cache(maxsize=4096)
def display(text: str, names: tuple[str, ...]) -> str:
    """Return the quote as asked: speaker masked, long ones trimmed, in quotation marks."""
    return f"“{trim(mask(text, names))}”"


def mask(text: str, names: tuple[str, ...]) -> str:
    """Blank out every word of ``names`` in ``text``, so a quote never names its speaker."""
    banned = {word for name in names for word in tokens(name)}

    def blank(match: re.Match[str]) -> str:
        return MASK if set(tokens(match.group())) & banned else match.group()

    return _MASKS.sub(MASK, _WORD.sub(blank, text))


def trim(text: str) -> str:
    """Cut a long quote at word boundaries to its most distinctive part, marking cuts with ….

    A part that would leave a quotation mark open is passed over, or closed when every part would.
    """
    words = text.split()
    if len(words) <= LONG:
        return close(text.rstrip(",;:– "))
    weights = [word_weight(w) for w in words]
    ends = [w.endswith(_STOPS) for w in words]
    best, best_score = (0, WINDOW), -1.0
    for start in range(len(words) - SHORTEST + 1):
        for end in range(start + SHORTEST, min(start + WINDOW, len(words)) + 1):
            # Whole sentences read better than pieces, so windows on sentence edges win.
            score = (
                sum(weights[start:end])
                + 4.0 * (start == 0 or ends[start - 1])
                + 4.0 * (ends[end - 1])
                - 20.0 * (not balanced(" ".join(words[start:end])))
            )
            if score > best_score:
                best, best_score = (start, end), score
    start, end = best
    part = " ".join(words[start:end]).strip(",;:– ")
    head = "" if start == 0 or ends[start - 1] else "…"
    tail = "" if end == len(words) or ends[end - 1] else "…"
    return close(f"{head}{part}{tail}")


def who_said(
    ctx: Context, q: Quote, shown: str, rng: random.Random, tally: Tally
) -> Question | None:
    """Ask who said ``q``, never offering the people it names or who said the same."""
    speaker = ctx.canonical(q.speaker)
    where = _where(q)
    prompt = f"Who said this{where}? {shown}"
    if set(tokens(prompt)) & set(tokens(speaker + " " + q.speaker)):
        return None
    # Someone the quote talks about is an obvious wrong answer, so leave them out.
    avoid = [speaker, q.speaker, *_named(ctx, q)]

    def said_else(person: str) -> bool:
        return not said_alike(ctx, ctx.said_by(person), shown)

    wrong = distractors.people(ctx, rng, tally, "said", avoid, keep=said_else)
    if len(wrong) < ctx.least:
        return None
    told = q.date and (q.context or q.outlet)  # else ``where`` already gives the date
    when = f", in {q.date.human()}" if q.date and told else ""
    explanation = f"{speaker} said this{where}{when}."
    difficulty = 3 if shown.startswith("“…") or len(q.text.split()) < 8 else 2
    return distractors.assemble(rng, KIND, prompt, speaker, wrong, explanation, difficulty)


def _where(q: Quote) -> str:
    """Say where or when ``q`` was said, so the prompt carries its context."""
    if q.context:
        return f" {q.context}"
    if q.outlet:
        return f" to {q.outlet}"
    return f" in {q.date.human()}" if q.date else ""


def outlet(ctx: Context, q: Quote, shown: str, rng: random.Random, tally: Tally) -> Question | None:
    """Ask which outlet ``q`` was said to."""
    assert q.outlet is not None
    speaker = ctx.canonical(q.speaker)
    avoid = [q.outlet]
    if ctx.facts.article.publication:
        # The article itself printed the quote, so naming it would be a second right answer.
        avoid.append(ctx.facts.article.publication)

    def told_else(outlet: str) -> bool:
        return not said_alike(ctx, ctx.said_to(outlet), shown)

    wrong = distractors.publications(ctx, rng, avoid=avoid, keep=told_else)
    prompt = f"Which outlet was this said to? {shown}"
    if len(wrong) < ctx.wrong or contains(prompt, q.outlet):
        return None
    if set(tokens(prompt)) & set(tokens(speaker + " " + q.speaker)):
        return None
    when = f", in {q.date.human()}" if q.date else ""
    explanation = f"{speaker} said this to {q.outlet}{when}."
    return distractors.assemble(rng, KIND, prompt, q.outlet, wrong, explanation, 3)
