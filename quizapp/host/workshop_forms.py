"""Forms of the workshop pages: article facts, article text and the preview."""

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
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError
from wtforms.widgets import HiddenInput

from questions import ArticleFacts, FactsError, parse_facts
from questions.extraction.article import MAX_ARTICLE_CHARS
from questions.facts.model import WORK_KINDS, DateValue

from ..text import read_json, storable
from .set_forms import printable

#: Rows one section of the facts form may hold; more are dropped, as WTForms does.
MAX_ROWS = 500
DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD"


def _text(label: str, limit: int = 300, **kwargs: Any) -> StringField:
    """An optional text field: the facts parser decides what is required and says where."""
    return StringField(label, validators=[Optional(), Length(max=limit)], **kwargs)


class WorkRow(Form):
    """A film, show or play the article talks about."""

    title = _text("Title")
    kind = SelectField("Kind", choices=[SelectChoice(kind) for kind in WORK_KINDS], default="film")
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

    @classmethod
    def for_facts(
        cls, facts: ArticleFacts | None, sources: dict[str, str] | None = None
    ) -> FactsForm:
        """A form showing ``facts`` (or one empty row per section), ignoring any posted data."""
        if facts is None:
            return cls(formdata=None, data={section: [{}] for section in SECTIONS})
        data = facts.to_dict()
        for work in data["works"]:
            work["year"] = str(work.get("year", ""))
        for event in data["events"]:
            event["people"] = ", ".join(event.get("people", []))
        rows = {f"{section}-{i}": text for section, i, text in _source_rows(sources or {})}
        return cls(
            formdata=None,
            data={**data["article"], **{s: data[s][:MAX_ROWS] for s in SECTIONS}},
            sources=json.dumps(rows),
        )

    def source_of(self, row: FormField) -> str:
        """The sentence the extractor read this row from, if any."""
        return self._sources().get(row.name, "")

    def _sources(self) -> dict[str, str]:
        """The posted sources, keeping only well-formed entries (the field is not trusted)."""
        try:
            found = read_json(self.sources.data or "{}")
        except ValueError:
            return {}
        if not isinstance(found, dict):
            return {}
        return {
            key: text for key, text in found.items() if isinstance(text, str) and storable(text)
        }

    def add_row(self, section: str) -> FormField | None:
        """Append an empty row to ``section`` and return it; None when the section is full."""
        rows: FieldList = self[section]
        return rows.append_entry() if len(rows) < MAX_ROWS else None

    def remove_row(self, name: str) -> None:
        """Drop the row called ``name`` (``cast-2``) and number the rest from 0 again.

        WTForms renumbers posted rows, so the page must never show a gap (an added row
        would take a name already shown); the rows' sources move with them.
        """
        section = name.rpartition("-")[0]
        if section not in SECTIONS:
            return
        rows: FieldList = self[section]
        sources = self._sources()
        moved = {key: text for key, text in sources.items() if key.rpartition("-")[0] != section}
        kept = [row for row in rows.entries if row.name != name]
        rows.entries, rows.last_index = [], -1
        for row in kept:
            new = rows.append_entry(row.data)
            if row.name in sources:
                moved[new.name] = sources[row.name]
        self.sources.data = json.dumps(moved)

    def read_facts(self) -> ArticleFacts:
        """The facts the form describes; each problem is also shown at its field.

        Rows left wholly empty are skipped. Problem paths count the rows as shown.
        :raise FactsError: the facts parser refused them.
        """
        kept = {s: [row for row in self[s] if not _blank(row)] for s in SECTIONS}
        data: dict[str, Any] = {"article": _filled(self.data, ARTICLE_FIELDS)}
        for section in SECTIONS:
            data[section] = [_row_data(section, row.data) for row in kept[section]]
        try:
            return parse_facts(data)
        except FactsError as error:
            raise FactsError([self._place(p, kept) for p in error.problems]) from None

    def _place(self, problem: str, kept: dict[str, list[FormField]]) -> str:
        """Show ``problem`` at its field and return it with paths counting the shown rows."""

        def shown(match: re.Match[str]) -> str:
            section, index = match.group(1), int(match.group(2))
            rows = self[section].entries
            return f"{section}[{rows.index(kept[section][index])}]"

        path, _, message = problem.partition(": ")
        field: Any = None
        if (where := re.fullmatch(r"(\w+)\[(\d+)\]\.(\w+).*", path)) and where[1] in SECTIONS:
            row = kept[where[1]][int(where[2])]
            field = row.form._fields.get(where[3])
        elif (where := re.fullmatch(r"article\.(\w+)", path)) and where[1] in ARTICLE_FIELDS:
            field = self[where[1]]
        if field is not None:
            field.errors = [*field.errors, message]
        return _PATH.sub(shown, problem)


def _source_rows(sources: dict[str, str]) -> list[tuple[str, int, str]]:
    """Split ``{"quotes[2]": text}`` into ``("quotes", 2, text)`` for rows of the form."""
    rows = []
    for path, text in sources.items():
        if match := _PATH.fullmatch(path):
            rows.append((match[1], int(match[2]), text))
    return rows


def _blank(row: FormField) -> bool:
    """A row whose text fields are all empty, such as one added and never filled."""
    return not any(
        (field.data or "").strip()
        for field in row.form
        if isinstance(field, StringField | TextAreaField)
    )


def _filled(data: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The fields among ``names`` that hold text, stripped."""
    return {name: data[name].strip() for name in names if (data.get(name) or "").strip()}


def _row_data(section: str, row: dict[str, Any]) -> dict[str, Any]:
    """One row as the facts parser reads it: typed values, no empty fields."""
    data = _filled(row, tuple(key for key in row if isinstance(row[key], str)))
    if section == "works":
        data["kind"] = row["kind"]
        if data.get("year", "").isdigit():
            data["year"] = int(data["year"])
        if row["cast_complete"]:
            data["cast_complete"] = True
    if section == "events" and "people" in data:
        data["people"] = [name.strip() for name in data["people"].split(",") if name.strip()]
    return data


class FactsFileForm(FlaskForm):
    """A facts file to upload instead of typing."""

    facts_file = FileField("Facts file (JSON or YAML)", validators=[FileRequired()])
    count = IntegerField(
        "Questions to propose", default=10, validators=[InputRequired(), NumberRange(1, 50)]
    )


class ArticleTextForm(FlaskForm):
    """The text of a news article, for the extractor to read."""

    text = TextAreaField(
        "Article text", validators=[InputRequired(), Length(max=MAX_ARTICLE_CHARS), printable]
    )
    title = _text("Article title (optional)")
    published = _text("Published (optional)", 10, render_kw={"placeholder": "YYYY-MM-DD"})

    def validate_published(self, field: StringField) -> None:
        """The date, when given, is one the facts format reads."""
        if field.data and DateValue.parse(field.data) is None:
            raise ValidationError(f"Write the date as {DATE_HINT}.")

    def published_date(self) -> DateValue | None:
        """The publication date, if the host gave one."""
        return DateValue.parse(self.published.data) if self.published.data else None


class PreviewForm(FlaskForm):
    """The proposed questions: the facts and seed they came from, and the ones ticked."""

    facts = HiddenField(validators=[InputRequired()])
    seed = IntegerField(widget=HiddenInput(), validators=[InputRequired(), NumberRange(0)])
    count = IntegerField(widget=HiddenInput(), validators=[InputRequired(), NumberRange(1, 50)])
    chosen = SelectMultipleField("Questions", coerce=int, validate_choice=True)
