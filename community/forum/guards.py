"""Who may open forum pages: active members. Visitors sign in first; everyone else gets a page
that says why and where to go instead (applicants: their application status)."""

from __future__ import annotations

from functools import wraps

from flask import current_app, redirect, render_template, request, url_for
from flask_login import current_user

from community.forum.services import can_read


def members_only_page():
    status_url = None
    if "membership.status" in current_app.view_functions and not current_user.has_role("member"):
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


def member_required(view):
    """View decorator: visitors go to sign-in; signed-in people who are not members get 403."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        if not can_read(current_user):
            return members_only_page()
        return view(*args, **kwargs)

    return wrapped
