"""The question kinds: one module per kind, each a Kind, found by name in GENERATORS."""

from __future__ import annotations

from typing import Protocol

from ..context import Context, Draft
from . import cast, dates, quotes


class Kind(Protocol):
    """What a kind module offers the generator: its facts ("units"), their drafts, and why none."""

    KIND: str

    def units(self, ctx: Context) -> int:
        """How many facts the kind can ask about."""
        ...

    def drafts(self, ctx: Context, unit: int) -> list[Draft]:
        """The questions one fact could make, not yet built."""
        ...

    def missing(self, ctx: Context) -> str:
        """Say what the facts lack for this kind to ask anything."""
        ...


#: Every generated kind by its name, in the order a quiz mixes them before shuffling.
GENERATORS: dict[str, Kind] = {kind.KIND: kind for kind in (cast, dates, quotes)}
