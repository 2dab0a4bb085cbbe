"""Classes of input that once made a 500, each drawn by hypothesis and refused with a 4xx.

- digits that are not ASCII ("²", "①", "٣", "１") and integers beyond a 32-bit column, in
  ids and numbers read from the query or a form;
- a character no database or page can hold (half a UTF-16 surrogate pair, or NUL), spelled
  as a JSON escape anywhere in an imported quiz file, an uploaded facts file, or the JSON
  the workshop keeps in its hidden fields.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.extensions import db
from quizapp.models import Play, QuizQuestion
from quizapp.text import storable
from tests.conftest import QuizActions, examples, facts_form, make_set
from tests.quizapp.hostile import not_a_database_int, unstorable_text

TRIES = 40
EXAMPLES = Path(__file__).parent / "host" / "examples"


def _settings(tries: int = TRIES):
    return settings(
        max_examples=examples(tries),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )


def text_paths(document: Any, path: tuple = ()) -> list[tuple]:
    """The path (keys and indexes) of every text in a JSON document."""
    if isinstance(document, str):
        return [path]
    if isinstance(document, dict):
        items = list(document.items())
    elif isinstance(document, list):
        items = list(enumerate(document))
    else:
        return []
    return [found for key, value in items for found in text_paths(value, (*path, key))]


def spoiled(document: Any, data: st.DataObject) -> str:
    """``document`` as JSON text with one of its texts replaced by unstorable text."""
    path = data.draw(st.sampled_from(text_paths(document)), label="field")
    bad = data.draw(unstorable_text, label="text")
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    return json.dumps(document)  # escapes the surrogate or NUL as \uXXXX, as a file would


def example_json(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text())


@pytest.fixture
def set_id(app, hosts) -> int:
    owner = hosts.create("ann")
    hosts.sign_in_as(owner)
    return make_set(app, owner)


def stored_texts(app) -> list[str]:
    """Every prompt, explanation and choice in the database."""
    with app.app_context():
        rows = db.session.execute(db.select(QuizQuestion)).scalars()
        return [
            text for q in rows for text in (q.prompt, q.explanation, *(c.text for c in q.choices))
        ]


# -- numbers -----------------------------------------------------------------------------------


@_settings()
@given(number=not_a_database_int)
def test_a_quiz_id_that_is_no_database_int_is_404_on_the_leaderboard(client, number):
    assert client.get("/leaderboard", query_string={"quiz": number}).status_code == 404


@_settings()
@given(number=not_a_database_int)
def test_an_answer_position_that_is_no_database_int_is_400(app, number):
    client = app.test_client()
    quiz = QuizActions(client, app)
    play_id = quiz.start()
    quiz.show(play_id)
    response = client.post(f"/play/{play_id}/answer", data={"position": number, "choice": ""})
    assert response.status_code == 400
    assert "The form names no question." in response.text
    with app.app_context():
        play = db.session.execute(db.select(Play).filter_by(public_id=play_id)).scalar_one()
        assert [answer.answered_at for answer in play.answers] == [None]


def test_an_answer_position_beyond_the_questions_shown_is_still_409(quiz):
    play_id = quiz.start()
    quiz.show(play_id)
    assert quiz.answer(play_id, 2**31 - 1, "").status_code == 409


# -- text that cannot be stored ----------------------------------------------------------------


@_settings()
@given(data=st.data())
@pytest.mark.parametrize(
    ("fmt", "example"), [("json", "questions.json"), ("opentdb", "opentdb.json")]
)
def test_an_unstorable_character_in_an_imported_quiz_is_refused(
    app, client, set_id, fmt, example, data
):
    text = spoiled(example_json(example), data)
    upload = {"file": (io.BytesIO(text.encode()), "quiz.json"), "format": fmt}
    response = client.post(f"/host/sets/{set_id}/import", data=upload)
    # Refused, or imported without the text (an Open Trivia DB category is not kept).
    assert response.status_code in {303, 422}
    assert storable(stored_texts(app))


@_settings()
@given(data=st.data())
@pytest.mark.parametrize("filename", ["facts.json", "facts.yaml"])
def test_an_unstorable_character_in_an_uploaded_facts_file_is_refused(
    client, set_id, filename, data
):
    text = spoiled(example_json("facts.json"), data)
    upload = {"facts_file": (io.BytesIO(text.encode()), filename), "count": "6"}
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data=upload)
    assert response.status_code == 422


@_settings()
@given(data=st.data())
def test_an_unstorable_character_in_the_previews_facts_is_refused(app, client, set_id, data):
    before = stored_texts(app)
    facts = spoiled(example_json("facts.json"), data)
    form = {"facts": facts, "seed": "1", "count": "6", "chosen": ["0", "1"]}
    response = client.post(f"/host/sets/{set_id}/workshop/preview", data=form)
    assert response.status_code == 422
    assert stored_texts(app) == before


@_settings()
@given(bad=unstorable_text)
def test_an_unstorable_source_in_the_facts_form_is_dropped(client, set_id, bad):
    sources = json.dumps({"cast-0": bad, "cast-1": "Kudrow played Michele."})
    url = f"/host/sets/{set_id}/workshop"
    assert client.post(url, data=facts_form(sources=sources)).status_code == 200
    shown = client.post(url, data=facts_form(sources=sources, remove_row="cast-2"))
    assert shown.status_code == 200
    assert "Kudrow played Michele." in shown.text


@pytest.mark.parametrize("field", ["facts", "sources"])
def test_json_nested_too_deep_in_a_workshop_field_is_not_a_500(client, set_id, field):
    deep = "[" * 100_000 + "]" * 100_000
    if field == "facts":
        response = client.post(
            f"/host/sets/{set_id}/workshop/preview", data={"facts": deep, "seed": "1", "count": "6"}
        )
        assert response.status_code == 422
    else:
        response = client.post(f"/host/sets/{set_id}/workshop", data=facts_form(sources=deep))
        assert response.status_code == 200
