"""Mail that mail systems accept: List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on
notifications and digests, and the one-click POST a mail client sends to that address."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from community.db_types import utcnow
from community.extensions import db
from community.forum import notifications, services
from community.mail.models import OutboxMessage
from community.mail.services import deliver_pending, queue_mail

ONE_CLICK = "List-Unsubscribe=One-Click"


def unsubscribe_path(header: str) -> str:
    return re.fullmatch(r"<http://localhost\.test(/notifications/unsubscribe/[^>]+)>", header)[1]


def test_an_instant_notification_carries_one_click_unsubscribe_headers(
    client, smtp_server, thread, author, reader
):
    services.reply(reader, thread, "@ada.author have a look.")
    deliver_pending()
    [email] = smtp_server.by_recipient(author.email)
    assert email["List-Unsubscribe-Post"] == ONE_CLICK
    path = unsubscribe_path(email["List-Unsubscribe"])

    # What Gmail or Outlook sends when the member presses "Unsubscribe": no cookie, no token.
    response = client.post(path, data=ONE_CLICK, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert notifications.preferences(author)["mention"] == "off"


def test_a_digest_carries_headers_that_stop_the_digests(
    client, smtp_server, thread, author, reader
):
    services.reply(reader, thread, "A reply that waits for the daily digest.")
    notifications.send_digests(now=utcnow() + timedelta(minutes=1))
    deliver_pending()
    [email] = smtp_server.by_recipient(author.email)
    assert "digest" in email["Subject"]
    assert email["List-Unsubscribe-Post"] == ONE_CLICK
    path = unsubscribe_path(email["List-Unsubscribe"])

    assert "Stop these emails?" in client.get(path).get_data(as_text=True)
    assert notifications.preferences(author)["reply"] == "daily", "the GET only asks"
    client.post(path, data=ONE_CLICK, content_type="application/x-www-form-urlencoded")
    assert notifications.preferences(author) == {"mention": "instant", "reply": "off"}


def test_headers_cannot_replace_who_the_mail_is_from_or_for(app, smtp_server):
    queue_mail(
        "reader@example.com",
        "test_message",
        "Hello",
        name="R",
        headers={"From": "ceo@example.com", "X-Note": "one\r\nBcc: everyone@example.com"},
    )
    db.session.commit()
    stored = db.session.scalar(select(OutboxMessage))
    assert stored.headers == {"X-Note": "one Bcc: everyone@example.com"}
    deliver_pending()
    [email] = smtp_server.messages
    assert email["From"] == app.config["MAIL_FROM"] and email["Bcc"] is None
