"""The public entry: article facts and a seed in, a mixed list of fair questions out."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from ..exc import NotEnoughFacts
from ..facts.model import ArticleFacts
from ..names import contains, distinct
from ..question import MAX_CHOICES, MIN_CHOICES, Question
from .context import Context, Draft, Tally, context, key
from .kinds import GENERATORS, Kind


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
    queues = {kind: _Queue(ctx, GENERATORS[kind]) for kind in wanted}
    order = list(wanted)
    rng.shuffle(order)
    made = _interleave(ctx, rng, order, queues, count)
    by_kind = {kind: sum(q.kind == kind for q in made) for kind in wanted}
    empty = [kind for kind in wanted if not by_kind[kind]]
    if empty and (kinds is not None or not made):
        reasons = "; ".join(
            f"no {kind} questions: {GENERATORS[kind].missing(ctx)}" for kind in empty
        )
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
        return tuple(GENERATORS)
    wanted = tuple(dict.fromkeys(kinds))
    unknown = [k for k in wanted if k not in GENERATORS]
    if unknown or not wanted:
        raise ValueError(f"kinds must be some of {', '.join(GENERATORS)}, not {list(kinds)!r}")
    return wanted


class _Queue:
    """One kind's drafts in a seeded random order, drafted only as far as a quiz needs.

    Drafting every fact of big facts for a quiz of 20 would cost more than the quiz, so
    facts ("units") are taken in a random order one at a time, Fisher-Yates style with the
    moved positions kept in a dict, and their drafts wait in ``pending``.
    """

    def __init__(self, ctx: Context, kind: Kind) -> None:
        self.ctx = ctx
        self.drafts: Callable[[Context, int], list[Draft]] = kind.drafts
        self.left: int = kind.units(ctx)
        self.moved: dict[int, int] = {}
        self.pending: list[Draft] = []

    def __bool__(self) -> bool:
        return bool(self.left or self.pending)

    def _unit(self, rng: random.Random) -> int:
        i = rng.randrange(self.left)
        self.left -= 1
        unit = self.moved.get(i, i)
        self.moved[i] = self.moved.pop(self.left, self.left)
        return unit

    def pop(self, rng: random.Random) -> Draft | None:
        """Take a random draft; each fact not yet drafted weighs as one waiting draft."""
        pending = self.pending
        if self.left and pending and rng.randrange(self.left + len(pending)) < self.left:
            pending.extend(self.drafts(self.ctx, self._unit(rng)))
        while self.left and not pending:
            pending.extend(self.drafts(self.ctx, self._unit(rng)))
        if not pending:
            return None
        i = rng.randrange(len(pending))
        pending[i], pending[-1] = pending[-1], pending[i]
        return pending.pop()


def _interleave(
    ctx: Context,
    rng: random.Random,
    order: list[str],
    queues: dict[str, _Queue],
    count: int | None,
) -> list[Question]:
    """Take one question of each kind in turn, so that a quiz mixes the kinds."""
    made: list[Question] = []
    tally = Tally()
    # Two drafts can still make one question (same prompt, same choices), so both are keys.
    asked: set[tuple[str, ...]] = set()
    while any(queues.values()) and (count is None or len(made) < count):
        for kind in order:
            queue = queues[kind]
            while queue:
                draft = queue.pop(rng)
                if draft is None or draft.key in asked:
                    continue
                question = draft.build(rng, tally)
                if question is None or not fair(question, ctx.choices):
                    continue
                same = (question.prompt, *sorted(key(c) for c in question.choices))
                if same in asked:
                    continue
                asked.update((draft.key, same))
                tally.record(draft.template, question)
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
