"""Paragraphs, sentences and quoted spans of an article, with quoted words masked out."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: Replaces quoted words in the masked text, so rules on the narration never read a quote.
FILL = "_"
_OPEN, _CLOSE, _STRAIGHT = "“", "”", '"'
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr vs mt no inc co lt gen sen rep gov prof dept est approx "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    # the ranks a part's name may take: `Det. Phil Fish`, `Sgt. Pepper`
    "det sgt capt insp supt cpl col rev".split()
)
#: A date as a page stamps it: "May 2, 2016", "2nd May 2016", "02/05/2016", with its time.
#: An hour of the day, with its zone: "12:18 pm IST".
_CLOCK = r"\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?"
_STAMP_DATE = (
    r"(?:[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\.?,? \d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    # its time, with its offset from UTC and its zone: "7:31 PM +00:00 UTC"
    r"(?:,? (?:at )?\d{1,2}[:.]\d\d(?::\d\d)?(?: ?[ap]\.?m\.?)?(?: ?[+-]\d\d:?\d\d)?"
    r"(?: [a-z]{2,4})?)?"
)
#: What a page's stamp puts around its date: its byline ("Written by: Ada Wren |", "Ada Wren ·",
#: "By AdaWren - ")
#: or what it marks ("Last modified:"), a weekday ("Tue"), then its time, zone, outlet, author
#: and reading time: "Jun 20, 2023 / 9:52 AM / CBS News", "Posted on 06/20/2023 by Ada Moss".
_STAMP = (
    # ("by on April 18, 2012": the author's link lost on copy)
    # ("By : Diella Yasmine | on 2:54 PM January 23, 2017", "DW staff (dc)February 19, 2005")
    r"(?:(?:written )?by ?:? (?:[^|•,]{1,60}(?:[|•,]| on| [-–—]) ?|on )|"
    r"(?-i:[A-Z]{2,4}) staff \(\w+\)\s*|"
    r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})\s*[•·|]\s*|"
    # "Su Jin Jang, July 27, 2016, 9:47 a.m.": a writer's name, then the day and its hour
    r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}),\s*"
    r"(?=[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4},? (?:at )?\d{1,2}[:.]\d\d)|"
    # "Updated Date: Sep 16, 2019 17:41:13 IST", a blog's "Reviewed on Friday 16th September
    # 2016"
    r"(?:last )?(?:updated|posted|modified|first published|published|publish|reviewed|dateline)"
    r"(?: on| date)?:? )?"
    # ("02:46, Jul 19 2014", "Sun | Jan 24, 2021", "| May 14, 2017")
    r"(?:[|•·]\s*)?(?:on )?(?:\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?,? )?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?:,| \|)? )?"
    rf"(?:{_STAMP_DATE}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b.*)"
    # ("Sat, 26 May 2018 - 02:30 GMT")
    r"(?:\s*[•·|/-]\s*\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?"
    r"(?:\s*[•·|/]\s*(?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}))?"
    # its author, or "by" alone where the page's link to the author was lost: "May 2, 2016 by"
    r"(?: by(?: (?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}))?)?"
    # the day or the hour it was updated: "July 8, 2014 Updated: July 18, 2015", "June 21,
    # 2023 12:18 pm | Updated 12:18 pm IST"
    rf"(?:\s*[•·|]?\s*(?:last )?(?:updated|modified)(?: on)?:? (?:{_STAMP_DATE}|{_CLOCK}))?"
    r"(?:\.|\s*[•·|]?\s*\d+\s*min(?:ute)?s?\s+read)?"
)
#: A name in a photo's caption: capitalised words, an initial ("Scott M. Gimple").
_CAPTION_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"
#: A photo's credit ending a line: "(Photo: Getty)", "(Pictures: AAP Image/Ten)".
_CREDIT_END = r"\((?:Picture|Photo|Image|Credit)s?:[^)]*\)$"
#: Lines a web page puts around the story: share buttons, link lists, captions, notices.
_NOISE = re.compile(
    r"^(?:-\s*)?Published(?![a-z])|^(?:Leave a comment|Share|Share this|Tweet|Email|Comments?|"
    r"Advertisement|Related|Read more|Continue [Rr]eading|Sign up\b.*|Subscribe)$|"
    # a photo's credit: "(Photo: Getty)", the caption before it too (one that is a sentence
    # keeps its words, see _PHOTO_CREDIT); a line of its own when it names who took it,
    # "(Photo by Ada Wren/Getty Images, 2023)", not the end of a sentence of the story: "Wren
    # attended the premiere on May 3. (Photo by ...)"
    + _CREDIT_END
    + r"|"
    r"^\((?:Picture|Photo|Image)s?(?: by| courtesy)\b[^)]*\)$|"
    # or a line of credits: "Image Credit: Howard Wise/JPI", "Credit: ABC (2), Getty", "Pic:
    # Rex"
    r"^(?:(?:Picture|Photo|Image) )?Credits?:\s.*$|^Pics?:\s[^.!?]{1,40}$|"
    # a link to another story, its headline after a colon: "Read more: Star quits soap",
    # "PHOTOS: Stars visit Comic-Con"
    r"^(?:Read more|Read also|Also read|See also|Recommended)\s*:\s.*$|"
    # or a headline (no sentence's stop at its end): "PHOTOS: Stars visit Comic-Con 2013"
    r"^(?:Related|Photos?|Videos?|Watch)\s*:\s.*[^.!?”\"\s]$|"
    # a spoiler warning: "Warning: Spoiler alert! Do not proceed if you have not watched it."
    r"^(?:warning:\s*)?spoilers?(?: alert| ahead| warning)?\b[!.:].*$|^warning:.*\bspoilers?\b.*$|"
    # an archive's notice, told from the day it is read: "This was published 10 years ago"
    r"^This is an archived article\b|^This (?:article |story )?was (?:first )?published .* ago$|"
    r"^\*[^*]+\*$|^A post shared by\b|"
    # a photo's credit alone, "Diyah Pera/The CW", "Getty Images"; an image's file name as
    # a caption, "Supernatural S10E10 Still - H 2015"
    r"(?-i:^(?:Photo:? )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}/(?:The )?[A-Z][\w&.'-]*"
    r"(?: [A-Z][\w&.'-]*){0,2}$|\s-\s(?:[A-Z][a-z]+\s-\s)?H\s\d{4}\b)|^getty images$|"
    # an embedded post's signature, "— Ada Wren (@adawren) June 25, 2019"; a dateline alone,
    # after its weekday, its byline or an update's stamp: "Sunday, May 2, 2016", "Written by:
    # Ada Wren | May 2, 2016", "Updated on May 2, 2016 at 10:15 am", "First published on May
    # 2, 2016.", "May 2, 2016 · 3 min read"
    r"(?:^|\s)[—–-]\s*[^()—–]{1,60}\(@\w+\)|"
    rf"^{_STAMP}$|"
    # an update's stamp without its year: "Last updated May 3."
    r"^(?:last )?(?:updated|posted|modified|published)(?: on)?:? [a-z]{3,9}\.? \d{1,2}"
    r"(?:st|nd|rd|th)?\.?$|"
    # an archive's dated section heading: "----- October 31, 2018 -----"
    rf"^[-=*~]{{2,}}\s*{_STAMP_DATE}\s*[-=*~]{{2,}}$|"
    # a photo's caption, who is in it and the day it was taken: "Ada Wren & Ben Gale - May
    # 2, 2016"; names only, so a dated line of a timeline ("They marry – May 2, 2016") stays
    rf"(?-i:^{_CAPTION_NAME}(?:(?:, | & | and ){_CAPTION_NAME})* [-–—] )(?i:{_STAMP_DATE})$|"
    # or who is in it, with whom, where or when, and no verb: "Dawn with former co-star Kevin
    # Kennedy in 2008"
    r"(?-i:^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} with (?:[a-z-]+ ){0,3}"
    rf"{_CAPTION_NAME} (?:in|at) [^.!?]{{1,40}})$",
    re.IGNORECASE,
)
#: An embedded post's signature, "Soon — Ada Wren (@adawren) June 25, 2019" ending its line or
#: "A post shared by Ada Wren (@adawren) on Jun 25, 2019 at 10:02am PDT": who posted, and when.
_POST = re.compile(
    r"(?:^|\s)[—–-]\s*(?P<author>[^()—–]{1,60}?)\s*\(@\w+\)\s*(?P<date>[^()]{1,40})$|"
    r"^A post shared by (?P<sharer>[^()]{1,60}?)\s*\(@\w+\) on (?P<shared>[^()]{1,40})$"
)
#: Longer than any sentence of news writing (the real corpus's longest is under 900).
MAX_SENTENCE_CHARS = 1000
#: Longer than any word an abbreviation check reads before a full stop.
_WORD_REACH = 40
#: A sentence run into the next with no space: `the sequel.During`.
_RUN_ON = re.compile(r"(?<=[a-z]{2})([.!?])(?=[A-Z][a-z])")
_MARKS = re.compile("[“”\"‘']")
_BOUNDARY = re.compile(r"[.!?][”\"’')\]]*\s+(?=[“\"‘(\[]|[A-Z0-9])")


@dataclass(frozen=True)
class Span:
    """Words between a pair of double quote marks; ``inner`` excludes the marks."""

    start: int
    end: int
    para: int
    #: The quote ran to the end of its paragraph and the next paragraph reopened it.
    continues: bool = False

    @property
    def outer(self) -> tuple[int, int]:
        """Return the offsets including the quote marks."""
        return self.start - 1, self.end + 1


@dataclass(frozen=True)
class Sentence:
    """One sentence of narration, possibly holding whole quotes."""

    start: int
    end: int
    para: int


@dataclass(frozen=True)
class Post:
    """A post the page embedded, known by its signature, which is no line of the story."""

    #: How many paragraphs of the story come before it.
    after: int
    author: str
    #: When it was posted, as the signature writes it.
    date: str
    #: Its words, when the page gave them on the signature's line.
    words: str


@dataclass(frozen=True)
class Document:
    """The article split up once, shared by every rule."""

    text: str
    masked: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[Sentence, ...]
    spans: tuple[Span, ...]
    posts: tuple[Post, ...] = ()

    def sentence_at(self, offset: int) -> Sentence:
        """Return the sentence holding ``offset`` (the last one when past the end)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]

    def sentence_text(self, sentence: Sentence) -> str:
        """Return the sentence as written, quotes included."""
        return self.text[sentence.start : sentence.end].strip()

    def inner(self, span: Span) -> str:
        """Return the words of a span."""
        return self.text[span.start : span.end].strip()


def paragraphs_of(raw: str) -> list[str]:
    """Split on blank lines, or on every line break when the text has no blank lines.

    Lines a web page adds around the story (share buttons, "- Published 28 April 2014" link
    lists, photo captions, a caption repeated) are dropped, and quote marks are tidied, so the
    rules read the story the way they read the team's own writing.
    """
    return _read(raw)[0]


#: A line of a box of facts about a film: `Director: Yvan Attal`, `Starring: A, B`; each is a
#: paragraph of its own even in a block of lines, so that no name runs on into the next label.
INFO_LABEL = re.compile(
    r"(?:Starring|Cast|Director|Directed by|Written by|Genre|Rated|Running time|Runtime|"
    # a trade paper's boxes under each show: `Authors: A (book)`, `Cast includes: A, B`
    r"Cast includes|Directors|Director/choreographer|Authors?|"
    r"Release [Dd]ate|Movie|Film|Rating|Music|Cinematography|Editing|Producers?|"
    r"Written and directed by|Creators?|Created by|Length|"
    # a weekend chart's entry: `Gross: $139,500,000 (new)`, `Screens: 4,061`, `Weeks: 1`
    r"Gross|Screens|Weeks|"
    # a production list's lines: `Writers: A, B`, `Network: Seven`
    # (the label run into its first name on a blog's box: `Director:Anil.C.Menon`)
    r"Writers?|Network):(?: |(?=[A-Z]))|"
    # and its producer's line with no colon, its name alone: `Produced by Revlover Films`
    r"Produced by(?: [A-Z][^,.\n]*)?(?=\n|$)"
)
_INFO_LINE = re.compile(rf"\n(?={INFO_LABEL.pattern})")
#: A box's cast line of one-word names too, as Indian reviews bill their stars: `Cast: Vishal,
#: Prasanna, Anu Emmanuel and others`; its label makes each capitalised name a person's.
#: A blog's box may write a surname in lower case and end on a comma, or on ", and" before the
#: last name: `Cast: Suresh gopi,Laya, ... Chaly Pala,`, `Krishna Prasad, and Ram Mohan`.
_BOX_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*| [a-z][\w’'-]+(?=\s*,)){0,3}"
_CAST_BOX = re.compile(
    r"(?:Cast|Starring)\s*:\s+"
    rf"(?P<names>{_BOX_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_BOX_NAME})+)"
    r"(?:,?\s+(?:and|&)\s+others|,?\s+etc\.)?[.,]?"
)
_CAST_BOX_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def billed_cast(masked: str, start: int, end: int) -> list[str]:
    """The names of the box's cast line that is ``masked[start:end]``, or none; each word
    capitalised, as a blog's box may write a surname in lower case (`Suresh gopi`)."""
    line = _CAST_BOX.fullmatch(masked, start, end)
    names = _CAST_BOX_SEP.split(line["names"]) if line else []
    return [" ".join(word[0].upper() + word[1:] for word in name.split()) for name in names]


#: A bulleted line: an item of a round-up's list, a paragraph of its own ("  • Ada Lee (Rover)
#: has joined ... \n  • Tom Hale will play ..."), whose "He will play" is its own item's.
_BULLET_LINE = re.compile(r"\n(?=[ \t]*[•▪●][ \t]+\S)")


def _read(raw: str) -> tuple[list[str], list[Post]]:
    """Return the paragraphs of the story and the dated posts the page embedded among them."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n[ \t]*\n", text) if re.search(r"\n[ \t]*\n", text) else text.split("\n")
    out: list[str] = []
    posts: list[Post] = []
    if blocks:
        blocks[0] = _DATELINE.sub("", blocks[0])
    blocks = [part for block in blocks for part in _INFO_LINE.split(block)]
    items = [
        item
        for n, block in enumerate(blocks)
        for lines in _line_paragraphs(block)
        for line in (_heading_split(_unstamped(lines)) if n else [_unstamped(lines)])
        for item in _BULLET_LINE.split(line)
    ]
    for block in items:
        words = _PHOTO_CREDIT.sub("", _IMAGE_TAG.sub("", " ".join(block.split())))
        para = _unlinked(tidy_quotes(_IMAGE_NAME.sub("", words).strip()))
        if not para or _NOISE.search(para) or _CAPTION_SOURCE.fullmatch(para):
            post = _POST.search(para)
            if post is not None:
                words = para[: post.start()].strip()
                # a signature on a line of its own signs the post's words on the line before
                if not words and out and len(out[-1]) <= _POST_CHARS:
                    words = out[-1]
                author, date = post["author"] or post["sharer"], post["date"] or post["shared"]
                posts.append(Post(len(out), author, date, words))
        elif not out or para != out[-1]:
            out.append(para)
    return out, posts


#: A photo's credit after a caption that is a sentence: `Kylie Minogue as Charlene in
#: ‘Neighbours’. (Photo: AAP Image/Ten)`; the sentence is the story's to read, the credit is
#: not.
_PHOTO_CREDIT = re.compile(r"(?<=[.!?”\"’'])\s*" + _CREDIT_END)
#: An image a copied page keeps as markup, its address and its alternative text: `<image>data:
#: image/s3, "s3://..." alt="Çağatay Ulusoy"</image>`; the caption after it is the page's.
_IMAGE_TAG = re.compile(r"<image>[^<]{0,2000}</image>")
#: An image's file name run into the words after it, as a copied page gives it:
#: "Annihilation_by_jeff_vandermeerNatalie Portman is in talks", "xmen_apocalypseLucas Till".
#: Bounded, so a page of underscores is read in linear time.
_IMAGE_NAME = re.compile(r"(?<!\S)[\w.-]{0,80}?_[\w.-]{0,80}?(?=[A-Z][a-z])")


#: An embedded post's picture link and the date run into it: "... and Billie Piper!
#: pic.twitter.com/v6nX6eLPP8May 7, 2024".
_PICTURE_LINK = re.compile(r"\s*\bpic\.twitter\.com/\S*(?:\s+\S+){0,2}\s*$")


#: The most characters of a post, with a little room for the page's emoji and spacing.
_POST_CHARS = 320
#: The fewest words of an embedded post the story reads as one of its sentences.
_POST_WORDS = 6
_SENTENCE_END = (".", "!", "?", "”", '"')


def _unlinked(para: str) -> str:
    """Return an embedded post's words without its picture link: a sentence a show's account
    posts ("our cast, now including A and B!") is the story's to read; a word or two ("Soon")
    is not, and a post signed by its author stays whole, to be read as theirs."""
    link = _PICTURE_LINK.search(para)
    if link is None or _POST.search(para):
        return para
    words = para[: link.start()]
    return words if len(words.split()) >= _POST_WORDS and words.endswith(_SENTENCE_END) else ""


#: A page's stamp opening the text, its date as a machine writes it: "date 2022-07-18 “Central
#: Park” will return"; the headline after it is the story's, the stamp no event of it.
_DATELINE = re.compile(r"^\s*date:?\s+\d{4}-\d\d-\d\d(?:[T ][\d:.]+Z?)?\s+", re.IGNORECASE)


#: A list item of nothing but a date: the page's stamp among its byline's items.
_STAMP_LINE = re.compile(
    # "• Publish Date: June 12, 2015"
    r"[•·]\s*(?:(?:publish(?:ed)?|updated|posted)(?: date| on)?:?\s*)?"
    rf"(?:[a-z]+day,? )?{_STAMP_DATE}",
    re.IGNORECASE,
)
#: A line of a page's stamp that is more than a date: "Jun 20, 2023 9:52 AM PDT", "3 minute
#: read".
_STAMP_PART = re.compile(rf"{_STAMP}|\d+\s*min(?:ute)?s?\s+read", re.IGNORECASE)
#: A date alone, which may be a wrapped sentence's end: "will start filming on / May 2, 2016."
_BARE_DATE = re.compile(
    r"(?:[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\.?,? "
    r"\d{4})\.?",
    re.IGNORECASE,
)


#: The most words of a section's heading set on the line right above its paragraph, and the
#: fewest words of that paragraph's first line.
_HEADING_WORDS = 6
#: A section's heading over an item's heading may be longer.
_SECTION_WORDS = 10
_FIRST_LINE_WORDS = 12


#: The fewest lines of a block that sets a paragraph, a heading or a caption on each line, and
#: the fewest of them that end a sentence.
_LINE_BLOCK = 3
_STOPPED_LINES = 2
#: The most words of a line that is a heading: `All My Sons, Wyndham’s Theatre`.
_HEADING_LINE_WORDS = 6
#: A block of lines this short each is a list of labels, never a wrapped paragraph.
_LABEL_LINE_WORDS = 4


def _line_paragraphs(block: str) -> list[str]:
    """Split a block whose lines are paragraphs of their own (headings, captions, paragraphs
    between blank lines elsewhere on the page): two of its lines end a sentence, and half or
    more end one or are as short as a heading, which a wrapped paragraph's lines, long and
    ending mid-sentence, are not."""
    lines = block.strip().split("\n")
    stopped = sum(line.rstrip().endswith(_SENTENCE_END) for line in lines[:-1])
    short = sum(len(line.split()) <= _HEADING_LINE_WORDS for line in lines[:-1])
    # a show's lines: "American Idiot", "Arts Theatre", a rating (not a byline's bulleted
    # lines, "• Wire Desk", "• 26 April 2013", which run into the caption after them)
    labels = [line for line in lines if not _stamp_line(line.strip())]
    if (
        len(labels) > 1
        and all(len(line.split()) <= _LABEL_LINE_WORDS for line in labels)
        and not any(line.lstrip().startswith("•") for line in lines)
    ):
        return lines
    if (
        len(lines) < _LINE_BLOCK
        or stopped < _STOPPED_LINES
        or 2 * (stopped + short) < len(lines) - 1
    ):
        return [block]
    return lines


def _heading_split(block: str) -> list[str]:
    """Split off a section's heading set right above its paragraph (`Finding Dory` then `The
    studio confirmed that ...` on the next line): past the page's first block, a short first
    line with no closing mark over a long line of sentences, which no wrapped paragraph has
    (its first line is as long as the next). A section's heading may stand over an item's
    (`A new cast of characters for Home and Away` over `As Hailey Pinto, Abigail Fowler`)."""
    head, newline, rest = block.strip().partition("\n")
    if _open_line(head) and ":" not in head and len(head.split()) <= _SECTION_WORDS:
        inner = _one_heading(rest)
        if len(inner) > 1:
            return [head, *inner]
    return _one_heading(block)


def _open_line(line: str) -> bool:
    """Tell whether a line ends with no closing mark, as a heading does."""
    return not line.rstrip().endswith((".", ",", ";", ":", "!", "?", '"', "”", ")"))


def _one_heading(block: str) -> list[str]:
    """Split off the first line of a block when it is a heading over its paragraph."""
    head, newline, rest = block.strip().partition("\n")
    first_line = rest.split("\n", 1)[0].strip()
    if (
        newline
        and _open_line(head)
        and len(head.split()) <= _HEADING_WORDS
        and len(first_line.split()) >= _FIRST_LINE_WORDS
        and first_line[:1].isupper()
        and first_line.endswith((".", "!", "?", '"', "”"))
    ):
        return [head, rest]
    return [block]


def _unstamped(block: str) -> str:
    """Drop the lines of a block that are a page's stamp: one listed with its byline and run
    into the lines after it ("• Bang Showbiz", "• 26 April 2013", a photo's caption; "Joel
    Searls", "Jun 20, 2023 9:52 AM PDT", "3 minute read") is no sentence of the story, and its
    date no event of it. A date alone on a line with no bullet may be a sentence's, wrapped."""
    lines = block.split("\n")
    if len(lines) == 1:
        return block
    return "\n".join(line for line in lines if not _stamp_line(line.strip()))


#: A photo's caption with its source, a line of its own: "2024 SCAD Savannah Film Festival -
#: Source: Getty"; no sentence ends inside it.
_CAPTION_SOURCE = re.compile(r"(?:(?![.!?](?:\s|$)).){1,160} [-–—] Source: [A-Z][\w .&/-]{0,40}")


def _stamp_line(line: str) -> bool:
    """Tell whether a line of a block is a stamp: a bulleted date, a stamp that says more
    than a date (a time, a byline, a reading time), or a photo's caption with its source."""
    return bool(
        _STAMP_LINE.fullmatch(line)
        or (_STAMP_PART.fullmatch(line) and not _BARE_DATE.fullmatch(line))
        or _CAPTION_SOURCE.fullmatch(line)
    )


#: An opening single mark inside a word is an apostrophe a page mistyped: `Daniel Kyri‘s`;
#: so is a double mark before a contraction's end, where a page's encoding lost the
#: apostrophe: `the Festival"s third edition`, `We"re just getting started`; and one ending a
#: word is a closing mark mistyped: `‘The Tale of Halloween‘ is`; a prime after a year is
#: its possessive's apostrophe.
_MISTYPED_APOSTROPHE = re.compile(
    # (a closing double mark too, as a page's encoding may have it: `he”s`, `I”ve`)
    r"(?<=[A-Za-z])(?:‘(?=[a-z])|[\"”](?=(?:s|re|t|ll|ve|d|m)\b))|(?<=[\w.!?])‘(?=[\s,.;:!?)]|$)"
    # a possessive typed apart from its name: `Lion Heart is Genevieve ‘s debut`
    r"|(?<=[A-Za-z] )‘(?=s\s)"
    # a year's possessive typed with a prime: `1968′s Barbarella`
    r"|(?<=\d)′(?=s\b)"
)

#: An opening double mark ending a word is a closing one mistyped: `after “Temperature of
#: Love“).`
_MISTYPED_CLOSE = re.compile(r"(?<=[\w.!?])“(?=[\s,.;:!?)]|$)")


def tidy_quotes(para: str) -> str:
    """Write every quotation as double marks with a space outside them.

    Wire copy runs sentences together (`it."Dwayne`), some outlets quote with two apostrophes
    (`''so excited''`) and British ones with single marks (`‘I’m very happy`), which the
    rules would otherwise read as narration.
    """
    para = _MISTYPED_APOSTROPHE.sub("’", para.replace("''", '"'))
    para = _MISTYPED_CLOSE.sub("”", para)
    if para.count(_OPEN) > 1:
        para = _inner_doubles(para)
    if para[:1] in ("”", "’"):
        para = "“" + para[1:]
    if "‘" in para or " '" in para or para.startswith("'"):
        para = _singles(para)
    para = _RUN_ON.sub(r"\1 ", para)
    if _STRAIGHT not in para:
        return para
    pieces = para.split(_STRAIGHT)
    out = [pieces[0]]
    for n, piece in enumerate(pieces[1:]):
        opening = n % 2 == 0
        if opening and out[-1][-1:] in (".", ",", ";", ":", "!", "?"):
            out.append(" ")
        out.append(_STRAIGHT)
        out.append(" " + piece if not opening and piece[:1].isalnum() else piece)
    return "".join(out)


def _inner_doubles(para: str) -> str:
    """Write a quote inside a quote in single marks: `“Thinking, “what if he was killed?” It
    put me in a bad place.”` is one quote, not one closed at "killed?".

    An opening mark inside an open quote nests only where enough closing marks follow to close
    both; `“I love it, she said. “It was great.”` has one, a mark mistyped, and is read as
    written.
    """
    chars = list(para)
    closes_after = para.count(_CLOSE)
    opens_after = para.count(_OPEN)
    depth = 0
    for i, char in enumerate(para):
        if char == _OPEN:
            opens_after -= 1
            if depth == 0:
                depth = 1
            elif closes_after > opens_after + depth:
                chars[i], depth = "‘", depth + 1
        elif char == _CLOSE:
            closes_after -= 1
            if depth > 1:
                chars[i] = "’"
            depth = max(depth - 1, 0)
    return "".join(chars)


def _singles(para: str) -> str:
    """Turn single quote marks that stand outside double ones into double marks.

    An opening mark starts a word; its closing mark ends one (`isn’t` and `Jolie’s` are
    apostrophes). A straight mark needs both, unless a colon announces it (`She added: 'I'm
    ...`); a curly opening mark may run to the paragraph's end, as a quote continued in the
    next paragraph does.
    """
    chars = list(para)
    closers = _Closers(para)
    inside = False
    skip_to = -1
    for m in _MARKS.finditer(para):
        i, char = m.start(), m.group()
        if i <= skip_to:
            continue
        if char in (_OPEN, _CLOSE, _STRAIGHT):
            inside = char == _OPEN or (char == _STRAIGHT and not inside)
        elif not inside and _word_start(para, i):
            close = closers.after(i + 1, char)
            if close is not None or char == "‘" or para[:i].rstrip().endswith(":"):
                chars[i] = _OPEN
                if close is not None:
                    chars[close] = _CLOSE
                    skip_to = close
    return "".join(chars)


def _word_start(para: str, i: int) -> bool:
    before = para[i - 1] if i else " "
    after = para[i + 1 : i + 2]
    return (before.isspace() or before in "([—–-") and bool(after) and not after.isspace()


class _Closers:
    """Where a single quote opened at some point closes, found by bisection so that a page of
    unclosed marks is read in linear time rather than scanned once per mark."""

    def __init__(self, para: str) -> None:
        #: Double marks that open a quote: a single one cannot close past them.
        self.stops = [i for i, c in enumerate(para) if c in (_OPEN, _STRAIGHT)]
        self.ends = {
            mark: [m.start() for m in re.finditer(mark, para) if _ends(para, m.start())]
            for mark in "’'"
        }

    def after(self, start: int, opener: str) -> int | None:
        """Return where the single quote opened before ``start`` closes, if in this paragraph."""
        ends = self.ends["’" if opener == "‘" else "'"]
        n = bisect.bisect_left(ends, start)
        if n == len(ends):
            return None
        stop = bisect.bisect_left(self.stops, start)
        if stop < len(self.stops) and self.stops[stop] < ends[n]:
            return None
        return ends[n]


def _ends(para: str, j: int) -> bool:
    """Tell whether the mark at ``j`` can close a quote: it ends a word."""
    if j == 0 or para[j - 1].isspace():
        return False
    after = para[j + 1 : j + 2]
    return not after or not after.isalnum()


def _spans(text: str, start: int, para: int) -> tuple[list[Span], bool]:
    """Find quoted spans in one paragraph; the flag says a quote was left open at its end."""
    spans: list[Span] = []
    opened: int | None = None
    for i, char in enumerate(text):
        if opened is None and char in (_OPEN, _STRAIGHT):
            opened = i + 1
        elif opened is not None and char in (_CLOSE, _STRAIGHT):
            spans.append(Span(start + opened, start + i, para))
            opened = None
    if opened is not None:
        spans.append(Span(start + opened, start + len(text), para))
        return spans, True
    return spans, False


def _unopened_tail(text: str, start: int, para: int) -> Span | None:
    """The words a paragraph opens with up to a closing curly mark, no opening mark before
    it: the rest of a quote the paragraph before left open (`“Yes. I stopped ...` then `Let
    me say ... act well.”`)."""
    first = next((i for i, char in enumerate(text) if char in (_OPEN, _CLOSE, _STRAIGHT)), None)
    if first is None or first == 0 or text[first] != _CLOSE:
        return None
    return Span(start, start + first, para)


#: An opening bracket not yet closed before a mark: the mark is inside the brackets.
_INSIDE_BRACKETS = re.compile(r"\([^()]*$")


#: A pronoun opening a sentence, which no saint's name is.
_PRONOUN_NEXT = re.compile(r"\s*(?:He|She|They|It|We)\s")


def _split_sentences(masked: str, start: int, end: int, para: int) -> list[Sentence]:
    out: list[Sentence] = []
    begin = start
    for match in _BOUNDARY.finditer(masked, start, end):
        # The word before the mark, read from a short window: a long run of abbreviations
        # must not make every check reread the sentence from its start.
        window = masked[max(begin, match.start() - _WORD_REACH) : match.start() + 1]
        word = re.search(r"([\w.]+)[.!?]$", window)
        if masked[match.start()] in "!?" and _INSIDE_BRACKETS.search(window):
            continue  # "(BOOP! The Musical) as John": a title's mark inside brackets
        if masked[match.start()] == "." and word is not None:
            stem = word.group(1)
            # An initial ("J. Smith") ends no sentence; a day ("premieres Nov. 7. The") does.
            initial = len(stem) == 1 and not stem.isdigit()
            # a street's "St." ends one before a pronoun: "at 120 E. Washington St. He plays"
            street = stem.lower() == "st" and _PRONOUN_NEXT.match(masked, match.end())
            if ("." in stem or initial or stem.lower() in _ABBREVIATIONS) and not street:
                continue
        out.extend(_bounded(masked, begin, match.end(), para))
        begin = match.end()
    out.extend(_bounded(masked, begin, end, para))
    return out


def _bounded(masked: str, start: int, end: int, para: int) -> list[Sentence]:
    """Cut a run-on "sentence" longer than any real one at its last semicolon in reach, else
    at a space, every rule reading a sentence at a time, so that text with no full stops
    costs no more than text with them; a list of works split by semicolons ("starring A;
    the thriller X, starring B") is cut between its clauses, not inside one."""
    out: list[Sentence] = []
    while end - start > MAX_SENTENCE_CHARS:
        lo, hi = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
        cut = masked.rfind("; ", lo, hi)
        cut = cut + 2 if cut > 0 else masked.rfind(" ", lo, hi) + 1
        cut = cut if cut > 0 else hi
        out.append(Sentence(start, cut, para))
        start = cut
    out.append(Sentence(start, end, para))
    return out


def parse(raw: str) -> Document:
    """Split ``raw`` into paragraphs, quoted spans and sentences."""
    paragraphs, posts = _read(raw)
    text = "\n\n".join(paragraphs)
    bounds: list[tuple[int, int]] = []
    spans: list[Span] = []
    offset = 0
    left_open = False
    for index, para in enumerate(paragraphs):
        found, still_open = _spans(para, offset, index)
        tail = _unopened_tail(para, offset, index) if left_open and spans else None
        if tail is not None:
            # the quote left open goes on here with no opening mark, to the closing one
            found, still_open = _spans(para[tail.end - offset + 1 :], tail.end + 1, index)
            found.insert(0, tail)
        if left_open and spans and (para[:1] in (_OPEN, _STRAIGHT) or tail is not None) and found:
            last = spans.pop()
            spans.append(Span(last.start, last.end, last.para, continues=True))
        spans.extend(found)
        left_open = still_open
        bounds.append((offset, offset + len(para)))
        offset += len(para) + 2
    pieces: list[str] = []
    done = 0
    for span in spans:
        pieces.append(text[done : span.start])
        pieces.append(re.sub(r"[^\n]", FILL, text[span.start : span.end]))
        done = span.end
    pieces.append(text[done:])
    masked = "".join(pieces)
    # Sentences end inside quote marks too: `the creator of "Yellowstone." She is`; the
    # splitter reads the masked text with each quote's closing full stop shown. Not "!" or
    # "?": `"Why not?" Ada Lee asked.` is one sentence.
    ends = list(masked)
    for span in spans:
        stop = span.end - 1
        if span.end > span.start and text[stop] == "." and not span.continues:
            ends[stop] = text[stop]
    cuts = "".join(ends)
    sentences: list[Sentence] = []
    for index, (start, end) in enumerate(bounds):
        sentences.extend(_split_sentences(cuts, start, end, index))
    if not sentences:
        sentences.append(Sentence(0, 0, 0))
    return Document(text, masked, tuple(bounds), tuple(sentences), tuple(spans), tuple(posts))
