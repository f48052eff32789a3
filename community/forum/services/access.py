"""Who may read, post and moderate in the forum (asked of community.standing), and lookups
that 404 on what the person may not see."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from community.errors import NotFound, NotPermitted
from community.extensions import db
from community.forum.models import (
    Category,
    Post,
    Thread,
)
from community.forum.services.common import (
    HouseRulesNotAccepted,
)
from community.freemail import is_free_mail_domain
from community.standing import capabilities, house_rules


def can_read(user) -> bool:
    return capabilities.may(user, capabilities.READ_FORUM)


def is_moderator(user) -> bool:
    return capabilities.may(user, capabilities.MODERATE)


def ensure_can_read(user) -> None:
    capabilities.ensure_may(user, capabilities.READ_FORUM)


def ensure_can_participate(user) -> None:
    """Read access and no sanction that forbids posting; house rules are checked separately."""
    capabilities.ensure_may(user, capabilities.POST)


def ensure_can_post(user) -> None:
    ensure_can_participate(user)
    if house_rules.needs_to_accept(user):
        raise HouseRulesNotAccepted()


def ensure_moderator(actor) -> None:
    reason = capabilities.why_not(actor, capabilities.MODERATE)
    if reason is not None:
        if (
            actor is None
            or not getattr(actor, "is_authenticated", False)
            or not actor.has_role("moderator")
        ):
            reason = "Only moderators can do that."
        raise NotPermitted(reason)


# Who else may hide, restore, pin and lock inside one category: checks (actor, category_id) ->
# bool, installed by the app factory (community.wiring). Chapters add "a lead of the chapter whose
# space this is"; every other moderation power stays with the moderators.
CATEGORY_MODERATORS: list[Callable[[object, int], bool]] = []


def ensure_moderator_of(actor, category_id: int) -> None:
    if any(check(actor, category_id) for check in CATEGORY_MODERATORS):
        return
    ensure_moderator(actor)


def author_domains(user) -> list[str]:
    """The author's own web domains (from a work email), for the sales-pitch policy."""
    domain = (user.email or "").rpartition("@")[2].lower()
    return [domain] if domain and not is_free_mail_domain(domain) else []


def get_thread(thread_id: int) -> Thread:
    thread = db.session.get(Thread, thread_id)
    if thread is None:
        raise NotFound("That thread does not exist.")
    return thread


def get_post(post_id: int) -> Post:
    post = db.session.get(Post, post_id)
    if post is None:
        raise NotFound("That post does not exist.")
    return post


def get_category(slug: str) -> Category:
    category = db.session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        raise NotFound("That category does not exist.")
    return category


def may_see_thread(user, thread: Thread) -> bool:
    """Published threads are for every member; held and hidden ones for their author (who must
    see why) and moderators."""
    if thread.status == "published":
        return can_read(user)
    if thread.status in ("held", "hidden"):
        return is_moderator(user) or (can_read(user) and thread.author_id == user.id)
    return is_moderator(user)


def may_see_post(user, post: Post) -> bool:
    if post.status == "held":
        return is_moderator(user) or (can_read(user) and post.author_id == user.id)
    return can_read(user)
