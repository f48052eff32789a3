"""Two people for rule changes: proposals of the title policy and the board's settings."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.audit import AuditEvent
from community.errors import Conflict, DomainError, NotPermitted
from community.extensions import db
from community.membership import services, titles
from community.membership.policy import current_policy

VP_POLICY = titles.Policy(minimum_level="vp").to_dict()


def test_a_policy_change_takes_effect_only_when_another_board_member_approves_it(board):
    proposal = services.propose(board[0], "title_policy", VP_POLICY, "Raise the bar to VP")
    assert proposal.status == "proposed" and "would be judged differently" in proposal.summary
    assert current_policy() == titles.DEFAULT_POLICY
    with pytest.raises(NotPermitted, match="Another board member"):
        services.approve_proposal(board[0], proposal.id)
    version, _ = services.approve_proposal(board[1], proposal.id, "Agreed")
    assert current_policy().minimum_level == "vp" and version.version == 1
    assert proposal.status == "approved" and proposal.decided_by_id == board[1].id
    actions = db.session.scalars(
        select(AuditEvent.action).where(AuditEvent.subject_type == "proposals")
    ).all()
    assert actions == ["proposal.proposed", "proposal.approved"]


def test_restoring_an_old_policy_is_a_proposal_too(board):
    first = services.propose(board[0], "title_policy", VP_POLICY, "Raise the bar to VP")
    services.approve_proposal(board[1], first.id)
    back = services.propose(
        board[1], "title_policy", titles.DEFAULT_POLICY.to_dict(), "Back to version 0"
    )
    assert current_policy().minimum_level == "vp"
    services.approve_proposal(board[2], back.id)
    assert current_policy() == titles.DEFAULT_POLICY


def test_a_proposal_is_decided_once(board):
    proposal = services.propose(board[0], "membership_settings", {"quorum": 3}, "Bigger quorum")
    services.decline_proposal(board[1], proposal.id, "Three is too many for now.")
    with pytest.raises(Conflict):
        services.approve_proposal(board[2], proposal.id)
    assert services.current_settings().quorum == 2


def test_settings_change_by_proposal_and_an_unreachable_quorum_cannot_be_proposed(board):
    with pytest.raises(DomainError, match="can't be reached"):
        services.propose(board[0], "membership_settings", {"quorum": 5}, "Much bigger quorum")
    proposal = services.propose(board[0], "membership_settings", {"cooldown_days": 90}, "Shorter")
    assert proposal.summary == "cooldown_days: 180 → 90"
    services.approve_proposal(board[1], proposal.id)
    assert services.current_settings().cooldown_days == 90


def test_only_the_proposer_withdraws_and_members_cannot_propose(board, member):
    proposal = services.propose(board[0], "membership_settings", {"quorum": 3}, "Bigger quorum")
    with pytest.raises(NotPermitted):
        services.withdraw_proposal(board[1], proposal.id)
    services.withdraw_proposal(board[0], proposal.id)
    assert proposal.status == "withdrawn"
    with pytest.raises(NotPermitted):
        services.propose(member, "membership_settings", {"quorum": 1}, "I want in")
