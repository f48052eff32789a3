"""Settings from environment variables (documented in the README) and instance/config.py."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_SECRET_KEY = "dev-only-secret-change-me"
LINKEDIN_METADATA_URL = "https://www.linkedin.com/oauth/.well-known/openid-configuration"


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _database_url(instance_path: Path) -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        return f"sqlite:///{instance_path / 'community.sqlite3'}"
    # Heroku-style URLs name the driver "postgres://"; SQLAlchemy wants an explicit driver.
    if url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgres://")
    elif url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def from_environment(instance_path: Path) -> dict:
    """The settings this process runs with, before instance/config.py and test overrides."""
    local_oidc_url = os.environ.get("LOCAL_OIDC_URL", "").rstrip("/")
    redis_url = os.environ.get("REDIS_URL", "")
    return {
        # development | production | testing; unset means production (FLASK_DEBUG never decides).
        "COMMUNITY_ENV": os.environ.get("COMMUNITY_ENV", ""),
        "SECRET_KEY": os.environ.get("SECRET_KEY", DEFAULT_SECRET_KEY),
        "SQLALCHEMY_DATABASE_URI": _database_url(instance_path),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "REDIS_URL": redis_url,
        "COMMUNITY_BASE_URL": os.environ.get("COMMUNITY_BASE_URL", "http://127.0.0.1:5000"),
        "COMMUNITY_NAME": os.environ.get("COMMUNITY_NAME", "Peer Circle"),
        # Sign-in. With LOCAL_OIDC_URL set, the local stand-in provider replaces LinkedIn.
        "LINKEDIN_CLIENT_ID": os.environ.get("LINKEDIN_CLIENT_ID", ""),
        "LINKEDIN_CLIENT_SECRET": os.environ.get("LINKEDIN_CLIENT_SECRET", ""),
        "LINKEDIN_METADATA_URL": LINKEDIN_METADATA_URL,
        "LINKEDIN_USE_PKCE": _flag("LINKEDIN_USE_PKCE"),
        "LOCAL_OIDC_URL": local_oidc_url,
        # Mail. No SMTP_HOST: messages stay in the outbox, readable on the admin page.
        "SMTP_HOST": os.environ.get("SMTP_HOST", ""),
        "SMTP_PORT": _int("SMTP_PORT", 587),
        "SMTP_USERNAME": os.environ.get("SMTP_USERNAME", ""),
        "SMTP_PASSWORD": os.environ.get("SMTP_PASSWORD", ""),
        "SMTP_STARTTLS": _flag("SMTP_STARTTLS", True),
        "SMTP_SSL": _flag("SMTP_SSL"),
        "SMTP_TIMEOUT": _int("SMTP_TIMEOUT", 20),
        "MAIL_FROM": os.environ.get("MAIL_FROM", "Peer Circle <no-reply@peercircle.local>"),
        # A failed delivery is tried again after 1, 2, 4 ... times this many seconds.
        "MAIL_RETRY_BASE_SECONDS": _int("MAIL_RETRY_BASE_SECONDS", 60),
        # /metrics answers loopback clients, and others that send "Authorization: Bearer TOKEN".
        "METRICS_TOKEN": os.environ.get("METRICS_TOKEN", ""),
        # Logs: "json" (one JSON object a line) or "text"; unset: json in production only.
        "LOG_FORMAT": os.environ.get("LOG_FORMAT", ""),
        # Rate limits: Redis when configured, so limits hold across worker processes. If Redis
        # goes away, each process keeps counting in memory (a logged warning, never a 500).
        "RATELIMIT_STORAGE_URI": redis_url or "memory://",
        "RATELIMIT_ENABLED": _flag("RATELIMIT_ENABLED", True),
        "RATELIMIT_HEADERS_ENABLED": True,
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_SWALLOW_ERRORS": True,
        # Reverse proxies in front of the app whose X-Forwarded-For/-Proto are believed (0: none,
        # the connection's own address counts). Set it to exactly the number of proxies.
        "TRUSTED_PROXIES": _int("TRUSTED_PROXIES", 0),
        # Request size: posts and forms are small; anything bigger is refused with 413.
        "MAX_CONTENT_LENGTH": _int("MAX_CONTENT_LENGTH", 256 * 1024),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        # Unset: Secure in production, plain in development (resolved in create_app).
        "SESSION_COOKIE_SECURE": _flag("SESSION_COOKIE_SECURE")
        if os.environ.get("SESSION_COOKIE_SECURE")
        else None,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": None,
        "POSTS_PER_PAGE": 20,
        "THREADS_PER_PAGE": 25,
    }


class ConfigurationError(RuntimeError):
    """The app refuses to start with these settings; the message says why."""


ENVIRONMENTS = ("development", "production", "testing")


def environment(config) -> str:
    """Which mode the app runs in: TESTING (the test suite) means testing; otherwise
    COMMUNITY_ENV, and production when it is unset. FLASK_DEBUG plays no part: a debug flag
    left in a server's environment must not turn off Secure cookies, HSTS or these checks."""
    if config.get("TESTING"):
        return "testing"
    name = (config.get("COMMUNITY_ENV") or "production").strip().lower()
    if name not in ENVIRONMENTS:
        raise ConfigurationError(
            f"COMMUNITY_ENV is {name!r}; it must be one of {', '.join(ENVIRONMENTS)}."
        )
    return name


def under_gunicorn() -> bool:
    """True in a gunicorn master or worker, whatever the settings say."""
    if "gunicorn" in os.environ.get("SERVER_SOFTWARE", "").lower():
        return True
    return "gunicorn" in os.path.basename(sys.argv[0] if sys.argv else "")


def check_production_safety(config: dict, *, debug: bool, testing: bool) -> None:
    """Refuse to run in production with a default secret or the local sign-in provider, and
    refuse the local provider under gunicorn in any mode (gunicorn means real people)."""
    if config.get("LOCAL_OIDC_URL") and under_gunicorn():
        raise ConfigurationError(
            "Refusing to start: LOCAL_OIDC_URL enables the local stand-in sign-in provider, which "
            "anyone could use to sign in as anybody, and this is gunicorn, which serves real "
            "people. Unset it and configure LINKEDIN_CLIENT_ID/SECRET."
        )
    if debug or testing:
        return
    problems = []
    if not config.get("SECRET_KEY") or config["SECRET_KEY"] == DEFAULT_SECRET_KEY:
        problems.append("SECRET_KEY is unset or the development default; set a long random value")
    if config.get("LOCAL_OIDC_URL"):
        problems.append(
            "LOCAL_OIDC_URL enables the local stand-in sign-in provider, which anyone could use "
            "to sign in as anybody; unset it and configure LINKEDIN_CLIENT_ID/SECRET"
        )
    if problems:
        raise ConfigurationError(
            "Refusing to start in production mode: " + "; ".join(problems) + "."
        )
