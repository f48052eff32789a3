"""Membership services against the database: invitations, applications, board review, appeals,
policy versions, membership reviews, and the audit record and mail each transition leaves."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from community.audit import AuditEvent
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.mail.models import OutboxMessage
from community.mail.services import deliver_pending
from community.membership import services, titles
from community.membership.models import (
    Application,
    Invitation,
    MembershipReview,
    PolicyVersion,
)
from community.membership.policy import current_policy
from community.moderation import services as moderation
from tests.conftest import ON_POSTGRES
from tests.membership.helpers import (
    apply,
    change_settings,
    decide,
    enact,
    invite,
    invited_applicant,
    last_link,
    make_board,
    make_person,
    newcomer,
)


def actions_for(subject_type: str, subject_id: int) -> list[str]:
    return list(
        db.session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.subject_type == subject_type, AuditEvent.subject_id == subject_id)
            .order_by(AuditEvent.id)
        )
    )


def mails_to(address: str) -> list[OutboxMessage]:
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.to_address == address)
            .order_by(OutboxMessage.id)
        )
    )


def backdate(row, days: int, *fields: str) -> None:
    for name in fields:
        setattr(row, name, getattr(row, name) - timedelta(days=days))
    db.session.commit()


# ---------------------------------------------------------------------------------------------
# Settings


def test_settings_have_the_documented_defaults_until_the_board_saves(app):
    settings = services.current_settings()
    assert settings.as_dict() == {
        "quorum": 2,
        "invitation_quota": 3,
        "invitation_expiry_days": 14,
        "cooldown_days": 180,
        "appeal_window_days": 30,
        "invitation_requests_open": False,
    }


def test_the_board_changes_a_setting_with_a_reason_and_the_change_is_audited(board):
    change_settings(board, "A bigger board now", quorum=3)
    assert services.current_settings().quorum == 3
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "membership.settings_changed")
    )
    assert event.actor_id == board[1].id  # the approver; the proposer is on the proposal
    assert event.before_data == {"quorum": 2}
    assert event.after_data["quorum"] == 3 and event.after_data["proposal"]
    assert event.reason == "A bigger board now"


def test_settings_and_policy_cannot_be_changed_without_an_approved_proposal(board):
    from community.membership.services.settings import update_settings
    from community.membership.services.title_policy import save_policy

    with pytest.raises(NotPermitted, match="only by proposal"):
        update_settings(board[0], reason="Alone", proposal=None, quorum=3)
    proposal = services.propose(board[0], "membership_settings", {"quorum": 3}, "Bigger")
    with pytest.raises(NotPermitted, match="only by proposal"):
        update_settings(board[0], reason="Still alone", proposal=proposal, quorum=3)
    with pytest.raises(NotPermitted, match="only by proposal"):
        save_policy(board[0], titles.Policy(minimum_level="vp"), "Alone", proposal=proposal)
    assert services.current_settings().quorum == 2 and current_policy() == titles.DEFAULT_POLICY
    assert not hasattr(services, "update_settings") and not hasattr(services, "save_policy")


def test_settings_refuse_values_out_of_range_and_non_board_actors(board, member):
    with pytest.raises(DomainError, match="Quorum must be a whole number from 1 to 20"):
        services.propose(board[0], "membership_settings", {"quorum": 0}, "No quorum at all")
    with pytest.raises(NotPermitted):
        services.propose(member, "membership_settings", {"quorum": 1}, "I want in")
    with pytest.raises(DomainError, match="Nothing changed"):
        services.propose(board[0], "membership_settings", {"quorum": 2}, "Same again")
    assert services.current_settings().quorum == 2


# ---------------------------------------------------------------------------------------------
# Invitations


def test_a_member_invites_a_peer_once_with_a_personal_note_through_the_outbox(
    app, member, smtp_server
):
    note = "We sat on a panel together in Lisbon; your take on brand budgets was the sharpest."
    invitation = services.send_invitation(member, "Peer@Lumen.example", note)
    assert invitation.email == "peer@lumen.example"
    assert invitation.expires_at - invitation.created_at == timedelta(days=14)
    assert deliver_pending().sent == 1
    [mail] = smtp_server.messages
    assert mail["To"] == "peer@lumen.example"
    assert "Mia Member invites you" in mail["Subject"]
    text = mail.get_body(("plain",)).get_content()
    assert note in text and "/membership/invitations/" in text
    assert "will not remind you" in text
    assert deliver_pending().sent == 0  # no reminders
    assert actions_for("invitations", invitation.id) == ["invitation.sent"]


def test_the_token_is_stored_only_as_a_hash(member):
    token = invite(member, "peer@lumen.example")
    stored = db.session.scalar(select(Invitation))
    assert token not in stored.token_hash and len(stored.token_hash) == 64
    assert services.find_invitation(token).id == stored.id
    assert services.find_invitation(token + "x") is None


def test_the_personal_note_is_required_and_at_least_forty_characters(member):
    with pytest.raises(DomainError, match="at least 40 characters"):
        services.send_invitation(member, "peer@lumen.example", "Join us!")
    with pytest.raises(DomainError, match="valid email"):
        services.send_invitation(member, "not-an-address", "x" * 50)
    assert db.session.scalar(select(func.count()).select_from(Invitation)) == 0


def test_members_may_send_three_invitations_a_month_and_are_told_when_they_can_again(member):
    for number in range(3):
        invite(member, f"peer{number}@lumen.example")
    assert services.invitations_left(member) == 0
    with pytest.raises(services.InvitationQuotaReached, match="You can invite again from 1 "):
        services.send_invitation(member, "peer9@lumen.example", "x" * 60)


def test_revoked_invitations_still_count_against_the_quota(member):
    invite(member, "peer0@lumen.example")
    services.revoke_invitation(member, db.session.scalar(select(Invitation.id)))
    assert services.invitations_left(member) == 2


def test_a_member_suspended_from_posting_is_refused_inviting_by_the_service_itself(
    member, moderator
):
    moderation.impose_sanction(moderator, member, "posting_suspension", "Pitching again.", 7)
    with pytest.raises(NotPermitted, match="suspended from posting"):
        invite(member, "peer@lumen.example")
    assert db.session.scalar(select(func.count()).select_from(Invitation)) == 0


def test_board_members_have_no_invitation_quota(board):
    for number in range(5):
        invite(board[0], f"peer{number}@lumen.example")
    assert services.invitations_left(board[0]) is None


def test_the_board_can_change_the_quota(board, member):
    change_settings(board, "Grow faster", invitation_quota=1)
    invite(member, "peer0@lumen.example")
    with pytest.raises(services.InvitationQuotaReached):
        invite(member, "peer1@lumen.example")


def test_reinviting_an_address_within_the_expiry_is_refused_even_by_another_member(member, person):
    invite(member, "peer@lumen.example")
    other = person("member", name="Otto Other")
    with pytest.raises(services.AlreadyInvited, match="already has an invitation, valid until"):
        services.send_invitation(other, "PEER@lumen.example", "x" * 60)


def test_an_expired_invitation_cannot_be_accepted_and_the_address_can_be_invited_again(member):
    token = invite(member, "peer@lumen.example")
    invitation = db.session.scalar(select(Invitation))
    backdate(invitation, 15, "created_at", "expires_at")
    assert invitation.state() == "expired"
    peer = newcomer(email="peer@lumen.example")
    with pytest.raises(services.InvitationUnavailable, match="expired"):
        services.claim_invitation(peer, token)
    invite(member, "peer@lumen.example")  # no longer "within the expiry"


def test_an_invitation_works_once(member):
    token = invite(member, "peer@lumen.example")
    first = newcomer(email="peer@lumen.example")
    services.claim_invitation(first, token)
    services.claim_invitation(first, token)  # the same person again: harmless
    second = newcomer("Sam Second", email="peer@lumen.example".replace("peer", "peer2"))
    with pytest.raises(services.InvitationUnavailable, match="already been used"):
        services.claim_invitation(second, token)
    invitation = db.session.scalar(select(Invitation))
    assert invitation.accepted_by_id == first.id
    assert actions_for("invitations", invitation.id) == ["invitation.sent", "invitation.accepted"]


def test_an_invitation_is_tied_to_the_invited_address(member):
    token = invite(member, "peer@lumen.example")
    someone = newcomer(email="someone.else@gmail.com")
    with pytest.raises(services.InvitationEmailMismatch):
        services.claim_invitation(someone, token)
    assert db.session.scalar(select(Invitation.status)) == "pending"


def test_a_person_with_another_linkedin_address_confirms_the_invited_mailbox(member):
    token = invite(member, "peer@lumen.example")
    peer = newcomer(email="peer.private@gmail.com")
    services.send_invitation_claim_link(peer, token)
    signed = last_link("peer@lumen.example", "/membership/invitations/confirm/")
    stranger = newcomer("Stan Stranger", email="stan@gmail.com")
    with pytest.raises(NotPermitted, match="another account"):
        services.claim_invitation_by_link(stranger, signed)
    services.claim_invitation_by_link(peer, signed)
    assert db.session.scalar(select(Invitation.accepted_by_id)) == peer.id


def test_the_sender_or_the_board_may_revoke_an_invitation_but_no_other_member(
    member, board, person
):
    token = invite(member, "peer@lumen.example")
    invitation = db.session.scalar(select(Invitation))
    with pytest.raises(NotPermitted):
        services.revoke_invitation(person("member"), invitation.id)
    services.revoke_invitation(board[0], invitation.id)
    with pytest.raises(Conflict, match="already used or revoked"):
        services.revoke_invitation(member, invitation.id)
    with pytest.raises(services.InvitationUnavailable, match="withdrawn"):
        services.claim_invitation(newcomer(email="peer@lumen.example"), token)
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "invitation.revoked"))
    assert event.actor_id == board[0].id


def test_members_cannot_invite_themselves_or_an_existing_member(member, person):
    with pytest.raises(DomainError, match="yourself"):
        services.send_invitation(member, member.email, "x" * 60)
    other = person("member", email="other@lumen.example")
    with pytest.raises(DomainError, match="already a member"):
        services.send_invitation(member, other.email, "x" * 60)


def test_people_without_the_member_role_cannot_invite(applicant):
    with pytest.raises(NotPermitted):
        services.send_invitation(applicant, "peer@lumen.example", "x" * 60)


# ---------------------------------------------------------------------------------------------
# Applications


def test_an_invited_person_applies_and_the_application_carries_the_vouching(member):
    ivy = invited_applicant(member)
    application = apply(ivy, title="VP Growth | Speaker | Author")
    assert application.status == "submitted"
    assert application.invitation_id == db.session.scalar(select(Invitation.id))
    assert application.assessment_eligibility == "eligible"
    assert application.assessment_level == "vp" and application.assessment_explanation
    assert ivy.has_role("applicant")
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "application.submitted")
    )
    assert event.after_data["invitation"] == application.invitation_id


def test_without_an_invitation_applying_is_refused_unless_the_board_opened_requests(board):
    nadia = newcomer()
    with pytest.raises(services.ApplicationRefused, match="need an invitation"):
        apply(nadia)
    change_settings(board, "Open requests", invitation_requests_open=True)
    application = apply(nadia)
    assert application.invitation_id is None


def test_one_open_application_per_identity(requests_open):
    nadia = newcomer()
    apply(nadia)
    with pytest.raises(services.ApplicationRefused, match="already have an application"):
        apply(nadia)
    assert db.session.scalar(select(func.count()).select_from(Application)) == 1


def test_the_database_refuses_a_second_open_application_too(requests_open):
    nadia = newcomer()
    first = apply(nadia)
    db.session.add(
        Application(
            applicant_id=nadia.id,
            job_title="CMO",
            company="X",
            linkedin_url=first.linkedin_url,
            function="marketing",
            statement="x",
            house_rules_version=1,
        )
    )
    with pytest.raises(IntegrityError):
        db.session.flush()
    db.session.rollback()


def test_an_applicant_withdraws_and_may_apply_again_with_the_same_invitation(member):
    ivy = invited_applicant(member)
    first = apply(ivy)
    services.withdraw_application(ivy, first.id)
    assert first.status == "withdrawn" and first.withdrawn_at is not None
    second = apply(ivy)
    assert second.invitation_id == first.invitation_id
    with pytest.raises(NotFound):
        services.withdraw_application(newcomer("Eve Else"), second.id)
    assert actions_for("applications", first.id) == [
        "application.submitted",
        "application.withdrawn",
    ]


def test_a_decided_application_can_no_longer_be_withdrawn(requests_open, board):
    nadia = newcomer()
    application = decide(apply(nadia), board[:2], "reject")
    with pytest.raises(Conflict):
        services.withdraw_application(nadia, application.id)


def test_after_a_rejection_a_new_application_waits_for_the_cooldown(requests_open, board):
    nadia = newcomer()
    application = decide(apply(nadia), board[:2], "reject")
    with pytest.raises(services.CooldownActive, match="appeal the decision instead"):
        apply(nadia)
    backdate(application, 181, "decided_at")
    assert apply(nadia).status == "submitted"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/company/acme",
        "https://linkedin.com.evil.example/in/nadia",
        "javascript:alert(1)",
        "https://www.linkedin.com/in/",
        "nadia",
    ],
)
def test_the_linkedin_address_must_be_a_profile(requests_open, url):
    with pytest.raises(DomainError, match="LinkedIn profile"):
        apply(newcomer(), linkedin_url=url)


def test_a_linkedin_address_is_stored_in_one_canonical_form(requests_open):
    application = apply(newcomer(), linkedin_url="linkedin.com/in/nadia-newcomer/")
    assert application.linkedin_url == "https://www.linkedin.com/in/nadia-newcomer"


def test_statement_title_and_function_are_checked(requests_open):
    nadia = newcomer()
    with pytest.raises(DomainError, match="at least 50 characters"):
        apply(nadia, statement="Let me in.")
    with pytest.raises(DomainError, match="at most 2000 characters"):
        apply(nadia, statement="x" * 2001)
    with pytest.raises(DomainError, match="at most 200 characters"):
        apply(nadia, title="C" * 201)
    with pytest.raises(DomainError, match="function"):
        apply(nadia, function="astronaut")
    assert db.session.scalar(select(func.count()).select_from(Application)) == 0


def test_the_applicant_must_accept_the_house_rules_in_force(requests_open):
    from community.moderation.house_rules import current_rules

    with pytest.raises(DomainError, match="house rules changed"):
        apply(newcomer(), house_rules_version=current_rules().version + 1)


def test_a_confirmed_work_email_shows_its_domain_to_the_board(requests_open, smtp_server):
    nadia = newcomer()
    application = apply(nadia, work_email="Nadia@Lumen.example")
    assert application.work_email == "nadia@lumen.example"
    assert application.work_email_domain is None  # not confirmed yet
    deliver_pending()
    [mail] = smtp_server.by_recipient("nadia@lumen.example")
    assert "/membership/work-email/" in mail.get_body(("plain",)).get_content()
    services.confirm_work_email(nadia, last_link("nadia@lumen.example", "/membership/work-email/"))
    assert application.work_email_domain == "lumen.example"
    assert actions_for("applications", application.id)[-1] == "application.work_email_confirmed"


@pytest.mark.parametrize(
    "address", ["nadia@gmail.com", "nadia@outlook.com", "nadia@gmx.de", "nadia@yandex.ru"]
)
def test_free_mail_addresses_do_not_count_as_work_email(requests_open, address):
    nadia = newcomer()
    apply(nadia)
    with pytest.raises(DomainError, match="personal mail provider"):
        services.request_work_email_confirmation(nadia, address)
    assert mails_to(address) == []


def test_an_expired_work_email_link_is_refused(app, requests_open):
    nadia = newcomer()
    application = apply(nadia, work_email="nadia@lumen.example")

    class SignedLongAgo(TimestampSigner):
        def get_timestamp(self):
            return int((utcnow() - timedelta(hours=49)).timestamp())

    serializer = URLSafeTimedSerializer(
        app.config["SECRET_KEY"], salt="membership.work-email", signer=SignedLongAgo
    )
    old = serializer.dumps({"application": application.id, "email": "nadia@lumen.example"})
    with pytest.raises(services.InvalidLink, match="expired"):
        services.confirm_work_email(nadia, old)
    with pytest.raises(services.InvalidLink, match="not valid"):
        services.confirm_work_email(nadia, old[:-3] + "abc")
    assert application.work_email_confirmed_at is None


def test_a_work_email_link_only_confirms_for_its_applicant_and_its_newest_address(
    requests_open,
):
    nadia = newcomer()
    apply(nadia, work_email="nadia@lumen.example")
    first = last_link("nadia@lumen.example", "/membership/work-email/")
    with pytest.raises(NotPermitted):
        services.confirm_work_email(newcomer("Eve Else"), first)
    services.request_work_email_confirmation(nadia, "nadia@lumen-health.example")
    with pytest.raises(services.InvalidLink, match="newest link"):
        services.confirm_work_email(nadia, first)


# ---------------------------------------------------------------------------------------------
# Board review


def test_two_matching_approvals_admit_the_applicant(member, board, smtp_server):
    ivy = invited_applicant(member)
    application = apply(ivy, title="Chief Digital Officer", company="Lumen Health")
    services.cast_vote(board[0], application.id, "approve", "Clear C-level role.")
    assert application.status == "under_review"
    assert ivy.membership_status is None
    services.cast_vote(board[1], application.id, "approve", "Agreed, welcome.")
    db.session.refresh(ivy)
    assert application.status == "approved" and application.decided_at is not None
    assert ivy.has_role("member") and not ivy.has_role("applicant")
    assert ivy.membership_status == "active" and ivy.member_since is not None
    assert (ivy.job_title, ivy.company) == ("Chief Digital Officer", "Lumen Health")
    assert ivy.house_rules_accepted_version == application.house_rules_version
    assert not application.exception
    deliver_pending()
    welcome = smtp_server.by_recipient(ivy.email)[-1]
    assert welcome["Subject"] == "Welcome to Peer Circle"
    body = welcome.get_body(("plain",)).get_content()
    assert "Peers, not prospects" in body  # the house rules travel with the welcome
    assert actions_for("applications", application.id) == [
        "application.submitted",
        "application.vote_cast",
        "application.under_review",
        "application.vote_cast",
        "application.approved",
    ]
    granted = actions_for("users", ivy.id)
    assert "membership.granted" in granted and "house_rules.accepted" in granted


def test_two_rejections_decide_and_the_applicant_is_told_why_and_how_to_appeal(
    requests_open, board, smtp_server
):
    nadia = newcomer()
    application = apply(nadia, title="Head of Digital")
    services.cast_vote(board[0], application.id, "reject", "Team of one, by the profile.")
    services.cast_vote(
        board[1], application.id, "reject", "The role is a one-person team at a small agency."
    )
    assert application.status == "rejected"
    assert application.decision_reason == "The role is a one-person team at a small agency."
    assert application.appeal_deadline - application.decided_at == timedelta(days=30)
    deliver_pending()
    [mail] = smtp_server.by_recipient(nadia.email)
    body = mail.get_body(("plain",)).get_content()
    assert "one-person team" in body and "How to appeal" in body
    assert f"{application.appeal_deadline.day} " in body
    assert nadia.membership_status is None and not nadia.has_role("member")


def test_abstentions_and_split_votes_do_not_decide(requests_open, board):
    application = apply(newcomer())
    services.cast_vote(board[0], application.id, "approve", "Meets the policy.")
    services.cast_vote(board[1], application.id, "reject", "Below the policy.")
    services.cast_vote(board[2], application.id, "abstain", "Unsure.")
    assert application.status == "under_review"


def test_the_quorum_is_configurable(requests_open, board):
    change_settings(board, "Bigger quorum", quorum=3)
    application = decide(apply(newcomer()), board[:2], "approve", "Meets the policy.")
    assert application.status == "under_review"
    services.cast_vote(board[2], application.id, "approve", "Meets the policy.")
    assert application.status == "approved"


def test_a_board_member_may_change_their_vote_until_the_decision(requests_open, board):
    application = apply(newcomer())
    services.cast_vote(board[0], application.id, "reject", "Hmm, no.")
    services.cast_vote(board[0], application.id, "approve", "Read the profile again: yes.")
    services.cast_vote(board[1], application.id, "approve", "Meets the policy.")
    assert application.status == "approved"
    assert "application.vote_changed" in actions_for("applications", application.id)


def test_voting_on_a_decided_application_is_a_conflict(requests_open, board):
    application = decide(apply(newcomer()), board[:2], "approve", "Meets the policy.")
    with pytest.raises(Conflict, match="already decided"):
        services.cast_vote(board[2], application.id, "reject", "Too late.")


def test_only_the_board_votes(requests_open, member, moderator):
    application = apply(newcomer())
    for someone in (member, moderator):
        with pytest.raises(NotPermitted):
            services.cast_vote(someone, application.id, "approve", "I like them.")


def test_a_reason_is_required_with_every_vote(requests_open, board):
    application = apply(newcomer())
    with pytest.raises(DomainError, match="reason"):
        services.cast_vote(board[0], application.id, "approve", "  ")


def test_a_board_member_at_the_same_company_is_recused(requests_open, board):
    application = apply(newcomer(), company="  aurelia foods, Inc. ")
    with pytest.raises(services.Recused, match="same company"):
        services.cast_vote(board[0], application.id, "approve", "Great colleague.")
    services.cast_vote(board[1], application.id, "approve", "Meets the policy.")
    assert application.status == "under_review"


def test_a_board_member_sharing_the_work_email_domain_is_recused(requests_open, board):
    application = apply(newcomer(), company="Mensah Group Holdings", work_email="n@mensah.example")
    with pytest.raises(services.Recused, match=r"mensah\.example"):
        services.cast_vote(board[1], application.id, "approve", "Meets the policy.")


def test_a_board_member_who_invited_the_applicant_does_not_vote(board):
    ivy = invited_applicant(board[2])
    application = apply(ivy)
    with pytest.raises(services.Recused, match="You invited"):
        services.cast_vote(board[2], application.id, "approve", "I vouch for her.")


def test_an_ineligible_title_is_rejected_with_one_click_and_the_standard_reason(
    requests_open, board
):
    nadia = newcomer()
    application = apply(nadia, title="Senior Marketing Manager")
    assert application.assessment_eligibility == "ineligible"
    services.reject_ineligible(board[0], application.id)
    assert application.status == "rejected"
    assert "Director level and above" in application.decision_reason
    assert "Senior Marketing Manager" in application.decision_reason
    [mail] = mails_to(nadia.email)
    assert "Director level and above" in mail.text_body
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "application.vote_cast")
    )
    assert event.after_data["rule"] == application.assessment_rule


def test_one_click_rejection_is_only_for_ineligible_and_uncontested_titles(requests_open, board):
    eligible = apply(newcomer(), title="Chief Marketing Officer")
    with pytest.raises(DomainError, match="only for titles the rules judge ineligible"):
        services.reject_ineligible(board[0], eligible.id)
    contested = apply(newcomer("Carl Contested"), title="Senior Marketing Manager")
    services.cast_vote(
        board[1],
        contested.id,
        "approve",
        "Runs all of marketing at a 200-person company; the title undersells the role.",
    )
    with pytest.raises(DomainError, match="needs the full vote"):
        services.reject_ineligible(board[0], contested.id)


def test_approving_an_ineligible_title_needs_a_justification_and_is_an_exception(
    requests_open, board
):
    application = apply(newcomer(), title="Senior Marketing Manager")
    with pytest.raises(DomainError, match="justification of at least 40 characters"):
        services.cast_vote(board[0], application.id, "approve", "Seems fine.")
    why = "Runs all of marketing at a 200-person company; the title undersells the role."
    services.cast_vote(board[0], application.id, "approve", why)
    services.cast_vote(board[1], application.id, "approve", why + " Agreed after a call.")
    assert application.status == "approved" and application.exception is True
    assert why in application.exception_justification
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "application.approved"))
    assert event.after_data["exception"] is True


@pytest.mark.skipif(not ON_POSTGRES, reason="two sessions deciding at once need PostgreSQL")
def test_two_board_members_deciding_at_the_same_moment_produce_exactly_one_decision(
    app, requests_open, board
):
    nadia = newcomer()
    application = apply(nadia)
    services.cast_vote(board[0], application.id, "approve", "Meets the policy.")
    application_id, voter_ids = application.id, [board[1].id, board[2].id]
    nadia_id, nadia_email = nadia.id, nadia.email
    db.session.remove()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def vote(voter_id: int, choice: str):
        with app.app_context():
            voter = db.session.get(User, voter_id)
            barrier.wait()
            try:
                services.cast_vote(voter, application_id, choice, f"{choice} at once")
                outcomes.append("decided")
            except Conflict:
                outcomes.append("conflict")
            finally:
                db.session.remove()

    threads = [
        threading.Thread(target=vote, args=(voter_ids[0], "approve")),
        threading.Thread(target=vote, args=(voter_ids[1], "approve")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes) == ["conflict", "decided"]
    decisions = db.session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(AuditEvent.action.in_(("application.approved", "application.rejected")))
    )
    assert decisions == 1
    assert len(mails_to(nadia_email)) == 1
    grants = db.session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(
            AuditEvent.action == "role.granted",
            AuditEvent.subject_id == nadia_id,
            AuditEvent.after == '{"role": "member"}',
        )
    )
    assert grants == 1


def test_concurrent_decisions_also_settle_on_one_result_without_row_locks(requests_open, board):
    """The guarded UPDATE alone: a stale copy of the application can't decide it again."""
    application = apply(newcomer())
    services.cast_vote(board[0], application.id, "approve", "Meets the policy.")
    services.cast_vote(board[1], application.id, "approve", "Meets the policy.")
    with pytest.raises(Conflict):
        services.guarded_status(
            Application, application.id, ("submitted", "under_review"), "rejected", "Too late"
        )
    assert db.session.get(Application, application.id).status == "approved"


def test_a_quorum_larger_than_the_board_members_who_could_vote_is_refused(board):
    with pytest.raises(DomainError, match="3 board members could vote now"):
        services.propose(board[0], "membership_settings", {"quorum": 4}, "A bigger board soon")
    assert services.current_settings().quorum == 2


def test_admission_is_refused_without_an_approved_application_or_upheld_appeal(
    requests_open, board
):
    nadia = newcomer()
    application = apply(nadia)
    with pytest.raises(NotPermitted, match="only by the board"):
        services.admit_member(
            board[0],
            nadia,
            application,
            title="CMO",
            company="Lumen Health",
            rules_version=None,
            reason="Skipping the vote",
        )
    assert not nadia.has_role("member") and nadia.membership_status is None


# ---------------------------------------------------------------------------------------------
# Appeals


def rejected_applicant(board, title: str = "Head of Digital"):
    person = newcomer("Ron Rejected", "ron@salesly.example")
    application = decide(apply(person, title=title), board[:2], "reject", "Too junior.")
    return person, application


def test_a_rejected_applicant_appeals_once_within_the_window(requests_open, board):
    ron, application = rejected_applicant(board)
    appeal = services.file_appeal(
        ron,
        statement="I was promoted last month and now lead a team of twelve across three countries.",
        updated_title="VP Digital",
    )
    assert appeal.status == "open" and appeal.application_id == application.id
    assert appeal.assessment_eligibility == "eligible"
    with pytest.raises(services.AppealRefused, match="once"):
        services.file_appeal(ron, statement="x" * 60)
    assert actions_for("appeals", appeal.id) == ["appeal.filed"]


def test_an_appeal_after_the_window_is_refused(requests_open, board):
    ron, application = rejected_applicant(board)
    backdate(application, 31, "decided_at", "appeal_deadline")
    with pytest.raises(services.AppealWindowClosed, match="ended on"):
        services.file_appeal(ron, statement="x" * 60)


def test_someone_with_nothing_to_appeal_is_told_so(requests_open):
    with pytest.raises(services.AppealRefused, match="no decision"):
        services.file_appeal(newcomer(), statement="x" * 60)


def test_board_members_who_voted_on_the_decision_do_not_vote_on_its_appeal(requests_open, board):
    ron, _ = rejected_applicant(board)
    appeal = services.file_appeal(ron, statement="New role: I now lead the digital unit. " * 3)
    with pytest.raises(services.Recused, match="took part in the decision"):
        services.cast_appeal_vote(board[0], appeal.id, "uphold", "Fair enough.")
    with pytest.raises(services.Recused):
        services.claim_appeal(board[1], appeal.id)
    services.cast_appeal_vote(board[2], appeal.id, "uphold", "Fair enough.")
    assert appeal.status == "open"  # the quorum of 2 needs a second eligible voter


def test_an_upheld_appeal_admits_the_person_with_the_updated_title(
    requests_open, board, smtp_server
):
    ron, application = rejected_applicant(board)
    appeal = services.file_appeal(
        ron,
        statement="I now run the whole digital division, 40 people." * 2,
        updated_title="VP Digital",
    )
    extra = make_board("Ola Board", "Nordlys", "nordlys.example")
    services.cast_appeal_vote(board[2], appeal.id, "uphold", "The promotion changes things.")
    services.cast_appeal_vote(extra, appeal.id, "uphold", "Welcome: your new role qualifies.")
    db.session.refresh(ron)
    assert appeal.status == "upheld" and appeal.reply == "Welcome: your new role qualifies."
    assert ron.has_role("member") and ron.membership_status == "active"
    assert ron.job_title == "VP Digital"
    assert application.status == "rejected"  # history stays true; the appeal admitted them
    deliver_pending()
    [_, outcome] = smtp_server.by_recipient(ron.email)
    assert outcome["Subject"] == "The board's decision on your appeal"
    assert "your new role qualifies" in outcome.get_body(("plain",)).get_content()
    assert actions_for("appeals", appeal.id) == [
        "appeal.filed",
        "appeal.vote_cast",
        "appeal.vote_cast",
        "appeal.upheld",
    ]


def test_a_denied_appeal_is_final_and_mailed(requests_open, board):
    ron, _ = rejected_applicant(board)
    appeal = services.file_appeal(ron, statement="Please look again at my profile, " * 3)
    extra = make_board("Ola Board", "Nordlys", "nordlys.example")
    services.cast_appeal_vote(board[2], appeal.id, "deny", "No new information.")
    services.cast_appeal_vote(extra, appeal.id, "deny", "Nothing has changed since the decision.")
    assert appeal.status == "denied"
    assert not ron.has_role("member")
    assert "Nothing has changed" in mails_to(ron.email)[-1].text_body
    assert "final" in mails_to(ron.email)[-1].text_body
    with pytest.raises(Conflict):
        services.cast_appeal_vote(board[2], appeal.id, "uphold", "Changed my mind.")


def test_a_board_member_claims_an_appeal_so_two_do_not_work_on_it(requests_open, board):
    ron, _ = rejected_applicant(board)
    appeal = services.file_appeal(ron, statement="Please look again at my profile, " * 3)
    extra = make_board("Ola Board", "Nordlys", "nordlys.example")
    services.claim_appeal(board[2], appeal.id)
    with pytest.raises(Conflict, match="Ingrid Board is already working on this appeal"):
        services.claim_appeal(extra, appeal.id)
    with pytest.raises(NotPermitted):
        services.release_appeal(extra, appeal.id)
    services.release_appeal(board[2], appeal.id)
    services.claim_appeal(extra, appeal.id)
    assert appeal.claimed_by_id == extra.id
    assert actions_for("appeals", appeal.id)[1:] == [
        "appeal.claimed",
        "appeal.released",
        "appeal.claimed",
    ]


# ---------------------------------------------------------------------------------------------
# Uniform enforcement over time: title changes and policy versions


def test_a_member_whose_new_title_no_longer_qualifies_goes_to_review(member):
    review = services.change_title(member, "Partner Marketing Manager", "Acme")
    assert review is not None and review.status == "open"
    assert review.previous_title == "Chief Marketing Officer"
    assert review.assessment_eligibility == "ineligible"
    assert member.membership_status == "under_review"
    assert member.has_role("member")  # never a silent revocation
    assert actions_for("users", member.id)[-1] == "membership.title_changed"
    assert actions_for("membership_reviews", review.id) == ["membership.review_opened"]


def test_a_title_change_that_still_qualifies_changes_nothing_but_the_title(member):
    assert services.change_title(member, "Chief Executive Officer", "Acme") is None
    assert member.membership_status == "active" and member.job_title == "Chief Executive Officer"
    assert db.session.scalar(select(func.count()).select_from(MembershipReview)) == 0


def test_a_second_title_change_during_a_review_does_not_open_another(member):
    services.change_title(member, "Partner Marketing Manager", "Acme")
    assert services.change_title(member, "Marketing Manager", "Acme") is None
    assert db.session.scalar(select(func.count()).select_from(MembershipReview)) == 1


def test_the_board_keeps_a_member_under_review_and_tells_them(member, board, smtp_server):
    review = services.change_title(member, "Partner Marketing Manager", "Acme")
    for voter in board[:2]:
        services.decide_membership_review(
            voter, review.id, "keep", "Runs partner marketing for all of Europe."
        )
    assert review.status == "kept" and member.membership_status == "active"
    deliver_pending()
    [mail] = smtp_server.by_recipient(member.email)
    assert mail["Subject"] == "Your membership continues"


def test_one_board_member_alone_cannot_revoke_a_member(member, board):
    review = services.change_title(member, "Partner Marketing Manager", "Acme")
    services.decide_membership_review(board[0], review.id, "revoke", "Below the policy now.")
    db.session.refresh(member)
    assert review.status == "open" and member.membership_status == "under_review"
    assert member.has_role("member") and mails_to(member.email) == []
    services.decide_membership_review(board[0], review.id, "revoke", "Changed my wording.")
    assert review.status == "open"  # a changed vote is still one vote
    assert actions_for("membership_reviews", review.id)[-2:] == [
        "review.vote_cast",
        "review.vote_changed",
    ]


def test_the_board_revokes_a_member_by_quorum_with_a_reason_and_they_may_appeal(member, board):
    fourth = make_board("Otto Fourth", "Quay Shipping", "quay.example")
    review = services.change_title(member, "Partner Marketing Manager", "Acme")
    services.decide_membership_review(
        board[0], review.id, "revoke", "The new role is below the membership policy."
    )
    services.decide_membership_review(board[1], review.id, "revoke", "Agreed, below the policy.")
    db.session.refresh(member)
    assert review.status == "revoked" and review.appeal_deadline is not None
    assert member.membership_status == "revoked" and not member.has_role("member")
    mail = mails_to(member.email)[-1]
    assert "Agreed, below the policy." in mail.text_body and "How to appeal" in mail.text_body
    with pytest.raises(Conflict):
        services.decide_membership_review(board[2], review.id, "keep", "Second thoughts.")
    appeal = services.file_appeal(
        member,
        statement="I moved back to the CMO role after a short secondment, see LinkedIn.",
        updated_title="Chief Marketing Officer",
    )
    assert appeal.kind == "revocation"
    for voted in board[:2]:  # both voted on the review
        with pytest.raises(services.Recused, match="took part"):
            services.cast_appeal_vote(voted, appeal.id, "uphold", "Meets the policy.")
    services.cast_appeal_vote(board[2], appeal.id, "uphold", "Welcome back.")
    services.cast_appeal_vote(fourth, appeal.id, "uphold", "Reinstated: welcome back.")
    db.session.refresh(member)
    assert member.has_role("member") and member.membership_status == "active"
    assert member.job_title == "Chief Marketing Officer"


def test_a_board_member_cannot_decide_their_own_review_or_one_at_their_company(board, person):
    own = services.change_title(board[0], "Marketing Manager", "Aurelia Foods")
    with pytest.raises(services.Recused, match="your own"):
        services.decide_membership_review(board[0], own.id, "keep", "I am fine.")
    colleague = person("member", company="Fjord Energy AS", job_title="CMO")
    review = services.change_title(colleague, "Marketing Manager", "Fjord Energy AS")
    with pytest.raises(services.Recused, match="same company"):
        services.decide_membership_review(board[2], review.id, "keep", "I know her.")


def test_the_policy_in_force_is_the_default_on_a_fresh_database(app):
    assert current_policy() == titles.DEFAULT_POLICY


def test_a_dry_run_lists_the_members_and_applications_whose_outcome_would_change(
    requests_open, board, person
):
    director = person("member", name="Dana Director", job_title="Marketing Director")
    person("member", name="Cleo Chief", job_title="Chief Marketing Officer")
    apply(newcomer("Hugo Head"), title="Head of Digital")
    apply(newcomer("Vera Veep"), title="VP Sales")
    proposed = services.parse_policy(
        minimum_level="vp", allow_patterns="", deny_patterns="", review_levels=[]
    )
    result = services.dry_run(proposed)
    assert [(c.name, c.before, c.after) for c in result.members] == [
        ("Dana Director", "eligible", "ineligible")
    ]
    assert [(c.name, c.after) for c in result.applications] == [("Hugo Head", "ineligible")]
    assert result.members_checked >= 5 and result.applications_checked == 2
    assert db.session.scalar(select(func.count()).select_from(PolicyVersion)) == 0
    assert director.membership_status == "active"  # a dry run changes nothing


def test_saving_a_policy_versions_it_and_sends_members_who_no_longer_qualify_to_review(
    requests_open, board, person, runner
):
    director = person("member", name="Dana Director", job_title="Marketing Director")
    application = apply(newcomer("Hugo Head"), title="Head of Digital")
    proposed = services.parse_policy(
        minimum_level="vp", allow_patterns="", deny_patterns="", review_levels=["director"]
    )
    version, _ = enact(board[0], board[1], "title_policy", proposed.to_dict(), "Raise the bar")
    assert version.version == 1 and version.created_by_id == board[1].id
    assert current_policy() == proposed
    assert application.assessment_eligibility == "review"
    review = db.session.scalar(select(MembershipReview))
    assert review.member_id == director.id and review.trigger == "policy_changed"
    assert review.policy_version == 1 and director.membership_status == "under_review"
    assert actions_for("membership_policy_versions", version.id) == ["policy.changed"]
    assert actions_for("applications", application.id)[-1] == "application.reassessed"
    with pytest.raises(DomainError, match="in force already"):
        services.propose(board[0], "title_policy", proposed.to_dict(), "Again")
    second, _ = enact(board[1], board[2], "title_policy", titles.DEFAULT_POLICY.to_dict())
    assert second.version == 2 and current_policy() == titles.DEFAULT_POLICY


def test_a_policy_with_a_broken_pattern_or_unknown_level_is_refused(board):
    with pytest.raises(DomainError, match="not a valid regular expression"):
        services.parse_policy(
            minimum_level="vp", allow_patterns="(unclosed", deny_patterns="", review_levels=[]
        )
    with pytest.raises(DomainError, match="minimum level"):
        services.parse_policy(
            minimum_level="emperor", allow_patterns="", deny_patterns="", review_levels=[]
        )
    with pytest.raises(NotPermitted):
        services.propose(
            make_person("member"), "title_policy", titles.Policy(minimum_level="vp").to_dict(), "Hm"
        )


def test_an_extra_deny_pattern_applies_to_new_applications(requests_open, board):
    enact(
        board[0],
        board[1],
        "title_policy",
        services.parse_policy(
            minimum_level="director",
            allow_patterns="",
            deny_patterns="growth hacker",
            review_levels=[],
        ).to_dict(),
        "No growth hackers, whatever the level",
    )
    application = apply(newcomer(), title="VP Growth Hacker")
    assert application.assessment_eligibility == "ineligible"
    assert application.assessment_rule == "policy.deny"


def test_another_feature_refers_a_member_to_the_board_and_may_withdraw_the_referral(
    member, moderator, board
):
    review = services.refer_for_review(moderator, member, "Three sales pitches after warnings.")
    db.session.commit()
    assert review.trigger == "referred" and review.referred_by_id == moderator.id
    assert member.membership_status == "under_review"
    again = services.refer_for_review(moderator, member, "And another pitch today.")
    assert again.id == review.id  # never twice in the queue
    services.withdraw_review(moderator, member, "The member apologised; warning instead.")
    db.session.commit()
    assert review.status == "withdrawn" and member.membership_status == "active"
    with pytest.raises(Conflict):
        services.decide_membership_review(board[0], review.id, "revoke", "Too late for this.")
    assert actions_for("membership_reviews", review.id) == [
        "membership.review_opened",
        "membership.review_withdrawn",
    ]


def test_a_referred_member_revoked_by_the_board_is_told_it_was_at_the_moderators_request(
    member, moderator, board
):
    review = services.refer_for_review(moderator, member, "Three sales pitches after warnings.")
    db.session.commit()
    for voter in board[:2]:
        services.decide_membership_review(
            voter, review.id, "revoke", "Repeated pitching despite warnings."
        )
    mail = mails_to(member.email)[-1]
    assert "at the request of the moderators" in mail.text_body
    assert "Repeated pitching despite warnings." in mail.text_body


def test_an_invitation_accepted_during_a_request_joins_the_open_application(requests_open, member):
    nadia = newcomer(email="nadia@lumen.example")
    application = apply(nadia)
    assert application.invitation_id is None
    services.claim_invitation(nadia, invite(member, "nadia@lumen.example"))
    assert application.invitation_id == db.session.scalar(select(Invitation.id))
    assert actions_for("applications", application.id)[-1] == "application.invitation_attached"


def test_decision_mails_render_user_text_through_markup_in_html(requests_open, board):
    nadia = newcomer()
    application = apply(nadia)
    services.cast_vote(board[0], application.id, "reject", "Below the policy.")
    services.cast_vote(board[1], application.id, "reject", "See the **policy** <script>x</script>")
    mail = mails_to(nadia.email)[-1]
    assert "<strong>policy</strong>" in mail.html_body and "<script>" not in mail.html_body
    assert "See the **policy** <script>x</script>" in mail.text_body
