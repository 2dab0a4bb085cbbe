"""The people an article names and the places it refers to them, shared by every rule."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Named:
    """One person the article names, with what the rules learn about them."""

    name: str
    gender: str | None = None
    descriptions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    """A place where the narration refers to a person."""

    start: int
    end: int
    person: Named
    possessive: bool
    #: Inside a relative clause ("who plays Maeve"), so never what a pronoun points back to.
    aside: bool = False
