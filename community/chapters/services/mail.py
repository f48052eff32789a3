"""Calendar mail, each exactly once: confirmations and updates (METHOD:REQUEST with the
attendee's SEQUENCE), cancellations (METHOD:CANCEL), announcements for members who asked for
one mail per event, and the weekly summary per chapter for everyone else."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

from flask import current_app
from sqlalchemy import select

from community.auth.models import User
from community.chapters import calendar, schedule
from community.chapters.models import CalendarMail, Chapter, ChapterMember, Event, Rsvp
from community.db_types import utcnow
from community.extensions import db
from community.mail.services import queue_mail
from community.unit_of_work import transactional

SUMMARY_WINDOW = timedelta(days=7)


def _claim(key: str) -> CalendarMail | None:
    """The key's row, new in this transaction; None when that mail was sent already."""
    if db.session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    inserted = db.session.execute(
        insert(CalendarMail)
        .values(idempotency_key=key, created_at=utcnow())
        .on_conflict_do_nothing(index_elements=["idempotency_key"])
        .returning(CalendarMail.id)
    ).scalar_one_or_none()
    return None if inserted is None else db.session.get(CalendarMail, inserted)


def attendee_sequence(event: Event, rsvp: Rsvp) -> int:
    """The event's SEQUENCE plus one for every time this person asked again after cancelling,
    so their calendar takes the new invitation after having removed the old one."""
    return event.sequence + rsvp.rounds


def calendar_key(event: Event, rsvp: Rsvp, method: str) -> str:
    return f"event:{event.id}:user:{rsvp.user_id}:seq:{attendee_sequence(event, rsvp)}:{method}"


def _invitation(event: Event, user, sequence: int) -> calendar.Invitation:
    config = current_app.config
    base_url = config["COMMUNITY_BASE_URL"].rstrip("/")
    domain = urlsplit(base_url).hostname or "localhost"
    description = event.description
    if event.chatham_house:
        description = "Held under the Chatham House Rule.\n\n" + description
    return calendar.Invitation(
        uid=calendar.event_uid(event.id, domain),
        sequence=sequence,
        title=event.title,
        description=description,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        timezone=event.timezone,
        location=event.venue if event.format == "in_person" else event.online_url,
        url=f"{base_url}/events/{event.id}",
        organizer_email=config["MAIL_FROM"].rpartition("<")[2].rstrip(">").strip(),
        attendee_email=user.email,
        attendee_name=user.display_name,
    )


def send_calendar(event: Event, rsvp: Rsvp, method: str, why: str) -> bool:
    """Queue the attendee's invitation (REQUEST) or cancellation (CANCEL) once; False if this
    exact one (attendee, event, sequence, method) went out before."""
    claim = _claim(calendar_key(event, rsvp, method))
    if claim is None:
        return False
    chapter = db.session.get(Chapter, event.chapter_id)
    user = db.session.get(User, rsvp.user_id)
    invitation = _invitation(event, user, attendee_sequence(event, rsvp))
    ics = calendar.build(invitation, method).decode()
    subject = {
        "confirmed": f"You're going: {event.title}",
        "promoted": f"A seat freed up, you're going: {event.title}",
        "updated": f"Updated: {event.title}",
        "cancelled": f"Cancelled: {event.title}",
        "rsvp_cancelled": f"Your seat is released: {event.title}",
    }[why]
    message = queue_mail(
        user.email,
        "chapters_calendar",
        subject,
        recipient=user,
        kind="event",
        attachments=[
            {
                "filename": "invite.ics" if method == "REQUEST" else "cancel.ics",
                "content_type": "text/calendar",
                "content": ics,
                "params": {"method": method, "charset": "utf-8"},
            }
        ],
        event=event,
        chapter=chapter,
        why=why,
        when=schedule.describe(event.starts_at, event.timezone),
    )
    db.session.flush()
    claim.outbox_message_id = message.id
    return True


def announce(event: Event) -> int:
    """Members who asked for one mail per event hear of it now, once; the others read it in
    their weekly summary."""
    chapter = db.session.get(Chapter, event.chapter_id)
    sent = 0
    for row in _members_choosing(chapter, "each"):
        if _claim(f"announce:{event.id}:user:{row.user_id}") is None:
            continue
        queue_mail(
            row.user.email,
            "chapters_announcement",
            f"New {chapter.name} event: {event.title}",
            recipient=row.user,
            kind="event",
            event=event,
            chapter=chapter,
            when=schedule.describe(event.starts_at, event.timezone),
        )
        sent += 1
    return sent


def _members_choosing(chapter: Chapter, choice: str) -> list[ChapterMember]:
    from sqlalchemy.orm import joinedload

    from community.standing import capabilities as can

    rows = db.session.scalars(
        select(ChapterMember)
        .options(joinedload(ChapterMember.user))
        .where(ChapterMember.chapter_id == chapter.id, ChapterMember.event_mail == choice)
        .order_by(ChapterMember.id)
    )
    return [row for row in rows if can.may(row.user, can.READ_FORUM)]


def iso_week(moment) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"


@transactional
def send_weekly_summaries(now=None) -> int:
    """One mail per chapter member who chose the weekly summary, listing the chapter's events
    announced in the past week, at most once per ISO week. For the task queue to run weekly."""
    now = now or utcnow()
    sent = 0
    for chapter in db.session.scalars(select(Chapter).order_by(Chapter.id)):
        events = list(
            db.session.scalars(
                select(Event)
                .where(
                    Event.chapter_id == chapter.id,
                    Event.status == "scheduled",
                    Event.announced_at >= now - SUMMARY_WINDOW,
                    Event.starts_at > now,
                )
                .order_by(Event.starts_at)
            )
        )
        if not events:
            continue
        lines = [(e, schedule.describe(e.starts_at, e.timezone)) for e in events]
        for row in _members_choosing(chapter, "weekly"):
            if _claim(f"summary:{chapter.id}:user:{row.user_id}:{iso_week(now)}") is None:
                continue
            queue_mail(
                row.user.email,
                "chapters_weekly_summary",
                f"This week in the {chapter.name} chapter",
                recipient=row.user,
                kind="event_summary",
                chapter=chapter,
                lines=lines,
            )
            sent += 1
    return sent
