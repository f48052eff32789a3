"""Invitations: members invite peers; the invited person claims the invitation."""

from __future__ import annotations

import secrets
from datetime import timedelta

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from community import audit
from community.auth.models import User, UserRole
from community.auth.services import verified_email
from community.db_types import utcnow
from community.errors import DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum.markup import render
from community.mail.services import queue_mail
from community.membership import rules
from community.membership.models import (
    Invitation,
    MembershipSettings,
)
from community.membership.services.applications import check_may_apply, open_application
from community.membership.services.common import (
    INVITATION_CLAIM_LINK_HOURS,
    INVITATION_CLAIM_PATH,
    INVITATION_PATH,
    NOTE_MAX,
    NOTE_MIN,
    AlreadyInvited,
    InvitationEmailMismatch,
    InvitationQuotaReached,
    InvitationUnavailable,
    clean_text,
    day,
    guarded_status,
    is_member,
    link,
    load_signed,
    serializer,
    token_hash,
)
from community.membership.services.settings import current_settings
from community.standing.capabilities import INVITE, READ_FORUM, SIT_ON_BOARD, ensure_may, may
from community.unit_of_work import transactional

# ---------------------------------------------------------------------------------------------
# Invitations


def invitations_left(user: User, settings: MembershipSettings | None = None) -> int | None:
    """How many more invitations the member may send this calendar month; None: no limit."""
    if user.has_role("board"):
        return None
    settings = settings or current_settings()
    used = db.session.scalar(
        select(func.count())
        .select_from(Invitation)
        .where(
            Invitation.inviter_id == user.id,
            Invitation.created_at >= rules.month_start(utcnow()),
        )
    )
    return max(settings.invitation_quota - used, 0)


@transactional
def send_invitation(actor, email: str, note: str) -> Invitation:
    """A member invites a peer: one mail, once, with a single-use link tied to that address."""
    ensure_may(actor, INVITE)
    if actor.membership_status in ("under_review", "revoked"):
        raise NotPermitted(
            "You can invite peers again once the board has reviewed your membership."
        )
    email = rules.normalise_email(email)
    if not rules.is_email(email):
        raise DomainError("Please give a valid email address, like name@company.com.")
    note = clean_text(note, "Your personal note", NOTE_MIN, NOTE_MAX)
    if email == rules.normalise_email(actor.email):
        raise DomainError("You can't invite yourself.")
    already_member = db.session.scalar(
        select(User.id).where(
            User.email == email,
            User.deleted_at.is_(None),
            User.roles.any(UserRole.role == "member"),
        )
    )
    if already_member:
        raise DomainError(f"{email} is already a member.")
    settings = current_settings()
    now = utcnow()
    left = invitations_left(actor, settings)
    if left is not None and left <= 0:
        raise InvitationQuotaReached(
            f"You have sent your {settings.invitation_quota} invitations for this month. "
            f"You can invite again from {day(rules.next_month_start(now))}."
        )
    standing = db.session.scalar(
        select(Invitation)
        .where(
            Invitation.email == email,
            Invitation.status == "pending",
            Invitation.expires_at > now,
        )
        .limit(1)
    )
    if standing is not None:
        raise AlreadyInvited(
            f"{email} already has an invitation, valid until {day(standing.expires_at)}. "
            "We send each invitation once, without reminders."
        )
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        inviter_id=actor.id,
        email=email,
        note=note,
        token_hash=token_hash(token),
        created_at=now,
        expires_at=now + timedelta(days=settings.invitation_expiry_days),
    )
    db.session.add(invitation)
    db.session.flush()
    audit.record(
        actor,
        "invitation.sent",
        invitation,
        after={"email": email, "expires_at": invitation.expires_at.isoformat()},
    )
    queue_mail(
        email,
        "membership_invitation",
        f"{actor.display_name} invites you to {current_app.config['COMMUNITY_NAME']}",
        kind="invitation",
        inviter=actor,
        note=note,
        note_html=render(note),
        link=link(INVITATION_PATH, token=token),
        expires_on=day(invitation.expires_at),
    )
    return invitation


@transactional
def revoke_invitation(actor, invitation_id: int) -> Invitation:
    """Its sender or a board member withdraws an invitation that has not been used."""
    if not may(actor, SIT_ON_BOARD):
        ensure_may(actor, READ_FORUM)
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None:
        raise NotFound("That invitation does not exist.")
    if invitation.inviter_id != actor.id and not actor.has_role("board"):
        raise NotPermitted("Only the member who sent an invitation, or the board, can revoke it.")
    guarded_status(
        Invitation,
        invitation.id,
        ("pending",),
        "revoked",
        "This invitation was already used or revoked.",
    )
    invitation.revoked_at, invitation.revoked_by_id = utcnow(), actor.id
    audit.record(
        actor,
        "invitation.revoked",
        invitation,
        before={"status": "pending"},
        after={"status": "revoked"},
    )
    return invitation


def find_invitation(token: str) -> Invitation | None:
    if not token or len(token) > 200:
        return None
    return db.session.scalar(
        select(Invitation)
        .options(selectinload(Invitation.inviter))
        .where(Invitation.token_hash == token_hash(token))
    )


def _check_claimable(user: User, invitation: Invitation | None) -> Invitation:
    if invitation is None:
        raise NotFound(
            "This invitation link is not valid. Please check that you copied the whole link."
        )
    state = invitation.state()
    if state == "accepted" and invitation.accepted_by_id == user.id:
        return invitation
    if state != "pending":
        raise InvitationUnavailable(
            {
                "expired": "This invitation has expired. Ask the member who invited you to send a "
                "new one.",
                "revoked": "This invitation was withdrawn by the member who sent it or the board.",
                "accepted": "This invitation has already been used. Each invitation works once.",
            }[state]
        )
    if is_member(user):
        raise DomainError("You are already a member.")
    return invitation


@transactional
def _accept(user: User, invitation: Invitation) -> Invitation:
    if invitation.status == "accepted":
        return invitation
    check_may_apply(user, allow_open=True)
    guarded_status(
        Invitation,
        invitation.id,
        ("pending",),
        "accepted",
        "This invitation has already been used. Each invitation works once.",
    )
    invitation.accepted_at, invitation.accepted_by_id = utcnow(), user.id
    audit.record(
        user,
        "invitation.accepted",
        invitation,
        before={"status": "pending"},
        after={"status": "accepted", "accepted_by": user.id},
    )
    # An application already in progress (a request) now carries the inviter's vouching.
    application = open_application(user)
    if application is not None and application.invitation_id is None:
        application.invitation_id = invitation.id
        audit.record(
            user,
            "application.invitation_attached",
            application,
            after={"invitation": invitation.id},
        )
    return invitation


@transactional
def claim_invitation(user, token: str) -> Invitation:
    """The invited person, signed in with the address the invitation was sent to (verified by
    the provider), accepts it; otherwise they confirm the invited mailbox by a link."""
    invitation = _check_claimable(user, find_invitation(token))
    verified = verified_email(user)
    if invitation.status == "pending" and (
        verified is None or rules.normalise_email(verified) != invitation.email
    ):
        raise InvitationEmailMismatch(
            "This invitation was sent to another email address than the one on your LinkedIn "
            "account. We can mail a confirmation link to the invited address."
        )
    return _accept(user, invitation)


@transactional
def send_invitation_claim_link(user, token: str) -> Invitation:
    """For someone whose LinkedIn address differs: prove you read the invited mailbox."""
    invitation = _check_claimable(user, find_invitation(token))
    if invitation.status == "accepted":
        return invitation
    signed = serializer("membership.invitation-claim").dumps(
        {"invitation": invitation.id, "user": user.id}
    )
    queue_mail(
        invitation.email,
        "membership_invitation_confirm",
        "Confirm your invitation",
        recipient=user,
        kind="invitation",
        name=user.display_name,
        link=link(INVITATION_CLAIM_PATH, token=signed),
        hours=INVITATION_CLAIM_LINK_HOURS,
    )
    audit.record(user, "invitation.confirmation_sent", invitation, after={"user": user.id})
    return invitation


@transactional
def claim_invitation_by_link(user, signed: str) -> Invitation:
    data = load_signed(signed, "membership.invitation-claim", INVITATION_CLAIM_LINK_HOURS)
    if data.get("user") != user.id:
        raise NotPermitted(
            "This confirmation link was made for another account. Sign in with the LinkedIn "
            "account you used when you asked for it."
        )
    invitation = db.session.get(Invitation, data.get("invitation"))
    invitation = _check_claimable(user, invitation)
    return _accept(user, invitation)
