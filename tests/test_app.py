"""The application factory: production refusals, security headers and error pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from community import create_app
from community.config import DEFAULT_SECRET_KEY, ConfigurationError

ROOT = Path(__file__).resolve().parent.parent


def production_config(database_uri, **extra):
    return {
        "SQLALCHEMY_DATABASE_URI": database_uri,
        "SECRET_KEY": "x" * 40,
        "LOCAL_OIDC_URL": "",
        **extra,
    }


def test_production_refuses_the_default_secret_key(database_uri):
    with pytest.raises(ConfigurationError, match="SECRET_KEY"):
        create_app(production_config(database_uri, SECRET_KEY=DEFAULT_SECRET_KEY))


def test_production_refuses_the_local_sign_in_provider(database_uri):
    with pytest.raises(ConfigurationError, match="LOCAL_OIDC_URL"):
        create_app(production_config(database_uri, LOCAL_OIDC_URL="http://127.0.0.1:5001"))


def test_production_starts_with_a_real_secret_and_linkedin(database_uri):
    app = create_app(production_config(database_uri, LINKEDIN_CLIENT_ID="abc"))
    assert app.config["PRODUCTION"] is True
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True
    assert app.config["SESSION_COOKIE_SAMESITE"] == "Lax"


def test_gunicorn_style_start_refuses_and_says_why(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    result = subprocess.run(
        [sys.executable, "-c", "import wsgi"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "Refusing to start in production mode" in result.stderr


def test_maintenance_commands_run_without_production_secrets(tmp_path):
    """`flask db upgrade` or `membership check-title` serve nobody, so they need no secret."""
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    flask = str(Path(sys.executable).parent / "flask")
    result = subprocess.run(
        [flask, "--app", "wsgi", "db", "upgrade"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_security_headers_are_on_every_page(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "Strict-Transport-Security" not in response.headers  # only in production


def test_hsts_in_production(database_uri):
    app = create_app(production_config(database_uri, LINKEDIN_CLIENT_ID="abc"))
    response = app.test_client().get("/healthz")
    assert "max-age=" in response.headers["Strict-Transport-Security"]


def test_unknown_page_is_a_friendly_404(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert b"Page not found" in response.data


def test_oversized_body_is_refused_with_413(client, app):
    app.config["MAX_CONTENT_LENGTH"] = 1024
    app.config["WTF_CSRF_ENABLED"] = True  # CSRF reads the form, which is what trips the limit
    response = client.post("/auth/logout", data={"x": "y" * 5000})
    assert response.status_code == 413
    assert b"too large" in response.data


def test_landing_page_invites_visitors_to_sign_in(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"/auth/login" in response.data
