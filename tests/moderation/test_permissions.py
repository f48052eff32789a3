"""Who may open each moderation page, as each role: visitor, applicant, member, moderator,
board, admin."""

from __future__ import annotations

import pytest

from tests.conftest import make_person

MODERATOR_PAGES = (
    "/moderation/",
    "/moderation/log",
    "/moderation/members",
    "/moderation/members/{member}",
    "/moderation/posts/{post}/edit",
)
BOARD_PAGES = ("/moderation/house-rules", "/moderation/pitch-policy")
MEMBER_PAGES = ("/moderation/posts/{post}/flag",)
SIGNED_IN_PAGES = ("/moderation/standing",)
PUBLIC_PAGES = ("/moderation/house-rules/history",)

ROLES = {
    "visitor": None,
    "applicant": ("applicant",),
    "member": ("member",),
    "moderator": ("member", "moderator"),
    "board": ("member", "board"),
    "admin": ("admin",),
}


def expected_status(role: str, path: str) -> int:
    if path in PUBLIC_PAGES:
        return 200
    if role == "visitor":
        return 302
    if path in MODERATOR_PAGES:
        return 200 if role == "moderator" else 403
    if path in BOARD_PAGES:
        return 200 if role == "board" else 403
    if path in MEMBER_PAGES:
        return 200 if role in ("member", "moderator", "board") else 403
    return 200


@pytest.mark.parametrize("role", ROLES)
def test_each_role_sees_only_its_moderation_pages(
    client, auth, held_post, published_post, author, role
):
    roles = ROLES[role]
    if roles is not None:
        auth.login(make_person(*roles, name=f"The {role}"))
    for path in MODERATOR_PAGES + BOARD_PAGES + MEMBER_PAGES + SIGNED_IN_PAGES + PUBLIC_PAGES:
        # Only a published post can be flagged; the held one serves the moderators' edit page.
        post = published_post if "flag" in path else held_post
        response = client.get(path.format(member=author.id, post=post.id))
        assert response.status_code == expected_status(role, path), (role, path)
        if response.status_code == 302:
            assert "/auth/login" in response.headers["Location"]


@pytest.mark.parametrize(
    "path",
    [
        "/moderation/posts/{post}/approve",
        "/moderation/posts/{post}/hide",
        "/moderation/threads/{thread}/lock",
        "/moderation/threads/{thread}/pin",
        "/moderation/threads/{thread}/move",
        "/moderation/log/1/reverse",
        "/moderation/members/{member}",
        "/moderation/members/{member}/propose-revocation",
    ],
)
def test_members_cannot_take_moderation_actions(client, auth, member, held_post, author, path):
    auth.login(member)
    url = path.format(post=held_post.id, thread=held_post.thread_id, member=author.id)
    response = client.post(url, data={"reason": "x", "category": "off_topic", "message": "x"})
    assert response.status_code == 403
    assert held_post.status == "held"


def test_moderators_cannot_publish_house_rules(client, auth, moderator):
    auth.login(moderator)
    response = client.post("/moderation/house-rules", data={"body": "x" * 40, "summary": "x"})
    assert response.status_code == 403


def test_the_nav_shows_moderation_to_moderators_and_policy_pages_to_the_board(
    client, auth, moderator, board_member
):
    auth.login(moderator)
    page = client.get("/moderation/standing").data
    assert b">Queue</a>" in page and b">Pitch policy</a>" not in page
    auth.login(board_member)
    page = client.get("/moderation/standing").data
    assert b">Pitch policy</a>" in page and b">House rules</a>" in page
    assert b">Queue</a>" not in page
