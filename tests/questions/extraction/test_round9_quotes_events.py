"""Round nine: quotes and dated events in the shapes news outlets write every day (casting
news, reviews, interviews, social posts), each told in a made-up article written from the
genre rather than from a page, with the look-alike that must keep reading as before."""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2024, 5, 15))  # a Wednesday
_quotes, _events = READ.quotes, READ.events

STAR = "Harbor Lights casting news\n\nAda Wren stars in Harbor Lights, the new Netflix drama. "
DIRECTED = STAR + "The series is directed by Ben Gale. "


def test_a_tagline_named_after_its_verb_is_nobodys_quote() -> None:
    """A poster's tagline is the work's, not the star's the story just named; outlets write
    the verb first as often as last."""
    for blurb in (
        "“Every light has a shadow,” reads the tagline.",
        "“Every light has a shadow,” reads the official tagline.",
        "“Every light has a shadow,” the tagline reads.",
        "The show’s description reads: “Every light has a shadow on the coast.”",
    ):
        assert _quotes(STAR + blurb) == [], blurb
    said = "“I read the script twice and cried,” Wren said."
    assert _quotes(STAR + said) == [("Ada Wren", "I read the script twice and cried,")]


def test_the_name_right_after_says_speaks_not_the_one_spoken_of() -> None:
    """`says director Ben Gale of Wren`: the speaker comes first, whom he talks about after
    "of"; the nearest name to the sentence's end is the wrong one."""
    said = "“She is a force of nature on set,” says director Ben Gale of Wren."
    assert _quotes(DIRECTED + said) == [("Ben Gale", "She is a force of nature on set,")]
    said = "“He is the calmest director I know,” said Ada Wren of Gale."
    assert _quotes(DIRECTED + said) == [("Ada Wren", "He is the calmest director I know,")]


def test_a_short_quote_is_claimed_through_a_description_or_an_adverb() -> None:
    """A quote of three words or fewer is speech only when its verb follows at once; a
    description with an adjective, an age and a noun, a job before the name, or an adverb
    still follow at once, as People and Deadline write them."""
    for cue in (
        "the British actress said",
        "the Oscar nominee told reporters",
        "the 34-year-old actress said",
        "Wren jokingly said",
    ):
        assert _quotes(STAR + f"“I’m so proud,” {cue}.") == [("Ada Wren", "I’m so proud,")], cue
    said = "“I’m so proud,” executive producer Ben Gale told Deadline."
    assert _quotes(DIRECTED + said) == [("Ben Gale", "I’m so proud,")]


def test_a_short_word_far_from_its_verb_stays_scare_quotes() -> None:
    said = "The shoot was “grueling,” the producers of the film at the studio said."
    assert _quotes(DIRECTED + said) == []


def test_a_short_sentence_a_verb_introduces_is_said() -> None:
    """`Wren told Variety: “I was terrified.”` gives a sentence of its own, however short."""
    for cue in ("Wren said,", "Wren told Variety:", "Wren told Harper’s Bazaar UK,"):
        assert _quotes(STAR + f"{cue} “I was terrified.”") == [("Ada Wren", "I was terrified.")]


def test_a_title_or_words_run_on_after_a_verb_are_not_introduced() -> None:
    for said in (
        "Wren said she loved the title, “Harbor Lights.”",
        "Wren said that, in the end, “it works.”",
    ):
        assert _quotes(STAR + said) == [], said


def test_a_caption_is_its_posters_words() -> None:
    """Instagram news gives a post's words with "captioned"; a company's post is no
    statement of it, as with "tweeted"."""
    said = "“Best day ever,” Wren captioned the post."
    assert _quotes(STAR + said) == [("Ada Wren", "Best day ever,")]
    said = "Wren captioned the photo: “Day one on set with the best crew.”"
    assert _quotes(STAR + said) == [("Ada Wren", "Day one on set with the best crew.")]
    said = "“New season, new secrets, new faces,” Netflix captioned the teaser."
    assert _quotes(STAR + said) == []
