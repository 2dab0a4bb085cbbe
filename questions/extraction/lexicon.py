"""Patterns and word lists that tell a person's name from other capitalised words."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .leads import at_word

#: A name's capital and its small letters, those of Turkish and central European names too:
#: "Çağatay Ulusoy", "Ceren Taşçı", "Ferit Aktuğ".
_UPPER = "A-ZÀ-ÖØ-ÞĆČĐĘĞİŁŃŒŘŚŞŠŽ"
_LOWER = "a-zß-öø-ÿā-žı"
#: "McDonough", "DeVito", "LaBeouf", "Ser'Darius": a capital inside the word after a prefix.
_NAME_WORD = (
    r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O[’']|D[’']|[A-Z][a-z]{1,3}[’'](?=[A-Z]))?"
    # an apostrophe inside a word before lower case, not a possessive's: "Lupita Nyong'o"
    rf"[{_UPPER}][{_LOWER}]+(?:[’'](?!s\b|ll\b|re\b|ve\b|d\b)[{_LOWER}]+)?"
    rf"(?:-(?:Mc|Mac)?[{_UPPER}][{_LOWER}]+)?"
)
#: "Lee Jung-jae", "Kang-ho Song": a given name of two syllables joined by a hyphen, the
#: second in lower case; never a compound's ending: "Emmy-winning", "Seoul-born", "UK-wide".
_SYLLABLE = (
    r"-(?!(?:born|bred|led|era|old|like|ish|type|time|star|made|run|set|wide|free|only|size|"
    r"day|age|year|week|long|odd|off|up|in|on|out|fan|fest|hit|pop|rap|fed|fit|net|tv|web)\b)"
    # five letters only as a Korean syllable ends: "Lee Yoo-young", "Kim Hye-seong"
    r"(?:[a-z]{2,4}|[a-z]{2,3}(?:ng|on))\b(?!-)"
)
_LATER_WORD = rf"{_NAME_WORD}(?:{_SYLLABLE})?"
#: Initials for a first name, "J.K. Simmons", "R.J. Brown"; not a country's, "U.S. Army".
_INITIALS = (
    r"(?!U\.[SKN]\.)[A-Z]\.[A-Z]\.|"
    # or without full stops, a J's: "KJ Apa", "RJ Cyler", "JB Smoove" (not "FA Cup", "UK
    # Premiere", "DJ", a job, nor "NJ", a state)
    r"(?!(?:DJ|NJ)\b)(?:[A-Z]J|J[A-Z])(?=\s)"
)
#: A title-case headline's verbs and small words, which end a name: `Ada Wren Joins Harbor
#: Lights`, `Ada Wren to Star in X`, `X Adds Ada Wren`, `Ada Wren Interviewed about Nora`,
#: `Ada Wren Says Goodbye`, `Fashion Goes Playful`.
_HEADLINE_WORDS = (
    r"(?!(?:Interviewed|Says|Talks|Speaks|Discusses|Shares|Explains|Confirms|Recalls|Admits|"
    r"Praises|Defends|Responds|Dishes|Hints|Gushes|Goes|Gets|Makes|Takes|Starts|Does|"
    r"Joins?|Returns?|Exits?|Leaves|Reunites|Reprises|Teases|Reveals|Adds|Boards|Lands|"
    r"Casts?|Stars|Signs|Taps|Tapped|Nabs|Books|Eyes|Circles|Heads|Set|To|In|As|And|For|Of|"
    r"On|At|With)\b)"
)
#: The small words inside a name before a surname, in lower case: `Carice van Houten`,
#: `Guillermo del Toro`, `Ana de Armas`, `Ludwig van der Berg`, Filipino `Mika dela Cruz`, Urdu
#: `Noor ul Hasan`, Malay `Mohd bin Ali`.
PARTICLE = (
    r"(?:van|von|de|del|della|dela|delos|der|di|da|du|dos|das|le|la|ul|ud|bin|binti|ibn)"
    r"(?: (?:der|den|la|los))?"
)
#: Runs of capitalised words ("Jr." with its full stop, so a list goes on after it);
#: possessive endings are kept so the rules can skip them.
NAME = re.compile(
    # a hyphened first word only before another: "Kang-ho Song"
    rf"\b{_HEADLINE_WORDS}(?:{_NAME_WORD}(?:{_SYLLABLE}(?= [A-Z]))?|{_INITIALS}(?= [A-Z][a-z]))"
    # a middle initial with its full stop or, as British papers write it, without: "Jack P
    # Shepherd" (not a headline's "A": "Ada Wren A Star")
    rf"(?: (?:(?:Jr|Sr)\.|{_HEADLINE_WORDS}{_LATER_WORD}|[A-Z]\.|(?![AI] )[A-Z](?= [A-Z][a-z])|"
    rf"{PARTICLE} {_LATER_WORD}))*"
    rf"(?: {_HEADLINE_WORDS}{_LATER_WORD})?"
    # a Korean given name's last syllable, mid-sentence: "Lee Da In shared" (not a headline's
    # "Ada Wren In Talks")
    r"(?:(?:(?<= [A-Z][a-z])|(?<= [A-Z][a-z]{2})) In(?= [a-z(]|[,.;:!?”)]|[’']s\b))?"
    # a numeral after a surname: "Percy Daggs IV" (alone after one word it is no person's,
    # see is_full_name: "Rocky IV")
    r"(?: (?:II|III|IV)(?![\w’'-]))?(?:[’']s)?"
)
#: The kinds of work a story names a film or a show by: `the sequel`, `the BBC drama`, `the
#: long-running hit`; each module adds the few words its own rule needs.
WORK_KINDS = (
    r"film|movie|series|show|sitcom|drama|comedy|thriller|musical|soap(?: opera)?|soapie|"
    r"animation|anime|hit|sequel|prequel|spin-?off|franchise|documentary|miniseries|classic|"
    r"reboot|remake|adaptation|blockbuster|biopic|cartoon|rom-?com|flick|melodrama|fantasy|"
    r"procedural|horror|"
    # "their hit soap serial Kaffara", "Drama serial ‘Ishq-e-Laa’" (not "a serial killer"), a
    # South African "soapie"
    r"romance|serial(?! killers?\b)|"
    # "SABC 1's prominent telenovela Uzalo", a Filipino "teleserye"
    r"telenovela|teleserye|"
    # "The Kings Theatre 2021 panto, Jack and The Beanstalk"
    r"panto(?:mime)?"
)
PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")
#: Words of a nation, which describe a person or a work and name neither: `the Japanese star`,
#: `her fellow Welsh co-star`.
NATIONALITIES = frozenset(
    """Welsh French Dutch Greek Thai Swiss German Czech Scots Mexican Texan Cuban Kenyan
    Moroccan African American Filipino Argentine Afghan Pakistani Israeli Iraqi Saudi Nepali
    Bangladeshi Jamaican Dominican Haitian Ghanaian Ugandan Kiwi Aussie Japanese Chinese Korean
    Indian British English Scottish Irish Canadian Australian Italian Spanish Swedish Danish
    Norwegian Finnish Russian Polish Brazilian Turkish Iranian Egyptian Nigerian Taiwanese
    Vietnamese Indonesian Czechoslovak Soviet Hungarian Romanian Ukrainian Austrian Belgian
    Portuguese""".split()
)
#: A performance, then the part it was as: "role as", "Emmy-winning turn as", a soap's
#: "departure as", "return as", "stint as"; one list for the credit (credits) and the part
#: named after it (characters).
TURN = r"(?:role|performance|turn|portrayal|departure|exit|return|stint)"
#: What a work is about, right before a name: `the six-part miniseries about `, `... about
#: David Koresh and the `; the story's subjects (people, a place, a group) are neither a title
#: nor its cast.
WORK_ABOUT = re.compile(
    at_word(rf"\b(?:{WORK_KINDS}|play|story|stories) about (?:(?:and|the|[A-Z][\w’'.-]*) )*$")
)
#: A rank or title a part's name opens with, full stop and all: "Dr. Amy Ross", "Lt. Jo Kemp".
HONORIFIC = r"(?:Dr|Lt|Sgt|Capt|Det|Insp|Supt|Cpl|Col|Gen|Prof|Mr|Mrs|Ms|Rev|Sr|Fr)\.\s+"
ROLE_NOUNS = frozenset(
    """actress actor star costar co-star director screenwriter writer producer creator showrunner
    host singer comedian filmmaker author playwright executive president spokesperson
    spokeswoman spokesman rapper musician model dancer choreographer critic journalist reporter
    editor winner nominee veteran alum alumna newcomer narrator presenter novelist chef officer
    chief chairman chairwoman founder superstar megastar""".split()
)
FEMALE = frozenset("actress she her spokeswoman alumna ms mrs wife mother sister daughter".split())
MALE = frozenset("actor he his him spokesman mr husband father brother son".split())
_LEADING = frozenset(
    """The A An And But Or So Yet If When While After Before As At In On Of For From With By To
    Since Until Though Although Because During Then Now Still Even Also Just Last This That These
    Those
    Her His Their Its Our My Your Both Neither Either Each Every All Some Many Most Such Like
    Meanwhile However Later Earlier Previously Today Tonight Tomorrow Yesterday Here There Where
    Who What Why How Oscar Emmy Tony Grammy Golden Academy Former Fellow Costar Co-star Actress
    Actor Star Director Screenwriter Writer Producer Creator Showrunner Host Singer Comedian
    Filmmaker Author Playwright Executive President Sources Source According Dear Mr Mrs Ms Dr
    Sir Dame Lady Lord Miss Netflix Hulu Disney Paramount Universal Warner Amazon Apple
    HBO Alongside Opposite Starring Featuring Including Directed Fans Plus
    Joining Rounding Despite Without Unlike Besides Behind Beyond Hero Heroine
    Replied Answered Responded Added Countered Quipped
    Mayor Councillor Cllr Councilman Councilwoman Alderman Senator Governor Minister Whip
    Congressman Congresswoman Assemblyman Assemblywoman Manager Coach Skipper Premier
    Treasurer Chairman Chairwoman Chair Leader Spokesman Spokeswoman Spokesperson""".split()
)
_NOT_NAMES = frozenset(
    """Weekly Club Show Times News Post Reporter Magazine Hollywood Studios Studio Pictures
    Entertainment Films Film Records Network Channel Festival Awards Award Academy University
    College School High Theater Theatre Center Centre Broadway Street Avenue City County Company
    Playhouse Warehouse Old Drama
    Group Prime Video Production Productions House Day Week Month Year Season Series Movie Sequel
    Reunion Remake Reboot Trailer Teaser Treatment Premiere Finale
    New Los San Santa Las North South East West United States America American British English
    Canadian Australian Indian Iranian Irish Scottish Italian Spanish Mexican Chinese Japanese
    Korean Russian European African Asian Presidential Family
    London Paris York Angeles Francisco Chicago Boston Toronto Vancouver Atlanta Texas California
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Instagram Twitter TikTok YouTube Facebook
    Globe Globes Oscars Emmys Tonys God Christmas Easter Halloween Thanksgiving Part Chapter Vol
    Live Tonight Today Morning Night Good Late Daily Sports Journal Review Guide Empire Vogue
    People Variety Deadline Time Access Media Press Comic Book Star Stars
    Joins Returns Exits Leaves Reunites Reprises Teases Reveals
    Associated You Me We Us They It
    Association Society Guild Council Committee Foundation Institute Agency Department
    Federation Organization Organisation Commission Bureau Television Critics Ministry
    Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Twenty Thirty
    Forty Fifty Hundred Thousand Actress Actor Supporting Alum Alums Vet Vets Veteran
    Town Bay Debut Acting Another Version Edition War""".split()
)
#: Common given names that are almost never the other gender's ("James", "Linda"); names that
#: go either way ("Jordan", "Taylor") are left out.
MALE_NAMES = frozenset(
    """James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
    Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald
    Timothy Jason Jeffrey Jeff Ryan Jacob Gary Nicholas Nick Eric Jonathan Stephen Larry Justin
    Scott Brandon Benjamin Samuel Frank Gregory Raymond Alexander Patrick Jack Dennis Jerry Tyler
    Aaron Henry Adam Peter Nathan Zachary Douglas Harold Kyle Carl Arthur Gerald Roger Keith
    Jeremy Lawrence Sean Christian Ethan Austin Joe Albert Jesse Willie Billy Bruce Bryan Ralph
    Roy Eugene Russell Louis Bobby Philip Johnny Tom Tim Jim Bill Bob Steve Mike Dave Ben Will
    Matt Hugh Ian Colin Liam Luke Harry Oliver Joss Woody Danny Arnold Ed Evan Rami Idris Denzel
    Keanu Leonardo Brad Chris Jared Jensen Misha Cillian Javier Pedro Mahershala Dwayne Jake Zac
    Ansel Dominic Kanye Sanjay Akshay Ranveer Shah Salman Aamir Hrithik Varun""".split()
)
FEMALE_NAMES = frozenset(
    """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty
    Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah
    Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela
    Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria
    Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith
    Megan Cheryl Andrea Hannah Martha Jacqueline Gloria Teresa Ann Sara Madison Frances Kathryn
    Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly
    Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Kristen Sigourney
    Zoë Zoe Pearl Jenna Nicola Joanna Alison Melanie Isla Angelina Helena Kate Annie Samara
    Geena Bette Kathy Sienna Scarlett Keira Julia Meryl Gayle Oprah Gwyneth
    Reese Halle Cate Kerry Zooey Anya Florence Saoirse Margot Viola Octavia Lupita Zendaya
    Emilia Maisie Millie Elisabeth Uma Winona Jodie Priyanka Deepika Alia Kareena Katrina
    Kiara""".split()
)
#: A headline's label before its colon, naming what kind of story it is: `Exclusive: Ada Wren
#: joins`, `Review: Harbor Lights`.
HEADLINE_LABEL = (
    r"(?:Exclusive|Watch|Interview|Update|Updated|Photos?|Videos?|Review|Breaking|Recap|"
    r"Trailer(?: Blitz| Round-?[Uu]p)?|Listen|Opinion|Analysis|Report|Spoilers?)"
)
#: Nouns that end titles and characters' names, never people's: `Astro Boy`, `Iron Man`.
_NOT_SURNAMES = frozenset(
    # (an award's name: "The Pulitzer Prize-winning author", "The Best Director of the 57th
    # Asia Pacific Film Festival also said"; a venue's: "at Ned Devine's Parris Room", "the
    # Carib Cinema"; a gathering's: "before the Mobile World Congress begins, modu said"; a
    # job's: "Nextbit Chief Technology officer Mike Chan added", "Mustapha Gbande, NDC Deputy
    # General Secretary, stated")
    """Boy Boys Girl Girls Man Men Woman Women Kid Kids Prize Award Awards Trophy Medal Room
    Rooms Lounge Pub Hotel Cafe Café Restaurant Arena Tavern Ballroom Bistro Brewery Cinema
    Cinemas Auditorium Director Actor Actress Newcomer Congress Conference Summit Expo
    Convention Symposium Technology Marketing Operating Financial Communications Secretary
    Minister Councillor Treasurer Spokesperson""".split()
)
#: A nation's adjective ends no name (`off Costa Rican shores`, `the South African actor`),
#: but for those that are surnames too (`Dawn French`, `Irvine Welsh`).
_DEMONYMS = (NATIONALITIES | {"Rican", "Lankan"}) - {"French", "Welsh"}
#: Nouns for where someone is from, said before their name: `Scouser Josh Finan`. Not a
#: nation's adjectives, which open the names of things too: `the Scottish Child Payment`.
_FROM_PLACE = frozenset(
    "Scouser Geordie Brummie Mancunian Liverpudlian Glaswegian Dubliner Londoner Cockney".split()
)
#: Words no name holds (`_NOT_NAMES`) that end a person's name after a given one: `Dominic
#: West`, `Charlie Day`, `Brian May`, `Michael Bay` (not `Key West`, `Labor Day`, `Wall Street`,
#: `Summer Bay`).
_SURNAMES_TOO = frozenset("West North South East Day May London York Street House Good Bay".split())
#: Given names that go either way, which a surname above may follow.
_EITHER_NAMES = frozenset("Charlie Jordan Taylor Alex Sam Jamie Casey Kelly Drew".split())
#: Small words a title-case headline capitalises ("Her Potential Return To Xena") that never
#: stand inside a person's name; a name's particles ("Van", "De", "La") are no such words.
_CAPITAL_FUNCTION_WORDS = (
    "To Of The And Or On In For With At From By Into Is Are Was About Over Against Without".split()
)
#: The same in lower case, and "vs.", stand inside a title (`Water for Elephants`, `Batman vs.
#: Superman`), never inside a name, whose lower-case particles are others (`Benicio del Toro`).
_INNER_FUNCTION_WORDS = frozenset(
    _CAPITAL_FUNCTION_WORDS
    + [word.lower() for word in _CAPITAL_FUNCTION_WORDS]
    + ["vs.", "Vs.", "v."]
)
#: Words that end an organisation's name only after "the" ("the Screen Actors Union", "the
#: Metropolitan Police"), and are people's names elsewhere ("Gabrielle Union", "Tim League").
THE_ORG_WORDS = frozenset("Union Police League".split())
#: A relative clause between a subject and its verb: "Marchetti, who plays Maeve, said"; or
#: a name in parentheses, "Dexter (Michael C. Hall) chose", which credits an actor in passing.
ASIDE = re.compile(
    r",\s*(?:who|whose|which|best known for|known for)\b[^,.;]*(?:,|$)|\([^()\n]{1,60}\)"
    # a job at a company set off after a name: "Kingsley Warner, Country Manager of Viu
    # Malaysia, said"
    r"|,\s*(?:[A-Z][\w-]* ){1,3}(?:of|at) [A-Z][^,.;]{0,40},"
)
#: The well-known publications (also the generator's wrong outlets), and every other outlet.
_OUTLET_FILES = ("publications.txt", "outlets.txt")


@lru_cache(maxsize=1)
def publications() -> frozenset[str]:
    """Return the casefolded names of known outlets, which are never people or works."""
    folder = Path(__file__).resolve().parent.parent / "data"
    lines = [
        line.strip()
        for name in _OUTLET_FILES
        for line in (folder / name).read_text(encoding="utf-8").splitlines()
    ]
    return frozenset(line.casefold() for line in lines if line[:1] not in ("", "#"))


#: Awards whose names are first names too, and the words that follow an award, not a first
#: name: `Oscar Nominations`, `Emmy Winner`.
_AWARDS = frozenset("Oscar Emmy Tony".split())
_AWARD_NOUNS = frozenset(
    """Nominations Nomination Nominee Nominees Nominated Winner Winners Winning Season Race
    Buzz Night Party Predictions Ceremony Campaign Contender Contenders Hopeful Hopefuls Glory
    Gold Statuette Voters Voting Snubs Shortlist""".split()
)


def _first_name_award(words: list[str]) -> bool:
    """Tell whether an award opening two words is a first name: `Tony Hale`, not `Oscar
    Nominations`."""
    return len(words) == 2 and words[0] in _AWARDS and words[1] not in _AWARD_NOUNS


def clean_name(raw: str) -> tuple[str, bool, str]:
    """Split a run of capitalised words into (name, possessive, leading descriptor words)."""
    possessive = raw.endswith(("’s", "'s"))
    words = (raw[:-2] if possessive else raw).split()
    # "Marvel Television Executive Vice President Jeph Loeb": a company and a job title run
    # into the name; the name is what follows the last job word, if it is two words. Not
    # after any leading word: "Dwayne The Rock Johnson" is one name.
    last = max((n for n, word in enumerate(words[:-2]) if _is_job(word)), default=-1)
    lead, words = words[: last + 1], words[last + 1 :]
    # an award opening a two-word name is its first name: "Tony Hale", "Oscar Isaac"; where
    # one is from opens a longer one: "BAFTA nominated Scouser Josh Finan"
    while (
        words
        and not _first_name_award(words)
        and (_describes(words[0]) or (words[0] in _FROM_PLACE and len(words) > 2))
    ):
        lead.append(words.pop(0))
    return " ".join(words), possessive, " ".join(lead)


def _is_job(word: str) -> bool:
    """Tell whether a capitalised word is a job or a title of one ("President", "Host"), a
    public office's too ("Parliamentary Affairs Minister Pralhad Joshi", "Council Member Tag
    Green")."""
    job = word.lower().removesuffix("s")
    return job in ROLE_NOUNS or job in _OFFICES


#: Public offices and the jobs of sport, run into the name after them in news of other things.
_OFFICES = frozenset(
    """minister secretary mayor councillor councilman councilwoman member senator governor
    treasurer premier leader manager coach whip commissioner sheriff chancellor skipper""".split()
)


def _describes(word: str) -> bool:
    """Tell whether a capitalised word describes a person rather than names one ("Actress")."""
    return word.rstrip(".") in _LEADING or _is_job(word)


def is_leading_word(word: str, names_only: bool = False) -> bool:
    """Tell whether a capitalised word is a common one ("The", "Netflix"), never a name alone;
    ``names_only`` leaves out words that are no name but may be a title ("Halloween")."""
    return word.rstrip(".") in _LEADING or (not names_only and word in _NOT_NAMES)


#: Where a star works, said with a word about them: `Rising Bollywood star`, `Veteran
#: Broadway actor`; the run is neither a person nor a work.
INDUSTRIES = frozenset(
    """Hollywood Bollywood Tollywood Kollywood Nollywood Lollywood Mollywood Sandalwood
    Broadway Kapuso Kapamilya""".split()
)


#: Question words, which no person's name holds after its first word: `Doctor Who`, `Guess Who`.
_ASKING = frozenset("Who What Where When Why How".split())


_NUMERALS = frozenset("II III IV V VI VII VIII".split())


def is_full_name(name: str) -> bool:
    """Tell whether two to four capitalised words look like a person, not a place, outlet or
    title."""
    words = name.split()
    if not 2 <= len(words) <= 4 or name.casefold() in publications() or words[-1] in INDUSTRIES:
        return False
    if words[-1] in _NOT_SURNAMES or words[-1] in _DEMONYMS:
        return False  # "the upcoming Astro Boy film", "Gossip Girl", "Costa Rican": no surname
    if len(words) == 2 and words[1] in _NUMERALS:
        return False  # "Rocky IV", "Henry VIII": a title or a king
    if words[0].rstrip(".") == "St":
        return False  # "St Johnstone manager Tommy Wright", "St Mirren": a club or a place
    if not _ASKING.isdisjoint(words[1:]):
        return False
    if len(words) == 2 and words[1] in _SURNAMES_TOO and given_name(words[0]):
        return True
    if _korean_in(words):
        words = words[:-1]  # "Lee Da In": a given name's last syllable
    return not any(
        word.rstrip(".") in _NOT_NAMES or word in _INNER_FUNCTION_WORDS for word in words
    )


def _korean_in(words: list[str]) -> bool:
    """Tell whether a name ends in a Korean given name's syllable "In" (`Lee Da In`), which
    follows a short syllable, not a title's "In" (`Singin' In`)."""
    return len(words) >= 3 and words[-1] == "In" and len(words[-2]) <= 3


def given_name(word: str) -> bool:
    """Tell whether a word is a common given name."""
    return word in MALE_NAMES or word in FEMALE_NAMES or word in _EITHER_NAMES
