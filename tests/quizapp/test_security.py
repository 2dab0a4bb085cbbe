"""Security headers, cookies and CSRF."""

from __future__ import annotations

import pytest


@pytest.fixture
def csrf_app(make_test_app):
    return make_test_app(WTF_CSRF_ENABLED=True)


@pytest.mark.parametrize("url", ["/", "/leaderboard", "/quiz/1", "/nope"])
def test_every_response_has_security_headers(client, url):
    headers = client.get(url).headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_session_cookie_is_httponly_and_lax(client):
    response = client.post("/quiz/1", data={"nickname": "Ada"})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_start_without_csrf_token_is_refused(csrf_app):
    response = csrf_app.test_client().post("/quiz/1", data={"nickname": "Ada"})
    assert response.status_code == 400
    assert "did not come from this site" in response.text


def test_htmx_answer_needs_csrf_header(csrf_app):
    import re

    client = csrf_app.test_client()
    page = client.get("/quiz/1").text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    started = client.post("/quiz/1", data={"nickname": "Ada", "csrf_token": token})
    play_url = started.headers["Location"]
    client.get(play_url)
    data = {"position": "0", "choice": ""}
    refused = client.post(f"{play_url}/answer", data=data, headers={"HX-Request": "true"})
    assert refused.status_code == 400
    accepted = client.post(
        f"{play_url}/answer", data=data, headers={"HX-Request": "true", "X-CSRFToken": token}
    )
    assert accepted.status_code == 200


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("GET", "/play/%00", None),
        ("GET", "/leaderboard?period=%00", None),
        ("POST", "/quiz/1", {"nickname": "a\x00b"}),
    ],
)
def test_nul_bytes_are_refused_with_400(client, method, url, data):
    response = client.open(url, method=method, data=data)
    assert response.status_code == 400
    assert "NUL character" in response.text


@pytest.mark.parametrize(
    "url", ["/quiz/2147483648", "/host/sets/99999999999/stats", "/leaderboard?quiz=2147483648"]
)
def test_ids_beyond_the_database_range_are_404(client, hosts, url):
    hosts.sign_in_as(hosts.create())
    assert client.get(url).status_code == 404
