"""Cast questions: who starred, who played a role, which role, in which work, who did NOT star."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable
from functools import partial
from itertools import chain

from ...facts.model import CastMember, Work
from ...names import contains, mentions, same_name, tokens
from ...question import Question
from .. import distractors
from ..context import Context, Draft, Tally, key

KIND = "cast"
#: The ways to ask who starred in a work. A quiz never repeats a prompt, so each member of a
#: work's cast is asked about in the wording of their place in it: a casting story of one
#: work can ask about three of its people, not one.
STARRED = (
    "Which of these starred in {}?",
    "Which of these was in the cast of {}?",
    "Which of these was cast in {}?",
)
#: How each wording of ``STARRED`` begins, whatever the work.
STARRED_STARTS = tuple(form.split("{}")[0] for form in STARRED)
#: A description saying that someone performed ("voiced the title character of The BFG").
_PERFORMED = re.compile(
    r"\b(play(s|ed|ing)?|voic(e|es|ed|ing)|portray\w*|star\w*|appear\w*)\b", re.I
)


def units(ctx: Context) -> int:
    """Count the facts questions are drafted from: each cast member, then each work."""
    return len(ctx.facts.cast) + len(ctx.facts.works)


def drafts(ctx: Context, unit: int) -> list[Draft]:
    """List the cast questions of one cast member, or the "NOT" question of one work."""
    cast = ctx.facts.cast
    if unit >= len(cast):
        work = ctx.facts.works[unit - len(cast)]
        if not (work.cast_complete and ctx.cast_of(work.title)):
            return []
        return [Draft((KIND, "not", key(work.title)), partial(not_starred, ctx, work))]
    m = cast[unit]
    work = ctx.works[key(m.work)]
    title, who = key(work.title), key(m.person)
    fact = (KIND, title, who)
    out = [Draft((KIND, "starred", title, who), partial(starred, ctx, work, m), fact)]
    if len(ctx.casts) > ctx.least:
        # Only where other works have casts to be wrong answers; once a person, as the prompt
        # would come back with each of their works.
        in_key = (KIND, "in", key(ctx.canonical(m.person)))
        out.append(Draft(in_key, partial(cast_in, ctx, work, m), fact))
    if m.role is not None:
        played_key = (KIND, "played", title, key(m.role))
        out.append(Draft(played_key, partial(played, ctx, work, m), fact))
        out.append(Draft((KIND, "role", title, who), partial(which_role, ctx, work, m), fact))
    return out


def missing(ctx: Context) -> str:
    """Say what the facts lack for cast questions."""
    if not ctx.facts.cast:
        return "the facts list no cast"
    return (
        f"each cast question needs {ctx.least} other people the article names "
        "who were not in the work"
    )


def _the(work: Work) -> str:
    return f"the {work.kind} “{work.title}”"


def _leaks(prompt: str, person: str) -> bool:
    return mentions(prompt, person)


def _outside(ctx: Context, work: Work, role: str | None = None) -> Callable[[str], bool]:
    """Return a test that a person is not described as performing in ``work`` (or as ``role``).

    The story may say so only in a description ("voiced the title character in ITV's 1989
    animated version of The BFG"), and such a person would be a second right answer.
    """

    def outside(person: str) -> bool:
        for p in ctx.facts.people:
            said = p.description or ""
            if same_name(p.name, person) and _PERFORMED.search(said):
                if contains(said, work.title) or (role is not None and contains(said, role)):
                    return False
        return True

    return outside


def _unshown_outside(
    ctx: Context, work: Work, tally: Tally, *templates: str
) -> Callable[[str], bool]:
    """Return a test that a person is outside ``work`` and was offered in no earlier question
    of ``templates`` about it."""
    shown = tally.offered_about(key(work.title), *templates)
    outside = _outside(ctx, work)
    return lambda person: person not in shown and outside(person)


def starred(
    ctx: Context, work: Work, m: CastMember, rng: random.Random, tally: Tally
) -> Question | None:
    """Ask which of several people starred in ``work``.

    Its wrong people were offered in no earlier question about this work's cast: one shown
    as outside the cast would give this question away, or an earlier "did NOT star" its
    answer.
    """
    cast = [c.person for c in ctx.cast_of(work.title)]
    members = list(dict.fromkeys(ctx.canonical(person) for person in cast))
    place = members.index(ctx.canonical(m.person))
    prompt = STARRED[place % len(STARRED)].format(_the(work))
    if _leaks(prompt, m.person):
        return None
    keep = _unshown_outside(ctx, work, tally, "starred", "not")
    wrong = distractors.people(ctx, rng, tally, "starred", cast, keep=keep)
    if len(wrong) < ctx.least:
        return None
    role = f" as {m.role}" if m.role else ""
    explanation = f"The article names {m.person} in the cast of {_the(work)}{role}."
    return distractors.assemble(rng, KIND, prompt, ctx.canonical(m.person), wrong, explanation, 1)


def played(
    ctx: Context, work: Work, m: CastMember, rng: random.Random, tally: Tally
) -> Question | None:
    """Ask who played ``m.role`` in ``work``."""
    assert m.role is not None
    role = m.role
    prompt = f"Who played {role} in {_the(work)}?"
    if _leaks(prompt, m.person):
        return None
    cast = ctx.cast_of(work.title)
    # Cast with an unknown or the same role might have played it too, so they are never wrong.
    unsure = [c.person for c in cast if c.role is None or same_name(c.role, role)]
    others = [ctx.canonical(c.person) for c in cast if c.role and not same_name(c.role, role)]
    avoid = [m.person, *unsure]
    keep = _outside(ctx, work, role)
    wrong = distractors.people(ctx, rng, tally, "played", avoid, first=others, keep=keep)
    if len(wrong) < ctx.least:
        return None
    explanation = f"{m.person} played {role} in {_the(work)}."
    return distractors.assemble(rng, KIND, prompt, ctx.canonical(m.person), wrong, explanation, 2)


def which_role(
    ctx: Context, work: Work, m: CastMember, rng: random.Random, tally: Tally
) -> Question | None:
    """Ask which role ``m.person`` played in ``work``."""
    assert m.role is not None
    role = m.role
    prompt = f"Which role did {m.person} play in {_the(work)}?"
    if mentions(prompt, role):
        return None
    # Any role this person played anywhere would be a second right-looking answer.
    own = ctx.roles_of(m.person)
    here = [c.role for c in ctx.cast_of(work.title) if c.role]
    candidates = chain(
        distractors.shuffled(rng, here, ctx.wrong),
        distractors.shuffled(rng, ctx.roles, ctx.wrong),
    )
    # A role named like a work ("Cinderella") reads as a work among roles: never a wrong one.
    wrong = distractors.draw(
        ctx.wrong, candidates, avoid=own, keep=lambda other: key(other) not in ctx.works
    )
    if len(wrong) < ctx.least:
        return None
    difficulty = 2 if all(w in here for w in wrong) else 3
    explanation = f"{m.person} played {role} in {_the(work)}."
    return distractors.assemble(rng, KIND, prompt, role, wrong, explanation, difficulty)


def cast_in(
    ctx: Context, work: Work, m: CastMember, rng: random.Random, tally: Tally
) -> Question | None:
    """Ask in which of the article's works ``m.person`` was cast.

    An interview may name only its two stars, too few people to ask who starred, but their
    works tell them apart. A wrong work has a cast of its own that the person is not in, and
    shares no title with one the person is in ("Dexter" beside "Dexter: New Blood"), where
    they may have been too.
    """
    person = ctx.canonical(m.person)
    prompt = f"In which of these was {person} cast?"
    own = {key(c.work) for c in ctx.credits_of(m.person)}
    outsiders = [
        w
        for w in ctx.facts.works
        if key(w.title) not in own
        and ctx.cast_of(w.title)
        and not _shares_a_title(w.title, own)
        and _outside(ctx, w)(m.person)
    ]
    # A work of the same kind first: a play among films is a guess anyone could rule out.
    alike = [w.title for w in outsiders if w.kind == work.kind]
    unlike = [w.title for w in outsiders if w.kind != work.kind]
    candidates = chain(
        distractors.shuffled(rng, alike, ctx.wrong), distractors.shuffled(rng, unlike, ctx.wrong)
    )
    wrong = distractors.draw(ctx.wrong, candidates, avoid=[work.title])
    if len(wrong) < ctx.least or any(_leaks(prompt, title) for title in [work.title, *wrong]):
        return None
    explanation = f"The article names {person} in the cast of {_the(work)}."
    return distractors.assemble(rng, KIND, prompt, work.title, wrong, explanation, 2)


def _shares_a_title(title: str, others: Iterable[str]) -> bool:
    """Tell whether every word of ``title`` is in one of ``others``, or one's words in it."""
    words = set(tokens(title))
    return any(words <= set(tokens(other)) or set(tokens(other)) <= words for other in others)


def not_starred(ctx: Context, work: Work, rng: random.Random, tally: Tally) -> Question | None:
    """Ask which of several people did NOT star in ``work``, whose whole cast is known."""
    cast = list(dict.fromkeys(ctx.canonical(c.person) for c in ctx.cast_of(work.title)))
    if len(cast) < ctx.least:
        return None
    # The outsider is someone the story names too, or the one name from elsewhere is the answer.
    candidates = distractors.article_people(ctx, rng, tally, "not", 1)
    # Someone a "starred" question already showed as outside the cast would give it away.
    keep = _unshown_outside(ctx, work, tally, "starred")
    outsider = distractors.draw(1, candidates, avoid=cast, keep=keep)
    if not outsider:
        return None
    answer = outsider[0]
    wrong = rng.sample(cast, min(len(cast), ctx.wrong))
    prompt = f"Which of these did NOT star in {_the(work)}?"
    if any(_leaks(prompt, p) for p in [answer, *wrong]):
        return None
    explanation = f"The article gives the whole cast of {_the(work)}, and {answer} is not in it."
    return distractors.assemble(rng, KIND, prompt, answer, wrong, explanation, 2)
