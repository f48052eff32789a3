"""Reading a member's sanctions for their standing page and the moderators."""

from __future__ import annotations

from sqlalchemy import select

from community.extensions import db
from community.standing.models import Sanction


def sanctions_for(member) -> list[Sanction]:
    """All of a member's sanctions, newest first (for their standing and the moderators)."""
    return list(
        db.session.scalars(
            select(Sanction)
            .where(Sanction.user_id == member.id)
            .order_by(Sanction.created_at.desc(), Sanction.id.desc())
            .limit(100)
        )
    )
