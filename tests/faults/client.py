"""A scripted player over real HTTP, with its own cookies, as a browser would be."""

from __future__ import annotations

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Let the player see redirects instead of following them."""

    def redirect_request(self, *args, **kwargs):  # noqa: ANN002, ANN003
        return None


@dataclass
class Player:
    """One browser: a cookie jar, the CSRF token of its session, and its current play."""

    base: str
    cookies: http.cookiejar.CookieJar = field(default_factory=http.cookiejar.CookieJar)
    csrf: str = ""
    play_url: str = ""

    def __post_init__(self) -> None:
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect()
        )

    def request(self, path: str, data: dict[str, str] | None = None) -> tuple[int, str, dict]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        headers = {"HX-Request": "true", "X-CSRFToken": self.csrf} if self.csrf else {}
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)

    def upload(self, path: str, fields: dict[str, str], name: str, content: bytes):
        """POST ``fields`` and one file (form field "file") as multipart/form-data."""
        boundary = "attack-run-boundary"
        field = '--{}\r\nContent-Disposition: form-data; name="{}"\r\n\r\n{}\r\n'
        parts = [field.format(boundary, key, value).encode() for key, value in fields.items()]
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n".encode()
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "X-CSRFToken": self.csrf,
        }
        request = urllib.request.Request(self.base + path, data=b"".join(parts), headers=headers)
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def start(self, quiz_id: int = 1, nickname: str = "Tester") -> None:
        _, page, _ = self.request(f"/quiz/{quiz_id}")
        self.csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
        status, _, headers = self.request(
            f"/quiz/{quiz_id}", {"nickname": nickname, "csrf_token": self.csrf}
        )
        assert status == 303, status
        self.play_url = urllib.parse.urlparse(headers["Location"]).path

    def question(self) -> tuple[int, list[str]]:
        """Show the open question: its position and its choice ids."""
        status, page, _ = self.request(self.play_url)
        assert status == 200, (status, page[:300])
        position = int(re.search(r'name="position" value="(\d+)"', page).group(1))
        return position, re.findall(r'name="choice" value="([0-9a-f]+)"', page)

    def answer(self, position: int, choice: str) -> tuple[int, str]:
        status, page, _ = self.request(
            self.play_url + "/answer", {"position": str(position), "choice": choice}
        )
        return status, page


def csrf_of(page: str) -> str:
    """The CSRF token a page's forms carry."""
    return re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page).group(1)


def registered_host(base: str, username: str = "hoster") -> Player:
    """A host who registers (and so is signed in) over HTTP, as a browser would."""
    host = Player(base)
    _, page, _ = host.request("/host/register")
    host.csrf = csrf_of(page)
    form = {"username": username, "password": "a long passphrase", "confirm": "a long passphrase"}
    status, page, _ = host.request("/host/register", {**form, "csrf_token": host.csrf})
    assert status == 303, (status, re.findall(r"<main.*", page, re.S)[:1])
    # Signing in starts a new session, with a CSRF token of its own.
    host.csrf = csrf_of(host.request("/host/sets/new")[1])
    return host
