"""An event's words without its date, so that a question about the date does not give it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..names import tokens
from .dating import FoundDate
from .leads import at_word
from .text import Sentence

#: The words that introduce a date: "back in 1996", "on Tuesday, Aug. 24", "in early 2015".
_DATE_LEAD = re.compile(
    r"(?:\s*,)?\s*\b(?:(?:[Bb]ack|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?"
    r"(?:[Ii]n|[Oo]n|[Oo]f|[Ss]ince|[Ff]rom|[Bb]y|[Dd]uring|[Uu]ntil|[Aa]s of|[Tt]hrough|"
    # "Opening night is set for [December]", "in Almonte in the [last year]"
    r"(?<=set )for)?\s*(?:(?<=in )the\s+)?"
    r"(?:(?:early|late|mid)[\s-]*)?$"
)
#: The comma that closes a date written with one inside, before where or how it happened:
#: "born on March 3, 1984, in Leeds"; not a comma that ends a clause, "premiered on March 3,
#: 2020, the network said".
_CLOSING_COMMA = re.compile(
    r"\s*,(?=\s*(?:in|at|on|after|before|to|with|for|during|from|as|and)\b)"
)
#: A clause the date sits in that the closing comma ends: "The show, which premiered March 3,
#: 2020, was cancelled".
_OPEN_CLAUSE = re.compile(r",\s*(?:which|who|whose|where|when)\b[^,]*$")
#: Punctuation left doubled, empty or dangling where a date was taken out: "On Tuesday, ,
#: the", "( )", "postponed from March 14,.", "(Björn Runge, )".
_TIDY = re.compile(r"\s*([,;:])(?:\s*[,;:])+|\s*\(\s*\)|\s*[,;:]\s*(?=[.!?)])|\s+(?=[,.;:!?])")
#: A clause left with no complement where its date closed the sentence: "the show ended,
#: which was [back in 2012]."
_DANGLING = re.compile(r",?\s*\b(?:which|that)\s+(?:was|were|is|came)\s*$", re.IGNORECASE)
#: The fewest words that still tell an event: "Production wrapped."; "Wrapped." is too few.
_FEWEST_WORDS = 2
#: A year alone, whose possessive ("2011’s film") can go with it.
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
#: So few words tell an event only as a subject and its verb ("Production wrapped.", "She
#: left."), not a name or a caption left of a line ("Ada Wren in 2019.", "Season 2 (2019).",
#: "Premiere date: June 6.") nor a page's stamp ("Last updated May 3.").
_TOLD = re.compile(
    r"(?!(?:Last|First|Photos?|Pictures?|Images?|See)\s)[A-Z][\w’'-]*\s+"
    r"(?:[a-z]+(?:ed|s)|began|begun|left|met|won|lost|came|went|wed|quit|split|broke|fell|"
    r"grew|ran|sold|shot|wrote|spoke|sang|led|hit)[.!]?$"
)
#: The other end of a range, before or after the date taken out: "from 2007 to 2010".
_RANGE_BEFORE = re.compile(at_word(r"\b(?:1[6-9]|20)\d\d\s*(?:to|until|through|and|-|–)\s*$"))
_RANGE_AFTER = re.compile(r"^\s*(?:to|until|through|and|-|–)\s*(?:(?:1[6-9]|20)\d\d|\d\d)\b")
#: A cleft that puts the date first: "It was on November 6 that the makers announced it".
_CLEFT_BEFORE = re.compile(r"^\s*It\s+(?:was|is)(?:\s+only)?\s*$")
_CLEFT_AFTER = re.compile(r"^\s*that\s+")
#: Where one clause of a sentence ends and the next begins, between two of its dates:
#: "introduced by Sam Strike in 2013[ before ]Ted Reilly took over in 2016".
#: Not "before" of a measure of time: "married in 2010, a year before the show began".
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;]|\s[—–])\s*(?:(?:and|but|while|before|after|until|when)\s+)?|"
    + "".join(
        f"(?<!{unit})"
        for unit in ("year", "years", "month", "months", "week", "weeks", "day", "days")
        + ("decade", "decades", "shortly", "just", "long", "soon", "right", "hours")
    )
    + r"\s+(?:before|after|while|whereas|but)\s+"
)
#: Where a clause ends before the first of the words between two dates, whatever breaks
#: follow: a semicolon ("in 2013; Gale, who had left in 2012, ..."), or a conjunction an
#: aside follows ("premiered in 2013 and, after a hiatus, returned in 2016").
_HARD_BREAK = re.compile(r"\s*;|\s+(?:and|but|or)(?=\s*,)")
#: A second verb of the same subject, with its own date: "joined the show in 2019[ and ]left
#: it in 2022".
_AND_THEN = re.compile(
    r"\s+and\s+(?:then\s+|later\s+)?(?=(?:[a-z]{2,}ed|left|went|came|made|took|won|began|"
    r"became|quit|wrote|got|gave|ran|moved|rejoined)\b)"
)
#: What joins the two ends of one range: "from March 14 to July 2", "2013-2014".
_RANGE_JOIN = re.compile(r"\s*(?:to|until|through|and|-|–)\s*")
#: A clause that opens with its own subject ("Ted Reilly", "a sequel", "she"), or with its date
#: before it: "and in 2016 Ben Gale took over".
_SUBJECT = re.compile(
    r"[A-Z]|(?:he|she|they|it|we|a|an|the|his|her|their|its)\b|"
    r"(?:in|on|by|from|since|during|until)\s+(?=\d|[A-Z])"
)
#: A noun's phrase, not a clause: after a bare comma an appositive ("played Kate in 2013, a
#: role she reprised in 2016"), or a noun its relative clause follows ("after a break that
#: began in 2013").
_APPOSITIVE = re.compile(r"(?:a|an|the)\b")
_NOUN_PHRASE = re.compile(r"(?:a|an|the)\s+(?:[\w’'-]+\s+){1,2}?(?:that|which|who)\b")


#: A subject and its relative clause, the main clause cut off at a later date's clause: `Song,
#: who made her debut in the entertainment industry` reads `Song made her debut ...`.
_MAIN_CLAUSE_CUT = re.compile(r"^([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}), who (?=[^,;:—–]*$)")
#: "a" left before a vowel once the year between went: "In a 2018 interview".
_A_LEFT = re.compile(at_word(r"\b[Aa]\s*$"))
#: A vowel heard as one ("a one-off", "a European tour") takes no "an".
_VOWEL_NEXT = re.compile(r"\s*(?![Oo]n(?:e|ce)\b|[Oo]ne-|[Ee]u)[aeioAEIO]")


def undated(
    text: str, sentence: Sentence, found: FoundDate, others: Sequence[FoundDate] = ()
) -> str:
    """Tell what happened without saying when: the sentence less its date and the words that
    introduce it ("Season two is expected to air in 2018." -> "... to air."), as a question
    about the date must not give it away. The whole sentence when nothing else is left.

    A sentence with more dates (``others``) tells of more events: each is told by its own
    clause, or the text of one would give the date of another away.
    """
    start, end = _clause(text, sentence, found, others)
    before = text[start : found.start]
    after = text[found.end : end]
    owned = after.startswith(("’s", "'s"))
    if owned:
        if not _YEAR.fullmatch(text, found.start, found.end):
            return text[sentence.start : sentence.end].strip()  # "this summer's film" needs it
        # "who directed 2011’s Pirates of the Caribbean": the year's possessive goes with it,
        # and the word before it stays ("starred in 2019’s X": "starred in X")
        after = after[2:]
    # "from 2007 to 2010": the other end of a range goes too, or it would be half a range.
    before = _RANGE_BEFORE.sub("", before)
    after = _RANGE_AFTER.sub("", after, count=1)
    if "," in text[found.start : found.end] and not _OPEN_CLAUSE.search(before):
        after = _CLOSING_COMMA.sub("", after, count=1)
    lead = None if owned else _DATE_LEAD.search(before)
    before = before[: lead.start()] if lead else before
    if _CLEFT_BEFORE.match(before) and _CLEFT_AFTER.match(after):
        # Without its date a cleft says nothing: what follows "that" is the event.
        before, after = "", _CLEFT_AFTER.sub("", after)
    if not tokens(after):
        before = _DANGLING.sub("", before)
    if _A_LEFT.search(before) and _VOWEL_NEXT.match(after):
        before = before.rstrip() + "n"  # "In a 2018 interview" -> "In an interview"
    what = _TIDY.sub(r"\1", before.rstrip() + " " + after.lstrip())
    what = _MAIN_CLAUSE_CUT.sub(r"\1 ", what.strip(" ,;:–—-"))
    words = len(what.split())
    if (
        not tokens(what)
        or words < _FEWEST_WORDS
        or (words == _FEWEST_WORDS and not _TOLD.match(what))
    ):
        return text[sentence.start : sentence.end].strip()
    return what[:1].upper() + what[1:]


def _clause(
    text: str, sentence: Sentence, found: FoundDate, others: Sequence[FoundDate]
) -> tuple[int, int]:
    """Return the bounds of the clause of ``sentence`` that holds ``found``: it ends at the
    last clause break before a later date, and begins after the last one before an earlier
    date when what follows opens with a subject ("before Ted Reilly took over in 2016"), not
    mid-phrase ("with one premiering each December through 2018"). Two ends of one range
    ("from 2013 to 2014") are one clause."""
    start, end = sentence.start, sentence.end
    for other in others:
        if other.end <= found.start:
            start = max(start, _opens_after(text, other.end, found.start))
        elif other.start >= found.end:
            end = min(end, _ends_before(text, found.end, other.start))
    return start, end


def _opens_after(text: str, earlier: int, at: int) -> int:
    """Return where the clause of the date at ``at`` begins after an earlier date that ends at
    ``earlier``, or 0 (no bound) when no clause break splits them."""
    gap = text[earlier:at]
    cut = _last_break(gap)
    semicolons = [m.end() for m in re.finditer(r";\s*", gap)]
    if cut is not None and semicolons and not _SUBJECT.match(text, earlier + cut[1]):
        cut = (semicolons[-1], semicolons[-1])
    if cut is None or _RANGE_JOIN.fullmatch(gap):
        return 0
    opens = earlier + cut[1]
    bare = gap[cut[0] : cut[1]].strip() == ","
    noun = _NOUN_PHRASE.match(text, opens) or (bare and _APPOSITIVE.match(text, opens))
    return opens if _SUBJECT.match(text, opens) and not noun else 0


def _ends_before(text: str, at: int, later: int) -> int:
    """Return where the clause of the date ending at ``at`` ends before a later date that
    starts at ``later``, or the text's end (no bound) when no clause break splits them."""
    gap = text[at:later]
    hard = _HARD_BREAK.search(gap) or _AND_THEN.search(gap)
    if hard is not None:
        return at + hard.start()
    cut = _last_break(gap)
    if cut is not None and not _RANGE_JOIN.fullmatch(gap):
        return at + cut[0]
    return len(text)


def _last_break(gap: str) -> tuple[int, int] | None:
    """Return where the last clause break of ``gap`` begins and ends, if it has one."""
    last = None
    for m in _CLAUSE_BREAK.finditer(gap):
        last = m
    return None if last is None else (last.start(), last.end())
