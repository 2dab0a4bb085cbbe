"""Dates in the narration: years, months, full dates, and dates relative to publication."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..facts.model import MONTHS, WEEKDAYS, DateValue
from .leads import at_word
from .lexicon import ASIDE
from .text import Document, Sentence
from .works import WORK_WORDS

_MONTH_NAMES = "|".join(MONTHS)
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
_SHORT = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
#: A word that makes a short month and a number after it a date: `today (Aug 19)`, `From Aug
#: 26`, `on Aug 30` (not `Zhang Jun 4th in the final`, `The Jan 6 committee`, `Mar 1 vote`).
_DATE_WORD_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<=\\b{word} )"
        for word in "on On from From until till to since before after beginning starting".split()
    )
    + r"|(?<=\())"
)
#: A month's name as a whole word: not the "May" of "Mayank Sharma"; a short one with its
#: full stop, or with a day and a year after it (`Release date: Nov 10, 2017`), or with a day
#: after a word that dates (`today (Aug 19)`, `From Aug 26, the show`), which no name ("Jan
#: Lee") has.
MONTH = (
    rf"(?P<month>(?:{_MONTH_NAMES})(?!\w)|(?:{_SHORT})\.|"
    rf"(?:{_SHORT})(?=\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:1[6-9]|20)\d\d\b)|"
    rf"{_DATE_WORD_BEFORE}(?:{_SHORT})(?=\s+[0-3]?\d(?:st|nd|rd|th)?\b(?![.:/%-]?\d)"
    r"(?!\s+[a-z]+s\b)))"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "thirty": 30,
}  # fmt: skip
FUTURE = re.compile(
    r"\b(?:will|’ll|'ll|is set to|are set to|slated|scheduled|upcoming|is expected to|"
    r"are expected to|plans? to|going to|due to|"
    # "which is likely on July 18", "shooting would start in September" (said before)
    r"(?:is|are) likely|likely to|would (?:start|begin|premiere|air|open|return|debut|release|"
    r"arrive|hit|launch|wrap)|"
    # "We're roughly two months out from the November release"
    r"(?:days|weeks|months) (?:out|away) from)\b"
)

#: Present-tense verbs that schedule a work: "returns Friday", "premieres Nov. 7", "hits
#: Netflix on June 6", "starts filming in September".
_COMES = (
    "returns", "premieres", "airs", "arrives", "debuts", "opens", "launches", "lands", "drops",
    "hits", "comes", "streams",
)  # fmt: skip
_COMING = (
    "|".join(_COMES)
    + r"|(?:starts|begins|wraps)\s+(?:shooting|filming|production)"
    # "before Hallmark starts their holiday programming on October 23rd"
    + r"|(?:starts|begins|kicks\s+off)\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}"
    + r"(?:programming|season|schedule|line-?up|slate)"
)
#: "(out July 19)", "is out in December": a release to come, said in the present tense.
_RELEASE = re.compile(
    r"(?:\(\s*|\b(?:is|are|be)\s+)(?:also\s+)?out\s+(?:in\s+|on\s+)?$|"
    # "premieres on Netflix on", "hits theaters in", "opens wide on", "opens in UK cinemas
    # on", "streams on Max starting": where it comes out, then when
    rf"\b(?:{_COMING})\s+(?:(?:wide|nationwide|worldwide|everywhere)\s+)?"
    r"(?:(?:(?:on|to|in)\s+)?(?:[A-Z][\w+]*\s+){1,2}|"
    r"(?:(?:in|on)\s+)?(?:[A-Z][\w+]*\s+)?(?:theaters|theatres|cinemas|screens)\s+)?"
    r"(?:on\s+|in\s+|starting\s+)?$"
)
#: A verb of coming right before a weekday: "returns Friday", "airs on Sunday".
_COMING_BEFORE = re.compile(at_word(rf"\b(?:{_COMING})\s+(?:on\s+)?$"))
#: "This weekend on Saturday there is a casting call": the weekend to come, even in the present.
_THIS_WEEKEND = re.compile(at_word(r"\b[Tt][Hh]is weekend,? (?:on )?$"))
#: The verbs a weekday may follow with no preposition, read before it but kept out of the
#: date's words: "opens Friday" tells that the film opens.
_WEEKDAY_VERBS = (
    "announced", "said", "confirmed", "revealed", "reported", "told", *_COMES,
    # where a film comes out, then when: "hits theaters Friday"
    "theaters", "theatres", "cinemas",
)  # fmt: skip
#: "filming continues until October": a stretch still under way runs to a date to come. Only
#: to its end: "The festival runs April 30 to May 9" may be under way since last month.
_ONGOING = re.compile(
    at_word(r"\b(?:continues|runs|lasts|goes on)\s+(?:until|till|through|into)\s+$")
)
#: The word that opens a stretch's end, which a date may take in: "until October".
_END_WORD = re.compile(r"(?:until|till|through|into)\s+")
#: "the Blu-ray release on September 3": a release named as a thing is one to come, unless
#: the sentence tells it as done ("at the premiere on Tuesday, she said").
_RELEASE_NOUN = re.compile(
    at_word(r"\b(?:release|premiere|debut|launch)\s+(?:date\s+)?(?:on|of|in|is)?\s*$")
)
#: The same noun right after a month: "the November release of Wish".
_RELEASE_AFTER = re.compile(r"\s+(?:release|premiere|debut|launch|opening|bow)\b")
#: "Los Angeles, May 8 (PTI)": a dateline, the day the story was filed, not an event.
_DATELINE = re.compile(r"\s*\((?:[A-Z]{2,}|Reuters|[A-Z][a-z]+ Press)\)")
#: What before a date makes it no event of the news: "the chilling tale of four teens who
#: vanished in 1994", "a drama set in 1993" (a year in the world of a story, told in the same
#: clause), "Ada Wren (born 12 May 1985)" (a birth given for an age).
_NO_EVENT = re.compile(
    at_word(
        r"\b(?:(?:tale|story) of|[Ss]et (?:in|during|between))\b[^,;:()]*$|\((?:born|"
        r"b\.) (?:on |in )?$"
        # a plot told: "the series explores the lengths the teens went to to survive in 1996"
        r"|\b(?:series|show|film|movie|story|season|drama|plot|novel|biopic|documentary|project) "
        r"(?:will )?(?:explores?|follows?|centers?|centres?|depicts?|chronicles?|focus(?:es)?|"
        r"revolves?|tells?|traces?)\b[^,;:()]*$"
        # a photo's day, not the news's: "(pictured above with Thurgood Marshall in 1956)"
        r"|\(pictured\b[^,;:()]*$"
        # a date read with its "in": "The film is set in May and June 1940"
        r"|\b[Ss]et\s+$"
        # a stretch of time, not a day: "dramas for us to enjoy for the rest of 2022"
        r"|\brest\s+of\s+$"
        # which season a thing is of, not when: "the best dramas of the Autumn TV season 2022";
        # "The show returns in the fall season 2024" still dates its return
        r"|\bof\s+the\s+(?:[\w-]+\s+){0,3}[Ss]eason\s+$"
        # a record's reach, not a day: "the highest recorded for a film released in 2018 to date"
        r"|\b(?:highest|lowest|biggest|largest|best|worst|most|fewest)\b[^,;:()]*"
        r"\b(?:released|recorded|made|seen)\s+(?:in|during)\s+$"
        # a plan given up: "The series was initially slated to debut in January 2017, then May"
        r"|\b(?:initially|originally|first)\s+(?:slated|scheduled|set|planned|due)\s+to\b"
        r"[^,;:()]*$"
        # "The release date of Brahmastra was initially December 4, 2020"
        r"|\b(?:was|were)\s+(?:initially|originally)\s+$"
    )
)
#: How far before a date its cue is looked for.
_NO_EVENT_REACH = 120
#: "between 1993 and 1995": the ends of a stretch of time, neither of them the day of an
#: event. Read across a line break, which a page may put inside a sentence.
_BETWEEN = re.compile(
    # "anytime between this May and summer 2009": a season before the last end
    r"\bbetween\s+(?:[^\s.;!?]+(?:\s+[^\s.;!?]+){0,2}\s+and\s+"
    r"(?:(?:early |late |mid-?)?(?:spring|summer|fall|autumn|winter)\s+)?)?$",
    re.IGNORECASE,
)
_BETWEEN_REACH = 40
#: "in the 2017 film", "a sequel to the 2003 film", "based on the original 1995 movie": a year
#: that tells which work a phrase means, a work named only by its kind, is when that work
#: came out, not when the sentence's event happened (the work came out once; which one is a
#: guess). Not the subject of its clause, "the 1981 book and 1995 movie both told", nor a
#: title, "the 1992 “Buffy” movie".
_WHICH_WORK_BEFORE = re.compile(
    at_word(
        r"\b(?:in|to|of|from|on|with|for|than|like|as)\s+"
        r"(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?:[a-z-]+\s+)?$"
    )
)
_WHICH_WORK_AFTER = re.compile(
    rf"\s+(?:[\w’'-]+\s+){{0,2}}?(?:{'|'.join(WORK_WORDS)}|hit|remake|adaptation)\b"
    # not a title after it ("the 1991 film Sadak"), nor an event of film ("film festival")
    r"(?!\s*[“\"]|\s+[A-Z0-9]|\s+(?:festival|awards?|market|season|finale|premiere|release))"
)
#: A past tense; not a participle after "be", whose tense its "will" gives ("which will be
#: directed by"), nor one that adds what comes next ("will be presented on October 18,
#: followed by a limited release on November 22"), nor a word that only looks like one ("a
#: limited release", "the animated film", "the long-awaited sequel").
_PAST = re.compile(
    r"\b(?<!\bbe )(?!followed by\b|(?:limited|animated|talented|acclaimed|anticipated|"
    r"celebrated|awaited|renowned|excited|dedicated|hundred|indeed|need|speed)\b)"
    r"(?:was|were|had|did|said|announced|confirmed|[a-z]{3,}ed)\b"
)
#: A relative clause told in the past after a word of the future, which the date after it is
#: of: "its upcoming Broadway engagement that began in Baltimore on Sunday".
_PAST_RELATIVE = re.compile(at_word(r"\b(?:that|which|who) (?:[a-z]+ly )?(?:began|[a-z]{3,}ed)\b"))
#: A past verb telling of something upcoming, the adjective no future of the clause: "The
#: actress announced her upcoming project ‘Sukhee’ on Tuesday".
_UPCOMING_TOLD = re.compile(
    at_word(
        r"\b(?:announced|unveiled|revealed|shared|teased|confirmed) "
        r"(?:(?:his|her|their|its|the) )?upcoming$"
    )
)
#: "would", "could": a sentence of what may be, not of now.
_MODAL = re.compile(at_word(r"\b(?:would|could|should|might|may|will)\b"))
#: The words after "four years after", to the end of their clause: "the show ended".
_CLAUSE = re.compile(r"[^,.;:!?]{0,80}")
#: The most dates one sentence gives; a news sentence names a handful, a list of years more.
MAX_DATES = 12
#: What may come before a date that opens its sentence: "On Friday, ...", "This fall, ...".
_OPENS = re.compile(r"\s*(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ee]arly|[Ll]ate|[Ll]ater|[Ss]tarting)\s+)?")
#: How far before a date its tense is looked for, about a long sentence.
_REACH = 300
#: Seasons that fall within one calendar year; winter straddles two, so it is left out.
_SEASON = r"spring|summer|fall|autumn"


@dataclass(frozen=True)
class FoundDate:
    """A date found in a sentence, with where it sits."""

    date: DateValue
    start: int
    end: int


def _month(name: str) -> int:
    return next(i for i, full in enumerate(MONTHS, 1) if full.startswith(name.rstrip(".")[:3]))


def _valid(year: int, month: int | None = None, day: int | None = None) -> DateValue | None:
    try:
        datetime.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return DateValue(year, month, day)


def _month_year(
    pub: DateValue, month: int, when: str, future: bool, day: int | None = None
) -> int | None:
    """Pick the year of a month named without one, as a reader on the publication day would.

    A page dated by its year alone tells of months of that year: "last March" could be in the
    year before, but "on September 3" most likely is not.
    """
    if when == "this" or (pub.month is None and not when):
        return pub.year
    if pub.month is None:
        return None
    if when == "last":
        return pub.year if month < pub.month else pub.year - 1
    if when == "next":
        return pub.year if month > pub.month else pub.year + 1
    if future:
        # "out July 19" in an article of July 2: later this month is still this year; "drops
        # on November 9" in one of November 10 was written the day before, not a year ahead.
        later = day is not None and pub.day is not None and (month, day) >= (pub.month, pub.day)
        return (
            pub.year
            if month > pub.month or later or _just_before(pub, month, day)
            else pub.year + 1
        )
    return pub.year if month <= pub.month else pub.year - 1


#: How many days before its publication a page may still tell of a day to come: the days
#: between writing it and putting it out.
_WRITING_DAYS = 7


def _just_before(pub: DateValue, month: int, day: int | None) -> bool:
    """Tell whether a day falls in the week before the publication day, that year."""
    if day is None or pub.month is None or pub.day is None:
        return False
    date = _valid(pub.year, month, day)
    return date is not None and 0 < (pub.bounds()[0] - date.bounds()[0]).days <= _WRITING_DAYS


Rule = Callable[[re.Match[str], DateValue | None, bool], DateValue | None]


def _full(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    return _valid(int(m["year"]), _month(m["month"]), int(m["day"]))


def _numeric_on_weekday(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "Thursday (4/8/2022)" by the one reading, day first or month first, that falls on
    the weekday it names: outlets write both orders, and only the weekday tells them apart."""
    first, second, year = int(m["first"]), int(m["second"]), int(m["year"])
    weekday = WEEKDAYS.index(m["weekday"])
    readings = {_valid(year, second, first), _valid(year, first, second)} - {None}
    on_day = [d for d in readings if d is not None and d.bounds()[0].weekday() == weekday]
    return on_day[0] if len(on_day) == 1 else None


def _month_of_year(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    return _valid(int(m["year"]), _month(m["month"]))


def _month_span(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date a stretch of months by its first, in the year before its last's when it runs over
    New Year: `between May and July 2024`, `from November to January 2020`."""
    first, year = _month(m["month"]), int(m["year"])
    return _valid(year - 1 if first > _month(m["end"]) else year, first)


def _month_this_year(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "December 13 this year" or "in March next year" by the publication's year."""
    if pub is None:
        return None
    year = pub.year + {"this": 0, "next": 1, "last": -1}[m["shift"]]
    return _valid(year, _month(m["month"]), int(m["day"]) if m["day"] else None)


#: How many years after publication a year may still date a plan: studios announce sequels
#: for the decade ahead, but a year further off is a title's ("Blade Runner 2049") or a
#: story world's.
_PLANNED_YEARS = 10
#: A name's word right before a year makes the year part of the name: "Blade Runner 2049",
#: "Cyberpunk 2077"; not a preposition or an article that opens a sentence: "In 2040, ...".
_NAME_BEFORE = re.compile(
    r"(?<![\w’'])(?!(?:In|By|For|Until|Till|Through|From|Since|Before|After|Around|Beyond|Circa|"
    r"Come|During|Toward|Towards|To|At|On|Of|The|And|Or)\s)"
    r"[A-Z][\w’'-]*:?\s+$"
)


def _year(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date a year alone; not one far beyond publication named as part of a title: a real
    plan far ahead ("the 2040 Olympics", "a deal that runs through 2035") is still dated."""
    year = int(m["year"])
    far = pub is not None and year > pub.year + _PLANNED_YEARS
    named = _NAME_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    return None if far and named else _valid(year)


def _short_end(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date the end of "From 1964-75": the first year after its start that ends so."""
    start = int(m.string[m.start() - 5 : m.start() - 1])
    year = start - start % 100 + int(m["short"])
    return _valid(year if year > start else year + 100)


#: The end of a stretch of days after its first day, the year written only there: `from 6
#: March-27 July 2024`, `March 8 to October 22, 2016`, `July 26 – Aug 11, 2024`.
_RANGE_END = re.compile(
    rf"\s*(?:[-–—]|\s(?:to|until|till|through)\s)\s*(?:[0-3]?\d(?:st|nd|rd|th)?\s+"
    rf"(?P<end_month>{_MONTH_NAMES})|(?P<end_month2>{_MONTH_NAMES}|(?:{_SHORT})\.?)\s+"
    r"[0-3]?\d(?:st|nd|rd|th)?),?"
    r"\s+(?P<end_year>1[6-9]\d\d|20\d\d)\b"
)


def _range_year(m: re.Match[str], month: int) -> int | None:
    """Return the year of a stretch's first day from its last's, if it ends with one."""
    end = _RANGE_END.match(m.string, m.end())
    if end is None:
        return None
    year = int(end["end_year"])
    return year - 1 if _month(end["end_month"] or end["end_month2"]) < month else year


def _month_day(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    month = _month(m["month"])
    day = int(m["day"]) if m.groupdict().get("day") else None
    ranged = _range_year(m, month) if day is not None else None
    if ranged is not None:
        return _valid(ranged, month, day)
    if pub is None:
        return None
    year = _month_year(pub, month, (m.groupdict().get("when") or "").lower(), future, day)
    if year is not None and day is not None:
        year = _year_of_weekday(m, pub, year, month, day, future)
    return None if year is None else _valid(year, month, day)


#: The weekday written right before a day and month: "a premiere date: Sunday, Oct. 12".
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{_WEEKDAY_NAMES}),?\s+(?:the\s+)?$")


#: How far from publication a weekday may move a day the tense dated: half a year.
_WEEKDAY_REACH = 183


def _year_of_weekday(
    m: re.Match[str], pub: DateValue, year: int, month: int, day: int, future: bool
) -> int:
    """Pick, of the years around publication, the one where a day's written weekday falls:
    "Sunday, Oct. 12" in a July 2014 page is a premiere to come (a Sunday in 2014), however
    the sentence's tense reads. The year the tense gave stands when the weekday fits it or
    fits none near publication: "premiered on Sunday, Oct. 12" in a May 2024 page is no
    premiere of October 2025, nor "will premiere Friday, Jan. 5" one of January 2024."""
    before = _WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 15), m.start())
    if before is None:
        return year
    wanted = WEEKDAYS.index(before["weekday"])
    around = datetime.date(pub.year, pub.month or 7, pub.day or (15 if pub.month else 1))
    reach = _WEEKDAY_REACH if pub.month else 366
    for candidate in (year, pub.year, pub.year + 1, pub.year - 1):
        if not _valid(candidate, month, day):
            continue
        date = datetime.date(candidate, month, day)
        if date.weekday() != wanted:
            continue
        if candidate == year:
            return year
        if abs((date - around).days) <= reach and not (future and date < around):
            return candidate
    return year


def _relative(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    if pub is None:
        return None
    when, unit = m["when"].lower(), m["unit"]
    shift = {"last": -1, "next": 1}.get(when, 0)
    if unit == "year":
        return DateValue(pub.year + shift)
    if pub.month is None:
        return None
    if unit.startswith("week"):
        return _week(pub.year, pub.month, pub.day, shift)
    index = pub.year * 12 + pub.month - 1 + shift
    return DateValue(index // 12, index % 12 + 1)


def _week(year: int, month: int, day: int | None, shift: int) -> DateValue | None:
    """Date "this week" or "last weekend" to its month, the finest a reader can tell: the month of
    the day a week from publication, or of publication for "this week" of a page dated by
    month only (its week may straddle two months, but news is read in the month it is out)."""
    if day is None:
        return DateValue(year, month) if shift == 0 else None
    then = datetime.date(year, month, day) + datetime.timedelta(weeks=shift)
    return DateValue(then.year, then.month)


def _season(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "this summer" to the year of publication, but only once it is done: a plan for
    "this summer" is a hope, not an event, and may slip into the next year."""
    return None if pub is None or future else DateValue(pub.year)


def _last_season(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "last summer" to the year before publication, from a page of the year's first
    eight months; from its autumn, "last summer" may be that year's own."""
    if pub is None or pub.month is None or pub.month > 8:
        return None
    return DateValue(pub.year - 1)


def _years(m: re.Match[str]) -> int | None:
    """Return how many years "20 years", "two decades" or "a year" count."""
    count = m["count"].lower()
    n = int(count) if count.isdigit() else _WORDS.get(count)
    decades = (m.groupdict().get("span") or "").lower().startswith("decade")
    return n * 10 if n is not None and decades else n


def _ago(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "20 years ago" or "two decades ago" to its year, counted from publication."""
    n = _years(m)
    return None if pub is None or n is None or pub.year - n < 1 else DateValue(pub.year - n)


def _later(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "Two years later" or "The following year" from the last year the story named
    before it ("Night Harbor came out in 2019. Two years later, she won an Emmy"); not past
    publication, which would make a plan of what the story tells as done. Not from a year of
    a story's world ("The show is set in 1985. Five years later, they reunite"), nor a year
    that is itself a sentence's subject ("The following year was hard"), nor a stretch ("over
    the next year") or a plan ("will return the next year"), which count from publication."""
    before = list(_YEAR_RULE.finditer(m.string, max(0, m.start() - _REACH), m.start()))
    n = _years(m) if m["count"] else 1
    if pub is None or not before or n is None or future or _SUBJECT_AFTER.match(m.string, m.end()):
        return None
    if _SPAN_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    last = before[-1]
    opens = max(m.string.rfind(stop, 0, last.start()) for stop in ".!?\n") + 1
    if _NO_EVENT.search(m.string, max(opens, last.start() - _NO_EVENT_REACH), last.start()):
        return None
    year = int(last["year"]) + n
    return None if year > pub.year else DateValue(year)


#: A stretch of time, not a year: "over the next year", "within the following year".
_SPAN_BEFORE = re.compile(r"\b(?:over|within|in|during|for|throughout|across)\s+$", re.IGNORECASE)
#: A verb right after a time, which makes the time the subject: "The following year was hard".
_SUBJECT_AFTER = re.compile(r"\s+(?:was|is|were|saw|brought|proved|would|will|had|has)\b")


def _ago_this(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "released 36 years ago this month" to that month of the year, and "ten years ago
    today" to that day: the anniversary falls in the month or on the day of publication."""
    then = _ago(m, pub, future)
    if then is None or pub is None or pub.month is None:
        return None
    if m["unit"].lower() != "today":
        return DateValue(then.year, pub.month)
    return None if pub.day is None else _valid(then.year, pub.month, pub.day)


#: A span counted in the story's world: "Season 2 picks up a year after the events of Season
#: 1" tells no day of ours ("five years after her exit" does: she left five years ago).
_FROM_THING = re.compile(r"\s+(?:after|since)\s+the\s+(?:events|story|action|plot)\b")


def _since(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "four years after quitting" to years before publication when the sentence tells
    of now ("The role marks his return four years after quitting the soap"); a past one ("he
    died two years after leaving"), a wished one ("would catch up ten years after") or one
    counted from a past event ("ten years after the show ended") counts from another time."""
    text = m.string
    start = max(text.rfind(". ", max(0, m.start() - _REACH), m.start()), m.start() - _REACH, 0)
    clause = _CLAUSE.match(text, m.end())
    then = _PAST.search(text, start, m.start()) or _MODAL.search(text, start, m.start())
    if future or then or (clause and _PAST.search(clause.group())):
        return None
    if _FROM_THING.match(text, m.end()):
        return None  # "picks up a year after the events of Season 1": a time of the story's
    return _ago(m, pub, future)


def _weekday(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    if pub is None or pub.day is None or pub.month is None:
        return None
    today = datetime.date(pub.year, pub.month, pub.day)
    wanted = WEEKDAYS.index(m["weekday"])
    when = (m.groupdict().get("when") or "").lower()
    # "returns Friday": a show's return or premiere named by its weekday is still to come.
    coming = _COMING_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) or (
        _THIS_WEEKEND.search(m.string, max(0, m.start() - 20), m.start())
    )
    if when == "next" or (future and when != "last") or coming:
        ahead = (wanted - today.weekday()) % 7 or (7 if when == "next" else 0)
        day = today + datetime.timedelta(days=ahead)
    else:
        back = (today.weekday() - wanted) % 7 or (7 if when == "last" else 0)
        day = today - datetime.timedelta(days=back)
    return DateValue(day.year, day.month, day.day)


#: Holidays on a fixed day: (month, day).
_HOLIDAYS = {"christmas": (12, 25), "new year": (1, 1), "valentine": (2, 14), "boxing": (12, 26)}
_EVE = {"christmas": (12, 24), "new year": (12, 31)}


def _holiday(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "on Christmas Day" to the day and "this Christmas" to the month: the next one
    after publication unless the year or "last" says which."""
    name = m["holiday"].lower().replace("’s", "").replace("'s", "")
    part = (m["part"] or "").strip().lower()
    month, day = (_EVE if part == "eve" else _HOLIDAYS).get(name, _HOLIDAYS[name])
    when = (m["when"] or "").lower()
    if m["year"]:
        year = int(m["year"])
    elif pub is None or pub.month is None:
        return None
    else:
        passed = (pub.month, pub.day or 1) > (month, day)
        if when == "last":
            year = pub.year if passed else pub.year - 1
        else:
            year = pub.year + 1 if passed else pub.year
    return _valid(year, month, day if part else None)


def _yesterday(m: re.Match[str], pub: DateValue | None, future: bool) -> DateValue | None:
    """Date "yesterday", "last night", "tonight", or "today" that something was done, by the
    day of publication."""
    if pub is None or pub.day is None or pub.month is None:
        return None
    back = 1 if m[0].lower() in ("yesterday", "last night") else 0
    day = datetime.date(pub.year, pub.month, pub.day) - datetime.timedelta(days=back)
    return DateValue(day.year, day.month, day.day)


#: What a studio or outlet did on the day of publication: "have today announced".
_DONE = r"(?:announced|confirmed|revealed|unveiled|released)"
#: Words that put a done verb in a clause of its own, or the sentence in the present.
_NOT_MAIN = (
    r"(?:that|which|who|whom|whose|when|where|after|before|since|as|until|because|once|while|"
    r"if|what|is|are)"
)
#: A year right after the kind of a work is its title: "the thriller 1952", "the film 1917".
_NAMED = "".join(rf"(?<!{kind} )" for kind in WORK_WORDS)
#: A time zone after four digits, which makes them a clock's time: "Updated 2012 HKT".
#: Not a zone of two letters, which is as often a name: "a 2019 ET interview", "In 2007 PT
#: Anderson cast her".
_ZONE = r"(?:GMT|UTC|BST|CES?T|[ECMP][SD]T|HKT|IST|JST|AE[SD]T)\b"
#: What after four digits makes them no year of an event: "1990s", "15%", the first end of
#: "2024-2025", "1985 – 1995", "2008-present" or of a life's "(1932–2020)" (the lookbehinds
#: before a year leave out the other end: a span is no event); a possessive unless a title
#: follows ("the 1990's", but "2011's Pirates of ..."); a magazine's name ("1883 magazine").
_NOT_A_YEAR = (
    # (a possessive before a title, its kind between or not, dates the work: "2011's Pirates
    # of the Caribbean", "2013's horror thriller Mama")
    # (nor a code's digits, "Potato Star 2013QR3", nor a season's first year, "its 2020/21
    # content")
    # (a decade after "the" is one whatever follows: "the 1970’s and Britain’s own winter")
    r"(?![\d%A-Za-rt-z]|/\d|s\b|(?<=[Tt]he \d\d\d0)[’']s\b|"
    r"[’']s\b(?!\s+(?:[a-z-]+\s+){0,2}?(?:(?:film|movie|series|show|sitcom|"
    r"thriller|drama|comedy|horror|musical|hit|documentary|sequel|blockbuster|remake|reboot)"
    r"\s+)?[A-Z])|\s+magazine\b|"
    # a count of things, not after "in": "1620 firms of the television sector are"
    r"(?<![Ii]n \d\d\d\d)\s+(?:firms|companies|people|fans|viewers|members|screens|copies|"
    r"tickets|participants|exhibitors|titles|episodes)\b|\s+"
    + _ZONE
    # a span told "from" its start is a start and an end, as "from 1957 to 1966" is: "From
    # 1964-75" (its two-digit end read by _short_end)
    + r")(?:(?<=[Ff]rom \d\d\d\d)|(?!\s?[-–—]\s?(?:\d|present\b)))"
)
#: The two-digit end of a span told from its start: the "75" of "From 1964-75".
_SHORT_END = re.compile(r"(?<=[Ff]rom \d\d\d\d[-–—])(?P<short>\d\d)(?![\d%])")
#: A post's signature date: "June 25, 2019", "23 April 2016", "Jun 25, 2019 at 10:02am PDT".
_SIGNED_MONTH = rf"(?P<month>{_MONTH_NAMES}|(?:{_SHORT})\.?)"
_SIGNED = tuple(
    re.compile(date + r"(?:,?\s+at\s[^()]{1,30})?")
    for date in (rf"{_SIGNED_MONTH}\s+{_DAY},?\s+{_YEAR}", rf"{_DAY}\s+{_SIGNED_MONTH},?\s+{_YEAR}")
)
#: A weekday's date written out after it: "Friday, September 9", "Friday, 9 Sept."; not
#: its hour, "Friday, 9 p.m.".
_DATE_AFTER = rf"(?!,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH_NAMES}|{_SHORT})\b)"
#: A photo's or a page's copyright, whose year dates no event: "© 2018 ABC/Bob D'Amico".
_COPYRIGHT = r"(?<!©)(?<!© )(?<!Copyright )(?<!Copyright © )"
#: A year alone: "in 2019".
#: Things numbered in four digits, which are no year: "Episode 1917", "Flight 1549", "Room
#: 1408".
_NUMBERED = "".join(
    rf"(?<!{re.escape(word)} )(?<!{re.escape(word.lower())} )"
    for word in "Episode Chapter Number No. Room Flight Route Issue Volume Page Platform Studio "
    "Gate Suite Apollo Highway Channel Code Model".split()
)
_YEAR_RULE = re.compile(
    # (a state as it stood, no event: "As of 2019, he has over 27 million followers"; a
    # story's time, no news: "a troupe comes to Toronto circa 1910")
    r"(?<![\d$£€,.])(?<!As of )(?<!as of )(?<!circa )(?:(?<=[Ff]rom \d\d\d\d[-–—])|(?<!\d[-–—]))"
    r"(?<!\d [-–—] )" + _COPYRIGHT + _NAMED + _NUMBERED + _YEAR + _NOT_A_YEAR
)
#: What a rule's date holds, one of them at least, in lower case: a sentence with none of a
#: rule's words is spared its pattern, whose search tries every character of the sentence.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CENTURIES = ("16", "17", "18", "19", "20")
_DIGITS = tuple("0123456789")
_HOLIDAY_WORDS = tuple(_HOLIDAYS)
_SPANS = ("year", "decade")
_AGO = ("ago",)
_UNITS = ("year", "month", "week")
_SEASONS = tuple(_SEASON.split("|"))
_WEEKDAY_WORDS = tuple(day.lower() for day in WEEKDAYS)
_DAY_WORDS = ("day", "tonight", "morning", "afternoon", "evening", "last night")
_NUMBER = r"(?P<count>\d{1,2}|" + "|".join(_WORDS) + ")"
#: Tried in order; a later rule never reads words an earlier one took.
RULES: tuple[tuple[re.Pattern[str], Rule, tuple[str, ...]], ...] = (
    (
        re.compile(
            rf"\b(?:{_YEAR}\s+|(?P<when>this|last|next)\s+(?:(?:upcoming|coming|past)\s+)?)?"
            r"(?P<holiday>Christmas|"
            r"New Year[’']s|Valentine[’']s|Boxing)(?P<part>\s+[Dd]ay|\s+[Ee]ve)?\b"
            r"(?(part)|(?(when)|(?(year)|(?!))))(?<!Valentine’s)(?<!Valentine's)(?<!Boxing)"
        ),
        _holiday,
        _HOLIDAY_WORDS,
    ),
    (re.compile(rf"\b{MONTH}\s+{_DAY},?\s+{_YEAR}\b"), _full, _MONTHS),
    (re.compile(rf"\b{_DAY}\s+{MONTH},?\s+{_YEAR}\b"), _full, _MONTHS),
    # "took place between May and July 2024": the stretch dated by its first month
    (
        re.compile(
            rf"\b(?:[Bb]etween|[Ff]rom)\s+{MONTH}\s+(?:and|to|until|through|[-–])\s+"
            rf"(?P<end>{_MONTH_NAMES})\s+{_YEAR}\b"
        ),
        _month_span,
        _MONTHS,
    ),
    (re.compile(rf"\b{MONTH},?\s+(?:of\s+)?{_YEAR}\b"), _month_of_year, _MONTHS),
    # "one film each subsequent December through 2018": the series ends in that month.
    (
        re.compile(
            rf"\b(?:each|every)\s+(?:subsequent\s+|following\s+)?{MONTH}\s+"
            rf"(?:through|until|till|to)\s+{_YEAR}\b"
        ),
        _month_of_year,
        _MONTHS,
    ),
    (
        re.compile(rf"\b{MONTH}(?:\s+{_DAY})?,?\s+(?P<shift>this|next|last)\s+year\b"),
        _month_this_year,
        _MONTHS,
    ),
    # "On Thursday (4/8/2022)": a day in digits, dated by its weekday
    (
        re.compile(
            rf"\b(?P<weekday>{_WEEKDAY_NAMES}),?\s+\(?(?P<first>[0-3]?\d)/"
            r"(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b\)?"
        ),
        _numeric_on_weekday,
        _WEEKDAY_WORDS,
    ),
    (_YEAR_RULE, _year, _CENTURIES),
    (_SHORT_END, _short_end, _DIGITS),
    (
        re.compile(
            r"\b(?:(?P<when>this|last|next)\s+|(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|"
            r"[Ll]ate|[Mm]id-|[Tt]hrough|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter)\s+"
            rf"(?:early\s+|late\s+|mid-)?){MONTH}"
            rf"(?:\s+{_DAY}\b)?(?![\w,]*\s*\d)"
        ),
        _month_day,
        _MONTHS,
    ),
    # A month naming a release: "the November release of Wish", "its June premiere".
    (
        re.compile(
            r"(?:(?<=\b[Tt]he )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir )|(?<=\b[Aa] ))"
            + MONTH
            + _RELEASE_AFTER.pattern.join(("(?=", ")"))
        ),
        _month_day,
        _MONTHS,
    ),
    # A day and month with no year and no preposition: "premieres Nov. 7", "the 23rd April".
    (re.compile(rf"\b{MONTH}\s+{_DAY}\b(?![\w,]*\s*\d)"), _month_day, _MONTHS),
    # (not the end of a span of days: "Trailer Trash: 6th – 28th August")
    (re.compile(rf"(?<![–—-]\s)(?<![–—-])\b{_DAY}\s+{MONTH}(?![\w,]*\s*\d)"), _month_day, _MONTHS),
    # "Two years later", "the following year": counted from the story's last year, read
    # before "next year" alone, which counts from publication.
    (
        re.compile(
            rf"\b(?:{_NUMBER}\s+(?P<span>years?|decades?)\s+later|"
            r"[Tt]he\s+(?:following|next)\s+year)\b",
            re.IGNORECASE,
        ),
        _later,
        _SPANS,
    ),
    # "36 years ago this month": read before "this month" alone.
    (
        re.compile(
            rf"\b{_NUMBER}\s+(?P<span>years?|decades?)\s+ago\s+(?P<unit>this\s+month|today)\b",
            re.IGNORECASE,
        ),
        _ago_this,
        _AGO,
    ),
    (
        re.compile(
            r"\b(?:earlier |later )?(?P<when>last|this|next)\s+(?P<unit>year|month|week(?:end)?)\b"
            # "This year, there are plenty of dramas": what a time has, not what befell in it;
            # but "This week, there's a new trailer" tells what came
            r"(?!,\s+there(?:\s+(?:are|is)|[’']s)\s+(?:plenty|lots|loads|many|so\s+many|a\s+lot|"
            r"dozens|several|a\s+host|a\s+number|no\s+shortage|more)\b)",
            re.IGNORECASE,
        ),
        _relative,
        _UNITS,
    ),
    (re.compile(rf"\b[Tt]his\s+(?:past\s+)?(?:{_SEASON})\b"), _season, _SEASONS),
    (re.compile(rf"\b[Ll]ast\s+(?:{_SEASON})\b"), _last_season, _SEASONS),
    (re.compile(rf"\b{_NUMBER}\s+(?P<span>years?|decades?)\s+ago\b", re.IGNORECASE), _ago, _AGO),
    # Only the years go from the event's words: "his return after quitting the soap".
    (re.compile(rf"\b{_NUMBER}\s+years?(?=\s+(?:after|since)\s)", re.IGNORECASE), _since, _SPANS),
    # Not the weekday of a date written out after it: "on Friday, September 9" is one day,
    # which the rules of months read.
    (
        re.compile(
            r"\b(?:on\s+|(?P<when>last|this|next)\s+|"
            + "|".join(f"(?<={verb} )" for verb in _WEEKDAY_VERBS)
            + ")"
            rf"(?P<weekday>{_WEEKDAY_NAMES})\b" + _DATE_AFTER
        ),
        _weekday,
        _WEEKDAY_WORDS,
    ),
    # A weekday with no preposition: "tweeted Friday evening", "Also, Tuesday, she said",
    # "at Sunday's premiere".
    (
        re.compile(
            rf"\b(?P<weekday>{_WEEKDAY_NAMES})\b"
            r"(?:\s+(?:morning|afternoon|evening|night)\b|"
            rf"(?=[’']s\b|,(?!\s*(?:{_MONTH_NAMES}|{_SHORT}|\d))))"
        ),
        _weekday,
        _WEEKDAY_WORDS,
    ),
    # "today" is the day of publication only once done: "announced today", "Earlier today";
    # "the best actors working today" speaks of the present, not of a day. "Tonight" and
    # "this morning" always name that day.
    (
        re.compile(
            # "has also been cast today"
            # (a capital "Yesterday" only opening a sentence, not the song; not "the last night
            # of the Proms")
            r"\byesterday\b|(?:(?<![\s\S])|(?<=[.!?]\s)|(?<=\n))Yesterday\b(?![’']s\b)|"
            r"(?<!the )\blast night\b(?! of\b)|"
            r"(?:(?<=[a-z]ed )|(?<=said )|(?<=told )|(?<=arlier )|(?<=been cast ))"
            r"today\b|"
            # "With today's blockbuster announcement of A being cast", "the big news of the
            # day is the casting of A": the day's news, done that day
            r"\b[Tt]oday(?=[’']s (?:[a-z-]+ )?(?:announcement|news|casting|reveal)\b)|"
            r"(?<=\bnews of the )day\b|"
            # "have today announced", "Today, the studio confirmed": said as done.
            # Not "Today revealed" (the show), "the stars of today revealed", nor "Today,
            # the series that Hulu announced in March is a hit": a clause's verb.
            rf"\b(?:(?<!of )(?<!from )today(?= {_DONE}\b)|"
            rf"Today(?=,(?:(?!\b{_NOT_MAIN}\b)[^.;:!?]){{0,80}}\b{_DONE}\b))|"
            # (a capital "Tonight" inside a sentence names a show: "Entertainment Tonight")
            r"\b(?:tonight|(?<![\w,] )Tonight(?! Show)|this (?:morning|afternoon|evening))\b"
        ),
        _yesterday,
        _DAY_WORDS,
    ),
)


def _ongoing(masked: str, clause: str, at: int) -> bool:
    """Tell whether the date at ``at`` ends a stretch told in the present, its "until" read into
    the date or not: "continues until October"."""
    word = _END_WORD.match(masked, at)
    return _ONGOING.search(clause + ("" if word is None else word.group())) is not None


def _future(masked: str, sentence: Sentence, at: int, end: int) -> bool:
    """Tell whether the clause leading up to a date speaks of the future ("will return in"),
    or for a date that opens its sentence, the clause after it ("In March, she will").

    The verb may sit far before the date ("Ana, whose career ..., will receive the award at the
    festival in February"), so failing the clause, the last future marker earlier in the
    sentence counts unless a past-tense verb follows it.
    """
    start = sentence.start
    if _OPENS.fullmatch(masked, start, at):
        # A date that opens its sentence comes before its verb: "This fall, there'll be".
        ahead = masked[end : min(sentence.end, end + _REACH)]
        # Not the tense of an aside: "On Friday, Ben Gale, who will play her brother, shared".
        ahead = ASIDE.sub(" ", ahead)
        will, did = FUTURE.search(ahead), _PAST.search(ahead)
        return will is not None and (did is None or will.start() < did.start())
    clause = masked[max(start, at - 60) : at].rsplit(",", 1)[-1]
    cues = [m.end() for m in _futures(clause, 0, len(clause))]
    cues += [m.end() for m in _RELEASE.finditer(clause)]
    if cues and not _PAST_RELATIVE.search(clause, max(cues)):
        return True
    if _ongoing(masked, clause, at):
        return True
    if _RELEASE_NOUN.search(clause) is not None or _RELEASE_AFTER.match(masked, end):
        told = masked[max(start, at - _REACH) : min(sentence.end, at + _REACH)]
        return _PAST.search(told) is None
    # A sentence's reach, not the whole of a run-on one: each date reads a bounded window.
    markers = _futures(masked, max(start, at - _REACH), at)
    if not markers or _PAST_RELATIVE.search(masked, markers[-1].end(), at):
        return False
    return _PAST.search(masked, markers[-1].end(), min(end, at + _REACH)) is None


def _futures(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The words of the future in ``text[start:end]``, but for "upcoming" told by a past verb
    (`announced her upcoming project`), which speaks of a thing, not of the clause's time."""
    return [
        m
        for m in FUTURE.finditer(text, start, end)
        if not _UPCOMING_TOLD.search(text, start, m.end())
    ]


def full_date(text: str) -> DateValue | None:
    """Read a date written out in full and alone, as a post's signature gives it."""
    for pattern in _SIGNED:
        m = pattern.fullmatch(text.strip())
        if m is not None:
            return _full(m, None, False)
    return None


def _told_once(date: DateValue, published: DateValue | None) -> bool:
    """Tell whether an article names ``date`` for one event only, however often it names it.

    A story about a release names its day more than once ("set to release on 11 October",
    "available on Netflix from 11 October"); a day already past may hold two things, so
    only one not yet past is one event. A year named twice is one event retold ("his
    comeback last year", then "he told a show in 2019"): a year says too little to tell two
    events of it apart.
    """
    if date.month is None:
        return True
    return date.day is not None and published is not None and not date.before(published)


def restated(
    dates: Sequence[tuple[Sentence, DateValue, bool]], published: DateValue | None
) -> set[int]:
    """Return the indices of dates that restate an event told by another, given each date's
    sentence and whether that sentence names a work.

    Of the mentions of one event the first that names a work stands for it, else the first:
    "the Now You See Me Blu-ray release on September 3" tells what the day brings better than
    "the Blu-ray release on September 3". A sentence that gives a year and days of it too
    ("three comedies out later this year: one July 19, one this Christmas") sums its events up
    with the year, which is no event of its own.
    """
    # Each sentence's years and months that it also gives finer dates of.
    finer = {(s, DateValue(d.year)) for s, d, _ in dates if d.month is not None}
    # Not the day of publication: "Today, Apple announced new cast for the series, which
    # began filming earlier this month" tells two events.
    finer |= {
        (s, DateValue(d.year, d.month)) for s, d, _ in dates if d.day is not None and d != published
    }
    kept: dict[DateValue, int] = {}
    for n, (_, date, named) in enumerate(dates):
        if not _told_once(date, published):
            continue
        if date not in kept or (named and not dates[kept[date]][2]):
            kept[date] = n
    return {
        n
        for n, (sentence, date, _) in enumerate(dates)
        if (sentence, date) in finer or kept.get(date, n) != n
    }


#: A date in an opening phrase of what someone did, before a guess or a plan: "After
#: impressing last year, Harbor Lights may hit its stride" dates the impressing, not what the
#: sentence tells, and tells it only as the reason for the guess.
_GUESS_OPENS = re.compile(
    # not a clause of its own: "After filming wrapped in 2019, the cast may reunite"
    r"\s*(?:After|Following)\s+[a-z]+ing\b(?![^,;.]*\b(?:[a-z]{3,}ed|began|ended)\b)[^,;.]*$"
)
_GUESS_AFTER = re.compile(r"[^,;.]*,[^.;]*?\b(?:may|might|could|should|would|will)\b")


#: A broadcast season's span after a year: "a 2008-'09 television schedule", "the 2019-20
#: season": which season, no day of the news (not a run's "From 1964-75, she played").
_SEASON_SPAN = re.compile(
    r"[-–/](?:[’']\d\d|\d\d)\b(?![-–/]\d)\s+(?:[a-zA-Z]+\s+)?(?:season|schedule|lineup|slate)\b"
)


def _no_event(masked: str, sentence: Sentence, m: re.Match[str]) -> bool:
    """Tell whether a date is none of the news: a dateline's day the story was filed, a
    date a cue of _NO_EVENT comes right before, an end of a stretch of time, or a year that
    tells which work is meant."""
    reach = max(sentence.start, m.start() - _NO_EVENT_REACH)
    return bool(
        _DATELINE.match(masked, m.end())
        or _SEASON_SPAN.match(masked, m.end())
        or _NO_EVENT.search(masked, reach, m.start())
        or _BETWEEN.search(masked, max(0, m.start() - _BETWEEN_REACH), m.start())
        or _which_work(masked, sentence, m)
        or (
            _GUESS_OPENS.match(masked, sentence.start, m.start()) is not None
            and _GUESS_AFTER.match(masked, m.end(), sentence.end) is not None
        )
    )


def _which_work(masked: str, sentence: Sentence, m: re.Match[str]) -> bool:
    """Tell whether a year tells which work a phrase means, as _WHICH_WORK_BEFORE says."""
    if m.re is not _YEAR_RULE:
        return False
    reach = max(sentence.start, m.start() - _NO_EVENT_REACH)
    before = _WHICH_WORK_BEFORE.search(masked, reach, m.start())
    return before is not None and _WHICH_WORK_AFTER.match(masked, m.end()) is not None


#: A headline's week a round-up covers, right before its date.
_WEEK_OF = re.compile(at_word(r"\b[Ww]eek [Oo]f $"))
#: The most words a heading of its own line runs to.
_HEADING_WORDS = 12


def _heading(doc: Document, sentence: Sentence) -> bool:
    """Tell whether a sentence is a heading: the page's first paragraph, or a short paragraph
    of its own with no stop at its end (a round-up's title under a site's banner)."""
    text = doc.masked[sentence.start : sentence.end].strip()
    start, end = doc.paragraphs[sentence.para]
    whole = doc.masked[start:end].strip() == text
    return sentence.para == 0 or (
        whole and len(text.split()) <= _HEADING_WORDS and not text.endswith((".", "!", "?"))
    )


def _headline_stamp(
    doc: Document,
    sentence: Sentence,
    m: re.Match[str],
    date: DateValue,
    published: DateValue | None,
) -> bool:
    """Tell whether a date is the headline's stamp of the day it ran, after its colon: `Film
    round-up: November 7, 2019`; a headline's date of news to come stays one (`Harbor Lights
    returns: May 5`); a title-case headline's `This Week's New Movie Trailers` labels the
    round-up of the week it ran, and `for the Week of September 15, 2024` the week it covers."""
    if sentence.para == 0 and m.group().startswith(("This Week", "This Weekend")):
        return True
    if _WEEK_OF.search(doc.masked, max(0, m.start() - 12), m.start()) and _heading(doc, sentence):
        return True  # "Ratings Roundup for the Week of September 15, 2024": what it covers
    return (
        sentence.para == 0
        and date == published
        and doc.masked.endswith(": ", sentence.start, m.start())
        and doc.masked[m.end() : sentence.end].strip(" .") == ""
    )


def find_dates(doc: Document, sentence: Sentence, published: DateValue | None) -> list[FoundDate]:
    """Return the dates the narration of ``sentence`` states, in reading order."""
    masked = doc.masked
    words = masked[sentence.start : sentence.end].lower()
    # Which characters of the sentence an earlier rule's date took.
    taken = bytearray(sentence.end - sentence.start)
    found: list[FoundDate] = []
    for pattern, rule, needs in RULES:
        if not any(word in words for word in needs):
            continue  # cheaper than the pattern's search, which tries every character
        for m in pattern.finditer(masked, sentence.start, sentence.end):
            here = slice(m.start() - sentence.start, m.end() - sentence.start)
            if any(taken[here]):
                continue
            # A date that is none of the news still takes its words: "(born 12 May 1985)"
            # leaves no "May 1985" for a later rule.
            news = not _no_event(masked, sentence, m)
            date = rule(m, published, _future(masked, sentence, m.start(), m.end()))
            if date is not None:
                taken[here] = b"\x01" * (m.end() - m.start())
            if date is not None and news and not _headline_stamp(doc, sentence, m, date, published):
                found.append(FoundDate(date, m.start(), m.end()))
            if len(found) == MAX_DATES:
                return sorted(found, key=lambda f: f.start)
    return sorted(found, key=lambda f: f.start)


#: A paragraph of its own giving the run of the show the paragraph below tells of, as a
#: theatre's season page heads each show: `30 Aug - 3 Sep`, `18 - 22 Oct`.
_RUN_HEADING = re.compile(
    rf"(?P<first>[0-3]?\d)(?: (?P<opens>{_MONTH_NAMES}|{_SHORT}))? ?[-–] ?(?P<last>[0-3]?\d) "
    rf"(?P<closes>{_MONTH_NAMES}|{_SHORT})"
)


#: What a paragraph under a run's heading says of a show.
_SHOW_WORDS = re.compile(
    at_word(r"\b(?:production|play|musical|opera|show|cast|stage|premiere|performance|tour)s?\b")
)


@dataclass(frozen=True)
class Run:
    """A show's run a heading gives, and the paragraph under it that tells of the show."""

    opens: DateValue
    closes: DateValue
    para: int


def run_headings(doc: Document, published: DateValue | None) -> list[Run]:
    """Return the runs of a page's date headings over paragraphs that tell of a show, in the
    page's year (a season's page dates no heading with a year); a run over New Year closes
    in the next (`28 Dec - 3 Jan`)."""
    out: list[Run] = []
    if published is None:
        return out
    for n, (start, end) in enumerate(doc.paragraphs[:-1]):
        m = _RUN_HEADING.fullmatch(doc.masked, start, end)
        if m is None or not _SHOW_WORDS.search(doc.masked, *doc.paragraphs[n + 1]):
            continue  # (not a fixtures page's "3 - 5 May" over "Arsenal host Bournemouth")
        first, last = _month(m["opens"] or m["closes"]), _month(m["closes"])
        year = published.year
        opens = _valid(year, first, int(m["first"]))
        closes = _valid(year + 1 if last < first else year, last, int(m["last"]))
        if opens is not None and closes is not None and opens.before(closes):
            out.append(Run(opens, closes, n + 1))
    return out
