"""A real huey worker process, on a SQLite queue file and on Redis, delivering the outbox to a
real SMTP server (aiosmtpd), and trying again with backoff when the server says "later"."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from community.extensions import db
from community.mail.models import OutboxMessage
from community.mail.services import queue_mail
from tests.conftest import ON_POSTGRES

ROOT = Path(__file__).resolve().parents[2]
REDIS_TEST_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/10")

pytestmark = [
    pytest.mark.skipif(ON_POSTGRES, reason="the worker shares the test's SQLite file"),
    # One Redis database for these workers: run them one after another, on one test worker.
    pytest.mark.xdist_group("huey-consumers"),
]


def redis_reachable() -> bool:
    import redis

    try:
        redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False
    return True


@pytest.fixture(params=["sqlite", "redis"])
def worker_env(request, app, smtp_server, tmp_path):
    """The environment a worker and the enqueuing process share: the test's database, the
    SMTP server, and a queue of the parameter's kind."""
    env = {
        **os.environ,
        "COMMUNITY_ENV": "development",
        "SECRET_KEY": "test-secret-key",
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "SMTP_HOST": smtp_server.host,
        "SMTP_PORT": str(smtp_server.port),
        "SMTP_STARTTLS": "0",
        "MAIL_RETRY_BASE_SECONDS": "1",
        "TASKS_QUEUE_FILE": str(tmp_path / "tasks.sqlite3"),
        "REDIS_URL": "",
        "LOCAL_OIDC_URL": "",
        "LOG_FORMAT": "json",
    }
    if request.param == "redis":
        if not redis_reachable():
            pytest.skip(f"no Redis at {REDIS_TEST_URL}")
        import redis

        redis.Redis.from_url(REDIS_TEST_URL).flushdb()
        env["REDIS_URL"] = REDIS_TEST_URL
    yield env
    if request.param == "redis":
        import redis

        redis.Redis.from_url(REDIS_TEST_URL).flushdb()


@pytest.fixture
def worker(worker_env, tmp_path):
    """`huey_consumer community.tasks.huey`, as the README runs it (periodic tasks off, so only
    what the test queues runs)."""
    log = (tmp_path / "worker.log").open("wb")
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "huey.bin.huey_consumer", "community.tasks.huey"),
            *("--workers", "1", "--worker-type", "thread", "--no-periodic"),
            *("--delay", "0.1", "--max-delay", "0.5", "--scheduler-interval", "1"),
        ],
        cwd=ROOT,
        env=worker_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    yield process
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log.close()


def enqueue_delivery(env: dict) -> None:
    """Queue the task from another process, as a web server would."""
    subprocess.run(
        [sys.executable, "-c", "from community.tasks import deliver_mail; deliver_mail()"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=60,
    )


def wait_for(condition, timeout: float = 90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(0.2)
    return None


def outbox_row() -> OutboxMessage:
    db.session.expire_all()
    return db.session.scalar(select(OutboxMessage))


def worker_log(tmp_path) -> str:
    return (tmp_path / "worker.log").read_text(errors="replace")[-4000:]


def test_a_worker_process_delivers_queued_mail_to_the_smtp_server(
    app, smtp_server, worker_env, worker, tmp_path
):
    queue_mail("reader@example.com", "test_message", "From the worker", name="Reader")
    db.session.commit()
    enqueue_delivery(worker_env)

    arrived = wait_for(lambda: smtp_server.by_recipient("reader@example.com"))
    assert arrived, worker_log(tmp_path)
    assert arrived[0]["Subject"] == "From the worker"
    row = wait_for(lambda: (m := outbox_row()) is not None and m.status == "sent" and m)
    assert row and row.attempts == 1


def test_the_worker_tries_again_with_backoff_when_the_server_says_later(
    app, smtp_server, worker_env, worker, tmp_path
):
    smtp_server.fail_next = 2  # "451 try again later", twice
    queue_mail("patient@example.com", "test_message", "Third time lucky", name="Pat")
    db.session.commit()
    started = time.monotonic()
    enqueue_delivery(worker_env)

    arrived = wait_for(lambda: smtp_server.by_recipient("patient@example.com"))
    elapsed = time.monotonic() - started
    assert arrived, worker_log(tmp_path)
    assert len(arrived) == 1, "sent once, after the refusals"
    row = wait_for(lambda: (m := outbox_row()) is not None and m.status == "sent" and m)
    assert row.attempts == 3
    # Tries after 1 s and then 2 s more (MAIL_RETRY_BASE_SECONDS=1, doubling).
    assert elapsed >= 3.0
