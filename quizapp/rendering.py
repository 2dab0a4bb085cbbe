"""Render a whole page, or only one of its blocks for an htmx request."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import Response, make_response, render_template, request
from jinja2_fragments.flask import render_blocks


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
    template, so htmx also refreshes what they show elsewhere on the page. A fragment is
    rendered with ``fragment`` true: its forms can rely on the page's ``<body hx-headers>``
    for the CSRF token instead of signing one more.
    """
    if is_htmx():
        body = render_blocks(template, [block, *out_of_band], fragment=True, **context)
    else:
        body = render_template(template, **context)
    response = make_response(body, status)
    response.vary.add("HX-Request")
    return response
