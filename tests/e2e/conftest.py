"""Browser journeys: the real app on 127.0.0.1, driven by Debian's chromium through Playwright.

The app runs in a background thread (werkzeug) on a free port, with the local OpenID Connect
provider from tests/conftest.py, so people sign in through the browser exactly as they would
against LinkedIn. Without /usr/bin/chromium these tests are skipped with a clear reason, unless
REQUIRE_BROWSER=1 (CI), which turns the missing browser into a failure.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from community import create_app
from community.extensions import db
from tests.conftest import ON_POSTGRES, make_config, reset_database

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Only 127.0.0.1 is reachable: pages that pull from a CDN (the provider's stylesheet) fail
    # fast instead of waiting on the network.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
SKIP_REASON = "chromium not installed: apt-get install -y chromium"
E2E_DIR = Path(__file__).resolve().parent


def browser_required() -> bool:
    return os.environ.get("REQUIRE_BROWSER", "") == "1"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark every test under tests/e2e as `e2e`; skip them when there is no browser to drive."""
    missing = not CHROMIUM.exists() and not browser_required()
    # Under pytest-xdist (--dist loadgroup) the journeys of one module run on one worker: a
    # worker starts the browser and the live server at most once, and the slowest tests of the
    # suite spread over the workers instead of queueing on one.
    grouped = config.pluginmanager.hasplugin("xdist")
    for item in items:
        if E2E_DIR not in Path(str(item.path)).parents:
            continue
        if item.get_closest_marker("e2e") is None:
            item.add_marker(pytest.mark.e2e)
        if grouped:
            item.add_marker(pytest.mark.xdist_group(f"browser-{item.path.stem}"))
        if missing:
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


def pytest_terminal_summary(terminalreporter):
    """Say it plainly when the journeys did not run (and not when they were deselected)."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if isinstance(report.longrepr, tuple) and SKIP_REASON in str(report.longrepr[2])
    ]
    if skipped:
        terminalreporter.write_sep("=", "browser journeys skipped", yellow=True, bold=True)
        terminalreporter.write_line(
            f"{len(skipped)} browser journeys (tests/e2e) did not run: {SKIP_REASON}. "
            "CI sets REQUIRE_BROWSER=1, which makes a missing browser a failure.",
            yellow=True,
        )


# The app, served for real.


@dataclass
class LiveServer:
    url: str
    app: object
    thread: threading.Thread | None = field(repr=False, default=None)

    def __call__(self, path: str = "/") -> str:
        return self.url + path

    @contextlib.contextmanager
    def database(self) -> Iterator:
        """The app's database session in the test thread, for setting up and checking state."""
        with self.app.app_context():
            try:
                yield db.session
            finally:
                db.session.remove()

    def path_for(self, endpoint: str, **values) -> str:
        """The path of an endpoint, as the app builds it (features may rename their URLs)."""
        from flask import url_for

        with self.app.test_request_context("/"):
            return url_for(endpoint, **values)


@pytest.fixture(scope="session")
def live_server(oidc_provider, database_uri, tmp_path_factory) -> Iterator[LiveServer]:
    """The real app on 127.0.0.1 in a background thread, for the whole session."""
    from werkzeug.serving import WSGIRequestHandler, make_server

    class QuietRequestHandler(WSGIRequestHandler):
        def log_request(self, code="-", size="-"):
            """Journeys make hundreds of requests; a failing step says which one mattered."""

    # On PostgreSQL the worker's database (the tests of one worker run one at a time); on SQLite
    # a file of its own.
    if not ON_POSTGRES:
        database_uri = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'e2e.sqlite3'}"

    # Bind first, so the app can be configured with the port it is reachable on (the OAuth
    # redirect_uri and absolute links are built from SERVER_NAME).
    holder: dict = {}
    server = make_server(
        "127.0.0.1",
        0,
        lambda environ, start: holder["app"](environ, start),
        threaded=True,
        request_handler=QuietRequestHandler,
    )
    host = f"127.0.0.1:{server.server_port}"
    app = create_app(
        make_config(
            database_uri,
            oidc_provider.url,
            SERVER_NAME=host,
            COMMUNITY_BASE_URL=f"http://{host}",
        )
    )
    holder["app"] = app
    reset_database(app)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.daemon = True
    thread.start()
    try:
        yield LiveServer(url=f"http://{host}", app=app, thread=thread)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
        with app.app_context():
            db.engine.dispose()


@pytest.fixture
def site(live_server, oidc_provider) -> LiveServer:
    """The live server with empty tables, and the provider behaving like LinkedIn."""
    oidc_provider.behaviour.nonce = "omit"
    oidc_provider.behaviour.tamper_id_token = False
    reset_database(live_server.app)
    return live_server


# The browser.


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"REQUIRE_BROWSER=1 but {SKIP_REASON}", pytrace=False)
    from playwright.sync_api import expect, sync_playwright

    # Assertions wait as long as actions do (the page fixture's 10 s, not Playwright's 5 s): on a
    # busy 2-core machine running the suite in parallel, a sign-out round trip can take over 5 s.
    expect.set_options(timeout=10_000)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser, site):
    """A fresh browser tab (its own cookies) on the live site; fails on any CSP violation or
    script error, since the Content-Security-Policy forbids inline code and style."""
    from .pages import DESKTOP

    context = browser.new_context(base_url=site.url, viewport=DESKTOP)
    context.set_default_timeout(10_000)
    problems: list[str] = []

    def on_console(message):
        if "Content Security Policy" in message.text:
            problems.append(f"{message.type} on {message.page.url}: {message.text}")

    def on_error(web_error):
        where = web_error.page.url if web_error.page else "?"
        problems.append(f"script error on {where}: {web_error.error}")

    context.on("console", on_console)
    context.on("weberror", on_error)
    yield context.new_page()
    context.close()
    assert not problems, "The browser reported problems:\n" + "\n".join(problems)


@pytest.fixture
def demo_site(site) -> LiveServer:
    """The live site with the demo data (`flask demo load`): the provider's demo identities are
    people with roles, and the forum, queues and board have content. Built through the services."""
    from community.demo import load_all

    with site.database() as session:
        assert load_all(), "the demo data was already there: the tables were not emptied"
        session.commit()
    return site
