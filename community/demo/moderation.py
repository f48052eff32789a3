"""Moderation demo content: a held pitch in the queue, a flagged post, and a member with a warning
(from an earlier pitch that a moderator hid). Runs after the forum's demo loader, through the
services, as moderators and members would."""

from __future__ import annotations

from sqlalchemy import select

from community.auth.models import User
from community.extensions import db
from community.forum import services as forum_services
from community.forum.models import Category, Post
from community.moderation import services

MODERATOR = "demo-moderator"
PITCHER = "demo-member-2"
FLAGGERS = ("demo-member-1", "demo-board-3")
FLAGGED_AUTHOR = "demo-member-3"

HELD_PITCH = (
    "A quick win for your Q3 brand plan",
    "We help marketing leaders cut agency costs by 30%. Book a free 20-minute strategy call at "
    "https://calendly.com/rossi-design/strategy and ask about our members-only package at "
    "$2,500 per month.",
)
HIDDEN_PITCH = (
    "Free brand audit for members this month",
    "Rossi Design is offering a complimentary brand audit to the first ten members who sign up "
    "here: https://rossi-design.example/audit. Limited spots, DM me to claim yours!",
)
HIDE_MESSAGE = (
    "Offers and sign-up links for your own agency are a sales pitch, which the house rules "
    "don't allow. You're very welcome to share what you've learned instead."
)
FLAG_NOTES = (
    ("off_topic", "This drifts into vendor selection; it belongs in Digital & Data."),
    ("off_topic", None),
)


def _category(slug_part: str) -> Category:
    categories = list(db.session.scalars(select(Category).order_by(Category.position)))
    return next((c for c in categories if slug_part in c.slug), categories[0])


def _held_pitch(pitcher: User) -> Post:
    """The forum's demo already holds one reply; make sure a held thread waits too."""
    _, post = forum_services.start_thread(pitcher, _category("marketing"), *HELD_PITCH)
    return post


def _warned_member(moderator: User, pitcher: User) -> None:
    _, post = forum_services.start_thread(pitcher, _category("marketing"), *HIDDEN_PITCH)
    if post.status == "held":
        # The first upheld pitch: the ladder turns it into a warning on the member's record.
        services.hide_post(moderator, post.id, "sales_pitch", HIDE_MESSAGE)
    else:  # the policy let it through; the moderator warns by hand
        services.impose_sanction(moderator, pitcher, "warning", HIDE_MESSAGE, 90)


def _flagged_post(people: dict[str, User]) -> None:
    author = people[FLAGGED_AUTHOR]
    post = db.session.scalar(
        select(Post)
        .where(Post.author_id == author.id, Post.status == "published")
        .order_by(Post.id)
        .limit(1)
    )
    if post is None:
        return
    for sub, (reason, note) in zip(FLAGGERS, FLAG_NOTES, strict=True):
        services.flag_post(people[sub], post.id, reason, note)


def load(people: dict[str, User]) -> None:
    moderator, pitcher = people[MODERATOR], people[PITCHER]
    _warned_member(moderator, pitcher)
    _held_pitch(pitcher)
    _flagged_post(people)
