"""Member profiles and the member directory (members only)."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from community.accounts import services
from community.accounts.blueprint import bp
from community.accounts.member_forms import ActionForm, ProfileForm
from community.errors import DomainError
from community.forum.markup import render
from community.membership.models import FUNCTIONS
from community.pagination import paginate
from community.standing.views import member_required

DIRECTORY_PER_PAGE = 24


@bp.get("/members")
@member_required
def directory():
    q = request.args.get("q", "")
    function = request.args.get("function", "")
    expertise = request.args.get("expertise", "")
    page = paginate(services.directory_query(q, function, expertise), per_page=DIRECTORY_PER_PAGE)
    ids = [user.id for user in page.items]
    filters = {k: v for k, v in {"q": q, "function": function, "expertise": expertise}.items() if v}
    return render_template(
        "accounts/directory.html",
        page=page,
        profiles=services.profiles_of(ids),
        expertise=services.expertise_of(ids),
        functions=FUNCTIONS,
        filters=filters,
    )


@bp.get("/members/<int:user_id>")
@member_required
def profile(user_id: int):
    member = services.find_member(user_id)
    own = member.id == current_user.id
    return render_template(
        "accounts/profile.html",
        member=member,
        own=own,
        profile=services.profile_of(member),
        expertise=services.expertise_of([member.id])[member.id],
        bio_html=render(member.bio or ""),
        threads=services.threads_by(member),
        contact=None if own else services.contact_state(current_user, member),
        action_form=ActionForm(),
    )


@bp.route("/profile", methods=["GET", "POST"])
@member_required
def edit_profile():
    profile = services.profile_of(current_user)
    form = ProfileForm(
        obj=current_user,
        data=None
        if request.method == "POST"
        else {
            "function": profile.function or "",
            "open_to_vendor_requests": profile.open_to_vendor_requests,
            "expertise": ", ".join(
                e.label for e in services.expertise_of([current_user.id])[current_user.id]
            ),
        },
    )
    if form.validate_on_submit():
        change = services.ProfileChange(
            bio=form.bio.data or "",
            function=form.function.data or None,
            expertise=form.expertise.data or "",
            open_to_vendor_requests=form.open_to_vendor_requests.data,
            job_title=form.job_title.data,
            company=form.company.data,
        )
        try:
            title_changed = services.update_profile(current_user, change)
        except DomainError as error:
            flash(str(error), "error")
        else:
            if title_changed:
                flash(
                    "Profile saved. Your new title has been checked against the membership rules.",
                    "success",
                )
            else:
                flash("Profile saved.", "success")
            return redirect(url_for("accounts.profile", user_id=current_user.id))
    return render_template("accounts/edit_profile.html", form=form), 400 if form.errors else 200
