"""Chapters: created by the board, joined and left by members, led by people the board
appoints (two board members: a "chapter_lead" proposal), moderated by their leads."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from community import audit
from community.chapters.models import (
    CHAPTER_KINDS,
    EVENT_MAIL,
    VISIBILITIES,
    Chapter,
    ChapterMember,
)
from community.chapters.services.common import clean, is_lead, membership_of
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category, Post, Thread
from community.membership.services.proposals import ProposalKind, propose, register_kind
from community.standing import capabilities as can
from community.unit_of_work import transactional


@transactional
def create_chapter(actor, name: str, kind: str, description: str = "", visibility="members"):
    """A board member creates a chapter and, with it, its space of threads (a forum category)."""
    can.ensure_may(actor, can.SIT_ON_BOARD)
    name = clean(name, "A chapter's name", 2, 80)
    if kind not in CHAPTER_KINDS:
        raise DomainError("A chapter is regional or by function.")
    if visibility not in VISIBILITIES:
        raise DomainError("Choose who may read the chapter's threads.")
    slug = forum.slugify(name)
    if not slug:
        raise DomainError("The chapter's name needs letters or digits.")
    category_slug = f"chapter-{slug}"
    taken = db.session.scalar(select(Chapter.id).where(Chapter.slug == slug)) or db.session.scalar(
        select(Category.id).where(Category.slug == category_slug)
    )
    if taken:
        raise DomainError(f"There is a chapter called “{name}” already.")
    description = (description or "").strip()[:2000]
    category = Category(
        name=f"{name} chapter", slug=category_slug, description=description, position=1000
    )
    db.session.add(category)
    db.session.flush()
    chapter = Chapter(
        slug=slug,
        name=name,
        kind=kind,
        description=description,
        visibility=visibility,
        category_id=category.id,
        created_by_id=actor.id,
    )
    db.session.add(chapter)
    db.session.flush()
    after = {"name": name, "kind": kind, "visibility": visibility, "category_id": category.id}
    audit.record(actor, "chapter.created", chapter, after=after)
    return chapter


@transactional
def set_visibility(actor, chapter: Chapter, visibility: str) -> None:
    """The chapter chooses who reads its threads: its leads (or the board) decide."""
    if not (is_lead(actor, chapter) or can.may(actor, can.SIT_ON_BOARD)):
        raise NotPermitted("Only the chapter's leads or the board can change that.")
    if visibility not in VISIBILITIES:
        raise DomainError("Choose who may read the chapter's threads.")
    if chapter.visibility == visibility:
        return
    before = chapter.visibility
    chapter.visibility = visibility
    audit.record(
        actor,
        "chapter.visibility",
        chapter,
        before={"visibility": before},
        after={"visibility": visibility},
    )


@transactional
def join_chapter(user, chapter: Chapter) -> ChapterMember:
    can.ensure_may(user, can.READ_FORUM)
    if membership_of(user, chapter) is not None:
        raise Conflict("You are a member of this chapter already.")
    row = ChapterMember(chapter_id=chapter.id, user_id=user.id)
    db.session.add(row)
    db.session.flush()
    audit.record(user, "chapter.joined", chapter, after={"user_id": user.id})
    return row


@transactional
def leave_chapter(user, chapter: Chapter) -> None:
    """Leaving ends a lead's role in the chapter too."""
    row = membership_of(user, chapter)
    if row is None:
        raise Conflict("You are not a member of this chapter.")
    before = {"user_id": user.id, "role": row.role}
    db.session.execute(delete(ChapterMember).where(ChapterMember.id == row.id))
    audit.record(user, "chapter.left", chapter, before=before)


@transactional
def set_event_mail(user, chapter: Chapter, choice: str) -> None:
    """How often this member hears about the chapter's events (weekly summary by default)."""
    if choice not in EVENT_MAIL:
        raise DomainError("Choose weekly, each event, or off.")
    row = membership_of(user, chapter)
    if row is None:
        raise Conflict("Join the chapter first.")
    if row.event_mail == choice:
        return
    before = row.event_mail
    row.event_mail = choice
    audit.record(
        user,
        "chapter.event_mail",
        chapter,
        before={"event_mail": before},
        after={"event_mail": choice},
    )


def members_of(chapter: Chapter) -> list[ChapterMember]:
    from sqlalchemy.orm import joinedload

    return list(
        db.session.scalars(
            select(ChapterMember)
            .options(joinedload(ChapterMember.user))
            .where(ChapterMember.chapter_id == chapter.id)
            .order_by(ChapterMember.role.desc(), ChapterMember.joined_at, ChapterMember.id)
        )
    )


def chapters_of(user) -> set[int]:
    return set(
        db.session.scalars(select(ChapterMember.chapter_id).where(ChapterMember.user_id == user.id))
    )


# Leads: one board member proposes, another approves (the membership Proposal mechanism) -----


def _prepare_lead(payload: dict) -> tuple[dict, str]:
    from community.auth.models import User

    try:
        chapter_id, user_id = int(payload["chapter_id"]), int(payload["user_id"])
    except (KeyError, TypeError, ValueError):
        raise DomainError("Name a chapter and a member.") from None
    chapter = db.session.get(Chapter, chapter_id)
    user = db.session.get(User, user_id)
    if chapter is None or user is None:
        raise NotFound("That chapter or member does not exist.")
    if not can.may(user, can.POST):
        raise DomainError(f"{user.display_name} is not a member in good standing.")
    if is_lead(user, chapter):
        raise DomainError(f"{user.display_name} leads {chapter.name} already.")
    stored = {"chapter_id": chapter.id, "user_id": user.id}
    return stored, f"{user.display_name} would lead the {chapter.name} chapter."


def _enact_lead(actor, payload: dict, reason: str, proposal):
    from community.auth.models import User

    chapter = db.session.get(Chapter, payload["chapter_id"])
    user = db.session.get(User, payload["user_id"])
    if chapter is None or user is None:
        raise NotFound("That chapter or member no longer exists.")
    row = membership_of(user, chapter)
    if row is None:
        row = ChapterMember(chapter_id=chapter.id, user_id=user.id, role="lead")
        db.session.add(row)
    else:
        row.role = "lead"
    audit.record(
        actor,
        "chapter.lead_appointed",
        chapter,
        after={
            "user_id": user.id,
            "proposal_id": proposal.id,
            "proposed_by_id": proposal.proposed_by_id,
        },
        reason=reason,
    )
    return row


CHAPTER_LEAD = register_kind(
    ProposalKind("chapter_lead", "Chapter lead", _prepare_lead, _enact_lead)
)


def propose_lead(actor, chapter: Chapter, user, reason: str):
    """A board member proposes a lead; another board member's approval appoints them."""
    return propose(actor, CHAPTER_LEAD.name, {"chapter_id": chapter.id, "user_id": user.id}, reason)


@transactional
def remove_lead(actor, chapter: Chapter, user, reason: str) -> None:
    """A board member ends a lead's role (taking power away needs no second person)."""
    can.ensure_may(actor, can.SIT_ON_BOARD)
    result = db.session.execute(
        update(ChapterMember)
        .where(
            ChapterMember.chapter_id == chapter.id,
            ChapterMember.user_id == user.id,
            ChapterMember.role == "lead",
        )
        .values(role="member")
    )
    if result.rowcount != 1:
        raise Conflict(f"{user.display_name} does not lead this chapter.")
    audit.record(actor, "chapter.lead_removed", chapter, before={"user_id": user.id}, reason=reason)


# Leads moderate inside their chapter only ------------------------------------------------------


def _ensure_scope(actor, chapter: Chapter, category_id: int) -> None:
    if category_id != chapter.category_id:
        raise NotPermitted("That thread is not in this chapter's space.")
    if not (is_lead(actor, chapter) or can.may(actor, can.MODERATE)):
        raise NotPermitted("Only the chapter's leads and the moderators can do that here.")


def pin_thread(actor, chapter: Chapter, thread: Thread, pinned: bool, reason=None) -> bool:
    _ensure_scope(actor, chapter, thread.category_id)
    return forum.set_pinned(actor, thread, pinned, reason)


def lock_thread(actor, chapter: Chapter, thread: Thread, locked: bool, reason=None) -> bool:
    _ensure_scope(actor, chapter, thread.category_id)
    return forum.set_locked(actor, thread, locked, reason)


def hide_post(actor, chapter: Chapter, post: Post, reason: str) -> Post:
    thread = db.session.get(Thread, post.thread_id)
    _ensure_scope(actor, chapter, thread.category_id)
    return forum.hide_post(actor, post, reason)
