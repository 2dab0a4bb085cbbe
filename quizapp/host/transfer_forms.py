"""Forms of the import and export page."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice

from questions.formats import FORMATS

FORMAT_LABELS = {
    "gift": "GIFT (.gift, .txt)",
    "aiken": "Aiken (.txt)",
    "opentdb": "Open Trivia DB (.json)",
    "json": "This app's JSON (.json)",
}


class ImportForm(FlaskForm):
    """A quiz file to add to a set, and its format."""

    file = FileField("Quiz file", validators=[FileRequired()])
    format = SelectField(
        "Format",
        choices=[SelectChoice("auto", "From the file name")]
        + [SelectChoice(f, FORMAT_LABELS[f]) for f in FORMATS],
        default="auto",
    )
