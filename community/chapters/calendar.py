"""iCalendar (RFC 5545) invitations for events, built with the `icalendar` package.

One VEVENT per event, with a UID that never changes and the event's SEQUENCE: a calendar
replaces its copy when a REQUEST with a higher SEQUENCE arrives and removes it on CANCEL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar

PRODUCT_ID = "-//Peer Circle//Chapter events//EN"
METHODS = ("REQUEST", "CANCEL")


@dataclass(frozen=True)
class Invitation:
    uid: str
    sequence: int
    title: str
    description: str
    starts_at: datetime  # aware
    ends_at: datetime  # aware
    timezone: str
    location: str
    url: str
    organizer_email: str
    attendee_email: str
    attendee_name: str


def event_uid(event_id: int, domain: str) -> str:
    return f"chapter-event-{event_id}@{domain}"


def build(invitation: Invitation, method: str) -> bytes:
    """The .ics file for one attendee: METHOD:REQUEST (new or changed) or METHOD:CANCEL."""
    if method not in METHODS:
        raise ValueError(f"Unknown iCalendar method {method!r}")
    zone = ZoneInfo(invitation.timezone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = icalendar.Event()
    event.add("uid", invitation.uid)
    event.add("sequence", invitation.sequence)
    event.add("dtstamp", datetime.now(tz=ZoneInfo("UTC")))
    event.add("dtstart", invitation.starts_at.astimezone(zone))
    event.add("dtend", invitation.ends_at.astimezone(zone))
    event.add("summary", invitation.title)
    if invitation.description:
        event.add("description", invitation.description)
    if invitation.location:
        event.add("location", invitation.location)
    if invitation.url:
        event.add("url", invitation.url)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    organizer = icalendar.vCalAddress(f"mailto:{invitation.organizer_email}")
    event.add("organizer", organizer)
    attendee = icalendar.vCalAddress(f"mailto:{invitation.attendee_email}")
    attendee.params["cn"] = icalendar.vText(invitation.attendee_name)
    attendee.params["partstat"] = icalendar.vText("ACCEPTED")
    event.add("attendee", attendee)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
