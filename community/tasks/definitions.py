"""The background tasks: each calls an existing service inside the app context.

Every task is idempotent (running it twice changes nothing more than running it once): mail
claims outbox rows, digests record their items, a sweep skips an account already swept, search
is rebuilt whole. Failures are retried with backoff and recorded (runtime.record_failure).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from huey import crontab
from huey.exceptions import RetryTask

from community.db_types import utcnow
from community.tasks.queue import huey
from community.tasks.runtime import app_context, enqueue
from community.unit_of_work import after_commit

logger = logging.getLogger("community.tasks")

# Retries for a task that raised (database away, a bug): 30 s, 1 min, 2 min, 4 min, 8 min.
RETRIES = {"retries": 5, "retry_delay": 30, "retry_backoff": 2}


# Mail -------------------------------------------------------------------------------------------


def _deliver():
    from community.mail.services import deliver_pending, smtp_configured

    if not smtp_configured():
        return None  # messages stay in the outbox, readable at /admin/outbox
    report = deliver_pending()
    if report.sent or report.retried or report.failed:
        logger.info(
            "mail delivered",
            extra={"sent": report.sent, "retried": report.retried, "failed": report.failed},
        )
    return report


@huey.task(**RETRIES)
def deliver_mail() -> None:
    """Send what the outbox holds; when the server refused some for now, run again when the
    first of them is due (the outbox's own backoff, the durable record of every try)."""
    with app_context():
        from community.mail.services import next_retry_at

        report = _deliver()
        if report is not None and report.retried:
            due = next_retry_at()
            if due is not None:
                delay = max((due - utcnow()).total_seconds(), 1.0)
                raise RetryTask(f"{report.retried} message(s) deferred by the server", delay=delay)


@huey.periodic_task(crontab(minute="*"))
def deliver_mail_every_minute() -> None:
    """The safety net: mail queued while the queue was unreachable, or due for another try."""
    with app_context():
        _deliver()


# Digests ----------------------------------------------------------------------------------------


@huey.periodic_task(crontab(minute="*/15"))
def send_digests_at_local_morning() -> None:
    """Each member's daily and weekly digests at 08:00 where they are."""
    with app_context():
        from community.forum.notifications import send_local_digests

        report = send_local_digests(utcnow())
        if report.items:
            logger.info("digests queued", extra={"digests": report.digests, "items": report.items})
    deliver_mail()


# Account deletion ------------------------------------------------------------------------------


@huey.task(**RETRIES)
def sweep_deleted_account(user_id: int, posts: str) -> None:
    """Erase a deleted account's personal data everywhere (the request only marked it)."""
    with app_context():
        from community.accounts import privacy

        privacy.sweep_account(user_id, posts)


def on_mail_queued(event) -> None:
    """Handler (community.wiring): mail queued in a unit of work is handed to the worker once it
    commits, one delivery task per unit of work. Tests (immediate mode) send mail themselves."""
    if not huey.immediate:
        after_commit(lambda: enqueue(deliver_mail), key="deliver_mail")


def on_account_deleted(event) -> None:
    """Handler (community.wiring): once the deletion commits, the sweep is queued."""
    after_commit(lambda: enqueue(sweep_deleted_account, event.user_id, event.posts))


@huey.periodic_task(crontab(minute="7"))
def sweep_pending_deletions() -> None:
    """Accounts marked deleted whose sweep never ran (the queue was down): sweep them now."""
    with app_context():
        from community.accounts import privacy

        for user_id, posts in privacy.unswept_deletions(older_than=timedelta(minutes=10)):
            privacy.sweep_account(user_id, posts)


# Search and the pitch model -------------------------------------------------------------------


@huey.task(retries=2, retry_delay=60)
def reindex_search() -> int:
    """Rebuild the forum's search index from the published posts."""
    with app_context():
        from community.extensions import db
        from community.forum import search
        from community.unit_of_work import transaction

        with transaction():
            count = search.rebuild(db.session)
        logger.info("search index rebuilt", extra={"posts": count})
        return count


@huey.task(retries=1, retry_delay=300)
def train_pitch_model(without_moderators: bool = False) -> dict:
    """Train a candidate sales-pitch model (the board activates versions, not this task)."""
    with app_context():
        from community.moderation.cli import train_candidate_version

        summary = train_candidate_version(without_moderators=without_moderators)
        logger.info("pitch model trained", extra={"version": summary["version"]})
        return summary
