"""View guards that ask the capabilities module, and the page that says why someone was refused."""

from __future__ import annotations

from functools import wraps

from flask import current_app, redirect, render_template, request, url_for
from flask_login import current_user

from community.page_marks import open_while_suspended  # noqa: F401  (re-exported)
from community.standing import capabilities
from community.standing.records import sanctions_for


def sign_in_first():
    return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))


def refused_page(capability: str):
    """A sanction: the standing page (what, why, until when). Not a member: the members-only
    page. Otherwise the plain 403 page."""
    standing = capabilities.standing_of(current_user)
    sanction = standing.forbids(capability)
    if sanction is None and capability in capabilities.ELEVATED_ROLES:
        sanction = standing.suspension
    if sanction is not None and current_user.has_role(
        capabilities.ELEVATED_ROLES.get(capability, "member")
    ):
        return standing_page(list(standing.sanctions), status=403)
    if capability not in capabilities.ELEVATED_ROLES or not current_user.has_role(
        capabilities.ELEVATED_ROLES[capability]
    ):
        if capability in capabilities.ELEVATED_ROLES:
            return render_template("errors/error.html", **_forbidden()), 403
        return members_only_page()
    return render_template(
        "errors/error.html", **_forbidden(capabilities.why_not(current_user, capability))
    ), 403


def _forbidden(message: str | None = None) -> dict:
    return {
        "code": 403,
        "title": "You don't have access to this page",
        "message": message or "It is reserved for another role in the community.",
    }


def members_only_page():
    status_url = None
    if not current_user.has_role("member") or current_user.membership_status is None:
        status_url = url_for("membership.status")
    return (
        render_template(
            "forum/members_only.html",
            status_url=status_url,
            is_applicant=current_user.has_role("applicant"),
            revoked=current_user.membership_status == "revoked",
        ),
        403,
    )


def standing_page(in_force: list, status: int = 200):
    """A member's own standing: sanctions in force (the suspension first) and past ones."""
    history = [s for s in sanctions_for(current_user) if s not in in_force]
    standing = capabilities.Standing(tuple(in_force))
    return (
        render_template(
            "moderation/standing.html",
            in_force=in_force,
            suspension=standing.suspension,
            history=history,
            refused=status == 403,
        ),
        status,
    )


def capability_required(capability: str):
    """View decorator: visitors go to sign-in; people who may not do this now get the page that
    says why (their standing, the members-only page, or 403)."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return sign_in_first()
            if not capabilities.may(current_user, capability):
                return refused_page(capability)
            return view(*args, **kwargs)

        wrapped.required_capability = capability
        return wrapped

    return decorator


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated:
            return sign_in_first()
        return view(*args, **kwargs)

    return wrapped


# The forum and every members' page: visitors sign in, non-members see why not.
member_required = capability_required(capabilities.READ_FORUM)


def refuse_fully_suspended():
    """Before every request: a full suspension closes every page not marked open."""
    if request.endpoint in (None, "static") or not current_user.is_authenticated:
        return None
    view = current_app.view_functions.get(request.endpoint)
    if view is None or getattr(view, "open_while_suspended", False):
        return None
    standing = capabilities.standing_of(current_user)
    if standing.forbids(capabilities.READ_FORUM) is None:
        return None
    return standing_page(list(standing.sanctions), status=403)


def page_report(view):
    """For what a page's script reports (reading marks): an answer, never a redirect or a page,
    and nothing that touches the session, so a report racing a sign-out cannot undo it."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated:
            return {"error": "not signed in"}, 401
        if not capabilities.may(current_user, capabilities.READ_FORUM):
            return {"error": "not permitted"}, 403
        return view(*args, **kwargs)

    return wrapped
