"""Chapter fixtures: a chapter the board opened, a lead two board members appointed, and a
factory of events in it (times in Europe/London, a week from now)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from community.chapters import schedule, services
from community.db_types import utcnow
from community.extensions import db
from tests.forum.helpers import accept_rules

ZONE = "Europe/London"
FRIENDLY_DESCRIPTION = (
    "An evening for chief marketing officers to compare notes on **budget season**: what you "
    "cut, what you protected, and how you argued for it."
)


@pytest.fixture
def people(person):
    """An active member of each kind who accepted the house rules, by name."""

    def build(name: str, *roles: str, **fields):
        user = person("member", *roles, name=name, **fields)
        accept_rules(user)
        return user

    return build


@pytest.fixture
def board_pair(people):
    return people("Bea Board", "board"), people("Bo Second", "board")


@pytest.fixture
def london(board_pair):
    return services.create_chapter(board_pair[0], "London", "regional", "City and around.")


@pytest.fixture
def lead(people, london, board_pair):
    """A lead appointed by two board members (one proposes, the other approves)."""
    from community.membership.services import proposals

    user = people("Lena Lead")
    proposal = services.propose_lead(board_pair[0], london, user, "Runs our London dinners well.")
    proposals.approve_proposal(board_pair[1], proposal.id)
    return user


def local_in(days: float, hour: int = 19):
    """A naive London wall-clock time `days` from now at `hour`:00."""
    moment = schedule.local(utcnow() + timedelta(days=days), ZONE)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0, tzinfo=None)


def draft(**changes) -> services.EventDraft:
    fields = dict(
        title="Budget season roundtable",
        description=FRIENDLY_DESCRIPTION,
        format="in_person",
        venue="The Library Room, 1 Example Street, London",
        online_url="",
        timezone=ZONE,
        starts_local=local_in(7),
        ends_local=local_in(7, 22),
        rsvp_deadline_local=local_in(5),
        capacity=10,
        chatham_house=True,
    )
    fields.update(changes)
    return services.EventDraft(**fields)


@pytest.fixture
def make_event(lead, london):
    def build(actor=None, chapter=None, **changes):
        event = services.create_event(actor or lead, chapter or london, draft(**changes))
        db.session.refresh(event)
        return event

    return build
