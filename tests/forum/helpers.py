"""Helpers for the forum tests: texts, rule acceptance, a query counter."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event

from community.extensions import db
from community.moderation import house_rules

FRIENDLY = "What worked for your team when you moved to a four-day week? Curious about results."
PITCH = (
    "Our platform helps CMOs like you cut agency costs by 40%. Book a free demo at "
    "https://calendly.com/acme-sales/demo this week - limited offer! DM me for pricing."
)


def accept_rules(user) -> None:
    house_rules.accept_rules(user, house_rules.current_rules().version)


class QueryCounter:
    def __init__(self) -> None:
        self.statements: list[str] = []

    @property
    def count(self) -> int:
        return len(self.statements)


@contextmanager
def counting_queries():
    """Count the SQL statements sent to the database inside the block."""
    counter = QueryCounter()
    engine = db.engine

    def record(conn, cursor, statement, parameters, context, executemany):
        counter.statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield counter
    finally:
        event.remove(engine, "before_cursor_execute", record)


def reload(instance):
    db.session.expire_all()
    return db.session.get(type(instance), instance.id)


def publish_house_rules(board_member, person, body: str, summary: str):
    """New house rules, as the board publishes them: one member proposes, another approves."""
    from community.membership import services as membership

    second = person("member", "board", name="Second Board Member")
    payload = {"body": body, "summary": summary, "based_on": None}
    proposal = membership.propose(board_member, "house_rules", payload, summary)
    return membership.approve_proposal(second, proposal.id, "Agreed")
