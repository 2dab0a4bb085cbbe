"""Property tests: quizzes generated from many facts pass the fairness check (issue #16)."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions import NotEnoughFacts, check, generate, load_facts, parse_facts, seed_facts
from questions.check import Story
from questions.generation.kinds.cast import STARRED_STARTS
from questions.marks import balanced
from questions.names import clashes
from tests.questions.strategies import facts_data

GOLD = sorted(Path(__file__).parents[2].glob("extract/*/gold/*.yaml"))


def _quiz(facts, seed, **options):
    try:
        return generate(facts, seed=seed, **options)
    except NotEnoughFacts:
        return []


def _assert_fair(facts, made):
    """What a player would notice: a repeat, a giveaway by origin, a broken quote, any flag."""
    prompts = [q.prompt for q in made]
    assert len(set(prompts)) == len(prompts)
    people = Story(facts).people
    for q in made:
        assert balanced(q.prompt), q.prompt
        # Every choice of a question about people is someone the story names, like the answer.
        if q.prompt.startswith(("Who ", *STARRED_STARTS)):
            from_story = [c for c in q.choices if clashes(c, people)]
            assert len(from_story) == len(q.choices), q
    assert check(made, facts) == []


@pytest.mark.parametrize("seed", range(12))
def test_seed_quizzes_are_fair(seed):
    _assert_fair(seed_facts(), generate(seed_facts(), seed=seed))


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_quizzes_of_real_articles_are_fair(path):
    facts = load_facts(path)
    for seed in range(3):
        _assert_fair(facts, _quiz(facts, seed))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts_data(), st.integers(0, 2**32), st.integers(3, 5))
def test_quizzes_of_random_facts_are_fair(data, seed, choices):
    facts = parse_facts(data)
    _assert_fair(facts, _quiz(facts, seed, choices=choices))


FORMS = {
    **dict.fromkeys(STARRED_STARTS, "starred"),
    "Which of these did NOT": "not",
    "Who played": "played",
    "Which role": "role",
    "In which of these was": "in",
    "In what year": "year",
    "In what month": "month",
    "Which of these happened first": "first",
    "Which of these happened most": "last",
    "How many years": "span",
    "Who said": "said",
    "Which outlet": "outlet",
}


def _form(prompt):
    return next(form for start, form in FORMS.items() if prompt.startswith(start))


@pytest.mark.parametrize("seed", range(5))
def test_a_form_repeats_back_to_back_only_when_others_ran_out(seed):
    for facts in (seed_facts(), *(load_facts(p) for p in GOLD)):
        forms = [_form(q.prompt) for q in _quiz(facts, seed)]
        first = next((i for i in range(1, len(forms)) if forms[i] == forms[i - 1]), None)
        # Held-back questions close the quiz: by then at most two forms are left.
        assert first is None or len(set(forms[first - 1 :])) <= 2, forms


def test_a_name_with_a_stray_mark_is_never_offered_so_seeds_agree():
    """The check refuses a choice with a stray quotation mark, so it is never drawn as one:
    otherwise a question would be made or refused by the luck of the draw (hostile facts
    typed into the host's workshop made its "another batch" fail)."""
    broken = '" onfocus="alert(1)" autofocus="'
    work = '"><img src=x onerror=alert(1)>'
    cast = [("<script>alert(1)</script>", "4s<script>alert(1)</script>")]
    cast += [("Lisa Kudrow", "Michele"), ("Janeane Garofalo", "Heather"), ("Alan Cumming", "Sandy")]
    data = {
        "article": {"title": "Mira Sorvino confirms a sequel"},
        "works": [{"title": work, "kind": "film", "year": 1997}],
        "cast": [{"person": p, "work": work, "role": r} for p, r in cast],
        "events": [
            {"date": "1988", "what": broken, "people": ["Robin Schiff"]},
            {"date": "2022-06", "what": "Mira Sorvino hinted at a sequel"},
        ],
        "quotes": [
            {"text": "{{ 7*7 }}", "speaker": broken, "context": "to Us Weekly"},
            {
                "text": "The lack of a sequel shows the misogyny of Hollywood.",
                "speaker": "Alan Cumming",
            },
        ],
    }
    made = [_quiz(parse_facts(data), seed) for seed in range(30)]
    assert len({len(quiz) for quiz in made}) == 1
    assert all(broken not in q.choices for quiz in made for q in quiz)
