"""Membership transitions. Each service checks the actor's right, changes state, writes the audit
record and queues mail in one transaction, and raises a named DomainError with a message fit to
show. Concurrent decisions on one item produce one result: the row is locked on PostgreSQL and
the status change is a guarded UPDATE everywhere; the loser gets Conflict.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from community import audit
from community.auth.models import User, UserRole
from community.auth.roles import ensure_role
from community.auth.services import add_role, remove_role
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum.markup import render
from community.mail.services import queue_mail
from community.membership import rules, titles
from community.membership.models import (
    APPEAL_VOTE_CHOICES,
    APPLICATION_VOTE_CHOICES,
    FUNCTION_LABELS,
    OPEN_APPLICATION_STATUSES,
    Appeal,
    AppealVote,
    Application,
    ApplicationVote,
    Invitation,
    MembershipReview,
    MembershipSettings,
    PolicyVersion,
)
from community.membership.policy import current_policy, current_version, policy_of
from community.moderation.house_rules import current_rules

# Limits shared with the forms, so the page and the rule agree.
NOTE_MIN, NOTE_MAX = 40, 2000
STATEMENT_MIN, STATEMENT_MAX = 50, 2000
APPEAL_MIN, APPEAL_MAX = 50, 3000
REASON_MIN, REASON_MAX = 5, 2000
JUSTIFICATION_MIN = 40
TITLE_MAX, COMPANY_MAX = 200, 200
WORK_EMAIL_LINK_HOURS = 48
INVITATION_CLAIM_LINK_HOURS = 48

# Where links in mail point (the routes in views.py).
INVITATION_PATH = "/membership/invitations/{token}"
INVITATION_CLAIM_PATH = "/membership/invitations/confirm/{token}"
WORK_EMAIL_PATH = "/membership/work-email/{token}"

LEVEL_LABELS = titles.LEVEL_LABELS  # spelled once, in community.membership.titles.levels


class InvitationQuotaReached(DomainError):
    pass


class AlreadyInvited(DomainError):
    pass


class InvitationUnavailable(DomainError):
    """Expired, revoked or already used."""


class InvitationEmailMismatch(DomainError):
    pass


class ApplicationRefused(DomainError):
    pass


class CooldownActive(ApplicationRefused):
    pass


class InvalidLink(DomainError):
    pass


class Recused(NotPermitted):
    pass


class AppealRefused(DomainError):
    pass


class AppealWindowClosed(AppealRefused):
    pass


# ---------------------------------------------------------------------------------------------
# Helpers


def _base_url() -> str:
    return current_app.config["COMMUNITY_BASE_URL"].rstrip("/")


def _link(path: str, **params) -> str:
    return _base_url() + path.format(**params)


def _serializer(salt: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=salt)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _day(moment: datetime | None) -> str:
    return f"{moment.day} {moment.strftime('%B %Y')}" if moment else ""


def _text(value: str | None, label: str, minimum: int, maximum: int) -> str:
    value = (value or "").strip()
    if len(value) < minimum:
        if minimum <= 1:
            raise DomainError(f"{label} is required.")
        raise DomainError(f"{label} needs at least {minimum} characters (you wrote {len(value)}).")
    if len(value) > maximum:
        raise DomainError(f"{label} can be at most {maximum} characters (you wrote {len(value)}).")
    return value


def _locked(model, ident: int):
    """The row, locked until commit on PostgreSQL (SQLite serialises writers by itself)."""
    row = db.session.scalar(
        select(model)
        .where(model.id == ident)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if row is None:
        raise NotFound("That item does not exist (any more).")
    return row


def _guarded_status(model, ident: int, expected: tuple[str, ...], new: str, message: str) -> None:
    """Move the row from an `expected` status to `new`, or raise Conflict: someone was first."""
    result = db.session.execute(
        update(model)
        .where(model.id == ident, model.status.in_(expected))
        .values(status=new)
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise Conflict(message)


def _assessment(title: str | None, policy: titles.Policy | None = None):
    return titles.assess_title(title or "", policy or current_policy())


def is_member(user: User) -> bool:
    return user.has_role("member") and user.membership_status in (None, "active", "under_review")


# ---------------------------------------------------------------------------------------------
# Settings


def current_settings() -> MembershipSettings:
    """The board's settings; an unsaved row with the defaults until the board first saves."""
    return db.session.get(MembershipSettings, 1) or MembershipSettings.defaults()


SETTING_LIMITS = {
    "quorum": (1, 20, "Quorum"),
    "invitation_quota": (0, 100, "Invitations per member a month"),
    "invitation_expiry_days": (1, 90, "Days an invitation stays valid"),
    "cooldown_days": (0, 1095, "Days before a rejected applicant may apply again"),
    "appeal_window_days": (1, 365, "Days to appeal a decision"),
}


def update_settings(actor, *, reason: str, **values) -> MembershipSettings:
    """A board member changes the membership settings; the change and its reason are audited."""
    ensure_role(actor, "board")
    reason = _text(reason, "The reason", REASON_MIN, REASON_MAX)
    for name, value in values.items():
        if name == "invitation_requests_open":
            continue
        if name not in SETTING_LIMITS:
            raise DomainError(f"Unknown setting {name}.")
        low, high, label = SETTING_LIMITS[name]
        if not isinstance(value, int) or not low <= value <= high:
            raise DomainError(f"{label} must be a whole number from {low} to {high}.")
    row = db.session.scalar(
        select(MembershipSettings).where(MembershipSettings.id == 1).with_for_update()
    )
    if row is None:
        row = MembershipSettings.defaults()
        db.session.add(row)
    before = row.as_dict()
    for name, value in values.items():
        setattr(row, name, bool(value) if name == "invitation_requests_open" else value)
    after = row.as_dict()
    if after == before:
        db.session.rollback()
        raise DomainError("Nothing changed: these are the settings in force.")
    row.updated_at, row.updated_by_id = utcnow(), actor.id
    changed = {k for k in after if after[k] != before[k]}
    audit.record(
        actor,
        "membership.settings_changed",
        ("membership_settings", 1),
        before={k: before[k] for k in changed},
        after={k: after[k] for k in changed},
        reason=reason,
    )
    db.session.commit()
    return row


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


def send_invitation(actor, email: str, note: str) -> Invitation:
    """A member invites a peer: one mail, once, with a single-use link tied to that address."""
    ensure_role(actor, "member")
    if actor.membership_status in ("under_review", "revoked"):
        raise NotPermitted(
            "You can invite peers again once the board has reviewed your membership."
        )
    email = rules.normalise_email(email)
    if not rules.is_email(email):
        raise DomainError("Please give a valid email address, like name@company.com.")
    note = _text(note, "Your personal note", NOTE_MIN, NOTE_MAX)
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
            f"You can invite again from {_day(rules.next_month_start(now))}."
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
            f"{email} already has an invitation, valid until {_day(standing.expires_at)}. "
            "We send each invitation once, without reminders."
        )
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        inviter_id=actor.id,
        email=email,
        note=note,
        token_hash=_token_hash(token),
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
        link=_link(INVITATION_PATH, token=token),
        expires_on=_day(invitation.expires_at),
    )
    db.session.commit()
    return invitation


def revoke_invitation(actor, invitation_id: int) -> Invitation:
    """Its sender or a board member withdraws an invitation that has not been used."""
    ensure_role(actor, "member", "board")
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None:
        raise NotFound("That invitation does not exist.")
    if invitation.inviter_id != actor.id and not actor.has_role("board"):
        raise NotPermitted("Only the member who sent an invitation, or the board, can revoke it.")
    _guarded_status(
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
    db.session.commit()
    return invitation


def find_invitation(token: str) -> Invitation | None:
    if not token or len(token) > 200:
        return None
    return db.session.scalar(
        select(Invitation)
        .options(selectinload(Invitation.inviter))
        .where(Invitation.token_hash == _token_hash(token))
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


def _accept(user: User, invitation: Invitation) -> Invitation:
    if invitation.status == "accepted":
        return invitation
    check_may_apply(user, allow_open=True)
    _guarded_status(
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
    db.session.commit()
    return invitation


def claim_invitation(user, token: str) -> Invitation:
    """The invited person, signed in with the address the invitation was sent to, accepts it."""
    invitation = _check_claimable(user, find_invitation(token))
    if invitation.status == "pending" and rules.normalise_email(user.email) != invitation.email:
        raise InvitationEmailMismatch(
            "This invitation was sent to another email address than the one on your LinkedIn "
            "account. We can mail a confirmation link to the invited address."
        )
    return _accept(user, invitation)


def send_invitation_claim_link(user, token: str) -> Invitation:
    """For someone whose LinkedIn address differs: prove you read the invited mailbox."""
    invitation = _check_claimable(user, find_invitation(token))
    if invitation.status == "accepted":
        return invitation
    signed = _serializer("membership.invitation-claim").dumps(
        {"invitation": invitation.id, "user": user.id}
    )
    queue_mail(
        invitation.email,
        "membership_invitation_confirm",
        "Confirm your invitation",
        recipient=user,
        kind="invitation",
        name=user.display_name,
        link=_link(INVITATION_CLAIM_PATH, token=signed),
        hours=INVITATION_CLAIM_LINK_HOURS,
    )
    audit.record(user, "invitation.confirmation_sent", invitation, after={"user": user.id})
    db.session.commit()
    return invitation


def claim_invitation_by_link(user, signed: str) -> Invitation:
    data = _load_signed(signed, "membership.invitation-claim", INVITATION_CLAIM_LINK_HOURS)
    if data.get("user") != user.id:
        raise NotPermitted(
            "This confirmation link was made for another account. Sign in with the LinkedIn "
            "account you used when you asked for it."
        )
    invitation = db.session.get(Invitation, data.get("invitation"))
    invitation = _check_claimable(user, invitation)
    return _accept(user, invitation)


def _load_signed(signed: str, salt: str, hours: int) -> dict:
    try:
        data = _serializer(salt).loads(signed, max_age=hours * 3600)
    except SignatureExpired as error:
        raise InvalidLink(
            "This link has expired. Please ask for a new one from your application page."
        ) from error
    except BadSignature as error:
        raise InvalidLink(
            "This link is not valid. Please check that you copied the whole link."
        ) from error
    if not isinstance(data, dict):
        raise InvalidLink("This link is not valid.")
    return data


# ---------------------------------------------------------------------------------------------
# Applications


def open_application(user: User) -> Application | None:
    return db.session.scalar(
        select(Application).where(
            Application.applicant_id == user.id,
            Application.status.in_(OPEN_APPLICATION_STATUSES),
        )
    )


def latest_application(user: User) -> Application | None:
    return db.session.scalar(
        select(Application)
        .where(Application.applicant_id == user.id)
        .order_by(Application.submitted_at.desc(), Application.id.desc())
        .limit(1)
    )


def available_invitation(user: User) -> Invitation | None:
    """An invitation this person accepted that no application (other than withdrawn) has used."""
    used = exists().where(
        Application.invitation_id == Invitation.id, Application.status != "withdrawn"
    )
    return db.session.scalar(
        select(Invitation)
        .options(selectinload(Invitation.inviter))
        .where(
            Invitation.accepted_by_id == user.id,
            Invitation.status == "accepted",
            ~used,
        )
        .order_by(Invitation.accepted_at.desc())
        .limit(1)
    )


def _latest_revocation(user: User) -> MembershipReview | None:
    return db.session.scalar(
        select(MembershipReview)
        .where(MembershipReview.member_id == user.id, MembershipReview.status == "revoked")
        .order_by(MembershipReview.decided_at.desc())
        .limit(1)
    )


def cooldown_ends(user: User, settings: MembershipSettings | None = None) -> datetime | None:
    """When this person may apply again after a rejection or revocation; None if they may now."""
    settings = settings or current_settings()
    last_rejection = db.session.scalar(
        select(func.max(Application.decided_at)).where(
            Application.applicant_id == user.id, Application.status == "rejected"
        )
    )
    revocation = _latest_revocation(user)
    last = max(
        (d for d in (last_rejection, revocation and revocation.decided_at) if d), default=None
    )
    if last is None:
        return None
    ends = last + timedelta(days=settings.cooldown_days)
    return ends if ends > utcnow() else None


def check_may_apply(user: User, *, allow_open: bool = False) -> None:
    """Raise why this person can't start an application now (member, open one, cooldown)."""
    if is_member(user):
        raise ApplicationRefused("You are already a member.")
    if not allow_open and open_application(user) is not None:
        raise ApplicationRefused(
            "You already have an application in progress. You can follow it on your status page."
        )
    ends = cooldown_ends(user)
    if ends is not None:
        raise CooldownActive(
            f"After a decision, a new application is possible from {_day(ends)}. "
            "If you have new information, you can appeal the decision instead."
        )


def submit_application(
    user,
    *,
    job_title: str,
    company: str,
    linkedin_url: str,
    function: str,
    statement: str,
    house_rules_version: int,
    work_email: str | None = None,
) -> Application:
    """A signed-in person applies, with an accepted invitation or, when the board allows it, as
    a request for an invitation. It never skips board review."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise NotPermitted("Please sign in with LinkedIn to apply.")
    check_may_apply(user)
    settings = current_settings()
    invitation = available_invitation(user)
    if invitation is None and not settings.invitation_requests_open:
        raise ApplicationRefused(
            "Applications need an invitation from a member. Ask a member you know to invite you."
        )
    job_title = _text(job_title, "Your job title", 2, TITLE_MAX)
    company = _text(company, "Your company", 1, COMPANY_MAX)
    profile = rules.normalise_linkedin_url(linkedin_url)
    if profile is None:
        raise DomainError(
            "Please give the address of your LinkedIn profile, like "
            "https://www.linkedin.com/in/your-name."
        )
    if function not in FUNCTION_LABELS:
        raise DomainError("Please choose your function from the list.")
    statement = _text(statement, "Your statement", STATEMENT_MIN, STATEMENT_MAX)
    rules_in_force = current_rules()
    if house_rules_version != rules_in_force.version:
        raise DomainError(
            "The house rules changed while you were reading; please read them again and accept "
            f"version {rules_in_force.version}."
        )
    version = current_version()
    assessment = _assessment(job_title, policy_of(version))
    application = Application(
        applicant_id=user.id,
        invitation_id=invitation.id if invitation else None,
        job_title=job_title,
        company=company,
        linkedin_url=profile,
        function=function,
        statement=statement,
        house_rules_version=rules_in_force.version,
        assessment_level=assessment.level,
        assessment_eligibility=assessment.eligibility,
        assessment_rule=assessment.rule,
        assessment_explanation=assessment.explanation,
    )
    db.session.add(application)
    try:
        db.session.flush()
    except IntegrityError as error:  # a second tab submitted at the same moment
        db.session.rollback()
        raise ApplicationRefused("You already have an application in progress.") from error
    add_role(user, user, "applicant", "Submitted an application")
    audit.record(
        user,
        "application.submitted",
        application,
        after={
            "status": "submitted",
            "job_title": job_title,
            "company": company,
            "eligibility": assessment.eligibility,
            "invitation": application.invitation_id,
            "house_rules_version": rules_in_force.version,
            "policy_version": version.version if version else None,
        },
    )
    if work_email:
        _request_work_email(user, application, work_email)
    db.session.commit()
    return application


def withdraw_application(user, application_id: int) -> Application:
    application = db.session.get(Application, application_id)
    if application is None or application.applicant_id != getattr(user, "id", None):
        raise NotFound("You have no such application.")
    before = application.status
    _guarded_status(
        Application,
        application.id,
        OPEN_APPLICATION_STATUSES,
        "withdrawn",
        "The board decided on your application a moment ago, so it can no longer be withdrawn.",
    )
    application.withdrawn_at = utcnow()
    audit.record(
        user,
        "application.withdrawn",
        application,
        before={"status": before},
        after={"status": "withdrawn"},
    )
    db.session.commit()
    return application


def _request_work_email(user: User, application: Application, email: str) -> None:
    email = rules.normalise_email(email)
    if not rules.is_email(email):
        raise DomainError("Please give a valid work email address, like name@company.com.")
    domain = rules.email_domain(email)
    if rules.is_free_mail(domain):
        raise DomainError(
            f"{domain} is a personal mail provider, so it says nothing about where you work. "
            "Please use your address at your company's domain."
        )
    application.work_email, application.work_email_confirmed_at = email, None
    signed = _serializer("membership.work-email").dumps(
        {"application": application.id, "email": email}
    )
    queue_mail(
        email,
        "membership_work_email",
        "Confirm your work email address",
        recipient=user,
        kind="work_email",
        name=user.display_name,
        domain=domain,
        link=_link(WORK_EMAIL_PATH, token=signed),
        hours=WORK_EMAIL_LINK_HOURS,
    )
    audit.record(user, "application.work_email_requested", application, after={"domain": domain})


def request_work_email_confirmation(user, email: str) -> Application:
    """Mail a signed, expiring link to a work address, so the board sees where they work."""
    application = open_application(user)
    if application is None:
        raise NotFound("You have no application in progress to add a work email to.")
    _request_work_email(user, application, email)
    db.session.commit()
    return application


def confirm_work_email(user, signed: str) -> Application:
    data = _load_signed(signed, "membership.work-email", WORK_EMAIL_LINK_HOURS)
    application = db.session.get(Application, data.get("application"))
    if application is None or application.applicant_id != getattr(user, "id", None):
        raise NotPermitted(
            "This link confirms an address for another person's application. Sign in with your "
            "own LinkedIn account to use it."
        )
    if application.work_email != data.get("email"):
        raise InvalidLink(
            "You asked to confirm a different address after this link was sent; please use the "
            "newest link."
        )
    if not application.is_open:
        raise DomainError("This application is no longer open, so there is nothing to confirm.")
    if application.work_email_confirmed_at is None:
        application.work_email_confirmed_at = utcnow()
        audit.record(
            user,
            "application.work_email_confirmed",
            application,
            after={"domain": rules.email_domain(application.work_email)},
        )
        db.session.commit()
    return application


# ---------------------------------------------------------------------------------------------
# Board review of applications


def application_recusal(
    board_user: User, application: Application, applicant: User, inviter_id: int | None
) -> str | None:
    """Why this board member may not vote on this application, or None."""
    if board_user.id == applicant.id:
        return "This is your own application."
    if inviter_id is not None and inviter_id == board_user.id:
        return "You invited this applicant; your vouching is shown to the board instead."
    return rules.recusal_reason(
        board_user.company,
        [board_user.email],
        application.company,
        [application.work_email],
    )


def _load_application(application_id: int, *, lock: bool) -> Application:
    application = _locked(Application, application_id) if lock else None
    if application is None:
        application = db.session.get(Application, application_id)
        if application is None:
            raise NotFound("That application does not exist.")
    return application


def inviter_id_of(application: Application) -> int | None:
    if application.invitation_id is None:
        return None
    return db.session.scalar(
        select(Invitation.inviter_id).where(Invitation.id == application.invitation_id)
    )


def _check_application_voter(actor: User, application: Application) -> User:
    applicant = db.session.get(User, application.applicant_id)
    reason = application_recusal(actor, application, applicant, inviter_id_of(application))
    if reason:
        raise Recused(f"You are recused from this application: {reason}")
    return applicant


def _upsert_vote(model, key: str, item_id: int, actor: User, choice: str, reason: str):
    vote = db.session.scalar(
        select(model).where(getattr(model, key) == item_id, model.voter_id == actor.id)
    )
    changed = vote is not None
    if vote is None:
        vote = model(**{key: item_id}, voter_id=actor.id, choice=choice, reason=reason)
        db.session.add(vote)
    else:
        vote.choice, vote.reason, vote.updated_at = choice, reason, utcnow()
    try:
        db.session.flush()
    except IntegrityError as error:  # the same board member's second tab, at the same moment
        db.session.rollback()
        raise Conflict("Your vote was recorded a moment ago; please reload the page.") from error
    return vote, changed


def cast_vote(actor, application_id: int, choice: str, reason: str) -> Application:
    """A board member votes approve / reject / abstain with a reason; a quorum decides."""
    ensure_role(actor, "board")
    if choice not in APPLICATION_VOTE_CHOICES:
        raise DomainError("Please choose approve, reject or abstain.")
    reason = _text(reason, "The reason", REASON_MIN, REASON_MAX)
    application = _load_application(application_id, lock=True)
    if not application.is_open:
        raise Conflict(f"This application was already decided ({application.status}).")
    applicant = _check_application_voter(actor, application)
    if (
        choice == "approve"
        and application.assessment_eligibility == "ineligible"
        and len(reason) < JUSTIFICATION_MIN
    ):
        raise DomainError(
            "The rules judge this title ineligible. Approving it anyway is an exception: write a "
            f"justification of at least {JUSTIFICATION_MIN} characters. It will appear in the "
            "exceptions report."
        )
    _, changed = _upsert_vote(
        ApplicationVote, "application_id", application.id, actor, choice, reason
    )
    audit.record(
        actor,
        "application.vote_changed" if changed else "application.vote_cast",
        application,
        after={"choice": choice, "voter": actor.id},
        reason=reason,
    )
    _start_review(actor, application)
    _maybe_decide_application(actor, application, applicant, reason)
    db.session.commit()
    return application


def _start_review(actor: User, application: Application) -> None:
    if application.status == "submitted":
        _guarded_status(
            Application,
            application.id,
            ("submitted",),
            "under_review",
            "Another board member decided this application a moment ago.",
        )
        audit.record(
            actor,
            "application.under_review",
            application,
            before={"status": "submitted"},
            after={"status": "under_review"},
        )


def application_tally(application_id: int) -> rules.Tally:
    choices = db.session.scalars(
        select(ApplicationVote.choice).where(ApplicationVote.application_id == application_id)
    )
    return rules.Tally.of(choices)


def _maybe_decide_application(
    actor: User, application: Application, applicant: User, deciding_reason: str
) -> None:
    outcome = application_tally(application.id).outcome(current_settings().quorum)
    if outcome is not None:
        _decide_application(actor, application, applicant, outcome, deciding_reason)


def _decide_application(
    actor: User, application: Application, applicant: User, outcome: str, reason: str
) -> None:
    new_status = "approved" if outcome == "approve" else "rejected"
    before = application.status
    _guarded_status(
        Application,
        application.id,
        OPEN_APPLICATION_STATUSES,
        new_status,
        "Another board member's vote decided this application a moment ago.",
    )
    now = utcnow()
    application.decided_at = now
    application.decision_reason = reason
    settings = current_settings()
    if new_status == "approved":
        if application.assessment_eligibility == "ineligible":
            justifications = db.session.scalars(
                select(ApplicationVote.reason).where(
                    ApplicationVote.application_id == application.id,
                    ApplicationVote.choice == "approve",
                )
            ).all()
            application.exception = True
            application.exception_justification = "\n\n".join(justifications)
        _admit(
            actor,
            applicant,
            title=application.job_title,
            company=application.company,
            rules_version=application.house_rules_version,
            reason=f"Application {application.id} approved by the board",
        )
        rules_in_force = current_rules()
        queue_mail(
            applicant.email,
            "membership_approved",
            f"Welcome to {current_app.config['COMMUNITY_NAME']}",
            recipient=applicant,
            kind="decision",
            name=applicant.display_name,
            rules_version=rules_in_force.version,
            rules_text=rules_in_force.body,
            rules_html=render(rules_in_force.body),
            link=_base_url() + "/",
        )
    else:
        application.appeal_deadline = now + timedelta(days=settings.appeal_window_days)
        queue_mail(
            applicant.email,
            "membership_rejected",
            "The board's decision on your application",
            recipient=applicant,
            kind="decision",
            name=applicant.display_name,
            reason=reason,
            reason_html=render(reason),
            appeal_deadline=_day(application.appeal_deadline),
            reapply_from=_day(now + timedelta(days=settings.cooldown_days)),
            link=_base_url() + "/membership/",
        )
    audit.record(
        actor,
        f"application.{new_status}",
        application,
        before={"status": before},
        after={"status": new_status, "exception": application.exception},
        reason=reason,
    )


def _admit(actor, user: User, *, title: str, company: str, rules_version: int | None, reason: str):
    """Make the person a member: role, status, title and company, house rules accepted."""
    before = user.membership_status
    add_role(actor, user, "member", reason)
    remove_role(actor, user, "applicant", reason)
    user.membership_status = "active"
    user.member_since = user.member_since or utcnow()
    user.job_title, user.company = title, company
    if rules_version and (user.house_rules_accepted_version or 0) < rules_version:
        previous = user.house_rules_accepted_version
        user.house_rules_accepted_version = rules_version
        audit.record(
            user,
            "house_rules.accepted",
            user,
            before={"version": previous},
            after={"version": rules_version},
            reason="Accepted with the membership application",
        )
    audit.record(
        actor,
        "membership.granted",
        user,
        before={"membership_status": before},
        after={"membership_status": "active"},
        reason=reason,
    )


def standard_rejection_reason(application: Application, policy: titles.Policy | None = None) -> str:
    policy = policy or current_policy()
    level = LEVEL_LABELS.get(policy.minimum_level, policy.minimum_level)
    level = level if level.endswith(("level", "C-level")) else f"{level} level"
    return (
        f"Membership is for C-level executives and senior leaders at {level} and above, "
        f"and the title you gave, “{application.job_title}”, is below that level under our "
        f"published membership policy. {application.assessment_explanation or ''}"
    ).strip()


def reject_ineligible(actor, application_id: int) -> Application:
    """One click: reject a title the rules judge ineligible, with the standard reason.

    Only while no board member has voted to approve: a contested case needs the full vote.
    """
    ensure_role(actor, "board")
    application = _load_application(application_id, lock=True)
    if not application.is_open:
        raise Conflict(f"This application was already decided ({application.status}).")
    applicant = _check_application_voter(actor, application)
    if application.assessment_eligibility != "ineligible":
        raise DomainError(
            "One-click rejection is only for titles the rules judge ineligible. Please vote with "
            "a reason instead."
        )
    if application_tally(application.id).approve:
        raise DomainError(
            "A board member has voted to approve this application, so it needs the full vote."
        )
    reason = standard_rejection_reason(application)
    _upsert_vote(ApplicationVote, "application_id", application.id, actor, "reject", reason)
    audit.record(
        actor,
        "application.vote_cast",
        application,
        after={"choice": "reject", "voter": actor.id, "rule": application.assessment_rule},
        reason="One-click rejection: the title rules judge this title ineligible.",
    )
    _start_review(actor, application)
    _decide_application(actor, application, applicant, "reject", reason)
    db.session.commit()
    return application


# ---------------------------------------------------------------------------------------------
# Membership review: uniform enforcement over time


def _open_review(
    actor,
    member: User,
    *,
    trigger: str,
    previous_title: str | None,
    previous_eligibility: str,
    assessment,
    policy_version: int | None,
    reason: str | None = None,
) -> MembershipReview | None:
    already = db.session.scalar(
        select(MembershipReview.id).where(
            MembershipReview.member_id == member.id, MembershipReview.status == "open"
        )
    )
    if already:
        return None
    review = MembershipReview(
        member_id=member.id,
        trigger=trigger,
        previous_title=previous_title,
        title=member.job_title,
        company=member.company,
        previous_eligibility=previous_eligibility,
        assessment_level=assessment.level,
        assessment_eligibility=assessment.eligibility,
        assessment_rule=assessment.rule,
        assessment_explanation=assessment.explanation,
        policy_version=policy_version,
        referred_by_id=getattr(actor, "id", None) if trigger == "referred" else None,
        referral_reason=reason if trigger == "referred" else None,
    )
    db.session.add(review)
    before = member.membership_status
    member.membership_status = "under_review"
    db.session.flush()
    audit.record(
        actor,
        "membership.review_opened",
        review,
        before={"membership_status": before, "eligibility": previous_eligibility},
        after={
            "membership_status": "under_review",
            "member": member.id,
            "eligibility": assessment.eligibility,
            "trigger": trigger,
        },
        reason=reason,
    )
    return review


def change_title(user, new_title: str, new_company: str | None) -> MembershipReview | None:
    """A person changes their title (the profile page calls this); a member whose new title no
    longer qualifies goes to the membership review queue, never silently out."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise NotPermitted("Please sign in.")
    new_title = _text(new_title, "Your job title", 2, TITLE_MAX)
    new_company = (new_company or "").strip()
    if len(new_company) > COMPANY_MAX:
        raise DomainError(f"Your company can be at most {COMPANY_MAX} characters.")
    old_title, old_company = user.job_title, user.company
    if old_title == new_title and (old_company or "") == new_company:
        return None
    version = current_version()
    policy = policy_of(version)
    before, after = _assessment(old_title, policy), _assessment(new_title, policy)
    user.job_title, user.company = new_title, new_company or None
    audit.record(
        user,
        "membership.title_changed",
        user,
        before={"job_title": old_title, "company": old_company},
        after={"job_title": new_title, "company": new_company or None},
    )
    review = None
    if (
        user.has_role("member")
        and user.membership_status in (None, "active")
        and rules.member_needs_review(before.eligibility, after.eligibility, title_changed=True)
    ):
        review = _open_review(
            user,
            user,
            trigger="title_changed",
            previous_title=old_title,
            previous_eligibility=before.eligibility,
            assessment=after,
            policy_version=version.version if version else None,
        )
    db.session.commit()
    return review


def refer_for_review(actor, member: User, reason: str) -> MembershipReview:
    """Another feature (moderation's "propose revocation") asks the board to review a member.

    Runs in the caller's transaction (the caller checks its own permissions and commits); an
    open review is reused, so a member is never in the queue twice.
    """
    reason = _text(reason, "The reason for the review", REASON_MIN, REASON_MAX)
    existing = db.session.scalar(
        select(MembershipReview).where(
            MembershipReview.member_id == member.id, MembershipReview.status == "open"
        )
    )
    if existing is not None:
        return existing
    version = current_version()
    assessment = _assessment(member.job_title, policy_of(version))
    return _open_review(
        actor,
        member,
        trigger="referred",
        previous_title=member.job_title,
        previous_eligibility=assessment.eligibility,
        assessment=assessment,
        policy_version=version.version if version else None,
        reason=reason,
    )


def withdraw_review(actor, member: User, reason: str) -> MembershipReview | None:
    """The referral was taken back before the board decided: close the open review (in the
    caller's transaction) and give the member back their active membership."""
    review = db.session.scalar(
        select(MembershipReview).where(
            MembershipReview.member_id == member.id, MembershipReview.status == "open"
        )
    )
    if review is None:
        return None
    _guarded_status(
        MembershipReview,
        review.id,
        ("open",),
        "withdrawn",
        "The board decided this review a moment ago.",
    )
    review.decided_at, review.reason = utcnow(), reason
    if member.membership_status == "under_review":
        member.membership_status = "active"
    audit.record(
        actor,
        "membership.review_withdrawn",
        review,
        before={"membership_status": "under_review"},
        after={"membership_status": member.membership_status, "member": member.id},
        reason=reason,
    )
    return review


def review_recusal(board_user: User, member: User) -> str | None:
    if board_user.id == member.id:
        return "This is your own membership."
    return rules.recusal_reason(board_user.company, [board_user.email], member.company, [])


def decide_membership_review(actor, review_id: int, decision: str, reason: str) -> MembershipReview:
    """The board keeps or revokes a member under review, with a reason the member is told."""
    ensure_role(actor, "board")
    if decision not in ("keep", "revoke"):
        raise DomainError("Please choose to keep or revoke the membership.")
    reason = _text(reason, "The reason", REASON_MIN, REASON_MAX)
    review = _locked(MembershipReview, review_id)
    if review.status != "open":
        raise Conflict(f"This review was already decided ({review.status}).")
    member = db.session.get(User, review.member_id)
    recused = review_recusal(actor, member)
    if recused:
        raise Recused(f"You are recused from this review: {recused}")
    new_status = "kept" if decision == "keep" else "revoked"
    _guarded_status(
        MembershipReview,
        review.id,
        ("open",),
        new_status,
        "Another board member decided this review a moment ago.",
    )
    now = utcnow()
    review.decided_at, review.decided_by_id, review.reason = now, actor.id, reason
    before = member.membership_status
    if new_status == "kept":
        member.membership_status = "active"
    else:
        remove_role(actor, member, "member", reason)
        member.membership_status = "revoked"
        review.appeal_deadline = now + timedelta(days=current_settings().appeal_window_days)
    audit.record(
        actor,
        f"membership.{new_status}",
        review,
        before={"membership_status": before},
        after={"membership_status": member.membership_status, "member": member.id},
        reason=reason,
    )
    queue_mail(
        member.email,
        "membership_review_outcome",
        "Your membership continues" if new_status == "kept" else "Your membership has been revoked",
        recipient=member,
        kind="decision",
        name=member.display_name,
        outcome=new_status,
        trigger=review.trigger,
        title=review.title,
        reason=reason,
        reason_html=render(reason),
        appeal_deadline=_day(review.appeal_deadline),
        link=_base_url() + "/membership/",
    )
    db.session.commit()
    return review


# ---------------------------------------------------------------------------------------------
# Appeals


@dataclass
class AppealableDecision:
    kind: str  # "rejection" | "revocation"
    application: Application | None
    review: MembershipReview | None
    decided_at: datetime
    deadline: datetime
    appeal: Appeal | None

    @property
    def window_open(self) -> bool:
        return self.appeal is None and utcnow() < self.deadline


def latest_appealable_decision(user: User) -> AppealableDecision | None:
    """The person's most recent rejection or revocation, with its appeal if any."""
    rejected = db.session.scalar(
        select(Application)
        .where(Application.applicant_id == user.id, Application.status == "rejected")
        .order_by(Application.decided_at.desc())
        .limit(1)
    )
    revoked = _latest_revocation(user)
    candidates = []
    if rejected is not None:
        candidates.append(
            AppealableDecision(
                "rejection", rejected, None, rejected.decided_at, rejected.appeal_deadline, None
            )
        )
    if revoked is not None:
        candidates.append(
            AppealableDecision(
                "revocation", None, revoked, revoked.decided_at, revoked.appeal_deadline, None
            )
        )
    if not candidates:
        return None
    decision = max(candidates, key=lambda c: c.decided_at)
    if decision.application is not None:
        condition = Appeal.application_id == decision.application.id
    else:
        condition = Appeal.review_id == decision.review.id
    decision.appeal = db.session.scalar(select(Appeal).where(condition))
    return decision


def file_appeal(
    user,
    *,
    statement: str,
    updated_title: str | None = None,
    updated_company: str | None = None,
) -> Appeal:
    """Appeal the latest rejection or revocation, once, within the window, with new information."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise NotPermitted("Please sign in to appeal.")
    decision = latest_appealable_decision(user)
    if decision is None:
        raise AppealRefused("There is no decision of yours to appeal.")
    if decision.appeal is not None:
        raise AppealRefused("You have already appealed this decision; an appeal can be made once.")
    if utcnow() >= decision.deadline:
        raise AppealWindowClosed(
            f"The time to appeal this decision ended on {_day(decision.deadline)}."
        )
    statement = _text(statement, "Your appeal", APPEAL_MIN, APPEAL_MAX)
    updated_title = (updated_title or "").strip() or None
    updated_company = (updated_company or "").strip() or None
    if updated_title and len(updated_title) > TITLE_MAX:
        raise DomainError(f"Your job title can be at most {TITLE_MAX} characters.")
    if updated_company and len(updated_company) > COMPANY_MAX:
        raise DomainError(f"Your company can be at most {COMPANY_MAX} characters.")
    assessment = _assessment(updated_title) if updated_title else None
    appeal = Appeal(
        appellant_id=user.id,
        application_id=decision.application.id if decision.application else None,
        review_id=decision.review.id if decision.review else None,
        statement=statement,
        updated_title=updated_title,
        updated_company=updated_company,
        assessment_level=assessment.level if assessment else None,
        assessment_eligibility=assessment.eligibility if assessment else None,
        assessment_explanation=assessment.explanation if assessment else None,
    )
    db.session.add(appeal)
    try:
        db.session.flush()
    except IntegrityError as error:
        db.session.rollback()
        raise AppealRefused("You have already appealed this decision.") from error
    audit.record(
        user,
        "appeal.filed",
        appeal,
        after={
            "status": "open",
            "kind": decision.kind,
            "updated_title": updated_title,
            "eligibility": assessment.eligibility if assessment else None,
        },
    )
    db.session.commit()
    return appeal


def original_voter_ids(appeal: Appeal) -> set[int]:
    """Board members who took part in the decision under appeal (they don't vote on it)."""
    if appeal.application_id is not None:
        return set(
            db.session.scalars(
                select(ApplicationVote.voter_id).where(
                    ApplicationVote.application_id == appeal.application_id,
                    ApplicationVote.voter_id.is_not(None),
                )
            )
        )
    decided_by = db.session.scalar(
        select(MembershipReview.decided_by_id).where(MembershipReview.id == appeal.review_id)
    )
    return {decided_by} if decided_by else set()


def appeal_recusal(
    board_user: User,
    appeal: Appeal,
    appellant: User,
    original_voters: set[int],
    affiliation: tuple[str | None, str | None],
) -> str | None:
    """Why this board member may not vote on this appeal; `affiliation` is (company, work email)."""
    if board_user.id in original_voters:
        return "You took part in the decision under appeal."
    if board_user.id == appellant.id:
        return "This is your own appeal."
    company, work_email = affiliation
    return rules.recusal_reason(board_user.company, [board_user.email], company, [work_email])


def appeal_affiliation(appeal: Appeal, appellant: User) -> tuple[str | None, str | None]:
    """The company (and work email) the appellant is judged by, for recusal."""
    if appeal.application_id is not None:
        company, work_email = db.session.execute(
            select(Application.company, Application.work_email).where(
                Application.id == appeal.application_id
            )
        ).one()
        return appeal.updated_company or company, work_email
    return appeal.updated_company or appellant.company, None


def _check_appeal_voter(actor: User, appeal: Appeal) -> User:
    appellant = db.session.get(User, appeal.appellant_id)
    reason = appeal_recusal(
        actor, appeal, appellant, original_voter_ids(appeal), appeal_affiliation(appeal, appellant)
    )
    if reason:
        raise Recused(f"You can't vote on this appeal: {reason}")
    return appellant


def claim_appeal(actor, appeal_id: int) -> Appeal:
    """Mark an appeal as yours to work on, so two board members don't prepare it at once."""
    ensure_role(actor, "board")
    appeal = db.session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound("That appeal does not exist.")
    if appeal.status != "open":
        raise Conflict("This appeal was already decided.")
    _check_appeal_voter(actor, appeal)
    result = db.session.execute(
        update(Appeal)
        .where(Appeal.id == appeal.id, Appeal.status == "open", Appeal.claimed_by_id.is_(None))
        .values(claimed_by_id=actor.id, claimed_at=utcnow())
        .execution_options(synchronize_session="fetch")
    )
    if result.rowcount != 1:
        db.session.rollback()
        holder = db.session.get(User, appeal.claimed_by_id) if appeal.claimed_by_id else None
        name = holder.display_name if holder else "Another board member"
        raise Conflict(f"{name} is already working on this appeal.")
    audit.record(actor, "appeal.claimed", appeal, after={"claimed_by": actor.id})
    db.session.commit()
    return appeal


def release_appeal(actor, appeal_id: int) -> Appeal:
    ensure_role(actor, "board")
    appeal = db.session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound("That appeal does not exist.")
    if appeal.claimed_by_id != actor.id:
        raise NotPermitted("Only the board member working on this appeal can release it.")
    appeal.claimed_by_id, appeal.claimed_at = None, None
    audit.record(actor, "appeal.released", appeal, before={"claimed_by": actor.id})
    db.session.commit()
    return appeal


def appeal_tally(appeal_id: int) -> rules.Tally:
    choices = db.session.scalars(select(AppealVote.choice).where(AppealVote.appeal_id == appeal_id))
    return rules.Tally.of(choices)


def cast_appeal_vote(actor, appeal_id: int, choice: str, reason: str) -> Appeal:
    """Board members who did not decide the original vote uphold / deny / abstain. The reason of
    the vote that reaches the quorum is the written reply sent to the person."""
    ensure_role(actor, "board")
    if choice not in APPEAL_VOTE_CHOICES:
        raise DomainError("Please choose uphold, deny or abstain.")
    reason = _text(reason, "The reason", REASON_MIN, REASON_MAX)
    appeal = _locked(Appeal, appeal_id)
    if appeal.status != "open":
        raise Conflict(f"This appeal was already decided ({appeal.status}).")
    appellant = _check_appeal_voter(actor, appeal)
    _, changed = _upsert_vote(AppealVote, "appeal_id", appeal.id, actor, choice, reason)
    audit.record(
        actor,
        "appeal.vote_changed" if changed else "appeal.vote_cast",
        appeal,
        after={"choice": choice, "voter": actor.id},
        reason=reason,
    )
    outcome = appeal_tally(appeal.id).outcome(current_settings().quorum)
    if outcome is not None:
        _decide_appeal(
            actor, appeal, appellant, "upheld" if outcome == "approve" else "denied", reason
        )
    db.session.commit()
    return appeal


def _decide_appeal(actor: User, appeal: Appeal, appellant: User, outcome: str, reply: str) -> None:
    _guarded_status(
        Appeal, appeal.id, ("open",), outcome, "Another board member's vote decided this appeal."
    )
    appeal.decided_at, appeal.reply = utcnow(), reply
    if outcome == "upheld":
        if appeal.application_id is not None:
            application = db.session.get(Application, appeal.application_id)
            _admit(
                actor,
                appellant,
                title=appeal.updated_title or application.job_title,
                company=appeal.updated_company or application.company,
                rules_version=application.house_rules_version,
                reason=f"Appeal {appeal.id} upheld by the board",
            )
        else:
            _admit(
                actor,
                appellant,
                title=appeal.updated_title or appellant.job_title,
                company=appeal.updated_company or appellant.company,
                rules_version=None,
                reason=f"Appeal {appeal.id} upheld: membership reinstated",
            )
    audit.record(
        actor,
        f"appeal.{outcome}",
        appeal,
        before={"status": "open"},
        after={"status": outcome, "kind": appeal.kind},
        reason=reply,
    )
    queue_mail(
        appellant.email,
        "membership_appeal_outcome",
        "The board's decision on your appeal",
        recipient=appellant,
        kind="decision",
        name=appellant.display_name,
        outcome=outcome,
        kind_of_decision=appeal.kind,
        reply=reply,
        reply_html=render(reply),
        link=_base_url() + "/",
    )


# ---------------------------------------------------------------------------------------------
# The title policy


def parse_policy(
    *,
    minimum_level: str,
    allow_patterns: str | list[str],
    deny_patterns: str | list[str],
    review_levels: list[str],
) -> titles.Policy:
    """A Policy from the board's form, refusing unknown levels and patterns that don't compile."""
    levels = list(titles.LEVELS)
    if minimum_level not in levels:
        raise DomainError("Please choose the minimum level from the list.")
    unknown = [level for level in review_levels if level not in levels]
    if unknown:
        raise DomainError(f"Unknown level {unknown[0]!r}.")

    def lines(value) -> list[str]:
        items = value.splitlines() if isinstance(value, str) else list(value)
        return [item.strip() for item in items if item.strip()]

    allow, deny = lines(allow_patterns), lines(deny_patterns)
    if any(len(pattern) > 200 for pattern in allow + deny):
        raise DomainError("Each pattern can be at most 200 characters.")
    try:
        return titles.Policy(
            minimum_level=minimum_level,
            allow_patterns=tuple(allow),
            deny_patterns=tuple(deny),
            review_levels=tuple(level for level in levels if level in review_levels),
        )
    except ValueError as error:
        raise DomainError(f"The policy can't be used: {error}.") from error


@dataclass
class OutcomeChange:
    kind: str  # "member" | "application"
    id: int
    name: str
    title: str
    before: str
    after: str
    explanation: str


@dataclass
class DryRun:
    changes: list[OutcomeChange]
    members_checked: int
    applications_checked: int

    @property
    def members(self) -> list[OutcomeChange]:
        return [c for c in self.changes if c.kind == "member"]

    @property
    def applications(self) -> list[OutcomeChange]:
        return [c for c in self.changes if c.kind == "application"]


def dry_run(proposed: titles.Policy, current: titles.Policy | None = None) -> DryRun:
    """The current members and open applications whose outcome the proposed policy changes.

    Two queries whatever the size; the assessing is pure Python.
    """
    current = current or current_policy()
    members = db.session.execute(
        select(User.id, User.name, User.email, User.job_title)
        .where(
            User.deleted_at.is_(None),
            User.roles.any(UserRole.role == "member"),
            User.membership_status.in_(("active", "under_review")),
        )
        .order_by(User.name, User.id)
    ).all()
    applications = db.session.execute(
        select(Application.id, User.name, User.email, Application.job_title)
        .join(User, User.id == Application.applicant_id)
        .where(Application.status.in_(OPEN_APPLICATION_STATUSES))
        .order_by(Application.submitted_at, Application.id)
    ).all()
    changes: list[OutcomeChange] = []
    cache: dict[str, tuple] = {}

    def judge(title: str | None):
        key = title or ""
        if key not in cache:
            cache[key] = (
                titles.assess_title(key, current),
                titles.assess_title(key, proposed),
            )
        return cache[key]

    for kind, rows in (("member", members), ("application", applications)):
        for row_id, name, email, title in rows:
            before, after = judge(title)
            if before.eligibility != after.eligibility:
                changes.append(
                    OutcomeChange(
                        kind,
                        row_id,
                        name or email,
                        title or "",
                        before.eligibility,
                        after.eligibility,
                        after.explanation,
                    )
                )
    return DryRun(changes, len(members), len(applications))


def save_policy(actor, proposed: titles.Policy, reason: str) -> tuple[PolicyVersion, DryRun]:
    """Save a new policy version. Open applications are re-assessed; members whose title no
    longer qualifies go to the membership review queue (never a silent revocation)."""
    ensure_role(actor, "board")
    reason = _text(reason, "The reason for the change", REASON_MIN, REASON_MAX)
    previous = current_version()
    current = policy_of(previous)
    if proposed.to_dict() == current.to_dict():
        raise DomainError("This is the policy in force already; nothing to save.")
    version = PolicyVersion(
        version=(previous.version if previous else 0) + 1,
        rules=json.dumps(proposed.to_dict(), sort_keys=True),
        reason=reason,
        created_by_id=actor.id,
    )
    db.session.add(version)
    try:
        db.session.flush()
    except IntegrityError as error:
        db.session.rollback()
        raise Conflict(
            "Another board member saved a policy a moment ago. Please review it first."
        ) from error
    audit.record(
        actor,
        "policy.changed",
        version,
        before={"version": previous.version if previous else None, "rules": current.to_dict()},
        after={"version": version.version, "rules": proposed.to_dict()},
        reason=reason,
    )
    result = dry_run(proposed, current)
    changed_applications = {c.id: c for c in result.applications}
    if changed_applications:
        for application in db.session.scalars(
            select(Application).where(Application.id.in_(changed_applications))
        ):
            assessment = titles.assess_title(application.job_title, proposed)
            before = application.assessment_eligibility
            application.assessment_level = assessment.level
            application.assessment_eligibility = assessment.eligibility
            application.assessment_rule = assessment.rule
            application.assessment_explanation = assessment.explanation
            audit.record(
                actor,
                "application.reassessed",
                application,
                before={"eligibility": before},
                after={"eligibility": assessment.eligibility, "policy_version": version.version},
            )
    to_review = {
        c.id: c
        for c in result.members
        if rules.member_needs_review(c.before, c.after, title_changed=False)
    }
    if to_review:
        for member in db.session.scalars(select(User).where(User.id.in_(to_review))):
            if member.membership_status != "active":
                continue
            change = to_review[member.id]
            _open_review(
                actor,
                member,
                trigger="policy_changed",
                previous_title=member.job_title,
                previous_eligibility=change.before,
                assessment=titles.assess_title(member.job_title or "", proposed),
                policy_version=version.version,
            )
    db.session.commit()
    return version, result
