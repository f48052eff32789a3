"""Rate limits behind a reverse proxy: who counts as one client, and what happens when Redis
is gone. The sign-in start (/auth/login, 30 a minute) is the limited route under test."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import pytest

from community import create_app
from community.extensions import limiter
from tests.conftest import FreshContextClient, free_port, make_config, reset_database

LOGIN_LIMIT = 30


@pytest.fixture
def limited_app(database_uri, oidc_provider, monkeypatch):
    """An app with limits on, in memory; `build(**settings)` makes one with more settings."""
    # The limiter is one object per process: whatever a test does to it is undone afterwards.
    for attribute in ("_storage_dead", "_key_prefix"):
        monkeypatch.setattr(limiter, attribute, getattr(limiter, attribute))
    monkeypatch.setattr(limiter, "_key_prefix", "")
    apps = []

    def build(**settings):
        config = make_config(database_uri, oidc_provider.url, RATELIMIT_ENABLED=True)
        config.update(RATELIMIT_KEY_PREFIX=f"proxy-test-{free_port()}", **settings)
        application = create_app(config)
        reset_database(application)
        application.test_client_class = FreshContextClient
        apps.append(application)
        return application

    yield build
    for application in apps:
        with application.app_context():
            from community.extensions import db

            db.engine.dispose()


def sign_in_starts(client, count: int, **headers) -> list[int]:
    return [client.get("/auth/login", headers=headers).status_code for _ in range(count)]


def test_without_trusted_proxies_a_forged_forwarded_for_does_not_buy_a_new_budget(limited_app):
    client = limited_app().test_client()
    statuses = [
        client.get("/auth/login", headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code
        for n in range(LOGIN_LIMIT + 1)
    ]
    assert statuses[-1] == 429 and set(statuses[:-1]) == {302}


def test_behind_one_trusted_proxy_each_forwarded_client_has_its_own_budget(limited_app):
    client = limited_app(TRUSTED_PROXIES=1).test_client()
    first = sign_in_starts(client, LOGIN_LIMIT + 1, **{"X-Forwarded-For": "203.0.113.7"})
    other = sign_in_starts(client, 1, **{"X-Forwarded-For": "203.0.113.8"})
    assert first[-1] == 429 and set(first[:-1]) == {302}
    assert other == [302]


def test_behind_a_trusted_proxy_links_use_the_forwarded_scheme(limited_app):
    client = limited_app(TRUSTED_PROXIES=1).test_client()
    response = client.get("/auth/login", headers={"X-Forwarded-Proto": "https"})
    redirect_uri = parse_qs(urlsplit(response.headers["Location"]).query)["redirect_uri"][0]
    assert redirect_uri.startswith("https://localhost.test/")
    # The Host header is the server's own business: a forwarded one is not believed.
    response = client.get("/auth/login", headers={"X-Forwarded-Host": "evil.example"})
    assert "evil.example" not in response.headers["Location"]


def test_signed_in_people_behind_one_address_each_have_their_own_budget(limited_app, person):
    app = limited_app()
    with app.app_context():
        first, second = person(name="Office One"), person(name="Office Two")
        ids = first.id, second.id
    clients = []
    for user_id in ids:
        client = app.test_client()
        with client.session_transaction() as session:
            session["_user_id"] = str(user_id)
            session["_fresh"] = True
        clients.append(client)
    assert sign_in_starts(clients[0], LOGIN_LIMIT + 1)[-1] == 429
    assert sign_in_starts(clients[1], 1) != [429]


def test_when_redis_is_down_limits_fall_back_to_each_process_with_a_warning(
    limited_app, caplog, monkeypatch
):
    # Alembic's logging setup (tests/test_migrations.py) disables loggers that already exist.
    monkeypatch.setattr(logging.getLogger("flask-limiter"), "disabled", False)
    closed = f"redis://127.0.0.1:{free_port()}/5"  # nothing listens there
    client = limited_app(RATELIMIT_STORAGE_URI=closed).test_client()
    with caplog.at_level(logging.WARNING):
        statuses = sign_in_starts(client, LOGIN_LIMIT + 1)
    assert 500 not in statuses
    assert set(statuses[:-1]) == {302}
    assert statuses[-1] == 429, "the limit still holds, counted in this process"
    assert any("falling back to in-memory" in r.getMessage() for r in caplog.records)
