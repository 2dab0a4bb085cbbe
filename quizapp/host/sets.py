"""The host's question sets: dashboard, settings, publishing, questions inline, and stats.

The question endpoints answer htmx with one block of ``host/set_edit.html`` and a plain form
post with a 303 back to the set page, so every action also works without JavaScript.
"""

from __future__ import annotations

from typing import Any

from flask import Response, abort, flash, redirect, request, url_for
from flask_login import current_user, login_required

from ..converters import database_int
from ..extensions import db
from ..models import Quiz, QuizQuestion
from ..quizzes import fairness_warnings, publish_problems, room_problem
from ..rendering import is_htmx, render
from . import bp
from .access import owned_quiz
from .listing import page_of, question_page
from .set_forms import QuestionForm, SetForm
from .stats import play_summary, question_stats, set_summaries


@bp.get("/")
@login_required
def dashboard():
    """List the signed-in host's question sets with their counts."""
    return render("host/dashboard.html", "content", summaries=set_summaries(current_user.id))


@bp.route("/sets/new", methods=["GET", "POST"])
@login_required
def new_set():
    """Create a draft question set and go on to add its questions."""
    form = SetForm()
    if form.validate_on_submit():
        quiz = Quiz(owner_id=current_user.id, status="draft")
        form.save(quiz)
        db.session.add(quiz)
        db.session.commit()
        flash("Question set created. Now add its questions.", "success")
        return redirect(url_for("host.edit_set", quiz_id=quiz.id), 303)
    status = 422 if form.is_submitted() else 200
    return render("host/set_new.html", "content", status, form=form)


@bp.route("/sets/<int:quiz_id>", methods=["GET", "POST"])
@login_required
def edit_set(quiz_id: int):
    """Show a set's settings and questions, and save its settings."""
    quiz = owned_quiz(quiz_id)
    form = SetForm(obj=quiz)
    if form.validate_on_submit():
        form.save(quiz)
        db.session.commit()
        flash("Settings saved.", "success")
        return redirect(url_for("host.edit_set", quiz_id=quiz.id), 303)
    return _set_page(quiz, 422 if form.is_submitted() else 200, set_form=form)


@bp.post("/sets/<int:quiz_id>/delete")
@login_required
def delete_set(quiz_id: int):
    """Delete a set with its questions and plays, then go back to the dashboard."""
    quiz = owned_quiz(quiz_id)
    title = quiz.title
    db.session.delete(quiz)
    db.session.commit()
    flash(f"Deleted “{title}”.", "success")
    return redirect(url_for("host.dashboard"), 303)


@bp.post("/sets/<int:quiz_id>/publish")
@login_required
def publish_set(quiz_id: int):
    """Publish a set whose every question is playable; otherwise say which ones are not."""
    quiz = owned_quiz(quiz_id)
    problems = publish_problems(quiz)
    if problems:
        return _set_page(quiz, 422, problems=problems)
    quiz.status = "published"
    db.session.commit()
    flash("Published: players can start it now.", "success")
    return redirect(url_for("host.edit_set", quiz_id=quiz.id), 303)


@bp.post("/sets/<int:quiz_id>/unpublish")
@login_required
def unpublish_set(quiz_id: int):
    """Take a set back to draft: nobody can start it until it is published again."""
    quiz = owned_quiz(quiz_id)
    quiz.status = "draft"
    db.session.commit()
    flash("Back to draft: new plays cannot start.", "success")
    return redirect(url_for("host.edit_set", quiz_id=quiz.id), 303)


@bp.post("/sets/<int:quiz_id>/questions")
@login_required
def add_question(quiz_id: int):
    """Add a hand-written question at the end of the set."""
    quiz = owned_quiz(quiz_id)
    form = QuestionForm(prefix="new")
    valid = form.validate()
    if valid and (full := room_problem(quiz, 1)) is not None:
        form.prompt.errors = [full]
        valid = False
    if not valid:
        response = _set_page(quiz, 422, "new_question", new_form=form)
        # Only the form is swapped back, so rows being edited elsewhere stay as they are.
        response.headers.update({"HX-Retarget": "#new-question", "HX-Reswap": "outerHTML"})
        return response
    question = QuizQuestion(position=len(quiz.questions), kind="custom")
    form.save(question)
    quiz.questions.append(question)
    db.session.commit()
    return _back_to_set(quiz, "questions", at=question.position)


@bp.get("/sets/<int:quiz_id>/questions/<int:question_id>")
@login_required
def show_question(quiz_id: int, question_id: int):
    """Show one question as a row (an edit form's Cancel swaps back to it)."""
    quiz, question = _owned_question(quiz_id, question_id)
    return _set_page(quiz, 200, "question_row", question=question)


@bp.get("/sets/<int:quiz_id>/questions/<int:question_id>/edit")
@login_required
def edit_question(quiz_id: int, question_id: int):
    """Show one question as an edit form in place of its row."""
    quiz, question = _owned_question(quiz_id, question_id)
    form = QuestionForm(prefix=f"q{question.id}", formdata=None)
    form.load(question)
    return _set_page(
        quiz, 200, "question_row", question=question, editing=question.id, edit_form=form
    )


@bp.post("/sets/<int:quiz_id>/questions/<int:question_id>")
@login_required
def update_question(quiz_id: int, question_id: int):
    """Save an edited question; allowed after plays, whose scores stay as they were."""
    quiz, question = _owned_question(quiz_id, question_id)
    form = QuestionForm(prefix=f"q{question.id}")
    if not form.validate():
        return _set_page(
            quiz, 422, "question_row", question=question, editing=question.id, edit_form=form
        )
    form.save(question)
    db.session.commit()
    return _back_to_set(quiz, "question_row", at=question.position, question=question)


@bp.post("/sets/<int:quiz_id>/questions/<int:question_id>/move")
@login_required
def move_question(quiz_id: int, question_id: int):
    """Swap a question with the one above or below it (``direction`` is up or down)."""
    quiz, question = _owned_question(quiz_id, question_id)
    step = {"up": -1, "down": 1}.get(request.form.get("direction", ""))
    if step is None:
        abort(400, "Move a question up or down.")
    ordered = list(quiz.questions)
    index = ordered.index(question)
    if 0 <= index + step < len(ordered):
        ordered[index], ordered[index + step] = ordered[index + step], ordered[index]
        _renumber(ordered)
        db.session.commit()
    return _back_to_set(quiz, "question_list", at=question.position)


@bp.post("/sets/<int:quiz_id>/questions/<int:question_id>/delete")
@bp.delete("/sets/<int:quiz_id>/questions/<int:question_id>")
@login_required
def delete_question(quiz_id: int, question_id: int):
    """Delete a question (and its answers) and close the gap it leaves."""
    quiz, question = _owned_question(quiz_id, question_id)
    position = question.position
    quiz.questions.remove(question)
    _renumber(quiz.questions)
    db.session.commit()
    return _back_to_set(quiz, "question_list", at=position)


@bp.get("/sets/<int:quiz_id>/stats")
@login_required
def stats(quiz_id: int):
    """Show how each question was answered, hardest first, and the set's plays."""
    quiz = owned_quiz(quiz_id)
    return render(
        "host/set_stats.html",
        "content",
        quiz=quiz,
        summary=play_summary(quiz.id),
        questions=question_stats(quiz.id),
    )


def _owned_question(quiz_id: int, question_id: int) -> tuple[Quiz, QuizQuestion]:
    """The owner's set and one of its questions: 404 if the question is not in that set."""
    quiz = owned_quiz(quiz_id)
    question = db.get_or_404(QuizQuestion, question_id)
    if question.quiz_id != quiz.id:
        abort(404)
    return quiz, question


def _renumber(questions: list[QuizQuestion]) -> None:
    """Give the questions positions 0, 1, 2... in the order of the list."""
    for position, question in enumerate(questions):
        question.position = position


def _set_page(
    quiz: Quiz, status: int = 200, block: str = "content", at: int | None = None, **context: Any
) -> Response:
    """The set page, or its ``block`` for htmx, with fresh forms unless given others.

    Its questions are shown a page at a time: the page holding position ``at`` after a
    change to it, else the ``?page=`` asked for.
    """
    context.setdefault("set_form", SetForm(obj=quiz, formdata=None))
    context.setdefault("new_form", QuestionForm(prefix="new", formdata=None))
    context.setdefault("editing", None)
    number = page_of(at) if at is not None else database_int(request.args.get("page")) or 1
    # A fragment also carries the fairness check, which any change to a question may alter.
    out_of_band = () if block == "content" else ("fairness",)
    return render(
        "host/set_edit.html",
        block,
        status,
        out_of_band=out_of_band,
        quiz=quiz,
        listing=question_page(quiz.id, number),
        warnings=fairness_warnings(quiz),
        swap_oob=bool(out_of_band),
        **context,
    )


def _back_to_set(quiz: Quiz, block: str, at: int, **context: Any) -> Response:
    """After a change at position ``at``: the updated ``block`` for htmx, else a 303 to the
    set page showing that position."""
    if is_htmx():
        return _set_page(quiz, 200, block, at=at, **context)
    page = page_of(at)
    return redirect(
        url_for(
            "host.edit_set", quiz_id=quiz.id, page=page if page > 1 else None, _anchor="questions"
        ),
        303,
    )
