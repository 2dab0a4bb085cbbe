"""The public entry: article facts and a seed in, a mixed list of fair questions out."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from ..check import PATTERN, Story, answer_end, question_warnings
from ..exc import NotEnoughFacts
from ..facts.model import ArticleFacts
from ..names import distinct
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
    reasons = [f"no {kind} questions: {GENERATORS[kind].missing(ctx)}" for kind in empty]
    if empty and (kinds is not None or not made):
        raise NotEnoughFacts("; ".join(reasons))
    if count is not None and len(made) < count:
        made_of = ", ".join(f"{n} {kind}" for kind, n in by_kind.items())
        # The kinds that made nothing say why, so the host knows which facts to add.
        raise NotEnoughFacts(
            f"asked for {count} questions, but these facts make only {len(made)} ({made_of}); "
            + "".join(f"{reason}; " for reason in reasons)
            + "add cast, dated events or quotes",
            made,
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
        # Drafts put off because their form was asked too recently, by form.
        self.held: dict[str, list[Draft]] = {}

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
    """Take one question of each kind in turn, so that a quiz mixes the kinds and forms."""
    quiz = _Quiz(ctx)
    while count is None or len(quiz.made) < count:
        added = False
        for kind in order:
            added = _take(quiz, rng, queues[kind]) or added
            if count is not None and len(quiz.made) >= count:
                break
        # When every form left was asked too often, a longer quiz beats a shorter one.
        if not added and not _take_held(quiz, rng, queues):
            break
    return quiz.made


#: In any run of WINDOW questions, no form ("starred", "when", "said", ...) more than PER_FORM.
WINDOW, PER_FORM = 15, 2


class _Quiz:
    """The questions made so far, and what they rule out for the next one."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.story = Story(ctx.facts)
        self.tally = Tally()
        self.made: list[Question] = []
        self.forms: list[str] = []
        # Where year and month answers fell among their choices ("first", "middle", "last").
        self.ends: list[str] = []
        # Two drafts can still make one question (same prompt, same choices), so both are keys.
        self.asked: set[tuple[str, ...]] = set()

    def seen(self, draft: Draft) -> bool:
        """Tell whether ``draft`` asks what, or about the fact, the quiz already asked."""
        return draft.key in self.asked or (draft.fact or draft.key) in self.asked

    def varied(self, form: str) -> bool:
        """Tell whether a question of ``form`` now keeps the quiz varied."""
        recent = self.forms[1 - WINDOW :]
        return (not recent or recent[-1] != form) and recent.count(form) < PER_FORM

    def add(self, draft: Draft, rng: random.Random) -> bool:
        """Build ``draft`` and keep it if it is fair here; tell whether it was kept."""
        question = draft.build(rng, self.tally)
        if question is None or not self.fair(question):
            return False
        same = (question.prompt, *sorted(key(c) for c in question.choices))
        if same in self.asked:
            return False
        self.asked.update((draft.key, draft.fact or draft.key, same))
        self.tally.record(draft.template, question, draft.subject)
        self.made.append(question)
        self.forms.append(draft.template)
        end = answer_end(question)
        if end is not None:
            self.ends.append(end)
        return True

    def fair(self, question: Question) -> bool:
        """Check what every kind promises, and that the fairness check finds nothing here."""
        return (
            self.ctx.least < len(question.choices) <= self.ctx.choices
            and distinct(question.choices)
            and not question_warnings(self.made, question, self.story)
            and not self.patterned(question)
        )

    def patterned(self, question: Question) -> bool:
        """Tell whether ``question`` would make every date answer fall at one end of its choices."""
        end = answer_end(question)
        ends = self.ends
        return end in ("first", "last") and len(ends) + 1 >= PATTERN and all(e == end for e in ends)


def _take(quiz: _Quiz, rng: random.Random, queue: _Queue) -> bool:
    """Add the next question of ``queue`` that keeps the quiz varied; hold back the others."""
    for form, held in queue.held.items():
        while held and quiz.varied(form):
            if quiz.add(held.pop(), rng):
                return True
    while queue:
        draft = queue.pop(rng)
        if draft is None or quiz.seen(draft):
            continue
        if not quiz.varied(draft.template):
            queue.held.setdefault(draft.template, []).append(draft)
        elif quiz.add(draft, rng):
            return True
    return False


def _take_held(quiz: _Quiz, rng: random.Random, queues: dict[str, _Queue]) -> bool:
    """Add a held-back question, one of another form than the last if there is one."""
    last = quiz.forms[-1] if quiz.forms else ""
    held = [(form, drafts) for q in queues.values() for form, drafts in q.held.items()]
    held.sort(key=lambda pair: pair[0] == last)
    for _, drafts in held:
        while drafts:
            draft = drafts.pop()
            if not quiz.seen(draft) and quiz.add(draft, rng):
                return True
    return False
