"""Names of characters ("plays Sister Ada Cole"), which are parts in a work and not people.

A character's name looks just like a person's, so without this list a pronoun or a quote could
be given to someone who only exists on screen, and a part could be credited as a cast member.
"""

from __future__ import annotations

import re

from .leads import at_word
from .lexicon import HEADLINE_LABEL, HONORIFIC, NAME, ROLE_NOUNS, TURN, clean_name
from .text import Document

#: "a", "the", "her", "the family's": what opens a description of the part.
_DETERMINER = r"(?:a|an|the|her|his|their|its|[A-Za-z][\w’'-]*[’']s)"
#: A lowercase word of such a description; prepositions and a clause's words end it ("plays
#: opposite Dana Wells", "as the female lead while S A Chandrasekhar"), and so does a verb
#: ("Already cast as the male lead is Kim Young-dae" names the actor).
_WORD = (
    r"(?!(?:in|on|at|of|for|to|by|from|with|opposite|alongside|against|and|or|who|that|which|"
    r"as|while|whereas|but|when|is|are|was|were|will)\b)[a-z][\w’'-]*"
)
#: "her performance of a young deaf woman, Sarah Norman": the part a performance is of.
_CUE = r"play(?:s|ed|ing)?|portray(?:s|ed|ing|al of)?|voic(?:es|ed|ing)|role of|performance of|as"
#: Space within a paragraph: a headline's last words ("Ada Wren to play outlaw") do not run
#: on into the next paragraph's first name.
_SP = r"[^\S\n]+"
CHARACTER = re.compile(
    rf"\b(?P<cue>{_CUE}){_SP}(?P<desc>(?:{_DETERMINER}{_SP})?"
    # "the role of Rovers Return barmaid Betty Williams": where the part works, then what;
    # "his part as Oscar-winner Huw Griffith’s womanising son Glyn Lloyd-Evans": whose kin
    rf"(?:(?:[A-Z][\w’'-]*{_SP}){{1,3}}(?=(?:{_WORD}{_SP}){{1,2}}[A-Z]))?(?:{_WORD}{_SP}){{0,4}}?"
    # "as Dr. Amy Ross": the rank is no name of its own; "as Penelope's kids, Todd Grinnell as
    # Schneider" goes on to the next actor of a list
    rf"(?:{_WORD},{_SP}(?![A-Z][\w’'-]*(?:{_SP}[A-Z][\w’'-]*){{1,2}}{_SP}as\b))?)"
    rf"(?:{HONORIFIC})?(?P<name>{NAME.pattern})"
)
#: A gallery's caption heading, a show then a part and its actor: `Chicago P.D.: Officer
#: Imani (Arienne Mandi)`. A title here may keep its full stops; a label is none
#: (`Exclusive: Tom Hale (Harbor Lights)`).
PART_HEADING = re.compile(
    rf"(?!{HEADLINE_LABEL}s?:)"
    r"(?P<title>[A-Z0-9][^:\n]{0,60}?): (?P<part>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) "
    r"\((?P<actor>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})\)"
)
#: A gallery's heading of a part in its work, then its actor after a dash: `Lorax in The
#: Lorax – Danny DeVito`, `The titular samurai in Afro Samurai – Samuel L. Jackson`.
_SLIDE_PART = re.compile(
    r"(?P<part>[A-Z][^–—\n]{0,40}?) in (?:the )?(?P<title>[A-Z0-9][^–—\n]{0,60}?) [–—] "
    r"(?P<actor>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})"
)


def part_heading(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return a gallery's heading that names a work, a part and its actor, either way round:
    `Chicago Fire: Sal Vasquez (Brandon Larracuente)`, `Penny in Bolt – Miley Cyrus`."""
    return PART_HEADING.fullmatch(text, start, end) or _SLIDE_PART.fullmatch(text, start, end)


#: A part set off after a name as the work's: `Antony Cotton – the soap’s Sean Tully – wrote`,
#: `Julie Goodyear, fellow barmaid Bet Lynch in the soap, said`. Found by its marks, then the
#: name right before: a name first would be tried at every capital of a long run.
_WORK_WORD = r"(?:soap|show|series|sitcom|drama|film|movie)"
_PART_SET_OFF = re.compile(
    rf"(?P<mark>[–—,])\s*(?:the {_WORK_WORD}[’'](?:s)? (?P<name>{NAME.pattern})|"
    rf"(?:[a-z-]+ ){{1,3}}(?P<told>{NAME.pattern}) in the {_WORK_WORD})\s*(?P=mark)"
)
_NAME_ENDS = re.compile(rf"(?P<actor>{NAME.pattern})\s*$")
#: How far before its mark the actor's name may start.
_ACTOR_REACH = 60


def _name_before(masked: str, at: int, floor: int = 0) -> re.Match[str] | None:
    """Return the name that ends right before ``at``, found after the words that set it off
    (a name first would be tried at every capital of a long run)."""
    return _NAME_ENDS.search(masked, max(floor, at - _ACTOR_REACH), at)


def appositive_parts(
    masked: str, start: int = 0, end: int | None = None
) -> list[tuple[str, str, int]]:
    """Return (actor, part, where the actor starts) for each part set off after its actor's
    name as the work's, in ``masked[start:end]``."""
    out: list[tuple[str, str, int]] = []
    for m in _PART_SET_OFF.finditer(masked, start, len(masked) if end is None else end):
        actor = _name_before(masked, m.start(), start)
        if actor is not None:
            out.append((actor["actor"], m["name"] or m["told"], actor.start()))
    return out


#: A name set off as a character: `for Han Min-oh, the character stuck in time`.
_CALLED_CHARACTER = re.compile(rf",{_SP}(?:the|a){_SP}(?:[a-z-]+{_SP})?character\b")
#: "such stars as": the names after it are people, not parts.
_SUCH_AS = re.compile(at_word(r"\bsuch (?:stars|actors|names)\s+$"))
#: What may come right before a bare "as NAME": the actor's name, or the work in brackets
#: after it ("Emma Thompson (Love Actually) as Vivienne Rook"), or a casting verb.
_BARE_AS = re.compile(
    r"(?:[A-Z][\w’'-]*|\)|cast|stars?|starred|starring|returns?|returned|returning|appears?|"
    r"appeared|reprises?|reprised|reprising|co-?stars?|costars?|co-?starred|costarred|"
    # "her role as Ada Frost", "his turn as Ada Frost", "her departure as Gail Platt"
    + TURN
    + r"|"
    # "after 44 years off and on as Luke Spencer", "two seasons as Kate"
    r"years|decades|seasons|on|"
    # "who was widely loved as Theo Huxtable" (not "known as", which may give a nickname)
    r"loved|beloved|remembered)\s+$"
)


#: A performance right before "as": `his role as`, `her part as`.
_TURN_BEFORE = re.compile(
    # (not the idiom "For his part as chief negotiator Michel Barnier said")
    rf"(?<![Ff]or his )(?<![Ff]or her )(?<![Ff]or their )\b(?:{TURN}|part)\s+$"
)


def _accept(masked: str, m: re.Match[str]) -> bool:
    """Tell whether a cue really introduces a part and not a person ("as director Ann Lee")."""
    desc = m["desc"].strip().rstrip(",").split()
    if desc and desc[-1].lower() in ROLE_NOUNS:
        return False
    if m["cue"] != "as":
        return True
    if desc:
        # "his part as Oscar-winner Huw Griffith’s son Glyn": a described part after a turn
        turn = _TURN_BEFORE.search(masked, max(0, m.start() - 12), m.start())
        return re.fullmatch(_DETERMINER, desc[0]) is not None or turn is not None
    if _SUCH_AS.search(masked, max(0, m.start() - 30), m.start()):
        return False  # "will feature such stars as Ada Wren": the stars themselves
    return _BARE_AS.search(masked, max(0, m.start() - 30), m.start()) is not None


def character_names(doc: Document) -> frozenset[str]:
    """Return the names the narration and a gallery's headings give to parts."""
    out: set[str] = set()
    masked = doc.masked
    for m in CHARACTER.finditer(masked):
        name, possessive, _ = clean_name(m["name"])
        if name and not possessive and _accept(masked, m):
            out.add(name)
    out.update(part for _, part, _ in appositive_parts(masked))
    # "Han Min-oh, the character stuck in time": a name the page calls a character, found by
    # its words, then the name right before them
    for m in _CALLED_CHARACTER.finditer(masked):
        named = _name_before(masked, m.start())
        if named is None:
            continue
        name, possessive, _ = clean_name(named["actor"])
        if name and not possessive:
            out.add(name)
    # "Chicago Fire: Sal Vasquez (Brandon Larracuente)": a gallery's heading names a part.
    headed = (part_heading(masked, start, end) for start, end in doc.paragraphs)
    out.update(heading["part"] for heading in headed if heading is not None)
    return frozenset(out)
