"""Fixtures of the host tests: a signed-in host and a question set they own."""

from __future__ import annotations

import pytest

from tests.conftest import make_set


@pytest.fixture
def owner(hosts) -> int:
    """A signed-in host."""
    user_id = hosts.create("owner")
    hosts.sign_in_as(user_id)
    return user_id


@pytest.fixture
def set_id(app, owner) -> int:
    """A draft set of one question, owned by the signed-in host."""
    return make_set(app, owner)
