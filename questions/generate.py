"""The public entry: article facts and a seed in, a mixed list of fair questions out."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from types import ModuleType

from . import cast, dates, quotes
from .context import Context, Draft, context
from .exc import NotEnoughFacts
from .facts import ArticleFacts
from .names import contains, distinct
from .question import Question

#: The kind modules, each with ``drafts(ctx)`` and ``missing(ctx)``.
KINDS: dict[str, ModuleType] = {"cast": cast, "date": dates, "quote": quotes}
MIN_CHOICES, MAX_CHOICES = 2, 10


def generate(
    facts: ArticleFacts,
    *,
    seed: int,
    kinds: Iterable[str] | None = None,
    count: int | None = None,
    choices: int = 4,
) -> list[Question]:
    """Make up to ``count`` (default: all) distinct questions, the same ones for the same seed.

    :raise NotEnoughFacts: a requested kind yields nothing, or fewer than ``count`` questions.
    """
    wanted = _kinds(kinds)
    if not MIN_CHOICES <= choices <= MAX_CHOICES:
        raise ValueError(f"choices must be {MIN_CHOICES} to {MAX_CHOICES}, not {choices}")
    if count is not None and count < 1:
        raise ValueError(f"count must be at least 1, not {count}")
    ctx = context(facts, choices)
    rng = random.Random(seed)
    queues = {kind: list(_drafts(ctx, kind)) for kind in wanted}
    order = list(wanted)
    rng.shuffle(order)
    made = _interleave(ctx, rng, order, queues, count)
    by_kind = {kind: sum(q.kind == kind for q in made) for kind in wanted}
    empty = [kind for kind in wanted if not by_kind[kind]]
    if empty and (kinds is not None or not made):
        reasons = "; ".join(f"no {kind} questions: {KINDS[kind].missing(ctx)}" for kind in empty)
        raise NotEnoughFacts(reasons)
    if count is not None and len(made) < count:
        made_of = ", ".join(f"{n} {kind}" for kind, n in by_kind.items())
        raise NotEnoughFacts(
            f"asked for {count} questions, but these facts make only {len(made)} ({made_of}); "
            "add cast, dated events or quotes"
        )
    return made


def _kinds(kinds: Iterable[str] | None) -> tuple[str, ...]:
    if kinds is None:
        return tuple(KINDS)
    wanted = tuple(dict.fromkeys(kinds))
    unknown = [k for k in wanted if k not in KINDS]
    if unknown or not wanted:
        raise ValueError(f"kinds must be some of {', '.join(KINDS)}, not {list(kinds)!r}")
    return wanted


def _drafts(ctx: Context, kind: str) -> tuple[Draft, ...]:
    made = ctx.drafts.get(kind)
    if made is None:
        drafts: Callable[[Context], list[Draft]] = KINDS[kind].drafts
        made = ctx.drafts[kind] = tuple(drafts(ctx))
    return made


def _interleave(
    ctx: Context,
    rng: random.Random,
    order: list[str],
    queues: dict[str, list[Draft]],
    count: int | None,
) -> list[Question]:
    """Take one question of each kind in turn, so that a quiz mixes the kinds."""
    made: list[Question] = []
    asked: set[tuple[str, ...]] = set()
    while any(queues.values()) and (count is None or len(made) < count):
        for kind in order:
            queue = queues[kind]
            while queue:
                # Draw at random without shuffling the whole queue: big facts, small quizzes.
                i = rng.randrange(len(queue))
                queue[i], queue[-1] = queue[-1], queue[i]
                draft = queue.pop()
                if draft.key in asked:
                    continue
                question = draft.build(rng)
                if question is not None and fair(question, ctx.choices):
                    asked.add(draft.key)
                    made.append(question)
                    break
            if count is not None and len(made) >= count:
                break
    return made


def fair(question: Question, choices: int) -> bool:
    """Check what every kind promises: one right answer, distinct choices, nothing given away."""
    return (
        len(question.choices) == choices
        and distinct(question.choices)
        and not contains(question.prompt, question.right_choice)
    )
