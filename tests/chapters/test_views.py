"""Chapter and event pages over HTTP, as each role sees them."""

from __future__ import annotations

import pytest

from community.chapters import services
from community.extensions import db
from community.mail.services import deliver_pending

from .conftest import draft

VENUE = "The Library Room, 1 Example Street, London"


@pytest.fixture
def event(make_event):
    return make_event()


def test_a_visitor_is_sent_to_sign_in(client, london):
    response = client.get("/chapters")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize("role", ["applicant", "admin"])
def test_people_who_are_not_members_get_the_members_only_page(client, auth, request, role, london):
    auth.login(request.getfixturevalue(role))
    assert client.get("/chapters").status_code == 403
    assert client.get("/chapters/london").status_code == 403


def test_a_suspended_member_gets_the_page_that_explains_the_suspension(
    client, auth, people, london
):
    from community.moderation import services as moderation

    suspended = people("Sue Spended")
    moderation.impose_sanction(
        people("Moe Mod", "moderator"), suspended, "full_suspension", "Pitching repeatedly.", 7
    )
    auth.login(suspended)
    response = client.get("/chapters/london")
    assert response.status_code == 403 and b"suspend" in response.data.lower()


def test_members_see_chapters_in_the_navigation_and_join_one(client, auth, people, london):
    mia = people("Mia Member")
    auth.login(mia)
    page = client.get("/chapters")
    assert b'href="/chapters"' in page.data and b"London" in page.data
    response = client.post("/chapters/london/join", follow_redirects=True)
    assert b"Welcome to the London chapter" in response.data
    assert services.is_chapter_member(mia, london)


def test_the_venue_is_shown_to_confirmed_attendees_only(client, auth, people, event):
    auth.login(people("Mia Member"))
    before = client.get(f"/events/{event.id}")
    assert before.status_code == 200
    assert VENUE.encode() not in before.data
    assert b"Chatham House Rule" in before.data
    after = client.post(f"/events/{event.id}/rsvp", follow_redirects=True)
    assert b"You&#39;re going" in after.data or b"You're going" in after.data
    assert VENUE.encode() in after.data


def test_an_online_link_is_revealed_to_confirmed_attendees_only(client, auth, people, make_event):
    online = make_event(format="online", venue="", online_url="https://meet.example/abc")
    auth.login(people("Mia Member"))
    assert b"meet.example/abc" not in client.get(f"/events/{online.id}").data
    client.post(f"/events/{online.id}/rsvp")
    assert b"meet.example/abc" in client.get(f"/events/{online.id}").data


def test_a_sponsored_event_is_labelled_once_the_board_approved_it(
    client, auth, people, make_event, board_pair
):
    sponsored = make_event(actor=board_pair[0], sponsored=True, sponsor_name="Vendor Ltd")
    services.approve_event(board_pair[1], sponsored)
    auth.login(people("Mia Member"))
    assert b"Sponsored by Vendor Ltd" in client.get(f"/events/{sponsored.id}").data


def test_an_event_awaiting_approval_is_hidden_from_other_members(
    client, auth, people, london, lead
):
    proposer, other = people("Pia Proposer"), people("Otto Other")
    proposed = services.create_event(proposer, london, draft())
    auth.login(other)
    assert client.get(f"/events/{proposed.id}").status_code == 404
    auth.login(lead)
    page = client.get(f"/events/{proposed.id}")
    assert b"a chapter lead" in page.data
    client.post(f"/events/{proposed.id}/approve")
    db.session.refresh(proposed)
    assert proposed.status == "scheduled"


def test_a_closed_chapter_shows_its_threads_to_its_members_only(client, auth, people, london, lead):
    from community.forum import services as forum
    from community.forum.models import Category

    services.set_visibility(lead, london, "chapter")
    space = db.session.get(Category, london.category_id)
    forum.start_thread(lead, space, "Members-only dinner plans", "Who is in for May?")
    auth.login(people("Otto Outside"))
    page = client.get("/chapters/london")
    assert b"Members-only dinner plans" not in page.data
    assert b"Join the chapter to read them" in page.data
    auth.login(lead)
    assert b"Members-only dinner plans" in client.get("/chapters/london").data


def test_a_board_member_opens_a_chapter_through_the_form(client, auth, board_pair):
    auth.login(board_pair[0])
    response = client.post(
        "/chapters/new",
        data={"name": "DACH", "kind": "regional", "visibility": "members"},
        follow_redirects=True,
    )
    assert b"The DACH chapter is open" in response.data


def test_a_member_cannot_open_a_chapter(client, auth, people):
    auth.login(people("Mia Member"))
    assert (
        client.post("/chapters/new", data={"name": "Paris", "kind": "regional"}).status_code == 403
    )


def test_a_lead_pins_a_thread_from_the_chapter_page(client, auth, london, lead, people):
    from community.forum import services as forum
    from community.forum.models import Category

    space = db.session.get(Category, london.category_id)
    thread, _ = forum.start_thread(people("Ada Author"), space, "Dinner next month", "Who comes?")
    auth.login(lead)
    client.post(f"/chapters/london/threads/{thread.id}/pin", data={"value": "on"})
    db.session.refresh(thread)
    assert thread.pinned


def test_a_member_who_is_not_a_lead_cannot_pin(client, auth, london, people):
    from community.forum import services as forum
    from community.forum.models import Category

    space = db.session.get(Category, london.category_id)
    thread, _ = forum.start_thread(people("Ada Author"), space, "Dinner next month", "Who comes?")
    auth.login(people("Mia Member"))
    assert (
        client.post(f"/chapters/london/threads/{thread.id}/pin", data={"value": "on"}).status_code
        == 403
    )


def test_the_confirmation_arrives_with_a_calendar_invitation_attached(
    client, auth, people, event, smtp_server
):
    import icalendar

    mia = people("Mia Member")
    auth.login(mia)
    client.post(f"/events/{event.id}/rsvp")
    assert deliver_pending().sent == 1
    (message,) = smtp_server.by_recipient(mia.email)
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_param("method") == "REQUEST"
    parsed = icalendar.Calendar.from_ical(attachment.get_content())
    assert str(parsed.walk("VEVENT")[0]["summary"]) == "Budget season roundtable"
