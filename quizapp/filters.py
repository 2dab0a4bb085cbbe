"""Template helpers usable inside any htmx fragment block.

A block rendered alone does not see its template's top-level ``{% from ... import %}``, so
the helpers every form needs are registered on the environment instead.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from flask import Flask, url_for
from markupsafe import Markup, escape


def seconds(milliseconds: int) -> Markup:
    """Milliseconds as seconds with one decimal: ``12.3 s``."""
    return Markup(f"{milliseconds / 1000:.1f}&nbsp;s")


def when(moment: datetime) -> Markup:
    """A ``<time>`` element in UTC that people and machines can read."""
    label = escape(moment.strftime("%d %b %Y, %H:%M"))
    return Markup(f'<time datetime="{escape(moment.isoformat())}">{label}</time>')


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st: a rank as people say it."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


class Listed(Protocol):
    """What a leaderboard link needs of a quiz (a Quiz, or the results page's QuizLink)."""

    @property
    def id(self) -> int: ...
    @property
    def visibility(self) -> str: ...
    @property
    def share_token(self) -> str: ...


def board_url(quiz: Listed, **params: str) -> str:
    """The address of ``quiz``'s leaderboard; an unlisted quiz's carries its share token."""
    if quiz.visibility != "public":
        params["key"] = quiz.share_token
    return url_for("board.index", quiz=quiz.id, **params)


def init_app(app: Flask) -> None:
    """Register the filters, and the ``render_field`` macro as a global, on ``app``."""
    app.add_template_filter(seconds)
    app.add_template_filter(when)
    app.add_template_filter(ordinal)
    app.add_template_global(board_url)
    macros = app.jinja_env.get_template("_macros.html").module
    app.jinja_env.globals["render_field"] = macros.render_field  # type: ignore[attr-defined]
