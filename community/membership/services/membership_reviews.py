"""Membership reviews: uniform enforcement over time (title and policy changes, referrals)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from community import audit
from community.auth.models import User
from community.auth.services import remove_role
from community.db_types import utcnow
from community.errors import DomainError, NotPermitted
from community.extensions import db
from community.forum.markup import render
from community.mail.services import queue_mail
from community.membership import rules
from community.membership.models import (
    REVIEW_VOTE_CHOICES,
    MembershipReview,
    ReviewVote,
)
from community.membership.policy import current_version, policy_of
from community.membership.services import voting
from community.membership.services.common import (
    COMPANY_MAX,
    REASON_MAX,
    REASON_MIN,
    TITLE_MAX,
    assess,
    base_url,
    clean_text,
    day,
    guarded_status,
)
from community.membership.services.settings import current_settings
from community.unit_of_work import transactional

# ---------------------------------------------------------------------------------------------
# Membership review: uniform enforcement over time


def open_review(
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


@transactional
def change_title(user, new_title: str, new_company: str | None) -> MembershipReview | None:
    """A person changes their title (the profile page calls this); a member whose new title no
    longer qualifies goes to the membership review queue, never silently out."""
    if user is None or not getattr(user, "is_authenticated", False):
        raise NotPermitted("Please sign in.")
    new_title = clean_text(new_title, "Your job title", 2, TITLE_MAX)
    new_company = (new_company or "").strip()
    if len(new_company) > COMPANY_MAX:
        raise DomainError(f"Your company can be at most {COMPANY_MAX} characters.")
    old_title, old_company = user.job_title, user.company
    if old_title == new_title and (old_company or "") == new_company:
        return None
    version = current_version()
    policy = policy_of(version)
    before, after = assess(old_title, policy), assess(new_title, policy)
    user.job_title, user.company = new_title, new_company or None
    if (old_company or "") != new_company and user.has_role("board"):
        voting.recheck_votes_of(user)
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
        review = open_review(
            user,
            user,
            trigger="title_changed",
            previous_title=old_title,
            previous_eligibility=before.eligibility,
            assessment=after,
            policy_version=version.version if version else None,
        )
    return review


@transactional
def refer_for_review(actor, member: User, reason: str) -> MembershipReview:
    """Another feature (moderation's "propose revocation") asks the board to review a member.

    Runs in the caller's transaction (the caller checks its own permissions and commits); an
    open review is reused, so a member is never in the queue twice.
    """
    reason = clean_text(reason, "The reason for the review", REASON_MIN, REASON_MAX)
    existing = db.session.scalar(
        select(MembershipReview).where(
            MembershipReview.member_id == member.id, MembershipReview.status == "open"
        )
    )
    if existing is not None:
        return existing
    version = current_version()
    assessment = assess(member.job_title, policy_of(version))
    return open_review(
        actor,
        member,
        trigger="referred",
        previous_title=member.job_title,
        previous_eligibility=assessment.eligibility,
        assessment=assessment,
        policy_version=version.version if version else None,
        reason=reason,
    )


@transactional
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
    guarded_status(
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


def _recusal_for(review: MembershipReview):
    member = db.session.get(User, review.member_id)
    return lambda board_user: review_recusal(board_user, member)


def _recusal_for_many(reviews: list[MembershipReview]) -> dict[int, object]:
    ids = {review.member_id for review in reviews}
    members = {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(ids)))}

    def check_for(review: MembershipReview):
        member = members[review.member_id]
        return lambda board_user: review_recusal(board_user, member)

    return {review.id: check_for(review) for review in reviews}


def _decide_review(actor, review: MembershipReview, outcome: str, reason: str) -> None:
    """A quorum of matching votes decided: keep ("approve") or revoke ("reject")."""
    new_status = "kept" if outcome == rules.CHOICE_APPROVE else "revoked"
    guarded_status(
        MembershipReview,
        review.id,
        ("open",),
        new_status,
        "Another board member decided this review a moment ago.",
    )
    member = db.session.get(User, review.member_id)
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
        after={
            "membership_status": member.membership_status,
            "member": member.id,
            "quorum": current_settings().quorum,
        },
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
        appeal_deadline=day(review.appeal_deadline),
        link=base_url() + "/membership/",
    )


REVIEW_BALLOT = voting.register(
    voting.Ballot(
        kind="review",
        case_model=MembershipReview,
        vote_model=ReviewVote,
        key="review_id",
        choices=REVIEW_VOTE_CHOICES,
        recused_message="You are recused from this review: {reason}",
        recusal_for=_recusal_for,
        is_open=lambda review: review.status == "open",
        decide=_decide_review,
        recusal_for_many=_recusal_for_many,
    )
)


def decide_membership_review(actor, review_id: int, decision: str, reason: str) -> MembershipReview:
    """A board member votes to keep or revoke a member under review, with a reason; the same
    quorum as admission decides (with recusal), and the member is told the reason."""
    return voting.cast(REVIEW_BALLOT, actor, review_id, decision, reason)
