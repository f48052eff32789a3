"""Event times: read in the event's own time zone, stored in UTC, shown back in that zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


class BadTime(ValueError):
    """A time or time zone that can't be used, with a message fit to show."""


def zone(name: str) -> ZoneInfo:
    name = (name or "").strip()
    if name not in _zone_names():
        raise BadTime(f"“{name}” is not a time zone we know (try Europe/London).")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadTime(f"“{name}” is not a time zone we know (try Europe/London).") from None


_ZONES: set[str] = set()


def _zone_names() -> set[str]:
    if not _ZONES:
        _ZONES.update(available_timezones())
        _ZONES.add("UTC")
    return _ZONES


def to_utc(local: datetime, zone_name: str) -> datetime:
    """A wall-clock time in the zone (naive), as a UTC moment."""
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    return local.replace(tzinfo=zone(zone_name)).astimezone(UTC)


def local(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone_name))


def describe(moment: datetime, zone_name: str) -> str:
    """ "Tue 8 Dec 2026, 19:00 (Europe/London)" """
    at = local(moment, zone_name)
    return f"{at.strftime('%a')} {at.day} {at.strftime('%b %Y, %H:%M')} ({zone_name})"


def check_times(starts_at: datetime, ends_at: datetime, rsvp_deadline: datetime) -> None:
    if ends_at <= starts_at:
        raise BadTime("The event must end after it starts.")
    if rsvp_deadline > starts_at:
        raise BadTime("The RSVP deadline must come before the event starts.")
