"""One rule for every name a person types: nicknames, usernames and set titles.

Invisible characters (format characters, blank-looking letters) and marks stacked high are
refused, alone or among letters; real names in any script, and emoji, are kept.
"""

from __future__ import annotations

import html
import unicodedata

import pytest

from quizapp.extensions import db
from quizapp.models import Play, Quiz, User
from quizapp.text import name_problem

PASSWORD = "correct horse battery"

INVISIBLE_CHARACTERS = {
    "zero-width space": "\u200b",
    "right-to-left override": "\u202e",
    "word joiner": "\u2060",
    "byte-order mark": "\ufeff",
    "soft hyphen": "\u00ad",
    "zero-width joiner": "\u200d",
    "Hangul filler": "\u3164",
    "Hangul choseong filler": "\u115f",
    "Hangul jungseong filler": "\u1160",
    "halfwidth Hangul filler": "\uffa0",
    "braille blank": "\u2800",
}
STACKED_MARKS = {
    "three stacked marks": "\u0301\u0302\u0303",
    "a precomposed letter and one more mark": "\u01d8\u0303",
}

#: Every way a refused piece appears in a name: alone, and before, inside and after letters.
REFUSED_NAMES = [
    pytest.param(name, id=f"{label} {where}")
    for label, piece in {**INVISIBLE_CHARACTERS, **STACKED_MARKS}.items()
    for where, name in {
        "alone": piece,
        "first": f"{piece}Ada",
        "inside": f"Ad{piece}a",
        "last": f"Ada{piece}",
    }.items()
]

KEPT_NAMES = [
    "Ada Lovelace",
    "Zoë",
    unicodedata.normalize("NFD", "Nguyễn"),  # two marks on one letter
    "김철수",
    "प्रिया",
    "กิ่ง",
    "O'Brien-Smith",
    "👨\u200d👩\u200d👧",  # one family emoji, joined by zero-width joiners
    "🏳\ufe0f\u200d🌈",
    "1\ufe0f\u20e3",  # keycap one: two marks
    "Ada 🧑🏽\u200d💻",
]


@pytest.mark.parametrize("name", REFUSED_NAMES)
def test_the_name_rule_refuses_invisible_and_stacked_characters(name):
    assert name_problem(name) is not None


@pytest.mark.parametrize("name", KEPT_NAMES)
def test_the_name_rule_keeps_names_in_any_script_and_emoji(name):
    assert name_problem(name) is None


@pytest.mark.parametrize("name", REFUSED_NAMES)
def test_a_nickname_with_an_invisible_character_is_refused(client, name):
    response = client.post("/quiz/1", data={"nickname": name})
    assert response.status_code == 422
    assert html.escape(name_problem(name) or "") in response.text
    with client.application.app_context():
        assert db.session.execute(db.select(Play)).first() is None


@pytest.mark.parametrize("name", REFUSED_NAMES)
def test_a_set_title_with_an_invisible_character_is_refused(app, client, hosts, name):
    hosts.sign_in_as(hosts.create())
    data = {"title": name, "seconds_per_question": "20", "visibility": "public"}
    response = client.post("/host/sets/new", data=data)
    assert response.status_code == 422
    with app.app_context():
        assert db.session.execute(db.select(Quiz).where(Quiz.owner_id.is_not(None))).first() is None


@pytest.mark.parametrize("name", REFUSED_NAMES)
def test_a_username_with_an_invisible_character_is_refused(app, client, name):
    data = {"username": f"{name}abc", "password": PASSWORD, "confirm": PASSWORD}
    assert client.post("/host/register", data=data).status_code == 422
    with app.app_context():
        assert db.session.execute(db.select(User)).first() is None


@pytest.mark.parametrize("name", KEPT_NAMES)
def test_real_names_are_kept_as_nicknames_and_set_titles(app, client, hosts, name):
    assert client.post("/quiz/1", data={"nickname": name}).status_code == 303
    hosts.sign_in_as(hosts.create())
    data = {"title": name, "seconds_per_question": "20", "visibility": "public"}
    assert client.post("/host/sets/new", data=data).status_code == 303
