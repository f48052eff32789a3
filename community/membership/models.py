"""Membership records: settings, policy versions, invitations, applications, votes, appeals.

States (design.md): Application submitted -> under_review -> approved | rejected, and
submitted | under_review -> withdrawn. Appeal open -> upheld | denied. Membership review
open -> kept | revoked. Invitation pending -> accepted | revoked (expired is pending past its date).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from community.auth.models import User
from community.db_types import UTCDateTime, enum_check, utcnow
from community.extensions import db

ELIGIBILITIES = ("eligible", "review", "ineligible")
INVITATION_STATUSES = ("pending", "accepted", "revoked")
APPLICATION_STATUSES = ("submitted", "under_review", "approved", "rejected", "withdrawn")
OPEN_APPLICATION_STATUSES = ("submitted", "under_review")
APPLICATION_VOTE_CHOICES = ("approve", "reject", "abstain")
APPEAL_STATUSES = ("open", "upheld", "denied")
APPEAL_VOTE_CHOICES = ("uphold", "deny", "abstain")
REVIEW_STATUSES = ("open", "kept", "revoked", "withdrawn")
REVIEW_TRIGGERS = ("title_changed", "policy_changed", "referred")
REVIEW_VOTE_CHOICES = ("keep", "revoke", "abstain")
CASE_KINDS = ("application", "appeal", "review")

# The applicant's function, as the board groups people (value, label).
FUNCTIONS = (
    ("general_management", "General management"),
    ("marketing", "Marketing"),
    ("communications", "Communications"),
    ("digital", "Digital"),
    ("brand", "Brand"),
    ("sales", "Sales and revenue"),
    ("product", "Product"),
    ("technology", "Technology"),
    ("data", "Data and analytics"),
    ("customer", "Customer experience"),
    ("finance", "Finance"),
    ("operations", "Operations"),
    ("people", "People and HR"),
    ("legal", "Legal"),
    ("strategy", "Strategy"),
    ("other", "Other"),
)
FUNCTION_LABELS = dict(FUNCTIONS)


def _open_only(statuses: tuple[str, ...]):
    return text(enum_check("status", statuses))


class MembershipSettings(db.Model):
    """The board's settings: a single row (id 1); defaults apply until the board first saves."""

    __tablename__ = "membership_settings"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("quorum BETWEEN 1 AND 20", name="quorum"),
        CheckConstraint("invitation_quota BETWEEN 0 AND 100", name="invitation_quota"),
        CheckConstraint("invitation_expiry_days BETWEEN 1 AND 90", name="invitation_expiry_days"),
        CheckConstraint("cooldown_days BETWEEN 0 AND 1095", name="cooldown_days"),
        CheckConstraint("appeal_window_days BETWEEN 1 AND 365", name="appeal_window_days"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    quorum: Mapped[int] = mapped_column(default=2)
    invitation_quota: Mapped[int] = mapped_column(default=3)
    invitation_expiry_days: Mapped[int] = mapped_column(default=14)
    cooldown_days: Mapped[int] = mapped_column(default=180)
    appeal_window_days: Mapped[int] = mapped_column(default=30)
    invitation_requests_open: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    FIELDS = (
        "quorum",
        "invitation_quota",
        "invitation_expiry_days",
        "cooldown_days",
        "appeal_window_days",
        "invitation_requests_open",
    )

    @classmethod
    def defaults(cls) -> MembershipSettings:
        return cls(
            id=1,
            quorum=2,
            invitation_quota=3,
            invitation_expiry_days=14,
            cooldown_days=180,
            appeal_window_days=30,
            invitation_requests_open=False,
        )

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.FIELDS}


class PolicyVersion(db.Model):
    """Each saved title policy is a new version; the newest one is in force."""

    __tablename__ = "membership_policy_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(unique=True)
    rules: Mapped[str] = mapped_column(Text)  # JSON of titles.Policy.to_dict()
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    created_by: Mapped[User | None] = relationship(lazy="raise")

    @property
    def rules_data(self) -> dict:
        return json.loads(self.rules)


class Invitation(db.Model):
    __tablename__ = "invitations"
    __table_args__ = (
        CheckConstraint(enum_check("status", INVITATION_STATUSES), name="status"),
        Index("ix_invitations_inviter_created", "inviter_id", "created_at"),
        Index("ix_invitations_email_status", "email", "status"),
        Index("ix_invitations_status_created", "status", "created_at"),
        Index("ix_invitations_accepted_by", "accepted_by_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    inviter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    email: Mapped[str] = mapped_column(String(320))
    note: Mapped[str] = mapped_column(Text)
    # sha256 of the link's secret; the secret itself is only ever in the invitation mail.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    inviter: Mapped[User | None] = relationship(foreign_keys=[inviter_id], lazy="raise")
    accepted_by: Mapped[User | None] = relationship(foreign_keys=[accepted_by_id], lazy="raise")

    def is_expired(self, now: datetime | None = None) -> bool:
        return self.status == "pending" and (now or utcnow()) >= self.expires_at

    def state(self, now: datetime | None = None) -> str:
        """pending, expired, accepted or revoked: what a person should be told."""
        return "expired" if self.is_expired(now) else self.status


class Application(db.Model):
    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint(enum_check("status", APPLICATION_STATUSES), name="status"),
        CheckConstraint(
            "assessment_eligibility IS NULL OR "
            + enum_check("assessment_eligibility", ELIGIBILITIES),
            name="assessment_eligibility",
        ),
        CheckConstraint(enum_check("function", tuple(v for v, _ in FUNCTIONS)), name="function"),
        Index("ix_applications_status_submitted", "status", "submitted_at"),
        Index("ix_applications_applicant_submitted", "applicant_id", "submitted_at"),
        Index("ix_applications_invitation", "invitation_id"),
        Index("ix_applications_exception_decided", "exception", "decided_at"),
        # One open application per identity, enforced by the database as well as the service.
        Index(
            "uq_applications_one_open_per_applicant",
            "applicant_id",
            unique=True,
            sqlite_where=_open_only(OPEN_APPLICATION_STATUSES),
            postgresql_where=_open_only(OPEN_APPLICATION_STATUSES),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    invitation_id: Mapped[int | None] = mapped_column(
        ForeignKey("invitations.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(20), default="submitted")
    job_title: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200))
    linkedin_url: Mapped[str] = mapped_column(String(300))
    function: Mapped[str] = mapped_column(String(40))
    statement: Mapped[str] = mapped_column(Text)
    house_rules_version: Mapped[int]
    # A work address the applicant asked to confirm, and when they confirmed it.
    work_email: Mapped[str | None] = mapped_column(String(320))
    work_email_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The title rules engine's reading of job_title under the policy in force (kept current when
    # the board changes the policy while the application is open).
    assessment_level: Mapped[str | None] = mapped_column(String(20))
    assessment_eligibility: Mapped[str | None] = mapped_column(String(12))
    assessment_rule: Mapped[str | None] = mapped_column(String(80))
    assessment_explanation: Mapped[str | None] = mapped_column(Text)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # What the applicant is told: the deciding vote's reason, or the standard rule reason.
    decision_reason: Mapped[str | None] = mapped_column(Text)
    # Approved although the rules said ineligible: listed in the board's exceptions report.
    exception: Mapped[bool] = mapped_column(default=False)
    exception_justification: Mapped[str | None] = mapped_column(Text)
    # Rejected with one click because the rules judge the title ineligible (no board vote on
    # the merits): if an appeal overturns it, the exceptions report lists it.
    rejected_by_rule: Mapped[bool] = mapped_column(default=False, server_default=text("false"))
    appeal_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    applicant: Mapped[User] = relationship(lazy="raise")
    invitation: Mapped[Invitation | None] = relationship(lazy="raise")
    votes: Mapped[list[ApplicationVote]] = relationship(
        back_populates="application", lazy="raise", order_by="ApplicationVote.created_at"
    )

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_APPLICATION_STATUSES

    @property
    def work_email_domain(self) -> str | None:
        if self.work_email and self.work_email_confirmed_at:
            return self.work_email.rsplit("@", 1)[1]
        return None

    @property
    def function_label(self) -> str:
        return FUNCTION_LABELS.get(self.function, self.function)


class VoteColumns:
    """What every board vote records: who, which way, why, and when."""

    id: Mapped[int] = mapped_column(primary_key=True)
    voter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    choice: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The voter's company and work email domain when they voted: recusal is judged from the
    # facts at the vote, so a vote cast at the applicant's company stays recused.
    voter_company: Mapped[str | None] = mapped_column(String(200))
    voter_domain: Mapped[str | None] = mapped_column(String(255))
    # Set when the voter turned out to be recused after voting (they joined the applicant's
    # company): the vote no longer counts, and it stays so whatever they change next.
    recused_reason: Mapped[str | None] = mapped_column(Text)

    @declared_attr
    def voter(cls) -> Mapped[User | None]:
        return relationship(lazy="raise")


class ApplicationVote(VoteColumns, db.Model):
    __tablename__ = "application_votes"
    __table_args__ = (
        UniqueConstraint("application_id", "voter_id", name="uq_application_votes_voter"),
        CheckConstraint(enum_check("choice", APPLICATION_VOTE_CHOICES), name="choice"),
        Index("ix_application_votes_voter", "voter_id"),
    )

    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))

    application: Mapped[Application] = relationship(back_populates="votes", lazy="raise")


class MembershipReview(db.Model):
    """A member waiting for the board to keep or revoke them: their title no longer qualifies,
    or another feature (moderation) referred them with a reason."""

    __tablename__ = "membership_reviews"
    __table_args__ = (
        CheckConstraint(enum_check("status", REVIEW_STATUSES), name="status"),
        CheckConstraint(enum_check("trigger", REVIEW_TRIGGERS), name="trigger"),
        Index("ix_membership_reviews_status_created", "status", "created_at"),
        Index("ix_membership_reviews_member", "member_id", "created_at"),
        Index(
            "uq_membership_reviews_one_open_per_member",
            "member_id",
            unique=True,
            sqlite_where=_open_only(("open",)),
            postgresql_where=_open_only(("open",)),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    trigger: Mapped[str] = mapped_column(String(20))
    previous_title: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    previous_eligibility: Mapped[str | None] = mapped_column(String(12))
    assessment_level: Mapped[str] = mapped_column(String(20))
    assessment_eligibility: Mapped[str] = mapped_column(String(12))
    assessment_rule: Mapped[str] = mapped_column(String(80))
    assessment_explanation: Mapped[str] = mapped_column(Text)
    policy_version: Mapped[int | None]
    # For referrals: who asked the board to review this member, and why.
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    referral_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(Text)
    appeal_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)

    member: Mapped[User] = relationship(foreign_keys=[member_id], lazy="raise")
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id], lazy="raise")
    referred_by: Mapped[User | None] = relationship(foreign_keys=[referred_by_id], lazy="raise")
    votes: Mapped[list[ReviewVote]] = relationship(
        back_populates="review", lazy="raise", order_by="ReviewVote.created_at"
    )


class ReviewVote(VoteColumns, db.Model):
    """A board member's vote to keep or revoke a member under review (quorum decides)."""

    __tablename__ = "membership_review_votes"
    __table_args__ = (
        UniqueConstraint("review_id", "voter_id", name="uq_membership_review_votes_voter"),
        CheckConstraint(enum_check("choice", REVIEW_VOTE_CHOICES), name="choice"),
        Index("ix_membership_review_votes_voter", "voter_id"),
    )

    review_id: Mapped[int] = mapped_column(ForeignKey("membership_reviews.id", ondelete="CASCADE"))

    review: Mapped[MembershipReview] = relationship(back_populates="votes", lazy="raise")


class Appeal(db.Model):
    """One appeal of a rejected application or of a revoked membership."""

    __tablename__ = "appeals"
    __table_args__ = (
        CheckConstraint(enum_check("status", APPEAL_STATUSES), name="status"),
        CheckConstraint(
            "(application_id IS NULL) <> (review_id IS NULL)", name="appeals_one_decision"
        ),
        Index("ix_appeals_status_created", "status", "created_at"),
        Index("ix_appeals_appellant", "appellant_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    appellant_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # Unique: one appeal per decision.
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True
    )
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("membership_reviews.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[str] = mapped_column(String(10), default="open")
    statement: Mapped[str] = mapped_column(Text)
    updated_title: Mapped[str | None] = mapped_column(String(200))
    updated_company: Mapped[str | None] = mapped_column(String(200))
    assessment_level: Mapped[str | None] = mapped_column(String(20))
    assessment_eligibility: Mapped[str | None] = mapped_column(String(12))
    assessment_explanation: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reply: Mapped[str | None] = mapped_column(Text)

    appellant: Mapped[User] = relationship(foreign_keys=[appellant_id], lazy="raise")
    claimed_by: Mapped[User | None] = relationship(foreign_keys=[claimed_by_id], lazy="raise")
    application: Mapped[Application | None] = relationship(lazy="raise")
    review: Mapped[MembershipReview | None] = relationship(lazy="raise")
    votes: Mapped[list[AppealVote]] = relationship(
        back_populates="appeal", lazy="raise", order_by="AppealVote.created_at"
    )

    @property
    def kind(self) -> str:
        return "rejection" if self.application_id else "revocation"


class AppealVote(VoteColumns, db.Model):
    __tablename__ = "appeal_votes"
    __table_args__ = (
        UniqueConstraint("appeal_id", "voter_id", name="uq_appeal_votes_voter"),
        CheckConstraint(enum_check("choice", APPEAL_VOTE_CHOICES), name="choice"),
        Index("ix_appeal_votes_voter", "voter_id"),
    )

    appeal_id: Mapped[int] = mapped_column(ForeignKey("appeals.id", ondelete="CASCADE"))

    appeal: Mapped[Appeal] = relationship(back_populates="votes", lazy="raise")


PROPOSAL_STATUSES = ("proposed", "approved", "declined", "withdrawn")


class Proposal(db.Model):
    """A change to a rule the board owns, proposed by one board member and approved or declined
    by another (design.md, Proposal). `kind` names what it changes ("title_policy",
    "membership_settings"; other features add theirs) and `payload` is that kind's JSON."""

    __tablename__ = "proposals"
    __table_args__ = (
        CheckConstraint(enum_check("status", PROPOSAL_STATUSES), name="status"),
        CheckConstraint(
            "status = 'withdrawn' OR decided_by_id IS NULL OR proposed_by_id IS NULL "
            "OR decided_by_id <> proposed_by_id",
            name="two_people",
        ),
        Index("ix_proposals_status_created", "status", "created_at"),
        Index("ix_proposals_kind_created", "kind", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[str] = mapped_column(Text)  # JSON
    summary: Mapped[str | None] = mapped_column(Text)  # the dry run, as the proposer saw it
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="proposed")
    proposed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    decision_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    proposed_by: Mapped[User | None] = relationship(foreign_keys=[proposed_by_id], lazy="raise")
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id], lazy="raise")

    @property
    def data(self):
        return json.loads(self.payload)


class CaseConflict(db.Model):
    """A board member's own declaration of a conflict on a case (application, appeal or
    review): they are recused from it, and the reason is on the record."""

    __tablename__ = "membership_case_conflicts"
    __table_args__ = (
        CheckConstraint(enum_check("case_kind", CASE_KINDS), name="case_kind"),
        UniqueConstraint(
            "case_kind", "case_id", "board_member_id", name="uq_membership_case_conflicts"
        ),
        Index("ix_membership_case_conflicts_member", "board_member_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_kind: Mapped[str] = mapped_column(String(12))
    case_id: Mapped[int]
    board_member_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    board_member: Mapped[User] = relationship(lazy="raise")


class CaseNote(db.Model):
    """A note on a case that only the board sees, shown in the case's history."""

    __tablename__ = "membership_case_notes"
    __table_args__ = (
        CheckConstraint(enum_check("case_kind", CASE_KINDS), name="case_kind"),
        Index("ix_membership_case_notes_case", "case_kind", "case_id", "created_at"),
        Index("ix_membership_case_notes_author", "author_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_kind: Mapped[str] = mapped_column(String(12))
    case_id: Mapped[int]
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    author: Mapped[User | None] = relationship(lazy="raise")
