"""Connections opened by a member's own choice elsewhere (accepting a vendor's response to
their request): the same accepted contact connection that contact requests end in."""

from __future__ import annotations

from sqlalchemy import or_, select

from community import audit
from community.accounts.models import ContactRequest, PrivateMessage
from community.accounts.services import is_blocked
from community.auth.models import User
from community.db_types import utcnow
from community.errors import NotPermitted
from community.extensions import db
from community.unit_of_work import transactional


@transactional
def open_connection(accepter: User, other: User, note: str, reason: str) -> ContactRequest:
    """Connect the accepter with `other` (who wrote first, in `note`, which opens the
    conversation), or return the connection they already have. A request between them that was
    pending, held or declined becomes the accepted connection: the accepter has now said yes."""
    if is_blocked(accepter.id, other.id):
        raise NotPermitted("One of you has blocked the other, so you can't be connected.")
    existing = db.session.scalars(
        select(ContactRequest)
        .where(
            or_(
                (ContactRequest.sender_id == other.id)
                & (ContactRequest.recipient_id == accepter.id),
                (ContactRequest.sender_id == accepter.id)
                & (ContactRequest.recipient_id == other.id),
            )
        )
        .order_by(ContactRequest.id)
    ).all()
    for request in existing:
        if request.status == "accepted":
            return request  # they already talk; the response is on the ask page
    connection = next((r for r in existing if r.sender_id == other.id), None) or (
        existing[0] if existing else None
    )
    before = connection.status if connection is not None else None
    if connection is None:
        connection = ContactRequest(sender_id=other.id, recipient_id=accepter.id, note=note)
        db.session.add(connection)
    connection.status = "accepted"
    connection.decided_at = utcnow()
    db.session.flush()
    now = utcnow()
    db.session.add(
        PrivateMessage(
            connection_id=connection.id,
            sender_id=other.id,
            recipient_id=accepter.id,
            body=note,
            created_at=now,
            read_at=now,
        )
    )
    audit.record(
        accepter,
        "contact_request.accepted",
        connection,
        before={"status": before} if before else None,
        after={"status": "accepted"},
        reason=reason,
    )
    return connection
