"""Opening a page never writes: every GET route of the URL map, as every role, runs no INSERT,
UPDATE or DELETE. Writes happen only on POST, inside a service's unit of work.

Two routes are exempt, because the sign-in protocol makes them GETs: starting sign-in stores
the OAuth state and nonce (they must outlive the redirect to LinkedIn), and the callback signs
the person in.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event

from community.extensions import db

from .routes import ROLES, client_as, rule_methods, rules_of, url_for_rule

WRITES = ("insert", "update", "delete", "replace")
SIGN_IN_PROTOCOL = {"auth.login", "auth.callback"}


@pytest.fixture
def write_log(app):
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().lower().startswith(WRITES):
            statements.append(statement.split("\n", 1)[0][:120])

    event.listen(db.engine, "before_cursor_execute", record)
    yield statements
    event.remove(db.engine, "before_cursor_execute", record)


def test_no_get_route_writes_for_any_role(app, world, write_log):
    clients = {column: client_as(app, world, column) for column in ROLES}
    rules = [
        rule
        for rule in rules_of(app)
        if "GET" in rule_methods(rule) and rule.endpoint not in SIGN_IN_PROTOCOL | {"static"}
    ]
    assert len(rules) > 40  # the URL map, not an empty list
    writers = []
    for rule in rules:
        url = url_for_rule(app, rule, world)
        for column in ROLES:
            write_log.clear()
            clients[column].get(url).close()
            if write_log:
                writers.append(f"GET {url} as {column}: {write_log[0]}")
    assert not writers, "GET requests that wrote:\n" + "\n".join(writers)
