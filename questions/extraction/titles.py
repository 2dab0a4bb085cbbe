"""Titles of works written without quote marks, found by the words around them.

Published articles set titles in italics, which copying the text loses: `the 2018 dark comedy
A Simple Favor`, `to star in Pirates of the Caribbean 5`, `Ocean's 8 star Awkwafina`. A run
of capitalised words is a title only where a cue says so (a kind of work before it, a part
played "in" it, "star" or "fans" after it); every later use of the same words is then the
same title too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..facts.model import MONTHS, WEEKDAYS
from .characters import character_names, part_heading
from .leads import at_word
from .lexicon import (
    HEADLINE_LABEL,
    HONORIFIC,
    INDUSTRIES,
    NATIONALITIES,
    PARTICLE,
    ROLE_NOUNS,
    WORK_ABOUT,
    WORK_KINDS,
    given_name,
    is_full_name,
    is_leading_word,
    publications,
)
from .native import native_heading
from .press import PRESS_CREDITS, press_items, press_notes
from .speech import SPEECH_VERBS
from .text import INFO_LABEL, Document, Span
from .works import MAX_WORKS

#: A capitalised word or number, or a title's abbreviation with its full stop (`Mr. Robot`).
_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|St)\.|[A-Z0-9À-ÖØ-Þ][\w’'!*-]*)"
#: Small words a title keeps in lower case between capitalised ones: `Batman vs. Superman`,
#: `Noughts + Crosses`, Urdu's `Pehli se Mohabbat`, `Hum Kahan ky Sachy`, and after "of" a
#: possessive: `Days of our Lives`, `The Time of my Life`.
_SMALL = (
    r"(?:of|the|in|and|a|an|to|for|at|&|\+|[Vv]s\.|v\.|ang|sa|ng|mga|e|se|ke|ki|ka|ky|y|no|"
    r"(?<=of )(?:our|my|your))"
)
#: The most words after the first a title runs to; bounding the run keeps every match short,
#: so a page of capitalised words or numbers is read in linear time.
MAX_TITLE_WORDS = 12
#: The words a title's "on" may follow, never a name's or a channel's: `Attack on Titan`,
#: `Death on the Nile`, `Murder on the Orient Express` (not `Harbor Lights on Netflix`).
_ON_HEAD = "|".join(
    f"(?<={word} on)"
    for word in "Attack Murder Death Night Escape Terror Trouble Storm Danger".split()
)
#: The words a title's "on" may come before, never a channel or a place: `Family on Fire`,
#: `Life on Mars`, `Dancing on Ice`.
_ON_TAIL = "Fire|Ice|Earth|Mars|Trial|Deck"
#: A run's first word, its capital first and the look-behind after it: a search tries a
#: pattern that opens with a character set only where one stands, and one that opens with a
#: look-behind at every character, several times slower on a page.
_FIRST_WORD = r"[A-Z0-9À-ÖØ-Þ](?<![\w’'!-].)(?:(?<=M)(?:r|rs|s)\.|(?<=D)r\.|(?<=S)t\.|[\w’'!*-]*)"
#: Capitalised words, small words between them only before another capitalised word.
_RUN = (
    rf"{_FIRST_WORD}"
    rf"(?:(?: {_SMALL}){{1,3}} [A-Z][\w’'!*-]*| {_WORD}"
    rf"| on(?:(?:{_ON_HEAD})(?: the| a)? [A-Z][\w’'!*-]*| (?:{_ON_TAIL})(?![\w’'-]))"
    rf"){{0,{MAX_TITLE_WORDS}}}"
)
#: A film's part after a dash: `The Hunger Games: Mockingjay - Part 2`, `Deathly Hallows – Part
#: One`.
_PART_AFTER_DASH = r"(?: [-–] Part (?:\d{1,2}|One|Two|Three|Four|I{1,3}|IV)\b)"
#: (`Bhoot – Part One: The Haunted Ship`: a part may come before the subtitle too)
TITLE = rf"(?P<title>{_RUN}{_PART_AFTER_DASH}?(?:: {_RUN})?{_PART_AFTER_DASH}?)"
#: `animation feature Stardog And Turbocat`: "feature" names a film only after what kind it is,
#: as `will feature Diane Keaton` is a verb.
#: `Bjorg Vik’s play The Journey to Venice`: what a playwright owns is a play, never a verb.
_KINDS = WORK_KINDS + r"|(?:the|a|stage|[’']s) play|(?:animat(?:ed|ion)|family|debut) feature"
#: What a title after "titled" names when one of these stands before it: no screen work.
_NOT_SCREEN_NOUNS = ("album", "song", "single", "track", "record", "book", "memoir", "novel")
#: A kind of work right before the title: `stage hit Jerusalem`, `a sequel to Breaking Bad`.
_AFTER_KIND = re.compile(
    # "the adaptation of the Jeff VanderMeer novel Annihilation": the film takes the book's
    # title (read first: "adaptation of Evelyn Waugh’s novel Decline and Fall" is no
    # adaptation of "Evelyn Waugh’s")
    r"\b(?:adaptation of (?:(?:the|a|an) )?(?:[A-Z][\w’'.-]* ){0,3}(?:best-?selling |classic )?"
    r"(?:novel|book|memoir|comic|play|short story)|"
    rf"(?:{_KINDS}|production)(?: (?:of|called|titled|entitled))?|"
    rf"(?P<to>sequel|prequel|follow-?up) to(?: (?:this|last|next) [a-z]+[’']s)?|"
    # (not an album's or a book's: "the album, titled Shoot For The Stars")
    + "".join(f"(?<!{noun} )(?<!{noun}, )" for noun in _NOT_SCREEN_NOUNS)
    + r"(?:titled|entitled)|"
    # a working title: "The film, tentatively called People in Business,", "Currently called
    # as Mahesh25, the movie's shooting has begun" (not "The storm, currently named Hurricane
    # Ida,", "The baby, tentatively named Luna Grace,")
    rf"(?:{_KINDS}|project),? (?:currently|tentatively|temporarily|provisionally) "
    r"(?:called|titled|named)|(?:[Cc]urrently|[Tt]entatively) (?:called|titled) as|"
    # "a spy thriller with the tentative title Night Harbor" (not "the bill, with the working
    # title Clean Air Act", "the official title of Mr Universe")
    rf"(?:{_KINDS}),? (?:with|under) the (?:tentative|working) title) "
    rf"{TITLE}"
)
#: A sentence opening on "Titled" and a title, then the screen work it names: `Titled Forgive
#: Us All, the five-week film shoot has` (not `Titled Brexit: The Reckoning, the report`).
_TITLED_OPENING = re.compile(
    r"(?<![\w,] )(?:Titled|Entitled) "
    + TITLE
    + r"(?=, the (?:[\w-]+ ){0,2}(?:film|movie|series|show|drama|sitcom|documentary|play|"
    r"musical|production)\b)"
)
#: A work's whole title after its kind "is titled", to the clause's end: after that cue its
#: small words run on where a title's elsewhere would stop (`The movie is titled Christmas on
#: Cherry Lane and stars`), as the kind before it says a title follows.
_TITLED_WHOLE = re.compile(
    r"\b(?:film|movie|series|sitcom|drama|documentary|telenovela|soap|play|musical) "
    r"(?:is|was|will be|has been) (?:titled|called|entitled) "
    rf"(?P<title>{_FIRST_WORD}(?:(?: (?:{_SMALL}|on|with|from|upon|under|by)){{1,3}} "
    rf"[A-Z][\w’'!*-]*| {_WORD}){{0,{MAX_TITLE_WORDS}}})"
    r"(?=[,.;]| and | (?:stars|starring|follows|tells)\b)"
)
#: A new work brought in by its kind and set off by a comma: `the CW's new show, Dynasty.`;
#: not a book's (`her new book series, The Crows,`), nor a clause (`In her new film, Ben Gale
#: plays Nora`).
#: A photo's caption of a scene: `Pyo Ye-jin in a still from Taxi Driver season 2`.
_STILL_FROM = re.compile(
    at_word(r"\bin a (?:still|scene) from (?:the (?:film|movie|series|show|drama) )?" + TITLE)
)
_NEW_KIND = re.compile(
    # or a year's: "the 2014 biopic, Selma"; a channel's: "the new BBC drama, Life After Life"
    at_word(
        r"\b(?:new|upcoming|latest|next|forthcoming|(?:19|20)\d\d) "
        r"(?!(?:book|novel|comic|podcast|radio|album|record|video|web|board) )"
        # "in the upcoming project, Sabaat."
        # "The Kings Theatre 2021 panto, Jack and The Beanstalk" (a caption: its line ends it)
        rf"(?:[a-z-]+ |[A-Z][A-Za-z0-9+]* )?(?:{_KINDS}|project), {TITLE}(?=[,.;:\n]|$| [–—] )"
    )
)
#: A name after the title's comma, the sentence's subject: `, Julia Roberts plays`.
_SUBJECT_NEXT = re.compile(r",\s+[A-Z]")
#: A sentence's opening phrase that names a work by its kind: `In her latest film, `.
_OPENING_KIND = re.compile(
    rf"(?:In|For|On) (?:his|her|their|its|the) (?:[\w+-]+ ){{0,2}}(?:{_KINDS}), "
)


def _opening_kind(doc: Document, m: re.Match[str]) -> bool:
    """Tell whether a kind's comma ends a sentence's opening phrase (`In her latest film, Ben
    Gale, her husband, plays a spy`) before a person's name, the subject, not a title; a name
    after it is the subject then (`In her latest film, Erin Brockovich, Julia Roberts plays`)."""
    start, title = doc.sentence_at(m.start()).start, m.start("title")
    opening = _OPENING_KIND.fullmatch(doc.masked, start, title) is not None
    subject_next = _SUBJECT_NEXT.match(doc.masked, m.end("title")) is not None
    return opening and _is_person(m["title"]) and not subject_next


#: A work told by what someone had in it: `her Beetlejuice character`, `his Home And Away
#: co-stars`, `my Neighbours stint`; weak, as a team or a school has its co-stars too.
_THEIR_PART_IN = re.compile(
    at_word(
        r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Yy]our) "
        + TITLE
        + r"(?= (?:character|role|co-?stars?|castmates?|cast mates?|stint|audition)\b)"
    )
)
#: A show at its theatre, the sentence's subject: `Jules and Jim at the Jermyn Street Theatre
#: is an exploration`, `Private Lives at the Donmar Warehouse was`.
_AT_THEATRE = re.compile(
    TITLE + r"(?= at the (?:[A-Z][\w’'-]* ){1,3}(?:Theatre|Theater|Playhouse|Warehouse|Opera "
    r"House) (?:is|was|invites|opens|runs|returns|transfers)\b)"
)
#: Stage and screen, what an actor's appearances are on: `on stage and television`, `in the
#: theatre and on TV`, or kinds of work: `roles in telenovelas like`.
ON_SCREEN = (
    r"(?:(?:the |and |on |in )?(?:stage|screen|television|TV|theatre|theater|(?:"
    + WORK_KINDS
    + r")s?) ){1,4}"
)
#: Its cast right after a run: `, starring Vin Diesel`.
_STARRING_NEXT = re.compile(r",? (?:starring|co-starring|featuring)\b")
#: A year's pantomime, named by its tale: `this year’s Jack and the Beanstalk panto` (not a
#: town's: "the Darlington panto").
_YEARS_PANTO = re.compile(
    at_word(
        r"\b(?:this|last|next) year[’']s "
        # a tale of two words or more, or one of the one-word tales (not "this year's
        # Darlington panto": a town's)
        r"(?=[A-Z][\w’'-]* (?!panto)[\w’'-]+ |"
        r"(?:Cinderella|Aladdin|Pinocchio|Rapunzel|Goldilocks) )"
        + TITLE
        + r"(?= (?:panto|pantomime)\b)"
    )
)
#: A show playing at its theatre: `this year’s If There's A Will There's a Wife, which plays
#: at Centre Stage Theatre`, `To the Finish, playing at the Pantry Playhouse`.
_PLAYS_AT = re.compile(
    # (after its company's possessive: "Genesian Theatre Company’s The Murder of Roger Ackroyd
    # is playing at Genesian Theatre", not a club's: "The Rotary Club's Christmas Fayre")
    r"(?:(?<![\w’'-])(?:[A-Z][\w’'-]* ){0,3}"
    r"(?:Company|Opera|Players|Productions|Theatre|Theater|Ensemble)[’']s )?"
    + TITLE
    + r"(?=,? (?:which |that )?(?:plays|is playing|playing|runs|is running|running) at "
    r"(?:the )?(?:[A-Z][\w’'-]* ){1,3}(?:Theatre|Theater|Playhouse|Opera House|Hippodrome)\b)"
)
#: What tells a show playing at a theatre from a band's gig or a club's night there: its
#: actors in the sentence, this year's, or the company that stages it.
_STAGED_WORDS = re.compile(
    at_word(r"\b(?:actors?|actress(?:es)?|cast|starring|stars|featuring|plays? the role)\b")
)


def _staged(doc: Document, m: re.Match[str]) -> bool:
    """Tell whether a run "playing at" a theatre is a show staged there."""
    start = m.start("title")
    sentence = doc.sentence_at(start)
    return (
        m.start() < start  # "Genesian Theatre Company’s The Murder of Roger Ackroyd"
        or doc.masked.endswith(("year’s ", "year's "), 0, start)
        or _STAGED_WORDS.search(doc.masked, sentence.start, sentence.end) is not None
    )


#: A show that comes to a theatre: `when Sleeping Beauty comes to the town's theatre this
#: Christmas` (not a person: "when Prince Charles comes to the theatre").
_TO_THEATRE = re.compile(
    TITLE + r"(?= (?:comes|came|returns|returned|arrives|arrived|heads|transfers) to "
    # (not a band or a player "to the stage": "Coldplay comes to the stage at Wembley")
    r"(?:the )?(?:[\w’'-]+ ){0,3}?(?:theatre|theater|Theatre|Theater|Hippodrome|Playhouse|"
    r"Opera House)\b)"
)
#: A work and its maker, told by their job: `Silent Night by newcomer Piotr Domalewski took
#: home the Golden Lions`, `Photon by visual artist Norman Leto won` (a prize it took; not a
#: portrait's sitter: "a portrait of Emma Stone by visual artist Norman Leto won").
_BY_MAKER = re.compile(
    TITLE + r"(?= by (?:(?:the )?(?:newcomer|debutant|first-time|visual artist|director|"
    r"filmmaker|film-maker|helmer|auteur)(?: director| filmmaker)? )"
    # a prize it took: not a seat lost or a match won "by young Carlos Alcaraz"
    r"[A-Z][\w’'-]+ [A-Z][\w’'-]+,? (?:took home|took|won|scooped|picked up|bagged|claimed|"
    r"received|earned|walked away with)\b)"
)
#: A work's takings told in a sentence: `The Equalizer 2 ... opened to $36.0 million`, `Mamma
#: Mia 2 took in $34.9 million`, `The Equalizer 2 came in $1,059,460 ahead of`.
_GROSSED = re.compile(
    TITLE + r"(?=,? (?:(?:also |then |only )?(?:opened|debuted|took in|earned|grossed|made|added|"
    r"came in|raked in|pulled in|brought in|collected)(?: (?:to|with|another|an estimated))? "
    r"\$\d))"
)
#: A kind set off by a comma before the title that ends its sentence: `for the miniseries,
#: Small Island.`, `in one of the highest-rated sitcoms, The Big Bang Theory.` (not `In the
#: film, Ben Gale plays Nora`, nor `the creator of the series, Wes Craven.`).
_KIND_THEN_TITLE = re.compile(
    at_word(
        # (each branch then the check that no "of" stands before it: not "the story of the
        # film, X")
        # "a visit to rival ITV soap, Coronation Street."
        r"\b(?:the(?<!\bof the)|one of the(?<!\bof one of the)|web(?<!\bof web)|rival|fellow) "
        rf"(?:[a-z-]+ |TV |[A-Z]{{2,5}} )?(?:{_KINDS}|horror)(?:e?s)?, {TITLE}"
        # or set off by commas inside it, when the title is no person's name (see
        # bare_titles): "She was seen in the horror, A Quiet Place: Day One, and heard"; or
        # with its year: "her role in the TV soap opera, Fortunes in 1993"; "starred in web
        # series, Special Ops."
        r"(?=[.;]|$|(?P<comma>,)| in (?:19|20)\d\d\b)"
    )
)
#: A work told as one of its maker's: `the work of a legendary playwright and one of his best
#: known works, The Crucible.`
_ONE_OF_THEIRS = re.compile(
    at_word(
        r"\bone of (?:his|her|their) (?:[a-z-]+ ){0,2}(?:works|plays|films|movies|novels|shows), "
        + TITLE
        + r"(?=[.;,]|$)"
    )
)
#: A maker's kind of work set off by a comma before its title and what the title does:
#: `Andrew Lloyd Webber’s musical, Starlight Express is about a train set`.
_OWNERS_KIND_THEN = re.compile(
    at_word(
        rf"\b[A-Z][\w-]+[’']s (?:[a-z-]+ )?(?:{_KINDS}), {TITLE}"
        r"(?= (?:is|was|has|had|will|tells|follows|stars|starred|opens|opened)\b)"
    )
)
#: A kind of work right after a name, which makes the name a modifier: `Steven Spielberg film`.
_MODIFIER = re.compile(
    r" (?:film|movie|series|drama|show|project|adaptation|production|comedy|thriller|sitcom|"
    r"documentary|musical|panto|pantomime)\b"
)
#: A title set off by what it is: `in The Long Watch, a six-part thriller`.
_DESCRIBED_AFTER = re.compile(
    # "Mzansi Magic premieres Magaeng, a magnetic and humorous dramedy series", "Also coming
    # this summer is Four in the Morning, a comedy about"
    at_word(
        r"\b(?:in|on|premieres|premiered|launches|launched|"
        r"(?:coming|arriving|debuting|premiering|returning)[^.;,]{0,30} is) "
        + TITLE
        + r"(?=, (?:a|an) (?:[\w-]+ ){0,3}(?:"
        + _KINDS
        + r"|dramedy)\b)"
    )
)
#: A work set off by what it is after "of", the kind's clause going on: `the pigheaded
#: protagonist Kashaf of Zindagi Gulzar Hai, a romantic drama referred to as` (not "the son of
#: Tom Hale, a film editor", "the founder of Laughing Horse, a comedy promoter").
_DESCRIBED_AFTER_OF = re.compile(
    at_word(
        r"\bof "
        + TITLE
        + r"(?=, (?:a|an) (?:[\w-]+ ){0,3}(?:"
        + _KINDS
        + r"|dramedy)(?=[,.;:]| (?:about|that|which|referred|starring|set|based|directed|written|"
        r"by|with|from|series)\b))"
    )
)
#: The work an award was for: `won an Oscar in 2019 for The Favourite`, not `for Best Actress`.
_AWARDED = re.compile(
    at_word(
        r"\b(?:Oscar|Emmy|BAFTA|Golden Globe|Tony|Olivier|Academy Award|award|nomination)s?"
        r"(?: (?:in|at) [\w ]{1,30}?)? for (?!Best\b|Outstanding\b)" + TITLE
    )
)
#: A studio's or network's work: `Marvel Television and 20th Century Fox Television's Legion`.
_STUDIO_OF = re.compile(
    at_word(
        r"\b(?:Television|Pictures|Studios?|Films|Entertainment|Network|TV|Animation)[’']s " + TITLE
    )
)
#: A part of a work, news of it or a person only a work has, then "of", "for" or "on": `an
#: episode of Dark Harbor`, `the first trailer for Dune`, `the star of Doctor Who`, `host of
#: The Late Late Show`, `our review of Ready Or Not`, `Production on Dark Harbor`.
_OF_WORK = re.compile(
    at_word(
        r"\b(?:(?:episodes?|finale|premiere|pilot|trailer|teaser|poster|review|showrunner|star|"
        r"host(?<!\b[Aa] host)|remake|reboot|revival|(?:film|movie|stage|TV) version|"
        r"(?:co-?)?creator) (?:of|for)|(?:cast and crew|cast members?) of|"
        r"(?:[Pp]roduction|[Ff]ilming|[Ss]hooting) (?:on|of)|on (?:the )?set of) " + TITLE
    )
)
#: A year's possessive names what came out that year: `2011's Pirates of the Caribbean: On
#: Stranger Tides`, `after 2013's Rangrezz` (not `2019's Golden Globes`: _EVENT).
_YEARS = re.compile(at_word(r"\b(?:1[89]|20)\d\d[’']s " + TITLE))
#: A channel's or service's possessive: `Netflix's Stranger Things`, `Apple TV+'s Severance`.
_SERVICES = (
    r"(?:Netflix|HBO(?: Max)?|Hulu|Showtime|Starz|FX|AMC|CBS|NBC|ABC|CW|Peacock|Freeform|"
    r"Syfy|Bravo|Lifetime|Apple TV\+?|Disney\+|Paramount\+|(?:Amazon )?Prime Video|Max|"
    r"MTV|VH1|TNT|TBS|USA Network|PBS|BET|TLC|OWN|Epix|Cinemax|Comedy Central|Nickelodeon|"
    r"Disney Channel|Cartoon Network|Adult Swim|Sundance ?TV|IFC|Quibi|Crackle|CBC|Stan|"
    r"Zee5|SonyLIV|JioCinema|(?:Disney\+ )?Hotstar|"
    r"BBC(?: One| Two| Three| Four)?|ITV\d?|Channel [45]|E4|Sky(?: One| Atlantic)?)"
)
_SERVICE_OF = re.compile(at_word(rf"\b{_SERVICES}[’']s " + TITLE))
#: A maker's possessive before a title opening with "The", which no person's name does:
#: `Lee Daniels' The Butler`, `Wes Anderson's The French Dispatch`.
_OWNERS_THE = re.compile(at_word(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?[’'](?:s)? (?=The [A-Z])" + TITLE))
#: A year in brackets after a listed title, which no title holds: `Gaddaar (1973 film)`.
_YEAR_IN_BRACKETS = r"\((?:19|20)\d\d(?: film| movie)?\)"
YEAR_NOTE = rf"(?: {_YEAR_IN_BRACKETS})?"
_YEAR_NOTE_END = re.compile(rf"\s*{_YEAR_IN_BRACKETS}$")
#: A list of works after a kind of them: `blockbuster comedies like Hera Pheri, Garam Masala
#: and De Dana Dana`, `films such as A and B`.
_LIKE = re.compile(
    # "best known for his roles in shows such as As Time Goes By and The Fall and Rise of ..."
    at_word(
        r"\b(?:(?:films|movies|(?:(?:TV|television|hit|popular|acclaimed|cult|other) )?shows|"
        r"series|comedies|dramas|thrillers|sitcoms|hits|productions|"
        # "has starred in various shows before like Gold Diggers"
        r"blockbusters|classics|franchises|musicals|documentaries|titles)(?: before)? (?:like|"
        r"such as|including) |"
        # "appeared in several of Beckett’s plays, including Play, Not I, and Footfalls"
        r"plays,? (?:such as|including) |"
        # "starred in such classics as 1968’s Barbarella" (not "read such classics as", "played
        # such hits as": books, songs)
        r"\b(?:starred|appeared|acted) in such (?:films|movies|shows|series|sitcoms|dramas|"
        r"classics|hits) as |"
        # "starred in the BBC sitcom Me Mammy, in addition to a number of US sitcoms, including"
        r"\b(?:starred|appeared|acted) in [^.;]{0,60}?\b(?:a number|several|many|dozens) of "
        r"(?:[A-Z]{2,3} )?(?:films|movies|shows|series|sitcoms|dramas|soaps),? including |"
        # "famous for his many appearances on stage and television such as BBC’s Miranda" (not
        # "roles in government such as", "appearances in cup finals such as")
        r"(?:appearances|roles|turns) (?:on|in) " + ON_SCREEN + r"(?:such as|like|including) |"
        # "has appeared in several films showcased at the Cannes Film Festival, including
        # Monsoon Shootout, Miss Lovely, and Manto"
        r"(?:several|many|numerous) (?:films|movies|shows|series)\b[^.;:“\"]{1,60}?, including )"
        # (each maybe with its year, a long list's comma maybe typed without its space:
        # "Gaddaar (1973 film), Jail Yatra, ... Kaarnama,Suryaa: An Awakening and Jurm")
        rf"(?P<title>{_RUN}(?:: {_RUN})?{YEAR_NOTE}(?: ?, ?{_RUN}(?:: {_RUN})?{YEAR_NOTE})"
        rf"{{0,16}}(?:,? and {_RUN})?)"
    )
)
#: Works listed after their kind and paired with names before them: `have been part of web
#: shows Kehne Ko Humsafar Hain, Black Widows and Karrle Tu Bhi Mohabbat respectively`.
RESPECTIVE = re.compile(
    at_word(
        r"\b(?:shows|series|films|movies|dramas|serials|plays) "
        rf"(?P<title>{_RUN}(?:, {_RUN}){{0,6}},? and {_RUN})(?= respectively\b)"
    )
)
#: The works whose stars a story speaks of, listed open-ended: `stars of Days of Our Lives, The
#: Bold and the Beautiful, General Hospital, and many more`.
_STARS_OF = re.compile(
    at_word(
        r"\b(?:[Ss]tars|[Aa]ctors|[Cc]asts|[Cc]ast members) of "
        rf"(?P<title>{_RUN}(?:, {_RUN}){{1,8}}),? and (?:many |plenty |several |a few )?"
        r"(?:more|others)\b"
    )
)
#: A show's fate: `CBS has renewed NCIS: Sydney for a 2nd season` (`Dark Harbor has been
#: cancelled` is in _BEFORE_CUE).
_RENEWED = re.compile(
    at_word(
        r"\b(?:renewed|cancell?ed|axed|picked up) " + TITLE + r"(?= (?:for|after) (?:[\w-]+ ){0,3}"
        # for a season or after its run, not a person's contract (`renewed Ben Gale for another
        # three years`, `axed Ben Gale after the row`) or an event's year (`for the second year`)
        r"(?:seasons?|series|runs?|instal?lments?|batch|episodes?|outings?|chapters?)\b)"
    )
)
#: A title set off by what it is: `Dark Harbor, the new thriller from Ben Gale`, `has joined
#: Stranger Things, the new HBO drama`; a person is no thriller from anyone (`Ada Wren, a
#: comedy writer from Ohio`), nor one "of" or "in" it (`Ben Gale, the lead in the drama`).
_THEN_DESCRIBED = re.compile(
    TITLE + r"(?=(?P<is>,| is| was) (?:a|an|the) "
    r"(?:(?!(?:of|behind|in|on|for|at|with|from|to|book|novel|comic)\b)[\w+-]+ ){0,3}"
    # "Dancing at Lughnasa is a memory play told from": after "is a", a play is no verb
    r"(?P<kind>" + _KINDS + r"|(?:murder-)?mystery|procedural|play|"
    # "Pyar Ke Sadqay is a story of a happy-go-lucky girl": a plot told, not a life
    r"story(?= (?:of|about) (?:a|an|the|two|three|four) [a-z]))"
    r"(?: (?:from|by|about|starring|that|which|based|set|directed|written|co-starring|told|"
    # "Opening Night, the upcoming West End musical with music and lyrics by"
    r"featuring|following|centered|centred|with)\b|[,.;]|"
    # "Heathers, an hourlong reboot of the cult hit 1988 movie": what it remakes follows
    r"(?<=reboot) of\b|(?<=remake) of\b|(?<=adaptation) of\b|"
    # "Station 19, a spin-off of Grey's Anatomy, stars": the work it comes from follows
    r"(?<=spin-off) of\b|(?<=spinoff) of\b|(?<=sequel) to\b|(?<=prequel) to\b|"
    r"(?<=story) of\b))"
)
#: Kinds that define no title said with "is": what a person may be called too (`Ada Wren was a
#: hit`, `Ben Gale is a classic`), and kinds as loosely said of people (`a comedy`, `a soap`).
_PERSON_TOO = frozenset({"hit", "classic", "comedy", "soap", "animation", "franchise"})
#: A show and its service in parentheses, or a debut on it: `Dark Harbor (Netflix)`; never a
#: person's name, as an executive is named with their company (`Ted Sarandos (Netflix)`) and a
#: comic may debut on a service.
_SERVICE_AFTER = rf" \({_SERVICES}\)| (?:debuts?|debuted) on {_SERVICES}(?!\w| [A-Z])"
#: A work set off by what it retells: `Angelina Jolie's Maleficent, a retelling of Sleeping
#: Beauty, has been postponed`; never a person's name, as a person may be called a version of
#: another (`Ada Wren, a version of her mother,`).
_RETOLD = (
    r", (?:a|an|the) (?:[\w-]+ ){0,2}(?:retelling|re-?imagining|remake|adaptation|version|"
    r"update) of "
)
#: A work whose filming starts or ends: `Dark Tide 2 begins filming in Atlanta`; never a
#: person's name, as an actor begins filming too.
_FILMING = (
    r" (?:begins|began|starts|started|wraps|wrapped|resumes|resumed) (?:filming|production|"
    r"shooting)\b"
)
#: What only a work has, after its possessive: `Hollow Fields' finale`, `Dark Harbor's season
#: premiere`, `Severance's second season`, `Dark Harbor's creator`; not what a person may have
#: too (`Guy Ritchie's reboot`, `Ada Wren's trailer`, a player's `second season` is refused
#: for a name shaped like a person's); or what a work is or does after it, above.
_OWN_PART = re.compile(
    TITLE + r"(?=[’'](?:s)? (?:(?:season |series )?(?:finale|premiere)|showrunner|"
    r"(?:co-?)?creators?|(?:(?:continuing|original|main|returning|young) )?(?:cast|stars)|"
    r"(?:first|second|third|fourth|fifth|sixth|final|new|upcoming|next) (?:season|series)|"
    r"season (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))\b|"
    + "|".join((_SERVICE_AFTER, _RETOLD, _FILMING))
    + ")"
)
#: What a cast member or maker takes on: `has boarded X`, `is joining X`, `to direct X`, `will
#: headline X`, `First look at X`; a person is joined, directed or looked at too, so a name
#: shaped like a person's stays one (`_weak_person`).
_TAKEN_ON = re.compile(
    at_word(
        r"\b(?:join|joins|joined|joining|direct|directs|directing|board|boards|boarded|boarding|"
        r"headline|headlines|headlined|headlining|executive produces?|"
        r"(?:[Ff]irst|[Nn]ew|[Ee]xclusive) look at) "
        # not an agency's or a network's letters alone: `has joined CAA`
        r"(?![A-Z]{2,5}(?![\w:’'-]| [A-Z]))"
        + TITLE
        # not an organisation joined for a job (`joined Greenpeace as an ambassador`), a band
        # joined on stage, nor a team its owner is told by (`joined Los Angeles Lakers owner A`)
        + r"(?! as (?:a|an|the|its|their) (?:[\w-]+ ){0,2}(?:ambassador|lecturer|professor|"
        r"partner|investor|shareholder|chair(?:man|woman|person)?|president|chief|CEO|"
        r"executive|adviser|advisor|consultant|spokes\w+|patron|trustee|intern|employee|"
        r"student|fellow|volunteer|drummer|guitarist|bassist|vocalist|keyboardist|"
        r"director of)\b| on (?:stage|tour)\b| (?:owner|founder|boss|coach|manager|captain)"
        r" [A-Z])"
    )
)
#: A headline's show adding to its cast: `13 Reasons Why adds seven new actors for season 2`; a
#: person adds faces too (`Ben Gale taps three new faces for campaign`), so a name shaped like a
#: person's stays one.
_ADDS_CAST = re.compile(
    # "Kong: Skull Island has lured another cast member"
    # "Coronation Street has reportedly invited a star from rival soap EastEnders", "Corrie has
    # signed up EastEnders star Samuel James"
    TITLE + r"(?= (?:(?:has|have) )?(?:reportedly |officially )?(?:adds|added|casts|taps|tapped|"
    # "Home and Away boasts new cast members", "Home and Away welcomes fresh faces"
    r"enlists|enlisted|recruits|recruited|books|booked|lures|lured|invited|signed up|boasts|"
    r"welcomes|welcomed) "
    r"(?:[\w-]+ ){0,2}(?:actors?|actress(?:es)?|cast members?|series regulars?|castmates?|faces|"
    r"stars?)\b)"
)
#: A work joined in a part, even one named like a person: `has joined Glass House as Kate
#: Hale` (no one joins a person as a part); not a job's title (`joined Goldman Sachs as Vice
#: President`, `joined Ben Gale as Best Man`).
_JOINED_AS = re.compile(
    # also `returns to Glass House as Kate Hale`, `headlines Glass House as Kate Hale`
    at_word(
        r"\b(?:join|joins|joined|joining|(?:return|returns|returned|returning) to|headlines?|"
        r"headlined) " + TITLE + r"(?= as (?!(?:Best|Vice|President|Chief|"
        r"Head|Dean|Chair|Senior|Executive|Managing|Global|Editor|Director|Maid|Ambassador|"
        r"Partner|Professor|Manager|Coach|Captain|Mayor|Host|Presenter)\b)[A-Z][a-z])"
    )
)
#: A show's return for a season: `X is set to return for a third season`; an actor returns
#: for one too, so a name shaped like a person's stays one.
_RETURNS = re.compile(
    TITLE + r"(?= (?:is set to return|will return|returns|is returning|is back) for "
    # not a league's or a team's `for the season (opener)`
    r"(?:a|an|its|the(?= [\w-]+ (?:season|series))) (?:[\w-]+ )?(?:season|series)\b(?! opener))"
)
#: A kind of work right after the title and an article before it: `three Avatar sequels`, `the
#: Star Wars characters` (but `the Miss Moneypenny character` is one character, no work), `the
#: BBC’s long-running Doctor Who series`.
_BEFORE_KIND = re.compile(
    # (not "plays the role of an Air Force pilot": a part who flies, not a Hulu pilot)
    r"\b(?!(?:(?<=role of )|(?<=\bas )|(?<=plays )|(?<=playing ))an? (?:[\w’'-]+ ){1,3}"
    r"pilots?\b)"
    r"(?:the|a|an|another|new|upcoming|next|latest|three|two|four|[A-Z]{2,}[’']s)"
    # "the 2015 Batman vs. Superman film": its year may stand before it; "the 2009 French film
    # Martyrs": where it is from is no title (not "the American Idol finale"; the film `Dutch`
    # is one after its kind), nor whom it is about ("the Mennonite series Pure")
    r"(?: (?:long-running|hit|beloved|acclaimed|cult|classic|(?:19|20)\d\d))? "
    r"(?!(?:French|Dutch|Greek|Thai|Swiss|Czech|German|Mexican|American|Cuban|Israeli|Iraqi|"
    r"Pakistani|Filipino|Welsh|Scots|Mennonite|Amish) (?:movies?|films?|series|show|sitcom|soap)\b)"
    rf"{TITLE}"
    r"(?= (?:movies?|films?|series|show|sitcom|soap|anime|sequels?|trilogy|installment|finale|"
    r"pilot|reboot|remake|revival|cast members?|companions?|villains?|characters|trailers?|"
    r"teasers?|soundtrack)\b)"
)
#: An appositive: `Breaking Bad's prequel, Better Call Saul, has run`, `Ada Wren's new film, A
#: House by the Sea, opens`, `the Netflix hit, 13 Reasons Why, with`; not a person set off
#: (`the sequel, Ada Wren, who stars`).
_APPOSITIVE = re.compile(
    rf"\b(?:sequel|prequel|spin-?off|follow-?up|(?:[’']s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he) "
    # not a book's kind (`Ada Wren's new book series, The Crows,`); "The drama pilot, Agent X,"
    rf"(?:(?!(?:book|novel|comic)\b)[\w+-]+ ){{0,2}}(?:{_KINDS}|pilot)), {TITLE},"
    r"(?! (?:who|whose)\b)"
)
#: A maker's first film set off after it: `his English-language feature debut, The Room Next
#: Door.`
_DEBUT_APPOSITIVE = re.compile(
    rf"\b(?:[’']s|[Hh]is|[Hh]er|[Tt]heir) (?:[\w-]+ )?(?:feature|directorial) debut, {TITLE}"
    r"(?=[,.;](?:\s|$))"
)
#: A part played in it: `to star in X`, `the title role in X`, `as Jack Sparrow in X`, `played
#: Queen Elizabeth II in X`.
#: (not "the coveted role based on Doval": whom a part is modelled on is no work)
_DESCRIBED = r"(?:(?:a|an|the) (?:(?!based\b|modell?ed\b)[a-z’'-]+ ){1,3}?)?"
#: A part played, named or told: `as Jack Sparrow`, `played the queen`, `playing the
#: far-right politician Jeryd Mencken`.
_PART = (
    # "as the villainous soprano Cheon Seo-jin in The Penthouse": what the part is, then its
    # full name (not "as the enigmatic Man in Black")
    # "as Mrs. Baylock in The Omen", "her role as the possessed nanny, Mrs. Baylock, in"
    r"(?:as (?:"
    + HONORIFIC
    + r")?(?:[A-Z][\w’'-]* ){1,4}|as "
    + _DESCRIBED
    + r"(?:[A-Z][\w’'-]* ){2,4}|as (?:a|an|the) (?:[a-z’'-]+ ){0,3}[a-z’'-]+, (?:"
    + HONORIFIC
    + r")?(?:[A-Z][\w’'-]* ){0,3}[A-Z][\w’'-]*, |"
    r"(?:play|played|plays|playing|portray|portrayed|portrays|portraying|voice|voiced|"
    r"voices|voicing) (?:" + _DESCRIBED + r"(?:[A-Z][\w’'-]* ){0,4}|"
    # "plays small-town sheriff Nora Vale in X": a description with no article, then the name
    # (not "plays tennis with Ben Gale", "played down rumours about", "plays it cool")
    r"(?:(?!(?:in|on|at|of|for|to|by|from|with|about|and|or|who|it|down|up|out|off|host|"
    r"along|alongside|opposite|against|into)\b)[a-z’'-]+ ){1,3}?"
    # (not "plays golf every Sunday in Silver Creek")
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[A-Z][\w’'-]* ){1,4}))"
)
#: A channel's or service's possessive before a title: `on HBO's Succession`.
_CHANNEL_OF = r"(?:(?:[A-Z][A-Za-z+]*|[A-Z]{2,}\+?)[’']s )?"
#: A verb in "-ing" right after a run: what a person does, no title's word (`a part in Max
#: Turner getting radicalised`).
_GERUND_NEXT = re.compile(
    r" (?!(?:during|morning|evening|spring|king|thing|something|nothing|everything|anything|"
    r"string|wing|bring|sing|ring|wedding|ceiling|building|meeting|earring)\b)[a-z]+ing\b"
)
_AFTER_ROLE = re.compile(
    r"\b(?:(?:star|stars|starred|starring|appear|appears|appeared|appearing|title role|"
    # `a supporting role in X`, `landed the lead role in X`, `has been cast as the lead in X`
    # `for his performance in Udta Punjab`
    r"(?:his|her|their|a|an|the) (?:[a-z-]+ ){0,2}(?:role|performance|portrayal)|"
    # "memorable turns in BAFTA-winning performances in X"
    r"[\w-]+-winning (?:performances?|turns?|roles?)|"
    # a part in a work, not a job in a place (`cast as a nurse in Des Moines`)
    r"cast as (?:a|an|the) (?:[a-z-]+ )?(?:leads?|villain|protagonist|antagonist|star|"
    r"love interest|title character|narrator) |" + _PART + r"|"
    # `essaying the role of Freddie Mercury in Bohemian Rhapsody`
    r"role of (?:[A-Z][\w’'-]* ){1,4}|"
    # `made her debut in X`, `was most recently seen in X`
    r"(?:recently|last|be|also) seen|broke out|feature|features|featured|"
    # `takes the lead in X`, `Nell is played by Ada Wren in X`
    r"(?:take|takes|took|taking|play|plays|played|playing) the lead|"
    r"(?:played|portrayed|voiced) by (?:[A-Z][\w’'-]* ){1,4}|"
    # (`makes his Ghibli debut in X`)
    r"(?:made|makes) (?:his|her|their) (?:[A-Za-z]+ )?debut|"
    # "portrays Nora Vale, a nurse, in X": the part's description set off before the work
    r"(?:plays|played|playing|portrays|portrayed|portraying) (?:[A-Z][\w’'-]* ){0,3}[A-Z][\w’'-]*, "
    r"(?:a|an|the) [a-z][^,.;]{0,40},)\s*in "
    # "starred in the underrated Porco Rosso"
    r"(?:the (?:underrated|acclaimed|beloved|classic|cult|original|iconic|forgotten) )?"
    # a part on television: `plays Jim Hopper on Stranger Things`, `starred on Hawthorne`,
    # `Michael Vartan as a new love interest on Bates Motel`
    # ("her portrayal of Princess Diana on The Crown")
    r"|(?:" + _PART + r"|(?:star|stars|starred|starring|appears|appeared) |"
    r"portrayal of (?:[A-Z][\w’'-]* ){1,4}|"
    r"as (?:a|an|the) (?:[a-z-]+ ){1,3})on )" + _CHANNEL_OF + TITLE
)
#: The work a part someone is known as is from: `well known as Neil from The Inbetweeners`.
_KNOWN_AS_FROM = re.compile(at_word(r"\bknown as (?:[A-Z][\w’'-]* ){1,3}from " + TITLE))
#: The work an actor is from, in brackets after their full name: `Zhang Yunlong (from Les
#: Interpretes)`; never a place's (`Ada Wren (from London)`) nor a club's or a party's
#: (`Declan Rice (from West Ham United)`).
FROM_WORK = re.compile(
    r"(?P<name>[A-Z][\w’'-]+ [A-Z][\w’'-]+) \(from (?!(?:[A-Z][\w’'-]* ){0,3}(?:United|City|"
    r"Rovers|Athletic|FC|Party|Club|University|College|School|County|Town)\b)" + TITLE + r"\)"
)
#: A round-up's item heading, opening its paragraph, that ends with its show: `David Anders as
#: an UnSub on Criminal Minds: Speaking of ...`, `The Fonz is Jean-Ralphio's Father on Parks
#: and Rec: That's right` (not `a diss on Halloween III: Season of the Witch`).
_ON_HEADING = re.compile(
    r"(?m)^[^\n:.!?]{0,80}?\bon " + _CHANNEL_OF + r"(?P<title>" + _RUN + r")(?=: [A-Z])"
)
#: Parts each in its work, a list after a verb of playing: `known for voicing Sakura
#: Yamauchi in I Want To Eat Your Pancreas, Mafuyu Kirise in We Never Learn: BOKUBEN, and
#: more`; the list's next pair after each.
_PARTS_IN_WORKS = re.compile(
    at_word(
        # (not a player's: "Murray played Federer in Melbourne, Nadal in Paris")
        r"\b(?:voicing|voiced|portraying|portrayed) (?:[A-Z][\w’'.-]* ){1,4}in "
        + TITLE
        + r"(?=, (?:and )?(?:[A-Z][\w’'.-]* ){1,4}in [A-Z])"
    )
)
_PART_IN_NEXT = re.compile(r", (?:and )?(?:[A-Z][\w’'.-]* ){1,4}in " + TITLE + r"(?=[,.;]|$)")
#: A part played from a show's start: `He played Wayne Harries from Pobol y Cwm’s debut in
#: 1974` (not "from Ada Wren’s debut": a person's).
_FROM_ITS_START = re.compile(
    at_word(
        r"\b(?:played|plays|playing|portrayed|starred as|appeared as) (?:[A-Z][\w’'-]* ){1,3}"
        r"from " + TITLE + r"(?=[’'](?:s)? (?:debut|first episode)\b)"
    )
)
#: Works said to be among someone's: `Downton Abbey, Lewis, Silent Witness and Miranda were
#: among other productions he appeared in` (not "Ada Wren and Tom Hale were among the guests").
_AMONG_WORKS = re.compile(
    rf"(?P<title>{_RUN}(?:, {_RUN}){{0,8}},? and {_RUN}) (?:were|are) (?:all )?among "
    # someone's credits, or works someone acted in (not "the shows she played this summer",
    # "the programmes he oversaw", "the series broadcast by Sky")
    r"(?:(?:his|her|their) (?:other |many |best-known )?(?:credits|films|roles)\b|"
    r"(?:the |his |her |their )?(?:other |many |several )?(?:productions|films|movies|shows|"
    r"series|programmes|programs|dramas|plays) (?:that |which )?(?:he|she|they) (?:also )?"
    r"(?:appeared|starred|acted|featured) in\b)"
)
#: A round-up's list of the shows it has news for: `the latest casting news for Once Upon a
#: Time, Parks and Recreation, The Mindy Project, Nashville and more`.
_NEWS_FOR = re.compile(
    at_word(
        rf"\b(?:news|updates?|scoop|spoilers|details|teasers?|trailers?) (?:for|on|about|from) "
        rf"(?P<title>{_RUN}(?:, {_RUN}){{1,8}}),? and more\b"
    )
)
#: Words after it that only a title takes: `Ocean's 8 star Awkwafina`, `Breaking Bad fans`.
_BEFORE_CUE = re.compile(
    # "Harbor Lights returning stars Ada Wren and Ben Gale", "Harbor Lights newcomer Ada Wren"
    TITLE + r"(?=(?:(?: (?:returning|original|new|former|fellow|lead|main|also))? (?:(?:star|actor|"
    r"actress|co-?star|castmate|newcomer)s?|creator|showrunner|director|writer|producer|"
    r"composer),? [A-Z]|"
    # "Night Harbor also features Ada Wren as Nell Cole": a cast with its parts
    r"(?: also)? features (?:[A-Z][\w’'-]+ ){1,3}as [A-Z](?![\w’'-]* of the\b)|"
    # ("Ada Wren cast in X" is a person cast)
    r" (?:fans|cast(?! (?:in|as)\b)|sequel|prequel|reboot|revival|spin-?off|alum|"
    r"alumn(?:us|a|i|ae))\b|"
    # "Monsters University (2013)": the year it came out, or the years it ran (`(2018–2019)`)
    # a profile's box of credits: "The Guardian (TV-1984)", "Madballs (voice, VR-1987)",
    # "Voice of the Fugitive (1978, short)"
    r" \((?:(?:voice|host), )?(?:TV-|VR-)?(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?"
    r"(?:, short)?\)|"
    # ("Raqs-e-Bismil starring newlywed Sara Khan": what the star is, in lower case)
    r",? (?:starring|co-starring|featuring|directed by) (?:[a-z-]+ )?[A-Z]|"
    # "Masar Egbari (Ahead Only), directed by the talented Nadine Khan": its title in English
    r"(?: \([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}\))?,? directed by (?:[a-z-]+ ){0,2}[A-Z]|"
    # (one who is "set to arrive as Morwenna" is cast)
    r" (?:is|was|will be) (?:set|due|slated) to (?:release|premiere|debut|open|arrive)\b"
    r"(?! as\b)|"
    r" (?:will be|is) (?:released|available to (?:watch|stream))\b|"
    # "The Glasgow Girls are back in a new production direct from the Fringe" (not "back
    # with a new production plan")
    r" (?:is|are) back (?:in|with) (?:a|an) (?:new |fresh |revived )?(?:production|revival|"
    r"staging)(?= direct| of| from| at|[,.;])|"
    # "The Glory also won Best Drama": only a work wins a work's prize, but for a maker who
    # wins it for one ("Emma Thomas won Best Picture for Oppenheimer")
    r" (?:also |has |had )?(?:won|wins|took home|scooped|bagged) (?:the )?(?:prize |award )?"
    r"(?:for )?(?P<prize>Best) (?:Drama|Film|Picture|Movie|Series|Feature|Comedy|Musical|"
    r"Play|Revival|Documentary|Animated)\b(?! (?:[A-Z][a-z]+ )?for\b)|"
    # "Jhok Sial is a highly anticipated production"
    r" is (?:a|an) (?:highly |much[- ]|most |long[- ])?(?:anticipated|awaited|ambitious) "
    r"(?:production|drama|serial|series|film|movie|show|project)\b|"
    # "The Boy and the Heron is one of this winter’s most anticipated films"
    r" is one of (?:the |this [a-z]+[’']s )?(?:[a-z-]+ ){0,3}(?:films|movies|shows|series)\b|"
    # "Six days after No Time to Die was officially postponed"
    r" (?:was|were|has been|had been|is being) (?:officially |indefinitely )?(?:postponed|"
    r"delayed|pushed back|shelved)\b|"
    # "Glorious Day has been announced as SBS’ new weekend drama"
    r" (?:has been|was|is) (?:officially )?(?:announced|confirmed|unveiled) as "
    rf"(?:[A-Z][\w’'-]*[’'](?:s\b)? |the |a |an )(?:[a-z-]+ ){{0,2}}(?:{WORK_KINDS})\b|"
    # "Dark Harbor premieres on Hulu", "Dark Harbor is now streaming on Disney+" (a place or an
    # event is on a service too)
    r" (?:(?:is |are )?(?:now )?(?:streaming|available|airing)|premieres?|premiered|airs?|"
    rf"aired|streams?|streamed) on {_SERVICES}(?!\w| [A-Z])|"
    # "Dark Harbor hits theaters on May 5", "Dark Harbor grossed $90 million": only a film
    r" (?:hits|hit|opens|opened|arrives|arrived|lands|landed|is|was|will be) (?:in )?"
    r"(?:theaters|theatres|cinemas)\b| (?:has )?grossed\b|"
    r" (?:has|had|have) been (?:renewed|cancell?ed|axed|picked up)\b|"
    # "Iron Bay 3 is a direct sequel to the 2019 film" (not "It is a direct sequel to")
    r" (?:is|was) (?:a|the) (?:[a-z-]+ )?(?:follow-?up|sequel|prequel|spin-?off) to\b|"
    # "Veronica Mars was officially canceled in June after three seasons": a show's fate, told
    # with its seasons, as a person may be "axed" too
    r" (?:was|were|got) (?:[a-z]+ly )?(?:renewed|cancell?ed)\b[^.;\n]{0,30}? "
    r"(?:after (?:[\w-]+ ){0,2}seasons|for (?:a|another) (?:second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|new|final|\d+(?:st|nd|rd|th)) season)\b))"
)
#: Words after it that name it even at a sentence's start: `Westworld season 2` (`Season 2`
#: where the title is named again), `Halloween franchise`, `Now You See Me 2, a follow-up to
#: ...`, `X - which also stars A`.
_STRONG_CUE = re.compile(
    TITLE + r"(?=(?: (?:sequels|prequels|franchise|cinematic universe)\b|"
    r"(?<![’']) (?:season (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|"
    # a sports team's year is no show's season: "Real Madrid Season 2024 Review"
    r"(?P<capital>Season) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)|"
    # "even though Cedar Cove kicks off season three on the 18th"
    r"(?:kicks|kicked) off (?:its )?season (?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten))\b|"
    r", (?:a|the) (?:[a-z-]+ )?(?:follow-?up|sequel|prequel|spin-?off) to\b|"
    # "Severance stars Ada Wren as Nora Vale", even opening a sentence (not "It stars")
    r"(?<!\bIt)(?<!\bThis)(?<!\bThat)(?<!\bShe)(?<!\bHe) stars [A-Z][\w’'-]+ [A-Z][\w’'-]+ "
    r"as [A-Z]|"
    # "Nafsi, which has already wrapped up production, also stars Raymond Ofula": a work's
    # own clause of its making, then its cast (not "Inter Miami, which signed him, also
    # stars Lionel Messi")
    r", which [^,.;“\"]{0,60}\b(?:production|filming|shooting|premiered|premieres|season|"
    r"episodes?|aired|airs|released|screened)\b[^,.;“\"]{0,40}, (?:also )?(?:stars|starred|"
    r"co-stars) [A-Z]|"
    # "Neighbours ran for nearly 9,000 episodes": only a show runs for its episodes
    r" ran for (?:(?:nearly|almost|more than|over|some|about) )?[\d,]+ episodes|"
    r"(?:,| [-–—]) which (?:also )?(?:sees|stars|follows|premiered|premieres|aired|airs|"
    r"debuted|debuts|streams|was released|"
    # "The Hour, which will be shown on BBC Two, will be a six-part series": a channel, then
    # what kind of work it is (not "The Super Bowl, which will air on CBS, is the game")
    r"will (?:be (?:shown|broadcast|screened)|air|stream) on(?= [A-Z][^.;]{0,60}\b(?:series|"
    r"drama|sitcom|film|movie|show|miniseries|serial)\b))\b))"
)
#: A work the sentence says it is about: `The show is Extant, which is executive produced by`,
#: `The film is Onward.`; only a title before a comma or the sentence's end.
_THE_WORK_IS = re.compile(
    # (not "Also joining the series is Sharon D. Clarke": a person, her initial and all)
    at_word(
        r"\b[Tt]he(?<![Jj]oining [Tt]he) (?:new )?(?:show|series|film|movie|drama|comedy|sitcom|"
        r"thriller) "
        # (not "At the core of the series is Zama Ndaba, portrayed by": a part)
        r"is " + TITLE + r"(?<!\b[A-Z])(?=[,.;]|$)(?!, (?:portrayed|played|voiced) by\b)"
    )
)
#: Someone's next work told as what it is: `Sonakshi's other upcoming project is Namastey
#: England opposite Akshay Kumar`, `Her next film is Harbor Lights.`
_OWN_NEXT_IS = re.compile(
    r"(?:[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir)) (?:(?:other|next|new|latest|upcoming) ){1,2}"
    r"(?:project|film|movie|release|venture|drama|series|show) is "
    + TITLE
    + r"(?=[,.;]| (?:opposite|alongside|with|co-starring|starring)\b|$)"
)
#: The words before a place, which a work told by its making is not after: `shot in
#: beautiful locations of Mustang is directed by`.
_PLACE_PREPOSITIONS = (" of ", " in ", " at ", " from ", " near ")
#: Pronouns a sentence opens on, no title however capitalised: `It is directed by`.
_PRONOUNS = frozenset({"It", "This", "That", "He", "She", "They"})
#: A work told by its making or its story, as a film blog's items open: `Chirutha is produced
#: by Ashwinidutt and directed by Puri Jagannadh`, `Chirutha's shooting is nearing end`,
#: `Peterloo tells the story of the Peterloo massacre`.
_IN_THE_MAKING = re.compile(
    TITLE + r"(?= is (?:being )?(?:produced|directed|helmed|bankrolled) by\b|"
    # "Sammi is penned by A ... and is directed by B" (not "The Casey Review is penned by")
    r" is (?:penned|scripted) by\b[^.;]{0,120}?\b(?:directed|produced|helmed) by\b|"
    r" tells the (?:true |real-life )?story of\b|"
    r"[’']s (?:shooting|filming) (?:is|has|was|will|wrapped|began|begins|resumed)\b)"
)
#: The work an Indian outlet names by its star: `the Vivek Oberoi-starrer Prince`.
#: `Sidharth Malhotra-starrer, Bhavesh Joshi` and `Ranbir Kapoor starrer Animal` too.
STARRER = re.compile(
    r"\b(?P<star>[A-Z][\w’'.]*(?: [A-Z][\w’'.]*){1,2})[- ]starrers?,? "
    r"(?:[“\"](?P<quoted>_+)[”\"]|" + TITLE + ")"
)
#: What follows a star's name, never a title's: `Ranbir Kapoor starrer`.
_STARRER_WORD = r"[- ]starrers?\b"
_STARRER_AFTER = re.compile(_STARRER_WORD)
#: A person's next work set off after it: `started filming his next, The Big Bull.`
_THEIR_NEXT = re.compile(
    at_word(r"\b(?:his|her|their) (?:next|latest),? " + TITLE + r"(?=[.,;]|$)")
)
#: A part landed in a work: `has landed the lead in Harbor Lights`, `booked a series regular
#: role on Utopia`, a headline's `Books Lead on 'Drama High'` (not `took the lead in the polls`).
_LANDED = re.compile(
    at_word(
        r"\b(?:landed|lands|booked|books|nabbed|nabs|scored|scores|snagged|snags) (?:(?:the|a|"
        r"an) )?"
        # a part "on" a show only (not "landed a role on Capitol Hill as an aide")
        r"(?:(?:[a-z-]+ ){0,3}(?:role|lead|part) in|(?:series regular|recurring|regular|"
        r"guest) role on|"
        r"lead on) " + TITLE
    )
)
#: Casting news names the work a person joins: `signed on for Three Generations`, `join the
#: cast of Rosaline`, `a role in Cruel Summer`, `for season 2 of The Mandalorian`.
_JOINED = re.compile(
    at_word(
        r"\b(?:(?:sign|signs|signed|signing) on (?:for|to)|"
        # (not "an ensemble cast of Nauman Ejaz, Samiya Mumtaz": a cast's list of names)
        r"(?:join|joins|joined|joining) the cast of|cast in|cast(?<=the cast) of|"
        # "have been casted for Only Side by Side with You", "are the leads for The King’s
        # Woman" (not "the team leads for Microsoft Azure", "the leads for Operation Yewtree")
        r"been casted (?:for|in)|are the (?:(?:male|female|main|romantic|two) )?leads (?:for|in|of)"
        r"(?! (?:Operation|Project|Team)\b)|"
        r"cast of(?! [A-Z][\w’'-]+ [A-Z][\w’'-]+(?:,|,? and) [A-Z][\w’'-]+ [A-Z])|"
        # "Five new actors have joined Night Harbor"
        # (not "Three new stars have joined Arsenal")
        r"(?:actors|actresses|cast members) (?:have |will )?(?:joined|join)|"
        # "has been tapped to headline Severance", "has come aboard Severance", "will recur on
        # Severance", "is on board for Severance", "among the stars of Severance"
        # (not "tapped to lead Microsoft": a firm is led too)
        r"(?:tapped|hired|set) to (?:headline|front)|(?:come|came|comes|coming) aboard|"
        r"recur(?:s|red|ring)? on(?! (?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|"
        r"Sundays)\b)|on board for|among the (?:stars|cast) of|"
        r"season (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) of|"
        r"(?:first|second|third|fourth|fifth|sixth|seventh|final|new|next|latest) season of|"
        # "has started shooting for Pathan", "wrapped filming on Harbor Lights"
        r"(?:start|starts|started|begun|began|begins|wrap|wraps|wrapped|resumed|resumes|completed)"
        r" (?:shooting|filming|production) (?:for|on)) " + TITLE
    )
)
#: The last two words of an actor's name before a parenthesis, one an initial may be:
#: `Charles Baker (`, `Taraji P. Henson (`, `Ólafur Darri Ólafsson (`.
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_THEN_PAREN = rf"\b(?:[A-Z]\.|[{_UPPER}][\w’'-]+) [{_UPPER}][\w’'-]+ \("
#: An actor, their part in brackets, back on the show: `Bryan Dattilo (Lucas Horton) has been
#: on-screen on Days of our Lives`, `Ada Wren (Nora) is back on-air on Harbor Lights` (not
#: "returns to Salem", a soap's town, nor "Tiger Woods (USA) is back on Tour").
_ACTOR_PART_BACK = re.compile(
    at_word(
        rf"\b[{_UPPER}][\w’'-]+ \([{_UPPER}][\w’'-]+(?: [{_UPPER}][\w’'-]+){{0,2}}\) "
        r"(?:(?:has|have) been |is |was |will be )?(?:back |seen )?on-?(?:screen|air) on " + TITLE
    )
)
#: A part, its actor in brackets, then the work: `David (Danny Lee Wynter) in Black Superhero`.
_PART_ACTOR_IN = re.compile(
    at_word(
        rf"\b[{_UPPER}][\w’'-]+ \([{_UPPER}][\w’'-]+(?: [{_UPPER}][\w’'-]+){{1,2}}\) in {TITLE}"
    )
)
#: A work in parentheses after an actor's full name: `Charles Baker (The Blacklist)`; only
#: shaped like a title ("The", a colon, "&", a digit, "and": `Anthony Grant (Star Trek:
#: Discovery)`), as `Indi Walker (Samara Weaving)` gives a person there; not an age nor a
#: life's years (`Yu Mong-in (1559-1623)`).
#: A list's last work told by its kind first: `and the Bond film Quantum of Solace`.
_KIND_ITEM = (
    r"(?:the (?:[A-Z][\w’'-]* )?(?:film|movie|series|show|drama|thriller|comedy|sitcom|musical) )"
)
_KIND_ITEM_FIRST = re.compile("^" + _KIND_ITEM + "(?=[A-Z])")
#: A list of works that ends on the rest: `Rownd a Rownd, Taff Acre and many other plays`,
#: `Ashes to Ashes and Gold Diggers, among others`.
_AND_OTHERS = (
    r",? and (?:many |several |numerous |various )?(?:other|more) (?:[a-z]+ )?(?:plays|films|"
    r"movies|shows|series|soaps|dramas|productions|programmes|roles)\b|, among (?:many )?others\b"
)
_KNOWN_FOR = re.compile(
    rf"{_NAME_THEN_PAREN}(?={TITLE}\))(?![\d\s–—-]+\))(?=The |[^)\n]{{0,80}}(?:[:&\d]| and ))"
)
#: Any title in parentheses after a full name, or a few set off by commas: `Kaitlyn Dever
#: (Booksmart)`, `Lauren Ambrose (Six Feet Under, Servant)`; works when the article gives
#: another actor's work in parentheses in a title's shape.
_KNOWN_FOR_ANY = re.compile(rf"{_NAME_THEN_PAREN}(?P<title>{_RUN}(?:, {_RUN}){{0,3}})\)")
#: A lone surname and a parenthesis after it: `Sims (Broadchurch)`; not a name's last word.
_SURNAME_PAREN = re.compile(
    rf"(?<![\w’'-])(?P<surname>[{_UPPER}][\w’'-]+) "
    rf"\((?P<title>{_RUN}(?:, {_RUN}){{0,3}})\)"
)
#: A capitalised word right before: the word after it ends a name, no lone surname.
_CAPITAL_BEFORE = re.compile(rf"[{_UPPER}][\w’'.-]* $")
#: The last word of a full name.
_SURNAME = re.compile(at_word(r"\b[A-Z][\w’'-]+ ([A-Z][\w’'-]+)\b"))
#: Two titles in one parenthesis: `(Ugly Betty and Devious Maids)`, each of two words or
#: more; `(Here and Now)` or `(Dora and the Lost City of Gold)` is one title.
_PAIR = re.compile(r"(?P<first>\S+(?: \S+)+) and (?P<second>[A-Z]\S*(?: \S+)+)")
#: In a list of works, one word and then a name of capitals: `Casualty and Holby City` (not
#: `Pride and Prejudice`, `Law and Order: Special Victims Unit`).
_WORD_AND_NAME = re.compile(
    r"(?P<first>[A-Z][\w’'-]+) and (?P<second>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+)"
)
#: The same the other way round: `Coronation Street and Cracker`.
_NAME_AND_WORD = re.compile(
    r"(?P<first>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+) and (?P<second>[A-Z][\w’'-]+)"
)
#: Two titles, the second with its year's possessive: `Barbarella and 1971’s Klute`.
_YEARS_PAIR = re.compile(r"(?P<first>\S+(?: \S+)*?) and (?P<second>(?:19|20)\d\d[’']s \S.*)")
#: A verb right after a name, which makes it the subject of the clause after a fronted list:
#: `including A and B, Diego Boneta stars as`.
_SUBJECT_ACTS = re.compile(r" (?:stars|is|was|has|had|will|plays|played|joins|joined)\b")
#: Two titles whose second opens on an article, split there, not at an "and" of its own: `As
#: Time Goes By and The Fall and Rise of Reginald Perrin`.
_ARTICLE_PAIR = re.compile(r"(?P<first>\S+(?: \S+)+?) and (?P<second>(?:The|A|An) \S+(?: \S+)*)")
#: A work adapted from a writer's: `the adaptation of author Patricia Highsmith's The
#: Blunderer`.
_ADAPTED = re.compile(
    at_word(
        r"\b(?:adaptation|version|retelling|remake) of (?:[a-z]+ )?(?:[A-Z][\w-]+ ){0,2}"
        r"[A-Z][\w-]+[’‘']s " + TITLE
    )
)
#: A list of a person's other works: `had turns in A and B`, `his work in both A and B`,
#: `known for her roles in A and B`, `Ana Lee's film credits include A and B`, `the
#: Oscar-nominated fare of A and B`.
FILMOGRAPHY = re.compile(
    # (not "had senior roles in Barclays", "took roles in government": jobs)
    r"\b(?:(?:(?:had|has|have|with) (?!(?:senior|executive|management|board|government|"
    r"ministerial|advisory|leadership|key) )(?:[a-z]+ ){0,2}?(?:turns|roles|parts|appearances)|"
    r"(?:took|takes|taking) (?:(?:small|minor|guest|supporting|acting|many) )?(?:roles|parts)|"
    # "Bukhari was recently seen in Inteha e Ishq, Berukhi and Pehchaan"
    r"(?:was|were|has been|had been) (?:recently|last|most recently) seen|"
    r"(?:his|her|their) (?:[a-z]+ )?(?:work|roles?|turns?|parts?)) in"
    # "with memorable turns in BAFTA-winning performances in A and B"
    r"(?: [\w-]+-winning (?:performances|turns|roles) in)?|fare of|"
    # "Ngubane also took on roles on Yizo Yizo, Ashes to Ashes and Gold Diggers" (on shows; not
    # "took on senior roles in Barclays")
    r"(?:took|takes|taking) on (?:[a-z]+ )?roles on|"
    # "His big screen credits included A, B and C", "his more recent TV roles were parts in A"
    # ("veteran actor Paul Campbell, whose credits include Dancehall Queen")
    r"(?P<whose>[’']s|[Hh]is|[Hh]er|[Tt]heir|whose) (?:[\w-]+ ){0,3}?"
    r"(?:credits (?:include[sd]?|were)|"
    r"roles (?:were|included) (?:parts|roles|turns|appearances) in)) (?:both )?"
    # a list of works ends its sentence: not "his role in A Silent Harbor, Tom Hale has";
    # its last item maybe told by its kind ("A, B, and the Bond film C")
    rf"(?P<title>{_RUN}(?:: {_RUN})?(?:(?:, {_RUN}(?:: {_RUN})?){{1,8}}"
    rf"(?:,? and {_KIND_ITEM}?{_RUN})?(?=[.;]|$|{_AND_OTHERS}))?)"
)
#: A work told by its success: `after the huge success of Suno Chanda`, `After the success of
#: drama serial Ruswai` (not "the success of Netflix", a service).
_SUCCESS_OF = re.compile(
    at_word(
        r"\b[Aa]fter the (?:huge |massive |big |great |phenomenal )?success of "
        r"(?:(?:the )?(?:drama serial|drama|serial|film|movie|show|series|sitcom) )?"
        + TITLE
        # (not "After the success of Rover, the network turns to": a network's hit, no one's)
        + r"(?!, [a-z])"
    )
)
#: A list of people going on after a name: `Rachel, Bradley Cooper and Emma Stone`.
_NAMES_GO_ON = re.compile(r",\s+[A-Z][\w’'-]+ [A-Z][\w’'-]+")
#: Works a maker made, listed after the verb: `Farooq Rind has also directed Pyar Ke Sadqy and
#: Ishq Zahe Naseeb`, `who has previously written hit drama serials such as A, B and C`.
_MADE_WORKS = re.compile(
    at_word(
        r"\b(?:has|have|had) (?:also |previously |earlier )?(?:directed|written|penned|helmed) "
        r"(?:(?:hit |popular |several )?(?:drama serials|dramas|films|movies|shows|plays) "
        r"(?:such as|like|including) )?"
        rf"(?P<title>{_RUN}(?:(?:, {_RUN}){{0,8}},? and {_RUN})?)(?=[.;,]|$)"
    )
)
#: Works a person is known for, acted in or made: `the creator, best known for A and B`.
#: `best known for X`, `Callan Mulvey, known for X` (a name set off before it).
_BEST_KNOWN = re.compile(at_word(r"\b(?:(?:best|well) known|known(?<=[a-z], known)) for " + TITLE))
#: A person named by their work's possessive, as a list of actors writes them: `Offspring's
#: Don Hany, Home and Away's Indiana Evans and The Glades' Matt Passmore`.
_OWNED_NAME = r"[’'](?:s)? [A-Z][\w’'-]+ [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?"
_OWNED = re.compile(_OWNED_NAME)
#: A title of two words whose first is a possessive, as an owner: `Schitt’s Creek`.
_OWNERS_OWNER = re.compile(r"\S+[’']s \S+")
#: A title before a possessive: its words hold no apostrophe, or the run would take in the
#: next items (`Home and Away's Indiana Evans and The Glades`), but for a title of two words
#: whose first is a possessive itself (`Schitt’s Creek’s Annie Murphy`, `Grey's Anatomy's`).
_OWNER_WORD = r"[A-Z0-9][\w!*-]*"
#: (its first capital opens the pattern, the look-behind after it, as for a run: see
#: _FIRST_WORD)
_OWNER_FIRST = r"[A-Z0-9](?<![\w’'!-].)"
_OWNER_REST = (
    rf"(?:[\w!*-]*[’']s {_OWNER_WORD}(?=[’']s )|[\w!*-]*"
    rf"(?:(?: {_SMALL}){{1,3}} {_OWNER_WORD}| {_OWNER_WORD}){{0,{MAX_TITLE_WORDS}}})"
)
_OWNER_ITEM = _OWNER_FIRST + _OWNER_REST
#: An actor named by their earlier work: `the Flash, played by Glee's Grant Gustin`.
_PLAYED_BY_OWNER = re.compile(
    at_word(rf"\b(?:played|portrayed|voiced) by (?P<title>{_OWNER_ITEM})(?={_OWNED_NAME})")
)
#: An actor named by their work's possessive where news casts them, after words that bring a
#: cast in (`the cast now includes A, Westworld's Ana Lee`, `has added The Crown's Ana Lee`)
#: or before a verb that casts them (`Westworld's Ana Lee has joined`, `will star in`); weak,
#: as places, firms and networks own people too (`Netflix's Ted Sarandos praised it`).
#: No initials, which are a firm's or a channel's (`CAA's Ada Wren has joined WME`).
_ACTORS_OWNER = _OWNER_FIRST + r"(?!(?<=[A-Z])[A-Z]+[’'])" + _OWNER_REST
_OWNER_CAST = re.compile(
    r"\b(?:joined by|alongside|opposite|starring|stars|"
    # "Joining Berry is The Practice's Ana Lee", "added two more names -- ER's Ana Lee"
    r"[Jj]oining [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:is|are)|"
    r"added (?:[a-z-]+ ){0,3}(?:names|actors|stars|faces) (?:--|—|–|:)|"
    # a list a cast or a work takes in, not a guest list's or a festival's line-up
    r"(?:(?:cast|ensemble|series|season|film|movie|show|sequel|reboot|revival|drama|comedy|"
    r"[Ss]tars)\b"
    # "Other cast members that have already been announced include"
    r"[^.;:]{0,50}?|[A-Z][\w’'-]* (?:has |have )?(?:also |now )?)"
    r"(?:including|includes|included|include|adds|added|welcomes|welcomed|featuring|features))"
    r"\s+"
    # not a body they join: "has added Google's Ana Lee to its board"
    r"(?![^.;]*\bto (?:its|the|their|his|her) (?!(?:[a-z-]+ )?(?:cast|ensemble)\b))"
    r"(?:[^.;:]{0,120}?(?:,\s+(?:and\s+)?|\s+and\s+))?"
    rf"(?P<title>{_ACTORS_OWNER})(?={_OWNED_NAME})"
)
#: The list going on past an actor named so, to the next: "A, Cedar Cove’s Jesse Hutch, B and
#: Supernatural’s Samantha Ferris", matched only where the match before ended.
_OWNER_CHAIN = re.compile(
    rf"{_OWNED_NAME}(?=,|\s+and\s)(?:[^.;:]{{0,120}}?(?:,\s+(?:and\s+)?|\s+and\s+))"
    rf"(?P<title>{_ACTORS_OWNER})(?={_OWNED_NAME})"
)
#: Both: a list a cast takes in and the actors it goes on to.
_OWNER_LISTS = (_OWNER_CAST, _OWNER_CHAIN)
#: Only casting verbs: a band's singer plays a venue, a party's member joins a picket line,
#: a firm's head appears in court or voices concerns.
_MONTH_OR_DAY = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_OWNER_ACTS = re.compile(
    # an age or an aside between: "Ada Wren, 20,", "Will Keen (Dafne's father)"; a clause:
    # "The Young and the Restless’ Daniel Goddard, who joined the show to play"
    rf"(?P<title>{_ACTORS_OWNER})(?={_OWNED_NAME},?(?: \d{{1,2}},| \([^()]{{1,40}}\))? "
    r"(?:who )?(?:(?:has|have|had|will|is|are|was|were|would) )?"
    r"(?:(?:also|now|officially|reportedly|set|to|been|be|all) )*"
    r"(?:(?:star(?:s|red|ring)?|co-?star(?:s|red|ring)?) (?:in|as|alongside|opposite)\b|"
    # "lead the stellar line-up", "take on the lead role of Ursula"
    r"(?:lead|leads|led) the (?:[a-z-]+ )?(?:cast|line-?up|ensemble)\b|"
    r"take(?:s)? on the (?:[a-z-]+ )?(?:role|part)\b|"
    # "will play Nora in Harbor Lights", "plays the lead", "will play elderly Gyptian Farder
    # Coram"; not "will play Knebworth on Friday"
    r"play(?:s|ed|ing)? (?:the (?:[a-z-]+ )?(?:role|part|lead)\b|"
    r"(?:(?:the|a|an) )?(?!(?:the|a|an|at|in|on|to|for|with|and|live|alongside)\b)"
    r"(?:[a-z-]+ ){1,3}(?:and [a-z-]+ )?[A-Z]|"
    # "will play Father MacPhail." (a name of two words: a venue is mostly one, "Wembley.")
    r"[A-Z][\w’'-]+ [A-Z][\w’'-]+[.;,]|"
    rf"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:in|on) (?!{_MONTH_OR_DAY})(?:the |[A-Z“\"]))|"
    r"(?:portray(?:s|ed|ing)?|reprise[sd]?|reprising|return(?:s|ed|ing)? as|cast (?:as|in)|"
    r"voice[sd]? (?:the (?:role|part|character)|[A-Z]))\b|appear(?:s|ed|ing)? in (?:[“\"]|"
    r"the (?:[a-z-]+ )?(?:film|movie|series|show|sequel|season)\b)|"
    # "has joined the cast", "joined Harbor Lights." (not "joined Taylor Swift on stage")
    r"join(?:s|ed|ing)? (?:the (?:[a-z-]+ )?(?:cast|ensemble|series|show|film|movie|sequel|"
    r"season|reboot|revival)\b|[“\"]|(?:him|her|them) as |"
    r"[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|and|in|a|an|&)){0,5}"
    r"(?:[.;,]|$| as | for (?:the |its )?(?:[a-z-]+ )?season\b))))"
)
#: A work coming back: `the possibility of One Tree Hill returning for a reboot`, `to see
#: Glass Harbor come back for a revival`; weak, as people come back for sequels too.
_COMES_BACK = re.compile(
    TITLE + r"(?= (?:is |was |will be )?(?:returning|returns|return|coming back|comes back|come "
    r"back|back) for (?:a|an|another|its|the) (?:[a-z-]+ )?(?:reboot|revival|sequel|special|"
    r"reunion)\b)"
)
#: Time spent on a show, after the years of it: `37 years on the show`, `with the soap`.
ON_THE_SHOW = r"(?:on|with|in) the (?:show|soap|series|sitcom|drama|serial)\b"
#: A show someone leaves after their years on it: `leaving Days of Our Lives after 37 years on
#: the show` (not `leaving London after 37 years in the city`).
_LEFT_AFTER = re.compile(
    at_word(
        r"\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|depart(?:s|ed|ing)?) "
        + TITLE
        + r"(?= after (?:\d+|[a-z]+(?:-[a-z]+)?) (?:years|seasons|episodes) "
        + ON_THE_SHOW
        + ")"
    )
)
#: A cast member written out of a show: `was written out of X` (not `of Ben Gale's will`);
#: one who left "after five seasons" may have left a team, so only a known show is left.
_LEFT_SHOW = re.compile(at_word(r"\bwritten out of " + TITLE + r"(?![’']s?\b| [A-Z])"))
#: What only a work does: `X is based on the novel`, `X premiered to rave reviews` (a match
#: airs too); weak, as a person's name shaped like a work's is no work by these alone.
_WORK_DOES = re.compile(
    # not a name's last word after its initial: "The series starring Samuel L. Jackson is based"
    r"(?<![A-Z]\. )"
    + TITLE
    + r"(?<! Tour)(?<! Festival)(?= (?:is|was|will be) (?:loosely )?(?:based on|"
    # a source a story has, not a model a product is built on ("based on GPT-4")
    r"adapted from|inspired by)\b(?=[^.;]{0,60}?\b(?:novel|book|comic|memoir|play|story|"
    r"stories|film|movie|series|life|lives|manga|game|podcast|article|musical|events|"
    r"characters?|saga|franchise)s?\b)| "
    r"(?:first |originally )?(?:premiered|premieres)(?: (?:on|in|to|at|back|last|"
    r"this|earlier|with)\b|[.,])|"
    # "when Felix Saves the Day was released", not "was released from hospital"
    r"(?:was|were) released(?! from)\b)"
)
#: A person called by their work, the name left out: `the Breaking Bad star who played`, `the
#: Night Watchers actress, 34, said`, `the General Hospital legend decided`; weak, as a club or
#: a sport has stars too.
_THE_STAR = re.compile(
    at_word(
        r"\b[Tt]he "
        + TITLE
        + r"(?= (?:star|actor|actress|alum|legend|icon|veteran)(?:,| (?:who|has|"
        r"had|is|was|will|would|and|said|says|revealed|told|shared|added|[a-z]+ed)\b))"
    )
)
#: A show brought back to its stage: `have reunited to bring Cats back to the West End`.
_BROUGHT_BACK = re.compile(
    at_word(
        r"\b(?:bring|brings|bringing|brought) "
        + TITLE
        + r"(?= back to (?:the )?(?:West End|Broadway|London|stage|screens?|cinemas?|theat(?:er|"
        r"re)s?))"
    )
)
#: A work told by its year before it and its cast after it: `Ralph Bakshi's 1977 Wizards -
#: which included the voice of`, `the 1986 An American Tail, featuring the sounds of`.
_YEAR_THEN_CAST = re.compile(
    r"\b(?:[Tt]he|[A-Z][\w-]+[’']s) (?:19|20)\d\d "
    + TITLE
    + r"(?=,? (?:[-–—] )?(?:which (?:included|featured|starred)|featuring|starring)\b)"
)
#: A work whose sentence goes on to a list of its voices or stars after a colon: `Antz takes
#: the cake for sheer number of star voices:`, `A Bug's Life dips into TV stars:`, `In The
#: Rugrats Movie, rock stars take a turn:`.
_STARS_LISTED = re.compile(
    r"(?:\bIn )?"
    + TITLE
    + r"(?=,? (?:[a-z-]+ ){1,8}?(?:star |TV |rock )?(?:voices|stars)(?::| [a-z]+ [a-z ]{0,20}:))"
)
#: A title followed by its name in Chinese script in angle or title brackets, as C-drama news
#: writes it: `Only for Love <以愛為營>`, `The Legend of Jewelry 《珠簾玉幕》`.
_NATIVE_TITLE_AFTER = re.compile(TITLE + r"(?= ?[<《][^\x00-\x7f<>《》]{1,30}[>》])")
#: A work's remake, and the work remade: `had a Hindi remake as Julie in 1975`, `has been
#: remade in Tamil titled Anbirkiniyal`; `Chattakkari had a Hindi remake`.
_REMADE_AS = re.compile(
    at_word(r"\b(?:remade|remake)(?: (?:in|into) [A-Z][a-z]+)? (?:as|titled|called) " + TITLE)
)
_HAD_REMAKE = re.compile(TITLE + r"(?= (?:had|has|got|gets) (?:a|an) (?:[A-Z][a-z]+ )?remake\b)")
#: A first work a maker or an actor debuts with: `makes her feature film debut with Scrapper,`.
_DEBUT_WITH = re.compile(at_word(r"\bdebut with " + TITLE + r"(?=[,.;])"))
#: A work and who made it: `Under the Turquoise Sky from director KENTARO follows`.
_FROM_MAKER = re.compile(
    TITLE + r"(?= from (?:writer[-/])?(?:director|filmmaker|showrunner|creator)s? [A-Z])"
)
#: A work's actors, together, doing something: `Coronation Street stars have led tributes`.
_ITS_STARS = re.compile(
    # "When will new Coronation Street actors arrive on the ITV soap?"
    TITLE + r"(?= (?:stars|actors|cast members|castmates|co-stars) (?:have|has|are|were|led|"
    r"paid|pay|joined|gathered|shared|reunited|remembered|arrive|arrived)\b)"
)
#: How many of a work's actors, before its title: `Several Corrie actors have announced`.
_HOW_MANY = re.compile(r"^(?:Several|Many|Some|Few|Various|Numerous|Two|Three|Four|Five) ")
#: A title and the acting word that tells a person by it, no name after: `the Doctor Crush
#: actress returns`, `The Queen For Seven Days actor plays`. "The" never opens a person's name
#: before "actress", so even a title shaped like a name is one here.
THE_ACTOR = re.compile(
    # a capital "The" after a word is the title's own: `and The Entertainer actor leads`
    r"\b(?=[Tt]he )(?:the |(?<![a-z,] )The |)" + TITLE + r"(?= (?:actor|actress) "
    r"(?:will|would|is|was|has|had|also|returns|plays|leads|plans|joins|stars|says|takes|lands|"
    # "The Lootera actress added that she is looking forward"
    r"heads|signs|reprises|portrays|makes|gets|comes|added|said|told|revealed|shared)\b)"
)
#: Names and the acting beside them: `to star alongside Ada Wren`, `opposite her co-star Ben
#: Gale and Dan Ross`, `Joining Ada Wren`.
_NAMES = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
_BESIDE = (
    r"(?:(?:star|stars|starred|starring|appear|appears|appeared|appearing|co-?stars?|"
    r"co-?starred|co-?starring) (?:alongside|opposite|with)|[Jj]oining) "
    rf"(?:[a-z-]+ ){{0,2}}{_NAMES}(?:(?:,| and|, and) {_NAMES}){{0,3}} in "
)
#: Where a person became known: `rose to fame in Normal People`, `after finding fame on The X
#: Factor`, `made her name on Harbor Lights`; fame is found on a platform or in a place too (`on
#: TikTok`, `made her name in London`).
_FAME = (
    r"(?:(?:(?:rose|rising|risen|shot) to|found|finding|finds|find) fame|"
    r"(?:made|makes|make|making) (?:his|her|their) name) (?:in|on) " + _CHANNEL_OF
)
#: A place in a show's cast, then "on" or "in" the work: `the next companion on Doctor Who`,
#: `a series regular on Hawthorne`, `a judge on The Z Factor`, `a cameo in Dark Harbor`; a
#: cameo may be on a platform (`a cameo on TikTok`), and a judge is only "on" a show (`a judge
#: in Ohio ruled`).
_CAST_ON = (
    r"(?:(?:companions?|series regulars?|recurring (?:roles?|characters?)|"
    r"guest (?:spots?|roles?)|cameos?) (?:on|in)|(?:judges?|contestants?) on) "
)
#: A character and the work it is from: `The character of Naomi Bennett from Private
#: Practice`, `the part of Jo Marsh in Silver Creek` (`the role of ... in` is in _AFTER_ROLE);
#: a character may be from a place, and a part is taken over from a person (`takes over the
#: part of Kit from Bo Lind`).
_CHARACTER_FROM = (
    r"(?:character of (?:[A-Z][\w’'-]* ){1,3}(?:from|in)|"
    r"part of (?:[A-Z][\w’'-]* ){1,3}in) "
)
#: Where a viewer knows an actor from: `We all know Vartan from Alias`, `you may recognise her
#: from Silver Creek`; a person is known from a place too.
KNOWN_FROM = (
    r"\b(?:know|knows|knew|recogni[sz]e|recogni[sz]es|remember|remembers) "
    r"(?:him|her|them|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:best )?from "
    # "Fans know Ada Wren from the series Rover"
    r"(?:the (?:hit |new )?(?:series|show|film|movie|sitcom|drama|soap) )?"
)
#: A director's earlier work: `who previously helmed Oblivion`; a company is helmed too.
_HELMED = r"(?:helmed|helming|helms|helm) "
#: Where an actor's past work is told: the weak cues above, read in one pass.
_PAST_WORK = re.compile(
    at_word(
        r"\b(?:"
        + "|".join((_FAME, _CAST_ON, _CHARACTER_FROM, KNOWN_FROM, _HELMED, _BESIDE))
        + ")"
        + TITLE
    )
)
#: A sentence that opens in its work, then casts a named part: `In Harbor Lights, Ada Wren
#: plays Nora Vale`, `..., Ada Wren stars as the sheriff, Nora Vale`; not `In Silver Creek,
#: Ada Wren plays a local cop` (a place; the part is no name), nor one word (`In Brighton,`).
_IN_WORK_CAST = re.compile(
    at_word(
        r"\bIn (?=[^,\s]+ [^,]+,)"
        + TITLE
        + r"(?=, (?:[A-Z][\w’'-]+ ){1,3}(?:plays|played|portrays|portrayed|voices|"
        r"voiced|(?:stars|starred|returns|returned) as) (?:the (?:[a-z-]+ )?[a-z-]+,? )?[A-Z])"
    )
)
#: A sentence that opens in its work and says when it comes: `In Shoot the Messenger, slated
#: for fall, Elyse Levesque stars as a young reporter` (no place is slated for a season).
_IN_SLATED_WORK = re.compile(
    at_word(r"\bIn " + TITLE + r"(?=, (?:slated|set|due|scheduled) for (?:the )?[a-z]+, [A-Z])")
)
#: Cues that a person's name or a place may stand in too (`Ben Gale's premiere`, `ITV axed Ben
#: Gale`, `the star of Real Madrid`, `production on Long Island`): no name shaped like a
#: person's, a place's or an event's is a title by them alone.
#: The weak cues tried after every other cue, in this order.
_LAST_CUES = (
    _OF_WORK,
    _OWNERS_THE,
    _YEARS,
    _SERVICE_OF,
    _LIKE,
    _RENEWED,
    _THEN_DESCRIBED,
    _OWN_PART,
    _PLAYED_BY_OWNER,
    _OWNER_CAST,
    _OWNER_ACTS,
    _COMES_BACK,
    _LEFT_SHOW,
    _WORK_DOES,
    _PAST_WORK,
    _THE_STAR,
    _ITS_STARS,
    _TAKEN_ON,
    _JOINED_AS,
    _RETURNS,
    _ADDS_CAST,
    _IN_WORK_CAST,
    _LANDED,
)
_WEAK_CUES = frozenset(
    (
        *_LAST_CUES,
        _BEFORE_KIND,
        _BEFORE_CUE,
        _GROSSED,
        _THEIR_PART_IN,
        _AT_THEATRE,
        _PART_ACTOR_IN,
        _MADE_WORKS,
        _SUCCESS_OF,
    )
)
#: Nouns after a run that make it a modifier of something else, not a work: `2019's Q3
#: results`, `Forbes' 30 Under 30 list`, `BBC One's Christmas Day schedule`.
_MODIFIES = re.compile(
    r" (?:list|issue|schedule|results?|vote|team|offering|highlight|line-?up|ranking|chart|"
    r"campaign|ad|advert|launch|ceremony|concert|tour|match|game|race|community|"
    r"theater|theatre|meeting|call|briefing|announcement|report|event)s?\b"
)
#: Words for a place or an event that a weak cue's run ends with: `Madison Square Garden`,
#: `Notting Hill Carnival`, `Super Bowl LIV`, `Season 2`.
_PLACE_OR_EVENT = re.compile(
    # `Edinburgh Fringe`, not the show `Fringe`
    r"(?:^| )(?:Island|Arena|Garden|Gardens|Dome|Stadium|Square|Carnival|(?<= )Fringe|Bowl|Cup|"
    r"Parade|Marathon|Games|Championships?|Coronation|Funeral|Wedding|Finals?|Match|Debate|"
    r"Derby|Open|Grand Prix|United|FC|Rovers|Athletic|Wanderers|Hotspur|Albion|Madrid|Milan|"
    # an organisation a person joins or stars for: `has joined Creative Artists Agency`
    r"Munich|Agency|Association|Party|Foundation|Institute|Council|Committee|Ministry|"
    r"Department|Management|Partners|Music Hall|Amphitheat(?:er|re)|Coliseum|"
    r"Airways|Airlines)"
    r"(?: (?:\d+|[IVXL]+))?$|"
    # a war a story is set in: `the backdrop of the Second World War, featuring A` (not
    # `World War Z`)
    r"(?:^| )World War(?: I{1,2}| One| Two)?$|"
    r"^(?:Season|Series|Part|Volume|Chapter|Episode|Top|Time) \d+$|"
    r"^(?:Cannes|Eurovision|Glastonbury|Coachella|Bollywood|Tollywood|Brexit|Sundance|SXSW|"
    r"Wimbledon|TikTok|Instagram|YouTube|Twitter|Facebook|Vine|Twitch|Snapchat|Christmas|"
    r"Boxing|Royal|Women[’']s|Team|NBA|NFL|MLB|NHL|WWE|UFC|Premier League|Olympic)\b"
)
#: Job words before a name: `Presenter Ben Gale`, `Netflix's CEO Ted Sarandos`.
_JOB = re.compile(
    r"^(?:(?:CEO|Chief|Executive|President|Director|Presenter|Head|Chair|Chairman|"
    r"Chairwoman|Boss|Controller|Commissioner|Editor|Founder|Producer|Showrunner|Host|"
    r"Creator|Writer|Actor|Actress|Star|Singer|Comedian|Veteran|Former) )+"
)


def _job_then_name(title: str) -> bool:
    """Tell whether a run is a job and a person's name (`Chief Executive Alex Mahon`), not a
    title that opens with such a word (`Star Trek: Discovery`, `Chief of War`)."""
    job = _JOB.match(title)
    rest = title[job.end() :] if job else ""
    return (
        _is_person(rest)
        and re.fullmatch(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,2}", rest) is not None
    )


#: Countries, which a strong cue's "in" may be followed by too: `the most bankable stars in
#: Pakistan` (a city may be a work: `starred in Chicago`).
_COUNTRIES = frozenset(
    """Scotland Ireland Wales England Britain America Australia Canada India Japan Korea France
    Germany Italy Spain Mexico Brazil China Nigeria Pakistan Bangladesh Nepal Ghana Kenya Egypt
    Turkey Iran Israel Russia Poland Sweden Norway Denmark Netherlands Belgium Singapore Malaysia
    Indonesia Philippines Thailand Vietnam Taiwan Argentina Colombia UK US USA""".split()
)
#: Places, schools and clubs a weak cue may take for a work's: `Veteran New York director, Ben
#: Gale`, `fans remember her from Harvard`, `the Arsenal star who scored`.
_PLACES = _COUNTRIES | frozenset(
    place.strip()
    for place in """New York|Los Angeles|London|Glasgow|Toronto|Paris|Sydney|Melbourne|
    Dublin|Atlanta|Vancouver|Mumbai|Manchester|Liverpool|Edinburgh|Belfast|Cardiff|Chicago|
    Boston|Texas|California|Harvard|Yale|Oxford|Cambridge|Juilliard|Stanford|Seoul|Tokyo|
    Berlin|Rome|Madrid|Miami|Seattle|Houston|Detroit|Philadelphia|Brooklyn|Manhattan|Ohio|
    Florida|Michigan|Arizona|Nevada|Oregon|Utah|Colorado|Tennessee|Kentucky|Louisiana|Alabama|
    Minnesota|Illinois|Missouri|Oklahoma|Massachusetts|Pennsylvania|Virginia|Maryland|
    New Jersey|New Mexico|Hawaii|Alaska|Washington|West End|Chelsea|Arsenal|Tottenham|Everton|
    Barcelona|Juventus|Celtic|Rangers|Sri Lanka|South Africa|New Zealand|Hong Kong|Lagos|
    Lahore|Karachi|Delhi|Chennai|Hyderabad|Kolkata|Dhaka|Yorkshire|Lancashire|Merseyside|
    Birmingham|Leeds|Bristol|Cornwall|Essex""".split("|")
)
#: What a weak cue's run that is a person's name stays a work only with: a show's own season
#: premiere or finale, its sequel or pilot (`the Tom Hale remake` is a maker's).
_WORK_ONLY_AFTER = re.compile(
    r"[’']s? (?:season|series) (?:finale|premiere)\b|"
    # `Prodigal Son’s continuing stars`: a show's, not a person's
    r"[’']s? (?:continuing|original|main|returning) (?:cast|stars)\b|"
    r" (?:finale|pilot|sequels?|prequels?|spin-?offs?|trilogy|installment|season \d+)\b"
)
#: A speech verb after a name ("Cumming said"), but not a headline's verb with its object:
#: "Stranger Things adds three to its cast", "Wednesday reveals first look", "Severance
#: confirms season 3" tell what a show did, and the show is no person.
_HEADLINE_VERBS = r"(?:adds|reveals|teases|confirms|shares|announces)\b"
#: What a work adds or reveals, no speech: `Oppenheimer has added yet another new member`; a
#: work continues "to grow".
_SAID = (
    rf"(?:(?:{_HEADLINE_VERBS}|added)(?!\s+(?:yet|a|an|its|their|his|her|first|new|more|another|"
    rf"two|"
    r"three|four|five|six|seven|eight|nine|ten|dozen|\d+|cast|trailer|teaser|premiere|release|"
    r"season|return|title|date|"
    # "Harbor Lights adds Ada Wren": a name after it is what is added, not who speaks
    r"details|plot|poster|photos?|images?|footage|stars?|actors?|actress(?:es)?|members?)\b"
    r"|\s+[A-Z])|"
    rf"(?!{_HEADLINE_VERBS})(?:{SPEECH_VERBS})\b(?!\s+to\b))"
)
#: A name that the text shows is a person's elsewhere: `Ben Gale, who`, `Ben Gale said`,
#: `Ada Wren has joined`, `Ben Gale's wife`, `actor Ben Gale`.
_PERSON_AFTER = (
    r"(?:,? who\b|,? " + _SAID + r"| (?:agreed|disagreed|thanked|joked|laughed|"
    r"hopes|wants|thinks|believes|wrote|directed|joined|joins|"
    r"(?:reportedly |also )?will (?:star|play|join)|"
    r"(?:has|had) (?:joined|landed|signed|starred|played|been cast|been added)|plays|played|"
    r"starred|"
    r"turned heads)\b|"
    # "Ranbir Kapoor starrer Animal": the star's name
     + _STARRER_WORD + r"|"
    r"[’']s (?:wife|husband|son|daughter|mother|father|sister|brother|partner|agent|rep|"
    r"career|role|character|performance|co-?star|debut|birthday)\b)"
)
_PERSON_WORD_BEFORE = (
    r"\b(?:[Aa]ctor|[Aa]ctress|[Dd]irector|[Pp]resenter|host|[Ss]inger|[Pp]roducer|[Ww]riter|"
    r"creator|star|CEO|executive|boss|chief|Mr\.?|Mrs\.?|Ms\.?|Dr\.?) "
)
_NAME_RUN = r"(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,4})"
_SHOWN_PERSON = re.compile(
    at_word(
        _PERSON_WORD_BEFORE + _NAME_RUN + "|" + _NAME_RUN.replace("name", "named") + _PERSON_AFTER
    )
)


def _weakly_named(title: str) -> bool:
    """Tell whether a weak cue's run is rather a place or an event."""
    place = title.removeprefix("The ")  # "The England star Jack Bell"
    return _PLACE_OR_EVENT.search(title) is not None or place in _PLACES


def shown_people(masked: str) -> set[str]:
    """Return the runs of capitalised words the text shows to be people, with each shorter
    run at their start or end (`Director Ben Gale said` gives `Ben Gale`): read once."""
    out: set[str] = set()
    for m in _SHOWN_PERSON.finditer(masked):
        words = (m["name"] or m["named"]).split()
        for n in range(1, len(words)):
            out.add(" ".join(words[:n]) if m["name"] else " ".join(words[n:]))
        out.add(" ".join(words))
    return out


#: An actor told by what they are known as, opening the clause that joins a run: `Game of
#: Thrones alum Ada Wren will join`.
_ACTOR_JOINS = re.compile(
    # not a field's star: "Pop star Ada Wren will join Ben Gale."
    r"(?:(?!(?:Pop|Rock|Rap|Country|Soap|Film|Movie|TV|Reality|Football|Tennis|Hollywood|"
    r"Bollywood|Broadway|Disney|YouTube|TikTok|Instagram|Porn|Music)\b)"
    r"[A-Z][\w’'-]*[”\"]? (?:alum|alumna|alumnus|star|veteran|icon)s?|"
    r"\b(?:[Aa]ctor|[Aa]ctress|[Nn]ewcomer)) [A-Z][^.;,]{0,60}$"
)
#: The end of the clause right after the run joined: `will join Harbor Lights.`
_CLAUSE_END = re.compile(r"\s*(?:[.;,]|$)")


def _joined_by_actor(masked: str, m: re.Match[str]) -> bool:
    """Tell whether an actor joins a run that ends the clause (`Game of Thrones alum Ada Wren
    will join Harbor Lights.`): a show, as one who joins a person is told where (`joined Ben
    Gale in Silver Creek`)."""
    return (
        m.re is _TAKEN_ON
        and _CLAUSE_END.match(masked, m.end("title")) is not None
        and _ACTOR_JOINS.search(masked, max(0, m.start() - 100), m.start()) is not None
    )


def _surname_of_someone(masked: str, word: str) -> bool:
    """Tell whether the page gives a word as a surname after a common given name: `Frank
    Sinatra`, then `the Sinatra movie`."""
    return any(
        given_name(m[1]) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(word)}\b", masked)
    )


#: A person's name ending a list's item, right before the next: `Candace Cameron Bure, `,
#: `Gabrielle Rose (also a Hallmark fixture), and `; not a work after its owner (`Steven
#: Spielberg’s Jaws, `).
_LISTED_NAME_BEFORE = re.compile(
    r"(?<![’'\w])(?<![’']s )[A-Z][\w-]+(?: [A-Z][\w-]+){1,3}(?: \([^()]{1,60}\))?(?:,|,? and) $"
)


#: A maker's credit set off after a name: `, directed by Justin Simms`.
_MAKER_NEXT = re.compile(r",? (?:directed|produced|written) by\b")
#: A cast list before its last names: `starring Jason Priestley, `.
_STARRING_LIST = re.compile(
    r"\b(?:starring|stars|featuring)\s+(?:[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}"
    r"(?:,\s+|,?\s+and\s+))+$"
)


def _weak_person(masked: str, title: str, m: re.Match[str], people: set[str]) -> bool:
    """Tell whether a weak cue's run shaped like a person's name is rather the person: the
    text shows them a person, or the cue is one a person has too (`Ben Gale's premiere`,
    `the Tom Hale remake`, `Ted Sarandos (Netflix)`, `Ada Wren, a version of her mother`),
    with where they are too (`joined Ben Gale in Silver Creek for the holidays`)."""
    owned = m.re in (
        _OWN_PART,
        _BEFORE_KIND,
        _THEIR_PART_IN,
        _TAKEN_ON,
        _RETURNS,
        _ADDS_CAST,
        *_OWNER_LISTS,
        _OWNER_ACTS,
    )
    start = m.start("title")
    if m.re in _OWNER_LISTS and _LISTED_NAME_BEFORE.search(masked, max(0, start - 120), start):
        # "the cast included A, Cedar Cove’s Jesse Hutch and B": one actor's work after
        # another actor's name, in a cast's list; not a maker's after another maker's work
        # ("Steven Spielberg’s Jaws, Martin Scorsese’s Taxi Driver")
        owned = False
    head = title.partition(" in ")[0]
    # "the new Sailor Moon Crystal anime": three words before a kind are a maker's and a word
    # only when the first is a given name ("the Debbie Macomber Christmas films"); two are a
    # name's whatever it is ("the Cy Dunn trailer")
    head_words = head.split()
    named = m.re is not _BEFORE_KIND or len(head_words) < 3 or given_name(head_words[0])
    if (
        owned
        and named
        and _is_person(head)
        and not _WORK_ONLY_AFTER.match(masked, m.end("title"))
        and not _joined_by_actor(masked, m)
    ):
        return True
    if m.re is _COMES_BACK and _is_person(title) and len(title.split()) == 2:
        return True  # "to see Ben Gale come back for a sequel"; not "One Tree Hill"
    if (
        m.re is _BEFORE_CUE
        and _MAKER_NEXT.match(masked, m.end("title"))
        and _STARRING_LIST.search(masked, max(0, start - 120), start)
    ):
        # "starring Jason Priestley, Shawn Doyle and Joanne Kelly, directed by": the list's end
        return _is_person(title.rpartition(" and ")[2])
    if (
        m.re in (_BEFORE_KIND, _TAKEN_ON)
        and " " not in title
        and _surname_of_someone(masked, title)
    ):
        # "the Frank Sinatra biopic ... the Sinatra movie": a film about him; "Sir Kenneth
        # Branagh ... Stars joined Branagh on the red carpet": the man himself
        return True
    words = title.split()
    if named and m.re is _BEFORE_KIND and len(words) == 3 and _is_person(" ".join(words[:2])):
        return True  # "the Debbie Macomber Christmas films": hers, and of a kind
    return _is_person(title) and title in people


#: A box-office chart's line: `3. The Revenant- $7.1M/$149.7M`, `2. Hail, Caesar! (review
#: here)- $11.4M`; the title runs to the takings, commas and all.
_CHART_LINE = re.compile(
    r"(?:^|"
    r"(?<=\s))\d{1,2}\.\s+(?P<title>[A-Z0-9][^\n()$]{0,60}?)(?=(?:\s*\([^)\n]*\))?\s*[-–—:]\s*\$\d)"
)
#: A work set off after what it was: `As the most popular drama this summer, Story of Yanxi
#: Palace has racked up`.
_AS_KIND_FIRST = re.compile(
    at_word(
        rf"\bAs (?:the|a|an) (?:(?!(?:of|for|in|on|to|at|with)\b)[\w-]+ ){{0,3}}(?:{_KINDS})\b"
        rf"[^,.;]{{0,40}}, {TITLE}"
        r"(?= (?:has|have|had|is|was|will)\b)"
    )
)
#: A title with a note on its name in brackets: `Peninsula (literal translation), a sequel`,
#: `Burning (working title)`; only a title is translated or worked on so.
_TITLE_NOTE = re.compile(
    TITLE + r"(?= \((?:literal|working|tentative|English)(?: translation| title)?\)|"
    # a show's run in brackets: `Disaster! (begins previews February 9, opens March 8 at the
    # Nederlander Theatre)`
    r" \((?:begins|began|starts|started) previews\b| \((?:opens|opened) (?:on )?[A-Z][a-z]+ \d)"
)
#: A countdown's line, an actor and the work they are ranked for: `10. Shakeel for An-Kahi`,
#: `6. Fawad Khan for Humsafar`.
RANKED_FOR = re.compile(
    r"(?m)^\d{1,2}[.)] (?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) for "
    rf"(?P<title>{_RUN}(?:: {_RUN})?)$"
)
#: A festival line-up's entry, opening its paragraph: `Chlorine / Italy (Director: A)`,
#: `Glassland (Director and screenwriter: B)`.
_LINEUP_ENTRY = re.compile(
    rf"(?m)^{TITLE}(?= / [A-Z][\w’' -]{{1,40}} \(| \()(?=[^)\n]{{0,40}}\(Directors?\b)"
)
#: A work in parentheses after a name whose part "as" gives next: `Wagner Moura (Elysium) as
#: Escobar alongside Boyd Holbrook (Gone Girl) and Pedro Pascal (Game of Thrones) as agents ...`.
_PAREN_THEN_PART = re.compile(
    rf"{_NAME_THEN_PAREN}(?P<title>{_RUN}(?:: {_RUN})?)\)"
    rf"(?=(?:(?:,|,? and) [{_UPPER}][\w’'-]+ [{_UPPER}][\w’'-]+ \([^()\n]{{1,40}}\))* as "
    r"(?:[a-z]+ )?[A-Z])"
)
#: Works listed in parentheses after a name whose part "as" gives next: `Starring Jason
#: Merrells (Emmerdale, Casualty and Cutting it) as the protagonist Frank`.
_PARENS_THEN_PART = re.compile(
    rf"{_NAME_THEN_PAREN}(?P<titles>[{_UPPER}][^()\n]{{0,120}}?(?:,| and) [^()\n]{{1,40}}?)\)"
    r" as (?:(?:the|a|an) )?(?:[a-z-]+ ){0,2}[A-Z]"
)
#: A work a part is played in, told right after it: `the widely-watched Dear Mother in which
#: she plays the role of a grandmother`.
_PLAYED_IN_WHICH = re.compile(
    TITLE + r"(?=,? in which (?:s?he|they|[A-Z][\w’'-]+) (?:also )?(?:plays|played|stars|"
    r"starred|appears|appeared|portrays|portrayed)\b)"
)
_CUES = (
    RESPECTIVE,
    _DESCRIBED_AFTER_OF,
    _YEARS_PANTO,
    _TO_THEATRE,
    _PLAYS_AT,
    _PARTS_IN_WORKS,
    _FROM_ITS_START,
    _AMONG_WORKS,
    _SUCCESS_OF,
    _MADE_WORKS,
    _STILL_FROM,
    _IN_SLATED_WORK,
    _TITLED_WHOLE,
    _TITLED_OPENING,
    _AFTER_KIND,
    _PLAYED_IN_WHICH,
    _AT_THEATRE,
    _PART_ACTOR_IN,
    _ACTOR_PART_BACK,
    _LINEUP_ENTRY,
    _CHART_LINE,
    _GROSSED,
    _BY_MAKER,
    _THEIR_PART_IN,
    _PAREN_THEN_PART,
    _NEW_KIND,
    _KIND_THEN_TITLE,
    _ONE_OF_THEIRS,
    _STUDIO_OF,
    _DESCRIBED_AFTER,
    _AWARDED,
    _APPOSITIVE,
    _DEBUT_APPOSITIVE,
    _AFTER_ROLE,
    _KNOWN_AS_FROM,
    FROM_WORK,
    _BEFORE_CUE,
    _BEFORE_KIND,
    _STRONG_CUE,
    _THE_WORK_IS,
    _OWN_NEXT_IS,
    _IN_THE_MAKING,
    _THEIR_NEXT,
    STARRER,
    _KNOWN_FOR,
    _JOINED,
    _NEWS_FOR,
    _ON_HEADING,
    FILMOGRAPHY,
    _STARS_OF,
    _BEST_KNOWN,
    _ADAPTED,
    _LEFT_AFTER,
    THE_ACTOR,
    _FROM_MAKER,
    _DEBUT_WITH,
    _BROUGHT_BACK,
    _REMADE_AS,
    _HAD_REMAKE,
    _YEAR_THEN_CAST,
    _STARS_LISTED,
    _OWNERS_KIND_THEN,
    _NATIVE_TITLE_AFTER,
    PRESS_CREDITS,
    RANKED_FOR,
    _TITLE_NOTE,
    _AS_KIND_FIRST,
    *_LAST_CUES,
)
#: The cues that open a list, and the pattern of the list's next item.
_CHAINS = {_OWNER_CAST: _OWNER_CHAIN, _PARTS_IN_WORKS: _PART_IN_NEXT}
#: A work coming back for something: what the cues of returns need.
_RETURN_FOR = re.compile(r" (?:return|returns|returning|back) for ")
#: The words without which a cue led by its title cannot match, looked for first.
_CUE_WORDS = {
    _TO_THEATRE: re.compile(
        r" (?:comes|came|returns|returned|arrives|arrived|heads|transfers) to "
    ),
    _PLAYS_AT: re.compile(r" (?:plays|playing|running|runs) at "),
    _BY_MAKER: re.compile(r" by "),
    _ACTOR_PART_BACK: re.compile(r"\) (?:[a-z- ]+ )?on"),
    _AMONG_WORKS: re.compile(r" among "),
    PRESS_CREDITS: re.compile(r" include"),
    FROM_WORK: re.compile(r" \(from [A-Z]"),
    _ITS_STARS: re.compile(r" (?:stars|actors|cast members|castmates|co-stars) "),
    _FROM_MAKER: re.compile(r" from (?:writer|director|filmmaker|showrunner|creator)"),
    _GROSSED: re.compile(r" \$\d"),
    _OWN_NEXT_IS: re.compile(r" (?:project|film|movie|release|venture|drama|series|show) is "),
    _IN_THE_MAKING: re.compile(
        r" is (?:being )?(?:produced|directed|helmed|bankrolled|penned|scripted) by|"
        r"[’']s (?:shooting|filming) |"
        r" tells the (?:true |real-life )?story of "
    ),
    _RETURNS: _RETURN_FOR,
    _COMES_BACK: _RETURN_FOR,
    _WORK_DOES: re.compile(r" (?:based on|adapted from|inspired by|premiere|was released)"),
    _HAD_REMAKE: re.compile(r" remake\b"),
    _STARS_LISTED: re.compile(r"(?:voices|stars)\b[^.]{0,30}:"),
    _NATIVE_TITLE_AFTER: re.compile(r"[<《]"),
    _OWNERS_KIND_THEN: re.compile(r"[’']s (?:[a-z-]+ )?[a-z-]+, [A-Z]"),
    _PLAYED_IN_WHICH: re.compile(r" in which "),
    _IN_SLATED_WORK: re.compile(r", (?:slated|set|due|scheduled) for "),
    _ADDS_CAST: re.compile(
        r" (?:adds|added|casts|taps|tapped|enlists|enlisted|recruits|recruited|books|booked|"
        r"lures|lured|invited|signed up|boasts|welcomes|welcomed) "
    ),
}
#: A blog post's heading under its dateline, or a review's heading: `Monday, May 2, 2016` then
#: `Thor: The Dark World (♦♦♦♦)`; `My Wife The Actress review`. A rating after it, in
#: parentheses or not (`Melancholia ****`, `Dune 4/5`), or the years it ran (`The New Perry
#: Mason (1985 – 1995)`) is no part of the title.
_DATELINE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?, \d{4}"
)
_HEADING = re.compile(
    # a list's number may open it: `1. 13 Reasons Why`, `1- Mushk`, `2 -Prem Gali`
    r"(?:\d{1,2}(?:[.)] | ?- ?))?(?P<title>[A-Z0-9][^.?!;\n(]{0,80}?)"
    # `Mathematician From A Strange World (literal translation)`: a note on the title's name
    r"(?: \((?:literal|working|tentative|English)(?: translation| title)?\)|"
    r" \([^\w()]{1,10}\)| [*★☆]{1,5}| \d/(?:5|10)|"
    r" \((?:19|20)\d\d(?: ?[–—-] ?(?:(?:19|20)\d\d|present))?\)|"
    # a blog's review heading with its venue: `Inventing Mary Martin @ The York Theater Company`
    r" @ [A-Z][^.?!;\n]{0,60}|"
    # a blog's heading over a new film's box of credits: `Rashtram -new release`
    r" ?[-–] ?(?:[Nn]ew|[Ll]atest) (?:[Rr]elease|[Mm]ovie|[Ff]ilm))?"
)
#: A review's heading: `Melancholia review`, `The Wife Movie Review by Sputnik`.
_REVIEW_HEADING = re.compile(
    r"(?P<title>[A-Z0-9][^.?!;\n(]{0,80}?)(?: (?:Movie|Film|TV|Series))? (?:review|Review)"
    r"(?: by [A-Z][^.?!;\n(]{0,40})?"
)
#: A review round-up's heading, its title and its certificate, with its director on the line
#: below or not: `Luce (15)` then `Directed by Julius Onah`, `Midway (12A)`.
_RATED_HEADING = re.compile(
    r"(?P<title>[A-Z0-9][^.?!;\n(]{0,80}?) \((?:U|PG|12A?|15|18|R|PG-13|NC-17)\)"
    r"(?:\s+Directed by [A-Z][^\n]{0,60})?"
)
#: A review's heading with its label first: `Review: Top Gun: Maverick`, `REVIEW | The
#: Verdict`; a title only if the review names it again, as a headline's sentence (`Review: Ada
#: Wren Shines`) is not. A blog's own label before it and the theatre after a dash are no part
#: of it: `CT Theater Review: The Revisionist -- Playhouse on Park`.
_REVIEW_LABEL = re.compile(
    rf"(?:[A-Z]{{2,4}} )?(?:(?:Film|Movie|TV|Theatre|Theater) )?(?:[Rr]eview|REVIEW)(?::| \|) "
    rf"{TITLE}(?: (?:--|[-–—]) [A-Z][^\n]{{0,60}})?"
)
#: A blog's archive page's first line: `Category Archives: WEST END REVIEWS`.
_ARCHIVE_LINE = re.compile(
    r"(?:Category Archives|Tag Archives|Archives|Posts tagged|Showing posts with label)\b"
)
#: A review's box of credits names its work on a line of its own: `Movie: Detective`.
_WORK_LABEL = re.compile(rf"(?:Movie|Film): {TITLE}")


def _review_sentence(text: str, start: int, end: int) -> re.Match[str] | None:
    """Match a review's labelled headline that goes on to say what its work does: `REVIEW:
    The Wife finds beauty and agony`; the title opens with its article, as no name does."""
    m = _REVIEW_LABEL.match(text, start, end)
    if m is None or not m["title"].startswith("The ") or not _LOWER_NEXT.match(text, m.end()):
        return None
    return m


_LOWER_NEXT = re.compile(r" [a-z]")
#: A round-up's section heading, a title and its channel: `The Mandalorian – Disney +`, `The
#: Crown (Netflix)`, `Crossfire (BBC1)`.
_CHANNEL_HEADING = re.compile(
    rf"{TITLE}(?: [–—] (?P<channel>[A-Z][\w+]*)(?: ?[A-Z+][\w+]*){{0,2}}|"
    r" \((?P<paren>[A-Z][\w+]*?)\d?(?: ?[A-Z+][\w+]*){0,2}\)|"
    # a column's listing, its channel and its days: `Parwarish | ARY, Mon-Tues 8.00pm`
    r" \| (?P<listing>[A-Z][\w+]*(?: [A-Z+][\w+]*){0,2}), (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b.*)"
)
#: A TV column's channel by its kind of name: `Green Entertainment`, `Hum TV` (not "Community
#: Centre" nor "Sky Sports" over a class or a match's listing).
_CHANNEL_NAMED = re.compile(r"[A-Z]{2,5}|.* (?:Entertainment|TV|Television)")


def _on_channel(heading: re.Match[str]) -> bool:
    """Tell whether a heading's channel, after its dash, in its brackets or its listing's bar,
    is a channel's name."""
    listed = heading["listing"]
    if listed is not None:
        return listed in _CHANNELS or _CHANNEL_NAMED.fullmatch(listed) is not None
    return (heading["channel"] or heading["paren"]) in _CHANNELS


#: A heading's title and a channel's initials in brackets: `Let It Snow (HC)`.
_INITIALLED = re.compile(rf"{TITLE} \([A-Z]{{2,5}}\)")
#: The fewest headings with channel initials that make them a page's list of works.
_LIST_HEADINGS = 2
#: A gallery's slide number, `2 of 8`, alone on its line: the line after it heads the slide.
_SLIDE = re.compile(r"\d{1,3} of \d{1,3}")
#: A slide's heading that is a title: a few capitalised words, small words between them.
_SLIDE_HEADING = re.compile(rf"(?P<title>{_WORD}(?:(?: {_SMALL})* {_WORD}){{0,5}})")


def _slide_heading(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return a gallery slide's heading shaped like a title; not a person's name, which a
    gallery of stars heads its slides with ("2 of 20" then "Ada Wren")."""
    heading = _SLIDE_HEADING.fullmatch(text, start, end)
    if heading is None or _SLIDE.fullmatch(heading["title"]):
        return None
    person = is_full_name(heading["title"]) and not is_leading_word(heading["title"].split()[0])
    return None if person else heading


#: The paragraph after a heading that calls it a work: `This new Iranian film was written`.
_ABOUT_IT = re.compile(rf"(?:This|The) (?:[\w-]+ ){{0,3}}?(?:{_KINDS})\b")
#: The most words a heading that is a title has.
_HEADING_WORDS = 8
#: Days a show is named after (`Christina Ricci (Wednesday)`), a work only where the article
#: names works in parentheses after actors.
_WEEKDAYS = frozenset(WEEKDAYS)
_NOT_TITLE = (
    _WEEKDAYS
    | frozenset(
        """January February March April May June July August September October November December
    Hollywood Broadway Netflix Disney Marvel DC BBC ITV HBO Showtime Channel Pixar Lionsgate
    Sony Fox Hulu Amazon Apple Paramount Universal Warner Starz FX AMC CBS NBC ABC CW Peacock
    Sky Blumhouse KBS KBS1 KBS2 MBC SBS JTBC tvN TVN OCN MBN ENA Mnet ABS-CBN TV5""".split()
    )
    | INDUSTRIES
)
#: Words that open a phrase a channel or a day may follow: `The Netflix`, `In Monday's`.
_PHRASE_OPENERS = frozenset("The In On By Since Until Before After During".split())
#: Channels and services a round-up's headings name: the companies above and a few more.
_CHANNELS = _NOT_TITLE | {"Freeform", "Prime", "Max", "Syfy", "Bravo", "Lifetime", "Starz", "GMA"}
_CHANNEL_KEYS = frozenset(channel.casefold() for channel in _CHANNELS)
#: Words that place a nation: `South African`, `North Korean`.
_COMPASS = frozenset("North South East West Northern Southern Eastern Western".split())
#: The "role of" cue: `the role of Freddie Mercury in Bohemian Rhapsody`, weak as a place
#: takes it too (`the role of Eliza in Chichester`).
_ROLE_OF = re.compile(r"role of ")
#: A person word after a run: `her fellow Welsh co-star`, `Rising Bollywood star`.
_STAR_AFTER = re.compile(r" (?:co-?stars?|stars?|actors?|actress(?:es)?|directors?|icons?)\b")


#: A conjunction opening a sentence, capitalised so the run takes it in: `And French actor
#: Ada Wren` (a nation, not the title "And French"; `And Just Like That star` stays a title).
_OPENING_CONJUNCTION = re.compile(r"^(?:And|But|Yet|So) (?=\S+$)")


def _describes_a_star(masked: str, title: str, end: int) -> bool:
    """Tell whether a run before a person word says where the person is from or works,
    not what they were in: `her fellow Welsh co-star`, `Rising Bollywood star`; a cue that
    names the work (`the film Dutch`, `starred in Forbidden Broadway`) keeps it."""
    words = title.split()
    nation = _OPENING_CONJUNCTION.sub("", title) in NATIONALITIES
    where = nation or (len(words) == 2 and words[1] in INDUSTRIES)
    return where and _STAR_AFTER.match(masked, end) is not None


#: A person word and "of the" before a kind of work: `the star of the film Rami Malek`.
_MEMBER_OF = re.compile(
    rf"\b(?:{'|'.join(sorted(ROLE_NOUNS))})s? of (?:the|this|that) $", re.IGNORECASE
)


#: A star named after the title, set off by commas: `the star of the film Annie Hall, Diane
#: Keaton, said`.
_NAMED_AFTER = re.compile(r",\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3},")


def _member_named(masked: str, title: str, start: int, end: int) -> bool:
    """Tell whether a run after a kind of work is the name of the work's star or maker set
    beside it (`the star of the film Rami Malek stepped forward`), not the work's title: the
    kind already ends "the star of the film", and the run is shaped like a person's name;
    not when the star's own name follows it (`the star of the film Erin Brockovich, Julia
    Roberts, said`)."""
    before = masked[max(0, start - 40) : start]
    named_after = _NAMED_AFTER.match(masked, end) is not None
    return _MEMBER_OF.search(before) is not None and _is_person(title) and not named_after


#: A work inside the story's world, made up by it: `the fictional dating show, Everlasting`,
#: `a fictional sitcom called “Rover”`; quoted titles are masked, so the run or the quote's
#: opening mark follows.
_FICTIONAL = re.compile(
    # "the fictional", not "semi-fictional", "largely fictional" nor "Netflix's fictional":
    # those tell how a real work tells its story
    at_word(
        r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) "
        rf"fictional (?:[\w/’'-]+ ){{0,3}}?(?:{_KINDS}|shows)"
        r"(?: (?:called|named|titled))?,? [“\"]?(?=[A-Z0-9_])"
    )
)


def fictional_titles(doc: Document, spans: list[Span]) -> frozenset[str]:
    """Return the titles the text calls made up within the story (the dating show inside
    UnREAL): no real work, so no cast of their own; their parts belong to the real one."""
    starts = {m.end() for m in _FICTIONAL.finditer(doc.masked)}
    return frozenset(doc.inner(span) for span in spans if span.start in starts)


#: A quoted name someone plays or that "who" goes on about: `“Dirty Den”, played by Leslie
#: Grantham`, `“Goose” (played by A)`, `‘Dirty Den’ who got shot`; a part, never a work (a work
#: is "which").
_PLAYED_AFTER = re.compile(
    r"[”\"]?,?\s+(?:(?:\(|(?:who (?:is|was) )?)(?:played|portrayed|voiced) by\b|who\s)"
)


def played_parts(doc: Document, quoted: list[Span]) -> frozenset[str]:
    """Return the quoted names the text says someone plays, or goes on about with "who":
    parts, not titles."""
    return frozenset(doc.inner(s) for s in quoted if _PLAYED_AFTER.match(doc.masked, s.end))


#: The languages of South Asia's films, which name no work: `the Malayalam film`.
_SOUTH_ASIAN_LANGUAGES = (
    "Hindi|Tamil|Telugu|Malayalam|Kannada|Marathi|Bengali|Bangla|Punjabi|Gujarati|Urdu|Bhojpuri|"
    "Odia|Oriya|Assamese|Konkani|Tulu|Sinhala"
)
#: A decade (`the 1990s ABC sitcom`), a short abbreviation (`the OG series`) or a lone
#: word of a nation or a language (`this new Iranian film`, `the Malayalam film`) is no title.
_NOT_A_WORK = re.compile(
    # an ordinal alone ("with the 2nd installment airing tomorrow") is which one, not a title
    # (not an Urdu title's "-ish": "Parwarish")
    r"\d+s\b|\d+(?:st|nd|rd|th)$|[A-Z]{1,2}$|[A-Z][a-z]+(?:ian|ean|ese)$|Native American$"
    r"|(?:British|English|Irish|Scottish|Spanish|Turkish|Polish|Danish|Swedish|Finnish|Flemish|"
    r"Cornish|Kurdish|Jewish|Yiddish)$"
    # ("the New Kolkata Bangla film": where it is made, then its language)
    rf"|(?:[A-Z][\w’'-]* ){{0,3}}(?:{_SOUTH_ASIAN_LANGUAGES}|Mandarin|Arabic|Persian|Farsi|"
    r"Hebrew|Tagalog|Swahili)$"
    # "Dish on Season 2:": a part of a work, not one
    r"|(?:Season|Series|Part|Chapter|Episode|Volume|Vol\.)\s+(?:\d+|[IVX]+)$"
    # an anime's voice actor in brackets after the part: "Kokone (CV: Mitsuki Takahata)"
    r"|CV: "
    # "start filming on 26 April 2021 in Rome": a date, once the place is trimmed off
    r"|\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
    # or the month first: "since it was first shown on June 23"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}(?:st|nd|rd|th)?$"
    # a score or a vote: "as the hosts closed on 456-3 at Edgbaston" (not "9-1-1")
    r"|\d{1,3}[-–]\d{1,3}(?![-–\d])"
    # a determiner opening a sentence: "Another season two comes from"
    r"|(?:Another|Every|Each|Either|Neither)$"
    # a news item's dated heading in capitals: `(14 AUGUST 2017)`
    r"|\d{1,2} (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
    r"NOVEMBER|DECEMBER) \d{4}$"
)
#: A word of praise before a job (`Renowned director Park Chan-wook's new thriller`), or of a
#: first work (`directed by Debutant director Sukamal Nath`): a title alone only after a strong
#: cue (`the new series, Famous.`).
_PRAISE = re.compile(
    r"(?:Renowned|Acclaimed|Celebrated|Famed|Noted|Legendary|Veteran|Famous|Prolific|"
    r"Seasoned|Beloved|Debutant|Debutante|Newcomer|First-time)$"
)
#: The last word of an event's or an honour's name, not a work's: `2019's Golden Globes`,
#: `host of Comic-Con`, `2019's Woman of the Year`.
_EVENT = frozenset(
    """Awards Oscars Emmys Globes Tonys Grammys BAFTAs Baftas Festival Comic-Con Gala Olympics
    Week Year Ceremony Con Expo Summit""".split()
)
#: Words that name a company, not a work: `a Universal Pictures film`.
_COMPANY = re.compile(
    at_word(
        r"\b(?:Pictures|Studios?|Entertainment|Films|Productions|Network|TV|Records|Media|Group|"
        r"(?:Theatre|Theater|Opera|Ballet|Dance) Company)\b"
    )
)


def _channels_day(masked: str, title: str, m: re.Match[str]) -> bool:
    """Tell whether a day's name is a show: a channel's, `Netflix's Wednesday`, `the Netflix
    series Wednesday` (not `on Netflix on Wednesday`), or the one a cast member is known by,
    `to star alongside The Weeknd and Wednesday's Jenna Ortega`."""
    if title not in _WEEKDAYS:
        return False
    if m.re in _OWNER_LISTS:
        return True
    start = m.start("title")
    before = masked[max(0, start - 40) : start]
    owner = _CHANNEL_OWNER.search(before)
    return owner is not None and owner["channel"].casefold() in _CHANNEL_KEYS


#: A channel's possessive or its kind of work right before a title: `Netflix's `, `the
#: Netflix series `.
_CHANNEL_OWNER = re.compile(
    r"\b(?P<channel>[A-Z][\w+]*)(?:[’']s|(?: [a-z-]+)? (?:series|show|drama|comedy|sitcom))\s$"
)


def _of_nations(title: str) -> bool:
    """Tell whether a run says where someone is from, however many nations it joins: `The
    British-South African actress was`, `The English cast for the re-dub` (a strong cue's `the
    film Dutch` is a title still; after "The", only a nation's own word, not `The Martian`)."""
    if title.startswith("The "):
        return all(w in NATIONALITIES for w in re.split(r"[- ]", title[4:]))
    # "Her Australian co-stars are", "New Zealand and Australian actors are starring"
    title = _NATIONS_JOINED.sub("-", _NATIONS_OWNER.sub("", title).replace("New Zealand", "Kiwi"))
    words = re.split(r"[- ]", title)
    nations = all(_NOT_A_WORK.match(w) or w in NATIONALITIES or w in _COMPASS for w in words)
    return nations and any(w not in _COMPASS for w in words)


#: A possessive before where people are from, and what joins two such words: `Her Australian
#: co-stars`, `New Zealand and Australian actors`.
_NATIONS_OWNER = re.compile(r"^(?:Her|His|Their|Our) ")
_NATIONS_JOINED = re.compile(r" (?:and|&) ")


#: A theatre's name, where a show plays, no show: `Arts Theatre`, `Theatre Royal Haymarket`.
_VENUE = re.compile(r"^(?:The )?Theat(?:re|er)\b|\bTheat(?:re|er)$|\bPlayhouse$")


def _accept(title: str, strong: bool = False) -> bool:
    """Refuse a run that is a modifier (`in Steven Spielberg's film`) or a common word; after
    a strong cue a lone word may be one that is mostly no title (`the Halloween franchise`)."""
    words = title.split()
    if not words or title.endswith(("’s", "'s", "’", "'")) or _NOT_A_WORK.match(title):
        return False
    if _PRAISE.match(title) and not strong:
        return False
    # "The Netflix", "In Monday's finale": a channel or a day after a word opening a phrase
    opener = words[0] in _PHRASE_OPENERS and len(words) > 1 and words[1] in _NOT_TITLE
    # "Wednesday season 2", "the film Saturday Night": a title a day's name opens only after a
    # strong cue, and a month's with more words (`November Christmas (HMM)`)
    day_named = strong and (words[0] in _WEEKDAYS or (words[0] in MONTHS and len(words) > 1))
    if (words[0] in _NOT_TITLE and not day_named) or opener:
        return False
    # (an Urdu title's "-e-" is its own: "Kasa-e-Dil", "Raqs-e-Bismil"; a short word between
    # capitals too: "Hi-de-Hi", "Rent-a-Girlfriend")
    if (
        re.search(r"-(?!(?:a|e|de|da|di|la|el)-[A-Z])[a-z]", title)  # not "Stoke-on-Trent"
        or _COMPANY.search(title)
        or words[-1] in _EVENT
    ):
        return False  # "Oscar-winning", "The 41-year-old"
    outlet = title.casefold() in publications() or f"the {title}".casefold() in publications()
    if outlet or _job_then_name(title) or _VENUE.search(title):
        return False
    return " " in title or not is_leading_word(title, strong)


#: A word describing the person, not the work: `Former Home and Away star`, `Fans of the
#: Ghost Hunters: Afterlife cast`; or a
#: conjunction opening the sentence: `While the Monsters franchise has` (not the title `Once
#: Upon a Time`).
_DESCRIBING = re.compile(
    r"^(?:(?:Former|Fellow|Longtime|Veteran|Ex|Fans of(?: the)?) |"
    # "These Wednesday season 2 announcements" (not "This Is Us", "These Days", "Those Who
    # Wish Me Dead", "Those About to Die", nor a possessive: "Your Honor", "His Dark Materials")
    r"(?:These|Those) (?!(?:Who|Which|That|About|Are|Were)\b)(?=[A-Z][\w’'-]*[^\Ws](?: |$))|"
    r"(?:While|Whereas|Although|Though|Because|"
    r"Since|Unlike|Once|When|According to) (?:the )?(?!Upon\b))"
)


#: A photographer's name a caption's title ran into: `as Noor in The Night Agent
#: Christopher Saunders/Netflix`, the credit `Name/Agency` copied onto the caption's line.
_PHOTO_CREDIT = re.compile(r"(?: [A-Z][\w’'-]*){2}$")


#: A possessive the run of capitals took in: a channel's (`Netflix's When They See Us`), an
#: outlet's (`Vanity Fair's March issue`) or a maker's (`Angelina Jolie's Maleficent`, `Albert
#: Hughes' Alpha`).
_OWNER = re.compile(
    r"^(?P<owner>[A-Z][\w+]*(?: [A-Z][\w+]*){0,3})(?:[’']s|(?<=s)[’']) (?=[A-Z0-9])"
)


#: Common words a maker's possessive cannot be trimmed down to: `Bridget Jones's Baby` is the
#: title whole, never a film called `Baby`.
_COMMON_TAILS = frozenset(
    """Baby Diary Day Days Girl Girls Boy Boys Story Life Wedding Game Games House Home Party
    Family Friend Friends Secret Secrets Dream Dreams Love Heart World War Song Songs Kiss Child
    Children Daughter Son Wife Husband Mother Father Dad Mom Mum Sister Brother Christmas Book
    Room Place Year Night Time Legacy Return Revenge Show Movie Film""".split()
)


def _owns(owner: str) -> bool:
    """Tell whether a possessive before a title is its channel's, an outlet's or a person's,
    not the title's own first words (`Ocean's 8`, `The Handmaid's Tale`)."""
    person = is_full_name(owner) and not is_leading_word(owner.split()[0])
    # "FOX's New Girl": a channel in capitals too
    channel = owner.casefold() in _CHANNEL_KEYS
    return channel or owner.casefold() in publications() or person


#: A colon that ends a heading before its text, not a subtitle: `on Bates Motel: We all know`.
_COLON_THEN = re.compile(r": (?P<word>[A-Z][\w]*)(?:[’'][a-z]+)?$")
#: A work in parentheses after a run, which makes a name after the run's colon an actor's:
#: `the voice cast for its film Rover: Ada Wren (Dune)`; not a year (`Dune: Part Two (2024)`).
_WORK_LISTED = re.compile(r" \((?!\d)")
#: A date or a count the run took in before the title: `2024-05-07 These Wednesday`, `Season
#: 2 of The Recruit`.
_COUNT_NOUNS = ("season", "series", "part", "volume", "chapter")
_DATE_FIRST = re.compile(
    r"^(?:\d{4}-\d\d-\d\d|(?:"
    + "|".join(noun.title() for noun in _COUNT_NOUNS)
    # "the team behind 2013's Monsters University": the year it came out
    + r") \d{1,2} of|(?:1[89]|20)\d\d[’']s) (?=[A-Z])"
)
#: A count's noun right before a run that starts with the count: `series 2 of Accused` (not
#: the title `2 of Hearts`).
_COUNTED_BEFORE = re.compile(at_word(r"\b(?:" + "|".join(_COUNT_NOUNS) + ") $"))
_COUNT_OF = re.compile(r"^\d{1,2} of (?=[A-Z])")
#: A season's number after a show's name, no part of it: `The Crown Season 5`; not the
#: title that is all season (`Season 2` stays as it is, for the cues to refuse).
_SEASON_AFTER = re.compile(r"(?<=\w) (?:Season|Series) (?:\d{1,2}|One|Two|Three|Four|Five)$")
#: A headline's words after its colon, never a subtitle: `Newcomers: All the New Characters`.
_HEADLINE_AFTER = re.compile(
    r": (?:All|Everything|Every|How|Why|What|Who|Here|Inside|Meet|See|Watch|Our|Your)\b.*$"
    # a title-case headline's casting verb and all after it: `WISH Adds Angelique Cabral To Its
    # Voice Cast`
    r"| (?:Adds|Casts|Taps|Recruits|Enlists|Nabs) [A-Z].*$"
)


#: A compound describing the person that opens the run: `26-year-old Sisters of War actress`,
#: `Emmy-winning Night Falls star`.
_COMPOUND_BEFORE = re.compile(r"^(?:\S+-[a-z]\S* )+(?=[A-Z])")
#: A title-case headline's kind of work and the words before it telling where it is from or
#: its language: `New Kolkata Bangla Film Pati Parameshwar`, `Tamil Movie Jailer`.
_KIND_FIRST = re.compile(
    rf"^(?:[A-Z][\w’'-]* ){{0,3}}(?:{_SOUTH_ASIAN_LANGUAGES}|Korean|Chinese|Japanese|Filipino|"
    r"Nollywood|Bollywood|Tollywood) (?:Film|Movie|Drama|Series) (?=[A-Z])"
)


#: An outlet a run of capitals ran on to: `Ben Gale for Empire`.
_FOR_OUTLET = re.compile(r" for (?P<outlet>[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,2})$")
#: An event of a year that a run of capitals ran on to: `Lion Heart at Tiff 2018`.
_AT_EVENT = re.compile(
    r"(?<=\S) (?:at|in) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3} (?:19|20)\d\d$"
)
#: Where or for whom a work is made, that a run of capitals ran on to: `to direct The Crimson
#: Tide for Netflix`, `on the set of Harbor Lights in Atlanta`, `Ben Gale for Empire`.
_WHERE_AFTER = re.compile(
    r" (?:for|at|on|in) (?:the )?(?P<where>[A-Z][\w’'&+-]*(?: [A-Z][\w’'&+-]*){0,2})$"
)


#: Languages a work is made or dubbed in, never the last words of its title.
_LANGUAGES = frozenset(
    """English French Spanish German Italian Portuguese Mandarin Cantonese Japanese Korean Hindi
    Tamil Telugu Arabic Russian Dutch Swedish Danish Norwegian Polish Turkish""".split()
)


#: A time a title tells before its place: `One Night in Miami`, `Two Weeks in Paris`.
_TIME_WORD = re.compile(
    r"(?:Night|Day|Week|Weekend|Month|Year|Summer|Winter|Spring|Autumn|Christmas|Hours?|"
    r"Minutes?)s?"
)


def _where(head: str, words: str) -> bool:
    """Tell whether capitalised words after a run's `for`, `at`, `on` or `in` name an outlet,
    a channel or a place, not a title's last words (`Love in the Villa`); a place ends a
    title of one word or one an article opens (`Emily in Paris`, `An American Werewolf in
    London`), and only a run of two words or more without it ran on to one. A day's name
    may be a show's (`portrayed by Fred Armisen in Wednesday`), and an industry's a place in
    a title (`Once Upon a Time in Hollywood`), so only a service's name is a channel; a
    studio's (`for Paramount Pictures`) or a language (`in English`) ends a title too."""
    key = words.casefold()
    channel = re.fullmatch(_SERVICES, words) is not None
    named = head.split()
    place = (
        words in _PLACES
        and len(named) > 1
        and named[0] not in ("The", "A", "An")
        and _TIME_WORD.fullmatch(named[-1]) is None
    )
    month = words in MONTHS  # `will headline Radio City in June`: a run on to a date
    # `the novel Annihilation for Paramount Pictures`: the studio making it; `to remake Train
    # to Busan in English`: the language it is made in
    maker = _COMPANY.search(words) is not None or words in _LANGUAGES
    return channel or key in publications() or place or month or maker


#: A headline's label before its words, no part of a title: `EXCLUSIVE: Home And Away star`.
_LABEL_FIRST = re.compile(rf"^(?i:{HEADLINE_LABEL}): ")


#: A title of several words, then a person it owns: `Harry Potter and the Cursed Child's Jack
#: Thorne`.
_PERSON_OWNED = re.compile(r"(?P<work>\S+(?: \S+)+)[’']s (?P<person>[A-Z][\w-]+ [A-Z][\w-]+)")


#: The theatre a run of capitals goes on to after its show: `Waitress at the Adelphi Theatre`.
_VENUE_AFTER = re.compile(
    r" at the [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3} (?:Theatre|Theater|Playhouse|Hall|Centre|"
    r"Center|Opera House|Arena)$"
)


def _trim(title: str) -> str:
    title = _DATE_FIRST.sub("", _LABEL_FIRST.sub("", title.rstrip("!-’'").strip()))
    # "Fist Fight Fist Fight, directed by": a heading the page ran into its paragraph
    words = title.split()
    half = len(words) // 2
    # (not a title of one word said twice: "Bang Bang", "Sing Sing")
    if half > 1 and len(words) % 2 == 0 and words[:half] == words[half:]:
        title = " ".join(words[:half])
    title = _DESCRIBING.sub("", title)
    title = _KIND_FIRST.sub("", _COMPOUND_BEFORE.sub("", title))
    after = _COLON_THEN.search(title)
    if after is not None and is_leading_word(after["word"]):
        title = title[: after.start()]
    title = _HEADLINE_AFTER.sub("", title)
    title = _VENUE_AFTER.sub("", _SEASON_AFTER.sub("", title))
    # "Ada Wren and Blue Cove producer Tom Hale", "found fame on The Voice and Ada Wren on":
    # a person the run took in before or after its title
    head, joined, tail = title.partition(" and ")
    if joined and tail[:1].isupper() and _capitalised_person(head):
        title = tail
    elif joined and _capitalised_person(tail.partition(" in ")[0]):
        title = head  # "starred in Fittrat and Karan Tacker in Special Ops": the next credit
    # "a new adaptation by Harry Potter and the Cursed Child's Jack Thorne": the run took in
    # the person its work names
    owned = _PERSON_OWNED.fullmatch(title)
    if owned is not None and _capitalised_person(owned["person"]) and not _is_person(owned["work"]):
        title = owned["work"]
    # "her movie Lion Heart at Tiff 2018": an event of a year the run went on to
    title = _AT_EVENT.sub("", title)
    where = _WHERE_AFTER.search(title)
    if where is not None and _where(title[: where.start()], where["where"]):
        title = title[: where.start()]
    owner = _OWNER.match(title)
    if owner is not None and _owns(owner["owner"]):
        if title[owner.end() :] in _COMMON_TAILS:
            return title  # "Bridget Jones's Baby": no film called "Baby"
        return title[owner.end() :]
    return title


_SPEECH_AFTER = re.compile(",? " + _SAID)


#: What a work tells or has, not what a speaker does: ` tells the story of`, `Home and Away
#: boasts new cast members`.
_STORY_TOLD = re.compile(
    r" the (?:true |real-life )?story\b|"
    r"(?<=boasts) (?:[\w-]+ ){0,2}(?:cast members?|stars|actors|faces)\b"
)
#: Words right before a title that place it in a phrase, no speaker's name.
_PLACING = frozenset("in on of film movie series show drama comedy sitcom thriller".split())


def _speakers(masked: str, found: set[str]) -> set[str]:
    """Return the candidates the text shows to be people: `Cumming said` is no title.

    Read once from each speech verb back over the words before it, not once per candidate.
    """
    out: set[str] = set()
    if not found:
        return out
    longest = max(len(title.split()) for title in found)
    for m in _SPEECH_AFTER.finditer(masked):
        if _STORY_TOLD.match(masked, m.end()):
            continue  # "Peterloo tells the story of the massacre": a work's, no one speaking
        # One word more than the longest title: the word before a title tells where it is.
        words = masked[max(0, m.start() - 200) : m.start()].split(" ")[-longest - 1 :]
        for n in range(len(words)):
            title = " ".join(words[n:])
            before = masked[m.start() - len(title) - 1 : m.start() - len(title)]
            # "who plays Ada on Stranger Things, said": a title ends the clause before "said";
            # "Ada Wren, star of the film Night Harbor, said": so does a kind's; "with Hungama 2
            # revealed": no one's name ends in a number.
            placed = n > 0 and words[n - 1] in _PLACING or title[-1].isdigit()
            if title in found and not re.match(r"[\w’'-]", before) and not placed:
                out.add(title)
    return out


#: What an outlet does: "As CSI Files previously reported".
_REPORTED = r" (?:previously |first |exclusively |recently |also )?(?:reported|reports)\b"


def _reporters(masked: str, found: dict[str, int]) -> set[str]:
    """Return the candidates the text shows to be outlets: `As CSI Files previously
    reported` is a site's name, no work's."""
    return {title for title in found if re.search(rf"\b{re.escape(title)}{_REPORTED}", masked)}


def _beside_known_for(doc: Document, found: dict[str, int]) -> dict[str, int]:
    """Return the works in parentheses after actors' names in an article that gives an
    actor's work in parentheses in a title's shape elsewhere: `Kaitlyn Dever (Booksmart),
    Isabela Merced (Dora and the Lost City of Gold)`; `Jonathan Pryce (Dough)` in a review
    that wrote `Glenn Close (The Wilde Wedding)`. Writers keep to one use of the
    parentheses in an article; without such a title, `Olivia Holt (Kate)` names a part."""
    cued = {m.start() for m in _KNOWN_FOR.finditer(doc.masked)}
    # (not a cast in parentheses: "Darkest Hour (Gary Oldman, Stephen Dillane)")
    shaped = cued | {
        m.start()
        for m in _KNOWN_FOR_ANY.finditer(doc.masked)
        if _several_works(m["title"]) and not _actors_listed(works_in(m["title"]))
    }
    if not shaped:
        return {}
    # "Walter Stackhouse (Wilson)" after "Patrick Wilson": an actor's surname, not a work.
    surnames = {m[1] for m in _SURNAME.finditer(doc.masked)}
    out: dict[str, int] = {}
    # "Christina Ricci (Wednesday)" is a show only beside other actors' works: alone, or
    # beside other days (`Ana Lee (Friday) and Tom Hale (Saturday)`), it is a day's panel.
    days: list[tuple[str, int]] = []
    titled = {doc.sentence_at(at).start for at in shaped}
    # "Sims (Broadchurch) appears": an actor named in full before, by surname
    by_surname = (
        m
        for m in _SURNAME_PAREN.finditer(doc.masked)
        if m["surname"] in surnames
        and not _CAPITAL_BEFORE.search(doc.masked, max(0, m.start() - 40), m.start())
    )
    for m in itertools.chain(_KNOWN_FOR_ANY.finditer(doc.masked), by_surname):
        items = works_in(m["title"])
        if m.start() in cued or not _works_listed(items):
            continue
        if items[0] in _WEEKDAYS and len(items) == 1:
            days.append((items[0], m.start("title")))
            continue
        if not all(map(_named_in_parentheses, items)):
            continue  # "Tom Hale (CEO, Netflix)": a job and a company
        if _actors_listed(items) or _named_before(doc.masked, items, m.start()):
            continue
        titled.add(doc.sentence_at(m.start()).start)
        name = doc.masked[m.start() : m.start("title")]
        for title in items:
            if title not in found.keys() | surnames and not _own_name(name, title):
                out.setdefault(title, m.start("title"))
    for day, at in days:
        if doc.sentence_at(at).start in titled:
            out.setdefault(day, at)
    return out


#: How far back a bracket's name is read for an item that writes it another way.
_NAME_REACH = 30


def _own_name(name: str, item: str) -> bool:
    """Tell whether an item in brackets after a name is that name written another way: the
    `Minkyu` of `Kim Min-kyu (Minkyu, Pop Out Boy!)`."""
    joined = item.replace("-", "").casefold()
    return any(word.replace("-", "").casefold() == joined for word in name.split())


#: A list of someone's parts, some with their work in brackets right after: `originating the
#: roles of Nellie(South Pacific), Maria(The Sound of Music), Venus, and Peter Pan`.
_ROLES_OF = re.compile(at_word(r"\broles of (?=[A-Z])"))
_LISTED_PART = re.compile(
    r"(?P<part>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})(?: ?\((?P<work>[A-Z][^()]{0,60})\))?"
    r"(?:,? and |, |(?=[.;,]|$))"
)


def parts_in_brackets(masked: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """Return (part, work, offset) for each part of a list of parts after "roles of" that
    names its work in brackets."""
    out: list[tuple[str, str, int]] = []
    for m in _ROLES_OF.finditer(masked, start, end):
        at = m.end()
        while (item := _LISTED_PART.match(masked, at, end)) is not None and item.end() > at:
            if item["work"]:
                out.append((item["part"], item["work"], item.start()))
            at = item.end()
    return out


#: A soap magazine's brackets after an actor: each part and its show in capitals, the past
#: ones marked: `Wes Ramsey (Sam, GUIDING LIGHT; ex-Owen, DAYS OF OUR LIVES)`.
_SOAP_BRACKETS = re.compile(r"(?<=[a-z] )\((?P<items>(?:ex-)?[A-Z][^()]{0,120}?)\)")
#: One item of them: a part in lower case after its capital (not a director's `(ROSIE, I
#: WENT DOWN)`), a show of two words or more or with its "&" (not `(London, UK)`).
_SOAP_ITEM = re.compile(
    r"(?:ex-)?(?P<part>[A-Z][a-z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}), "
    r"(?P<work>[A-Z0-9][A-Z0-9’'.:!?-]*(?: [A-Z0-9&][A-Z0-9&’'.:!?-]*)+|[A-Z]+&[A-Z]+)"
)


#: The same in a round-up of interviews, the show in title case, the words after a colon:
#: `Andrea Evans (Tina, One Life to Live): “So much has changed`, `Luke Perry (pictured,
#: ex-Dylan, Beverly Hills, 90210):`.
_BRACKETS_THEN_WORDS = re.compile(
    r"(?<=[a-z.] )\((?:pictured, )?(?:ex-)?(?P<part>[A-Z][a-z][\w’'.-]*(?: [A-Z][a-z][\w’'.-]*)?), "
    r"(?P<work>[A-Z0-9][^()]{0,60}? [^()]{1,60}?)\):"
)


#: Words a bracket's item says of a job or a body, no part or show: `(Chair, BOARD OF
#: DIRECTORS)`, `(Captain, ENGLAND FOOTBALL TEAM)`, `(Treasurer, GREEN PARTY)`.
_NO_PART_OR_SHOW = re.compile(
    r"\b(?:Chair|Chairman|Chairwoman|Chief|CEO|Director|President|Secretary|Treasurer|Minister|"
    r"Prime|Captain|Manager|Coach|Striker|Forward|Winner|Dean|Professor|Founder|Head|Editor|"
    r"Vocals|Guitar|Bass|Drums|Labour|Conservative|Democrat|Republican|Liberal|BOARD|COUNCIL|"
    r"PARTY|TEAM|FC|CLUB|UNIVERSITY|COLLEGE|GROUP|BANK|MINISTRY|DEPARTMENT|COMMITTEE|"
    r"REPUBLIC|KINGDOM|Board|Council|Party|Team|Club|University|College|Group|Bank)\b"
)
#: A verb of acting in the sentence of a bracket that gives no words after it (`Wes Ramsey
#: (Sam, GUIDING LIGHT) stars as`, `alongside co-stars Jamie Luner (Liza, ALL MY CHILDREN)`).
_ACTING_NEAR = re.compile(
    at_word(
        r"\b(?:stars|starred|starring|co-stars?|plays|played|playing|joins|joined|returns|"
        r"returned|appears|appeared|reprises|reprised|portrays|portrayed|cast)\b"
    )
)


def soap_parts(masked: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """Return (part, show, where the brackets open) for each part a soap magazine's brackets
    give after an actor's name, every item of them so written: in a sentence of acting, or
    before the actor's words after a colon; none that tells a job or a body."""
    out: list[tuple[str, str, int]] = []
    for m in _SOAP_BRACKETS.finditer(masked, start, end):
        if not (masked.startswith(":", m.end()) or _acting_around(masked, m.start(), m.end())):
            continue
        items = [_SOAP_ITEM.fullmatch(item) for item in m["items"].split("; ")]
        out += [(i["part"], i["work"], m.start()) for i in items if i is not None]
    out += [
        (m["part"], m["work"], m.start()) for m in _BRACKETS_THEN_WORDS.finditer(masked, start, end)
    ]
    return [item for item in out if not _NO_PART_OR_SHOW.search(f"{item[0]} {item[1]}")]


def _acting_around(masked: str, start: int, end: int) -> bool:
    """Tell whether the sentence around ``start:end`` has a verb of acting."""
    before = max(masked.rfind(mark, 0, start) for mark in ".!?\n")
    after = min((i for mark in ".!?\n" if (i := masked.find(mark, end)) >= 0), default=len(masked))
    return _ACTING_NEAR.search(masked, before + 1, after) is not None


def _listed_before_part(masked: str) -> dict[str, int]:
    """Return the works a parenthesis lists between an actor's name and the part they play
    (`Jason Merrells (Emmerdale, Casualty and Cutting it) as the protagonist Frank`): the
    part named after it, the parenthesis is the actor's other work, not parts."""
    out: dict[str, int] = {}
    for m in _PARENS_THEN_PART.finditer(masked):
        items = works_in(m["titles"], ends_with_and=True)
        if _works_listed(items) and not _actors_listed(items):
            for item in filter(_named_in_parentheses, items):
                out.setdefault(item, m.start("titles"))
    return out


def _named_before(masked: str, items: list[str], at: int) -> bool:
    """Tell whether a parenthesis holds a name the story gave before, out of parentheses:
    `Lee Jung Jae, Shin Min Ah & Lee Elijah confirmed for “Aide”` and then `the story of Jang
    Tae Joon (Lee Jung Jae)`: the actor of a part, no work of theirs."""
    return any(
        re.compile(rf"(?<![(\w]){re.escape(item)}(?![\w)])").search(masked, 0, at) for item in items
    )


def _actors_listed(items: list[str]) -> bool:
    """Tell whether a parenthesis after a name lists actors, not works: `JOE CASTLEMAN (Glenn
    Close and Jonathan Pryce)`, a part and then who plays it; one that opens with a common
    given name tells them."""
    return any(
        _is_person(item) and item.istitle() and given_name(item.split()[0]) for item in items
    )


def _named_in_parentheses(title: str) -> bool:
    """Tell whether an item in parentheses after an actor's name is a title: one a day's name
    opens is too (`Cy Dunn (Friday Night Lights, Glass House)`), not a date (`March 3`)."""
    first, _, rest = title.partition(" ")
    return _accept(title) or (first in _WEEKDAYS and _accept(rest))


def _several_works(paren: str) -> bool:
    """Tell whether a parenthesis after a name lists works in a title's shape: two or more,
    each of several words (`Keeley Hawes (Line of Duty, Ashes to Ashes)`), as no one part
    is."""
    items = works_in(paren)
    return (
        len(items) > 1
        and _works_listed(items)
        and all(" " in item and _named_in_parentheses(item) for item in items)
    )


def _works_listed(items: list[str]) -> bool:
    """Tell whether a parenthesis after an actor's name may list works: not a part and an
    age (`Olivia Holt (Kate, 25)`), nor a place (`Tom Hale (London, England)`)."""
    return not any(item.isdigit() or _weakly_named(item) for item in items)


def works_in(text: str, ends_with_and: bool = False) -> list[str]:
    """Return the titles of a parenthesis after an actor's name or of a list of their
    works: one or two, or a list set off by commas; ``ends_with_and`` splits a list's last
    item at its "and" (`like A, B and C`). An item told by its kind is its title (`and the
    Bond film Quantum of Solace`)."""
    if "," in text:
        items = [t.strip() for t in text.split(",")]
        if ends_with_and and " and " in items[-1]:
            items[-1:] = items[-1].removeprefix("and ").split(" and ", 1)
        items = [_KIND_ITEM_FIRST.sub("", item.removeprefix("and ").strip()) for item in items]
        return [_YEAR_NOTE_END.sub("", item) for item in items]
    text = text.strip()
    pair = _ARTICLE_PAIR.fullmatch(text) or _PAIR.fullmatch(text) or _YEARS_PAIR.fullmatch(text)
    if pair is None and ends_with_and:
        # "shows like Casualty and Holby City", "soaps including Coronation Street and Cracker"
        pair = _WORD_AND_NAME.fullmatch(text) or _NAME_AND_WORD.fullmatch(text)
    return [pair["first"], pair["second"]] if pair else [text]


_LOWER_WORD = re.compile(rf"(?<![\w’'-])(?!{_SMALL}\b)[a-z][\w’'-]*")


def _sentence_like(heading: str) -> bool:
    """Tell whether a heading is a headline's sentence, with lowercase words beyond a small
    one and one more (`Aussie actors secure roles in US series' pilots`), not a title a blog
    may write with a lowercase verb (`It was Just an Accident`)."""
    return len(_LOWER_WORD.findall(heading)) > 1


def _title_shaped(heading: str) -> bool:
    """Tell whether a heading may be a title: short, no slide's number, no headline's
    sentence, and ending on a capital or a number; a headline's label (`News`) or a title
    with what the story is about it (`Glass House casting`) is none."""
    return (
        len(heading.split()) <= _HEADING_WORDS
        and not _SLIDE.fullmatch(heading)
        and not _sentence_like(heading)
        and _accept(heading)
        and not heading.split()[-1][0].islower()
    )


def headings(doc: Document) -> list[tuple[int, str]]:
    """Return (offset, title) for each heading that names a work: a review's heading (`X
    review`); a round-up's section heading with its channel (`Cruel Summer – Freeform`) or
    over its box of facts (`Altered Carbon` over `Release Date:` and `Creator:` lines); a
    gallery's heading with a part (`Chicago Fire: Sal Vasquez (Brandon Larracuente)`) or
    under its slide's number (`2 of 8` then `The Walking Dead`); or
    a blog post's heading under its dateline that the post names again or calls a film in
    the paragraph right after it; or a list's heading with the work's own title in brackets
    (`Unauthorized Living (Vivir sin Permiso)`, see :mod:`.native`). A headline is a
    sentence about the work, not its title, so a heading must be short and be taken up as a
    work."""
    found: list[tuple[int, str]] = []
    boxed: list[tuple[int, str]] = []
    topped: tuple[int, str] | None = None
    text, bounds = doc.masked, doc.paragraphs
    # "Let It Snow (HC)", "November Christmas (HMM)": a page's own channel initials, set after
    # two headings or more
    initialled = [m for start, end in bounds if (m := _INITIALLED.fullmatch(text, start, end))]
    for n, (start, end) in enumerate(bounds):
        # a blog's archive page heads its first post under the archive's own line
        first = n == 0 or (n == 1 and _ARCHIVE_LINE.match(text, *bounds[0]) is not None)
        review = _REVIEW_HEADING.fullmatch(text, start, end) if first else None
        if first and review is None:
            review = _REVIEW_LABEL.fullmatch(text, start, end) or _review_sentence(text, start, end)
            # "Review: Ada Wren Shines" is about a person; "REVIEW: The Wife finds beauty" names
            # its work by its article, as no one's name opens
            if review is not None and (
                (text.find(review["title"], end) < 0 and not review["title"].startswith("The "))
                or review["title"] in shown_people(text)  # "Review: Ada Wren", "Ada Wren played"
            ):
                review = None
        channel = _CHANNEL_HEADING.fullmatch(text, start, end)
        if channel is not None and not _on_channel(channel):
            channel = None  # "Ana Lee – Interview" is no work on a channel
        if len(initialled) >= _LIST_HEADINGS:
            channel = channel or _INITIALLED.fullmatch(text, start, end)
        heading = _HEADING.fullmatch(text, start, end)
        # A page's dateline is dropped as noise, which leaves its heading first.
        dated = n == 0 or _DATELINE.fullmatch(text, *bounds[n - 1]) is not None
        rated = _RATED_HEADING.fullmatch(text, start, end)
        named = (
            review
            or channel
            or rated
            or part_heading(text, start, end)
            or _WORK_LABEL.fullmatch(text, start, end)
        )
        if named is None and n > 0 and _SLIDE.fullmatch(text, *bounds[n - 1]):
            named = _slide_heading(text, start, end)
        if named is None and n + 1 < len(bounds):
            named = native_heading(text, (start, end), bounds[n + 1])
        if named is not None and _accept(named["title"], named.re is _INITIALLED):
            found.append((start, named["title"]))
        elif (
            heading is not None
            and _boxed(doc, n)
            and _title_shaped(heading["title"])
            and not _NOT_BARE.search(heading["title"])  # "Score:" over "Genre: Comedy"
        ):
            boxed.append((start, heading["title"]))
        elif (
            heading is not None
            and dated
            and _title_shaped(heading["title"])
            # "Ada Wren joins Harbor Lights" is a headline's sentence, not a title
            and _HEADLINE_CAST.match(heading["title"]) is None
            and _PAGE_SECTION.search(heading["title"]) is None
        ):
            title = heading["title"]
            after = bounds[n + 1] if n + 1 < len(bounds) else (end, end)
            told = _ABOUT_IT.match(text, *after) or text.find(title, end) >= 0
            if told:
                found.append((start, title))
            elif n == 0 and _info_box(doc):
                topped = (start, title)
    # A list's boxes, two or more; one box is a review's, under its label ("Movie Information"),
    # unless its heading is a title by the note on its name (`(literal translation)`) or the
    # page names it again (`The Glass Menagerie | Regional News` over the box's own heading).
    noted = [
        (at, title) for at, title in boxed if _TITLE_NOTE.match(text, at) or text.count(title) > 1
    ]
    boxed = boxed if len(boxed) >= _BOXES else noted
    # The page's first line over a box of facts further down names its work, unless the box
    # has a heading of its own that does.
    if topped is not None and not boxed:
        found.append(topped)
    return found + boxed + _round_up_headings(doc)


#: A page's own section over the story, no work: `Spring Preview 2016`, `Fall TV Guide`.
_PAGE_SECTION = re.compile(
    at_word(
        r"\b(?:Preview|Previews|Guide|Roundup|Round-[Uu]p|Schedule|Line-?up)(?: (?:19|20)\d\d)?$"
    )
)
#: The fewest labelled lines right under a heading that make them its work's box of facts,
#: and the fewest such boxes that make a page a list of works.
_BOX_LINES = 2
_BOXES = 2


def _boxed(doc: Document, n: int) -> bool:
    """Tell whether the lines right under paragraph ``n``, itself no label's, are a box of
    facts about one work (`Release Date: February 2, 2018`, `Creator: Laeta Kalogridis`): a
    round-up of coming series heads each box with the series' title (`Altered Carbon`)."""
    lines = doc.paragraphs[n : n + 1 + _BOX_LINES]
    labelled = [INFO_LABEL.match(doc.masked, start) is not None for start, _ in lines]
    return len(lines) == 1 + _BOX_LINES and labelled == [False] + [True] * _BOX_LINES


#: The first paragraphs a box of facts under a headline may take, a line each.
_INFO_LINES = 8


def _info_box(doc: Document) -> bool:
    """Tell whether a page's first lines are a box of facts about one film (`Starring: A, B`),
    which makes its headline the film's title (`My Wife Is An Actress`), unless a line of the
    box names the film itself (`Movie: Detective`)."""
    lines = doc.paragraphs[:_INFO_LINES]
    labelled = [n for n, (start, _) in enumerate(lines) if INFO_LABEL.match(doc.masked, start)]
    if any(_WORK_LABEL.fullmatch(doc.masked, *lines[n]) for n in labelled):
        return False
    return len(labelled) >= 2 and labelled[0] > 0


#: What a round-up's paragraph calls the work its heading names: `the show`, `its cast`, `the
#: long-running hit`.
_ITS_WORK = re.compile(
    at_word(rf"\b(?:[Tt]he|[Ii]ts|[Tt]his) (?:[\w-]+ ){{0,3}}?(?:{_KINDS}|season|cast)\b")
)
#: The fewest bare headings that make a page a round-up, and the fewest words of a paragraph
#: under one.
_ROUND_UP_HEADINGS = 2
#: The most words of a bare heading, and what no bare title holds: a dash or quotation marks
#: (a heading that tells of its work, `Ada Wren - Harbor Lights`; not a film's part, `Breaking
#: Dawn - Part 1`), a label's colon, a notice's words.
_ROUND_UP_WORDS = 5
_NOT_BARE = re.compile(
    r"[-–—](?! Part \w)|[“”\"/|]|:$|\b(?:Copyright|Entries|Updated|Posted|By)\b|"
    # a photo's caption: "Joe Manganiello in Justice League"
    r" (?:in|at) "
)
_PARAGRAPH_WORDS = 12


def _round_up_headings(doc: Document) -> list[tuple[int, str]]:
    """Return (offset, title) for a round-up's bare section headings (`The 100`, then `The
    Blacklist`): short lines shaped like titles over paragraphs, two or more on the page
    (`Saw XI/Spiral, Part Two` counts), each taken whose paragraph names the work or calls it
    `the show`; not a person's name (`Ada Wren` over a paragraph about her show)."""
    text, bounds = doc.masked, doc.paragraphs
    shaped: list[tuple[int, str, int, int]] = []
    for (start, end), (after, stop) in itertools.pairwise(bounds[1:]):
        heading = _HEADING.fullmatch(text, start, end)
        if (
            heading is not None
            and _title_shaped(heading["title"])
            and len(text[after:stop].split()) >= _PARAGRAPH_WORDS
            and INFO_LABEL.match(text, start) is None  # a box's last line: `Weeks: 1`
        ):
            shaped.append((start, heading["title"], after, stop))
    if len(shaped) < _ROUND_UP_HEADINGS:
        return []
    # A gallery of stars heads most of its slides with names known to be people's: the other
    # name-shaped headings are people too ("Kristian Alfonso" beside "Anthony Geary").
    # A heading over a paragraph that casts it is a work's, whatever its shape (`Inside Out`).
    cast = [heading for heading in shaped if _casting_section(text, *heading[1:])]
    shaped = [heading for heading in shaped if heading not in cast]
    # ... unless its paragraph names it again (`Great Expectations is set to be released`),
    # not as someone a pronoun goes on about (`When Lamorne Morris took the stage to accept
    # his award`).
    if 2 * sum(_is_person(title) for _, title, _, _ in shaped) > len(shaped):
        shaped = [
            (start, title, after, stop)
            for start, title, after, stop in shaped
            if not _NAME_SHAPED.fullmatch(title)
            or (
                text.find(title, after, stop) >= 0
                and not re.search(_THEN_PRONOUN.format(re.escape(title)), text[after:stop])
            )
        ]
    bare = [heading for heading in shaped if _bare(text, *heading[1:])]
    return sorted((start, title) for start, title, _, _ in cast + bare)


#: A paragraph that casts its heading's work: `will feature Diane Keaton and Eugene Levy as`,
#: `A, B and C will play their children`, `gives voice to`.
_CASTS = re.compile(
    at_word(
        r"\b(?:will (?:also )?(?:feature|star|voice|play|join)|(?:gives?|lend) (?:voice|"
        r"their voices) "
        r"to|join(?:s|ed)? the (?:voice )?cast)\b"
    )
)


def _casting_section(text: str, title: str, after: int, stop: int) -> bool:
    """Tell whether a round-up's heading is a work its paragraph casts (`Finding Dory` over
    `the sequel will feature Diane Keaton`), not a person it is about: no common given name
    opens it and its last word is no subject in the paragraph (`Stana Katic` over `Katic will
    play`)."""
    words = title.split()
    if given_name(words[0]) or not _CASTS.search(text, after, stop) or len(words) > _ROUND_UP_WORDS:
        return False
    subject = re.compile(rf"(?:^|[.!?] )[^.!?]{{0,20}}\b{re.escape(words[-1])} [a-z]+s?\b")
    return subject.search(text[after:stop]) is None and not _NOT_BARE.search(title)


#: A name, then a pronoun later in its sentence: the name is someone's.
_THEN_PRONOUN = r"\b{}\b[^.!?]*?\b(?:he|she|his|her|him)\b"
#: Two or three capitalised words and nothing else, as a person's name is: `Kristian Alfonso`.
_NAME_SHAPED = re.compile(r"(?!(?:The|A|An) )[A-Z][a-z’'-]+(?: [A-Z][a-z’'.-]+){1,2}")


#: The words of an explainer's section headings (`Release Date`, `Cast`, `Plot`, `Who Is in
#: the Cast?`), which name no work however its paragraph speaks of the show.
_SECTION_VOCABULARY = frozenset(
    """release date dates cast plot trailer trailers synopsis story characters character who
    what when where how why is in the of and news details production reviews review reception
    background overview season seasons episode episodes premiere streaming stream watch more
    everything we know about latest updates filming location locations spoilers theories
    ending explained budget box office music soundtrack director directors writers crew
    returning new faces first look photos images teaser poster""".split()
)


def _bare(text: str, title: str, after: int, stop: int) -> bool:
    """Tell whether a round-up's heading is a bare title its paragraph takes up."""
    words = title.split()
    if (
        len(words) > _ROUND_UP_WORDS
        or _NOT_BARE.search(title)
        or all(word.lower() in _SECTION_VOCABULARY for word in words)
        or given_name(words[0])  # "James Marsters - Runaways", "Kristen Stewart Set for"
    ):
        return False
    if _person_heading(text, title, after, stop) or _caption_of_listed(text, title, after, stop):
        return False
    bare = " ".join(words[1:]) if words[0] in ("The", "A", "An") and len(words) > 1 else title
    return _ITS_WORK.search(text, after, stop) is not None or text.find(bare, after, stop) >= 0


def _caption_of_listed(text: str, title: str, after: int, stop: int) -> bool:
    """Tell whether a heading shaped like a name is a photo's caption of one its paragraph lists
    beside other names: `Nauman Ejaz` over `an ensemble cast of Nauman Ejaz, Samiya Mumtaz`."""
    if _NAME_SHAPED.fullmatch(title) is None:
        return False
    listed = re.compile(rf"\b{re.escape(title)}(?:,|,? and) [A-Z][\w’'-]+ [A-Z]")
    return listed.search(text, after, stop) is not None


def _person_heading(text: str, title: str, after: int, stop: int) -> bool:
    """Tell whether a gallery's heading names the person its paragraph is about: `Noah Jupe`
    over `Noah Jupe has been added to the cast`, `Stana Katic` over `Katic will play`."""
    if not _is_person(title):
        return False
    first, *_, surname = title.split()
    lone = re.search(rf"(?<!{re.escape(first)} )\b{re.escape(surname)}\b", text[after:stop])
    return lone is not None or title in shown_people(text[after:stop])


#: `the Monsters franchise`: the name of a series of works.
FRANCHISE = re.compile(
    r"[”\"]? (?:franchise|cinematic universe|universe|era|canon|saga|mythology|lore|timeline)\b"
)


def _franchises(masked: str, found: dict[str, int]) -> set[str]:
    """Return the titles that only name a franchise whose works the article names too: `the
    Monsters franchise` beside `Monsters University`; a credit belongs to the work."""
    # Every run of first words of a longer title, gathered once: a page of thousands of
    # titles would otherwise compare each with every other.
    heads = {
        " ".join(words[:n]) for words in (t.split(" ") for t in found) for n in range(1, len(words))
    }
    return {
        title
        for title in found
        if title in heads and re.search(re.escape(title) + FRANCHISE.pattern, masked)
    }


#: What a sentence's first word may be without being the title's: an article (`The Scream
#: franchise took the world by storm` in a story that writes `the new Scream movie`), a
#: possessive (`Her All Saints co-star Georgie Parker`) or a conjunction (`As Good Witch fans
#: know`).
_ARTICLE = re.compile(r"(?P<article>The|A|An|Her|His|Their|As) (?P<rest>.+)")
_ARTICLE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?) $")


#: Right before a part's name: `plays Batman`, `as Batman`.
_PART_BEFORE = re.compile(
    at_word(r"\b(?:as|plays?|played|playing|portrays?|portrayed|portraying) $")
)


#: A name and its epithet, which no second article opens: `The Buffy the Vampire Slayer alum`
#: is the alum of `Buffy the Vampire Slayer` (as `Conan the Barbarian`, `Bob the Builder`).
_EPITHET = re.compile(r"[A-Z][\w’'-]* the [A-Z]")


def _only_opens(doc: Document, title: str) -> bool:
    """Tell whether each use of a title opens its sentence, whose capital it may owe."""
    for use in re.finditer(rf"(?<![\w’'-]){re.escape(title)}(?![\w-])", doc.masked):
        if doc.sentence_at(use.start()).start != use.start():
            return False
    return True


#: A preposition opening a sentence, which a run of capitals takes in: `On Ada Wren's role`.
_PREPOSITION = re.compile(r"(?:In|On|At|For|From|With|About|During|Of|To|By) (?P<rest>.+)")
#: The comma that ends a phrase opening a sentence, a few words after the run.
_PHRASE_END = re.compile(r"[^,.;:!?]{0,40},")


def _opening_phrase(doc: Document, m: re.Match[str], title: str, opens: bool) -> bool:
    """Tell whether a run opening its sentence takes in the preposition of a phrase that a
    comma ends: `On Ada Wren's season two role, Wren said`; not a title that opens with one
    (`For All Mankind season 4 premieres`), nor one the story writes inside a sentence."""
    return (
        opens
        and _PREPOSITION.fullmatch(title) is not None
        and _PHRASE_END.match(doc.masked, m.end("title")) is not None
        and _only_opens(doc, title)
    )


def _without_article(doc: Document, title: str, found: dict[str, int]) -> str:
    """Return the title without the article (or possessive, or "As") a sentence's capital gave
    it, where the article names the rest as a title elsewhere (`in Silver Creek`) or a cue
    found it so, or the rest is a name and its epithet (`The Buffy the Vampire Slayer alum`); a
    title the article writes with a capital article inside a sentence (`in The BFG`), or with
    the article wherever it names it, keeps it."""
    m = _ARTICLE.fullmatch(title)
    if m is None or not _accept(m["rest"]):
        return title
    masked = doc.masked
    if not _only_opens(doc, title):
        return title
    # (a possessive or "As" only where the page names the rest alone: not "His Dark
    # Materials season 2", where a cue found "Dark Materials")
    opener = m["article"] not in ("The", "A", "An")
    if not opener and (m["rest"] in found or _EPITHET.match(m["rest"])):
        return m["rest"]
    for use in re.finditer(rf"(?<![\w’'-]){re.escape(m['rest'])}(?![\w-])", masked):
        if opener and masked.endswith(f"{m['article']} ", 0, use.start()):
            continue  # the title itself
        if not _ARTICLE_BEFORE.search(masked, max(0, use.start() - 4), use.start()):
            # "Robert Pattinson plays Batman": a part, no evidence of a title "Batman"
            if _PART_BEFORE.search(masked, max(0, use.start() - 12), use.start()):
                continue
            return m["rest"]
    return title


#: What a number counts or dates, after it: `starting to film 10 new episodes`, `a sequel
#: to John Carpenter's 1978 classic film`. A number so followed is no title.
_COUNTED = re.compile(
    r" (?:new |more |further )?(?:episodes|scenes|days|weeks|months|years|hours|minutes|times|"
    r"seasons|films|movies)\b"
    r"| (?:[a-z-]+ )?(?:classic|original|film|movie|version|series|show|remake|hit|feature|"
    r"musical|play|sitcom|drama|comedy|thriller)\b"
)


#: A title's head: the words before its subtitle or its sequel's number (`Top Gun` of `Top
#: Gun: Maverick`, `Hungama` of `Hungama 2`).
#: A sequel's number ending a title: no name but a king's ends so.
_NUMBER_END = re.compile(r" (?:\d{1,2}|[IVX]{1,4})$")
_HEAD = re.compile(r": |" + _NUMBER_END.pattern)
#: Where a head stands alone, not as the start of a longer title: no subtitle, number or
#: capitalised word after it.
_ALONE = re.compile(r"(?![\w’'-]|:| \d| [IVX]{1,4}\b| [A-Z])")
#: A title and what a list of titles puts right after it: `The Flash and Arrow`, `the
#: original, Halloween II, Halloween H20: 20 Years Later, and ...`. A bare comma counts only
#: inside a list that goes on to its "and" or "or", as a comma alone may end a clause.
_ITEM = rf"{_RUN}(?:: {_RUN})?"
_NEXT_ITEM = re.compile(
    rf"(?:,? (?:and|or) |, (?=[^,\n]{{1,60}},? (?:and|or) [A-Z]))(?P<title>{_ITEM})"
)
_ITEM_BEFORE = re.compile(rf"(?P<title>{_ITEM})(?:,? (?:and|or) |, )$")
#: How far back a list's item before a title is looked for.
_ITEM_REACH = 80
#: The works that name the actors beside a known one's: `Offspring's Don Hany, Home and Away's`.
_NEXT_OWNER = re.compile(rf"{_OWNED_NAME}(?:,? and |, )(?P<title>{_OWNER_ITEM})(?={_OWNED_NAME})")
_OWNER_BEFORE = re.compile(rf"(?P<title>{_OWNER_ITEM}){_OWNED_NAME}(?:,? and |, )$")


def _uses(masked: str, title: str) -> Iterator[re.Match[str]]:
    """Yield each place the text names a title as a whole word (a hyphen that joins no word
    after it ends one: `3. Night Harbor- $21M`)."""
    return re.finditer(rf"(?<![\w’'-]){re.escape(title)}(?!\w|-\w)", masked)


#: Around a day's name that dates: `on Wednesday`, `this Friday`, `Wednesday, May 7`,
#: `Friday night`, `Tuesday at 9`.
_DAY_BEFORE = re.compile(r"\b(?:on|this|last|next|every|each|by|until|since|from|of|a)\s+$", re.I)
_DAY_AFTER = re.compile(
    r",?\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"(?:nights?|mornings?|afternoons?|evenings?|at|and|or)\b)"
)


#: After a day's name that is a show's: `on Wednesday season 2`, `Wednesday's cast`.
_DAY_SHOW = re.compile(r"(?: [Ss]eason \d|[’']s (?:[a-z]+ )?(?:season|cast|finale|premiere)\b)")


def _mentions(masked: str, title: str) -> Iterator[re.Match[str]]:
    """Yield each place the text names a title; a title that is a day's name only where
    nothing around it dates (`premieres on Wednesday`, `Wednesday, May 7`): in parentheses
    after an actor, or `Wednesday season 2`, `renewed Wednesday for a second season`."""
    uses = _uses(masked, title)
    if title not in _WEEKDAYS:
        return uses
    return (
        m
        for m in uses
        if masked[m.start() - 1 : m.start()] == "("
        or _DAY_SHOW.match(masked, m.end())
        or not (
            _DAY_BEFORE.search(masked, max(0, m.start() - 12), m.start())
            or _DAY_AFTER.match(masked, m.end())
        )
    )


def _heads(doc: Document, known: set[str]) -> dict[str, int]:
    """Return the heads of known titles the text also names alone: `the first Top Gun` in a
    review of `Top Gun: Maverick`, `the Jumanji sequel` beside `Jumanji: Welcome to the
    Jungle`. A sequel's article names the work it follows by its short name; a head the
    article gives a part (`Chris Hemsworth as Thor`) is a character, not a work."""
    masked = doc.masked
    out: dict[str, int] = {}
    parts: frozenset[str] | None = None
    for title in known:
        head = _HEAD.split(title, maxsplit=1)[0]
        if head == title or head in known or not _accept(head):
            continue
        alone = next((m for m in _uses(masked, head) if _ALONE.match(masked, m.end())), None)
        if alone is None:
            continue
        parts = character_names(doc) if parts is None else parts
        if head not in parts:
            out.setdefault(head, alone.start())
    return out


def _neighbours(masked: str, use: re.Match[str]) -> Iterator[re.Match[str] | None]:
    """Yield the items of a list right after and right before a title's use: titles beside
    it (`The Flash and Arrow`), or, where it names an actor by their work, the works that
    name the actors beside them (`Offspring's Don Hany, Home and Away's Indiana Evans`)."""
    reach = max(0, use.start() - _ITEM_REACH)
    owner = _OWNED.match(masked, use.end()) is not None
    yield (_NEXT_OWNER if owner else _NEXT_ITEM).match(masked, use.end())
    yield (_OWNER_BEFORE if owner else _ITEM_BEFORE).search(masked, reach, use.start())


#: What two people joined by "and" do right after their names, which no pair of titles does.
_PAIR_ACTS = re.compile(r" (?:play|star|return|reprise|voice|portray|lead)\b")
#: Words that open a list of a work's cast, never a title beside it.
_CAST_LEADS = frozenset("Starring Featuring Including Alongside Opposite Joining With".split())


#: The word that opens a pair, no part of its first item: `Both Spectre and The Peanuts Movie`.
_PAIR_OPENER = re.compile(r"^(?:Both|Either|Neither) ")
#: A part's name and the work it is in, which a run after "as" took in as one: `Eva in
#: Ngayon At Kailanman`.
_PART_THEN_WORK = re.compile(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? in (?P<work>[A-Z].*)")
#: A verb of playing right before a list's item: the item is a part (`to play Miss Hannigan`).
_PLAY_BEFORE = re.compile(at_word(r"\bplay(?:s|ed|ing)? $"))
#: The verb after a title that a sentence's opening phrase and a lone comma come before, its
#: subject: `in association with Centre for X, Sammi is penned by`.
_SUBJECT_VERB = re.compile(r" (?:is|was|has|had|will|are|were)\b")
#: A sentence's opening year, set off by a comma before a title: `In 2019, Brahmastra`.
_WHEN_OPENS = re.compile(r"(?:In|By|Since|Until|Through|After|Before|During|From) (?:1[89]|20)\d\d")


def _listed(doc: Document, known: set[str]) -> dict[str, int]:
    """Return the capitalised items of a list that holds a known title: `After the success of
    Arrow, ... the worlds of The Flash and Arrow`. A list's items are alike, so those beside
    a title are titles; a person (`The Flash and Ada Wren`) or a sentence's first word
    (`Ultimately, Dexter chose`) is none. Each new title may lead to the next item."""
    masked = doc.masked
    out: dict[str, int] = {}
    todo = list(known)
    while todo and len(known) + len(out) < MAX_WORKS:
        for use in _uses(masked, todo.pop()):
            for m in _neighbours(masked, use):
                if m is None or _is_person(m["title"]) or _weakly_named(m["title"]):
                    continue
                if _someones_name(masked, m["title"]):
                    continue  # "the relatively well-known Winters, 13 Reasons Why will"
                if _own_name(
                    masked[max(0, m.start("title") - _NAME_REACH) : m.start("title")], m["title"]
                ):
                    continue  # "Kim Min-kyu (Minkyu, Pop Out Boy!)": his name written as one word
                if " and " in m["title"] and _PAIR_ACTS.match(masked, m.end("title")):
                    continue  # "In Casual, Watkins and Dewey play Valerie and Alex": two people
                if m["title"] in known:
                    continue  # "As Time Goes By and The Fall and Rise of ...": a title's own "and"
                if masked[m.end("title") : use.start()] == ", " and _SUBJECT_VERB.match(
                    masked, use.end()
                ):
                    # "in association with Centre for X, Sammi is penned by": the end of the
                    # phrase the sentence opens with, then the title that is its subject
                    continue
                if m["title"].isdigit() or _WHEN_OPENS.fullmatch(m["title"]):
                    # "in late 2022, The Recruit is back", "For season 2, Harbor Lights will":
                    # a year or a count before the title; "In 2019, Brahmastra released"
                    continue
                opens = doc.sentence_at(m.start("title")).start == m.start("title")
                if opens and " " not in m["title"]:
                    continue
                run = _PAIR_OPENER.sub("", m["title"])  # "Both Spectre and The Peanuts Movie"
                if " in " in run and _capitalised_person(run.partition(" in ")[0]):
                    run = run.partition(" in ")[2]  # "Fittrat and Karan Tacker in Special Ops"
                if _PLAY_BEFORE.search(masked, max(0, m.start("title") - 8), m.start("title")):
                    # "is to play Miss Hannigan in Annie and Of Mice and Men will tour": a part,
                    # then its work
                    run = run.rpartition(" in ")[2] if " in " in run else ""
                for title in map(_trim, works_in(run) if run else []):
                    if title.split()[0] in _CAST_LEADS:
                        continue  # "Starring Ada Wren and Ben Gale, Harbor Lights follows"
                    new = title not in known and title not in out
                    if new and _accept(title) and not _is_person(title):
                        out[title] = m.start("title")
                        todo.append(title)
    return out


#: A cast or a season is a work's, whoever it is named after: `the cast of Oppenheimer`.
_CAST_OF = re.compile(at_word(r"\bcast (?:in|of)|\bseason\b"))


#: "a" or "an" opening a run that a film's kind follows: `a Nolan film`.
_ONE_OF_KIND = re.compile(at_word(r"\ban? $"))
_FILM_AFTER = re.compile(r" (?:film|movie)\b")


def _makers_kind(masked: str, m: re.Match[str], title: str) -> bool:
    """Tell whether `a Nolan film` names one of a maker's films by their surname (Christopher
    Nolan named in full), not a film called "Nolan"."""
    start = m.start("title")
    one = _ONE_OF_KIND.search(masked, max(0, start - 3), start) is not None
    return (
        one
        and _FILM_AFTER.match(masked, m.end("title")) is not None
        and (_someones_name(masked, title))
    )


def _someones_name(masked: str, word: str) -> bool:
    """Tell whether one word is the first or last name of a person the text names in full:
    `Winters` of Anne Winters is no list item beside a title."""
    if " " in word:
        return False
    near = rf"\b(?:{re.escape(word)} [A-Z][a-z]+|[A-Z][a-z]+ {re.escape(word)})\b"
    return any(_is_person(m.group()) for m in re.finditer(near, masked))


#: A verb in lower case right after a name, maybe after an adverb: `Khan skillfully crafts`.
_DOES = re.compile(r" (?:[a-z]+ly )?[a-z]+s\b")
#: A maker or a star named right before a description of the work they made: `Directed by
#: Ben Gale, the drama, which`, `Starring Ada Wren, the film, out in May,` (not what comes
#: next in a line-up: `followed by Heathers, an hourlong reboot`).
_MADE_BY = re.compile(r"\b(?:(?<!followed )(?<!preceded )by|[Ss]tarring|featuring|and|with) $")
#: A name's particle, then the rest of the name: the run of capitals before it is no title.
_NAME_RUNS_ON = re.compile(rf" {PARTICLE} [{_UPPER}]")
#: How often a given name must be written with its lower-case surname to be taken for a name.
_SURNAME_USES = 3
#: A season's number right after its word, with no article before: `Doctor Doctor - series 4`.
_SEASON_NUMBER = re.compile(r"(?<!\bthe )(?<!\ba )\b(?:series|season) $")
#: Nouns that follow a work's title, never a surname written in lower case: `Rover season`.
_WORK_NOUNS = frozenset(
    "season seasons series film movie show star stars cast episode episodes trailer sequel "
    "franchise fans actor actress".split()
)


def _lowercase_surname(masked: str, word: str) -> bool:
    """Tell whether a capitalised word is a given name whose surname the page writes in lower
    case, the same word after every one of its three or more uses: `Javed sheikh`."""
    if masked.count(word) < _SURNAME_USES:
        return False  # (most runs: spared the search below)
    own = re.escape(word)
    # the word first, its look-behind after it, so the search skips ahead to the word
    after = re.findall(rf"{own}(?<![\w’'-]{own})(?![\w’'-])(?: ([a-z]+))?", masked)
    return (
        len(after) >= _SURNAME_USES and len(set(after)) == 1 and after[0] not in ("", *_WORK_NOUNS)
    )


#: Capitalised words opening a sentence that name the cast, not the work: `Starring Ada Wren`.
_CAST_OPENERS = frozenset("Starring Featuring Alongside Opposite Joining Including".split())


def _defines(masked: str, described: re.Match[str], opens: bool) -> bool:
    """Tell whether a title is defined by a kind of work: opening its sentence, set off by a
    comma (`Moonlight, the upcoming CBS drama,`) or said to be one (`Moonlight is a new
    drama`), but not by a kind a person may be too (`Ada Wren was a hit`); within a
    sentence, set off by a comma (`has joined Stranger Things, the new HBO drama`), but not
    after its maker or star (`Directed by Ben Gale, the drama, which`, `Starring Ada Wren,
    the film`)."""
    if described["title"].split()[0] in _CAST_OPENERS:
        return False
    if described["kind"] in _PERSON_TOO:
        return opens and described["is"] == ","
    if opens:
        return True
    start = described.start("title")
    return described["is"] == "," and not _MADE_BY.search(masked, max(0, start - 12), start)


def _capitalised_person(name: str) -> bool:
    """Tell whether words are a person's full name with no small word (`Ada Wren`, not `Home
    and Away`) and no subtitle's colon (`Avatar: Fire` of `Avatar: Fire and Ash`)."""
    return ":" not in name and _is_person(name) and all(word[:1].isupper() for word in name.split())


#: A story's first word in capitals, as British papers set it: `BELOVED Emmerdale star`.
#: Five letters or more, as an initialism's are fewer: not `NCIS Los Angeles`, `CSI Miami`.
_SHOUTED_LEAD = re.compile(r"[A-Z]{5,} (?=[A-Z][a-z])")
#: A capitalised word right before a name, which makes it part of a longer one: `Downing Street`.
_CAPITAL_BEFORE_END = re.compile(r"[A-Z][\w’'-]* $")


def _lead_words_quiet(masked: str, found: dict[str, int]) -> dict[str, int]:
    """Drop the word in capitals a paragraph opens with from the title it ran into, where the
    text names the title without it too: `BELOVED Emmerdale star Steve Halliwell`, then `a
    break from Emmerdale`; not `CORONATION Street star`, whose "Street" the text never names
    alone (`Downing Street` is a longer name)."""
    out: dict[str, int] = {}
    for title, offset in found.items():
        lead = _SHOUTED_LEAD.match(title)
        rest = title[lead.end() :] if lead else ""
        opens = offset == 0 or masked[offset - 1] == "\n"
        named = rest and any(
            not _CAPITAL_BEFORE_END.search(masked, max(0, use.start() - 40), use.start())
            for use in re.compile(
                rf"(?<![\w’'-]){re.escape(rest)}(?![\w’'-])(?! [A-Z]| (?:of|for|in) [A-Z])"
            ).finditer(masked, offset + len(title))
        )
        key = rest if lead and opens and named else title
        out[key] = min(out.get(key, offset), offset)
    return out


def _pairs_split(found: dict[str, int]) -> dict[str, int]:
    """Split each run that joined two titles at "and" where the first is found on its own:
    `starring in Australia's X Factor and Neighbours` beside `The X Factor`; a title with
    "and" stays whole where no part of it is found alone (`Home and Away`)."""
    out: dict[str, int] = {}
    for title, offset in found.items():
        head, joined, tail = title.partition(" and ")
        alone = head in found or f"The {head}" in found
        pair = [head, tail] if joined and alone and _accept(tail) and tail[0].isupper() else [title]
        for part in pair:
            out[part] = min(out.get(part, offset), offset)
    return out


def _parts_in_works(found: dict[str, int]) -> dict[str, int]:
    """Keep the title of each run that is a person "in" a work: `to play Ada Wren in Dark
    Harbor: Part Two`, a caption's `Joe Manganiello in Justice League (2017)`."""
    out: dict[str, int] = {}
    for title, offset in found.items():
        title = _work_of_part(title, found)
        out[title] = min(out.get(title, offset), offset)
    return out


def _work_of_part(title: str, found: dict[str, int]) -> str:
    """Return the work of a run that is a person's name, "in" and a title found on its own or
    after a given name; else the run (`Two Weeks in Paris`)."""
    part, joined, work = title.partition(" in ")
    # "as Kate Hale in the Glass House sequel": the article is the sentence's, not the title's
    work = work.removeprefix("the ")
    named = _is_person(part) and (work in found or given_name(part.split()[0]))
    return work if joined and named else title


def _headline_season(masked: str, title: str, run: str) -> bool:
    """Tell whether the capitals before a headline's `Season 2` are no show: named once
    (`Panelists Tout Season 11`), not right before it (`Tom Hale: A Season 2 Retrospective`
    trims to `Tom Hale`), or a person's name of capitals only (`Tom Hale Season 2 Stats`, a
    player's; not `Game of Thrones`)."""
    once = len(list(_uses(masked, title))) < 2
    return once or not run.endswith(title) or _capitalised_person(title)


def _named_person(name: str) -> bool:
    """Tell whether a run of capitals opens on a given name or a rank: a person's name, where
    a title may be shaped like one too."""
    first = name.split()[0]
    return given_name(first) or first in _RANKS


#: Ranks and titles a person's name may open with.
_RANKS = frozenset(
    "Prince Princess King Queen Lord Lady Sir Dame Mr Mrs Ms Dr Prime President Chancellor".split()
)


def _is_person(name: str) -> bool:
    """Tell whether capitalised words are a person's full name, not a title's (`Silver
    Creek II`, `Doctor Who`)."""
    words = name.split()
    return is_full_name(name) and not is_leading_word(words[0]) and not _NUMBER_END.search(name)


#: A headline that opens with its work and tells what the work did: `Harbor Lights casts Ada
#: Wren as the villain`, `Harbor Lights renewed for season 3`, `Harbor Lights review: a slow
#: burn`, `Harbor Lights: Ada Wren joins cast`.
_HEADLINE_WORK = re.compile(
    TITLE + r"(?= (?:(?i:adds|casts|recasts|renewed|cancell?ed|axed)|(?P<done>gets|sets|lands|"
    r"drops|unveils|books|enlists|taps))\b| (?:[Rr]eview|first look|trailer|teaser|poster|"
    r"casting|recap|finale|premiere)\b|(?P<colon>: )|"
    # "Sailor Moon English Cast Announced" (the language is no part of the title)
    r"(?<! English)(?<! Voice)(?<! Full)(?<! Main) (?:English |Voice |Full |Main )?[Cc]ast "
    r"(?:[Aa]nnounced|[Rr]evealed|[Cc]onfirmed)\b)"
)
#: A headline that casts names in its work, named last: `Ada Wren joins Harbor Lights`, `A
#: and B lead line-up for X as filming begins`, `First look at A in X`, `A lands lead role in
#: X`; the story must name the work again, as one joins a person too.
_HEADLINE_NAMES = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,3}"
_HEADLINE_CAST = re.compile(
    # in title case too: "Ada Wren Joins Harbor Lights", "Ada Wren to Star in Harbor Lights"
    rf"(?:{_HEADLINE_NAMES}(?:(?:,| and| &) {_HEADLINE_NAMES})* (?i:joins?|boards?|exits|quits|"
    r"to (?:star|appear) in|to join|(?:is |are )?cast in|lands? (?:[a-z-]+ ){0,2}role in|"
    r"to play [A-Z][\w’' .-]{1,40}? in|leads? (?:[a-z-]+ )?(?:line-?up|cast) (?:for|of)|"
    r"in talks (?:to join|for)|signs? on for|tapped for)|(?i:first look at) "
    rf"{_HEADLINE_NAMES} (?i:in)) " + TITLE
)
#: Words a story about a work's cast uses.
_WORK_TALK = re.compile(
    rf"\b(?:{_KINDS}|season|episode|cast|filming|premiere|trailer|role|character)s?\b"
)
#: A word of a headline's news after its colon, which no subtitle holds (`Harbor Lights: Ada
#: Wren joins cast`, not `Thor: The Dark World`, `Sequel Bits: 'Ghostbusters 3', 'Venom'`).
_NEWS_WORD = re.compile(r"\b(?!(?:of|the|and|in|a|an|to|for|at|on|with|vs)\b)[a-z]{2,}\b")


#: A pronoun for a person, beside a name: the name is a person's.
_PERSONAL = re.compile(at_word(r"\b(?:[Hh]e|[Ss]he|his|her|him|himself|herself)\b"))


def _headline_work(doc: Document, shown: set[str]) -> str | None:
    """Return the work a headline opens with, when the story names it again and nowhere shows
    it a person: a person opens headlines as often (`Ada Wren: my year`, `Ada Wren casts
    doubt`), and the story then calls them by a lone name (`Wren said`), which no work is."""
    masked = doc.masked
    for pattern in (_HEADLINE_CAST, _HEADLINE_WORK):
        m = pattern.match(masked)
        if m is not None and (title := _headline_title(doc, m, shown)) is not None:
            return title
    return None


def _headline_title(doc: Document, m: re.Match[str], shown: set[str]) -> str | None:
    """Return the work a headline's match names, if the story bears it out; not a maker
    (`Mark Rylance to play BFG in Steven Spielberg film`)."""
    masked = doc.masked
    if doc.sentence_at(0).para != doc.sentence_at(m.end("title")).para:
        return None
    if _MODIFIER.match(masked, m.end("title")):
        return None
    if m.re is _HEADLINE_CAST and not _WORK_TALK.search(masked, doc.paragraphs[0][1]):
        return None  # "Ada Wren Joins Greenpeace": a story that never speaks of a work
    marks = m.groupdict()
    if marks.get("colon") and not _NEWS_WORD.search(masked, m.end(), doc.paragraphs[0][1]):
        return None
    title = _trim(m["title"])
    if marks.get("done") and _is_person(title):
        return None  # "Ben Gale gets a star", "Ada Wren lands role": what people do too
    uses = len(list(_uses(masked, title)))
    if uses < 2 or title in shown or _weakly_named(title) or not _accept(title):
        return None
    words = title.split()
    if len(words) > 1 and any(len(list(_uses(masked, w))) > uses for w in (words[0], words[-1])):
        return None
    if _is_person(title) and any(
        _PERSONAL.search(doc.sentence_text(doc.sentence_at(use.start())))
        for use in _uses(masked, title)
    ):
        return None  # "Ada Wren: my year || Ada Wren grew up where her father ...": a person's
    return title


def _kin_titles(doc: Document, found: dict[str, int], quoted: frozenset[str]) -> dict[str, int]:
    """Return titles found by their kinship with titles already known, whatever words name
    them: a known title's head named alone, and the items of a list that holds a known
    title. Cues alone miss them, as writing names a work in too many ways."""
    known = set(found) | quoted
    out = _heads(doc, known)
    for title, offset in _listed(doc, known | set(out)).items():
        out.setdefault(title, offset)
    for title, offset in _subtitled(doc, known | set(out)).items():
        out.setdefault(title, offset)
    return out


def _subtitled(doc: Document, known: set[str]) -> dict[str, int]:
    """Return the works a known title heads with a subtitle, past the headline: a franchise's
    films (`The Hunger Games: Catching Fire`, `The Hunger Games: Mockingjay - Part 1`), not a
    heading's person or words (`Harbor Lights: Ada Wren joins`)."""
    out: dict[str, int] = {}
    masked = doc.masked
    past_headline = doc.paragraphs[0][1] if len(doc.paragraphs) > 1 else 0
    for title in known:
        at = masked.find(f"{title}: ", past_headline)
        while at >= 0:
            sub = _SUBTITLE.match(masked, at + len(title) + 2)
            whole = _trim(f"{title}: {sub['sub']}") if sub is not None else title
            person = (
                sub is not None and _is_person(sub["sub"]) and given_name(sub["sub"].split()[0])
            )
            if whole != title and not person and _accept(whole):
                out.setdefault(whole, at)
            at = masked.find(f"{title}: ", at + 1)
    return out


#: The subtitle after a known title's colon, whole: not a gallery's part with its actor
#: (`Chicago Fire: Sal Vasquez (Brandon Larracuente)`) nor the first words of a longer run.
_SUBTITLE = re.compile(rf"(?P<sub>{_RUN}{_PART_AFTER_DASH}?)(?![\w’'-]| \(| [A-Z])")


#: Two works before one credential: `Patriot and For All Mankind alum Ada Wren`; the second
#: opens with a capitalised small word no title's inner words have (`Law and Order star`).
_TWO_WORKS = re.compile(r"(?P<first>.+?) and (?P<second>(?:For|The|A|An|In|Of|On|At|To) .+)")
#: The credential after the run: `alum`, `star`, `actress`.
_CREDENTIAL = re.compile(r" (?:alum|alumna|alumnus|alumni|star|actor|actress|icon|veteran)s?\b")


def _credentials(run: str, m: re.Match[str]) -> list[str]:
    """Return the works a run names: one, or two joined by "and" before an actor's credential
    (`Patriot and For All Mankind alum`, `How I Met Your Mother and Mercy Street star`); in a
    list of actors told by their works, the one after the last actor (`Star Wars' Joonas
    Suotamo and Doctor Who alum`)."""
    credited = m.re is _BEFORE_CUE and _CREDENTIAL.match(m.string, m.end("title"))
    if not credited:
        return [run]
    run = _OWNED_ACTOR.split(run)[-1]
    # "How I Met Your Mother and Mercy Street star": two titles of two words or more each
    two = _TWO_WORKS.fullmatch(run) or _PAIR.fullmatch(run)
    if two and _is_person(two["first"]):
        # "stars Art Malik and Effie Gray actor Riccardo Scamarcio": an actor of the list,
        # then the next one's work
        return [two["second"]]
    return [two["first"], two["second"]] if two else [run]


#: An actor named by their work's possessive, then the list goes on: `Star Wars' Joonas
#: Suotamo and `, `Westworld's Thandiwe Newton, `.
_OWNED_ACTOR = re.compile(_OWNED_NAME + r"(?:,? and |, )")


#: A title set in capitals inside a sentence in lower case, as theatre pages and press
#: releases write one: `the pre-Broadway engagement of THE QUEEN OF VERSAILLES will`.
_SHOUTED = re.compile(
    r"(?<![\w’'])(?P<title>[A-Z][A-Z’'!&-]*(?: (?:&|[A-Z][A-Z’'!&-]*)){1,7})(?![\w’'])"
)
#: What comes right before a title in capitals, not before a shout (`is NOW IN PRODUCTION`):
#: a preposition, a possessive or the kind of work.
_BEFORE_SHOUTED = re.compile(
    r"(?:\b(?:of|in|from|for|with|on|at|to|and|stars?|starring|musical|play|production|"
    r"revival|show|series|film|movie)|[’']s?) $"
)
#: The lower-case words a sentence needs round a run in capitals for it to be set apart.
_LOWER_WORDS = re.compile(r"\b[a-z]{2,}\b")
_SENTENCE_LOWER_WORDS = 4


def _title_cased(shouted: str) -> str:
    """Write a title in capitals as a headline would: `ALL MY SONS` is `All My Sons`."""
    return " ".join(word.capitalize() for word in shouted.split())


def _shouted(doc: Document) -> dict[str, int]:
    """Return the titles a sentence in lower case sets in capitals, each where it first
    stands: a run of two capitalised words or more with a word of four letters, after a
    preposition or the like, not in brackets (a caption's `(PHOTO NOT FOR SALE)`), nor a
    person's name shouted."""
    masked = doc.masked
    out: dict[str, int] = {}
    for m in _SHOUTED.finditer(masked):
        title = m["title"]
        # the run's own checks first: most runs in capitals are acronyms or shouts
        if title in out or not any(len(w) >= 4 for w in title.split()):
            continue
        if not _BEFORE_SHOUTED.search(masked, max(0, m.start() - 20), m.start()):
            continue
        # the title the page writes in title case elsewhere too, even one shaped like a name
        elsewhere = _title_cased(title) in masked and not given_name(title.split()[0].title())
        if (is_full_name(title.title()) and not elsewhere) or masked.startswith(
            "[", max(0, m.start() - 1)
        ):
            continue
        sentence = doc.sentence_at(m.start())
        lower = len(_LOWER_WORDS.findall(masked, sentence.start, sentence.end))
        if lower < _SENTENCE_LOWER_WORDS and not elsewhere:
            continue  # a caption's few words: "A, B and C in ALL MY SONS at Wyndham's Theatre"
        if masked.rfind("(", sentence.start, m.start()) > masked.rfind(")", 0, m.start()):
            continue  # in brackets
        out[title] = m.start()
    return out


def _quoted_whole(masked: str, at: int, title: str, quoted: frozenset[str]) -> str:
    """Return the quoted title a bare run at ``at`` opens, where the text goes on with the
    rest of it, else the run's title: a run stops at "from", so `the 1938 musical The Boys
    from Syracuse` is the “The Boys from Syracuse” the page quotes, not "The Boys"."""
    for whole in quoted:
        if whole.startswith(f"{title} ") and masked.startswith(whole, at):
            return whole
    return title


#: A name in capitals then its letters in brackets: `Dubai International Film Festival (DIFF)`.
_ACRONYM_DEFINED = re.compile(
    r"((?:[A-Z][\w’'-]*\s+(?:(?:of|the|and|for)\s+)?){2,8})\(([A-Z]{2,8})\)"
)


_IN_BRACKETS_LETTERS = re.compile(r"\([A-Z]{2,8}\)")


def defined_acronyms(masked: str) -> set[str]:
    """Return the letters a page gives in brackets after the name they stand for, a body's
    or an event's (`Dubai International Film Festival (DIFF)`), which name no work."""
    out: set[str] = set()
    if _IN_BRACKETS_LETTERS.search(masked) is None:
        return out  # most pages define no letters, and pay nothing
    for m in _ACRONYM_DEFINED.finditer(masked):
        initials = "".join(w[0] for w in m[1].split() if w[0].isupper())
        if initials.endswith(m[2]):
            out.add(m[2])
    return out


def _cue_matches(pattern: re.Pattern[str], masked: str) -> Iterator[re.Match[str]]:
    """Return a cue's matches; after each of a list a cue opens (a cast's actors named by
    their works' possessives, parts each in its work), the next ones the list goes on to."""
    chain = _CHAINS.get(pattern)
    for m in pattern.finditer(masked):
        yield m
        if chain is None:
            continue
        chained = chain.match(masked, m.end("title"))
        while chained is not None:
            yield chained
            chained = chain.match(masked, chained.end("title"))


def bare_titles(
    doc: Document,
    quoted: frozenset[str] = frozenset(),
    named_headings: list[tuple[int, str]] | None = None,
) -> list[Span]:
    """Return spans of the titles the narration writes without quote marks; ``quoted`` are
    the titles the article quotes, which the titles found by their kin build on, and
    ``named_headings`` what :func:`headings` found, when the caller has it already."""
    masked = doc.masked
    #: Each title and where a cue first showed it.
    found: dict[str, int] = {}
    shown = shown_people(masked)
    short = defined_acronyms(masked)
    for pattern in _CUES:
        if pattern in _CUE_WORDS and _CUE_WORDS[pattern].search(masked) is None:
            continue  # a cue led by its title costs a scan of every capital: only where it can be
        for m in _cue_matches(pattern, masked):
            if m["title"] is None:
                continue  # `Ben Gale starrer “Harbor”`: a quoted title, found as one already
            if _STARRER_AFTER.match(masked, m.end("title")):
                continue  # "seen in Ranbir Kapoor starrer Animal": the star, not the work
            if pattern in (_AFTER_ROLE, _PART_ACTOR_IN) and m["title"] in _COUNTRIES:
                continue  # "one of the most bankable stars in Pakistan": where, not what
            if pattern in (_AFTER_ROLE, _PAST_WORK) and _MODIFIER.match(masked, m.end("title")):
                continue  # "to play BFG in Steven Spielberg film": a maker, not a title
            if (
                pattern is _AFTER_ROLE
                and _GERUND_NEXT.match(masked, m.end("title"))
                and _is_person(m["title"])
            ):
                continue  # "will play a part in Max Turner getting radicalised": a person
            # a clause after a semicolon opens as a sentence does: "; Shetland, a thriller"
            opens = doc.sentence_at(m.start("title")).start == m.start("title") or (
                masked.endswith("; ", 0, m.start("title"))
            )
            if pattern is _THEN_DESCRIBED and not _defines(masked, m, opens):
                continue
            if pattern in (_NEW_KIND, _APPOSITIVE) and _opening_kind(doc, m):
                continue  # "In her latest film, Ben Gale, her husband, plays a spy"
            # "Moonlight, the upcoming CBS crime drama featuring vampires,", "his latest film,
            # Saturday Night,": set off by what it is, even one word opening its sentence is a
            # title.
            strong = (
                pattern
                in (
                    _STRONG_CUE,
                    _STILL_FROM,
                    _TITLED_WHOLE,
                    _NEW_KIND,
                    _LINEUP_ENTRY,
                    _CHART_LINE,
                    _HAD_REMAKE,
                    _OWNERS_KIND_THEN,
                    _NATIVE_TITLE_AFTER,
                    _TITLE_NOTE,
                    _IN_THE_MAKING,
                )
                or (pattern is _THEN_DESCRIBED and m["is"] == ",")
                # "a sequel to David Gordon Green's Halloween": only a work has a sequel; not
                # "the follow-up to Christmas", "a sequel to Gary Shore's London project"
                or (
                    pattern is _AFTER_KIND
                    and m["to"] in ("sequel", "prequel")
                    and not _MODIFIER.match(masked, m.end("title"))
                )
            )
            weak = pattern in _WEAK_CUES
            if _MODIFIES.match(masked, m.end("title")):
                continue  # "2019's Q3 results": the run names what the noun is of
            # "has appeared in The Long Watch and Night Harbor": two works of several words each
            listed = pattern in (
                RESPECTIVE,
                _AMONG_WORKS,
                _KNOWN_FOR,
                FILMOGRAPHY,
                _STARS_OF,
                _BEST_KNOWN,
                _NEWS_FOR,
                _LIKE,
                _AFTER_ROLE,
                PRESS_CREDITS,
                _MADE_WORKS,
            )
            run = m["title"]
            if pattern is _ITS_STARS:
                run = _HOW_MANY.sub("", run)  # "Several Corrie actors have already announced"
            if (
                pattern is _LIKE
                and ", " in run
                and _is_person(run.rsplit(", ", 1)[1])
                and _SUBJECT_ACTS.match(masked, m.end("title"))
            ):
                # "productions including A and FOX’s B, Diego Boneta stars as": the subject
                run = run.rsplit(", ", 1)[0]
            if _COUNTED_BEFORE.search(masked, max(0, m.start("title") - 8), m.start("title")):
                run = _COUNT_OF.sub("", run)  # "series 2 of Jimmy McGovern's Accused"
            run = _PHOTO_CREDIT.sub("", run) if masked.startswith("/", m.end()) else run
            if pattern is PRESS_CREDITS:
                titles = press_items(run)
            else:
                titles = (
                    works_in(
                        run, pattern in (_LIKE, FILMOGRAPHY, RESPECTIVE, _MADE_WORKS, _AMONG_WORKS)
                    )
                    if listed
                    else _credentials(run, m)
                )
            if pattern is _KNOWN_FOR and _actors_listed(works_in(run)):
                continue  # "JOE CASTLEMAN (Glenn Close and Jonathan Pryce)": actors
            if run.endswith(("’", "'")) and _is_person(run[:-1]):
                continue  # "Charles Dickens’ classic novel": a person's, no title
            for title in map(_trim, titles):
                if run.startswith(title):
                    title = _quoted_whole(masked, m.start("title"), title, quoted)
                work, colon, actor = title.partition(": ")
                if colon and _WORK_LISTED.match(masked, m.end("title")) and _is_person(actor):
                    title = work  # "its film Rover: Ada Wren (Dune), Ben Gale (Gone)": a list
                if _opening_phrase(doc, m, title, opens):
                    title = title.split(" ", 1)[1]  # "In Harbor Lights' second season, ..."
                part = _PART_THEN_WORK.fullmatch(title)
                if part and run.startswith(title) and masked.endswith(" as ", 0, m.start("title")):
                    title = part["work"]  # "Julia Barretto as Eva in Ngayon At Kailanman (2018)"
                if m.groupdict().get("capital") and _headline_season(masked, title, run):
                    continue
                if pattern in (
                    _FROM_ITS_START,
                    _TO_THEATRE,
                    _PLAYS_AT,
                    _BY_MAKER,
                ) and _named_person(title):
                    # "played Nell from Emma Stone’s debut", "when Prince Charles came to the
                    # theatre": a person (not "Sleeping Beauty", shaped like a name)
                    continue
                if pattern is _PLAYS_AT and not _staged(doc, m):
                    continue  # "The Foo Fighters play at the Apollo Theatre": a band's gig
                if (
                    pattern is _BEFORE_CUE
                    and masked.endswith(" by ", 0, m.start("title"))
                    and _STARRING_NEXT.match(masked, m.end("title"))
                    and _is_person(title)
                ):
                    continue  # "Bloodshot by Dave Wilson, starring Vin Diesel": its director
                if pattern is _TO_THEATRE and " " not in title:
                    continue  # "when Starmer came to the theatre": a surname, maybe
                if pattern is _BEFORE_KIND and title in _CHANNELS:
                    continue  # "the Lifetime movie Cocaine Godmother": the channel's
                if (
                    pattern is _KIND_THEN_TITLE
                    and m["comma"]
                    and (_is_person(title) or masked.startswith(", who ", m.end("title")))
                ):
                    # "In the film, Ben Gale, her husband, plays"; "Speaking on the movie,
                    # Nkechi, who rose to fame": a person
                    continue
                if pattern in (
                    _THEIR_NEXT,
                    _HAD_REMAKE,
                    _AS_KIND_FIRST,
                    _AT_THEATRE,
                    _IN_THE_MAKING,
                    _PLAYED_IN_WHICH,
                ) and _is_person(title):
                    # "thanked her next, Ben Gale", "Ben Gale had a remake", "Ada Wren is produced
                    # by her mother", "a scene with Ada Wren in which she plays": a person
                    continue
                if pattern is _IN_THE_MAKING and (
                    masked.endswith(_PLACE_PREPOSITIONS, 0, m.start()) or title in _PRONOUNS
                ):
                    # "The movie shot in locations of Mustang is directed by": a place; "It is
                    # directed by": the film of the sentence before
                    continue
                if pattern is _MADE_WORKS and _is_person(title) and given_name(title.split()[0]):
                    continue  # "Nolan has directed Ben Gale and Ada Wren": people
                if (
                    pattern is _TAKEN_ON
                    and given_name(title)
                    and _NAMES_GO_ON.match(masked, m.end("title"))
                ):
                    continue  # "They will join Rachel, Bradley Cooper and Emma Stone": her
                if pattern is _BEFORE_KIND and _makers_kind(masked, m, title):
                    continue  # "in a Nolan film" after "Christopher Nolan": his, not a title
                if WORK_ABOUT.search(masked, max(0, m.start("title") - 40), m.start("title")):
                    continue  # "the miniseries about David Koresh and the Branch Davidians"
                if pattern is _ADAPTED and _is_person(title):
                    continue  # "the adult version of Ada Wren's Tom Hale": her character
                if _describes_a_star(masked, title, m.end("title")):
                    continue
                if run.endswith(title) and _NAME_RUNS_ON.match(masked, m.end("title")):
                    continue  # "an ensemble cast of Benicio del Toro": a name's head
                if _lowercase_surname(masked, title.rsplit(" ", 1)[-1]):
                    continue  # "In the morning show Javed sheikh raised": a name's head
                if (
                    m.re is _PAREN_THEN_PART
                    or (m.re in (_JOINED, _TAKEN_ON) and not _CAST_OF.search(m[0]))
                ) and _someones_name(masked, title):
                    continue  # "The three actors join Kessell, Jason Ritter": Simone Kessell
                after_kind = pattern is _AFTER_KIND
                if after_kind and _member_named(masked, title, m.start(), m.end("title")):
                    continue
                if (
                    after_kind
                    and masked.endswith(("this ", "that "), 0, m.start())
                    and _someones_name(masked, title)
                    and _DOES.match(masked, m.end())
                ):
                    continue  # "In this series Khan skillfully crafts": its maker, a subject
                if _ROLE_OF.match(masked, m.start()) and (" " not in title or _weakly_named(title)):
                    continue  # "took on the role of Eliza in Chichester": where, not what
                lone = " " not in title
                if (
                    lone
                    and title.isdigit()
                    and (
                        pattern is not _AFTER_KIND
                        or _COUNTED.match(masked, m.end("title"))
                        or _SEASON_NUMBER.search(
                            masked, max(0, m.start("title") - 12), m.start("title")
                        )
                    )
                ):
                    # "the 2017 reboot" is a year, "to film 10 new episodes" a count, "Doctor
                    # Doctor - series 4" a season (not "the series 24")
                    continue
                # "a review of Ben Gale for Empire": a person the outlet reviewed
                for_outlet = _FOR_OUTLET.search(run) is not None and _is_person(title)
                # "Kong: Skull Island has lured another cast member": a subtitle is a work's,
                # never a person's or a place's
                subtitled = ": " in title and pattern is _ADDS_CAST
                if (weak or pattern is THE_ACTOR) and _of_nations(title):
                    continue  # "The British-South African actress was": where she is from
                if m.groupdict().get("prize") and _is_person(title):
                    continue  # "Mstyslav Chernov won Best Documentary": a maker's prize
                if _CREDENTIAL.match(masked, m.end("title")) and _weakly_named(title):
                    continue  # "The Dublin actor is making waves": where the actor is from
                # "Schitt’s Creek’s Annie Murphy": a possessive's own possessive is a title's
                owner = _OWNERS_OWNER.fullmatch(title) and _OWNED.match(masked, m.end("title"))
                if (weak and not subtitled and not owner) and (
                    for_outlet or _weakly_named(title) or _weak_person(masked, title, m, shown)
                ):
                    continue
                # "Angelina Jolie's Maleficent, a retelling": the owner opens the sentence
                first = opens and run.startswith(title)
                # "Westworld's Ana Lee has joined": an owner who acts opens the sentence
                opener = first and lone and not strong and pattern is not _OWNER_ACTS
                if title in short:
                    continue  # "the it movie of DIFF": a festival the page named in full
                if _accept(title, strong or _channels_day(masked, title, m)) and not opener:
                    found[title] = min(found.get(title, m.start()), m.start())
    for title, offset in _beside_known_for(doc, found).items():
        found.setdefault(title, offset)
    for title, offset in _listed_before_part(masked).items():
        found.setdefault(title, offset)
    soap = soap_parts(masked, 0, len(masked))
    for _, title, offset in parts_in_brackets(masked, 0, len(masked)) + soap:
        if _accept(title):
            found.setdefault(title, offset)
    for title, offset in _shouted(doc).items():
        found.setdefault(title, offset)
    if (headline := _headline_work(doc, shown)) is not None:
        found.setdefault(headline, 0)
    for offset, title in headings(doc) if named_headings is None else named_headings:
        found[title] = min(found.get(title, offset), offset)
    for title, offset in _kin_titles(doc, found, quoted).items():
        found.setdefault(title, offset)
    found = _parts_in_works(_pairs_split(_lead_words_quiet(masked, found)))
    people = _speakers(masked, set(found)) | _franchises(masked, found) | _reporters(masked, found)
    people |= press_notes(masked) | {part for part, _, _ in soap}
    # The first MAX_WORKS titles only: each is then looked for across the whole text.
    titles = sorted((t for t in found if t not in people), key=found.__getitem__)[:MAX_WORKS]
    titles = list(dict.fromkeys(_without_article(doc, title, found) for title in titles))
    spans: list[Span] = []
    # Which characters a longer title already took, so a shorter one inside it is skipped.
    taken = bytearray(len(masked))
    for title in sorted(titles, key=len, reverse=True):
        for m in _mentions(masked, title):
            if not any(taken[m.start() : m.end()]):
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                spans.append(Span(m.start(), m.end(), doc.sentence_at(m.start()).para))
    return sorted(spans, key=lambda s: s.start)
