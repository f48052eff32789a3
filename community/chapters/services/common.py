"""What the chapter services share: loading, who leads, who may read a chapter's space."""

from __future__ import annotations

from sqlalchemy import select

from community.chapters.models import Chapter, ChapterMember, Event
from community.errors import DomainError, NotFound
from community.extensions import db
from community.standing import capabilities as can


def clean(value: str | None, label: str, minimum: int, maximum: int) -> str:
    value = " ".join((value or "").split()) if maximum <= 200 else (value or "").strip()
    if len(value) < minimum:
        raise DomainError(f"{label} needs at least {minimum} characters.")
    if len(value) > maximum:
        raise DomainError(f"{label} can be at most {maximum} characters.")
    return value


def get_chapter(slug: str) -> Chapter:
    chapter = db.session.scalar(select(Chapter).where(Chapter.slug == slug))
    if chapter is None:
        raise NotFound("That chapter does not exist.")
    return chapter


def get_event(event_id: int) -> Event:
    event = db.session.get(Event, event_id)
    if event is None:
        raise NotFound("That event does not exist.")
    return event


def chapter_of(event: Event) -> Chapter:
    return db.session.get(Chapter, event.chapter_id)


def membership_of(user, chapter: Chapter) -> ChapterMember | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return db.session.scalar(
        select(ChapterMember).where(
            ChapterMember.chapter_id == chapter.id, ChapterMember.user_id == user.id
        )
    )


def is_chapter_member(user, chapter: Chapter) -> bool:
    return membership_of(user, chapter) is not None and can.may(user, can.READ_FORUM)


def is_lead(user, chapter: Chapter) -> bool:
    """A lead's powers work only while they are a member free to post (design: elevated roles
    end with good standing)."""
    row = membership_of(user, chapter)
    return row is not None and row.role == "lead" and can.may(user, can.POST)


def is_board(user) -> bool:
    return can.may(user, can.SIT_ON_BOARD)


def runs_events(user, chapter: Chapter) -> bool:
    return is_board(user) or is_lead(user, chapter)


def may_read_space(user, chapter: Chapter) -> bool:
    """Every member reads an open chapter's threads; a closed chapter's are for its members
    (and the moderators, who answer for every space)."""
    if not can.may(user, can.READ_FORUM):
        return False
    if chapter.visibility == "members":
        return True
    return is_chapter_member(user, chapter) or can.may(user, can.MODERATE)


def may_read_category(user, category_id: int) -> bool:
    """For the forum's own pages: False when the category is a closed chapter's space and this
    person may not read it. Categories that belong to no chapter are not decided here."""
    chapter = db.session.scalar(select(Chapter).where(Chapter.category_id == category_id))
    return chapter is None or may_read_space(user, chapter)


def leads_moderate(actor, category_id: int) -> bool:
    """The forum's CATEGORY_MODERATORS check: a lead moderates their own chapter's space."""
    chapter = db.session.scalar(select(Chapter).where(Chapter.category_id == category_id))
    return chapter is not None and is_lead(actor, chapter)
