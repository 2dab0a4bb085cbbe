"""Every page is a whole page on a plain request and a fragment on an htmx request."""

from __future__ import annotations

import pytest

PAGES = ["/", "/quiz/1", "/leaderboard", "/host/login", "/host/register"]


@pytest.mark.parametrize("url", PAGES)
@pytest.mark.parametrize("htmx", [False, True])
def test_page_or_fragment(client, url, htmx):
    response = client.get(url, headers={"HX-Request": "true"} if htmx else {})
    assert response.status_code == 200
    assert ("<html" in response.text) is not htmx
    assert "HX-Request" in response.vary


def test_history_restore_gets_the_whole_page(client):
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    assert "<html" in client.get("/leaderboard", headers=headers).text
