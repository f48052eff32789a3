"""The page cache in Redis (REDIS_URL set): entries shared by workers, invalidated the same way.
Runs against a real redis-server on a free 127.0.0.1 port, or is skipped without one."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from community.forum import page_cache, services
from tests.conftest import free_port, make_config

pytestmark = pytest.mark.skipif(shutil.which("redis-server") is None, reason="no redis-server")


@pytest.fixture(scope="module")
def redis_url():
    port = free_port()
    server = subprocess.Popen(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        import redis

        client = redis.Redis(port=port)
        for _ in range(50):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(5)


@pytest.fixture
def app_config(database_uri, oidc_provider, redis_url):
    return make_config(database_uri, oidc_provider.url, REDIS_URL=redis_url)


def test_with_redis_the_entry_is_shared_and_a_reply_still_shows_at_once(
    client, auth, author, reader, thread
):
    store = page_cache.store()
    assert isinstance(store, page_cache.RedisStore)
    store.clear()
    auth.login(reader)
    client.get(f"/forum/t/{thread.id}")
    assert len(list(store.client.scan_iter("*thread-posts:*"))) == 1
    services.reply(author, thread, "Shared, and still fresh.")
    assert "Shared, and still fresh." in client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    assert len(list(store.client.scan_iter("*thread-posts:*"))) == 2
