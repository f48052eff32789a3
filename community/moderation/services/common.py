"""Names and limits shared by the moderation services."""

from __future__ import annotations

from community.errors import Conflict
from community.standing import kinds as sanction_kinds

# What each sanction is called in the moderation log (from the one registry of kinds).
SANCTION_ACTIONS = sanction_kinds.LOG_ACTIONS


RESTRICTING_KINDS = sanction_kinds.RESTRICTING  # most restrictive first


MAX_SANCTION_DAYS = 365


DEFAULT_FLAG_THRESHOLD = 3


MAX_NOTE_LENGTH = 900  # notes and messages end up in the forum's reasons (1,000 characters)


class AlreadyReversed(Conflict):
    pass
