"""The board's review of applications: votes, the decision, the one-click rejection."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from community import audit
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError
from community.extensions import db
from community.forum.markup import render
from community.mail.services import queue_mail
from community.membership import rules, titles
from community.membership.models import (
    APPLICATION_VOTE_CHOICES,
    OPEN_APPLICATION_STATUSES,
    Application,
    ApplicationVote,
    Invitation,
)
from community.membership.policy import current_policy
from community.membership.services import voting
from community.membership.services.admission import admit_member
from community.membership.services.common import (
    JUSTIFICATION_MIN,
    LEVEL_LABELS,
    Recused,
    base_url,
    day,
    guarded_status,
    locked,
)
from community.membership.services.settings import current_settings
from community.membership.services.voting import upsert_vote
from community.standing.capabilities import SIT_ON_BOARD, ensure_may
from community.standing.house_rules import current_rules
from community.unit_of_work import transactional

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
        [application.work_email, applicant.email],
    )


def inviter_id_of(application: Application) -> int | None:
    if application.invitation_id is None:
        return None
    return db.session.scalar(
        select(Invitation.inviter_id).where(Invitation.id == application.invitation_id)
    )


def _recusal_for(application: Application):
    applicant = db.session.get(User, application.applicant_id)
    inviter_id = inviter_id_of(application)
    return lambda board_user: application_recusal(board_user, application, applicant, inviter_id)


def _recusal_for_many(applications: list[Application]) -> dict[int, object]:
    applicant_ids = {a.applicant_id for a in applications}
    applicants = {
        u.id: u for u in db.session.scalars(select(User).where(User.id.in_(applicant_ids)))
    }
    invitation_ids = {a.invitation_id for a in applications if a.invitation_id}
    inviters = dict(
        db.session.execute(
            select(Invitation.id, Invitation.inviter_id).where(Invitation.id.in_(invitation_ids))
        ).all()
    )

    def check_for(application: Application):
        applicant = applicants[application.applicant_id]
        inviter_id = inviters.get(application.invitation_id)
        return lambda board_user: application_recusal(
            board_user, application, applicant, inviter_id
        )

    return {a.id: check_for(a) for a in applications}


def _check_justification(actor: User, application: Application, choice: str, reason: str):
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


def cast_vote(actor, application_id: int, choice: str, reason: str) -> Application:
    """A board member votes approve / reject / abstain with a reason; a quorum decides."""
    return voting.cast(APPLICATION_BALLOT, actor, application_id, choice, reason)


def _start_review(actor: User, application: Application) -> None:
    if application.status == "submitted":
        guarded_status(
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
    return voting.tally(APPLICATION_BALLOT, application_id)


def _decide_application(actor: User, application: Application, outcome: str, reason: str) -> None:
    applicant = db.session.get(User, application.applicant_id)
    new_status = "approved" if outcome == "approve" else "rejected"
    before = application.status
    guarded_status(
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
        admit_member(
            actor,
            applicant,
            application,
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
            link=base_url() + "/",
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
            appeal_deadline=day(application.appeal_deadline),
            reapply_from=day(now + timedelta(days=settings.cooldown_days)),
            link=base_url() + "/membership/",
        )
    audit.record(
        actor,
        f"application.{new_status}",
        application,
        before={"status": before},
        after={"status": new_status, "exception": application.exception},
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


@transactional
def reject_ineligible(actor, application_id: int) -> Application:
    """One click: reject a title the rules judge ineligible, with the standard reason.

    Only while no board member has voted to approve: a contested case needs the full vote.
    """
    ensure_may(actor, SIT_ON_BOARD)
    application = locked(Application, application_id)
    if not application.is_open:
        raise Conflict(f"This application was already decided ({application.status}).")
    recused = voting.recusal(APPLICATION_BALLOT, actor, application)
    if recused:
        raise Recused(APPLICATION_BALLOT.recused_message.format(reason=recused))
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
    upsert_vote(ApplicationVote, "application_id", application.id, actor, "reject", reason)
    audit.record(
        actor,
        "application.vote_cast",
        application,
        after={"choice": "reject", "voter": actor.id, "rule": application.assessment_rule},
        reason="One-click rejection: the title rules judge this title ineligible.",
    )
    _start_review(actor, application)
    _decide_application(actor, application, "reject", reason)
    application.rejected_by_rule = True
    audit.record(
        actor,
        "application.rejected_by_rule",
        application,
        after={
            "rule": application.assessment_rule,
            "level": application.assessment_level,
            "eligibility": application.assessment_eligibility,
        },
        reason=application.assessment_explanation,
    )
    return application


APPLICATION_BALLOT = voting.register(
    voting.Ballot(
        kind="application",
        case_model=Application,
        vote_model=ApplicationVote,
        key="application_id",
        choices=APPLICATION_VOTE_CHOICES,
        recused_message="You are recused from this application: {reason}",
        recusal_for=_recusal_for,
        is_open=lambda application: application.is_open,
        decide=_decide_application,
        check=_check_justification,
        after_vote=_start_review,
        recusal_for_many=_recusal_for_many,
    )
)
