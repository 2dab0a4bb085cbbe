"""Proof of when the server first received an answer, so a retry after a 503 keeps it.

The time of an answer is when the server received it. If the database cannot store it
then (write-locked, down), the 503 carries a receipt: a keyed hash of the play, the
question's position and the moment of arrival. The page sends it back with the retry,
which is scored at that moment. A receipt cannot be forged (HMAC with the app's secret),
names one question of one play, and is never earlier than the question was shown nor
later than now (both checked where it is used).
"""

from __future__ import annotations

import hmac
from datetime import UTC, datetime, timedelta

from flask import current_app

HEADER = "Quiz-Receipt"
#: Moments are whole microseconds since the epoch, in integers: a float of seconds would
#: round a moment to just before the question was shown, and the receipt would not count.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def issue(play_public_id: str, position: int, moment: datetime) -> str:
    """A receipt saying the answer to ``position`` of this play arrived at ``moment``."""
    micros = (moment.astimezone(UTC) - EPOCH) // MICROSECOND
    return f"{micros}.{_sign(play_public_id, position, micros)}"


def received_at(play_public_id: str, position: int, receipt: str) -> datetime | None:
    """The moment a genuine receipt for this play and question names; None otherwise."""
    micros_text, _, signature = receipt.partition(".")
    if not micros_text.isascii() or not micros_text.isdigit() or len(micros_text) > 18:
        return None
    micros = int(micros_text)
    if not hmac.compare_digest(signature, _sign(play_public_id, position, micros)):
        return None
    return EPOCH + micros * MICROSECOND


def _sign(play_public_id: str, position: int, micros: int) -> str:
    """The keyed hash binding a moment to one question of one play."""
    key = current_app.config["SECRET_KEY"].encode()
    message = f"receipt:{play_public_id}:{position}:{micros}".encode()
    return hmac.digest(key, message, "sha256").hex()[:32]
