"""Who the article names: full names, surnames and pronouns, each resolved to one person."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .text import Document

_NAME_WORD = r"(?:Mc|Mac|O[’']|D[’'])?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
#: Runs of capitalised words; possessive endings are kept so the rules can skip them.
NAME = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[A-Z]\.))*(?:\s+{_NAME_WORD})?(?:[’']s)?")
PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")
ROLE_NOUNS = frozenset(
    """actress actor star costar co-star director screenwriter writer producer creator showrunner
    host singer comedian filmmaker author playwright executive president spokesperson
    spokeswoman spokesman rapper musician model dancer critic journalist reporter editor
    winner nominee veteran alum alumna newcomer narrator presenter novelist chef""".split()
)
_FEMALE = frozenset("actress she her spokeswoman alumna ms mrs wife mother sister daughter".split())
_MALE = frozenset("actor he his him spokesman mr husband father brother son".split())
DESCRIBED = re.compile(
    r"\b[Tt]he\s+(?:\d+-year-old\s+|[a-z]+-winning\s+|[a-z]+\s+)?("
    + "|".join(sorted(ROLE_NOUNS))
    + r")\b(?![’']s)"
)
_LEADING = frozenset(
    """The A An And But Or So Yet If When While After Before As At In On Of For From With By To
    Since Until Though Although Because During Then Now Still Even Also Just Last This That These
    Those
    Her His Their Its Our My Your Both Neither Either Each Every All Some Many Most Such Like
    Meanwhile However Later Earlier Previously Today Tonight Tomorrow Yesterday Here There Where
    Who What Why How Oscar Emmy Tony Grammy Golden Academy Former Fellow Costar Co-star Actress
    Actor Star Director Screenwriter Writer Producer Creator Showrunner Host Singer Comedian
    Filmmaker Author Playwright Executive President Sources Source According Dear Mr Mrs Ms Dr
    Sir Dame Lady Lord Miss Netflix Hulu Disney Paramount Universal Warner Amazon Apple
    HBO""".split()
)
_NOT_NAMES = frozenset(
    """Weekly Club Show Times News Post Reporter Magazine Hollywood Studios Studio Pictures
    Entertainment Films Film Records Network Channel Festival Awards Award Academy University
    College School High Theater Theatre Center Centre Broadway Street Avenue City County Company
    Group Prime Video Productions House Day Week Month Year Season Series Movie Sequel Reunion
    New Los San Santa Las North South East West United States America American British English
    London Paris York Angeles Francisco Chicago Boston Toronto Vancouver Atlanta Texas California
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Instagram Twitter TikTok YouTube Facebook
    Globe Globes Oscars Emmys Tonys God Christmas Easter Halloween Thanksgiving Part Chapter Vol
    Live Tonight Today Morning Night Good Late Daily Sports Journal Review Guide Empire Vogue Elle
    People Variety Deadline Time Vanity Fair Rolling Stone Access Page Media Press
    Associated""".split()
)
#: A relative clause between a subject and its verb: "Marchetti, who plays Maeve, said".
_ASIDE = re.compile(r",\s*(?:who|whose|which|best known for|known for)\b[^,.;]*(?:,|$)")
_PUBLICATION_FILE = "publications.txt"


@lru_cache(maxsize=1)
def publications() -> frozenset[str]:
    """Return the casefolded names of well-known outlets, which are never people."""
    data = Path(__file__).resolve().parent.parent / "data" / _PUBLICATION_FILE
    lines = data.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip()[:1] not in "#")


@dataclass
class Person:
    """One person the article names, with what the rules learn about them."""

    name: str
    gender: str | None = None
    descriptions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """A place where the narration refers to a person."""

    start: int
    end: int
    person: Person
    possessive: bool
    #: Inside a relative clause ("who plays Maeve"), so never what a pronoun points back to.
    aside: bool = False


def clean_name(raw: str) -> tuple[str, bool, str]:
    """Split a run of capitalised words into (name, possessive, leading descriptor words)."""
    possessive = raw.endswith(("’s", "'s"))
    words = (raw[:-2] if possessive else raw).split()
    lead: list[str] = []
    while words and (
        words[0].rstrip(".") in _LEADING or words[0].lower().removesuffix("s") in ROLE_NOUNS
    ):
        lead.append(words.pop(0))
    return " ".join(words), possessive, " ".join(lead)


def is_full_name(name: str) -> bool:
    """Tell whether two to four capitalised words look like a person, not a place or outlet."""
    words = name.split()
    if not 2 <= len(words) <= 4 or name.casefold() in publications():
        return False
    return not any(word.rstrip(".") in _NOT_NAMES for word in words)


class Registry:
    """Every person of one article and every mention of them, in reading order."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.people: list[Person] = []
        self.mentions: list[Mention] = []
        self._by_name: dict[str, Person] = {}
        self._collect()

    def _collect(self) -> None:
        masked = self.doc.masked
        for match in NAME.finditer(masked):
            name, _, _ = clean_name(match.group())
            if is_full_name(name) and name not in self._by_name:
                person = Person(name)
                self._by_name[name] = person
                self.people.append(person)
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(masked)]
        for match in NAME.finditer(masked):
            name, possessive, _ = clean_name(match.group())
            known = self.lookup(name, match.start()) if name else None
            if known is not None:
                start = match.start() + match.group().find(name)
                aside = any(a <= start < b for a, b in asides)
                self.mentions.append(Mention(start, start + len(name), known, possessive, aside))
        for m in PRONOUN.finditer(masked):
            said = "f" if m.group().lower() == "she" else "m"
            target = self.recent(m.start(), said)
            if target is not None and target.gender is None:
                target.gender = said
        for m in DESCRIBED.finditer(masked):
            noun = m.group(1)
            hint = "f" if noun in _FEMALE else "m" if noun in _MALE else None
            target = self.recent(m.start(), hint)
            if target is not None and hint is not None and target.gender is None:
                target.gender = hint

    def lookup(self, name: str, before: int | None = None) -> Person | None:
        """Return the person a name or a lone surname or first name stands for."""
        if name in self._by_name:
            return self._by_name[name]
        words = name.split()
        if len(words) != 1:
            return None
        candidates = [p for p in self.people if p.name.split()[-1] == name]
        candidates = candidates or [p for p in self.people if p.name.split()[0] == name]
        if not candidates:
            return None
        if before is not None and len(candidates) > 1:
            earlier = [m.person for m in self.mentions if m.start < before]
            for person in reversed(earlier):
                if person in candidates:
                    return person
        return candidates[0]

    def recent(self, before: int, gender: str | None = None) -> Person | None:
        """Return the last person named before ``before`` who fits ``gender``."""
        for mention in reversed(self.mentions):
            if mention.start >= before or mention.possessive or mention.aside:
                continue
            if gender is None or mention.person.gender in (None, gender):
                return mention.person
        return None

    def in_range(self, start: int, end: int) -> list[Mention]:
        """Return the mentions inside ``start:end``."""
        return [m for m in self.mentions if start <= m.start < end]

    def refer(self, start: int, end: int) -> Person | None:
        """Resolve the referring expression (name, pronoun, "the actress") nearest ``end``."""
        piece = self.doc.masked[start:end]
        options: list[tuple[int, Person | None]] = []
        aside = [(start + m.start(), start + m.end()) for m in _ASIDE.finditer(piece)]
        named = [
            m
            for m in self.in_range(start, end)
            if not m.possessive and not any(a <= m.start < b for a, b in aside)
        ]
        if named:
            options.append((named[-1].start, named[-1].person))
        pronouns = list(PRONOUN.finditer(piece))
        if pronouns:
            last = pronouns[-1]
            gender = "f" if last.group().lower() == "she" else "m"
            options.append((start + last.start(), self.recent(start + last.start(), gender)))
        described = list(DESCRIBED.finditer(piece))
        if described:
            last_d = described[-1]
            noun = last_d.group(1)
            hint = "f" if noun in _FEMALE else "m" if noun in _MALE else None
            options.append((start + last_d.start(), self.recent(start + last_d.start(), hint)))
        found = [(pos, person) for pos, person in options if person is not None]
        return max(found, key=lambda item: item[0])[1] if found else None
