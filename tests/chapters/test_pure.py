"""The pure parts of chapters: the waitlist rule, the approvals still missing, time zones, and
the iCalendar file (parsed back with the same package)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

import icalendar
import pytest

from community.chapters import calendar, schedule, waitlist


def test_the_pure_modules_import_no_flask_or_database():
    import subprocess

    code = (
        "import sys; import community.chapters.calendar, community.chapters.schedule, "
        "community.chapters.waitlist; print('flask' in sys.modules or 'sqlalchemy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_free_seats_go_to_the_waitlist_in_the_order_people_asked():
    assert waitlist.to_promote(capacity=3, seats_taken=1, waitlist=[7, 4, 9]) == [7, 4]


def test_nobody_is_promoted_when_the_event_is_full_or_over_full():
    assert waitlist.to_promote(capacity=2, seats_taken=2, waitlist=[1]) == []
    assert waitlist.to_promote(capacity=2, seats_taken=5, waitlist=[1]) == []


def test_the_page_names_each_approval_still_missing():
    missing = waitlist.pending_approvals(
        needs_lead_approval=True, needs_board_approval=True, pitch_held=False
    )
    assert len(missing) == 2 and "board" in missing[1]
    assert not waitlist.pending_approvals(
        needs_lead_approval=False, needs_board_approval=False, pitch_held=False
    )


def test_a_wall_clock_time_is_read_in_its_zone_across_daylight_saving():
    winter = schedule.to_utc(datetime(2031, 1, 10, 19, 0), "Europe/London")
    summer = schedule.to_utc(datetime(2031, 7, 10, 19, 0), "Europe/London")
    assert (winter.hour, summer.hour) == (19, 18)
    assert schedule.describe(summer, "Europe/London") == "Thu 10 Jul 2031, 19:00 (Europe/London)"


def test_an_unknown_time_zone_is_refused_with_a_message():
    with pytest.raises(schedule.BadTime, match="not a time zone"):
        schedule.to_utc(datetime(2031, 1, 1, 9, 0), "Europe/Atlantis")


def _invitation(**changes) -> calendar.Invitation:
    fields = dict(
        uid="chapter-event-5@peer.example",
        sequence=3,
        title="CFO dinner",
        description="Held under the Chatham House Rule.",
        starts_at=datetime(2031, 3, 4, 18, 30, tzinfo=UTC),
        ends_at=datetime(2031, 3, 4, 21, 0, tzinfo=UTC),
        timezone="Europe/Berlin",
        location="Restaurant, Berlin",
        url="https://peer.example/events/5",
        organizer_email="events@peer.example",
        attendee_email="fay@example.org",
        attendee_name="Fay First",
    )
    fields.update(changes)
    return calendar.Invitation(**fields)


def test_a_request_parses_back_with_its_uid_sequence_times_and_zone():
    parsed = icalendar.Calendar.from_ical(calendar.build(_invitation(), "REQUEST"))
    assert str(parsed["method"]) == "REQUEST"
    (event,) = parsed.walk("VEVENT")
    assert str(event["uid"]) == "chapter-event-5@peer.example"
    assert int(event["sequence"]) == 3
    start = event.decoded("dtstart")
    assert start == datetime(2031, 3, 4, 18, 30, tzinfo=UTC)
    assert str(start.tzinfo) == "Europe/Berlin"
    assert parsed.walk("VTIMEZONE"), "the zone travels with the invitation"
    assert str(event["attendee"]) == "mailto:fay@example.org"


def test_a_cancellation_says_cancel_and_cancelled():
    parsed = icalendar.Calendar.from_ical(calendar.build(_invitation(sequence=4), "CANCEL"))
    (event,) = parsed.walk("VEVENT")
    assert (str(parsed["method"]), str(event["status"]), int(event["sequence"])) == (
        "CANCEL",
        "CANCELLED",
        4,
    )


def test_an_unknown_method_is_refused():
    with pytest.raises(ValueError):
        calendar.build(_invitation(), "PUBLISH")
