"""Removing someone is the board's decision: moderators send the member to membership review."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.audit import AuditEvent
from community.errors import Conflict, NotPermitted
from community.extensions import db
from community.membership.models import MembershipReview
from community.moderation import services
from community.moderation.models import ModerationAction


def test_a_moderator_proposes_a_revocation_and_the_member_goes_to_the_boards_queue(mod, author):
    services.propose_revocation(mod, author, "Third pitch after a suspension.")
    db.session.refresh(author)
    assert author.membership_status == "under_review"
    assert author.has_role("member")  # still a member until the board decides
    review = db.session.scalar(select(MembershipReview))
    assert (review.member_id, review.status, review.trigger) == (author.id, "open", "referred")
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "moderation.propose_revocation")
    )
    assert event.actor_id == mod.id and event.reason == "Third pitch after a suspension."
    entry = db.session.scalar(
        select(ModerationAction).where(ModerationAction.action == "propose_revocation")
    )
    assert entry.target_user_id == author.id and entry.after_data["review_id"] == review.id


def test_the_board_decides_on_the_proposal_in_its_review_queue_by_quorum(mod, author, person):
    from community.membership import services as membership_services

    services.propose_revocation(mod, author, "Third pitch after a suspension.")
    review = db.session.scalar(select(MembershipReview))
    first = person("member", "board", company="Elsewhere Ltd")
    second = person("member", "board", company="Another Place plc")
    membership_services.decide_membership_review(
        first, review.id, "revoke", "Repeated pitching after two suspensions."
    )
    db.session.refresh(author)
    assert author.membership_status == "under_review"  # one vote is not the board's decision
    membership_services.decide_membership_review(
        second, review.id, "revoke", "Agreed: two suspensions already."
    )
    db.session.refresh(author)
    assert author.membership_status == "revoked" and not author.has_role("member")


def test_a_member_already_under_review_is_not_proposed_twice(mod, second_mod, author):
    services.propose_revocation(mod, author, "Repeated pitching.")
    with pytest.raises(Conflict, match="already under review"):
        services.propose_revocation(second_mod, author, "Me too.")


def test_only_moderators_propose_revocations(member, board_member, author):
    for person in (member, board_member):
        with pytest.raises(NotPermitted):
            services.propose_revocation(person, author, "No.")


def test_moderators_cannot_propose_their_own_revocation(mod):
    with pytest.raises(NotPermitted):
        services.propose_revocation(mod, mod, "I quit.")


def test_a_moderator_proposes_a_revocation_in_the_browser(client, auth, mod, author):
    auth.login(mod)
    response = client.post(
        f"/moderation/members/{author.id}/propose-revocation",
        data={"revoke-reason": "Pitches after two suspensions."},
        follow_redirects=True,
    )
    assert b"membership review queue" in response.data
    db.session.refresh(author)
    assert author.membership_status == "under_review"


def test_a_proposal_can_be_withdrawn_while_the_board_has_not_decided(mod, second_mod, author):
    entry = services.propose_revocation(mod, author, "Repeated pitching.")
    services.reverse_action(second_mod, entry.id, "He apologised and stopped.")
    db.session.refresh(author)
    assert author.membership_status == "active"
    assert db.session.scalar(select(MembershipReview.status)) == "withdrawn"


def test_a_proposal_the_board_decided_is_not_withdrawn_here(mod, author, person):
    from community.membership import services as membership_services

    entry = services.propose_revocation(mod, author, "Repeated pitching.")
    review = db.session.scalar(select(MembershipReview))
    for company in ("Elsewhere Ltd", "Another Place plc"):
        board = person("member", "board", company=company)
        membership_services.decide_membership_review(board, review.id, "keep", "One more chance.")
    with pytest.raises(Conflict, match="already decided"):
        services.reverse_action(mod, entry.id, "Too late.")
