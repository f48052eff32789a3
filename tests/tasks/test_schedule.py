"""Digests at 08:00 in the member's own time zone (pure)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

from community.tasks.schedule import digest_due, window_start


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_the_schedule_needs_no_flask():
    assert "community.tasks.schedule" in sys.modules
    import community.tasks.schedule as schedule

    assert "flask" not in schedule.__dict__ and "sqlalchemy" not in schedule.__dict__


def test_a_daily_digest_is_due_from_eight_in_the_morning_where_the_member_lives():
    # 07:00 UTC is 08:00 in Berlin in winter, 02:00 in New York.
    now = at("2026-12-07T07:05:00")
    assert digest_due(now, "Europe/Berlin", "daily", last_sent=None)
    assert not digest_due(now, "America/New_York", "daily", last_sent=None)
    assert digest_due(at("2026-12-07T13:05:00"), "America/New_York", "daily", last_sent=None)


def test_a_digest_already_sent_in_this_window_is_not_sent_again():
    now = at("2026-12-07T07:30:00")
    assert not digest_due(now, "Europe/Berlin", "daily", last_sent=at("2026-12-07T07:01:00"))
    assert digest_due(now, "Europe/Berlin", "daily", last_sent=at("2026-12-06T07:01:00"))


def test_a_worker_back_late_in_the_morning_still_sends_but_not_at_night():
    assert digest_due(at("2026-12-07T12:00:00"), "UTC", "daily", last_sent=None)
    assert not digest_due(at("2026-12-07T15:00:00"), "UTC", "daily", last_sent=None)
    assert not digest_due(at("2026-12-07T03:00:00"), "UTC", "daily", last_sent=None)


def test_weekly_digests_go_out_on_monday_morning_local_time():
    monday = at("2026-12-07T08:10:00")  # a Monday
    assert window_start(monday, "UTC", "weekly") == at("2026-12-07T08:00:00")
    assert digest_due(monday, "UTC", "weekly", last_sent=monday - timedelta(days=7))
    assert not digest_due(monday + timedelta(days=1), "UTC", "weekly", last_sent=None)


def test_an_unknown_time_zone_counts_as_utc():
    now = at("2026-12-07T08:10:00")
    assert digest_due(now, "Mars/Olympus_Mons", "daily", last_sent=None)
    assert digest_due(now, "", "daily", last_sent=None)
