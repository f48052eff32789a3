"""Membership only through the board: role grants can't make members, and board seats are a
board decision (after the operator seeds the first board)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.audit import AuditEvent
from community.auth import services as auth_services
from community.errors import DomainError, NotPermitted
from community.extensions import db
from community.membership import services
from community.membership.models import Proposal
from tests.membership.helpers import apply, make_person, newcomer


def test_no_one_grants_the_member_role_not_even_the_operator(requests_open, admin):
    nadia = newcomer()
    apply(nadia)
    for actor in (admin, None):
        with pytest.raises(NotPermitted, match="only by the board"):
            auth_services.grant_role(actor, nadia, "member", "She looks great")
    db.session.refresh(nadia)
    assert not nadia.has_role("member") and nadia.membership_status is None


def test_admins_grant_moderator_and_admin_only_to_active_members(admin, member):
    outsider = newcomer("Olga Outsider")
    for role in ("moderator", "admin"):
        with pytest.raises(NotPermitted, match="not an active member"):
            auth_services.grant_role(admin, outsider, role, "Helpful person")
    assert auth_services.grant_role(admin, member, "moderator", "Trusted member")
    member.membership_status = "under_review"
    db.session.commit()
    with pytest.raises(NotPermitted, match="not an active member"):
        auth_services.grant_role(admin, member, "admin", "Trusted member")


def test_admins_cannot_give_or_take_board_seats_but_the_operator_seeds_the_first_board(
    admin, member
):
    with pytest.raises(NotPermitted, match="board decision"):
        auth_services.grant_role(admin, member, "board", "Seat her")
    assert not member.has_role("board")
    assert auth_services.grant_role(None, member, "board", "The first board, seeded")
    with pytest.raises(NotPermitted, match="board decision"):
        auth_services.revoke_role(admin, member, "board", "Unseat her")
    assert member.has_role("board")


def test_a_board_seat_is_proposed_by_one_board_member_and_approved_by_another(board):
    candidate = make_person(
        "member", name="Carla Candidate", email="carla@quay.example", email_verified=True
    )
    proposal = services.propose_board_seat(
        board[0], "carla@quay.example", "grant", "Ten years on the finance circle"
    )
    assert proposal.summary == "Give Carla Candidate a board seat."
    assert not candidate.has_role("board")
    with pytest.raises(NotPermitted, match="Another board member"):
        services.approve_proposal(board[0], proposal.id)
    services.approve_proposal(board[1], proposal.id, "Welcome")
    assert candidate.has_role("board")
    grant = db.session.scalar(
        select(AuditEvent)
        .where(AuditEvent.action == "role.granted", AuditEvent.subject_id == candidate.id)
        .order_by(AuditEvent.id.desc())
        .limit(1)
    )
    assert grant.after_data == {"role": "board"}
    assert grant.actor_id == board[1].id and f"proposal {proposal.id}" in grant.reason
    with pytest.raises(DomainError, match="already has a board seat"):
        services.propose_board_seat(board[2], "carla@quay.example", "grant", "Again please")


def test_seats_go_only_to_active_members_and_no_removal_leaves_quorum_out_of_reach(board):
    make_person(name="Olga Outsider", email="olga@quay.example", email_verified=True)
    with pytest.raises(DomainError, match="not an active member"):
        services.propose_board_seat(board[0], "olga@quay.example", "grant", "Bright person")
    removal = services.propose_board_seat(board[0], board[2].email, "remove", "Stepping down")
    assert removal.summary == f"Remove {board[2].display_name} from the board."
    services.approve_proposal(board[1], removal.id)
    assert not board[2].has_role("board")
    with pytest.raises(DomainError, match="propose a lower quorum first"):
        services.propose_board_seat(board[0], board[1].email, "remove", "Two is too many")
    assert db.session.scalar(select(Proposal).where(Proposal.status == "proposed")) is None


def test_only_board_members_propose_board_seats(member):
    with pytest.raises(NotPermitted):
        services.propose_board_seat(member, member.email, "grant", "Me, please")


def test_the_board_proposes_a_seat_on_the_proposals_page(client, auth, board):
    candidate = make_person(
        "member", name="Carla Candidate", email="carla@quay.example", email_verified=True
    )
    auth.login(board[0])
    page = client.get("/membership/board/proposals").get_data(as_text=True)
    assert "Propose a board seat" in page
    form = {"email": "carla@quay.example", "seat": "grant", "reason": "Ten years here"}
    response = client.post("/membership/board/proposals/board-seat", data=form)
    assert response.status_code == 302
    response = client.post(
        "/membership/board/proposals/board-seat", data={**form, "email": "nobody@quay.example"}
    )
    assert response.status_code == 404
    proposal = db.session.scalar(select(Proposal))
    auth.login(board[1])
    client.post(f"/membership/board/proposals/{proposal.id}", data={"action": "approve"})
    db.session.refresh(candidate)
    assert candidate.has_role("board")


def test_the_admin_page_refuses_to_make_anyone_a_member(client, auth, admin):
    nadia = newcomer()
    auth.login(admin)
    response = client.post(
        f"/admin/people/{nadia.id}",
        data={"role": "member", "reason": "Skip the queue", "action": "grant"},
    )
    assert response.status_code == 403
    db.session.refresh(nadia)
    assert not nadia.has_role("member")
