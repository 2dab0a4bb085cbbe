"""Round twenty-one: what fresh development pages showed (a list of coming series, each with
its box of facts; a blog's casting note; a theatre preview; a Broadway revival's news), each
rule read with a made-up sentence of the genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2023, 9, 25))  # a Monday


def test_each_series_of_a_list_heads_its_own_box_of_facts() -> None:
    """A round-up of coming series gives each its title, then `Release Date:`, `Creator:` and
    `Cast:` lines: each cast and each release is that series', not the first one's."""
    page = (
        "Harbor Lights\nRelease Date: February 23, 2018\nLength: 10 hourlong episodes\n"
        "Creator: Bo Lind\nCast: Ada Wren, Tom Hale, Max Dale\n"
        "A grieving mother takes on a city that would rather forget what happened to her son.\n"
        "Glass Coast\nRelease Date: February 2, 2018\nLength: 10 hourlong episodes\n"
        "Creator: Nia Vale\nCast: Ben Gale, Sara Lund, Kit Moss\n"
        "A soldier wakes up in a new body centuries after he died, and has a murder to solve."
    )
    assert READ.pairs(page) == {
        ("Ada Wren", "Harbor Lights"),
        ("Tom Hale", "Harbor Lights"),
        ("Max Dale", "Harbor Lights"),
        ("Ben Gale", "Glass Coast"),
        ("Sara Lund", "Glass Coast"),
        ("Kit Moss", "Glass Coast"),
    }
    released = {date: what for date, what in READ.events(page)}
    assert "Glass Coast" in released["2018-02-02"]
    assert "Harbor Lights" in released["2018-02-23"]


def test_a_label_over_a_box_of_facts_is_no_title() -> None:
    """`Score:` over a review's `Genre:` and `Director:` lines is the box's own label; the
    cast line is the film's the headline names."""
    page = (
        "Harbor Lights\n\nMovie Information\n\nScore:\n\nGenre: Comedy Romance\n"
        "Director: Bo Lind\nStarring: Ada Wren, Tom Hale, Max Dale\nRated: R\n\n"
        "Harbor Lights runs long, and Bo Lind finds his own face endlessly fascinating."
    )
    assert "Score" not in READ.works(page)
    assert ("Ada Wren", "Harbor Lights") in READ.pairs(page)


def test_quoted_works_in_brackets_after_a_name_are_all_hers() -> None:
    """`Rebecca Hall ("Iron Man 3," "Transcendence") is set to star` credits her in both; a
    maker's works in brackets stay his."""
    text = 'Ada Wren ("Harbor Lights," "Glass Coast") is set to star in an untitled thriller.'
    assert READ.pairs(text) == {("Ada Wren", "Harbor Lights"), ("Ada Wren", "Glass Coast")}
    maker = 'The thriller comes from director Bo Lind ("Harbor Lights," "Glass Coast").'
    assert READ.pairs(maker) == set()


def test_taking_on_a_named_part_in_a_work_casts_it() -> None:
    """`John C. Reilly takes on Stanley Kowalski in A Streetcar Named Desire`; a studio that
    takes on a rival in court plays no part."""
    text = "At the Studio 54, Tom Hale takes on Nick Dale in “The Glass Coast.”"
    assert READ.cast(text) == {("Tom Hale", "The Glass Coast", "Nick Dale")}
    court = "Tom Hale takes on Bo Lind in court over “The Glass Coast.”"
    assert READ.cast(court) == set()


def test_trying_out_a_part_described_with_a_capital_word() -> None:
    """`tries out the role of faded Southern belle Blanche DuBois`: the part is the name the
    description ends on."""
    text = (
        "“The Glass Coast” returns. Ada Wren tries out the role of faded Southern belle Nora "
        "Vale, driven to madness by her brother-in-law."
    )
    assert READ.cast(text) == {("Ada Wren", "The Glass Coast", "Nora Vale")}


def test_a_year_before_a_kind_of_work_is_no_title() -> None:
    """`the revival of the hit 1975 musical` dates the musical, it does not name one; `the
    2019 sitcom` neither."""
    text = (
        "Producers announced that the revival of the hit 1975 musical will open soon. The "
        "2019 sitcom it followed was a hit. “Harbor Lights” opens in May."
    )
    assert READ.works(text) == {"Harbor Lights"}


def test_a_day_in_a_past_clause_after_a_word_of_the_future_is_gone() -> None:
    """`its upcoming Broadway engagement that began in Baltimore on Sunday` is the Sunday
    before publication; `its upcoming tour, opening on Sunday` the one after."""
    past = (
        "“Harbor Lights” began a tour preceding its upcoming Broadway engagement that began "
        "in Baltimore on Sunday."
    )
    assert [date for date, _ in READ.events(past)] == ["2023-09-24"]
    coming = "“Harbor Lights” will begin its upcoming tour in Baltimore on Sunday."
    assert [date for date, _ in READ.events(coming)] == ["2023-10-01"]


def test_a_name_after_its_initial_is_no_title() -> None:
    """`The series starring Samuel L. Jackson is based on the book`: his surname is no work;
    a title that is based on a book still is one."""
    text = (
        "“Harbor Lights” premieres soon. The series starring Tom L. Hale is based on the book "
        "by Bo Lind. Glass Coast is based on the novel by Nia Vale."
    )
    assert READ.works(text) == {"Harbor Lights", "Glass Coast"}
    assert READ.pairs(text) == {("Tom L. Hale", "Harbor Lights")}


def test_a_star_known_by_one_name_in_a_list_of_full_names() -> None:
    """`The series stars Zendaya, Hunter Schafer`, `featured actors Anna Ben and Lal in lead
    roles`: a lone name among full ones is a star's; a day is not, nor a given name the page
    writes in full elsewhere."""
    show = "“Harbor Lights” is back. The series stars Zendaya, Tom Hale, Ada Wren and Bo Lind."
    assert ("Zendaya", "Harbor Lights") in READ.pairs(show)
    film = "“Harbor Lights” was a hit. The film had featured actors Tom Hale and Lal in lead roles."
    assert READ.people(film) == {"Tom Hale", "Lal"}
    day = "“Harbor Lights” is back. The series stars Tuesday, Tom Hale and Bo Lind."
    assert READ.people(day) == {"Tom Hale", "Bo Lind"}
    known = "Ada Wren is back. “Harbor Lights” stars Ada, Tom Hale and Bo Lind."
    assert READ.people(known) == {"Ada Wren", "Tom Hale", "Bo Lind"}


def test_a_remake_names_the_work_remade_and_its_own_title() -> None:
    """`Chattakkari had a Hindi remake as Julie in 1975`, `has been remade in Tamil titled
    ‘Anbirkiniyal’ and it starred Keerthi Pandian`: both works, and the remake's star."""
    text = (
        "Tom Hale is remaking a hit. Seaview had a Hindi remake as Nightfall in 1975. The movie "
        "has also been remade in Tamil titled ‘Vaanam’ and it starred Ada Wren in the lead."
    )
    assert READ.works(text) == {"Seaview", "Nightfall", "Vaanam"}
    assert READ.pairs(text) == {("Ada Wren", "Vaanam")}
    assert READ.works("Tom Hale had a remake of his kitchen done in 1975.") == set()


def test_every_work_of_a_list_after_seen_in() -> None:
    """`will also be seen in films like ‘Good Luck Jerry’, ‘Dostana 2’ and a remake`, `has
    appeared in “A” and “B”`: each listed work is hers; a possessive after the first is not a
    second work of hers."""
    text = (
        "Ada Wren is busy. Ada will also be seen in films like ‘Harbor Lights’, ‘Glass Coast’ "
        "and a remake of the Tamil hit ‘Vaanam’."
    )
    assert READ.pairs(text) == {("Ada Wren", "Harbor Lights"), ("Ada Wren", "Glass Coast")}
    quoted = "Ada Wren has also appeared in “Harbor Lights” and “Glass Coast”."
    assert READ.pairs(quoted) == {("Ada Wren", "Harbor Lights"), ("Ada Wren", "Glass Coast")}
    owner = "Glass Coast is new. Ada Wren has appeared in Harbor Lights and Glass Coast’s sequel."
    assert ("Ada Wren", "Glass Coast") not in READ.pairs(owner)


def test_a_speakers_long_job_title_before_the_name() -> None:
    """`," said Sundance Institute Founder and President Robert Redford in a press release`:
    the name past a job title longer than the usual reach is the speaker's; a name that far
    after a description and a place is not."""
    titled = "“It is a gift,” said Harbor Institute Founder and President Ada Wren in a release."
    assert READ.quotes(titled) == [("Ada Wren", "It is a gift,")]
    far = "“It is a gift,” said the festival programmer in a press release sent to Ada Wren."
    assert READ.quotes(far) == []


def test_a_gallery_slide_of_a_part_in_its_work_then_its_actor() -> None:
    """`Penny in Bolt – Miley Cyrus`: the slide's part, work and voice; `The titular samurai in
    Afro Samurai – Samuel L. Jackson` names no part."""
    image = "<image>A still from the film</image>"
    page = (
        "Here are the stars who voiced cartoon characters!\n"
        f"Nora Vale in Harbor Lights – Ada Wren\n{image}\n"
        f"The titular fox in Glass Coast – Tom Hale\n{image}"
    )
    assert READ.cast(page) == {
        ("Ada Wren", "Harbor Lights", "Nora Vale"),
        ("Tom Hale", "Glass Coast", None),
    }


def test_the_role_of_a_lifetime_names_no_part() -> None:
    """`landed the role of his young life when he signed on` casts no one as "his young life"
    in the page's first work; `landed the role of Nick Dale` does."""
    page = "“Harbor Lights” is back. Tom Hale landed the role of his young life in 2019."
    assert READ.cast(page) == set()
    named = "“Harbor Lights” is back. Tom Hale landed the role of Nick Dale in 2019."
    assert READ.cast(named) == {("Tom Hale", "Harbor Lights", "Nick Dale")}


def test_performances_a_star_is_known_for_and_more_recently() -> None:
    """`a huge name thanks to her performances in ‘Ozark’ and more recently, Inventing Anna`:
    both works are hers."""
    text = (
        "“Harbor Lights” Star Ada Wren Might Play a Singer\n\nAda Wren is a huge name, thanks "
        "to her performances in ‘Harbor Lights’ and more recently, Glass Coast, which premiered "
        "in 2022."
    )
    assert READ.pairs(text) == {("Ada Wren", "Harbor Lights"), ("Ada Wren", "Glass Coast")}


def test_voices_listed_after_a_colon_are_the_works_named_before() -> None:
    """`Antz takes the cake for sheer number of star voices: A, B`, `In The Rugrats Movie,
    rock stars take a turn: Listen for the voices of A, B`, `the 1986 An American Tail,
    featuring the sounds of A and B`: each list in its own work."""
    text = (
        "Star voices are everywhere. From the 1986 Harbor Lights, featuring the sounds of Ada "
        "Wren and Tom Hale, to now. The current release Glass Coast takes the cake for sheer "
        "number of star voices: Bo Lind, Nia Vale and more. In The Rover Movie, rock stars take "
        "a turn: Listen for the voices of Kit Moss and Max Dale."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Harbor Lights"),
        ("Tom Hale", "Harbor Lights"),
        ("Bo Lind", "Glass Coast"),
        ("Nia Vale", "Glass Coast"),
        ("Kit Moss", "The Rover Movie"),
        ("Max Dale", "The Rover Movie"),
    }
    assert READ.works("The 1986 World Cup was a hit. Rock stars: they are everywhere.") == set()


def test_a_makers_kind_of_work_then_its_title_and_what_it_does() -> None:
    """`Andrew Lloyd Webber’s musical, Starlight Express is about a train set`: a title however
    much it looks like a name; `Tom Hale’s musical, Ada Wren said, is fun` names none."""
    text = "Bo Lind’s musical, Harbor Express is about a train set that comes to life."
    assert READ.works(text) == {"Harbor Express"}
    said = "Bo Lind’s musical, Ada Wren said, is about a train set that comes to life."
    assert READ.works(said) == set()


def test_the_remaining_cast_and_a_part_graduated_from() -> None:
    """`The remaining cast are A, B and C`, `is soon to graduate from the role of schoolboy
    sensation Jamie New`: cast of the page's work; a university graduated from is no part."""
    text = (
        "“Harbor Lights” is back in the West End. The remaining cast are Ada Wren, Tom Hale and "
        "Bo Lind. Kit Moss is soon to graduate from the role of schoolboy sensation Max Dale."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Harbor Lights", None),
        ("Tom Hale", "Harbor Lights", None),
        ("Bo Lind", "Harbor Lights", None),
        ("Kit Moss", "Harbor Lights", "Max Dale"),
    }
    school = "“Harbor Lights” is back. Kit Moss graduated from the University of Leeds in 2001."
    assert READ.cast(school) == set()


def test_what_a_title_names_after_its_owner_is_no_person() -> None:
    """`RuPaul’s Drag Race star Michelle Visage will play Miss Hedge`: Visage plays her, not a
    person called Drag Race."""
    text = (
        "“Harbor Lights” is back. RuPaul’s Glass Coast star Ada Wren will play her final "
        "performance as Nora Vale on 26 January."
    )
    assert ("Glass Coast", "Harbor Lights", "Nora Vale") not in READ.cast(text)
    assert ("Ada Wren", "Harbor Lights", "Nora Vale") in READ.cast(text)


def test_makers_told_after_their_works_in_brackets_are_no_cast() -> None:
    """`Tetsuro Araki (Death Note), who directed the show’s first season`, `Kyoji Asano
    (Psycho-Pass) returned as character designer`, `will reprise his role as director`: makers;
    `Ada Wren (Harbor Lights), who starred in it` is cast in her work."""
    directed = (
        "“Glass Coast” returns. Tom Hale (Harbor Lights, Rover), who directed the first season, "
        "serves as chief director."
    )
    assert READ.cast(directed) == set()
    designer = "“Glass Coast” returns. Bo Lind returned as character designer."
    assert READ.cast(designer) == set()
    director = "“Glass Coast” returns. Kit Moss will reprise his role as director on it."
    assert READ.cast(director) == set()
    star = "“Glass Coast” returns. Ada Wren (“Harbor Lights”), who starred in it, is back."
    assert ("Ada Wren", "Harbor Lights") in READ.pairs(star)


def test_a_productions_statement_is_not_the_actors_it_names() -> None:
    """`The production released this statement announcing Jeevan Braich rejoining the show:`
    then the statement: the production's words, not Braich's; `Ada Wren released this
    statement:` gives hers."""
    production = (
        "“Harbor Lights” is back. The production released this statement announcing Ada Wren "
        "rejoining the show:\n\n“Ada returns to the role in place of Tom Hale.”\n\n"
        "The company put out a statement: “We welcome Ada back to the show.”"
    )
    assert READ.quotes(production) == []
    actor = "“Harbor Lights” is back. Ada Wren released this statement:\n\n“I am back.”"
    assert READ.quotes(actor) == [("Ada Wren", "I am back.")]


def test_a_trailer_round_ups_label_is_no_part_of_its_first_title() -> None:
    """`Trailer Blitz: Freakier Friday, The Shrouds and More!`: the label names no work."""
    text = (
        "Trailer Blitz: Harbor Lights, Glass Coast, Rover Two, Night Shift and More!\n"
        "It’s that time again—Welcome to Trailer Blitz!\n"
        "Take a look at this list of films heading to theaters.\n"
        "“Harbor Lights” Teaser: Ada Wren Returns\n"
        "2003’s comedy Glass Coast, starring Ada Wren, became a favorite."
    )
    assert not any(title.startswith("Trailer") for title in READ.works(text))


def test_c_drama_titles_with_their_chinese_names_and_stars_with_them() -> None:
    """`Only for Love <以愛為營>` is a title, `Bai Lu (白鹿)` a person; `the xianxia romance Song
    of the Moon with Zhang Bin Bin and Xu Lu`, `C-drama One and a Half Summer with Jiang Jing
    Fu` cast their stars."""
    text = (
        "Soaring on his pairing with Lin Mei (林美) in Harbor Lights <海港燈光>, Bo Wang (王博) is "
        "back. iQiyi announced the xianxia romance Glass Moon with Zhang Bin Bin and Xu Lu. The "
        "upcoming C-drama One Half Summer with Jiang Jing Fu and Xu Lu premieres June 23rd."
    )
    assert {"Harbor Lights", "Glass Moon", "One Half Summer"} <= READ.works(text)
    assert {("Zhang Bin Bin", "Glass Moon"), ("Jiang Jing Fu", "One Half Summer")} <= (
        READ.pairs(text)
    )


def test_a_title_case_headlines_words_make_no_name() -> None:
    """`Fans Unenthusiastic About Arthur’s Co-Star?`, `Fashion Goes Playful as Does the Prize`,
    `Nichkhun Makes Major Acting Debut as Lead in C-drama X`: no person in them."""
    text = (
        "Fans Unenthusiastic About Ada’s Co-Star?\n\nFashion Goes Playful as Does the Prize at "
        "the 2017 Awards\n\nNichkhun Makes Major Acting Debut as Lead in C-drama Harbor Lights"
    )
    people = READ.people(text)
    assert not {"Unenthusiastic About Ada", "Fashion Goes Playful", "Major Acting Debut"} & people


def test_a_pair_of_actors_who_play_is_no_list_of_titles() -> None:
    """`In Casual, Watkins and Dewey play Valerie and Alex`: two people, no works beside
    Casual; a newsletter's `Subscribe` line is no heading of a work."""
    text = (
        "“Glass Coast” returns, starring Ada Wren and Tom Hale.\n\nIn Glass Coast, Wren and "
        "Hale play Nora and Kit, a pair of siblings.\n\nSubscribe to get the latest news\n\n"
        "Subscribe\n\nGlass Coast was a strong bet."
    )
    assert READ.works(text) == {"Glass Coast"}


def test_an_other_name_after_aka_is_the_same_person() -> None:
    """`Carmen Silvera (June 2, 1922 Toronto-August 3, 2002 Denville Hall) a.k.a. Carmen Blanche
    Silvera`: the later `Silvera` is still Carmen Silvera."""
    text = (
        "Ada Wren (June 2, 1922 Toronto-August 3, 2002 London) a.k.a. Ada Mary Wren was a "
        "British actor.\nWren was best known for her role as Nora Vale in the sitcom “Harbor "
        "Lights”."
    )
    assert READ.people(text) == {"Ada Wren"}


def test_a_careers_list_of_works_after_a_possessive_or_a_pronoun() -> None:
    """`Silvera's other notable television appearances include 'A', 'B', and 'C'`, `she
    appeared in films such as 'A', 'B'`, `her starring roles in films such as "A" (1946), "B"
    (1948)`: every work listed is hers."""
    works = {"Harbor Lights", "Glass Coast", "A Shot in the Dark"}
    possessive = (
        "Ada Wren was a British actor. Wren's other notable television appearances include "
        "'Harbor Lights', 'Glass Coast', and 'A Shot in the Dark'."
    )
    assert READ.pairs(possessive) == {("Ada Wren", work) for work in works}
    pronoun = (
        "Ada Wren was a British actor. Additionally, she appeared in films such as 'Harbor "
        "Lights', 'Glass Coast', and 'A Shot in the Dark'."
    )
    assert READ.pairs(pronoun) == {("Ada Wren", work) for work in works}
    years = (
        "Ada Wren was a British actor. She gained fame with her starring roles in films such "
        'as "Harbor Lights" (1946), "Glass Coast" (1948) and "A Shot in the Dark" (1955).'
    )
    assert READ.pairs(years) == {("Ada Wren", work) for work in works}


def test_a_bulleted_list_of_parts_and_their_voices() -> None:
    """`• Eren: Bryce Papenbrook` lines under a heading cast the dub of `Attack on Titan’s
    second season`, a title with "on"; a box's `Director:` and `Writer:` lines cast no one,
    and `Harbor Lights on Netflix` is no longer title."""
    page = (
        "Funimation unveiled the English dub cast for Murder on Titan’s second season.\n\n"
        "Returning Cast Members\n\n• Eren: Ada Wren\n\n• Armin: Tom Hale\n\n"
        "• Mikasa: Bo Lind\n\nDirector: Kit Moss\n\nWriter: Max Dale"
    )
    assert READ.cast(page) == {
        ("Ada Wren", "Murder on Titan", "Eren"),
        ("Tom Hale", "Murder on Titan", "Armin"),
        ("Bo Lind", "Murder on Titan", "Mikasa"),
    }
    assert "Harbor Lights on Netflix" not in READ.works(
        "“Harbor Lights” is back. Harbor Lights on Netflix is a hit."
    )


def test_a_launchs_cast_and_crew_present_are_no_credits() -> None:
    """`Sudeep, director Nanda Kishore, Coach Anil were among the dozens of cast and crew who
    were present at the temple`: guests of a remake's launch, credited in nothing; `A and B
    were among the Harbor Lights stars` are its cast."""
    launch = (
        "It was an early morning muharat for the remake of Harbor Lights on Wednesday. Ada Wren, "
        "director Bo Lind, Coach Anil, Tom Hale were among the dozens of cast and crew who were "
        "present at the temple."
    )
    assert READ.cast(launch) == set()
    stars = "“Harbor Lights” is back. Ada Wren and Tom Hale were among the Harbor Lights stars."
    assert READ.people(stars) == {"Ada Wren", "Tom Hale"}


def test_a_comedy_star_known_by_one_name_and_a_heroine_to_a_hero() -> None:
    """`Kannada comedy star Chikkanna`, then `the female lead opposite Chikkanna`: a star's one
    name, cast in the film;
    `Flora Saini played heroine to Naveen Krishna`: he is no part of hers."""
    text = (
        "Kannada comedy star Chikkanna is all set to start shooting for his debut movie. The "
        "shooting for the movie Vaanam will begin next month. Malaika will be playing the "
        "female lead opposite Chikkanna."
    )
    assert READ.pairs(text) == {("Chikkanna", "Vaanam")}
    heroine = "“Harbor Lights” is back. Ada Wren played heroine to Tom Hale in the show."
    assert ("Ada Wren", "Harbor Lights", "Tom Hale") not in READ.cast(heroine)


def test_a_speaker_opening_the_sentence_before_a_relative_clause_with_a_list() -> None:
    """`Umapati Srinivas, who is the producer of some hit films like Hebuli, Robert, and
    Madagaja, said, “...”`: his words, not the producer named before."""
    text = (
        "The film is backed by producer Ada Wren.\n\nTom Hale, who is the producer of some hit "
        "films like Harbor, Rover, and Glass, said, “The film shines.”"
    )
    assert READ.quotes(text) == [("Tom Hale", "The film shines.")]
