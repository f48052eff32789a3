"""Queue mail in the caller's transaction; deliver it later, once, over SMTP."""

from __future__ import annotations

import contextlib
import smtplib
import uuid
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid

from flask import current_app, render_template
from sqlalchemy import or_, select, update

from community.db_types import utcnow
from community.extensions import db
from community.mail.models import OutboxMessage

MAX_ATTEMPTS = 8
# A claim older than this belongs to a sender that died; its messages become due again.
STALE_CLAIM = timedelta(minutes=15)


def queue_mail(
    to_address: str,
    template: str,
    subject: str,
    *,
    recipient=None,
    kind: str = "system",
    **context,
) -> OutboxMessage:
    """Render templates/mail/<template>.txt and .html and add the message to the outbox.

    Nothing is sent here: the caller's commit makes the message durable together with the change
    that caused it, and `deliver_pending` sends it.
    """
    context.setdefault("recipient", recipient)
    context.setdefault("base_url", current_app.config["COMMUNITY_BASE_URL"].rstrip("/"))
    context.setdefault("community_name", current_app.config["COMMUNITY_NAME"])
    message = OutboxMessage(
        recipient_id=getattr(recipient, "id", None),
        to_address=to_address,
        subject=subject,
        text_body=render_template(f"mail/{template}.txt", **context),
        html_body=render_template(f"mail/{template}.html", **context),
        kind=kind,
    )
    db.session.add(message)
    return message


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0


def _claim(batch_size: int) -> list[int]:
    """Mark a batch of due messages as ours and commit, so no other sender can take them."""
    token = uuid.uuid4().hex
    now = utcnow()
    due = (
        select(OutboxMessage.id)
        .where(
            or_(
                (OutboxMessage.status == "pending") & (OutboxMessage.next_attempt_at <= now),
                (OutboxMessage.status == "sending")
                & (OutboxMessage.claimed_at < now - STALE_CLAIM),
            )
        )
        .order_by(OutboxMessage.id)
        .limit(batch_size)
        # PostgreSQL: concurrent senders skip each other's rows instead of waiting on them.
        .with_for_update(skip_locked=True)
    )
    ids = list(db.session.scalars(due))
    if ids:
        # The status guard makes the claim safe on SQLite too, where FOR UPDATE does not exist:
        # a row another sender claimed in between is not updated, and not ours.
        db.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(ids), OutboxMessage.status.in_(("pending", "sending")))
            .where(
                or_(
                    OutboxMessage.claimed_by.is_(None), OutboxMessage.claimed_at < now - STALE_CLAIM
                )
            )
            .values(status="sending", claimed_by=token, claimed_at=now)
        )
    db.session.commit()
    mine = list(
        db.session.scalars(
            select(OutboxMessage.id)
            .where(OutboxMessage.claimed_by == token)
            .order_by(OutboxMessage.id)
        )
    )
    return mine


def _build_email(message: OutboxMessage, sender: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.to_address
    email["Subject"] = message.subject
    email["Message-ID"] = make_msgid(idstring=f"outbox-{message.id}")
    email.set_content(message.text_body)
    email.add_alternative(message.html_body, subtype="html")
    return email


def _connect(config) -> smtplib.SMTP:
    host, port, timeout = config["SMTP_HOST"], config["SMTP_PORT"], config["SMTP_TIMEOUT"]
    if config["SMTP_SSL"]:
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=timeout)
    else:
        smtp = smtplib.SMTP(host, port, timeout=timeout)
        if config["SMTP_STARTTLS"]:
            smtp.starttls()
    if config["SMTP_USERNAME"]:
        smtp.login(config["SMTP_USERNAME"], config["SMTP_PASSWORD"])
    return smtp


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... minutes between tries, at most six hours."""
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), timedelta(hours=6))


def smtp_configured() -> bool:
    return bool(current_app.config["SMTP_HOST"])


def deliver_pending(batch_size: int = 100) -> DeliveryReport:
    """Send every due message once; failures are retried later with backoff."""
    config = current_app.config
    report = DeliveryReport()
    while True:
        ids = _claim(batch_size)
        if not ids:
            return report
        smtp = None
        for message_id in ids:
            message = db.session.get(OutboxMessage, message_id)
            try:
                if smtp is None:
                    smtp = _connect(config)
                smtp.send_message(_build_email(message, config["MAIL_FROM"]))
            except (TimeoutError, smtplib.SMTPException, OSError) as error:
                message.attempts += 1
                message.last_error = f"{type(error).__name__}: {error}"[:2000]
                message.claimed_by = None
                message.claimed_at = None
                if message.attempts >= MAX_ATTEMPTS:
                    message.status = "failed"
                    report.failed += 1
                else:
                    message.status = "pending"
                    message.next_attempt_at = utcnow() + backoff(message.attempts)
                    report.retried += 1
                if smtp is not None:
                    with contextlib.suppress(smtplib.SMTPException, OSError):
                        smtp.quit()
                    smtp = None
            else:
                message.attempts += 1
                message.status = "sent"
                message.sent_at = utcnow()
                message.last_error = None
                report.sent += 1
            db.session.commit()
        if smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()
        if len(ids) < batch_size:
            return report
