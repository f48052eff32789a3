"""The rules of an ask, in plain Python: the thread it becomes, the deadline, and who may
respond privately (and which refusals are moderation signals). No Flask, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

DEADLINE_DAYS_MIN = 1
DEADLINE_DAYS_MAX = 30
RESPONSE_MIN = 40
RESPONSE_MAX = 4000


def thread_body(need: str, budget: str, timeline: str) -> str:
    """The opening post peers read: the need, then the budget and timeline when given."""
    lines = [need.strip()]
    terms = [f"**Budget:** {budget.strip()}" if budget.strip() else ""]
    terms.append(f"**Timeline:** {timeline.strip()}" if timeline.strip() else "")
    terms = [term for term in terms if term]
    if terms:
        lines += ["", *[f"- {term}" for term in terms]]
    return "\n".join(lines)


def deadline_from(now: datetime, days: int) -> datetime:
    if not DEADLINE_DAYS_MIN <= days <= DEADLINE_DAYS_MAX:
        raise ValueError(
            f"Choose a deadline between {DEADLINE_DAYS_MIN} and {DEADLINE_DAYS_MAX} days."
        )
    return now + timedelta(days=days)


@dataclass(frozen=True)
class Refusal:
    message: str  # what the would-be responder reads; never says whether anyone declined
    signal: str | None = None  # a community.asks.models.SIGNAL_KINDS key, or None


ALREADY_RESPONDED = "You have already responded to this request: one response each."


def response_refusal(
    *,
    is_asker: bool,
    provides_services: bool,
    ask_status: str,
    deadline: datetime | None,
    now: datetime,
    earlier_response: str | None,
) -> Refusal | None:
    """Why this person may not respond privately now, or None when they may."""
    if is_asker:
        return Refusal("This is your own request.")
    if not provides_services:
        return Refusal(
            "Private responses are for members who provide services; peers answer in the thread."
        )
    if earlier_response == "declined":
        return Refusal(ALREADY_RESPONDED, "after_decline")
    if earlier_response is not None:
        return Refusal(ALREADY_RESPONDED)
    if ask_status != "invited":
        return Refusal(
            "This request is not open to vendors and consultants; the asker wants peers' "
            "experience only.",
            "uninvited_response",
        )
    if deadline is not None and now >= deadline:
        return Refusal("The deadline for responses to this request has passed.")
    return None
