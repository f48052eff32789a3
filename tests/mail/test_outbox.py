"""The durable outbox: queued with the change, delivered once over real SMTP, retried on failure."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from community.db_types import utcnow
from community.extensions import db
from community.mail import services as mail_services
from community.mail.models import OutboxMessage
from community.mail.services import (
    MAX_ATTEMPTS,
    DeliveryReport,
    backoff,
    deliver_pending,
    queue_mail,
)
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


# Messages that cannot be built or sent, and senders that take their time.


def test_queue_mail_keeps_header_values_on_one_line(app, smtp_server):
    queue_mail(
        "reader@example.com\r\nBcc: spy@example.com",
        "test_message",
        "Ann\u2028Bcc: spy@example.com\nInvites you\x0bnow\x85",
        name="Ann",
    )
    db.session.commit()
    stored = db.session.scalar(select(OutboxMessage))
    assert stored.subject == "Ann Bcc: spy@example.com Invites you now"
    assert "\n" not in stored.to_address and "\r" not in stored.to_address
    deliver_pending()
    for email in smtp_server.messages:
        assert email["Bcc"] is None
        assert len(email["Subject"].splitlines()) == 1


def test_a_message_that_cannot_be_built_is_failed_with_the_reason_and_the_rest_go_out(
    app, smtp_server, client, auth, admin
):
    """A row queued before header values were cleaned (or by any other path) holds a U+2028."""
    queue(1)
    db.session.add(
        OutboxMessage(
            to_address="reader@example.com",
            subject="Line\u2028Break invites you",
            text_body="Hello",
            html_body="<p>Hello</p>",
        )
    )
    db.session.commit()
    queue(1)

    report = deliver_pending()

    assert (report.sent, report.failed) == (2, 1)
    assert len(smtp_server.messages) == 2
    broken = db.session.scalar(select(OutboxMessage).where(OutboxMessage.subject.like("Line%")))
    assert broken.status == "failed"
    assert "Could not build the message" in broken.last_error
    assert deliver_pending() == DeliveryReport()  # later runs have nothing left to choke on
    auth.login(admin)
    page = client.get("/admin/outbox?status=failed").get_data(as_text=True)
    assert "Could not build the message" in page
    page = client.get(f"/admin/outbox/{broken.id}").get_data(as_text=True)
    assert "Last error" in page and "Could not build the message" in page


class _SlowHandler:
    """Accepts every message after a pause, like a busy relay."""

    def __init__(self, delay: float):
        self.delay = delay
        self.subjects: list[str] = []

    async def handle_DATA(self, server, session, envelope):
        import asyncio
        from email import message_from_bytes, policy

        await asyncio.sleep(self.delay)
        self.subjects.append(message_from_bytes(envelope.content, policy=policy.default)["Subject"])
        return "250 Message accepted"


@pytest.fixture
def slow_smtp_server(app):
    from aiosmtpd.controller import Controller

    from tests.conftest import free_port

    handler = _SlowHandler(delay=0.3)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    app.config.update(
        SMTP_HOST="127.0.0.1", SMTP_PORT=port, SMTP_STARTTLS=False, SMTP_SSL=False, SMTP_USERNAME=""
    )
    yield handler
    controller.stop()


def test_a_slow_sender_keeps_its_claim_so_no_message_goes_out_twice(
    app, slow_smtp_server, monkeypatch
):
    """The batch takes several times the claim window to send; a second sender keeps looking
    the whole time and must find nothing to take, because the first renews its lease."""
    monkeypatch.setattr(mail_services, "STALE_CLAIM", timedelta(seconds=1))
    queue(8)  # 8 x 0.3 s: more than twice the window
    first_done = threading.Event()
    reports = {}

    def first_sender():
        with app.app_context():
            reports["first"] = deliver_pending(batch_size=8)
            db.session.remove()
        first_done.set()

    def second_sender():
        with app.app_context():
            total = DeliveryReport()
            while not first_done.wait(0.1):
                report = deliver_pending(batch_size=8)
                total.sent += report.sent
            reports["second"] = total
            db.session.remove()

    threads = [threading.Thread(target=first_sender), threading.Thread(target=second_sender)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert sorted(slow_smtp_server.subjects) == sorted(f"Test {i}" for i in range(8))
    assert reports["first"].sent + reports["second"].sent == 8
    db.session.expire_all()
    assert {m.status for m in db.session.scalars(select(OutboxMessage))} == {"sent"}


def test_a_claim_whose_sender_died_is_taken_over_after_the_window(app, smtp_server, monkeypatch):
    """The other side of the lease: a sender that stopped renewing loses its messages."""
    monkeypatch.setattr(mail_services, "STALE_CLAIM", timedelta(seconds=1))
    [message] = queue(1)
    message.status, message.claimed_by = "sending", "a-sender-that-died"
    message.claimed_at = utcnow() - timedelta(seconds=2)
    db.session.commit()
    assert deliver_pending().sent == 1
    assert len(smtp_server.messages) == 1
