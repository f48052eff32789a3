"""Two gunicorn servers on one PostgreSQL database and one Redis, requests alternating between
them: sign-in, sessions, rate limits and sign-out hold across both.

The servers run in production mode (tests/ops/servers.py says what differs and why), except that
their session cookie is not Secure (SESSION_COOKIE_SECURE=0, as the README allows for plain HTTP
in testing): these servers speak plain HTTP on loopback, and a client keeps Secure cookies for
HTTPS only. tests/ops/test_nginx.py covers the Secure cookie behind TLS.
"""

from __future__ import annotations

import os
import re
import secrets

import pytest
import redis
import requests

from tests.conftest import ON_POSTGRES, provider_authorize

from .servers import gunicorn, gunicorn_environment, provider_overrides

pytestmark = pytest.mark.skipif(
    not ON_POSTGRES,
    reason="several servers share one PostgreSQL database (SQLite is one machine's file): "
    "run with DATABASE_URL=postgresql://..., as CI's PostgreSQL pass does",
)

LOGIN_LIMIT = 30  # /auth/login, per visitor a minute


@pytest.fixture(scope="module")
def redis_url() -> str:
    url = os.environ.get("REDIS_URL", "")
    if not url:
        pytest.skip("several servers share their rate limits through Redis: set REDIS_URL")
    try:
        redis.Redis.from_url(url).ping()
    except redis.RedisError as error:
        pytest.skip(f"Redis at {url} does not answer: {error}")
    return url


@pytest.fixture(scope="module")
def servers(database_uri, oidc_provider, redis_url, tmp_path_factory):
    """Servers A and B: same database, same Redis, same secret key; nothing else shared."""
    from community import create_app
    from community.extensions import db
    from tests.conftest import make_config, reset_database

    schema = create_app(make_config(database_uri, oidc_provider.url))
    reset_database(schema)
    with schema.app_context():
        db.engine.dispose()
    prefix = f"two-servers-{secrets.token_hex(4)}"
    environment = gunicorn_environment(database_uri, REDIS_URL=redis_url, SESSION_COOKIE_SECURE="0")
    overrides = provider_overrides(oidc_provider.url, RATELIMIT_KEY_PREFIX=prefix)
    logs = tmp_path_factory.mktemp("two-servers")
    with (
        gunicorn(environment, overrides, logs / "a.log") as first,
        gunicorn(environment, overrides, logs / "b.log") as second,
    ):
        yield first, second, prefix
    store = redis.Redis.from_url(redis_url)
    for key in store.scan_iter(f"*{prefix}*"):
        store.delete(key)


@pytest.fixture
def a_and_b(servers, app, redis_url):
    """The two servers' URLs, with an empty database and no budget spent yet."""
    first, second, prefix = servers
    store = redis.Redis.from_url(redis_url)
    for key in store.scan_iter(f"*{prefix}*"):
        store.delete(key)
    return first.url, second.url


def sign_in(browser: requests.Session, start_at: str, finish_at: str, sub: str) -> None:
    """Start sign-in on one server, choose `sub` at the provider, return to the other one."""
    start = browser.get(f"{start_at}/auth/login", allow_redirects=False)
    assert start.status_code == 302, start.text[:300]
    answer = provider_authorize(start.headers["Location"], sub)
    callback = f"{finish_at}/auth/callback?{answer.split('?', 1)[1]}"
    finished = browser.get(callback, allow_redirects=False)
    assert finished.status_code == 302, finished.text[:500]


def signed_in_as(browser: requests.Session, server: str) -> str | None:
    """The name on the account page, or None when the server sends the browser to sign in."""
    response = browser.get(f"{server}/account", allow_redirects=False)
    if response.status_code == 302:
        assert "/auth/login" in response.headers["Location"]
        return None
    assert response.status_code == 200
    return "Alice Tester" if "Alice Tester" in response.text else "someone else"


def csrf_token(browser: requests.Session, server: str) -> str:
    page = browser.get(f"{server}/account").text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_sign_in_started_on_one_server_finishes_on_the_other_and_holds_on_both(a_and_b):
    a, b = a_and_b
    browser = requests.Session()
    sign_in(browser, start_at=a, finish_at=b, sub="test-alice")
    assert [signed_in_as(browser, server) for server in (a, b, a, b)] == ["Alice Tester"] * 4


def test_a_visitors_sign_in_budget_is_one_budget_across_both_servers(a_and_b):
    a, b = a_and_b
    browser = requests.Session()
    statuses = [
        browser.get(f"{(a, b)[n % 2]}/auth/login", allow_redirects=False).status_code
        for n in range(LOGIN_LIMIT + 2)
    ]
    assert statuses[:LOGIN_LIMIT] == [302] * LOGIN_LIMIT
    assert statuses[LOGIN_LIMIT:] == [429, 429], "both servers count the one budget in Redis"


def test_signing_out_on_one_server_ends_the_persons_sessions_on_both(a_and_b):
    a, b = a_and_b
    laptop, phone = requests.Session(), requests.Session()
    sign_in(laptop, start_at=a, finish_at=a, sub="test-alice")
    sign_in(phone, start_at=b, finish_at=b, sub="test-alice")
    laptop_cookie = laptop.cookies.get("session")
    assert signed_in_as(laptop, b) == signed_in_as(phone, a) == "Alice Tester"

    signed_out = laptop.post(
        f"{a}/auth/logout", data={"csrf_token": csrf_token(laptop, a)}, allow_redirects=False
    )
    assert signed_out.status_code == 302

    assert signed_in_as(phone, a) is None and signed_in_as(phone, b) is None
    replayed = requests.Session()
    replayed.cookies.set("session", laptop_cookie)
    assert signed_in_as(replayed, b) is None, "the old cookie is worth nothing on the other server"
