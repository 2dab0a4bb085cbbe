"""The workshop: article facts (typed, uploaded or read from text) -> proposed questions -> a set.

No preview state is kept on the server: the facts travel in a hidden field and are checked
again on every request, and the seed makes the proposed questions the same each time.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence

from flask import current_app, flash, redirect, request, url_for
from flask_login import login_required
from werkzeug.datastructures import FileStorage
from wtforms.fields.choices import SelectChoice

from questions import (
    ArticleFacts,
    FactsError,
    NotEnoughFacts,
    Question,
    generate,
    loads_facts,
    parse_facts,
)
from questions.exc import ExtractionTooSlow
from questions.extraction.article import extract

from ..extensions import db
from ..models import Quiz
from ..quizzes import SetLimitError, append_questions, store_facts, stored_facts
from ..rendering import render
from ..text import displayable, read_json, text_problem
from . import bp
from .access import owned_quiz
from .workshop_forms import (
    MAX_ROWS,
    ROW_NAMES,
    SECTIONS,
    ArticleTextForm,
    FactsFileForm,
    FactsForm,
    PreviewForm,
)

FACTS_SUFFIXES = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
SEED_LIMIT = 2**31


@bp.route("/sets/<int:quiz_id>/workshop", methods=["GET", "POST"])
@login_required
def workshop(quiz_id: int):
    """Type or review an article's facts, a row at a time, then propose questions from them."""
    quiz = owned_quiz(quiz_id)
    if request.method == "GET":
        return facts_page(quiz, FactsForm.for_facts(stored_facts(quiz)))
    form = FactsForm()
    if (section := request.form.get("add")) in SECTIONS:
        return added_row(quiz, form, section)
    if remove := request.form.get("remove_row"):
        form.remove_row(remove)
        return facts_page(quiz, form)
    if form.validate_on_submit():
        try:
            facts = usable(form.read_facts(), "The facts")
            return preview_page(quiz, facts, new_seed(), form.count.data)
        except (FactsError, NotEnoughFacts) as error:
            return facts_page(quiz, form, problems=_problems(error), status=422)
    return facts_page(quiz, form, status=422)


@bp.post("/sets/<int:quiz_id>/workshop/upload")
@login_required
def upload_facts(quiz_id: int):
    """Propose questions from an uploaded facts file (JSON or YAML)."""
    quiz = owned_quiz(quiz_id)
    file_form = FactsFileForm()
    problems: list[str] = []
    if file_form.validate_on_submit():
        try:
            facts = read_facts_file(file_form.facts_file.data)
            return preview_page(quiz, facts, new_seed(), file_form.count.data)
        except (FactsError, NotEnoughFacts) as error:
            problems = _problems(error)
    form = FactsForm.for_facts(stored_facts(quiz))
    return facts_page(quiz, form, file_form, problems=problems, status=422)


@bp.route("/sets/<int:quiz_id>/from-text", methods=["GET", "POST"])
@login_required
def from_text(quiz_id: int):
    """Paste an article's text and review the facts read from it, each beside its sentence."""
    quiz = owned_quiz(quiz_id)
    form = ArticleTextForm()
    if form.validate_on_submit():
        try:
            found = extract(
                form.text.data,
                title=form.title.data or None,
                published=form.published_date(),
                seconds=current_app.config["EXTRACT_SECONDS"],
            )
        except ExtractionTooSlow as error:
            form.text.errors = [f"{str(error).capitalize()}."]
        else:
            return facts_page(quiz, FactsForm.for_facts(found.facts, found.sources))
    status = 422 if form.is_submitted() else 200
    return render("host/workshop_text.html", "content", status, quiz=quiz, form=form)


@bp.post("/sets/<int:quiz_id>/workshop/preview")
@login_required
def preview(quiz_id: int):
    """Add the ticked questions to the set, propose another batch, or go back to the facts."""
    quiz = owned_quiz(quiz_id)
    form = PreviewForm()
    seed, count = form.seed.data or 0, form.count.data or 10
    try:
        facts = parse_facts(read_json(form.facts.data or "null"))
        usable(facts, "The facts field")
        proposed, shortfall = propose(facts, seed, count)
    except (ValueError, FactsError, NotEnoughFacts) as error:
        return facts_page(quiz, FactsForm.for_facts(None), problems=_problems(error), status=422)
    action = request.form.get("action")
    if action == "edit":
        return facts_page(quiz, FactsForm.for_facts(facts))
    if action == "batch":
        return preview_page(quiz, facts, new_seed(seed), count)
    form.chosen.choices = [SelectChoice(i, q.prompt) for i, q in enumerate(proposed)]
    if form.validate_on_submit() and form.chosen.data:
        try:
            added = append_questions(quiz, [proposed[i] for i in sorted(set(form.chosen.data))])
        except SetLimitError as error:
            form.chosen.errors = error.problems
            return render_preview(quiz, facts, proposed, shortfall, form, status=422)
        store_facts(quiz, facts)
        db.session.commit()
        flash(f"Added {added} questions.", "success")
        return redirect(url_for("host.edit_set", quiz_id=quiz.id), 303)
    if not form.chosen.errors:
        form.chosen.errors = ["Tick at least one question to add."]
    return render_preview(quiz, facts, proposed, shortfall, form, status=422)


def added_row(quiz: Quiz, form: FactsForm, section: str):
    """One more empty row: the row alone for htmx, else the whole page holding it."""
    if row := form.add_row(section):
        return render(
            "host/workshop.html", "new_row", **_page(quiz, form), section=section, row=row
        )
    full = facts_page(quiz, form, problems=[f"{section}: at most {MAX_ROWS} rows"], status=422)
    # htmx aimed at the list of rows; show the message with the whole form instead.
    full.headers.update({"HX-Retarget": "#facts-form", "HX-Reswap": "outerHTML"})
    return full


def new_seed(old: int | None = None) -> int:
    """A fresh seed for the generator, never the one just shown."""
    seed = secrets.randbelow(SEED_LIMIT)
    return seed if seed != old else (seed + 1) % SEED_LIMIT


def propose(facts: ArticleFacts, seed: int, count: int) -> tuple[list[Question], str]:
    """``count`` questions from ``facts``; or all there are, and what the facts lack for more.

    :raise NotEnoughFacts: the facts make no question at all.
    """
    try:
        return generate(facts, seed=seed, count=count), ""
    except NotEnoughFacts as short:
        if not short.made:
            raise
        return short.made, displayable(str(short))


def read_facts_file(file: FileStorage) -> ArticleFacts:
    """Facts from an uploaded ``.json``, ``.yaml`` or ``.yml`` file.

    :raise FactsError: the file's type, encoding or content is wrong, naming where.
    """
    name = file.filename or "the file"
    fmt = FACTS_SUFFIXES.get(name[name.rfind(".") :].lower() if "." in name else "")
    if fmt is None:
        raise FactsError([f"{name}: not a facts file; upload .json, .yaml or .yml"])
    try:
        text = file.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FactsError([f"{name}: not UTF-8 text"]) from None
    return usable(loads_facts(text, "json" if fmt == "json" else "yaml"), name)


def usable(facts: ArticleFacts, name: str) -> ArticleFacts:
    """``facts``, if every text in them can go into a question set.

    :raise FactsError: a text cannot be stored or holds control characters, naming ``name``.
    """
    if problem := text_problem(facts.to_dict()):
        raise FactsError([f"{name} {problem}"])
    return facts


def facts_page(
    quiz: Quiz,
    form: FactsForm,
    file_form: FactsFileForm | None = None,
    problems: Sequence[str] = (),
    status: int = 200,
):
    """The facts form (the whole page, or the form alone for htmx)."""
    context = _page(quiz, form, file_form, problems)
    return render("host/workshop.html", "facts_form", status, **context)


def _page(
    quiz: Quiz,
    form: FactsForm,
    file_form: FactsFileForm | None = None,
    problems: Sequence[str] = (),
) -> dict[str, object]:
    """What the facts page needs besides the forms' own fields."""
    return {
        "quiz": quiz,
        "form": form,
        "file_form": file_form or FactsFileForm(formdata=None),
        "problems": problems,
        "sections": SECTIONS,
        "row_names": ROW_NAMES,
        "work_titles": [row.form.title.data for row in form.works if row.form.title.data],
    }


def preview_page(quiz: Quiz, facts: ArticleFacts, seed: int, count: int):
    """Propose questions from ``facts`` with ``seed``, all of them ticked."""
    try:
        proposed, shortfall = propose(facts, seed, count)
    except NotEnoughFacts as error:
        form = FactsForm.for_facts(facts)
        return facts_page(quiz, form, problems=_problems(error), status=422)
    form = PreviewForm(
        formdata=None,
        data={
            "facts": json.dumps(facts.to_dict()),
            "seed": seed,
            "count": count,
            "chosen": list(range(len(proposed))),
        },
    )
    return render_preview(quiz, facts, proposed, shortfall, form)


def render_preview(
    quiz: Quiz,
    facts: ArticleFacts,
    proposed: list[Question],
    shortfall: str,
    form: PreviewForm,
    status: int = 200,
):
    """The page of proposed questions, each with its box, and why there are fewer than asked."""
    chosen = set(form.chosen.data or [])
    return render(
        "host/workshop_preview.html",
        "content",
        status,
        quiz=quiz,
        facts=facts,
        proposed=proposed,
        shortfall=shortfall,
        form=form,
        chosen=chosen,
    )


def _problems(error: Exception) -> list[str]:
    """The messages of a refused input, one per problem."""
    if isinstance(error, FactsError):
        return [displayable(problem) for problem in error.problems]
    if isinstance(error, ValueError):
        return ["The facts sent with the form are not valid JSON; start again."]
    return [displayable(str(error))]
