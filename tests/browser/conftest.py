"""Fixtures of the browser tests: a live server on a real port and headless Chromium.

The server runs the real app in a thread (CSRF on, security headers on) with the seed
article's quiz stored, on the database the rest of the suite uses (SQLite file, or
PostgreSQL when QUIZ_TEST_DATABASE_URL is set). Chromium is Debian's /usr/bin/chromium
(QUIZ_CHROMIUM overrides the path); without it the tests skip, unless
QUIZ_REQUIRE_BROWSER=1 (as in CI), where they fail. Screenshots of every page land in
tests/browser/screenshots/; QUIZ_UPDATE_SCREENSHOTS=1 also renews docs/screenshots/.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from flask import Flask
from sqlalchemy import update

from quizapp.cli import seed_quiz
from quizapp.extensions import db
from quizapp.models import Quiz
from tests.conftest import make_app

CHROMIUM = os.environ.get("QUIZ_CHROMIUM", "/usr/bin/chromium")
REQUIRE_BROWSER = os.environ.get("QUIZ_REQUIRE_BROWSER") == "1"
UPDATE_DOCS = os.environ.get("QUIZ_UPDATE_SCREENSHOTS") == "1"
HERE = Path(__file__).resolve().parent
SCREENSHOTS = HERE / "screenshots"
DOCS_SCREENSHOTS = HERE.parent.parent / "docs" / "screenshots"
AXE_JS = HERE / "vendor" / "axe-core" / "axe.min.js"


# Seconds per question and before auto-advance, unless a test asks for others.
DEFAULT_SECONDS = 30
DEFAULT_AUTO_ADVANCE = 30


def _unavailable(reason: str) -> None:
    """Fail where a browser is required (CI), skip elsewhere."""
    if REQUIRE_BROWSER:
        pytest.fail(f"{reason} (QUIZ_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(reason)


@dataclass
class LiveServer:
    """The app served on 127.0.0.1 on a free port."""

    app: Flask
    url: str
    seed_quiz_id: int
    seed_title: str

    def set_seconds(self, seconds: int) -> None:
        """Give every question of the seed quiz ``seconds`` (the server's limit).

        A bulk UPDATE skips the ORM's revision hook, so it bumps the revision itself, as an
        edit does: the server's cached content of the quiz is then read again.
        """
        with self.app.app_context():
            db.session.execute(
                update(Quiz)
                .where(Quiz.id == self.seed_quiz_id)
                .values(seconds_per_question=seconds, revision=Quiz.revision + 1)
            )
            db.session.commit()

    @contextmanager
    def settings(self, seconds: int, auto_advance: int) -> Iterator[LiveServer]:
        """Run a test with this time limit and auto-advance delay, then restore the defaults."""
        self.set_seconds(seconds)
        self.app.config["AUTO_ADVANCE_SECONDS"] = auto_advance
        try:
            yield self
        finally:
            self.set_seconds(DEFAULT_SECONDS)
            self.app.config["AUTO_ADVANCE_SECONDS"] = DEFAULT_AUTO_ADVANCE

    def right_answers(self) -> list[tuple[str, str]]:
        """(prompt, right choice) of each seed question in order, read from the database.

        The test answers right or wrong on purpose with them; the page never tells.
        """
        with self.app.app_context():
            quiz = db.session.get(Quiz, self.seed_quiz_id)
            assert quiz is not None
            return [(q.prompt, q.right_choice.text) for q in quiz.questions if q.right_choice]


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The real app, CSRF enabled, with the seed quiz, served from a daemon thread."""
    from werkzeug.serving import make_server

    app = make_app(
        tmp_path_factory.mktemp("browser"),
        TESTING=False,
        WTF_CSRF_ENABLED=True,
        AUTO_ADVANCE_SECONDS=DEFAULT_AUTO_ADVANCE,
        LEADERBOARD_POLL_SECONDS=5,
    )
    with app.app_context():
        quiz = seed_quiz()
        assert quiz is not None, "the seed quiz was already stored"
        quiz_id, title = quiz.id, quiz.title
        db.session.execute(
            update(Quiz).where(Quiz.id == quiz_id).values(seconds_per_question=DEFAULT_SECONDS)
        )
        db.session.commit()
    # Request lines from werkzeug would drown the test output.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app, f"http://127.0.0.1:{server.server_port}", quiz_id, title)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        with app.app_context():
            db.session.remove()
            db.drop_all()
            db.engine.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright."""
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield browser
        browser.close()
    finally:
        playwright.stop()


# Reports every CSP violation as a console error, which the page watcher then sees.
CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error("CSP violation: " + event.violatedDirective + " blocked " + event.blockedURI);
});
"""


class PageWatcher:
    """Collects console errors, CSP violations and uncaught exceptions of a page.

    A page the test opened on purpose with an error status (``page.expected_errors``, a
    set of paths) may log its own "Failed to load resource"; nothing else may.
    """

    def __init__(self, page: Any) -> None:
        self.problems: list[str] = []
        self.page = page
        page.expected_errors = set()
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught: {error}"))

    def _console(self, message: Any) -> None:
        if message.type not in {"error", "warning"} and "Security Policy" not in message.text:
            return
        url = message.location.get("url", "")
        if message.text.startswith("Failed to load resource") and (
            urlsplit(url).path in self.page.expected_errors
        ):
            return
        self.problems.append(f"console {message.type}: {message.text} ({url})")

    def assert_clean(self) -> None:
        assert self.problems == [], "\n".join(self.problems)


@pytest.fixture
def new_page(browser: Any, live_server: LiveServer) -> Iterator[Any]:
    """Make pages, each in a fresh context (a new player): ``new_page(**context_options)``.

    Every page is watched; the test fails if any logged an error or a CSP violation.
    """
    contexts: list[Any] = []
    watchers: list[PageWatcher] = []

    def make(**options: Any) -> Any:
        options.setdefault("viewport", {"width": 1100, "height": 800})
        context = browser.new_context(base_url=live_server.url, **options)
        context.set_default_timeout(10_000)
        context.add_init_script(CSP_REPORTER)
        contexts.append(context)
        page = context.new_page()
        page.watcher = PageWatcher(page)
        watchers.append(page.watcher)
        return page

    yield make
    for context in contexts:
        context.close()
    for watcher in watchers:
        watcher.assert_clean()


@pytest.fixture(scope="session")
def screenshot() -> Any:
    """Save a full-page screenshot as tests/browser/screenshots/NAME.png (git-ignored).

    With ``docs=True`` it is also the README's picture docs/screenshots/NAME.png, written
    when missing or when QUIZ_UPDATE_SCREENSHOTS=1: the choices are shuffled anew in
    every play, so rewriting it on every run would change a tracked file each time.
    """
    SCREENSHOTS.mkdir(exist_ok=True)

    def save(page: Any, name: str, docs: bool = False) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True, animations="disabled", caret="initial")
        target = DOCS_SCREENSHOTS / f"{name}.png"
        if docs and (UPDATE_DOCS or not target.exists()):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        return path

    return save


class QuizPage:
    """A player's view of the question card, read the way a person reads it."""

    def __init__(self, page: Any) -> None:
        self.page = page

    def wait_for_question(self, number: int) -> str:
        """Wait until question ``number`` (1-based) is open and answerable; return its prompt."""
        from playwright.sync_api import expect

        expect(self.page.locator(".progress-label")).to_contain_text(f"Question {number} of")
        expect(self.page.locator(".choices button.choice").first).to_be_enabled()
        return self.page.locator("#question-heading").inner_text().strip()

    def choices(self) -> list[str]:
        """The texts on the choice buttons, in the order shown (key 1 first)."""
        return [
            t.strip() for t in self.page.locator(".choices button.choice span").all_inner_texts()
        ]

    def score_so_far(self) -> int:
        return int(self.page.locator(".score-so-far strong").inner_text())

    def feedback(self) -> tuple[str, int]:
        """Wait for the feedback on the answer; return its verdict and points."""
        from playwright.sync_api import expect

        verdict = self.page.locator(".verdict")
        expect(verdict).to_be_visible()
        points = verdict.locator(".points").inner_text()
        assert points.startswith("+") and points.endswith(" points"), points
        words = verdict.inner_text().replace(points, "").strip()
        return words, int(points[1:].split()[0])


@pytest.fixture
def player() -> type[QuizPage]:
    """``player(page)`` reads the question card of ``page``."""
    return QuizPage


@pytest.fixture
def run_axe() -> Any:
    """Run axe-core on the page; return the violations of impact serious or critical.

    Injected with ``add_script_tag``, which inserts an inline script: the app's CSP
    (script-src 'self') blocks that, so pages given to it must come from a context made
    with ``bypass_csp=True`` (only the accessibility tests do that).
    """

    def run(page: Any, label: str) -> list[str]:
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(AXE_JS))
        violations = page.evaluate(
            """async () => {
              const result = await axe.run(document, {resultTypes: ["violations"]});
              return result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary),
              }));
            }"""
        )
        found = []
        for violation in violations:
            line = f"{label}: [{violation['impact']}] {violation['id']}: {violation['help']}"
            details = "\n    ".join(violation["nodes"][:5])
            found.append(f"{line}\n    {details}")
        AXE_LOG.extend(found)
        AXE_PAGES.append(label)
        return [f for f, v in zip(found, violations, strict=True) if v["impact"] in SERIOUS]

    return run


SERIOUS = {"serious", "critical"}
# Every violation seen in the session, whatever its impact, for the terminal summary.
AXE_LOG: list[str] = []
AXE_PAGES: list[str] = []


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Count the pages axe checked and list its findings (minor and moderate do not fail)."""
    if not AXE_PAGES:
        return
    terminalreporter.section("axe-core")
    terminalreporter.write_line(f"{len(AXE_PAGES)} pages checked, {len(AXE_LOG)} violations")
    for line in AXE_LOG:
        terminalreporter.write_line(line)
