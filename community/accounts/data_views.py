"""Your data: download everything held about you, or delete your account at once."""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, session, url_for
from flask_login import current_user, logout_user

from community.accounts import privacy
from community.accounts.blueprint import bp
from community.accounts.member_forms import DeleteAccountForm
from community.auth.roles import login_required
from community.db_types import utcnow
from community.errors import DomainError
from community.page_marks import open_while_suspended

# Applicants (signed in, not members) see it in the menu; members reach it from their profile.


@bp.get("/account/data")
@login_required
@open_while_suspended
def your_data():
    return render_template("accounts/your_data.html", form=DeleteAccountForm())


@bp.get("/account/data/export.json")
@login_required
@open_while_suspended
def export_data():
    body = privacy.export_json(current_user)
    filename = f"peer-circle-data-{utcnow():%Y-%m-%d}.json"
    return Response(
        body,
        mimetype="application/json",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@bp.route("/account/delete", methods=["GET", "POST"])
@login_required
@open_while_suspended
def delete_account():
    form = DeleteAccountForm()
    if form.validate_on_submit():
        try:
            privacy.delete_account(current_user._get_current_object(), form.posts.data)
        except DomainError as error:
            flash(str(error), "error")
        else:
            logout_user()
            session.clear()
            flash(
                "Your account is deleted and your personal data erased. Thank you for being "
                "part of Peer Circle.",
                "success",
            )
            return redirect(url_for("main.index"))
    status = 400 if form.errors else 200
    return render_template("accounts/delete_account.html", form=form), status
