"""Forms of the workshop pages: article facts, article text, the preview, and quiz files."""

from __future__ import annotations

import json
import re
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from questions.facts import WORK_KINDS
from questions.formats import FORMATS

#: Rows one section of the facts form may hold; more are dropped, as WTForms does.
MAX_ROWS = 300
MAX_ARTICLE_CHARS = 100_000
DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD"
FORMAT_LABELS = {
    "gift": "GIFT (.gift, .txt)",
    "aiken": "Aiken (.txt)",
    "opentdb": "Open Trivia DB (.json)",
    "json": "This app's JSON (.json)",
}


def _text(label: str, limit: int = 300, **kwargs: Any) -> StringField:
    """An optional text field: the facts parser decides what is required and says where."""
    return StringField(label, validators=[Optional(), Length(max=limit)], **kwargs)


class WorkRow(Form):
    """A film, show or play the article talks about."""

    title = _text("Title")
    kind = SelectField("Kind", choices=[(kind, kind) for kind in WORK_KINDS], default="film")
    year = _text("Year", 4)
    cast_complete = BooleanField("Cast list is complete")


class CastRow(Form):
    """Someone who appeared in a work, in a role if the article names it."""

    person = _text("Person")
    role = _text("Role")
    work = _text("Work", render_kw={"list": "work-titles"})


class PersonRow(Form):
    """Someone the article names who is not (only) cast."""

    name = _text("Name")
    description = _text("Description")


class EventRow(Form):
    """Something that happened on a date."""

    date = _text("Date", 10, render_kw={"placeholder": DATE_HINT})
    what = _text("What happened", 1000)
    people = _text("People (comma-separated)", 1000)
    work = _text("Work", render_kw={"list": "work-titles"})


class QuoteRow(Form):
    """Words the article quotes, and who said them."""

    text = TextAreaField("Quote", validators=[Optional(), Length(max=2000)])
    speaker = _text("Speaker")
    context = _text("Context", render_kw={"placeholder": "to Us Weekly"})
    date = _text("Date", 10, render_kw={"placeholder": DATE_HINT})
    outlet = _text("Outlet")


#: The sections of the facts form, each a list of rows named as in the facts file.
SECTIONS = ("works", "cast", "people", "events", "quotes")
#: How one row of each section is called on its buttons.
ROW_NAMES = {
    "works": "work",
    "cast": "cast",
    "people": "person",
    "events": "event",
    "quotes": "quote",
}
ARTICLE_FIELDS = ("title", "publication", "url", "published")
_PATH = re.compile(r"\b(works|cast|people|events|quotes)\[(\d+)\]")


def _rows(row: type[Form], label: str) -> FieldList:
    return FieldList(FormField(row), label=label, min_entries=0, max_entries=MAX_ROWS)


class FactsForm(FlaskForm):
    """The facts of one article, typed or reviewed by the host, a row per fact."""

    title = _text("Article title")
    publication = _text("Publication")
    url = _text("Link to the article", 2000)
    published = _text("Published", 10, render_kw={"placeholder": DATE_HINT})
    works = _rows(WorkRow, "Works")
    cast = _rows(CastRow, "Cast")
    people = _rows(PersonRow, "People")
    events = _rows(EventRow, "Dated events")
    quotes = _rows(QuoteRow, "Quotes")
    count = IntegerField(
        "Questions to propose", default=10, validators=[InputRequired(), NumberRange(1, 50)]
    )
    #: Where each extracted fact came from, as JSON {"cast-2": "sentence"}; shown, never trusted.
    sources = HiddenField()


class FactsFileForm(FlaskForm):
    """A facts file to upload instead of typing."""

    facts_file = FileField("Facts file (JSON or YAML)", validators=[FileRequired()])
    count = IntegerField(
        "Questions to propose", default=10, validators=[InputRequired(), NumberRange(1, 50)]
    )


class ArticleTextForm(FlaskForm):
    """The text of a news article, for the extractor to read."""

    text = TextAreaField(
        "Article text", validators=[InputRequired(), Length(max=MAX_ARTICLE_CHARS)]
    )
    title = _text("Article title (optional)")
    published = _text("Published (optional)", 10, render_kw={"placeholder": "YYYY-MM-DD"})


class PreviewForm(FlaskForm):
    """The proposed questions: the facts and seed they came from, and the ones ticked."""

    facts = HiddenField(validators=[InputRequired()])
    seed = IntegerField(widget=HiddenField.widget, validators=[InputRequired(), NumberRange(0)])
    count = IntegerField(
        widget=HiddenField.widget, validators=[InputRequired(), NumberRange(1, 50)]
    )
    chosen = SelectMultipleField("Questions", coerce=int, validate_choice=True)


class ImportForm(FlaskForm):
    """A quiz file to add to a set, and its format."""

    file = FileField("Quiz file", validators=[FileRequired()])
    format = SelectField(
        "Format",
        choices=[("auto", "From the file name")] + [(f, FORMAT_LABELS[f]) for f in FORMATS],
        default="auto",
    )
