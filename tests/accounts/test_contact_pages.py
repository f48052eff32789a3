"""Contact by consent in the browser: the request form, answering, the conversation."""

from __future__ import annotations

import re

from sqlalchemy import select

from community.accounts import services
from community.accounts.models import ContactRequest, PrivateMessage
from community.extensions import db
from tests.accounts.conftest import FRIENDLY_NOTE, PITCH_NOTE


def test_a_member_asks_to_be_in_touch_from_a_profile(make_member, client, auth):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    auth.login(sender)
    form = client.get(f"/members/{recipient.id}/contact").get_data(as_text=True)
    assert "A short personal note" in form and "you are not told" in form

    response = client.post(f"/members/{recipient.id}/contact", data={"note": FRIENDLY_NOTE})

    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Request sent." in page and "You asked to be in touch" in page


def test_a_note_that_is_too_short_is_refused_with_a_message_and_nothing_is_sent(
    make_member, client, auth
):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    auth.login(sender)

    response = client.post(f"/members/{recipient.id}/contact", data={"note": "Hi!"})

    assert response.status_code == 400
    assert "Between 20 and 500 characters" in response.get_data(as_text=True)
    assert db.session.scalar(select(ContactRequest.id)) is None


def test_a_pitch_is_held_and_the_sender_sees_why(make_member, client, auth):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    auth.login(sender)

    response = client.post(
        f"/members/{recipient.id}/contact", data={"note": PITCH_NOTE}, follow_redirects=True
    )

    assert "held for a moderator" in response.get_data(as_text=True)
    sent = client.get("/contacts/sent").get_data(as_text=True)
    assert "Held for a moderator" in sent and "What triggered the hold" in sent
    auth.logout()
    auth.login(recipient)
    assert "No requests waiting" in client.get("/contacts/requests").get_data(as_text=True)


def test_a_consultant_is_told_why_a_member_who_keeps_the_default_refuses(make_member, client, auth):
    consultant = make_member("Connie Consultant", title="Senior Consultant")
    recipient = make_member("Rita Recipient")
    auth.login(consultant)

    response = client.post(f"/members/{recipient.id}/contact", data={"note": FRIENDLY_NOTE})

    assert response.status_code == 403
    assert "vendor or consultant" in response.get_data(as_text=True)


def test_the_recipient_accepts_and_the_two_exchange_messages(make_member, client, auth):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    services.send_contact_request(sender, recipient, FRIENDLY_NOTE)
    auth.login(recipient)
    requests_page = client.get("/contacts/requests").get_data(as_text=True)
    assert "Lisbon" in requests_page and "Requests for you (1)" in requests_page
    request = db.session.scalar(select(ContactRequest))

    conversation = client.post(f"/contacts/requests/{request.id}/accept", follow_redirects=True)
    assert "can now exchange messages" in conversation.get_data(as_text=True)
    sent = client.post(f"/contacts/{request.id}", data={"body": "Hello **Sam**"})
    assert sent.status_code == 302

    auth.logout()
    auth.login(sender)
    contacts = client.get("/contacts").get_data(as_text=True)
    assert "Rita Recipient" in contacts and "1 unread" in contacts
    page = client.get(f"/contacts/{request.id}").get_data(as_text=True)
    assert "Hello <strong>Sam</strong>" in page
    assert db.session.scalar(select(PrivateMessage.read_at)) is None  # a GET never writes
    # What the page's script does once it is shown:
    url = re.search(r'data-read-url="([^"]+)"', page).group(1)
    assert client.post(url).status_code == 200
    db.session.expire_all()
    assert db.session.scalar(select(PrivateMessage.read_at)) is not None


def test_an_empty_message_is_refused_with_a_message(connected, client, auth):
    sender, _recipient, connection = connected
    auth.login(sender)
    response = client.post(f"/contacts/{connection.id}", data={"body": ""})
    assert response.status_code == 400
    assert "Your message is empty." in response.get_data(as_text=True)


def test_a_blocked_conversation_is_closed_on_the_page(connected, client, auth):
    sender, recipient, connection = connected
    services.block_member(recipient, sender)
    auth.login(sender)

    page = client.get(f"/contacts/{connection.id}").get_data(as_text=True)
    assert "This conversation is closed" in page
    response = client.post(f"/contacts/{connection.id}", data={"body": "Hello?"})
    assert response.status_code == 403


def test_declining_from_the_page_is_silent_and_leaves_the_list(make_member, client, auth):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)
    auth.login(recipient)

    page = client.post(f"/contacts/requests/{request.id}/decline", follow_redirects=True)

    text = page.get_data(as_text=True)
    assert "The sender is not told" in text and "No requests waiting" in text


def test_the_blocked_list_shows_whom_you_blocked_and_unblocks(make_member, client, auth):
    me, pest = make_member("Mia Me"), make_member("Pat Pest")
    auth.login(me)
    client.post(f"/members/{pest.id}/block")
    assert "Pat Pest" in client.get("/contacts/blocked").get_data(as_text=True)

    client.post(f"/members/{pest.id}/unblock")

    assert "Nobody blocked" in client.get("/contacts/blocked").get_data(as_text=True)
