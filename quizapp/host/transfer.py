"""Import questions into a set from GIFT, Aiken or Open Trivia DB files, and export them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from flask import Response, abort, flash, redirect, url_for
from flask_login import login_required
from werkzeug.datastructures import FileStorage

from questions import FormatError, Question, formats

from ..extensions import db
from ..models import Quiz
from ..quizzes import SetLimitError, append_questions, as_question
from ..rendering import render
from ..text import displayable
from . import bp
from .access import owned_quiz
from .transfer_forms import FORMAT_LABELS, ImportForm

#: Format -> (file name ending, mimetype) of an export.
EXPORTS = {
    "gift": ("gift", "text/plain"),
    "aiken": ("aiken.txt", "text/plain"),
    "opentdb": ("opentdb.json", "application/json"),
    "json": ("json", "application/json"),
}


@bp.route("/sets/<int:quiz_id>/import", methods=["GET", "POST"])
@login_required
def import_questions(quiz_id: int):
    """Add every question of a quiz file to the set, or none if the file has any error."""
    quiz = owned_quiz(quiz_id)
    form = ImportForm()
    problems: list[str] = []
    if form.validate_on_submit():
        try:
            added = append_questions(quiz, read_quiz_file(form.file.data, form.format.data))
        except (FormatError, SetLimitError) as error:
            problems = [displayable(problem) for problem in error.problems]
        else:
            db.session.commit()
            flash(f"Imported {added} questions.", "success")
            return redirect(url_for("host.edit_set", quiz_id=quiz.id), 303)
    status = 422 if form.is_submitted() else 200
    return transfer_page(quiz, form, problems, status)


@bp.get("/sets/<int:quiz_id>/export/<fmt>")
@login_required
def export(quiz_id: int, fmt: str):
    """Download the set as a GIFT, Aiken, Open Trivia DB or JSON file."""
    quiz = owned_quiz(quiz_id)
    if fmt not in EXPORTS:
        abort(404)
    try:
        text = formats.write([as_question(row) for row in quiz.questions], fmt)
    except FormatError as error:
        return transfer_page(quiz, ImportForm(formdata=None), error.problems, 422)
    ending, mimetype = EXPORTS[fmt]
    response = Response(text, mimetype=mimetype)
    filename = f"{slug(quiz.title)}.{ending}"
    response.headers.set("Content-Disposition", "attachment", filename=filename)
    return response


def read_quiz_file(file: FileStorage, fmt: str) -> list[Question]:
    """Every question of an uploaded quiz file; ``fmt`` "auto" goes by the file's name.

    :raise FormatError: the file cannot be read, each problem naming its line or JSON path.
    """
    name = file.filename or "the file"
    try:
        text = file.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FormatError([f"{name}: not UTF-8 text"]) from None
    if fmt == "auto":
        fmt = formats.format_for_filename(name, text)
    return formats.read(text, fmt)


def slug(title: str) -> str:
    """A file name made of the title's letters and digits."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "questions"


def transfer_page(quiz: Quiz, form: ImportForm, problems: Sequence[str], status: int = 200):
    """The import form, the problems of a refused file, and the export links."""
    return render(
        "host/transfer.html",
        "content",
        status,
        quiz=quiz,
        form=form,
        problems=problems,
        exports=formats.FORMATS,
        format_labels=FORMAT_LABELS,
    )
