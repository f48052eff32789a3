"""Applications: who may apply, submitting, withdrawing, confirming a work email."""

from __future__ import annotations

import statistics
from datetime import datetime, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from community import audit
from community.auth.models import User
from community.auth.services import add_role
from community.db_types import utcnow
from community.errors import DomainError, NotFound, NotPermitted
from community.extensions import db
from community.mail.services import queue_mail
from community.membership import rules
from community.membership.models import (
    FUNCTION_LABELS,
    OPEN_APPLICATION_STATUSES,
    Application,
    Invitation,
    MembershipReview,
    MembershipSettings,
)
from community.membership.policy import current_version, policy_of
from community.membership.services.common import (
    COMPANY_MAX,
    STATEMENT_MAX,
    STATEMENT_MIN,
    TITLE_MAX,
    WORK_EMAIL_LINK_HOURS,
    WORK_EMAIL_PATH,
    ApplicationRefused,
    CooldownActive,
    InvalidLink,
    assess,
    clean_text,
    day,
    guarded_status,
    is_member,
    link,
    load_signed,
    serializer,
)
from community.membership.services.settings import current_settings
from community.standing.house_rules import current_rules
from community.unit_of_work import transactional

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


def latest_revocation(user: User) -> MembershipReview | None:
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
    revocation = latest_revocation(user)
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
            f"After a decision, a new application is possible from {day(ends)}. "
            "If you have new information, you can appeal the decision instead."
        )


@transactional
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
    job_title = clean_text(job_title, "Your job title", 2, TITLE_MAX)
    company = clean_text(company, "Your company", 1, COMPANY_MAX)
    profile = rules.normalise_linkedin_url(linkedin_url)
    if profile is None:
        raise DomainError(
            "Please give the address of your LinkedIn profile, like "
            "https://www.linkedin.com/in/your-name."
        )
    if function not in FUNCTION_LABELS:
        raise DomainError("Please choose your function from the list.")
    statement = clean_text(statement, "Your statement", STATEMENT_MIN, STATEMENT_MAX)
    rules_in_force = current_rules()
    if house_rules_version != rules_in_force.version:
        raise DomainError(
            "The house rules changed while you were reading; please read them again and accept "
            f"version {rules_in_force.version}."
        )
    version = current_version()
    assessment = assess(job_title, policy_of(version))
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
    return application


@transactional
def withdraw_application(user, application_id: int) -> Application:
    application = db.session.get(Application, application_id)
    if application is None or application.applicant_id != getattr(user, "id", None):
        raise NotFound("You have no such application.")
    before = application.status
    guarded_status(
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
    signed = serializer("membership.work-email").dumps(
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
        link=link(WORK_EMAIL_PATH, token=signed),
        hours=WORK_EMAIL_LINK_HOURS,
    )
    audit.record(user, "application.work_email_requested", application, after={"domain": domain})


@transactional
def request_work_email_confirmation(user, email: str) -> Application:
    """Mail a signed, expiring link to a work address, so the board sees where they work."""
    application = open_application(user)
    if application is None:
        raise NotFound("You have no application in progress to add a work email to.")
    _request_work_email(user, application, email)
    return application


@transactional
def confirm_work_email(user, signed: str) -> Application:
    data = load_signed(signed, "membership.work-email", WORK_EMAIL_LINK_HOURS)
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
    return application


def read_title(title: str | None) -> str | None:
    """How the policy in force reads this title, in one plain sentence (None for no title)."""
    title = (title or "").strip()[:TITLE_MAX]
    if len(title) < 2:
        return None
    assessment = assess(title)
    return rules.title_reading(assessment.level, assessment.eligibility)


def median_days_to_decision(days: int = 90) -> float | None:
    """The median time from submission to the board's decision, in days, over the
    applications decided in the last `days` days (None when none were)."""
    since = utcnow() - timedelta(days=days)
    rows = db.session.execute(
        select(Application.submitted_at, Application.decided_at).where(
            Application.status.in_(("approved", "rejected")),
            Application.decided_at >= since,
        )
    ).all()
    waits = [(decided - submitted).total_seconds() / 86400 for submitted, decided in rows]
    return statistics.median(waits) if waits else None
