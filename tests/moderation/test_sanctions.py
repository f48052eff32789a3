"""Sanctions: warnings and suspensions with end dates, what each allows, and the clear page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from community.db_types import utcnow
from community.errors import DomainError, NotPermitted
from community.extensions import db
from community.forum import services as forum_services
from community.mail.models import OutboxMessage
from community.moderation import services
from community.moderation.models import ModerationAction
from tests.moderation.conftest import QUESTION_BODY, QUESTION_TITLE


def test_a_moderator_warns_a_member_and_the_member_is_told_why(mod, author):
    sanction = services.impose_sanction(mod, author, "warning", "Pitched in a reply.", 90)
    assert sanction.kind == "warning" and sanction.created_by_id == mod.id
    assert sanction.ends_at - sanction.starts_at == timedelta(days=90)
    mail = db.session.scalar(select(OutboxMessage).where(OutboxMessage.recipient_id == author.id))
    assert "Warning" in mail.subject and "Pitched in a reply." in mail.text_body
    entry = db.session.scalar(select(ModerationAction).where(ModerationAction.action == "warn"))
    assert entry.actor_id == mod.id and entry.target_user_id == author.id
    assert entry.reason == "Pitched in a reply."


def test_a_warning_limits_nothing(mod, author):
    services.impose_sanction(mod, author, "warning", "First strike.", 90)
    assert services.can_post(author)
    assert services.posting_block_reason(author) is None


def test_a_posting_suspension_stops_posting_until_its_end_date(mod, author):
    sanction = services.impose_sanction(mod, author, "posting_suspension", "Second pitch.", 7)
    assert not services.can_post(author)
    reason = services.posting_block_reason(author)
    assert "suspended from posting until" in reason and "Second pitch." in reason
    assert services.can_post(author, now=sanction.ends_at + timedelta(seconds=1))
    assert not services.can_post(author, now=sanction.ends_at - timedelta(seconds=1))


def test_an_expired_suspension_stops_applying_without_anyone_doing_anything(mod, author):
    sanction = services.impose_sanction(mod, author, "full_suspension", "Abusive.", 3)
    sanction.starts_at = utcnow() - timedelta(days=4)
    sanction.ends_at = utcnow() - timedelta(days=1)
    db.session.commit()
    assert services.sanctions_in_force(author) == []
    assert services.can_post(author)
    assert services.suspension_from(services.sanctions_in_force(author)) is None


def test_a_full_suspension_outranks_a_posting_suspension(mod, author):
    services.impose_sanction(mod, author, "posting_suspension", "Pitching.", 30)
    services.impose_sanction(mod, author, "full_suspension", "Abusive.", 2)
    assert services.suspension_from(services.sanctions_in_force(author)).kind == "full_suspension"


def test_only_moderators_sanction(member, author, board_member, admin):
    for person in (member, board_member, admin):
        with pytest.raises(NotPermitted):
            services.impose_sanction(person, author, "warning", "No.", 5)


def test_a_moderator_cannot_sanction_themselves(mod):
    with pytest.raises(NotPermitted, match="another moderator"):
        services.impose_sanction(mod, mod, "warning", "Self-discipline.", 5)


@pytest.mark.parametrize("days", [0, 366])
def test_a_sanction_lasts_between_one_day_and_a_year(mod, author, days):
    with pytest.raises(DomainError, match="between 1 and 365 days"):
        services.impose_sanction(mod, author, "posting_suspension", "Why", days)


def test_a_sanction_needs_a_reason(mod, author):
    with pytest.raises(DomainError, match="reason"):
        services.impose_sanction(mod, author, "warning", "   ", 5)


def test_lifting_a_sanction_early_reverses_it_in_the_log(mod, second_mod, author):
    sanction = services.impose_sanction(mod, author, "posting_suspension", "Pitching.", 7)
    services.lift_sanction(second_mod, sanction.id, "Member apologised.")
    db.session.refresh(sanction)
    assert sanction.lifted_at is not None and sanction.lifted_by_id == second_mod.id
    assert services.can_post(author)
    original = db.session.scalar(
        select(ModerationAction).where(ModerationAction.action == "suspend_posting")
    )
    assert original.reversed_at is not None
    reversal = db.session.scalar(
        select(ModerationAction).where(ModerationAction.reverses_id == original.id)
    )
    assert reversal.action == "reverse" and reversal.reason == "Member apologised."
    told = db.session.scalars(
        select(OutboxMessage.subject).where(OutboxMessage.recipient_id == author.id)
    ).all()
    assert "A moderation decision was reversed" in told


def test_a_sanction_is_lifted_only_once(mod, second_mod, author):
    sanction = services.impose_sanction(mod, author, "warning", "Pitching.", 7)
    services.lift_sanction(second_mod, sanction.id, "Mistake.")
    with pytest.raises(services.AlreadyReversed):
        services.lift_sanction(mod, sanction.id, "Again.")


def test_a_suspended_moderator_cannot_lift_their_own_suspension(mod, second_mod):
    sanction = services.impose_sanction(second_mod, mod, "posting_suspension", "Heated.", 7)
    with pytest.raises(NotPermitted):
        services.lift_sanction(mod, sanction.id, "I disagree.")


def test_the_forum_refuses_posts_from_a_member_suspended_from_posting(mod, author, category):
    services.impose_sanction(mod, author, "posting_suspension", "Pitching again.", 7)
    with pytest.raises(NotPermitted, match="suspended from posting"):
        forum_services.start_thread(author, category, QUESTION_TITLE, QUESTION_BODY)


# The pages ---------------------------------------------------------------------------------------


def test_a_fully_suspended_member_sees_why_and_until_when_instead_of_the_forum(
    client, auth, mod, author
):
    services.impose_sanction(mod, author, "full_suspension", "Abusive messages.", 3)
    auth.login(author)
    response = client.get("/forum/")
    assert response.status_code == 403
    assert b"You are suspended until" in response.data
    assert b"Abusive messages." in response.data


@pytest.mark.parametrize(
    "path",
    [
        "/moderation/standing",
        "/house-rules",
        "/privacy",
        "/moderation/house-rules/history",
        "/account/data",
    ],
)
def test_a_fully_suspended_member_can_still_open_the_few_open_pages(
    client, auth, mod, author, path
):
    services.impose_sanction(mod, author, "full_suspension", "Abusive messages.", 3)
    auth.login(author)
    assert client.get(path).status_code == 200


def test_a_fully_suspended_member_can_sign_out(client, auth, mod, author):
    services.impose_sanction(mod, author, "full_suspension", "Abusive messages.", 3)
    auth.login(author)
    response = client.post("/auth/logout", follow_redirects=True)
    assert b"You have signed out" in response.data


def test_a_member_suspended_from_posting_still_reads_the_forum(
    client, auth, mod, author, published_post
):
    services.impose_sanction(mod, author, "posting_suspension", "Pitching.", 7)
    auth.login(author)
    response = client.get(f"/forum/t/{published_post.thread_id}")
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/forum/c/finance/new",
        "/forum/t/{thread}/reply",
        "/moderation/posts/{post}/flag",
        "/membership/invite",
        "/members/{peer}/contact",
    ],
)
def test_every_posting_flagging_and_inviting_attempt_is_refused_with_the_clear_page(
    client, auth, mod, author, published_post, path
):
    services.impose_sanction(mod, author, "posting_suspension", "Pitching twice.", 7)
    auth.login(author)
    url = path.format(thread=published_post.thread_id, post=published_post.id, peer=mod.id)
    response = client.post(url, data={"title": "x", "body": "y", "reason": "off_topic"})
    assert response.status_code == 403
    assert b"suspended from posting until" in response.data
    assert b"Pitching twice." in response.data


def test_the_standing_page_says_good_standing_when_nothing_applies(client, auth, author):
    auth.login(author)
    response = client.get("/moderation/standing")
    assert b"You are in good standing" in response.data


def test_the_standing_page_lists_a_warning_and_past_sanctions(client, auth, mod, author):
    old = services.impose_sanction(mod, author, "posting_suspension", "Old trouble.", 2)
    old.starts_at, old.ends_at = utcnow() - timedelta(days=30), utcnow() - timedelta(days=28)
    db.session.commit()
    services.impose_sanction(mod, author, "warning", "Watch the tone.", 90)
    auth.login(author)
    response = client.get("/moderation/standing")
    assert b"you have a warning on your record" in response.data
    assert b"Watch the tone." in response.data and b"Old trouble." in response.data


def test_a_moderator_warns_a_member_from_their_page(client, auth, mod, author):
    auth.login(mod)
    response = client.post(
        f"/moderation/members/{author.id}",
        data={"kind": "warning", "days": "90", "reason": "Tone in the budget thread."},
        follow_redirects=True,
    )
    assert b"Warning for Arthur Author until" in response.data
    assert services.sanctions_in_force(author)[0].reason == "Tone in the budget thread."


def test_a_sanction_form_with_problems_is_shown_again_with_the_errors(client, auth, mod, author):
    auth.login(mod)
    response = client.post(
        f"/moderation/members/{author.id}",
        data={"kind": "posting_suspension", "days": "900", "reason": ""},
    )
    assert response.status_code == 400
    assert b"There are 2 problems" in response.data
    assert services.sanctions_in_force(author) == []


def test_a_moderator_lifts_a_sanction_from_the_member_page(client, auth, mod, second_mod, author):
    sanction = services.impose_sanction(second_mod, author, "posting_suspension", "Pitch.", 7)
    auth.login(mod)
    response = client.post(
        f"/moderation/sanctions/{sanction.id}/lift",
        data={"reason": "Appeal accepted."},
        follow_redirects=True,
    )
    assert b"The sanction is lifted" in response.data
    assert services.can_post(author)


def test_the_members_page_lists_who_has_a_sanction_in_force(client, auth, mod, author, person):
    services.impose_sanction(mod, author, "posting_suspension", "Pitch.", 7)
    person("member", name="Quiet Quentin")
    auth.login(mod)
    response = client.get("/moderation/members")
    assert b"Arthur Author" in response.data and b"Quiet Quentin" not in response.data
    found = client.get("/moderation/members?q=quentin")
    assert b"Quiet Quentin" in found.data
