"""Render a whole page, or only one of its blocks for an htmx request."""

from __future__ import annotations

from typing import Any

from flask import Response, make_response, render_template, request
from jinja2_fragments.flask import render_block


def is_htmx() -> bool:
    """An htmx swap, not a history restore (which needs the whole page)."""
    return request.headers.get("HX-Request") == "true" and not request.headers.get(
        "HX-History-Restore-Request"
    )


def render(template: str, block: str, status: int = 200, **context: Any) -> Response:
    """Render ``template``, or only ``block`` of it when htmx asks for a fragment."""
    if is_htmx():
        body = render_block(template, block, **context)
    else:
        body = render_template(template, **context)
    response = make_response(body, status)
    response.vary.add("HX-Request")
    return response
