from pathlib import Path

import questions
from questions import generate, seed_facts
from questions.names import contains, distinct, mentions, same_name

ARTICLE = (Path(questions.__file__).parent / "data" / "seed-article.txt").read_text("utf-8")


def test_every_quote_is_verbatim_in_the_article():
    for quote in seed_facts().quotes:
        assert quote.text in ARTICLE


def test_every_named_person_and_work_is_in_the_article():
    facts = seed_facts()
    for name in [c.person for c in facts.cast] + [p.name for p in facts.people]:
        assert name in ARTICLE
    for work in facts.works:
        assert work.title in ARTICLE
        assert work.year is None or str(work.year) in ARTICLE
    for event in facts.events:
        assert str(event.date.year) in ARTICLE


def test_seed_facts_round_trip():
    facts = seed_facts()
    assert questions.parse_facts(facts.to_dict()) == facts
    assert facts.article.title


def test_seed_gives_at_least_fifteen_fair_questions_of_every_kind():
    facts = seed_facts()
    cast = {c.person for c in facts.cast}
    for seed in range(5):
        made = generate(facts, seed=seed)
        assert len(made) >= 15
        assert {q.kind for q in made} == {"cast", "date", "quote"}
        assert len({q.prompt for q in made}) >= 15
        for q in made:
            assert distinct(q.choices)
            assert not contains(q.prompt, q.right_choice)
            assert q.explanation
            if "starred in" in q.prompt:
                assert [c for c in q.choices if c in cast] == [q.right_choice]
            if q.prompt.startswith("Who said"):
                speaker = q.right_choice
                assert not mentions(q.prompt, speaker)
                wrong = [c for c in q.choices if c != speaker]
                assert not any(same_name(w, speaker) for w in wrong)
                assert q.explanation.startswith(speaker)


def test_quote_naming_a_person_does_not_offer_them():
    made = [q for seed in range(10) for q in generate(seed_facts(), seed=seed, kinds=["quote"])]
    kudrow = next(q for q in made if "Lisa [Kudrow]" in q.prompt and q.prompt.startswith("Who"))
    assert "Lisa Kudrow" not in kudrow.choices


def test_seed_dates_are_never_after_2023():
    for seed in range(10):
        for q in generate(seed_facts(), seed=seed, kinds=["date"]):
            if "year" in q.prompt:
                assert all(1 <= int(c) <= 2023 for c in q.choices)
