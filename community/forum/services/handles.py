"""Members' @handles and resolving mentions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from community.auth.models import User
from community.errors import Conflict
from community.extensions import db
from community.forum import mentions
from community.forum.models import (
    MemberHandle,
    Post,
    PostMention,
)
from community.standing import capabilities


def ensure_handle(user: User) -> str:
    """The member's @handle, made from their name the first time it is needed."""
    existing = db.session.scalar(select(MemberHandle.handle).where(MemberHandle.user_id == user.id))
    if existing:
        return existing
    base = mentions.handle_from_name(user.name)
    for _attempt in range(3):
        taken = set(
            db.session.scalars(
                select(MemberHandle.handle).where(MemberHandle.handle.like(f"{base}%"))
            )
        )
        handle, number = base, 1
        while handle in taken:
            number += 1
            handle = mentions.numbered_handle(base, number)
        try:
            with db.session.begin_nested():
                db.session.add(MemberHandle(user_id=user.id, handle=handle))
            return handle
        except IntegrityError:  # someone took it (or this member got one) meanwhile
            existing = db.session.scalar(
                select(MemberHandle.handle).where(MemberHandle.user_id == user.id)
            )
            if existing:
                return existing
    raise Conflict("Could not reserve a handle; please try again.")


def resolve_mentions(handles: Iterable[str]) -> list[User]:
    """Members behind these handles (members without a handle yet are found by name)."""
    handles = list(dict.fromkeys(handles))[: mentions.MAX_MENTIONS]
    if not handles:
        return []
    found: dict[str, User] = {}
    rows = db.session.execute(
        capabilities.active_members_query()
        .add_columns(MemberHandle.handle)
        .join(MemberHandle, MemberHandle.user_id == User.id)
        .where(MemberHandle.handle.in_(handles))
    ).all()
    for user, handle in rows:
        found[handle] = user
    for handle in handles:
        if handle in found:
            continue
        candidates = db.session.scalars(
            capabilities.active_members_query()
            .outerjoin(MemberHandle, MemberHandle.user_id == User.id)
            .where(
                MemberHandle.user_id.is_(None),
                func.lower(User.name).like(mentions.name_pattern(handle)),
            )
            .order_by(User.id)
            .limit(20)
        ).all()
        for candidate in candidates:
            if mentions.handle_from_name(candidate.name) == handle:
                if ensure_handle(candidate) == handle:
                    found[handle] = candidate
                break
    return [found[h] for h in handles if h in found]


def _record_new_mentions(post: Post) -> list[User]:
    """Store who the post mentions now and return those it did not mention before."""
    mentioned = [
        user
        for user in resolve_mentions(mentions.find_mentions(post.body))
        if user.id != post.author_id
    ]
    if not mentioned:
        return []
    already = set(
        db.session.scalars(select(PostMention.user_id).where(PostMention.post_id == post.id))
    )
    new = [user for user in mentioned if user.id not in already]
    for user in new:
        db.session.add(PostMention(post_id=post.id, user_id=user.id))
    return new
