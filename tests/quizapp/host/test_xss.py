"""What hosts type or import is shown escaped everywhere it appears.

Each test feeds hypothesis-generated hostile text (``tests.quizapp.hostile``) into the fields a host
can fill or import, follows the text to every page that shows it, and asserts that no page holds a
tag or attribute only an unescaped payload could have put there. Values the app refuses (422, or
400 for a NUL character) are checked too: the re-rendered form shows them again. When the input
was accepted, each payload must also be found, escaped, on some page, so the check is not vacuous.

Examples per test (the module constants below):

- ``SET_TRIES`` = 50: set title and description -> new-set form, dashboard, set page, settings
  form re-rendered with an error, home page, start page, leaderboard filter select and board,
  play pages, results, stats.
- ``QUESTION_TRIES`` = 50: question prompt, 2-4 choices and explanation -> add form (htmx),
  set page, question row, edit form, edit form re-rendered with errors (a blank choice marked
  right, htmx and full page; a repeated choice quoted in the message), play question page,
  feedback, results, stats.
- ``FACTS_FORM_TRIES`` = 50: typed facts (work title, cast person and role, event what, quote
  text and speaker) -> preview, facts form again ("edit"), another batch, set page after adding,
  workshop page prefilled from the stored facts.
- ``FACTS_UPLOAD_TRIES`` = 50: a JSON facts file (article title and publication, work title,
  cast person and role, person name and description, event what, quote text and speaker)
  -> preview, facts form again, another batch.
- ``GIFT_TRIES`` = 50: a GIFT file (written by the app's writer, or raw) whose prompt, choices and
  explanation carry the payload -> import page, set page, edit form, play pages, results, stats.
- ``OPENTDB_TRIES`` = 50: an Open Trivia DB file (entity-encoded as the API sends it, or raw)
  whose prompt and choices carry the payload -> the same pages.

Quiz files carry no NUL here: see ``without_nul``.
"""

from __future__ import annotations

import html
import io
import json
import re
import unicodedata
from functools import partial

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from markupsafe import escape
from werkzeug.test import TestResponse

from questions import FormatError, Question, formats
from quizapp.extensions import db
from quizapp.models import Quiz
from tests.conftest import HostActions, QuizActions, examples, facts_form
from tests.conftest import make_set as store_set
from tests.quizapp.hostile import PAYLOADS, hostile_text, injected

SET_TRIES = 50
QUESTION_TRIES = 50
FACTS_FORM_TRIES = 50
FACTS_UPLOAD_TRIES = 50
GIFT_TRIES = 50
OPENTDB_TRIES = 50

HTMX = {"HX-Request": "true"}
#: Input refused: 422 by a form's validation, 400 for a NUL character (refused before any route).
REFUSED = {400, 422}

#: Whether an example keeps the control characters hypothesis drew, which the host forms refuse:
#: one in four does, so most examples get past validation to the pages that show the text.
keeps_controls = st.sampled_from([False, False, False, True])


make_set = partial(store_set, title="Plain set", questions=())


def _settings(tries: int):
    return settings(
        max_examples=examples(tries),
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )


# -- helpers -----------------------------------------------------------------------------------


@pytest.fixture
def owner(app: Flask) -> int:
    """A host account, made once per test: its app lives across the hypothesis examples."""
    return HostActions(app.test_client(), app).create("host")


def signed_in(app: Flask, owner: int) -> FlaskClient:
    """A fresh client (no player session yet) signed in as ``owner``."""
    client = app.test_client()
    HostActions(client, app).sign_in_as(owner)
    return client


def printable(text: str, keep_controls: bool = False) -> str:
    """``text`` without the control characters the host forms refuse, unless told to keep them."""
    if keep_controls:
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cc" or c in "\t\n\r")


def without_nul(*texts: str) -> list[str]:
    """``texts`` without NUL, for quiz files.

    The app refuses NUL inside an uploaded file with a 422 (PostgreSQL cannot store it; see
    test_input_classes.py). That is not an escaping question, so these tests leave NUL out.
    """
    return [text.replace("\x00", "") for text in texts]


def question_ids(app: Flask, set_id: int) -> list[int]:
    with app.app_context():
        return [q.id for q in db.session.get(Quiz, set_id).questions]


def question_data(prefix: str, prompt: str, choices, explanation: str = "", right: str = "0"):
    """Form data of the inline question form with ``prefix``; missing choices are blank."""
    data = {f"{prefix}-prompt": prompt, f"{prefix}-right": right}
    data[f"{prefix}-explanation"] = explanation
    for index in range(6):
        data[f"{prefix}-choices-{index}"] = choices[index] if index < len(choices) else ""
    return data


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" type="hidden" value="([^"]*)"', page)
    assert found, f"no hidden {name} in the page"
    return html.unescape(found.group(1))


def injected_here(page: str) -> set[str]:
    """``injected(page)``, knowing that the stats page draws its bars as ``<svg>``.

    Those are its only ``<svg>`` tags; any other one came from a payload.
    """
    found = injected(page)
    if page.count("<svg") == page.count('<svg class="bar-chart" '):
        found.discard("svg")
    return found


def assert_clean(pages: dict[str, TestResponse]) -> None:
    """No page holds markup that only an unescaped payload could have put there."""
    for name, response in pages.items():
        assert response.status_code < 500, name
        assert injected_here(response.text) == set(), name


def assert_shown(pages: dict[str, TestResponse], *values: str) -> None:
    """Each value's payload reached some page, escaped: the pages did show the hostile text."""
    shown = "".join(response.text for response in pages.values())
    for value in values:
        payload = next(payload for payload in PAYLOADS if payload in value)
        assert str(escape(payload)) in shown, value


def publish_and_play(client: FlaskClient, app: Flask, set_id: int) -> dict[str, TestResponse]:
    """Publish the set, play it through with wrong answers, and fetch every page on the way."""
    pages = {"publish": client.post(f"/host/sets/{set_id}/publish")}
    event(f"publish: {pages['publish'].status_code}")
    if pages["publish"].status_code != 303:
        assert pages["publish"].status_code == 422
        return pages
    quiz = QuizActions(client, app)
    pages["start page"] = client.get(f"/quiz/{set_id}")
    play_id = quiz.start(set_id, nickname="Ada")
    for position in range(len(question_ids(app, set_id))):
        pages[f"question {position}"] = quiz.show(play_id, htmx=False)
        token = quiz.token(play_id, position, right=False)
        pages[f"feedback {position}"] = quiz.answer(play_id, position, token, htmx=False)
    pages["results"] = client.get(f"/play/{play_id}/results")
    pages["board of the set"] = client.get(f"/leaderboard?quiz={set_id}")
    pages["stats"] = client.get(f"/host/sets/{set_id}/stats")
    return pages


# -- set settings ------------------------------------------------------------------------------


@_settings(SET_TRIES)
@given(title=hostile_text, description=hostile_text, controls=keeps_controls)
def test_hostile_set_title_and_description_are_escaped(
    app, owner, clock, title, description, controls
):
    title, description = printable(title, controls), printable(description, controls)
    client = signed_in(app, owner)
    data = {
        "title": title,
        "description": description,
        "seconds_per_question": "20",
        "visibility": "public",
    }
    created = client.post("/host/sets/new", data=data)
    pages = {"new set": created}
    event(f"new set: {created.status_code}")
    if created.status_code in REFUSED:
        assert_clean(pages)
        return
    assert created.status_code == 303
    set_id = int(created.headers["Location"].rsplit("/", 1)[-1])
    pages["dashboard"] = client.get("/host/")
    pages["set page"] = client.get(f"/host/sets/{set_id}")
    # Refused settings come back in the form, the hostile title and description included.
    pages["settings refused"] = client.post(
        f"/host/sets/{set_id}", data=data | {"seconds_per_question": "4"}
    )
    assert pages["settings refused"].status_code == 422
    added = client.post(
        f"/host/sets/{set_id}/questions", data=question_data("new", "Plain?", ("Yes", "No"))
    )
    assert added.status_code == 303
    pages |= publish_and_play(client, app, set_id)
    assert pages["publish"].status_code == 303
    pages["home"] = client.get("/")
    pages["board with filter select"] = client.get("/leaderboard")
    pages["dashboard after play"] = client.get("/host/")
    assert_clean(pages)
    assert_shown(pages, title, description)


# -- questions written inline ------------------------------------------------------------------


@_settings(QUESTION_TRIES)
@given(
    prompt=hostile_text,
    # Distinct as the form compares them; a repeated choice is posted on purpose below.
    choices=st.lists(
        hostile_text,
        min_size=2,
        max_size=4,
        unique_by=lambda text: " ".join(printable(text).split()).casefold(),
    ),
    explanation=hostile_text,
    controls=keeps_controls,
)
def test_hostile_question_text_is_escaped(
    app, owner, clock, prompt, choices, explanation, controls
):
    prompt, explanation = printable(prompt, controls), printable(explanation, controls)
    choices = [printable(choice, controls) for choice in choices]
    client = signed_in(app, owner)
    set_id = make_set(app, owner)
    url = f"/host/sets/{set_id}/questions"
    data = question_data("new", prompt, choices, explanation)
    pages = {"add (htmx)": client.post(url, data=data, headers=HTMX)}
    event(f"add question: {pages['add (htmx)'].status_code}")
    if pages["add (htmx)"].status_code in REFUSED:
        # Refused (control characters, a repeated choice): the form shows the input again.
        pages["add (full page)"] = client.post(url, data=data)
        assert pages["add (full page)"].status_code == pages["add (htmx)"].status_code
        assert_clean(pages)
        return
    assert pages["add (htmx)"].status_code == 200
    (question_id,) = question_ids(app, set_id)
    row = f"{url}/{question_id}"
    pages["set page"] = client.get(f"/host/sets/{set_id}")
    pages["question row"] = client.get(row, headers=HTMX)
    pages["edit form"] = client.get(f"{row}/edit")
    # Marking a blank choice as right is refused; the typed text comes back in the form.
    refused = question_data(f"q{question_id}", prompt, choices, explanation, right="5")
    pages["edit refused (htmx)"] = client.post(row, data=refused, headers=HTMX)
    pages["edit refused (full page)"] = client.post(row, data=refused)
    # A repeated choice is refused with a message quoting it.
    repeated = question_data(f"q{question_id}", prompt, [choices[0], *choices], explanation)
    pages["edit repeating a choice"] = client.post(row, data=repeated, headers=HTMX)
    for name in ("edit refused (htmx)", "edit refused (full page)", "edit repeating a choice"):
        assert pages[name].status_code == 422, name
    pages |= publish_and_play(client, app, set_id)
    assert_clean(pages)
    assert_shown(pages, prompt, *choices, explanation)


# -- the workshop: facts typed or uploaded -----------------------------------------------------


def typed_facts(**hostile: str) -> dict[str, str]:
    """A facts form that makes questions, with ``hostile`` values in some of its fields."""
    more = {
        "events-1-date": "2022-06",
        "events-1-what": "Mira Sorvino hinted at a sequel",
        "quotes-1-text": "The lack of a sequel shows the misogyny of Hollywood.",
        "quotes-1-speaker": "Alan Cumming",
        "count": "20",
    }
    return facts_form(**more) | hostile


def follow_preview(client: FlaskClient, set_id: int, preview: TestResponse, add: bool):
    """From a preview page: edit the facts again, another batch, and (if ``add``) add them all."""
    url = f"/host/sets/{set_id}/workshop/preview"
    data = {name: hidden(preview.text, name) for name in ("facts", "seed", "count")}
    pages = {
        "facts again": client.post(url, data=data | {"action": "edit"}),
        "another batch": client.post(url, data=data | {"action": "batch"}),
    }
    assert pages["facts again"].status_code == 200
    assert pages["another batch"].status_code == 200
    if add:
        chosen = re.findall(r'name="chosen" value="(\d+)"', preview.text)
        assert chosen
        added = client.post(url, data=data | {"action": "add", "chosen": chosen})
        assert added.status_code == 303
        pages["set page"] = client.get(f"/host/sets/{set_id}")
        pages["workshop with stored facts"] = client.get(f"/host/sets/{set_id}/workshop")
    return pages


@_settings(FACTS_FORM_TRIES)
@given(
    work=hostile_text,
    person=hostile_text,
    role=hostile_text,
    what=hostile_text,
    quote=hostile_text,
    speaker=hostile_text,
)
def test_hostile_typed_facts_are_escaped(app, owner, work, person, role, what, quote, speaker):
    client = signed_in(app, owner)
    set_id = make_set(app, owner)
    data = typed_facts(
        **{
            "works-0-title": work,
            "cast-0-person": person,
            "cast-0-role": role,
            "events-0-what": what,
            "quotes-0-text": quote,
            "quotes-0-speaker": speaker,
        }
    )
    preview = client.post(f"/host/sets/{set_id}/workshop", data=data)
    pages = {"preview": preview}
    event(f"typed facts: {preview.status_code}")
    if preview.status_code == 200:
        pages |= follow_preview(client, set_id, preview, add=True)
        assert_shown(pages, work, person, role, what, quote, speaker)
    else:
        # Refused by the facts parser: the form shows the typed facts and the problems.
        assert preview.status_code in REFUSED
        pages["refused (htmx)"] = client.post(
            f"/host/sets/{set_id}/workshop", data=data, headers=HTMX
        )
    assert_clean(pages)


@_settings(FACTS_UPLOAD_TRIES)
@given(
    article=st.tuples(hostile_text, hostile_text),
    work=hostile_text,
    cast=st.tuples(hostile_text, hostile_text),
    person=st.tuples(hostile_text, hostile_text),
    what=hostile_text,
    quote=st.tuples(hostile_text, hostile_text),
)
def test_hostile_uploaded_facts_are_escaped(app, owner, article, work, cast, person, what, quote):
    client = signed_in(app, owner)
    set_id = make_set(app, owner)
    facts = {
        "article": {"title": article[0], "publication": article[1], "published": "2024-05"},
        "works": [{"title": work, "kind": "film", "year": 1997}],
        "cast": [
            {"person": cast[0], "role": cast[1]},
            {"person": "Lisa Kudrow", "role": "Michele"},
            {"person": "Janeane Garofalo", "role": "Heather"},
            {"person": "Alan Cumming", "role": "Sandy"},
        ],
        "people": [{"name": person[0], "description": person[1]}],
        "events": [
            {"date": "1988", "what": what},
            {"date": "2022-06", "what": "Mira Sorvino hinted at a sequel"},
        ],
        "quotes": [
            {"text": quote[0], "speaker": quote[1], "context": "to Us Weekly"},
            {"text": "The lack of a sequel shows misogyny.", "speaker": "Alan Cumming"},
        ],
    }
    file = (io.BytesIO(json.dumps(facts).encode()), "facts.json")
    preview = client.post(
        f"/host/sets/{set_id}/workshop/upload", data={"facts_file": file, "count": "20"}
    )
    pages = {"preview": preview}
    event(f"uploaded facts: {preview.status_code}")
    if preview.status_code == 200:
        pages |= follow_preview(client, set_id, preview, add=False)
        assert_shown(pages, *article, work, *cast, *person, what, *quote)
    else:
        assert preview.status_code == 422
    assert_clean(pages)


# -- imported quiz files -----------------------------------------------------------------------


def import_and_play(
    client: FlaskClient, app: Flask, owner: int, name: str, content: str, fmt: str
) -> dict[str, TestResponse]:
    """Import a quiz file into a new set and, if it was read, show and play the set."""
    set_id = make_set(app, owner)
    data = {"file": (io.BytesIO(content.encode()), name), "format": fmt}
    pages = {"import": client.post(f"/host/sets/{set_id}/import", data=data)}
    event(f"import: {pages['import'].status_code}")
    if pages["import"].status_code == 422:
        return pages
    assert pages["import"].status_code == 303
    pages["set page"] = client.get(f"/host/sets/{set_id}")
    first = question_ids(app, set_id)[0]
    pages["edit form"] = client.get(f"/host/sets/{set_id}/questions/{first}/edit")
    return pages | publish_and_play(client, app, set_id)


@_settings(GIFT_TRIES)
@given(
    prompt=hostile_text,
    right=hostile_text,
    wrong=hostile_text,
    explanation=hostile_text,
    raw=st.sampled_from([False, False, True]),
)
def test_hostile_gift_import_is_escaped(app, owner, clock, prompt, right, wrong, explanation, raw):
    prompt, right, wrong, explanation = without_nul(prompt, right, wrong, explanation)
    client = signed_in(app, owner)
    question = Question("custom", prompt, (right, wrong, "Plain wrong"), 0, explanation)
    try:
        text = None if raw else formats.write([question], "gift")
    except FormatError:  # a repeated or blank choice: the writer refuses it
        text = None
    if text is None:
        # As a hostile host would write it by hand: no escaping, no format marker.
        text = f"::Hostile:: {prompt} {{ ={right} ~{wrong} ~Plain wrong ####{explanation} }}\n"
    pages = import_and_play(client, app, owner, "hostile.gift", text, "gift")
    assert_clean(pages)
    if not raw and pages["import"].status_code == 303:
        assert_shown(pages, prompt, right, wrong, explanation)


@_settings(OPENTDB_TRIES)
@given(prompt=hostile_text, right=hostile_text, wrong=hostile_text, encoded=st.booleans())
def test_hostile_opentdb_import_is_escaped(app, owner, clock, prompt, right, wrong, encoded):
    prompt, right, wrong = without_nul(prompt, right, wrong)
    client = signed_in(app, owner)
    if encoded:
        # Entities encoded as the API sends them, so the reader decodes the payload itself.
        encode = formats.opentdb.encode
    else:
        encode = str
    item = {
        "category": "General Knowledge",
        "type": "multiple",
        "difficulty": "easy",
        "question": encode(prompt),
        "correct_answer": encode(right),
        "incorrect_answers": [encode(wrong), "Plain wrong"],
    }
    text = json.dumps({"response_code": 0, "results": [item]})
    pages = import_and_play(client, app, owner, "hostile.json", text, "opentdb")
    assert_clean(pages)
    if pages["import"].status_code == 303:
        assert_shown(pages, prompt, right, wrong)
