import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions import NotEnoughFacts, Question, generate, parse_facts, seed_facts
from questions.facts.model import MONTHS, DateValue
from questions.generation.kinds.cast import STARRED_STARTS
from questions.generation.kinds.quotes import display, mask, trim
from questions.names import contains, distinct, same_name, tokens
from tests.questions.strategies import facts_data

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _generate(facts, seed, choices):
    try:
        return generate(facts, seed=seed, choices=choices)
    except NotEnoughFacts:
        return []


def _speaker(question: Question) -> str:
    return question.explanation.split(" said this", 1)[0]


@SETTINGS
@given(facts_data(), st.integers(0, 2**32), st.integers(2, 5))
def test_properties_over_random_facts(data, seed, choices):
    facts = parse_facts(data)
    made = _generate(facts, seed, choices)
    for q in made:
        # Fewer choices, never fewer than three, when the story has too few plausible ones.
        assert min(3, choices) <= len(q.choices) <= choices
        assert 0 <= q.answer < len(q.choices)
        assert 1 <= q.difficulty <= 3
        assert distinct(q.choices)
        assert len({tokens(c) for c in q.choices}) == len(q.choices)
        assert not contains(q.prompt, q.right_choice)
        if q.kind == "quote":
            assert not set(tokens(_speaker(q))) & set(tokens(q.prompt))
        if q.prompt.startswith(STARRED_STARTS):
            title = q.prompt.split("“", 1)[1].rsplit("”", 1)[0]
            cast = [c.person for c in facts.cast if tokens(c.work) == tokens(title)]
            right = [c for c in q.choices if any(same_name(c, p) for p in cast)]
            assert right == [q.right_choice]
        if q.kind == "quote" and q.prompt.startswith("Who said"):
            speakers = [x.speaker for x in facts.quotes if display_in(x, q.prompt, facts)]
            assert speakers
            right = [c for c in q.choices if any(same_name(c, s) for s in speakers)]
            assert right == [q.right_choice]
        _check_one_right(facts, q)
    assert len({q.prompt + "|".join(sorted(q.choices)) for q in made}) == len(made)
    assert made == _generate(facts, seed, choices)


def _title(prompt):
    return tokens(prompt.split("“", 1)[1].rsplit("”", 1)[0])


def _moments(facts):
    told = {(tokens(e.work), e.date.year) for e in facts.events if e.work is not None}
    out = [(e.what, e.date) for e in facts.events]
    for w in facts.works:
        if w.year is not None and (tokens(w.title), w.year) not in told:
            out.append((f"the {w.kind} “{w.title}” came out", DateValue(w.year)))
    return out


def _check_one_right(facts, q):
    """Every kind of question has exactly one choice the facts make right."""
    right = None
    if m := re.fullmatch(r"Who played (.*) in the \w+ “.*”\?", q.prompt):
        cast = [c for c in facts.cast if tokens(c.work) == _title(q.prompt)]
        could = [c.person for c in cast if c.role is None or same_name(c.role, m[1])]
        right = [c for c in q.choices if any(same_name(c, p) for p in could)]
    elif m := re.fullmatch(r"Which role did (.*) play in the \w+ “.*”\?", q.prompt):
        roles = [c.role for c in facts.cast if c.role and same_name(c.person, m[1])]
        right = [c for c in q.choices if any(same_name(c, r) for r in roles)]
    elif m := re.fullmatch(r"In which of these was (.*) cast\?", q.prompt):
        works = [tokens(c.work) for c in facts.cast if same_name(c.person, m[1])]
        right = [c for c in q.choices if tokens(c) in works]
    elif q.prompt.startswith("Which of these did NOT star in"):
        cast = [c.person for c in facts.cast if tokens(c.work) == _title(q.prompt)]
        right = [c for c in q.choices if not any(same_name(c, p) for p in cast)]
    elif m := re.fullmatch(r"In what year did this happen: (.*)\?", q.prompt):
        years = {d.year for what, d in _moments(facts) if tokens(what) == tokens(m[1])}
        right = [c for c in q.choices if int(c) in years]
    elif m := re.fullmatch(r"In what month of (\d+) did this happen: (.*)\?", q.prompt):
        months = {
            MONTHS[d.month - 1]
            for what, d in _moments(facts)
            if tokens(what) == tokens(m[2]) and d.year == int(m[1]) and d.month
        }
        right = [c for c in q.choices if c in months]
    elif q.prompt.startswith("Which of these happened"):
        dates = {}
        for what, d in _moments(facts):
            dates.setdefault(tokens(what), set()).add(d)
        assert all(len(dates[tokens(c)]) == 1 for c in q.choices)
        bounds = {c: next(iter(dates[tokens(c)])).bounds() for c in q.choices}
        if "first" in q.prompt:
            right = [
                c
                for c in q.choices
                if all(bounds[c][1] < bounds[o][0] for o in q.choices if o != c)
            ]
        else:
            right = [
                c
                for c in q.choices
                if all(bounds[c][0] > bounds[o][1] for o in q.choices if o != c)
            ]
    elif q.prompt.startswith("Which outlet"):
        outlets = [x.outlet for x in facts.quotes if x.outlet and display_in(x, q.prompt, facts)]
        assert outlets
        right = [c for c in q.choices if any(same_name(c, o) for o in outlets)]
    if right is not None:
        assert right == [q.right_choice], q


def display_in(quote, prompt, facts):
    from questions.generation.context import context

    ctx = context(facts, 4)
    return display(quote.text, (quote.speaker, ctx.canonical(quote.speaker))) in prompt


@SETTINGS
@given(facts_data(), st.integers(0, 1000))
def test_count_and_kinds_are_honoured_or_refused(data, seed):
    facts = parse_facts(data)
    for kinds in (["cast"], ["date"], ["quote"], ["date", "quote"]):
        try:
            made = generate(facts, seed=seed, kinds=kinds, count=3)
        except NotEnoughFacts as e:
            assert str(e)
        else:
            assert len(made) == 3
            assert {q.kind for q in made} <= set(kinds)


def test_seed_is_deterministic_and_seeds_vary():
    facts = seed_facts()
    assert generate(facts, seed=7) == generate(facts, seed=7)
    assert generate(facts, seed=7, count=10) != generate(facts, seed=8, count=10)


def test_kinds_are_mixed():
    made = generate(seed_facts(), seed=3, count=6)
    assert {q.kind for q in made} == {"cast", "date", "quote"}


def test_not_enough_facts_names_what_is_missing():
    facts = parse_facts({"article": {"title": "T"}})
    with pytest.raises(NotEnoughFacts, match="no cast questions: the facts list no cast"):
        generate(facts, seed=0, kinds=["cast"])
    with pytest.raises(NotEnoughFacts, match="no quote questions: the facts have no quotes"):
        generate(facts, seed=0, kinds=["quote", "cast"])
    with pytest.raises(NotEnoughFacts, match="asked for 500 questions"):
        generate(seed_facts(), seed=0, count=500)


def test_a_short_quiz_says_why_each_empty_kind_made_nothing():
    # Quotes make questions, but the one event tells its own year and nobody is in a cast.
    facts = parse_facts(
        {
            "article": {"title": "T", "published": "2020-05-01"},
            "people": [{"name": n} for n in ("Ann Lee", "Bob Ray", "Cy Dunn")],
            "events": [{"date": "2019", "what": "the 2019 premiere sold out"}],
            "quotes": [
                {
                    "text": "Playing the queen at the Old Vic was the proudest night of my career",
                    "speaker": "Ann Lee",
                }
            ],
        }
    )
    with pytest.raises(NotEnoughFacts) as short:
        generate(facts, seed=0, count=10)
    message = str(short.value)
    assert "make only 1 (0 cast, 0 date, 1 quote)" in message
    assert "no cast questions: the facts list no cast" in message
    assert "no date questions: each date question needs an event from before" in message
    assert "no quote questions" not in message
    assert [q.kind for q in short.value.made] == ["quote"]


def test_bad_arguments_are_value_errors():
    with pytest.raises(ValueError):
        generate(seed_facts(), seed=0, choices=1)
    with pytest.raises(ValueError):
        generate(seed_facts(), seed=0, kinds=["trivia"])
    with pytest.raises(ValueError):
        generate(seed_facts(), seed=0, count=0)


ROLES = {
    "article": {"title": "T", "published": "2001-03"},
    "works": [{"title": "Alpha Story", "year": 1999, "cast_complete": True}, {"title": "Beta"}],
    "cast": [
        {"person": "Ann Lee", "work": "Alpha Story", "role": "Queen"},
        {"person": "Bob Ray", "work": "Alpha Story", "role": "King"},
        {"person": "Cy Dunn", "work": "Alpha Story", "role": "Jester"},
        {"person": "Dee Fox", "work": "Alpha Story", "role": "Knight"},
        {"person": "Ann Lee", "work": "Beta", "role": "Witch"},
        {"person": "Eve Gold", "work": "Alpha Story", "role": "Story"},
    ],
}


def test_role_questions_are_fair():
    outsider = {"person": "Fay Moss", "work": "Beta"}
    facts = parse_facts({**ROLES, "cast": [*ROLES["cast"], outsider]})
    ann = {
        "Which role did Ann Lee play in the film “Alpha Story”?",
        "Who played Queen in the film “Alpha Story”?",
    }
    asked: set[str] = set()
    for seed in range(10):
        prompts = {q.prompt for q in generate(facts, seed=seed, kinds=["cast"])}
        # One fact, one question: "who played Queen" and "which role did Ann Lee play" answer
        # each other, so a quiz asks at most one of them.
        assert len(ann & prompts) <= 1
        asked |= prompts
        # "Story" is in the title it would be asked about, so that question is never made.
        assert "Which role did Eve Gold play in the film “Alpha Story”?" not in prompts
        for q in generate(facts, seed=seed, kinds=["cast"]):
            if q.prompt == "Which role did Ann Lee play in the film “Alpha Story”?":
                assert "Witch" not in q.choices
                assert q.right_choice == "Queen"
            if "NOT" in q.prompt:
                # The one name from outside the cast is someone the story names too.
                assert q.right_choice == "Fay Moss"
                assert set(q.choices) - {q.right_choice} <= {
                    "Ann Lee",
                    "Bob Ray",
                    "Cy Dunn",
                    "Dee Fox",
                    "Eve Gold",
                }
    assert ann <= asked
    assert "Which of these did NOT star in the film “Alpha Story”?" in asked


def test_dates_never_after_the_article():
    facts = parse_facts({**ROLES, "events": [{"date": "2000-11", "what": "the thing began"}]})
    for seed in range(20):
        for q in generate(facts, seed=seed, kinds=["date"]):
            if "year" in q.prompt:
                assert all(int(c) <= 2001 for c in q.choices)
                assert len(set(q.choices)) == 4


def test_what_is_coming_gets_wrong_dates_after_the_article_not_before():
    """Published March 2001: a premiere in September 2001 or in 2004 is still to come."""

    def asked(date: str) -> list[Question]:
        facts = parse_facts({**ROLES, "events": [{"date": date, "what": "the sequel premieres"}]})
        made = [q for seed in range(20) for q in generate(facts, seed=seed, kinds=["date"])]
        asks_when = re.compile(r"In what \w+ .*: the sequel premieres\?")
        return [q for q in made if asks_when.fullmatch(q.prompt)]

    months = asked("2001-09")
    assert months, "an event still to come this year is asked about"
    for q in months:
        assert q.right_choice == "September"
        assert all(MONTHS.index(c) >= 2 for c in q.choices), q.choices
    years = asked("2004")
    assert years, "an event still to come in a later year is asked about"
    for q in years:
        assert q.right_choice == "2004"
        assert all(int(c) >= 2001 for c in q.choices), q.choices


def test_month_questions_get_months():
    facts = parse_facts({**ROLES, "events": [{"date": "2000-11", "what": "the thing began"}]})
    made = generate(facts, seed=0, kinds=["date"])
    month = next(q for q in made if "month" in q.prompt)
    assert month.right_choice == "November"
    assert all(c.isalpha() for c in month.choices)


def test_a_january_event_is_asked_by_its_year():
    # No month comes before January, so a month question would give it away; its year still
    # has years on both sides to offer.
    facts = parse_facts({**ROLES, "events": [{"date": "2010-01", "what": "the finale aired"}]})
    made = generate(facts, seed=0, kinds=["date"])
    asked = next(q for q in made if "the finale aired" in q.prompt)
    assert asked.prompt.startswith("In what year")
    assert asked.right_choice == "2010"


def test_a_date_question_of_a_whole_sentence_ends_in_one_question_mark():
    what = "The revival, which began on a Monday, will return after the summer."
    facts = parse_facts({**ROLES, "events": [{"date": "2000-11", "what": what}]})
    prompts = [q.prompt for q in generate(facts, seed=0, kinds=["date"])]
    assert any("will return after the summer?" in p for p in prompts), prompts
    assert not any(".?" in p for p in prompts)


def test_mask_hides_every_part_of_the_speaker_name():
    text = "Mira said Sorvino and Mira Sorvino’s friends love Sorvinos."
    assert mask(text, ("Mira Sorvino",)) == "___ said ___ and ___’s friends love Sorvinos."


def test_trim_cuts_long_quotes_at_words_with_ellipsis():
    rng = random.Random(0)
    words = [rng.choice(["the", "and", "so", "of"]) for _ in range(40)]
    words[20:23] = ["Remarkable", "velociraptor", "choreography."]
    trimmed = trim(" ".join(words))
    assert "velociraptor" in trimmed
    assert trimmed.startswith("…") or trimmed.endswith("…")
    assert len(trimmed.replace("…", "").split()) <= 22
    assert trim("short and sweet,") == "short and sweet"


def test_a_casting_story_of_one_work_asks_about_three_of_its_people():
    # A quiz never repeats a prompt, so each of the first three takes its own wording; and
    # none offers a wrong person another offered, who would be known to be outside the cast.
    cast = ["Ada Wren", "Tom Hale", "Rosa Diaz", "Ben Ito"]
    outsiders = ["Mia Park", "Leo Grant", "Zoe Quinn", "Ivy Stone", "Max Bell", "Kai Reyes"]
    outsiders += ["Eva Lund", "Sam Okafor", "Noor Aziz"]
    data = {
        "article": {"title": "Harbor Lights casts its crew"},
        "works": [{"title": "Harbor Lights", "kind": "film"}],
        "cast": [{"person": p, "work": "Harbor Lights"} for p in cast],
        "people": [{"name": p, "description": "producer"} for p in outsiders],
    }
    for seed in range(10):
        made = generate(parse_facts(data), seed=seed)
        starred = [q for q in made if q.prompt.startswith(STARRED_STARTS)]
        assert len({q.prompt for q in starred}) == len(starred) == 3
        assert {q.right_choice for q in starred} < set(cast)
        wrong = [set(q.choices) - {q.right_choice} for q in starred]
        assert all(not (a & b) for i, a in enumerate(wrong) for b in wrong[i + 1 :]), wrong


def test_no_cast_question_gives_another_away():
    # Few outsiders: a second "starred" question would have to reuse one, so it is not asked,
    # and the outsider of "did NOT star" was never offered as a wrong "starred" answer.
    cast = ["Ada Wren", "Tom Hale", "Rosa Diaz", "Ben Ito"]
    outsiders = ["Mia Park", "Leo Grant", "Zoe Quinn", "Ivy Stone"]
    data = {
        "article": {"title": "Harbor Lights casts its crew"},
        "works": [{"title": "Harbor Lights", "kind": "film", "cast_complete": True}],
        "cast": [{"person": p, "work": "Harbor Lights"} for p in cast],
        "people": [{"name": p, "description": "producer"} for p in outsiders],
    }
    for seed in range(20):
        made = generate(parse_facts(data), seed=seed)
        shown_outside: set[str] = set()
        for q in made:
            if q.prompt.startswith(STARRED_STARTS):
                wrong = set(q.choices) - {q.right_choice}
                assert not wrong & shown_outside, (seed, q)
                shown_outside |= wrong
            elif "did NOT star" in q.prompt:
                assert q.right_choice not in shown_outside, (seed, q)
                shown_outside.add(q.right_choice)


def test_a_title_role_is_no_wrong_role_in_another_work():
    # "Cinderella" is a role and a film: among roles it would read as the odd one out.
    data = {
        "article": {"title": "Casting news"},
        "works": [{"title": "Cinderella", "kind": "film"}, {"title": "Dracula", "kind": "film"}],
        "cast": [
            {"person": "Lily James", "work": "Cinderella", "role": "Cinderella"},
            {"person": "Richard Madden", "work": "Cinderella", "role": "Prince Charming"},
            {"person": "Luke Evans", "work": "Dracula", "role": "Prince Vlad"},
            {"person": "Sarah Gadon", "work": "Dracula", "role": "Mirena"},
        ],
    }
    facts = parse_facts(data)
    roles = [
        q
        for seed in range(20)
        for q in generate(facts, seed=seed, kinds=["cast"])
        if q.prompt.startswith("Which role")
    ]
    assert roles
    assert all("Cinderella" not in q.choices for q in roles)


#: An interview with two stars and their careers: too few people to ask who starred.
TWO_STARS = {
    "article": {"title": "Two detectives for Cleddau"},
    "works": [
        {"title": t, "kind": "show"}
        for t in ("Cleddau", "Agatha Raisin", "The Mallorca Files", "Hinterland", "Dalgliesh")
    ]
    + [{"title": "Dexter", "kind": "show"}, {"title": "Dexter: New Blood", "kind": "show"}],
    "cast": [
        {"person": "Elen Rhys", "work": "Cleddau", "role": "DI Ffion Lloyd"},
        {"person": "Richard Harrington", "work": "Cleddau", "role": "DS Rick Sheldon"},
        {"person": "Elen Rhys", "work": "Agatha Raisin"},
        {"person": "Elen Rhys", "work": "The Mallorca Files"},
        {"person": "Elen Rhys", "work": "Dexter: New Blood"},
        {"person": "Richard Harrington", "work": "Hinterland"},
        {"person": "Richard Harrington", "work": "Dalgliesh"},
        {"person": "Richard Harrington", "work": "Dexter"},
    ],
}


def test_an_interview_of_two_stars_asks_which_of_their_works_each_was_in():
    facts = parse_facts(TWO_STARS)
    own = {
        "Elen Rhys": {"Cleddau", "Agatha Raisin", "The Mallorca Files", "Dexter: New Blood"},
        "Richard Harrington": {"Cleddau", "Hinterland", "Dalgliesh", "Dexter"},
    }
    asked = [
        q
        for seed in range(20)
        for q in generate(facts, seed=seed, kinds=["cast"])
        if q.prompt.startswith("In which of these was")
    ]
    assert {q.prompt for q in asked} == {
        "In which of these was Elen Rhys cast?",
        "In which of these was Richard Harrington cast?",
    }
    for q in asked:
        person = q.prompt.removeprefix("In which of these was ").removesuffix(" cast?")
        assert q.right_choice in own[person]
        wrong = set(q.choices) - {q.right_choice}
        # Each wrong work is the other star's alone; neither Dexter is offered against the other.
        assert wrong and not wrong & own[person], q
        assert not wrong & {"Cleddau", "Dexter", "Dexter: New Blood"}, q


def test_a_person_is_asked_which_work_they_were_in_once_a_quiz():
    made = generate(parse_facts(TWO_STARS), seed=3, kinds=["cast"])
    prompts = [q.prompt for q in made if q.prompt.startswith("In which of these was")]
    assert len(prompts) == len(set(prompts)) >= 1


def test_works_without_casts_of_their_own_are_never_wrong_answers():
    # Nobody is credited in "Hinterland" or "Dalgliesh": Elen Rhys may well have been in them.
    data = {**TWO_STARS, "cast": [c for c in TWO_STARS["cast"] if c["person"] == "Elen Rhys"]}
    made = [q for seed in range(20) for q in _generate(parse_facts(data), seed, 4)]
    assert not [q for q in made if q.prompt.startswith("In which of these was")]
