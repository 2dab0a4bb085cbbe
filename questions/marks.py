"""Quotation marks: which are left open, so a trimmed quote or a prompt never reads broken."""

from __future__ import annotations

import re

#: Each opening mark and the mark that closes it.
PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'"}
# An opener starts a word; a closer ends one. An apostrophe between letters ("don't") is neither.
_MARK = re.compile(r"(?<![\w.,!?;:…])[“‘\"']|[”’\"'](?![\w])")


def unclosed(text: str) -> list[str]:
    """Return the closers ``text`` lacks, innermost last; a stray closer counts as one lacking.

    Straight marks open when they start a word and close when they end one, as in print.
    """
    stack: list[str] = []
    stray = 0
    for match in _MARK.finditer(text):
        mark, at = match.group(), match.start()
        starts = at + 1 < len(text) and not text[at + 1].isspace()
        if stack and mark == stack[-1] and (mark not in "\"'" or not starts or at == 0):
            stack.pop()
        elif mark in PAIRS and starts and (at == 0 or not text[at - 1].isalnum()):
            stack.append(PAIRS[mark])
        elif mark in "”’\"'":
            stray += mark != "’"  # a lone ’ after a word is a possessive ("fans’"), not a mark
    return stack + ["?"] * stray


def balanced(text: str) -> bool:
    """Tell whether every quotation mark in ``text`` is closed and none is stray."""
    return not unclosed(text)


def close(text: str) -> str:
    """Return ``text`` with the marks it leaves open closed at its end (before a trailing …)."""
    missing = [m for m in unclosed(text) if m != "?"]
    if not missing:
        return text
    body, tail = (text[:-1], "…") if text.endswith("…") else (text, "")
    return body + "".join(reversed(missing)) + tail
