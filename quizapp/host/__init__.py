"""The host's blueprint: accounts, question sets, generating from facts, import and export."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("host", __name__, url_prefix="/host")

from . import accounts, sets, transfer, workshop  # noqa: E402,F401  (they register views on bp)
