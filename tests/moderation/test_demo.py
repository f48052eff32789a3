"""The demo data has a held pitch, a flagged post and a member with a warning."""

from __future__ import annotations

from sqlalchemy import select

from community.demo import forum as forum_demo
from community.demo import moderation as moderation_demo
from community.demo import people as demo_people
from community.extensions import db
from community.forum.models import Post
from community.moderation import services
from community.moderation.models import Flag
from tests.moderation.conftest import queue_size


def test_the_demo_fills_the_queue_and_warns_a_member(app):
    people = demo_people.load()
    forum_demo.load(people)
    moderation_demo.load(people)
    held = db.session.scalars(select(Post).where(Post.status == "held")).all()
    assert len(held) >= 2
    assert db.session.scalar(select(Flag.id).where(Flag.resolved_at.is_(None))) is not None
    pitcher = people[moderation_demo.PITCHER]
    [warning] = services.sanctions_in_force(pitcher)
    assert warning.kind == "warning"
    assert queue_size() >= 3
