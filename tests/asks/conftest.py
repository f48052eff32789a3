"""People for the asks tests: a CMO who asks, peers who reply, consultants who respond."""

from __future__ import annotations

import pytest

from community.asks import services
from community.extensions import db
from community.moderation import house_rules

NEED = (
    "We need a partner for a social listening rollout in EMEA: twelve markets, four languages, "
    "and a team of three to train. Who have you used, and what would you do differently?"
)
CONSULTANT_ANSWER = (
    "We ran a similar rollout for a retailer across nine European markets last year. The hard "
    "part was agreeing the taxonomy per language before any tooling; happy to share how."
)
PEER_REPLY = "We used Brandwatch for eight markets; the taxonomy work took longer than the tool."


@pytest.fixture
def make_person(person):
    """make_person(name, title, company, *roles): a member who has accepted the house rules."""

    def build(name, title="Chief Operating Officer", company="Globex", *roles):
        user = person("member", *roles, name=name, job_title=title, company=company)
        house_rules.accept_rules(user, house_rules.current_rules().version)
        db.session.commit()
        return user

    return build


@pytest.fixture
def cmo(make_person):
    return make_person("Carla Marketing", "Chief Marketing Officer", "Northwind Retail")


@pytest.fixture
def consultants(make_person):
    return (
        make_person("Connor Consult", "Managing Consultant", "Listening Partners Consulting"),
        make_person("Vera Vendor", "Account Executive", "SocialScope"),
    )


@pytest.fixture
def ask(cmo):
    made = services.post_ask(
        cmo, "A partner for social listening in EMEA", NEED, "EUR 150-250k", "Q3 start"
    )
    db.session.commit()
    return made


@pytest.fixture
def invited_ask(ask, cmo):
    services.open_to_vendors(cmo, ask, 7)
    db.session.commit()
    return ask
