"""Chapters and events through their services, on the database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.audit import AuditEvent
from community.chapters import services
from community.chapters.models import CalendarMail, ChapterMember, Rsvp
from community.errors import Conflict, DomainError, NotPermitted
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category
from community.mail.models import OutboxMessage

from .conftest import draft


def actions(subject_type: str) -> list[str]:
    return list(
        db.session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.subject_type == subject_type)
            .order_by(AuditEvent.id)
        )
    )


def mails_to(user) -> list[OutboxMessage]:
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.recipient_id == user.id)
            .order_by(OutboxMessage.id)
        )
    )


# Chapters ---------------------------------------------------------------------------------------


def test_a_board_member_opens_a_chapter_with_its_own_forum_category_and_it_is_audited(london):
    category = db.session.get(Category, london.category_id)
    assert category.slug == "chapter-london"
    assert actions("chapters") == ["chapter.created"]


def test_a_member_who_is_not_on_the_board_cannot_open_a_chapter(people):
    with pytest.raises(NotPermitted):
        services.create_chapter(people("Mia Member"), "Paris", "regional")


def test_members_join_and_leave_a_chapter_and_both_are_audited(people, london):
    mia = people("Mia Member")
    services.join_chapter(mia, london)
    assert services.is_chapter_member(mia, london)
    with pytest.raises(Conflict):
        services.join_chapter(mia, london)
    services.leave_chapter(mia, london)
    assert not services.is_chapter_member(mia, london)
    assert actions("chapters")[-2:] == ["chapter.joined", "chapter.left"]


def test_a_closed_chapter_space_is_for_its_members_and_the_moderators(people, london, lead):
    services.set_visibility(lead, london, "chapter")
    outsider, insider = people("Otto Outside"), people("Ina Inside")
    services.join_chapter(insider, london)
    assert not services.may_read_space(outsider, london)
    assert services.may_read_space(insider, london)
    assert services.may_read_space(people("Moe Mod", "moderator"), london)
    assert not services.may_read_category(outsider, london.category_id)


def test_a_lead_needs_a_second_board_member_to_approve_the_appointment(people, london, board_pair):
    from community.membership.services import proposals

    candidate = people("Cara Candidate")
    proposal = services.propose_lead(board_pair[0], london, candidate, "Hosts the best dinners.")
    assert not services.is_lead(candidate, london)
    with pytest.raises(NotPermitted):
        proposals.approve_proposal(board_pair[0], proposal.id)
    proposals.approve_proposal(board_pair[1], proposal.id)
    assert services.is_lead(candidate, london)
    assert "chapter.lead_appointed" in actions("chapters")


def test_a_lead_pins_locks_and_hides_inside_their_chapter_but_not_elsewhere(
    people, london, lead, admin
):
    author = people("Ada Author")
    space = db.session.get(Category, london.category_id)
    thread, post = forum.start_thread(author, space, "Dinner next month", "Who is coming?")
    assert services.pin_thread(lead, london, thread, True)
    assert services.lock_thread(lead, london, thread, True)
    services.hide_post(lead, london, post, "Off topic for the chapter.")
    assert (thread.pinned, thread.locked, post.status) == (True, True, "hidden")

    elsewhere = forum.create_category(admin, "General", "Everything else.")
    other, _ = forum.start_thread(author, elsewhere, "Not a chapter thread", "Hello all of you.")
    with pytest.raises(NotPermitted):
        services.pin_thread(lead, london, other, True)
    with pytest.raises(NotPermitted):
        forum.set_pinned(lead, other, True)  # the forum itself refuses outside the chapter


def test_a_suspended_lead_loses_the_lead_powers(people, london, lead):
    from community.moderation import services as moderation

    moderation.impose_sanction(
        people("Moe Mod", "moderator"), lead, "full_suspension", "Pitching repeatedly.", 7
    )
    assert not services.is_lead(lead, london)


# Events -----------------------------------------------------------------------------------------


def test_a_lead_creates_an_event_that_is_scheduled_at_once(make_event):
    event = make_event()
    assert event.status == "scheduled"
    assert event.starts_at.tzinfo is not None
    assert "<strong>budget season</strong>" in event.description_html
    assert actions("chapter_events")[:2] == ["event.created", "event.scheduled"]


def test_times_are_read_in_the_event_time_zone_and_stored_in_utc(make_event):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    event = make_event(
        starts_local=datetime(2031, 7, 1, 19, 0),
        ends_local=datetime(2031, 7, 1, 22, 0),
        rsvp_deadline_local=datetime(2031, 6, 28, 12, 0),
        timezone="America/New_York",
    )
    assert event.starts_at == datetime(2031, 7, 1, 23, 0, tzinfo=ZoneInfo("UTC"))


def test_a_member_proposes_an_event_and_a_lead_approves_it(people, london, lead):
    mia = people("Mia Member")
    event = services.create_event(mia, london, draft())
    assert event.status == "awaiting" and event.needs_lead_approval
    with pytest.raises(NotPermitted):
        services.approve_event(people("Otto Other"), event)
    assert services.approve_event(lead, event) == []
    assert event.status == "scheduled"


def test_a_sponsored_event_waits_for_a_board_member_other_than_its_creator(
    make_event, board_pair, lead
):
    event = make_event(actor=board_pair[0], sponsored=True, sponsor_name="Vendor Ltd")
    assert event.status == "awaiting"
    with pytest.raises(NotPermitted):
        services.approve_event(lead, event)
    with pytest.raises(NotPermitted):
        services.approve_event(board_pair[0], event)
    services.approve_event(board_pair[1], event)
    assert event.status == "scheduled" and event.sponsored


def test_editing_a_sponsored_event_keeps_it_sponsored_by_the_same_vendor(make_event, board_pair):
    event = make_event(actor=board_pair[0], sponsored=True, sponsor_name="Vendor Ltd")
    services.approve_event(board_pair[1], event)
    services.update_event(board_pair[0], event, draft(capacity=20, sponsored=False))
    assert (event.capacity, event.sponsored, event.sponsor_name) == (20, True, "Vendor Ltd")


def test_a_description_that_sells_is_held_until_a_moderator_releases_it(make_event, people):
    pitch = (
        "Book a demo of our platform today! Limited time offer: 30% discount for the first ten "
        "sign-ups. Contact our sales team at sales@vendor.example to schedule your free trial."
    )
    event = make_event(description=pitch)
    assert event.pitch_held and event.status == "awaiting"
    services.approve_event(people("Moe Mod", "moderator"), event)
    assert event.status == "scheduled"


def test_an_event_needs_a_venue_or_an_https_link_and_sensible_times(make_event):
    with pytest.raises(DomainError):
        make_event(venue="")
    with pytest.raises(DomainError):
        make_event(format="online", online_url="http://insecure.example")
    with pytest.raises(DomainError):
        make_event(ends_local=draft().starts_local)
    with pytest.raises(DomainError):
        make_event(timezone="Mars/Olympus")


# RSVPs and the waitlist -------------------------------------------------------------------------


def test_the_last_seat_goes_to_one_person_and_the_next_is_waitlisted(make_event, people):
    event = make_event(capacity=1)
    first, second = people("Fay First"), people("Sam Second")
    assert services.request_seat(first, event).status == "going"
    assert services.request_seat(second, event).status == "waitlisted"
    db.session.refresh(event)
    assert event.seats_taken == 1


def test_the_seat_guard_holds_even_when_the_event_row_in_memory_is_stale(make_event, people):
    """Another connection takes the last seat after this session loaded the event: the guarded
    UPDATE reads the row as it is in the database, not our copy."""
    from sqlalchemy import text

    event = make_event(capacity=1)
    assert event.seats_taken == 0  # our copy says a seat is free
    with db.engine.begin() as other:
        other.execute(
            text("UPDATE chapter_events SET seats_taken = 1 WHERE id = :id"), {"id": event.id}
        )
    assert services.request_seat(people("Late Comer"), event).status == "waitlisted"


def test_a_cancelled_seat_goes_to_the_first_person_waiting(make_event, people):
    event = make_event(capacity=1)
    first, second, third = people("Fay First"), people("Sam Second"), people("Tia Third")
    services.request_seat(first, event)
    services.request_seat(second, event)
    services.request_seat(third, event)
    services.cancel_seat(first, event)
    statuses = {
        row.user_id: row.status
        for row in db.session.scalars(select(Rsvp).where(Rsvp.event_id == event.id))
    }
    assert statuses == {first.id: "cancelled", second.id: "going", third.id: "waitlisted"}
    assert "rsvp.promoted" in actions("chapter_events")


def test_raising_the_capacity_promotes_the_waitlist(make_event, people, lead):
    event = make_event(capacity=1)
    services.request_seat(people("Fay First"), event)
    waiting = services.request_seat(people("Sam Second"), event)
    services.update_event(lead, event, draft(capacity=2))
    assert waiting.status == "going"


def test_no_rsvp_after_the_deadline(make_event, people):
    from .conftest import local_in

    event = make_event(rsvp_deadline_local=local_in(-1), starts_local=local_in(1))
    with pytest.raises(DomainError):
        services.request_seat(people("Late Comer"), event)


# Calendar mail ----------------------------------------------------------------------------------


def test_a_confirmation_carries_an_icalendar_request_that_parses_back(make_event, people):
    import icalendar

    event = make_event()
    fay = people("Fay First")
    services.request_seat(fay, event)
    (message,) = mails_to(fay)
    (attachment,) = message.attachments
    assert attachment["params"]["method"] == "REQUEST"
    calendar = icalendar.Calendar.from_ical(attachment["content"])
    assert calendar["method"] == "REQUEST"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["summary"]) == "Budget season roundtable"
    assert vevent.decoded("dtstart") == event.starts_at
    assert str(vevent["location"]).startswith("The Library Room")
    assert "Chatham House" in str(vevent["description"])
    assert "Chatham House Rule" in message.text_body


def test_an_update_sends_a_higher_sequence_and_a_cancellation_sends_cancel_each_once(
    make_event, people, lead
):
    import icalendar

    event = make_event()
    fay = people("Fay First")
    services.request_seat(fay, event)
    services.update_event(lead, event, draft(venue="The Garden Room, 2 Example Street"))
    services.update_event(
        lead, event, draft(venue="The Garden Room, 2 Example Street")
    )  # no change
    services.cancel_event(lead, event, "The venue flooded.")
    sent = [icalendar.Calendar.from_ical(m.attachments[0]["content"]) for m in mails_to(fay)]
    assert [(str(c["method"]), int(c.walk("VEVENT")[0]["sequence"])) for c in sent] == [
        ("REQUEST", 0),
        ("REQUEST", 1),
        ("CANCEL", 2),
    ]


def test_the_same_calendar_mail_is_never_queued_twice(make_event, people):
    event = make_event()
    fay = people("Fay First")
    row = services.request_seat(fay, event)
    assert services.send_calendar(event, row, "REQUEST", "confirmed") is False
    assert len(mails_to(fay)) == 1
    assert db.session.scalar(select(CalendarMail.idempotency_key)).endswith(":seq:0:REQUEST")


def test_asking_again_after_cancelling_sends_a_request_with_a_higher_sequence(make_event, people):
    event = make_event()
    fay = people("Fay First")
    services.request_seat(fay, event)
    services.cancel_seat(fay, event)
    services.request_seat(fay, event)
    methods = [m.attachments[0]["params"]["method"] for m in mails_to(fay)]
    assert methods == ["REQUEST", "CANCEL", "REQUEST"]


def test_members_hear_of_events_weekly_by_default_and_per_event_only_if_they_ask(
    people, london, lead
):
    weekly, each = people("Wes Weekly"), people("Eve Each")
    services.join_chapter(weekly, london)
    services.join_chapter(each, london)
    services.set_event_mail(each, london, "each")
    assert (
        db.session.get(ChapterMember, services.membership_of(weekly, london).id).event_mail
        == "weekly"
    )
    services.create_event(lead, london, draft())
    services.create_event(lead, london, draft(title="Second roundtable of the month"))
    assert [m.kind for m in mails_to(each)] == ["event", "event"]
    assert mails_to(weekly) == []
    assert services.send_weekly_summaries() >= 1
    assert services.send_weekly_summaries() == 0  # once per week
    (summary,) = mails_to(weekly)
    assert "Budget season roundtable" in summary.text_body
    assert "Second roundtable" in summary.text_body


# After the event --------------------------------------------------------------------------------


def test_after_the_event_only_attendees_see_who_attended(make_event, people):
    from datetime import timedelta

    from community.db_types import utcnow

    event = make_event()
    fay, otto = people("Fay First"), people("Otto Other")
    services.request_seat(fay, event)
    with pytest.raises(NotPermitted):
        services.attendee_list(fay, event)  # not over yet
    event.starts_at = utcnow() - timedelta(hours=3)
    event.ends_at = utcnow() - timedelta(hours=1)
    event.rsvp_deadline = utcnow() - timedelta(days=1)
    db.session.commit()
    assert [row.user_id for row in services.attendee_list(fay, event)] == [fay.id]
    with pytest.raises(NotPermitted):
        services.attendee_list(otto, event)
