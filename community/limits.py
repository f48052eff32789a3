"""Rate limits on posting, flagging and inviting, keyed by the signed-in person.

Views put one of the budgets below on themselves (`@posting_budget`), so the limits live in one
place. Storage is Redis when REDIS_URL is set (config.py), so they hold across processes. The
values are settings (RATELIMIT_POSTING, RATELIMIT_FLAGGING, RATELIMIT_INVITING), read per request.
"""

from __future__ import annotations

from flask import current_app
from flask_limiter.util import get_remote_address
from flask_login import current_user

from community.extensions import limiter

DEFAULT_LIMITS = {
    "RATELIMIT_POSTING": "5 per minute;60 per day",
    "RATELIMIT_FLAGGING": "10 per minute;100 per day",
    "RATELIMIT_INVITING": "10 per hour;30 per day",
    # Each try sends a confirmation mail to an address the applicant typed.
    "RATELIMIT_WORK_EMAIL": "3 per hour;10 per day",
}


def user_key() -> str:
    """The person for signed-in requests (so a shared office IP is not one budget), else the IP."""
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    return f"ip:{get_remote_address()}"


def _accepted(response) -> bool:
    """Only an accepted submission (it redirects) spends the budget: a form sent back with an
    error, a refusal or a rate-limit page costs nothing."""
    return 300 <= response.status_code < 400


def _budget(setting: str, scope: str, *, every_try: bool = False):
    """One limit shared by the views that spend it: per person, on POST, from the setting.
    Accepted submissions spend it, or every try where each try costs someone else (a mail)."""
    return limiter.shared_limit(
        lambda: current_app.config.get(setting) or DEFAULT_LIMITS[setting],
        scope=scope,
        key_func=user_key,
        methods=["POST"],
        deduct_when=None if every_try else _accepted,
    )


# Decorators for the views, made once (the limiter is one object per process). New threads and
# replies share one budget.
posting_budget = _budget("RATELIMIT_POSTING", "posting")
flagging_budget = _budget("RATELIMIT_FLAGGING", "flagging")
inviting_budget = _budget("RATELIMIT_INVITING", "inviting")
work_email_budget = _budget("RATELIMIT_WORK_EMAIL", "work_email", every_try=True)
