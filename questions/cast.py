"""Cast questions: who starred, who played a role, which role, who did NOT star."""

from __future__ import annotations

import random
from functools import partial

from . import distractors
from .context import Context, Draft, key
from .facts import CastMember, Work
from .names import mentions, same_name
from .question import Question

KIND = "cast"


def drafts(ctx: Context) -> list[Draft]:
    """List every cast question the facts allow."""
    out: list[Draft] = []
    for work in ctx.facts.works:
        members = ctx.cast_of(work.title)
        for m in members:
            who = key(m.person)
            out.append(
                Draft((KIND, "starred", key(work.title), who), partial(starred, ctx, work, m))
            )
            if m.role is not None:
                out.append(
                    Draft(
                        (KIND, "played", key(work.title), key(m.role)),
                        partial(played, ctx, work, m),
                    )
                )
                out.append(
                    Draft((KIND, "role", key(work.title), who), partial(which_role, ctx, work, m))
                )
        if work.cast_complete and members:
            out.append(Draft((KIND, "not", key(work.title)), partial(not_starred, ctx, work)))
    return out


def missing(ctx: Context) -> str:
    """Say what the facts lack for cast questions."""
    if not ctx.facts.cast:
        return "the facts list no cast"
    return f"each cast question needs {ctx.wrong} people who were not in the work"


def _the(work: Work) -> str:
    return f"the {work.kind} “{work.title}”"


def _leaks(prompt: str, person: str) -> bool:
    return mentions(prompt, person)


def starred(ctx: Context, work: Work, m: CastMember, rng: random.Random) -> Question | None:
    """Ask which of several people starred in ``work``."""
    cast = [c.person for c in ctx.cast_of(work.title)]
    wrong = distractors.people(ctx, rng, avoid=cast)
    prompt = f"Which of these starred in {_the(work)}?"
    if len(wrong) < ctx.wrong or _leaks(prompt, m.person):
        return None
    role = f" as {m.role}" if m.role else ""
    explanation = f"The article names {m.person} in the cast of {_the(work)}{role}."
    return distractors.assemble(rng, KIND, prompt, ctx.canonical(m.person), wrong, explanation, 1)


def played(ctx: Context, work: Work, m: CastMember, rng: random.Random) -> Question | None:
    """Ask who played ``m.role`` in ``work``."""
    assert m.role is not None
    role = m.role
    cast = ctx.cast_of(work.title)
    # Cast with an unknown or the same role might have played it too, so they are never wrong.
    unsure = [c.person for c in cast if c.role is None or same_name(c.role, role)]
    others = [ctx.canonical(c.person) for c in cast if c.role and not same_name(c.role, role)]
    wrong = distractors.people(ctx, rng, avoid=[m.person, *unsure], first=others)
    prompt = f"Who played {role} in {_the(work)}?"
    if len(wrong) < ctx.wrong or _leaks(prompt, m.person):
        return None
    explanation = f"{m.person} played {role} in {_the(work)}."
    return distractors.assemble(rng, KIND, prompt, ctx.canonical(m.person), wrong, explanation, 2)


def which_role(ctx: Context, work: Work, m: CastMember, rng: random.Random) -> Question | None:
    """Ask which role ``m.person`` played in ``work``."""
    assert m.role is not None
    role = m.role
    # Any role this person played anywhere would be a second right-looking answer.
    own = [c.role for c in ctx.facts.cast if c.role and same_name(c.person, m.person)]
    here = [c.role for c in ctx.cast_of(work.title) if c.role]
    elsewhere = [c.role for c in ctx.facts.cast if c.role]
    wrong = distractors.draw(rng, ctx.wrong, (here, elsewhere), avoid=own)
    prompt = f"Which role did {m.person} play in {_the(work)}?"
    if len(wrong) < ctx.wrong or mentions(prompt, role):
        return None
    difficulty = 2 if all(w in here for w in wrong) else 3
    explanation = f"{m.person} played {role} in {_the(work)}."
    return distractors.assemble(rng, KIND, prompt, role, wrong, explanation, difficulty)


def not_starred(ctx: Context, work: Work, rng: random.Random) -> Question | None:
    """Ask which of several people did NOT star in ``work``, whose whole cast is known."""
    cast = [c.person for c in ctx.cast_of(work.title)]
    if len(cast) < ctx.wrong:
        return None
    outsider = distractors.draw(rng, 1, (ctx.people, distractors.pool("actors")), avoid=cast)
    if not outsider:
        return None
    answer = ctx.canonical(outsider[0])
    wrong = [ctx.canonical(p) for p in rng.sample(cast, ctx.wrong)]
    prompt = f"Which of these did NOT star in {_the(work)}?"
    if any(_leaks(prompt, p) for p in [answer, *wrong]):
        return None
    explanation = f"The article gives the whole cast of {_the(work)}, and {answer} is not in it."
    return distractors.assemble(rng, KIND, prompt, answer, wrong, explanation, 2)
