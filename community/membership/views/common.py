"""What every membership page shares: the current person, and turning a refusal into an answer."""

from __future__ import annotations

from flask import abort, render_template, request
from flask_login import current_user

from community.auth.models import User
from community.errors import DomainError


def me() -> User:
    return current_user._get_current_object()


def _answer_code(refusal: DomainError | None) -> int:
    """200 for a page, 400 for a form sent back with errors, or the status of the rule's refusal."""
    if refusal is not None:
        return refusal.status_code
    return 400 if request.method == "POST" else 200


def _attempt(form, action):
    """For a valid form, run the service; (result, None), or (None, refusal) with the refusal's
    message put at the top of the form. A missing item is a plain 404."""
    if not form.validate_on_submit():
        return None, None
    try:
        return action(), None
    except DomainError as error:
        if error.status_code == 404:
            abort(404)
        form.form_errors.append(str(error))
        return None, error


def _fail(form, error: DomainError, template: str, **context):
    """Show a rule's refusal at the top of the form, keeping what was typed."""
    form.form_errors.append(str(error))
    return render_template(template, form=form, **context), error.status_code
