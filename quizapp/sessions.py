"""The session cookie, re-signed at most once a day when nothing in it changed.

A player's session is permanent (it holds the key that owns their plays), and Flask
re-signs a permanent session's cookie on every response so that it expires a month after
the last visit. Signing and setting it cost a tenth of a question or answer request
(bench/requests.py). Re-signing once a day keeps "a month after the last visit", to the
day, and spares every other request. A changed session is always saved at once.
"""

from __future__ import annotations

import time

from flask import Flask
from flask.sessions import SecureCookieSessionInterface, SessionMixin
from itsdangerous import URLSafeTimedSerializer

#: The session key holding the day (since the epoch, UTC) the cookie was last signed.
SIGNED_DAY = "_signed_day"
SECONDS_PER_DAY = 86_400


class DailyRefreshSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, refreshing an unchanged cookie only once a day."""

    #: The keys and the serializer made for them, set on the instance on first use.
    _made: tuple[tuple[object, ...], URLSafeTimedSerializer | None] | None = None

    def should_set_cookie(self, app: Flask, session: SessionMixin) -> bool:
        """Set the cookie if the session changed, or if a permanent one was not signed today."""
        if session.modified:
            session[SIGNED_DAY] = _today()
            return True
        if not session.permanent or session.get(SIGNED_DAY) == _today():
            return False
        session[SIGNED_DAY] = _today()
        return True

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """Flask's serializer, made again only when the keys change.

        Flask makes one per request, and making one costs a trial dump of a payload.
        """
        keys = (app.secret_key, tuple(app.config.get("SECRET_KEY_FALLBACKS") or ()))
        made = self._made
        if made is None or made[0] != keys:
            # One tuple, so that a thread never pairs one key with another's serializer.
            made = self._made = (keys, super().get_signing_serializer(app))
        return made[1]


def _today() -> int:
    """Days since the epoch, UTC."""
    return int(time.time() // SECONDS_PER_DAY)
