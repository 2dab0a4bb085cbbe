"""Walk every route: state changes need a CSRF token, and no input gets a 500."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.extensions import db
from quizapp.models import User
from tests.conftest import examples
from tests.quizapp.hostile import not_a_database_int, unstorable_json

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
CRAWL_TRIES = 300


def concrete_url(rule, value: str = "1") -> str:
    """The rule's path with every variable filled in."""
    return re.sub(r"<(?:[a-z]+:)?[a-z_]+>", value, rule.rule)


def state_changing_rules(app):
    return [
        (rule, method)
        for rule in app.url_map.iter_rules()
        for method in sorted(rule.methods & STATE_CHANGING)
    ]


@pytest.fixture
def csrf_app(make_test_app):
    return make_test_app(WTF_CSRF_ENABLED=True)


def test_there_are_state_changing_routes(csrf_app):
    assert len(state_changing_rules(csrf_app)) >= 3


@pytest.mark.parametrize("htmx", [False, True])
def test_every_state_change_needs_a_csrf_token(csrf_app, hosts, htmx):
    client = csrf_app.test_client()
    hosts.client = client
    hosts.app = csrf_app
    hosts.sign_in_as(hosts.create())
    headers = {"HX-Request": "true"} if htmx else {}
    for rule, method in state_changing_rules(csrf_app):
        response = client.open(concrete_url(rule), method=method, headers=headers, data={"x": "1"})
        assert response.status_code == 400, (rule.rule, method, response.status_code)


path_value = st.one_of(
    st.integers(min_value=-5, max_value=10**12).map(str),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12),
    not_a_database_int,
)
#: Query and form values: any text, numbers no integer column holds or not in ASCII digits,
#: and JSON whose text cannot be stored (for the fields that hold JSON).
field_value = st.one_of(st.text(max_size=30), not_a_database_int, unstorable_json)
form_values = st.dictionaries(
    st.sampled_from(
        [
            "nickname",
            "choice",
            "position",
            "title",
            "prompt",
            "username",
            "password",
            "seconds_per_question",
            "facts",
            "seed",
            "period",
            "quiz",
            "visibility",
            "sources",
            "count",
        ]
    ),
    field_value,
    max_size=5,
)


def crawler_account(app, hosts) -> int:
    """The crawler's host account, made on first use."""
    with app.app_context():
        user = db.session.execute(db.select(User).filter_by(username="crawler")).scalar()
        user_id = user.id if user else None
    return user_id or hosts.create(username="crawler")


@settings(
    max_examples=examples(CRAWL_TRIES), deadline=None, suppress_health_check=list(HealthCheck)
)
@given(data=st.data())
def test_random_requests_never_fail_with_500(app, hosts, data):
    client = app.test_client()
    if data.draw(st.booleans(), label="signed in"):
        hosts.client = client
        hosts.sign_in_as(crawler_account(app, hosts))
    rules = [r for r in app.url_map.iter_rules() if r.endpoint != "static"]
    rule = data.draw(st.sampled_from(rules), label="rule")
    method = data.draw(st.sampled_from(sorted(rule.methods - {"HEAD", "OPTIONS"})), label="method")
    value = quote(data.draw(path_value, label="path value"), safe="") or "x"
    url = concrete_url(rule, value)
    query = data.draw(
        st.dictionaries(st.sampled_from(["quiz", "period", "next", "x"]), field_value, max_size=3)
    )
    response = client.open(url, method=method, query_string=query, data=data.draw(form_values))
    assert response.status_code < 500, (url, method, response.status_code)


def test_a_question_fragment_can_be_posted_without_htmx(csrf_app):
    # A key pressed before htmx takes over a new card submits its form natively: the form
    # must carry its own token, not rely on the page's <body hx-headers>.
    client = csrf_app.test_client()
    start = client.get("/quiz/1").text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', start).group(1)
    started = client.post("/quiz/1", data={"nickname": "Ada", "csrf_token": token})
    play = started.headers["Location"]
    card = client.get(play, headers={"HX-Request": "true"}).text
    choices = re.search(r'<form class="choices".*?</form>', card, re.DOTALL).group(0)
    form = dict(re.findall(r'name="(csrf_token|position)" value="([^"]*)"', choices))
    form["choice"] = re.search(r'name="choice" value="([^"]+)"', choices).group(1)
    answered = client.post(f"{play}/answer", data=form)
    assert answered.status_code == 200
    assert "<html" in answered.text and 'class="verdict"' in answered.text
