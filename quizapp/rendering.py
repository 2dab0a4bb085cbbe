"""Render a whole page, or only one of its blocks for an htmx request."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import Response, current_app, make_response, render_template, request
from jinja2_fragments import render_blocks


def is_htmx() -> bool:
    """An htmx swap, not a history restore (which needs the whole page)."""
    return request.headers.get("HX-Request") == "true" and not request.headers.get(
        "HX-History-Restore-Request"
    )


def render(
    template: str,
    block: str,
    status: int = 200,
    *,
    out_of_band: Sequence[str] = (),
    **context: Any,
) -> Response:
    """Render ``template``, or only ``block`` of it when htmx asks for a fragment.

    The ``out_of_band`` blocks follow it in a fragment, each marked ``hx-swap-oob`` in the
    template, so htmx also refreshes what they show elsewhere on the page.
    """
    if is_htmx():
        # Without the context processors: they add the signed-in account, which only the
        # page's header shows, and reading it is most of what they cost (quizapp.sql
        # says why a play request reads no more than it needs).
        blocks = [block, *out_of_band]
        env = current_app.jinja_env
        body = render_blocks(env, template, blocks, **context)
    else:
        body = render_template(template, **context)
    response = make_response(body, status)
    response.vary.add("HX-Request")
    return response
