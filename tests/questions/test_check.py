"""The fairness check finds each flaw planted in a hand-made set, and nothing in a fair one."""

import random
from pathlib import Path

import pytest

from questions import CODES, FairnessWarning, Question, check, generate, parse_facts, seed_facts
from questions.__main__ import main
from questions.generation.kinds.cast import STARRED

FACTS = parse_facts(
    {
        "article": {"title": "T"},
        "works": [{"title": "Alpha Story", "year": 1999}],
        "cast": [
            {"person": "Ann Lee", "work": "Alpha Story", "role": "Queen"},
            {"person": "Bob Ray", "work": "Alpha Story", "role": "King"},
        ],
        "people": [{"name": "Cy Dunn"}, {"name": "Dee Fox"}],
        "quotes": [{"text": "I wrote it for Ann.", "speaker": "Cy Dunn", "outlet": "Variety"}],
    }
)


def q(prompt, choices, answer=0, kind="custom"):
    return Question(kind=kind, prompt=prompt, choices=tuple(choices), answer=answer)


FAIR = [
    q("Who played Queen in the film “Alpha Story”?", ["Ann Lee", "Cy Dunn", "Dee Fox"]),
    q("In what year did “Alpha Story” come out?", ["1997", "1999", "2001"], 1),
    q("Who said this? “I wrote it for her.”", ["Dee Fox", "Cy Dunn", "Bob Ray"], 1),
]

#: One set per warning code, each planting that flaw (and only the questions it needs).
PLANTED = {
    "only-from-story": [q("Who played King?", ["Bob Ray", "Tom Hanks", "Meryl Streep"])],
    "always-latest": [
        q(f"In what year did thing {n} happen?", ["1990", "1991", str(1992 + n)], 2)
        for n in range(3)
    ],
    "always-earliest": [
        q(f"In what month did thing {n} happen?", ["January", "March", "May"]) for n in range(3)
    ],
    "answering-pair": [
        q("Who played Queen in the film “Alpha Story”?", ["Ann Lee", "Cy Dunn", "Dee Fox"]),
        q("Which role did Ann Lee play in the film “Alpha Story”?", ["Queen", "King", "Jester"]),
    ],
    "non-person": [q("Who said this? “I wrote it.”", ["Cy Dunn", "Alpha Story", "Dee Fox"])],
    "repeated-prompt": [
        q("Which of these starred in “Alpha Story”?", ["Ann Lee", "Cy Dunn", "Dee Fox"]),
        q("Which of these starred in “Alpha Story”?", ["Bob Ray", "Cy Dunn", "Dee Fox"]),
    ],
    "mixed-types": [q("When did it open?", ["1999", "March", "Ann Lee"])],
    "answer-in-prompt": [q("Who is Ann Lee's co-star Bob Ray?", ["Bob Ray", "Cy Dunn", "Ann Lee"])],
    "unbalanced-quote": [q("Who said this? “I said, ‘There’s my girl”", FAIR[0].choices)],
    "long-choice": [
        q("Which came first?", ["The war", "The peace", "The long and winding road to the sea"])
    ],
}


def test_every_code_is_planted_and_documented():
    assert set(PLANTED) == set(CODES)


@pytest.mark.parametrize("code", sorted(PLANTED))
def test_check_finds_each_planted_flaw(code):
    found = check(PLANTED[code], FACTS)
    assert code in {w.code for w in found}, found
    assert all(isinstance(w, FairnessWarning) and w.message for w in found)


def test_check_finds_nothing_in_a_fair_set():
    assert check(FAIR, FACTS) == []


def test_a_warning_names_the_question_and_the_other_of_a_pair():
    found = check(PLANTED["answering-pair"], FACTS)
    assert found == [FairnessWarning(1, "answering-pair", "question 1 answers it")]
    (latest,) = check(PLANTED["always-latest"])
    assert latest.question_index is None


def test_without_facts_the_story_rules_are_skipped():
    assert check(PLANTED["only-from-story"]) == []


def test_cli_check_lists_warnings_and_exits_1(tmp_path: Path, capsys):
    quiz = tmp_path / "quiz.txt"
    quiz.write_text(
        "Who said this? “I said, ‘There’s my girl”\n"
        "A. Ann Lee\nB. Cy Dunn\nC. Dee Fox\nANSWER: A\n",
        encoding="utf-8",
    )
    assert main(["check", str(quiz)]) == 1
    assert "question 1: unbalanced-quote:" in capsys.readouterr().out


def test_cli_check_of_facts_checks_their_generated_quiz(capsys):
    seed = Path(__file__).parents[2] / "questions" / "data" / "seed-facts.yaml"
    assert main(["check", str(seed), "--seed", "1"]) == 0
    assert "0 warnings" in capsys.readouterr().err


def test_the_indexed_check_finds_what_comparing_every_pair_finds():
    """``check`` compares only the pairs its indexes say may clash; none may be missed."""
    from questions.check import Story, pattern_warnings, question_warnings

    facts = seed_facts()
    pool = [q for seed in range(5) for q in generate(facts, seed=seed, count=15)]
    chooser = random.Random(3)
    for round_ in range(30):
        questions = chooser.sample(pool, 25)
        story = Story(facts)
        every_pair = [
            warning
            for i, question in enumerate(questions)
            for warning in question_warnings(questions[:i], question, story)
        ] + pattern_warnings(questions)
        assert check(questions, facts) == every_pair, round_


@pytest.mark.parametrize("form", STARRED)
def test_every_wording_of_who_starred_is_a_question_about_people(form):
    # A choice from outside the story is a tell whatever the wording.
    prompt = form.format("the film “Alpha Story”")
    found = check([q(prompt, ["Bob Ray", "Tom Hanks", "Meryl Streep"])], FACTS)
    assert [w.code for w in found] == ["only-from-story"]
