"""The fairness check: what a quiz editor would flag in a question set, found by a program.

Any set can be checked (generated, imported or written by a host), so the check reads only the
questions, and the article's facts when it has them (to tell the story's people from others).
The generator asks the same check of every question it makes, so a generated quiz passes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from .facts.model import MONTHS, ArticleFacts
from .generation.kinds.cast import STARRED_STARTS
from .marks import balanced
from .names import clashes, contains, tokens
from .question import Question

#: Every code ``check`` may give, and what it means.
CODES = {
    "only-from-story": "the right answer is the only choice from the story",
    "always-latest": "every date question's answer is its latest choice",
    "always-earliest": "every date question's answer is its earliest choice",
    "answering-pair": "one question's prompt answers another",
    "non-person": "a choice that is not a person among people",
    "repeated-prompt": "the same prompt twice in the set",
    "mixed-types": "choices of different types",
    "answer-in-prompt": "the prompt contains the right answer",
    "unbalanced-quote": "a quotation mark left open or stray",
    "long-choice": "one choice much longer than the rest",
}
#: A choice this many times the length of every other (and LONGER characters more) stands out.
LONG_RATIO, LONGER = 2.0, 20
#: Date questions in a set before all answers sharing one end is a pattern, not chance.
PATTERN = 3

_YEAR = re.compile(r"\d{3,4}")
_NUMBER = re.compile(r"\d+")
_QUOTED = re.compile(r"“([^”]+)”")
_PERSON_PROMPT = re.compile(
    "^(Who\\b|Which of these did NOT star\\b|" + "|".join(map(re.escape, STARRED_STARTS)) + ")"
)


@dataclass(frozen=True)
class FairnessWarning:
    """One flaw found: which question (``None`` for the set as a whole), its code, and why."""

    question_index: int | None
    code: str
    message: str


class Story:
    """What the facts say about choices: who is a person, what is a work, a role or an outlet."""

    def __init__(self, facts: ArticleFacts | None) -> None:
        self.facts = facts

    @cached_property
    def people(self) -> tuple[str, ...]:
        """Everyone the facts name."""
        f = self.facts
        if f is None:
            return ()
        names = [c.person for c in f.cast] + [p.name for p in f.people]
        names += [q.speaker for q in f.quotes] + [n for e in f.events for n in e.people]
        return tuple(dict.fromkeys(names))

    @cached_property
    def things(self) -> dict[str, str]:
        """Works, roles and outlets by the key of their name: the non-people a fact names."""
        f = self.facts
        if f is None:
            return {}
        found = {_key(q.outlet): "outlet" for q in f.quotes if q.outlet}
        found.update({_key(c.role): "role" for c in f.cast if c.role})
        found.update({_key(w.title): "work" for w in f.works})
        for name in self.people:
            found.pop(_key(name), None)  # a person named like a role is still a person
        return found

    def kind_of(self, choice: str) -> str:
        """Say what ``choice`` is: year, month, number, person, work, role, outlet or text."""
        if choice in MONTHS:
            return "month"
        if _YEAR.fullmatch(choice):
            return "year"
        if _NUMBER.fullmatch(choice):
            return "number"
        thing = self.things.get(_key(choice))
        if thing is not None:
            return thing
        if clashes(choice, self.people):
            return "person"
        return "text"


def check(
    questions: Sequence[Question], facts: ArticleFacts | None = None
) -> list[FairnessWarning]:
    """Return every flaw found in ``questions``, in order; ``facts`` tell the story's people."""
    story = Story(facts)
    related = _related_pairs(questions)
    found: list[FairnessWarning] = []
    for i, question in enumerate(questions):
        found += [FairnessWarning(i, code, message) for code, message in _own(question, story)]
        for j in sorted(related[i]):
            found += _pair_warnings(i, question, j, questions[j])
    return found + pattern_warnings(questions)


def question_warnings(
    before: Sequence[Question], question: Question, story: Story
) -> list[FairnessWarning]:
    """Return the flaws of ``question``, asked after ``before``, alone and against those."""
    i = len(before)
    found = [FairnessWarning(i, code, message) for code, message in _own(question, story)]
    for j, other in enumerate(before):
        found += _pair_warnings(i, question, j, other)
    return found


def _pair_warnings(i: int, question: Question, j: int, other: Question) -> list[FairnessWarning]:
    """The flaw of asking ``question`` (number ``i``) after ``other`` (number ``j``), if any."""
    if _key(other.prompt) == _key(question.prompt):
        return [FairnessWarning(i, "repeated-prompt", f"same prompt as question {j + 1}")]
    if answers(other, question) or answers(question, other):
        return [FairnessWarning(i, "answering-pair", f"question {j + 1} answers it")]
    return []


def _related_pairs(questions: Sequence[Question]) -> list[set[int]]:
    """For each question, the earlier ones it may clash with, found through indexes.

    A pair clashes only if the prompts are the same or one prompt holds every word of the
    other's answer (what ``answers`` needs first), so a set of hundreds of questions is not
    compared pair by pair: a host's set page checks 500 questions in a few milliseconds.
    """
    by_word: dict[str, set[int]] = {}
    by_key: dict[str, set[int]] = {}
    for i, question in enumerate(questions):
        for word in set(tokens(question.prompt)):
            by_word.setdefault(word, set()).add(i)
        by_key.setdefault(_key(question.prompt), set()).add(i)
    everyone = set(range(len(questions)))
    related: list[set[int]] = [set() for _ in questions]
    for i, question in enumerate(questions):
        words = set(tokens(question.right_choice))
        naming = set.intersection(*(by_word.get(w, set()) for w in words)) if words else everyone
        for j in naming | by_key[_key(question.prompt)]:
            related[max(i, j)].add(min(i, j))
    for i in range(len(questions)):
        related[i].discard(i)
    return related


def _own(q: Question, story: Story) -> list[tuple[str, str]]:
    """Return (code, message) for each flaw ``q`` shows on its own."""
    out: list[tuple[str, str]] = []
    if contains(q.prompt, q.right_choice):
        out.append(("answer-in-prompt", f"the prompt says {q.right_choice!r}"))
    for text in (q.prompt, *q.choices):
        if not balanced(text):
            out.append(("unbalanced-quote", f"a quotation mark is open or stray in {text!r}"))
    kinds = [story.kind_of(c) for c in q.choices]
    if _PERSON_PROMPT.match(q.prompt) and _person_answer(kinds):
        out += _people_flaws(q, kinds, story)
    elif len(set(kinds) - {"text"}) > 1 or (
        set(kinds) & {"year", "month", "number"} and len(set(kinds)) > 1
    ):
        out.append(("mixed-types", f"choices are {', '.join(sorted(set(kinds)))}"))
    longest = _long_choice(q.choices)
    if longest is not None:
        out.append(("long-choice", f"{longest!r} is much longer than the other choices"))
    return out


def _person_answer(kinds: list[str]) -> bool:
    return "person" in kinds or not any(k in ("year", "month", "number") for k in kinds)


def _people_flaws(q: Question, kinds: list[str], story: Story) -> list[tuple[str, str]]:
    """Flaws of a question whose choices are people: a non-person, the answer given by origin."""
    out = [
        ("non-person", f"{c!r} is a {k}, not a person")
        for c, k in zip(q.choices, kinds, strict=True)
        if k not in ("person", "text")
    ]
    if story.people and kinds[q.answer] == "person" and kinds.count("person") == 1:
        out.append(("only-from-story", f"only {q.right_choice!r} is named in the story"))
    return out


def _long_choice(choices: Sequence[str]) -> str | None:
    """Return the choice far longer than every other, if one is."""
    if len(choices) < 2:
        return None
    longest, *rest = sorted(choices, key=len, reverse=True)
    if len(longest) > LONG_RATIO * len(rest[0]) and len(longest) - len(rest[0]) > LONGER:
        return longest
    return None


def answers(asked: Question, other: Question) -> bool:
    """Tell whether reading ``asked`` gives away ``other``'s answer.

    ``asked`` names the answer of ``other`` and both are about one thing: ``other``'s answer
    is named in ``asked`` and ``asked``'s answer in ``other`` (who played X / which role did Y
    play), or they quote one text or title (who said it / to which outlet it was said).
    """
    if not contains(asked.prompt, other.right_choice) or _YEAR.fullmatch(other.right_choice):
        return False
    shared = set(_QUOTED.findall(asked.prompt)) & set(_QUOTED.findall(other.prompt))
    return bool(shared) or contains(other.prompt, asked.right_choice)


def pattern_warnings(questions: Sequence[Question]) -> list[FairnessWarning]:
    """Flag a set whose date answers are always the latest (or earliest) choice."""
    ends = [answer_end(q) for q in questions]
    told = [e for e in ends if e is not None]
    if len(told) < PATTERN:
        return []
    found: list[FairnessWarning] = []
    for end, code in (("last", "always-latest"), ("first", "always-earliest")):
        if all(e == end for e in told):
            found.append(FairnessWarning(None, code, f"all {len(told)} date answers are {end}"))
    return found


def answer_end(q: Question) -> str | None:
    """Say whether the answer of a year or month question is its latest or earliest choice."""
    if all(_YEAR.fullmatch(c) for c in q.choices):
        order = [int(c) for c in q.choices]
    elif all(c in MONTHS for c in q.choices):
        order = [MONTHS.index(c) for c in q.choices]
    else:
        return None
    right = order[q.answer]
    return "last" if right == max(order) else "first" if right == min(order) else "middle"


def _key(text: str) -> str:
    return " ".join(tokens(text))
