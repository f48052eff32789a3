"""Limits on input and the exception a refusal to post without the house rules raises."""

from __future__ import annotations

from community.errors import NotPermitted

TITLE_MIN, TITLE_MAX = 5, 200


BODY_MAX = 20_000


REASON_MAX = 1000


POLL_OPTIONS_MIN, POLL_OPTIONS_MAX = 2, 10


class HouseRulesNotAccepted(NotPermitted):
    """The member must accept the current house rules before posting (views redirect)."""

    def __init__(self) -> None:
        super().__init__("Please read and accept the current house rules before posting.")
