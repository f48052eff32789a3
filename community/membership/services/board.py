"""Who sits on the board now."""

from __future__ import annotations

from sqlalchemy import select

from community.auth.models import User, UserRole
from community.extensions import db
from community.standing.capabilities import SIT_ON_BOARD, may


def board_members() -> list[User]:
    """Everyone holding the board role now, by name (some may not be able to sit just now)."""
    return list(
        db.session.scalars(
            select(User)
            .where(User.deleted_at.is_(None), User.roles.any(UserRole.role == "board"))
            .order_by(User.name, User.id)
        )
    )


def sitting_board_members() -> list[User]:
    """Board members who may vote now (in good standing)."""
    return [person for person in board_members() if may(person, SIT_ON_BOARD)]
