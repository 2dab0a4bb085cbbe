"""Which quoted spans are speech, which are titles, and who said each quote."""

from __future__ import annotations

import bisect
import re
from typing import Literal

from .leads import at_word
from .lexicon import (
    NAME,
    PRONOUN,
    ROLE_NOUNS,
    THE_ORG_WORDS,
    WORK_KINDS,
    clean_name,
    is_full_name,
    is_leading_word,
    publications,
)
from .mentions import Named
from .people import Registry
from .text import Document, Sentence, Span
from .ties import DESCRIPTION

Kind = Literal["quote", "title", "scare"]
#: The small words a title keeps in lower case, Filipino and Urdu ones too: `Bilangin ang Bituin
#: sa Langit`, `Inteha e Ishq`.
_SMALL = frozenset(
    "a an the and or of in on at to for with from by but nor as de la vs ang sa ng mga e".split()
)
#: A small word a title keeps only between two capitalised words, romanised Japanese's
#: `Watashi no Monogatari` (not the answer `Yes or no`).
_SMALL_BETWEEN = frozenset({"no"})
_VERBS = (
    "said says say added adds told tells telling explained explains continued continues "
    "recalled recalls noted notes wrote writes joked jokes quipped teased teases admitted "
    "admits emphasized emphasised insisted insists revealed reveals shared shares stated "
    "confirmed confirms laughed reflected declared argued agreed acknowledged asked asks replied "
    "posted tweeted remembered gushed raved warned predicted promised hinted conceded urged "
    "saying adding explaining recalling noting writing joking announced announces described "
    "describes recounted admitted answered responded wondered mused previewed previews "
    "enthused enthuses boasted cautioned lamented confessed confesses interjected interjects "
    "chimed captioned captions tweeting posting "
    # the present tense of a story told now: `," warns Gale.`
    "warns quips muses gushes concedes cautions laments boasts predicts stresses stressed "
    "emphasizes emphasises acknowledges declares recounts replies informs informed suggested "
    "reflects "
    # what a post says, as Indian English has it: `," he penned on Instagram.`
    "penned"
)
#: "claimed" is speech before what was claimed ("claimed that", "claimed this is", `," he
#: claimed.`), not before a prize or a title won: "claimed the Oscar for ...".
_CLAIMED = (
    r"claim(?:ed|s)(?=\s*[,.:;]|\s+(?:that|it|he|she|they|we|I|there)\b|"
    # "claimed this is", not "claimed this year's prize for “...”"
    r"\s+this\b(?!\s+[\w-]+['’]s\b|\s+(?:year|season|prize|award|title|trophy|honou?r)\b))"
)
#: "offered" is speech only right before its words: `Ada offered, "..."`, `," Ada offered.`
_OFFERED = r"offer(?:ed|s)(?=\s*[,.:])"
#: A text that tells what a work is about, not what a person says: `," the logline reads`,
#: `," reads the tagline`.
_BLURBS = ("logline", "synopsis", "plot line", "blurb", "tagline", "description")
#: What a written statement says: `," Bell's statement read`, `her post reads:`, and a blurb
#: named after its verb: `," reads the official tagline`.
_WRITINGS = ("statement", "post", "caption", "letter", "message", *_BLURBS)
_READ = (
    "(?:(?:"
    + "|".join(f"(?<={t} )" for t in _WRITINGS)
    + r")reads?|reads?(?=\s+(?:the|its)\s+(?:[a-z]+\s+)?(?:"
    + "|".join(_BLURBS)
    + r")\b))"
)
#: "followed up with" is speech only right before its words: `Ada followed that up with,
#: "..."`, not "followed up with a second season".
_FOLLOWED = r"follow(?:ed|s) (?:(?:that|it|this) )?up(?: with)?(?=\s*[,:])"
#: "pointed out that": `, with Ada pointing out that it is “the most boring stuff”`.
_POINTED = r"point(?:ed|s|ing) out"
#: "As Ada put it, “...”", `“...,” as Ada put it.`, "as Ada put it during the panel:" only
#: right before or after the words; "put it in a drawer" is none.
_PUT_IT = (
    r"put it(?=\s*[.,:]|\s+(?:best|simply|bluntly|plainly|succinctly|this way)\b|"
    r"\s+(?:during|at|on|in)\s+(?:the|a|an|his|her|their)\s+(?:panel|interview|premiere|event|"
    r"statement|video|post|podcast|session|chat|conversation)\s*[,:])"
)
#: Where a speech starts or ends, right before its words or after them: `," Aduba began.`, `the
#: actress concluded with, "...`; not "began filming" nor "concluded the deal".
_BEGAN = r"(?:began|begins|concluded|concludes)(?: with)?(?=\s*[.,:])"
#: A verb of speech stressed with "does": `Ada does promise that “...”`.
_STRESSED = r"(?:(?<=does )|(?<=did ))(?:promise|say|admit|insist|warn|tease|hint)"
#: Words given as what someone wrote or said, right before them: `he wished her with the
#: words, “Loulajan’s Naicy.”`.
_WITH_WORDS = r"with the words(?=\s*[,:])"
#: The verbs of speech as one regex alternation, for rules that look for "X said".
SPEECH_VERBS = "|".join(
    [
        *_VERBS.split(),
        _CLAIMED,
        _OFFERED,
        _FOLLOWED,
        _READ,
        _POINTED,
        _PUT_IT,
        _BEGAN,
        _STRESSED,
        _WITH_WORDS,
    ]
)
#: `," the voice promises.` is speech, but "Night Harbor promises more twists" is a show's,
#: so "promises" tells no name before it a person's (SPEECH_VERBS leaves it out).
SPEECH = re.compile(r"\b(?:" + SPEECH_VERBS + r"|promises)\b")
_ACCORDING = re.compile(at_word(r"\b[Aa]ccording to\b"))
#: Verbs that announce the talk a quote paragraph then gives: "she opened up about it."
_TALKED = re.compile(
    at_word(
        r"\b(?:talked|talks|spoke|speaks|opened up|opens up|reflected|reflects|discussed|"
        r"discusses|weighed in|weighs in|dished|dishes|gushed|gushes|"
        # "He appealed to aspiring artists to be patient", then his words on their own (not
        # "was advised by doctors", "appealed against his conviction")
        r"(?:appealed|appeals|urged|urges|advised|advises)(?! (?:against|the|a|an|by)\b))\b"
    )
)
#: A clause or phrase that opens a sentence before its subject: `When asked how he plays it, `,
#: `In an interview with Variety, `, `Asked about the finale, `.
_OPENING_PHRASE = re.compile(
    r"(?:(?:When|While|After|Asked|Speaking|Talking|In|On|During|Reflecting|Looking)\b"
    r"[^,:;.]{0,120},\s+)?"
)
#: Words after "told" or "telling" naming the outlet rather than the speaker.
_OUTLET = re.compile(
    at_word(
        r"\b(?:told|telling|tells|in an interview with|speaking to|speaking with|said to|to)\s+"
        r"((?:The\s+)?[A-Z][\w.!’'&-]*(?:\s+[A-Z][\w.!’'&-]*)*)"
    )
)
_KIND_WORDS = (
    WORK_KINDS + r"|docuseries|play|special|album|song|feature|revival|saga|epic|romance|"
    r"western|anthology|(?:directorial|acting) debut"
)
# "adaptation of “Cinderella”"
#: (a book's series is none: "the graphic novel series 'Username'")
_KIND_BEFORE = re.compile(
    r"(?<!novel )(?<!book )(?<!comic )\b(" + _KIND_WORDS + r")(?:\s+of)?,?\s*[“\"]?$"
)
_KIND_WORD = re.compile(at_word(r"\b(?:" + _KIND_WORDS + r")\b"))
#: A project known by a name, which is its title: `The production, known as “Harbor Lights,”`.
_PROJECT = re.compile(at_word(r"\b(?:production|project|pic|flick|programme|program|title)s?\b"))
#: A lowercase word right after a closing mark: `“Harbor Lights” heartthrob`.
_ATTRIBUTIVE = re.compile(r"\s+[a-z]")
#: A nickname put in quotes: `a serial killer known as “The Surgeon,”`, `—alias “The Surgeon”`.
_NICKNAME = re.compile(at_word(r"\b(?:known as|nicknamed|alias|a\.k\.a\.|aka)\W*$"))
#: A word of a speaker's name or a word for them, between a quote and its verb: `, Kudrow
#: said`, `, he said`, `, the 41-year-old added`.
_SPEAKER_WORD = r"[A-Z][\w’'.-]*|he|she|the\s+[a-z0-9][\w-]*"
#: What may stand between a quote and its verb for the verb to claim it: `, Kudrow said`,
#: `, the 41-year-old added`, `, Wren jokingly said`, `, the British actress said`,
#: `, executive producer Ben Gale said`.
_TIGHT = re.compile(
    rf"\s*,?\s*(?:(?:{_SPEAKER_WORD}|[a-z]+ly|" + "|".join(sorted(ROLE_NOUNS)) + r")\s+){0,4}"
    r"(?:(?:" + DESCRIPTION.pattern + r")\s+(?:[a-z]+ly\s+)?)?"
)
#: What may stand between a quote like a title and its verb for the verb to claim it as
#: words said: `," Kudrow said`; not a job or a description before the verb, which leave a
#: title named in a clause of its own: `Gale's new show is “Night Owl,” producer Tom Reed
#: confirmed`.
_TIGHT_TITLE = re.compile(rf"\s*,?\s*(?:(?:{_SPEAKER_WORD})\s+){{0,3}}")
#: A capitalised subject between a quote and its verb: `," Blumhouse tweeted`.
_NAMED_GAP = re.compile(r"\s*,?\s*(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}\s*")
#: A quote run into the narration as what someone called someone or something: `once called
#: her "the best"`, `called the shoot "exhausting"`.
_PARTIAL = re.compile(
    at_word(
        r"\b(?:called|calls|calling|dubbed|dubs|dubbing|described|describes|describing|labeled|"
        r"labelled|branded|hailed|named)"
        r"\s+(?:(?:her|him|them|it|me|us|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|"
        # "called the experience “...”", "described his co-star as “...”", "with Lyonne calling
        # the follow-up season the “...”"
        r"(?:the|this|that|his|her|their|its|my)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+)?(?:as\s+|the\s+)?$"
    )
)
#: A quote run into the narration as what a person named right before has: `Chris Lee has
#: “big plans to evolve the show”` gives the words of that person's own statement.
_HAS = re.compile(r"\s(?:has|had)\s+$")
#: What tells that the words after "X has" are another's about X: `Ben Gale said Ada Wren has
#: “...”`, `In Ben Gale's words, Ada Wren has “...”`.
_OTHERS_WORDS = re.compile(r"['’]s?\s+(?:own\s+)?words\b|\b(?:thinks?|believes?|agrees?)\b")
#: "having been described as", "she is called", "a character described as": the words are
#: someone else's about them.
_PASSIVE = re.compile(
    at_word(
        r"\b(?:is|was|are|were|be|been|being|character|role|part|figure|man|woman|guy|girl|boy|"
        r"teen)\s+(?:[a-z]+ly\s+)?(?:described|called|dubbed|"
        r"labeled|labelled|branded|hailed|named)\s+(?:as\s+)?(?:having\s+(?:a|an|the)?\s*)?$"
    )
)
#: A quote set after a name as what it is, with no one said to say it: `as character Bon
#: Clay, a “theatrical assassin who turns combat into art.”` (a press release's words, its
#: speaker unnamed).
_SET_AFTER_NAME = re.compile(r"[A-Z][\w’'.-]*(?:,|\s[—–])\s+(?:a|an)\s+$")
#: How far before a quote set after a name a verb of speech would give it a speaker.
_CLAUSE_REACH = 80
#: "she is described as having a “vibrant optimism” and skills including “mixing ...”": every
#: quote the description goes on to list is someone's words about her, not hers.
_DESCRIBED_AS = re.compile(
    at_word(
        r"\b(?:is|was|are|were|been|being)\s+(?:[a-z]+ly\s+)?(?:described|called|dubbed|labeled|"
        r"labelled|branded|hailed)\s+as\b"
    )
)
#: A company's or an outlet's name as a speaker: `," CBS said in a statement`, `," notes
#: Deadline`, `In a statement, HBO said:`.
_ORGANISATION = re.compile(
    r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w.&+!’'-]*(?:\s+[A-Z][\w.&+!’'-]*){0,3})"
)
#: Words that make a name a company's: `Warner Bros. Television`, `Netflix`.
_COMPANY_WORDS = frozenset(
    """Studios Studio Pictures Entertainment Network Television TV Films Productions Media
    Records Netflix Hulu Disney Disney+ Amazon Apple Peacock Showtime Starz Freeform
    Paramount Paramount+ Max Lionsgate Blumhouse Marvel Lucasfilm Pixar DreamWorks""".split()
)
#: Company words that are first names too ("Max says"): a company's only in a longer name
#: (`HBO Max`, `Apple TV+`).
_FIRST_NAME_COMPANIES = frozenset("Max Apple".split())
#: Where an event took place, right before the quoted name of the place.
_VENUE_BEFORE = re.compile(
    at_word(r"\b(?:held|hosted|staged|took place) (?:at|in) (?:the )?[‘'“\"]$")
)
#: A thing of a story's world named right after what it is: `to steal a local deity, 'Kankan
#: Nyame' to the UK`; no work.
_THING_BEFORE = re.compile(
    at_word(
        r"\b(?:a|an|the) (?:[a-z-]+ )?(?:deity|god|goddess|spirit|idol|statue|relic|artefact|"
        r"artifact|shrine|talisman|amulet),? [‘'“\"]$"
    )
)
#: A prize's name, quoted after it was won: `who won 'Best Emirati Filmmaker'`.
_PRIZE = re.compile(r"(?:[Tt]he )?Best\b")
_WON_BEFORE = re.compile(
    at_word(r"\b(?:won|wins|winning|awarded|named|nominated for|bagged|scooped) (?:the )?[‘'“\"]$")
)
#: A word that places a work right before its opening mark: `joins “Cold Harbor.”`.
_PLACED = re.compile(
    at_word(
        r"\b(?:in|on|from|joins|joined|join|joining|starring|stars|"
        # `the latest cast member to leave “Grey’s Anatomy.”`
        r"leave|leaves|leaving|left|exit|exits|exiting|exited|quit|quits|rejoin|rejoins|rejoined|"
        # `The studio has also pushed 'White Bird: A Wonder Story.'`: a release moved
        r"pushed|delayed|moved|dated|undated)"
        r"\s+[“\"]$"
    )
)
#: What a cheer is given as: `a big “Welcome Home!”`, `a warm 'Happy Birthday!'` (a greeting's
#: words only: "a great 'Mamma Mia!'" is a show seen).
_CHEER = re.compile(
    r"(?:Welcome|Thank|Thanks|Congratulations|Congrats|Happy|Well done|Hooray|Hurrah|Cheers|"
    r"Good luck|Bravo|Hello|Goodbye)\b.*!$"
)
_CHEER_BEFORE = re.compile(at_word(r"\ba (?:big|huge|warm|hearty|loud|great|special) [“\"‘']$"))
#: An owner's possessive before the opening mark, after a word that places it: `the cast members
#: of HBO Max’s “The Sex Lives of College Girls.”` (a company's, see ``_owned``; not "supporters
#: of Trump’s “Make America Great Again.”").
_OWNED = re.compile(
    at_word(r"\b(?:of|in|on|for) (?P<owner>(?:[A-Z][\w+]* ){0,2}[A-Z][\w+]*)[’']s\s+[“\"]$")
)
#: A sentence opening on a title: `In “Night Shift,” Hale points out, the heroine never wins`.
_OPENS_IN = re.compile(at_word(r"\b(?:In|On)\s+[“\"]$"))
#: What a person is, opening the sentence before their name: `Actress Ada Wren`, `Star Ben`.
_ROLE_FIRST = re.compile(
    "(?:" + "|".join(sorted(noun.capitalize() for noun in ROLE_NOUNS)) + r") (?=[A-Z])"
)
#: Someone of a crowd, unnamed, handing on to a quote with a colon: `with one writing:`,
#: `Another said:`, `while someone else posted:`, `one fan commented:`.
_NAMELESS_WRITER = re.compile(
    r"\b(?i:one|another|someone(?: else)?|a|some)(?: (?:fan|viewer|user|follower|commenter)s?)?"
    r"\s+(?:writing|wrote|writes|said|says|posted|posting|commented|commenting|added|adding|"
    r"tweeted|tweeting|replied|replying)\s*:\s*$"
)
#: A speaker who is no named person: `," a Universal rep told`, `," the insider said`, `,"
#: critics say`, `," a source close to the production said`.
_UNNAMED_GAP = re.compile(
    r"\s*,?\s*(?:(?:a|an|the|one)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}|[a-z]{3,}s\s+|"
    # `," a source close to the production said`: a source told by where it stands
    r"(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}(?:source|insider|rep|representative|spokesperson|"
    r"publicist|friend|pal)s?\s+(?:[a-z][\w’'-]*\s+){1,5})"
)
#: Who speaks for someone and is not named: `a spokesperson for Ada Wren`, `Wren's rep`, `her
#: publicist`, `a source close to the star`. The words are theirs, not those of the person
#: they speak for, whom the phrase names.
#: A work's blurb speaks for it so too: `," the official logline reads`.
_PROXY_NOUNS = (
    r"(?:spokes(?:person|woman|man)|representative|rep|publicist|source|insider|"
    + "|".join(_BLURBS)
    + ")s?"
)
_PROXY_OWNER = r"(?:\b(?i:a|an|the|one|his|her|their|its)|[A-Z][\w.-]*['’]s?)\s+"
_PROXY_FOR = r"(?:\s+(?:for|of|to|close to|near|familiar with|at|with|from)\s+[^,;:.]*?)?"
#: Such a speaker right before the verb: `," a spokesperson for Ada Wren said`.
_PROXY_BEFORE = re.compile(
    _PROXY_OWNER + r"(?:[a-z’'-]+\s+){0,2}" + _PROXY_NOUNS + r"\b" + _PROXY_FOR + r"\s*,?\s*$"
)
#: A spokesperson told by the company or the work they speak for, right before the verb: `An
#: ITV spokesman`, `An Eastenders spokeswoman`.
_COMPANY_PROXY = re.compile(
    at_word(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?P<org>[A-Z][\w&+.-]*(?:\s+[A-Z][\w&+.-]*){0,2})\s+"
        r"(?:spokes(?:person|woman|man)|representative|rep)\s*,?\s*$"
    )
)
#: Such a speaker right after the verb: `," said a representative for Ada Wren.`
_PROXY_AFTER = re.compile(r"\s*" + _PROXY_OWNER + r"(?:[a-z’'-]+\s+){0,2}" + _PROXY_NOUNS + r"\b")
#: What sets a name beside such a speaker, who is then that person: `her rep, Dana Cole,`,
#: `Wren's publicist Dana Cole`, `a spokesperson for the studio, Dana Cole`.
_APPOSED = re.compile(r"(?:\s+(?:for|of|to|close to|at|with|from)\s+[^,;:.]*)?\s*,\s*|\s+")
#: What a name set beside a speaker after a comma ends: `said her rep, Dana Cole.`
_APPOSED_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
#: A speaker who is what the sentence's subject speaks through or to, not the subject: `Wren,
#: speaking through her publicist, said`.
_PROXY_OBJECT = re.compile(r"\b(?:[a-z]+ing|through|to|with|via|by|from|for|of|about|at)$")
#: Such a speaker inside a clause set aside, what its subject did: `Wren, who also wrote the
#: logline for the film, said`, `Wren, who fired her publicist, said`; the subject speaks.
_PROXY_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;:]*$")
#: A speaker who is someone's, not someone: `," Wren's detective says`, `," her character
#: replies`. A review quotes the film's lines so; a quote no named person claims.
_POSSESSED_GAP = re.compile(
    r"\s*,?\s*(?:(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['’]s?|his|her|their|its)\s+(?:[\w’'-]+\s+){1,3}"
)
#: Where a review places a line of its film: `," she tells him in one scene`, `Wren, as
#: Nora, says`. The line is the character's, not the actor's to the press.
_IN_FILM = re.compile(
    at_word(
        r"\b(?:[Ii]n|[Dd]uring)\s+(?:one|a|an|another|the|that|this|its|the\s+film['’]s)\s+"
        r"(?:[a-z-]+\s+)?scenes?\b(?!-)|\bin\s+character\b"
    )
)
#: What makes a scene the speaker's subject, not where the line is: `," Wren said of shooting
#: in the final scene`.
_OF_SCENE = re.compile(at_word(r"\b(?:of|about)\b"))
#: A clause set aside in a sentence: `Wren, who stayed in character between takes, said`.
_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which|where|while|when)\b[^,;:]*,")
#: An actor put in their part right before the verb: `Wren, as Nora, tells him`.
#: Not a title held (`Hale, as CEO, said`, `Iger, as Disney CEO, told`).
_AS_PART = re.compile(
    r",\s*as\s+(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?![A-Z]{2,}\b|(?:President|Chair(?:man|woman)?|Chief|Director|Head|Host|Editor|Founder|"
    r"Producer|Executive|Officer|Mayor|Governor|Minister)\b)[A-Z][\w’'-]*\s*,\s*$"
)
#: A lone capitalised name as the subject of its clause: `And Jordan agrees that`, `Poots
#: will debate`. The story names someone it never gives in full, who has a say: a verb of
#: speech or opinion, not `Chicago was freezing`, `Critics loved it`, `Nora wants revenge`.
_OPINION = (
    r"agree|disagree|debate|argue|say|add|think|believe|admit|recall|explain|laugh|joke|"
    r"note|insist|feel|remember|counter|concede|reckon|reply|replie|chime|nod|shrug"
)
_LONE_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\b(?:And|But|So|Then)\s+)(?P<name>[A-Z][a-z’'-]+)\s+"
    rf"(?:(?:will|would|can|has|had|is|was)\s+(?:(?:{_OPINION})(?:s|ed|d)?|said|felt|thought)|"
    rf"(?:{_OPINION})(?:s|ed|d)|said|felt|thought)\b",
    re.MULTILINE,
)
#: What opens the words reported after a verb: `added that`.
_REPORTED = re.compile(r"\s+that\b")
#: A place or a medium right after a verb of speech: `shared on`, `posted to`, `said in`.
_PLACE_AFTER = re.compile(r"\s+(?:on|in|at|to|via|through|from|during)\b")
#: A company's release right after a verb of speech, which tells who spoke: `described in a
#: BBC press release as`, `said in an HBO statement`.
_RELEASED = re.compile(
    r"\s+in\s+(?:a|an|the|its)\s+(?P<org>[A-Z][\w+&.-]*(?:\s+[A-Z][\w+&.-]*){0,2})\s+"
    r"(?:press\s+release|statement|announcement)\b"
)
#: A verb of speech in the passive, whose release is then the speaker: `is described in a BBC
#: press release as`, not `," the showrunner said in an HBO statement`, a person's words.
_PASSIVE_VERB = re.compile(at_word(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$"))
#: How many paragraphs on a press release's words may still be quoted from it.
_RELEASE_PARAS = 4
#: A subject right before a quote run on from it: `Meanwhile, Sam “`, `The character “`. Not
#: one who judges the work (`The jury “praised ...”`, `Insiders “expect ...”`): only a part,
#: or a name the story gave before.
_RUN_IN = re.compile(
    r"(?:^|,\s+|\.\s+)(?:(?:[Tt]he|[Hh]is|[Hh]er)\s+character|(?P<name>[A-Z][a-z]+))\s+$"
)
#: What may follow words run into the narration: the end of the sentence, no `," Deadline
#: reported` nor `, according to her agent`.
_RUN_IN_END = re.compile(r"[\s.!?]*")
#: Reported speech leading into the speaker's own words: `said he was "thrilled"`.
_INDIRECT = re.compile(
    at_word(
        r"\b(?:said|says|admitted|admits|added|adds|explained|noted|insisted|revealed|"
        r"told [a-z]+)\s+(?:that\s+)?(?:(?:he|she|they)\s+"
        r"(?:was|is|were|are|had been|felt|feels)|"
        # "said the season “goes somewhere darker”": a subject, then the speaker's own words
        # `said the “rhythmically erratic” film is an “unfortunate belly flop.”`: their words again
        r"(?:the|this|his|her|their)\s+(?:[“\"]_+[”\"]\s+)?(?:new\s+|next\s+|final\s+)?"
        r"(?:season|series|show|film|movie|sequel|finale|episode|story|character|role)"
        r"(?:\s+(?:was|is|will be|would be)(?:\s+(?:a|an))?)?)\s+$"
    )
)
#: A piece someone wrote, whose words may follow it.
_WRITTEN = r"(?:post|caption|message|statement|note|tweet)"
#: A pronoun's written piece: `Her latest Insta post `, `his statement `.
_PRONOUN_WRITING = re.compile(rf"\b([Hh]er|[Hh]is) (?:[\w-]+ ){{0,3}}?{_WRITTEN}\s*$")
#: A written piece whose words follow: `Her latest Insta post reads, `.
_WRITING_READS = re.compile(
    # "he wished her with the words, “Loulajan’s Naicy.”"
    at_word(rf"\b(?:{_WRITTEN}\s+(?:reads|read|said|says)|{_WITH_WORDS})[,:]?\s+$")
)
_KIND_AFTER = re.compile(
    r"[”\"]?\s*,?\s*(show|series|film|movie|play|musical|special|fans|sequels?|franchise|"
    r"star|actor|actress|cast|alum|season|nemesis|villain|hero|heroine|character)\b"
)


#: A part's name quoted after the performance: `her role as "Crazy Eyes" on`.
_PART_BEFORE = re.compile(
    # "will play the title role of ‘Jenny Cooper’", "starred in the role of ‘Medusa’"
    at_word(r"\b(?:role|part|turn|performance) (?:as|of)\s+[“\"]$")
)
#: Songs named before the mark, one or a list of them: `known for songs like ‘The Art Teacher’
#: and ‘Out of the Game’`: a song's name, no work's, and nobody's words.
_SONGS_BEFORE = re.compile(
    at_word(
        r"\b(?:songs|singles|tracks|hits|anthems|ballads|numbers|albums) "
        r"(?:like|such as|including|called|titled)\s+(?:[“\"]_+[”\"],?\s+(?:and\s+)?)*[“\"]$|"
        # or one, right after its word: `her No. 1 country hit “Somebody”`, `a new song titled
        # “Valley Boy,”`, `the lead single ‘Novacaine’`
        # (a film is a "summer hit" too: only a kind of music's)
        r"\b(?:(?:country|pop|rap|chart|dance|club|soul|rock|hip-hop) hit|single|song|track|album|"
        r"record|anthem|ballad|EP|LP|mixtape)(?:,| (?:titled|called|entitled),?)? [“\"‘']$|"
        # a chart's place: `her most recent No. 1 “Turn On the Radio”`, `No. 1 hit “Somebody”`
        r"\bNo\.? ?\d{1,2} (?:hit )?[“\"‘']$"
    )
)
#: A book named right before the mark: `Bush’s memoir, ‘Decision Points,’`; no work, unless a
#: screen version of it is told near (`adaptation of Nancy Mitford's celebrated novel "The
#: Pursuit Of Love"`, see ``_ADAPTING``).
_BOOK_BEFORE = re.compile(
    at_word(r"\b(?:memoir|autobiography|book|novel)(?:,| (?:titled|called|entitled),?)? [“\"‘']$")
)
#: Words that tell a screen version of a book: `adaptation of`, `based on`.
_ADAPTING = re.compile(
    at_word(r"\b(?:adaptation|adapted|adapting|adapt|based on|film version|screen version)\b")
)
#: A tour or a video named in marks: `her ‘Live in Concert’ Tour`, `his “King Koba” video`.
_TOUR_AFTER = re.compile(r"[”\"’] (?:[Tt]our|video|music video)\b")
#: A full name and an opening bracket right before the mark: `Taraji P. Henson (“Empire”)`,
#: the work an actor is known for, one word too; or the works listed there: `Stana Katic
#: ("Absentia," "Castle")`.
_ACTOR_PAREN = re.compile(
    r"[A-Z][\w’'.-]* [A-Z][\w’'.-]+ \((?:[“\"][^“”\"()\n]{1,60}[”\"],? )*[“\"]$"
)
#: The rest of an actor's bracket of quoted works after one of them: `, "Castle")`.
_PAREN_CLOSES = re.compile(r"(?:,? [“\"][^“”\"()\n]{1,60}[”\"])*\)")
#: A work's name given as its name: "remade in Tamil titled ‘Anbirkiniyal’", "her new movie
#: titled, ‘Torera’".
_TITLED = re.compile(at_word(r"\b(?:titled|entitled|retitled),?\s+[“\"‘']$"))
#: A verb of making right before an opening mark: what is made there is a work, not words said;
#: a star's film too (`2015's Jennifer Lawrence starrer 'Joy'`).
_MADE_BEFORE = re.compile(
    at_word(
        r"\b(?:penned|wrote|co-wrote|directed|co-directed|helmed|produced|created|scripted|"
        r"starrers?,?)\s+[“\"‘']$"
    )
)


def is_title(text: str) -> bool:
    """Tell whether quoted words are capitalised like the title of a work."""
    words = text.strip().rstrip(",;:").strip().split()
    if not words or len(words) > 10 or words[-1][-1] in ".?":
        return False
    cores = [word.strip("‘’'\"()[]—–-:,!&") for word in words]
    for n, core in enumerate(cores):
        # "Once Upon a Time in ... Hollywood": an ellipsis is part of some titles
        if not core.strip(".…") or core[0].isupper() or core[0].isdigit():
            continue
        between = (
            0 < n < len(cores) - 1 and cores[n - 1][:1].isupper() and cores[n + 1][:1].isupper()
        )
        if core.lower() not in _SMALL and not (between and core in _SMALL_BETWEEN):
            return False
    first = words[0].strip("‘’'\"([")
    return bool(first) and (first[0].isupper() or first[0].isdigit())


def kind_cue(doc: Document, span: Span) -> str | None:
    """Return the work-kind noun right before or after a quoted span, if any."""
    before = _KIND_BEFORE.search(doc.masked, max(0, span.start - 40), span.start)
    if before is not None:
        return before.group(1)
    after = _KIND_AFTER.match(doc.masked, min(span.end, len(doc.masked)))
    return None if after is None else after.group(1)


#: A sentence going on in lower case right after a closing mark: ` which will start airing`.
_GOES_ON = re.compile(r" (?:which|that|where|who|whose|starring|and|but)\b")


#: A year in brackets right after a quote's closing mark: `"JFK" (1991)`, a work's.
YEAR_AFTER = re.compile(
    # or the years it ran: `Clean With Passion for Now (2018–2019)`
    r"[”\"]?\s*\((?P<year>1[6-9]\d\d|20\d\d)(?:\s*[–—-]\s*(?:1[6-9]\d\d|20\d\d))?\)"
)


def classify(doc: Document, span: Span) -> Kind:
    """Sort a span into speech, the title of a work, or scare quotes."""
    inner = doc.inner(span)
    count = len(inner.split())
    if span.continues:
        return "quote"
    if span.para == 0 and is_title(inner) and _is_headline(doc):
        again = _named_again(doc, inner)
        if again is not None:
            return "title" if again else "scare"
    if _PASSIVE.search(doc.masked, max(0, span.start - 60), span.start - 1) or _described(
        doc, span
    ):
        return "scare"
    if is_nickname(doc, span) or _set_after_name(doc, span):
        return "scare"
    if _PART_BEFORE.search(doc.masked, max(0, span.start - 30), span.start):
        return "scare"  # `her role as "Crazy Eyes"`: a part's nickname, no work
    if _SONGS_BEFORE.search(doc.masked, max(0, span.start - 120), span.start) or (
        _TOUR_AFTER.match(doc.masked, span.end)
    ):
        return "scare"  # `known for songs like ‘The Art Teacher’`: a song, no work
    if _BOOK_BEFORE.search(doc.masked, max(0, span.start - 20), span.start) and not (
        _ADAPTING.search(doc.masked, max(0, span.start - 80), span.start)
    ):
        return "scare"  # `Bush’s memoir, ‘Decision Points,’`: a book, no work
    if _VENUE_BEFORE.search(doc.masked, max(0, span.start - 30), span.start):
        return "scare"  # `was held at 'Planet One' in Maryland`: where, no work
    if _THING_BEFORE.search(doc.masked, max(0, span.start - 30), span.start):
        return "scare"  # `to steal a local deity, 'Kankan Nyame'`: a thing, no work
    if _PRIZE.match(inner) and _WON_BEFORE.search(doc.masked, max(0, span.start - 30), span.start):
        return "scare"  # `who won 'Best Emirati Filmmaker' at the festival`: a prize
    if _CHEER.match(inner) and _CHEER_BEFORE.search(
        doc.masked, max(0, span.start - 20), span.start
    ):
        return "scare"  # `we want to add, a big “Welcome Home!”`: a cheer, no work
    placed = _PLACED.search(doc.masked, max(0, span.start - 20), span.start)
    if (
        inner.endswith((".", "…"))
        and (
            kind_cue(doc, span)
            or placed
            or _owned(doc, span)
            or _quoted_again(doc, inner)
            or _GOES_ON.match(doc.masked, span.end + 1)
        )
        and is_title(_unstopped(inner))
    ):
        # The period American style tucks inside the marks: the series “Cold Harbor.”, has
        # joined “Cold Harbor.”; an ellipsis may end the title itself: the revival “And Just
        # Like That...”; a sentence that goes on past it had a comma there: `the lead role for
        # “Saimdang, the Herstory.” which will start airing`
        return "title"
    if is_title(inner) and _OPENS_IN.search(doc.masked, max(0, span.start - 5), span.start):
        return "title"  # what is said of a work, not the work said
    before = doc.masked[max(0, span.start - 20) : span.start]
    if is_title(inner) and (_MADE_BEFORE.search(before) or _TITLED.search(before)):
        return "title"  # "Jeff Buhler, who penned ‘The Midnight Meat Train’, wrote the script"
    if (
        is_title(inner)
        and _PAREN_CLOSES.match(doc.masked, span.end + 1)
        and _ACTOR_PAREN.search(doc.masked, max(0, span.start - 140), span.start)
    ):
        return "title"
    if inner.endswith(("!", "?")) and _said_before(doc, span):
        return "quote"  # she said, "Jessica Chastain!": an exclamation said, no title
    if is_title(inner) and (count > 1 or kind_cue(doc, span) is not None):
        verb = _said_after(doc, span)
        gap = doc.masked[span.end + 1 : verb.start()] if verb is not None else ""
        tight = verb is not None and _TIGHT_TITLE.fullmatch(gap)
        if not tight or kind_cue(doc, span) is not None:
            return "title"
    if is_title(inner) and YEAR_AFTER.match(doc.masked, span.end):
        return "title"  # `"The Sting" (1973), "JFK" (1991)`: a work and its year
    if _sentence_case_title(doc, span, inner):
        return "title"
    if count <= 3:
        # A short quote is speech only when a verb claims it at once: "Terrified," she admitted,
        # or it is what the speaker said they were: she said she was "thrilled", or it is a
        # sentence of its own: "It's a dream."
        if inner[-1:] in ".!?" and (_alone(doc, span) or _introduced(doc, span)):
            return "quote"
        if _INDIRECT.search(doc.masked, max(0, span.start - 120), span.start - 1):
            return "quote"
        if _WRITING_READS.search(doc.masked, max(0, span.start - 40), span.start - 1):
            return "quote"  # `Her latest Insta post reads, “Shubh arambh”`: what it says
        verb = _said_after(doc, span)
        tight = verb is not None and _TIGHT.fullmatch(doc.masked[span.end + 1 : verb.start()])
        return "quote" if tight and inner.rstrip()[-1:] in ",!?" else "scare"
    return "quote"


#: The most words of a title written in sentence case: `“This is the end”`.
_SENTENCE_CASE_WORDS = 6


#: Works of a kind listed by example before an opening mark: `soap operas such as “` (screen
#: kinds only: not "shows such as “Royal highland show”", "franchises such as “Pizza hut”").
_KINDS_SUCH_AS = re.compile(
    at_word(
        r"\b(?:soap operas|soaps|telenovelas|teleseryes|dramas|films|movies|series|sitcoms|"
        r"serials|classics|TV shows|television shows|programmes) (?:such as|like|including) [“\"]$"
    )
)
#: What quoted words in sentence case before a year are when no screen work: `the report
#: “Limits to growth” (1972)`, `the slogan “Take back control” (2016)`, `the album “Pet sounds”`.
_NOT_SCREEN_BEFORE = re.compile(
    at_word(
        r"\b(?:report|paper|speech|slogan|motto|case|ruling|plan|book|novel|memoir|song|album|"
        r"single|track|poem|essay|study|article|letter|law|act|bill|manifesto|campaign|policy|"
        r"strategy)s?,? [“\"]$"
    )
)


def _owned(doc: Document, span: Span) -> bool:
    """Tell whether a company's possessive stands right before the span's opening mark."""
    m = _OWNED.search(doc.masked, max(0, span.start - 40), span.start)
    return m is not None and organisation(m["owner"]) is not None


def _sentence_case_title(doc: Document, span: Span, inner: str) -> bool:
    """Tell whether quoted words in sentence case are a work's name, set right after its kind
    with no verb of speech before them in the sentence: `coming fresh from a summer hit, “This
    is the end”` (not `the film, he said, “was a joy”`)."""
    cue = kind_cue(doc, span)
    # or its year right after it, or kinds before it: `telenovelas such as “Vanessa” (1982)
    # ... and “Nada personal” (1996)`, `soap operas such as “Los ricos tambien lloran”`
    before = max(0, span.start - 40)
    named = (cue is not None and re.fullmatch(WORK_KINDS, cue) is not None) or (
        (
            YEAR_AFTER.match(doc.masked, span.end)
            and not _NOT_SCREEN_BEFORE.search(doc.masked, before, span.start)
        )
        or _KINDS_SUCH_AS.search(doc.masked, before, span.start)
    )
    words = inner.split()
    sentence = doc.sentence_at(span.start)
    return (
        bool(named)
        and 1 < len(words) <= _SENTENCE_CASE_WORDS
        and inner[:1].isupper()
        and inner[-1:].isalnum()
        and SPEECH.search(doc.masked, sentence.start, span.start) is None
    )


def _set_after_name(doc: Document, span: Span) -> bool:
    """Tell whether a quote is set after a name as what it is (`character Bon Clay, a
    “theatrical assassin”`), with no verb of speech in the clause before it."""
    start = max(doc.sentence_at(span.start).start, span.start - _CLAUSE_REACH)
    return (
        _SET_AFTER_NAME.search(doc.masked, start, span.start - 1) is not None
        and SPEECH.search(doc.masked, start, span.start) is None
    )


def is_nickname(doc: Document, span: Span) -> bool:
    """Whether the quoted words are what someone is known as, which names no work.

    Capitalised like a title, a killer's "The Surgeon" would become a show and take the
    cast of the story's real one. A work may go by another name too: a kind of work or a
    project named just before (`the sequel, now known as “Dune: Part Two”`, `The production,
    known as “Harbor Lights,”`) keeps it a title, as does a noun right after it.
    """
    before = doc.masked[max(0, span.start - 60) : span.start]
    if _inside_a_name(doc, span, before):
        return True
    cue = _NICKNAME.search(before)
    if cue is None or _KIND_WORD.search(before, 0, cue.start()) or _PROJECT.search(before):
        return False
    # `best known as “Harbor Lights” heartthrob Sam`: a title before a noun is a title.
    return not _ATTRIBUTIVE.match(doc.masked, span.end + 1) or doc.inner(span)[-1:] in ",.!?"


#: A capitalised word right before the quote mark, and one right after: the name the quoted
#: words sit inside (not an owner's: `HBO Max’s “The Sex Lives of College Girls.”`).
_FIRST_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z’'-]+)(?<![’']s) [“\"]$")
_SURNAME_AFTER = re.compile(r"[”\"] ([A-Z][a-z’'-]+)\b(?! [A-Z])")


def _inside_a_name(doc: Document, span: Span, before: str) -> bool:
    """Tell whether the quoted words sit between a first name and a surname: `Peter
    "Littlefinger" Baelish`, `Sandor "The Hound" Clegane` (not `Watch "Barbie" Trailer`)."""
    first = _FIRST_BEFORE.search(before)
    last = _SURNAME_AFTER.match(doc.text, span.end)
    if first is None or last is None or last[1] in _NOT_SURNAMES:
        return False
    return is_full_name(f"{first[1]} {last[1]}") and not is_leading_word(first[1])


#: Words after a quoted title that a heading capitalises, which no surname is.
_NOT_SURNAMES = frozenset(
    """Trailer Teaser Review Recap Premiere Finale Poster Clip Director Directors Star Stars
    Actor Actress Cast Creator Writer Producer Showrunner Fans Sequel Reboot Season Episode
    Movie Film Series Show Remake""".split()
)


def _quoted_again(doc: Document, inner: str) -> bool:
    """Tell whether a title's words are quoted elsewhere in the text too: `their upcoming
    drama “Come and Hug Me,”` makes the later `through “Come and Hug Me.”` the title again."""
    words = _unstopped(inner)
    return sum(doc.text.count(f"{mark}{words}") for mark in '“"') > 1


def _unstopped(text: str) -> str:
    """Return quoted words without the full stop or the ellipsis that ends them."""
    return text.removesuffix("...").removesuffix("…").removesuffix(".")


#: The longest a headline runs, in characters; news headlines keep well within it.
_HEADLINE_CHARS = 200


def _alone(doc: Document, span: Span) -> bool:
    """Tell whether a quoted span opens its sentence: a quote that is a sentence of its own
    is words said, not a phrase of the narration's."""
    sentence = doc.sentence_at(span.start)
    return not doc.masked[sentence.start : span.start - 1].strip()


#: A sentence's subject told by what the person is: `The director, who ...`.
_DESCRIBED_SUBJECT = re.compile(r"[Tt]he\s+[a-z][\w-]*(?=\s*,|\s+[a-z])")
#: A verb of speech that hands on to the words after it: `Wren told Variety, “...”`.
_INTRODUCED = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b[^.;!?“\"]{0,40}[,:]\s*$")


def _said_before(doc: Document, span: Span) -> bool:
    """Tell whether a verb of speech in its sentence hands on to the quoted words."""
    sentence = doc.sentence_at(span.start)
    before = doc.masked[max(sentence.start, span.start - 80) : span.start - 1]
    return _INTRODUCED.search(before) is not None


def _introduced(doc: Document, span: Span) -> bool:
    """Tell whether a verb of speech in its sentence introduces the quoted words, as a
    sentence of their own: `Wren said: “I was terrified.”` is said, however short; not
    words that run on (`said that, in the end, “it works.”`) nor a name (`said she loved the
    title, “Harbor Lights.”`)."""
    inner = doc.inner(span)
    if not inner[:1].isupper() or is_title(_unstopped(inner)):
        return False
    return _said_before(doc, span)


def _is_headline(doc: Document) -> bool:
    """Tell whether the first paragraph is a headline: a short line with no sentence's end."""
    start, end = doc.paragraphs[0]
    line = doc.text[start:end].rstrip().rstrip("”’\"'")
    return end - start <= _HEADLINE_CHARS and line[-1:] not in (".", "!", "?", ":")


def _named_again(doc: Document, words: str) -> bool | None:
    """Tell how the story after its headline writes the words the headline quotes: a
    headline quotes its work's title (`'Supernatural' Panelists Tout Season 11's "Epic
    Feel"`) and the story names it again, capitalised (True); a phrase it quotes, the story
    says in lower case, in the narration or in a quote (False); None if the story never has
    the words."""
    pattern = re.compile(r"(?<![\w’'-])" + re.escape(words) + r"(?![\w-])", re.IGNORECASE)
    found = [m.group() for m in pattern.finditer(doc.text, doc.paragraphs[0][1])]
    return (words in found) if found else None


def _described(doc: Document, span: Span) -> bool:
    """Tell whether the span is one of the words a passive description before it lists."""
    sentence = doc.sentence_at(span.start)
    passive = _DESCRIBED_AS.search(doc.masked, sentence.start, span.start)
    if passive is None:
        return False
    spoken = SPEECH.search(doc.masked, sentence.start, passive.start()) or SPEECH.search(
        doc.masked, passive.end(), sentence.end
    )
    return spoken is None


def organisation(text: str) -> Named | None:
    """Return the company or outlet a name is, or None for a person or anything else: an
    acronym (`CBS`, `HBO`), a known outlet (`Deadline`), or a name with a company's word
    (`Netflix`, `Warner Bros. Television`). A statement is theirs, not a person's nearby."""
    m = _ORGANISATION.fullmatch(text.strip(" ,"))
    if m is None:
        return None
    name = m["name"]
    words = set(name.split())
    acronym = re.fullmatch(r"[A-Z]{2,5}\+?", name) is not None
    company = words & _COMPANY_WORDS
    if len(words) == 1:
        company -= _FIRST_NAME_COMPANIES
    known = name.casefold() in publications() or company
    body = m.group() != name and bool(words & THE_ORG_WORDS)
    return Named(name) if acronym or known or body else None


#: Verbs of a post, not a statement: `," Blumhouse tweeted` is the studio's post.
_POSTED = frozenset("tweeted posted wrote writes writing captioned captions".split())


def _others_before(text: str) -> bool:
    """Whether ``text``, before "X has “...”", gives the words to someone else."""
    return SPEECH.search(text) is not None or _OTHERS_WORDS.search(text) is not None


def _stated(verb: re.Match[str], name: str) -> Named | None:
    """Return the company or outlet that made a statement (`," CBS said`), not a post."""
    return None if verb.group() in _POSTED else organisation(name)


#: One capitalised word right after a verb of speech, then the sentence goes on elsewhere or
#: ends: `," says Abuzeid in an interview.`
_LONE_AFTER = re.compile(r"\s+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=\s+(?:in|on|at|to)\b|[,.;]|$)")
#: An honorific's full stop, which ends no sentence: `," Mr. Capaldi said`.
_HONORIFIC_STOP = re.compile(at_word(r"\b(?:Mr|Mrs|Ms|Dr)\."))


def _said_after(doc: Document, span: Span) -> re.Match[str] | None:
    sentence = doc.sentence_at(span.start)
    end = min(sentence.end, span.end + 60)
    verb = SPEECH.search(doc.masked, span.end + 1, end)
    gap = _HONORIFIC_STOP.sub("", doc.masked[span.end + 1 : verb.start()]) if verb else ""
    if verb is None or re.search(r"[.;“\"]", gap):
        return None
    return verb


#: A job right after a verb, set off from its holder's name by a comma.
_JOB_THEN_NAME = re.compile(
    r"\s+[^,.;“\"]{0,60}?\b(?:[Pp]roducer|[Dd]irector|[Cc]reator|[Ss]howrunner|[Ww]riter|CEO|"
    r"[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Ss]pokes(?:man|woman|person)),\s+"
)
#: A work's title right after a verb, read past to the speaker's name: `," said the “Harbor”
#: series director Ben Gale`, `," joked “Doctor Who” lead writer Steven Moffat`. A title after
#: the name (`said Ada Wren of the “Harbor” shoot with Ben Gale`) is no part of the speaker's
#: words and ends them.
_TITLE_FIRST = re.compile(r"\s+(?:the\s+)?[“\"]_+[”\"]")
#: What ends the words after a verb that may name the speaker: a stop or a quote.
_NAME_STOP = re.compile(r"[,.;:“\"]")
#: After a title read past, also a word that leaves the speaker's phrase for a place or a
#: company: `," said the “Harbor” director at a panel with Ben Gale`.
_TITLE_TAIL_STOP = re.compile(
    r"[,.;:“\"]|\s(?:at|with|in|on|of|for|to|from|during|after|before|about|alongside|who|"
    r"which|that)\b"
)
#: How far after a verb, or after a title read past, its speaker's name may end.
_NAME_REACH = 40


#: A sentence opening on a name and a relative clause about it: `Umapati Srinivas, who is the
#: producer of some hit films like Hebuli, Robert, and Madagaja, said,`.
_NAME_THEN_WHO = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3},\s+who\b")
#: An institution opening a sentence that hands on to a quote with a colon: `The production
#: released this statement announcing Ada Wren rejoining the show:` is no person's words.
_INSTITUTION_FIRST = re.compile(
    r"[Tt]he (?:production|company|studio|network|show|series|theat(?:re|er)|producers|"
    r"channel|broadcaster)\b"
)
#: A speaker's job title and name, capitals all through but for the words joining two jobs,
#: longer than the reach: `," said Sundance Institute Founder and President Robert Redford`.
_TITLED_NAME = re.compile(r"(?:(?:\s+(?:and|of|&))?\s+[A-Z][\w’'.&-]*){3,}")


def _name_end(masked: str, start: int) -> int:
    """Return where the words after a verb at ``start`` that may name the speaker end."""
    titled = _TITLED_NAME.match(masked, start)
    if titled is not None and titled.end() - start > _NAME_REACH:
        return titled.end()
    title = _TITLE_FIRST.match(masked, start)
    begin = start if title is None else title.end()
    stop = (_NAME_STOP if title is None else _TITLE_TAIL_STOP).search(
        masked, begin, begin + _NAME_REACH
    )
    return stop.start() if stop else min(begin + _NAME_REACH, len(masked))


#: An outlet named as the source right after a quote, ending its sentence: `," per Variety.`
_PER = re.compile(r"\s+per\s+(?P<org>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,2})\s*[.;]")
#: A quote signed by a dash and a name that ends its paragraph: `“... coming in with a bang.”
#: – Matthew James-Bailey`, as a press release or a fan page sets its quotes (a recap's
#: items are signed so by their writers too: `—Tim Stack`).
_SIGNED = re.compile(r"\s*[–—-]\s*(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})\s*(?=\n|$)")
#: A quote signed so with who the speaker is before their name, as a list of what was said
#: sets it: `" - Victorian Liberal leader Michael O'Brien`, `" - chief executive Tanja Kovac`,
#: `" - Premier Daniel Andrews`: a speaker, not an item's writer.
_SIGNED_DESCRIBED = re.compile(
    r"\s*[–—-]\s*(?P<desc>(?:[\w’'.&-]+ ){1,6}?)"
    r"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,2})\s*(?=\n|$)"
)
#: A quote signed by a long dash and a name the sentence goes on from, as a list of what was
#: said at a championship sets it: `" -- Noah Lyles after completing a rare sprint double`,
#: `" -- Abrasive US sprinter Sha'Carri Richardson did not use her win`.
_SIGNED_THEN = re.compile(
    r"\s*(?:--|[–—])\s*(?P<desc>(?:[\w’'.&-]+ ){0,5}?)"
    r"(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2})(?= [a-z])"
)


def _describes_someone(words: str) -> bool:
    """Tell whether the words before a signed name say who the speaker is: a job or a title
    (`Premier`, `chief executive`, `Victorian Liberal leader`), not a name's first part."""
    return any(word[0].islower() or is_leading_word(word, True) for word in words.split())


#: A post whose account is named after the quote: `," the post shared on Nadiadwala Grandson
#: official Twitter handle read.`: the account's words.
_ACCOUNT_POST = re.compile(
    r"\s*(?:the|a) (?:post|tweet|message|caption|note) (?:shared|posted) (?:on|by|via) "
    r"(?P<owner>[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3}?)(?:[’']s)? (?:official |verified )?"
    r"(?:(?:Twitter|Instagram|Facebook|X) )?(?:handle|account|page) (?:read|reads|said|says)\b"
)
#: "with" opening a clause after a quote: `"...," with Ada adding, "..."`.
_WITH = re.compile(r"\s*,?\s*with\s")
#: A quote that opens right after a verb: `adding, "..."`.
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[“\"]")


def _hands_on(masked: str, gap: str, verb: re.Match[str]) -> bool:
    """Tell whether the verb after a quote gives the next quote to another, not this one:
    `"The ending, especially," with Ada adding, "I cried."` is Ada's second quote only."""
    return (
        verb.group().endswith("ing")
        and _WITH.match(gap) is not None
        and _QUOTE_NEXT.match(masked, verb.end()) is not None
    )


def _named_after(masked: str, at: int) -> bool:
    """Tell whether a name (no common word: `said Thursday`) comes right after ``at``."""
    m = NAME.match(masked, at + 1) if masked[at : at + 1] == " " else None
    words = clean_name(m.group())[0].split() if m else []
    return bool(words) and not is_leading_word(words[0])


class Attributor:
    """Finds the speaker of each quote by the narration around it."""

    def __init__(self, doc: Document, registry: Registry, quotes: list[list[Span]]) -> None:
        self.doc = doc
        self.registry = registry
        self.quotes = quotes
        self._starts = [q[0].start for q in quotes]
        #: Every span of every quote in reading order, to find those of a range by bisection.
        self._spans = sorted((s for q in quotes for s in q), key=lambda s: s.start)
        self._span_starts = [s.start for s in self._spans]
        #: Where the quotes start that someone unnamed said: a spokesperson for a person the
        #: sentence names, or a character in a line of the film the review quotes.
        self._unnamed: set[int] = set()
        #: Where the quotes start that a company or a work said through its spokesperson
        #: (`An Eastenders spokeswoman said:`): a work's name is their speaker.
        self.for_company: set[int] = set()
        #: The quotes of each sentence and of each paragraph, by index.
        self._in_sentence: dict[Sentence, list[int]] = {}
        self._in_para: dict[int, list[int]] = {}
        #: Where the last span of the quotes opened in each paragraph starts.
        self._last_start: dict[int, int] = {}
        for i, quote in enumerate(quotes):
            self._in_sentence.setdefault(doc.sentence_at(quote[0].start), []).append(i)
            self._in_para.setdefault(quote[0].para, []).append(i)
            last = max(s.start for s in quote)
            self._last_start[quote[0].para] = max(self._last_start.get(quote[0].para, 0), last)

    def _spans_in(self, start: int, end: int) -> list[Span]:
        first = bisect.bisect_left(self._span_starts, start)
        return self._spans[first : bisect.bisect_left(self._span_starts, end, first)]

    def _others(self, sentence: Sentence) -> list[Span]:
        return self._spans_in(sentence.start, sentence.end)

    def _after(self, span: Span) -> Named | None:
        verb = _said_after(self.doc, span)
        account = _ACCOUNT_POST.match(self.doc.masked, span.end + 1)
        if account is not None:
            name = re.sub(r"[’']s$", "", account["owner"])
            start = account.start("owner")
            return self.registry.refer(start, start + len(name)) or Named(name)
        if verb is None:
            described = _SIGNED_DESCRIBED.match(self.doc.masked, span.end + 1)
            if described is not None and _describes_someone(described["desc"]):
                start, end = described.span("name")
                return self.registry.refer(start, end) or Named(described["name"])
            then = _SIGNED_THEN.match(self.doc.masked, span.end + 1)
            if then is not None and (not then["desc"] or _describes_someone(then["desc"])):
                found = self.registry.refer(*then.span("name"))
                if found is not None:
                    return found
            signed = _SIGNED.match(self.doc.masked, span.end + 1)
            if signed is not None:
                # someone the story named before: a panel recap's "—Tim Stack" is its writer
                found = self.registry.refer(signed.start("name"), signed.end("name"))
                earlier = self.registry.in_range(0, span.start)
                return found if any(m.person is found for m in earlier) else None
            # `," per Variety.`: an outlet's words, as it printed them
            per = _PER.match(self.doc.masked, span.end + 1)
            return organisation(per["org"]) if per else None
        gap = self.doc.masked[span.end + 1 : verb.start()]
        if _hands_on(self.doc.masked, gap, verb):
            return None
        if self._speaks_for(span.end + 1, verb.start()) or _AS_PART.search(gap):
            self._unnamed.add(span.start)
            return None
        found = self._refer(span, span.end + 1, verb.start())
        if found is None and verb.group().startswith("read"):
            found = self._written_by(span.end + 1, verb.start())
        return found or self._inverted(verb) or _stated(verb, gap)

    def _written_by(self, start: int, end: int) -> Named | None:
        """The owner of a written statement, named in the possessive (`," Bell's statement
        read`) or by a pronoun's (`Her latest Insta post reads, “...”`)."""
        owners = [m for m in self.registry.in_range(start, end) if m.possessive]
        if owners:
            return owners[-1].person
        pronoun = _PRONOUN_WRITING.search(self.doc.masked, start, end)
        if pronoun is None:
            return None
        return self.registry.resolve(pronoun.start(), "f" if pronoun[1].lower() == "her" else "m")

    def _inverted(self, verb: re.Match[str]) -> Named | None:
        """Return the speaker named right after the verb: `," said Ada Wren`. Not after a
        participle or "that", where a clause of what was said begins: `adding that
        producers Bad Wolf had done well` names no speaker."""
        if verb.group() in ("told", "tells", "telling") or verb.group().endswith("ing"):
            return None
        if _REPORTED.match(self.doc.masked, verb.end()):
            return None
        release = _RELEASED.match(self.doc.masked, verb.end())
        if release is not None and _PASSIVE_VERB.search(
            self.doc.masked, max(0, verb.start() - 40), verb.start()
        ):
            # `is described in a BBC press release as “...”`: the company's own words.
            return organisation(release["org"])
        if _PLACE_AFTER.match(self.doc.masked, verb.end()):
            # `," she shared on Instagram`: where it was said, not who (a post "shared on"
            # an account that "read" it is the account's, read before: _ACCOUNT_POST).
            return None
        proxy = _PROXY_AFTER.match(self.doc.masked, verb.end())
        if proxy is not None:
            # `," said a representative for Ada Wren`, but `," said her rep, Dana Cole`
            return self._proxy_named(proxy.end())
        after = _name_end(self.doc.masked, verb.end())
        found = self._named_first(verb.end(), after)
        job = _JOB_THEN_NAME.match(self.doc.masked, verb.end()) if found is None else None
        if job is not None:
            # `," said Neighbours’ Executive Producer, Jason Herbison.`: the name after the job
            found = self._named_first(job.end(), _name_end(self.doc.masked, job.end()))
        return found or _stated(verb, self.doc.masked[verb.end() : after]) or self._lone(verb)

    def _lone(self, verb: re.Match[str]) -> Named | None:
        """Return a speaker the page names by one word alone right after the verb, no one the
        page knows: `," says Abuzeid in an interview.` (not a day or an outlet: `," said
        Friday`)."""
        m = _LONE_AFTER.match(self.doc.masked, verb.end())
        return None if m is None or is_leading_word(m[1]) else Named(m[1])

    def _named_first(self, start: int, end: int) -> Named | None:
        """Return the person the words after a verb name before they go on to a place or a
        topic: `," says director Ben Gale of Ada Wren` is Gale's, whoever he speaks of."""
        phrase = _TITLE_TAIL_STOP.search(self.doc.masked, start, end)
        found = None if phrase is None else self.registry.refer(start, phrase.start())
        return found or self.registry.refer(start, end)

    def _before(self, span: Span, sentence: Sentence) -> Named | None:
        lo = max(
            [sentence.start] + [s.end + 1 for s in self._others(sentence) if s.end < span.start]
        )
        hi = span.start - 1
        region = self.doc.masked[lo:hi]
        partial = _PARTIAL.search(region)
        if partial is not None:
            return self.registry.refer(lo, lo + partial.start())
        has = _HAS.search(region)
        if has is not None and _others_before(region[: has.start()]):
            has = None
        if has is not None:
            # Unless the words after the quote give them to another: `," critics say`.
            after = self.doc.masked[span.end + 1 : sentence.end]
            told = SPEECH.search(after) or _ACCORDING.search(after)
            return None if told else self._subject(lo, lo + has.start())
        according = list(_ACCORDING.finditer(region))
        if according:
            proxy = _PROXY_AFTER.match(region, according[-1].end())
            if proxy is not None:
                # "according to a rep for Ada Wren", but "according to her rep, Dana Cole"
                named = self._proxy_named(lo + proxy.end())
                if named is None:
                    self._unnamed.add(span.start)
                return named
            # "According to CBS, “...”": a company's words too
            source = lo + according[-1].end()
            return self.registry.refer(source, hi) or organisation(self.doc.masked[source:hi])
        if _NAMELESS_WRITER.search(region):
            self._unnamed.add(span.start)
            return None  # `with one writing: "Omg are you leaving."`: a fan, unnamed
        verbs = list(SPEECH.finditer(region))
        if verbs:
            verb = verbs[-1]
            # "An ITV spokesman said:", "An Eastenders spokeswoman said:": the company's words
            company = self._spoken_for(region[: verb.start()])
            if company is not None:
                self.for_company.add(span.start)
                return company
            if self._speaks_for(lo, lo + verb.start()) or _AS_PART.search(region, 0, verb.start()):
                self._unnamed.add(span.start)
                return None
            after_comma = region[: verb.start()].rstrip().endswith(",")
            # "Ana Lee, who produced A, B and C, said,": the name the sentence opens on
            opens_on_who = _NAME_THEN_WHO.match(region) is not None
            if (
                (verb.group().endswith("ing") or opens_on_who)
                and after_comma
                and lo == sentence.start
            ):
                # "The director, who worked with Chastain, suggested her, telling Variety,":
                # the words are the subject's, not the last person named
                found = self._opening_subject(lo, lo + verb.start())
                if found is not None:
                    return found
            found = self._refer(span, lo, lo + verb.start())
            if found is None and verb.group().startswith("read"):
                found = self._written_by(lo, lo + verb.start())
            # "In a statement, HBO said:": the company right before the verb.
            found = found or _stated(verb, region[: verb.start()].rsplit(",", 1)[-1])
            if found is None:
                shifted = SPEECH.search(self.doc.masked, lo + verb.start(), hi)
                return None if shifted is None else self._inverted(shifted)
            return found
        if region.rstrip().endswith(":"):
            return self._colon_subject(lo, hi) or self.registry.refer(lo, hi)
        return None

    def _colon_subject(self, start: int, end: int) -> Named | None:
        """Return the subject of a sentence that hands on to a quote with a colon, when a name
        or "he"/"she" opens it, past an opening clause: `He praises actress Ada Wren, who
        plays his wife, Nora Lane:` and `When asked about it, Ben offered his view:` are his
        words, not those of the last person named."""
        masked = self.doc.masked
        opening = _OPENING_PHRASE.match(masked, start, end)
        at = opening.end() if opening is not None else start
        pronoun = PRONOUN.match(masked, at, end)
        if pronoun is not None:
            return self.registry.resolve(at, "f" if pronoun[0].lower() == "she" else "m")
        return self._named_first_at(at, end)

    def _named_first_at(self, start: int, end: int) -> Named | None:
        """Return the person whose name, not a possessive, opens ``start:end``, past the noun
        of what they are (`Actress Ada Wren announced her departure, saying`)."""
        noun = _ROLE_FIRST.match(self.doc.masked, start, end)
        start = noun.end() if noun is not None else start
        named = self.registry.in_range(start, end)
        if named and named[0].start == start and not named[0].possessive:
            return named[0].person
        return None

    def _refer(self, span: Span, start: int, end: int) -> Named | None:
        """Return the speaker a verb's subject names, as the registry resolves it; but not a
        pronoun's person from an earlier paragraph when this one has named someone the story
        never gives in full (`And Jordan agrees. “...,” he says.`): "he" is that someone, and
        the quote ``span`` is left to nobody."""
        found = self.registry.refer(start, end)
        pronouns = list(PRONOUN.finditer(self.doc.masked, start, end))
        if found is None or not pronouns:
            return found
        at = pronouns[-1].start()
        named = [m for m in self.registry.in_range(start, end) if not m.possessive]
        if named and named[-1].start > at:
            return found
        para_start = self.doc.paragraphs[self.doc.sentence_at(at).para][0]
        if any(m.person is found for m in self.registry.in_range(para_start, at)):
            return found
        if not self._names_unknown(para_start, at):
            return found
        self._unnamed.add(span.start)
        return None

    def _names_unknown(self, start: int, end: int) -> bool:
        """Tell whether a lone name the registry does not know is a clause's subject here."""
        for m in _LONE_SUBJECT.finditer(self.doc.masked, start, end):
            name = m["name"]
            known = self.registry.lookup(name, m.start("name"))
            if not is_leading_word(name, names_only=True) and known is None:
                return True
        return False

    def _spoken_for(self, subject: str) -> Named | None:
        """Return the company or work whose unnamed spokesperson is the subject that ends
        ``subject``: `An ITV spokesman`, `An Eastenders spokeswoman` (None for `a spokesperson
        for Ada Wren`, whose words are no one's named)."""
        m = _COMPANY_PROXY.search(subject)
        if m is None:
            return None
        name = m["org"]
        known = any(title.casefold() == name.casefold() for title in self.registry.titles)
        return organisation(name) or (Named(name) if known else None)

    def _speaks_for(self, start: int, end: int) -> bool:
        """Tell whether the subject that ends at ``end`` speaks for someone and is not named:
        `a spokesperson for Ada Wren`, `her rep`. A name in apposition before it is the
        speaker's own (`Tom Hale, a spokesperson for the studio,`), which the rules read."""
        proxy = _PROXY_BEFORE.search(self.doc.masked, start, end)
        if proxy is None:
            return False
        before = self.doc.masked[start : proxy.start()].rstrip()
        if _PROXY_OBJECT.search(before) or _PROXY_CLAUSE.search(before):
            # `Wren, speaking through her publicist, said`, `Wren, who wrote the logline, said`
            return False
        named = self.registry.in_range(start, proxy.start())
        return not (before.endswith(",") and named and named[-1].end == start + len(before) - 1)

    def _proxy_named(self, end: int) -> Named | None:
        """Return the person named beside a speaker for someone whose phrase ends at ``end``:
        `her rep, Dana Cole.`, `Wren's publicist Dana Cole`; None for `her rep said`."""
        masked = self.doc.masked
        gap = _APPOSED.match(masked, end)
        if gap is None:
            return None
        named = self.registry.in_range(gap.end(), gap.end() + 1)
        if not named or named[0].possessive:
            return None
        if "," in gap.group() and not _APPOSED_END.match(masked, named[0].end):
            return None  # `a rep for the couple, Ada Wren and Tom Hale`
        return named[0].person

    def _film_line(self, head: Span, tail: Span) -> bool:
        """Tell whether a review places the quote in a scene of its film (`," she tells him in
        one scene`): a character's line, which no actor said to the press. The scene is in the
        words that give the quote, not in an aside (`says Wren, who appears in the final
        scene`) nor what the speaker talks of (`Wren said of shooting in the last scene`)."""
        masked = self.doc.masked
        after = masked[tail.end + 1 : self.doc.sentence_at(tail.start).end]
        clause = after.lstrip(" ,").split(",")[0]
        clause = re.split(r"[;:]", clause)[0]
        cue = _IN_FILM.search(clause)
        found = cue is not None and _OF_SCENE.search(clause, 0, cue.start()) is None
        if not found:
            before = masked[self.doc.sentence_at(head.start).start : head.start]
            found = _IN_FILM.search(_RELATIVE.sub(",", before)) is not None
        if found:
            self._unnamed.add(head.start)
        return found

    def _opening_subject(self, start: int, end: int) -> Named | None:
        """Return the person a sentence opens on, its subject, past an opening phrase: a name,
        "he" or "she", or a description (`The director, who ...`)."""
        found = self._colon_subject(start, end)
        if found is not None:
            return found
        opening = _OPENING_PHRASE.match(self.doc.masked, start, end)
        at = opening.end() if opening is not None else start
        described = _DESCRIBED_SUBJECT.match(self.doc.masked, at, end)
        return None if described is None else self.registry.refer(at, described.end())

    def _subject(self, start: int, end: int) -> Named | None:
        """Return the person named right before ``end`` (no possessive: "Ana's team has")."""
        named = self.registry.in_range(start, end)
        last = named[-1] if named else None
        if last is None or last.possessive or self.doc.masked[last.end : end].strip():
            return None
        return last.person

    def _sentence(self, sentence: Sentence) -> Named | None:
        masked = self.doc.masked
        for verb in SPEECH.finditer(masked, sentence.start, sentence.end):
            if self._speaks_for(sentence.start, verb.start()):
                continue
            found = self.registry.refer(sentence.start, verb.start()) or self._inverted(verb)
            if found is not None:
                return found
        return None

    def speakers(self) -> list[Named | None]:
        """Return the speaker of each quote, None where the narration does not say."""
        first: list[Named | None] = []
        for quote in self.quotes:
            head, tail = quote[0], quote[-1]
            if self._film_line(head, tail):
                first.append(None)
                continue
            found = self._after(tail) or self._before(head, self.doc.sentence_at(head.start))
            first.append(found)
        out = list(first)
        blocked = {i for i, q in enumerate(self.quotes) if out[i] is None and self._nobody_named(q)}
        first_blocked: dict[int, int] = {}
        for i in sorted(blocked):
            first_blocked.setdefault(self.quotes[i][0].para, i)
        for i, quote in enumerate(self.quotes):
            if out[i] is not None or i in blocked:
                continue
            sentence = self.doc.sentence_at(quote[0].start)
            same = (out[j] for j in self._in_sentence[sentence] if j != i)
            out[i] = next((p for p in same if p is not None), None) or self._sentence(sentence)
        for i, quote in enumerate(self.quotes):
            if out[i] is not None or i in blocked:
                continue
            para = quote[0].para
            if first_blocked.get(para, i) < i:
                continue  # the rest of a paragraph whose speaker is no person is theirs too
            mates = self._mates(out, para, i)
            if len({p.name for p in mates}) > 1:
                # It may go on the last (`"...," Ada teased. "...," jokes Ben. "So, yes."`)
                # or return to the first, who recalls what the other told her (`"...," Ada
                # said. Ben told her: "...". "And he was right."`): neither is sure.
                continue
            out[i] = (mates[0] if mates else None) or self._narrated(quote[0])
            # "That's the warning from co-star Ben Gale" after it outweighs the speaker of
            # the quote paragraph before.
            if out[i] is None and self._opens(quote[0]):
                out[i] = self._owned_after(quote[0])
            if out[i] is None and i > 0 and self._opens(quote[0]):
                prev = self.quotes[i - 1]
                if prev[-1].para == para - 1:
                    out[i] = out[i - 1]
            if out[i] is None and self._opens(quote[0]):
                out[i] = self._announced(quote[0]) or self._headed(quote[0])
        self._go_on_release(out, blocked)
        return out

    def _go_on_release(self, out: list[Named | None], blocked: set[int]) -> None:
        """Give a company's press release the descriptions the story goes on quoting from it:
        after `described in a BBC press release as “...”`, `Meanwhile, Sam “arrives in ...”`
        runs the release's words into the narration, with no verb of speech, within a few
        paragraphs and before anyone else speaks, named or not (`One fan wrote: “...”`)."""
        release: tuple[Named, int] | None = None
        for i, quote in enumerate(self.quotes):
            head = quote[0]
            found = out[i]
            if found is not None:
                # Only a release that speaks itself: not `Wren said in a BBC statement:`.
                release = (found, head.para) if self._released_by(head) == found.name else None
            elif (
                release is not None
                and i not in blocked
                and head.para - release[1] <= _RELEASE_PARAS
                and self._run_in(quote)
            ):
                out[i] = release[0]
            else:
                release = None

    def _released_by(self, span: Span) -> str | None:
        """Return the company whose release the narration before a quote names, if any."""
        sentence = self.doc.sentence_at(span.start)
        for verb in SPEECH.finditer(self.doc.masked, sentence.start, span.start):
            release = _RELEASED.match(self.doc.masked, verb.end())
            named = organisation(release["org"]) if release is not None else None
            if named is not None:
                return named.name
        return None

    def _run_in(self, quote: list[Span]) -> bool:
        """Tell whether a quote runs on from its sentence's subject, a part or a name given
        before, to the sentence's end with no verb of speech: `The character “finds herself
        ...”.`, `as Sam. Meanwhile, Sam “arrives ...”`."""
        masked = self.doc.masked
        head, tail = quote[0], quote[-1]
        sentence = self.doc.sentence_at(head.start)
        subject = _RUN_IN.search(masked[sentence.start : head.start - 1])
        if subject is None or SPEECH.search(masked, sentence.start, sentence.end) is not None:
            return False
        end = self.doc.sentence_at(tail.end).end
        if not _RUN_IN_END.fullmatch(masked, tail.end + 1, end):
            return False
        return subject["name"] is None or self._named_before(subject["name"], sentence.start)

    def _named_before(self, word: str, end: int) -> bool:
        """Tell whether the story gave ``word`` before ``end`` where only a name is capitalised,
        inside a sentence (`brothers Drake and Sam`), so it is no common word (`Critics`)."""
        return re.search(rf"[a-z,]\s+{re.escape(word)}\b", self.doc.masked[:end]) is not None

    def _mates(self, out: list[Named | None], para: int, i: int) -> list[Named]:
        """The speakers of the paragraph's other quotes, in reading order."""
        return [p for j in self._in_para[para] if j != i and (p := out[j]) is not None]

    def _announced(self, span: Span) -> Named | None:
        """Give a paragraph of nothing but a quote to the speaker the paragraph before announces:
        "Here's what he had to say about it." or "Asked about it, Ada explained:"."""
        if span.para == 0:
            return None
        start, end = self.doc.paragraphs[span.para - 1]
        last = self.doc.sentence_at(end - 1)
        if self._spans_in(last.start, end):
            return None
        verbs = list(SPEECH.finditer(self.doc.masked, last.start, end))
        verbs = verbs or list(_TALKED.finditer(self.doc.masked, last.start, end))
        verb = verbs[-1] if verbs else None
        if verb is None and not self.doc.masked[last.start : end].rstrip().endswith(":"):
            return None
        if self.doc.masked[last.start : end].rstrip().endswith(":"):
            if _INSTITUTION_FIRST.match(self.doc.masked, last.start):
                return None  # the production's statement, not the actor's it names
            subject = self._colon_subject(last.start, end)
            if subject is not None:
                return subject
        proxy = _PROXY_AFTER.match(self.doc.masked, last.start) if verb is None else None
        if proxy is not None:
            # "A spokesperson for Ada Wren released a statement:", but "His rep Dana Cole ..."
            return self._proxy_named(proxy.end())
        if verb is not None and self._speaks_for(last.start, verb.start()):
            return None
        return self.registry.refer(last.start, verb.start() if verb else end)

    def _headed(self, span: Span) -> Named | None:
        """Give a paragraph of nothing but a quote to the person who opens the heading right
        above it: an interview round-up's `Liam Cole — There's A New Captain In Town`."""
        if span.para == 0:
            return None
        start, end = self.doc.paragraphs[span.para - 1]
        if not _SPEAKER_HEADING.fullmatch(self.doc.masked, start, end):
            return None
        return self._named_first_at(start, end)

    def _owned_after(self, span: Span) -> Named | None:
        """Give a paragraph of nothing but a quote to the person the next paragraph opens by
        owning it: `That's the warning from showrunner Ada Wren`, `Those are the words of
        Ada Wren`, `With those words, Diego Ávalos ... summarized`; not to one named further
        on (`That's the word from fans of Ada Wren`)."""
        if span.para + 1 >= len(self.doc.paragraphs):
            return None
        start, _ = self.doc.paragraphs[span.para + 1]
        opening = _OWNED_AFTER.match(self.doc.masked, start)
        if opening is None or (opening["link"] == "of" and _TOPIC.search(opening["what"])):
            return None
        named = self.registry.in_range(opening.end(), self.doc.sentence_at(start).end)
        first = named[0] if named else None
        if (
            first is None
            or first.possessive
            or not _OWNER_GAP.fullmatch(self.doc.masked, opening.end(), first.start)
            or _A_PART.match(self.doc.masked, first.end)
        ):
            return None
        return first.person

    def _claimed(self, span: Span) -> bool:
        """Tell whether a speaker who is no person claims the quote: `," Blumhouse tweeted`,
        or one named after the verb whom the story never names in full: `!" added Barrymore`.

        Such a quote must not fall back to a person named nearby.
        """
        verb = _said_after(self.doc, span)
        if verb is None:
            return False
        gap = self.doc.masked[span.end + 1 : verb.start()]
        if any(p.fullmatch(gap) is not None for p in (_NAMED_GAP, _UNNAMED_GAP, _POSSESSED_GAP)):
            return True
        if gap.strip(" ,"):
            return False
        masked = self.doc.masked
        return _named_after(masked, verb.end()) or bool(_PROXY_AFTER.match(masked, verb.end()))

    def _nobody_named(self, quote: list[Span]) -> bool:
        """Tell whether the quote's speaker is someone the story does not name, so that it
        must not fall back to a person named nearby."""
        unnamed = quote[0].start in self._unnamed or quote[-1].start in self._unnamed
        return unnamed or self._claimed(quote[-1])

    def _narrated(self, span: Span) -> Named | None:
        """Give a quote that ends its paragraph to the person the narration before it names."""
        start, end = self.doc.paragraphs[span.para]
        sentence = self.doc.sentence_at(span.start)
        if sentence.start == start or span.start - 1 != sentence.start:
            return None
        if self._last_start[span.para] > span.end:
            return None
        return self.registry.refer(start, sentence.start)

    def _opens(self, span: Span) -> bool:
        """Tell whether a paragraph is nothing but quotes, so it goes on the last speaker."""
        start, end = self.doc.paragraphs[span.para]
        return span.start == start + 1 and not self.registry.in_range(start, end)


#: A heading of a name, a dash and a teaser, with no sentence's stop at its end: `Liam Cole —
#: There's A New Captain In Town`.
_SPEAKER_HEADING = re.compile(r"[A-Z][^\n.!?—–]{2,40}? [—–-] [^\n]{1,80}[^.!?:”\"\s]")
#: A paragraph opening on whose the quote before it is: `That's the head's up from`; not
#: what a story is about: "That's the story of Ada Wren", "That's the fate of".
_OWNED_AFTER = re.compile(
    r"(?:That|Those)(?:[’']s|[’']re| is| was| are| were) (?:the|a|an|some) "
    r"(?P<what>[^.,;:“\"]{1,30}?) (?P<link>from|of) |"
    # "With those words, Diego Ávalos, Vice President of Original Content, summarized"
    r"With (?:those|these|that) words?,\s+"
)
_TOPIC = re.compile(
    at_word(
        r"\b(?:story|stories|tale|life|fate|case|plight|premise|plot|subject|focus|name|title|"
        r"journey|legacy|career)\b"
    )
)
#: After the owner's name, the part the words are a line of: `That's a line from Nell Parker,
#: the character Ada Wren plays`, "from Nell Parker (played by Ada Wren)".
_A_PART = re.compile(
    r"\s*(?:,\s*(?:the|a|an|her|his|their)\s+(?:[\w-]+\s+)?(?:character|role|part)\b|"
    r",?\s*\(?(?:played|portrayed|voiced)\s+by\b)"
)
#: A job between "from" and the owner's name: `from showrunner Ada Wren`.
_OWNER_GAP = re.compile(
    r"(?:the )?(?:(?:executive|series|co-)\s*)?(?:showrunner|producer|director|creator|star|"
    r"actor|actress|writer|host|boss)?\s*",
    re.IGNORECASE,
)


def outlet_in(doc: Document, sentence: Sentence) -> str | None:
    """Return the outlet a quote was given to ("told Us Weekly"), if the sentence names one."""
    for match in _OUTLET.finditer(doc.masked, sentence.start, sentence.end):
        name = match.group(1).rstrip(".,")
        if name.casefold() in publications():
            return name
        words = name.split()
        if match.group().startswith(("told", "telling", "tells")) and not is_full_name(
            clean_name(name)[0]
        ):
            return name if len(words) <= 4 and name not in ("The",) else None
    return None
