"""Forum fixtures: members who accepted the house rules, a category, and a query counter."""

from __future__ import annotations

import pytest

from community.forum import services

from .helpers import FRIENDLY, accept_rules


@pytest.fixture
def member_factory(person):
    """member_factory(name, *extra_roles): an active member who accepted the house rules."""

    def build(name: str, *roles: str, **fields):
        user = person("member", *roles, name=name, **fields)
        accept_rules(user)
        return user

    return build


@pytest.fixture
def author(member_factory):
    return member_factory("Ada Author", job_title="Chief Marketing Officer", company="Acme")


@pytest.fixture
def reader(member_factory):
    return member_factory("Rita Reader")


@pytest.fixture
def mod(member_factory):
    return member_factory("Mo Derator", "moderator")


@pytest.fixture
def category(app, admin):
    return services.create_category(admin, "Leadership & Strategy", "Running the company.")


@pytest.fixture
def other_category(app, admin):
    return services.create_category(admin, "Off the Record", "Only for peers.", position=5)


@pytest.fixture
def thread(author, category):
    thread, _ = services.start_thread(author, category, "Four-day week: results?", FRIENDLY)
    return thread
