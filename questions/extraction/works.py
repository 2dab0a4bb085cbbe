"""Works named by quoted titles, with the kind and year the narration gives them."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from ..names import same_name, tokens
from .leads import at_word
from .speech import YEAR_AFTER, is_title, kind_cue
from .text import Document, Span

WORK_WORDS = {
    "film": "film", "movie": "film", "thriller": "film",
    "documentary": "film", "franchise": "film", "series": "show", "show": "show",
    "sitcom": "show", "miniseries": "show", "docuseries": "show", "special": "show",
    "play": "play", "musical": "play",
}  # fmt: skip
_KIND = "|".join(WORK_WORDS)
#: The most works an article names: far more than a news story does.
MAX_WORKS = 100
_GENERIC = "hit|feature|blockbuster|classic|original|favorite|sequel|remake|adaptation|production"
_YEAR_BEFORE = re.compile(
    rf"\b(?P<year>1[6-9]\d\d|20\d\d)\s+(?:[a-z-]+\s+){{0,2}}(?:{_KIND}|{_GENERIC})\s*[“\"]?$"
)
_BARE = re.compile(
    at_word(
        rf"\b(?:[Tt]he|[Aa]|[Tt]hat|[Tt]his|[Hh]er|[Hh]is|[Tt]heir)\s+(?P<year>1[6-9]\d\d|20\d\d)\s+(?:[a-z-]+\s+)?"
        rf"(?P<kind>{_KIND})\b(?!\s*[“\"]|\s+[A-Z0-9])"
    )
)
#: Between a title and a year of it written after it: `“Crown Jewels,” a 1990 comedy`,
#: `“The Other Side” was a 2019 film`.
_APPOSED = re.compile(
    r"[”\"]?,?[”\"]?\s+(?:(?:is|was)\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+)?"
    r"(?P<year>1[6-9]\d\d|20\d\d)\s+[a-z-]+"
)
#: Between a quoted title and another name the page gives the same work: `“Yah Leum Chun” or
#: the English translation “Don’t Forget Me” (however the production team has chosen to title
#: it “Forget Me Not”`; not a bare "or" of a list (`“Rover” or “Dune”`).
_OTHER_NAME_GAP = re.compile(
    r"[”\"]?\s*(?:\(\s*)?(?:(?:or the English (?:translation|title)|aka|a\.k\.a\.|also known as|"
    r"also called|known in English as)|[^“\"()\n]{0,80}\b(?:title|titled|call|called) it)\s*[“\"]"
)
#: "the sequel of the hit film “X”" and "the “X” sequel": a sequel not yet titled.
_SEQUEL_BEFORE = re.compile(at_word(r"\bthe (?:[a-z-]+ )?sequel (?:of|to)\b[^.;“\"]{0,40}[“\"]?$"))
SEQUEL_AFTER = re.compile(r"[”\"]?\s+sequel\b")
#: A sequel named right after the word: `the “Joker” sequel “Folie a Deux”`.
_NAMED_SEQUEL = re.compile(r"[”\"]?\s+sequel,?\s+[“\"]")
#: "Independence Day 2", "Rocky IV": a title that numbers its sequel.
_NUMBERED_TITLE = re.compile(r"\s(?:\d{1,2}|II|III|IV)$")
_SERIAL = re.compile(
    r"\b(?:series|season|seasons|episodes?|showrunner|sitcom|host|hosts)\b", re.IGNORECASE
)
_NESTED = re.compile(r"‘([A-Z][^’]*?)’(?=[\s,.;:!?”]|$)")


@dataclass
class FoundWork:
    """One work and every place a title or a reference names it."""

    title: str
    kind: str | None = None
    year: int | None = None
    mentions: list[int] = field(default_factory=list)

    def last_before(self, offset: int) -> int | None:
        """Return where the work was last named before ``offset`` (mentions are sorted)."""
        n = bisect.bisect_left(self.mentions, offset)
        return self.mentions[n - 1] if n else None


@dataclass
class Works:
    """The works of an article, and which year in the text dates which work."""

    items: list[FoundWork] = field(default_factory=list)
    #: Offset of a year in the text -> the title of the work it dates.
    years: dict[int, str] = field(default_factory=dict)
    _by_words: dict[tuple[str, ...], FoundWork] = field(default_factory=dict)
    #: The words of each work's own title, not of a short form the story uses for it.
    _own_words: set[tuple[str, ...]] = field(default_factory=set)

    def add(self, title: str, offset: int, kind: str | None, year: int | None) -> FoundWork | None:
        """Record a mention, merging it into a work already seen under the same title; past
        MAX_WORKS new titles are ignored (a page of titles is no article)."""
        key = tuple(tokens(title))
        work = self._by_words.get(key)
        if work is None:
            if len(self.items) == MAX_WORKS:
                return None
            work = self._by_words[key] = FoundWork(title)
            self._own_words.add(key)
            self.items.append(work)
        bisect.insort(work.mentions, offset)
        work.kind = work.kind or kind
        work.year = work.year or year
        return work

    def also_named(self, title: str, work: FoundWork) -> None:
        """Let a short form the story uses find its work: "Parks and Rec"."""
        self._by_words.setdefault(tuple(tokens(title)), work)

    def before(self, offset: int) -> FoundWork | None:
        """Return the work last named before ``offset``."""
        named = [(at, w) for w in self.items if (at := w.last_before(offset)) is not None]
        return max(named, key=_first)[1] if named else None

    def has_title(self, name: str) -> bool:
        """Tell whether a work was found under exactly this name (not a short form of it)."""
        return tuple(tokens(name)) in self._own_words

    def titled(self, title: str) -> FoundWork | None:
        """Return the work with this title, an exact match before a loose one ("Starfall" is
        not "Starfall: Ashes" when both are named)."""
        exact = self._by_words.get(tuple(tokens(title)))
        return exact or next((w for w in self.items if same_name(w.title, title)), None)


#: The names the soap press gives its shows, each standing for its title where a page names
#: that too: "Corrie" beside Coronation Street.
_NICKNAMES = {
    "Corrie": "Coronation Street",
    "Enders": "EastEnders",
    "DOOL": "Days of our Lives",
    "GH": "General Hospital",
    "Y&R": "The Young and the Restless",
    "B&B": "The Bold and the Beautiful",
    "H&A": "Home and Away",
}
#: Where a listing page cuts a teaser off: "[…]".
_CUT = re.compile(r"\[(?:…|\.\.\.)\]")


def clean_title(text: str) -> str:
    """Drop the punctuation American style tucks inside closing quote marks, and a
    possessive (`“The Good Place’s” Manny Jacinto`)."""
    text = text.strip().rstrip(",;:").strip()
    # not a title with an abbreviation's stop ("Mr. Robot."); an ellipsis is no such stop
    inner = text[:-1].replace("...", "")
    if text.endswith(".") and "." not in inner and len(text.split()[-1]) > 2:
        text = text[:-1]
    if text.endswith(("’s", "'s")) and " " in text:
        text = text[:-2]
    return text


def find_works(doc: Document, titles: list[Span], quotes: list[Span]) -> Works:
    """Gather works from title spans and from titles nested in quotes."""
    works = Works()
    places: list[tuple[int, str, str | None, int | None]] = []
    for span in titles:
        cue = kind_cue(doc, span)
        year = None
        before = _YEAR_BEFORE.search(doc.masked, max(0, span.start - 60), span.start)
        after = YEAR_AFTER.match(doc.masked, span.end)
        if before is not None:
            year = int(before["year"])
            works.years[before.start("year")] = clean_title(doc.inner(span))
        elif after is not None:
            year = int(after["year"])
            works.years[after.start("year")] = clean_title(doc.inner(span))
        kind = WORK_WORDS.get(cue) if cue else None
        places.append((span.start, clean_title(doc.inner(span)), kind, year))
    for span in quotes:
        for m in _NESTED.finditer(doc.text, span.start, span.end):
            if is_title(m.group(1)):
                places.append((span.start + 0, clean_title(m.group(1)), None, None))
    # "starred in “Spider-Man” in 2002": a title quoted itself is no short form of a longer
    # one ("The Amazing Spider-Man"); a bare one may be ("season 5 of Dead").
    quoted = {
        clean_title(doc.inner(span))
        for span in titles
        if span.start > 0 and doc.text[span.start - 1] in '“"'
    }
    named = {title for _, title, _, _ in places}
    shorts = _short_forms(named)
    # "“Last Ship” (1999)" beside "“The Last Ship” (2014)": a year or a kind of its own
    # keeps a title apart from the one with "The".
    marks: dict[str, set[object]] = {}
    for _, title, kind, year in places:
        marks.setdefault(title, set()).update(m for m in (kind, year) if m is not None)
    for span in titles:  # `“Crown Jewels,” a 1990 comedy`
        apposed = _APPOSED.match(doc.masked, span.end)
        if apposed is not None:
            marks.setdefault(clean_title(doc.inner(span)), set()).add(int(apposed["year"]))
    full = {
        short: title
        for short, title in shorts.items()
        if short not in quoted
        or (_article_dropped(short, title) and not _marked_apart(marks[short], marks[title]))
        # "the “Joker” sequel “Folie a Deux”", then “Joker: Folie a Deux”: its subtitle
        or _subtitle_of(short, title, named)
    }
    full |= _other_names(doc, titles)
    # "Corrie has signed up EastEnders star Samuel James" on a page that names Coronation Street
    by_words = {tuple(tokens(title)): title for title in named}
    full |= {
        nick: by_words[tuple(tokens(title))]
        for nick, title in _NICKNAMES.items()
        if nick in named and tuple(tokens(title)) in by_words
    }
    for offset, title, kind, year in sorted(places, key=lambda p: p[0]):
        # `the vampire series ‘True […]`: a teaser cut off where its title was
        if tokens(title) and not _CUT.search(title):
            work = works.add(full.get(title, title), offset, kind, year)
            if work is not None and title in full:
                works.also_named(title, work)
    _sequels(doc, works, titles)
    for m in _BARE.finditer(doc.masked):
        kind = WORK_WORDS[m["kind"]]
        target = _original(doc, works, m.start(), kind) or _referent(works, m.start(), kind)
        if target is not None:
            target.year = target.year or int(m["year"])
            target.kind = target.kind or kind
            works.years[m.start("year")] = target.title
    _cased(works, named)
    for work in works.items:
        if work.kind is None:
            start, end = doc.paragraphs[doc.sentence_at(work.mentions[0]).para]
            work.kind = "show" if _SERIAL.search(doc.masked, start, end) else None
        if work.kind != "show" and _has_seasons(doc.masked, work.title):
            work.kind = "show"  # "Showtime's hit thriller Yellowjackets", then its Season 2
    return works


def _other_names(doc: Document, titles: list[Span]) -> dict[str, str]:
    """Map each other name a page gives a quoted work right after it to the work's first."""
    out: dict[str, str] = {}
    for before, span in itertools.pairwise(titles):
        if _OTHER_NAME_GAP.fullmatch(doc.masked, before.end, span.start):
            first = clean_title(doc.inner(before))
            out[clean_title(doc.inner(span))] = out.get(first, first)
    return out


def _cased(works: Works, titles: set[str]) -> None:
    """Name a work a headline shouts (`WISH Adds Angelique Cabral`) as the story writes it
    (`Wish`), when it does: a quiz asks in the story's case."""
    written = {tuple(tokens(t)): t for t in titles if not t.isupper()}
    for work in works.items:
        cased = written.get(tuple(tokens(work.title))) if work.title.isupper() else None
        if cased is not None:
            works.years = {at: cased if t == work.title else t for at, t in works.years.items()}
            work.title = cased


#: A season's number: "Season 2", "season two".
_SEASON_NUMBER = r"[Ss]eason (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"


def _has_seasons(masked: str, title: str) -> bool:
    """Tell whether the text gives a work a numbered season, which only a show has:
    "Yellowjackets Season 2", "season 2 of Yellowjackets", whatever kind a cue called it."""
    name = re.escape(title)
    return (
        re.search(rf"(?<![\w-]){name}(?:[’']s)? {_SEASON_NUMBER}", masked) is not None
        or re.search(rf"{_SEASON_NUMBER} of {name}(?![\w-])", masked) is not None
    )


#: The fewest words of a title whose last words alone may stand for it.
_SHORTENED_WORDS = 3
#: The fewest letters a title's cut last word keeps: "Rec" of "Recreation".
_CUT_LETTERS = 3


def _short_forms(titles: set[str]) -> dict[str, str]:
    """Map a title's last words, which a story writes for short ("season 5 of Dead" after
    "The Walking Dead"), or a title with its last word cut ("Parks and Rec"), to the title.
    A short title stands for a long one of three words or more, and only for one: "Dead" is
    "The Walking Dead" unless "The Evil Dead" is named too; "Perry Mason" after "New" is the
    work "The New Perry Mason" revives. Each long title files its short forms in a
    dictionary, so a page of thousands of titles is read in linear time."""
    forms: dict[tuple[str, ...], set[str]] = {}
    for title in titles:
        many = tokens(title)
        if len(many) < _SHORTENED_WORDS:
            continue
        for n in range(1, len(many)):
            # "The New Perry Mason" is a revival of "Perry Mason", not its short form
            if many[n - 1] != "new":
                forms.setdefault(many[n:], set()).add(title)
        last = many[-1]
        for cut in range(_CUT_LETTERS, len(last)):
            forms.setdefault((*many[:-1], last[:cut]), set()).add(title)
    out: dict[str, str] = {}
    for title in titles:
        longer = forms.get(tokens(title), set())
        if len(longer) == 1:
            out[title] = next(iter(longer))
    return out


def _marked_apart(short: set[object], title: set[object]) -> bool:
    """Tell whether a title and its form without "The" are told apart: either is given a
    year, or the two are different kinds of work."""
    years = {m for m in short | title if isinstance(m, int)}
    kinds = {m for m in short | title if isinstance(m, str)}
    return bool(years) or len(kinds) > 1


def _article_dropped(short: str, title: str) -> bool:
    """Tell whether `short` is `title` without its leading "The": a story quotes "Walking
    Dead" for "The Walking Dead" as often as it writes it bare. Two words at least, since
    "Batman" and "The Batman" are different films."""
    words = tokens(title)
    return len(words) > 2 and words[0] == "the" and words[1:] == tokens(short)


#: What a sequel is said to follow, right before "the 2003 film": `is not a direct sequel to`.
_FOLLOWS = re.compile(at_word(r"\b(?:sequel|follow-?up|successor) to $"))


def _original(doc: Document, works: Works, offset: int, kind: str) -> FoundWork | None:
    """Return the work "the 2003 film" a numbered sequel follows names: `Hungama 2 is not a
    direct sequel to the 2003 film` names the first Hungama, which the article never names
    by its title; the work is the sequel's title without its number."""
    if not _FOLLOWS.search(doc.masked, max(0, offset - 20), offset):
        return None
    sequel = works.before(offset)
    if sequel is None or not _NUMBERED_TITLE.search(sequel.title):
        return None
    return works.add(_NUMBERED_TITLE.sub("", sequel.title), offset, kind, None)


def _referent(works: Works, offset: int, kind: str) -> FoundWork | None:
    """Find the work "the 1997 movie" means: the last one named that could be it."""
    candidates = [
        (at, w)
        for w in works.items
        if (at := w.last_before(offset)) is not None and w.kind in (None, kind) and w.year is None
    ]
    return max(candidates, key=_first)[1] if candidates else None


def _first(place: tuple[int, FoundWork]) -> int:
    return place[0]


def sequel_title(title: str) -> str:
    """Name a sequel the article gives no title of its own."""
    return f"{title} sequel"


def _subtitle_of(short: str, title: str, named: set[str]) -> bool:
    """Tell whether a title is a named work's, a colon and the short title after it."""
    head, colon, tail = title.partition(": ")
    return bool(colon) and tail == short and head in named


def _headed_by_other(doc: Document, titles: list[Span], span: Span) -> bool:
    """Tell whether the paragraph of a title is under a heading that is another title alone: a
    round-up's `Finding Dory` over `the Finding Nemo sequel will feature`, the sequel's own."""
    if span.para == 0:
        return False
    start, end = doc.paragraphs[span.para - 1]
    return any(t.start == start and t.end == end for t in titles) and not doc.masked[
        start:end
    ].startswith(doc.masked[span.start : span.end])


def _named_sequels(doc: Document, works: Works, titles: list[Span]) -> dict[str, FoundWork]:
    """Return, by the work it follows, each sequel the text names right after the word: `the
    “Joker” sequel “Folie a Deux”`."""
    out: dict[str, FoundWork] = {}
    starts = {span.start: span for span in titles}
    for span in titles:
        m = _NAMED_SEQUEL.match(doc.masked, span.end)
        after = starts.get(m.end()) if m is not None else None
        original = works.titled(clean_title(doc.inner(span)))
        sequel = works.titled(clean_title(doc.inner(after))) if after is not None else None
        if original is not None and sequel is not None and sequel is not original:
            out[original.title] = sequel
    return out


def _sequels(doc: Document, works: Works, titles: list[Span]) -> None:
    """Add "X sequel" for each work the text speaks of a sequel to, before it has a title."""
    masked = doc.masked
    named = _named_sequels(doc, works, titles)
    for span in titles:
        before = _SEQUEL_BEFORE.search(masked, max(0, span.start - 60), span.start)
        after = SEQUEL_AFTER.match(masked, span.end) and re.search(
            r"\bthe\s+[“\"]?$", masked[max(0, span.start - 6) : span.start]
        )
        original = works.titled(clean_title(doc.inner(span)))
        # "the sequel to Independence Day 2": a numbered title is the sequel itself.
        numbered = original is not None and _NUMBERED_TITLE.search(original.title)
        if (before or after) and original is not None and not numbered:
            if original.title in named:
                # "the “Joker” sequel “Folie a Deux”": the sequel has its title
                works.also_named(sequel_title(original.title), named[original.title])
                continue
            if _headed_by_other(doc, titles, span):
                continue  # "Finding Dory" over "the Finding Nemo sequel will feature": titled
            works.add(sequel_title(original.title), span.start, original.kind, None)
