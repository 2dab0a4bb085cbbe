"""Works and cast of the sixth round: made-up sentences of the shapes trial pages misread,
each with a look-alike that must keep its old reading."""

from __future__ import annotations

from questions.extraction.article import extract
from questions.facts.model import ArticleFacts, DateValue

PUB = DateValue(2022, 3, 1)


def facts_of(text: str) -> ArticleFacts:
    return extract(text, published=PUB).facts


def cast_of(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.person, c.work, c.role) for c in facts_of(text).cast}


def works_of(text: str) -> set[str]:
    return {w.title for w in facts_of(text).works}


def test_a_name_after_the_star_of_the_film_is_the_star() -> None:
    text = (
        "Tom Hale on playing the singer in Night Harbor\n\n"
        "After the biopic hit theaters this week, the star of the film Tom Hale spoke about "
        "playing the singer.\n\n"
        '"I was terrified," he said.'
    )
    assert works_of(text) == {"Night Harbor"}
    quotes = [(q.speaker, q.text) for q in facts_of(text).quotes]
    assert quotes == [("Tom Hale", "I was terrified,")]


def test_a_title_after_the_star_of_the_film_stays_a_work() -> None:
    text = "The star of the film Night Harbor, Ada Wren, said the shoot ran late."
    assert "Night Harbor" in works_of(text)


def test_a_film_named_like_a_person_after_its_kind_stays_a_work() -> None:
    assert cast_of("Tom Hale stars in the film Ada Wren, about the singer's life.") == {
        ("Tom Hale", "Ada Wren", None)
    }


def test_a_fictional_show_inside_the_story_is_no_work() -> None:
    text = (
        "In the finale of “Glass Harbor”, Nora (Ada Wren) quits the fictional dating show, "
        "Everlasting, when her boss Quinn (Bo Lind) lets her go. She tells Kit (Tom Hale) at "
        "the Everlasting finale."
    )
    assert works_of(text) == {"Glass Harbor"}
    assert cast_of(text) == {
        ("Ada Wren", "Glass Harbor", "Nora"),
        ("Bo Lind", "Glass Harbor", "Quinn"),
        ("Tom Hale", "Glass Harbor", "Kit"),
    }


def test_a_fictional_show_quoted_is_no_work_either() -> None:
    text = "In “Glass Harbor”, Nora (Ada Wren) quits the fictional sitcom “Rover” for good."
    assert works_of(text) == {"Glass Harbor"}
    assert cast_of(text) == {("Ada Wren", "Glass Harbor", "Nora")}


def test_a_day_opening_a_finale_is_no_work() -> None:
    text = "In Monday's finale of Glass Harbor, Nora (Ada Wren) finally leaves town."
    assert works_of(text) == {"Glass Harbor"}


def test_a_fictionalised_drama_is_a_real_work() -> None:
    text = "Ada Wren stars in the fictionalised drama Night Harbor, about a real shipwreck."
    assert ("Ada Wren", "Night Harbor", None) in cast_of(text)


PANEL = (
    "For the fourth year, the convention hosted a panel of showrunners, a salute to the people "
    "who make our favourite programs.\n\n"
)


def test_showrunners_with_their_shows_in_parentheses_are_no_cast() -> None:
    text = PANEL + (
        "The dais included Ada Wren (“Glass Harbor”), Tom Hale (“Night Bus”) and Bo Lind."
    )
    assert cast_of(text) == set()
    assert {"Glass Harbor", "Night Bus"} <= works_of(text)


def test_makers_told_in_the_same_sentence_are_no_cast() -> None:
    text = (
        "Ada Wren (“Glass Harbor”) and Tom Hale (“Night Bus”) shared what it takes to be a "
        "showrunner."
    )
    assert cast_of(text) == set()


def test_a_cast_with_their_other_works_beside_showrunners_stays_cast() -> None:
    text = PANEL + (
        "“Salt Marsh” returns in May. The cast also includes Ada Wren (“Glass Harbor”), Tom "
        "Hale (“Night Bus”)."
    )
    cast = cast_of(text)
    assert {("Ada Wren", "Glass Harbor", None), ("Tom Hale", "Night Bus", None)} <= cast


def test_a_reviews_actor_goes_to_the_film_under_review() -> None:
    text = (
        "Glass Harbor review\n\n"
        "It is slow, but the director's first film since 2009's Night Shift holds up. "
        "Ada Wren plays a former cop who drinks too much."
    )
    assert cast_of(text) == {("Ada Wren", "Glass Harbor", None)}


def test_a_part_with_the_actors_surname_in_parentheses_is_the_full_name() -> None:
    text = (
        "Ada Wren on her new role in BBC One's Night Harbor\n\n"
        "The series follows the love story of Nora Hale (Wren) and Kit Lane (Baduza).\n\n"
        "Award nominee Bo Baduza talks about boxing."
    )
    assert cast_of(text) == {
        ("Ada Wren", "Night Harbor", "Nora Hale"),
        ("Bo Baduza", "Night Harbor", "Kit Lane"),
    }


def test_a_part_told_by_a_description_with_its_actor_in_parentheses() -> None:
    text = (
        "Glass Harbor (2021)\n\n"
        "A weary deputy (Tom Hale) is sent to the city, where a young detective (Ada Wren) is "
        "hunting a killer."
    )
    assert cast_of(text) == {("Tom Hale", "Glass Harbor", None), ("Ada Wren", "Glass Harbor", None)}


def test_a_real_person_told_by_a_job_kin_or_company_is_no_cast() -> None:
    for text in (
        "Glass Harbor review\n\nWe saw it with a friend (Tom Hale) who knew the cast.",
        "Glass Harbor review\n\nThe director (Tom Hale) spoke before the screening.",
        "Glass Harbor review\n\nShe came with her husband (Tom Hale) to the premiere.",
    ):
        assert cast_of(text) == set(), text


def test_a_reviews_closing_cast_line() -> None:
    text = (
        "Glass Harbor review\n\nIt is long and slow, but never dull.\n\n"
        "With Tom Hale, Ada Wren, Bo Lind and Kit Lane."
    )
    assert cast_of(text) == {
        (person, "Glass Harbor", None) for person in ("Tom Hale", "Ada Wren", "Bo Lind", "Kit Lane")
    }


def test_names_after_with_in_a_sentence_that_goes_on_are_no_cast_line() -> None:
    text = (
        "Glass Harbor review\n\nIt is long and slow, but never dull.\n\n"
        "With Tom Hale and Ada Wren gone, the show needs new blood."
    )
    assert cast_of(text) == set()


ROUNDUP = "“Glass Harbor” is back for a sixth season.\n\n"


def test_a_rank_is_no_part_of_its_own() -> None:
    text = ROUNDUP + (
        "Ada Wren joined the cast as Dr. Nora Hale as recurring in Season 5 and was promoted to "
        "series regular in Season 6."
    )
    assert cast_of(text) == {("Ada Wren", "Glass Harbor", None)}


def test_a_part_with_its_rank_stays_whole() -> None:
    text = ROUNDUP + "Ada Wren appeared as Dr. Nora Hale on a recurring basis in Season 5."
    assert cast_of(text) == {("Ada Wren", "Glass Harbor", "Dr. Nora Hale")}


def test_a_channel_in_capitals_owns_no_title() -> None:
    text = "His TV credits include recurring roles on FOX's Night Bus and Showtime's Rover."
    assert "Night Bus" in works_of(text)
    assert "FOX's Night Bus" not in works_of(text)


def test_signed_on_as_a_producer_is_no_cast() -> None:
    text = ROUNDUP + "Moreover, Tom Hale has signed on as an executive producer."
    assert cast_of(text) == set()


def test_signed_on_to_star_is_cast() -> None:
    text = ROUNDUP + "Moreover, Tom Hale has signed on for the new season."
    assert cast_of(text) == {("Tom Hale", "Glass Harbor", None)}


def test_a_known_surname_before_parentheses_is_the_actor_not_a_part() -> None:
    text = ROUNDUP + (
        "Ada Wren and Bo Lind will round out the main cast.\n\n"
        "Wren (Marsh Girls) will play Nancy, Kit's best friend."
    )
    cast = cast_of(text)
    assert ("Marsh Girls", "Glass Harbor", "Wren") not in cast
    assert ("Ada Wren", "Glass Harbor", "Nancy") in cast


def test_a_one_word_part_before_its_actor_in_parentheses_stays_a_part() -> None:
    text = ROUNDUP + "Ada Wren returns. Saxon (Bo Lind) is back too."
    assert ("Bo Lind", "Glass Harbor", "Saxon") in cast_of(text)
