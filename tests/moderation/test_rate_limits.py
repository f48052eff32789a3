"""Rate limits on posting, flagging and inviting, stored in Redis so they hold across processes.

Each test gets its own key prefix, so tests (and engineers sharing the Redis) never see each
other's counts. Without a reachable Redis these tests are skipped, except in CI (REDIS_URL set),
where they fail: there the limits must be shown to work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis

from community.extensions import limiter
from tests.conftest import make_config
from tests.moderation.conftest import writer

REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
ROOT = Path(__file__).resolve().parents[2]


def redis_client() -> redis.Redis:
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=2)
    try:
        client.ping()
    except redis.exceptions.RedisError as error:
        if os.environ.get("REDIS_URL"):
            pytest.fail(f"REDIS_URL is set to {REDIS_URL} but Redis does not answer: {error}")
        pytest.skip(f"Redis is not reachable at {REDIS_URL} ({error}); set REDIS_URL to run these")
    return client


@pytest.fixture
def key_prefix(monkeypatch):
    prefix = f"test-moderation-{uuid.uuid4().hex}"
    # The limiter is one object for the whole process and keeps the first prefix it was given;
    # clearing it makes it take this test's prefix from the configuration.
    monkeypatch.setattr(limiter, "_key_prefix", "")
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(match=f"*{prefix}*"):
        client.delete(key)


@pytest.fixture
def app_config(database_uri, oidc_provider, key_prefix):
    redis_client()
    return make_config(
        database_uri,
        oidc_provider.url,
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI=REDIS_URL,
        RATELIMIT_KEY_PREFIX=key_prefix,
        RATELIMIT_POSTING="2 per minute",
        RATELIMIT_FLAGGING="2 per minute",
        RATELIMIT_INVITING="2 per minute",
    )


def published_posts(author, category, count):
    from tests.moderation.conftest import start_thread

    return [
        start_thread(author, category, f"Question number {n}", "What do you think?")
        for n in range(count)
    ]


def test_flagging_is_limited_and_answered_with_a_readable_429(
    client, auth, author, category, key_prefix
):
    posts = published_posts(author, category, 3)
    flagger = writer(name="Fast Flagger")
    auth.login(flagger)
    for post in posts[:2]:
        response = client.post(f"/moderation/posts/{post.id}/flag", data={"reason": "off_topic"})
        assert response.status_code == 302
    response = client.post(f"/moderation/posts/{posts[2].id}/flag", data={"reason": "off_topic"})
    assert response.status_code == 429
    assert b"Too many requests" in response.data and b"2 per 1 minute" in response.data
    # The count lives in Redis, under this test's prefix.
    assert any(redis_client().scan_iter(match=f"*{key_prefix}*"))


def test_the_limit_is_per_person_not_per_office(client, auth, author, category):
    posts = published_posts(author, category, 3)
    first, second = writer(name="First Flagger"), writer(name="Second Flagger")
    auth.login(first)
    for post in posts:
        client.post(f"/moderation/posts/{post.id}/flag", data={"reason": "off_topic"})
    auth.login(second)
    response = client.post(f"/moderation/posts/{posts[0].id}/flag", data={"reason": "off_topic"})
    assert response.status_code == 302


def test_reading_is_never_limited(client, auth, author, category):
    [post] = published_posts(author, category, 1)
    auth.login(writer(name="Reader"))
    for _ in range(4):
        assert client.get(f"/moderation/posts/{post.id}/flag").status_code == 200


def test_new_threads_and_replies_share_one_posting_limit(client, auth, category):
    poster = writer(name="Prolific Poster")
    auth.login(poster)
    thread = {"title": "A perfectly good question", "body": "What do you all think about it?"}
    assert client.post("/forum/c/finance/new", data=thread).status_code == 302
    thread_id = _latest_thread_id()
    reply = {"body": "And one more thought on that."}
    assert client.post(f"/forum/t/{thread_id}/reply", data=reply).status_code == 302
    response = client.post(f"/forum/t/{thread_id}/reply", data=reply)
    assert response.status_code == 429
    assert b"Too many requests" in response.data


def test_inviting_is_limited(client, auth):
    inviter = writer(name="Keen Inviter")
    auth.login(inviter)
    note = "You would bring a lot to the operations discussions here, and learn from them."
    statuses = [
        client.post(
            "/membership/invite", data={"email": f"peer{n}@lumen.example", "note": note}
        ).status_code
        for n in range(3)
    ]
    assert statuses[:2] != [429, 429] and statuses[2] == 429


def test_only_accepted_submissions_spend_the_posting_budget(client, auth, author, category):
    """Five empty tries must not block the sixth real reply (issue: work gets lost)."""
    thread_id = published_posts(author, category, 1)[0].thread_id
    auth.login(author)
    for _ in range(5):
        assert client.post(f"/forum/t/{thread_id}/reply", data={"body": ""}).status_code == 400
    reply = {"body": "A real reply after a few empty tries."}
    assert client.post(f"/forum/t/{thread_id}/reply", data=reply).status_code == 302


def test_the_limit_holds_across_processes(client, auth, app_config, author, category):
    """Another process (a second gunicorn worker, say) spends the same budget through Redis."""
    posts = published_posts(author, category, 3)
    flagger = writer(name="Two Process Flagger")
    script = """
import json, os, sys
from community import create_app
config = json.loads(os.environ["TEST_APP_CONFIG"])
app = create_app(config)
client = app.test_client()
with client.session_transaction() as session:
    session["_user_id"] = os.environ["TEST_USER_ID"]
    session["_fresh"] = True
for post_id in os.environ["TEST_POST_IDS"].split(","):
    response = client.post(f"/moderation/posts/{post_id}/flag", data={"reason": "off_topic"})
    print(response.status_code)
"""
    env = {
        **os.environ,
        "TEST_APP_CONFIG": json.dumps(app_config),
        "TEST_USER_ID": str(flagger.id),
        "TEST_POST_IDS": ",".join(str(post.id) for post in posts[:2]),
    }
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["302", "302"]
    auth.login(flagger)
    response = client.post(f"/moderation/posts/{posts[2].id}/flag", data={"reason": "off_topic"})
    assert response.status_code == 429


def _latest_thread_id() -> int:
    from sqlalchemy import func, select

    from community.extensions import db
    from community.forum.models import Thread

    return db.session.scalar(select(func.max(Thread.id)))
