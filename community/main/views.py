"""Public pages (the landing page, house rules, privacy) and the operators' probes: /healthz,
/readyz and /metrics."""

from flask import Blueprint, Response, abort, current_app, redirect, render_template
from flask_login import current_user

from community.auth.roles import login_required
from community.auth.views import home_for
from community.forum.markup import render
from community.page_marks import open_while_suspended
from community.standing.house_rules import current_rules

bp = Blueprint("main", __name__)


@bp.get("/")
def index():
    if current_user.is_authenticated:
        return redirect(home_for(current_user))
    return render_template("main/index.html")


@bp.get("/account")
@login_required
def account():
    """A signed-in person's landing page while no feature page fits them."""
    return render_template("main/account.html")


@bp.get("/privacy")
@open_while_suspended
def privacy():
    return render_template("main/privacy.html")


@bp.get("/healthz")
@open_while_suspended
def health():
    """The process is up (a load balancer's liveness probe): no database, no queue."""
    return {"status": "ok"}


@bp.get("/readyz")
@open_while_suspended
def ready():
    """Ready to serve: the database, Redis (when configured) and the task queue answer."""
    from community.tasks.status import readiness

    checks = readiness(current_app.config["REDIS_URL"])
    ok = all(value == "ok" for value in checks.values())
    return {"status": "ok" if ok else "unavailable", "checks": checks}, 200 if ok else 503


@bp.get("/metrics")
@open_while_suspended
def metrics():
    """Prometheus metrics, for this machine or a bearer of METRICS_TOKEN only."""
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

    from community.main.observability import may_read_metrics

    if not may_read_metrics(current_app.config):
        abort(403)
    body = generate_latest(current_app.extensions["metrics_registry"])
    return Response(body, mimetype=CONTENT_TYPE_LATEST, headers={"Cache-Control": "no-store"})


@bp.get("/house-rules")
@open_while_suspended
def house_rules():
    rules = current_rules()
    return render_template("main/house_rules.html", rules=rules, rules_html=render(rules.body))
