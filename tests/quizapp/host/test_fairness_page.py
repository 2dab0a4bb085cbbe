"""The host's set page shows what the fairness check finds before publishing (issue #16)."""

from __future__ import annotations

from questions import Question, generate, seed_facts
from quizapp.extensions import db
from quizapp.models import Quiz
from quizapp.quizzes import store_facts
from tests.conftest import make_set

HTMX = {"HX-Request": "true"}
FLAWED = [
    Question("custom", "Who played Romy?", ("Mira Sorvino", "Lisa Kudrow", "Alan Cumming"), 0),
    Question("custom", "Who played Romy?", ("Mira Sorvino", "Lisa Kudrow", "Alan Cumming"), 0),
    Question("custom", "Was Ada Lovelace a mathematician?", ("Ada Lovelace", "Grace Hopper"), 0),
]


def test_the_set_page_names_each_flaw_by_question(app, client, owner):
    set_id = make_set(app, owner, questions=FLAWED)
    page = client.get(f"/host/sets/{set_id}").text
    assert "The fairness check found 2 things a player could notice" in page
    assert "Question 2: the same prompt twice in the set (same prompt as question 1)." in page
    assert "Question 3: the prompt contains the right answer" in page


def test_a_generated_quiz_shows_no_warning(app, client, owner):
    facts = seed_facts()
    set_id = make_set(app, owner, questions=generate(facts, seed=1, count=15))
    with app.app_context():
        store_facts(db.session.get(Quiz, set_id), facts)
        db.session.commit()
    assert 'id="fairness"' in (page := client.get(f"/host/sets/{set_id}").text)
    assert "fairness check found" not in page


def test_fixing_a_question_clears_its_warning_at_once(app, client, owner):
    set_id = make_set(app, owner, questions=FLAWED[:2])
    with app.app_context():
        second = db.session.get(Quiz, set_id).questions[1].id
    form = {
        f"q{second}-prompt": "Who played Michele?",
        f"q{second}-choices-0": "Lisa Kudrow",
        f"q{second}-choices-1": "Mira Sorvino",
        f"q{second}-right": "0",
    }
    response = client.post(f"/host/sets/{set_id}/questions/{second}", data=form, headers=HTMX)
    assert response.status_code == 200
    # The edited row, then the check again for htmx to swap in where it is shown.
    assert response.text.index('id="question-') < response.text.index('id="fairness"')
    assert '<div id="fairness" hx-swap-oob="true">' in response.text
    assert "fairness check found" not in response.text
