"""Who may open each accounts page: visitor, applicant, member, moderator, board, admin."""

from __future__ import annotations

import pytest

from community.accounts import services
from community.extensions import db
from tests.accounts.conftest import FRIENDLY_NOTE, PITCH_NOTE

ROLES = ("visitor", "applicant", "member", "moderator", "board", "admin")
MEMBERS = {"member", "moderator", "board"}
EVERYONE_SIGNED_IN = set(ROLES) - {"visitor"}

# path template -> roles that get 200 (others: visitors are sent to sign in, the rest get 403)
PAGES = {
    "/members": MEMBERS,
    "/members/{other}": MEMBERS,
    "/members/{other}/contact": MEMBERS,
    "/profile": MEMBERS,
    "/contacts": MEMBERS,
    "/contacts/requests": MEMBERS,
    "/contacts/sent": MEMBERS,
    "/contacts/blocked": MEMBERS,
    "/moderation/contact-requests": {"moderator"},
    "/account/data": EVERYONE_SIGNED_IN,
    "/account/data/export.json": EVERYONE_SIGNED_IN,
    "/account/delete": EVERYONE_SIGNED_IN,
}


@pytest.fixture
def people(applicant, member, moderator, board_member, admin, make_member):
    return {
        "visitor": None,
        "applicant": applicant,
        "member": member,
        "moderator": moderator,
        "board": board_member,
        "admin": admin,
        "other": make_member("Olga Other"),
    }


@pytest.mark.parametrize("path", PAGES)
def test_each_page_answers_each_role_as_it_should(people, client, auth, path):
    url = path.format(other=people["other"].id)
    for role in ROLES:
        auth.logout()
        if people[role] is not None:
            auth.login(people[role])
        response = client.get(url)
        if role in PAGES[path]:
            expected = 200
        elif role == "visitor":
            expected = 302
        else:
            expected = 403
        assert response.status_code == expected, f"{role} on {url}"
        if expected == 302:
            assert "/auth/login" in response.headers["Location"]


def test_a_conversation_is_open_only_to_its_two_members(connected, people, client, auth):
    sender, recipient, connection = connected
    for user, expected in (
        (sender, 200),
        (recipient, 200),
        (people["member"], 404),
        (people["moderator"], 404),
        (people["applicant"], 403),
    ):
        auth.logout()
        auth.login(user)
        assert client.get(f"/contacts/{connection.id}").status_code == expected


def test_only_the_recipient_can_accept_or_decline_a_request(make_member, people, client, auth):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)

    for user in (sender, people["member"]):
        auth.logout()
        auth.login(user)
        assert client.post(f"/contacts/requests/{request.id}/accept").status_code == 404
        assert client.post(f"/contacts/requests/{request.id}/decline").status_code == 404
    auth.logout()
    auth.login(people["applicant"])
    assert client.post(f"/contacts/requests/{request.id}/accept").status_code == 403
    assert request.status == "pending"

    auth.logout()
    auth.login(recipient)
    response = client.post(f"/contacts/requests/{request.id}/accept")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/contacts/{request.id}")


def test_only_moderators_release_or_reject_held_requests(make_member, people, client, auth):
    sender, recipient = make_member("Sam Sender"), make_member("Rita Recipient")
    held = services.send_contact_request(sender, recipient, PITCH_NOTE)
    for role in ("member", "board", "admin", "applicant"):
        auth.logout()
        auth.login(people[role])
        assert client.post(f"/moderation/contact-requests/{held.id}/release").status_code == 403
        assert (
            client.post(
                f"/moderation/contact-requests/{held.id}/reject", data={"reason": "pitch"}
            ).status_code
            == 403
        )
    auth.logout()
    auth.login(people["moderator"])
    page = client.get("/moderation/contact-requests").get_data(as_text=True)
    assert "calendly.com" in page and "Sam Sender" in page
    assert client.post(f"/moderation/contact-requests/{held.id}/release").status_code == 302
    db.session.expire_all()
    assert services.find_request(held.id).status == "pending"


def test_blocking_is_for_members_and_not_for_yourself(people, client, auth):
    other = people["other"]
    auth.login(people["applicant"])
    assert client.post(f"/members/{other.id}/block").status_code == 403
    auth.logout()
    auth.login(people["member"])
    assert client.post(f"/members/{other.id}/block").status_code == 302
    response = client.post(f"/members/{people['member'].id}/block")
    assert response.status_code == 400
