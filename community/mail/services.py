"""Queue mail in the caller's transaction; deliver it later, once, over SMTP."""

from __future__ import annotations

import contextlib
import smtplib
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid

from flask import current_app, render_template
from sqlalchemy import func, or_, select, update

from community import events
from community.db_types import utcnow
from community.extensions import db
from community.mail.models import OutboxMessage
from community.unit_of_work import transaction, transactional

MAX_ATTEMPTS = 8
RESERVED_HEADERS = frozenset({"from", "to", "cc", "bcc", "subject", "message-id", "sender"})
# A claim not renewed for this long belongs to a sender that died; its messages become due
# again. A sender renews its claim before every message, so the window only has to outlast the
# sending of one message (SMTP_TIMEOUT per step), not of a whole batch.
STALE_CLAIM = timedelta(minutes=15)


def header_value(value: str, limit: int = 300) -> str:
    """One line, safe in a mail header: every line break (CR, LF and the Unicode ones such as
    U+2028 that `str.splitlines` honours) and control character becomes a space."""
    cleaned = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in "\x85" else c
        for c in value or ""
    )
    return " ".join(cleaned.split())[:limit]


def queue_mail(
    to_address: str,
    template: str,
    subject: str,
    *,
    recipient=None,
    kind: str = "system",
    headers: dict[str, str] | None = None,
    attachments: list[dict] | None = None,
    **context,
) -> OutboxMessage:
    """Render templates/mail/<template>.txt and .html and add the message to the outbox.

    Nothing is sent here: the caller's commit makes the message durable together with the change
    that caused it, and `deliver_pending` sends it. Header values are made single-line here, since
    subjects carry people's names and a name may hold any character. `headers` adds headers
    such as List-Unsubscribe; the ones that say who sends what to whom cannot be replaced.
    """
    extra = {
        header_value(name, 76): header_value(value, 2000)
        for name, value in (headers or {}).items()
        if header_value(name, 76).lower() not in RESERVED_HEADERS
    }
    context.setdefault("recipient", recipient)
    context.setdefault("base_url", current_app.config["COMMUNITY_BASE_URL"].rstrip("/"))
    context.setdefault("community_name", current_app.config["COMMUNITY_NAME"])
    message = OutboxMessage(
        recipient_id=getattr(recipient, "id", None),
        to_address=header_value(to_address, 320),
        subject=header_value(subject, 300),
        text_body=render_template(f"mail/{template}.txt", **context),
        html_body=render_template(f"mail/{template}.html", **context),
        kind=kind,
        headers=extra or None,
        attachments=attachments or None,
    )
    db.session.add(message)
    events.publish(events.MailQueued(message_id=message.id))  # the worker is told on commit
    return message


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    skipped: int = 0  # claimed by another sender while we were busy: theirs now


@transactional
def _claim(batch_size: int, token: str) -> list[int]:
    """Mark a batch of due messages as ours and commit, so no other sender can take them."""
    now = utcnow()
    stale = now - STALE_CLAIM
    due = (
        select(OutboxMessage.id)
        .where(
            or_(
                (OutboxMessage.status == "pending") & (OutboxMessage.next_attempt_at <= now),
                (OutboxMessage.status == "sending") & (OutboxMessage.claimed_at < stale),
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
            .where(or_(OutboxMessage.claimed_by.is_(None), OutboxMessage.claimed_at < stale))
            .values(status="sending", claimed_by=token, claimed_at=now)
        )
    return list(
        db.session.scalars(
            select(OutboxMessage.id)
            .where(OutboxMessage.claimed_by == token, OutboxMessage.status == "sending")
            .order_by(OutboxMessage.id)
        )
    )


def _renew(message_id: int, token: str) -> bool:
    """Renew our lease on the rest of the batch just before sending the next message; False if
    this message is no longer ours (our lease ran out and another sender took it)."""
    with transaction():
        db.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.claimed_by == token, OutboxMessage.status == "sending")
            .values(claimed_at=utcnow())
            .execution_options(synchronize_session=False)
        )
    holder = db.session.scalar(
        select(OutboxMessage.claimed_by).where(
            OutboxMessage.id == message_id, OutboxMessage.status == "sending"
        )
    )
    return holder == token


def _build_email(message: OutboxMessage, sender: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.to_address
    email["Subject"] = message.subject
    email["Message-ID"] = make_msgid(idstring=f"outbox-{message.id}")
    for name, value in (message.headers or {}).items():
        email[name] = value
    email.set_content(message.text_body)
    email.add_alternative(message.html_body, subtype="html")
    for attachment in message.attachments or ():
        maintype, _, subtype = attachment["content_type"].partition("/")
        email.add_attachment(
            attachment["content"].encode(),
            maintype=maintype,
            subtype=subtype,
            filename=attachment["filename"],
            params=attachment.get("params") or {},
        )
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


def backoff(attempts: int, base_seconds: float = 60) -> timedelta:
    """1, 2, 4, 8 ... minutes between tries (MAIL_RETRY_BASE_SECONDS), at most six hours."""
    delay = timedelta(seconds=base_seconds * 2 ** max(attempts - 1, 0))
    return min(delay, timedelta(hours=6))


def next_retry_at():
    """When the earliest message waiting for another try is due; None when none waits."""
    return db.session.scalar(
        select(func.min(OutboxMessage.next_attempt_at)).where(OutboxMessage.status == "pending")
    )


def backlog() -> int:
    """Messages not yet sent nor given up on."""
    return db.session.scalar(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.status.in_(("pending", "sending")))
    )


def smtp_configured() -> bool:
    return bool(current_app.config["SMTP_HOST"])


def _permanent(error: Exception) -> bool:
    """The server refused this message for good (5xx on its recipient or content)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPDataError):
        return error.smtp_code >= 500
    return isinstance(error, smtplib.SMTPNotSupportedError)  # e.g. needs SMTPUTF8


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:2000]


def _failed(message: OutboxMessage, reason: str, report: DeliveryReport) -> None:
    message.attempts += 1
    message.status = "failed"
    message.last_error = reason
    message.claimed_by = None
    message.claimed_at = None
    report.failed += 1


def deliver_pending(batch_size: int = 100) -> DeliveryReport:
    """Send every due message once; failures are retried later with backoff.

    A message that cannot be built (a header no server would take) or that the server refuses
    for good is marked failed with the reason, shown in the admin outbox; the rest go on.
    """
    config = current_app.config
    report = DeliveryReport()
    token = uuid.uuid4().hex
    while True:
        ids = _claim(batch_size, token)
        if not ids:
            return report
        smtp = None
        for message_id in ids:
            if not _renew(message_id, token):
                report.skipped += 1
                continue
            with transaction():  # one message, one unit of work
                message = db.session.get(OutboxMessage, message_id)
                try:
                    email = _build_email(message, config["MAIL_FROM"])
                except Exception as error:  # whatever stops it being built will stop it every time
                    current_app.logger.warning(
                        "Outbox message %s cannot be built: %r", message_id, error
                    )
                    _failed(message, f"Could not build the message: {_describe(error)}", report)
                    continue
                try:
                    if smtp is None:
                        smtp = _connect(config)
                    smtp.send_message(email)
                except (TimeoutError, smtplib.SMTPException, OSError, ValueError) as error:
                    if _permanent(error) or isinstance(error, ValueError):
                        _failed(message, f"Refused: {_describe(error)}", report)
                    else:
                        message.attempts += 1
                        message.last_error = _describe(error)
                        message.claimed_by = None
                        message.claimed_at = None
                        if message.attempts >= MAX_ATTEMPTS:
                            message.status = "failed"
                            report.failed += 1
                        else:
                            message.status = "pending"
                            message.next_attempt_at = utcnow() + backoff(
                                message.attempts, config.get("MAIL_RETRY_BASE_SECONDS", 60)
                            )
                            report.retried += 1
                    if smtp is not None and not _permanent(error):
                        with contextlib.suppress(smtplib.SMTPException, OSError):
                            smtp.quit()
                        smtp = None
                else:
                    message.attempts += 1
                    message.status = "sent"
                    message.sent_at = utcnow()
                    message.last_error = None
                    report.sent += 1
        if smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()
        if len(ids) < batch_size:
            return report
