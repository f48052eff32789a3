"""People and content for the accounts tests, built through the services."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from community.accounts import services
from community.accounts.classify import normalise_expertise
from community.accounts.models import MemberExpertise, MemberProfile
from community.extensions import db

FRIENDLY_NOTE = (
    "Hello, we met at the retail leadership forum in Lisbon last spring. I'd like to compare "
    "notes on how you structured your loyalty team."
)
PITCH_NOTE = (
    "Our platform helps CMOs like you cut agency costs by 40%. Book a free demo at "
    "https://calendly.com/acme-sales/demo this week - limited offer!"
)


@pytest.fixture
def make_member(person):
    """make_member(name, title=..., company=..., function=..., expertise=..., open=False)."""

    def build(
        name: str,
        *,
        title: str = "Chief Operating Officer",
        company: str = "Globex",
        function: str | None = None,
        expertise: str = "",
        open_to_vendors: bool = False,
        roles: tuple[str, ...] = ("member",),
    ):
        user = person(*roles, name=name, job_title=title, company=company)
        if function or expertise or open_to_vendors:
            profile = MemberProfile(
                user_id=user.id, function=function, open_to_vendor_requests=open_to_vendors
            )
            db.session.add(profile)
            for position, label in enumerate(normalise_expertise(expertise)):
                db.session.add(
                    MemberExpertise(
                        user_id=user.id, label=label, key=label.lower(), position=position
                    )
                )
            db.session.commit()
        return user

    return build


@pytest.fixture
def connected(make_member):
    """Two members whose contact request was accepted: (sender, recipient, connection)."""
    sender = make_member("Sam Sender")
    recipient = make_member("Rita Recipient")
    request = services.send_contact_request(sender, recipient, FRIENDLY_NOTE)
    services.accept_contact_request(recipient, request)
    return sender, recipient, request


class QueryCounter:
    def __init__(self, engine):
        self.engine = engine
        self.statements: list[str] = []

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._count)

    def _count(self, conn, cursor, statement, parameters, context, executemany):
        self.statements.append(statement)

    @property
    def count(self) -> int:
        return len(self.statements)


@pytest.fixture
def count_queries(app):
    return lambda: QueryCounter(db.engine)
