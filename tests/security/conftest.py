"""The people and objects every security test requests routes as (see routes.py)."""

import pytest

from .routes import World, build_world


@pytest.fixture
def world(app, person) -> World:
    return build_world(person)
