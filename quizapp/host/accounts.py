"""Host accounts: register, sign in, sign out, and the plays of a signed-in player."""

from __future__ import annotations

from flask import flash, redirect, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import func, select

from ..extensions import db, limiter
from ..models import Play, User, new_token
from ..rendering import render
from . import bp
from .forms import LoginForm, RegisterForm

LOGIN_LIMIT = "10 per minute"


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(LOGIN_LIMIT, methods=["POST"])
def register():
    """Create an account and sign in with it."""
    form = RegisterForm()
    if form.validate_on_submit():
        user = User(username=form.username.data)
        user.set_password(form.password.data)
        db.session.add(user)
        db.session.commit()
        _sign_in(user)
        flash("Welcome! Create your first question set.", "success")
        return redirect(url_for("host.dashboard"), 303)
    status = 422 if form.is_submitted() else 200
    return render("host/register.html", "content", status, form=form)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(LOGIN_LIMIT, methods=["POST"])
def login():
    """Sign in; after too many attempts from one address the limiter answers 429."""
    form = LoginForm()
    if form.validate_on_submit():
        user = db.session.execute(
            select(User).where(func.lower(User.username) == form.username.data.strip().lower())
        ).scalar_one_or_none()
        if user is not None and user.check_password(form.password.data):
            _sign_in(user)
            return redirect(_next_url(), 303)
        form.password.errors = ["Wrong username or password."]
    status = 422 if form.is_submitted() else 200
    return render("host/login.html", "content", status, form=form)


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
    """Where to go after signing in: a local path from ``?next=``, else the dashboard."""
    target = request.args.get("next", "")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("host.dashboard")


@bp.post("/logout")
def logout():
    """Sign out and forget the session."""
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
