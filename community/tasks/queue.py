"""The huey instance: SQLite in instance/ for one machine, Redis when REDIS_URL is set.

It is built from the environment at import, because the worker (`huey_consumer
community.tasks.huey`) imports it before any Flask app exists; the web processes and the worker
read the same variables and so share one queue.
"""

from __future__ import annotations

import os
from pathlib import Path

from huey import RedisHuey, SqliteHuey

ROOT = Path(__file__).resolve().parent.parent.parent
QUEUE_NAME = "peer-circle"


def queue_file() -> Path:
    """TASKS_QUEUE_FILE, or instance/tasks.sqlite3 beside the default database."""
    configured = os.environ.get("TASKS_QUEUE_FILE", "")
    return Path(configured) if configured else ROOT / "instance" / "tasks.sqlite3"


def make_huey():
    redis_url = os.environ.get("REDIS_URL", "")
    if redis_url:
        # Results are not kept: every task writes what it did to the database or the log.
        return RedisHuey(QUEUE_NAME, url=redis_url, results=False, utc=True)
    path = queue_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(QUEUE_NAME, filename=str(path), results=False, utc=True)


huey = make_huey()


def backend_name() -> str:
    return "redis" if isinstance(huey, RedisHuey) else "sqlite"


def queue_depth() -> int:
    """Tasks waiting to run now plus those scheduled for later (retries, delayed)."""
    return int(huey.pending_count()) + int(huey.scheduled_count())
