"""Round twenty-six: what fresh development pages showed (an editors' casting list, a revival's
cast answering a magazine, Nollywood careers), each rule read with a made-up sentence of the
genre and a look-alike it must leave alone."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2022, 3, 3))


def test_a_career_list_among_which_are_movies_like() -> None:
    """`Lanre has starred in multiple films, among which are movies like A, B: C, Aso Ásiri,
    Family on Fire and D`: every film, a subtitle, an accented capital and an "on" too."""
    text = (
        "Ada Wren is a veteran. Ada has starred in multiple films, among which are movies like "
        "Jawonbe, Owo Blow: The Genesis, Aso Ásiri, Family on Fire and Omo Elemosho."
    )
    works = ("Jawonbe", "Owo Blow: The Genesis", "Aso Ásiri", "Family on Fire", "Omo Elemosho")
    assert READ.cast(text) == {("Ada Wren", work, None) for work in works}
    place = "Ada Wren has starred in films like Rover on Netflix."
    assert "Rover on Netflix" not in READ.works(place)


def test_a_household_name_through_shows_like() -> None:
    """`she was already a household name through classic television shows like A`: hers."""
    text = (
        "Ada Wren was a pillar of the industry. Long before it boomed, she was already a "
        "household name through classic television shows like Checkmate."
    )
    assert READ.cast(text) == {("Ada Wren", "Checkmate", None)}


def test_known_as_before_a_name_is_no_one_else() -> None:
    """`Widely known as Iya Awero, Lanre Hassan has featured`: the other name is hers, so the
    part after it is not credited to a second person."""
    text = (
        "Widely known as Iya Awero, Ada Wren has featured in many films. One of them is the "
        "widely-watched Dear Mother in which she plays the role of a grandmother."
    )
    assert READ.cast(text) == {("Ada Wren", "Dear Mother", None)}
    assert "Iya Awero" not in READ.people(text)


def test_a_work_in_which_she_plays() -> None:
    """`the widely-watched Dear Mother in which she plays`: a work; not a person so placed (`a
    scene with Ben Gale in which she plays a nurse`)."""
    assert "Dear Mother" in READ.works("Ada Wren loved Dear Mother in which she plays a nurse.")
    scene = "The trailer shows a scene with Ben Gale in which she plays a nurse."
    assert READ.works(scene) == set()


def test_on_board_to_play() -> None:
    """`With Jessica Chastain already reportedly on board to play Beverly Marsh in It: Chapter
    Two`."""
    text = "With Ada Wren already reportedly on board to play Nora Vale in Night Harbor, it grows."
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", "Nora Vale")}


def test_quoted_works_in_an_actors_brackets() -> None:
    """`Stana Katic ("Absentia," "Castle") has been added to the cast`: both works hers; words
    said in brackets are no work."""
    text = 'Ada Wren ("Rover," "Dune") has been added to the cast of a spy thriller.'
    assert READ.cast(text) == {("Ada Wren", "Rover", None), ("Ada Wren", "Dune", None)}
    said = 'Ada Wren ("I loved it," she said) has been added to the cast.'
    assert READ.works(said) == set()


def test_a_sentence_opening_on_its_stars() -> None:
    """`Stars Sarah Michelle Gellar, Alyson Hannigan, ... and creator Joss Whedon all shared
    their thoughts`: the stars are the story's show's cast, its creator is not."""
    text = (
        "The cast of Night Harbor is speaking out about a reunion!\n\n"
        "Stars Ada Wren, Ben Gale, and creator Tom Hale all shared their thoughts."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", None),
        ("Ben Gale", "Night Harbor", None),
    }
    gala = "The awards came. Stars Ada Wren and Ben Gale walked the red carpet."
    assert READ.cast(gala) == set()


def test_a_caption_with_its_works_year() -> None:
    """`Joe Manganiello in Justice League (2017)` over an item: a caption's credit."""
    text = (
        "Kate Lane in Night Harbor (2017)\n\nFollowing up on her surprise appearance in the "
        "post-credits scene in Night Harbor, Kate Lane will be back in the forthcoming film."
    )
    assert READ.cast(text) == {("Kate Lane", "Night Harbor", None)}


def test_on_the_heels_of_a_role_in() -> None:
    """`Hot on the heels of his breakout role in A Quiet Place, Noah Jupe has been added to the
    cast of the upcoming movie Honey Boy`: both his."""
    text = (
        "Hot on the heels of her breakout role in Night Harbor, Ada Wren has been added to "
        "the cast of the upcoming movie Rover."
    )
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", None), ("Ada Wren", "Rover", None)}


def test_a_bracketed_year_makes_no_person() -> None:
    """`Some of which includes: Diamond Ring 1 and 2 (1998), Dry (2014)`: a film, not an actor
    of the film listed after it."""
    text = (
        "Ada Wren has made many films. Some of which includes: Diamond Ring 1 and 2 (1998), "
        "Dry (2014)."
    )
    assert "Diamond Ring" not in READ.people(text)


def test_a_soap_opera_set_off_by_a_comma() -> None:
    """`her role in the TV soap opera, Fortunes in 1993`, `had her acting break in the soap
    opera, Fortune in 1993`."""
    text = "Ada Wren became popular for her role in the TV soap opera, Fortunes in 1993."
    assert READ.cast(text) == {("Ada Wren", "Fortunes", None)}
    text = "Ben Gale had his acting break in the soap opera, Fortune in 1993."
    assert READ.cast(text) == {("Ben Gale", "Fortune", None)}
    place = "Ben Gale had his big break in London in 1993."
    assert READ.cast(place) == set()


def test_a_quote_goes_on_in_a_paragraph_with_no_opening_mark() -> None:
    """A speaker's words run over two paragraphs, the second with no opening mark, only the
    closing one: both are hers, and the words after the close are narration."""
    text = (
        "Ada Wren said: “Yes. I stopped for some time but I continued.\n\n"
        "Let me say I only act in good films. I am glad we have more women in it.” She smiled."
    )
    assert READ.quotes(text) == [
        ("Ada Wren", "Yes. I stopped for some time but I continued."),
        ("Ada Wren", "Let me say I only act in good films. I am glad we have more women in it."),
    ]


def test_a_part_in_a_work_and_its_year() -> None:
    """`Julia Barretto as Eva in Ngayon At Kailanman (2018)`: the work is what follows the
    part, not "Eva in Ngayon At Kailanman"."""
    text = (
        "Who we're thinking of: Ada Wren as Eva in Night Harbor (2018) and Kate Lane as Emma "
        "in The Long Watch (2019)"
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", "Eva"),
        ("Kate Lane", "The Long Watch", "Emma"),
    }
    assert READ.works("Kate Lane in Night Harbor (2017)\n\nShe is back.") == {"Night Harbor"}


def test_begun_the_shoot_of_her_movie() -> None:
    """`Deepika Padukone has begun the shoot of her much anticipated movie Padmavati`."""
    text = (
        "Ada Wren has begun the shoot of her much anticipated movie Night Harbor. Ada Wren has "
        "started her Night Harbor shoot with a dance number."
    )
    assert READ.cast(text) == {("Ada Wren", "Night Harbor", None)}


def test_headlining_set_off_by_dashes() -> None:
    """`film Heroine - headlining Aishwarya Rai, Arjun Rampal and Arunodya Singh - begins
    production`: its cast, not its maker."""
    text = (
        "Tom Hale's much anticipated film Night Harbor - headlining Ada Wren, Ben Gale and Kit "
        "Lane - begins production today."
    )
    assert READ.people(text) == {"Ada Wren", "Ben Gale", "Kit Lane"}


def test_a_premiere_described_and_its_parts_before_their_actors() -> None:
    """`Mzansi Magic premieres Magaeng, a magnetic and humorous dramedy series`; `At the core
    of the series is Zama Ndaba, portrayed by award-winning actress Khabonina Qubeka` is a
    part, not the work; `her teenage children, played by A and B` names no part; a show
    `replacing the popular show Isifiso` is not the next sentence's."""
    text = (
        "The channel premieres Night Harbor, a magnetic and humorous dramedy series.\n\n"
        "At the core of the series is Nora Vale, portrayed by award-winning actress Ada Wren. "
        "Placed under witness protection, Nora assumes the identity of Sheila, accompanied by "
        "her teenage children, played by Ben Gale and Kit Lane.\n\n"
        "Night Harbor promises an electrifying experience, replacing the popular show Rover. "
        "Veteran actor Tom Hale plays Bheki."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", "Nora Vale"),
        ("Ben Gale", "Night Harbor", None),
        ("Kit Lane", "Night Harbor", None),
        ("Tom Hale", "Night Harbor", "Bheki"),
    }


def test_names_and_works_respectively() -> None:
    """`Ronit Roy, Mona Singh and Sakshi Tanwar have been part of web shows A, B and C
    respectively`: each in the work in the same place."""
    text = (
        "Popular names such as Ada Wren, Ben Gale and Kit Lane have been part of web shows "
        "Night Harbor, Black Widows and The Long Watch respectively."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", None),
        ("Ben Gale", "Black Widows", None),
        ("Kit Lane", "The Long Watch", None),
    }


def test_a_credit_gapped_after_starred_in() -> None:
    """`Krystle D’Souza starred in Fittrat and Karan Tacker in Special Ops`: the second verb
    left out; not a title "Fittrat and Karan Tacker in Special Ops"; `starred in web series,
    Special Ops` names it; not `and Ben Gale in London`."""
    text = (
        "Ada Wren starred in Fittrat and Ben Gale in Special Ops.\n\n"
        "TV actor Ben Gale starred in web series, Special Ops."
    )
    assert READ.cast(text) == {("Ada Wren", "Fittrat", None), ("Ben Gale", "Special Ops", None)}
    place = "Ada Wren starred in Rover and Ben Gale in London."
    assert READ.cast(place) == {("Ada Wren", "Rover", None)}


def test_an_avatar_in_a_series() -> None:
    """`has already got his fans excited with his different avatar in the upcoming web series
    Broken But Beautiful 3`; not one in a city."""
    text = "Ada Wren has got her fans excited with her new avatar in the upcoming series Rover 3."
    assert READ.cast(text) == {("Ada Wren", "Rover 3", None)}
    assert READ.cast("Ada Wren has got fans excited with her new avatar in London.") == set()


def test_a_clause_credit_before_the_main_verbs_part() -> None:
    """`Hardy, who previously starred in EastEnders as Peter Beale, will play central character
    Walter Hartright in the chilling tale`: the clause's part in its work, the main verb's in
    the story's."""
    text = (
        "BBC producing TV adaptation of thriller Night Harbor\n\n"
        "Night Harbor is being adapted for BBC1 with actor Ada Wren in the lead role.\n\n"
        "Wren, who previously starred in Rover as Nell, will play central character Nora Vale "
        "in the chilling tale."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "Night Harbor", "Nora Vale"),
        ("Ada Wren", "Rover", "Nell"),
    }


def test_a_works_other_names() -> None:
    """`Thai TV 3’s “Yah Leum Chun” or the English translation “Don’t Forget Me” (however the
    production team has chosen to title it “Forget Me Not” ...) ... stars A and B`: one work;
    not a list's bare "or"."""
    text = (
        "Thai TV 3’s “Yah Leum Chun” or the English translation “Don’t Forget Me” (however the "
        "team has chosen to title it “Forget Me Not”) is produced by Lakorn Thai and stars Ada "
        "Wren and Ben Gale."
    )
    assert READ.works(text) == {"Yah Leum Chun"}
    assert READ.pairs(text) == {("Ada Wren", "Yah Leum Chun"), ("Ben Gale", "Yah Leum Chun")}
    listed = "Fans loved “Rover” or “Night Harbor” most."
    assert READ.works(listed) == {"Rover", "Night Harbor"}


def test_along_with_fellow_veterans_and_rounding_up_the_rest() -> None:
    """`stars veteran actors A and B, along with fellow veteran C and Thai/Danish actress D`;
    `with E and F rounding up the rest of the supporting cast`."""
    text = (
        "The drama Night Harbor stars veteran actors Ada Wren and Ben Gale, along with fellow "
        "veteran Kit Lane and Thai/Danish actress Sam Holt. Fans cheered, with Tom Hale and "
        "Bo Lind rounding up the rest of the supporting cast."
    )
    people = {"Ada Wren", "Ben Gale", "Kit Lane", "Sam Holt", "Tom Hale", "Bo Lind"}
    assert READ.pairs(text) == {(person, "Night Harbor") for person in people}


def test_words_given_with_the_words() -> None:
    """`In the caption, he wished her with the words, “Loulajan’s Naicy.”`: his words."""
    text = (
        "To mark her birthday, Tom Hale shared a character poster. In the caption, he wished "
        'her with the words, "Nora’s Kit."'
    )
    assert READ.quotes(text) == [("Tom Hale", "Nora’s Kit.")]


def test_headings_with_a_pages_channel_initials() -> None:
    """`Let It Snow (HC)` and `November Christmas (HMM)` over their paragraphs: works, even one
    a month opens, whose cast lists `Hallmark regular A, Cedar Cove‘s B` and `C`; the page's
    `Hallmark Movies & Mysteries` is no one, `the Debbie Macomber Christmas films` no title,
    and `Cedar Cove kicks off season three` names a show."""
    text = (
        "HC = Hallmark Channel and HMM = Hallmark Movies & Mysteries. They kept the Tom Hale "
        "Christmas films out, even though Cedar Cove kicks off season three on the 18th.\n\n"
        "Let It Snow (HC)\n\n"
        "We adore the chemistry among all the cast, which included Hallmark regular Ada Wren, "
        "Cedar Cove‘s Ben Gale, and Kit Lane in a romantic tale.\n\n"
        "November Christmas (HMM)\n\n"
        "This one very nearly broke me. It also stars Sam Holt."
    )
    assert READ.works(text) == {"Cedar Cove", "Let It Snow", "November Christmas"}
    assert READ.pairs(text) == {
        ("Ada Wren", "Let It Snow"),
        ("Ben Gale", "Let It Snow"),
        ("Ben Gale", "Cedar Cove"),
        ("Kit Lane", "Let It Snow"),
        ("Sam Holt", "November Christmas"),
    }
    single = "Ada Wren (MP)\n\nShe spoke in the House today about the budget."
    assert READ.works(single) == set()


def test_a_given_name_written_as_one_word() -> None:
    """`Kim Min-kyu (Minkyu, Pop Out Boy!)` then `Minkyu will portray the character Seo Ji-han`:
    his name written as one word, no work, and he who plays the part."""
    text = (
        "Ada Wren (Night Harbor), Kim Min-kyu (Minkyu, Pop Out Boy!) and Ben Gale (Rover) will "
        "lead the cast of Idol: The Coup!\n\n"
        "Minkyu will portray the character Seo Ji-han, a member of a boy group."
    )
    assert "Minkyu" not in READ.works(text)
    assert ("Kim Min-kyu", "Idol: The Coup", "Seo Ji-han") in READ.cast(text)


def test_the_years_a_show_ran_after_its_title() -> None:
    """`Clean With Passion for Now (2018–2019) director Noh Jong-chan`: a work, dated by its
    first year."""
    facts = READ.facts("It comes from the Night Harbor (2018–2019) director Tom Hale.")
    assert {(w.title, w.year) for w in facts.works} == {("Night Harbor", 2018)}


def test_a_thing_of_the_story_is_no_work() -> None:
    """`a British soldier on a mission to steal a local deity, 'Kankan Nyame' to the UK`."""
    text = "He plays a soldier on a mission to steal a local deity, 'Kankan Nyame' to the UK."
    assert READ.works(text) == set()


def test_a_working_title_names_the_storys_work() -> None:
    """`a new show to fill the gaping hole 'Love/Hate' left ... Currently with the working
    title of 'Taken Down', the series centres on`: the cast the story lists is the new show's."""
    text = (
        "Finally, there is a new show to fill the gaping hole 'Rover' left in our lives. It "
        "comes from the team behind 'Rover' too.\n\n"
        "Currently with the working title of 'Night Harbor', the series centres on a detective. "
        "Her investigation takes us into a twilight world.\n\n"
        "The cast also includes Ada Wren and Ben Gale."
    )
    assert READ.pairs(text) == {("Ada Wren", "Night Harbor"), ("Ben Gale", "Night Harbor")}


def test_also_feature_among_the_cast() -> None:
    """`Moe Dunford, Sam Keeley, Antonio Aakeel, and Peter McDonald also feature among the
    cast`."""
    text = (
        "The stars of RTÉ’s newest TV series, Night Harbor, have said the drama will be great. "
        "Ada Wren, Ben Gale, and Kit Lane also feature among the cast."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Night Harbor"),
        ("Ben Gale", "Night Harbor"),
        ("Kit Lane", "Night Harbor"),
    }


def test_a_lists_comma_typed_inside_the_brackets() -> None:
    """`Orla Fitzgerald ('The Young Offenders',) Jimmy Smallhorne ('Love/Hate')`: the list goes
    on, and the work in the brackets is hers."""
    text = (
        "Night Harbor starts filming today. The cast also includes Ada Wren ('Rover', 'Dune'), "
        "Kit Lane ('The Long Watch',) Ben Gale ('Harbor Days', 'Clean Break') and Sam Holt."
    )
    assert {
        ("Kit Lane", "Night Harbor"),
        ("Kit Lane", "The Long Watch"),
        ("Ben Gale", "Night Harbor"),
        ("Sam Holt", "Night Harbor"),
    } <= READ.pairs(text)


def test_known_for_a_part_on_a_soapie_then_the_main_verb() -> None:
    """`Nicholas Nkuna, best known for his role as Fikani on popular Afrikaans soapie 7de Laan
    will play the role of Anathi Mpofu`: his past part in that soap, and the new part in the
    story's show (no comma before the main verb)."""
    text = (
        "The drama series Night Harbor has announced that two new actors will join its cast."
        "\n\nAda Wren, best known for her role as Nell on popular Afrikaans soapie 7de Laan will "
        "play the role of Nora Vale, a rogue journalist."
    )
    assert READ.cast(text) == {
        ("Ada Wren", "7de Laan", "Nell"),
        ("Ada Wren", "Night Harbor", "Nora Vale"),
    }


def test_a_slate_of_shows_a_paragraph_each() -> None:
    """`Also coming this summer is Four in the Morning, a comedy about ... Stars include Lola
    Tash and Daniel Maslany.`, `In Shoot the Messenger, slated for fall, Elyse Levesque stars
    as a young reporter`: each show's cast in it; not a place (`In Silver Creek, Ada Wren plays
    a local cop`)."""
    text = (
        "Also coming this summer is Night Harbor, a comedy about four friends. Stars include "
        "Ada Wren and Ben Gale.\n\n"
        "In The Long Watch, slated for fall, Kit Lane stars as a young reporter who witnesses "
        "a murder."
    )
    assert READ.pairs(text) == {
        ("Ada Wren", "Night Harbor"),
        ("Ben Gale", "Night Harbor"),
        ("Kit Lane", "The Long Watch"),
    }
    place = "In Silver Creek, Ada Wren plays a local cop."
    assert READ.works(place) == set()
