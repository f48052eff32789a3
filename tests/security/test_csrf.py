"""CSRF: every state-changing route of the URL map refuses a request without a valid token."""

from __future__ import annotations

import re

import pytest

from tests.conftest import make_config

from .routes import (
    STATE_CHANGING,
    changed_tables,
    client_as,
    database_fingerprint,
    form_for,
    rule_methods,
    rules_of,
    url_for_rule,
)


@pytest.fixture
def app_config(database_uri, oidc_provider):
    """Protection on, as in production (most other tests turn it off to post forms directly)."""
    return make_config(database_uri, oidc_provider.url, WTF_CSRF_ENABLED=True)


def page_token(client, path: str = "/account") -> str:
    """The token the page hands the browser (base.html puts it in a meta tag)."""
    html = client.get(path).get_data(as_text=True)
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', html).group(1)


# RFC 8058: a mail client's one-click unsubscribe POSTs with no page (and no token) before it;
# the signed link is the credential, and it can only turn that person's mail off.
TOKENLESS = {"accounts.unsubscribe_now"}


def state_changing_requests(app, world):
    for rule in rules_of(app):
        if rule.endpoint in TOKENLESS:
            continue
        for method in sorted(rule_methods(rule) & set(STATE_CHANGING)):
            yield method, rule.endpoint, url_for_rule(app, rule, world, placeholders=True)


@pytest.mark.parametrize("column", ["admin", "board", "member"])
def test_a_state_changing_request_without_a_token_is_refused_and_changes_nothing(
    app, world, column
):
    client = client_as(app, world, column)
    page_token(client)  # the session holds a token; the request below just doesn't send it
    refused = []
    for method, endpoint, url in state_changing_requests(app, world):
        form = form_for(endpoint, world)  # may build objects: before the fingerprint
        before = database_fingerprint()
        response = client.open(url, method=method, data=form)
        assert response.status_code == 400, f"{method} {url} as {column}: {response.status_code}"
        assert b"Your form expired or was sent from elsewhere" in response.data
        assert not changed_tables(before, database_fingerprint()), f"{method} {url} changed data"
        refused.append(url)
    assert refused, "the app has no state-changing route to check"


def test_a_token_from_another_session_is_refused(app, world):
    attacker = client_as(app, world, "member")
    victim = client_as(app, world, "admin")
    page_token(victim)
    stolen_elsewhere = page_token(attacker)
    member_id = world.people["member"].id
    before = database_fingerprint()
    response = victim.post(
        f"/admin/people/{member_id}",
        data={**form_for("admin.person", world), "csrf_token": stolen_elsewhere},
    )
    assert response.status_code == 400
    assert not changed_tables(before, database_fingerprint())


def test_the_same_request_with_the_page_token_goes_through(app, world):
    """The control for the tests above: it is the token, not the form, that they lack."""
    admin = client_as(app, world, "admin")
    member = world.people["member"]
    token = page_token(admin, f"/admin/people/{member.id}")
    response = admin.post(
        f"/admin/people/{member.id}",
        data={**form_for("admin.person", world), "csrf_token": token},
    )
    assert response.status_code == 302
    from community.extensions import db

    db.session.refresh(member)
    assert member.has_role("moderator")
