"""Contact by consent: requests, acceptance, silent declines, blocks, vendors, pitches."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.accounts import services
from community.accounts.models import ContactRequest, PrivateMessage
from community.audit import AuditEvent
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.mail.models import OutboxMessage
from tests.accounts.conftest import FRIENDLY_NOTE, PITCH_NOTE


def mail_to(user) -> list[OutboxMessage]:
    return list(
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient_id == user.id))
    )


def test_a_member_cannot_message_another_before_a_request_is_accepted(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)

    assert request.status == "pending"
    with pytest.raises(NotPermitted):
        services.send_message(sender, request, "Hello before you answered")
    with pytest.raises(NotFound):
        services.find_connection(sender, request.id)
    assert db.session.scalar(select(PrivateMessage.id)) is None


def test_after_acceptance_both_members_can_exchange_messages(connected):
    sender, recipient, connection = connected

    services.send_message(sender, connection, "Thanks for accepting.")
    services.send_message(recipient, connection, "My pleasure.")

    bodies = [m.body for m in db.session.scalars(services.messages_query(connection))]
    assert bodies == ["My pleasure.", "Thanks for accepting."]
    assert services.find_connection(recipient, connection.id).id == connection.id


def test_the_recipient_is_mailed_the_note_and_the_sender_is_mailed_on_acceptance(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)
    [delivered] = mail_to(recipient)
    assert delivered.kind == "contact_request"
    assert "Lisbon" in delivered.text_body

    services.accept_contact_request(recipient, request)
    [accepted] = mail_to(sender)
    assert accepted.kind == "contact_accepted"
    assert "Rita Recipient accepted" in accepted.subject


def test_a_declined_request_looks_exactly_like_an_unanswered_one_to_the_sender(
    make_member, client, auth
):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)
    auth.login(sender)
    before = client.get("/contacts/sent").get_data(as_text=True)

    services.decline_contact_request(recipient, request)

    after = client.get("/contacts/sent").get_data(as_text=True)
    assert "Awaiting reply" in before and "Awaiting reply" in after
    assert "declin" not in after.lower()
    assert mail_to(sender) == []
    profile = client.get(f"/members/{recipient.id}").get_data(as_text=True)
    assert "You asked to be in touch" in profile


def test_a_declined_sender_cannot_ask_again_and_hears_the_same_as_while_pending(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)
    with pytest.raises(DomainError) as while_pending:
        services.send_contact_request(sender, recipient, FRIENDLY_NOTE)

    services.decline_contact_request(recipient, request)
    with pytest.raises(DomainError) as after_decline:
        services.send_contact_request(sender, recipient, FRIENDLY_NOTE)

    assert str(while_pending.value) == str(after_decline.value)


def test_only_the_recipient_can_answer_and_only_once(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    stranger = make_member("Stan Stranger")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)

    with pytest.raises(NotFound):
        services.accept_contact_request(sender, request)
    with pytest.raises(NotFound):
        services.accept_contact_request(stranger, request)
    services.accept_contact_request(recipient, request)
    with pytest.raises(Conflict):
        services.accept_contact_request(recipient, request)
    with pytest.raises(NotFound):
        services.decline_contact_request(recipient, request)


def test_a_member_cannot_ask_themselves_or_a_non_member(make_member, applicant):
    sender = make_member("Sam Sender")
    with pytest.raises(DomainError):
        services.send_contact_request(sender, sender, FRIENDLY_NOTE)
    with pytest.raises(NotFound):
        services.send_contact_request(sender, applicant, FRIENDLY_NOTE)
    with pytest.raises(NotPermitted):
        services.send_contact_request(applicant, sender, FRIENDLY_NOTE)


def test_a_note_must_be_personal_and_short(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    with pytest.raises(DomainError, match="personal note"):
        services.send_contact_request(sender, recipient, "Hi")
    with pytest.raises(DomainError, match="under 500"):
        services.send_contact_request(sender, recipient, "x" * 501)
    assert db.session.scalar(select(ContactRequest.id)) is None


def test_blocking_declines_a_pending_request_silently_and_stops_new_ones(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)

    assert services.block_member(recipient, sender) is True

    db.session.refresh(request)
    assert request.status == "declined"
    assert list(db.session.scalars(services.incoming_requests_query(recipient))) == []
    assert mail_to(sender) == []


def test_a_request_to_someone_who_blocked_you_is_declined_at_once_without_telling_you(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    services.block_member(recipient, sender)
    mail_before = len(mail_to(recipient))

    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)

    assert request.status == "declined"
    assert len(mail_to(recipient)) == mail_before
    assert list(db.session.scalars(services.incoming_requests_query(recipient))) == []


def test_blocking_stops_messages_in_both_directions_until_unblocked(connected):
    sender, recipient, connection = connected
    services.block_member(recipient, sender)

    with pytest.raises(NotPermitted):
        services.send_message(sender, connection, "Are you there?")
    with pytest.raises(NotPermitted):
        services.send_message(recipient, connection, "Never mind.")

    services.unblock_member(recipient, sender)
    services.send_message(sender, connection, "Glad we are back in touch.")
    assert db.session.scalar(select(PrivateMessage.body)) == "Glad we are back in touch."


def test_a_member_who_blocked_someone_must_unblock_before_asking_them(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    services.block_member(sender, recipient)
    with pytest.raises(DomainError, match="Unblock them first"):
        services.send_contact_request(sender, recipient, FRIENDLY_NOTE)


def test_consultants_cannot_ask_members_who_keep_the_default_vendor_setting(make_member):
    consultant = make_member(
        "Connie Consultant", title="Managing Partner", company="Becker Advisory"
    )
    recipient = make_member("Rita Recipient")

    with pytest.raises(NotPermitted, match="vendor or consultant"):
        services.send_contact_request(consultant, recipient, FRIENDLY_NOTE)
    assert db.session.scalar(select(ContactRequest.id)) is None


def test_consultants_can_ask_members_who_are_open_to_vendors(make_member):
    consultant = make_member("Connie Consultant", function="sales")
    recipient = make_member("Olive Open", open_to_vendors=True)

    request = services.send_contact_request(consultant, recipient, FRIENDLY_NOTE)

    assert request.status == "pending"


def test_peers_who_do_not_sell_can_ask_members_with_the_default_setting(make_member):
    peer = make_member("Pete Peer", title="Chief Financial Officer", function="finance")
    recipient = make_member("Rita Recipient")
    assert services.send_contact_request(peer, recipient, FRIENDLY_NOTE).status == "pending"


def test_a_request_that_reads_as_a_pitch_is_held_and_seen_only_by_moderators(
    make_member, moderator
):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")

    request = services.send_contact_request(sender, recipient, PITCH_NOTE)

    assert request.status == "held"
    assert request.reasons, "the sender is shown why"
    assert list(db.session.scalars(services.incoming_requests_query(recipient))) == []
    assert mail_to(recipient) == []
    assert [r.id for r in db.session.scalars(services.held_requests_query())] == [request.id]
    assert db.session.scalar(
        select(AuditEvent.id).where(AuditEvent.action == "contact_request.held")
    )


def test_a_moderator_releasing_a_held_request_delivers_it(make_member, moderator):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, PITCH_NOTE)

    services.release_held_request(moderator, request)

    assert request.status == "pending"
    assert [r.id for r in db.session.scalars(services.incoming_requests_query(recipient))] == [
        request.id
    ]
    assert [m.kind for m in mail_to(recipient)] == ["contact_request"]


def test_a_moderator_rejecting_a_held_request_tells_the_sender_why(make_member, moderator):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, PITCH_NOTE)

    services.reject_held_request(moderator, request, "Cold sales outreach.")

    assert request.status == "rejected"
    assert request.review_reason == "Cold sales outreach."
    assert mail_to(recipient) == []


def test_only_moderators_decide_on_held_requests(make_member):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, PITCH_NOTE)
    with pytest.raises(NotPermitted):
        services.release_held_request(recipient, request)
    with pytest.raises(NotPermitted):
        services.reject_held_request(sender, request, "no")


def test_a_member_can_send_only_a_few_requests_a_day(make_member):
    sender = make_member("Sam Sender")
    for number in range(services.CONTACT_REQUESTS_PER_DAY):
        services.send_contact_request(sender, make_member(f"Peer Number{number}"), FRIENDLY_NOTE)

    with pytest.raises(services.RateLimited) as refused:
        services.send_contact_request(sender, make_member("One Too Many"), FRIENDLY_NOTE)
    assert refused.value.status_code == 429


def test_held_requests_count_against_the_daily_limit(make_member):
    sender = make_member("Sam Sender")
    for number in range(services.CONTACT_REQUESTS_PER_DAY):
        services.send_contact_request(sender, make_member(f"Peer Number{number}"), PITCH_NOTE)
    with pytest.raises(services.RateLimited):
        services.send_contact_request(sender, make_member("One Too Many"), FRIENDLY_NOTE)


def test_when_both_ask_the_second_is_pointed_to_the_first_request(make_member):
    one, other = make_member("Una One"), make_member("Otto Other")
    services.send_contact_request(one, other, FRIENDLY_NOTE)
    with pytest.raises(DomainError, match="accept their request"):
        services.send_contact_request(other, one, FRIENDLY_NOTE)


def test_private_messages_stay_out_of_the_audit_trail(connected):
    sender, _recipient, connection = connected
    services.send_message(sender, connection, "Our Q3 numbers are confidential.")
    texts = db.session.execute(select(AuditEvent.before, AuditEvent.after, AuditEvent.reason)).all()
    assert all("confidential" not in str(row) for row in texts)
    assert FRIENDLY_NOTE[:20] not in str(texts)
