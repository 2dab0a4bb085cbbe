"""The workshop: facts (typed, uploaded or read from text) -> proposed questions -> a set."""

from __future__ import annotations

import html
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from questions import generate, loads_facts, seed_facts
from quizapp.extensions import db
from quizapp.host import workshop, workshop_forms
from quizapp.models import Quiz
from tests.conftest import SAMPLE_QUESTIONS, facts_form, make_set

EXAMPLES = Path(__file__).parent / "examples"
SEED_ARTICLE = Path(__file__).parents[3] / "questions" / "data" / "seed-article.txt"
XSS = "<script>alert(1)</script>"
ATTR = '" onmouseover="alert(1)'


def example(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")


def load_quiz(app, quiz_id: int):
    """The set's (position, prompt) pairs and its stored facts."""
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        return [(q.position, q.prompt) for q in quiz.questions], quiz.facts_json


def hidden(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" type="hidden" value="([^"]*)"', page)
    assert found, f"no hidden {name} in the page"
    return html.unescape(found.group(1))


def preview_data(page: str, **extra) -> dict:
    """The preview form's hidden fields, as the browser sends them back."""
    return {name: hidden(page, name) for name in ("facts", "seed", "count")} | extra


def prompts(page: str) -> list[str]:
    return [
        html.unescape(p) for p in re.findall(r'<p class="proposed-prompt">(.*?)</p>', page, re.S)
    ]


def upload(name: str, content: str | bytes) -> tuple[io.BytesIO, str]:
    raw = content.encode() if isinstance(content, str) else content
    return io.BytesIO(raw), name


# -- who may use the workshop ------------------------------------------------------------------

ROUTES = [
    ("get", "/host/sets/{id}/workshop"),
    ("post", "/host/sets/{id}/workshop"),
    ("post", "/host/sets/{id}/workshop/upload"),
    ("post", "/host/sets/{id}/workshop/preview"),
    ("get", "/host/sets/{id}/from-text"),
    ("post", "/host/sets/{id}/from-text"),
]


@pytest.mark.parametrize(("method", "url"), ROUTES)
def test_another_host_is_refused(app, client, hosts, method, url):
    set_id = make_set(app, hosts.create("ann"))
    hosts.sign_in_as(hosts.create("bob"))
    response = getattr(client, method)(url.format(id=set_id), data=facts_form())
    assert response.status_code == 403
    assert load_quiz(app, set_id) == ([(0, SAMPLE_QUESTIONS[0].prompt)], None)


@pytest.mark.parametrize(("method", "url"), ROUTES)
def test_signed_out_goes_to_login(app, client, hosts, method, url):
    set_id = make_set(app, hosts.create("ann"))
    response = getattr(client, method)(url.format(id=set_id), data=facts_form())
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/host/login")


@pytest.mark.parametrize("url", ["/host/sets/999/workshop", "/host/sets/999/from-text"])
def test_missing_set_is_404(client, owner, url):
    assert client.get(url).status_code == 404


def test_owner_gets_the_workshop(client, set_id):
    page = client.get(f"/host/sets/{set_id}/workshop")
    assert page.status_code == 200
    assert 'id="facts-form"' in page.text
    for section in ("works", "cast", "people", "events", "quotes"):
        assert f'id="{section}-0-row"' in page.text
        assert f'name="add" value="{section}"' in page.text
    assert 'name="facts_file"' in page.text


# -- the facts form ----------------------------------------------------------------------------


def test_form_is_prefilled_from_stored_facts(app, client, set_id):
    with app.app_context():
        db.session.get(Quiz, set_id).facts_json = json.dumps(seed_facts().to_dict())
        db.session.commit()
    page = client.get(f"/host/sets/{set_id}/workshop").text
    assert 'value="Lisa Kudrow"' in page
    assert 'id="cast-8-row"' in page  # nine cast rows
    assert 'value="2022-06"' in page
    assert 'name="events-0-people" type="text" value="Robin Schiff"' in page


@pytest.mark.parametrize("section", ["works", "cast", "people", "events", "quotes"])
def test_add_row_for_htmx_returns_only_the_new_row(client, set_id, section):
    data = facts_form() | {"add": section}
    response = client.post(
        f"/host/sets/{set_id}/workshop", data=data, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert "<html" not in response.text
    assert "HX-Request" in response.vary
    assert response.text.count('class="fact-row"') == 1
    next_index = {"works": 1, "cast": 4, "people": 0, "events": 1, "quotes": 1}[section]
    assert f'id="{section}-{next_index}-row"' in response.text
    assert f'name="remove_row" value="{section}-{next_index}"' in response.text


def test_removing_a_row_numbers_the_rest_again_so_added_rows_never_clash(client, set_id):
    url = f"/host/sets/{set_id}/workshop"
    sources = json.dumps({"cast-1": "Kudrow said.", "cast-2": "Garofalo said.", "works-0": "W"})
    data = facts_form(remove_row="cast-1", sources=sources)
    page = client.post(url, data=data).text
    assert [f'id="cast-{i}-row"' in page for i in range(4)] == [True, True, True, False]
    assert 'name="cast-1-person" type="text" value="Janeane Garofalo"' in page
    assert json.loads(hidden(page, "sources")) == {"cast-1": "Garofalo said.", "works-0": "W"}
    assert "Kudrow said." not in page
    assert "Garofalo said." in page
    added = client.post(url, data={"cast-0-person": "A", "cast-1-person": "B", "add": "cast"})
    assert 'id="cast-2-row"' in added.text


def test_add_row_without_javascript_shows_the_whole_form_with_one_more_row(client, set_id):
    response = client.post(f"/host/sets/{set_id}/workshop", data=facts_form(add="cast"))
    assert response.status_code == 200
    assert "<html" in response.text
    assert response.text.count('id="cast-') - response.text.count('id="cast-section') >= 5
    assert 'id="cast-4-row"' in response.text
    assert 'value="Alan Cumming"' in response.text


def test_a_full_section_takes_no_more_rows(client, set_id, monkeypatch):
    monkeypatch.setattr(workshop_forms, "MAX_ROWS", 4)
    monkeypatch.setattr(workshop, "MAX_ROWS", 4)
    headers = {"HX-Request": "true"}
    response = client.post(
        f"/host/sets/{set_id}/workshop", data=facts_form(add="cast"), headers=headers
    )
    assert response.status_code == 422
    assert response.headers["HX-Retarget"] == "#facts-form"
    assert "cast: at most 4 rows" in response.text
    assert 'id="cast-4-row"' not in response.text


@pytest.mark.parametrize("htmx", [True, False])
def test_remove_row(client, set_id, htmx):
    headers = {"HX-Request": "true"} if htmx else {}
    data = facts_form(remove_row="cast-1")
    response = client.post(f"/host/sets/{set_id}/workshop", data=data, headers=headers)
    assert response.status_code == 200
    assert ("<html" in response.text) is not htmx
    assert 'id="facts-form"' in response.text
    assert "Lisa Kudrow" not in response.text
    assert 'id="cast-3-row"' not in response.text
    assert 'value="Alan Cumming"' in response.text


def test_bad_facts_are_listed_by_path_and_nothing_is_written(app, client, set_id):
    data = facts_form(**{"title": "", "cast-2-person": "", "works-0-year": "soon"})
    data["events-0-date"] = "June-ish"
    response = client.post(f"/host/sets/{set_id}/workshop", data=data)
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert 'id="facts-problems"' in response.text
    assert "article.title: required" in page
    assert "cast[2].person: required" in page
    assert 'works[0].year: "soon" is not a year' in page
    assert 'events[0].date: "June-ish" is not a date' in page
    # Each problem also marks its own field.
    assert 'id="cast-2-person-error"' in response.text
    assert 'id="title-error"' in response.text
    assert load_quiz(app, set_id) == ([(0, SAMPLE_QUESTIONS[0].prompt)], None)


def test_problem_paths_count_rows_as_shown_skipping_blank_ones(client, set_id):
    data = {"title": "T", "cast-0-person": "", "cast-1-role": "Romy", "count": "5"}
    response = client.post(f"/host/sets/{set_id}/workshop", data=data)
    assert response.status_code == 422
    assert "cast[1].person: required" in response.text
    assert 'id="cast-1-person-error"' in response.text


def test_out_of_range_count_is_a_field_error(client, set_id):
    response = client.post(f"/host/sets/{set_id}/workshop", data=facts_form(count="500"))
    assert response.status_code == 422
    assert 'id="count-error"' in response.text


def test_facts_too_thin_for_any_question_say_so(client, set_id):
    response = client.post(
        f"/host/sets/{set_id}/workshop", data={"title": "Just a title", "count": "5"}
    )
    assert response.status_code == 422
    assert "no cast questions" in response.text


def test_valid_form_proposes_questions(client, set_id):
    response = client.post(f"/host/sets/{set_id}/workshop", data=facts_form())
    assert response.status_code == 200
    assert len(prompts(response.text)) == 6
    assert response.text.count('name="chosen"') == 6
    assert response.text.count(" checked>") == 6
    assert response.text.count("(right answer)") == 6
    facts = json.loads(hidden(response.text, "facts"))
    assert facts["cast"][0] == {
        "person": "Mira Sorvino",
        "work": "Romy and Michele’s High School Reunion",
        "role": "Romy",
    }
    assert facts["events"][0]["people"] == ["Robin Schiff"]


# -- the facts file ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["facts.json", "facts.yaml"])
def test_uploaded_facts_file_proposes_questions(client, set_id, name):
    data = {"facts_file": upload(name, example(name)), "count": "4"}
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data=data)
    assert response.status_code == 200
    assert len(prompts(response.text)) == 4
    assert "Mira Sorvino confirms a Romy and Michele sequel" in response.text


def test_bad_facts_file_names_each_field_path(app, client, set_id):
    data = {"facts_file": upload("bad-facts.json", example("bad-facts.json")), "count": "4"}
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data=data)
    assert response.status_code == 422
    page = html.unescape(response.text)
    assert "cast[2].person: required" in page
    assert 'works[0].kind: "opera" is not one of film, show, play' in page
    assert 'events[0].date: "June-ish" is not a date' in page
    assert load_quiz(app, set_id)[1] is None


def test_facts_file_with_broken_json_names_the_line(client, set_id):
    data = {"facts_file": upload("broken.json", example("broken.json")), "count": "4"}
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data=data)
    assert response.status_code == 422
    assert "line 3, column 1: invalid JSON" in response.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("facts.txt", "article: {title: T}", "facts.txt: not a facts file"),
        ("facts", "article: {title: T}", "facts: not a facts file"),
        ("facts.yaml", b"\xff\xfe\x00bad", "facts.yaml: not UTF-8 text"),
        ("facts.yaml", "- just\n- a list\n", "(top level): expected an object"),
    ],
)
def test_wrong_facts_file_is_refused(client, set_id, name, content, message):
    data = {"facts_file": upload(name, content), "count": "4"}
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data=data)
    assert response.status_code == 422
    assert message in response.text


def test_upload_without_a_file_is_a_field_error(client, set_id):
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data={"count": "4"})
    assert response.status_code == 422
    assert 'id="facts_file-error"' in response.text


def oversize_upload(client, url: str, field: str, filename: str):
    """POST a file just over the 1 MB limit, encoded by hand (the test client would spool it)."""
    body = (
        b"--limit\r\n"
        + f'Content-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'.encode()
        + b"Content-Type: application/octet-stream\r\n\r\n"
        + b"#" * (1024 * 1024 + 10)
        + b"\r\n--limit--\r\n"
    )
    return client.post(url, data=body, content_type="multipart/form-data; boundary=limit")


def test_oversize_facts_file_gets_a_readable_413(app, client, set_id):
    url = f"/host/sets/{set_id}/workshop/upload"
    response = oversize_upload(client, url, "facts_file", "facts.yaml")
    assert response.status_code == 413
    assert "That file is too large" in response.text
    assert "<html" in response.text
    assert load_quiz(app, set_id)[1] is None


# -- the preview -------------------------------------------------------------------------------


@pytest.fixture
def preview_page(client, set_id, monkeypatch):
    """The preview of the seed article's facts with seed 0, ten questions."""
    seeds = iter(range(100))
    monkeypatch.setattr(workshop, "new_seed", lambda old=None: next(seeds))
    facts = json.dumps(seed_facts().to_dict())
    data = {"facts_file": upload("seed.json", facts), "count": "10"}
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data=data)
    assert response.status_code == 200
    return response.text


def test_preview_lists_the_generated_questions(preview_page):
    expected = generate(seed_facts(), seed=0, count=10)
    assert hidden(preview_page, "seed") == "0"
    assert prompts(preview_page) == [q.prompt for q in expected]
    for question in expected:
        assert f'<span class="badge">{question.kind}</span>' in preview_page
        right = html.escape(question.right_choice, quote=False)
        assert f"<strong>{right}</strong>" in preview_page
        assert html.escape(question.explanation, quote=False) in preview_page


def test_asking_for_more_than_the_facts_make_says_what_they_lack(client, set_id):
    facts = {
        "article": {"title": "Thin story"},
        "people": [{"name": n} for n in ("Ann", "Bob Ray", "Cy Dunn")],
        "quotes": [
            {"text": "Playing the queen at the Old Vic was my proudest night", "speaker": "Ann"}
        ],
    }
    data = {"facts_file": upload("thin.json", json.dumps(facts)), "count": "10"}
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data=data)
    assert response.status_code == 200
    assert len(prompts(response.text)) == 1
    notice = re.search(r'<p [^>]*id="shortfall"[^>]*>(.*?)</p>', response.text, re.S)
    assert notice, "the preview says why it shows fewer questions than asked"
    text = html.unescape(notice.group(1))
    assert text.startswith("Asked for 10 questions, but these facts make only 1")
    assert "no cast questions: the facts list no cast" in text
    assert "no date questions: the facts have no dated events" in text


def test_a_full_preview_has_no_shortfall(preview_page):
    assert 'id="shortfall"' not in preview_page


def test_ticking_three_adds_exactly_those_three(app, client, set_id, preview_page):
    shown = prompts(preview_page)
    data = preview_data(preview_page, action="add", chosen=["1", "4", "7"])
    response = client.post(f"/host/sets/{set_id}/workshop/preview", data=data)
    assert response.status_code == 303
    assert response.headers["Location"] == f"/host/sets/{set_id}"
    rows, facts_json = load_quiz(app, set_id)
    assert rows == [(0, SAMPLE_QUESTIONS[0].prompt), (1, shown[1]), (2, shown[4]), (3, shown[7])]
    assert json.loads(facts_json) == seed_facts().to_dict()
    page = client.get(response.headers["Location"]).text
    assert "Added 3 questions." in page


def test_added_questions_keep_their_choices_and_right_answer(app, client, set_id, preview_page):
    data = preview_data(preview_page, action="add", chosen=["0"])
    client.post(f"/host/sets/{set_id}/workshop/preview", data=data)
    expected = generate(seed_facts(), seed=0, count=10)[0]
    with app.app_context():
        row = db.session.get(Quiz, set_id).questions[-1]
        assert [c.text for c in row.choices] == list(expected.choices)
        assert row.right_choice.text == expected.right_choice
        assert (row.kind, row.explanation) == (expected.kind, expected.explanation)


def test_another_batch_uses_a_new_seed_and_a_different_selection(client, set_id, preview_page):
    data = preview_data(preview_page, action="batch", chosen=["0"])
    response = client.post(f"/host/sets/{set_id}/workshop/preview", data=data)
    assert response.status_code == 200
    assert hidden(response.text, "seed") == "1"
    assert set(prompts(response.text)) != set(prompts(preview_page))
    assert prompts(response.text) == [q.prompt for q in generate(seed_facts(), seed=1, count=10)]
    assert response.text.count(" checked>") == 10


def test_adding_with_nothing_ticked_is_refused(app, client, set_id, preview_page):
    data = preview_data(preview_page, action="add")
    response = client.post(f"/host/sets/{set_id}/workshop/preview", data=data)
    assert response.status_code == 422
    assert "Tick at least one question" in response.text
    assert response.text.count(" checked>") == 0
    assert len(load_quiz(app, set_id)[0]) == 1


def test_a_choice_outside_the_list_is_refused(app, client, set_id, preview_page):
    data = preview_data(preview_page, action="add", chosen=["2", "99"])
    response = client.post(f"/host/sets/{set_id}/workshop/preview", data=data)
    assert response.status_code == 422
    assert len(load_quiz(app, set_id)[0]) == 1


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        ('{"article": {}}', "article.title: required"),
        ("{not json", "not valid JSON"),
        ("", "(top level): expected an object"),
    ],
)
def test_tampered_facts_are_checked_again(app, client, set_id, preview_page, facts, message):
    data = preview_data(preview_page, action="add", chosen=["0"]) | {"facts": facts}
    response = client.post(f"/host/sets/{set_id}/workshop/preview", data=data)
    assert response.status_code == 422
    assert message in html.unescape(response.text)
    assert load_quiz(app, set_id) == ([(0, SAMPLE_QUESTIONS[0].prompt)], None)


def test_edit_the_facts_returns_to_the_prefilled_form(client, set_id, preview_page):
    data = preview_data(preview_page, action="edit")
    response = client.post(f"/host/sets/{set_id}/workshop/preview", data=data)
    assert response.status_code == 200
    assert 'id="facts-form"' in response.text
    assert 'value="Camryn Manheim"' in response.text


def test_when_facts_make_fewer_than_asked_all_are_proposed(client, set_id):
    response = client.post(f"/host/sets/{set_id}/workshop", data=facts_form(count="50"))
    assert response.status_code == 200
    facts = loads_facts(hidden(response.text, "facts"), "json")
    seed = int(hidden(response.text, "seed"))
    assert len(prompts(response.text)) == len(generate(facts, seed=seed))


# -- from article text -------------------------------------------------------------------------


def test_from_text_page(client, set_id):
    page = client.get(f"/host/sets/{set_id}/from-text")
    assert page.status_code == 200
    assert 'name="text"' in page.text


def test_article_text_becomes_a_reviewable_facts_form(client, set_id):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    response = client.post(f"/host/sets/{set_id}/from-text", data={"text": text})
    assert response.status_code == 200
    page = response.text
    assert 'id="facts-form"' in page
    assert 'value="Lisa Kudrow"' in page
    assert 'name="remove_row" value="quotes-0"' in page
    # Each fact shows the sentence it came from.
    assert page.count('class="fact-source"') >= 5
    assert "From the article:" in page
    sources = json.loads(hidden(page, "sources"))
    assert any(key.startswith("quotes-") for key in sources)


class FormValues(HTMLParser):
    """What a browser would send for the facts form: text, hidden, ticked boxes, selections."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type") in ("text", "hidden", None):
            self.values[name] = a.get("value") or ""
        elif tag == "input" and name and a.get("type") == "checkbox" and "checked" in a:
            self.values[name] = a.get("value") or "y"
        elif tag == "textarea":
            self._textarea = name
            self.values[name] = ""
        elif tag == "select":
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.values[self._select] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data


def form_values(page: str) -> dict[str, str]:
    form = page[
        page.index('id="facts-form"') : page.index("</form>", page.index('id="facts-form"'))
    ]
    parser = FormValues()
    parser.feed("<form " + form)
    return parser.values


def test_extracted_facts_continue_to_the_preview(client, set_id):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    review = client.post(f"/host/sets/{set_id}/from-text", data={"text": text}).text
    fields = form_values(review)
    assert fields["cast-0-person"] == "Lisa Kudrow"
    # The host removes a row the extractor got wrong; the other rows keep their sentences.
    removed = fields["quotes-0-text"]
    reviewed = client.post(
        f"/host/sets/{set_id}/workshop", data=fields | {"remove_row": "quotes-0"}
    )
    assert reviewed.status_code == 200
    assert html.escape(removed, quote=False) not in reviewed.text
    assert reviewed.text.count('class="fact-source"') == review.count('class="fact-source"') - 1
    fields = form_values(reviewed.text) | {"count": "5"}
    response = client.post(f"/host/sets/{set_id}/workshop", data=fields)
    assert response.status_code == 200, html.unescape(response.text)
    assert len(prompts(response.text)) == 5
    assert removed not in json.loads(hidden(response.text, "facts"))["quotes"][0]["text"]


def test_a_long_article_up_to_the_limit_is_read(client, set_id):
    text = SEED_ARTICLE.read_text(encoding="utf-8") * 40
    response = client.post(f"/host/sets/{set_id}/from-text", data={"text": text[:100_000]})
    assert response.status_code == 200
    assert 'id="facts-form"' in response.text


def test_published_date_and_title_are_passed_to_the_extractor(client, set_id):
    data = {"text": SEED_ARTICLE.read_text(encoding="utf-8"), "title": "Sequel news"}
    data["published"] = "2024-05-01"
    page = client.post(f"/host/sets/{set_id}/from-text", data=data).text
    assert 'id="title" maxlength="300" name="title" type="text" value="Sequel news"' in page
    assert 'value="2024-05-01"' in page


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 100_001}, "text"),
        ({"text": "Some news.", "published": "yesterday"}, "published"),
    ],
)
def test_bad_article_text_form(client, set_id, data, field):
    response = client.post(f"/host/sets/{set_id}/from-text", data=data)
    assert response.status_code == 422
    assert f'id="{field}-error"' in response.text


# -- escaping ----------------------------------------------------------------------------------


def xss_facts() -> dict:
    facts = json.loads(example("facts.json"))
    facts["article"]["title"] = XSS
    facts["quotes"].append({"text": f"{XSS} is great", "speaker": ATTR})
    # A quote the generator asks about: it tells of its speaker, who has a plain name.
    line = f"I wrote {XSS} for Romy in 1997, my character’s big scene"
    facts["quotes"].append({"text": line, "speaker": "Lisa Kudrow"})
    facts["cast"].append({"person": ATTR, "role": XSS})
    return facts


def test_facts_text_is_escaped_on_the_preview_and_set_pages(client, set_id):
    facts = json.dumps(xss_facts())
    data = {"facts_file": upload("xss.json", facts), "count": "30"}
    preview = client.post(f"/host/sets/{set_id}/workshop/upload", data=data)
    assert preview.status_code == 200
    assert XSS not in preview.text
    assert ATTR not in preview.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in preview.text
    shown = prompts(preview.text)
    chosen = [str(i) for i, p in enumerate(shown) if "<script>" in p or "onmouseover" in p]
    assert chosen
    added = preview_data(preview.text, action="add", chosen=chosen)
    response = client.post(f"/host/sets/{set_id}/workshop/preview", data=added)
    assert response.status_code == 303
    set_page = client.get(f"/host/sets/{set_id}").text
    assert XSS not in set_page and ATTR not in set_page
    assert "&lt;script&gt;" in set_page
    form_page = client.get(f"/host/sets/{set_id}/workshop").text
    assert XSS not in form_page and ATTR not in form_page
    assert 'value="&#34; onmouseover=&#34;alert(1)"' in form_page


def test_problems_are_escaped(client, set_id):
    data = facts_form(**{"works-0-year": XSS})
    response = client.post(f"/host/sets/{set_id}/workshop", data=data)
    assert response.status_code == 422
    assert XSS not in response.text


def test_source_sentences_are_escaped(client, set_id):
    text = f"“{XSS} we are back,” Mira Sorvino told Us Weekly."
    response = client.post(f"/host/sets/{set_id}/from-text", data={"text": text})
    assert response.status_code == 200
    assert XSS not in response.text


# -- CSRF --------------------------------------------------------------------------------------


@pytest.fixture
def csrf_client(make_test_app):
    app = make_test_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    from tests.conftest import HostActions

    actions = HostActions(client, app)
    user_id = actions.create("ann")
    actions.sign_in_as(user_id)
    client.set_id = make_set(app, user_id)
    return client


@pytest.mark.parametrize("path", ["workshop", "workshop/upload", "workshop/preview", "from-text"])
def test_posts_without_csrf_token_are_refused(csrf_client, path):
    response = csrf_client.post(f"/host/sets/{csrf_client.set_id}/{path}", data=facts_form())
    assert response.status_code == 400
    assert "did not come from this site" in response.text


def test_htmx_post_with_csrf_header_is_accepted(csrf_client):
    url = f"/host/sets/{csrf_client.set_id}/workshop"
    page = csrf_client.get(url).text
    token = re.search(r'"X-CSRFToken": "([^"]+)"', page).group(1)
    data = facts_form(add="cast")
    refused = csrf_client.post(url, data=data, headers={"HX-Request": "true"})
    assert refused.status_code == 400
    headers = {"HX-Request": "true", "X-CSRFToken": token}
    accepted = csrf_client.post(url, data=data, headers=headers)
    assert accepted.status_code == 200
    assert 'id="cast-4-row"' in accepted.text


def test_whole_flow_with_csrf_tokens(csrf_client):
    url = f"/host/sets/{csrf_client.set_id}/workshop"
    token = hidden(csrf_client.get(url).text, "csrf_token")
    preview = csrf_client.post(url, data=facts_form(csrf_token=token))
    assert preview.status_code == 200
    data = preview_data(preview.text, action="add", chosen=["0", "1"])
    data["csrf_token"] = hidden(preview.text, "csrf_token")
    response = csrf_client.post(f"{url}/preview", data=data)
    assert response.status_code == 303


def test_nul_character_in_facts_file_is_refused(client, set_id):
    facts = '{"article": {"title": "Nul\\u0000title"}}'
    data = {"facts_file": upload("facts.json", facts), "count": "4"}
    response = client.post(f"/host/sets/{set_id}/workshop/upload", data=data)
    assert response.status_code == 422
    assert "article.title: contains a NUL character" in response.text
