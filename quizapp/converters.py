"""Numbers from requests stay within what the database's integer columns hold."""

from __future__ import annotations

import re
from typing import Any

from werkzeug.routing import IntegerConverter

#: The largest id a 32-bit INTEGER column holds (PostgreSQL refuses larger values outright).
MAX_ID = 2**31 - 1
MIN_INT = -(2**31)
_ASCII_INTEGER = re.compile(r"-?[0-9]{1,10}")


def database_int(text: str | None) -> int | None:
    """``text`` as an integer a 32-bit column holds, or None if it is not one.

    Only ASCII digits: ``str.isdigit`` takes "²" and "①", which ``int`` refuses, and ``int``
    takes "٣"; and a number out of range must not reach the database, which fails on it
    (PostgreSQL refuses it, SQLite's driver overflows past 64 bits).
    """
    if text is None or not _ASCII_INTEGER.fullmatch(text):
        return None
    value = int(text)
    return value if MIN_INT <= value <= MAX_ID else None


class DatabaseIdConverter(IntegerConverter):
    """``<int:...>`` that matches only ids that can exist, so larger ones are a plain 404."""

    def __init__(self, url_map: Any, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)
