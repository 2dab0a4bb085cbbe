"""Proof of when the server first received an answer, so a retry after a 503 keeps it.

The time of an answer is when the server received it. If the database cannot store it
then (write-locked, down), the 503 carries a receipt: a keyed hash of the play, the
question's position and the moment of arrival. The page sends it back with the retry,
which is scored at that moment. A receipt cannot be forged (HMAC with the app's secret),
names one question of one play, and is never earlier than the question was shown nor
later than now (both checked where it is used).
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime

from flask import current_app

HEADER = "Quiz-Receipt"


def issue(play_public_id: str, position: int, moment: datetime) -> str:
    """A receipt saying the answer to ``position`` of this play arrived at ``moment``."""
    millis = round(moment.timestamp() * 1000)
    return f"{millis}.{_sign(play_public_id, position, millis)}"


def received_at(play_public_id: str, position: int, receipt: str) -> datetime | None:
    """The moment a genuine receipt for this play and question names; None otherwise."""
    millis_text, _, signature = receipt.partition(".")
    if not millis_text.isascii() or not millis_text.isdigit() or len(millis_text) > 15:
        return None
    millis = int(millis_text)
    if not hmac.compare_digest(signature, _sign(play_public_id, position, millis)):
        return None
    return datetime.fromtimestamp(millis / 1000, UTC)


def _sign(play_public_id: str, position: int, millis: int) -> str:
    """The keyed hash binding a moment to one question of one play."""
    key = current_app.config["SECRET_KEY"].encode()
    message = f"receipt:{play_public_id}:{position}:{millis}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:32]
