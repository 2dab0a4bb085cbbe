"""Who appeared in which work and as whom, and how the article describes people."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from .characters import appositive_parts, part_heading
from .leads import at_word
from .lexicon import (
    HONORIFIC,
    NAME,
    NATIONALITIES,
    PRONOUN,
    ROLE_NOUNS,
    TURN,
    WORK_ABOUT,
    WORK_KINDS,
    clean_name,
    is_full_name,
    is_leading_word,
    publications,
)
from .mentions import Named
from .people import KIN_OF, KIN_REACH, Registry
from .press import PRESS_CREDITS, press_items
from .speech import SPEECH_VERBS
from .text import INFO_LABEL, Document, Sentence, billed_cast
from .ties import DESCRIPTION
from .titles import (
    FILMOGRAPHY,
    FROM_WORK,
    ON_SCREEN,
    ON_THE_SHOW,
    RANKED_FOR,
    RESPECTIVE,
    STARRER,
    THE_ACTOR,
    TITLE,
    YEAR_NOTE,
    parts_in_brackets,
    soap_parts,
    works_in,
)
from .works import clean_title

_CAP = r"[A-Z][\w’'-]*(?<![’']s)(?![\w’'-])"
#: A rank, a name and where they rule: `Prince Lee of Longnewton`, `King Arthur of Camelot`.
_RANKED_OF = (
    r"(?:Prince|Princess|King|Queen|Lord|Lady|Duke|Duchess|Earl|Count|Countess|Baron|Emperor|"
    rf"Empress|Sir) {_CAP} of (?!the\b){_CAP}"
)
#: A part's name, initials ("Johnny J. Worthington III"), a quoted nickname and a number
#: ("Agent 99") and all. A rank's abbreviation is never the whole part: "as Dr. Amy Ross as
#: recurring" names no "Dr".
_ROLE = (
    # (an office's initials are no part: "the U.S. Secretary of State Edwin Mullins")
    rf"(?P<role>{_RANKED_OF}|(?:{HONORIFIC})?(?!{HONORIFIC})(?![A-Z]\.[A-Z]\.){_CAP}"
    rf"(?:\s+(?:[A-Z]\.|{_CAP}|[“\"]_+[”\"]|\d{{1,3}}\b(?![.,]\d)))*)"
)
#: "the snake, Vincent Hiss": a description of the part before its name.
_DESCRIBED_PART = (
    r"(?:(?:a|an|the|her|his|their|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?[’'](?:s\b)?)\s+"
    # "the snake, Vincent Hiss"; a capital ends it: "a man named George, according to TVLine"
    # unless a possessive's: "the voice of Asha’s favorite goat, Valentino";
    # not past a quoted title: "will play the lead in “X”, with Ben Gale"
    # (not the next actor of a list: "as Penelope's kids, Todd Grinnell as Schneider")
    r"(?:[a-z](?:[^,.;A-Z“”\"]|[A-Z][\w-]*[’']s\b){0,40},\s+"
    r"(?![A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,2}\s+as\b)|(?:[a-z-]+\s+){0,3}version of\s+|"
    # "as their neighbor/honorary family member Schneider"
    # (not past a clause's word: "as the female lead while S A Chandrasekhar")
    r"(?:(?!(?:in|on|at|of|for|to|by|from|with|and|or|who|while|whereas|but|when)\b)"
    r"[a-z][\w’'/-]*\s+){1,3}(?=[A-Z])|"
    # "the fictional U.S. Secretary of State Edwin Mullins": an office by its initials, then
    # the part's two names ending the clause
    r"(?:[a-z-]+\s+)?(?:[A-Z]\.){2,}\s+(?:[A-Z][\w-]*\s+(?:of\s+)?){1,3}"
    r"(?=[A-Z][\w’'-]*\s+[A-Z][\w’'-]*\s*(?:[,.;]|$))|"
    # "plays a character with superpowers named Shiva": what the part has, then its name
    r"(?:[a-z-]+\s+){1,2}(?:with|from|of)\s+(?:[a-z-]+\s+){1,3}?(?:called|named)\s+(?=[A-Z]))|"
    # "played adult version of the character Alex": a version with no article
    r"(?:[a-z-]+\s+){1,2}version of\s+(?:the\s+)?(?:character\s+)?(?=[A-Z])|"
    # "as fellow student Claire Wheeler": a description with no article
    r"(?:(?!(?:in|on|at|of|for|to|by|from|with|and|or|who|the|a|an|while|whereas|but|when)\b)"
    r"[a-z][\w’'-]*\s+){1,2}(?=[A-Z])|"
    # "as Greek Council president Brock Pearson": what the part is in the story, then its name;
    # a word may open it: "the role of faded Southern belle Blanche DuBois"
    r"(?:(?!(?:in|on|at|of|for|to|by|from|with|and|or|who|the|a|an)\b)[a-z][\w’'-]*\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){1,3}(?:(?!(?:in|on|at|of|for|to|by|from|with|and|or|who|that|which|"
    r"opposite|alongside|is|was|will|has|had|when|while|but|after|before|the|a|an)\b)"
    # ("Lioness program station chief Joe": three words of the job)
    r"[a-z][\w’'-]*\s+){1,3}(?=[A-Z]))?"
)
#: "as the enigmatic Man in Black.": a part named by a phrase, small words and all, that
#: ends the clause (a part named like a person ends at "in": "as Ada in Westworld"; "as a
#: guest on Harbor Lights." names a place).
_EPITHET = (
    rf"(?:the|a|an)\s+(?:(?!(?:in|on|"
    rf"at)\s)[a-z-]+\s+){{0,2}}?(?P<epithet>(?![A-Z]\.[A-Z]\.){_CAP}(?:\s+(?:of|in|the)\s+{_CAP}|\s+{_CAP})*)"
    # ("as the Duke of Buckingham and the always watchable Gina McKee": the next one's words)
    r"(?=\s*[,.;:]|\s*$|\s+and\s+the\s+[a-z])"
)
#: "Ana Lee (Saxon)", "Ana Lee (who plays Saxon)": a part or a work in parentheses.
_BRACKETED = (
    r"\s+\((?:who (?:plays|played|portrays|voices)\s+|"
    # "Tom Hale (whose character is named Graham)"
    r"(?:whose|his|her|their) character (?:is |will be )?(?:named|called)\s+)?"
    # "(series regular Praneet Akilla)": what the actor is, then the name; not "(played by
    # Ada Wren)", whose name is an actor of its own, the part before it
    # "(47 Meters Down: Uncaged)": a title may open with a number
    # "Chae Do Jin (real name Yoon Na Moo)": the part's other name, no actor
    # "Ali Skovbye (“Firefly Lane”) as Rainn": a quoted work
    # 'Rebecca Hall ("Iron Man 3," "Transcendence")': quoted works one after another
    # ('The Young Offenders',): a list's comma typed inside the brackets
    r"(?P<paren>(?:\d+\s+)?[A-Z][^)]*|[“\"]_+[”\"](?:,?\s+[“\"]_+[”\"])*,?|"
    r"(?!(?:played|portrayed|voiced) by\b)"
    r"(?!(?:real|birth|maiden|full|stage) name\b|née\b|aka\b|from\b)(?:[a-z][\w-]*\s+){1,3}"
    r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'.-]*){1,3})\)"
)
#: A name of a list, with its part (`Marta Dusseldorp (also the show’s co-creator) as Stella`:
#: an aside in lower case between) or what its brackets hold.
ITEM = re.compile(
    NAME.pattern
    + rf"(?:(?:\s+\((?=[a-z])[^()]{{1,60}}\))?\s+as\s+{_DESCRIBED_PART}{_ROLE}|{_BRACKETED})?"
)
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
#: A place's name made into where someone is from: `Manchester-bred`, `London-born`.
_PLACE_BRED = re.compile(r"-(?:bred|born|raised|based)\b")
#: What a performer is, before their name in a list: `actor`, `singer-actor`, `co-star`.
_PERFORMER = (
    r"(?:[a-z]+-)?(?:actor|actress|star|co-?star|singer|rapper|comedian|newcomer|veteran|"
    r"superstar|megastar|model|dancer|musician|hero|heroine|debutante?)"
)
#: The kinds of work no fight, match or campaign is called: `movie`, not `drama` or `thriller`.
_SCREEN_KINDS = "movie|film|series|sitcom|serial|soap|telenovela|play|musical"
#: Award winners or nominees before their names: `Tony Award winners`, `Drama Desk nominee`.
_AWARDED = r"(?:[A-Z][\w-]*\s+){1,3}(?:winners?|nominees?)\s+"
#: The verbs of acting beside someone, before "opposite" or "alongside" and a name.
_ACTS_BESIDE = r"(?:stars|starred|co-?stars|co-?starred|appears|appeared)"
#: A list's separator, then what the next actor is and where from: `, Alia Bhatt and Punjabi
#: singer-actor Diljit Dosanjh`, `and Indian American actor Sendhil Ramamurthy`.
_DESCRIBED_SEP = re.compile(
    # "and Thai/Danish actress Sirita Jensen", "and fellow veteran Kong Saharat"
    # "and young Odia actress Suryamayee Mohapatra"
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:(?:[A-Z][a-z]+(?:/[A-Z][a-z]+)?|fellow|young|"
    rf"veteran|seasoned|popular|talented)\s+){{0,2}}"
    rf"{_PERFORMER}\s+|"
    # ", Tony nominees C, D, and E, and Drama Desk Award winner F"
    rf"{_AWARDED}|"
    # "played by 12-year-old A and 9-year-old B"
    r"\d{1,2}-year-old\s+)"
)
#: A verb of acting opposite a name, whose "as" after the name is the subject's part (not
#: "stars Mara Quinn as a farmer, opposite Tom Hale as her brother").
_OPPOSITE_BEFORE = re.compile(at_word(rf"\b{_ACTS_BESIDE} opposite\s+$"))
#: A relative clause right after a name, which tells of that name alone.
_OWN_CLAUSE = re.compile(r",\s+who\b")
#: A word that tells where the performer after it is from: `Punjabi singer-actor`.
_FROM_BEFORE_PERFORMER = re.compile(rf"\s+{_PERFORMER}\s+[A-Z]")
#: What follows a part in a list of "A (W) as R": the next name, or the list's end.
_LIST_GOES_ON = re.compile(r"\s+and\s+[A-Z]|\s*[,.;]")
#: A part told by what it is after a name and its parentheses: ` as a rookie lawmaker`.
_AS_DESCRIBED = re.compile(r"\s+as\s+(?:a|an)\s+[a-z]")
_AND = re.compile(at_word(r"\band\b|&"))
#: A parenthesis shaped like a title, not a part: "The ...", a colon, "&", a digit, "and",
#: or a list of works ("X-Men franchise, Split"): a part holds no comma and no kind of work.
#: (a small word written capitalised, `(Beauty And The Beast)`, is title case: no part's name)
_TITLE_SHAPED = re.compile(
    r"^The\s|[:&!?\d,]|\sand\s|\s(?:And|Of|The|In|On|At|For|To)\s|"
    r"\b(?:franchise|films?|movies?|series|trilogy|sequels?)\b"
)
_INTRODUCES = re.compile(
    at_word(
        r"\b(?:introduces|introduced|introduce|adds|added|casts|cast|welcomes|welcomed|brings in|"
        r"included|includes|enlists|enlisted|sees|saw|"
        r"brings back|brought in|recruited|recruits|drafted in|drafts in)\s+$"
    )
)
#: A part after a name: " as Escobar", " as agents Steve Murphy" (matched where it starts).
_AS_ROLE = re.compile(r"\s+as\s+" + _DESCRIBED_PART + _ROLE)
#: A part named by a phrase after "as": "Jo Stone-Fewings as the Duke of Buckingham and".
_AS_EPITHET = re.compile(r"\s+as\s+" + _EPITHET)
#: Words for family, whose names are no cast: "her parents, A and B".
_FAMILY = (
    r"(?:parents?|mother|father|mom|mum|dad|sisters?|brothers?|siblings?|wife|husband|"
    r"spouse|partner|kids|children|child|sons?|daughters?|family|grandparents?|"
    r"grandmother|grandfather|aunt|uncle|cousins?|twins?|fianc[eé]e?|girlfriend|boyfriend)"
)
#: How far before a name the short cues that end right before it can reach (`replaced by`,
#: `co-star`); looking no further keeps a page-long list from being read again for each name.
_NEAR = 120
#: How far before a list its cue may be: `starring` then a long clause, then the names; the
#: bound keeps a page-long list of names from being read again for each name.
_STAR_REACH = 250
_STAR_BEFORE = re.compile(
    r"(?:\b[Ss]tarring|\bco-?starring|\bstars|\b[Ff]eatur(?:ing|es|ed)|\bcast (?:also )?includes?"
    # "film Heroine - headlining Aishwarya Rai, Arjun Rampal and Arunodya Singh - begins"
    r"|[-–—] headlining"
    # "Already cast as the male lead is Kim Young-dae": the name after the verb
    r"|\b[Cc]ast as (?:the |a )?(?:[a-z-]+ )?(?:leads?|heroine|hero|villain|antagonist)"
    r" (?:is|are)"
    # "stars veteran actors A and B, along with fellow veteran C"
    r"|\bstars\b[^.;]{1,100}?, along with(?: (?:fellow|veteran|actors?|actress(?:es)?))*"
    # "X, the new HBO drama, will star Ada Wren": the verb in the future
    r"|\b(?:will|would|to) (?:also )?star"
    # "The new season will also feature A, B and C": a work's, not a festival's, line-up
    # "Disney's tale of a family of dinosaurs will feature A and B"
    r"|\b(?:season|series|film|movie|show|episode|sequel|prequel|tale|story|adventure|comedy|"
    r"drama|thriller)(?: \d{1,2})? (?:will|would) (?:also )?(?:feature|include)"
    r"|\b(?:tale|story|adventure) of [^.;]{1,60}? (?:will|would) (?:also )?feature"
    # "the cast has great names, such as A, B and C"
    r"|\bcast (?:has|had|boasts|boasted)\b[^.;]{0,30}?,? such as"
    # "With a celebrated cast which has the likes of A, B and C"
    r"|\bcast,? (?:which|that) (?:has|had|boasts|includes) the likes of"
    # "The show, a horror anthology, will feature such stars as A and B"
    r"|\b(?:feature|features|featured|featuring|includes?|included) such (?:stars|actors|names) as"
    # "The movie features veteran’s like Nkem Owoh and Onyeka Onwenu"
    # "a drama starring a line of solid actresses including A, B and C"
    # "The film features some of Jamaica's finest talent, including veteran actor A"
    # "The film ... is lined up with many great actors including A, B", "stars many
    # great actors including A"
    r"|\b(?:features|featured|featuring|starring|stars|starred|lined up with) "
    r"(?:[a-z]+ |[A-Z][a-z]+[’']s ){0,4}?"
    r"(?:veterans?[’']?s?|stars|actors|actresses|names|talents?|luminaries),? "
    r"(?:like|such as|including)"
    # "This cinematic symphony casts luminaries such as A, B and C" (not "casts doubt on
    # stars like A")
    r"|\bcasts (?!(?:a |an )?(?:shadow|doubt|pall|light|aspersions|spell|eye|net|vote)\b)"
    r"(?:[a-z]+ ){0,2}?(?:luminaries|stars|actors|actresses|names|talents?) (?:like|such as|"
    r"including)"
    # "the soap launching the careers of many familiar faces, including A, B and C"
    r"|\blaunch(?:ed|ing|es)? the careers of (?:[a-z-]+ ){0,3}(?:faces|stars|actors|names),? "
    r"(?:like|such as|including)"
    # ("the rest of the excellent cast, in particular A as the Duke of Buckingham")
    r"|\bcast of|\bcast members?|\bcast,(?: in particular| especially| notably)?|[”\"] with"
    r"|\(as well as|\bwhich (?:also )?includ(?:es?|ed)"
    # "the 1992 “Harbor” movie, which starred Ada Wren": the quoted work the clause is about,
    # not "a party, which starred" nor "the 1992 movie, which starred" (which one?)
    r"|[”\"](?:\s+(?:film|movie|series|show|sitcom|drama|comedy|play|musical|original))?,? "
    r"which (?:also )?(?:starred|co-?starred)"
    # "The remaining cast are A, B", "the rest of the cast includes A"
    r"|\b(?:remaining|supporting|rest of the|full) cast (?:are|is|includes?|comprises?)"
    # "other cast in the drama series ‘Lady’ are A, B and C"
    r"|\bother cast(?: members)? in (?:the )?(?:[a-z-]+ ){0,2}(?:[“\"]_+[”\"]|[A-Z][\w’'-]*"
    r"(?: [A-Z][\w’'-]*){0,4}) (?:are|is|include)"
    # "The cast is completed by A, B and C"
    r"|\bcast (?:is|was|will be) (?:completed|rounded out|filled out) by"
    # "Director Kim Jee-woon has cast star actors A and B for his short film" (the words
    # saying what the names are are read after the cue)
    r"|\b(?:has|have|had) cast"
    # "takes the cake for sheer number of star voices: A, B", "Listen for the voices of A"
    r"|\b(?:star |TV |rock )?(?:voices|stars):|\bthe (?:voices?|sounds?) of"
    # "remade in Tamil titled ‘X’ and it starred A", "The original film starred A and B"
    r"|\b(?:[Ii]t|film|movie|series|show|sitcom|drama|comedy|original|version|remake) "
    r"(?:also |had )?(?:starred|co-?starred)"
    # "is in talks to join Luke Evans and Sarah Gadon in Dracula", "joins fellow cast members"
    # "Also part of the cast were A, B and C"
    r"|\bpart of the (?:[a-z-]+ )?cast (?:were|are|is|was|includes?|included)"
    # "to cast and direct the likes of A, B and C"
    r"|\bcast and direct the likes of"
    # "together with actor Carlo Aquino", "where he was paired with actress Janine Gutierrez"
    # (not "paired with Nell Ford, played by Bo Lind": a part; not "who starred in “X”,
    # arrived at the gala together with A")
    r"|\b(?:starr(?:ing|ed)|star|stars) in [^.;,]{1,80}? together with"
    r"|\bpaired (?:up )?with(?= (?:[a-z-]+ )?(?:actor|actress|co-?star)\b)"
    r"|\balongside|\bopposite|\bjoin(?:s|ed|ing)?(?: (?:(?:returning|fellow|original) )?"
    r"(?:actors|stars|co-?stars|cast members))?|\bjoined by|\bthe (?:return|addition) of|\bas will|"
    # "he will be joined by the vocal talents of A, B and C"
    r"\bjoined by the (?:vocal |voice |acting )?talents? of|"
    # "Ada Wren co-stars with Ben Gale in X"
    r"\b(?:co-?)?star(?:s|red|ring)? with|"
    # "The comedy has already secured the talents of A (X), B (Y) and C (Z)"
    r"\b(?:secured|enlisted|recruited|boasts) the (?:talents?|services) of|"
    # "original star and co-writer Kristen Wiig": the work's own star, by what they were
    # "will involve guest appearances from A and B", "a cameo by A"
    r"\b(?:guest (?:appearances?|spots?|turns?)|cameos?) (?:from|by)|"
    r"\b(?:original|former|lead|leading|returning|its|their) (?:stars?|leads?)"
    r"(?: and (?:[a-z-]+ ){0,2}?[a-z-]+)?|"
    # "Its lead actress, Angel Aquino, realized as much": the film's of the sentence before
    r"\b(?:[Ii]ts|[Tt]heir) (?:lead|leading|main) (?:actress|actor|man|lady)(?:,|(?= [A-Z]))|"
    # "The show's star, Ada Wren, is back"
    # "the film’s hero Sunil and heroine Colors Swathi", as Telugu outlets bill the leads
    r"\b(?:show|series|film|movie|sitcom|drama)[’']s (?:stars?|leads?|hero|heroine),?|"
    # "Series star Rafe Dunn", "series regular Rafe Dunn"; not "movie star Tom Hale"
    # "mini-series star Ana Lee" stars in some other mini-series
    r"(?<!-)\b[Ss]eries (?:stars?|leads?|regulars?)|"
    # "The original cast of “X” — A, B and C — reunite", "the cast of X includes A", "Its
    # cast: A", "The ensemble also includes A"
    # "Its line-up: A", "the show's line-up includes A", not "the festival's line-up"
    # "the film’s talented cast and crew, including lead actors A, B, and C"
    r"(?:\b(?:cast|ensemble)(?: and crew)?|"
    r"(?:\b(?:[Ii]ts|[Tt]heir)|\b(?:show|series|film|movie|sitcom|"
    # "the voice cast for its upcoming film Onward: A (X), B (Y)"
    r"drama|season|sequel)[’']s|[”\"][’']s) line-?up)(?: members?| (?:of|for) [^.;—–]{1,60}?)?"
    # "among the season 2 cast, including A", "our cast — now including A"
    # "The “X” cast - A, B and C - took the stage": a hyphen set as a dash too
    # "Other cast members that have already been announced include A"
    r"(?: [—–-](?: (?:now )?including)?|:|"
    # "The serial has a stellar cast comprising A, B and C"
    r",? (?:(?:that|who)(?: [a-z]+){0,5} )?(?:also )?(?:include[sd]?|compris(?:es|ed|ing))|"
    # ("with a great cast including, Adam Zwar, Beth Buchanan")
    r",? (?:now )?including,?)|"
    # "Joining Ada Wren are A and B", "Rounding out the cast are", "Also starring are"
    r"\b(?:[Jj]oining|[Rr]ejoining) (?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}|(?:him|her|them))"
    # "Joining Ada Wren in “X” are", "Joining her in the cast are"
    r"(?: in (?:the (?:cast|ensemble|series|film|movie|show)(?: of)?)?\s*(?:[“\"]_+[”\"])?)?"
    r" (?:are|is|will be)|"
    r"\b[Rr]ounding out the (?:cast|ensemble) (?:are|is)|"
    # "Joining the cast of Kara Mia are A, B & C"
    r"\b[Jj]oining the (?:cast|ensemble) of (?:[“\"]_+[”\"]|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4})"
    r" (?:are|is|will be)|"
    # "Supporting her (some more than others) will be A, B and C"
    r"\b[Ss]upporting (?:him|her|them)(?: \([^()]{1,40}\))? (?:will be|are|is)|"
    # a headline's "First look at A in X"
    r"\b[Ff]irst look at|"
    # a cast's panel: "Included in the panel were A, B and C", "The panel featured A"
    r"\b(?:[Ii]ncluded (?:in|on) the panel (?:were|was)|[Tt]he panel (?:included|featured))|"
    # "Also on board are", "Also in the cast are", "Also appearing are"
    r"\b[Aa]lso (?:(?:guest[- ])?starring|appearing|returning|on board|in the (?:cast|ensemble))"
    r" (?:are|is)|"
    # a theatre's cast list: "Appearing will be A (W) as R", "also reviving the show are A (W)
    # as R", "Completing the company are"
    r"\b[Aa]ppearing (?:will be|are)|\b(?:[Rr]eviving|[Cc]ompleting|[Cc]ontinuing) the "
    r"(?:show|cast|company) (?:are|is|will be)|"
    # "Swings include: A, B and C", the company's own who cover its parts
    r"\b(?:[Ss]wings|[Uu]nderstudies|[Aa]lternates) (?:include|are)|"
    # "The new actors include: A (Rover), B (Dune)"
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose) (?:new )?(?:actors|actresses|stars|cast members) "
    r"(?:include|are)|"
    # "Also joining the series is Ada Wren"
    r"\b[Aa]lso joining (?:the (?:cast|ensemble|series|film|movie|show) )?(?:are|is|will be))"
    r"\s*:?\s+"
    # "joined by veteran actors A and B": a word or two saying what the names are; "opposite
    # the already announced A"
    # "comprising industry’s veterans A, B and C"
    r"(?:(?:[a-z-]+(?:[’']s)?\s+)?(?:actors?|actress(?:es)?|stars?|co-?stars?|comedians?|"
    r"newcomers?|debutantes?|veterans)\s+|"
    # "together with his on-screen love team Maine Mendoza"
    r"(?:his|her|their)\s+(?:[a-z-]+\s+)?(?:love\s+team|screen\s+partner|co-?star|leading\s+"
    r"(?:lady|man))\s+|"
    # "a starry cast that includes Tony Award winners A and B"
    rf"{_AWARDED}|"
    # "The cast includes the film’s co-writer and producer Lance Giles, A (W) and B (W)": the
    # first name's job beside the cast, which names him too
    r"the\s+(?:film|movie|show|series|play)[’']s\s+(?:[a-z-]+\s+and\s+)?"
    r"(?:co-?writer|writer|producer|director|creator)\s+|"
    # "Raqs-e-Bismil starring newlywed Sara Khan and Imran Ashraf", "‘X’ stars veteran A"
    r"(?:(?<=starring )|(?<=stars ))(?:newlywed|veteran|legendary|popular|young|seasoned)\s+|"
    # "They join the previously announced: A (Macavity), B (Tantomile)"
    r"the\s+(?:[a-z-]+\s+){0,2}?(?:announced|cast|confirmed):?\s+)?"
    # "Joining Wren are her parents, A and B": kin, not cast
    # ... up to the list's last separator: "A, and", "A (“Rover”) and"
    r"(?:(?:(?!\b(?:his|her|their|my|our|your)\s+(?:[a-z-]+\s+)?" + _FAMILY + r"\b)[^.;])*?"
    r"(?:,\s+(?:and\s+)?|\)\s+and\s+))?"
    # "also stars “Rover” star A", "also stars “Rover’s” A": the first name's other work
    r"(?:(?:[A-Z][\w-]*\s+)?[“\"]_+[”\"]\s+(?:(?:stars?|alums?|actors?|actress(?:es)?|"
    r"cast members?|veterans?)\s+)?|"
    # "the addition of The Wire star A": an unquoted title and its star word
    # "which included Hallmark regular Candace Cameron Bure"
    r"(?:[A-Z][\w’'-]*\s+){1,4}(?:star|alums?|alumn(?:us|a|i|ae)|actor|actress|veteran|regular)"
    r"\s+|"
    # "Joining Berry is The Practice's Camryn Manheim", "cast members include Schitt’s
    # Creek’s Annie Murphy": the first name's other work (not "alongside Norman Reedus'
    # Daryl Dixon", a part by its actor)
    r"(?:(?<= is )|(?<= are )|(?<= include )|(?<= includes )|(?<= included ))"
    r"(?:[A-Z][\w-]*(?:[’']s)?\s+){0,4}[A-Z][\w-]*[’'](?:s)?\s+)?$"
)
#: A rank right before a part's name: `Dr. Liesl Obrecht's (Kathleen Gati) orders`.
_RANK_BEFORE = re.compile(at_word(rf"\b{HONORIFIC}$"))
#: A sentence that opens with a work's success, its subject the star of it: `After the huge
#: success of Suno Chanda, Farhan Saeed`.
_AFTER_SUCCESS = re.compile(
    r"\s*After the (?:[a-z]+ )?success of (?:(?:the )?(?:drama serial|drama|serial|film|movie|"
    r"show|series) )?(?P<work>[A-Z][^,.;]{0,60}),\s+"
)
#: Whom a director directed, in the work after: `Vinayak previously directed Chiranjeevi in a
#: blockbuster Tagore` (not "directed A, B and Bin Roye", works; nor "directed by").
_DIRECTED = re.compile(at_word(r"\bdirected\s+$"))
#: Others beside a cast, at a premiere: `the cast; A and B as well as other stars like C`.
_OTHER_STARS = re.compile(
    at_word(
        r"\bas well as other (?:[a-z]+ )?(?:stars|celebrities|guests|personalities|dignitaries)"
        # (names it cannot read may open the list: "like AY Makun, ChiomaAkpotha, C")
        r" (?:like|such as|including)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)*$"
    )
)
#: A casting only rumoured, in the clause after the rumour: "Rumours that A will join X have
#: been denied", "amid speculation that A is in talks".
_RUMOURED = re.compile(
    at_word(
        r"\b(?:[Rr]umou?rs?|[Ss]peculation|[Gg]ossip|[Ww]hispers)\s+(?:that|of)\s+"
        # the name the rumour is about, not one further in it ("rumours that she is dating A,
        # who stars in X")
        r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?(?:[A-Z][\w’'.-]*,?\s+(?:and\s+)?)*$"
    )
)
#: An age after a name, which news writing sets between the name and its verb: "Ada Lee, 48,
#: who plays"; a caption's place in the photo stands there too: "Allan Melvin, center, plays".
_AGE = re.compile(
    r"^\s*,\s*(?:(?:now\s+|aged\s+)?\d{1,3}|(?:far |second from |third from )?"
    r"(?:left|right|center|centre))(?=\s*,)"
)
#: "played by", and what the actor is between: "portrayed by the late Ada Wren", "played by
#: fellow newcomers A and B".
_BY_THE_LATE = (
    # "played by Japanese star Yuya Yagira": where the actor is from, then what they are;
    # "played by the incomparable Denise Gough"
    # "portrayed by award-winning actress Khabonina Qubeka"
    r"(?:(?:[\w]+-[a-z]+\s+)?"
    r"(?:the late|the|actor|actress|actors|fellow|newcomers?|[A-Z][a-z]+(?:ese|ian|ean|ish|can))"
    r"\s+(?:[a-z-]+\s+)?)?"
    # "acted by music artiste, Speed Darlington": a musician, set off
    r"(?:(?:music |recording )?(?:artiste|artist|singer|rapper),?\s+)?"
    # "played by 12-year-old Ashlee Factor": the actor's age
    r"(?:\d{1,2}-year-old\s+)?"
)
#: "Ocean's 8 star Awkwafina": a title, then a word that makes the name after it its cast.
TITLE_STAR = (
    r"\s+(?:stars?|alums?|alumn(?:us|a|i|ae)|actors?|actress(?:es)?|cast members?|breakout|"
    # "Zero Dark Thirty star, Callan Mulvey,": the name set off after it
    r"veterans?),?\s+"
)
#: "played by Glee's Grant Gustin", 'played by “Glee” star Grant Gustin': the actor named with
#: an earlier work, which the title reader takes as a work of its own.
_BY_CREDENTIAL = (
    # ("played by Locke & Key's Laysla De Oliveira": an ampersand in the title)
    r"(?:(?:[“\"]_+[”\"]|(?:(?:[A-Z][\w’'-]*|&)\s+){0,3}[A-Z][\w’'-]*?)(?:[’']s\s+|"
    + TITLE_STAR
    + "))?"
)
#: The verbs of a part's actor after it: "played by", "acted by" ("a rapper, Chukwuma Amadi,
#: acted by music artiste, Speed Darlington", as Nigerian papers write it).
_PLAYED_VERB = r"(?:played|portrayed|voiced|acted)"
_PLAYED_BY = re.compile(at_word(rf"\b{_PLAYED_VERB} by\s*" + _BY_THE_LATE + _BY_CREDENTIAL + "$"))
#: One adverb before a verb of acting, or two: "has also recently wrapped production on".
_ADVERB = r"(?:(?:currently|now|also|previously|recently|once|famously|memorably|still) ){0,2}"
#: The part after a verb of playing it: an epithet ("the Man in Black") or a name.
_PART = (
    _EPITHET
    + r"|"
    + _DESCRIBED_PART
    # "appeared as a guest on Harbor Lights": a place, not a part, after "on"
    # "portrays real-life jazz great Miles Quarry": hyphened words of the description too;
    # not "played heroine to Naveen Krishna": whom she played opposite
    + r"(?:(?!(?:in|on|at|to)\s)[a-z][\w’'-]*\s+){0,3}?"
    + _ROLE
    # "playing Queen Padmini while Shahid essays ...": a clause of contrast ends the part too
    + r"(?=\s*(?:[,.;:–—]|$|\s+(?:in|on|for|from|and|with|when|while|whilst|whereas|who|"
    r"opposite)\b|"
    # "plays detective Chae Do Jin (real name Yoon Na Moo)": the part's other name after it,
    # or a married one: "barmaid Betty Williams (Turpin) in the soap"
     + r"\s+\((?:(?:real|birth|maiden|full|stage) name\b|[A-Z][a-z]+\)\s+in\b)))"
)
#: A review's praise of a performance: "shines as Jo Kemp", "is terrific as Jo Kemp".
_PRAISED_AS = (
    r"(?:shines|shone|excels|excelled|dazzles|dazzled|impresses|impressed|"
    r"(?:is|was) (?:(?:so|very|also|equally|particularly|especially|simply|quite) )?"
    r"(?:terrific|excellent|superb|great|good|fine|solid|strong|wonderful|brilliant|magnetic|"
    r"convincing|memorable|moving|"
    r"outstanding|compelling|fantastic|perfect|perfectly cast|a revelation|a delight|"
    r"a standout|mesmerizing|mesmerising|riveting|heartbreaking|hilarious|chilling))"
    r"(?: on[ -]?screen)? as"
)
#: A role in the idiom, not on screen: "played a key role in getting it made".
_IDIOM = (
    r"(?:key|pivotal|crucial|vital|instrumental|important|significant|huge|integral|"
    r"critical|major|central|active|big) (?:role|part)s?\b"
)
_IDIOM_ROLE = rf"(?!{_IDIOM})"
#: What a person comes back as or plays that is a job or a game, not a part: "returns as
#: showrunner", "played host", "plays golf", "played a key role in".
_JOB_AFTER = (
    r"(?!(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z-]+\s+)?(?:showrunner|host|co-?host|"
    r"director|producer|writer|creator|executive|narrator|judge|presenter|head|ceo|chief|"
    r"designer|composer|editor|cinematographer|"
    r"president|chairman|chairwoman|coach|mentor|moderator|anchor|CEO|CFO|COO)s?\b)"
    r"(?!(?:golf|tennis|guitar|piano|drums|football|basketball|hardball|games?|down|along|"
    r"it|coy|dumb|nice|favou?rites|catch-up|matchmaker)\b)"
    rf"(?!(?:a|an|the)\s+{_IDIOM})"
)
#: A venue played on a day, not a part: "who plays Glastonbury on Friday".
_GIG_AFTER = (
    r"(?![A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:on|this|next|last)\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|weekend|night|tonight)\b)"
)
_PLAYS = re.compile(
    # "with Lucas Neff playing the lead role of teenager Arlo"
    # "She had played the role of", "who has played"
    r"^\s*[,–—]?\s*(?:who\s+)?(?:had |has |have )?"
    + _ADVERB
    + r"(?:plays|played|playing|portrays|portrayed|will play|"
    r"(?:is|are|was|will be) (?:reportedly |also |now |currently )?(?:playing|voicing)|"
    r"stars as|starred as|"
    r"will star as|starring as|returns as|"
    r"returned as|"
    r"(?:will )?return as|"
    r"(?:will be |is |are )?back as|"
    r"(?:will |would )?(?:make|makes|made|making) (?:a|an) (?:[a-z]+ )?"
    r"(?:appearance|reappearance|return|comeback|cameo) as|"
    r"(?:will be |is |are )?returning as|"
    # a headline's "Ada Wren cast as Nora Vale in X", an interview's "Ada Wren on playing R"
    r"(?:(?:was|is|has been|will be|being) )?cast as|on (?:playing|portraying)|"
    r"co-?stars as|costars as|co-?starred as|costarred as|"
    r"appears as|appeared as|"
    r"(?:originated|originates|created|creates) the role of|"
    # "Michael Eklund in a recurring role as Zane Carpenter"
    r"in (?:a|an|the) (?:[a-z-]+ ){0,2}role as|"
    # casting news: "has been tapped to play", "landed the role of", "will portray"
    r"(?:is |are |was |were |has been |have been )?(?:set|tapped|hired|chosen|slated|poised|"
    r"expected|due) to (?:play|portray|voice)|will (?:portray|voice)|"
    # as British trade papers write a plan: "Craig Revel Horwood is to play Miss Hannigan"
    r"(?:is|are) to (?:play|portray|voice)|"
    r"(?:has |have )?(?:signed (?:on|up)|agreed) to (?:play|portray|voice)|"
    # "is in final talks to voice the villainous tiger Shere Khan"
    r"(?:is |are |was |were )?in (?:final |early |advanced )?(?:talks|negotiations) to "
    r"(?:play|portray|voice)|"
    # "With Jessica Chastain already reportedly on board to play Beverly Marsh in"
    r"(?:is |are |was |were )?(?:already )?(?:reportedly )?on board to (?:play|portray|voice)|"
    # "jumped at the chance to play Jo Danville", "is thrilled to play" (not "hopes to play",
    # "would love to play": a wish casts no one)
    r"(?:(?:jumped|jumps|leapt|leaped) at|(?:got|gets|has|had) (?:the|a)) (?:[a-z]+ )?"
    r"(?:chance|opportunity) to (?:play|portray|voice)|"
    # "who joined the show to play Cane Ashby"
    r"(?:joined|joins|joining) the (?:show|series|soap|cast|drama|sitcom|film|movie) "
    r"(?:in \d{4} )?to (?:play|portray)|"
    r"(?:is |are |was |were )?(?:excited|thrilled|delighted|honou?red|proud) to "
    r"(?:play|portray|voice)|"
    # "will become the third actor to portray Queen Elizabeth II"
    r"(?:will become|became|becomes|is|was) (?:the|a|an) (?:[a-z]+ )?(?:actor|actress|star|"
    r"performer|woman|man|person) to (?:play|portray|voice)|"
    r"(?:was |were |has been |have been |is |are )?cast in the (?:[a-z]+ )?role of|"
    # not "landed the role of his young life", "of a lifetime": no part named
    r"(?:landed|lands|won|wins|nabbed|snagged) the (?:[a-z]+ )?role of"
    r"(?! (?:(?:his|her|their) (?:[a-z]+ )?life|a lifetime)\b)|"
    # an award's nominee: "– Nominated for the role of Alicia Florrick in", "is been nominated
    # for her role of Queen Elizabeth in"
    r"(?:(?:is|was|has been|is been|been|been) )?(?i:nominated) for (?:the|her|his|their) "
    r"(?:[a-z]+ )?role (?:of|as)|"
    # "is essaying the role of Lord Merlin", as Indian English has it
    # "Shahid essays the character of her husband, Raja Rawal Ratan Singh"
    r"(?:is |are |was |were |will )?essay(?:s|ed|ing)? the (?:[a-z]+ )?(?:role|character) of|"
    # "Charmi is donning the role of Pinky"
    r"(?:is |are |was |were |will )?don(?:s|ned|ning) the (?:[a-z]+ )?(?:role|character) of|"
    r"(?:is |are |will be |(?:would|could|might|may) (?:consider |love to |like to )?)?"
    r"(?:reprises?|reprising|reprised) the role of|"
    r"(?:(?:has |have )?signed (?:on|up) to |(?:is |are )?set to |will |to )?"
    # ("Who he plays: Landry Clarke", a fact box's line, the colon after the verb)
    r"(?:reprises?|reprising|reprised) (?:his|her|their) (?:[a-z]+ )?role (?:as|of)):?\s+(?!by\b)"
    + _GIG_AFTER
    + _JOB_AFTER
    # "will play the lead male role as Prince Wang So"
    + r"(?:the (?:lead |leading |title |main )?(?:male |female )?role (?:of|as)\s+)?"
    + r"(?:"
    + _PART
    + r")?"
)
#: Verbs that make a credit only with the part named after them: "will appear as Kit", not
#: "will appear as a guest on the Tonight Show"; "replaced Bo Lind as Kit", not "as the new
#: face of Chanel"; "is stepping into the role of Kit", not "of Netflix CEO"; "is terrific as
#: Kit", not "as always"; "voices Barnaby", not "voiced his support for".
_PLAYS_PART = re.compile(
    r"^\s*,?\s*(?:who\s+)?" + _ADVERB + r"(?:(?:will )?appear as|" + _PRAISED_AS + r"|"
    # "is set to arrive as Morwenna", not "arrived as a guest"
    r"(?:(?:is|are) set to |will )?arriv(?:e|es|ed) as|"
    # "will be seen as Nell in “X”", "has been seen on TV recently as Mr Sniggs in X", not
    # "is seen as a favourite" (nor "was seen as Obama’s heir", "has been seen recently as Santa
    # in Harrogate")
    r"will be seen as|(?:has|have) been seen on (?:TV|television|screen) "
    r"(?:(?:most )?recently |lately )?as|"
    # "bagged the part of Nell", not "scored the part of a lifetime"
    r"(?:landed|lands|won|wins|nabbed|snagged|bagged|scored) the (?:[a-z]+ )?part of|"
    r"(?:bagged|scored) the (?:[a-z]+ )?role of|"
    # "will recur as Nell on “X”", "has a recurring role as Nell", not "as a judge"
    r"(?:will )?(?:recur|recurs|recurred|recurring) as|"
    r"(?:has|had|have|will have|landed|lands|scored) (?:a|an|the) (?:[a-z-]+ ){0,2}role as|"
    r"(?:voices|voiced)(?!\s+(?:his|her|their|its|support|concerns?|opposition)\b)|"
    # "is soon to graduate from the role of schoolboy sensation Jamie New": a part played
    r"(?:(?:is|are) (?:soon |set |about )?to |will )?"
    r"(?:graduate|graduates|graduating|graduated) from the (?:role|part) of|"
    # "Callender will be taking on the role of James Bailey"
    # "This time Radebe takes on the character of Vikizitha Magwaza"
    r"(?:(?:takes|took|(?:will be |is |are )?taking|will take|has taken) (?:over|on)|"
    r"(?:tries|tried|trying|will try) out) the (?:role|part|character) of|"
    # "takes on Stanley Kowalski in A Streetcar Named Desire": a named part in a work
    r"(?:takes|took|will take) on(?=\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+in\s+[A-Z“\"])|"
    # "has been tapped for the role of Nell", "was chosen for the part of Nell"
    r"(?:(?:has|have|had) been |(?:is|are|was|were) )?(?:tapped|chosen|picked|selected|cast|hired) "
    r"for the (?:[a-z-]+ )?(?:role|part) of|"
    # "will be on screens as the new character Nell"
    r"(?:[a-z]+ ){0,4}?as (?:the |a )?(?:new |recurring |original )?character|"
    r"(?:is |are |will be )?(?:steps|stepped|stepping|will step) into the role of|"
    r"(?:will )?(?:replaces?|replaced|replacing) [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2} as|"
    r"(?:lends|lent|lending|will lend) (?:his|her|their) voice to)\s+(?!by\b)"
    r"(?![^,.;]*?\b(?:CEO|CFO|COO|CTO|chairman|chairwoman|chief|president|head|face)\b)"
    r"(?:the role of\s+)?" + r"(?:" + _PART + r")"
)


#: A cast told a line each, the actor opening it: `Aunor is Cedes Dela Cruz.`, `Gabby Eigenmann
#: is the eligible bachelor Arthur, a promising entrepreneur`.
_IS_PART = re.compile(
    # (not a likeness: "Ada Wren is the new Meryl Streep")
    r"^\s+is\s+(?:the\s+(?!(?:new|next|real|latest|modern|modern-day|original|other|future)\b)"
    r"(?:[a-z-]+\s+){1,3})?" + _ROLE + r"(?=\s*(?:[,.;]|$)|\s+in\s+(?:this|the)\b)"
)


def _is_part(registry: Registry, after: str) -> re.Match[str] | None:
    """Match the part of `Aunor is Cedes Dela Cruz.` right after a name opening a sentence:
    no job (`Ben Gale is Executive Producer.`), no work (`Matt Damon is The Martian`)."""
    m = _IS_PART.match(after)
    if m is None or m["role"] in registry.titles:
        return None
    return None if m["role"].split()[0].lower() in ROLE_NOUNS else m


#: "best known as Marcus on “Night Shift”", "who rose to fame as Ada in “Dust Devil”", "best
#: known for playing Ada in": a part the person is known for, in the work named right after
#: ("known as The Rock" names no part).
_KNOWN_AS = re.compile(
    r"^\s*,?\s*(?:who\s+(?:is\s+|was\s+)?)?(?:(?:best|well|perhaps best|still|widely) )?"
    r"(?:(?:known|famous|remembered|loved|beloved) (?:as|for (?:playing|portraying|voicing))|"
    r"(?:rose|shot) to fame (?:as|playing))\s+"
    + _DESCRIBED_PART
    + _ROLE
    + r"(?=,?\s+(?:on|in)\s+(?:[A-Z][\w+]*[’']s\s+)?(?:the\s+(?:[a-z-]+\s+){0,2})?[“\"])"
)


#: A part a person is known for, or praised for, after their name: `best known for playing`,
#: `rose to fame as`, `made her name as`, `won an Emmy for playing`, `gives a career-best
#: performance as`, `returns to her iconic role as`; the work named right after, if any.
_FAMED = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:is\s+|was\s+|has\s+|had\s+)?"
    r"(?:(?:best|well|perhaps|still|widely|first|also|once|again|once again) )*"
    r"(?:(?P<known>(?:known|famous|remembered|loved|beloved|recogni[sz]ed|acclaimed|praised|"
    r"lauded|celebrated) for (?:playing|portraying|voicing|"
    r"(?:her|his|their) (?:[a-z-]+ ){0,2}role as)|"
    # "who was widely loved as Theo Huxtable on The Cosby Show" (a work named after it)
    r"(?:known|famous|remembered|loved|beloved|celebrated) as|"
    r"(?:rose|shot|rising|risen) to (?:fame|prominence) (?:as|playing|portraying)|"
    r"(?:achieved|achieves|found|finds|won|wins) (?:stardom|fame) (?:as|playing|portraying)|"
    r"(?:made|makes|making) (?:her|his|their) name (?:as|playing)|"
    r"(?:won|wins|earned|earns|received|receives|bagged|scored) [^.;,“\"]{1,60}? for "
    r"(?:playing|portraying|voicing))|"
    r"(?:returns?|returned|returning) to (?:her|his|their) (?:[a-z-]+ ){0,2}role as|"
    r"(?:gives?|gave|giving|delivers?|delivered|delivering) (?:a|an|her|his|their) "
    r"(?:[a-z-]+ ){0,2}(?:performance|turn) as)\s+"
    + _DESCRIBED_PART
    + _ROLE
    # "as Murray Slaughter, the sardonic TV news writer on the comedy The Mary Tyler Moore
    # Show": the part's description before the work
    # "well known as Neil from The Inbetweeners"
    + r"(?P<where>,?\s+(?:(?:the|a|an)\s+[^,.;]{1,60}?\s+)?(?:on|in|from)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){1,2}(?=[A-Z“\"]))?)?"
)


def _famed_part(after: str, registry: Registry) -> tuple[str, str | None] | None:
    """Return the part and the work of `best known for playing Nora Vale on Harbor Lights`
    right after a name: the work the article names there, or none; a part one is known for
    holds only with its work named ("best known for playing Nora, Ada joins Rover"), and one
    in a work the article does not name is no credit."""
    m = _FAMED.match(after)
    if m is None:
        return None
    # "known for his role as Fikani on popular Afrikaans soapie 7de Laan": past its kind
    rest = _KIND_BEFORE.sub("", after[m.end() :], count=1)
    title = next((t for t in registry.titles if m["where"] and _titled_at(rest, t)), None)
    if title is None and (m["known"] or m["where"] or m["role"] in registry.titles):
        return None  # "won an Emmy for playing Nora in a TV movie": some other work
    return m["role"], title


def _titled_at(text: str, title: str) -> bool:
    """Tell whether ``text`` opens with a title, the whole of it."""
    return text.startswith(title) and not text[len(title) : len(title) + 1].isalnum()


#: A work the article names elsewhere, named by its part after a verb of acting: `made waves
#: as Veronica Mars' Logan`, `best known as Friends' Joey` (it names no work by
#: itself: `made waves as Manchester United's Captain`).
_AS_OWNERS_PART = re.compile(
    at_word(
        r"\b(?:known|famous|waves|fame|starred|stars|starring|appeared|appears|turn|role) as "
        + TITLE
        + r"(?=[’'](?:s)? (?P<part>[A-Z][\w-]+(?: [A-Z][\w-]+)?)\b)"
    )
)


def _as_owners_part(after: str, registry: Registry) -> tuple[str, str] | None:
    """Return the work and the part of `made waves as Veronica Mars' Logan` right after a
    name, if the article knows the work."""
    m = _AS_OWNERS_PART.search(after, 0, 80)
    if m is None or re.search(r"[,.;:]", after[: m.start()].lstrip(" ,")):
        return None
    return (m["title"], m["part"]) if m["title"] in registry.titles else None


def _plays(text: str) -> re.Match[str] | None:
    """Match a verb of playing a part at the start of ``text``, with its part if named."""
    return _PLAYS.match(text) or _PLAYS_PART.match(text) or _KNOWN_AS.match(text)


#: "Cruise is taking the Napoleon Solo role": the part named before "role".
_NAMED_ROLE = re.compile(
    r"^\s*(?:is |was |will be |will )?(?:taking|takes|took|take|plays|played|play|playing|"
    r"landed|lands|won|wins) the " + _ROLE + r" (?:role|part)\b"
)
#: Shooting a work, which only one in its cast does: `started shooting for`, `wrapped up the
#: shooting of`, `conclude filming`, `has begun the shoot of`.
_SHOOTS = (
    r"(?:start|starts|started|begin|begins|began|begun|commence[sd]?|resume[sd]?|"
    r"wrap(?:s|ped)?(?: up)?|finish(?:es|ed)?|complete[sd]?|conclude[sd]?)"
    r" (?:the )?(?:shooting|filming|shoot)(?: (?:for|on|of))?"
)
#: A verb after a list of names that makes them cast: "A and B lead the production as ...";
#: not one past a parenthesis the name is no part of ("(... whose original actor John
#: Spencer died in 2005) has reunited").
_CAST_VERB = re.compile(
    # "Ada Wren, 34, has joined": the age taken out right before the verb
    r"^\)?(?:,\s*(?=has\b))?"
    # not past a verb of saying before a name, the subject of its own clause: "Burg stated
    # Chris Rock would love to return" (but "Hanks confirmed he will return")
    # "A on 16 September (Monday) joined the cast": a weekday in parentheses between
    r"(?:(?!\b(?:" + SPEECH_VERBS + r")\b(?=\s+(?:that\s+)?[A-Z]))"
    r"(?:[^.;,“\"()]|[“\"]_+[”\"]|\((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\)|"
    r",\s*(?:all\s+)?(?=(?:who|will|are|were|have|had)\b)))"
    r"{0,40}?"
    # not the noun of `said “The Wire” star Seth Gilliam will play`, but the verb of
    # `Ada Wren of “Rover” stars as Nell`
    # "lead the production", not "led the team" nor "led the protest"
    # (not the noun of "have been offered lead roles in")
    r"\b(?:(?<!offered )(?<!the )(?<!a )(?:lead|leads|led)"
    r"(?=\s+(?:the\s+)?(?:[\w+-]+\s+){0,2}(?:cast|production|film|"
    r"movie|series|show|ensemble|drama|comedy|thriller|sequel|revival|reboot|line-?up)\b|"
    r"\s+[“\"]|"
    r"\s+(?:(?:roles?|parts?)\s+in\b|in\s+[“\"]))|"
    # not the noun of "has cast star actors A and B"
    r"(?<![”\"] )(?<!cast )stars?(?!\s+(?:actors?|actresses|cast|power|turn|vehicle)\b)|"
    r"(?<=[”\"] )stars?(?!\s+[A-Z])|starred|starring|"
    r"co-?star(?:s|red|ring)?|"
    r"costar(?:s|red|ring)?|joined the cast|join the cast|joins the cast|are all back|are back|"
    r"is back|(?:are|is) (?:all |also )?(?:coming|heading) back|"
    # "A and B previously featured together in X"
    r"featured together in|"
    # a Telugu film blog's shoot: "Hero A and heroine B are participating in the shoot now"
    r"(?:is|are) (?:also )?participating in the (?:shoot|shooting)\b|"
    # "is presently on set for her new movie ‘Torera’" (not on set for a show as a guest)
    r"(?:is|are|was|were) (?:presently |currently |now |already )?on (?:the )?set (?:of|for) "
    r"(?:his|her|their) (?:new |upcoming |latest |next )?(?:movie|film|series|show|"
    r"drama)(?: titled)?,?(?= [“\"])|"
    # "Ileana D'Cruz is the female lead but", not "is the lead singer"
    r"(?:is|are|was|will be) the (?:[a-z-]+ )?lead(?=\s*(?:[,.;]|$)|\s+(?:in|of|on|but|and)\b)|"
    # "Dili Reba and Zhang Vin are the leads for The King’s Woman"
    r"(?:are|were|will be) the (?:[a-z-]+ )?leads(?=\s*(?:[,.;]|$)|\s+(?:in|of|for)\b)|"
    # "William Chan and Bai Baihe have been casted for X", as a fan blog writes it
    r"(?:has|have) been casted (?:for|in)\b|"
    # "With Jeremy Irvine in the lead role, the film stars"
    r"in the (?:[a-z-]+ )?(?:lead|leading|title|starring) roles?|"
    # "A, B and C amongst others will be seen in prominent roles"
    # "Rudranil Ghosh and Sudipta will be seen in guest roles", "will also be seen playing
    # important roles in the film"
    r"(?:will (?:also )?be|are|is|was|were) (?:also )?seen (?:in|playing) (?:key|prominent|"
    r"pivotal|important|"
    r"supporting|crucial|major|significant|guest|cameo) roles?\b|"
    # "A, B, C and D will play the lead role in the upcoming project, Sabaat"
    r"(?:will (?:also )?)?play the (?:lead|leading|main|title) roles? in\b|"
    # "A and B will play tramps Vladimir and Estragon": a part for each name
    r"(?:will (?:also )?)?play"
    r"(?= (?:[a-z]+ )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? and [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? in "
    # in a work, not a recital's composers nor a match's opponents
    r"(?:[“\"]|(?:the|a|an) (?:[\w-]+ ){0,2}(?:production|film|movie|series|play|musical|"
    r"revival|staging|adaptation)\b))|"
    # "A, B and C will play their children"
    r"(?:will (?:also )?)?play (?:their|his|her|its) (?:[a-z-]+ )?(?:children|kids|parents|sons|"
    r"daughters|siblings|brothers|sisters|friends|family)\b|"
    # "A and B voice the twins", not "voiced their support" nor "voiced concerns"
    # (nor a noun: "its English voice dub cast", "voice actors")
    # (nor singers': "have rendered their voices to songs of the movie")
    r"(?:voice|voices|voiced)(?!\s+(?:his|her|their|its|support|"
    r"concerns?|opposition|frustration|disappointment|criticism|doubts?|dubs?|cast|actors?|"
    r"actresses|acting|talents?|work|overs?|to (?:the )?songs?)\b)|"
    r"returning in (?:their |her |his )?(?:original )?roles?|"
    # "round out the cast", "round out the “X” cast"
    r"reprise (?:their|her|his) roles?(?!\s+as\s+(?:(?:the|a|an)\s+)?(?:director|producer|writer|"
    r"showrunner|host)s?\b)|round(?:s|ed)? out the (?:[“\"]_+[”\"] )?(?:cast|ensemble)|"
    # "with A and B rounding up the rest of the supporting cast"
    r"round(?:s|ed|ing)? (?:out|up) the rest of the (?:[a-z-]+ )?(?:cast|ensemble)|"
    # "Moe Dunford, Sam Keeley and Peter McDonald also feature among the cast"
    r"feature[sd]? among the (?:cast|ensemble)|"
    # "has signed on to star", not "has signed on as an executive producer"
    # (not "has signed on to direct the biopic", "signed on to sit in the director’s chair")
    r"signed (?:up|on)(?!\s+to\s+(?:direct|produce|write|helm|score)\b)"
    r"(?!\s+to\s+(?:sit|take a seat) in the director[’']s chair\b)"
    r"(?!\s+as\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?(?:producer|director|"
    # ... unless the sentence goes on to cast them: "as a producer and will also star"
    r"writer|showrunner|creator|consultant|host)s?\b(?![^.;]*\b(?:star|play)s?\b))|"
    r"(?:reprises|reprising|reprised) (?:the|their|her|his) (?:[\w-]+ )?roles?|"
    # "Ada Wren is also set to return.", "A, B and C will all return for", not "will
    # return to London" nor "will all return as showrunners"
    r"(?:(?:(?:is|are) (?:also |all )?(?:set|expected|confirmed|due) to |will (?:also |all )?)"
    r"return|(?:is|are|were) (?:also |all )?returning)(?=\s*[.,;]|\s+for\b|\s+as\s+"
    + _JOB_AFTER
    + r")|"
    # "A and B also return as Emperors Dusk and Dawn", "will also appear as Nora Vale": a
    # named part after it, not "returned as chairman" nor "appeared as a guest"
    r"(?:return(?:s|ed)?|appear(?:s|ed)?)(?=\s+as\s+(?:the\s+)?[A-Z])|"
    # a headline's "X season 2: A and B return" (at the end of its sentence)
    r"return(?=\s*[.!]?\s*$)|"
    # "A and B will share the screen in X", as Indian outlets write it
    r"(?:share|shares|shared|sharing) (?:the )?screen(?: space)?(?= in\b)|"
    # "Toby Kebbell is also part of the cast", "have also been added to the cast", "is the
    # latest addition to the cast of"
    r"part of the (?:[a-z-]+ )?(?:cast|ensemble)|added to the cast|"
    r"(?:latest |newest |new )?addition to the (?:[a-z-]+ )?(?:cast|ensemble)|"
    # one who leaves a show was in it: "will be departing the show as a series regular", "are
    # all departing as series regulars"; not "departed the company" nor "left the building"
    r"(?:depart(?:s|ed|ing)?|leav(?:es|ing)|left|exit(?:s|ed|ing)?|quit(?:s|ting)?) "
    r"(?:the (?:show|series|drama|sitcom|soap|cast)\b|as (?:a )?series regulars?)|"
    # "A, B & C confirmed for JTBC’s upcoming drama “Aide”": a quoted work after it (not
    # "confirmed for Glastonbury")
    r"(?:(?:has|have|is|are|was|were) )?(?:been )?(?:officially )?confirmed for"
    r"(?= (?:[A-Z][\w+]*[’']s )?(?:(?:the|an?) )?(?:[a-z-]+ ){0,2}[“\"])|"
    # "has joined Season 3 as character Bon Clay": the story's work, by its season
    r"join(?:s|ed|ing)? (?:the )?(?:[Ss]eason|[Ss]eries) \d{1,2}(?= as\b)|"
    # "has been upped to series regular", "has been cast as a series regular in"
    r"(?:upped|promoted|bumped up|elevated) to (?:a )?series regular|"
    r"cast as (?:a )?series regular|"
    # "Cooper is in talks to join Luke Evans (and Ana Lee) in Dracula"
    r"join(?:s|ed|ing)?(?=(?: [A-Z][\w’'-]+ [A-Z][\w’'-]+)(?:(?:,|,? and) [A-Z][\w’'-]+ "
    r"[A-Z][\w’'-]+)* in\b| [“\"])|"
    # "returns to Harbor Lights as Nora Vale", "headlines “X” as Nora": a named part after it,
    # not "returns to London as mayor"
    r"(?:return(?:s|ed|ing)? to|headline[sd]?|headlining)(?= (?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)"
    r"{0,3}|[“\"]_+[”\"]),? as (?:the )?[A-Z])|"
    r"return(?:s|ing)? to (?:their|her|his) (?:original )?roles?|"
    # "Halle Berry headlines as an astronaut who returns home": the work's lead
    r"headline[sd]?(?= as (?:a|an) [a-z])|"
    # "is returning for the second season of X"
    r"(?:return(?:s|ing)?|(?:is|are|will be) back) for (?:the |a )?(?:[a-z]+ )?"
    r"(?:[“\"]_+[”\"] )?(?:season|series|sequel|revival|reboot|special|reunion)|"
    # "A, B and C reunite for the special", not "Ada reunited with her sister" nor "A and B
    # reunite for the first time since their divorce": a work or a special after it
    r"(?:reunit(?:e|es|ed|ing)|(?:get|gets|got|getting) back together)"
    # "reunited for a Glass Harbor reunion special": the work's name before the kind
    r"(?=\s+(?:for|in|on)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?:[A-Z][\w’'-]*\s+){0,4}"
    r"(?:[“\"]|(?:season|"
    r"series|sequel|revival|reboot|special|reunion|film|movie|show|episode)\b))|"
    # "A and B will also appear in “X”": a title, not a place, after it
    r"appear(?:s|ed|ing)? in(?= [“\"])|"
    # "wrapped up the shooting of his political thriller “Maanaadu”", "has completed filming
    # Shoojit Sircar’s directorial “Piku”"
    rf"{_SHOOTS}(?= (?:(?:his|her|their)(?: [a-z-]+){{1,3}} |"
    r"(?:[A-Z][\w-]* ){0,2}[A-Z][\w-]*[’']s(?: [a-z-]+){0,2} )?[“\"])|"
    # "Jun will act alongside actor Lee Min-ho in X"
    r"act(?:s|ed|ing)? (?:alongside|opposite)(?= (?:(?:actor|actress) )?[A-Z])|"
    # a caption: "A, B and C arrive at a photocall for the film “X”"
    r"(?:arrive|arrives|arrived|arriving|pose|poses|posed|posing) (?:at|for) (?:a|the) "
    r"photo-?call for)\b"
)
#: A negation before the verb: `Sanders won't return for the sequel`, `is not returning`; not
#: `not only stars`.
_NEGATED = re.compile(
    at_word(
        r"\b(?:won[’']t|will not|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|not(?! only)|never|"
        # "has denied rumours she will join “X”"
        r"denied|denies|deny|dismissed|rumou?rs?|rumou?red)\b"
    )
)


def _cast_verb(text: str, titles: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """Match a verb that casts the names before ``text``, unless the words up to it deny it:
    one who "won't return for the sequel" is no cast of it. ``titles``, the works the
    article names, are joined bare too ("has joined Severance")."""
    m = _CAST_VERB.match(text) or _joins_work(text, titles)
    return None if m is None or _NEGATED.search(text, 0, m.end()) else m


#: The jobs of those who make a work, not of its cast.
_JOBS = (
    r"(?:co-|executive |stunt |dance |music )?(?:producer|director|writer|showrunner|host|"
    r"consultant|composer|narrator|creator|presenter|choreographer|coordinator|editor|designer|"
    r"cinematographer|supervisor|financier|investor|partner|coach|trainer|judge|mentor|"
    r"adviser|advisor|ambassador|manager)s?\b"
)
#: "has joined Severance", "will also join The Crown": joining a work by its bare name, which
#: only a work the article names is ("joined Netflix", "joined CAA" are no casting).
_JOINS_BARE = re.compile(
    r"[^.;,“\"()]{0,30}?\b(?:join|joins|joined|joining|headline[sd]?|headlining|front(?:s|ed|ing)?|"
    r"board(?:s|ed|ing)?|lead|leads|leading|"
    # "started shooting for his upcoming film Vikram Vedha", "are set to conclude filming their
    # latest project, the romantic comedy Abir Gulaal": only one in it shoots for it
    # "has begun the shoot of her much anticipated movie Padmavati"
    rf"{_SHOOTS}(?: (?:his|her|their)(?: [a-z-]+){{0,3}}(?:, the(?: [a-z-]+){{1,2}})?(?= [A-Z]))?)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+)?"
    # its maker's possessive before the title: "has joined M. Night Shyamalan's Glass"
    r"(?:(?:[A-Z][\w.]*\s+){0,3}?[A-Z][\w-]*[’']s\s+)?(?=[A-Z])"
)


#: "Ada Wren is joined by Ben Gale in X": who joins a work's star is its cast, and so is the
#: star; not "was joined by her husband at the premiere", nor by a friend "in London".
_JOINED_BY = re.compile(
    r"[^.;,“\"()]{0,20}?\b(?:(?:is|are|was|were|will be) (?:also )?joined by|"
    r"(?:reunit(?:es|ed|ing|e)|re-?team(?:s|ed|ing)?|team(?:s|ed|ing)? up) with)\b[^.;]{1,80}? "
    r"(?:in|for|on) (?:the\s+)?(?=[A-Z])"
)


def _joins_work(text: str, titles: frozenset[str]) -> re.Match[str] | None:
    """Match a verb joining a work the article names, right after it ("has joined Severance"
    but not "has joined Severance star Ben Gale" nor "joined Netflix"), or joined by others
    in it ("is joined by Ben Gale in Severance")."""
    for m in (_JOINS_BARE.match(text), _JOINED_BY.match(text)):
        rest = text[m.end() :] if m else ""
        if m and any(_WORK_ENDS.match(rest, len(t)) for t in titles if rest.startswith(t)):
            return m
    left = _LEFT_WORK.match(text)
    rest = text[left.end() :] if left else ""
    ends = _AFTER_SEASONS if left and not left["out"] else _WORK_ENDS
    if left and any(ends.match(rest, len(t)) for t in titles if rest.startswith(t)):
        return left
    return None


#: "left Harbor Lights after three seasons", "was written out of Harbor Lights", "leaving X
#: after 37 years on the show": one who leaves a show was in its cast; a city is left too, but
#: not after seasons.
_LEFT_WORK = re.compile(
    r"[^.;,“\"()]{0,30}?\b(?:left|exited|quit|departed|leaving|quitting|exiting|departing|"
    r"(?P<out>(?:was|were|has been|have been) "
    # a headline's "Ada Wren exits Harbor Lights"
    r"written out of|exits|quits))\s+(?:the\s+)?(?=[A-Z])"
)
_AFTER_SEASONS = re.compile(
    rf"\s+after (?:[\w-]+ ){{0,2}}(?:(?:seasons?|series|episodes?)\b|years? {ON_THE_SHOW})"
)


#: What may follow a work joined by its bare name: the clause's end, its part, its season.
_WORK_ENDS = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:as(?! (?:an? |the |its )?(?:[a-z-]+ )?" + _JOBS + r")|"
    r"(?:for|in) (?:(?:its|the|a) (?:[a-z-]+ )?)?(?:season|series|sequel|film|movie|revival)|"
    r"(?:this|next) (?:season|year|fall|spring|summer|winter)|season|series)\b"
)


#: One part's name in a list of them: `Nell`, `Dr. Martin Luther King, Jr.`.
_ROLE_NAME = rf"(?:{HONORIFIC})?{_CAP}(?:\s+{_CAP})*(?:,\s+(?:Jr|Sr)\.)?"
#: The parts of a list of names, in order: "A and B return as Nell and Kit", "A and B, who
#: play Nell and Kit, are back".
_ROLE_LIST = re.compile(
    # "A and B will play tramps Vladimir and Estragon"
    r"^[^.;“\"]{0,60}?\b(?:as|who (?:play|played|portray|portrayed|voice|voiced)|"
    r"(?:will|to) (?:play|portray))\s+" + _DESCRIBED_PART + r"(?:[a-z][\w'-]*\s+){0,3}"
    rf"(?P<roles>{_ROLE_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ROLE_NAME})*)"
)
#: "X joins the final season as a sailor, Ada": joining a work is being cast in it.
_JOINS = re.compile(
    r"^\s*(?:joins|joined|will join|is joining|has joined)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:cast|season|series|show|film|movie|production|ensemble|play|musical|sequel|drama|"
    r"comedy|thriller|sitcom|miniseries|soap)\b"
    # not a body named by its kind: "joined the drama department as Head of Drama"
    r"(?!\s+(?:department|festival|school|club|team|society|company|division|unit|board|"
    r"panel|faculty|course|class|group)\b)[^.;,]{0,30}?\s+as\s+"
    + _DESCRIBED_PART
    + r"(?:(?:[a-z][\w’'-]*\s+){0,3}?"
    + _ROLE
    + r"(?=\s*(?:[,.;:]|$)))?"
)
#: "starring A, with comedian B as the abbess": a later name in a sentence about the cast.
_WITH = re.compile(at_word(r"\bwith\s+(?:[a-z][\w-]*\s+)?$"))
_SAYS_CAST = re.compile(at_word(r"\b(?:stars?|starred|starring|co-?stars?|costars?|cast)\b"))
#: A performance, then the part it was as: "role as", "Emmy-winning turn as".
#: (`his part as Glyn` is a role too; "part" alone is too common a word for TURN)
_TURN_AS = rf"(?:{TURN}|part) as"
#: ", playing a mill worker's daughter, Ada": the part the sentence's subject played.
_PLAYING = re.compile(
    r"(?:[,”\"]\s*(?:playing\s+(?:the role of\s+)?|"
    # ", nabbing the role of soldier Dario"
    r"(?:nabbing|landing|winning|taking|earning) the (?:[a-z]+ )?role of\s+)|"
    # "and admitted he is excited to reprise his role as Alex"
    r"\bto reprise (?:his|her|their) (?:[a-z]+ )?role as\s+|"
    # "was nominated for her role as Jo Kemp", "won an Emmy for his turn as Jo Kemp"
    # "all this was before her breakout role as Kashaf in Zindagi Gulzar Hai"
    r"\b(?:for|in|with|before|after|since|through|as well as|that|was) (?:his|her|their) "
    r"(?:[a-z-]+ )?" + _TURN_AS + r"\s+|"
    # "best known for her performance of a young deaf woman, Sarah Norman, in"
    # "captivated by his portrayal of Fredo in ‘The Godfather’"
    r"\b(?:for|in|with|by) (?:his|her|their) (?:[a-z-]+ )?(?:performance|portrayal) of\s+|"
    # "is returning to star in Season 3 in the new role of Abby"
    r"\bin the (?:new |recurring |lead |leading |main |title )?role of\s+|"
    # "her role as Olive in On the Buses and as Aunt Sal in Eastenders": a second part, in the
    # work after it
    r"\bin (?:the )?[A-Z][^,.;“”\"]{0,40}? and as\s+(?=(?:[A-Z][\w’'-]*\s+){1,3}in\s)|"
    # "who is well-known for playing the role of Cheon Song Yi in the drama X"
    # (the work named right after the part: not "best known for playing Nora, has joined X")
    r"\b(?:known|famous|praised|acclaimed|remembered) for playing\s+(?:the role of\s+)?"
    r"(?=(?:[A-Z][\w’'-]*\s+){1,4}in\s)|"
    # "lent his voice to a character called Flop"
    r"\b(?:lent|lends|lending) (?:his|her|their) voice to (?:a|the) (?:character|part|role) "
    r"(?:called|named)\s+)"
    # or the part's nickname in quotation marks: `for her role as "Crazy Eyes" on`
     + r"(?:[“\"](?P<quoted>_+)[”\"]|" + _DESCRIBED_PART + r"(?:[a-z]+\s+){0,3}?" + _ROLE + ")"
)
#: "X will play the title role in Y": the part is named like the work.
_TITLE_ROLE = re.compile(
    r"^\s*,?\s*(?:[a-z]+\s+){0,2}?(?:will |to )?"
    r"(?:play|plays|played|playing|(?:take|takes|took|taking)(?: on)?|won|wins|landed|lands) "
    r"the (?:[a-z]+ )?(?:title|titular) (?:role|character)\b"
)
#: A verb of speech right after a name, then a clause with a subject of its own (`Ada Wren said
#: the drama X is back`), not the speaker again (`said she is back`, `said that she will`).
_SAYS_OF_ANOTHER = re.compile(
    rf"^\s+(?:{SPEECH_VERBS})\s+(?:that\s+)?(?!(?:she|he|they|I|we|her|his)\b)"
    r"(?:the|this|that|its|[A-Z])"
)
#: A work's kind right after "boarded": `boarded the new drama X`.
_KIND_BOARDED = re.compile(rf"\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:{WORK_KINDS})\s+[A-Z]")
#: "X, who starred in Y": a credit in the work named right after, with no part given.

_STARS_IN = re.compile(
    # "Lyonne - who also starred in X - created": an aside set off by dashes too
    r"^\s*(?:,|\s[-–—])?\s*(?:who\s+)?(?:is |was |has |had |will |(?:is|are) (?:set )?to )?"
    r"(?:officially )?" + _ADVERB + r"(?:on board (?:for|with)|"
    # "who has appeared on shows like Silent Witness, Malory Towers and 4 O’Clock Club"
    r"appeared on (?:shows|series|programmes|TV shows) (?:like|such as)|"
    # "has been tapped to star in “X” as Nell"
    r"(?:(?:has |have )?been |(?:is|are|was|were) )?(?:tapped|hired|chosen|picked|slated|set|"
    r"expected|due|confirmed) to (?:star|co-?star|appear) in|"
    r"(?:stars|starred|co-?starred|appears|appear|appeared|appearing|starring|played|plays) in|"
    # "is a huge name thanks to her performances in ‘Ozark’ and more recently, Inventing Anna"
    r"[^.;]{0,40}?\bthanks to (?:her|his|their) (?:[a-z-]+ )?(?:performances?|roles?|turns?) in|"
    # "has already got his fans excited with his different avatar in the upcoming web series"
    r"[^.;]{0,40}?\b(?:his|her|their) (?:[a-z-]+ ){0,2}avatar in|"
    # "got her first nomination from her role in 'Euphoria' as Rue Bennett"
    r"[^.;]{0,40}?\b(?:from|for) (?:her|his|their) role in|"
    # "discusses her role in her latest movie, “X”": an interview about a part she played
    r"(?:discuss(?:es|ed)?|(?:talks|talked|opens up|opened up) about) (?:her|his|their) "
    r"(?:[a-z-]+ )?role in(?= (?:(?:her|his|their|the) (?:[a-z-]+ )?(?:movie|film|series|show|"
    r"drama|comedy|play),? )?[“\"A-Z])|"
    # a show: "recently starred on “X”"
    r"(?:stars|starred|co-?starred|starring|appeared) on(?= [“\"])|"
    # "played the queen in": a part told, not named
    # not an idiom: "played a key role in getting it made"
    r"(?:plays|played|playing|portrays|portrayed) (?:a|an|the) "
    + _IDIOM_ROLE
    + r"(?:[a-z’'-]+ ){1,3}?in|"
    r"(?:signed|signs|signing|sign) (?:up|on) for|(?:been |be )?cast in|"
    # "will be seen in a pivotal role in X", "will be seen opposite B in X", "shared screen
    # space with B in X", as Indian outlets write it
    r"(?:be |been )?seen in (?:a|an|the) (?:[a-z-]+ ){0,2}(?:role|part|cameo|avatar) in|"
    # "who was last seen in the horror flick X", "was most recently seen in X"
    r"(?:last |(?:most )?recently )seen in|"
    # "He also stars alongside A, B, and C in X"
    # ("He also stars along with Guy Pearce in the Netflix series X")
    rf"(?:(?:be |been )?seen|{_ACTS_BESIDE}) "
    r"(?:opposite|alongside|along with) [A-Z][^.;]{0,60}? in|"
    # "is coming fresh from a summer hit, “X”"
    r"coming (?:fresh |straight )?(?:off|from) (?:a|an|the|his|her|their) (?:[a-z-]+ ){0,2}"
    r"(?:hit|success|blockbuster|film|movie|show|series),?|"
    # "has also recently wrapped production on X"
    r"(?:wrapped|wraps|completed|finished) (?:production|filming|shooting) on|"
    r"(?:share[sd]?|sharing) (?:the )?screen(?: space)? with [A-Z][^.;]{0,60}? in|"
    # "has come aboard X", "will recur on X as R", "has been confirmed for X"
    # (a work the article names or quotes after them, see _role_on_place: not "come aboard
    # the ship", "confirmed for Glastonbury")
    # "Ada Wren, the star of X, said", "is the lead of X" (a work named right after it)
    # ("Kim Young-dae, the young breakout star of X": two words before it)
    r"(?P<placed>(?:the |a )?(?:[a-z-]+ ){0,2}(?<!co-)(?:star|lead) of|"
    # "Siyabonga Radebe, one of the many new faces joining the SABC1 telenovela Uzalo,": a
    # screen work's kind after it (not "one of the faces of “Project Aurora”")
    r"one of the (?:[a-z-]+ ){0,2}(?:stars|leads|faces) (?:of|in|joining)"
    rf"(?= (?:the |a |an )?(?:[\w-]+ ){{0,2}}(?:{_SCREEN_KINDS}|show|drama)\b)|"
    r"(?:come|came|comes|coming) aboard|recur(?:s|red|ring)? (?:on|in)|"
    # "made her name on X" (not "made her name in London")
    r"(?:make|makes|made|making) (?:his|her|their) name (?:on|in)|"
    # "last featured in Sunhil Sippy's Noor"
    r"(?:been )?confirmed for|(?:been )?(?:roped in|signed) for|features in|"
    r"(?:last |recently )featured in|"
    # "will make her debut in X", "made his acting debut in X" (not a stage's "in London")
    # (`makes his Ghibli debut in X`)
    r"(?:make|makes|made|making) (?:his|her|their) (?:[A-Za-z-]+ )?debut in|"
    # "had her acting break in the soap opera, Fortune"
    r"(?:had|got|gets|has) (?:his|her|their) (?:acting |big |first )?break in|"
    # "made her comeback to the silver screen after a gap of many years with ‘Hungama 2’"
    r"(?:make|makes|made|making) (?:his|her|their) (?:[a-z-]+ )?comeback[^.;]{0,60}? with|"
    # "was recently seen in the thriller X", "an Emmy for his performance in the film X" (not
    # "seen in London", "his performance in court"); "can currently be seen in the series X"
    r"(?:(?:was|were|(?:will|can) (?:next |also |currently |now )?be) "
    r"(?:recently |last |also |next |previously |most recently )?seen|"
    # "who had acted in films like “X” and “Y”"
    r"(?:has |had |have )acted|"
    # "the Oscar for her role as an attorney for a cartel leader in X": a part told, then the
    # work; "won the Best Debut Actor Male at the IIFA awards for his performance in X"
    r"[^.;]{0,60}?\bfor (?:his|her|their) (?:[a-z-]+ )?(?:performance|turn|role)"
    # "will also be seen in films like A, B and a remake"
    r"(?: as (?:a|an) [a-z][^.;,]{0,60}?)?) in"
    r"(?: (?:films|movies|shows|series) (?:like|such as))?)|"
    # "has boarded “X”", "will headline “X”", "boarded the new drama X"; not "headlined
    # Glastonbury"
    r"(?P<board>boards|boarded|boarding|board|headlines|headlined|headlining|headline)"
    r"(?=\s+(?:[A-Z][\w+]*[’']s\s+)?[“\"]|" + _KIND_BOARDED.pattern + ")|"
    # "has landed another high profile role, this time the female lead in", "has a recurring
    # role on X" (not "a role on Capitol Hill": "on" a show the article names, see
    # _role_on_place; nor "has a key role in": an idiom)
    r"(?:(?:landed|lands|won|wins|nabbed|scored|bagged|booked|books) [^.;]{0,60}?\b|"
    rf"(?:has|had|have) (?:a|an) {_IDIOM_ROLE}(?:[a-z-]+ ){{0,2}})(?:role|part|lead) "
    r"(?:in|(?P<on>on)))\b"
)
#: "stars in “Harbor” as Nell", "was cast in Netflix's “Harbor” as Nell": the part after the
#: work; a title unquoted only when the article names it as one.
_AS_AFTER_WORK = re.compile(
    # no work when the verb took in the season ("has joined Season 3 as character Bon Clay")
    r"(?:\s*(?:the\s+(?:[a-z-]+\s+){0,2})?(?:[A-Z][\w+]*[’']s\s+)?"
    r"(?:[“\"]_+[”\"]|(?P<bare>[A-Z][^,.;“\"]{0,60}?)),?)?\s+as\s+"
    + _DESCRIBED_PART
    # no clause: "was cast in “X” as production resumed in London"
    + r"(?:(?!(?:in|on|at|to|from|for)\b)[a-z][\w’'-]*\s+){0,3}?"
    + _ROLE
    + r"(?=\s*(?:[,.;:]|$))"
)


#: What shows a quoted title after "boarded" or "will headline" a work's: a channel's or
#: maker's possessive before it (`headline Netflix's “Night Bus”`), or its kind right after
#: it (`boarded “The Quiet Year”, Netflix's new drama`).
_BOARDED_OWNER = re.compile(r"\s+[A-Z][\w+]*[’']s\s+[“\"]")
_BOARDED_KIND = re.compile(
    r"\s+[“\"][^”\"]+[”\"],?\s+(?:[A-Z][\w+]*[’']s\s+|(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:film|movie|series|show|sitcom|drama|comedy|thriller|musical|miniseries|sequel|"
    r"prequel|spin-?off|reboot|remake|adaptation|biopic|documentary|pilot|soap)\b"
)
_QUOTED_AT = re.compile(r"\s+[“\"](?P<title>[^”\"]+)[”\"]")


def _boarded_work(doc: Document, at: int) -> bool:
    """Tell whether "boarded" or "will headline" takes a work, not a charity night or a plane
    (`will headline “Comic Relief”`, `boarded “Air Force One”`): the quoted title is named
    elsewhere too, or an owner before it, its kind after it or before it (`boarded the new
    drama X`) says it is a work."""
    if _BOARDED_OWNER.match(doc.masked, at) or _BOARDED_KIND.match(doc.text, at):
        return True
    if _KIND_BOARDED.match(doc.masked, at):
        return True
    quoted = _QUOTED_AT.match(doc.text, at)
    return quoted is not None and doc.text.count(quoted["title"]) > 1


#: A star by their work's name, and the work named after them: `Series star Ben Gale of
#: “Blue Cove”` stars in that one, not in the story's.
_STAR_NOUN_END = re.compile(
    at_word(
        r"\b(?:[Ss]eries|[Ss]how|[Ff]ilm|[Mm]ovie|[Ss]itcom|[Dd]rama|[Oo]riginal|[Ff]ormer|[Ll]ead|"
        r"[Ll]eading|[Rr]eturning)(?:[’']s)? (?:star|lead|regular),?\s*$"
    )
)


#: Who one "starred with" somewhere (`at the gala`) or a record "features" (`on guitar`): no
#: cast unless a work follows (`starred with Ben Gale in Rover`).
_COMPANY_BEFORE = re.compile(
    at_word(r"\bstar(?:s|red|ring)? with\s*$|\b[Ff]eatur(?:ing|es|ed)\s*$")
)
#: A picture that "features" people shows them, casts no one: `a picture featuring A and B`,
#: `the second one featured A`.
_PICTURED = re.compile(
    at_word(
        r"\b(?:picture|photo|photograph|image|collage|snap|selfie|video|clip|post|one)s?\s+"
        r"[Ff]eatur(?:ing|es|ed)\s*$"
    )
)
#: A work after a company: `co-stars with Ben Gale in Rover`, `... in the series Rover`.
_IN_WORK_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:in|on)\s+(?:the\s+)?(?:(?:new|hit|upcoming|film|movie|series|show|drama|"
    r"comedy|thriller|sitcom)\s+){0,2}(?:[“\"]|[A-Z])"
)
_ON_INSTRUMENT = re.compile(
    r"\s+(?:on|playing)\s+(?:lead\s+)?(?:guitars?|bass|drums|vocals|keys|keyboards|piano|"
    r"violin|saxophone|sax|trumpet|cello|percussion)\b"
)


#: A maker named right before: `is made by`, `created by`.
_MADE_BY_END = re.compile(at_word(r"\b(?:made|created|written|directed|produced|developed) by\s*$"))


#: A channel's possessive before its show: `BBC’s `, `ITV's `.
_CHANNELS_OWN = re.compile(r"[A-Z][A-Za-z0-9&]*[’']s ")


def _title_at(registry: Registry, rest: str, start: int) -> str | None:
    """Return the longest title the article names that ``rest`` has at ``start``."""
    return max((t for t in registry.titles if rest.startswith(t, start)), key=len, default=None)


def _titles_opening(registry: Registry, rest: str) -> list[str]:
    """Return the titles that open ``rest``, one after another in a list: `Harbor Lights and
    Rover`, `‘Good Luck Jerry’, ‘Dostana 2’ and a remake` (a title quoted or bare; not one
    that owns what follows, `Rover’s creator`)."""
    out: list[str] = []
    at = len(rest) - len(rest.lstrip())
    while True:
        start = at + 1 if rest.startswith(_OPENING_MARKS, at) else at
        title = _title_at(registry, rest, start)
        owner = _CHANNELS_OWN.match(rest, start) if title is None else None
        if owner is not None:
            # "such as BBC’s Miranda": the channel's show
            start = owner.end()
            title = _title_at(registry, rest, start)
        if title is None or _TITLE_GOES_ON.match(rest, start + len(title)):
            return out
        out.append(title)
        listed = _NEXT_LISTED.match(rest, start + len(title))
        if listed is None:
            return out
        at = listed.end()


def _unmasked(doc: Document, sentence: Sentence, after: str, cue: re.Match[str]) -> str:
    """The words of a sentence after a cue found in ``after``, its masked tail (an age taken
    out near its start), as written: quoted titles show their words."""
    return doc.text[sentence.end - (len(after) - cue.end()) : sentence.end]


#: What may open a quoted title, what shows a bare one runs on past the words matched (a
#: possessive, a longer word), and what lies between one title of a list and the next.
_OPENING_MARKS = ("“", '"', "‘", "'")
_TITLE_GOES_ON = re.compile(r"[’']s\b|\w")
_NEXT_LISTED = re.compile(
    # ("Gaddaar (1973 film), Jail Yatra", "Kaarnama,Suryaa: An Awakening")
    r",?[”\"’'‘]?" + YEAR_NOTE + r"(?:,? and (?:(?:more|most) recently,? )?|, ?)"
)


#: A company's job set off after a name, a place in a photo maybe first: `Cheng Wu (middle),
#: vice-president of Tencent Holdings Ltd`.
_EXECUTIVE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,12}\))?,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:president|vice-president|"
    r"chairman|chairwoman|CEO|chief|founder|manager|executive|owner)\b"
)


#: A work that "sees" its actor play a part: `The drama sees Ada Wren play Nell`, `The latter
#: sees McCole play brooding war veteran Logan Creggan`.
_SEES = re.compile(
    # a work that sees (not "The new fixture list sees Harry Kane play Tottenham")
    r"\b(?:[Tt]he|[Ii]ts|[Tt]his) (?:[a-z-]+ ){0,2}(?:drama|film|movie|series|show|sitcom|soap|"
    r"play|musical|episode|season|latter|sequel|comedy|thriller) (?:also )?(?:sees|saw|will see)"
    r"\s+$"
)
_BARE_PLAY = re.compile(r"\s*play\s")


def _star_before(before: str) -> bool:
    """Tell whether a cue that casts the names after it ends the text before them, not
    negated: `Ileana D'Cruz is the female lead but is not paired opposite Abhishek` casts no
    Abhishek."""
    lead = before[-_STAR_REACH:]
    cue = _STAR_BEFORE.search(lead)
    return cue is not None and not _NEGATED.search(lead, max(0, cue.start() - 20), cue.start())


def _company_only(before: str, after: str) -> bool:
    """Tell whether the names after "starred with" or "featuring" are company or players on a
    record, not a cast."""
    m = _COMPANY_BEFORE.search(before)
    if m is None:
        return False
    if m[0].startswith(("star", "Star")):
        return _IN_WORK_AFTER.match(after) is None
    return _ON_INSTRUMENT.match(after) is not None or _PICTURED.search(before) is not None


def _role_on_place(stars_in: re.Match[str], after: str, registry: Registry) -> bool:
    """Tell whether a role is "on" no show (`landed a role on Capitol Hill`, `has come aboard
    the ship`, `confirmed for Glastonbury`): one "on" a show is on a quoted title or one the
    article names (`a recurring role on Harbor Lights`)."""
    if not (stars_in["on"] or stars_in["placed"]):
        return False
    rest = _KIND_BEFORE.sub("", after[stars_in.end() :].lstrip(), count=1)
    return not rest.startswith(("“", '"')) and not any(
        _titled_at(rest, title) for title in registry.titles
    )


#: A work's kind or its maker's possessive before its title: `the HBO Max thriller The Girl
#: Before`, `Ridley Scott's Napoleon`, `the soap opera, Fortune`, its maker and channel
#: joined by a slash: `the Ben Stiller/Apple TV+ limited series High Desert`.
_KIND_BEFORE = re.compile(
    # or both: "Ashutosh Gowariker's period drama Panipat"; a kind of two: "the comedy-drama"
    r"^(?:(?:[A-Z][\w.]*\s+){0,3}?[A-Z][\w-]*[’']s\s+)?"
    rf"(?:(?:(?:the|a|an) )?(?:[\w+/-]+ ){{0,4}}?(?:[\w+]+-)?(?:{WORK_KINDS}|horror|feature),? )?"
)


def _star_of_another(before: str, after: str) -> bool:
    return bool(_STAR_NOUN_END.search(before) and _OF_QUOTED.match(after))


def _past_clause(
    registry: Registry, main_verb: str, before: str, sentence: Sentence, person: str, at: int
) -> list[Credit]:
    """The credit of the main verb past a clause that gave one in another work ("Ada, who
    starred as Jo in “W”, has joined “X” as Kit"), with the part named after its work; or in
    the work of a cast list the name is in ("starring Ada, who played Jo in “W”")."""
    verb = _cast_verb(main_verb, registry.titles) or _STARS_IN.match(main_verb)
    if verb is None and not _STAR_BEFORE.search(before[-_STAR_REACH:]):
        return []
    role = _part_after_work(main_verb, registry, verb.end()) if verb else None
    return [Credit(person, role, sentence, at)]


#: Parts told by what they are right before their actors: `her teenage children, played by`,
#: `a married couple played by`.
_DESCRIBED_PLAYED = re.compile(
    at_word(rf"\b(?:his|her|their|its|a|an) (?:[a-z-]+ ){{0,2}}[a-z]+,?\s+{_PLAYED_VERB} by\s*$")
)
#: A clause set off after a name that credits its past: `, who previously starred in X as R,`.
_CLAUSE_STARRED = re.compile(
    r"\s*,\s*who (?:previously |once |formerly |also )?(?:starred|appeared|played) (?:in|on) "
)


def _clause_credit(clause: str, registry: Registry) -> tuple[str, str | None] | None:
    """The work and the part a relative clause after a name credits, if it names a work."""
    m = _CLAUSE_STARRED.match(clause)
    title = next((t for t in registry.titles if m and _titled_at(clause[m.end() :], t)), None)
    if m is None or title is None:
        return None
    return title, _part_after_work(clause, registry, m.end() + len(title))


def _part_after_work(text: str, registry: Registry, at: int) -> str | None:
    """Return the part named after the work that ends a credit: "stars in “Harbor” as Nell"."""
    m = _AS_AFTER_WORK.match(text, at)
    if m is None or (m["bare"] is not None and m["bare"] not in registry.titles):
        return None
    return _role(m["role"])


#: A relative clause right after a list of names, skipped to reach the verb: "A, B and C, who
#: played the teens, are back".
#: "B (“Dune,” 2011) are all departing": quoted works in parentheses after the name, then
#: maybe a clause (not "Nora Vale (Ada Wren) is back", a part and its actor).
_WORKS_ASIDE = re.compile(r"^\s*\(\s*[“\"][^()]{0,100}\)")
_LEAD_ASIDE = re.compile(
    r"^\s*(?:,|\s[-–—])\s*who\b"
    # "A, B, who played the teens of C, D and E, are back": a clause with commas of its own
    r"(?:[^.;–—]{0,150}?,(?=\s*(?:are|is|were|was|will|have|has|had|also|all|both)\b)|"
    r"[^,.;–—]*(?:,|\s[-–—]))"
)
_BY = re.compile(r"\s+by\b")
#: Right before the actor who takes a part over: "is being replaced by".
_REPLACED_BY = re.compile(at_word(r"\b(?:replaced|succeeded) by\s+$"))
#: A capitalised word right before a name, which the name is the end of: "Star Wars".
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'-]* $")
#: Between a part and its actor: ", played by", " will be played by", ", who is voiced by".
#: When a part is played by its actor: "(now played by A)", "originally played by A".
_PLAYED_WHEN = r"(?:(?:now|currently|also|originally|previously|later|once|first)\s+)?"
_PASSIVE_PLAYED = re.compile(
    # ("Akosua, a role played by McBrown": what the part is, first)
    r"\s*[,–—-]?\s*(?:(?:a|the) (?:[a-z-]+ )?(?:role|part|character) )?(?:who\s+)?"
    r"(?:(?:are|were|is|was|will be|has been|is being|would be)\s+)?"
    + _PLAYED_WHEN
    + _PLAYED_VERB
    + r" by\s*"
    + _BY_THE_LATE
    + _BY_CREDENTIAL
)
#: "(played by": the parts are the names right before the parenthesis.
_IN_BRACKETS = re.compile(
    r"\(\s*"
    + _PLAYED_WHEN
    + r"(?:played|portrayed|voiced) by\s*"
    + _BY_THE_LATE
    + _BY_CREDENTIAL
    + "$"
)
_ALIAS = re.compile(r"^[^.;]{0,30}?\bas\s+(?:the|her|his)\s+([a-z]+)\b(?!\s+[A-Z])")
#: A preposition opening a sentence: the name after it is no subject ("Alongside Paul, ...").
_LEAD_IN = re.compile(r"\s*(?:Alongside|Opposite|Like|Unlike|Besides|With)\s+")
#: A word that tells the name after it is a part: "brother Tom Wren (Ana Lee)".
_KIN = re.compile(
    at_word(
        r"\b(?:brother|sister|wife|husband|son|daughter|mother|father|mom|mum|dad|grandmother|"
        r"grandfather|grandma|grandpa|aunt|uncle|cousin|niece|nephew|twin|best friend|fianc[eé]e?|"
        r"nemesis|villain|character|partner|boss|rival|mentor|sidekick|"
        r"love interest|boyfriend|girlfriend|(?:centers|centres|focuses) on|follows|"
        # "in a memorable romance with Indi Walker (Samara Weaving)"
        r"(?:romance|relationship|affair|feud|rivalry) with|in love with|married to)\s+$|"
        # "follows detective Nora Vale (Ada Wren)": the story's person, told by what she is
        r"\b(?:(?:centers|centres|focuses) on|follows)\s+(?:[a-z-]+\s+){1,2}$"
    )
)
#: "James P. “Sulley” Sullivan (Goodman)": the names before a quoted nickname.
_NICKNAMED = re.compile(rf"(?P<first>{NAME.pattern})\s+[“\"]_+[”\"]\s+$")
#: A nickname in quotes for a first name, after a lowercase word: `a new student called
#: "Rooster" Bradshaw (Miles Teller)` plays Rooster Bradshaw.
#: Not a title after its kind: `In the episode “Reunion” Kemp (Ben Gale) returns home`.
_NICKNAME_FIRST = re.compile(
    r"(?<=[a-z,] )"
    + "".join(
        f"(?<!{kind} )"
        for kind in "episode song film series show movie album track single season".split()
    )
    + r"[“\"](?P<nick>_{2,20})[”\"]\s+$"
)
#: Names in quotes after a word that says names follow, each with its actor in parentheses
#: right after: `call signs like "Cyclone" (Ana Lee) and "Hammer" (Tom Hale)`, `a nurse
#: called "Sunny" (Bo Lind)`; not a title a list includes (`guests include "Rover" (Tom
#: Hale)`, `starred in “Dust” and “Rover” (Tom Hale)`).
_QUOTED_PART = re.compile(
    at_word(
        r"\b(?:like|called|named|nicknamed|dubbed|as),?\s+"
        r"(?P<pairs>[“\"]_{2,30}[”\"]\s+\([A-Z][^()]{3,40}\)"
        r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[“\"]_{2,30}[”\"]\s+\([A-Z][^()]{3,40}\))*)"
    )
)
#: One quoted part and its actor in parentheses, of such a list.
_QUOTED_PAIR = re.compile(r"[“\"](?P<part>_{2,30})[”\"]\s+\((?P<actor>[A-Z][^()]{3,40})\)")
#: Lowercase words before an actor's name in parentheses: "(series regular Ana Lee)"; not
#: another part added on: "as Luke Spencer (and lookalike cousin Bill Eckert)".
_DESCRIBED_ACTOR = re.compile(r"^(?!(?:and|or|plus)\s)(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])")
#: "co-star Ana Lee", "falling for her co-star (Ana Lee)": in the work the article is about.
_COSTAR = re.compile(at_word(r"\b(?:co-?star|costar)s?\s+\(?$"))
#: After a name's "'s": "character Debra", "iconic character, Laurie Strode".
#: "Ana Lee's role as Jo Kemp", "Ana Lee's Emmy-winning turn as Jo Kemp": the same;
#: "Daniel Craig's fifth and final time playing James Bond".
_CHARACTER = re.compile(
    r"[’']s?\s+(?:[a-z-]+\s+)?(?:(?:character|alter[- ]?ego),?\s+(?:of\s+)?|"
    + _TURN_AS
    + r"\s+|(?:and\s+[a-z-]+\s+)?time\s+(?:playing|as)\s+)"
    + _ROLE
    # (an aside set off by dashes ends: "- which serves as Daniel Craig's ... James Bond -")
    + r"(?=\s*(?:[,.;:)]|$|\s+[a-z]|\s+[-–—]\s))"
)
#: After a name: ", whose character Carl", ", whose beloved character, Jo Kemp".
_WHOSE_CHARACTER = re.compile(
    r",\s+whose\s+(?:[a-z-]+\s+)?character,?\s+"
    + _ROLE
    + r"(?=\s*(?:[,.;:)]|$|\s+[a-z]))"
    # not a part in another work, `whose character Nell in “Rover” was a hit`, nor a person
    # who speaks of it, `whose character Ben Gale described as a monster`
    + r"(?!\s+(?:in|on|from)\s+[“\"A-Z]|\s+(?:described|describes|dubbed|likened|compared|"
    r"(?:calls|called|considers|considered)\s+(?:a|an|the|her|him|it)\b))"
)
#: A caption's side: "(L)", "(R)", "(C)", "(L-R)", "(left)".
_CAPTION_SIDE = re.compile(r"[LRC](?:-[LRC])?|left|right|center|centre", re.IGNORECASE)
#: Words in parentheses after a name that never name a part.
_NO_PART = frozenset(
    """Netflix Hulu Disney Amazon Apple Prime Peacock Paramount Showtime Starz HBO Max BBC ITV
    Channel Sky Instagram Twitter TikTok YouTube Facebook Getty Images Reuters Press Left Right
    Center Centre Pictured Photo File""".split()
)
#: A closing quote mark that ends a relative clause whose comma it holds, American style:
#: `, who starred in “Nashville” and “Smash,” has been tapped`.
CLAUSE_SHUT = r"[”\"](?=\s+(?:has|have|had|is|are|was|were|will|would|can|also)\b)"
#: "best known for", "well known as": an aside on what a person is known for.
KNOWN_CLAUSE = (
    r"(?:(?:best|well|perhaps best|widely) )?(?:known|famous|recogni[sz]ed|acclaimed|praised|"
    r"lauded|celebrated|remembered) (?:as|for)"
)
#: A relative clause set off by commas: ", who starred in the film alongside Blake Lively,",
#: ", best known for playing Ada in “X”,", ', recognized for her role on “X,” will': the
#: first close.
_CLAUSE_AFTER = re.compile(
    r"^\s*,\s*(?:who|" + KNOWN_CLAUSE + r")\b[^,.;]{0,120}?(?:,|" + CLAUSE_SHUT + ")"
)
#: A part, then its actor in square brackets: "Kidd [Miranda Rae Mayo]".
_EDITED_IN = re.compile(
    rf"\b(?P<part>{_CAP}(?: {_CAP}){{0,2}}) \[(?P<actor>{_CAP}(?: (?:{_CAP}|[A-Z]\.)){{1,3}})\]"
)
#: A quoted title in the masked text, its masked words the group.
_QUOTED = re.compile(r"[“\"](_+)[”\"]")
#: Where a caption's person stands: "(left)", "(R)".
_SIDE = r"(?: \((?:left|right|centre|center|[LRC])\))?"
#: A photo's caption: names, "in", a title, and the photo's credit if any ("©Sony Pictures",
#: "Kit Moss/Netflix").
_CAPTION = re.compile(
    # "Park So-dam (left) and Choi Woo-shik in a still from Parasite": the side each stands
    rf"(?P<names>{NAME.pattern}{_SIDE}(?:(?:, |,? and | & ){NAME.pattern}{_SIDE}){{0,4}}) in "
    r"(?:a (?:still|scene|photo|picture|image) from (?:the (?:film|movie|series|show) )?)?"
    r"(?P<title>[“\"]_+[”\"]|[A-Z0-9][^©/\n.!?]{0,60}?)"
    # a caption may end as a sentence does: "Ada Lee and Tom Hale in “Rover”."; a heading
    # with its channel: "Ada Lee and Tom Hale in Rover - CBS"; a season: "in Taxi Driver
    # season 2."
    r"(?:\s*©.*|\s+[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}/.*|\.|\s+[-–—]\s+[A-Z].*|"
    r"\s+season \d{1,2}\.?|"
    # the work's year: "Joe Manganiello in Justice League (2017)"
    r"\s+\((?:19|20)\d\d\)|"
    # the stage it is on and who took the photo: "Ada Lee in Rover at Wyndham's Theatre. Photo
    # by Jan Versweyveld."
    r"(?:\s+at\s+[A-Z][^.!?©]{0,40})?\.?\s*(?:Photo|Picture|Image)s?(?: by|:)\s+[^.!?]{1,60}\.?"
    r"|\s+at\s+[A-Z][^.!?©]{0,40}\.?)?"
)
#: A quote mark right after a verb: "starred on “X”" names a work, "starred on Broadway" not.
_QUOTED_NEXT = re.compile(r"\s*[“\"]")
#: Right before a name the audience knows from a work: "We all know Vartan from".
_KNOWS = re.compile(at_word(r"\b(?:know|knows|knew|recogni[sz]e|remember)\s+$"))
#: Breaking out in a work: "who rose to fame on", "broke out in", "rose to fame with".
_BROKE_OUT = r"(?:rose|shot) to fame (?:in|on|with)|broke out (?:in|on)"
#: "Ana Lee of “Glass House” and “Rover”", "know Ana Lee from “Rover”", "Ana Lee, best known
#: for “Rover”": quoted titles a name is known for, right after it.
_OF_QUOTED = re.compile(
    r"(?:\s+(?P<prep>of|from)|\s*,?\s*(?:who\s+(?:is\s+|was\s+)?)?(?:"
    # "best known for her role in “X”", "who rose to fame on “X”", "broke out in “X”"
    # "revered for his performance in the BBC series “X”"
    r"(?:(?:best |well |perhaps best )?known|famous|revered|praised|acclaimed|lauded|"
    r"celebrated|recogni[sz]ed) for(?: (?:his|her|their) (?:[a-z]+ )?"
    r"(?:role|roles|turn|work|part|performance)s? (?:in|on))?"
    r"(?: the(?: [A-Z]{2,5})? (?:series|show|film|movie|drama|sitcom|comedy))?|"
    # "Nkechi, who rose to fame with the movie ‘Omoge Lekki’"
    rf"(?:{_BROKE_OUT})(?: the (?:series|show|film|movie|drama|sitcom))?)|"
    # 'Ana Lee ("The Long Watch" trilogy)': a quoted work in the parentheses after a name
    r"\s*\((?:the\s+)?(?=[“\"]))"
    r"\s*[“\"]_+[”\"](?:\s*(?:,|,?\s+and)\s+[“\"]_+[”\"])*"
)
#: Words of a sentence about a show's people, where "Ana Lee's Nell Ford" is a part.
_CAST_CONTEXT = re.compile(
    at_word(r"\b(?:season|series|episodes?|cast|characters?|roles?|stars?|drama|sitcom|show)\b")
)
_TITLE_STAR = re.compile(TITLE_STAR + "$")
_OWNED_BY = re.compile(r"[’'](?:s)?\s+$")
#: "“Twins” actor DeVito": a quoted title, masked, right before the cue.
#: "“The Good Place’s” Manny Jacinto": the possessive inside the marks says the same.
_QUOTED_STAR = re.compile(r"[“\"](_+)[”\"](?:(?P<cue>" + TITLE_STAR + r")|\s+)$")
#: The same word in the plural, which makes the whole list after it the title's cast.
_QUOTED_STAR_PLURAL = re.compile(
    r"[”\"]\s+(?:stars|alums|actors|actresses|cast members|veterans)\s+$"
)


@dataclass(frozen=True)
class Credit:
    """A person in a work, the sentence saying so, and the work found nearest it."""

    person: str
    role: str | None
    sentence: Sentence
    offset: int
    main: bool = False
    #: "returned as the empress": a word of a part the person was credited with before.
    alias: str | None = None
    #: "plays the title role": the part is the work's own name.
    title_role: bool = False
    #: "who starred in Y": the work is the title right after, even inside a relative clause.
    work_after: bool = False
    #: "Alongside Paul, Baker will star": the person whose work this credit shares.
    beside: str | None = None
    #: "Charles Baker (The Blacklist)": the work named in the parentheses after the name.
    known_for: str | None = None
    #: "Jack O'Connell - Blake Fielder-Civil" over lines that cast him "in the film “Back to
    #: Normal”": the work cast for, named outside the credit's sentence.
    cast_for: str | None = None
    #: "Mark A. Sheppard's Crowley": a part after one possessive, which holds only for
    #: someone the article credits in that work otherwise ("Steven Spielberg's Jaws" is not).
    owned: bool = False
    #: "Rover star Ana Lee is gearing up for Kalank": a credit that holds only in a work the
    #: sentence names, which the story's work is not.
    titled_only: bool = False


@dataclass(frozen=True)
class Item:
    """One entry of a run of names."""

    name: str
    role: str | None
    start: int
    end: int
    possessive: bool = False
    #: What the parentheses right after the name hold, a part or a work.
    paren: str | None = None


#: Where one quoted work ends and the next begins in a list of them: `"Iron Man 3," "Trance"`.
_QUOTED_AFTER_QUOTED = re.compile(r",?[”\"],?\s+[“\"]")


def _paren(doc: Document, item: re.Match[str]) -> str | None:
    """What the parentheses after a name hold, as written: a quoted work without its marks."""
    if not item["paren"]:
        return None
    inner = doc.text[item.start("paren") : item.end("paren")].strip().rstrip(",")
    return _QUOTED_AFTER_QUOTED.sub(", ", inner).strip('“”"')


def runs(doc: Document, sentence: Sentence, titles: frozenset[str]) -> list[list[Item]]:
    """Split the names of a sentence into lists ("A, B, and C"); ``titles`` are the works
    the article names, which a parenthesis after a name gives as no part."""
    out: list[list[Item]] = []
    last_end: int | None = None
    for m in ITEM.finditer(doc.masked, sentence.start, sentence.end):
        if last_end is not None and m.start() < last_end:
            continue  # the part of the item before, read past its parenthesis
        name, possessive, _ = clean_name(_name_part(m))
        if not name or name in NATIONALITIES or _credential(doc.masked, m, name, titles):
            continue  # ("Japanese star Yuya Yagira": where the actor is from, no one)
        if " " not in name and _FROM_BEFORE_PERFORMER.match(doc.masked, m.end()):
            continue  # "Punjabi singer-actor Diljit Dosanjh" too
        if _PLACE_BRED.match(doc.masked, m.end()):
            continue  # "played by Manchester-bred actor Sean Ward": where he is from
        paren = _paren(doc, m)
        role = m["role"] or _bracketed_part(paren, titles)
        if m["role"] and _OPPOSITE_BEFORE.search(doc.masked, max(0, m.start() - 30), m.start()):
            role = None  # "stars opposite Yannick Bisson as Dr. Julia Ogden": the subject's part
        end = m.end()
        if (
            paren
            and (after := _AS_ROLE.match(doc.masked, m.end()))
            and _LIST_GOES_ON.match(doc.masked, after.end())
        ):
            # "B (Gone Girl) and C (Game of Thrones) as agents P and Q", "Greg Hildreth
            # (Company) as Gary, Nina White (Meek) as Jo.": the actor's work, then the part
            # (the first of the parts), and the list goes on past it
            role, end = after["role"], after.end()
        elif paren and role == paren and _AS_DESCRIBED.match(doc.masked, m.end()):
            # "Kang Ha-neul (When the Camellia Blooms) as a rookie lawmaker": the actor's
            # work, then what the part is
            role = None
        if paren and role == paren and _quoted_in(doc.text, paren):
            role = None  # "Ada Wren (Rover)" when the article quotes “Rover” as a work
        start = m.start() + m.group().find(name)
        item = Item(name, role.strip() if role else None, start, end, possessive, paren)
        gap = doc.masked[last_end : m.start()] if last_end is not None else ""
        joined = last_end is not None and (
            _SEP.fullmatch(gap) is not None
            # "Orla Fitzgerald ('The Young Offenders',) Jimmy Smallhorne": the comma typed
            # inside the brackets
            or (gap.isspace() and doc.masked.startswith(",)", last_end - 2))
            # (not "Cameron and actor Lukas Radovich, who plays his son": his own clause)
            or (
                _DESCRIBED_SEP.fullmatch(gap) is not None and not _OWN_CLAUSE.match(doc.masked, end)
            )
            or _starred_gap(doc, last_end, m.start())
            or _titled_gap(gap, titles)
        )
        if joined and len(out) == 1 and len(out[0]) == 1 and gap.strip() == ",":
            # "Alongside Paul, Baker will star": the first name is no part of the list.
            joined = _LEAD_IN.fullmatch(doc.masked, sentence.start, out[0][0].start) is None
        if out and joined and not out[-1][-1].possessive and not possessive:
            out[-1].append(item)
        else:
            out.append([item])
        last_end = end
    masked = doc.masked
    return [
        _respective(masked, _described(_unparted(masked, items, titles)), titles) for items in out
    ]


#: "(sheriff Arnold Pope)": what a part is in the story, then its name.
_DESCRIBED_PAREN = re.compile(
    r"(?P<what>(?:[a-z][\w’'-]*\s+){1,3})(?P<part>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)"
)
#: What an actor is, which a parenthesis may tell before their name: "(series regular Ana
#: Lee)", "(newcomer Ana Lee)".
_ACTOR_WORDS = ROLE_NOUNS | {"regular", "regulars", "guest", "actors", "newcomers", "stars"}


def _described(items: list[Item]) -> list[Item]:
    """Give the parts of a list "A (sheriff Arnold Pope), B (Kate Hewson) and C (Nurse
    Pam)": a parenthesis that tells what a part is before its name says the names outside
    are the actors, so a full name in another parenthesis of the list is a part too. Not
    "(series regular Ana Lee)", which tells what an actor is."""
    described = [(m, i) for i in items if i.paren and (m := _DESCRIBED_PAREN.fullmatch(i.paren))]
    if len(items) < 2 or not all(i.paren for i in items) or not described:
        return items
    if any(set(m["what"].split()) & _ACTOR_WORDS for m, _ in described):
        return items
    parts = {id(i): m["part"] for m, i in described}
    return [replace(i, role=parts.get(id(i), i.role)) for i in items]


def _respective(masked: str, items: list[Item], titles: frozenset[str]) -> list[Item]:
    """Read "stars A and B as P and Q" one part for each name, in order: the "as" goes with
    the second name only by position, and the names after it are the other parts, as many as
    the names before it, both lists closed by "and" ("A, B as P and C" names three actors).
    A work in parentheses after a name is no part of the list ("B (Gone Girl) and C (Game of
    Thrones) as agents P and Q")."""
    roled = [n for n, i in enumerate(items) if i.role]
    paren = items[roled[0]].paren if len(roled) == 1 else None
    if len(roled) != 1 or (paren is not None and not _names_works(paren, titles)):
        return items
    actors, parts = items[: roled[0] + 1], items[roled[0] + 1 :]
    if len(parts) != len(actors) - 1 or not parts:
        return items
    closing = (actors[-2:], ([actors[-1]] + parts)[-2:])
    if not all(_AND.search(masked, a.end, b.start) for a, b in closing):
        return items
    roles = [actors[-1].role] + [p.name for p in parts]
    return [replace(a, role=r) for a, r in zip(actors, roles, strict=True)]


#: Between two names of a list, the next one's work as what they are known for: `A, “Rover”
#: star B, and C`, `A, “Rover’s” B`.
_STARRED_SEP = re.compile(r"\s*,\s*(?:and\s+)?[“\"](_+)[”\"](?P<cue>" + TITLE_STAR + r"|\s+)")


#: After a work's title, what says the name right after is known for it: `Westworld's Ana
#: Lee`, `Star Wars' Ana Lee`, `Doctor Who alumnus Ana Lee`.
_CREDENTIAL = r"(?:(?<=[’']s)\s+|[’']\s+|" + TITLE_STAR + r")"
_CREDENTIAL_NEXT = re.compile(_CREDENTIAL + r"(?=[A-Z])")
_TOLD_BY_WORK = re.compile(r"[^,]" + _CREDENTIAL + "$")
#: Between two names of a list, the next one's work told bare: `A, Westworld star B and C`.
_TITLED_SEP = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<title>[A-Z][^,.;“\"]{0,60}?)(?:[’']s)?" + _CREDENTIAL
)


def _credential(masked: str, m: re.Match[str], name: str, titles: frozenset[str]) -> bool:
    """Tell whether a run of capitals is a work the article names, which is no name of a
    list: one alone ("In Harbor Lights, A (Nora) and B (Jack) are"), or the one the next
    name is known for ("Westworld's" in "A, Westworld's B and C"); ``name`` is the run with
    no leading word ("Harbor Lights" of "In Harbor Lights")."""
    raw = _name_part(m).removesuffix("’s").removesuffix("'s")
    if raw not in titles and name not in titles:
        return False
    return m.group() == raw or _CREDENTIAL_NEXT.match(masked, m.end()) is not None


def _titled_gap(gap: str, titles: frozenset[str]) -> bool:
    """Tell whether the words between two names join them in one list, the next name told
    by a work the article names bare: "Doctor Who alum A, Westworld star B and C"."""
    m = _TITLED_SEP.fullmatch(gap)
    return m is not None and m["title"] in titles


def _starred_gap(doc: Document, start: int, end: int) -> bool:
    """Tell whether the words between two names join them in one list, each name told by
    its other work: "“Rover” star A, “Dust” cast member B, and C of “Gone” have joined"."""
    gap = _STARRED_SEP.fullmatch(doc.masked, start, end)
    if gap is None:
        return False
    title = doc.text[gap.start(1) : gap.end(1)]
    return bool(gap["cue"].strip()) or title.endswith(("’s", "'s"))


def _names_works(paren: str, titles: frozenset[str]) -> bool:
    """Tell whether a parenthesis after a name names works: one the article knows, or a list
    of them ("Six Feet Under, Servant"), which no part's name is."""
    return bool(_WORK_LIST.search(paren)) or any(t in titles for t in works_in(paren))


#: What joins works in one parenthesis, never a part's name.
_WORK_LIST = re.compile(r",|\sand\s|\s&\s")


def _unparted(masked: str, items: list[Item], titles: frozenset[str]) -> list[Item]:
    """A list whose parentheses name works ("A (Castle Rock), B (Wednesday)") names no part
    in any of them: a lone word after another name there is a work the article may not know;
    one that merely looks like a title ("(The Doctor)") leaves the parts be. So does a list
    that tells its names by their works another way ("Westworld star B and C (Lost)")."""
    told = any(_TOLD_BY_WORK.search(masked, a.end, b.start) for a, b in itertools.pairwise(items))
    if not told and not any(i.paren and _names_works(i.paren, titles) for i in items):
        return items
    return [replace(i, role=None) if i.role == i.paren else i for i in items]


def _in_clause(masked: str, sentence: Sentence, at: int) -> bool:
    """Tell whether a name sits in a relative clause: "Kendrick, who starred alongside
    Lively, will"."""
    opened = masked.rfind(", who", sentence.start, at)
    return opened >= 0 and "," not in masked[opened + 5 : at]


#: "Ana Lee, the “Rover” star who played Hal": what the person is, before what they played.
_STAR_APPOSITIVE = re.compile(
    r"^\s*,\s*(?:the|an?)\s+(?:[^,.;]{0,60}?\s)?(?:star|actor|actress|alum|alumna|veteran|"
    r"newcomer|co-?star)\s+(?=who\b)"
)


#: "Zoe McLellan from “NCIS” will be playing": the work a name is known from, after it.
_FROM_WORK = re.compile(r"^\s+(?:of|from)\s+[“\"]_+[”\"]")


def _past_star(after: str) -> str:
    """The words after a name, past an appositive saying it is a star ("the “Rover” star")
    or the quoted work it is from ("from “NCIS”")."""
    star = _STAR_APPOSITIVE.match(after) or _FROM_WORK.match(after)
    return after[star.end() :] if star else after


def _skip_clause(after: str) -> str:
    """The words after a name, past a relative clause set off by commas right after it."""
    clause = _CLAUSE_AFTER.match(after)
    return after[clause.end() :] if clause else after


def _lone_part(registry: Registry, item: Item, doc: Document) -> bool:
    """Tell whether the part in parentheses after one actor's name is a character's name:
    a word or three, capitalised, naming no person, work or outlet ("Misha Collins
    (Castiel)"), whatever the sentence goes on to say; or whether the name is the part and
    the brackets its actor, as the page writes them ("Hayden Barnes (Rebecca Budig)")."""
    role = item.role
    if role is None or not 1 <= len(role.split()) <= 3 or not role[:1].isupper():
        return False
    # "(L)", "(CBS)", "(Netflix)": a caption's side, a network, a service.
    if role.isupper() or set(role.split()) & _NO_PART:
        return False
    if role in registry.titles or role.casefold() in publications():
        return False
    # "Abby Tran (who plays Jo Kemp)": a full name only when the text calls it a part, with
    # its rank too ("as President Cal Bradford", "as Dr Gabriela Torabi")
    if _part_first(doc, registry, item.name, role):
        return True  # the name before the brackets is the part: they hold its actor
    part = not is_full_name(role) or clean_name(role)[0] in registry.characters
    return part and registry.lookup(role, item.start) is None


#: A run of capitalised words; a run of one is a name used alone ("Wren said", "Nora runs").
_CAPITAL_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")


@lru_cache(maxsize=8)
def _lone_words(text: str) -> frozenset[str]:
    """The capitalised words a text uses alone, with no capitalised word beside them."""
    return frozenset(m.group() for m in _CAPITAL_RUN.finditer(text) if " " not in m.group())


def _part_first(doc: Document, registry: Registry, name: str, paren: str) -> bool | None:
    """Tell whether "Nora Vale (Ada Wren)" is a part, then its actor (None when the article
    does not tell): both full names, and the article calls the bracketed one by surname or
    the first by first name, as news writing does a person and a character. A name the page's
    box of credits bills (`Cast: Vishal, Prasanna`) is the actor: `Advaith Bhushan (Vishal)`."""
    if paren in registry.billed and name not in registry.billed:
        return True
    if not (is_full_name(name) and is_full_name(paren)) or name in registry.characters:
        return False
    if paren in registry.characters:
        return True
    alone = _lone_words(doc.text)
    part_first = paren.split()[-1] in alone or name.split()[0] in alone
    actor_first = name.split()[-1] in alone or paren.split()[0] in alone
    if part_first != actor_first:
        return part_first
    # "starring Yoo Ji-Tae, Woo Do-Hwan ... The team is led by Choi Kang-Woo (Yoo Ji-Tae)":
    # the name the page gives elsewhere too is the actor's
    again = doc.text.count(paren) > 1, doc.text.count(name) > 1
    return again[0] if again[0] != again[1] else _bracket_habit(doc.masked)


#: A part by one name with its actor's full name in brackets (`Elizabeth (Rebecca Herbst)`,
#: `Jared's (Matt Corboy) plot`), and an actor's full name with a one-word part (`Misha
#: Collins (Castiel)`).
_PART_THEN_ACTOR = re.compile(
    r"(?<![\w’'.-])(?P<part>[A-Z][a-z][\w’'-]*)(?:[’']s)? "
    r"\([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,2}\)"
)
_ACTOR_THEN_PART = re.compile(
    r"(?<![\w’'.-])[A-Z][\w’'.-]+ [A-Z][\w’'.-]+ \((?P<part>[A-Z][a-z][\w’'-]+)\)"
)
#: A capitalised word right before a match: the one-word part was a full name's end.
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s$")


@lru_cache(maxsize=8)
def _bracket_habit(masked: str) -> bool | None:
    """Tell which way round a page writes a part and its actor in brackets, from the pairs
    it writes with one name for the part: a soap's `Elizabeth (Rebecca Herbst)` puts the
    part first, so its `Hayden Barnes (Rebecca Budig)` does too (None when it does not tell)."""
    part_first = sum(
        1
        for m in _PART_THEN_ACTOR.finditer(masked)
        if not _CAPITAL_WORD_BEFORE.search(masked, max(0, m.start() - 30), m.start())
        and not PRONOUN.fullmatch(m["part"])
    )
    actor_first = sum(1 for _ in _ACTOR_THEN_PART.finditer(masked))
    return None if part_first == actor_first else part_first > actor_first


#: Parts listed as such, their actors in brackets: `characters like Marilyn Chambers (Emily
#: Symons), Roo Stewart (Georgie Parker)`.
_CHARACTERS_LIKE = re.compile(at_word(r"\bcharacters,?\s+(?:like|such as|including)\s+$"))


def _oriented(
    doc: Document, registry: Registry, named: list[tuple[Named, Item]], sentence: Sentence
) -> list[Credit]:
    """The credits of names with their parts in brackets, each pair swapped when the names
    are the parts ("Nora Vale (Ada Wren) and Jack Hale (Ben Gale)"): the list is read one way,
    by the pairs the article tells and none it tells the other way."""
    # only a bare name in the brackets: not "(who plays Ruth Kane)"
    # "classic characters like Marilyn Chambers (Emily Symons), ...": the list says so
    characters = _CHARACTERS_LIKE.search(doc.masked, sentence.start, named[0][1].start)
    votes = {
        (characters is not None or _part_first(doc, registry, p.name, r))
        if (r := _role(i.role)) and doc.masked[i.start : i.end].endswith(f"({r})")
        else False
        for p, i in named
    }
    swap = True in votes and False not in votes
    # swapped, the bracketed name is the actor, told by a surname too ("Joe Roy (Mr. Hall)")
    return [
        Credit(_actor(registry, role, i.start) or role, p.name, sentence, i.start)
        if swap and (role := _role(i.role)) is not None
        else Credit(p.name, _role(i.role), sentence, i.start)
        for p, i in named
    ]


def _bracketed_part(paren: str | None, titles: frozenset[str]) -> str | None:
    """Return the part a parenthesis after a name gives. One shaped like a title ("Charles
    Baker (The Blacklist)", "Grant (Star Trek: Discovery)", "Ortiz (Ugly Betty and Devious
    Maids)") names the actor's other work: a character is never two names joined by "and".
    "Ashmore (who plays Wheezer)" gives the part after the verb."""
    if paren is None or _TITLE_SHAPED.search(paren) or paren.strip() in titles:
        return None
    if _CAPTION_SIDE.fullmatch(paren.strip()) or set(paren.split()) & _NO_PART:
        return None  # "Ada Lee (L) and Tom Hale (R)", "(Netflix)"
    return None if paren[:1].islower() else paren


def _name_part(m: re.Match[str]) -> str:
    """The name of a list's item, before its part or its brackets, whichever comes first."""
    text = m.group()
    cuts = [text.index(marker) for marker in (" as ", " (") if marker in text]
    return text[: min(cuts)] if cuts else text


def _person(registry: Registry, name: str, offset: int) -> Named | None:
    """Return the person a name is; not a part, nor the start of a title ("Kevin Can" of
    "Kevin Can F*** Himself")."""
    if name in registry.characters or name in registry.title_heads:
        return None
    person = registry.lookup(name, offset)
    if person is None and is_full_name(name):
        return Named(name)
    return person


def _alias(after: str) -> str | None:
    found = _ALIAS.match(after)
    return found.group(1) if found else None


#: A casting on a condition not yet met: `If Yoon Gyun-Sang accepts, he will play Oh Il-Seung`.
_IF_ACCEPTS = re.compile(
    r"\s*If\s[^,.;]{0,60}?\b(?:accepts?|agrees?|signs?(?: on)?|says yes|takes (?:it|the "
    r"(?:role|part|offer)))\s*,"
)


def credits(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Return the credits one sentence states; none on a condition (`If she accepts, ...`)."""
    if _IF_ACCEPTS.match(doc.masked, sentence.start):
        return []
    masked = _headline_cased(doc.masked, sentence)
    found: list[Credit] = []
    lists = runs(doc, sentence, registry.titles)
    for index, items in enumerate(lists):
        if any(i.possessive for i in items):
            continue
        head, tail = items[0], items[-1]
        listed = items
        before = masked[sentence.start : head.start]
        if _MADE_BY.search(before[-_MADE_REACH:]):
            continue  # "Written by Dan Sefton (The Good Karma Hospital)": who made it
        if _RUMOURED.search(before[-_NEAR:]):
            continue  # "Rumours that Ada Wren will join X": no casting yet
        if _OTHER_STARS.search(before[-_NEAR:]):
            continue  # "the cast; A, B as well as other stars like C": guests, not the cast
        if WORK_ABOUT.search(before):
            continue  # "the miniseries about David Koresh and the Branch Davidians starring"
        if len(items) == 1 and _EXECUTIVE_AFTER.match(masked, tail.end):
            continue  # "alongside Cheng Wu (middle), vice-president of Tencent": no cast
        if len(items) == 1 and tail.paren and _MADE_AFTER.match(masked, tail.end):
            # "Kanna Hirayama (Rent-a-Girlfriend) is adapting the designs": a maker and the
            # work she made before (not "Series star Ada Wren is directing": a star's)
            continue
        after = _AGE.sub("", masked[tail.end : sentence.end], count=1)
        near = before[-_NEAR:]
        # "Kit Moss (Lind)": a part, its actor's surname in the parentheses.
        crew = _crew_of(masked, sentence, items)
        named = [
            (p, i)
            for i in items
            if (p := _person(registry, i.name, i.start)) is not None
            and not _plays_it(masked, registry, i)
            and i not in crew
            # ("actor Ada Wren — son of the late Ben Wren — star in": his kin, no cast)
            and not KIN_OF.search(masked, max(0, i.start - KIN_REACH), i.start)
        ] or _mononym(registry, before, items)
        named = _with_mononyms(registry, items, named, crew)
        if not named:
            continue
        if len(items) > 1 and [i for _, i in named] == [tail]:
            # "Ada Wren, who plays Nell, and Tom Hale, who plays Kit": a part that ran into
            # the list is no name of it.
            items, head = [tail], tail
            before = masked[sentence.start : head.start]
            near = before[-_NEAR:]
        credited = len(found)
        # "Kendrick, who starred alongside Lively, will reprise her role as Stephanie": the
        # verb after a relative clause is its subject's, not that of the name ending the clause.
        if _in_clause(masked, sentence, head.start):
            after = after.split(",", 1)[0]
        lone = len(items) == 1
        if lone and _SAYS_OF_ANOTHER.match(after):
            after = ""  # "Ada Wren said the drama Harbor Lights is back": said of the drama
        if lone and _SEES.search(before) and (bare := _BARE_PLAY.match(after)):
            after = " plays " + after[bare.end() :]  # "sees A play B": A plays B
        plays = (_plays(_past_star(after)) or _NAMED_ROLE.match(after)) if lone else None
        if plays is None and lone and not before.strip():
            plays = _is_part(registry, after)
        if plays is not None and _plays_a_phrase(doc, tail.end, after, plays):
            plays = None  # "Tom King will play “an integral part” of his DCU": no part
        main_verb = _skip_clause(after) if lone else after
        plays_after_clause = _plays(main_verb) if main_verb != after else None
        joins = _JOINS.match(after) if lone else None
        title_role = _TITLE_ROLE.match(after) if lone else None
        stars_in = _STARS_IN.match(after) if lone and title_role is None else None
        if stars_in and _role_on_place(stars_in, after, registry):
            stars_in = None
        if stars_in and stars_in["board"]:
            # "will headline “Comic Relief”": no work (the age taken out, so found again)
            board = masked.find(stars_in["board"], tail.end) + len(stars_in["board"])
            stars_in = stars_in if _boarded_work(doc, board) else None
        role_list = _ROLE_LIST.match(after)
        roles = _split_roles(role_list["roles"]) if role_list else []
        # "Max and Billy, played by A (Rover) and B (Dune)": the parentheses are other works
        played_by = _PLAYED_BY.search(near)
        # "Ada, best known for “Rover”, has joined “X”": the verb past an aside on the name
        verb_text = _LEAD_ASIDE.sub("", _WORKS_ASIDE.sub("", after))
        if main_verb != after and _cast_verb(verb_text, registry.titles) is None:
            verb_text = main_verb
        cast_verb = _cast_verb(verb_text, registry.titles)
        # "Martin Freeman as Richard III": a caption, a paragraph of its own
        captioned = (
            lone
            and not before.strip()
            and not after.strip(" .")
            and " as " in masked[head.start : head.end]
        )
        if (
            (len(items) > 1 or captioned)
            and not played_by
            and all(i.role and not _plays_it(masked, registry, i) for i in items)
        ):
            # "Chris Hemsworth as Thor, Natalie Portman as Jane Foster": a review's cast list.
            found += _oriented(doc, registry, named, sentence)
        elif lone and (owned := _as_owners_part(after, registry)) is not None:
            # "Dohring made waves as Veronica Mars' Logan": the part in the work that owns it.
            title, part = owned
            found.append(
                Credit(named[0][0].name, _role(part), sentence, head.start, known_for=title)
            )
        elif lone and (famed := _famed_part(after, registry)) is not None:
            # "Ada, known for playing Nora on Harbor Lights, has joined Rover": the part in the
            # work named after it, and the main verb's work too
            person = named[0][0].name
            found.append(Credit(person, _role(famed[0]), sentence, head.start, known_for=famed[1]))
            # (a quoted work is masked in ``after``, so no verb is read after it)
            at = after.find(famed[1]) if famed[1] else -1
            rest = after[at + len(famed[1] or "") :] if at >= 0 else ""
            if plays_after_clause is not None:
                role = _role(_part(plays_after_clause))
                found.append(Credit(person, role, sentence, head.start))
            elif (plays_next := _plays(rest)) is not None:
                # "best known for his role as Fikani on soapie 7de Laan will play the role of
                # Anathi Mpofu": the main verb right after the work, no comma between; the
                # story's work, unless it names another
                main = not any(title in rest for title in registry.titles)
                found.append(
                    Credit(person, _role(_part(plays_next)), sentence, head.start, main=main)
                )
            elif main_verb != after:
                found += _past_clause(registry, main_verb, before, sentence, person, head.start)
        elif plays_after_clause is not None:
            role = _role(_part(plays_after_clause))
            person = named[0][0].name
            # "Hardy, who previously starred in EastEnders as Peter Beale, will play Walter":
            # the clause's work is his past, and the main verb's, if it names none, the story's
            past = _clause_credit(after[: len(after) - len(main_verb)], registry)
            if past is not None:
                found.append(Credit(person, past[1], sentence, head.start, known_for=past[0]))
            main = past is not None and not any(t in main_verb for t in registry.titles)
            found.append(Credit(person, role, sentence, head.start, main=main))
        elif (title_role or stars_in) and not (plays is not None and _part(plays)):
            # "was cast in the lead role of Ada": the part named wins
            titled = title_role is not None
            role = _part_after_work(after, registry, stars_in.end()) if stars_in else None
            person = named[0][0].name
            works_after = (
                _titles_opening(registry, _unmasked(doc, sentence, after, stars_in))
                if stars_in
                else []
            )
            if stars_in and works_after and stars_in.group().rstrip().endswith(("like", "such as")):
                # "who has appeared on shows like A, B and C": a career's examples, each a work
                # the person is known for, none the one a later "will be taking on" is in
                found += [
                    Credit(person, None, sentence, head.start, known_for=t) for t in works_after
                ]
            else:
                found.append(
                    Credit(person, role, sentence, head.start, title_role=titled, work_after=True)
                )
                # "has appeared in Harbor Lights and Rover": the second work too
                found += [
                    Credit(person, None, sentence, head.start, known_for=also)
                    for also in works_after[1:]
                ]
            if stars_in and stars_in.end() <= len(after) - len(main_verb):
                # "Ada, who starred in “W”, has joined “X”": the main verb's work too
                found += _past_clause(registry, main_verb, before, sentence, person, head.start)
        elif plays is not None or joins is not None:
            match = plays or joins
            role = _role(_part(match)) if match is not None else None
            beside = _beside(lists, index)
            # "Ada, who starred as Jo in “X”, has joined “Y”": the part is in the clause's work,
            # and the main verb credits the person in its own.
            aside = plays is not None and main_verb != after and role is not None
            credit = Credit(named[0][0].name, role, sentence, head.start, alias=_alias(after))
            # "A from “NCIS” will be playing R": R is in the story's work, not the one A is from
            known = _FROM_WORK.match(after) is not None
            found.append(replace(credit, beside=beside, work_after=aside, main=known))
            if aside:
                person = named[0][0].name
                found += _past_clause(registry, main_verb, before, sentence, person, head.start)
        elif len(items) == 1 and _INTRODUCES.search(near) and (head.role or _AS_ROLE.match(after)):
            role_match = _AS_ROLE.match(after)
            role = head.role or (role_match["role"] if role_match else None)
            found.append(Credit(named[0][0].name, _role(role), sentence, head.start))
        elif not (played_by and _bracketed_parts(masked, lists, index, before)) and (
            cast_verb
            or (
                _star_before(before)
                and not _star_of_another(before, after)
                and not _company_only(before, after)
                and not _phrase_with(doc, sentence, before)
                and _ON_PANEL.search(before) is None
            )
            or _kind_title_with(registry, near)
            or (_led_by(registry, near) and not _OTHER_BODY.match(after))
            or _their_work(registry, after)
            or _with(masked, before, after, head, sentence)
            or (lone and _DIRECTED.search(near) is not None and after.startswith(" in "))
        ):
            # "Brandy and Ora are reprising their roles as A and B": the parts go to the
            # whole list, the one-word names it starts with too
            roles = roles[len(roles) - len(items) :] if len(roles) == len(listed) else []
            cast_after = _cast_verb(after, registry.titles)
            if cast_after and roles and len(roles) == len(named) == len(items):
                found += [
                    Credit(p.name, _role(r), sentence, i.start)
                    for (p, i), r in zip(named, roles, strict=True)
                ]
            else:
                for p, i in named:
                    role = i.role
                    if role is None and len(items) == 1:
                        match = _AS_ROLE.match(after)
                        phrase = _AS_EPITHET.match(after) if match is None else None
                        role = match["role"] if match else phrase["epithet"] if phrase else None
                    if role is None and len(items) == 1 and cast_verb is not None:
                        # "has joined “Harbor” as Nell": the part after the work
                        role = _part_after_work(verb_text, registry, cast_verb.end())
                    found.append(Credit(p.name, _role(role), sentence, i.start))
        elif played_by:
            # "Nora Vale (played by Ada Wren) is back": the part before, whatever the verb.
            # "Directed by X, the film follows a forger, played by Y": a word before "by"
            # ("Directed", "Written") is never the name of a part.
            # "Robin Hood will be played by", "Norma, played by": the names right before
            # the verb are the parts, however much they look like people's, one for each actor.
            touching = lists[index - 1] if index and _touch(masked, lists[index - 1], head) else []
            # "Lyra's father as played by": the owner of a part is not the part.
            touching = [
                i for i in touching if not PRONOUN.fullmatch(i.name) and not _owner(masked, i)
            ]
            if touching:
                touching = _known_as_before(masked, lists, index - 1) or touching
            # "accompanied by her teenage children, played by A and B": parts described, no
            # name of one further back
            described = _DESCRIBED_PLAYED.search(near) is not None
            # "Mary Lennox, played by 12-year-old A and 9-year-old B": one part, its actors
            # taking turns (not "the Maitlands, played by A and B")
            shared = len(touching) == 1 and not touching[0].name.endswith("s")
            parts = (
                _bracketed_parts(masked, lists, index, before)
                or [_with_article(masked, i) for i in touching if len(touching) == len(named)]
                or [_with_article(masked, touching[0]) for _ in named if shared]
                or [
                    _with_article(masked, i)
                    for earlier in ([] if described else lists[:index])
                    for i in earlier
                    if _person(registry, i.name, i.start) is None
                    and i.name not in registry.titles  # "in the Addams Family films"
                    and not _BY.match(masked, i.end)
                    and not PRONOUN.fullmatch(i.name)
                    and not _owner(masked, i)
                    # "The famous Star Wars bounty hunter": "Wars" is the end of a longer name
                    and not _CAPITAL_BEFORE.search(masked, max(0, i.start - 30), i.start)
                ][-len(named) :]
                or _introduced_part(doc, sentence, before)
            )
            zipped = len(parts) == len(named) == len(items)
            for n, (p, i) in enumerate(named):
                found.append(Credit(p.name, parts[n] if zipped else None, sentence, i.start))
        elif len(items) == 1 and found and _REPLACED_BY.search(near):
            # "Tom Ellis, who played Robin Hood, is being replaced by Sean Maguire": the
            # newcomer takes the part the sentence gave the cast member they replace.
            found.append(Credit(named[0][0].name, found[-1].role, sentence, head.start))
        elif len(items) == 1 and (costar := _COSTAR.search(near)):
            # "his Kurup co-star Kalyani", 'her "Dexter" co-star Slater': in that work; "his
            # co-star Ada" in the story's.
            lead = before[: costar.start()].rstrip()
            work = next((t for t in registry.titles if lead.endswith(" " + t)), None)
            work = work or _quoted_before(doc, sentence.start + len(lead))
            found.append(
                Credit(named[0][0].name, None, sentence, head.start, main=not work, known_for=work)
            )
        elif len(items) == 1 and (star_of := _titled_star(registry, before)) is not None:
            # "Sisters of War actress Sarah Snook": in that work, and in another the sentence
            # names ("Sadak 2 actor Ana Lee is gearing up for his film Kalank").
            person = named[0][0].name
            found.append(Credit(person, None, sentence, head.start, known_for=star_of))
            found.append(Credit(person, None, sentence, head.start, titled_only=True))
        if len(found) == credited and len(items) == 1 and _lone_part(registry, head, doc):
            # '"...," Jensen Ackles (Dean) previewed': an actor with the part they play.
            found += _oriented(doc, registry, named[:1], sentence)
        known = _KNOWS.search(near) is not None
        # "from showrunner Tom Hale of “Rover” and “Gone”": works he made, not played in.
        if not _told_maker(doc, sentence, head.start):
            found += _known_of(doc, sentence, named[-1][0].name, tail.end, known)
            if not _MADE_BY_END.search(before):
                # (not a maker's: "The series is made by Ada Wren, best known for X and Y")
                found += _known_bare(doc, registry, sentence, named[-1][0].name, tail.end)
        if lone and (success := _AFTER_SUCCESS.fullmatch(before)) is not None:
            # "After the huge success of Suno Chanda, Farhan Saeed is again set for": his hit
            told = (t for t in registry.titles if success["work"].startswith(t))
            work = max(told, key=len, default=None)
            if work is not None:
                found.append(Credit(named[0][0].name, None, sentence, head.start, known_for=work))
        starred = _quoted_stars(doc, sentence, items, named)
        found += starred
        if not starred and not _MAKE.match(after):
            found += _credentialed(registry, masked, sentence, named)
    found = _on_show(registry, sentence, found)
    found += _gapped(doc, registry, sentence, found)
    return (
        found
        + _by_reference(doc, registry, sentence)
        + _parenthesised(doc, registry, sentence)
        + _quoted_parts(doc, registry, sentence)
        + _their_character(doc, registry, sentence)
        + _part_aside(doc, registry, sentence)
        + _pronoun_character(doc, registry, sentence)
        + _filmography(doc, registry, sentence)
        + _career_box(doc, registry, sentence)
        + _career_list(doc, registry, sentence)
        + _performers(registry, sentence, doc.masked)
        + _bracketed_works(registry, sentence, doc.masked)
        + _soap_brackets(registry, sentence, doc.masked)
        + _from_work(registry, sentence, doc.masked)
        + _second_part(doc, registry, sentence)
        + _parts_in_works(doc, registry, sentence)
        + _star_of_it(registry, sentence, doc.masked)
        + _press_credits(doc, registry, sentence)
        + _ranked(doc, registry, sentence)
        + _known_for_opening(doc, registry, sentence)
        + _starrer(doc, registry, sentence)
        + _respective_works(doc, registry, sentence)
        + _part_went_to(doc, registry, sentence)
        + _cast_names(doc, registry, sentence)
        + _part_heading(doc, registry, sentence)
        + _actor_part_heading(doc, registry, sentence)
        + _bar_heading(doc, registry, sentence)
        + _part_lines(doc, registry, sentence)
        + _caption(doc, registry, sentence)
        + _owned_parts(doc, registry, sentence, lists)
        + _bracketed_actors(doc, registry, sentence)
        + _cast_in_brackets(doc, registry, sentence)
        + _told_parts(doc, registry, sentence)
        + _voiced(doc, registry, sentence)
        + _cast_line(doc, registry, sentence)
        + _billed_parts(registry, sentence, doc.masked)
        + _actor_of_title(registry, sentence, doc.masked)
        + _appositive_parts(registry, sentence, doc.masked)
        + _billed(doc, registry, sentence)
        + _members(registry, sentence, lists)
        + _stars_opening(registry, sentence, lists)
        + _respectively(registry, sentence, lists)
        + _parts_respectively(registry, sentence, lists)
        + _trailing_parts(registry, sentence, lists)
    )


#: A title-case headline's casting verbs, read as a sentence writes them: `Ada Wren Joins X`,
#: `to Star in`, `Lands Lead Role in`, `X Adds A as Nora`.
_HEADLINE_CASTING = re.compile(
    at_word(
        r"\b(?:Joins?|Boards?|Exits|Quits|Adds|Lands|Books|Cast (?:in|as)|Casts|To (?:Star|"
        r"Appear) in|"
        r"to (?:Star|Appear) in|"
        r"To Join|Leads?|Lead Role in|Role in|Signs on for|Reprises?|Returns? (?:to|as|for)|As|"
        r"In Talks to Join)\b"
    )
)


def _headline_cased(masked: str, sentence: Sentence) -> str:
    """Return the text with a headline's casting verbs in lower case, the same length, so the
    rules read `Ada Wren Joins X` as `Ada Wren joins X`; other sentences are left alone."""
    if sentence.para != 0:
        return masked
    line = masked[sentence.start : sentence.end]
    cased = _HEADLINE_CASTING.sub(lambda m: m[0].lower(), line)
    if cased == line:
        return masked
    return masked[: sentence.start] + cased + masked[sentence.end :]


#: A clause that leaves out the verb of the credit before it: `A is back as Jack, and B as
#: Nora`.
_GAPPED = re.compile(rf",\s+and\s+(?P<actor>{NAME.pattern})\s+as\s+{_ROLE}(?=\s*(?:[.;]|$))")


#: The same for a work: `Krystle D’Souza starred in Fittrat and Karan Tacker in Special Ops.`
_GAPPED_IN = re.compile(rf"\s+and\s+(?P<actor>{NAME.pattern})\s+in\s+(?=[A-Z“\"])")
#: The verb whose work a gapped clause leaves out: `starred in Fittrat`.
_STARRED_IN = re.compile(at_word(r"\b(?:starred|appeared|featured|acted) in\s+"))


def _gapped(
    doc: Document, registry: Registry, sentence: Sentence, found: list[Credit]
) -> list[Credit]:
    """Credits a clause gives by the verb of the sentence's credit before it: "Ben Gale is
    back as Jack, and Ada Wren as Nora"; the first credit must have a part, as the second's
    does, so "A is in X, and B as well" gives nothing. "starred in A and Ada Wren in B": a
    work, the clause ending the sentence on it."""
    if not found:
        return []
    out = []
    for m in _GAPPED.finditer(doc.masked, found[-1].offset, sentence.end):
        person = _person(registry, m["actor"], m.start())
        if found[-1].role and person is not None and m["role"] not in registry.titles:
            out.append(Credit(person.name, _role(m["role"]), sentence, m.start()))
    verb = _STARRED_IN.search(doc.masked, found[-1].offset, sentence.end)
    for m in _GAPPED_IN.finditer(doc.masked, verb.end() if verb else sentence.end, sentence.end):
        person = _person(registry, m["actor"], m.start())
        works = _titles_opening(registry, doc.text[m.end() : sentence.end])
        if person is not None and len(works) == 1:
            out.append(Credit(person.name, None, sentence, m.start(), known_for=works[0]))
    return out


#: What a list of names is: `A, B and C are just some of the iconic EastEnders cast members`,
#: `A and B were among the Friends stars`.
_MEMBERS = re.compile(
    r"\s*,?\s*(?:are|were|is|was)\s+(?:just\s+|all\s+|also\s+)?(?:(?:some|one|two|three|four|"
    # "are among new cast members announced for": new ones without "the"
    r"five|several|among|part)\s+(?:of\s+)?)?(?:the\s+(?:[a-z-]+\s+){0,2}|new\s+)?"
    r"(?:(?P<work>[A-Z][^,.;:]*?)\s+)?(?:(?P<cast>cast(?:\s+members?)?)|stars|actors|actresses)\b"
    r"(?!\s+of\b)"  # "the Leeds United cast of coaches"
    # "were among the dozens of cast and crew who were present": the guests of a launch
    r"(?!\s+and\s+crew\b)"
)


#: "Ada Wren, the original Nell Ford actor,": the part an appositive says the person plays.
_PART_ACTOR = re.compile(
    r"\s*,\s+the\s+(?:original|first|new|former|current|latest|young|younger|adult)\s+"
    + _ROLE
    + r"\s+(?:actor|actress|performer)\b"
)


def _titled(registry: Registry, words: str) -> bool:
    """Tell whether the article names ``words`` as a work, bare or in quotes."""
    return words in registry.titles or _quoted_in(registry.doc.text, words)


def _quoted_in(text: str, words: str) -> bool:
    """Tell whether ``text`` quotes ``words`` whole, as a title is quoted."""
    return any(f"{a}{words}{b}" in text for a, b in ("“”", '""'))


#: After a list of names, a clause giving one part: ", who will take on the role of novelist
#: Nell Ford."; the part is the capitalised run that ends the clause.
_LAST_TAKES_PART = re.compile(
    r"\s*,\s*who\s+(?:will\s+)?(?:take|takes|took|play|plays|played)\s+(?:on\s+)?"
    r"the (?:[a-z-]+ )?(?:role|part) of\s+"
    # "of hosts for the Emmys": words before the part, no preposition among them
    r"(?:(?!(?:in|on|at|of|for|to|by|from|with|during)\b)[\w-]+\s+){0,6}?"
    rf"(?P<role>{_CAP}(?:\s+{_CAP})*)"
    r"(?=\s*[.;,]|\s*$)"
)


#: Clauses right after a list of names that give its last name a part, each with the fewest
#: names the list must hold for it.
_TRAILING_PARTS = ((_PART_ACTOR, 1), (_LAST_TAKES_PART, 2))


def _trailing_parts(
    registry: Registry, sentence: Sentence, lists: list[list[Item]]
) -> list[Credit]:
    """Parts a clause right after a list of names gives its last name: an appositive calling
    them the part's actor ("Ada Wren, the original Nell Ford actor, is open to returning"), or
    the one role a relative clause gives after two names or more ("alongside A, B and C, who
    will take on the role of novelist Nell Ford"); not a part the article names as a work
    ("the original Rover actor")."""
    out: list[Credit] = []
    for items in lists:
        tail = items[-1]
        for pattern, least in _TRAILING_PARTS:
            m = pattern.match(registry.doc.masked, tail.end, sentence.end)
            person = _person(registry, tail.name, tail.start) if m and len(items) >= least else None
            if m and person is not None and not _titled(registry, m["role"]):
                out.append(Credit(person.name, _role(m["role"]), sentence, tail.start))
    return out


#: A sentence opening on a show by the first words of its title: "On Gilmore, Ana played".
_ON_SHOW = re.compile(rf"On (?P<head>{_CAP}(?: {_CAP})?),\s")


def _on_show(registry: Registry, sentence: Sentence, found: list[Credit]) -> list[Credit]:
    """Put the credits of a sentence that opens on a show named short ("On Gilmore, Ana Lee
    played Luke") in the one title the article names that begins so; "On Friday," is a day."""
    m = _ON_SHOW.match(registry.doc.masked, sentence.start, sentence.end)
    if m is None or is_leading_word(m["head"].split()[0]) or m["head"] in registry.titles:
        return found
    shows = [t for t in registry.titles if t.startswith(m["head"] + " ")]
    if len(shows) != 1:
        return found
    return [c if c.known_for else replace(c, known_for=shows[0]) for c in found]


def _mononym(registry: Registry, before: str, items: list[Item]) -> list[tuple[Named, Item]]:
    """A star known by one name, after the title they star in: "Ocean's 8 star Awkwafina",
    "“Rover” actor Zendaya"; a lone capitalised word no part, title or common word."""
    item = items[0]
    if len(items) > 1 or " " in item.name or item.possessive or is_leading_word(item.name):
        return []
    if item.name in registry.characters or item.name in registry.title_heads:
        return []
    if any((before + item.name).endswith(title) for title in registry.titles):
        return []  # "his Home And Away co-stars": a title's last word
    quoted = _QUOTED_STAR.search(before)
    if (quoted is not None and quoted["cue"]) or _titled_star(registry, before) is not None:
        return [(Named(item.name), item)]
    return []


#: The fewest full names a list holds for one word in it to be a name too.
_NAMES_AROUND = 2
#: What follows a name in a list as its own item, no one: `Ben Gale, Jnr, and Sam Lee`.
_NAME_SUFFIXES = frozenset("Jnr Snr Esq".split())
#: What ends a list's item: its comma, "and", its part in brackets, "amongst others" or
#: the list's end.
_ITEM_ENDS = re.compile(r"\s*(?:[,;.&()]|and\b|among(?:st)? others\b|$)")
#: A part, then "and" right before a word: `Betts as Aunt Em and Evillene`.
_AS_PART_AND = re.compile(r"\bas (?:[A-Z][\w’'-]*\s+){1,3}and\s+$")


def _with_mononyms(
    registry: Registry, items: list[Item], named: list[tuple[Named, Item]], crew: list[Item]
) -> list[tuple[Named, Item]]:
    """Add the one-word names of a list of full names, in its order: "The rest of the cast
    includes Chemban Vinod Jose, Siddique, Vishnu Unnikrishnan, Janardhan, and Tini Tom", as
    Indian actors go by one name; not a part, title or common word."""
    if len(named) < _NAMES_AROUND or len(items) == len(named) or any(i.role for i in items):
        return named  # (not "Tom Hale as Fagin, Ada Wren as Nancy, Ben Gale and Dodger")
    people = {id(i): (p, i) for p, i in named}
    for i in items:
        if (
            id(i) not in people
            and i not in crew
            and re.fullmatch(r"[A-Z][a-z]{2,}", i.name)
            and i.name not in _NAME_SUFFIXES
            and not i.possessive
            and not is_leading_word(i.name)
            and i.name not in registry.characters
            and i.name not in registry.title_heads
            # (not "The Thick Of It's Joanna Scanlon", a title's word; nor "Betts as Aunt Em
            # and Evillene", a second part)
            and _ITEM_ENDS.match(registry.doc.masked, i.end)
            and not _AS_PART_AND.search(registry.doc.masked, max(0, i.start - 40), i.start)
        ):
            people[id(i)] = (Named(i.name), i)
    return [people[id(i)] for i in items if id(i) in people]


def _quoted_stars(
    doc: Document, sentence: Sentence, items: list[Item], named: list[tuple[Named, Item]]
) -> list[Credit]:
    """Credits in the work quoted before a name as what they are known for: "“Games of
    Thrones” actor Richard Madden", "“The Good Place’s” Manny Jacinto"; before a list, each
    name of it when the word is plural ("“The Afterparty” stars A, B and C"), else the first
    only ("“Rover” star A and B": B is not said to be in it)."""
    out: list[Credit] = []
    shared: str | None = None
    since = sentence.start
    for item in items:
        work = _quoted_star(doc, since, item.start)
        if work is not None and item is items[0]:
            shared = work if _QUOTED_STAR_PLURAL.search(doc.masked, since, item.start) else None
        work = work or shared
        person = next((p for p, i in named if i is item), None)
        if work is not None and person is not None:
            out.append(Credit(person.name, None, sentence, item.start, known_for=work))
        since = item.end
    return out


def _quoted_star(doc: Document, start: int, end: int) -> str | None:
    """The title quoted right before ``end`` with a word saying the name after it is its
    star, or with a possessive inside the quote marks."""
    starred = _QUOTED_STAR.search(doc.masked, start, end)
    if starred is None:
        return None
    at = starred.start(1)
    title = doc.text[at : at + len(starred[1])]
    if starred["cue"] or title.rstrip().endswith(("’s", "'s")):
        return clean_title(title)
    return None


def _members(registry: Registry, sentence: Sentence, lists: list[list[Item]]) -> list[Credit]:
    """Credits of names said to be a work's cast members: `A, B and C are some of the
    iconic EastEnders cast members to return`; with no work named (`are among the cast
    members that spoke`), the story's, unless the sentence goes on to name it (`are among new
    cast members announced for the London production of Matilda the Musical`)."""
    masked = registry.doc.masked
    out: list[Credit] = []
    for items in lists:
        m = _MEMBERS.match(masked, items[-1].end, sentence.end)
        if m is None or (m["work"] not in registry.titles if m["work"] else not m["cast"]):
            continue  # "are the stars of the evening": no work's
        rest = registry.doc.text[m.end() : sentence.end]
        main = m["work"] is None and not any(title in rest for title in registry.titles)
        for item in items:
            person = _person(registry, item.name, item.start)
            if person is not None:
                out.append(
                    Credit(person.name, None, sentence, item.start, main=main, known_for=m["work"])
                )
    return out


#: A sentence that opens on the stars of the work it is about and names them: `Stars Sarah
#: Michelle Gellar, Alyson Hannigan, and creator Joss Whedon all shared their thoughts`.
_STARS_OPENING = re.compile(
    # "Stars include Lola Tash and Daniel Maslany."
    r"\s*(?:(?:Its|The show’s|The film’s|Series|Film) stars|Stars|Co-stars) (?:include |are )?|"
    # "Hero Nakulan and heroine Sunena attended the function": the leads, billed as a pair
    r"\s*Hero (?=[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2} and heroine [A-Z])"
)
#: A maker's job before a name of the list, which ends the stars: `, and creator Joss Whedon`.
_MAKER_BEFORE = re.compile(
    at_word(r"\b(?:creator|director|writer|producer|showrunner|author|host)s?\b")
)


def _stars_opening(registry: Registry, sentence: Sentence, lists: list[list[Item]]) -> list[Credit]:
    """Credits of the stars a sentence opens on, in the work the sentence or the one before
    it names, else the story's."""
    masked = registry.doc.masked
    m = _STARS_OPENING.match(masked, sentence.start, sentence.end)
    stars = next((items for items in lists if items[0].start == m.end()), []) if m else []
    if m is None or not stars:
        return []
    out: list[Credit] = []
    for item in stars:
        if _MAKER_BEFORE.search(masked, stars[0].start, item.start):
            break
        person = _person(registry, item.name, item.start)
        if person is not None:
            out.append(Credit(person.name, None, sentence, item.start))
    return out


def _quoted_before(doc: Document, end: int) -> str | None:
    """The title quoted right before ``end`` (the masked text hides it), if any."""
    text = doc.text[max(0, end - 120) : end]
    m = re.search(r"[“\"]([^“”\"]+)[”\"]$", text)
    return clean_title(m[1]) if m else None


def _bracketed_actors(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits an editor adds in square brackets, in a quote too: "a real challenge to Kidd
    [Miranda Rae Mayo], his new lieutenant". Not a pronoun made plain ("she [Ada Lee]"),
    nor a surname ("Tom [Hanks]"), nor a title ("Netflix [Glass House]")."""
    out: list[Credit] = []
    for m in _EDITED_IN.finditer(doc.text, sentence.start, sentence.end):
        part, actor = m["part"], m["actor"]
        if (
            is_full_name(actor)
            and actor not in registry.titles
            and not PRONOUN.fullmatch(part)
            and not is_leading_word(part.split()[0])
            and not _plain_person(part, actor)
        ):
            out.append(Credit(actor, part, sentence, m.start()))
    return out


#: Words an editor makes plain in brackets that are no part: "Him [Tom Hale] and me".
_PLAIN_WORDS = re.compile(
    r"(?:him|her|them|me|us|you|it|they|we|i|mom|mum|dad|mother|father|brother|sister|"
    r"wife|husband|son|daughter|grandma|grandpa|aunt|uncle|cousin)",
    re.IGNORECASE,
)


def _plain_person(part: str, actor: str) -> bool:
    """Tell whether the words in front of the brackets are the person, not a part: a pronoun
    or family word ("Him [Tom Hale]"), or the actor's own first name or a short form of it
    ("Working with Jen [Jennifer Aniston]")."""
    if _PLAIN_WORDS.fullmatch(part):
        return True
    first = actor.split()[0].casefold()
    word = part.casefold()
    return " " not in word and (first.startswith(word) or word[:3] == first[:3])


#: Words that make a sentence about makers and what they watched, not a cast.
_MAKERS = re.compile(
    at_word(
        r"\b(?:creators?|co-creators?|showrunners?|writers?|directors?|filmmakers?|makers|"
        r"grew up (?:on|with|watching)|inspired by|influenced by|influences)\b"
    )
)


#: Between an owner's possessive and the part it owns: a space, or a word or two describing
#: the part (`bad-ass`, `scene-stealing`).
_PRAISED_GAP = re.compile(r" (?:[a-z][\w-]* ){0,2}")
#: Words that tell a person, not a part, after a possessive: "Reese's fellow co-stars A and B".
_PEOPLE_WORDS = ROLE_NOUNS | {"fellow", "former", "late", "friend", "husband", "wife", "partner"}


def _praised_gap(gap: str) -> bool:
    """Tell whether the words between an owner and a name only describe a part: "Mendelsohn's
    scene-stealing Danny Rayburn", not "Reese's fellow co-stars Christoph Waltz"."""
    words = gap.split()
    return _PRAISED_GAP.fullmatch(gap) is not None and not any(
        word.removesuffix("s") in _PEOPLE_WORDS or word in _PEOPLE_WORDS for word in words
    )


def _owned_parts(
    doc: Document, registry: Registry, sentence: Sentence, lists: list[list[Item]]
) -> list[Credit]:
    """Credits in a list of parts each named after its actor's possessive, in a sentence
    about a show's people: "losing three firefighters when the drama returns for its 14th
    season: Daniel Kyri's Darren Ritter, Jake Lockett's Sam Carver, and Michael Bradway's
    Jack Damon": two at least, each a person (a surname the story named in full too) owning
    a name no title is. One pair alone ("Mark A. Sheppard's Crowley") may be a maker's work
    ("Steven Spielberg's Jaws"), so it is marked to count only for someone credited
    otherwise."""
    if not _CAST_CONTEXT.search(doc.masked, sentence.start, sentence.end):
        return []
    items = [i for items in lists for i in items]
    # who each possessive is, looked up once
    owners = {
        i: person
        for i in items
        if i.possessive and (person := _person(registry, i.name, i.start)) is not None
    }
    pairs = [
        (owner, part)
        for owner, part in zip(items, items[1:], strict=False)
        if owner in owners
        and not part.possessive
        # "Mendelsohn's scene-stealing Danny Rayburn": a word or two may praise the part
        and _praised_gap(doc.masked[owner.end : part.start])
        and part.name not in registry.titles
        and not is_leading_word(part.name.split()[0])
    ]
    listed = [
        (a, b)
        for a, b in zip(pairs, pairs[1:], strict=False)
        if _SEP.fullmatch(doc.masked, a[1].end, b[0].start)
    ]
    # "The show's creators grew up on Martin Scorsese's Taxi Driver, Steven Spielberg's
    # Jurassic Park": a list of makers' works, each counted only for someone credited
    # otherwise.
    makers = _MAKERS.search(doc.masked, sentence.start, sentence.end) is not None
    chained = set() if makers else {pair for a, b in listed for pair in (a, b)}
    return [
        Credit(
            owners[owner].name, part.name, sentence, owner.start, owned=(owner, part) not in chained
        )
        for owner, part in pairs
        if (owner, part) not in chained or is_full_name(part.name)
    ]


#: A job behind the camera right before a name: "showrunner Tom Hale of “Rover”".
#: Who made a work, not who is in it: `Written by Dan Sefton (The Good Karma Hospital)`, `is
#: directed by`, `a dramatisation by Emma Frost (Shameless)`, `a six-parter by`.
_MADE_BY = re.compile(
    r"\b(?:written|directed|created|produced|penned|helmed|adapted|developed|co-written|"
    r"co-created|dramati[sz]ation|adaptation|version|novel|book|script|screenplay|story|"
    # "with a screenplay by acclaimed screenwriter and novelist David Nicholls (One Day)"
    r"parter)\s+by\s+(?-i:[a-z-]+\s+){0,4}$"
    # "The director's chair for the project went to Reginald Hadlin (Marshall)"
    r"|\bdirector[’']s chair\b[^.;]{0,40}\bwent to\s+$"
    # "In charge of writing is Moon Sun Hee (Ma Boy)"
    r"|\bin charge of (?:writing|directing|the script|direction)\s+(?:is|are|will be)\s+$"
    # "The original character design is by Satoko Morikawa of “The Cat Returns”", "the
    # animation is by Atsuko Sasaki", "the design of the sidecar “Hearts” is by Shigeto
    # Koyama": who made it, each job told before "is by"
    r"|\b(?:design|animation|music|score|script|screenplay|direction|cinematography|editing)"
    r"(?: of [^.;,]{1,60}?)? (?:is|was|will be) by\s+$",
    re.IGNORECASE,
)
_MADE_REACH = 80
_JOB_BEFORE = re.compile(
    r"\b(?:showrunner|co-?creator|creator|director|producer|writer|screenwriter|"
    r"co-?writer|author|supervisor|designer|cinematographer|composer|editor|choreographer|"
    r"coordinator)s?,?\s*$"
    # "and EP Joey Hartstone": an executive producer, abbreviated
    r"|\bEPs?,?\s*$",
    re.IGNORECASE,
)


#: A star's word joined to the job before a name: `original star and co-writer Ada Wren`.
_STAR_AND_JOB = re.compile(at_word(r"\bstar\s+and\s+[\w-]+\s*$"))
#: A verb of the name's own after it: `Director Ada Wren also stars in X`; not "of".
_OWN_VERB = re.compile(r",?\s+(?!of\b)[a-z]")
#: A name joined to the next of a series: `producer B and stars C`.
_AND_NEXT = re.compile(r",?\s+and\b")


def _crew_of(masked: str, sentence: Sentence, items: list[Item]) -> list[Item]:
    """The names a job word tells to be a work's makers: "showrunner A, producer B and stars
    C (Dean)" (A and B made the show); not a name alone that goes on to its own verb, which
    may make the work and be in it too ("Director Ada Wren also stars in X"), nor one whose
    job is beside a star's ("original star and co-writer Ada Wren"). A name alone with no
    verb after is what its job says: "and EP Joey Hartstone of “Your Honor”", and so is one
    with a work in parentheses: "writer Bo Lind (Rover) decided" names his earlier show,
    unless the verb casts him: "writer Bo Lind (Rover) will play Reed"."""
    jobbed = [
        i for i in items if _JOB_BEFORE.search(masked, max(sentence.start, i.start - 25), i.start)
    ]
    if len(items) == 1 and not _AND_NEXT.match(masked, items[0].end):
        starred = _STAR_AND_JOB.search(
            masked, max(sentence.start, items[0].start - 40), items[0].start
        )
        own_verb = _OWN_VERB.match(masked, items[0].end, sentence.end)
        rest = masked[items[0].end : sentence.end]
        rest = rest[rest.find(")") + 1 :]
        plays = _PLAYS.match(rest) or _CAST_VERB.match(rest)
        # "Director Ada Wren starts shooting for his film": a maker shoots it too
        shoots = _SHOOTING.match(rest) is not None
        if starred or (own_verb and (items[0].paren is None or plays) and not shoots):
            return []
    return jobbed


#: Shooting, the verb right after a name: `starts shooting for`, `has wrapped up the shooting of`.
_SHOOTING = re.compile(rf"\s+(?:(?:also|recently|has|have|had|will|is|are|was) )*{_SHOOTS}")
#: The verb of the name a known-for work follows: `A from “X” will be playing`, `joins`.
_VERB_NEXT = re.compile(r",?\s+(?:will|is|has|was|joins|joined|plays|stars|returns)\b")


def _known_of(
    doc: Document, sentence: Sentence, person: str, end: int, known: bool
) -> list[Credit]:
    """Credits in the works quoted after "of" right after a name, "Dean-Charles Chapman of
    “Game of Thrones” and “1917”", after "known for" or "rose to fame on", or after "from"
    when the name is ``known`` ("We all know Vartan from “Alias”") or the name's verb follows
    ("Zoe McLellan from “NCIS: New Orleans” will be playing"): the works the person is known
    for, dropped unless the article names them as works."""
    listed = _OF_QUOTED.match(doc.masked, end, sentence.end)
    if listed is None:
        return []
    if listed["prep"] == "from" and not (known or _VERB_NEXT.match(doc.masked, listed.end())):
        return []
    return [
        Credit(person, None, sentence, end, known_for=clean_title(doc.text[m.start(1) : m.end(1)]))
        for m in _QUOTED.finditer(doc.masked, end, listed.end())
    ]


#: The same cues before a bare title: `Ada Wren, best known for Harbor Lights,`, `who rose to
#: fame in Harbor Lights` (a bare title a viewer knows someone "from" is left alone, as round
#: five has it).
_KNOWN_BARE = re.compile(
    r"\s*,?\s*(?:who\s+(?:is\s+|was\s+)?)?(?:(?:best |well |perhaps best )?known for"
    r"(?: (?:his|her|their) (?:[a-z]+ )?(?:role|roles|turn|work|part|performance)s? (?:in|on))?|"
    rf"{_BROKE_OUT})\s+"
    r"(?:the (?:hit |new )?(?:series|show|film|movie|drama|sitcom|comedy|soap)\s+)?"
)


def _known_bare(
    doc: Document, registry: Registry, sentence: Sentence, person: str, end: int
) -> list[Credit]:
    """Credits in the bare titles right after a name's known-for cue, one or two joined by
    "and" (`best known for Harbor Lights and Rover`)."""
    cue = _KNOWN_BARE.match(doc.masked, end, sentence.end)
    if cue is None:
        return []
    rest = doc.masked[cue.end() : sentence.end]
    return [
        Credit(person, None, sentence, end, known_for=title)
        for title in _titles_opening(registry, rest)
    ]


def _caption(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits in a photo's caption, a paragraph of names and a work: "Annie Starke in THE
    WIFE ©Sony Pictures Classics", "Ada Lee and Tom Hale in “Rover”". The work is given as
    known for, which drops the credit unless the article names such a work ("Ada Lee in
    Paris")."""
    start, end = doc.paragraphs[sentence.para]
    caption = _CAPTION.fullmatch(doc.masked, start, end) if sentence.start == start else None
    if caption is None:
        return []
    title = clean_title(doc.text[caption.start("title") : caption.end("title")].strip('“”"'))
    names = [clean_name(re.sub(_SIDE + "$", "", n))[0] for n in _SEP.split(caption["names"])]
    return [
        Credit(name, None, sentence, caption.start(), known_for=title)
        for name in names
        if is_full_name(name) and _person(registry, name, caption.start()) is not None
    ]


def _part_heading(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The credit a gallery's heading gives: "Chicago Fire: Sal Vasquez (Brandon
    Larracuente)", a show, a part, its actor; a heading that is a whole paragraph only."""
    start, end = doc.paragraphs[sentence.para]
    heading = part_heading(doc.masked, start, end) if sentence.start == start else None
    if heading is None or not is_full_name(heading["actor"]):
        return []
    # "Glass House: Tom Hale (Harbor Lights)": a known title is no actor.
    actor = heading["actor"]
    if actor in registry.titles:
        return []
    # "The titular samurai in Afro Samurai – Samuel L. Jackson": a part told, not named
    part = heading["part"] if all(w[0].isupper() for w in heading["part"].split()) else None
    return [Credit(actor, part, sentence, heading.start("part"))]


#: A gallery's heading over a photo's lines: an actor, a dash, the person they play
#: (`Timothée Chalamet - Bob Dylan`, `Charity Wakefield - Princess Beatrice of York`).
_ACTOR_DASH_PART = re.compile(
    r"(?P<actor>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3}) [-–—] "
    # a person's full name, not one word of a heading's kind (`Ada Wren – Interview`)
    r"(?P<part>[A-Z][\w’'.-]*(?: (?:of |de |the )?[A-Z][\w’'.-]*){1,3})"
)
#: The work a photo's lines cast for: `will play ... in the film “Back to Normal”`.
_IN_THE_WORK = re.compile(at_word(r"\bin the (?:film|movie|series|show|drama|biopic) [“\"]?$"))


def _actor_part_heading(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The credit a gallery's heading gives (`Jack O'Connell - Blake Fielder-Civil`), in the
    work the lines under it cast for: the title after "in the film", else the one they name,
    not one in brackets (`(Margaret Thatcher in the TV series “The Crown”)`: her last part)."""
    start, end = doc.paragraphs[sentence.para]
    heading = (
        _ACTOR_DASH_PART.fullmatch(doc.masked, start, end) if sentence.start == start else None
    )
    if heading is None or sentence.para + 1 >= len(doc.paragraphs):
        return []
    actor, part = heading["actor"], heading["part"]
    if not is_full_name(actor) or _person(registry, actor, start) is None:
        return []
    if part in registry.titles or re.search(r"[’']s\b", part):
        return []  # "Victor Reflects - Marvel's Runaways": a photo's caption and its show
    below = doc.text[slice(*doc.paragraphs[sentence.para + 1])]
    named = [
        (m.start(), m.end(), title)
        for title in registry.titles
        for m in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", below)
        if below.rfind("(", 0, m.start()) <= below.rfind(")", 0, m.start())
    ]
    # "“A Perfect Stranger”" names one work, not "Perfect Stranger" inside it too
    named = [n for n in named if not any(o[0] <= n[0] and n[1] <= o[1] and o != n for o in named)]
    cast_for = [title for at, _, title in named if _IN_THE_WORK.search(below, 0, at)]
    titles = {title for _, _, title in named}
    work = cast_for[0] if cast_for else next(iter(titles)) if len(titles) == 1 else None
    if work is None:
        return []
    return [Credit(actor, part, sentence, start, cast_for=work)]


#: One line of a bulleted list of parts and their actors: `• Eren: Bryce Papenbrook`.
_PART_LINE = re.compile(
    r"(?:[•*–-]\s*)?(?P<part>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}): "
    r"(?P<actor>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})"
)


def _part_lines(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The credit of a line of a list of parts, each with its actor after a colon, as a dub's
    cast is announced (`• Eren: Bryce Papenbrook` under `• Mikasa: Trina Nishimura`): a line
    beside another of its kind, neither a box's label (`Director: Bo Lind`) nor a job."""
    start, end = doc.paragraphs[sentence.para]
    line = _PART_LINE.fullmatch(doc.masked, start, end) if sentence.start == start else None
    if line is None or INFO_LABEL.match(doc.masked, line.start("part")) or _is_job(line["part"]):
        return []
    beside = doc.paragraphs[max(0, sentence.para - 1) : sentence.para + 2]
    if sum(_PART_LINE.fullmatch(doc.masked, *bounds) is not None for bounds in beside) < 2:
        return []
    person = _person(registry, line["actor"], line.start("actor"))
    return [] if person is None else [Credit(person.name, line["part"], sentence, start)]


#: A heading of an actor and their part, split by a bar: "Ana Lee | Nell Ford".
_BAR_HEADING = re.compile(rf"(?P<actor>{NAME.pattern}) \| (?P<part>{NAME.pattern})")


def _bar_heading(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The credit a heading "Ana Lee | Nell Ford" gives, a whole paragraph of two full names,
    when the article names the second, or its first name, as a part elsewhere ("the role of
    Nell"); not a byline ("Ana Lee | Staff Writer"), two people side by side, nor an actor
    and her show ("Ana Lee | Glass Harbor")."""
    start, end = doc.paragraphs[sentence.para]
    heading = _BAR_HEADING.fullmatch(doc.masked, start, end) if sentence.start == start else None
    if heading is None:
        return []
    actor, part = heading["actor"], heading["part"]
    named_part = part in registry.characters or part.split()[0] in registry.characters
    # "Ana Lee | Glass Harbor": a round-up's heading of an actor and her show names no part.
    if not (is_full_name(actor) and is_full_name(part) and named_part) or _titled(registry, part):
        return []
    return [Credit(actor, part, sentence, heading.start())]


#: "the role of Nora Vale went to Ada Wren", "The part of Nell in “X” has gone to Ada Wren":
#: the part first, then who was given it.
_PART_WENT_TO = re.compile(
    # not what went with the part: "Credit for the role of Nell went to its writer"
    r"(?<!\bfor )\b[Tt]he (?:[a-z-]+ )?(?:role|part) of " + _ROLE + r"(?: in [“\"]_+[”\"])?,? "
    r"(?:went|goes|has gone|will go|was given|has been given|is going) to "
    r"(?:(?:newcomer|actor|actress|star|singer|rapper|comedian|model)\s+)?"
    rf"(?P<actor>{NAME.pattern})"
)


#: '“X” has added A and B to its cast', 'has tapped A to play Nell', 'A is the new Nell in
#: “X”': a work or its makers casting names set between the verb and what it makes them.
_CASTS_NAMES = re.compile(
    at_word(
        r"\b(?:(?:has|have|had) (?:also )?added|adds|added) "
        rf"(?P<names>{NAME.pattern}(?:(?:, |,? and ){NAME.pattern}){{0,5}}) to (?:its|their|the) "
        r"(?:[a-z-]+ )?(?:cast|ensemble|line-?up)\b|"
        r"\b(?:(?:has|have|had) )?(?:tapped|hired|enlisted|recruited|chosen|picked) "
        rf"(?P<actor>{NAME.pattern}) to (?:play|portray|voice) "
        + _ROLE
        + r"(?=\s*(?:[,.;:]|$|in\b))"
    )
)
#: A maker taking an actor on for a part it only describes: `has roped in Jackie Shroff to
#: play a new character`, `ropes in A and B for pivotal roles`.
_ROPED_IN = re.compile(
    r"\b(?:(?:has|have|had) )?(?:roped in|ropes in|signed on|signs on) "
    rf"(?P<names>{NAME.pattern}(?:(?:, |,? and ){NAME.pattern}){{0,5}}) "
    r"(?:to play (?:a|an|the) [a-z]|"
    r"for (?:a|an|the) (?:[a-z-]+ )?(?:role|part|character|cameo)s?\b)"
)
#: Words of a job, not a part, after "is": "is Executive Producer on “X”".
_JOB_WORDS = frozenset(
    "executive producer director writer showrunner creator head chief president host "
    "editor manager officer chair chairman chairwoman ceo back".split()
)
#: A denial right before a casting verb: "Netflix hasn't tapped", "has not added".
_DENIED = re.compile(r"(?:n[’']t|\bnot|\bnever)\s+(?:(?:has|have|had|yet|been)\s+)?$")
_NEW_PART = re.compile(
    rf"(?P<actor>{NAME.pattern}) (?:is|will be) (?P<new>the new )?"
    + _ROLE
    + r" (?:in|on) [“\"]_+[”\"]"
)


def _named_part(registry: Registry, role: str | None) -> bool:
    """Tell whether a part after "is" is a character's full name: one the article names
    there only (not "is Ben Gale in “X”. Gale said"), no title, no job."""
    return (
        role is not None
        and is_full_name(role)
        and (role in registry.characters or registry.doc.text.count(role.split()[-1]) == 1)
        and role not in registry.titles
        and not set(role.casefold().split()) & _JOB_WORDS
    )


def _cast_names(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The credits of names a work or its makers cast: '“X” has added A and B to its cast',
    'has tapped A to play Nell', 'A is the new Nell in “X”'."""
    out = []
    masked = doc.masked
    for m in itertools.chain(
        _CASTS_NAMES.finditer(masked, sentence.start, sentence.end),
        _ROPED_IN.finditer(masked, sentence.start, sentence.end),
        _NEW_PART.finditer(masked, sentence.start, sentence.end),
    ):
        if _DENIED.search(masked, max(sentence.start, m.start() - 20), m.start()):
            continue  # "Netflix hasn't tapped A to play Nell"
        listed = m.groupdict().get("names")
        at = m.start("names") if listed else m.start("actor")
        names = listed or m["actor"]
        role = None if listed else _role(m["role"])
        if not listed and not m.groupdict().get("new") and not _named_part(registry, role):
            continue  # "Ada Wren is Nora Vale in “X”", not "is Executive Producer on"
        for name in _split_roles(names):
            person = _person(registry, name, at)
            if person is not None and not name.endswith(("’s", "'s")):
                out.append(Credit(person.name, role, sentence, at))
    return out


def _part_went_to(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The credit of a part given to its actor: "the role of Nora Vale went to Ada Wren"."""
    out = []
    for m in _PART_WENT_TO.finditer(doc.masked, sentence.start, sentence.end):
        person = _person(registry, m["actor"], m.start("actor"))
        # not a relation of the person named: "went to Ada Wren's sister"
        owner = m["actor"].endswith(("’s", "'s"))
        if person is not None and not owner and not _NEGATED.search(m.group()):
            out.append(Credit(person.name, _role(m["role"]), sentence, m.start("actor")))
    return out


#: Two actors and their works, in order: `Lily Gladstone and Kali Reis received nominations for
#: their respective roles in “Under the Bridge” and “True Detective: Night Country”`.
_RESPECTIVE_WORKS = re.compile(
    r"(?P<first>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}) and (?P<second>[A-Z][\w’'.-]+"
    r"(?: [A-Z][\w’'.-]+){1,3})\b[^.;“\"]{0,80}?\btheir respective (?:roles|parts|turns) in\s+"
    r"[“\"](?P<one>[^”\"]{1,80})[”\"] and [“\"](?P<two>[^”\",]{1,80}),?[”\"]"
)


def _respective_works(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Each of two actors in the work named in the same place of a second list."""
    out: list[Credit] = []
    for m in _RESPECTIVE_WORKS.finditer(doc.text, sentence.start, sentence.end):
        for actor, title in (("first", "one"), ("second", "two")):
            person = _person(registry, m[actor], m.start(actor))
            if person is not None:
                work = clean_title(m[title])
                out.append(Credit(person.name, None, sentence, m.start(actor), known_for=work))
    return out


#: The parts a list of actors plays, in its order: `A and B play the roles of Arindam and
#: Sharmila respectively`.
_PARTS_RESPECTIVELY = re.compile(
    r"\s+(?:will\s+)?(?:play|plays|played|portray|portrays|portrayed|essay|essays)\s+"
    r"(?:the\s+(?:roles|parts|characters)\s+of\s+)?(?P<parts>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?"
    r"(?:,\s+[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)*,?\s+and\s+[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)"
    r",?\s+respectively\b"
)


def _parts_respectively(
    registry: Registry, sentence: Sentence, lists: list[list[Item]]
) -> list[Credit]:
    """Each actor of a list in the part named in the same place of the parts after it:
    `Rajatava Dutta and Rituparna Sengupta play the roles of Arindam and Sharmila
    respectively`."""
    masked = registry.doc.masked
    for items in lists:
        m = _PARTS_RESPECTIVELY.match(masked, items[-1].end, sentence.end)
        parts = _SEP.split(m["parts"]) if m else []
        if len(items) > 1 and len(parts) == len(items):
            return [
                Credit(person.name, part, sentence, item.start)
                for item, part in zip(items, parts, strict=True)
                if (person := _person(registry, item.name, item.start)) is not None
            ]
    return []


def _respectively(registry: Registry, sentence: Sentence, lists: list[list[Item]]) -> list[Credit]:
    """Each name of a list in the work named in the same place of the works listed after it:
    `Ronit Roy, Mona Singh and Sakshi Tanwar have been part of web shows A, B and C
    respectively`."""
    doc = registry.doc
    m = RESPECTIVE.search(doc.masked, sentence.start, sentence.end)
    if m is None:
        return []
    works = _titles_opening(registry, doc.text[m.start("title") : sentence.end])
    names = next((n for n in lists if len(n) == len(works) > 1 and n[-1].end <= m.start()), [])
    return [
        Credit(person.name, None, sentence, item.start, known_for=work)
        for item, work in zip(names, works, strict=True)
        if (person := _person(registry, item.name, item.start)) is not None
    ]


def _starrer(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The star of `the Vivek Oberoi-starrer Prince` or `2015's Jennifer Lawrence starrer
    'Joy'`, in that work."""
    out: list[Credit] = []
    for m in STARRER.finditer(doc.masked, sentence.start, sentence.end):
        person = _person(registry, m["star"], m.start("star"))
        if m["quoted"] is not None:
            work = [clean_title(doc.text[m.start("quoted") : m.end("quoted")])]
        else:
            work = _titles_opening(registry, m["title"])[:1]
        if person is not None and work:
            out.append(Credit(person.name, None, sentence, m.start("star"), known_for=work[0]))
    return out


#: The pronouns that tell whose a list of works is, by the gender they give.
_LIST_PRONOUNS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _list_owner(registry: Registry, sentence: Sentence, m: re.Match[str]) -> Named | None:
    """The person a list of works belongs to, told by its ``whose`` group: the name in the
    possessive right before (`Ana Lee's film credits include`), or the one a pronoun stands
    for (`His big screen credits included`, `she appeared in films such as`)."""
    seen = m.groupdict().get("seen")
    whose = m["whose"] or seen
    if whose is None:
        return None
    if whose[0] in "’'":
        owner = [
            x.person for x in registry.in_range(sentence.start, m.start("whose")) if x.possessive
        ]
        return owner[-1] if owner else None
    if whose == "whose":
        # "veteran actor Paul Campbell, whose credits include": the name right before, not a
        # maker's ("producer Ann Lee, whose credits include")
        named = [x for x in registry.in_range(sentence.start, m.start("whose")) if not x.possessive]
        if not named or _JOB_BEFORE.search(
            registry.doc.masked, max(sentence.start, named[-1].start - 25), named[-1].start
        ):
            return None
        return named[-1].person
    gender = _LIST_PRONOUNS.get(whose.lower())
    at = m.start("seen") if seen else m.start("whose")
    return None if gender is None else registry.resolve(at, gender)


def _filmography(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits in a list of the works of the person the sentence is about: "He also had
    turns in A and B", "Ana was nominated for her work in both A and B"; "A, B and C were
    among other productions he appeared in"."""
    out: list[Credit] = []
    for m in FILMOGRAPHY.finditer(doc.masked, sentence.start, sentence.end):
        person = _list_owner(registry, sentence, m)
        if person is None and m["whose"] != "whose":
            person = registry.refer(sentence.start, m.start())
        works = _listed_works(m["title"], registry.titles)
        if person is not None:
            out += [Credit(person.name, None, sentence, m.start(), known_for=t) for t in works]
    for m in _AMONG_ACTED_IN.finditer(doc.masked, sentence.start, sentence.end):
        person = registry.resolve(m.start("who"), "f" if m["who"] == "she" else "m")
        works = _listed_works(doc.masked[sentence.start : m.start()], registry.titles)
        if person is not None:
            out += [Credit(person.name, None, sentence, m.start(), known_for=t) for t in works]
    return out


#: Works said to be among the ones someone acted in, the list before: `Downton Abbey, Lewis
#: and Miranda were among other productions he appeared in`.
_AMONG_ACTED_IN = re.compile(
    r" (?:were|are) (?:all )?among (?:the |his |her |their )?(?:other |many |several )?"
    r"(?:productions|films|movies|shows|series|programmes|programs|dramas|plays) "
    r"(?:that |which )?(?P<who>he|she) (?:also )?(?:appeared|starred|acted|featured) in\b"
)


def _listed_works(run: str, titles: frozenset[str]) -> list[str]:
    """Return the works a list names, each an item or its end after a maker's possessive
    (`Martin Scorsese’s Gangs of New York`)."""
    out = []
    for item in works_in(run, ends_with_and=True):
        owned = _MAKERS_WORK.fullmatch(item)
        title = owned["work"] if item not in titles and owned else item
        if title in titles:
            out.append(title)
    return out


#: A work after its maker's possessive: `Martin Scorsese’s Gangs of New York`.
_MAKERS_WORK = re.compile(r"(?:[A-Z][\w.-]* ){1,3}?[A-Z][\w-]*[’'](?:s)? (?P<work>[A-Z].*)")


#: A profile page's box of credits, a heading line of the kinds of work it lists:
#: `Features & TV Movies:`, `TV Series – Cast:`, `Filmography:`.
_BOX_HEADING = (
    # not a cinema's or a critic's list: `Classic Films This Month:`, `Best Films of the Year:`
    r"(?![^\n:]{0,60}\b(?:Classic|Best|Top|This|Picks?|Showing|Competition|Coming|Now|Week|"
    r"Month|Year)\b)(?:[A-Z][^\n.:]{0,40}?\b)?(?:[Ff]ilms|[Mm]ovies|[Ss]eries|[Ff]ilmography|"
    r"[Cc]redits|[Tt]elevision|[Ss]tage)\b[^\n.:]{0,20}:"
)
_BOX_HEADING_LINE = re.compile(_BOX_HEADING + r"\s*")
#: An entry of such a box, its lines run together: a title, then its year in brackets with
#: what the part was or where it went out: `Title Shot (1979)`, `Polka Dot Door (host,
#: 1971)`, `The Guardian (TV-1984)`, `Babar (1989-1991)`.
_BOX_ENTRY = re.compile(
    r"(?P<title>[A-Z0-9][^()]{0,80}?) \((?:[a-z]+, )?(?:[A-Z]{2}-)?(?:19|20)\d\d"
    r"(?:[-–](?:19|20)\d\d)?(?:, [a-z]+)?\)"
)
#: Where one entry of a box ends and the next begins.
_BOX_BREAK = re.compile(r"(?<=\)) (?=[A-Z0-9])")


def _career_box(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits in the entries of a profile's box of credits (`Title Shot (1979) The Magic
    Show (1983)` under `Features & TV Movies:`) for the person the page is about: the one it
    names most. The box starts with the paragraph after its heading or the one after that
    (past a note on its marks: `VR indicates Direct-to-Video Release`)."""
    para = sentence.para
    text = doc.text[sentence.start : sentence.end].strip()
    opening = _BOX_HEADING_LINE.match(text)
    headed = opening is not None or any(
        para - n >= 0 and _BOX_HEADING_LINE.match(doc.text, *doc.paragraphs[para - n])
        for n in (1, 2)
    )
    if not headed or not registry.mentions:
        return []
    text = text[opening.end() :] if opening else text
    counts = Counter(id(m.person) for m in registry.mentions)
    subject = max(registry.mentions, key=lambda m: counts[id(m.person)]).person
    entries = [_BOX_ENTRY.fullmatch(piece) for piece in _BOX_BREAK.split(text)]
    return [
        Credit(subject.name, None, sentence, sentence.start, known_for=e["title"])
        for e in entries
        if e is not None and e["title"] in registry.titles
    ]


#: A person's works listed after their name's possessive or a pronoun, quoted or bare: `Silvera's
#: other notable television appearances include 'Dixon of Dock Green', 'The Bill'`, `she
#: appeared in films such as`, `her starring roles in films such as "Hamlet" (1948)`.
_CAREER_LIST = re.compile(
    # ("He is a seasoned actor who has appeared in films such as": six words between)
    r"(?:(?P<whose>[’']s|\b[Hh]is|\b[Hh]er|\b[Ss]he|\b[Hh]e) (?:[\w-]+ ){0,6}?"
    # "Her filmography includes supporting roles in classic films such as"
    r"(?:(?:appearances|roles|credits|filmography) include[sd]?(?! (?:[\w-]+ ){0,3}?roles in)|"
    # "is best remembered for his performance in the movies like"
    # "famous for his many appearances on stage and television such as" (not "roles in
    # government such as")
    r"(?:appearances|roles|turns) (?:on|in) " + ON_SCREEN + r"(?:such as|like|including)|"
    # "has since had high-profile roles in the theatre and TV shows like"
    r"(?:appeared|starred|roles|performances?) in (?:[\w-]+ ){0,4}?(?:films|movies|shows|series) "
    r"(?:such as|like|including)|"
    # "she was already a household name through classic television shows like"
    r"household name (?:through|thanks to|from) (?:[\w-]+ ){0,2}?(?:shows|series|films|movies) "
    r"(?:such as|like|including))|"
    # "Sheridan, meanwhile, is known for TV shows such as A and B": the subject's (films
    # too have makers known for them: "Rosshan Andrews is known for films like")
    r"\b(?:is|was|are|were) (?:best |well |also )?known for (?:[\w-]+ ){0,2}?"
    r"(?:shows|series|sitcoms|soaps|dramas) (?:such as|like|including)|"
    # "Lanre has starred in multiple films, among which are movies like"
    r"\b(?:has|have|had) (?:starred|featured|appeared) in (?:[\w-]+ ){0,2}?(?:films|movies),? "
    r"among (?:which|them) (?:are|were) (?:films |movies )?(?:such as|like|including)|"
    # "The actress ... appeared in several of Beckett’s plays, including Play, Not I": the
    # subject's
    r"\b(?:appeared|starred) in (?:several|many|some|a few|most|all) of (?:[A-Z][\w-]*[’']s )?"
    r"(?:plays|films|movies|shows|works),? (?:such as|like|including)|"
    # "Nawazuddin Siddiqui has appeared in several films showcased at the Cannes Film
    # Festival, including A, B, and C": the subject's
    # ..., "Nuella has featured in so many movies including A, B"
    # "He has starred in a number of soaps including Coronation Street and Cracker"
    r"\b(?:has|have|had) (?:appeared|starred|featured) in (?:so )?(?:several|many|numerous|"
    r"a number of) (?:films|movies|shows|series|soaps|sitcoms|dramas)\b(?:[^.;:“\"]{1,60}?,)? "
    r"including|"
    # "O’Shea also starred in the BBC sitcom Me Mammy, in addition to a number of US
    # sitcoms, including A, B and C": the subject's
    r"\b(?:appeared|starred) in [^.;]{1,60}?, in addition to (?:a number|several|many|dozens) of "
    r"(?:[A-Z]{2,3} )?(?:films|movies|shows|series|sitcoms|dramas|soaps),? including|"
    # "Fawad Khan has enjoyed huge success, starring in big blockbuster films across the
    # border such as", "We have seen him in dramas such as"
    r"\b(?:starring|appearing|seen (?P<seen>him|her)) in (?:[a-z-]+ ){0,4}?"
    r"(?:films|movies|dramas|shows|serials|series)(?: [a-z-]+){0,4}? (?:such as|like|including))\s+"
)


#: A sentence's subject told by a pronoun or a description: `The actress began her work with
#: Beckett in 1963 and appeared in several of his plays, including`.
_OPENING_SUBJECT = re.compile(r"(?:[Tt]he (?:[a-z-]+ )?(?:actress|actor|star)|[Ss]he|[Hh]e)\b")
#: The words without which no list of a career's works is told, looked for first.
_CAREER_WORDS = re.compile(at_word(r"\binclude|\bsuch as\b|\blike\b|\bincluding\b"))


def _career_list(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits in every work of a list of someone's career, quoted or bare, years and all:
    the person named in the possessive right before, or the one a pronoun stands for."""
    out: list[Credit] = []
    if _CAREER_WORDS.search(doc.masked, sentence.start, sentence.end) is None:
        return out  # most sentences list no works, and pay nothing
    for m in _CAREER_LIST.finditer(doc.masked, sentence.start, sentence.end):
        person = _list_owner(registry, sentence, m)
        if m["whose"] is None and m["seen"] is None:
            # the subject the sentence opens on, not a name in a clause before the list
            subject = _OPENING_SUBJECT.match(doc.masked, sentence.start, m.start())
            person = registry.refer(sentence.start, subject.end() if subject else m.start())
        if person is not None:
            works = _titles_opening(registry, doc.text[m.end() : sentence.end])
            out += [Credit(person.name, None, sentence, m.start(), known_for=t) for t in works]
    return out


#: Who performs a show, after what they give it: `This revue honors her achievements with
#: stunning performances by A, B, C, and hilariously narrated by D`; its makers end the list.
_PERFORMANCES_BY = re.compile(at_word(r"\bperformances (?:by|from)\s+"))
_MAKERS_AFTER = re.compile(
    at_word(r"\b(?:directed|written|produced|created|composed|choreographed)\b")
)


def _performers(registry: Registry, sentence: Sentence, masked: str) -> list[Credit]:
    """Credits of the people a sentence says give a show's performances, in the work the
    sentence is about."""
    m = _PERFORMANCES_BY.search(masked, sentence.start, sentence.end)
    if m is None:
        return []
    makers = _MAKERS_AFTER.search(masked, m.end(), sentence.end)
    end = makers.start() if makers else sentence.end
    return [
        Credit(x.person.name, None, sentence, x.start)
        for x in registry.in_range(m.end(), end)
        if not x.possessive
    ]


#: A second part in a second quoted work, after a name's first: `Maris Racal as Irene in “Can’t
#: Buy Me Love” and Sarah in “Simula sa Gitna”`.
_SECOND_PART = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,3}) as [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3} "
    r"in [“\"]_+[”\"] and (?:as )?(?P<role>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}) "
    r"in [“\"](?P<work>_+)[”\"]"
)
#: What such a sentence cannot do without, looked for first: a quoted work, then "and".
_SECOND_WORK = re.compile(r"[”\"] and ")


def _second_part(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The second part and work of `Ada Wren as Nora in “Harbor” and Kit in “Rover”`."""
    out: list[Credit] = []
    if _SECOND_WORK.search(doc.masked, sentence.start, sentence.end) is None:
        return out  # most sentences name no second quoted work, and pay nothing
    for m in _SECOND_PART.finditer(doc.masked, sentence.start, sentence.end):
        person = _person(registry, m["name"], m.start())
        if person is not None:
            work = clean_title(doc.text[m.start("work") : m.end("work")])
            out.append(Credit(person.name, m["role"], sentence, m.start(), known_for=work))
    return out


#: A verb of playing that a list of parts, each in its work, follows: `known for voicing
#: Sakura Yamauchi in A, Mafuyu Kirise in B, Miorine Rembran in C, and more`.
_PARTS_LIST_CUE = re.compile(
    at_word(r"\b(?:voicing|voiced|playing|played|portraying|portrayed|roles as)\s+")
)
#: One part of such a list, the work after it.
_PART_IN = re.compile(r"(?P<role>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) in ")
#: What goes on to the next pair: a comma, maybe "and".
_PAIR_SEP = re.compile(r",\s+(?:and\s+)?")


def _parts_in_works(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The parts of a list of parts each in a work the article names, two or more, after a
    verb of playing: the subject's, each in its work."""
    out: list[Credit] = []
    masked = doc.masked
    for cue in _PARTS_LIST_CUE.finditer(masked, sentence.start, sentence.end):
        pairs = []
        at = cue.end()
        while (m := _PART_IN.match(masked, at, sentence.end)) is not None:
            rest = masked[m.end() :]
            title = next((t for t in registry.titles if _titled_at(rest, t)), None)
            if title is None or m["role"] in registry.titles:
                break
            pairs.append((m["role"], title))
            sep = _PAIR_SEP.match(masked, m.end() + len(title), sentence.end)
            if sep is None:
                break
            at = sep.end()
        subject = next(
            (x.person for x in registry.in_range(sentence.start, cue.start()) if not x.possessive),
            None,
        )
        if len(pairs) > 1 and subject is not None:
            out += [
                Credit(subject.name, role, sentence, cue.start(), known_for=t) for role, t in pairs
            ]
    return out


#: A caption's star of the work the page is about: `Stella Damasus Aboderin (Star of the Movie)`.
_STAR_OF_IT = re.compile(
    r"(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){1,3}) \((?:the )?(?:[Ss]tar|[Ll]ead) of the "
    r"(?:[Mm]ovie|[Ff]ilm|[Ss]how|[Ss]eries|[Pp]lay)\)"
)


def _star_of_it(registry: Registry, sentence: Sentence, masked: str) -> list[Credit]:
    """The one a caption calls the star of the work, in the work the page is about."""
    told = masked.find(" of the ", sentence.start, sentence.end) >= 0
    m = _STAR_OF_IT.search(masked, sentence.start, sentence.end) if told else None
    person = _person(registry, m["name"], m.start()) if m else None
    if m is None or person is None:
        return []
    return [Credit(person.name, None, sentence, m.start(), main=True)]


def _from_work(registry: Registry, sentence: Sentence, masked: str) -> list[Credit]:
    """Credits of actors in the work in brackets they are from: `Zhang Yunlong (from Les
    Interpretes) and Wang Yifei (from Pretty Li Huizhen) caught on a date`."""
    out: list[Credit] = []
    for m in FROM_WORK.finditer(masked, sentence.start, sentence.end):
        person = registry.lookup(m["name"], m.start())
        if person is not None and m["title"] in registry.titles:
            out.append(Credit(person.name, None, sentence, m.start(), known_for=m["title"]))
    return out


def _bracketed_works(registry: Registry, sentence: Sentence, masked: str) -> list[Credit]:
    """Credits of the one whose parts a sentence lists, each in the work in brackets after
    it: `Mary Martin, famous for originating the roles of Nellie(South Pacific), Maria(The
    Sound of Music)`."""
    listed = parts_in_brackets(masked, sentence.start, sentence.end)
    person = registry.refer(sentence.start, listed[0][2]) if listed else None
    if person is None:
        return []
    return [
        Credit(person.name, part, sentence, at, known_for=work)
        for part, work, at in listed
        if work in registry.titles
    ]


def _soap_brackets(registry: Registry, sentence: Sentence, masked: str) -> list[Credit]:
    """Credits of the actor a soap magazine's brackets follow, each part in its show: `Jack
    Wagner (ex-Nick, THE BOLD AND THE BEAUTIFUL; ex-Frisco, GENERAL HOSPITAL)`."""
    out: list[Credit] = []
    for part, work, at in soap_parts(masked, sentence.start, sentence.end):
        named = _NAME_BEFORE_BRACKETS.search(masked, max(sentence.start, at - 60), at)
        person = _person(registry, named["name"], named.start()) if named else None
        if person is not None and work in registry.titles:
            out.append(Credit(person.name, part, sentence, at, known_for=work))
    return out


#: The name right before a parenthesis.
_NAME_BEFORE_BRACKETS = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3}) $")


#: A sentence opening on what its subject is known for: `Best known for his roles in A and B,
#: Ana Lee stars as Nora`: those works are the subject's past, not the sentence's; so is a
#: part the sentence opens by coming from: `Hot on the heels of his breakout role in A Quiet
#: Place, Noah Jupe has been added`.
KNOWN_FOR_OPENING = re.compile(
    r"(?:(?:(?:Best|Well|Perhaps best) known|Known) for|(?:Hot |Fresh )?[Oo]n the heels of "
    r"(?:his|her|their) (?:[\w-]+ ){0,2}(?:role|turn|performance)s? in) [^.;]*?, (?=[A-Z])"
)


def _known_for_opening(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of the subject in the works a sentence opens by saying they are known for:
    `Best known for his roles in productions including Rock of Ages and FOX’s Scream Queens,
    Diego Boneta stars as Luis Miguel`."""
    m = KNOWN_FOR_OPENING.match(doc.masked, sentence.start, sentence.end)
    subject = registry.in_range(m.end(), m.end() + 1) if m else []
    if m is None or not subject:
        return []
    opening = doc.text[m.start() : m.end()]
    named = {
        found.start(): title
        for title in registry.titles
        if (found := re.search(rf"(?<!\w){re.escape(title)}(?!\w)", opening)) is not None
    }
    return [
        Credit(
            subject[0].person.name,
            _part_before(opening[:at]),
            sentence,
            m.start(),
            known_for=named[at],
        )
        for at in sorted(named)
    ]


#: A part named right before the work it is in: `Known for his role as Marco in `.
_PART_IN_WORK = re.compile(
    at_word(
        r"\b(?:role|part|turn|performance) as "
        r"(?P<part>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) (?:in|on) $"
    )
)


def _part_before(opening: str) -> str | None:
    """The part the words before a work name in it (`his role as Marco in The Responder`)."""
    m = _PART_IN_WORK.search(opening)
    return m["part"] if m else None


def _ranked(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """The credit of a countdown's line, read once at its paragraph's last sentence: `6.
    Fawad Khan for Humsafar` (its number is a sentence of its own)."""
    start, end = doc.paragraphs[sentence.para]
    if sentence.end < end:
        return []
    m = RANKED_FOR.fullmatch(doc.masked, start, end)
    if m is None or clean_title(m["title"]) not in registry.titles:
        return []
    return [Credit(m["name"], None, sentence, m.start("name"), known_for=clean_title(m["title"]))]


def _press_credits(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits in every work of a press note's list (`His theatre credits include King Lear
    (The Old Vic), Protest Song`, `Film includes A, B and C`): the person the paragraph, an
    actor's biography, is about, who its pronouns stand for; or the possessive's."""
    out: list[Credit] = []
    if doc.masked.find("nclude", sentence.start, sentence.end) < 0:
        return out  # no list of credits, and nothing to scan
    for m in PRESS_CREDITS.finditer(doc.masked, sentence.start, sentence.end):
        named = registry.in_range(doc.paragraphs[sentence.para][0], m.start())
        person = named[0].person if named else None
        if person is None or (m["whose"] or "")[:1] in ("’", "'"):
            person = _list_owner(registry, sentence, m)
        works = press_items(doc.text[m.start("title") : m.end("title")])
        if person is not None:
            out += [
                Credit(person.name, None, sentence, m.start(), known_for=t)
                for t in works
                if t in registry.titles
            ]
    return out


#: A verb of making a work after names, whose credentials are no acting ("Ready Or Not's A
#: and B will direct").
_MAKE = re.compile(
    r"\s*,?\s*(?:[a-z]+\s+){0,3}?(?:direct|directs|directed|directing|helm|helms|helmed|"
    r"write|writes|wrote|written|produce|produces|produced|create|creates|created)\b"
)
#: How far before a name its credential may start: `The Big Lebowski's `.
_CREDENTIAL_REACH = 80


def _credentialed(
    registry: Registry, masked: str, sentence: Sentence, named: list[tuple[Named, Item]]
) -> list[Credit]:
    """Credit each name of a list in the work told right before it, unquoted: "Glass Harbor
    star Ada Wren", "Westworld's A, Star Wars' B and Doctor Who alum C"."""
    out = []
    for person, item in named:
        lead = masked[max(sentence.start, item.start - _CREDENTIAL_REACH) : item.start]
        work = _titled_star(registry, lead, owned=True)
        if work is None:
            continue
        out.append(Credit(person.name, None, sentence, item.start, known_for=work))
        # "How I Met Your Mother and Mercy Street star Josh Radnor": the first title too
        first = lead[: lead.rfind(work)].rstrip('”" ')
        if first.endswith(" and"):
            first = first.removesuffix(" and").rstrip('”"')
            also = next((t for t in registry.titles if " " in t and first.endswith(t)), None)
            if also is not None:
                out.append(Credit(person.name, None, sentence, item.start, known_for=also))
    return out


def _plays_it(masked: str, registry: Registry, item: Item) -> bool:
    """Tell whether the name after an item names the person who plays it: "Mike Wazowski
    (Crystal)" after "Billy Crystal", or a full name after a kin's ("her mom Nell Ford (Bo
    Lind)")."""
    role = item.role
    if role and is_full_name(role) and _KIN.search(masked, max(0, item.start - 30), item.start):
        return True
    known = registry.lookup(role, item.start) if role and " " not in role else None
    return known is not None and known.name != role


def _titled_star(registry: Registry, before: str, owned: bool = False) -> str | None:
    """Return the title of "<a title> star" right before a name, which credits the name;
    with ``owned``, of "<a title>'s" too ("Glass Harbor's Ada Wren"), a title the article
    names as one elsewhere."""
    cue = _TITLE_STAR.search(before) or (_OWNED_BY.search(before) if owned else None)
    if cue is None:
        return None
    lead = before[: cue.start()].rstrip('”"')
    return next((t for t in registry.titles if (owned or " " in t) and lead.endswith(t)), None)


def _owner(masked: str, item: Item) -> bool:
    """Tell whether a name is in the possessive: "Lyra's father" names a part by its owner."""
    return masked[item.end - 2 : item.end] in ("’s", "'s")


#: "Barry Allen, a.k.a. the Flash, played by": the part's name before its other name.
#: Only an epithet ("the Flash") after it: "the Flash, a.k.a. Barry Allen" is read as written.
_AKA = re.compile(r"\s*,?\s*(?:a\.k\.a\.?|aka|also known as|alias)\s+the\s+")


def _known_as_before(masked: str, lists: list[list[Item]], at: int) -> list[Item]:
    """Return the lone name the list at ``at`` is another name of, if "a.k.a." joins them."""
    if at < 1 or len(lists[at]) != 1 or len(lists[at - 1]) != 1:
        return []
    named = lists[at - 1][0]
    return [named] if _AKA.fullmatch(masked, named.end, lists[at][0].start) else []


#: A sentence opening on a pronoun played by someone: "She'll be played by", "He is played by".
_PRONOUN_PLAYED = re.compile(
    r"\s*(?:She|He|They)(?:[’']ll| will| is| are| was| has been| have been) (?:be )?"
    r"(?:played|portrayed|voiced) by\s"
)
#: A new character the sentence before names: "will introduce Nora Vale", "a new character,
#: Nora Vale", "a new character named Nora Vale".
_INTRODUCED = re.compile(
    at_word(
        r"\b(?:introduc(?:e|es|ed|ing)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:named|called)|"
        r"new (?:character|villain|role|part)(?:,| named| called)?)\s+"
        rf"(?P<part>{_CAP}(?: {_CAP}){{0,2}})(?![\w’'])(?!\s*(?:,\s*|\s+and\s+)[A-Z])|"
        # "will introduce Nora Vale, a hacker": a name, then what it is; not "introduced Ada Wren
        # to fans"
        rf"\bintroduc(?:e|es|ed|ing)\s+(?P<named>{_CAP}(?: {_CAP}){{0,2}}),\s+(?:a|an)\s"
    )
)


def _introduced_part(doc: Document, sentence: Sentence, before: str) -> list[str]:
    """The part of "She'll be played by Ada Wren" when the sentence before introduces one
    new character by name ("The show will introduce Nora Vale, a hacker.")."""
    if not _PRONOUN_PLAYED.fullmatch(before) or sentence.start == 0:
        return []
    previous = doc.sentence_at(sentence.start - 1)
    if previous.para != sentence.para:
        return []
    found = list(_INTRODUCED.finditer(doc.masked, previous.start, previous.end))
    return [found[0]["part"] or found[0]["named"]] if len(found) == 1 else []


def _bracketed_parts(masked: str, lists: list[list[Item]], index: int, before: str) -> list[str]:
    """Return the parts of "Adam and Barbara Hale (played by A and B)": the whole list right
    before the parenthesis, in order, full names or not, a surname they share given to each."""
    bracket = _IN_BRACKETS.search(before)
    if index == 0 or bracket is None:
        return []
    opened = lists[index][0].start - (len(before) - bracket.start())
    # (a list inside the brackets is the actor's credential: "(played by Locke & Key's A)")
    earlier = [items for items in lists[:index] if items[-1].end <= opened]
    if not earlier:
        return []
    previous = earlier[-1]
    if masked[previous[-1].end : opened].strip():
        return []
    names = [i.name for i in previous]
    surname = names[-1].split()[-1] if " " in names[-1] else None
    return [f"{n} {surname}" if surname and " " not in n else n for n in names]


def _with_article(masked: str, item: Item) -> str:
    """Name a part with the article the text gives it: "the Trinity Killer", a part by title;
    without what the sentence's capital joined to it ("Bad-lad Callum will be played by")."""
    name = _EPITHET_FIRST.sub("", item.name)
    return (
        f"the {name}" if masked[max(0, item.start - 4) : item.start] in ("the ", "The ") else name
    )


#: What a part is, in a word joined by a hyphen, before its name: `Bad-lad Callum`, `Ex-con
#: Ray Doyle` (not a name's own first part: `Gi-hun Seong`, `Mary-kate Ross`).
_EPITHET_FIRST = re.compile(
    r"^(?:Bad|Ex|Long|Good|Evil|Hard|Wild|Big|Old|Mad|Ill)-[a-z]+ (?=[A-Z])"
)


def _beside(lists: list[list[Item]], index: int) -> str | None:
    """Return the name of "Alongside Paul, Baker will star as ...", the list before this one."""
    if index == 1 and len(lists[0]) == 1:
        return lists[0][0].name
    return None


#: Makers named as a group: `a panel of showrunners`, `what it takes to be a showrunner`.
_MAKERS_GROUP = re.compile(
    r"\b(?:showrunners?|co-?creators?|creators?|(?:executive )?producers?|writers?|"
    r"filmmakers?)\b",
    re.IGNORECASE,
)
#: A sentence that gives its names parts: `Ada Wren (“Rover”) will play Nora`.
_GIVES_PARTS = re.compile(
    at_word(r"\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing))\b")
)
#: How far before a sentence a group of makers may be told: the panel's own paragraph and
#: the end of the one before it.
_GROUP_REACH = 300


#: What a person named with works in brackets did for them, told right after: `Tetsuro Araki
#: (Death Note), who directed the first season`, `Kyoji Asano (Psycho-Pass) returned as
#: character designer`.
_MADE_AFTER = re.compile(
    # "Kanna Hirayama (Rent-a-Girlfriend) is adapting the character designs", "Daisuke
    # Hiramaki (Selection Project) as director" (not "is directing and starring in")
    r"\s*(?:(?:is|was|will be) (?:also )?(?:adapting|writing|directing|animating|composing|"
    r"designing|scoring|producing|editing)\b(?! and (?:also )?star)|"
    r"as (?:the )?(?:assistant |co-|executive |series |lead )?(?:director|writer|producer|"
    r"composer|designer|animator)s?\b)|"
    r",?\s+(?:who\s+)?(?:directed|wrote|co-wrote|produced|created|composed|scored|"
    r"(?:returned|returns|serves|served|will serve) as (?:[a-z-]+\s+){0,2}(?:director|writer|"
    r"producer|designer|composer|editor|showrunner)s?|"
    # "Yasuko Kobayashi (JoJo’s Bizarre Adventure) reprised her duty in series composition"
    r"(?:reprised|reprises|reprising) (?:her|his|their) (?:duty|duties|job|post))\b"
)


def _told_maker(doc: Document, sentence: Sentence, at: int) -> bool:
    """Tell whether the name at ``at`` is told as one who made the works named with it: a
    job or "written by" right before it, or a panel of makers around it."""
    reach = max(sentence.start, at - _MADE_REACH)
    return bool(
        _JOB_BEFORE.search(doc.masked, reach, at)
        or _MADE_BY.search(doc.masked, reach, at)
        or _makers_panel(doc, sentence)
    )


def _makers_panel(doc: Document, sentence: Sentence) -> bool:
    """Tell whether a sentence of names each with a work in parentheses lists makers: the
    text just before or the sentence itself is about showrunners, creators or producers
    (`the dais included Ali Adler (Supergirl)`), and the sentence names no cast or stars. A
    showrunner is no cast of their show."""
    return _makers_panel_at(doc.masked, sentence.start, sentence.end)


@lru_cache(maxsize=64)
def _makers_panel_at(masked: str, start: int, end: int) -> bool:
    """`_makers_panel` of the sentence at ``start:end``, worked out once for all its names."""
    if _SAYS_CAST.search(masked, start, end) or _GIVES_PARTS.search(masked, start, end):
        return False
    if _MAKERS_GROUP.search(masked, start, end):
        return True
    # before the sentence, makers as a group: not one ("from creator Bo Lind") nor their
    # strike ("the writers' strike")
    return any(
        m[0].endswith("s") and not masked.startswith(("’", "'"), m.end())
        for m in _MAKERS_GROUP.finditer(masked, max(0, start - _GROUP_REACH), start)
    )


#: A line of a cast list: a name and, in brackets, what the actor is known for: `Josh Finan
#: (The Responder)`.
_LISTED_ACTOR = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3} \([^()]{1,80}\)")
#: A heading over such lines that says whose cast they are: `BBC Waiting For The Out cast`,
#: `The cast of Rover`, `Meet the cast of Rover:`, `Who is in the cast of Rover?`.
_CAST_HEADING = re.compile(
    r"(?:.{1,80} (?:full )?cast(?: list)?|(?:Meet |Who(?:[’']s| is) in )?(?:[Tt]he )?"
    r"(?:full )?cast (?:of|list for) .{1,80}?)[:?]?"
)


def _cast_list_heading(doc: Document, registry: Registry, sentence: Sentence) -> str | None:
    """Return the work a cast list's heading names, for a paragraph that is one line of that
    list: `BBC Waiting For The Out cast` over `Josh Finan (The Responder)`, `Gerard Kearns (The
    Day of the Jackal)`; each is in that work, and known for the one in brackets."""
    start, end = doc.paragraphs[sentence.para]
    if _LISTED_ACTOR.fullmatch(doc.text[start:end].strip()) is None:
        return None
    for para in range(sentence.para - 1, -1, -1):
        start, end = doc.paragraphs[para]
        line = doc.text[start:end].strip()
        if _LISTED_ACTOR.fullmatch(line) is None:
            named = [t for t in registry.titles if t in line]
            if _CAST_HEADING.fullmatch(line) is None or not named:
                return None
            return max(named, key=len)
    return None


def _parenthesised(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits written part first, actor in parentheses: "Saxon (Ana Lee)", "brother Tom
    Wren (Ana Lee)". A full name before the parentheses counts as a part only when the text
    calls it one ("plays Tom Wren", "brother Tom Wren"); else it is an actor and the
    parentheses name a part or a work."""
    out: list[Credit] = []
    credited = -1
    for m in ITEM.finditer(doc.masked, sentence.start, sentence.end):
        part, possessive, _ = clean_name(_name_part(m))
        works = [
            t for t in works_in(_paren(doc, m) or "", ends_with_and=True) if t in registry.titles
        ]
        # "Tom Hale's (Rover) Glass Harbor": the works of its makers, named as its owners.
        if part and works and not possessive:
            # "Charles Baker (The Blacklist)": the works the person is known for, played in
            # unless a job before the name says they made them ("art director Tom Reta (Alien)").
            made = _told_maker(doc, sentence, m.start()) or _MADE_AFTER.match(doc.masked, m.end())
            known_for = None if made else _person(registry, part, m.start())
            if known_for is not None:
                out += [
                    Credit(known_for.name, None, sentence, m.start(), known_for=t) for t in works
                ]
                listed_in = _cast_list_heading(doc, registry, sentence)
                if listed_in is not None and listed_in not in works:
                    out.append(
                        Credit(known_for.name, None, sentence, m.start(), cast_for=listed_in)
                    )
            continue
        if _SCREEN_KIN.search(doc.masked, max(sentence.start, m.start() - 30), m.start()):
            out += _screen_kin(registry, sentence, m, part)
            continue
        actor = _actor(registry, m["paren"], m.start()) if m["paren"] else None
        # "Paige’s (Ana Lee) daughter": the parenthesis after a one-word owner names her actor;
        # after a full name's, only where the page tells the name a part ("Eden and Cash
        # Newman’s (Nicholas Cartwright) engagement", the actor named again later)
        if (
            not part
            or actor is None
            or (possessive and " " in part and not _part_first(doc, registry, part, actor))
        ):
            continue
        kin = _KIN.search(doc.masked, max(sentence.start, m.start() - 30), m.start())
        nicknamed = _NICKNAMED.search(doc.masked, max(sentence.start, m.start() - 40), m.start())
        called = _NICKNAME_FIRST.search(doc.masked, max(sentence.start, m.start() - 30), m.start())
        nick = doc.text[called.start("nick") : called.end("nick")] if called else ""
        if nicknamed:
            part = f"{nicknamed['first']} {part}"
        elif re.fullmatch(r"[A-Z][a-z]+", nick) and " " not in part:
            part = f"{nick} {part}"
        # "Saxon (Ana Lee)", '"Rooster" Bradshaw (Ana Lee)': one name, or a nickname and one.
        lone = " " not in part.removeprefix(f"{nick} ") and not is_leading_word(part)
        cast_after = _CAST_AFTER.match(doc.masked, m.end("paren"))
        if lone and cast_after and _surname_of_someone(registry, part, m.start()):
            continue  # "Agena (Gilmore Girls) will play Nancy": Keiko Agena and her other work
        # "Mike Wazowski (Crystal)": a surname alone in the parentheses is the actor's; not
        # "Ana Lee (sheriff Tom Wren)", where a description before a full name makes it a part.
        paren = m["paren"].strip()
        surname = " " not in paren and actor != paren
        # "Nora Vale (Ada Wren) and Jack Hale (Ben Gale)": the list goes on as it began
        listed = credited >= 0 and (
            _SEP.fullmatch(doc.masked, credited, m.start()) is not None
            or _TOLD_SEP.fullmatch(doc.masked, credited, m.start()) is not None
        )
        owned = possessive and " " in part  # told a part above
        if owned and (rank := _RANK_BEFORE.search(doc.masked, sentence.start, m.start())):
            part = f"{rank.group().strip()} {part}"  # "Dr. Liesl Obrecht's (Kathleen Gati)"
        if lone or surname or listed or owned or part in registry.characters or kin is not None:
            out.append(Credit(actor, part, sentence, m.start("paren")))
            credited = m.end()
        elif (_speaks(doc.masked, part) and not _speaks(doc.masked, actor)) or (
            _ACTOR_BEFORE.search(doc.masked, max(sentence.start, m.start() - 30), m.start())
        ):
            # "Nicolaj Coster-Waldau (Jaime Lannister) stopped by", then "According to
            # Waldau": the one who speaks in the story is the actor, the other the part
            out.append(Credit(part, actor, sentence, m.start()))
    return out


#: An actor's noun right before a name, which makes the name the actor and the parentheses
#: after it the part: "leading man Gary Sinise (Mac Taylor)", "replacing Melina Kanakaredes
#: (Stella Bonasera)".
_ACTOR_BEFORE = re.compile(
    at_word(
        r"\b(?:leading (?:man|lady)|co-?stars?|actor|actress|series regular|newcomer|"
        r"replac(?:es|ed|"
        r"ing))\s+$"
    )
)


def _speaks(masked: str, name: str) -> bool:
    """Tell whether the story has someone speak by their surname: `Waldau said`, `according
    to Waldau`, `Waldau's reading` (a double-barrelled one by its last part too)."""
    last = name.split()[-1]
    surname = f"(?:{re.escape(last)}|{re.escape(last.rsplit('-', 1)[-1])})"
    before = rf"\b(?:[Aa]ccording to|said|says|told|added) {surname}\b"
    after = (
        rf"\b{surname}(?: (?:said|says|told|added|explained|recalled)\b|[’']s (?:reading|words))"
    )
    return re.search(f"{before}|{after}", masked) is not None


#: Between two parts of a list, what the first is: "Nora Vale (Ada Wren), a cop, and Jack".
_TOLD_SEP = re.compile(r",\s+(?:a|an|the|his|her|their)\s+[a-z][^,.;()“\"]{0,30},\s+and\s+")
#: Kin or a partner on screen, whom an actor plays: `her TV daughter`, `her on-screen beau`.
_SCREEN_KIN = re.compile(
    at_word(
        r"\b(?:TV|on-?screen|screen)\s+(?:[a-z]+\s+)?(?:brother|sister|wife|husband|son|daughter|"
        r"mother|father|mom|mum|dad|beau|boyfriend|girlfriend|love interest|partner|family)\s+$"
    )
)


def _screen_kin(
    registry: Registry, sentence: Sentence, m: re.Match[str], name: str
) -> list[Credit]:
    """The credit of "her TV daughter Ada Wren (Rory Hale)": the name is the actor, who
    plays the part in parentheses (not kin the other way round: "brother Tom (Ada Wren)")."""
    role = _bracketed_part(m["paren"], registry.titles)
    person = _person(registry, name, m.start()) if name and role else None
    return [Credit(person.name, role, sentence, m.start())] if person is not None else []


#: A cast verb right after the parentheses, the one word before them its subject: `Agena
#: (Gilmore Girls) will play Nancy`; not `Oppenheimer (Cillian Murphy) and Strauss`.
_CAST_AFTER = re.compile(
    r"\)?\s*(?:(?:will|also|is|set|to)\s+)*(?:play|star|portray|voice|return|join)(?:s|ed)?\b"
)


def _surname_of_someone(registry: Registry, word: str, at: int) -> bool:
    """Tell whether one word before parentheses is the surname of a person the article names
    in full, who is then the actor, not a part ("Agena (Gilmore Girls)" after "Keiko Agena")."""
    person = registry.lookup(word, at)
    return person is not None and person.name.split()[-1] == word


def _quoted_parts(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of parts named only in quotes, each actor in parentheses after it: `men with
    call signs like "Cyclone" (Ana Lee) and "Hammer" (Tom Hale)`: a word or two, named like a
    person, that the article names as no work."""
    out: list[Credit] = []
    listed = _QUOTED_PART.finditer(doc.masked, sentence.start, sentence.end)
    for m in (p for q in listed for p in _QUOTED_PAIR.finditer(doc.masked, *q.span("pairs"))):
        part = doc.text[m.start("part") : m.end("part")]
        actor = m["actor"]
        if (
            _PART_WORDS.fullmatch(part)
            and part not in registry.titles
            and is_full_name(actor)
            and NAME.fullmatch(actor)
            and actor not in registry.titles
        ):
            out.append(Credit(actor, part, sentence, m.start("actor")))
    return out


#: A part's name in quotes: one word or two, capitalised.
_PART_WORDS = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?")


#: A part set off by commas next to its actor: `As Nora Vale, Ada Wren steals every scene`,
#: `As Nora Vale on NBC's “Harbor,” she played`, `Ada Wren, as Nora Vale, is the heart of the
#: show`.
_AS_PART_BEFORE = re.compile(
    r"As " + _ROLE + r"(?:\s+(?:on|in)\s+[^,.;]{1,60}?)?(?:,[”\"]?|(?<=[”\"]))\s+"
    r"(?P<pronoun>(?:[Hh]e|[Ss]he)\b)?"
)
_AS_PART_AFTER = re.compile(r",\s+as\s+" + _DESCRIBED_PART + _ROLE + r",")


def _part_aside(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of a part set off by commas right before or after a person's name, or before
    the pronoun standing for them; not a job ("As CEO, Ada Wren") nor a work."""
    out: list[Credit] = []
    opening = _AS_PART_BEFORE.match(doc.masked, sentence.start, sentence.end)
    if opening is not None and opening["pronoun"]:
        gender = "f" if opening["pronoun"].lower() == "she" else "m"
        # the part's own name, just read, is not whom the pronoun stands for
        part = registry.lookup(opening["role"], opening.start())
        person = registry.resolve(opening.start("pronoun"), gender, exclude=part)
        if person is not None:
            out += _asides(registry, opening, person.name, sentence, opening.start("pronoun"))
    for mention in registry.in_range(sentence.start, sentence.end):
        if mention.possessive:
            continue
        m = opening if opening is not None and opening.end() == mention.start else None
        if m is not None and not doc.masked[mention.end : sentence.end].strip(" .!"):
            m = None  # a heading's "As Hailey Pinto, Abigail Fowler": no one said to play
        m = m or _AS_PART_AFTER.match(doc.masked, mention.end)
        if m is not None:
            out += _asides(registry, m, mention.person.name, sentence, mention.start)
    return out


def _asides(
    registry: Registry, m: re.Match[str], person: str, sentence: Sentence, at: int
) -> list[Credit]:
    """The credit of a part set off by commas, unless it is a work or a job."""
    role = _role(m["role"])
    if role and role not in registry.titles and not _is_job(role):
        return [Credit(person, role, sentence, at)]
    return []


#: Offices that end a capitalised job's title: "As Captain,", "As Poet Laureate,", "As Head
#: Coach,"; a part may open with one ("Captain America", "Mayor Quimby") but not end with it.
_OFFICES = frozenset(
    """captain laureate mayor governor senator minister secretary chancellor chair chairman
    chairwoman chief coach manager ambassador commissioner""".split()
)


def _is_job(words: str) -> bool:
    """Tell whether a capitalised part is a job's title: "CEO", "Mayor", "President"."""
    split = words.split()
    return split[-1].lower() in _OFFICES or any(
        w.lower() in ROLE_NOUNS or w.isupper() for w in split
    )


#: A part told by a pronoun's possessive: `Her character, Nora Vale, died`, `his character
#: Jack`; a part's name, not a description (`her character, a nurse,`).
_PRONOUN_CHARACTER = re.compile(
    r"\b(?P<pronoun>[Hh]er|[Hh]is) (?:[a-z-]+ )?character,? "
    + _ROLE
    + r"(?=\s*(?:[,.;:)]|$|\s+[a-z]))"
)


def _pronoun_character(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of a part a pronoun's possessive tells ("Her character, Nora Vale, died"): the
    person the pronoun stands for, as a reader resolves it."""
    out: list[Credit] = []
    for m in _PRONOUN_CHARACTER.finditer(doc.masked, sentence.start, sentence.end):
        gender = "f" if m["pronoun"].lower() == "her" else "m"
        person = registry.resolve(m.start(), gender)
        role = _role(m["role"])
        if person is not None and role and role not in registry.titles:
            out.append(Credit(person.name, role, sentence, m.start()))
    return out


def _their_character(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits written as a possessive: "Carpenter's character Debra", "Will Smith's
    character, Steven Hiller", "Ana Lee, whose character Jo": the person played that part."""
    out: list[Credit] = []
    for mention in registry.in_range(sentence.start, sentence.end):
        character = _CHARACTER if mention.possessive else _WHOSE_CHARACTER
        part = character.match(doc.masked, mention.end)
        role = _role(part["role"]) if part else None
        if role is not None:
            out.append(Credit(mention.person.name, role, sentence, mention.start))
    return out


#: Parentheses of names, and the names a comma or "and" sets apart in them.
_NAMES_IN_BRACKETS = re.compile(r"\((?P<names>[A-Z][^()\n]{3,200})\)")
_NAME_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _cast_in_brackets(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of a work named with its cast in parentheses right after it, as a review's
    entry gives them: `Darkest Hour (Gary Oldman, Stephen Dillane, Kristin Scott Thomas) –`.
    Two full names at least, so neither a certificate (`Luce (15)`) nor a part and its actor
    (`Halifax (Stephen Dillane)`) reads as a cast."""
    out: list[Credit] = []
    masked = doc.masked
    for m in _NAMES_IN_BRACKETS.finditer(masked, sentence.start, sentence.end):
        before = masked[sentence.start : m.start()].rstrip()
        title = next((t for t in registry.titles if before.endswith(t)), None)
        names = _NAME_SEP.split(m["names"].strip())
        if title is None or len(names) < 2:
            continue
        people = [_person(registry, name, m.start()) for name in names]
        if all(p is not None and is_full_name(p.name) for p in people):
            out += [Credit(p.name, None, sentence, m.start(), known_for=title) for p in people if p]
    return out


#: A newspaper's courtesy title before a surname: `Mr. Hall`, `Ms. Rodewald`.
_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Mx|Miss)\.? (?=[A-Z])")


def _actor(registry: Registry, text: str, offset: int) -> str | None:
    """Return the actor a parenthesis names: a full name, or a surname of someone the article
    named in full before ("Gavin (Horne)" after "Mathew Horne")."""
    # "(writer-director Yvan Attal)": the name after what the person is; "Joe Roy (Mr.
    # Hall)": a review's courtesy title before the surname of someone named in full before
    name = _COURTESY.sub("", _DESCRIBED_ACTOR.sub("", text.strip()))
    if name in registry.characters:
        # a name the article gives to no one: a part, a title, or a venue ("Bad Finger (Donmar
        # Warehouse)" in a list of credits)
        return None
    if is_full_name(name) and NAME.fullmatch(name):
        return name
    known = registry.lookup(name, offset) if " " not in name else None
    return known.name if known is not None and known.name != name else None


#: A work named by its kind, then who is in it: `his upcoming film Sadak 2 with Alia Bhatt`,
#: `the xianxia romance Song of the Moon with Zhang Bin Bin`, `C-drama One and a Half Summer
#: with Jiang Jing Fu`; not a work someone tours "with" a companion.
_KIND_TITLE_WITH = re.compile(
    r"(?:\b(?:upcoming|new|next|latest|forthcoming|the [a-z-]+)\s+|\b[CKJ]-)"
    r"(?:film|movie|series|show|drama|comedy|thriller|sequel|project|romance)\s+"
    r"(?P<title>[A-Z][^,.;:]{0,60}?)\s+with\s+$"
)


#: A seat on a show's panel beside the names, not a part in it: `as a judge on the show
#: ‘India’s Got Talent’ with veteran actor Kirron Kher`.
_ON_PANEL = re.compile(
    at_word(r"\b(?:judge|host|co-host|presenter|mentor|panell?ist)s? on\b[^.;]*\bwith\b[^.;]*$")
)
#: A quotation ending right before "with": `“Rover” with Ada Wren`, or a phrase quoted.
_QUOTE_WITH = re.compile(r"[”\"] with\s*$")


def _phrase_with(doc: Document, sentence: Sentence, before: str) -> bool:
    """Tell whether the quotation before "with" is a phrase, not a title (`the show is “in
    good shape” with Hartstone`): its words begin in lower case, as a title's never do."""
    m = _QUOTE_WITH.search(before)
    if m is None:
        return False
    end = sentence.start + m.start()
    return any(s.end == end and doc.text[s.start : s.start + 1].islower() for s in doc.spans)


def _kind_title_with(registry: Registry, before: str) -> bool:
    """Tell whether names follow a known work named by its kind and "with"."""
    m = _KIND_TITLE_WITH.search(before)
    return m is not None and m["title"] in registry.titles


#: "Stranger Things is led by Doctor Who alum A": a work led by its cast, by a name or its
#: kind; not "the studio is led by" nor "the inquiry was led by".
_LED_BY = re.compile(
    r"(?:\b(?:cast|ensemble|roster|series|show|film|movie|drama|comedy|thriller|sitcom|sequel|"
    r"season)|[”\"]|(?P<title>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}))\s+(?:is|are|was|were|will be) "
    # "The cast is powered by Donald Anderson"
    r"(?:co-?)?(?:led|headlined|fronted|headed|powered) by\s+"
    r"(?:(?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*(?:[’']s?\s+|" + TITLE_STAR + r"))?$"
)


#: "Severance has added Westworld's A", "The cast now includes A", "the season 2 cast,
#: including A": a work or its cast taking in the names after it; not "Netflix has added A"
#: (no work the article names), nor "the film features a song by A".
_TAKES_IN = re.compile(
    r"(?:\b(?:cast|ensemble|series|show|film|movie|drama|comedy|thriller|sitcom|"
    r"sequel|season)|(?P<title>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4})|"
    # a quoted title, not a quote's speaker: '"...," added Barrymore as'
    r"[”\"](?=\s+(?:has|have|had|will|also|now|just|includes|features|boasts|welcomes|casts)\b))"
    r"\s+(?:(?:of|for)\s+(?:[“\"]_+[”\"]|(?P<of>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}))\s*)?"
    r"(?:(?:,|\s[—–-])\s*(?:now\s+)?(?:including|like|such as)|"
    r"(?:(?:has|have|had|will)\s+)?(?:also\s+|now\s+|just\s+)?(?:adds|added|add|welcomes|"
    r"welcomed|welcome|recruited|recruits|enlisted|enlists|tapped|taps|casts|cast|includes|"
    r"included|include|boasts|features|featured|feature|brings back|brought back|bring back|"
    r"bringing back))\s+"
    # the first name's credential: "Westworld's", "Game of Thrones alum"
    r"(?:(?:[A-Z][\w’'-]*(?:\s+(?:of|the|and|in|a|an|to|for|at|&))*\s+){0,4}?[A-Z][\w’'-]*"
    r"(?:[’'](?:s)?\s+|" + TITLE_STAR + r"))?$"
)


#: The names' own work after them: `A and B attended the premiere of their drama, Harbor
#: Lights`, `A discussed her new film Harbor Lights`; not a maker's (`his new film, which he
#: directed`), nor a fan's.
_THEIR_WORK = re.compile(
    # what its cast does with a work, not a critic's or a viewer's verb ("panned their drama")
    r"\s+(?:(?:also|recently|later|then|have|has|had|will|were|was)\s+)?"
    r"(?:attend|promot|discuss|talk|celebrat|star|reunit|film|shoot|shot|wrap|open|spok|speak|"
    r"(?:walk|hit|join|arriv|appear)\w*\s+(?:at|on|for)\s+(?:the|a)\s)\w*"
    r"[^.;]{0,60}?\b(?:their|her|his) (?:(?!favou?rite|childhood|all-time)[a-z-]+ ){0,2}"
    # not a fan's: "her favourite show Harbor Lights"
    r"(?:film|movie|series|show|drama|comedy|"
    r"thriller|sitcom|sequel|musical),? "
)
_MAKING = re.compile(
    at_word(r"\b(?:direct|directed|directing|wrote|written|writing|produced|producing)\b")
)


def _their_work(registry: Registry, after: str) -> bool:
    """Tell whether the words after names call a work the article names theirs, bare or in
    quotes: `talked to Hürriyet about her new tv series ‘Meryem’`."""
    m = _THEIR_WORK.match(after)
    if m is None or _MAKING.search(after):
        return False
    rest = after[m.end() :]
    return _QUOTED.match(rest) is not None or any(
        _titled_at(rest, title) for title in registry.titles
    )


#: After names a work took in, a body of it or a job that is no cast: "has added A to its
#: writing staff", "to the board", "to direct", "as director".
_OTHER_BODY = re.compile(
    r"\s*(?:to\s+(?:its|their|the|his|her)\s+(?!(?:[a-z-]+\s+)?(?:cast|ensemble)\b)|"
    # "has tapped A to direct", "welcomes A as director", "A among its producers"
    r"to\s+(?:direct|write|produce|helm|host|run|score|compose)\b|among\b|"
    r"as\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z-]+\s+)?" + _JOBS + r")"
)


#: "It is led by Game of Thrones alum A": a cast led by actors told by works the article
#: names, the work a pronoun; not "It is led by CEO A" nor "by Chelsea star A".
_IT_LED_BY = re.compile(
    at_word(
        r"\b[Ii]t (?:is|was|will be) (?:co-?)?(?:led|headlined|fronted) by\s+"
        r"(?P<title>(?:[A-Z][\w’'-]*(?:\s+(?:of|the|and|in|a|an|to|for|at|"
        r"&))*\s+){0,4}?[A-Z][\w’'-]*)"
        r"(?:[’'](?:s)?\s+|" + TITLE_STAR + r")$"
    )
)


def _led_by(registry: Registry, before: str) -> bool:
    """Tell whether names follow a work "led by" them or taking them in, the work named by
    its kind, in quotes or bare as the article names it, or by "it" before actors told by
    their works."""
    it_led = _IT_LED_BY.search(before)
    if it_led is not None and it_led["title"] in registry.titles:
        return True  # "It is led by Game of Thrones alum A", not "by Chelsea star A"
    for m in (_LED_BY.search(before), _TAKES_IN.search(before)):
        titles = [t for t in m.groupdict().values() if t] if m else []
        if m is not None and all(t in registry.titles for t in titles):
            return True
    return False


def _with(masked: str, before: str, after: str, head: Item, sentence: Sentence) -> bool:
    """Tell whether "with comedian B as the abbess" adds B to the cast the sentence lists."""
    if not _WITH.search(before) or not (head.role or re.match(r"\s+as\b", after)):
        return False
    return _SAYS_CAST.search(masked, sentence.start, sentence.end) is not None


#: A review's cast line, a paragraph of its own: `With Tom Hale, Ada Wren and Bo Lind.`, or
#: its box of credits: `Cast: Tom Hale, Ada Wren, Bo Lind`, `Starring: Ada Wren and Bo Lind`,
#: and a trade paper's under each show: `Cast includes: Tom Hale, Ada Wren and Bo Lind`.
_CAST_LINE = re.compile(
    r"(?P<label>With|(?:Cast(?: includes)?|Starring|Stars|Main cast)\s*:)\s+"
    # (a list cut off by the page ends on its comma: "Cast: Anthony Hopkins, Iwan Rheon,")
    rf"(?P<names>{NAME.pattern}(?:(?:\s*,+\s*(?:and\s+)?|\s+and\s+){NAME.pattern})+)[.,]?"
)


def _trailing(doc: Document, sentence: Sentence) -> int:
    """Return where a sentence's words end, before the space after it."""
    return sentence.start + len(doc.masked[sentence.start : sentence.end].rstrip())


#: A page about a podcast, whose closing "With" line names its hosts.
_PODCAST = re.compile(r"\bpodcasts?\b", re.IGNORECASE)


def _cast_line(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of a review's cast line: a paragraph that is only "With" or a label ("Cast:")
    and two names or more (`With Tom Hale, Ada Wren and Bo Lind.`), in the work reviewed; not
    a sentence that goes on (`With Tom Hale and Ada Wren gone, the show needs new blood`)."""
    start, end = doc.paragraphs[sentence.para]
    line = _CAST_LINE.fullmatch(doc.masked, start, end) if sentence.start == start else None
    if line is None:
        # a line-up entry's own sentence: "... synopsis. Cast: Tom Hale, Ada Wren, Bo Lind."
        line = _CAST_LINE.fullmatch(doc.masked, sentence.start, _trailing(doc, sentence))
        line = line if line is not None and line["label"] != "With" else None
    # "With Tom Hale and Ada Wren.": a podcast's hosts, not a film's cast
    if line is not None and line["label"] == "With" and _PODCAST.search(doc.masked):
        return []
    if line is not None:
        found = [
            _person(registry, clean_name(name)[0], start) for name in _SEP.split(line["names"])
        ]
        people = [] if None in found else [p.name for p in found if p is not None]
    elif sentence.start == start:
        people = _billed_names(registry, billed_cast(doc.masked, start, end))
    else:
        people = []
    return [Credit(name, None, sentence, start) for name in people]


#: A part and, in brackets, one name a box of credits bills: `his friend Mano (Prasanna)`.
_PART_OF_BILLED = re.compile(
    r"(?<![\w’'-])(?P<part>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}) \((?P<actor>[^()]{2,40})\)"
)


def _billed_parts(registry: Registry, sentence: Sentence, masked: str) -> list[Credit]:
    """Credits of parts whose actor in brackets is billed in the page's box of credits, as a
    review's plot tells them (`his friend Mano (Prasanna)`)."""
    if not registry.billed:
        return []
    return [
        Credit(m["actor"], m["part"], sentence, m.start())
        for m in _PART_OF_BILLED.finditer(masked, sentence.start, sentence.end)
        if m["actor"] in registry.billed
        and m["part"] not in registry.billed
        and m["part"] not in registry.titles
    ]


def _actor_of_title(registry: Registry, sentence: Sentence, masked: str) -> list[Credit]:
    """Credits of a person told by a work they were in, with no name (`the Doctor Crush actress
    returns to television`): the one the description stands for, in that work."""
    out: list[Credit] = []
    if masked.find(" act", sentence.start, sentence.end) < 0:
        return out  # most sentences name no actor or actress, and pay nothing
    for m in THE_ACTOR.finditer(masked, sentence.start, sentence.end):
        person = registry.refer(sentence.start, m.end() + len(" actress"))
        if m["title"] in registry.titles and person is not None:
            out.append(Credit(person.name, None, sentence, m.start(), known_for=m["title"]))
    return out


def _appositive_parts(registry: Registry, sentence: Sentence, masked: str) -> list[Credit]:
    """Credits of an actor with their part set off after them as the work's: `Antony Cotton –
    the soap’s Sean Tully – wrote on Twitter`, `Julie Goodyear, fellow barmaid Bet Lynch in the
    soap, said`."""
    out: list[Credit] = []
    for actor, part, at in appositive_parts(masked, sentence.start, sentence.end):
        person = _person(registry, clean_name(actor)[0], at)
        if person is not None:
            out.append(Credit(person.name, clean_name(part)[0], sentence, at))
    return out


def _billed_names(registry: Registry, names: list[str]) -> list[str]:
    """The names of a box's labelled cast line (`Cast: Vishal, Prasanna and others`): all
    people, unless the page knows one as a part or a title (the titles are among the parts)."""
    if any(name in registry.characters for name in names):
        return []
    return names


#: One entry of a press event's billing block: an actor, a dash, the part in quotation marks
#: and, as press notes add, the actor's pronouns: `Hope Davis – “Gina Baxter” (she/her)`.
_BILLED_WORD = r"[A-Z](?:[a-z][\w’'-]*\.?|\.)"
_BILLED = re.compile(
    rf"(?P<name>{_BILLED_WORD}(?: {_BILLED_WORD}){{1,3}}) [–—-] "
    r"[“\"](?P<part>[A-Z][^”\"]{0,60})[”\"](?: \((?:he|she|they)/(?:him|her|them|they)\))?"
)
#: Entries a billing block has at least: one alone may be a name and a quote after a dash.
_BILLED_LEAST = 2


def _billing(doc: Document, start: int, end: int) -> list[re.Match[str]]:
    """The entries of a billing block in ``start:end``: runs of `Actor – “Part”` entries
    with nothing but space between them, kept only where the run has two entries or more."""
    runs: list[list[re.Match[str]]] = []
    for m in _BILLED.finditer(doc.text, start, end):
        if runs and not doc.text[runs[-1][-1].end() : m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    return [m for run in runs if len(run) >= _BILLED_LEAST for m in run]


def billed_parts(doc: Document) -> frozenset[str]:
    """The parts a billing block names (`Bryan Cranston – “Michael Desiato”`): quoted like
    titles, but characters, no works."""
    return frozenset(m["part"] for m in _billing(doc, 0, len(doc.text)))


def _billed(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of a press event's billing block (`Hope Davis – “Gina Baxter” (she/her)`):
    each actor in the work the story is about, as the part beside them."""
    return _named_parts(registry, sentence, _billing(doc, sentence.start, sentence.end))


#: An anime's part and its voice actor after "CV" (character voice): `the father of the heroine
#: Kokone (CV: Mitsuki Takahata)`, `Momotaro Morikawa (CV: Yosuke Eguchi)`.
_VOICED = re.compile(
    r"(?<![\w’'-])(?P<part>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}) \(CV: (?P<name>[A-Z][\w’'.-]*"
    r"(?: [A-Z][\w’'.-]*){0,3})\)"
)


def _voiced(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of parts and the actors an anime's page gives their voices by "CV"."""
    return _named_parts(
        registry, sentence, _VOICED.finditer(doc.masked, sentence.start, sentence.end)
    )


def _named_parts(
    registry: Registry, sentence: Sentence, pairs: Iterable[re.Match[str]]
) -> list[Credit]:
    """Credits of matches that each name an actor (group "name") and their part ("part"),
    for the actors the article knows."""
    return [
        Credit(person.name, m["part"], sentence, m.start("name"))
        for m in pairs
        if (person := _person(registry, m["name"], m.start("name"))) is not None
    ]


#: A part told by what the character is, its actor in parentheses, as a review or a recap
#: writes it: `a weary deputy (Tom Hale)`, `the young detective (Ada Wren)`.
_TOLD_PART = re.compile(
    at_word(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)\s+"
        r"\((?P<actor>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\)"
    )
)


def _told_parts(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits of a part told by a description and its actor in parentheses (`a deputy
    (Denzel Washington)`): in the work the story is about, with no part named. Not a person
    the parentheses name plainly, by a job or by kin (`the director (Ben Gale)`, `her
    husband (Tom Hale)`): the words before say who the real person is."""
    out: list[Credit] = []
    for m in _TOLD_PART.finditer(doc.masked, sentence.start, sentence.end):
        person = _person(registry, m["actor"], m.start("actor"))
        real = _REAL.search(doc.masked, m.start(), m.start("noun"))
        if person is not None and not _real_person_word(m["noun"]) and real is None:
            out.append(Credit(person.name, None, sentence, m.start("actor")))
    return out


#: People of real life a name in parentheses makes plain: `a friend (Tom Hale)`, `a source
#: (Ada Wren)`.
_COMPANY = re.compile(
    r"(?:friend|pal|colleague|fan|guest|source|insider|rep|representative|agent|publicist|"
    r"manager|lawyer|attorney|neighbou?r|"
    # the people of a real case, a contest or a crew: `a former employee (Ada Wren)`
    r"employee|staffer|contestant|winner|nominee|victim|survivor|plaintiff|defendant|"
    r"cinematographer|composer|editor|designer|choreographer|novelist|journalist|reporter|"
    r"critic|interviewer|moderator)s?"
)
#: Words that make the one described real: `the real-life detective (Bo Lind)`.
_REAL = re.compile(at_word(r"\b(?:real-life|real|actual|late)\s"))


def _real_person_word(noun: str) -> bool:
    """Tell whether the noun before a name in parentheses says who the real person is, by a
    job (`the director (Ben Gale)`), kin (`her husband (Tom Hale)`) or company (`a friend`)."""
    job = noun.removesuffix("s") in ROLE_NOUNS
    plain = _PLAIN_WORDS.fullmatch(noun) or re.fullmatch(_FAMILY, noun)
    return job or plain is not None or _COMPANY.fullmatch(noun) is not None


#: A pronoun's whole sentence of starring, the work left to the one before: "She also stars."
_ALSO_STARS = re.compile(
    r"\s+(?:also\s+)?(?:stars|starred|co-?stars|co-?starred)(?:\s+in\s+it)?\s*\."
)


def _work_next(registry: Registry, text: str, at: int) -> bool:
    """Tell whether a work is named right at ``at``: a quoted title, or one of several words
    the article names bare (`He also appeared in A Fish Called Wanda`; not `She appeared in
    Rome`, a place as often as a work); after "be seen in", one word too (`She will next be
    seen in Ittefaq`), as a place is not where one is seen next."""
    if _QUOTED_NEXT.match(text, at):
        return True
    start = at + len(text[at:]) - len(text[at:].lstrip())
    # past its maker's possessive or its kind: `in Wes Anderson's feature Asteroid City`
    kind = _KIND_BEFORE.match(text[start:])
    start += kind.end() if kind is not None else 0
    if kind is not None and _SCREEN_KIND.search(kind.group()) and _QUOTED_NEXT.match(text, start):
        return True  # `in Lancelot’s latest movie, ‘Gbege’` (not `the heavyweight drama, “X”`)
    lone = _SEEN_NEXT.search(text, 0, at) is not None
    return any(
        (lone or " " in title) and text.startswith(title, start) for title in registry.titles
    )


_SCREEN_KIND = re.compile(rf"\b(?:{_SCREEN_KINDS})\b")
#: A future sighting of someone in a work: `will next be seen in`, `will also be seen in`.
_SEEN_NEXT = re.compile(at_word(r"\bwill (?:next |also |soon )?be seen in\s*$"))


#: A role of someone's in a work, the work named right after: "his 2021 guest role on X".
_OWN_ROLE = re.compile(
    r"\b(?P<owner>his|her)\s+(?:\d{4}\s+)?(?:(?:guest|recurring|starring|breakout|"
    r"breakthrough|supporting|lead|leading|main|title|cameo|memorable|first|last|previous)\s+)?"
    r"role\s+(?:on|in)\s+|"
    # "Eguavoen has killed it again following her brilliant performance in ‘Gbege’"
    r"\b(?P<performer>his|her)\s+(?:[a-z]+\s+)?performance\s+in\s+"
)


def _named_just_before(
    doc: Document, registry: Registry, sentence: Sentence, at: int, person: Named
) -> bool:
    """Tell whether a person a pronoun stands for is the last one named before it in its
    sentence, or, with none there, is named in the sentence before: not someone further
    back (`Zendaya got her first entry from her role in 'Euphoria'` when the page's reader
    misses Zendaya), nor the subject past a nearer name (`Gladstone is competing against
    Dakota Fanning for her role in “Ripley”`)."""
    named = registry.in_range(sentence.start, at)
    if named:
        return named[-1].person is person
    start = doc.sentence_at(sentence.start - 1).start if sentence.start else sentence.start
    return any(x.person is person for x in registry.in_range(start, at))


def _by_reference(doc: Document, registry: Registry, sentence: Sentence) -> list[Credit]:
    """Credits whose actor is a pronoun ("she was cast as Ada"), a description of someone
    named before ("The actress, who played Ada"), or the sentence's subject ("Ana made her
    debut in 1963, playing a maid, Ada")."""
    masked = doc.masked
    out: list[Credit] = []
    for m in PRONOUN.finditer(masked, sentence.start, sentence.end):
        after = masked[m.end() : sentence.end]
        plays = _plays(after)
        # "She recently starred on “X”": the quoted work right after, with no part ("She
        # appeared in Rome" names a place).
        starred = _STARS_IN.match(after) if plays is None else None
        if starred is not None and not _work_next(registry, after, starred.end()):
            starred = None
        if starred and starred["board"] and not _boarded_work(doc, m.end() + starred.end()):
            starred = None
        # "Anna Kendrick's directorial debut “Woman of the Hour” ... She also stars.": in the
        # work just named
        also_stars = _ALSO_STARS.match(after) if plays is None and starred is None else None
        if plays is None and starred is None and also_stars is None:
            continue
        gender = "f" if m.group().lower() == "she" else "m"
        person = registry.resolve(m.start(), gender)
        if also_stars is not None:
            if person is not None:
                out.append(Credit(person.name, None, sentence, m.start()))
            continue
        if person is not None and plays is not None:
            role = _role(_part(plays))
            out.append(Credit(person.name, role, sentence, m.start(), alias=_alias(after)))
        elif person is not None:
            out.append(Credit(person.name, None, sentence, m.start(), work_after=True))
    # "The actress, who played Buffy Summers on Buffy", "The Oscar winner will play Jane":
    # a subject described, not named, whom the article named before.
    described = DESCRIPTION.match(masked, sentence.start)
    if described is not None:
        rest = masked[described.end() : sentence.end]
        plays = _plays(rest) or _plays(_skip_clause(rest))
        alum_of = _described_work(doc, described)
        # whom the description means, looked up only when it plays or was in a work
        person = (
            registry.refer(sentence.start, described.end())
            if plays is not None or alum_of is not None
            else None
        )
        if plays is not None and person is not None:
            out.append(Credit(person.name, _role(_part(plays)), sentence, sentence.start))
        if alum_of is not None and person is not None:
            out.append(Credit(person.name, None, sentence, sentence.start, known_for=alum_of))
    for m in _OWN_ROLE.finditer(masked, sentence.start, sentence.end):
        # "The role marks Freeman's return following his 2021 guest role on The Kominsky
        # Method": the pronoun's, in that work, when it stands for someone named just before
        if _work_next(registry, masked, m.end()):
            owner = m["owner"] or m["performer"]
            person = registry.resolve(m.start(), "f" if owner == "her" else "m")
            if person is not None and _named_just_before(
                doc, registry, sentence, m.start(), person
            ):
                out.append(Credit(person.name, None, sentence, m.start(), work_after=True))
    known_for = KNOWN_FOR_OPENING.match(masked, sentence.start, sentence.end)
    for m in _PLAYING.finditer(masked, sentence.start, sentence.end):
        if known_for is not None and m.start() < known_for.end():
            continue  # "Known for his role as Marco in X, Finan ...": the opening's credit
        subject = next(
            (
                x.person
                for x in registry.in_range(sentence.start, m.start())
                if not x.possessive and not x.aside
            ),
            None,
        ) or registry.refer(sentence.start, m.start())
        owner = _OWNER_WORD.search(m.group())
        if subject is None and owner is not None:
            # "this was all before her breakout role as Kashaf": whose role the "her" says
            subject = registry.resolve(m.start(), "f" if owner.group() == "her" else "m")
        quoted = m["quoted"] and doc.text[m.start("quoted") : m.end("quoted")]
        role = quoted or _role(m["role"])
        if subject is not None and role is not None:
            # "recognized for her role as Talisa on “Game of Thrones,” will play": the part's
            # work is the one right after it, inside the aside too
            out.append(Credit(subject.name, role, sentence, m.start("role"), work_after=True))
    return out


#: A subject told by a quoted work they acted in: `The “Parenthood” alum`.
_ALUM_OF = re.compile(
    r"[Tt]he\s+[“\"](?P<title>_+)[”\"]\s+(?:alum|alumna|alumnus|star|actor|actress|veteran)\b"
)


def _described_work(doc: Document, described: re.Match[str]) -> str | None:
    """The quoted work a described subject acted in (`The “Parenthood” alum has been cast`)."""
    m = _ALUM_OF.fullmatch(doc.masked, described.start(), described.end())
    return clean_title(doc.text[m.start("title") : m.end("title")]) if m else None


#: The possessive of a performance: `her breakout role as`.
_OWNER_WORD = re.compile(at_word(r"\b(?:her|his)\b"))
_OPENING_QUOTE = re.compile(r"\s*[“\"]")


def _plays_a_phrase(doc: Document, at: int, after: str, plays: re.Match[str]) -> bool:
    """Tell whether what is "played" is a quoted phrase in lower case (`will play “an integral
    part” of`), an idiom, not a part: the quote right after the verb opens in lower case."""
    if _part(plays) is not None or not doc.masked.startswith(after[: plays.end()], at):
        return False  # a part named, or an age taken out before the verb
    quote = _OPENING_QUOTE.match(doc.masked, at + plays.end())
    return quote is not None and doc.text[quote.end() : quote.end() + 1].islower()


def _part(match: re.Match[str]) -> str | None:
    """Return the part a casting match names, a person's name or an epithet."""
    return match["role"] or match.groupdict().get("epithet")


#: "as Emperors Dusk and Dawn", "as Agents Mulder and Scully": a rank made plural, shared by
#: the parts after it.
_PLURAL_RANK = re.compile(
    r"(?P<rank>Agent|Detective|Doctor|Emperor|Empress|King|Queen|Prince|Princess|Lord|Lady|"
    r"Captain|Officer|Sergeant|Uncle|Aunt|Sister|Brother|General|Professor|Judge|Inspector|"
    r"Commander|Admiral|Saint|Senator|Count|Countess|Duke|Duchess)(?:es|s) (?P<first>\S.*)"
)


def _split_roles(text: str) -> list[str]:
    """Split a list of parts, giving a plural rank to each part it heads."""
    roles = [
        r.strip()
        for r in re.split(r"\s*,(?!\s*(?:Jr|Sr)\.)\s*(?:and\s+)?|\s+and\s+", text)
        if r.strip()
    ]
    shared = _PLURAL_RANK.fullmatch(roles[0]) if len(roles) > 1 else None
    if shared is None or any(" " in r for r in roles[1:]):
        return roles
    return [f"{shared['rank']} {r}" for r in [shared["first"], *roles[1:]]]


def _role(text: str | None) -> str | None:
    """Tidy a role: drop a quoted nickname, refuse possessives ("Marlowe's") and a nation's
    word, which describes a part and names none (`her role as a fading Czechoslovak film
    star`)."""
    if text is None:
        return None
    role = " ".join(re.sub(r"[“\"]_+[”\"]", " ", text).split())
    refused = role.endswith(("’s", "'s", "’", "'")) or role in NATIONALITIES
    return None if not role or refused else role


def _touch(masked: str, roles: list[Item], head: Item) -> bool:
    """Tell whether a list of names ends right before "played by" and the name after it."""
    gap = masked[roles[-1].end : head.start]
    return _PASSIVE_PLAYED.fullmatch(gap) is not None


_DESCRIPTOR = re.compile(
    r"((?:[A-Z][\w’'-]*\s+|[a-z]+-[a-z]+\s+)?(?i:" + "|".join(sorted(ROLE_NOUNS)) + r"))\s+$"
)
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+([^,.;“\"]{3,80}?)(?=,|\.|;)")


def descriptions(doc: Document, registry: Registry) -> list[tuple[str, str, int]]:
    """Return (name, description, offset) for "Screenwriter Robin Schiff" and appositives."""
    out: list[tuple[str, str, int]] = []
    for mention in registry.mentions:
        if len(mention.person.name.split()) < 2 or mention.possessive:
            continue
        sentence = doc.sentence_at(mention.start)
        lead = _DESCRIPTOR.search(
            doc.masked, max(sentence.start, mention.start - 40), mention.start
        )
        if lead is not None:
            words = lead.group(1).split()
            if words[0] in ("The", "the", "A", "a", "An", "an", "And", "and"):
                words = words[1:]
            text = " ".join(words)
            if text and text.split()[-1].lower() in ROLE_NOUNS:
                out.append(
                    (
                        mention.person.name,
                        text[0].lower() + text[1:] if text.istitle() and len(words) == 1 else text,
                        mention.start,
                    )
                )
        appositive = _APPOSITIVE.match(doc.masked, mention.end, sentence.end)
        if appositive is not None and any(
            w.lower() in ROLE_NOUNS for w in appositive.group(1).split()
        ):
            out.append((mention.person.name, appositive.group(1).strip(), mention.start))
    return out
