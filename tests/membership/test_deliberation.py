"""Conflicts, notes and recusal judged from the facts at the vote."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.audit import AuditEvent
from community.errors import Conflict, NotPermitted
from community.extensions import db
from community.membership import services
from community.membership.models import ApplicationVote, CaseNote
from tests.membership.helpers import (
    apply,
    decide,
    invite,
    invited_applicant,
    make_board,
    newcomer,
)


def actions(subject_type: str, subject_id: int) -> list[str]:
    return list(
        db.session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.subject_type == subject_type, AuditEvent.subject_id == subject_id)
            .order_by(AuditEvent.id)
        )
    )


def test_a_board_member_declares_a_conflict_and_is_recused_with_the_reason_recorded(
    requests_open, board
):
    application = apply(newcomer())
    services.declare_conflict(board[0], "application", application.id, "She is my sister-in-law.")
    with pytest.raises(services.Recused, match="sister-in-law"):
        services.cast_vote(board[0], application.id, "approve", "Meets the policy.")
    voters = services.eligible_voters(services.APPLICATION_BALLOT, application)
    assert board[0] not in voters and board[1] in voters
    assert "application.conflict_declared" in actions("applications", application.id)
    with pytest.raises(Conflict, match="already declared"):
        services.declare_conflict(board[0], "application", application.id, "Said it already.")


def test_a_conflict_declared_after_voting_takes_the_vote_out_of_the_tally(requests_open, board):
    application = apply(newcomer())
    services.cast_vote(board[0], application.id, "approve", "Meets the policy.")
    services.declare_conflict(board[0], "application", application.id, "We just met at a dinner.")
    services.cast_vote(board[1], application.id, "approve", "Meets the policy.")
    assert application.status == "under_review"  # one counting vote, not two
    services.cast_vote(board[2], application.id, "approve", "Meets the policy.")
    assert application.status == "approved"


def test_conflicts_can_be_declared_on_appeals_and_reviews_but_only_by_the_board(
    requests_open, board, member
):
    review = services.change_title(member, "Partner Marketing Manager", "Acme")
    services.declare_conflict(board[1], "review", review.id, "I manage her husband.")
    with pytest.raises(services.Recused, match="manage her husband"):
        services.decide_membership_review(board[1], review.id, "keep", "She is fine.")
    ron = newcomer("Ron Rejected")
    decide(apply(ron, title="Account Executive"), board[:2])
    appeal = services.file_appeal(ron, statement="I was promoted to VP Sales, see LinkedIn. " * 2)
    services.declare_conflict(board[2], "appeal", appeal.id, "Former colleague of his.")
    with pytest.raises(services.Recused, match="Former colleague"):
        services.cast_appeal_vote(board[2], appeal.id, "uphold", "Meets the policy.")
    with pytest.raises(NotPermitted):
        services.declare_conflict(member, "review", review.id, "I am not on the board.")


def test_board_notes_are_kept_on_the_case_and_its_history_records_them(requests_open, board):
    application = apply(newcomer())
    services.add_case_note(board[0], "application", application.id, "Called her referee: solid.")
    [note] = services.case_notes("application", application.id)
    assert note.body == "Called her referee: solid." and note.author_id == board[0].id
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "application.note_added")
    )
    assert event.after_data == {"note": note.id} and event.actor_id == board[0].id


def test_board_notes_and_conflicts_on_the_case_page_are_for_the_board_only(
    client, auth, requests_open, board, member
):
    application = apply(newcomer())
    auth.login(board[0])
    path = f"/membership/board/cases/application/{application.id}"
    response = client.post(f"{path}/notes", data={"body": "Her referee confirmed the role."})
    assert response.status_code == 302
    response = client.post(f"{path}/conflict", data={"reason": "We are old friends."})
    assert response.status_code == 302
    page = client.get(f"/membership/board/applications/{application.id}").get_data(as_text=True)
    assert "Her referee confirmed the role." in page and "We are old friends." in page
    assert "application.note_added" in page and "application.conflict_declared" in page
    assert "You declared a conflict" in page
    auth.login(member)
    assert client.post(f"{path}/notes", data={"body": "Sneaky note"}).status_code == 403
    assert db.session.scalar(select(CaseNote.body).where(CaseNote.body == "Sneaky note")) is None
    auth.login(board[1])
    assert (
        client.post("/membership/board/cases/nonsense/1/notes", data={"body": "x" * 10}).status_code
        == 404
    )


# Recusal from the facts at the vote -------------------------------------------------------------


def test_the_vote_row_keeps_the_voters_company_and_work_domain(requests_open, board):
    application = apply(newcomer())
    services.cast_vote(board[0], application.id, "approve", "Meets the policy.")
    vote = db.session.scalar(select(ApplicationVote))
    assert (vote.voter_company, vote.voter_domain) == ("Aurelia Foods", "aurelia.example")


def test_a_voter_who_joins_the_applicants_company_stays_recused_after_moving_back(
    requests_open, board
):
    application = apply(newcomer(), company="Lumen Health")
    services.cast_vote(board[0], application.id, "approve", "Meets the policy.")
    services.change_title(board[0], "Chief Marketing Officer", "Lumen Health")
    vote = db.session.scalar(select(ApplicationVote))
    assert vote.recused_reason.startswith("Recused after voting: You work at the same company")
    services.change_title(board[0], "Chief Marketing Officer", "Aurelia Foods")
    with pytest.raises(services.Recused, match="Recused after voting"):
        services.cast_vote(board[0], application.id, "approve", "Back at Aurelia now.")
    services.cast_vote(board[1], application.id, "approve", "Meets the policy.")
    assert application.status == "under_review"  # the recused vote does not count
    assert "application.vote_recused" in actions("applications", application.id)


def test_the_inviter_is_recused_from_the_appeal_too(board):
    ivy = invited_applicant(board[2])
    application = decide(apply(ivy, title="Account Executive"), board[:2])
    appeal = services.file_appeal(ivy, statement="I was promoted to VP Sales, see LinkedIn. " * 2)
    assert application.status == "rejected"
    with pytest.raises(services.Recused, match="You invited"):
        services.cast_appeal_vote(board[2], appeal.id, "uphold", "I vouch for her.")


def test_the_applicants_sign_in_domain_is_compared_with_the_board(requests_open, board):
    application = apply(newcomer(email="nadia@fjord.example"), company="Nordic Heat")
    with pytest.raises(services.Recused, match=r"fjord\.example"):
        services.cast_vote(board[2], application.id, "approve", "Meets the policy.")


def test_an_invitation_is_claimed_only_with_a_verified_email(member):
    person = newcomer("Una Unverified", "una@lumen.example")
    person.email_verified = False
    db.session.commit()
    token = invite(member, "una@lumen.example")
    with pytest.raises(services.InvitationEmailMismatch):
        services.claim_invitation(person, token)
    person.email_verified = True
    db.session.commit()
    assert services.claim_invitation(person, token).status == "accepted"


# Blocked cases and one-click rejections -----------------------------------------------------------


def test_the_queue_says_when_recusals_leave_too_few_voters_and_what_would_unblock_it(
    client, auth, requests_open, board
):
    application = apply(newcomer(), company="Aurelia Foods")  # board[0]'s company
    services.declare_conflict(board[1], "application", application.id, "My former report.")
    blockage = services.voting.blockage(services.APPLICATION_BALLOT, application)
    assert (blockage.could_vote, blockage.quorum) == (1, 2)
    assert [name for name, _ in blockage.recused] == ["Beatrice Board", "Kwame Board"]
    assert "1 more board member not connected to this case" in blockage.unblock
    assert "a quorum of 1" in blockage.unblock
    auth.login(board[2])
    page = client.get("/membership/board/applications").get_data(as_text=True)
    assert "decided yet:" in page and "1 board member may vote, and the quorum is 2" in page
    assert "My former report." in page and "a board seat proposal" in page
    other = apply(newcomer("Olu Other", email="olu@mail.example"), company="Elsewhere")
    assert services.voting.blockage(services.APPLICATION_BALLOT, other) is None


def test_a_one_click_rejection_is_audited_as_such_and_an_overturning_appeal_is_reported(
    client, auth, requests_open, board
):
    fourth = make_board("Otto Fourth", "Quay Shipping", "quay.example")
    ron = newcomer("Ron Rejected")
    application = apply(ron, title="Marketing Intern")
    assert application.assessment_eligibility == "ineligible"
    services.reject_ineligible(board[0], application.id)
    assert application.status == "rejected" and application.rejected_by_rule
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "application.rejected_by_rule")
    )
    assert event.actor_id == board[0].id and event.after_data["rule"] == (
        application.assessment_rule
    )
    appeal = services.file_appeal(
        ron, statement="I am the founder; 'intern' was a joke title on LinkedIn. " * 2
    )
    services.cast_appeal_vote(board[1], appeal.id, "uphold", "Founder of a 40-person firm.")
    services.cast_appeal_vote(fourth, appeal.id, "uphold", "Agreed, founder.")
    assert "application.rule_rejection_overturned" in actions("applications", application.id)
    auth.login(board[2])
    page = client.get("/membership/board/exceptions").get_data(as_text=True)
    assert "One-click rejections overturned on appeal" in page
    section = page[page.index("overturned-title") :]
    assert ron.display_name in section and "Agreed, founder." in section
