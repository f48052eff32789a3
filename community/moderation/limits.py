"""Rate limits on posting, flagging and inviting, keyed by the signed-in person.

The forum's and membership's views are limited from here, by endpoint name, so the limits live in
one place. Storage is Redis when REDIS_URL is set (config.py), so they hold across processes. The
values are settings (RATELIMIT_POSTING, RATELIMIT_FLAGGING, RATELIMIT_INVITING), read per request.
"""

from __future__ import annotations

from flask import Flask, current_app
from flask_limiter.util import get_remote_address
from flask_login import current_user

from community.extensions import limiter

DEFAULT_LIMITS = {
    "RATELIMIT_POSTING": "5 per minute;60 per day",
    "RATELIMIT_FLAGGING": "10 per minute;100 per day",
    "RATELIMIT_INVITING": "10 per hour;30 per day",
}

# Endpoints that create content or send something on someone's behalf. New threads and replies
# share one budget.
POSTING_ENDPOINTS = ("forum.new_thread", "forum.reply")
FLAGGING_ENDPOINTS = ("moderation.flag_post",)
INVITING_ENDPOINTS = ("membership.invite",)


def user_key() -> str:
    """The person for signed-in requests (so a shared office IP is not one budget), else the IP."""
    if current_user.is_authenticated:
        return f"user:{current_user.id}"
    return f"ip:{get_remote_address()}"


def _budget(setting: str, scope: str):
    """One limit shared by the endpoints that spend it: per person, on POST, from the setting."""
    return limiter.shared_limit(
        lambda: current_app.config.get(setting) or DEFAULT_LIMITS[setting],
        scope=scope,
        key_func=user_key,
        methods=["POST"],
    )


# Made once: the limiter is one object per process, and each app wraps its views with these.
LIMITED = (
    (_budget("RATELIMIT_POSTING", "posting"), POSTING_ENDPOINTS),
    (_budget("RATELIMIT_FLAGGING", "flagging"), FLAGGING_ENDPOINTS),
    (_budget("RATELIMIT_INVITING", "inviting"), INVITING_ENDPOINTS),
)


def init_app(app: Flask) -> None:
    """Wrap the limited views of this app (the features that are present) with their limits."""
    for limit, endpoints in LIMITED:
        for endpoint in endpoints:
            view = app.view_functions.get(endpoint)
            if view is not None:
                app.view_functions[endpoint] = limit(view)
