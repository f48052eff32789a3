"""Shared fixtures: the app on SQLite or PostgreSQL (DATABASE_URL), people by role, real peers.

Real parts, not stand-ins: sign-in goes through the local OpenID Connect provider on 127.0.0.1,
mail through an SMTP server (aiosmtpd) on 127.0.0.1.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
import requests
from flask.testing import FlaskClient
from jinja2.bccache import Bucket, BytecodeCache
from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url

from community import create_app
from community.auth import services as auth_services
from community.auth.local_provider import DEMO_IDENTITIES, serve_in_thread
from community.extensions import db

DATABASE_URL = os.environ.get("DATABASE_URL", "")
ON_POSTGRES = DATABASE_URL.startswith(("postgres", "postgresql"))

# Tests of pure modules (no database, no app): the PostgreSQL pass of CI skips them with
# `-m "not pure"`, since the database cannot change their outcome.
PURE_TEST_MODULES = {
    "tests/membership/test_titles.py",
    "tests/membership/test_rules.py",
    "tests/moderation/test_pitch.py",
    "tests/moderation/test_pitch_model.py",
    "tests/moderation/test_pitch_train_data.py",
    "tests/accounts/test_classify.py",
    "tests/chapters/test_pure.py",
    "tests/asks/test_terms.py",
}


def pytest_collection_modifyitems(config, items):
    root = config.rootpath
    for item in items:
        if item.path.relative_to(root).as_posix() in PURE_TEST_MODULES:
            item.add_marker(pytest.mark.pure)


# Identities the test provider knows, beyond the demo ones.
TEST_IDENTITIES = (
    *DEMO_IDENTITIES,
    {"sub": "test-alice", "name": "Alice Tester", "email": "alice@example.org"},
    {"sub": "test-bob", "name": "Bob Tester", "email": "bob@example.org"},
)


@pytest.fixture(scope="session")
def oidc_provider():
    """The local OpenID Connect provider, on a free port on 127.0.0.1, for the whole session."""
    with serve_in_thread(identities=TEST_IDENTITIES) as (url, behaviour):
        yield ProviderHandle(url, behaviour)


@dataclass
class ProviderHandle:
    url: str
    behaviour: object


# Under pytest-xdist each worker ("gw0", "gw1", ...) has a database of its own.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")


def worker_database_url(url: str, worker: str = XDIST_WORKER) -> str:
    """DATABASE_URL for this worker: .../test becomes .../test_gw0 under xdist worker gw0."""
    url = url.replace("postgresql://", "postgresql+psycopg://", 1)
    if not worker:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{worker}").render_as_string(hide_password=False)


def ensure_postgres_database(url: str) -> None:
    """Create the database `url` names, if it is missing (through the server's `postgres` DB)."""
    parsed = make_url(url)
    engine = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"),
                {"name": parsed.database},
            )
            if not exists:
                quoted = connection.dialect.identifier_preparer.quote(parsed.database)
                connection.execute(text(f"CREATE DATABASE {quoted}"))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def database_uri(tmp_path_factory):
    if DATABASE_URL:
        uri = worker_database_url(DATABASE_URL)
        if ON_POSTGRES:
            ensure_postgres_database(uri)
        return uri
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def make_config(database_uri: str, provider_url: str, **extra) -> dict:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": database_uri,
        "LOCAL_OIDC_URL": provider_url,
        "LINKEDIN_CLIENT_ID": "",
        "LINKEDIN_CLIENT_SECRET": "",
        "SERVER_NAME": "localhost.test",
        "COMMUNITY_BASE_URL": "http://localhost.test",
        "RATELIMIT_ENABLED": False,
        "RATELIMIT_STORAGE_URI": "memory://",
        "SMTP_HOST": "",
        # Each test's app keeps its page-cache entries apart, also in a Redis that tests share.
        "PAGE_CACHE_PREFIX": f"test-{uuid.uuid4().hex}:",
        # Most tests post forms without a token; tests/security enables CSRF and checks every route.
        "WTF_CSRF_ENABLED": False,
        **extra,
    }


@event.listens_for(Engine, "connect")
def _no_waiting_for_the_disk(dbapi_connection, connection_record) -> None:
    """Test databases are thrown away: commits need not wait for the disk. This changes
    durability after a crash only, not what any transaction sees, locks or conflicts with."""
    cursor = dbapi_connection.cursor()
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor.execute("PRAGMA synchronous = OFF")
    else:
        cursor.execute("SET synchronous_commit = off")
        dbapi_connection.commit()
    cursor.close()


# Per database URI: the tables to empty, in an order foreign keys allow (set once the schema is
# made, in this process).
_delete_order: dict[str, list[str]] = {}


def reset_database(app) -> None:
    """A clean schema once per run, then, before every test, empty tables.

    Only the tables that hold rows are emptied: one query asks every table whether it has any
    (cheap on empty tables), then those get a DELETE. Asking the database rather than recording
    what the test wrote also catches raw SQL, triggers, other threads (the e2e live server) and
    other processes (a CLI or a second app in a subprocess). On PostgreSQL the sequences the test
    used are restarted, as TRUNCATE ... RESTART IDENTITY did; TRUNCATE itself costs about a second
    per call there, whatever the number of rows.
    """
    with app.app_context():
        uri = app.config["SQLALCHEMY_DATABASE_URI"]
        if uri not in _delete_order:
            _create_schema()
            _delete_order[uri] = _tables_in_delete_order()
            return
        _empty_tables(_delete_order[uri])


def _create_schema() -> None:
    db.drop_all()
    if ON_POSTGRES:
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
    db.create_all()


def _tables_in_delete_order() -> list[str]:
    """Children before parents; tables made by raw DDL (the search index) first."""
    from community.forum import search

    known = [table.name for table in reversed(db.metadata.sorted_tables)]
    present = set(inspect(db.engine).get_table_names())
    raw = [search.TABLE] if search.TABLE in present else []
    return raw + [table for table in known if table in present]


def _empty_tables(tables: list[str]) -> None:
    with db.engine.begin() as connection:
        probe = " UNION ALL ".join(
            f"SELECT '{table}' WHERE EXISTS (SELECT 1 FROM {table})" for table in tables
        )
        holding_rows = set(connection.scalars(text(probe)))
        for table in tables:
            if table in holding_rows:
                connection.execute(text(f"DELETE FROM {table}"))
        if connection.dialect.name == "postgresql":
            connection.execute(
                text(
                    "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, 1, false) "
                    "FROM pg_sequences "
                    "WHERE schemaname = current_schema() AND last_value IS NOT NULL"
                )
            )


@pytest.fixture
def app_config(database_uri, oidc_provider):
    """Override in a test module to change settings (for example to turn rate limits on)."""
    return make_config(database_uri, oidc_provider.url)


class SharedBytecodeCache(BytecodeCache):
    """Compiled templates, kept in memory and shared by every app one test process builds.

    Each test gets a fresh app, and a fresh app's Jinja environment would parse and compile every
    template it renders again (about a fifth of the suite's time). The key includes a checksum of
    the template source, so an edited template is compiled anew.
    """

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self.compiled.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()


TEMPLATE_CACHE = SharedBytecodeCache()


@pytest.fixture
def app(app_config):
    application = create_app(app_config)
    application.jinja_env.bytecode_cache = TEMPLATE_CACHE
    reset_database(application)
    with application.app_context():
        yield application
        db.session.remove()
    with application.app_context():
        db.engine.dispose()


class FreshContextClient(FlaskClient):
    """Each request gets its own app context (and so its own `g` and database session), as it
    would under a real server, even though the test itself runs inside an app context."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    app.test_client_class = FreshContextClient
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


# People, built through the services as sign-in and role grants would build them.

_counter = iter(range(1, 10**9))


def make_person(*roles: str, name: str | None = None, email: str | None = None, **fields):
    number = next(_counter)
    name = name or f"Person {number}"
    email = email or f"person{number}@example.net"
    user = auth_services.sign_in({"sub": f"sub-{number}", "name": name, "email": email})
    for role in roles:
        # Membership (and applying) come only from the board; fixtures use the low-level grant,
        # as the demo seeder does, and the operator's grant for the other roles.
        grant = (
            auth_services.add_role if role in ("member", "applicant") else auth_services.grant_role
        )
        grant(None, user, role, "test fixture")
    if roles and "member" in roles:
        from community.db_types import utcnow

        user.membership_status = "active"
        user.member_since = utcnow()
    for key, value in fields.items():
        setattr(user, key, value)
    db.session.commit()
    return user


@pytest.fixture
def person(app):
    """A factory: person("member", "moderator", name=...)."""
    return make_person


@pytest.fixture
def visitor_user(app):
    return make_person(name="Vic Visitor")


@pytest.fixture
def applicant(app):
    return make_person("applicant", name="Ada Applicant")


@pytest.fixture
def member(app):
    return make_person(
        "member", name="Mia Member", job_title="Chief Marketing Officer", company="Acme"
    )


@pytest.fixture
def moderator(app):
    return make_person("member", "moderator", name="Moe Moderator")


@pytest.fixture
def board_member(app):
    return make_person("member", "board", name="Bea Board")


@pytest.fixture
def admin(app):
    return make_person("admin", name="Ann Admin")


class AuthActions:
    """Signs a test client in. `login` sets the Flask-Login session; `sign_in_via_provider`
    walks the real OpenID Connect flow against the local provider."""

    def __init__(self, client):
        self.client = client

    def login(self, user) -> None:
        with self.client.session_transaction() as session:
            session["_user_id"] = str(user.id)
            session["_fresh"] = True

    def logout(self) -> None:
        with self.client.session_transaction() as session:
            session.clear()

    def sign_in_via_provider(self, sub: str, *, follow: bool = True):
        """Start at /auth/login, choose `sub` at the provider, return the callback response."""
        start = self.client.get("/auth/login")
        assert start.status_code == 302, start.data[:500]
        authorize_url = start.headers["Location"]
        answer = provider_authorize(authorize_url, sub)
        callback = urlsplit(answer)
        return self.client.get(f"{callback.path}?{callback.query}", follow_redirects=follow)


def provider_authorize(authorize_url: str, sub: str, action: str | None = None) -> str:
    """Submit the provider's authorization form as a person would; returns the redirect URL."""
    form = {"sub": sub} if action is None else {"action": action}
    response = requests.post(authorize_url, data=form, allow_redirects=False, timeout=10)
    assert response.status_code in (302, 303), response.text[:500]
    return urljoin(authorize_url, response.headers["Location"])


@pytest.fixture
def auth(client):
    return AuthActions(client)


def query_params(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


# Mail: a real SMTP server on 127.0.0.1.


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class SmtpCapture:
    host: str
    port: int
    messages: list[EmailMessage] = field(default_factory=list)
    fail_next: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def by_recipient(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in m["To"]]


class _Handler:
    def __init__(self, capture: SmtpCapture):
        self.capture = capture

    async def handle_DATA(self, server, session, envelope):
        with self.capture.lock:
            if self.capture.fail_next > 0:
                self.capture.fail_next -= 1
                return "451 Temporary failure, try again later"
            self.capture.messages.append(
                message_from_bytes(envelope.content, policy=policy.default)
            )
        return "250 Message accepted"


@pytest.fixture(scope="session")
def _smtp_server():
    from aiosmtpd.controller import Controller

    capture = SmtpCapture(host="127.0.0.1", port=free_port())
    controller = Controller(_Handler(capture), hostname="127.0.0.1", port=capture.port)
    controller.start()
    yield capture
    controller.stop()


@pytest.fixture
def smtp_server(_smtp_server, app):
    """The SMTP server, emptied, with the app configured to send through it."""
    _smtp_server.messages.clear()
    _smtp_server.fail_next = 0
    app.config.update(
        SMTP_HOST=_smtp_server.host,
        SMTP_PORT=_smtp_server.port,
        SMTP_STARTTLS=False,
        SMTP_SSL=False,
        SMTP_USERNAME="",
    )
    return _smtp_server
