"""Members' profiles; a title change goes through membership's re-assessment."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from community import audit
from community.accounts.classify import normalise_expertise
from community.accounts.models import (
    FUNCTION_KEYS,
    MemberExpertise,
    MemberProfile,
)
from community.accounts.services.common import (
    BIO_MAX,
)
from community.auth.models import User
from community.db_types import utcnow
from community.errors import DomainError, NotFound
from community.extensions import db
from community.forum.models import Thread
from community.forum.services import (
    author_domains,
    can_read,
    ensure_can_read,
)
from community.membership import services as membership_services
from community.membership.models import Application
from community.moderation.pitch import assess_post
from community.standing import capabilities
from community.unit_of_work import transactional


def is_listed_member(user: User | None) -> bool:
    """Someone whose profile members may see: a member who may read the forum (not revoked,
    not deleted)."""
    return can_read(user)


def find_member(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if not is_listed_member(user):
        raise NotFound("There is no member with that address.")
    return user


def profile_of(user: User) -> MemberProfile:
    """The person's profile row, or an unsaved one with the defaults."""
    return profiles_of([user.id])[user.id]


def expertise_of(user_ids: list[int]) -> dict[int, list[MemberExpertise]]:
    """Areas of expertise for many people in one query."""
    found: dict[int, list[MemberExpertise]] = {user_id: [] for user_id in user_ids}
    if user_ids:
        rows = db.session.scalars(
            select(MemberExpertise)
            .where(MemberExpertise.user_id.in_(user_ids))
            .order_by(MemberExpertise.user_id, MemberExpertise.position)
        )
        for row in rows:
            found[row.user_id].append(row)
    return found


def profiles_of(user_ids: list[int]) -> dict[int, MemberProfile]:
    """Profiles for many people in at most two queries. Someone who never saved a profile gets
    an unsaved one whose function is the one in their approved application."""
    if not user_ids:
        return {}
    found = {
        row.user_id: row
        for row in db.session.scalars(
            select(MemberProfile).where(MemberProfile.user_id.in_(user_ids))
        )
    }
    missing = [user_id for user_id in user_ids if user_id not in found]
    if missing:
        applied = dict(
            db.session.execute(
                select(Application.applicant_id, Application.function)
                .where(Application.applicant_id.in_(missing), Application.status == "approved")
                .order_by(Application.decided_at, Application.id)
            ).all()
        )
        for user_id in missing:
            found[user_id] = MemberProfile(
                user_id=user_id, function=applied.get(user_id), open_to_vendor_requests=False
            )
    return found


@dataclass
class ProfileChange:
    bio: str
    function: str | None
    expertise: str
    open_to_vendor_requests: bool
    job_title: str
    company: str


BIO_REFUSE_SCORE = 0.9


def _check_bio(actor: User, bio: str) -> None:
    """A bio is text others read: the same standing and the same sales-pitch check as a post."""
    capabilities.ensure_may(actor, capabilities.POST)
    if not bio:
        return
    assessment = assess_post("", bio, author_domains=author_domains(actor))
    # A bio says what you do ("happy to talk about scaling a family business"), which the post
    # model reads as soft selling: only a clear pitch is refused here.
    if assessment.verdict == "hold" and assessment.score >= BIO_REFUSE_SCORE:
        reasons = "; ".join(reason.text for reason in assessment.reasons[:3])
        raise DomainError(
            "Your bio reads as a sales pitch, which the house rules do not allow here"
            + (f" ({reasons})." if reasons else ".")
            + " Say what you do and what you would like to discuss, without an offer."
        )


@transactional
def update_profile(actor: User, change: ProfileChange) -> bool:
    """Save a member's own profile. A new title or company goes to the title rules; returns True
    when the title changed (the membership service decides what follows)."""
    ensure_can_read(actor)
    bio = (change.bio or "").strip()
    if len(bio) > BIO_MAX:
        raise DomainError(f"Please keep your bio under {BIO_MAX} characters.")
    if bio != (actor.bio or ""):
        _check_bio(actor, bio)
    if change.function is not None and change.function not in FUNCTION_KEYS:
        raise DomainError("Please choose a function from the list.")
    title, company = (change.job_title or "").strip(), (change.company or "").strip()
    if not title or not company:
        raise DomainError("Your current title and company are both needed.")
    areas = normalise_expertise(change.expertise)

    profile = db.session.get(MemberProfile, actor.id)
    if profile is None:
        profile = MemberProfile(user_id=actor.id)
        db.session.add(profile)
    before = {
        "function": profile.function,
        "open_to_vendor_requests": bool(profile.open_to_vendor_requests),
        "expertise": [e.label for e in expertise_of([actor.id])[actor.id]],
    }
    profile.function = change.function
    profile.open_to_vendor_requests = bool(change.open_to_vendor_requests)
    profile.updated_at = utcnow()
    actor.bio = bio or None
    db.session.execute(
        MemberExpertise.__table__.delete().where(MemberExpertise.user_id == actor.id)
    )
    for position, label in enumerate(areas):
        db.session.add(
            MemberExpertise(user_id=actor.id, label=label, key=label.lower(), position=position)
        )
    after = {
        "function": profile.function,
        "open_to_vendor_requests": profile.open_to_vendor_requests,
        "expertise": areas,
    }
    # The bio is the member's own words: the audit trail notes that it changed, not what it says.
    audit.record(actor, "profile.updated", actor, before=before, after=after)
    title_changed = (title, company) != ((actor.job_title or ""), (actor.company or ""))
    if not title_changed:
        return False
    db.session.flush()
    # Membership owns titles: the new one is re-assessed against the board's policy.
    membership_services.change_title(actor, title, company)
    return True


def threads_by(user: User, limit: int = 10) -> list[Thread]:
    """The member's most recent published threads."""
    return list(
        db.session.scalars(
            select(Thread)
            .where(Thread.author_id == user.id, Thread.status == "published")
            .order_by(Thread.created_at.desc())
            .limit(limit)
        )
    )
