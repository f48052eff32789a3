"""The operators' probes: /healthz, /readyz, /metrics, and the request id in logs and headers."""

from __future__ import annotations

import json
import logging

import pytest

from community.extensions import db
from community.mail.services import queue_mail
from community.main.observability import RequestIdFilter, configure_logging


def test_healthz_says_the_process_is_up(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}


def test_readyz_checks_the_database_and_the_queue(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    expected = {"database": "ok", "queue": "ok"}
    if client.application.config.get("REDIS_URL"):  # CI's PostgreSQL pass runs with Redis
        expected["redis"] = "ok"
    assert response.json["checks"] == expected


def test_readyz_is_unavailable_when_the_configured_redis_does_not_answer(app, client):
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/10"
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["redis"].startswith("unavailable")
    assert response.json["checks"]["database"] == "ok"


def test_metrics_show_latency_by_endpoint_and_the_backlogs(app, client):
    queue_mail("reader@example.com", "test_message", "Waiting", name="R")
    db.session.commit()
    client.get("/privacy")
    body = client.get("/metrics").get_data(as_text=True)
    assert 'endpoint="main.privacy"' in body
    assert "flask_http_request_duration_seconds" in body
    assert "community_outbox_backlog 1.0" in body
    assert "community_held_posts_waiting 0.0" in body
    assert "community_task_queue_depth" in body


def test_metrics_are_refused_to_clients_from_elsewhere(client):
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code == 403
    # A proxy we don't trust forwarding for someone: not local, whatever the socket says.
    forwarded = client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})
    assert forwarded.status_code == 403


def test_with_a_metrics_token_only_its_bearer_reads_metrics(app, client):
    app.config["METRICS_TOKEN"] = "s3cret-token"
    assert client.get("/metrics").status_code == 403
    remote = {"REMOTE_ADDR": "203.0.113.9"}
    wrong = client.get("/metrics", headers={"Authorization": "Bearer nope"}, environ_base=remote)
    assert wrong.status_code == 403
    right = client.get(
        "/metrics", headers={"Authorization": "Bearer s3cret-token"}, environ_base=remote
    )
    assert right.status_code == 200


def test_a_sane_request_id_is_kept_and_a_missing_one_is_made(client):
    assert (
        client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"]
        == "abc-123"
    )
    made = client.get("/healthz", headers={"X-Request-ID": "<script> x"}).headers["X-Request-ID"]
    assert made != "<script> x" and len(made) == 32
    assert len(client.get("/healthz").headers["X-Request-ID"]) == 32


@pytest.fixture
def json_log():
    """The JSON handler on the root logger, writing to a list for the test."""
    records: list[str] = []

    class ListHandler(logging.Handler):
        def emit(self, record):
            records.append(self.format(record))

    configure_logging("json")
    root = logging.getLogger()
    ours = next(h for h in root.handlers if getattr(h, "community", False))
    capture = ListHandler()
    capture.setFormatter(ours.formatter)
    capture.addFilter(RequestIdFilter())
    root.addHandler(capture)
    yield records
    root.removeHandler(capture)
    root.removeHandler(ours)


def test_each_request_is_logged_as_one_json_line_with_its_request_id(client, json_log):
    client.get("/privacy", headers={"X-Request-ID": "trace-42"})
    lines = [json.loads(line) for line in json_log]
    request_line = next(line for line in lines if line.get("logger") == "community.requests")
    assert request_line["request_id"] == "trace-42"
    assert request_line["endpoint"] == "main.privacy"
    assert request_line["status"] == 200 and request_line["level"] == "INFO"
