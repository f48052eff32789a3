"""People and their roles, identified by the sign-in provider's subject."""

from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.db_types import UTCDateTime, enum_check, utcnow
from community.extensions import db

ROLES = ("applicant", "member", "moderator", "board", "admin")
MEMBERSHIP_STATUSES = ("active", "under_review", "revoked")


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            f"membership_status IS NULL OR {enum_check('membership_status', MEMBERSHIP_STATUSES)}",
            name="membership_status",
        ),
        Index("ix_users_email", "email"),
        Index("ix_users_company", "company"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The provider's subject ("sub"). LinkedIn's is app-specific. Cleared when an account is
    # deleted, so that the same person signing in again starts as a new visitor.
    subject: Mapped[str | None] = mapped_column(String(255), unique=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    email_verified: Mapped[bool] = mapped_column(default=False)
    name: Mapped[str] = mapped_column(String(200), default="")
    photo_url: Mapped[str | None] = mapped_column(String(1000))
    locale: Mapped[str | None] = mapped_column(String(20))
    job_title: Mapped[str | None] = mapped_column(String(200))
    company: Mapped[str | None] = mapped_column(String(200))
    bio: Mapped[str | None] = mapped_column(Text)
    membership_status: Mapped[str | None] = mapped_column(String(20))
    house_rules_accepted_version: Mapped[int | None]
    member_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Stored in the session at sign-in and checked on every request: raising it (sign-out,
    # revocation, suspension, deletion) ends every session the person has, copied cookies too.
    session_generation: Mapped[int] = mapped_column(default=0, server_default="0")
    # An IANA name ("Europe/Berlin"): digests go out at 08:00 in it.
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC", server_default="UTC")

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_names(self) -> frozenset[str]:
        return frozenset(r.role for r in self.roles)

    def has_role(self, *names: str) -> bool:
        """True when the person holds any of the named roles."""
        return not self.role_names.isdisjoint(names)

    @property
    def display_name(self) -> str:
        if self.deleted_at is not None:
            return "Former member"
        return self.name or self.email or "Unnamed"

    @property
    def initials(self) -> str:
        parts = [p for p in self.display_name.split() if p[:1].isalpha()]
        return "".join(p[0] for p in parts[:2]).upper() or "?"

    @property
    def is_active(self) -> bool:  # Flask-Login: deleted accounts cannot hold a session.
        return self.deleted_at is None

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email!r}>"


class UserRole(db.Model):
    __tablename__ = "user_roles"
    __table_args__ = (
        UniqueConstraint("user_id", "role", name="uq_user_roles_user_id_role"),
        CheckConstraint(enum_check("role", ROLES), name="role"),
        Index("ix_user_roles_role", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(back_populates="roles")


class OAuthState(db.Model):
    """Authlib's server-side cache for sign-in state and nonce, shared by all workers."""

    __tablename__ = "oauth_states"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
