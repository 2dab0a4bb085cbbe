"""Who the article names: full names, surnames and pronouns, each resolved to one person."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..facts.model import WEEKDAYS
from . import gender as gender_cues
from .characters import character_names
from .leads import at_word
from .lexicon import (
    ASIDE,
    FEMALE,
    INDUSTRIES,
    MALE,
    NAME,
    PRONOUN,
    clean_name,
    given_name,
    is_full_name,
    is_leading_word,
)
from .mentions import Mention, Named
from .native import native_titles
from .press import press_notes
from .text import Document, billed_cast
from .ties import DESCRIPTION, described, hint, ties

_ANY_PRONOUN = re.compile(at_word(r"\b(?:[Hh]e|[Ss]he|her|him)\b"))
#: How many sentences back a pronoun looks for its person before taking the last one named.
_LOOKBACK = 6
#: How many mentions back "the actress" or a lone surname looks for whom it means, far beyond
#: any story's reach, so that a page of names costs a bounded walk per reference.
_RECENT_REACH = 200
#: Where a sentence starts a new clause, whose subject may be someone else.
_NEW_CLAUSE = re.compile(
    r"[;:]|\b(?:and|but|while|though|although|as|because|so|when|after|before|since|if)\s+$"
)
#: An opening clause whose pronoun points forward: "Asked about it, she ..." is about the
#: person named right after the comma, not the one named before.
_OPENING_CLAUSE = re.compile(
    # ("In her second year of being nominated for her portrayal of Diana, Debicki took home")
    r"\s*(?:Asked|After|Before|When|While|Although|Though|Since|If|Because|Once|Despite|In)\b"
    r"[^,.;:]*$"
)

#: An award's noun after a run of capitals: `Golden Globe and Independent Spirit awards` names
#: a prize, no one.
_AWARD_AFTER = re.compile(
    r"\s+(?:[Aa]wards?|[Pp]rizes?|"
    # "the manager of the Dublin Provision centre": a place named for where it is
    r"(?:centre|center|hospital|school|college|university|council|hotel|church|airport|"
    r"stadium)\b)"
)
#: An ampersand after a run of capitals, which makes it a company's or a channel's name:
#: `Hallmark Movies & Mysteries`.
_AMPERSAND_AFTER = re.compile(r" & [A-Z]")
#: A year in brackets after a name, which dates a work, not a person: `Diamond Ring 1 and 2
#: (1998), Dry (2014)`.
_DATED_AFTER = re.compile(r"(?: \d{1,2}(?: and \d{1,2})?)? \((?:19|20)\d\d\)")
#: A weekday that ends a name set off by commas after what the person is, is a surname, as
#: Nigerian names have them (`Nollywood actress, Nkechi Blessing Sunday, is on set`); a day
#: after a name is when (`said Ada Wren Sunday`), and a list's `Super Bowl Sunday,` a day.
_WEEKDAY_SURNAME = re.compile(
    r"(?i:actress|actor|star|singer|rapper|comedian|presenter|director|producer), "
    rf"(?P<name>[A-Z][\w’'-]+ [A-Z][\w’'-]+ (?:{'|'.join(WEEKDAYS)}))(?=,)"
)
#: How far before a name the person word and comma of a weekday surname may begin.
_WEEKDAY_REACH = 12
#: What introduces a person's other name right before it: `a.k.a. Carmen Blanche Silvera`,
#: `Widely known as Iya Awero, Lanre Hassan has`.
_OTHER_NAME = re.compile(r"(?:\ba\.k\.a\.|\baka|\b[Kk]nown as|\bnée|\bborn)\s+$")
#: What a run of capitals after it is the name of, which no person is: `the controversial
#: issue of Direct Provision`, `the system of Universal Credit`.
_CONCEPT_OF = re.compile(
    r"\bthe (?:[a-z-]+ )?(?:issue|system|policy|topic|subject matter|concept|scheme|theme) of\s+$"
)

#: Kin a person is named as, right before their name: `son of the late Canadian icon Donald
#: Sutherland`, `the wife of Ben Gale`.
KIN_OF = re.compile(
    r"\b(?:son|daughter|brother|sister|wife|husband|father|mother|widow|widower|nephew|niece|"
    r"grandson|granddaughter|cousin) of (?:[\w-]+ ){0,4}$"
)
KIN_REACH = 60

#: A show named for its host: "The Drew Barrymore Show". The story may call the host by surname
#: alone ("added Barrymore") and give the full name only inside the show's title.
_HOSTED = re.compile(at_word(r"\bThe ((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+) Show\b"))
#: A name with a nickname quoted inside it: `Dewi “Pws” Morris`; the person is the name
#: around it.
_NICKNAMED = re.compile(
    r"(?<![\w’'-])(?P<first>[A-Z][a-z][\w’'-]*) [“\"]_+[”\"] (?P<last>[A-Z][a-z][\w’'-]*)"
    r"(?![\w’'-])"
)


def _first_and_last(name: str) -> str:
    """Return a name of three words or more as its first and last (`Dewi Gray Morris` as
    `Dewi Morris`); a shorter one as it is."""
    words = name.split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else name


def _lone(group: str) -> str:
    """A capitalised word as a named group, no capitalised word right after it."""
    return rf"(?<![\w’'-])(?P<{group}>[A-Z][a-z]{{2,}}[\w’'-]*)(?![\w’'-])(?! [A-Z])"


#: A star known by one name, told so by the noun before it (`actor Sivakarthikeyan`, `Actor
#: Suriya will play`) or by acting right after it (`Lyonne stars as`, `Lyonne - who also
#: starred in`).
_MONONYM = re.compile(
    # (Telugu and Tamil outlets bill the leads: "heroine Charmi")
    at_word(
        r"\b(?:[Aa]ctor|[Aa]ctress|(?:[Ss]uper|[Mm]ega|comedy )?star|[Ss]inger|[Rr]apper|"
        r"[Cc]omedian|"
        r"[Hh]ero|[Hh]eroine) "
        + _lone("name")
        + "|"
        + _lone("acts")
        + r"(?:,| [-–—])? (?:who (?:also )?)?(?:stars|starred|co-stars|co-starred|plays|played|"
        r"will (?:be )?(?:play|star|playing|starring)|is (?:playing|starring))\b"
    )
)
#: A star known by one name, listed with full names after a word of casting: `The series
#: stars Zendaya, Hunter Schafer`, `had featured actors Anna Ben and Lal in lead roles`.
_CAST_WORD = r"\b(?:stars|starring|featuring|actors|actresses) "
_FULL_NAME = r"[A-Z][a-z][\w’'-]* [A-Z][a-z][\w’'-]*"
_LISTED_MONONYM = re.compile(
    at_word(
        _CAST_WORD
        + _lone("first")
        + rf", {_FULL_NAME}\b|"
        + _CAST_WORD
        + rf"{_FULL_NAME}(?:, {_FULL_NAME})*,? and "
        + _lone("last")
        + r"(?= in\b|[,.])"
    )
)
#: The word right before a one-word name, which must not make it the end of a longer name or
#: title: a capitalised word or a title's small word (`Home And Away co-stars`, `Pride and
#: Prejudice stars`).
_WORD_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Z][\w’'-]*|and|of|&|the)\s+$")
#: A lead a South Indian outlet bills by one name: `the film’s hero Sunil and heroine Colors
#: Swathi`, a sentence's `Hero Nakulan and heroine Sunena attended`.
_BILLED_LEAD = re.compile(
    r"(?:\b(?:film|movie|show|series)[’']s (?:hero|heroine)|(?<![\w,] )\b(?:Hero|Heroine)|"
    r"(?<=\band )heroine) (?P<name>[A-Z][a-z]{2,}[\w’'-]*)(?![\w’'-])(?! [A-Z])"
)
#: How far before a one-word name the word before it is looked for.
_NAME_REACH = 40
#: How often a one-word name must be written for the page to be about someone known by it.
_MONONYM_USES = 2


def mononyms(masked: str) -> set[str]:
    """Return the names of stars a page calls by one name alone (`Sivakarthikeyan`, `Suriya`,
    `Lyonne` in a page that never gives her first name): a word standing alone, that the page
    writes at least twice, once right after an acting noun or right before a verb of acting;
    never a common word, a place, a company or a day."""
    out: set[str] = set()
    for m in _MONONYM.finditer(masked):
        # ("Megastar Chiranjeevi’s Prestigious 150th film": his name, in the possessive)
        name = re.sub(r"[’']s$", "", m["name"] or m["acts"])
        if is_leading_word(name) or given_name(name) or name in out or name in INDUSTRIES:
            continue  # ("Netflix stars", "Nollywood stars")
        if PRONOUN.fullmatch(name):
            continue  # ("She stars as")
        acts = m.start("acts")
        if m["acts"] and _WORD_BEFORE.search(masked, max(0, acts - _NAME_REACH), acts):
            continue  # a longer name's or title's last word
        if len(re.findall(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", masked)) >= _MONONYM_USES:
            out.add(name)
    for m in _BILLED_LEAD.finditer(masked):
        if not is_leading_word(m["name"]):
            out.add(m["name"])  # "the film’s hero Sunil": billed, once is enough
    for m in _LISTED_MONONYM.finditer(masked):
        name = m["first"] or m["last"]
        # a given name may stand alone ("Zendaya") where the page never writes it with more
        longer = re.search(rf"(?<![\w’'-]){re.escape(name)} [A-Z]", masked) is not None
        if not (is_leading_word(name) or longer or name in INDUSTRIES):
            out.add(name)
    return out


def _in_prose(doc: Document, at: int) -> bool:
    """Tell whether the paragraph at ``at`` is prose, most of its words in lower case (`Shah
    Rukh Khan has finally started`), not a title-case headline whose capitals run on from a
    name (`Report: Kristen Stewart Sacked from "Snow White" Sequel`)."""
    start, end = doc.paragraphs[doc.sentence_at(at).para]
    words = doc.masked[start:end].split()
    return 2 * sum(word[:1].isupper() for word in words) < len(words)


#: A street a title ends on: `Christmas on Cherry Lane`.
_ON_STREET = re.compile(r" on (?P<street>[A-Z]\w+ (?:Lane|Street|Road|Avenue|Drive|Hill))$")


class Registry:
    """Every person of one article and every mention of them, in reading order."""

    def __init__(self, doc: Document, titles: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.people: list[Named] = []
        self.mentions: list[Mention] = []
        #: Names the narration gives to parts ("plays Ada Cole"): never people.
        #: and titles of works written without quote marks ("Better Call Saul"), with their
        #: subtitles ("Warrior Princess" of "Xena: Warrior Princess").
        subtitles = {t.split(": ", 1)[1] for t in titles if ": " in t}
        # "in A Quiet Place, Ada Wren has": the title with its article left off is no person.
        bare = {t.split(" ", 1)[1] for t in titles if t.startswith(("A ", "An ", "The "))}
        # "The Sword of Ali Baba", "Christmas on Cherry Lane": the name a title ends with
        # after its "of", or a street's after its "on", is its own (not "Focus on Tom Jones").
        owned = {t.rsplit(" of ", 1)[1] for t in titles if " of " in t}
        owned |= {m["street"] for t in titles if (m := _ON_STREET.search(t))}
        # "RuPaul’s Drag Race star Ada Wren": what a title names after its owner is its own
        owned |= {re.split(r"[’']s ", t, maxsplit=1)[1] for t in titles if re.search(r"[’']s ", t)}
        #: The names a box of credits bills as the cast (`Cast: Vishal, Prasanna and others`):
        #: people, one-word names too, whatever a sentence seems to make them ("In the role of
        #: a private detective, Vishal looks new").
        self.billed = frozenset(
            name for start, end in doc.paragraphs for name in billed_cast(doc.masked, start, end)
        )
        self.characters = (character_names(doc) - self.billed) | titles | subtitles | bare | owned
        # "King Lear (The Old Vic)" in a list of credits: a venue, no one
        self.characters |= press_notes(doc.masked)
        #: Every run shaped like a name, read once for the three passes below.
        self._names = list(NAME.finditer(doc.masked))
        # "Diamond Ring 1 and 2 (1998)": a work's year, no one's
        self.characters |= {
            clean_name(m.group())[0] for m in self._names if _DATED_AFTER.match(doc.masked, m.end())
        }
        # "Unauthorized Living (Vivir sin Permiso)" over a paragraph about the series: its own
        # title
        self.characters |= native_titles(doc)
        #: The titles alone: "Ana Lee (Booksmart)" names a work, "Ana Lee (Saxon)" a part.
        self.titles = titles
        #: The words each title or its subtitle starts with, to its last but one: "John Wick:",
        #: "Kevin Can" and "Breaking Dawn" (of "The Twilight Saga: Breaking Dawn - Part 1") are
        #: heads of titles, no people.
        self.title_heads = {
            " ".join(words[:n])
            for title in titles
            for words in (part.split(" ") for part in {title, title.partition(": ")[2]})
            for n in range(1, len(words))
        }
        self._by_name: dict[str, Named] = {}
        #: People by the last and by the first word of their names, for a lone name's lookup.
        self._by_word: tuple[dict[str, list[Named]], dict[str, list[Named]]] = ({}, {})
        #: Where each mention starts, in reading order, to find the mentions of a range.
        self._mention_starts: list[int] = []
        #: Per lone word, where the page first called each person by it alone (by ``id``).
        self._first_alone: dict[str, dict[int, int]] = {}
        self._starts = [s.start for s in doc.sentences]
        #: Per sentence, the people its names and its already-resolved pronouns stand for.
        self._refs: list[list[tuple[int, Named]]] = [[] for _ in doc.sentences]
        #: Where the refs above come from a pronoun rather than a name.
        self._pronoun_at: set[int] = set()
        self._collect()

    def _add(self, name: str) -> None:
        """Add a person the names' pass does not find: a show's host, a name around a
        quoted nickname."""
        if is_full_name(name) and name not in self._by_name and name not in self.characters:
            self._by_name[name] = Named(name)
            self.people.append(self._by_name[name])

    def _collect(self) -> None:
        masked = self.doc.masked
        nicknamed = list(
            dict.fromkeys(f"{m['first']} {m['last']}" for m in _NICKNAMED.finditer(masked))
        )
        for name in nicknamed:
            self._add(name)
        #: The names of three words or more that a paragraph of prose writes.
        in_prose: set[str] = set()
        for match in self._names:
            name, possessive, _ = clean_name(match.group())
            # "The Long Goodbye" is a title even with its article left off; "John Wick" is
            # the head of "John Wick: Chapter 4".
            titled = (
                name in self.characters
                or match.group() in self.characters
                or name in self.title_heads
                or f"{name}:" in self.title_heads
            )
            # "Carmen Silvera ... a.k.a. Carmen Blanche Silvera": her other name, no one new
            # (not "the issue of Ada Wren's pay": hers)
            other_name = _OTHER_NAME.search(
                masked, max(0, match.start() - 16), match.start()
            ) is not None or (
                not possessive
                and _CONCEPT_OF.search(masked, max(0, match.start() - 40), match.start())
                is not None
            )
            award = (
                _AWARD_AFTER.match(masked, match.end())
                or _AMPERSAND_AFTER.match(masked, match.end())
            ) is not None
            taken = name in self._by_name or titled or other_name or award
            day = (
                _WEEKDAY_SURNAME.search(
                    masked, max(0, match.start() - _WEEKDAY_REACH), match.end() + 1
                )
                if name.rsplit(" ", 1)[-1] in WEEKDAYS
                else None
            )
            surname_day = day is not None and day.span("name") == match.span()
            if (is_full_name(name) or surname_day) and not taken:
                # "Dewi “Pws” Morris ... Dewi Gray Morris took on the name": the person named
                # before by a nickname, by a fuller name (not "Sarah Parker ... Sarah Jessica
                # Parker": two people, maybe)
                shorter = self._by_name.get(_first_and_last(name))
                shorter = shorter if shorter is not None and shorter.name in nicknamed else None
                person = shorter or Named(name)
                self._by_name[name] = person
                if shorter is None:
                    self.people.append(person)
            if len(name.split()) >= 3 and _in_prose(self.doc, match.start()):
                in_prose.add(name)
        for match in _HOSTED.finditer(self.doc.text):
            self._add(match.group(1))
        # a one-word name that is a word of a full name is that person's, found by lookup
        name_words = {word for name in self._by_name for word in name.split()}
        for name in sorted(self.billed | mononyms(masked)):
            if name not in self._by_name and name not in self.characters | name_words:
                self._by_name[name] = Named(name)
                self.people.append(self._by_name[name])
        self._heads_of_longer(in_prose)
        for person in self.people:
            words = person.name.split()
            self._by_word[0].setdefault(words[-1], []).append(person)
            self._by_word[1].setdefault(words[0], []).append(person)
            if "-" in words[-1]:
                # "Kim Min-kyu ... Minkyu will portray": a given name written as one word
                joined = words[-1].replace("-", "").capitalize()
                self._by_word[0].setdefault(joined, []).append(person)
        #: The people (by ``id``) first named as someone's kin, whom a shared surname is not.
        self._kin: set[int] = self._named_as_kin()
        asides = [(m.start(), m.end()) for m in ASIDE.finditer(masked)]
        aside_starts = [a for a, _ in asides]
        for match in self._names:
            name, possessive, _ = clean_name(match.group())
            known = self.lookup(name, match.start()) if name else None
            if known is not None:
                start = match.start() + match.group().find(name)
                # Asides do not overlap, so only the last one opened before the name can hold it.
                last = bisect.bisect_right(aside_starts, start) - 1
                aside = last >= 0 and start < asides[last][1]
                self.mentions.append(Mention(start, start + len(name), known, possessive, aside))
                self._mention_starts.append(start)
                if " " not in name:
                    self._first_alone.setdefault(name, {}).setdefault(id(known), start)
        strong = gender_cues.cues(self.doc, self.mentions)
        for person in self.people:
            person.gender = strong.get(person.name)
        for mention in self.mentions:
            if not mention.possessive and not mention.aside:
                self._refs[self._index(mention.start)].append((mention.start, mention.person))
        self._ties = ties(self.doc, self.mentions)
        for d in DESCRIPTION.finditer(masked):
            tied = described(self._ties, d, d.start())
            if tied is None and d["noun"] in _ACTING_NOUNS:
                # "Director Ann Lee is behind the camera and alumni, including Ben Gale, take on
                # leading roles. For the popular Dublin actor, ...": the last one named who
                # fits, where no name was tied to the noun
                tied = self.recent(d.start(), _hint(d["noun"]), actors_only=True)
            if tied is not None:
                bisect.insort(self._refs[self._index(d.start())], (d.start(), tied), key=_first)
        # Then each pronoun in turn, so a later one can lean on an earlier one's person; the
        # pronoun sets the gender only of people the strong cues say nothing about. An object
        # ("called her") is never the subject of its own clause, so it skips that subject.
        for m in _ANY_PRONOUN.finditer(masked):
            word = m.group().lower()
            said = "f" if word in ("she", "her") else "m"
            index = self._index(m.start())
            if word in ("he", "she"):
                # A pronoun teaches a gender only when nobody nearby is already known to fit.
                known = self._known_nearby(m.start(), said)
                target = known or self.resolve(m.start(), said)
                if known is None and target is not None and target.gender is None:
                    target.gender = said if target.name not in strong else target.gender
            elif word == "him" or gender_cues.is_object(masked, _word_before(masked, m), m.end()):
                refs = [r for r in self._refs[index] if r[0] < m.start()]
                target = self.resolve(m.start(), said, refs[0][1] if refs else None)
            else:
                continue
            if target is not None:
                bisect.insort(self._refs[index], (m.start(), target), key=_first)
                self._pronoun_at.add(m.start())
        for d in DESCRIPTION.finditer(masked):
            noun = _hint(hint(d))
            target = described(self._ties, d, d.start()) or self.recent(d.start(), noun)
            if target is not None and noun is not None and target.gender is None:
                target.gender = noun

    def _named_as_kin(self) -> set[int]:
        """Return (by ``id``) the people first named in full as someone's kin: `son of the late
        Donald Sutherland`."""
        first: dict[int, int] = {}
        for match in self._names:
            person = self._by_name.get(clean_name(match.group())[0])
            if person is not None:
                first.setdefault(id(person), match.start())
        masked = self.doc.masked
        return {
            person
            for person, start in first.items()
            if KIN_OF.search(masked, max(0, start - KIN_REACH), start)
        }

    def _index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def _heads_of_longer(self, in_prose: set[str]) -> None:
        """Make a two-word name that opens one longer name stand for that person: "Shah Rukh"
        after "Shah Rukh Khan" is him, as a surname alone would be; only a longer name the
        prose writes (`Shah Rukh Khan has`), not one a title-case headline ran on to
        (`Kristen Stewart Sacked from`)."""
        heads: dict[str, list[Named]] = {}
        for person in self.people:
            words = person.name.split()
            if len(words) >= 3 and person.name in in_prose:
                heads.setdefault(" ".join(words[:2]), []).append(person)
        for person in list(self.people):
            longer = heads.get(person.name, [])
            if len(longer) == 1:
                self.people.remove(person)
                self._by_name[person.name] = longer[0]

    def lookup(self, name: str, before: int | None = None) -> Named | None:
        """Return the person a name or a lone surname or first name stands for."""
        if name in self._by_name:
            return self._by_name[name]
        words = name.split()
        if len(words) != 1:
            return None
        candidates = self._by_word[0].get(name) or self._by_word[1].get(name)
        if not candidates:
            return None
        if len(candidates) > 1:
            # "actor Rossif Sutherland — son of the late Donald Sutherland ... says
            # Sutherland": the one the story is about, not the kin it names them by
            candidates = [c for c in candidates if id(c) not in self._kin] or candidates
        if before is not None and len(candidates) > 1:
            # "24-year-old Luke ... Luke Hemsworth made brief appearances ... Luke told the
            # publication": the one the page has called by the lone name before
            alone = self._first_alone.get(name, {})
            called = [c for c in candidates if alone.get(id(c), before) < before]
            if len(called) == 1:
                return called[0]
            last = bisect.bisect_left(self._mention_starts, before) - 1
            for n in range(last, max(-1, last - _RECENT_REACH), -1):
                if self.mentions[n].person in candidates:
                    return self.mentions[n].person
        return candidates[0]

    def recent(
        self, before: int, gender: str | None = None, actors_only: bool = False
    ) -> Named | None:
        """Return the last person named before ``before`` who fits ``gender``; one named only
        in the possessive when no one else was (`Uzo Aduba's winning streak is not over. The
        star ...`). ``actors_only`` passes over a name a verb of playing takes, a part's
        (`Freeman is set to play Secretary of State Edwin Mullins`), and one a job that is no
        actor's opens (`reporter Ben Gale`)."""
        last = bisect.bisect_left(self._mention_starts, before) - 1
        owner: Named | None = None
        masked = self.doc.masked
        for n in range(last, max(-1, last - _RECENT_REACH), -1):
            mention = self.mentions[n]
            fits = gender is None or mention.person.gender in (None, gender)
            if actors_only and (
                _PLAYED_BEFORE.search(masked, max(0, mention.start - _PLAYED_REACH), mention.start)
                or _JOB_BEFORE.search(masked, max(0, mention.start - _JOB_REACH), mention.start)
            ):
                continue
            if mention.possessive and fits and not mention.aside:
                owner = owner or mention.person
            if mention.possessive or mention.aside:
                continue
            if fits:
                return mention.person
        return owner

    def resolve(self, at: int, gender: str | None, exclude: Named | None = None) -> Named | None:
        """Return who a pronoun at ``at`` stands for.

        A reader takes the subject of the sentence, else the nearest fitting person in it, then
        does the same with each sentence before; the last person named is only the fallback,
        because "Ana laughed. 'Yes,' she said" is about Ana even after another name intervenes.
        """

        def fits(person: Named) -> bool:
            return person is not exclude and (gender is None or person.gender in (None, gender))

        index = self._index(at)
        ahead = self._forward(at, index, fits)
        if ahead is not None:
            return ahead
        for n in range(index, max(-1, index - _LOOKBACK), -1):
            refs = self._refs[n] if n != index else [r for r in self._refs[n] if r[0] < at]
            found = _pick(refs, self._pronoun_at, gender, fits)
            if found is not None:
                return found
        return self.recent(at, gender)

    def _known_nearby(self, at: int, gender: str) -> Named | None:
        """Return the person known to be ``gender`` in the nearest sentence that names anyone
        who could be: "Ana laughed. 'No,' she said" stays open for Ana even when a woman is
        named further back."""
        index = self._index(at)
        for n in range(index, max(-1, index - _LOOKBACK), -1):
            refs = self._refs[n] if n != index else [r for r in self._refs[n] if r[0] < at]
            fitting = [p for _, p in reversed(refs) if p.gender in (None, gender)]
            # the subject first, as a reader keeps to it: "He owes it to Tom Reed. When
            # asked, he said" is still about the first "he"
            subject = refs[0][1] if refs else None
            known = subject if subject is not None and subject.gender == gender else None
            known = known or next((p for p in fitting if p.gender == gender), None)
            if known is not None or (fitting and (n != index or self._one_clause(refs[0][0], at))):
                return known
        return None

    def _one_clause(self, start: int, end: int) -> bool:
        """Tell whether no new clause ("…, and he") opens between a subject and a pronoun."""
        return _NEW_CLAUSE.search(self.doc.masked[start:end]) is None

    def _forward(self, at: int, index: int, fits: Callable[[Named], bool]) -> Named | None:
        """Resolve "Asked about it, she ..." to the person named right after the comma."""
        sentence = self.doc.sentences[index]
        if not _OPENING_CLAUSE.match(self.doc.masked[sentence.start : at]):
            return None
        comma = self.doc.masked.find(",", at, sentence.end)
        if comma < 0:
            return None
        for start, person in self._refs[index]:
            if comma < start <= comma + 3 and fits(person):
                return person
        return None

    def in_range(self, start: int, end: int) -> list[Mention]:
        """Return the mentions inside ``start:end``."""
        first = bisect.bisect_left(self._mention_starts, start)
        return self.mentions[first : bisect.bisect_left(self._mention_starts, end, first)]

    def refer(self, start: int, end: int) -> Named | None:
        """Resolve the referring expression (name, pronoun, "the actress") nearest ``end``."""
        piece = self.doc.masked[start:end]
        options: list[tuple[int, Named | None]] = []
        aside = [(start + m.start(), start + m.end()) for m in ASIDE.finditer(piece)]
        named = [
            m
            for m in self.in_range(start, end)
            if not m.possessive and not any(a <= m.start < b for a, b in aside)
        ]
        if named:
            options.append((named[-1].start, named[-1].person))
        pronouns = list(PRONOUN.finditer(piece))
        if pronouns:
            last = pronouns[-1]
            gender = "f" if last.group().lower() == "she" else "m"
            options.append((start + last.start(), self.resolve(start + last.start(), gender)))
        descriptions = list(DESCRIPTION.finditer(piece))
        if descriptions:
            last_d, at = descriptions[-1], start + descriptions[-1].start()
            tied = described(self._ties, last_d, at)
            options.append((at, tied or self.resolve(at, _hint(hint(last_d)))))
        found = [(pos, person) for pos, person in options if person is not None]
        return max(found, key=lambda item: item[0])[1] if found else None


def _pick(
    refs: list[tuple[int, Named]],
    pronoun_at: set[int],
    gender: str | None,
    fits: Callable[[Named], bool],
) -> Named | None:
    """Choose among the people of one sentence, as centering theory would.

    First the subject when it is known to fit; then someone the sentence itself calls by a
    pronoun (the person the text keeps talking about: "Ivo once called her ..."); then the
    subject of unknown gender; then the nearest known fit; then the nearest unknown one.
    """
    if not refs:
        return None

    def known(person: Named) -> bool:
        return fits(person) and gender is not None and person.gender == gender

    subject = refs[0][1]
    if known(subject):
        return subject
    by_pronoun = [p for at, p in reversed(refs) if at in pronoun_at and known(p)]
    if by_pronoun:
        return by_pronoun[0]
    if fits(subject):
        return subject
    people = [p for _, p in reversed(refs)]
    return next((p for p in people if known(p)), None) or next((p for p in people if fits(p)), None)


def _word_before(masked: str, m: re.Match[str]) -> str:
    words = masked[max(0, m.start() - 20) : m.start()].split()
    return words[-1] if words else ""


def _first(ref: tuple[int, Named]) -> int:
    return ref[0]


#: A verb of playing in the clause before a name: the name is a part's.
_PLAYED_BEFORE = re.compile(
    # (an initial's stop is no sentence's end: "play the U.S. Secretary of State Edwin Mullins")
    r"\b(?:play|plays|played|playing|portray|portrays|portrayed)\b(?:[^.;,]|(?<=[A-Z])\.)*$"
)
_PLAYED_REACH = 60
#: A job that is no actor's right before a name: `reporter Ben Gale`, `director Ann Lee`.
_JOB_BEFORE = re.compile(
    r"\b(?:reporter|journalist|director|producer|writer|presenter|host|critic|editor|"
    r"spokesperson|spokeswoman|spokesman|manager|executive)\s+$"
)
_JOB_REACH = 16
#: Descriptions of one who acts, which stand for the last one named when no name was tied to
#: them.
_ACTING_NOUNS = frozenset({"actor", "actress", "star"})


def _hint(noun: str | None) -> str | None:
    """Return the gender a noun like "actress" gives, if any."""
    return "f" if noun in FEMALE else "m" if noun in MALE else None
