"""A database-backed cache for Authlib, so sign-in state and nonce never sit in the browser."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete

from community.auth.models import OAuthState
from community.db_types import utcnow
from community.extensions import db
from community.unit_of_work import transaction


class DatabaseStateCache:
    """The get/set/delete interface Authlib's `OAuth(cache=...)` expects, on our own table.

    It lives in the database rather than in process memory so that any worker can finish a
    sign-in that another started. Each call commits on its own: sign-in state is not part of any
    business transaction.
    """

    def get(self, key: str) -> str | None:
        row = db.session.get(OAuthState, key)
        if row is None or row.expires_at <= utcnow():
            return None
        return row.value

    def set(self, key: str, value: str, expires: int | None = None) -> None:
        expires_at = utcnow() + timedelta(seconds=expires or 600)
        with transaction():
            db.session.execute(delete(OAuthState).where(OAuthState.expires_at <= utcnow()))
            db.session.merge(OAuthState(key=key, value=value, expires_at=expires_at))

    def delete(self, key: str) -> None:
        with transaction():
            db.session.execute(delete(OAuthState).where(OAuthState.key == key))
