"""Appeals of a rejected application or a revoked membership."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from community import audit
from community.auth.models import User
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum.markup import render
from community.mail.services import queue_mail
from community.membership import rules
from community.membership.models import (
    APPEAL_VOTE_CHOICES,
    Appeal,
    AppealVote,
    Application,
    ApplicationVote,
    Invitation,
    MembershipReview,
    ReviewVote,
)
from community.membership.services import voting
from community.membership.services.admission import admit_member
from community.membership.services.application_review import inviter_id_of
from community.membership.services.applications import latest_revocation
from community.membership.services.common import (
    APPEAL_MAX,
    APPEAL_MIN,
    COMPANY_MAX,
    TITLE_MAX,
    AppealRefused,
    AppealWindowClosed,
    Recused,
    assess,
    base_url,
    clean_text,
    day,
    guarded_status,
)
from community.standing.capabilities import SIT_ON_BOARD, ensure_may
from community.unit_of_work import transactional

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
    revoked = latest_revocation(user)
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


@transactional
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
            f"The time to appeal this decision ended on {day(decision.deadline)}."
        )
    statement = clean_text(statement, "Your appeal", APPEAL_MIN, APPEAL_MAX)
    updated_title = (updated_title or "").strip() or None
    updated_company = (updated_company or "").strip() or None
    if updated_title and len(updated_title) > TITLE_MAX:
        raise DomainError(f"Your job title can be at most {TITLE_MAX} characters.")
    if updated_company and len(updated_company) > COMPANY_MAX:
        raise DomainError(f"Your company can be at most {COMPANY_MAX} characters.")
    assessment = assess(updated_title) if updated_title else None
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
    voters = set(
        db.session.scalars(
            select(ReviewVote.voter_id).where(
                ReviewVote.review_id == appeal.review_id, ReviewVote.voter_id.is_not(None)
            )
        )
    )
    return voters | ({decided_by} if decided_by else set())


def appeal_recusal(
    board_user: User,
    appeal: Appeal,
    appellant: User,
    original_voters: set[int],
    affiliation: tuple[str | None, str | None],
    inviter_id: int | None = None,
) -> str | None:
    """Why this board member may not vote on this appeal; `affiliation` is (company, work email)."""
    if board_user.id in original_voters:
        return "You took part in the decision under appeal."
    if board_user.id == appellant.id:
        return "This is your own appeal."
    if inviter_id is not None and board_user.id == inviter_id:
        return "You invited this person; your vouching is on the record instead."
    company, work_email = affiliation
    return rules.recusal_reason(
        board_user.company, [board_user.email], company, [work_email, appellant.email]
    )


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


def _recusal_for(appeal: Appeal):
    appellant = db.session.get(User, appeal.appellant_id)
    original_voters = original_voter_ids(appeal)
    affiliation = appeal_affiliation(appeal, appellant)
    inviter_id = None
    if appeal.application_id is not None:
        inviter_id = inviter_id_of(db.session.get(Application, appeal.application_id))
    return lambda board_user: appeal_recusal(
        board_user, appeal, appellant, original_voters, affiliation, inviter_id
    )


def _recusal_for_many(appeals: list[Appeal]) -> dict[int, object]:
    """The same checks as `_recusal_for`, in a fixed number of queries for a page of appeals."""
    appellants = {
        u.id: u
        for u in db.session.scalars(
            select(User).where(User.id.in_({a.appellant_id for a in appeals}))
        )
    }
    application_ids = {a.application_id for a in appeals if a.application_id}
    review_ids = {a.review_id for a in appeals if a.review_id}
    applications = {
        row.id: row
        for row in db.session.execute(
            select(
                Application.id,
                Application.company,
                Application.work_email,
                Invitation.inviter_id,
            )
            .outerjoin(Invitation, Invitation.id == Application.invitation_id)
            .where(Application.id.in_(application_ids))
        )
    }
    voters: dict[tuple[str, int], set[int]] = {}
    for application_id, voter_id in db.session.execute(
        select(ApplicationVote.application_id, ApplicationVote.voter_id).where(
            ApplicationVote.application_id.in_(application_ids),
            ApplicationVote.voter_id.is_not(None),
        )
    ):
        voters.setdefault(("application", application_id), set()).add(voter_id)
    for review_id, voter_id in db.session.execute(
        select(ReviewVote.review_id, ReviewVote.voter_id).where(
            ReviewVote.review_id.in_(review_ids), ReviewVote.voter_id.is_not(None)
        )
    ):
        voters.setdefault(("review", review_id), set()).add(voter_id)
    for review_id, decided_by in db.session.execute(
        select(MembershipReview.id, MembershipReview.decided_by_id).where(
            MembershipReview.id.in_(review_ids), MembershipReview.decided_by_id.is_not(None)
        )
    ):
        voters.setdefault(("review", review_id), set()).add(decided_by)

    def check_for(appeal: Appeal):
        appellant = appellants[appeal.appellant_id]
        if appeal.application_id is not None:
            row = applications[appeal.application_id]
            original = voters.get(("application", appeal.application_id), set())
            affiliation = (appeal.updated_company or row.company, row.work_email)
            inviter_id = row.inviter_id
        else:
            original = voters.get(("review", appeal.review_id), set())
            affiliation = (appeal.updated_company or appellant.company, None)
            inviter_id = None
        return lambda board_user: appeal_recusal(
            board_user, appeal, appellant, original, affiliation, inviter_id
        )

    return {appeal.id: check_for(appeal) for appeal in appeals}


def _check_appeal_voter(actor: User, appeal: Appeal) -> None:
    reason = voting.recusal(APPEAL_BALLOT, actor, appeal)
    if reason:
        raise Recused(APPEAL_BALLOT.recused_message.format(reason=reason))


@transactional
def claim_appeal(actor, appeal_id: int) -> Appeal:
    """Mark an appeal as yours to work on, so two board members don't prepare it at once."""
    ensure_may(actor, SIT_ON_BOARD)
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
        holder = db.session.get(User, appeal.claimed_by_id) if appeal.claimed_by_id else None
        name = holder.display_name if holder else "Another board member"
        raise Conflict(f"{name} is already working on this appeal.")
    audit.record(actor, "appeal.claimed", appeal, after={"claimed_by": actor.id})
    return appeal


@transactional
def release_appeal(actor, appeal_id: int) -> Appeal:
    ensure_may(actor, SIT_ON_BOARD)
    appeal = db.session.get(Appeal, appeal_id)
    if appeal is None:
        raise NotFound("That appeal does not exist.")
    if appeal.claimed_by_id != actor.id:
        raise NotPermitted("Only the board member working on this appeal can release it.")
    appeal.claimed_by_id, appeal.claimed_at = None, None
    audit.record(actor, "appeal.released", appeal, before={"claimed_by": actor.id})
    return appeal


def appeal_tally(appeal_id: int) -> rules.Tally:
    return voting.tally(APPEAL_BALLOT, appeal_id)


def cast_appeal_vote(actor, appeal_id: int, choice: str, reason: str) -> Appeal:
    """Board members who did not decide the original vote uphold / deny / abstain. The reason of
    the vote that reaches the quorum is the written reply sent to the person."""
    return voting.cast(APPEAL_BALLOT, actor, appeal_id, choice, reason)


def _decide_appeal(actor: User, appeal: Appeal, vote_outcome: str, reply: str) -> None:
    appellant = db.session.get(User, appeal.appellant_id)
    outcome = "upheld" if vote_outcome == "approve" else "denied"
    guarded_status(
        Appeal, appeal.id, ("open",), outcome, "Another board member's vote decided this appeal."
    )
    appeal.decided_at, appeal.reply = utcnow(), reply
    if outcome == "upheld":
        if appeal.application_id is not None:
            application = db.session.get(Application, appeal.application_id)
            admit_member(
                actor,
                appellant,
                appeal,
                title=appeal.updated_title or application.job_title,
                company=appeal.updated_company or application.company,
                rules_version=application.house_rules_version,
                reason=f"Appeal {appeal.id} upheld by the board",
            )
            if application.rejected_by_rule:
                audit.record(
                    actor,
                    "application.rule_rejection_overturned",
                    application,
                    after={"appeal": appeal.id, "rule": application.assessment_rule},
                    reason=reply,
                )
        else:
            admit_member(
                actor,
                appellant,
                appeal,
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
        link=base_url() + "/",
    )


APPEAL_BALLOT = voting.register(
    voting.Ballot(
        kind="appeal",
        case_model=Appeal,
        vote_model=AppealVote,
        key="appeal_id",
        choices=APPEAL_VOTE_CHOICES,
        recused_message="You can't vote on this appeal: {reason}",
        recusal_for=_recusal_for,
        is_open=lambda appeal: appeal.status == "open",
        decide=_decide_appeal,
        recusal_for_many=_recusal_for_many,
    )
)
