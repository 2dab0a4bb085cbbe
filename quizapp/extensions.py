"""Extension objects, created unbound so that every app from the factory can use them."""

from __future__ import annotations

from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from htmx_flask import Htmx
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Declarative base of every model."""


db = SQLAlchemy(model_class=Base)
migrate = Migrate(render_as_batch=True, compare_type=True)
csrf = CSRFProtect()
htmx = Htmx()
login_manager = LoginManager()
login_manager.login_view = "host.login"
login_manager.login_message = "Sign in to host quizzes."
# Counters live in RATELIMIT_STORAGE_URI: memory for one process, Redis (REDIS_URL) for many.
limiter = Limiter(key_func=get_remote_address)
