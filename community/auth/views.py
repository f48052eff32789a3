"""Sign in with LinkedIn (or the local stand-in provider), and sign out."""

from __future__ import annotations

from urllib.parse import urlsplit

from authlib.common.errors import AuthlibBaseError
from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_user, logout_user
from joserfc.errors import JoseError
from requests.exceptions import RequestException

from community.auth import services
from community.auth.oauth import LinkedInIDToken, oauth, sign_in_configured
from community.extensions import limiter
from community.page_marks import open_while_suspended

bp = Blueprint("auth", __name__, url_prefix="/auth")

NEXT_KEY = "sign_in_next"


def safe_next(target: str | None) -> str | None:
    """A same-site path to return to after sign-in, or None: never an off-site redirect."""
    if not target:
        return None
    target = target.strip()
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or any(ord(c) < 32 for c in target):
        return None
    return target


def home_for(user) -> str:
    """Where a person lands after sign-in, by role."""
    views = current_app.view_functions
    if user.has_role("member") and "forum.index" in views:
        return url_for("forum.index")
    if "membership.status" in views:
        return url_for("membership.status")
    return url_for("main.account")


def _failure(title: str, message: str, status: int = 400):
    return render_template("auth/error.html", title=title, message=message), status


@bp.get("/login")
@limiter.limit("30 per minute")
def login():
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next")) or home_for(current_user))
    if not sign_in_configured(current_app.config):
        return _failure(
            "Sign-in is not configured",
            "This server has no LinkedIn credentials yet. An administrator needs to set "
            "LINKEDIN_CLIENT_ID and LINKEDIN_CLIENT_SECRET.",
            503,
        )
    session[NEXT_KEY] = safe_next(request.args.get("next"))
    redirect_uri = url_for("auth.callback", _external=True)
    try:
        return oauth.linkedin.authorize_redirect(redirect_uri)
    except (RequestException, AuthlibBaseError, ValueError):
        current_app.logger.exception("Could not start sign-in")
        return _failure(
            "LinkedIn is not answering",
            "We could not reach the sign-in service. Please try again in a minute.",
            502,
        )


@bp.get("/callback")
@limiter.limit("30 per minute")
def callback():
    error = request.args.get("error")
    if error:
        if error in {"user_cancelled_login", "user_cancelled_authorize", "access_denied"}:
            return _failure(
                "Sign-in cancelled",
                "You cancelled signing in with LinkedIn. Nothing was shared with us.",
            )
        return _failure(
            "Sign-in did not complete",
            f"The sign-in service reported a problem ({error}). Please try again.",
        )
    if not request.args.get("state") or not request.args.get("code"):
        return _failure(
            "Sign-in link is incomplete",
            "This sign-in link is missing information. Please start again from the sign-in button.",
        )
    try:
        token = oauth.linkedin.authorize_access_token(claims_cls=LinkedInIDToken)
        claims = dict(token.get("userinfo") or {})
        if not claims:
            raise AuthlibBaseError(error="missing_id_token")
        profile = oauth.linkedin.userinfo(token=token)
        if str(profile.get("sub")) != str(claims.get("sub")):
            raise AuthlibBaseError(error="subject_mismatch")
        claims.update({k: v for k, v in profile.items() if v not in (None, "")})
    except (AuthlibBaseError, JoseError, KeyError, ValueError) as failure:
        current_app.logger.warning("Sign-in rejected: %r", failure)
        return _failure(
            "We could not verify your sign-in",
            "The sign-in response was expired, already used or could not be verified. "
            "Please start again from the sign-in button.",
        )
    except RequestException:
        current_app.logger.exception("Sign-in provider unreachable")
        return _failure(
            "LinkedIn is not answering",
            "We could not reach the sign-in service. Please try again in a minute.",
            502,
        )
    user = services.sign_in(claims)
    next_url = session.pop(NEXT_KEY, None)
    # A fresh session at sign-in: nothing set before it (by anyone) survives.
    session.clear()
    login_user(user)
    services.start_session(session, user)
    session.permanent = True
    flash(f"Welcome, {user.display_name}.", "success")
    return redirect(safe_next(next_url) or home_for(user))


@bp.post("/logout")
@open_while_suspended
def logout():
    if current_user.is_authenticated:
        services.sign_out(current_user._get_current_object())
    logout_user()
    session.clear()
    flash("You have signed out.", "info")
    return redirect(url_for("main.index"))
