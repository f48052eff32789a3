"""Elevated roles work only while their holder is a member in good standing: revocation and a
full suspension end a board member's or a moderator's powers on the next request, in a session
that was already open (security issue: revoked people kept their powers)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from community.db_types import utcnow
from community.extensions import db
from community.standing import capabilities
from community.standing.models import Sanction


def revoke(person) -> None:
    """What the board's decision to revoke leaves: the status (its roles stay on record)."""
    person.membership_status = "revoked"
    db.session.commit()


def suspend_fully(person) -> None:
    db.session.add(
        Sanction(
            user_id=person.id,
            kind="full_suspension",
            reason="Harassment in the board thread.",
            ends_at=utcnow() + timedelta(days=30),
        )
    )
    db.session.commit()


def test_a_revoked_board_member_in_an_open_session_loses_the_board_at_once(
    client, auth, board_member
):
    auth.login(board_member)
    assert client.get("/membership/board/applications").status_code == 200
    revoke(board_member)
    assert client.get("/membership/board/applications").status_code == 403
    response = client.post("/membership/board/settings", data={"quorum": "1"})
    assert response.status_code == 403
    assert not capabilities.may(board_member, capabilities.SIT_ON_BOARD)


def test_a_revoked_moderator_cannot_suspend_anyone(client, auth, moderator, member):
    auth.login(moderator)
    assert client.get(f"/moderation/members/{member.id}").status_code == 200
    revoke(moderator)
    response = client.post(
        f"/moderation/members/{member.id}",
        data={"kind": "full_suspension", "reason": "No reason at all.", "days": "30"},
    )
    assert response.status_code == 403
    assert db.session.scalar(select(func.count()).select_from(Sanction)) == 0


def test_a_fully_suspended_board_member_sees_their_standing_instead_of_the_board(
    client, auth, board_member
):
    auth.login(board_member)
    suspend_fully(board_member)
    response = client.get("/membership/board/applications")
    assert response.status_code == 403
    assert "Harassment in the board thread." in response.get_data(as_text=True)
