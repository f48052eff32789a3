"""Contact by consent: requests with a note, silent declines, blocks, and private messages
only after acceptance."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import Select, and_, func, or_, select, update
from werkzeug.routing import BuildError

from community import audit
from community.accounts.classify import classify_sender
from community.accounts.models import (
    ContactRequest,
    MemberBlock,
    PrivateMessage,
)
from community.accounts.services.common import (
    CONTACT_REQUESTS_PER_DAY,
    KIND_CONTACT_ACCEPTED,
    KIND_CONTACT_REQUEST,
    KIND_PRIVATE_MESSAGE,
    MESSAGE_MAX,
    NOTE_MAX,
    NOTE_MIN,
    RateLimited,
)
from community.accounts.services.profiles import (
    is_listed_member,
    profile_of,
)
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum.services import (
    ensure_can_participate,
    ensure_can_read,
)
from community.mail.services import queue_mail
from community.moderation.pitch import assess_post
from community.standing import capabilities
from community.unit_of_work import transactional


def _notify(recipient: User, kind: str, template: str, subject: str, **context) -> None:
    """Mail the person now unless their notification settings turn this kind off.

    Preferences are the forum's (notification_preferences, one row per kind); until the forum
    lists these kinds, digests don't apply to them and every choice but "off" means instant mail.
    """
    if not recipient.email:
        return
    from community.forum import notifications
    from community.forum.models import NotificationPreference

    preference = db.session.get(NotificationPreference, (recipient.id, kind))
    if preference is not None and preference.delivery == "off":
        return
    unsubscribe_url = None
    if kind in notifications.NOTIFICATION_KINDS:
        try:
            unsubscribe_url = notifications.absolute_url(
                "accounts.unsubscribe",
                token=notifications.unsubscribe_token(recipient.id, kind),
            )
        except BuildError:
            unsubscribe_url = None
    queue_mail(
        recipient.email,
        template,
        subject,
        recipient=recipient,
        kind=kind,
        unsubscribe_url=unsubscribe_url,
        **context,
    )


def is_blocked(one_id: int, other_id: int) -> bool:
    """True when either person has blocked the other."""
    return (
        db.session.scalar(
            select(MemberBlock.id)
            .where(
                or_(
                    and_(MemberBlock.blocker_id == one_id, MemberBlock.blocked_id == other_id),
                    and_(MemberBlock.blocker_id == other_id, MemberBlock.blocked_id == one_id),
                )
            )
            .limit(1)
        )
        is not None
    )


def has_blocked(blocker: User, blocked: User) -> bool:
    return (
        db.session.scalar(
            select(MemberBlock.id).where(
                MemberBlock.blocker_id == blocker.id, MemberBlock.blocked_id == blocked.id
            )
        )
        is not None
    )


def request_between(sender_id: int, recipient_id: int) -> ContactRequest | None:
    return db.session.scalar(
        select(ContactRequest).where(
            ContactRequest.sender_id == sender_id, ContactRequest.recipient_id == recipient_id
        )
    )


def connection_between(one_id: int, other_id: int) -> ContactRequest | None:
    return db.session.scalar(
        select(ContactRequest).where(
            ContactRequest.status == "accepted",
            or_(
                and_(ContactRequest.sender_id == one_id, ContactRequest.recipient_id == other_id),
                and_(ContactRequest.sender_id == other_id, ContactRequest.recipient_id == one_id),
            ),
        )
    )


@dataclass
class ContactState:
    """What the profile page offers one member about another."""

    connection: ContactRequest | None
    sent: ContactRequest | None  # the viewer's request to them
    received: ContactRequest | None  # their request to the viewer
    blocked_by_viewer: bool


def contact_state(viewer: User, other: User) -> ContactState:
    requests = list(
        db.session.scalars(
            select(ContactRequest).where(
                or_(
                    and_(
                        ContactRequest.sender_id == viewer.id,
                        ContactRequest.recipient_id == other.id,
                    ),
                    and_(
                        ContactRequest.sender_id == other.id,
                        ContactRequest.recipient_id == viewer.id,
                    ),
                )
            )
        )
    )
    sent = next((r for r in requests if r.sender_id == viewer.id), None)
    received = next((r for r in requests if r.sender_id == other.id), None)
    connection = next((r for r in requests if r.status == "accepted"), None)
    return ContactState(connection, sent, received, has_blocked(viewer, other))


def vendor_rule_refuses(sender: User, recipient: User) -> str | None:
    """Why the recipient's vendor setting refuses this sender, or None when it doesn't."""
    if profile_of(recipient).open_to_vendor_requests:
        return None
    classed = classify_sender(sender.job_title, sender.company, profile_of(sender).function)
    return classed.reason if classed.is_vendor else None


@transactional
def send_contact_request(sender: User, recipient: User, note: str) -> ContactRequest:
    """Ask to make contact, with a short personal note. Pitches are held for moderators; a
    request to someone who blocked the sender is declined at once, which the sender cannot tell
    apart from an unanswered request."""
    ensure_can_participate(sender)
    if not is_listed_member(recipient):
        raise NotFound("There is no member with that address.")
    if recipient.id == sender.id:
        raise DomainError("You can't send a contact request to yourself.")
    note = (note or "").strip()
    if len(note) < NOTE_MIN:
        raise DomainError(
            f"Please write a short personal note (at least {NOTE_MIN} characters) saying why "
            "you'd like to be in touch."
        )
    if len(note) > NOTE_MAX:
        raise DomainError(f"Please keep the note under {NOTE_MAX} characters.")
    if has_blocked(sender, recipient):
        raise DomainError(
            f"You have blocked {recipient.display_name}. Unblock them first to get in touch."
        )
    existing = request_between(sender.id, recipient.id)
    if existing is not None:
        if existing.status == "accepted":
            raise DomainError(f"You are already connected with {recipient.display_name}.")
        raise DomainError(f"You have already sent {recipient.display_name} a contact request.")
    reverse = request_between(recipient.id, sender.id)
    if reverse is not None and reverse.status == "accepted":
        raise DomainError(f"You are already connected with {recipient.display_name}.")
    if reverse is not None and reverse.status == "pending":
        raise DomainError(
            f"{recipient.display_name} has already asked to be in touch with you: "
            "accept their request instead."
        )
    if reason := vendor_rule_refuses(sender, recipient):
        raise NotPermitted(
            f"{recipient.display_name} accepts contact requests only from peers who don't sell "
            f"or advise, and your profile reads as a vendor or consultant: {reason}"
        )
    since = utcnow() - timedelta(days=1)
    sent_today = db.session.scalar(
        select(func.count())
        .select_from(ContactRequest)
        .where(ContactRequest.sender_id == sender.id, ContactRequest.created_at >= since)
    )
    if sent_today >= CONTACT_REQUESTS_PER_DAY:
        raise RateLimited(
            f"You can send {CONTACT_REQUESTS_PER_DAY} contact requests a day. "
            "Please try again tomorrow."
        )

    domain = (sender.email or "").rpartition("@")[2]
    assessment = assess_post("", note, author_domains=[domain] if domain else [])
    blocked = is_blocked(sender.id, recipient.id)
    if blocked:
        status = "declined"
    elif assessment.verdict == "hold":
        status = "held"
    else:
        status = "pending"
    request = ContactRequest(
        sender_id=sender.id,
        recipient_id=recipient.id,
        note=note,
        status=status,
        pitch_score=assessment.score,
        pitch_reasons=json.dumps(assessment.to_dict()["reasons"]),
        decided_at=utcnow() if blocked else None,
    )
    db.session.add(request)
    db.session.flush()
    audit.record(
        sender,
        "contact_request.sent",
        request,
        after={"status": status, "recipient_id": recipient.id, "pitch_score": assessment.score},
        reason="The recipient has blocked the sender." if blocked else None,
    )
    if status == "held":
        audit.record(
            None,
            "contact_request.held",
            request,
            after={"signals": [r.signal for r in assessment.reasons]},
            reason="The note reads as a sales pitch (pitch policy).",
        )
    elif status == "pending":
        _deliver(request, sender, recipient)
    return request


def _deliver(request: ContactRequest, sender: User, recipient: User) -> None:
    _notify(
        recipient,
        KIND_CONTACT_REQUEST,
        "accounts_contact_request",
        f"{sender.display_name} would like to be in touch",
        sender=sender,
        note=request.note,
    )


def _decide(request: ContactRequest, expected: str, new_status: str, **values) -> None:
    """Move the request on, unless someone else already did (guarded UPDATE)."""
    result = db.session.execute(
        update(ContactRequest)
        .where(ContactRequest.id == request.id, ContactRequest.status == expected)
        .values(**{"status": new_status, "decided_at": utcnow(), **values})
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise Conflict("This request was already answered.")
    db.session.refresh(request)


def find_request(request_id: int) -> ContactRequest:
    request = db.session.get(ContactRequest, request_id)
    if request is None:
        raise NotFound("That contact request doesn't exist.")
    return request


@transactional
def accept_contact_request(actor: User, request: ContactRequest) -> ContactRequest:
    """The recipient accepts: from now on the two can exchange private messages."""
    if request.recipient_id != actor.id or request.status not in ("pending", "accepted"):
        raise NotFound("That contact request doesn't exist.")
    _decide(request, "pending", "accepted")
    sender = db.session.get(User, request.sender_id)
    audit.record(
        actor,
        "contact_request.accepted",
        request,
        before={"status": "pending"},
        after={"status": "accepted"},
    )
    _notify(
        sender,
        KIND_CONTACT_ACCEPTED,
        "accounts_contact_accepted",
        f"{actor.display_name} accepted your contact request",
        accepter=actor,
        connection=request,
    )
    return request


@transactional
def decline_contact_request(actor: User, request: ContactRequest) -> ContactRequest:
    """The recipient declines. The sender is not told; to them it stays unanswered."""
    if request.recipient_id != actor.id or request.status not in ("pending", "declined"):
        raise NotFound("That contact request doesn't exist.")
    _decide(request, "pending", "declined")
    audit.record(
        actor,
        "contact_request.declined",
        request,
        before={"status": "pending"},
        after={"status": "declined"},
    )
    return request


@transactional
def release_held_request(moderator: User, request: ContactRequest) -> ContactRequest:
    """A moderator finds the held request is not a pitch: it reaches the recipient."""
    capabilities.ensure_may(moderator, capabilities.MODERATE)
    _decide(request, "held", "pending", reviewed_by_id=moderator.id, decided_at=None)
    audit.record(
        moderator,
        "contact_request.released",
        request,
        before={"status": "held"},
        after={"status": "pending"},
    )
    sender = db.session.get(User, request.sender_id)
    recipient = db.session.get(User, request.recipient_id)
    if is_listed_member(recipient):
        _deliver(request, sender, recipient)
    return request


@transactional
def reject_held_request(moderator: User, request: ContactRequest, reason: str) -> ContactRequest:
    """A moderator agrees the held request is a pitch: it is never delivered."""
    capabilities.ensure_may(moderator, capabilities.MODERATE)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError("Please give a reason; the sender sees it.")
    _decide(request, "held", "rejected", reviewed_by_id=moderator.id, review_reason=reason[:500])
    audit.record(
        moderator,
        "contact_request.rejected",
        request,
        before={"status": "held"},
        after={"status": "rejected"},
        reason=reason[:500],
    )
    return request


def find_connection(actor: User, connection_id: int) -> ContactRequest:
    """An accepted request the actor is part of; anything else is not found."""
    connection = db.session.get(ContactRequest, connection_id)
    if (
        connection is None
        or connection.status != "accepted"
        or actor.id not in (connection.sender_id, connection.recipient_id)
    ):
        raise NotFound("That conversation doesn't exist.")
    return connection


@transactional
def send_message(sender: User, connection: ContactRequest, body: str) -> PrivateMessage:
    """A private message, only inside an accepted connection and only while neither blocks."""
    ensure_can_participate(sender)
    if connection.status != "accepted" or sender.id not in (
        connection.sender_id,
        connection.recipient_id,
    ):
        raise NotPermitted("You can message a member only after they accept your request.")
    body = (body or "").strip()
    if not body:
        raise DomainError("Your message is empty.")
    if len(body) > MESSAGE_MAX:
        raise DomainError(f"Please keep messages under {MESSAGE_MAX} characters.")
    recipient = db.session.get(User, connection.other(sender.id))
    if not is_listed_member(recipient) or is_blocked(sender.id, recipient.id):
        raise NotPermitted("This conversation is closed; no more messages can be sent in it.")
    message = PrivateMessage(
        connection_id=connection.id, sender_id=sender.id, recipient_id=recipient.id, body=body
    )
    db.session.add(message)
    db.session.flush()
    # Private words stay out of the audit trail: it records that a message was sent, to whom.
    audit.record(sender, "private_message.sent", message, after={"recipient_id": recipient.id})
    _notify(
        recipient,
        KIND_PRIVATE_MESSAGE,
        "accounts_private_message",
        f"New message from {sender.display_name}",
        sender=sender,
        connection=connection,
    )
    return message


@transactional
def has_unread_messages(reader: User, connection: ContactRequest) -> bool:
    return (
        db.session.scalar(
            select(PrivateMessage.id)
            .where(
                PrivateMessage.connection_id == connection.id,
                PrivateMessage.recipient_id == reader.id,
                PrivateMessage.read_at.is_(None),
            )
            .limit(1)
        )
        is not None
    )


@transactional
def mark_conversation_read(reader: User, connection: ContactRequest) -> None:
    db.session.execute(
        update(PrivateMessage)
        .where(
            PrivateMessage.connection_id == connection.id,
            PrivateMessage.recipient_id == reader.id,
            PrivateMessage.read_at.is_(None),
        )
        .values(read_at=utcnow())
        .execution_options(synchronize_session=False)
    )


@transactional
def block_member(blocker: User, blocked: User) -> bool:
    """Stop every request and message from them; their pending request is declined silently.
    False if they were already blocked."""
    ensure_can_read(blocker)
    if blocked.id == blocker.id:
        raise DomainError("You can't block yourself.")
    if blocked.deleted_at is not None:
        raise NotFound("There is no member with that address.")
    if has_blocked(blocker, blocked):
        return False
    db.session.add(MemberBlock(blocker_id=blocker.id, blocked_id=blocked.id))
    pending = request_between(blocked.id, blocker.id)
    if pending is not None and pending.status in ("pending", "held"):
        pending.status, pending.decided_at = "declined", utcnow()
    audit.record(blocker, "member.blocked", ("users", blocked.id))
    return True


@transactional
def unblock_member(blocker: User, blocked: User) -> bool:
    block = db.session.scalar(
        select(MemberBlock).where(
            MemberBlock.blocker_id == blocker.id, MemberBlock.blocked_id == blocked.id
        )
    )
    if block is None:
        return False
    db.session.delete(block)
    audit.record(blocker, "member.unblocked", ("users", blocked.id))
    return True


def incoming_requests_query(user: User) -> Select:
    return (
        select(ContactRequest)
        .where(ContactRequest.recipient_id == user.id, ContactRequest.status == "pending")
        .order_by(ContactRequest.created_at.desc(), ContactRequest.id.desc())
    )


def sent_requests_query(user: User) -> Select:
    return (
        select(ContactRequest)
        .where(ContactRequest.sender_id == user.id, ContactRequest.status != "accepted")
        .order_by(ContactRequest.created_at.desc(), ContactRequest.id.desc())
    )


def connections_query(user: User) -> Select:
    return (
        select(ContactRequest)
        .where(
            ContactRequest.status == "accepted",
            or_(ContactRequest.sender_id == user.id, ContactRequest.recipient_id == user.id),
        )
        .order_by(ContactRequest.decided_at.desc(), ContactRequest.id.desc())
    )


def held_requests_query() -> Select:
    return (
        select(ContactRequest)
        .where(ContactRequest.status == "held")
        .order_by(ContactRequest.created_at, ContactRequest.id)
    )


def blocks_query(user: User) -> Select:
    return (
        select(MemberBlock)
        .where(MemberBlock.blocker_id == user.id)
        .order_by(MemberBlock.created_at.desc())
    )


def messages_query(connection: ContactRequest) -> Select:
    return (
        select(PrivateMessage)
        .where(PrivateMessage.connection_id == connection.id)
        .order_by(PrivateMessage.created_at.desc(), PrivateMessage.id.desc())
    )


def users_by_id(user_ids) -> dict[int, User]:
    """Many people in one query (plus one for their roles)."""
    ids = {i for i in user_ids if i}
    if not ids:
        return {}
    return {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(ids)))}


def unread_message_counts(user: User, connection_ids: list[int]) -> dict[int, int]:
    if not connection_ids:
        return {}
    rows = db.session.execute(
        select(PrivateMessage.connection_id, func.count())
        .where(
            PrivateMessage.connection_id.in_(connection_ids),
            PrivateMessage.recipient_id == user.id,
            PrivateMessage.read_at.is_(None),
        )
        .group_by(PrivateMessage.connection_id)
    )
    return dict(rows.all())
