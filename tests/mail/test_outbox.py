"""The durable outbox: queued with the change, delivered once over real SMTP, retried on failure."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from community.db_types import utcnow
from community.extensions import db
from community.mail.models import OutboxMessage
from community.mail.services import MAX_ATTEMPTS, backoff, deliver_pending, queue_mail
from tests.conftest import ON_POSTGRES


def queue(n: int = 1) -> list[OutboxMessage]:
    messages = [
        queue_mail(f"reader{i}@example.com", "test_message", f"Test {i}", name=f"Reader {i}")
        for i in range(n)
    ]
    db.session.commit()
    return messages


def test_queued_mail_is_not_sent_until_the_transaction_commits(app, smtp_server):
    queue_mail("reader@example.com", "test_message", "Rolled back", name="R")
    db.session.rollback()
    assert deliver_pending().sent == 0
    assert smtp_server.messages == []


def test_mail_is_delivered_over_smtp_with_text_and_html(app, smtp_server):
    queue(1)
    report = deliver_pending()
    assert report.sent == 1
    [email] = smtp_server.messages
    assert email["To"] == "reader0@example.com"
    assert email["Subject"] == "Test 0"
    assert "Hello Reader 0" in email.get_body(("plain",)).get_content()
    assert "<p>Hello Reader 0,</p>" in email.get_body(("html",)).get_content()
    stored = db.session.scalar(select(OutboxMessage))
    assert stored.status == "sent" and stored.sent_at is not None


def test_a_message_is_never_sent_twice(app, smtp_server):
    queue(3)
    deliver_pending()
    deliver_pending()
    assert len(smtp_server.messages) == 3


def test_a_temporary_failure_is_retried_later_with_backoff(app, smtp_server):
    [message] = queue(1)
    smtp_server.fail_next = 1
    report = deliver_pending()
    assert (report.sent, report.retried) == (0, 1)
    db.session.refresh(message)
    assert message.status == "pending" and message.attempts == 1
    assert "451" in message.last_error
    assert message.next_attempt_at > utcnow()
    assert deliver_pending().sent == 0  # not due yet
    message.next_attempt_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    assert deliver_pending().sent == 1
    assert len(smtp_server.messages) == 1


def test_a_message_that_keeps_failing_is_marked_failed(app, smtp_server):
    [message] = queue(1)
    message.attempts = MAX_ATTEMPTS - 1
    db.session.commit()
    smtp_server.fail_next = 1
    assert deliver_pending().failed == 1
    db.session.refresh(message)
    assert message.status == "failed"


def test_an_unreachable_server_leaves_mail_pending(app, smtp_server):
    from tests.conftest import free_port

    app.config["SMTP_PORT"] = free_port()  # nothing listens there
    [message] = queue(1)
    assert deliver_pending().retried == 1
    db.session.refresh(message)
    assert message.status == "pending" and "refused" in message.last_error.lower()


def test_backoff_grows_and_is_capped():
    assert backoff(1) == timedelta(minutes=1)
    assert backoff(3) == timedelta(minutes=4)
    assert backoff(30) == timedelta(hours=6)


def test_mail_send_command_without_smtp_explains_where_mail_is(app, runner):
    result = runner.invoke(args=["mail", "send"])
    assert result.exit_code == 1
    assert "/admin/outbox" in result.output


def test_mail_send_command_delivers(app, runner, smtp_server):
    queue(2)
    result = runner.invoke(args=["mail", "send"])
    assert result.exit_code == 0, result.output
    assert "sent 2" in result.output
    assert len(smtp_server.messages) == 2


@pytest.mark.skipif(not ON_POSTGRES, reason="two concurrent senders need PostgreSQL row locks")
def test_two_senders_at_once_never_send_a_message_twice(app, smtp_server):
    queue(60)
    barrier = threading.Barrier(2)
    reports = []

    def sender():
        with app.app_context():
            barrier.wait()
            reports.append(deliver_pending(batch_size=5))
            db.session.remove()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    subjects = [m["Subject"] for m in smtp_server.messages]
    assert len(subjects) == 60
    assert len(set(subjects)) == 60
    assert sum(r.sent for r in reports) == 60
    assert all(r.sent > 0 for r in reports), "both senders should have done some of the work"
