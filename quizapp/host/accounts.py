"""Host accounts: register, sign in, sign out, and the plays of a signed-in player."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from flask import flash, redirect, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db, limiter
from ..models import Play, User, new_token
from ..rendering import render
from . import bp
from .account_forms import TAKEN, LoginForm, RegisterForm

# One counter for signing in and registering, so neither is a way around the other's limit.
ACCOUNT_LIMIT = "10 per minute"
account_limit = limiter.shared_limit(ACCOUNT_LIMIT, scope="accounts", methods=["POST"])

# Browsers drop tabs and newlines anywhere in a URL and read a backslash as a slash.
_URL_WHITESPACE = re.compile(r"[\t\n\r]")


@bp.route("/register", methods=["GET", "POST"])
@account_limit
def register():
    """Create an account and sign in with it."""
    form = RegisterForm()
    if form.validate_on_submit() and (user := _new_account(form)):
        _sign_in(user)
        flash("Welcome! Create your first question set.", "success")
        return redirect(url_for("host.dashboard"), 303)
    status = 422 if form.is_submitted() else 200
    return render("host/register.html", "content", status, form=form)


def _new_account(form: RegisterForm) -> User | None:
    """Store the account; None, with the form told so, if the name was taken meanwhile.

    The form's check reads before this writes, so two registrations of "Ada" and "ada" can
    both pass it; the database's unique index on the lower-cased name lets one in.
    """
    user = User(username=form.username.data)
    user.set_password(form.password.data)
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        form.username.errors = [*form.username.errors, TAKEN]
        return None
    return user


@bp.route("/login", methods=["GET", "POST"])
@account_limit
def login():
    """Sign in; after too many attempts from one address the limiter answers 429."""
    form = LoginForm()
    if form.validate_on_submit():
        user = db.session.execute(
            select(User).where(func.lower(User.username) == form.username.data.strip().lower())
        ).scalar_one_or_none()
        if _password_matches(user, form.password.data):
            assert user is not None
            _sign_in(user)
            return redirect(_next_url(), 303)
        form.password.errors = ["Wrong username or password."]
    status = 422 if form.is_submitted() else 200
    return render("host/login.html", "content", status, form=form)


def _password_matches(user: User | None, password: str) -> bool:
    """Check ``password``; for an unknown user hash it anyway, so timing tells nothing."""
    if user is None:
        check_password_hash(_dummy_hash(), password)
        return False
    return user.check_password(password)


@cache
def _dummy_hash() -> str:
    """A hash made the way real ones are, for checking passwords of missing users."""
    return generate_password_hash("not a password", method="scrypt")


def _sign_in(user: User) -> None:
    """Start a fresh session for ``user``, keeping only this browser's player key."""
    player_key = session.get("player_key")
    session.clear()
    if player_key:
        session["player_key"] = player_key
    user.session_token = new_token()
    db.session.commit()
    login_user(user)


def _next_url() -> str:
    """Where to go after signing in: a same-site path from ``?next=``, else the dashboard.

    The path is read as a browser would read it (tabs and newlines dropped, backslashes as
    slashes), so nothing that a browser resolves to another host gets through.
    """
    target = _URL_WHITESPACE.sub("", request.args.get("next", ""))
    as_browser_reads = target.replace("\\", "/")
    parts = urlsplit(as_browser_reads)
    local = (
        as_browser_reads.startswith("/")
        and not as_browser_reads.startswith("//")
        and not parts.scheme
        and not parts.netloc
        and target.isprintable()
    )
    return target if local else url_for("host.dashboard")


@bp.post("/logout")
def logout():
    """Sign out: rotate the account's session token, so no copy of this cookie works again."""
    if current_user.is_authenticated:
        current_user.session_token = new_token()
        db.session.commit()
    logout_user()
    session.clear()
    return redirect(url_for("play.index"), 303)


@bp.get("/scores")
@login_required
def my_scores():
    """List the signed-in player's finished plays, newest first."""
    plays = db.session.execute(
        select(Play)
        .where(Play.user_id == current_user.id, Play.finished_at.is_not(None))
        .order_by(Play.finished_at.desc())
        .limit(200)
    ).scalars()
    return render("host/my_scores.html", "content", plays=list(plays))
