"""Two people for rule changes: proposals of the title policy and the board's settings."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from community.audit import AuditEvent
from community.auth.models import User
from community.errors import Conflict, DomainError, NotPermitted
from community.extensions import db
from community.membership import services, titles
from community.membership.models import PolicyVersion, Proposal
from community.membership.policy import current_policy
from community.membership.services import proposals as proposals_module
from tests.conftest import ON_POSTGRES

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


def test_a_stale_copy_of_a_proposal_cannot_be_decided_twice(board):
    """The guarded UPDATE alone (no row lock): the second decision finds it decided."""
    proposal = services.propose(board[0], "membership_settings", {"quorum": 3}, "Bigger quorum")
    services.approve_proposal(board[1], proposal.id)
    with pytest.raises(Conflict):
        proposals_module._decide(proposal, board[2], "declined", "Too late")
    assert db.session.get(Proposal, proposal.id).status == "approved"
    assert services.current_settings().quorum == 3


def test_a_policy_proposal_made_against_an_older_version_cannot_be_approved(board):
    stale = services.propose(board[0], "title_policy", VP_POLICY, "Raise the bar to VP")
    cxo = titles.Policy(minimum_level="cxo").to_dict()
    newer = services.propose(board[1], "title_policy", cxo, "Only the C-suite")
    services.approve_proposal(board[2], newer.id)
    with pytest.raises(Conflict, match="out of date"):
        services.approve_proposal(board[1], stale.id)
    assert db.session.get(Proposal, stale.id).status == "proposed"
    assert current_policy().minimum_level == "cxo"


@pytest.mark.skipif(not ON_POSTGRES, reason="two sessions approving at once need PostgreSQL")
def test_two_board_members_approving_at_the_same_moment_produce_exactly_one_result(app, board):
    proposal = services.propose(board[0], "title_policy", VP_POLICY, "Raise the bar to VP")
    proposal_id, approver_ids = proposal.id, [board[1].id, board[2].id]
    db.session.remove()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def approve(approver_id: int):
        with app.app_context():
            approver = db.session.get(User, approver_id)
            barrier.wait()
            try:
                services.approve_proposal(approver, proposal_id, "At once")
                outcomes.append("approved")
            except Conflict:
                outcomes.append("conflict")
            finally:
                db.session.remove()

    threads = [threading.Thread(target=approve, args=(voter,)) for voter in approver_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes) == ["approved", "conflict"]
    assert db.session.scalar(select(func.count()).select_from(PolicyVersion)) == 1
    approvals = db.session.scalar(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "proposal.approved")
    )
    assert approvals == 1
