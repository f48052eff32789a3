"""Events: created by chapter leads and the board, proposed by members for a lead to approve;
sponsored ones wait for the board; a description that sells waits for a moderator."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import update

from community import audit
from community.chapters import schedule, waitlist
from community.chapters.models import EVENT_FORMATS, Chapter, Event
from community.chapters.services import mail
from community.chapters.services.common import clean, is_board, is_lead, may_read_space
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotPermitted
from community.extensions import db
from community.forum.markup import render
from community.forum.services import author_domains
from community.moderation.pitch import assess_post
from community.standing import capabilities as can
from community.unit_of_work import transactional

DESCRIPTION_MAX = 10_000
CAPACITY_MAX = 10_000


@dataclass(frozen=True)
class EventDraft:
    """What a form gives: local wall-clock times in `timezone`."""

    title: str
    description: str
    format: str
    venue: str
    online_url: str
    timezone: str
    starts_local: datetime
    ends_local: datetime
    rsvp_deadline_local: datetime
    capacity: int
    chatham_house: bool = False
    sponsored: bool = False
    sponsor_name: str = ""


def _fields(draft: EventDraft) -> dict:
    title = clean(draft.title, "The title", 5, 200)
    description = (draft.description or "").strip()
    if len(description) > DESCRIPTION_MAX:
        raise DomainError(f"The description can be at most {DESCRIPTION_MAX} characters.")
    if draft.format not in EVENT_FORMATS:
        raise DomainError("An event is in person or online.")
    venue = (draft.venue or "").strip()[:1000]
    online_url = (draft.online_url or "").strip()[:500]
    if draft.format == "in_person" and not venue:
        raise DomainError("An event in person needs a venue (only attendees will see it).")
    if draft.format == "online" and not online_url.startswith("https://"):
        raise DomainError("An online event needs an https:// link (only attendees will see it).")
    if not 1 <= int(draft.capacity or 0) <= CAPACITY_MAX:
        raise DomainError(f"The capacity is between 1 and {CAPACITY_MAX}.")
    sponsor_name = clean(draft.sponsor_name, "The sponsor's name", 0, 120)
    if draft.sponsored and not sponsor_name:
        raise DomainError("Name the vendor that hosts or pays for a sponsored event.")
    try:
        starts_at = schedule.to_utc(draft.starts_local, draft.timezone)
        ends_at = schedule.to_utc(draft.ends_local, draft.timezone)
        deadline = schedule.to_utc(draft.rsvp_deadline_local, draft.timezone)
        schedule.check_times(starts_at, ends_at, deadline)
    except schedule.BadTime as error:
        raise DomainError(str(error)) from None
    return {
        "title": title,
        "description": description,
        "description_html": str(render(description)),
        "format": draft.format,
        "venue": venue if draft.format == "in_person" else "",
        "online_url": online_url if draft.format == "online" else "",
        "timezone": draft.timezone.strip(),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "rsvp_deadline": deadline,
        "capacity": int(draft.capacity),
        "chatham_house": bool(draft.chatham_house),
        "sponsored": bool(draft.sponsored),
        "sponsor_name": sponsor_name if draft.sponsored else "",
    }


def _audit_fields(fields: dict) -> dict:
    return {k: v for k, v in fields.items() if k not in ("description_html", "description")}


def pending(event: Event) -> list[str]:
    return waitlist.pending_approvals(
        needs_lead_approval=event.needs_lead_approval,
        needs_board_approval=event.needs_board_approval,
        pitch_held=event.pitch_held,
    )


def _schedule_if_ready(actor, event: Event) -> bool:
    if pending(event):
        return False
    result = db.session.execute(
        update(Event)
        .where(Event.id == event.id, Event.status == "awaiting")
        .values(status="scheduled", announced_at=utcnow())
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:
        raise Conflict("Someone else decided on this event a moment ago.")
    audit.record(
        actor,
        "event.scheduled",
        event,
        before={"status": "awaiting"},
        after={"status": "scheduled"},
    )
    mail.announce(event)
    return True


@transactional
def create_event(actor, chapter: Chapter, draft: EventDraft) -> Event:
    """Leads and the board create; any other member of good standing proposes (a lead
    approves). Sponsored events also wait for the board; one that sells waits for release."""
    can.ensure_may(actor, can.POST)
    if not may_read_space(actor, chapter):
        raise NotPermitted("Join this chapter to propose an event in it.")
    fields = _fields(draft)
    assessment = assess_post(
        fields["title"], fields["description"], author_domains=author_domains(actor)
    )
    event = Event(
        chapter_id=chapter.id,
        created_by_id=actor.id,
        status="awaiting",
        needs_lead_approval=not (is_lead(actor, chapter) or is_board(actor)),
        needs_board_approval=fields["sponsored"],
        pitch_held=assessment.verdict == "hold",
        pitch_reasons="; ".join(reason.text for reason in assessment.reasons),
        **fields,
    )
    db.session.add(event)
    db.session.flush()
    audit.record(
        actor,
        "event.created",
        event,
        after={**_audit_fields(fields), "pending": pending(event)},
    )
    _schedule_if_ready(actor, event)
    return event


@transactional
def approve_event(actor, event: Event, reason: str | None = None) -> list[str]:
    """Clear what this person may clear (a lead's approval, the board's, the pitch release);
    the event is scheduled when nothing is missing. Returns what is still missing."""
    chapter = db.session.get(Chapter, event.chapter_id)
    if event.status != "awaiting":
        raise Conflict(f"This event is {event.status} already.")
    cleared = {}
    if event.needs_lead_approval and (is_lead(actor, chapter) or is_board(actor)):
        if actor.id == event.created_by_id:
            raise NotPermitted("Another lead must approve the event you proposed.")
        cleared["needs_lead_approval"] = False
    if event.needs_board_approval and is_board(actor) and actor.id != event.created_by_id:
        cleared["needs_board_approval"] = False
    if event.pitch_held and (is_board(actor) or can.may(actor, can.MODERATE)):
        cleared["pitch_held"] = False
    if not cleared:
        raise NotPermitted("Nothing on this event is yours to approve.")
    guard = [getattr(Event, name).is_(True) for name in cleared]
    result = db.session.execute(
        update(Event)
        .where(Event.id == event.id, Event.status == "awaiting", *guard)
        .values(**cleared)
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:
        raise Conflict("Someone else approved this event a moment ago.")
    audit.record(actor, "event.approved", event, after=cleared, reason=reason)
    _schedule_if_ready(actor, event)
    return pending(event)


def _ensure_runs(actor, event: Event) -> Chapter:
    chapter = db.session.get(Chapter, event.chapter_id)
    if not (is_lead(actor, chapter) or is_board(actor)):
        raise NotPermitted("Only the chapter's leads and the board can change this event.")
    return chapter


# Changes attendees must hear about: their calendars get a REQUEST with a higher SEQUENCE.
NOTIFIED_FIELDS = ("title", "format", "venue", "online_url", "timezone", "starts_at", "ends_at")


@transactional
def update_event(actor, event: Event, draft: EventDraft) -> Event:
    from community.chapters.services import rsvp as rsvps

    _ensure_runs(actor, event)
    if event.status == "cancelled":
        raise Conflict("This event was cancelled.")
    # Sponsorship was settled when the event was created (and approved by the board): an edit
    # neither adds nor removes it, nor changes the sponsor.
    fields = _fields(replace(draft, sponsored=event.sponsored, sponsor_name=event.sponsor_name))
    if fields["capacity"] < event.seats_taken:
        raise DomainError(f"{event.seats_taken} people are going: the capacity can't be lower.")
    if assess_post(fields["title"], fields["description"]).verdict == "hold":
        raise DomainError("The new description reads as a sales pitch; please rewrite it.")
    before = {k: getattr(event, k) for k in fields}
    changed = {k: v for k, v in fields.items() if before[k] != v}
    if not changed:
        return event
    notify = any(k in changed for k in NOTIFIED_FIELDS)
    for key, value in changed.items():
        setattr(event, key, value)
    if notify:
        event.sequence += 1
    audit.record(
        actor,
        "event.updated",
        event,
        before=_audit_fields({k: before[k] for k in changed}),
        after=_audit_fields(changed),
    )
    db.session.flush()
    if "capacity" in changed:
        rsvps.promote_waitlisted(event)
    if notify and event.status == "scheduled":
        for row in rsvps.going(event):
            mail.send_calendar(event, row, "REQUEST", "updated")
    return event


@transactional
def cancel_event(actor, event: Event, reason: str) -> Event:
    from community.chapters.services import rsvp as rsvps

    _ensure_runs(actor, event)
    reason = clean(reason, "The reason", 5, 1000)
    result = db.session.execute(
        update(Event)
        .where(Event.id == event.id, Event.status != "cancelled")
        .values(status="cancelled", sequence=Event.sequence + 1)
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:
        raise Conflict("This event was cancelled already.")
    db.session.refresh(event)
    audit.record(actor, "event.cancelled", event, after={"status": "cancelled"}, reason=reason)
    for row in rsvps.going(event):
        mail.send_calendar(event, row, "CANCEL", "cancelled")
    return event
