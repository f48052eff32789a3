"""How tasks run: inside an app context, failures recorded for admins, enqueued safely."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask, current_app, has_app_context
from huey.signals import SIGNAL_ERROR

from community.tasks.queue import huey

logger = logging.getLogger("community.tasks")
_worker_app: Flask | None = None


def worker_app() -> Flask:
    """The worker's one app, built on first use from the same environment as the servers."""
    global _worker_app
    if _worker_app is None:
        from community import create_app

        _worker_app = create_app()
    return _worker_app


@contextmanager
def app_context() -> Iterator[Flask]:
    """The caller's app (a request, a test, immediate mode) or the worker's, with its own
    database session for the task."""
    if has_app_context():
        yield current_app._get_current_object()
        return
    app = worker_app()
    with app.app_context():
        from community.extensions import db

        try:
            yield app
        finally:
            db.session.remove()


def enqueue(task, *args, **kwargs) -> bool:
    """Queue a task; False (and a logged error) when the queue cannot be reached, so that a
    Redis outage never turns a member's request into an error. Periodic sweeps catch up."""
    try:
        task(*args, **kwargs)
    except Exception:
        logger.exception("Could not queue %s", getattr(task, "name", task))
        return False
    return True


@huey.signal(SIGNAL_ERROR)
def record_failure(signal, task, error=None) -> None:
    """Every failed run leaves a row for the admins' Background tasks page."""
    try:
        with app_context():
            from community.extensions import db
            from community.tasks.models import TaskFailure
            from community.unit_of_work import transaction

            with transaction():
                db.session.add(
                    TaskFailure(
                        task_name=task.name,
                        task_id=str(task.id),
                        retries_left=task.retries or 0,
                        final=not task.retries,
                        error=f"{type(error).__name__}: {error}"[:4000],
                    )
                )
    except Exception:
        logger.exception("Could not record the failure of task %s", task.id)


def init_app(app: Flask) -> None:
    """Tests run tasks in the caller (huey's immediate mode, in memory)."""
    if app.testing:
        huey.immediate = True
