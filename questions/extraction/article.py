"""Raw article text -> ArticleFacts for a host to review, by rules, offline.

``extract`` reads quotes and their speakers, dated events, cast and works with the rules in
:mod:`questions.extraction`; every fact it returns carries the sentence it came from.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
import time
from collections import Counter
from dataclasses import dataclass, field, replace

from ..exc import ArticleTooLong, ExtractionTooSlow
from ..facts.model import Article, ArticleFacts, CastMember, DateValue, Event, Person, Quote, Work
from ..names import same_name, tokens
from . import credits
from .dating import FoundDate, find_dates, restated, run_headings
from .leads import at_word
from .lexicon import PRONOUN
from .people import Registry
from .posts import posted
from .speech import Attributor, Kind, classify, is_nickname, is_title, outlet_in
from .text import INFO_LABEL, Document, Sentence, Span, parse
from .titles import (
    FRANCHISE,
    KNOWN_FROM,
    bare_titles,
    fictional_titles,
    headings,
    played_parts,
)
from .undated import undated
from .works import SEQUEL_AFTER, FoundWork, clean_title, find_works, sequel_title

#: The most facts of one kind an article yields: far more than a news story holds, few
#: enough that a page built to flood the extractor makes a reviewable list.
MAX_FACTS = 100
#: The longest article read, as the host's form accepts; longer text is refused, not cut.
MAX_ARTICLE_CHARS = 100_000
#: Longest event description kept; longer sentences are cut at a word boundary.
MAX_WHAT = 240
_TITLE_LENGTH = 120
#: Between a title and names that star beside it: `See How They Run alongside Saoirse Ronan
#: and `, `Rover, starring Ada Wren, `.
_BESIDE_GAP = re.compile(
    r"[”\"]?,?\s+(?:alongside|opposite|starring|co-?starring|featuring)\s+"
    r"(?:(?:the\s+)?(?:[a-z-]+\s+){0,2})?"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s+(?:and\s+)?|\s+and\s+))*"
)
#: A work named in passing: a maker's credential (`executive producer of “`), or an item of
#: someone's earlier work (`His previous work includes “NYPD Blue,” “Law & Order” and “`).
_IN_PASSING = re.compile(
    r"(?:\b(?:producer|creator|co-creator|showrunner|director|writer|author)s? of\s*[“\"]?|"
    r"\b(?:work|credits|roles|films|shows) (?:includes?|including)\b[^.;]*|"
    # "Written and directed by Michael Dougherty (‘Godzilla II’)": a maker's other work
    r"\b(?:[Ww]ritten|[Dd]irected|[Cc]reated|[Pp]roduced) by [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
    r" \(\s*[“\"]?)\Z"
)
_PASSING_REACH = 80
#: "the first film": the oldest work, not the one the article is about.
_FIRST = re.compile(
    at_word(r"\b(?:first|original|earlier) (?:film|movie|series|show|season|play)\b")
)
#: "in the original series", "the OG film": the work a sequel or revival follows.
_ORIGINAL_RUN = re.compile(at_word(r"\b(?:original|OG|first) (?:series|show|film|movie)\b"))
#: Titles in a relative clause ("who played him in the musical Dee") are not the credit's work.
_ASIDE = re.compile(
    r",\s*(?:(?:who|which|"
    + credits.KNOWN_CLAUSE
    + r")\b[^,.;]*(?:,|$|"
    + credits.CLAUSE_SHUT
    # "Paul Campbell, whose credits include Dancehall Queen and Third World Cop.": to its end
    + r")|whose\b[^,.;]*(?:,|$|(?=[.;])|"
    + credits.CLAUSE_SHUT
    + "))"
)
#: "coming back for the sequel": the untitled sequel, not a sequel to something; "signed up to
#: the forthcoming film" of an article about a sequel is that sequel.
_THE_SEQUEL = re.compile(
    at_word(
        r"\bthe (?:[a-z-]+ )?sequel\b(?! (?:of|to)\b)|"
        r"\bthe (?:forthcoming|upcoming|new|next) (?:film|movie|series|season)\b"
    )
)
#: "in the 2017 film": a film already out, so not the sequel the article says is coming.
_RELEASED = re.compile(at_word(r"\bthe (?:19|20)\d\d (?:[a-z-]+ )?(?:film|movie)\b"))
#: Coming back for a sequel says the person was in the work before it too.
_RETURNS = re.compile(at_word(r"\b(?:back|return|returns|returning|reprise|reprises|reprising)\b"))
#: "Ocean's 8 star Awkwafina": that title is Awkwafina's work, not that of others nearby.
#: "the “Rover” star who played Hal": the title is the star's, not the work of the part.
_STARRED = re.compile(r"[”\"]?" + credits.TITLE_STAR + r"(?:[A-Z]|who\b)")
#: "X stars A, B and C": the verb (or the plural) right after a title.
_STARS_VERB = re.compile(r"[”\"]? stars [A-Z]")
#: "We all know Vartan from Alias": the work a person is known from, not the sentence's.
_KNOWN_FROM_BEFORE = re.compile(at_word(KNOWN_FROM + r"[“\"]?$"))
#: A sentence that opens with a work told by its kind, set off by a comma: "The historical
#: film, starring A and B, grossed", the work named before.
_KIND_SUBJECT = re.compile(
    r"(?:The|This|That|Its) (?:[a-z-]+ ){0,2}(?:film|movie|series|show|drama|comedy|thriller|"
    r"sequel|project|biopic),"
)
#: "Station 19, a spin-off of Grey's Anatomy, stars A": the work the new one comes from.
_COMES_FROM = re.compile(at_word(r"\bspin-?off of\s+[“\"]?$"))
#: "After the success of Arrow, the network turns to the Flash": the earlier hit the new
#: work follows, not the one the sentence casts.
_SUCCESS_OF = re.compile(
    at_word(
        r"\b(?:[Aa]fter|[Ff]ollowing|[Oo]n the heels of|[Bb]uilding on) the (?:huge |big )?"
        r"(?:success|popularity|end|finale|cancellation) of\s+(?:[A-Z][\w+]*[’']s\s+)?[“\"]?$"
    )
)
#: "The Silver Creek alum will play Jo": the work a person was in before, not the sentence's.
_ALUM = re.compile(r"[”\"]?\s+(?:alums?|alumnae?|alumni|veterans?)\b")
#: "The Grey's Anatomy spin-off has brought on Ada Lee": another work than the one it names.
_SPUN_OFF = re.compile(r"[”\"]? (?:spin-?off|spinoff)\b")
#: "Dean-Charles Chapman of “Game of Thrones” and “1917”": the works a name is known for.
_OF_NAME = re.compile(r"[A-Z][\w’'-]+\s+of\s+(?:[“\"]_+[”\"]\s*(?:,|,?\s+and)\s+)*[“\"]$")
#: A star's past show before its title: "the former star of FX’s Tyrant, Anne Winters, who
#: will play Chloe" names where she was, not the work her new part is in.
_PAST_STAR_OF = re.compile(
    at_word(
        r"\b(?:former|one-time|onetime|ex-)\s*(?:stars?|leads?|cast members?) of\s+"
        r"(?:[A-Z][\w+]*[’']s\s+)?[“\"]?$"
    )
)
#: A capitalised name right before a title and one right after: `Dolores "Dee" Marlowe`.
_NAME_BEFORE = re.compile(at_word(r"\b[A-Z][\w’'-]*(?<![’']s) [“\"]?$"))
_NAME_AFTER = re.compile(r"[”\"]? [A-Z][\w’'-]*(?<![’']s)\b(?! (?:star|actor|actress|cast)\b)")
#: A capitalised word right after a title: "“The Good Place’s” Manny Jacinto".
_NAME_NEXT = re.compile(r"[”\"]?\s+[A-Z]")
#: "played by Glee's Grant Gustin", "Star Wars' Joonas Suotamo": an unquoted title owning a
#: full name is that actor's
#: earlier work, not the one the sentence casts them in.
_OWNS_NAME = re.compile(r"[’'](?:s)?\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
#: A show named by its kind after a name: `who joined the show to play`.
_THE_SHOW = re.compile(at_word(r"\bthe (?:show|series|soap|sitcom|drama)\b"))
#: The story's film told by its kind alone, no title after it: `plays a lawyer in the movie`,
#: `The movie also stars`.
_THE_FILM = re.compile(
    # (not "the film industry", "the movie theater": a noun it describes)
    at_word(
        r"\b[Tt]he (?:[a-z-]+ )?(?:movie|film)(?=[.,;:!?]| also\b| (?:stars|starred|will|is|was|"
        r"has|follows|tells|sees)\b)"
    )
)
#: What calls the title right after it a series: `the Showtime series “House of Lies”`.
_SERIES_BEFORE = re.compile(r"\b(?:series|sitcom|soap)\s+[“\"]?$")
#: A part played "in the ITV soap", no title after it: the soap named before, not a title the
#: sentence goes on to (`played Shelley Unwin in the ITV soap for five years and has also
#: starred in the BBC comedy Still Open All Hours`).
_IN_THE_UNNAMED = re.compile(
    # (not "in the drama series Line of Duty": a second kind word, then the title)
    r"\bin the (?:[A-Z][\w’'-]* )?(?:soap|series|show|sitcom|drama|serial)\b"
    r"(?! (?:(?:series|serial|opera|drama|show) )?[“\"‘']?[A-Z_])"
)
#: The possessive after a title that owns the name right after it.
_OWNER_OF = re.compile(r"[”\"]?[’'](?:s)?\s+")
#: "Breaking Bad producer Sam Catlin": the title of a maker's credential.
_MAKER_NAMED = re.compile(
    r"[”\"]?\s+(?:executive\s+)?(?:producer|director|creator|co-creator|showrunner|writer)s?"
    r"\s+[A-Z]"
)
#: "Reese stars alongside the Twilight actor in the new movie": a title between "the" and an
#: actor's noun describes someone by a work of theirs; it is no work of the sentence's credits.
_THE_BEFORE = re.compile(at_word(r"\b[Tt]he\s+[“\"]?$"))
_STAR_NOUN = re.compile(r"[”\"]?\s+(?:star|actor|actress|alum|alumna|alumnus)\b")
#: "the project formerly titled “Dracula: Year Zero”": an old title of a work named already.
_FORMERLY = re.compile(
    at_word(
        r"\b(?:formerly|previously|initially|originally|once) (?:titled|known as|called)\s+[“\"]?$"
    )
)
#: "Now You See Me 2": a numbered sequel, whose original is the title without the number.
_NUMBERED = re.compile(r"\s+(?:\d{1,2}|II|III|IV)$")
#: A work the story has no title for: `The currently untitled film also stars A`, one told by
#: whose next it is (`has joined the cast of Wes Anderson's next movie`) or by its kind alone
#: (`a superhero flick with Ajay Devgn in the lead role`).
_UNTITLED = re.compile(
    at_word(
        r"\b(?:yet-|as-yet-|still )?untitled\b|\byet[- ]to[- ]be[- ]titled\b|"
        # "Vashu Bhagnani's next venture, co-starring Diljit Dosanjh"
        r"[’'](?:s)? (?:next|new|upcoming) (?:[a-z-]+ )?(?:movie|film|feature|thriller|venture|"
        r"project)\b|"
        # "The next film by Cameron Crowe is touted to be a huge blockbuster"
        r"\b[Tt]he (?:next|new|upcoming|latest) (?:movie|film|project) (?:by|from) (?=[A-Z])|"
        # "Junaid Khan to star alongside Hira Mani and Armeena Khan in his next drama"
        r"\b(?:his|her|their) (?:next|new|upcoming) (?:[a-z-]+ )?(?:drama|serial|venture|"
        r"project)\b|"
        # "is also bankrolling a superhero flick with Ajay Devgn in the lead role"; not what a
        # named work is said to be: "the project appears to be a female-centric film starring"
        r"\ba(?<!\bbe a)(?<!\bis a)(?<!\bwas a)n? (?:[a-z-]+ ){0,2}(?:film|movie|flick|project|"
        r"series|show) (?:with|starring)\b|"
        # "the Telemundo and Netflix original series based on the life of ... Luis Miguel"
        r"\b(?:series|film|movie|biopic|drama) (?:based on|about) the life of\b"
    )
)
#: The gender a pronoun tells.
_GENDER = {"he": "m", "she": "f", "his": "m", "her": "f"}
#: "It" opening an event's words, then what only a work does: `It releases June 13`, `It will
#: premiere in winter`, `It is scheduled to be theatrically released`.
_IT_DOES = re.compile(
    r"(?P<it>It)(?: (?:will|would|is|was|has|had|is set to|is expected to|is scheduled to|"
    r"is due to)(?: be)?)?(?: [a-z]+ly)? (?:premiere[sd]?|release[sd]?|opens?|opened|airs?|aired|"
    r"debut(?:s|ed)?|hits?|arrives?|arrived|streams?|streamed|returns?|returned|starts?|started|"
    r"begins?|began|launch(?:es|ed)?|wrap(?:s|ped)|available|screen(?:s|ed)?|on air)\b"
)
#: A sentence about a work by its kind, which an "It" after it stands for: `The movie is
#: directed by Tapas Saragharia. It releases June 14.`
_THE_WORK_OPENS = re.compile(
    r"The (?:new |upcoming )?(?:movie|film|series|show|drama|serial|play|musical|sequel|season)\b"
)
#: The pronouns that, opening an event's words, stand for their owner's name and its "’s".
_POSSESSIVES = frozenset({"his", "her"})
#: A pronoun an event's words open with: "He left the show", "Her debut came".
#: Not a title or a name set after it: "Her Majesty", "His Dark Materials", "He Jiankui".
_OPENING_PRONOUN = re.compile(r"(?:He|She|His|Her)\b(?![’'-])(?! [A-Z])")
#: The sentences that open a story, where it says what it is about.
_OPENING_SENTENCES = 2
#: The most lines a box of credits has, read back from its cast line to the paragraph above.
_BOX_LINES = 8
#: How far back in its paragraph a sentence looks for the untitled work it goes on about: a
#: few sentences, so a page of one paragraph costs no more per sentence than any other.
_UNTITLED_REACH = 400
#: A pilot told by who makes or stars in it, not by its name: `has been cast on the drama
#: pilot starring Archie Panjabi`, `the comedy pilot written by Andy Weir`.
_UNNAMED_PILOT = re.compile(
    at_word(
        r"\bthe (?:[a-z-]+ )?pilot (?:starring|co-starring|written by|created by|from|"
        r"directed by|produced by)\b|"
        # "Geo TV is bringing them back on the screen in their upcoming drama series which will
        # air during Ramadan": a work told by whose it is and no title
        r"\b(?:their|his|her) (?:upcoming|new|next) (?:[a-z-]+ ){0,2}(?:film|movie|series|show|"
        r"drama|serial) (?:which|that) (?:will|is|has)\b"
    )
)
#: A country's, a city's or television's letters, which describe a part and never name one:
#: `as a star US high-school athlete`, `playing another TV sea captain`.
_COUNTRY_LETTERS = re.compile(r"U\.?S\.?A?\.?|U\.?K\.?|NYC|LA|EU|TV")
#: A channel's name a caption's photo credit leaves after a part: `as Drake, Morwenna, and Sam
#: BBC`.
_CHANNEL_AFTER = re.compile(r"\s+(?:BBC|ITV|HBO|AMC|CBS|NBC|ABC|FX|CW|Netflix|Hulu|Sky)$")
#: A casting that never came to be: `that would have seen A in the titular role`.
_NEVER_MADE = re.compile(at_word(r"\bwould have (?:seen|starred|featured|had)\b"))
#: Speculation, which is no casting: "it seems likely", "rumoured to".
_HEDGED = re.compile(at_word(r"\b(?:likely|rumou?red|speculat\w*|hopes?|hoping|could|might|may)\b"))
#: What ends a line that is a sentence, not a section's heading.
_STOPS = '.!?:;,”")'
_ENDS = (".", "!", "?", "”", '"', ")")
#: The most words a section's heading holds.
_SECTION_WORDS = 12
#: The share of a heading's longer words that are capitalised.
_TITLE_CASED = 0.75


def _section_heading(line: str) -> bool:
    """Tell whether a line is shaped like a section's heading: short, with no stop at its end,
    its longer words capitalised (`CCH Pounder Returns to the Avatar Franchise`)."""
    words = line.split()
    long_words = [w for w in words if len(w) > 3] or words  # "The 100"
    if not words or line[-1] in _STOPS or len(words) > _SECTION_WORDS or not long_words:
        return False
    if "," in line:
        return False  # "Produced by Jessica Biel, Cruel": a wrapped line of a sentence
    capitals = sum(w[0].isupper() or w[0].isdigit() for w in long_words)
    return capitals / len(long_words) >= _TITLE_CASED


#: Examples of someone's past work: `served as the associate director for films like Ishq Vishk
#: and Fida`, `had helmed the Vivek Oberoi-starrer Prince`; the next sentence's cast is not
#: theirs.
_EXAMPLES_BEFORE = re.compile(
    # "the veteran actor, best known for her roles in Mad As Hell and Muriel’s Wedding": her past
    at_word(
        # "He has starred in a number of soaps including Coronation Street and Cracker"
        r"\b(?:like|such as|helmed|known for (?:his|her|their) (?:[\w-]+ )?(?:roles?|work|"
        r"turns?|parts?) in|(?:films|movies|shows|series|soaps|sitcoms|dramas),? including)\b"
        r"[^.;:]{0,60}\Z"
    )
)
#: A work another replaces in its slot: "Magaeng ..., replacing the popular show Isifiso".
_REPLACED_BEFORE = re.compile(
    at_word(r"\b(?:replacing|replaces|replaced)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}\Z")
)
#: How far after a credit its title may come and still be the work it is in.
_AHEAD = 100
#: A work told by its year, which a review names as the maker's earlier one: "the writer's
#: first directorial outing since 2007's The Lookout"; the next sentence's cast is not its.
_DATED_BEFORE = re.compile(at_word(r"\b(?:19|20)\d\d[’']s\s+[“\"]?\Z"))
#: How far an opening parenthesis may be before a title, and its close after, for the title
#: to be an aside in them.
_BRACKET_REACH = 40
_CAME_OUT = {"film": "came out", "show": "premiered", "play": "premiered"}
#: The fewest words of a paragraph of prose, which a cast line or a heading does not have.
_PROSE_WORDS = 6
#: A box of credits' line dating the release of the work it is about.
_RELEASE_LABEL = re.compile(r"Release [Dd]ate: ")
#: "the sitcom, which ran on NBC from 1992 to 1999": the years a show began and ended its run.
#: Longer than any match of _RAN, so a year's run is found in a window round the year.
_RAN_REACH = 120
_RAN = re.compile(
    at_word(
        r"\b(?:ran|run|aired|running|airing)\b[^.;]{0,60}?\bfrom (?P<began>(?:19|20)\d\d) "
        r"(?:to|until|through) (?P<ended>(?:19|20)\d\d)\b"
    )
)


#: Who told of an event, which ends what a sentence says of who was in it: `He died Sunday,
#: according to his agent, Dallas Smith`. The source is no one the event happened to.
_TOLD_BY = re.compile(r",?\s*\baccording to\b")
#: What may stand before a date that opens a sentence: `On Sunday,`, `Last week,`.
_DATE_ONLY = re.compile(r"\W*(?:[A-Za-z]+\W+)?")


@dataclass(frozen=True)
class Extraction:
    """Facts found in an article, and the sentence behind each (``"quotes[2]"`` -> text)."""

    facts: ArticleFacts
    sources: dict[str, str] = field(default_factory=dict)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _date_value(value: DateValue | datetime.date | None) -> DateValue | None:
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return DateValue(value.year, value.month, value.day)
    return value


#: Right before the title of a maker's work: `the creator of "Yellowstone"`.
_MADE_BY = re.compile(
    at_word(
        r"\b(?:creator|co-creator|director|writer|showrunner|producer|author|maker)s? of\s+"
        r"(?:the\s+)?(?:[a-z-]+\s+)?[“\"]?$"
    )
)
#: Right before a quoted title: a channel's or studio's possessive (`Paramount+'s "Lioness"`)
#: or a word that places a work (`the creator of "Yellowstone"`, `starred in "Avatar"`).
_TITLE_BEFORE = re.compile(
    # (not a part's "the role of ‘Medusa’")
    r"(?:[A-Z][\w+]*[’']s|\b(?:in|on|(?<!\brole )of|from))\s*[“\"]$"
)
#: After a quoted part of a work, which is quoted like one: `the "Boléro" sequence`.
_PART_OF_WORK = re.compile(
    r"[”\"]?\s+(?:sequence|scene|song|number|track|episode|segment|line|speech|monologue)\b"
)
#: Between two titles of a list: `"Avatar," "Guardians of the Galaxy" and "Star Trek."`.
_LISTED = re.compile(r"[”\"]?\s*(?:,|and|or|&)?\s*(?:and\s+|or\s+)?[“\"]?")


def _short_titles(doc: Document, spans: list[Span], kinds: list[Kind]) -> list[Kind]:
    """Read as titles the capitalised quoted words the rules took for scare quotes, where the
    page shows them to be titles: quoted again (`"Lioness"` twice), after a channel's
    possessive or "in", or in a list beside another title. US outlets quote every title, and
    a title of one word has no cue of its own."""
    words = [clean_title(doc.inner(s)) for s in spans]
    parts = {w for w, s in zip(words, spans, strict=True) if _PART_OF_WORK.match(doc.masked, s.end)}
    counts = Counter(w for w in words if w not in parts)
    out = list(kinds)
    for n, span in enumerate(spans):
        if out[n] != "scare" or not is_title(words[n]) or is_nickname(doc, span):
            continue
        before = doc.masked[max(0, span.start - 30) : span.start]
        if counts[words[n]] > 1 or (words[n] not in parts and _TITLE_BEFORE.search(before)):
            out[n] = "title"
    # A list's titles go together: forward, then back, so one title makes the whole list.
    pairs = list(zip(range(len(spans) - 1), range(1, len(spans)), strict=True))
    for a, b in pairs + pairs[::-1]:
        if not _LISTED.fullmatch(doc.masked, spans[a].end, spans[b].start):
            continue
        for this, other in ((a, b), (b, a)):
            if out[this] == "scare" and out[other] == "title" and is_title(words[this]):
                out[this] = "title"
    return out


def _in_part(doc: Document, title: Span, credit: credits.Credit) -> bool:
    """Tell whether a title is a word of the part the credit names where it names it: `his
    portrayal of Det. Phil Fish on the sitcom Barney Miller` is in Barney Miller, not in the
    spinoff Fish."""
    role = credit.role or ""
    inside = credit.offset <= title.start < credit.offset + len(role)
    return inside and doc.text[title.start : title.end] in role


def _cut_off_teaser(doc: Document, span: Span) -> bool:
    """Tell whether a quote never closed runs to its paragraph's end on an ellipsis: a tag
    page's teaser cut off mid-quote (`“Okoto the Messenger the movie tells the story of …`),
    whose words end nowhere they were said."""
    end = doc.paragraphs[span.para][1]
    return span.end == end and doc.text[span.start : end].rstrip().endswith(("…", "..."))


def _group(doc: Document) -> tuple[list[list[Span]], list[Span]]:
    """Join quotes that run over paragraphs; return (quotes, titles)."""
    spans = list(doc.spans)
    kinds = [classify(doc, span) for span in spans]
    # A one-word title has no cue of its own, but a sequel gives it away: "Starfall" beside
    # "Starfall: Ashes".
    heads = {
        clean_title(doc.inner(s)).split(":")[0].casefold()
        for s, kind in zip(spans, kinds, strict=True)
        if kind == "title" and ":" in doc.inner(s)
    }
    kinds = _short_titles(doc, spans, kinds)
    quotes: list[list[Span]] = []
    titles: list[Span] = []
    i = 0
    while i < len(spans):
        span, kind = spans[i], kinds[i]
        if kind == "scare" and clean_title(doc.inner(span)).casefold() in heads:
            kind = "title"
        if kind == "title":
            titles.append(span)
        elif kind == "quote":
            group = [span]
            while group[-1].continues and i + 1 < len(spans):
                i += 1
                group.append(spans[i])
            if not _cut_off_teaser(doc, group[-1]):
                quotes.append(group)
        i += 1
    return quotes, titles


#: The times a work is named that make it the story's own over a first work named once.
_NAMED_AGAIN = 2
#: A new work introduced by its name, right before it, which the story is about: `the working
#: title of 'Taken Down'`, `tentatively titled “X”`, `A new BBC drama titled ‘X’`.
_INTRODUCED = re.compile(
    at_word(
        r"\b(?:(?:working|tentative) title(?: of)?|tentatively (?:titled|called)|"
        r"new (?:[A-Z]{2,5} |[a-z-]+ )?(?:drama|series|film|movie|show|sitcom|comedy|thriller|"
        r"soap|play|musical) titled)\s+[‘'“\"]?$"
    )
)
#: How far before a title the words introducing it are looked for.
_INTRODUCED_REACH = 30


#: A sentence that tells something has a word of letters, not just a date in parentheses.
_WORDED = re.compile(r"[^\W\d_]{2}")
#: A word in lower case, which a sentence telling of an event has (a stamp's "pm" aside).
_LOWER_WORDS = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]+")
#: The lower-case words of a byline or a time stamp: `First posted`, `5.32 pm`.
_STAMP_WORDS = frozenset("am pm posted published updated by on at first last staff".split())
#: What marks a byline or a time stamp: a clock's time, a bar between fields, or its words.
_STAMP_MARK = re.compile(
    r"\b\d{1,2}[:.]\d\d\b|\||\b(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ss]taff|[Bb]y)\b"
)
#: A name and its comma alone before a date: `Soha Hesham , Friday 22 Mar 2024`.
_BYLINE = re.compile(
    r"\s*[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}\s*,(?:\s*(?:[A-Z][a-z]+\.?|\d{1,2}),?)*\s*"
)
#: An aside on a name telling what its holder is known for: `, well known as Neil from`.
_FAME_ASIDE = re.compile(r",\s+(?:(?:best|well|perhaps best) )?known (?:as|for)\b")
#: What a heading's date is the day or the year of: a day's news, a year's best.
_HEADING_DAY = re.compile(
    r"(?:\b(?:News|Updates?|Roundup|Round-[Uu]p|Recap|Digest)(?: on| for|:)?|"
    r"^(?:[-–•]\s*)?(?:The )?(?:Best|Top|Worst)\b[^.;]*\bof)\s+\Z|"
    # a byline: `by Sean Slatter IF Magazine March 3, 2022`
    r"^[Bb]y [A-Z][^.;]{0,60}\s+\Z|"
    # a news page's heading in capitals, its day in brackets: `JOE SUGG TO JOIN WAITRESS (21
    # AUGUST 2019)`
    r"\b[A-Z][A-Z0-9 ,'’:!?-]{10,}\(\s*(?:\d{1,2}\s+[A-Z]+\s+)?\Z"
)


class _Builder:
    """Collects facts and their sources for one article."""

    def __init__(self, text: str, published: DateValue | None) -> None:
        self.doc = parse(text)
        self.published = published
        self.quote_spans, self.title_spans = _group(self.doc)
        quoted = frozenset(clean_title(self.doc.inner(s)) for s in self.title_spans)
        named_headings = headings(self.doc)
        bare = bare_titles(self.doc, quoted, named_headings)
        spans = self.title_spans + bare
        # Neither a show made up inside the story nor a part quoted (in a billing block, or
        # "played by" someone) is a work; a bare title may be a part's name too ("Rosaline").
        not_works = (
            fictional_titles(self.doc, spans)
            | credits.billed_parts(self.doc)
            | played_parts(self.doc, self.title_spans)
        )
        spans = [s for s in spans if self.doc.inner(s) not in not_works]
        self.title_spans = sorted(spans, key=lambda s: s.start)
        self._title_starts = [s.start for s in self.title_spans]
        self._sentence_starts = [s.start for s in self.doc.sentences]
        self.registry = Registry(self.doc, frozenset(self.doc.inner(s) for s in bare) | quoted)
        flat = [s for q in self.quote_spans for s in q]
        self.works = find_works(self.doc, self.title_spans, flat)
        self.sources: dict[str, str] = {}
        self._dates: dict[Sentence, list[FoundDate]] = {}
        #: The work each sentence's last credit went to, for a sentence that goes on with the
        #: cast without naming the work: "A and B are back for the sequel. They will be joined
        #: by C."
        self._credited: dict[Sentence, str] = {}
        #: The work each paragraph's last credit went to: a round-up gives a paragraph to a
        #: work, and "Ray (Fanning)" further on in it is in that work.
        self._in_paragraph: dict[int, str] = {}
        #: Where each (person, work) credit was last made, again or first: "She will play
        #: Jocelyn Turner" after "Matlin has joined Quantico" is in the work credited last.
        self._credited_at: dict[tuple[str, str], int] = {}
        #: The works another one of the article follows ("Dexter" of "Dexter: New Blood"):
        #: "the original series" is the one such work, if there is one.
        self._originals: list[Work] = []
        #: Headings that name a work, by offset: a credit under one with no work of its own
        #: is in that one.
        self._headings = sorted(named_headings + self._section_headings())
        #: Titles the text calls a franchise: "the Star Wars universe".
        self._franchises = {
            self.doc.inner(s) for s in self.title_spans if FRANCHISE.match(self.doc.masked, s.end)
        }
        #: The people the page casts or quotes, set when its events are read.
        self._known: set[str] = set()

    def dates(self, sentence: Sentence) -> list[FoundDate]:
        """Return the dates of a sentence, read once however many facts ask."""
        if sentence not in self._dates:
            found = find_dates(self.doc, sentence, self.published)
            # "on Wednesday's sophomore season": a date's words that are a title's are none
            self._dates[sentence] = [d for d in found if not self._on_title(d.start, d.end)]
        return self._dates[sentence]

    def _on_title(self, start: int, end: int) -> bool:
        """Tell whether the words at ``start:end`` hold a whole title the article names, or end
        one (`Wonder Woman 1984`)."""
        index = bisect.bisect_left(self._title_starts, start)
        if index < len(self.title_spans) and self.title_spans[index].end <= end:
            return True
        before = self.title_spans[index - 1] if index else None
        return before is not None and before.start < start and end == before.end

    def sentence(self, offset: int) -> str:
        return self.doc.sentence_text(self.doc.sentence_at(offset))

    def _is_work_name(self, name: str) -> bool:
        """Tell whether a "person" has no name or is named exactly as one of the article's
        works: a headline's `Ada Wren joins Harbor Lights` read the show as a person."""
        return not tokens(name) or self.works.has_title(name)

    def works_out(self) -> list[Work]:
        out: list[Work] = []
        for n, found in enumerate(self.works.items):
            out.append(Work(found.title, found.kind or "film", found.year))
            self.sources[f"works[{n}]"] = self.sentence(found.mentions[0])
        return out

    def quotes_out(self, cast: list[CastMember]) -> list[Quote]:
        """The quotes and their speakers; a part the cast gives is no speaker ("Ada Lee
        (Nora Vale)", then a quote the narration gives to "Nora")."""
        parts = {c.role for c in cast if c.role} - {c.person for c in cast}
        attributor = Attributor(self.doc, self.registry, self.quote_spans)
        speakers = attributor.speakers()
        out: list[Quote] = []
        said: set[tuple[tuple[str, ...], str]] = set()
        pieces = [
            (part, speaker, whole[0].start in attributor.for_company)
            for whole, speaker in zip(self.quote_spans, speakers, strict=True)
            for part in self._parts(whole)
        ]
        for group, speaker, for_company in pieces:
            span = group[0]
            text = " ".join(self.doc.inner(s) for s in group)
            if speaker is None or not tokens(text):
                continue
            if self._is_work_name(speaker.name) and not for_company:
                continue
            if speaker.name in parts:
                continue
            words = (tuple(tokens(text)), speaker.name)
            if words in said:
                continue  # a headline's words repeated in the story are one quote
            if len(out) == MAX_FACTS:
                break
            said.add(words)
            sentence = self.doc.sentence_at(span.start)
            outlet = outlet_in(self.doc, sentence)
            dates = [f.date for f in self.dates(sentence)]
            context = f"to {outlet}" if outlet else None
            self.sources[f"quotes[{len(out)}]"] = self.doc.sentence_text(sentence)
            out.append(Quote(text, speaker.name, context, dates[0] if dates else None, outlet))
        return out

    def _parts(self, group: list[Span]) -> list[list[Span]]:
        """Split a quote run over paragraphs into one quote a paragraph when a colon opened it
        ("He added: “..."), as outlets print a statement; a quote that goes on from words
        already attributed in its paragraph ("...," he said. "...") stays whole."""
        if len(group) > 1 and self.doc.masked[: group[0].start - 1].rstrip().endswith(":"):
            return [[span] for span in group]
        return [group]

    def events_out(self, works: list[Work], known: set[str]) -> list[Event]:
        """The dated events; ``known`` are the people cast or quoted, whom a pronoun of an
        event's sentence is written as."""
        self._known = known
        out: list[Event] = []
        seen: set[tuple[str, str, str | None]] = set()
        # "(1987)" after a heading's title is its year, no sentence telling of an event
        found = [
            (s, when)
            for s in self.doc.sentences
            if _WORDED.search(self.doc.masked, s.start, s.end)
            for when in self.dates(s)
            if not self._day_of_a_heading(s, when) and not self._signed(s, when)
        ]
        again = restated(
            [(s, when.date, bool(self._spans_in(s.start, s.end))) for s, when in found],
            self.published,
        )
        for n, (sentence, when) in enumerate(found):
            if len(out) == MAX_FACTS:
                break
            if n in again and not self._listed_years(sentence, when, found):
                continue
            event = self._event(sentence, when, works)
            key = (str(event.date), event.what, event.work)
            if key not in seen:
                seen.add(key)
                self.sources[f"events[{len(out)}]"] = self.doc.sentence_text(sentence)
                out.append(event)
        for run in run_headings(self.doc, self.published):
            # "30 Aug - 3 Sep" over "The Glasgow Girls are back ...": its show opens, then closes
            start, _ = self.doc.paragraphs[run.para]
            source = self.doc.sentence_text(self.doc.sentence_at(start))
            what = _shorten(source, MAX_WHAT)
            for date, told in ((run.opens, what), (run.closes, f"the run ends: {what}")):
                key = (str(date), told, None)
                if len(out) < MAX_FACTS and key not in seen:
                    seen.add(key)
                    self.sources[f"events[{len(out)}]"] = source
                    out.append(Event(date, _shorten(told, MAX_WHAT)))
        for post in posted(self.doc):
            # A post the story dates itself ("On Monday she tweeted:") is an event already.
            if len(out) < MAX_FACTS and not (post.sentence and self.dates(post.sentence)):
                self.sources[f"events[{len(out)}]"] = post.what
                out.append(Event(post.date, _shorten(post.what, MAX_WHAT)))
        return out

    def _signed(self, sentence: Sentence, when: FoundDate) -> bool:
        """Tell whether a date is a byline's or a time stamp's, no event: the words around it
        are only names and stamps (`Soha Hesham , Friday 22 Mar 2024`, `In Com Staff July 17
        2019, 5.32 pm`, `Muhammad Irfan Published | 11:00 PM`, `First posted October 23,`)."""
        masked = self.doc.masked
        # (not a box's `Release Date: February 23, 2018`, nor `Black Christmas (2019) - Trailer`)
        if _RELEASE_LABEL.search(masked, sentence.start, when.start) or (
            masked[when.start - 1 : when.start] == "(" and masked[when.end : when.end + 1] == ")"
        ):
            return False
        before, after = masked[sentence.start : when.start], masked[when.end : sentence.end]
        around = f"{before} {after}"
        if any(w not in _STAMP_WORDS for w in _LOWER_WORDS.findall(around)):
            return False
        # a stamp's mark, or a name and its comma alone before the date: not a headline that
        # dates its news in capitals (`Silent Harbor Opens In Cinemas On June 14, 2024`), nor
        # a life's dates (`John Smith, March 3, 1940 - April 20, 2024`)
        marked = _STAMP_MARK.search(around) is not None
        bylined = _BYLINE.fullmatch(before) is not None and not re.search(r"\w", after)
        return marked or bylined

    def _day_of_a_heading(self, sentence: Sentence, when: FoundDate) -> bool:
        """Tell whether a date is what a heading of its own is for, no event: `Turkish Series
        News on October 28, 2024`, `The Best Inventions of 2024`."""
        start, end = self.doc.paragraphs[sentence.para]
        if (start, end) != (sentence.start, sentence.end):
            return False
        return _HEADING_DAY.search(self.doc.masked[start : when.start]) is not None

    def _listed_years(
        self, sentence: Sentence, when: FoundDate, found: list[tuple[Sentence, FoundDate]]
    ) -> bool:
        """Tell whether a date told again is the year of one of the works a sentence lists
        with theirs, each its own event: `"The Sting" (1973), "The Way We Were" (1973)`."""
        years = self.works.years
        return when.start in years and any(
            s is sentence and d is not when and d.date == when.date and d.start in years
            for s, d in found
        )

    def _event(self, sentence: Sentence, when: FoundDate, works: list[Work]) -> Event:
        at, date = when.start, when.date
        run = self._run(sentence, at)
        if run is not None:
            return Event(date, run[0], (), run[1])
        dated = self.works.years.get(at)
        work = next((w for w in works if w.title == dated), None)
        if work is None and works and _RELEASE_LABEL.match(self.doc.masked, sentence.start):
            # "Release date: Nov 10, 2017" in its box, under its title in a round-up's
            work = self._under_heading(sentence, self._main_first(works))
        if work is not None:
            what = f"the {work.kind} “{work.title}” {_CAME_OUT[work.kind]}"
            return Event(date, what, (), work.title)
        people: list[str] = []
        source = self._source(sentence, when)
        # "in the horror, A Quiet Place: Day One": words of a title name nobody
        titled = [range(s.start, s.end) for s in self._spans_in(sentence.start, sentence.end)]
        for m in self.registry.in_range(sentence.start, sentence.end):
            named = m.person.name not in people and not any(m.start in t for t in titled)
            if not m.possessive and named and m.start not in source:
                people.append(m.person.name)
        named = bool(people)
        if not people:
            subject = self.registry.refer(sentence.start, at)
            people = [subject.name] if subject is not None else []
        near = [
            s
            for s in self._spans_in(sentence.start, at)
            if at - s.end < 30 and self.works.titled(clean_title(self.doc.inner(s)))
        ]
        title = None
        if near:
            found = self.works.titled(clean_title(self.doc.inner(near[-1])))
            title = found.title if found else None
        others = [d for d in self.dates(sentence) if d is not when]
        what = self._pronoun_named(sentence, undated(self.doc.text, sentence, when, others), named)
        return Event(date, _shorten(self._it_named(sentence, what), MAX_WHAT), tuple(people), title)

    def _it_named(self, sentence: Sentence, what: str) -> str:
        """Write the "It" an event's words open with as the work it stands for, where what it
        does only a work does (`It releases June 13.` as `Selfish Dil releases.`): the work
        named last before the sentence, where the sentence before is about it. Not the "it" of
        `It was announced that`, which stands for nothing, nor of `His new school is almost
        complete. It opens on September 1.`"""
        opening = _IT_DOES.match(what)
        index = bisect.bisect_left(self._sentence_starts, sentence.start)
        work = self.works.before(sentence.start) if opening and index else None
        if opening is None or work is None:
            return what
        before = self.doc.sentences[index - 1]
        told = self.doc.masked[before.start : before.end].lstrip("“‘\"' ")
        # the sentence before is about the work: it opens with its title or its kind
        if before.para != sentence.para or not (
            self.doc.text[before.start : before.end].lstrip("“‘\"' ").startswith(work.title)
            or _THE_WORK_OPENS.match(told)
        ):
            return what
        return work.title + what[opening.end("it") :]

    def _pronoun_named(self, sentence: Sentence, what: str, named: bool) -> str:
        """Write the "he", "she", "his" or "her" an event's words open with, or else the first
        "he" or "she" of a sentence that names nobody, as the name it stands for (`He played
        Wayne Harries` as `Dewi Morris played Wayne Harries`, `His death at 76` as `Raymond
        Burr’s death at 76`): a date question shows the words alone, with no sentence before
        them to say who "he" is."""
        opening = _OPENING_PRONOUN.match(what)
        if opening is not None:
            word = opening.group()
            pronoun = re.compile(rf"\b{word}\b", re.IGNORECASE)
        elif named:
            return what
        else:
            word, pronoun = "", PRONOUN
        found = pronoun.search(self.doc.masked, sentence.start, sentence.end)
        if found is None or (word and any(what.startswith(w.title) for w in self.works.items)):
            return what  # not "Her" of "Her Story premiered in 2016 with her sister"
        gender = _GENDER[found.group().lower()]
        person = self.registry.resolve(found.start(), gender)
        if person is None or person.name not in self._known or person.name in what:
            # one the page casts or quotes, not any name: "Harbor Lights news", then "She left
            # in 2019"
            return what
        if word and person.gender != gender:
            return what  # "Sgt Tom Reed said. Her shift ended": a woman the page never named
        if word:
            name = f"{person.name}’s" if word.lower() in _POSSESSIVES else person.name
            return name + what[len(word) :]
        return re.sub(rf"\b{found.group()}\b", person.name, what, count=1)

    def _source(self, sentence: Sentence, when: FoundDate) -> range:
        """Where a sentence names who told of its event: after the date, "according to" runs
        to the sentence's end (`He died Sunday, according to his agent, Dallas Smith`);
        opening the sentence, to its comma (`According to his family, Call died`), also
        when only the date comes before it (`On Sunday, according to police, Hale was`)."""
        masked = self.doc.masked
        told = _TOLD_BY.search(masked, sentence.start, sentence.end)
        if told is None:
            return range(0)
        ahead = masked[sentence.start : when.start] + masked[when.end : told.start()]
        if told.start() > when.start and not _DATE_ONLY.fullmatch(ahead):
            return range(told.start(), sentence.end)
        comma = self.doc.masked.find(",", told.end(), sentence.end)
        return range(told.start(), comma if comma >= 0 else sentence.end)

    def _run(self, sentence: Sentence, at: int) -> tuple[str, str] | None:
        """Describe a year of "ran from 1992 to 1999" as the start or end of a work's run."""
        window = (max(sentence.start, at - _RAN_REACH), min(sentence.end, at + _RAN_REACH))
        for m in _RAN.finditer(self.doc.masked, *window):
            if at in (m.start("began"), m.start("ended")):
                work = self.works.before(m.start())
                if work is None:
                    return None
                verb = "began" if at == m.start("began") else "ended"
                return f"“{work.title}” {verb} its run", work.title
        return None

    def cast_out(self, works: list[Work]) -> list[CastMember]:
        if not works:
            return []
        works = self._main_first(works)
        self._originals = [w for w in works if any(_follows(o.title, w.title) for o in works)]
        out: list[CastMember] = []
        # "Ana Lee (The Blacklist)": credits in a work the person is known for, which a later
        # "Lee will play Ada" is no part in.
        known_for: set[tuple[str, str]] = set()
        owned: list[tuple[credits.Credit, Sentence]] = []
        #: The paragraphs that cast for a work they do not name.
        unnamed: set[int] = set()
        untitled = self._untitled_story()
        for sentence in self.doc.sentences:
            if len(out) == MAX_FACTS:
                break
            # a pilot told by who stars in it is no work the story names, save the work
            # named with the person ("Rover star Ana Lee")
            pilot = _UNNAMED_PILOT.search(self.doc.masked, sentence.start, sentence.end)
            if pilot is not None:
                unnamed.add(sentence.para)
            for credit in credits.credits(self.doc, self.registry, sentence):
                if self._is_work_name(credit.person):
                    continue
                if credit.known_for is not None and self.works.titled(credit.known_for) is None:
                    continue  # "“Rover” actor Ana Lee": a word in quotes that is no work
                if credit.role and _JOB_ROLE.search(credit.role):
                    continue  # "in his role as UNICEF Ambassador": a job, not a part
                if credit.owned:
                    owned.append((credit, sentence))
                    continue
                if credit.titled_only and not self._names_own_work(credit, sentence):
                    continue
                if (pilot is not None and credit.known_for is None) or self._in_no_work(sentence):
                    continue  # "The untitled film also stars A": in no work the story names
                done = [c for c in out if (c.person, c.work) not in known_for]
                # "... cast on the drama pilot starring A. He will play Darwin Conn": the
                # paragraph's work is still unnamed; "Swift has joined Russell's next film ...
                # a cast that includes A": the story's work is untitled; unless the person was
                # credited before
                pilot_cast = sentence.para in unnamed and not self._titles_in(sentence)
                untitled_cast = credit.known_for is None and (
                    (untitled and self._untitled_cast(sentence)) or self._after_untitled(sentence)
                )
                if (pilot_cast or untitled_cast) and not any(
                    same_name(c.person, credit.person) for c in done
                ):
                    continue
                work = self._work_for(credit, sentence, works, done)
                if self._film_not_series(work, works, sentence):
                    # "Actor Josh Lawson, who starred in the series “House of Lies,” ... He
                    # plays a lawyer named Noel in the movie": the story's film
                    work = works[0]
                if credit.known_for is not None:
                    known_for.add((credit.person, work.title))
                elif work.title not in self._aside_works(sentence):
                    # (not a work only an aside names: "Eliza, who also appears in Little
                    # Women, stars with a small cast including A" is no cast of it)
                    self._credited[sentence] = self._in_paragraph[sentence.para] = work.title
                other = self._returning_to(work.title, sentence)
                if other is not None and _HEDGED.search(
                    self.doc.masked, sentence.start, sentence.end
                ):
                    # "it seems likely we will see the return of A": A was in the work the
                    # new one follows; that A is in the new one is only a guess.
                    # The original's title is the sequel's without its number or "sequel".
                    first = min(work.title, other, key=len)
                    work, other = next((w for w in works if w.title == first), work), None
                role = credit.role if credit.role and tokens(credit.role) else None
                # "as a star US high-school athlete": a country's letters describe, name no part
                role = None if role and _COUNTRY_LETTERS.fullmatch(role) else role
                role = _CHANNEL_AFTER.sub("", role) if role else role
                role = None if role is not None and self._cut_off(role) else role
                # "plays the villain Nora Vale in Night Harbor": the work is no part of the part
                role = role.removesuffix(f" in {work.title}") if role else role
                role = _title_part(work.title) if credit.title_role else role
                if role is None and credit.alias is not None:
                    role = _earlier_role(out, credit.person, credit.alias)
                if role is not None and " " not in role:
                    role = self._full_part(role, sentence, out) or role
                for title in (work.title, other):
                    if title is not None:
                        self._credit(out, CastMember(credit.person, title, role), sentence)
        for credit, sentence in owned:
            # "Mark A. Sheppard's Crowley": a part for someone credited in the work already.
            work = self._work_for(credit, sentence, works, out)
            if any(same_name(c.person, credit.person) and c.work == work.title for c in out):
                self._credit(out, CastMember(credit.person, work.title, credit.role), sentence)
        return out

    def _cut_off(self, part: str) -> bool:
        """Tell whether a part ends the page where the page was cut off mid-sentence: `Charlie
        Condou – who played midwife Ma` (a prose paragraph with no stop, not a cast line)."""
        text = self.doc.text.rstrip()
        start, _ = self.doc.paragraphs[-1]
        prose = len(self.doc.text[start:].split()) >= _PROSE_WORDS
        return prose and text.endswith(part) and not text.endswith((".", "!", "?", "”", ")"))

    def _full_part(self, part: str, sentence: Sentence, cast: list[CastMember]) -> str | None:
        """Return the full name a part called by its first name had earlier, once and only
        once, unless an actor credited before has it: "novelist Joe Castleman ... Joe is played
        by Jonathan Pryce" plays Joe Castleman; "Tom" is no "Tom Hanks" already cast."""
        before = self.doc.text[: sentence.start]
        # a nickname in quotation marks too: `"Goose" Bradshaw`
        pattern = rf"\b{re.escape(part)}[”\"]? ([A-Z][a-z][\w’'-]*)\b"
        # (not its possessive: "in Lauren Bolton's court case. Lauren - played by")
        last = {m[1].removesuffix("’s").removesuffix("'s") for m in re.finditer(pattern, before)}
        full = {f"{part} {word}" for word in last}
        if len(full) != 1:
            return None
        name = full.pop()
        if self.works.titled(name) is not None:
            return None  # "a tough cop Vikram" of the film "Vikram Vedha": a title's words
        return None if any(same_name(member.person, name) for member in cast) else name

    def _in_no_work(self, sentence: Sentence) -> bool:
        """Tell whether a sentence casts for a work it names no title for (untitled, someone's
        next, a kind alone), or for one that was never made."""
        masked = self.doc.masked
        if _NEVER_MADE.search(masked, sentence.start, sentence.end):
            return True  # "a biopic that would have seen A in the titular role"
        return _UNTITLED.search(masked, sentence.start, sentence.end) is not None and not (
            self._titles_in(sentence)
        )

    def _untitled_story(self) -> bool:
        """Tell whether the story opens on a work it has no title for (`Taylor Swift has
        joined the star cast of David O. Russell's next film`): its later cast lists are that
        work's, not the maker's earlier film the story goes on to name."""
        opening = self.doc.sentences[:_OPENING_SENTENCES]
        return any(
            _UNTITLED.search(self.doc.masked, s.start, s.end) is not None and not self._titles_in(s)
            for s in opening
        )

    def _after_untitled(self, sentence: Sentence) -> bool:
        """Tell whether a sentence goes on about the untitled work its paragraph opened on and
        names no title yet (`Director VV Vinayak's new film starring Ravi Teja ... Ravi Teja is
        participating in the shooting.`): its cast is that work's, not the story's."""
        start = max(self.doc.paragraphs[sentence.para][0], sentence.start - _UNTITLED_REACH)
        return (
            start < sentence.start
            and _UNTITLED.search(self.doc.masked, start, sentence.start) is not None
            and not self._spans_in(start, sentence.end)
        )

    def _untitled_cast(self, sentence: Sentence) -> bool:
        """Tell whether a sentence of a story about an untitled work casts for that work: it
        names no title, nor does the sentence before ("The French Dispatch premiered at
        Cannes. The film features an ensemble cast of A, B" is that film's)."""
        index = bisect.bisect_left(self._sentence_starts, sentence.start)
        here = [sentence] + ([self.doc.sentences[index - 1]] if index > 0 else [])
        return not any(self._may_be_work_of(s) for part in here for s in self._titles_in(part))

    def _main_first(self, works: list[Work]) -> list[Work]:
        """Put first the work the story is about, which a credit naming no work is in: the
        first work named, unless it is named once, in passing ("Ada Lee is escaping “The Long
        Watch” for “Harbor”"), and another is named again; a page with no headline may name
        its own work after an actor's earlier one. A work a headline names is the story's
        even if named once; a franchise ("the “Star Wars” canon") is none."""
        named = [w for w in self.works.items if w.title not in self._franchises]
        # "Keith Eisner, executive producer of “The Good Wife,”": a maker's credential
        named = [w for w in named if not self._in_passing(w)] or named
        if not named:
            return works
        most = max(named, key=lambda w: len(w.mentions))
        headline = self.doc.sentence_at(named[0].mentions[0]).para == 0
        if headline or len(named[0].mentions) > 1 or len(most.mentions) < _NAMED_AGAIN:
            most = named[0]
        # "Currently with the working title of 'Taken Down', the series centres on", "A new
        # BBC drama titled ‘Waiting For The Out’": the new work a story is about, after the old
        # one it follows or before the ones its cast are known for
        introduced = [w for w in named if self._introduced(w)]
        most = introduced[0] if len(introduced) == 1 else most
        main = next((w for w in works if w.title == most.title), works[0])
        return [main] + [w for w in works if w is not main]

    def _introduced(self, work: FoundWork) -> bool:
        """Tell whether a work is introduced as the new one the story is about: by its working
        title (`with the working title of 'Taken Down'`, `tentatively titled`), or as `a new
        BBC drama titled ‘Waiting For The Out’`."""
        return any(
            _INTRODUCED.search(self.doc.masked, max(0, at - _INTRODUCED_REACH), at) is not None
            for at in work.mentions
        )

    def _in_passing(self, work: FoundWork) -> bool:
        """Tell whether a work is named only in passing ("executive producer of “The Good
        Wife”", "his previous work includes “NYPD Blue”"), never as the story's."""
        masked, doc = self.doc.masked, self.doc
        return all(
            _IN_PASSING.search(masked, max(doc.sentence_at(at).start, at - _PASSING_REACH), at)
            is not None
            # "“Lovely Runner” star Byeon Woo-seok": what a star of the story is known for
            or _STARRED.match(masked, at + len(work.title)) is not None
            for at in work.mentions
        )

    def _credit(self, out: list[CastMember], member: CastMember, sentence: Sentence) -> None:
        """Add a credit, or give a part to the same person's credit in the work already seen.
        A name a caption shouts (`Jenny Bradley [SALLY-ANN MATTHEWS]`) is written as a name."""
        if member.person.isupper():
            member = replace(member, person=member.person.title())
        self._credited_at[(member.person, member.work)] = sentence.start
        known = next(
            (
                n
                for n, c in enumerate(out)
                if same_name(c.person, member.person) and c.work == member.work
            ),
            None,
        )
        if known is not None:
            if out[known].role is None and member.role is not None:
                out[known] = member
        elif len(out) < MAX_FACTS:
            self.sources[f"cast[{len(out)}]"] = self.doc.sentence_text(sentence)
            out.append(member)

    def _returning_to(self, title: str, sentence: Sentence) -> str | None:
        """Return the other work of a credit for someone "coming back": returning says the
        person was in the work a sequel follows and will be in the sequel, so both count."""
        if not _RETURNS.search(self.doc.masked, sentence.start, sentence.end):
            return None
        original = self.works.titled(_NUMBERED.sub("", title.removesuffix(" sequel")))
        if original is not None and original.title != title:
            return original.title
        sequel = self._sequel_of(title) or next(
            (w for w in self.works.items if _follows(w.title, title)), None
        )
        return sequel.title if sequel else None

    def _work_for(
        self,
        credit: credits.Credit,
        sentence: Sentence,
        works: list[Work],
        done: list[CastMember],
    ) -> Work:
        """Pick the work of a credit.

        In order: the work the credit names itself (the parentheses after a name, the lines
        under a gallery's heading); the title named in the sentence; "the first film"; the
        work the person was already credited in (a later "who plays Ada" adds the part to it)
        or the one "alongside" names was; the title named in the sentence before; the main
        work.
        """
        masked = self.doc.masked
        named = credit.known_for or credit.cast_for
        found = self.works.titled(named) if named else None
        if found is not None:
            return next((w for w in works if w.title == found.title), works[0])
        spans = [
            s
            for s in self._titles_in(sentence, credit.work_after)
            if not _in_part(self.doc, s, credit)
            and not self._anothers_fame(s, credit)
            and not self._bracketed_fame(s, sentence)
        ]
        inside = [s for s in spans if self._may_be_work_of(s)]
        if not inside and _THE_SHOW.search(masked, credit.offset, sentence.end):
            # "The Young and the Restless’ Daniel Goddard, who joined the show to play Cane
            # Ashby": with no other title, the show that owns the name is the one meant
            inside = [s for s in spans if self._owns(s, credit.person)]
        if _KIND_SUBJECT.match(masked, sentence.start) and all(
            s.start > credit.offset for s in inside
        ):
            # "The historical film, starring A and B, beat the comedy X": the subject is the
            # film named before, not the one the sentence goes on to
            inside = []
        # "played Nora in the ITV soap for years and starred in the comedy Rover": the soap
        # the story named, not Rover
        inside = [s for s in inside if not _IN_THE_UNNAMED.search(masked, credit.offset, s.end)]
        # "starring A and B (Rover); the thriller Hunted, starring C": a semicolon ends the
        # list of one work, so a title past it is the next list's
        inside = [s for s in inside if self._same_clause(s, credit.offset)] or inside
        if inside and not credit.main:
            # "in See How They Run alongside A and B, then Wool": the title the names stand
            # beside; else "as Ada in “W”": the title right after the credit, else the nearest.
            stood = [s for s in inside if _BESIDE_GAP.fullmatch(masked, s.end, credit.offset)]
            ahead = [s for s in inside if 0 <= s.start - credit.offset <= _AHEAD]
            nearest = (stood or ahead or [min(inside, key=lambda s: abs(s.start - credit.offset))])[
                0
            ]
            found = self._named_by_part(spans, credit.role) or self.works.titled(
                clean_title(self.doc.inner(nearest))
            )
        if (
            found is not None
            and inside
            and not credit.main
            and SEQUEL_AFTER.match(masked, nearest.end)
        ):
            # "appear in the “X” sequel"; under a round-up's heading, the heading's work
            found = self._sequel_of(found.title) or self._headed(sentence, found)
        if found is not None:
            return next((w for w in works if w.title == found.title), works[0])
        sequels = [w for w in self.works.items if w.title.endswith(" sequel")]
        if len(sequels) == 1 and _THE_SEQUEL.search(masked, sentence.start, sentence.end):
            return next((w for w in works if w.title == sequels[0].title), works[0])
        if len(sequels) == 1 and _RELEASED.search(masked, sentence.start, sentence.end):
            original = sequels[0].title.removesuffix(" sequel")
            return next((w for w in works if w.title == original), works[0])
        dated = [w for w in works if w.year is not None]
        if dated and _FIRST.search(masked, sentence.start, sentence.end):
            return min(dated, key=lambda w: w.year or 0)
        if len(self._originals) == 1 and _ORIGINAL_RUN.search(masked, sentence.start, sentence.end):
            return self._originals[0]  # "Like Harry (Ana Lee) in the original series"
        # The work "alongside Paul" means is the one Paul was first credited in.
        beside = [c.work for c in done if credit.beside and same_name(c.person, credit.beside)]
        mine = [c for c in done if same_name(c.person, credit.person)]
        mine.sort(key=lambda c: self._credited_at.get((c.person, c.work), -1))
        earlier = [c.work for c in mine] or beside[:1]
        if earlier:
            return next((w for w in works if w.title == earlier[-1]), works[0])
        if not credit.main:
            index = bisect.bisect_left(self._sentence_starts, sentence.start)
            went = self._credited.get(self.doc.sentences[index - 1]) if index > 0 else None
            if went is not None:
                return next((w for w in works if w.title == went), works[0])
            previous = [
                s
                for s in (self._titles_in(self.doc.sentences[index - 1]) if index > 0 else [])
                if self._carries_on(s)
            ]
            if previous:
                found = self.works.titled(clean_title(self.doc.inner(previous[-1])))
                if found is not None:
                    return next((w for w in works if w.title == found.title), works[0])
            went = (
                self._in_paragraph.get(sentence.para)
                or self._paragraph_work(sentence)
                or self._boxed_work(sentence)
            )
            if went is not None:
                return next((w for w in works if w.title == went), works[0])
        return self._under_heading(sentence, works)

    def _film_not_series(self, work: Work, works: list[Work], sentence: Sentence) -> bool:
        """Tell whether a sentence's "the movie" is the story's film where its credit would go
        to a work the page calls a series elsewhere, not in this sentence."""
        masked = self.doc.masked
        found = self.works.titled(work.title)
        return (
            found is not None
            and works[0].kind == "film"
            # (a series the page calls one: "the Showtime series “House of Lies”", and names
            # elsewhere than in this sentence)
            and any(_SERIES_BEFORE.search(masked, max(0, at - 12), at) for at in found.mentions)
            and not any(sentence.start <= at < sentence.end for at in found.mentions)
            and _THE_FILM.search(masked, sentence.start, sentence.end) is not None
        )

    def _aside_works(self, sentence: Sentence) -> set[str]:
        """Return the works a sentence names only in its relative clauses, not in the clause
        they hang on too."""
        return self._works_of(self._titles_in(sentence, asides_too=True)) - self._works_of(
            self._titles_in(sentence)
        )

    def _works_of(self, spans: list[Span]) -> set[str]:
        """Return the works titles name, by their titles."""
        return {
            found.title
            for s in spans
            if (found := self.works.titled(clean_title(self.doc.inner(s)))) is not None
        }

    def _boxed_work(self, sentence: Sentence) -> str | None:
        """Return the work of a box of credits' line (`Cast includes: A, B`): the one work the
        paragraph above the box names, as a trade paper's production news boxes each show's
        authors, director and cast under its paragraph."""
        para = sentence.para
        top = max(-1, para - _BOX_LINES)
        while para > top and INFO_LABEL.match(self.doc.masked, self.doc.paragraphs[para][0]):
            para -= 1
        if para <= top or para == sentence.para:
            return None
        found = self._one_work(*self.doc.paragraphs[para], carrying_on=True)
        return found.title if found is not None else None

    def _anothers_fame(self, title: Span, credit: credits.Credit) -> bool:
        """Tell whether a title is what someone else is known for, in an aside on their name
        after the credit's: `He will join the cast as Ogie, taking over from Blake Harrison,
        well known as Neil from The Inbetweeners`."""
        fame = _FAME_ASIDE.search(self.doc.masked, credit.offset, title.start)
        if fame is None:
            return False
        before = [
            m for m in self.registry.in_range(credit.offset, fame.start()) if m.end == fame.start()
        ]
        return bool(before) and not same_name(before[-1].person.name, credit.person)

    def _bracketed_fame(self, title: Span, sentence: Sentence) -> bool:
        """Tell whether a title is in the brackets after someone's name, what they are known
        for and no work of the sentence's list: `The cast includes A (Rover, Dune) and B`."""
        masked = self.doc.masked
        opened = masked.rfind("(", sentence.start, title.start)
        if opened < 0 or ")" in masked[opened : title.start]:
            return False
        named = self.registry.in_range(sentence.start, opened)
        return bool(named) and not masked[named[-1].end : opened].strip()

    def _owns(self, title: Span, person: str) -> bool:
        """Tell whether a title owns a person's name right after it: `Rover’s Ada Wren`."""
        owner = _OWNER_OF.match(self.doc.masked, title.end)
        return owner is not None and self.doc.masked.startswith(person, owner.end())

    def _paragraph_work(self, sentence: Sentence) -> str | None:
        """Return the one work a paragraph names before a sentence, if it names one: "Netflix's
        Bloodline is an interesting beast. ... an all-star cast including A, B" is its cast,
        not the story's first work's."""
        start = self.doc.paragraphs[sentence.para][0]
        found = self._one_work(start, sentence.start, carrying_on=True)
        return found.title if found is not None else None

    def _one_work(self, start: int, end: int, carrying_on: bool = False) -> FoundWork | None:
        """Return the one work the titles inside ``start:end`` name, if they name one; with
        ``carrying_on``, only titles that may carry on to the text after them count."""
        named = {
            found.title: found
            for span in self._spans_in(start, end)
            if (not carrying_on or self._carries_on(span))
            and (found := self.works.titled(clean_title(self.doc.inner(span)))) is not None
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _carries_on(self, title: Span) -> bool:
        """Tell whether a title named before a sentence may be the work of its credits: a
        work the story tells of, not one dated as past ("since 2007's Night Shift"), given as
        an example ("films such as X"), replaced ("replacing the popular show X") or named in
        brackets."""
        masked = self.doc.masked
        return (
            self._names_a_work(title)
            and not _DATED_BEFORE.search(masked, max(0, title.start - 9), title.start)
            and not _EXAMPLES_BEFORE.search(masked, max(0, title.start - 80), title.start)
            and not _REPLACED_BEFORE.search(masked, max(0, title.start - 40), title.start)
            # "(There’s even a sly allusion to her fiery version of “Proud Mary.”)": an aside
            # of a sentence or more
            and not _in_brackets(masked, title, *self.doc.paragraphs[title.para])
        )

    def _same_clause(self, title: Span, offset: int) -> bool:
        """Tell whether no semicolon stands between a title and a credit's name."""
        start, end = sorted((title.start, offset))
        return ";" not in self.doc.masked[start:end]

    def _section_headings(self) -> list[tuple[int, str]]:
        """Return (offset, title) for each short line past the headline that names one work
        and ends with no stop: a round-up's section heading (`CCH Pounder Returns to the
        Avatar Franchise`), whose paragraphs tell of that work."""
        out: list[tuple[int, str]] = []
        masked, paragraphs = self.doc.masked, self.doc.paragraphs
        for (_, before), (start, end) in itertools.pairwise(paragraphs):
            line = masked[start:end].strip()
            if not _section_heading(line) or not masked[:before].rstrip().endswith(_ENDS):
                continue  # a line a page wrapped inside its paragraph is no heading
            titles = {clean_title(self.doc.inner(s)) for s in self._spans_in(start, end)}
            if len(titles) == 1:
                out.append((start, titles.pop()))
        return out

    def _headed(self, sentence: Sentence, work: FoundWork) -> FoundWork:
        """Return the work of the heading right above a sentence's paragraph, if it heads one,
        else ``work``: `Finding Dory` over `the Finding Nemo sequel will feature A`."""
        if sentence.para == 0:
            return work
        start = self.doc.paragraphs[sentence.para - 1][0]
        above = [title for at, title in self._headings if at == start]
        heading = self.works.titled(above[-1]) if above else None
        return heading or work

    def _under_heading(self, sentence: Sentence, works: list[Work]) -> Work:
        """Return the work of the last heading before a sentence, else the one work the
        paragraph before names where the sentence speaks of "the drama" (a list's entries
        each told in two paragraphs), else the main work."""
        above = [title for at, title in self._headings if at <= sentence.start]
        found = self.works.titled(above[-1]) if above else None
        if (
            found is None
            and sentence.para > 0
            and _THE_SHOW.search(self.doc.masked, sentence.start, sentence.end)
        ):
            found = self._one_work(*self.doc.paragraphs[sentence.para - 1])
        return next((w for w in works if found and w.title == found.title), works[0])

    def _named_by_part(self, spans: list[Span], role: str | None) -> FoundWork | None:
        """The work a title role names, if one of the sentence's title ``spans`` begins with
        the part's name: "reprising the role of Buffy Summers … the “Buffy” universe" is Buffy
        the Vampire Slayer (the longest title beginning with it)."""
        head = _part_head(role)
        if head is None or not any(
            clean_title(self.doc.inner(s)).split()[:1] == [head] for s in spans
        ):
            return None
        named = [w for w in self.works.items if w.title.split()[0] == head]
        return max(named, key=lambda w: len(w.title)) if named else None

    def _names_own_work(self, credit: credits.Credit, sentence: Sentence) -> bool:
        """Tell whether a credit's sentence names a title that may be its work."""
        return any(self._may_be_work_of(s) for s in self._titles_in(sentence, credit.work_after))

    def _may_be_work_of(self, title: Span) -> bool:
        """Tell whether a title in a credit's sentence may be its work: not when it names
        another person's ("Ocean's 8 star Awkwafina", "Charles Baker (The Blacklist)"), nor
        that of the star it names, whose credit in it is one of its own, known for it."""
        masked = self.doc.masked
        opening = credits.KNOWN_FOR_OPENING.match(masked, self.doc.sentence_at(title.start).start)
        if opening is not None and title.end <= opening.end():
            return False  # "Best known for his roles in A and B, Ana Lee stars as Nora": hers
        return self._names_a_work(title) and not _FORMERLY.search(
            masked, max(0, title.start - _AHEAD), title.start
        )

    def _names_a_work(self, title: Span) -> bool:
        """Tell whether a title may be the work a credit without a title of its own is in:
        not an actor's other work ("Ana Lee (The Blacklist)"), nor a franchise ("the Star
        Wars universe"), whose works the article names instead, nor the work a spin-off came
        from ("The Grey's Anatomy spin-off has brought on") or an alum was in ("The Silver
        Creek alum will play"), nor a work a person is known from ("We all know Vartan from
        Alias"), nor the earlier work of
        someone who made it ("from Taylor Sheridan, the creator of “Yellowstone”"), nor what
        a name is known for ("“1917” star Ana Lee", "Ana Lee of “1917”")."""
        masked = self.doc.masked
        bracketed = _in_brackets(
            masked, title, max(0, title.start - _BRACKET_REACH), title.end + _BRACKET_REACH
        )
        made = _MADE_BY.search(masked, max(0, title.start - 40), title.start)
        # "“Inventing Anna” cast member Rebecca Henderson", "Dean-Charles Chapman of “1917”",
        # "“The Good Place’s” Manny Jacinto"
        known = (
            (_STARRED.match(masked, title.end) and not self._opens_starring(title))
            or _OF_NAME.search(masked, max(0, title.start - _AHEAD), title.start)
            or (
                self.doc.inner(title).endswith(("’s", "'s")) and _NAME_NEXT.match(masked, title.end)
            )
            or _OWNS_NAME.match(masked, title.end)
            or _MAKER_NAMED.match(masked, title.end)
            or (
                _THE_BEFORE.search(masked, max(0, title.start - 5), title.start)
                and _STAR_NOUN.match(masked, title.end)
            )
        )
        # `Dolores "Dee" Marlowe`: a nickname quoted inside a name is no work.
        nickname = _NAME_BEFORE.search(
            masked, max(0, title.start - 30), title.start
        ) and _NAME_AFTER.match(masked, title.end)
        spun = _SPUN_OFF.match(masked, title.end) or _ALUM.match(masked, title.end)
        known = (
            known
            or _KNOWN_FROM_BEFORE.search(masked, max(0, title.start - 60), title.start)
            or _PAST_STAR_OF.search(masked, max(0, title.start - 60), title.start)
            or _SUCCESS_OF.search(masked, max(0, title.start - 60), title.start)
            or _COMES_FROM.search(masked, max(0, title.start - 20), title.start)
        )
        return (
            not (bracketed or made or known or nickname or spun)
            and self.doc.inner(title) not in self._franchises
        )

    def _opens_starring(self, title: Span) -> bool:
        """Tell whether a title opens its sentence and stars its cast (`Chronicles of Riddick:
        Dead Man Stalking stars Vin Diesel, Karl Urban`): the work of its credits, no
        credential of theirs."""
        return (
            self.doc.sentence_at(title.start).start == title.start
            and _STARS_VERB.match(self.doc.masked, title.end) is not None
        )

    def _sequel_of(self, title: str) -> FoundWork | None:
        """Return the untitled sequel of a work, if the article speaks of one (not the work
        itself, which a loose match of "Dexter sequel" would give)."""
        found = self.works.titled(sequel_title(title))
        return found if found is not None and found.title != title else None

    def _titles_in(self, sentence: Sentence, asides_too: bool = False) -> list[Span]:
        """Return the title spans of a sentence, leaving out those in relative clauses unless
        the credit itself sits in one ("Ada, who starred in “W”, ...")."""
        asides = [
            (m.start(), m.end())
            for m in _ASIDE.finditer(self.doc.masked, sentence.start, sentence.end)
            if not asides_too
        ]
        return [
            s
            for s in self._spans_in(sentence.start, sentence.end)
            if not any(a <= s.start < b for a, b in asides)
        ]

    def _spans_in(self, start: int, end: int) -> list[Span]:
        """Return the title spans that start inside ``start:end``."""
        first = bisect.bisect_left(self._title_starts, start)
        return self.title_spans[first : bisect.bisect_left(self._title_starts, end, first)]

    def people_out(self, cast: list[CastMember]) -> list[Person]:
        """The people the article describes; not the parts the cast plays ("Carmy Berzatto,
        the fine-dining chef"), which would be wrong answers of another kind."""
        out: list[Person] = []
        parts = [member.role for member in cast if member.role]
        for name, description, offset in credits.descriptions(self.doc, self.registry):
            if len(out) == MAX_FACTS:
                break
            if any(same_name(p.name, name) for p in out) or not tokens(description):
                continue
            if any(same_name(part, name) for part in parts):
                continue
            self.sources[f"people[{len(out)}]"] = self.sentence(offset)
            out.append(Person(name, description))
        return out

    def title(self, works: list[Work]) -> str:
        if works:
            return works[0].title
        first = self.doc.sentence_text(self.doc.sentences[0]) if self.doc.sentences else ""
        return _shorten(first, _TITLE_LENGTH) if tokens(first) else "Untitled article"


def _in_brackets(masked: str, title: Span, start: int, end: int) -> bool:
    """Tell whether a title sits in parentheses that open after ``start`` and close before
    ``end``, where news writing names an actor's other work: "Ana Lee (The Blacklist)", and
    inside them with more words too: 'Tom Hale (the “Glass House” films)', "Ana Lee (Rover,
    Glass House)"."""
    opened = masked.rfind("(", start, title.start)
    if opened < 0 or ")" in masked[opened : title.start]:
        return False
    return ")" in masked[title.end : end]


def _part_head(role: str | None) -> str | None:
    """The name a part begins with, which a title role's work begins with too (`Buffy` and
    Buffy Summers, `Malcolm in the Middle` and Malcolm); None for a short or lower-case one."""
    first = role.split()[0] if role else ""
    return first if len(first) > 3 and first[0].isupper() else None


def _follows(title: str, original: str) -> bool:
    """Tell whether a title names a sequel of another: "Now You See Me 2" by its number,
    "Dexter: New Blood" by a subtitle."""
    return title != original and (
        _NUMBERED.sub("", title) == original or title.startswith(f"{original}: ")
    )


#: Where a title that names its hero goes on past the name: "Malcolm in the Middle",
#: "Buffy the Vampire Slayer", "Dexter: New Blood".
_PAST_HERO = re.compile(r":|\s+(?:in|of|and|the|on|at|vs\.?|&|from|to|with)\b")


#: A job's title, which a person holds, not a part they play: `his role as UNICEF Ambassador`,
#: `joined the festival as Artistic Director`, `was great as MC`.
_JOB_ROLE = re.compile(
    at_word(
        r"\b(?:Ambassador|Director|Executive|Marshal|MC|CEO|Chair|Chairman|Chairwoman|Editor|"
        r"Producer|Presenter|Patron|Trustee|Founder|Commissioner|Controller|Head Boy|Head Girl|"
        # "with Laura Grecian as Choreographer": the show's makers
        r"Choreographer|Designer)$|"
        r"^Head of\b"
    )
)
#: Common nouns a title may open with that name no one: "Woman in Gold", "Queen of the South".
_NO_HERO = frozenset(
    """Man Woman Men Women Queen King Prince Princess Lady Lord Girl Boy Girls Boys Lady
    Mother Father Son Daughter Sister Brother Doctor Night Day House Home Heart Life Love
    Death Children Kids Wife Husband Friends Strangers Ghost Ghosts Star Stars""".split()
)


def _title_part(title: str) -> str:
    """Return the part "the title role" is: the hero a title opens with ("Malcolm" of
    "Malcolm in the Middle"), else the whole title ("Rosa Rising", "The Lantern")."""
    if title.split()[0] in ("The", "A", "An"):
        return title
    cut = _PAST_HERO.search(title)
    if cut is None or re.match(r"\s*(?:and|&|vs\.?)\b", title[cut.start() :]):
        return title  # "Dr. Jekyll and Mr. Hyde", "Juliet and Romeo": both heroes
    head = title[: cut.start()]
    # "Mary Queen of Scots", "Queen of the South", "Man on Fire": no hero's name
    return head if " " not in head and head not in _NO_HERO else title


def _earlier_role(cast: list[CastMember], person: str, alias: str) -> str | None:
    """Return the part "returned as the empress" means: one the person played before."""
    for member in reversed(cast):
        if member.role and same_name(member.person, person) and alias in tokens(member.role):
            return member.role
    return None


@dataclass
class _Budget:
    """The seconds one extraction may take, checked between its steps.

    Each step is linear in the text, so a step ends soon after the budget runs out: a web
    request gives up on a slow article instead of holding its worker.
    """

    seconds: float | None
    started: float = field(default_factory=time.monotonic)

    def check(self) -> None:
        """Raise ExtractionTooSlow once the budget is spent."""
        if self.seconds is not None and time.monotonic() - self.started > self.seconds:
            raise ExtractionTooSlow(
                f"reading the article took over {self.seconds:g} s; paste a shorter part of it"
            )


def _with_headline(text: str, title: str | None) -> str:
    """The text with the title given apart as its first line, unless it begins so already.

    A host who types the headline in the title field and pastes only the story would
    otherwise hide from the rules what a headline tells: `A Walk Among the Tombstones
    review`, `'Supernatural' Panelists Tout Season 11`. The line break matches the text's
    own, so its paragraphs stay as they were.
    """
    headline = title.strip() if title else ""
    if not tokens(headline) or text.lstrip().startswith(headline):
        return text
    return headline + ("\n\n" if re.search(r"\n[ \t]*\n", text) else "\n") + text


def extract(
    text: str,
    *,
    title: str | None = None,
    published: DateValue | datetime.date | None = None,
    seconds: float | None = None,
) -> Extraction:
    """Read the facts of a news article so a host need not type them.

    :raise ArticleTooLong: the text is longer than ``MAX_ARTICLE_CHARS``.
    :raise ExtractionTooSlow: reading took longer than ``seconds`` (None: no limit).
    """
    budget = _Budget(seconds)
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleTooLong(
            f"the article has {len(text):,} characters; at most {MAX_ARTICLE_CHARS:,} are read"
        )
    # Facts refuse NUL (no database stores it), and no article means one: drop it.
    text = text.replace("\x00", "")
    title = title.replace("\x00", "") if title else title
    pub = _date_value(published)
    build = _Builder(_with_headline(text, title), pub)
    budget.check()
    works = build.works_out()
    cast = build.cast_out(works)
    budget.check()
    quotes = build.quotes_out(cast)
    budget.check()
    events = build.events_out(works, {c.person for c in cast} | {q.speaker for q in quotes})
    people = build.people_out(cast)
    budget.check()
    name = title.strip() if title and tokens(title) else build.title(works)
    facts = ArticleFacts(
        article=Article(name, published=pub),
        works=tuple(works),
        cast=tuple(cast),
        people=tuple(people),
        events=tuple(events),
        quotes=tuple(quotes),
    )
    return Extraction(facts, build.sources)
