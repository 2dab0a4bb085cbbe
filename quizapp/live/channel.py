"""How open screens learn that a game changed: Redis pub/sub, or the database polled.

With ``REDIS_URL`` set (required with several workers), a control publishes one message
per change on the channel ``game:<id>`` and every stream, on any worker, hears it at once.
On the embedded default (one process, no Redis) each stream reads the game's version from
the database a few times a second instead. Either way, no worker keeps a list of games or
players: a stream only holds its own connection.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import redis
from flask import current_app
from sqlalchemy import select

from ..extensions import db
from .models import Game


@dataclass(frozen=True)
class Change:
    """A change of a game: its new version, for one player only or for everyone.

    ``html`` carries a fragment rendered once for every player (a question as it opens), so
    a thousand screens need no thousand requests to show it.
    """

    version: int
    player_id: int | None = None
    html: str | None = None


def _client() -> redis.Redis | None:
    """This process's Redis client (a connection pool), or None without ``REDIS_URL``."""
    url = current_app.config.get("LIVE_REDIS_URL")
    if not url:
        return None
    clients: dict[str, redis.Redis] = current_app.extensions.setdefault("live_redis", {})
    if url not in clients:
        clients[url] = redis.Redis.from_url(url)
    return clients[url]


def announce(
    game_id: int, version: int, player_id: int | None = None, html: str | None = None
) -> None:
    """Tell every open screen of the game about a change that is already committed."""
    client = _client()
    if client is None:
        return  # the streams poll the database for the version instead
    message = {"version": version, "player_id": player_id, "html": html}
    client.publish(f"game:{game_id}", json.dumps(message))


class Listener:
    """The changes of one game after the moment it was made, with keep-alive ticks.

    Subscribing happens in the constructor, before the screen reads the game, so no change
    can fall between that read and the first message.
    """

    def __init__(self, game_id: int, version: int) -> None:
        self.game_id = game_id
        self.version = version
        self.keepalive = float(current_app.config["LIVE_KEEPALIVE_SECONDS"])
        client = _client()
        self.pubsub: Any = None
        if client is not None:
            self.pubsub = client.pubsub(ignore_subscribe_messages=True)
            self.pubsub.subscribe(f"game:{game_id}")

    def __iter__(self) -> Iterator[Change | None]:
        """Yield each change, or None when nothing happened for a keep-alive interval."""
        try:
            yield from self._published() if self.pubsub is not None else self._polled()
        finally:
            if self.pubsub is not None:
                self.pubsub.close()

    def _published(self) -> Iterator[Change | None]:
        """Changes as Redis delivers them."""
        while True:
            message = self.pubsub.get_message(timeout=self.keepalive)
            if message is None:
                yield None
                continue
            change = Change(**json.loads(message["data"]))
            if change.version >= self.version:
                self.version = change.version
                yield change

    def _polled(self) -> Iterator[Change | None]:
        """Changes seen by reading the game's version from the database."""
        interval = float(current_app.config["LIVE_POLL_SECONDS"])
        quiet = 0.0
        while True:
            time.sleep(interval)
            version = db.session.execute(
                select(Game.version).where(Game.id == self.game_id)
            ).scalar()
            # Give the connection back to the pool while this stream waits.
            db.session.close()
            if version is not None and version > self.version:
                self.version = version
                quiet = 0.0
                yield Change(version)
            else:
                quiet += interval
                if quiet >= self.keepalive:
                    quiet = 0.0
                    yield None
