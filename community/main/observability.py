"""Logs and metrics: JSON log lines that carry the request id, Prometheus metrics for /metrics.

Logs use python-json-logger: it is only a logging.Formatter, so Flask's, gunicorn's, huey's and
our own `logger.info(...)` calls all come out as one JSON object a line without any call site
changing (structlog would bring a second logging API for the same result). The request id comes
from X-Request-ID when a proxy sent a sane one, or is made here, and goes back in the response.
"""

from __future__ import annotations

import hmac
import logging
import re
import time
import uuid

from flask import Flask, g, has_request_context, request
from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily
from pythonjsonlogger.json import JsonFormatter

REQUEST_ID_HEADER = "X-Request-ID"
_SANE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_LOOPBACK = frozenset({"127.0.0.1", "::1"})
request_log = logging.getLogger("community.requests")


def request_id() -> str | None:
    return g.get("request_id") if has_request_context() else None


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record logged while a request is being handled."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id()
        return True


def configure_logging(log_format: str) -> None:
    """One handler on the root logger, on stderr (systemd's journal, gunicorn's error log)."""
    root = logging.getLogger()
    if any(getattr(handler, "community", False) for handler in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.community = True
    handler.addFilter(RequestIdFilter())
    if log_format == "json":
        handler.setFormatter(
            JsonFormatter(
                "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
                rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
            )
        )
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
        )
    root.addHandler(handler)
    root.setLevel(logging.INFO)


class QueueCollector:
    """Gauges read from the database and the queue when Prometheus scrapes (never cached)."""

    def collect(self):
        from community.tasks.status import health_numbers

        numbers = health_numbers()
        for name, help_text in (
            ("community_task_queue_depth", "Background tasks waiting (due now or scheduled)."),
            ("community_outbox_backlog", "Mail messages not yet sent nor given up on."),
            ("community_held_posts_waiting", "Posts held for a moderator's decision."),
        ):
            value = numbers.get(name)
            if value is not None:
                yield GaugeMetricFamily(name, help_text, value=value)


def init_app(app: Flask, *, production: bool) -> None:
    from prometheus_flask_exporter import PrometheusMetrics

    log_format = app.config.get("LOG_FORMAT") or ("json" if production else "text")
    if not app.testing:
        configure_logging(log_format)

    registry = CollectorRegistry()
    registry.register(QueueCollector())
    metrics = PrometheusMetrics(
        app,
        path=None,
        registry=registry,
        group_by="endpoint",
        excluded_paths=["^/metrics$", "^/healthz$", "^/readyz$", "^/static/"],
    )
    app.extensions["metrics_registry"] = registry
    app.extensions["prometheus_metrics"] = metrics

    @app.before_request
    def take_request_id():
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = incoming if _SANE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        g.request_started = time.perf_counter()

    @app.after_request
    def give_request_id(response):
        if "request_id" in g:
            response.headers[REQUEST_ID_HEADER] = g.request_id
            request_log.info(
                "request",
                extra={
                    "method": request.method,
                    "path": request.path,
                    "endpoint": request.endpoint,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - g.request_started) * 1000, 2),
                },
            )
        return response


def may_read_metrics(config) -> bool:
    """With METRICS_TOKEN set, only `Authorization: Bearer <token>`; without it, only a client on
    this machine that came through no proxy (a proxy we don't trust would make everyone local)."""
    token = config.get("METRICS_TOKEN") or ""
    if token:
        sent = request.headers.get("Authorization", "")
        return hmac.compare_digest(sent.encode(), f"Bearer {token}".encode())
    if request.headers.get("X-Forwarded-For") and not config.get("TRUSTED_PROXIES"):
        return False
    return request.remote_addr in _LOOPBACK
