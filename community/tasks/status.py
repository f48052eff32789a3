"""What the admins, /readyz and /metrics are told about the background work."""

from __future__ import annotations

import logging

from sqlalchemy import func, select, text

from community.extensions import db
from community.tasks.models import TaskFailure
from community.tasks.queue import backend_name, huey, queue_depth

logger = logging.getLogger("community.tasks")
RECENT_FAILURES = 50


def recent_failures(limit: int = RECENT_FAILURES) -> list[TaskFailure]:
    return list(
        db.session.scalars(select(TaskFailure).order_by(TaskFailure.id.desc()).limit(limit))
    )


def failure_count() -> int:
    return db.session.scalar(select(func.count()).select_from(TaskFailure))


def queue_summary() -> dict:
    """Backend, tasks waiting now and scheduled (retries); None where the queue can't answer."""
    try:
        pending, scheduled = int(huey.pending_count()), int(huey.scheduled_count())
    except Exception:
        logger.exception("The task queue cannot be reached")
        pending = scheduled = None
    return {"backend": backend_name(), "pending": pending, "scheduled": scheduled}


def health_numbers() -> dict[str, float | None]:
    from community.forum.models import Post
    from community.mail.services import backlog

    try:
        depth: int | None = queue_depth()
    except Exception:
        depth = None
    return {
        "community_task_queue_depth": depth,
        "community_outbox_backlog": backlog(),
        "community_held_posts_waiting": db.session.scalar(
            select(func.count()).select_from(Post).where(Post.status == "held")
        ),
    }


def readiness(redis_url: str) -> dict[str, str]:
    """ "ok" or what went wrong, for each thing the app needs to serve: the database, Redis
    (when configured) and the task queue."""
    checks: dict[str, str] = {}
    try:
        db.session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as error:
        db.session.rollback()
        checks["database"] = f"unavailable: {type(error).__name__}"
    if redis_url:
        try:
            import redis

            redis.Redis.from_url(redis_url, socket_timeout=2, socket_connect_timeout=2).ping()
            checks["redis"] = "ok"
        except Exception as error:
            checks["redis"] = f"unavailable: {type(error).__name__}"
    try:
        huey.pending_count()
        checks["queue"] = "ok"
    except Exception as error:
        checks["queue"] = f"unavailable: {type(error).__name__}"
    return checks
