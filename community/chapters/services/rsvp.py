"""RSVPs: going | waitlisted -> going (a seat frees) | cancelled.

A seat is taken by one guarded UPDATE (`seats_taken < capacity`), which PostgreSQL runs under
the event row's lock and SQLite under its single writer: when two people ask for the last seat
at once, exactly one UPDATE changes the row; the other person is waitlisted.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import joinedload

from community import audit
from community.chapters import waitlist
from community.chapters.models import Chapter, Event, Rsvp
from community.chapters.services import mail
from community.chapters.services.common import may_read_space
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotPermitted
from community.extensions import db
from community.standing import capabilities as can
from community.unit_of_work import transactional


def _take_seat(event: Event) -> bool:
    result = db.session.execute(
        update(Event)
        .where(
            Event.id == event.id, Event.status == "scheduled", Event.seats_taken < Event.capacity
        )
        .values(seats_taken=Event.seats_taken + 1)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def _give_back_seat(event: Event) -> None:
    db.session.execute(
        update(Event)
        .where(Event.id == event.id, Event.seats_taken > 0)
        .values(seats_taken=Event.seats_taken - 1)
        .execution_options(synchronize_session=False)
    )


def rsvp_of(user, event: Event) -> Rsvp | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return db.session.scalar(select(Rsvp).where(Rsvp.event_id == event.id, Rsvp.user_id == user.id))


@transactional
def request_seat(user, event: Event) -> Rsvp:
    """Going if a seat is free, waitlisted otherwise; confirmed attendees get the invitation."""
    can.ensure_may(user, can.READ_FORUM)
    chapter = db.session.get(Chapter, event.chapter_id)
    if not may_read_space(user, chapter):
        raise NotPermitted("This chapter's events are for its members: join it first.")
    if event.status != "scheduled":
        raise DomainError("This event is not open for RSVPs.")
    if utcnow() > event.rsvp_deadline:
        raise DomainError("The RSVP deadline has passed.")
    row = rsvp_of(user, event)
    if row is not None and row.status != "cancelled":
        raise Conflict(f"You are {row.status} already.")
    status = "going" if _take_seat(event) else "waitlisted"
    now = utcnow()
    if row is None:
        row = Rsvp(
            event_id=event.id, user_id=user.id, status=status, requested_at=now, updated_at=now
        )
        db.session.add(row)
    else:
        row.status, row.requested_at, row.updated_at = status, now, now
        row.rounds += 1
    db.session.flush()
    audit.record(user, f"rsvp.{status}", event, after={"user_id": user.id, "status": status})
    if status == "going":
        mail.send_calendar(event, row, "REQUEST", "confirmed")
    return row


@transactional
def cancel_seat(user, event: Event) -> None:
    """Cancel one's RSVP; a seat given back goes to the first person waiting."""
    row = rsvp_of(user, event)
    if row is None or row.status == "cancelled":
        raise Conflict("You have no RSVP to cancel.")
    before = row.status
    result = db.session.execute(
        update(Rsvp)
        .where(Rsvp.id == row.id, Rsvp.status == before)
        .values(status="cancelled", updated_at=utcnow())
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:
        raise Conflict("Your RSVP changed a moment ago; please reload.")
    audit.record(user, "rsvp.cancelled", event, before={"user_id": user.id, "status": before})
    if before == "going":
        _give_back_seat(event)
        mail.send_calendar(event, row, "CANCEL", "rsvp_cancelled")
        promote_waitlisted(event)


def promote_waitlisted(event: Event) -> list[Rsvp]:
    """Give free seats to the waitlist in the order people asked (inside the caller's unit)."""
    db.session.refresh(event)
    if event.status != "scheduled":
        return []
    waiting = list(
        db.session.scalars(
            select(Rsvp.id)
            .where(Rsvp.event_id == event.id, Rsvp.status == "waitlisted")
            .order_by(Rsvp.requested_at, Rsvp.id)
        )
    )
    promoted = []
    for rsvp_id in waitlist.to_promote(event.capacity, event.seats_taken, waiting):
        if not _take_seat(event):
            break
        result = db.session.execute(
            update(Rsvp)
            .where(Rsvp.id == rsvp_id, Rsvp.status == "waitlisted")
            .values(status="going", updated_at=utcnow())
            .execution_options(synchronize_session="fetch")
        )
        if result.rowcount != 1:  # they cancelled in between: the seat stays free
            _give_back_seat(event)
            continue
        row = db.session.get(Rsvp, rsvp_id)
        audit.record(
            None, "rsvp.promoted", event, after={"user_id": row.user_id, "status": "going"}
        )
        mail.send_calendar(event, row, "REQUEST", "promoted")
        promoted.append(row)
    return promoted


def going(event: Event) -> list[Rsvp]:
    return list(
        db.session.scalars(
            select(Rsvp)
            .options(joinedload(Rsvp.user))
            .where(Rsvp.event_id == event.id, Rsvp.status == "going")
            .order_by(Rsvp.requested_at, Rsvp.id)
        )
    )


def is_attendee(user, event: Event) -> bool:
    row = rsvp_of(user, event)
    return row is not None and row.status == "going" and can.may(user, can.READ_FORUM)


def attendee_list(viewer, event: Event) -> list[Rsvp]:
    """After the event, its attendees see who else came; nobody else does."""
    if utcnow() < event.ends_at:
        raise NotPermitted("The attendee list opens when the event is over.")
    if not is_attendee(viewer, event):
        raise NotPermitted("The attendee list is for the people who attended.")
    return going(event)
