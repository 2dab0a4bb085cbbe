"""Importing quiz files into a set, and exporting a set, in GIFT, Aiken, Open Trivia DB and JSON."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest

from questions import Question, formats
from quizapp.extensions import db
from quizapp.models import Quiz
from tests.conftest import SAMPLE_QUESTIONS, HostActions, make_set

EXAMPLES = Path(__file__).parent / "examples"
XSS = "<script>alert(1)</script>"
ATTR = '" onmouseover="alert(1)'
EXPORTED = [
    *SAMPLE_QUESTIONS,
    Question(
        "custom",
        "Which play is the film based on? {not a GIFT block} 50% = ~ # : \\",
        ("Ladies Room", "Men’s Room", "Green Room"),
        0,
        "Robin Schiff wrote it in 1988.",
        3,
    ),
]


def example(name: str) -> bytes:
    return (EXAMPLES / name).read_bytes()


def stored(app, quiz_id: int) -> list[tuple[int, Question]]:
    """The set's questions with their positions, as generator values."""
    with app.app_context():
        quiz = db.session.get(Quiz, quiz_id)
        return [
            (
                row.position,
                Question(
                    row.kind,
                    row.prompt,
                    tuple(c.text for c in row.choices),
                    next(i for i, c in enumerate(row.choices) if c.is_right),
                    row.explanation,
                    row.difficulty,
                ),
            )
            for row in quiz.questions
        ]


def send(client, quiz_id: int, name: str, content: bytes, fmt: str = "auto"):
    data = {"file": (io.BytesIO(content), name), "format": fmt}
    return client.post(f"/host/sets/{quiz_id}/import", data=data)


# -- who may import and export -----------------------------------------------------------------

ROUTES = [
    ("get", "/host/sets/{id}/import"),
    ("post", "/host/sets/{id}/import"),
    *[("get", f"/host/sets/{{id}}/export/{fmt}") for fmt in formats.FORMATS],
]


@pytest.mark.parametrize(("method", "url"), ROUTES)
def test_another_host_is_refused(app, client, hosts, method, url):
    set_id = make_set(app, hosts.create("ann"))
    hosts.sign_in_as(hosts.create("bob"))
    data = {"file": (io.BytesIO(example("good.gift")), "good.gift")}
    kwargs = {"data": data} if method == "post" else {}
    response = getattr(client, method)(url.format(id=set_id), **kwargs)
    assert response.status_code == 403
    assert len(stored(app, set_id)) == 1


@pytest.mark.parametrize(("method", "url"), ROUTES)
def test_signed_out_goes_to_login(app, client, hosts, method, url):
    set_id = make_set(app, hosts.create("ann"))
    response = getattr(client, method)(url.format(id=set_id))
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/host/login")


@pytest.mark.parametrize("url", ["/host/sets/999/import", "/host/sets/999/export/gift"])
def test_missing_set_is_404(client, owner, url):
    assert client.get(url).status_code == 404


def test_import_page_offers_the_formats_and_exports(client, set_id):
    page = client.get(f"/host/sets/{set_id}/import")
    assert page.status_code == 200
    assert 'name="file"' in page.text
    assert '<option selected value="auto">' in page.text
    for fmt in formats.FORMATS:
        assert f'<option value="{fmt}">' in page.text
        assert f'href="/host/sets/{set_id}/export/{fmt}"' in page.text


# -- import ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "first_prompt"),
    [
        ("good.gift", "Who played Romy?"),
        ("quiz.txt", "Who played Michele?"),
        ("opentdb.json", 'Who played Romy in "Romy and Michele\'s High School Reunion"?'),
        ("questions.json", "Who played Romy?"),
    ],
)
def test_import_appends_every_question(app, client, set_id, name, first_prompt):
    response = send(client, set_id, name, example(name))
    assert response.status_code == 303
    assert response.headers["Location"] == f"/host/sets/{set_id}"
    rows = stored(app, set_id)
    assert [position for position, _ in rows] == [0, 1, 2]
    assert rows[0][1] == SAMPLE_QUESTIONS[0]
    assert rows[1][1].prompt == first_prompt
    assert "Imported 2 questions." in client.get(response.headers["Location"]).text


def test_import_keeps_the_right_answer_and_explanation(app, client, set_id):
    send(client, set_id, "questions.json", example("questions.json"))
    imported = stored(app, set_id)[1][1]
    assert imported == Question(
        "cast", "Who played Romy?", ("Mira Sorvino", "Lisa Kudrow"), 0, "Sorvino played Romy.", 1
    )


def test_gift_in_a_txt_file_is_recognised(app, client, set_id):
    response = send(client, set_id, "moodle.txt", example("good.gift"))
    assert response.status_code == 303
    assert len(stored(app, set_id)) == 3


def test_chosen_format_overrides_the_file_name(app, client, set_id):
    response = send(client, set_id, "export.dat", example("good.gift"), fmt="gift")
    assert response.status_code == 303
    assert len(stored(app, set_id)) == 3


def test_malformed_gift_is_refused_whole_naming_the_line(app, client, set_id):
    response = send(client, set_id, "bad.gift", example("bad.gift"))
    assert response.status_code == 422
    assert 'id="import-problems"' in response.text
    assert "line 3: the answer block has no closing &#39;}&#39;" in response.text
    assert len(stored(app, set_id)) == 1  # the good first question is not imported either


def test_unsupported_question_type_is_reported_by_line(app, client, set_id):
    response = send(client, set_id, "essay.gift", example("essay.gift"))
    assert response.status_code == 422
    assert "line 3: essay questions ({}) are not supported" in response.text
    assert len(stored(app, set_id)) == 1


def test_bad_json_names_the_path(app, client, set_id):
    content = b'[{"prompt": "Q?", "choices": ["a", "b"], "answer": 5}]'
    response = send(client, set_id, "questions.json", content)
    assert response.status_code == 422
    assert "[0]." in response.text
    assert len(stored(app, set_id)) == 1


def test_wrong_format_chosen_reports_the_problems(app, client, set_id):
    response = send(client, set_id, "quiz.txt", example("quiz.txt"), fmt="opentdb")
    assert response.status_code == 422
    assert "line 1" in response.text
    assert len(stored(app, set_id)) == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("slides.pdf", b"%PDF-1.4", "slides.pdf: cannot tell the format from the name"),
        ("noextension", b"Q? {=a ~b}", "noextension: cannot tell the format"),
        ("quiz.gift", b"\xff\xfe\x00\x00", "quiz.gift: not UTF-8 text"),
        ("empty.gift", b"", "the file holds no questions"),
    ],
)
def test_wrong_file_is_refused(app, client, set_id, name, content, message):
    response = send(client, set_id, name, content)
    assert response.status_code == 422
    assert message in html.unescape(response.text)
    assert len(stored(app, set_id)) == 1


def test_import_without_a_file_is_a_field_error(client, set_id):
    response = client.post(f"/host/sets/{set_id}/import", data={"format": "auto"})
    assert response.status_code == 422
    assert 'id="file-error"' in response.text


def test_unknown_format_choice_is_a_field_error(client, set_id):
    response = send(client, set_id, "good.gift", example("good.gift"), fmt="docx")
    assert response.status_code == 422
    assert 'id="format-error"' in response.text


def test_oversize_file_gets_a_readable_413(app, client, set_id):
    body = (
        b"--limit\r\n"
        b'Content-Disposition: form-data; name="file"; filename="big.gift"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n"
        + b"/" * (1024 * 1024 + 10)
        + b"\r\n--limit--\r\n"
    )
    response = client.post(
        f"/host/sets/{set_id}/import",
        data=body,
        content_type="multipart/form-data; boundary=limit",
    )
    assert response.status_code == 413
    assert "That file is too large" in response.text
    assert "<html" in response.text
    assert len(stored(app, set_id)) == 1


def test_imported_text_is_escaped_on_the_set_page(app, client, set_id):
    response = send(client, set_id, "xss.gift", example("xss.gift"))
    assert response.status_code == 303
    imported = stored(app, set_id)[1][1]
    assert XSS in imported.prompt and ATTR in imported.choices
    page = client.get(f"/host/sets/{set_id}").text
    assert XSS not in page
    assert ATTR not in page
    assert "<img src=x" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_problems_quoting_the_file_are_escaped(client, set_id):
    content = f"::T:: {XSS} {{ =a ~a }}\n".encode()
    response = send(client, set_id, "xss.gift", content)
    assert response.status_code == 422
    assert XSS not in response.text


# -- export ------------------------------------------------------------------------------------

MIMETYPES = {
    "gift": "text/plain; charset=utf-8",
    "aiken": "text/plain; charset=utf-8",
    "opentdb": "application/json",
    "json": "application/json",
}


@pytest.mark.parametrize("fmt", formats.FORMATS)
def test_export_downloads_an_attachment(app, client, owner, fmt):
    quiz_id = make_set(app, owner, questions=EXPORTED, title="Romy & Michele: the quiz!")
    response = client.get(f"/host/sets/{quiz_id}/export/{fmt}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == MIMETYPES[fmt]
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment; filename=romy-michele-the-quiz.")
    assert response.text == formats.write(EXPORTED, fmt)


@pytest.mark.parametrize("fmt", formats.FORMATS)
def test_export_then_import_gives_the_same_questions(app, client, owner, fmt):
    source = make_set(app, owner, questions=EXPORTED, title="Source")
    target = make_set(app, owner, questions=[], title="Target")
    exported = client.get(f"/host/sets/{source}/export/{fmt}")
    filename = re.search(r"filename=(\S+)", exported.headers["Content-Disposition"]).group(1)
    response = send(client, target, filename, exported.data)
    assert response.status_code == 303, html.unescape(response.text)
    again = [question for _, question in stored(app, target)]
    assert again == [formats.kept(question, fmt) for question in EXPORTED]
    # Everything the format keeps comes back unchanged (Open Trivia DB reorders the choices).
    for before, after in zip(EXPORTED, again, strict=True):
        assert sorted(after.choices) == sorted(before.choices)
        assert after.right_choice == before.right_choice
        for field in set(formats.KEEPS[fmt]) - {"choices", "answer"}:
            assert getattr(after, field) == getattr(before, field)


def test_unknown_export_format_is_404(client, set_id):
    assert client.get(f"/host/sets/{set_id}/export/docx").status_code == 404


def test_export_of_an_empty_set_is_an_empty_file(app, client, owner):
    quiz_id = make_set(app, owner, questions=[], title="Empty")
    response = client.get(f"/host/sets/{quiz_id}/export/json")
    assert response.status_code == 200
    assert response.text == "[]\n"


def test_export_the_format_cannot_hold_is_explained(app, client, owner):
    quiz_id = make_set(app, owner, questions=EXPORTED[:1])
    with app.app_context():
        for choice in db.session.get(Quiz, quiz_id).questions[0].choices:
            choice.is_right = False
        db.session.commit()
    response = client.get(f"/host/sets/{quiz_id}/export/gift")
    assert response.status_code == 422
    assert 'id="import-problems"' in response.text
    assert "This set cannot be exported" in response.text
    assert "Content-Disposition" not in response.headers


# -- CSRF --------------------------------------------------------------------------------------


@pytest.fixture
def csrf_client(make_test_app):
    app = make_test_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    actions = HostActions(client, app)
    user_id = actions.create("ann")
    actions.sign_in_as(user_id)
    client.set_id = make_set(app, user_id)
    client.app = app
    return client


def test_import_without_csrf_token_is_refused(csrf_client):
    response = send(csrf_client, csrf_client.set_id, "good.gift", example("good.gift"))
    assert response.status_code == 400
    assert len(stored(csrf_client.app, csrf_client.set_id)) == 1


def test_import_with_csrf_header_is_accepted(csrf_client):
    url = f"/host/sets/{csrf_client.set_id}/import"
    token = re.search(r'"X-CSRFToken": "([^"]+)"', csrf_client.get(url).text).group(1)
    data = {"file": (io.BytesIO(example("good.gift")), "good.gift"), "format": "auto"}
    response = csrf_client.post(url, data=data, headers={"X-CSRFToken": token})
    assert response.status_code == 303
    assert len(stored(csrf_client.app, csrf_client.set_id)) == 3


def test_nul_character_in_imported_file_is_refused_whole(app, client, set_id):
    before = stored(app, set_id)
    gift = b"::q1:: Which sea? { =Pacific ~Atlantic }\n\n::q2:: Bad\x00prompt? { =Yes ~No }\n"
    response = send(client, set_id, "quiz.gift", gift)
    assert response.status_code == 422
    assert "question 2: contains a NUL character" in response.text
    assert stored(app, set_id) == before
