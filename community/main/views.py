"""Public pages: the landing page, house rules and privacy."""

from flask import Blueprint, redirect, render_template
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
    return {"status": "ok"}


@bp.get("/house-rules")
@open_while_suspended
def house_rules():
    rules = current_rules()
    return render_template("main/house_rules.html", rules=rules, rules_html=render(rules.body))
