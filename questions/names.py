"""Loose text comparison, so that "Sorvino" and "Mira Sorvino" count as one person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def tokens(text: str) -> tuple[str, ...]:
    """Split text into casefolded, accent-free words so spelling variants compare equal."""
    if text.isascii():
        return tuple(_WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text)
    if max(decomposed) <= "\uffff":
        plain = _combining().sub("", decomposed)
    else:
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return tuple(_WORD.findall(plain.casefold()))


@cache
def _combining() -> re.Pattern[str]:
    """Match a combining mark of the BMP: one regex pass instead of a test per character."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{re.escape(marks)}]")


@lru_cache(maxsize=65536)
def same_name(a: str, b: str) -> bool:
    """Tell whether a player could take ``a`` and ``b`` for the same name."""
    ta, tb = tokens(a), tokens(b)
    if ta == tb:
        return True
    if not ta or not tb:
        return False
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1:
        # A lone surname or first name ("Sorvino", "Lisa") is ambiguous with the full name.
        return short[0] in long
    return short[-1] == long[-1] and all(word in long for word in short)


def contains(text: str, phrase: str) -> bool:
    """Tell whether the words of ``phrase`` occur, in order and adjacent, in ``text``."""
    haystack, needle = tokens(text), tokens(phrase)
    if not needle:
        return True
    if not set(needle).issubset(haystack):
        return False
    n, first = len(needle), needle[0]
    return any(word == first and haystack[i : i + n] == needle for i, word in enumerate(haystack))


def clashes(name: str, others: Iterable[str]) -> bool:
    """Tell whether ``name`` could be taken for any of ``others``."""
    return any(same_name(name, other) for other in others)


def distinct(names: Iterable[str]) -> bool:
    """Tell whether no two of ``names`` could be taken for one another."""
    seen: list[str] = []
    # Names with words clash only if they share one, so most pass on a set check alone.
    words: set[str] = set()
    for name in names:
        own = tokens(name)
        if (not own or not words.isdisjoint(own)) and clashes(name, seen):
            return False
        seen.append(name)
        words.update(own)
    return True


def mentions(text: str, name: str) -> bool:
    """Tell whether ``text`` names the person ``name``, in full or by surname."""
    words = tokens(name)
    return bool(words) and words[-1] in tokens(text)
