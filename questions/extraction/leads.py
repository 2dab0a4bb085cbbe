r"""Patterns led by words, written so that a search skips to where they can start.

`re` looks ahead for a pattern's first character only when the pattern opens with a literal
or a character set (or an alternation whose every branch opens with a literal). A pattern
that opens with ``\b`` is tried at every position of a page instead, several times slower:
on a page of 6,000 characters ``\bzzz`` costs forty times what ``zzz`` does.
:func:`at_word` writes ``\b(?:ab|cd)`` as ``(?:a(?<!\w.)b|c(?<!\w.)d)``, each branch's first
letter before the check that no word goes on before it: the same text at the same places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: After a word's first letter: the character before that letter is none of a word's.
_STARTED = r"(?<!\w.)"
#: What the patterns :func:`at_word` rewrites open with.
_BOUNDARY = r"\b"
#: A group :func:`at_word` may lift the first letters of.
_GROUP = "(?:"
#: What after a group repeats it, so that it cannot be spread.
_QUANTIFIERS = ("?", "*", "+", "{")
#: A set of letters or digits and ranges of them: `[Tt]`, `[A-ZÀ-ÖØ-Þ]` (each range is then
#: checked to hold word characters only: `[A-z]` holds "^" and "_").
_LETTERS = re.compile(r"\[(?:\w-\w|\w)+\]")
_RANGE = re.compile(r"(\w)-(\w)")
#: What a set opens with when a "]" belongs to it: `[]...]`, `[^]...]`.
_SET_STARTS = ("]", "^]")
#: A group that numbers itself, or a reference to one: spread over several branches it
#: would number the groups after it anew.
_NUMBERED = re.compile(r"\((?!\?)|\\\d|\(\?P[<=]")
#: A set of plain characters, no range, escape or negation: `[’']`.
_PLAIN_SET = re.compile(r"\[([^\]\\^\-]+)\]")
#: A set of one letter in its two cases: `[Tt]`.
_CASES = re.compile(r"\[([A-Z])(?i:\1)\]")


def _structure(pattern: str) -> Iterator[tuple[int, int]]:
    """Yield each character's index and the depth of groups it stands in, for the characters
    that are syntax: not escaped by a backslash, not inside a set."""
    depth, i, in_set = 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            # a "]" right after the opening (or its "^") is a member, not the set's end
            i += next((len(s) for s in _SET_STARTS if pattern.startswith(s, i + 1)), 0)
        else:
            depth += char == "("
            yield i, depth
            depth -= char == ")"
        i += 1


def _split(pattern: str) -> list[str]:
    """Return the branches of ``pattern`` at its top level."""
    cuts = [i for i, depth in _structure(pattern) if depth == 0 and pattern[i] == "|"]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _group_end(pattern: str) -> int:
    """Return the index just past the group ``pattern`` opens with."""
    return next(i + 1 for i, depth in _structure(pattern) if depth == 1 and pattern[i] == ")")


def _lifted(branch: str) -> list[str]:
    """Return ``branch`` as branches that each open with a letter and the check after it.

    A branch's own ``\b`` is dropped, as the check stands for it; a branch opening with a
    letter or a digit takes the check after it; ``[Tt]he`` becomes
    ``The`` and ``the``; a non-capturing group is spread, the rest of the branch after each of
    its own branches, in their order, and after none of them where a ``?`` makes it optional
    (`re` tries the group first), so the first that matches is the same.
    """
    if branch.startswith(_BOUNDARY):
        return _lifted(branch[len(_BOUNDARY) :])
    if branch[:1].isalnum() and branch[1:2] not in _QUANTIFIERS:
        return [branch[0] + _STARTED + branch[1:]]
    if _CASES.match(branch) and branch[4:5] not in _QUANTIFIERS:
        return [letter + _STARTED + branch[4:] for letter in branch[1:3]]
    if branch.startswith(_GROUP):
        end = _group_end(branch)
        inner, rest = branch[len(_GROUP) : end - 1], branch[end:]
        optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
        if (optional or rest[:1] not in _QUANTIFIERS) and not _NUMBERED.search(rest):
            spread = [part + rest[optional:] for part in _split(inner)]
            if optional:
                spread.append(rest[1:])
            return [lifted for part in spread for lifted in _lifted(part)]
    raise ValueError(f"a branch that opens with no letter: {branch!r}")


def _word_ranges(letters: str) -> bool:
    """Tell whether every range of a set holds word characters only."""
    return all(
        re.fullmatch(r"\w+", "".join(map(chr, range(ord(a), ord(b) + 1)))) is not None
        for a, b in _RANGE.findall(letters)
    )


def at_word(pattern: str) -> str:
    r"""Return ``pattern``, which opens with ``\b``, written to open with a letter instead.

    After the ``\b`` must come a letter, a set of a word's characters, or a non-capturing group
    without a quantifier after it whose every branch opens with a letter, a set of one letter
    in its two cases or such a group (see :func:`_lifted`); :class:`ValueError` otherwise,
    when the module that builds the pattern is imported. A pattern of several branches is
    rewritten branch by branch (see :func:`_opened`), as `re` skips ahead only where every
    branch opens with a plain character. The pattern must be compiled with no
    flags: under ``re.ASCII`` a word's start is another place, and ``re.VERBOSE`` reads spaces
    and comments this does not parse.
    """
    branches = _split(pattern)
    if len(branches) > 1:
        return "|".join(_opened(branch) for branch in branches)
    if not pattern.startswith(_BOUNDARY):
        raise ValueError(f"a pattern that opens with no word's start: {pattern!r}")
    body = pattern[len(_BOUNDARY) :]
    letters = _LETTERS.match(body)
    if (
        letters
        and _word_ranges(letters[0])
        and body[letters.end() : letters.end() + 1] not in _QUANTIFIERS
    ):
        return letters[0] + _STARTED + body[letters.end() :]
    if body.startswith(_GROUP):
        end = _group_end(body)
        if body[end : end + 1] not in _QUANTIFIERS:
            inner = body[len(_GROUP) : end - 1]
            lifted = (lift for branch in _split(inner) for lift in _lifted(branch))
            return _GROUP + "|".join(lifted) + ")" + body[end:]
    return "|".join(_lifted(body))


def _opened(branch: str) -> str:
    r"""Return one branch of a pattern of several, written to open with a plain character
    where it can be: one opening with ``\b`` as :func:`at_word` writes a pattern, one opening
    with a set of plain characters spread over them (`[’']s` as `’s|'s`). Any other stays as
    written, and `re` tries the whole pattern at every position, as it did."""
    if branch.startswith(_BOUNDARY):
        try:
            return "|".join(_lifted(branch))
        except ValueError:
            return branch
    members = _PLAIN_SET.match(branch)
    rest = branch[members.end() :] if members else ""
    if members is None or rest[:1] in _QUANTIFIERS or _NUMBERED.search(rest):
        return branch
    return "|".join(char + rest for char in members[1])
