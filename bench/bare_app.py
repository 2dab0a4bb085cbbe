"""The ceiling for the benchmarks: Flask with one endpoint that returns a constant.

Served by the same gunicorn settings as the quiz app (``bench/load.py``) and called through
the same test client (``bench/leaderboard.py``), it shows what the stack costs before the
app does any work, so the app's numbers can be read as a fraction of what is possible here.
"""

from __future__ import annotations

from flask import Flask

BODY = "ok\n"


def create_app() -> Flask:
    """A Flask app with only ``GET /`` answering a constant."""
    bare = Flask(__name__)

    @bare.get("/")
    def constant() -> tuple[str, int, dict[str, str]]:
        return BODY, 200, {"Content-Type": "text/plain"}

    return bare


app = create_app()
