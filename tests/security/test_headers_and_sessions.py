"""Security headers on every response, session cookies in production, safe redirects after
sign-in, and a fresh session at sign-in."""

from __future__ import annotations

import secrets
from urllib.parse import quote, urljoin, urlsplit

import pytest

from community import create_app
from tests.conftest import provider_authorize

from .routes import ROLES, client_as, rule_methods, rules_of, url_for_rule


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = words[1:]
    return directives


def security_header_problems(response) -> list[str]:
    headers = response.headers
    problems = []
    csp = headers.get("Content-Security-Policy")
    if not csp:
        return ["no Content-Security-Policy"]
    directives = csp_directives(csp)
    script_src = directives.get("script-src", directives.get("default-src"))
    if script_src is None or not {"'unsafe-inline'", "'unsafe-eval'"}.isdisjoint(script_src):
        problems.append(f"script-src allows inline or eval code: {script_src}")
    style_src = directives.get("style-src", directives.get("default-src"))
    if style_src is None or "'unsafe-inline'" in style_src:
        problems.append(f"style-src allows inline style: {style_src}")
    if "*" in (script_src or []) or "data:" in (script_src or []):
        problems.append(f"script-src is too broad: {script_src}")
    if directives.get("object-src") != ["'none'"]:
        problems.append("object-src is not 'none'")
    if directives.get("frame-ancestors") != ["'none'"] and headers.get("X-Frame-Options") != "DENY":
        problems.append("the page can be framed (no frame-ancestors 'none' or X-Frame-Options)")
    if headers.get("Referrer-Policy") not in (
        "no-referrer",
        "same-origin",
        "strict-origin",
        "strict-origin-when-cross-origin",
    ):
        problems.append(f"Referrer-Policy is {headers.get('Referrer-Policy')!r}")
    if headers.get("X-Content-Type-Options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    return problems


def test_every_response_of_every_route_carries_the_security_headers(app, world):
    """Pages, redirects, refusals and static files alike, for a visitor and for each role."""
    problems, seen = [], 0
    clients = {column: client_as(app, world, column) for column in ROLES}
    for rule in rules_of(app):
        if "GET" not in rule_methods(rule):
            continue
        url = url_for_rule(app, rule, world, placeholders=True)
        for column, client in clients.items():
            response = client.get(url)
            response.close()
            seen += 1
            for problem in security_header_problems(response):
                problems.append(f"GET {url} as {column} ({response.status_code}): {problem}")
            if "Strict-Transport-Security" in response.headers:
                problems.append(f"GET {url}: HSTS outside production")
    for url in ("/no-such-page", "/admin/people/0"):
        response = clients["admin"].get(url)
        problems += [f"GET {url}: {p}" for p in security_header_problems(response)]
    assert seen
    assert not problems, "\n".join(problems)


def served_config(database_uri, **extra) -> dict:
    return {
        "SQLALCHEMY_DATABASE_URI": database_uri,
        "SECRET_KEY": secrets.token_hex(32),
        "LOCAL_OIDC_URL": "",
        "LINKEDIN_CLIENT_ID": "production-client",
        "LINKEDIN_CLIENT_SECRET": "production-secret",
        "SESSION_COOKIE_SECURE": None,
        **extra,
    }


@pytest.fixture
def production_app(database_uri):
    """The app as gunicorn would run it: not debug, not testing, a real secret, LinkedIn."""
    return create_app(served_config(database_uri))


def test_production_sends_hsts_and_the_same_headers(production_app):
    response = production_app.test_client().get("/", base_url="https://peercircle.example")
    assert response.status_code == 200
    assert security_header_problems(response) == []
    hsts = response.headers["Strict-Transport-Security"]
    max_age = int(hsts.split("max-age=")[1].split(";")[0])
    assert max_age >= 180 * 24 * 3600


def test_production_session_cookie_is_secure_httponly_and_samesite_lax(production_app):
    response = production_app.test_client().get("/", base_url="https://peercircle.example")
    cookies = [h for h in response.headers.getlist("Set-Cookie") if h.startswith("session=")]
    assert cookies, "the landing page stores its CSRF token in the session cookie"
    attributes = {part.strip().split("=")[0].lower() for part in cookies[0].split(";")[1:]}
    assert {"secure", "httponly"} <= attributes
    assert "samesite=lax" in cookies[0].lower()
    config = production_app.config
    assert config["REMEMBER_COOKIE_SECURE"] and config["REMEMBER_COOKIE_HTTPONLY"]
    assert config["REMEMBER_COOKIE_SAMESITE"] == "Lax"


def test_the_local_sign_in_provider_does_not_exist_in_production(production_app):
    """Production signs in with LinkedIn only: the stand-in's URL appears nowhere."""
    csp = production_app.test_client().get("/").headers["Content-Security-Policy"]
    assert csp_directives(csp)["form-action"] == ["'self'", "https://www.linkedin.com"]


# Sign-in: redirects and session renewal, through the real provider.


@pytest.fixture
def provider_like_linkedin(oidc_provider):
    oidc_provider.behaviour.nonce = "omit"
    oidc_provider.behaviour.tamper_id_token = False
    return oidc_provider


def sign_in_with_next(client, target: str | None, sub: str = "test-alice"):
    path = "/auth/login" if target is None else f"/auth/login?next={quote(target, safe='')}"
    start = client.get(path)
    assert start.status_code == 302
    answer = provider_authorize(start.headers["Location"], sub)
    return client.get("/auth/callback?" + answer.split("?", 1)[1])


OFF_SITE = [
    "https://evil.example/",
    "http://evil.example",
    "//evil.example/path",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    "http://localhost.test@evil.example/",
    " //evil.example",
    "/\t/evil.example",
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
]


@pytest.mark.parametrize("target", OFF_SITE)
def test_next_cannot_send_a_signed_in_person_off_site(client, provider_like_linkedin, target):
    response = sign_in_with_next(client, target)
    assert response.status_code == 302
    location = response.headers["Location"]
    landed = urlsplit(urljoin("http://localhost.test/auth/callback", location))
    assert landed.scheme == "http" and landed.netloc == "localhost.test", location
    with client.session_transaction() as session:
        assert session.get("_user_id"), "the sign-in itself must still succeed"


def test_next_within_the_site_is_honoured(client, provider_like_linkedin):
    """The control for the test above: a same-site path is where the person lands."""
    response = sign_in_with_next(client, "/house-rules?section=2")
    assert response.headers["Location"] == "/house-rules?section=2"


def test_the_session_is_renewed_at_sign_in(client, provider_like_linkedin):
    with client.session_transaction() as session:
        session["planted"] = "by someone who handed the victim this cookie"
    client.get("/auth/login")  # the sign-in starts in this (visitor's) session
    cookie_before = client.get_cookie("session", domain="localhost.test").value
    sign_in_with_next(client, None)
    cookie_after = client.get_cookie("session", domain="localhost.test").value
    assert cookie_after != cookie_before
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session.get("_user_id")
    # Whoever kept the visitor's cookie is still a visitor.
    replay = client.application.test_client()
    replay.set_cookie("session", cookie_before, domain="localhost.test")
    response = replay.get("/account")
    assert response.status_code == 302
    assert urlsplit(response.headers["Location"]).path == "/auth/login"


# Signing out ends the session: a cookie copied before is worthless afterwards.


def replay(client, cookie: str):
    other = client.application.test_client()
    other.set_cookie("session", cookie, domain="localhost.test")
    return other.get("/account")


def signed_in_cookie(client, sub: str = "test-alice") -> str:
    sign_in_with_next(client, None, sub)
    assert client.get("/account").status_code == 200
    return client.get_cookie("session", domain="localhost.test").value


def test_a_cookie_copied_before_sign_out_no_longer_signs_anyone_in(client, provider_like_linkedin):
    copied = signed_in_cookie(client)
    assert replay(client, copied).status_code == 200  # the copy works while the session lives

    client.post("/auth/logout")

    response = replay(client, copied)
    assert response.status_code == 302
    assert urlsplit(response.headers["Location"]).path == "/auth/login"


def test_signing_in_again_after_signing_out_works(client, provider_like_linkedin):
    signed_in_cookie(client)
    client.post("/auth/logout")
    assert client.get("/account").status_code == 302
    signed_in_cookie(client)  # asserts the fresh session is signed in


def test_ending_sessions_signs_the_person_out_everywhere(app, provider_like_linkedin):
    from sqlalchemy import select

    from community.auth import services
    from community.auth.models import User
    from community.extensions import db
    from tests.conftest import FreshContextClient

    app.test_client_class = FreshContextClient
    laptop, phone = app.test_client(), app.test_client()
    cookies = [signed_in_cookie(laptop), signed_in_cookie(phone)]
    user = db.session.scalar(select(User).where(User.subject == "test-alice"))

    services.end_sessions(user)  # as membership revocation and suspension do
    db.session.commit()

    for cookie in cookies:
        assert replay(laptop, cookie).status_code == 302
    assert laptop.get("/account").status_code == 302 and phone.get("/account").status_code == 302


def test_deleting_the_account_ends_its_sessions(client, provider_like_linkedin):
    from sqlalchemy import select

    from community.accounts.privacy import delete_account
    from community.auth.models import User
    from community.extensions import db

    signed_in_cookie(client)
    user = db.session.scalar(select(User).where(User.subject == "test-alice"))
    generation = user.session_generation
    delete_account(user, "delete")
    db.session.expire_all()
    assert db.session.get(User, user.id).session_generation == generation + 1


# Production is decided by COMMUNITY_ENV, never by a debug flag left in the environment.


def test_flask_debug_in_the_environment_does_not_turn_production_off(database_uri, monkeypatch):
    monkeypatch.setenv("FLASK_DEBUG", "1")
    monkeypatch.delenv("COMMUNITY_ENV", raising=False)
    app = create_app(served_config(database_uri))
    assert app.config["PRODUCTION"] is True and app.debug is False
    response = app.test_client().get("/", base_url="https://peercircle.example")
    assert "Strict-Transport-Security" in response.headers
    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))
    assert "secure" in cookie.lower()


def test_flask_debug_does_not_let_production_use_the_local_provider(database_uri, monkeypatch):
    from community.config import ConfigurationError

    monkeypatch.setenv("FLASK_DEBUG", "1")
    monkeypatch.delenv("COMMUNITY_ENV", raising=False)
    with pytest.raises(ConfigurationError, match="LOCAL_OIDC_URL"):
        create_app(served_config(database_uri, LOCAL_OIDC_URL="http://127.0.0.1:5001"))


def test_development_is_chosen_explicitly_and_allows_the_local_provider(database_uri):
    app = create_app(
        served_config(
            database_uri, COMMUNITY_ENV="development", LOCAL_OIDC_URL="http://127.0.0.1:5001"
        )
    )
    assert app.config["PRODUCTION"] is False
    assert "Strict-Transport-Security" not in app.test_client().get("/").headers


def test_an_unknown_environment_name_is_refused(database_uri):
    from community.config import ConfigurationError

    with pytest.raises(ConfigurationError, match="COMMUNITY_ENV"):
        create_app(served_config(database_uri, COMMUNITY_ENV="prod"))


def test_gunicorn_refuses_the_local_provider_even_in_development_with_debug(tmp_path):
    """The real server, as someone might start it from a developer's shell."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from tests.conftest import free_port

    root = Path(__file__).resolve().parents[2]
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'served.sqlite3'}",
        "COMMUNITY_ENV": "development",
        "FLASK_DEBUG": "1",
        "LOCAL_OIDC_URL": "http://127.0.0.1:5001",
    }
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    try:
        result = subprocess.run(
            [gunicorn, "--workers", "1", "--bind", f"127.0.0.1:{free_port()}", "wsgi:app"],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired as still_serving:
        raise AssertionError("gunicorn served with the local sign-in provider") from still_serving
    assert result.returncode != 0
    assert "local stand-in sign-in provider" in result.stderr
