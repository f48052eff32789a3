"""Who gets a seat: the waitlist's promotion rule, without a database."""

from __future__ import annotations

from collections.abc import Sequence


def free_seats(capacity: int, seats_taken: int) -> int:
    return max(capacity - seats_taken, 0)


def to_promote(capacity: int, seats_taken: int, waitlist: Sequence[int]) -> list[int]:
    """The waitlisted RSVPs (ids, in the order they asked) that the free seats go to."""
    return list(waitlist[: free_seats(capacity, seats_taken)])


def pending_approvals(
    *, needs_lead_approval: bool, needs_board_approval: bool, pitch_held: bool
) -> list[str]:
    """What still stands between an event and its schedule, in words for its page."""
    missing = []
    if needs_lead_approval:
        missing.append("a chapter lead's approval (a member proposed it)")
    if needs_board_approval:
        missing.append("the board's approval (it is sponsored by a vendor)")
    if pitch_held:
        missing.append("release by a moderator or the board (the sales-pitch check held it)")
    return missing
