"""Round nine's trial pages, read as a new user would paste them.

A fan site's casting story (Show Snob on 13 Reasons Why, 2017) names its show only in the
headline ("13 Reasons Why adds seven new actors for season 2") and in an appositive ("the
Netflix hit, 13 Reasons Why, with fans wondering"): the show was never found, and the story's
casting went to the other shows its actors were known for.
"""

from __future__ import annotations

from questions.facts.model import DateValue

from .reading import Reading

READ = Reading(DateValue(2017, 8, 11))


def test_a_show_adding_actors_in_its_headline_is_a_show() -> None:
    text = "13 Reasons Why adds seven new actors for season 2\n\nThe new season starts soon."
    assert READ.works(text) == {"13 Reasons Why"}


def test_a_person_adding_to_a_post_is_no_show() -> None:
    text = "Ada Wren adds a photo of her new puppy\n\nThe actress is delighted."
    assert READ.works(text) == set()


def test_a_title_set_off_after_its_kind_is_a_work() -> None:
    text = (
        "News\n\nThere has been a mystery surrounding the Netflix hit, 13 Reasons Why, with "
        "fans wondering what the new season is about."
    )
    assert READ.works(text) == {"13 Reasons Why"}


def test_a_person_set_off_after_a_kind_is_no_work() -> None:
    assert READ.works("News\n\nThe sequel, Ada Wren, who stars in it, said it was fun.") == set()


def test_a_known_persons_surname_beside_a_title_is_no_list_item() -> None:
    text = (
        "13 Reasons Why adds seven new actors\n\nThe former star of Tyrant, Anne Winters, will "
        "play Chloe. Unlike the "
        "relatively well-known Winters, 13 Reasons Why will be Bryce Cass's first big role."
    )
    assert "Winters" not in READ.works(text)


def test_these_before_a_headlines_show_is_no_part_of_its_title() -> None:
    # The page's date stamp ("date 2024-05-07") is dropped now, so the headline's run of
    # capitals starts at "These", as a pasted headline would.
    text = (
        "These Wednesday season 2 announcements are sure to raise a smile\n\n"
        "Netflix confirmed that filming is underway on Wednesday season 2."
    )
    assert READ.works(text) == {"Wednesday"}


def test_a_former_stars_show_is_not_the_work_of_her_new_part() -> None:
    text = (
        "13 Reasons Why adds seven new actors for season 2\n\n"
        "First up is the former star of FX’s Tyrant, Anne Winters, who will play Chloe. "
        "Sheri (Ajiona Alexus) and Jessica (Alisha Boe) are on the squad."
    )
    assert READ.cast(text) == {
        ("Anne Winters", "13 Reasons Why", "Chloe"),
        ("Ajiona Alexus", "13 Reasons Why", "Sheri"),
        ("Alisha Boe", "13 Reasons Why", "Jessica"),
    }


def test_a_new_season_that_will_feature_actors_names_its_cast() -> None:
    # Winter Is Coming on Foundation's second season (2022): ten new names in one sentence.
    text = (
        "Foundation season 2 adds ten new cast members\n\n"
        "The new season will also feature Isabella Laughland, Kulvinder Ghir and Ben Daniels."
    )
    assert READ.cast(text) == {
        ("Isabella Laughland", "Foundation", None),
        ("Kulvinder Ghir", "Foundation", None),
        ("Ben Daniels", "Foundation", None),
    }


def test_an_event_that_will_feature_people_names_no_cast() -> None:
    text = (
        "Foundation season 2 adds ten new cast members\n\n"
        "The festival will also feature Isabella Laughland and Ben Daniels. The new season will "
        "feature songs by Ada Wren and Ben Gale."
    )
    assert READ.cast(text) == set()


def test_words_a_character_is_described_by_are_nobodys_quote() -> None:
    # Winter Is Coming quoted Apple's description of a part (the stored page ends inside it);
    # the actor named before it had said nothing.
    text = (
        "Foundation season 2 adds ten new cast members\n\n"
        "British actor Kulvinder Ghir will also be portraying a cleric. Ghir is known in the "
        "UK as a comedic actor, making him perfect for a character described as “a terrible "
        "drunk — intelligent enough to see the path he’s on, but too cynical to"
    )
    assert READ.quotes(text) == []


def test_an_actor_speaking_of_the_character_is_still_quoted() -> None:
    text = (
        "Foundation season 2 adds ten new cast members\n\n"
        "Kulvinder Ghir said: “He is a terrible drunk, but a lovable one, and a gift of a part.”"
    )
    assert READ.quotes(text) == [
        ("Kulvinder Ghir", "He is a terrible drunk, but a lovable one, and a gift of a part.")
    ]
