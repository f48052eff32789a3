"""Moderation fixtures: a forum with a category, and posts written through the forum's services."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from community.extensions import db
from community.forum import services as forum_services
from community.moderation import house_rules, services
from tests.conftest import make_person

# The sales-pitch policy holds this one; the quiet question below it passes.
PITCH_TITLE = "Cut your cloud bill by 40%"
PITCH_BODY = (
    "We built a platform that cuts cloud costs by 40%. Book a free demo at "
    "https://calendly.com/acme-sales/demo or DM me and I'll send our pricing: "
    "$499 per month, 20% off for members this week."
)
QUESTION_TITLE = "How do you budget for cloud costs?"
QUESTION_BODY = "We overspent last year. How do other CFOs here set and police a cloud budget?"


def accept_rules(user) -> None:
    house_rules.accept_rules(user, house_rules.current_rules().version)


def writer(*roles: str, **fields):
    """A member (plus roles) who has accepted the house rules, ready to post."""
    user = make_person("member", *roles, **fields)
    accept_rules(user)
    return user


@pytest.fixture
def category(app):
    admin = make_person("admin", name="Forum Admin")
    return forum_services.create_category(admin, "Finance", "Budgets and the CFO's craft")


@pytest.fixture
def other_category(app, category):
    admin = make_person("admin", name="Second Admin")
    return forum_services.create_category(admin, "Technology", "Platforms and people")


@pytest.fixture
def author(app):
    return writer(name="Arthur Author", email="arthur@acme-cloud.example")


@pytest.fixture
def mod(app):
    return writer("moderator", name="Mona Moderator")


@pytest.fixture
def second_mod(app):
    return writer("moderator", name="Max Moderator")


def start_thread(author, category, title=QUESTION_TITLE, body=QUESTION_BODY):
    _thread, post = forum_services.start_thread(author, category, title, body)
    return post


@pytest.fixture
def held_post(author, category):
    post = start_thread(author, category, PITCH_TITLE, PITCH_BODY)
    assert post.status == "held", post.pitch_assessment
    return post


@pytest.fixture
def published_post(author, category):
    post = start_thread(author, category)
    assert post.status == "published", post.pitch_assessment
    return post


def queue_size() -> int:
    """How many posts wait in the moderation queue."""
    return db.session.scalar(select(func.count()).select_from(services.queue_query().subquery()))
