"""gunicorn settings for serving the quiz app; every value can be overridden by env."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Workers hold no play state, so any number of them (on any number of hosts) is safe.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# A live game's player holds one open stream (Server-Sent Events), and a gthread worker
# gives each open request a thread; waiting streams cost no CPU and hold no database
# connection, so threads are many. bench/live.py measures a game of 1,000 players.
threads = int(os.environ.get("GUNICORN_THREADS", "100"))
worker_class = "gthread"
timeout = 30
graceful_timeout = 20
# A kept-alive connection stays with the worker that accepted it. When a class starts a quiz
# together, one worker can accept most of the connections and queue their requests while the
# others idle; closing connections idle for 2 s (a player reading a question) hands each next
# answer to whichever worker accepts it first. bench/load.py: p95 answer latency at 200
# players fell from 386 ms (keep-alive 5 s) to 27 ms on PostgreSQL.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "2"))
accesslog = os.environ.get("GUNICORN_ACCESSLOG")
errorlog = "-"
# Load the app in each worker after fork, so no database connection is shared across processes.
preload_app = False


def on_starting(server):
    """Refuse several workers without Redis: rate-limit counters and live-game changes
    reach every worker only through it."""
    if server.cfg.workers > 1 and not os.environ.get("REDIS_URL"):
        raise SystemExit(
            "Several workers share rate limits and live-game changes only through Redis: "
            "set REDIS_URL (for example redis://127.0.0.1:6379/0) or GUNICORN_WORKERS=1."
        )
