"""When digests are due: 08:00 in each member's own time zone (pure; no Flask, no database).

A digest of a frequency is due when its window is open and none of that frequency went out since
the window opened: every day from 08:00 local for daily digests, Mondays from 08:00 local for
weekly ones, for CATCH_UP hours. A worker that was down at 08:00 sends at its next run that
morning; one that runs twice sends once; nobody gets a digest at three in the morning.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DIGEST_HOUR = 8
WEEKLY_DAY = 0  # Monday
DEFAULT_TIME_ZONE = "UTC"
CATCH_UP = timedelta(hours=6)


def zone(name: str | None) -> ZoneInfo:
    """The member's zone; UTC for an empty or unknown name."""
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


def is_time_zone(name: str) -> bool:
    return name in time_zone_names()


def time_zone_names() -> list[str]:
    return sorted(available_timezones() | {DEFAULT_TIME_ZONE})


def window_start(now: datetime, time_zone: str | None, frequency: str) -> datetime:
    """The latest 08:00 local (a Monday's for weekly) at or before `now`, in UTC."""
    local_now = now.astimezone(zone(time_zone))
    day = local_now.date()
    if frequency == "weekly":
        day -= timedelta(days=(day.weekday() - WEEKLY_DAY) % 7)
    opening = datetime.combine(day, time(DIGEST_HOUR), tzinfo=local_now.tzinfo)
    if opening > local_now:
        opening -= timedelta(days=7 if frequency == "weekly" else 1)
        opening = datetime.combine(opening.date(), time(DIGEST_HOUR), tzinfo=local_now.tzinfo)
    return opening.astimezone(UTC)


def digest_due(
    now: datetime, time_zone: str | None, frequency: str, last_sent: datetime | None
) -> bool:
    """True when the member's window for this frequency is open and nothing went out in it."""
    start = window_start(now, time_zone, frequency)
    if now - start >= CATCH_UP:
        return False
    return last_sent is None or last_sent < start
