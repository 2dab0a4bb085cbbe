"""How much a quote tells about who said it: a quote a player cannot attribute is a coin toss.

"We had so much fun" or "I don't know" could be anyone's; a quote that names people, roles or
works, gives a first-person fact or uses words of its own points at one speaker.
"""

from __future__ import annotations

import re

from ..names import tokens

#: A quote (as shown) that scores below this is not asked about.
ENOUGH = 5.0
#: What one sign is worth: a name or title, a number, a first-person fact.
NAME, NUMBER, FIRST_PERSON = 2.0, 2.0, 3.0

# Function words and the stock words of any interview: they tell nothing about the speaker.
STOP = frozenset(
    """a about after all also am an and any are as at be been but by can could did do does
    for from had has have he her him his how i i'd if in into is it its it's just kind like
    me more my no not of oh on one or our out she so some such than that the their them then
    there they this those to too up very was we were what when which who will with would you
    your s t d ll re ve m know think sort really thing things""".split()
)
STOCK = frozenset(
    """amazing awesome beautiful everyone everybody everything experience excited fantastic fun
    good great happy incredible lovely love loved magical much nice people said says something
    special stuff time times together wonderful working work works found feel felt going getting
    want wanted always never ever just well yeah okay right little nothing official report
    might maybe happen happening looking forward making doing""".split()
)
_CAPITAL = re.compile(r"(?<![.!?…“\"‘'(\[]\s)(?<!^)\b[A-Z][a-z]+")
_NUMBERS = re.compile(r"\d")
_OWN_FACT = re.compile(
    r"\b(I|we)\s+(played|wrote|directed|filmed|shot|starred|produced|auditioned|cast|sang)\b"
    r"|\bmy\s+(character|role|co-?stars?|husband|wife|mom|dad|mother|father|son|daughter|show|film)\b",
    re.IGNORECASE,
)


def word_weight(word: str) -> float:
    """Score one word of a quote: a word of its own counts, a function or stock word does not."""
    score = 0.0
    for token in tokens(word):
        if token not in STOP and token not in STOCK and len(token) > 2:
            score += 1.0 + min(len(token), 10) / 10
    return score


def telling(text: str, masked: str = "___") -> float:
    """Score how much ``text`` tells about its speaker (see ENOUGH for the bar)."""
    names = len(_CAPITAL.findall(text)) + text.count(masked)
    return (
        sum(word_weight(w) for w in text.split()) / 2
        + NAME * names
        + NUMBER * bool(_NUMBERS.search(text))
        + FIRST_PERSON * len(_OWN_FACT.findall(text))
    )


def attributable(text: str) -> bool:
    """Tell whether a player could work out who said ``text``."""
    return telling(text) >= ENOUGH
