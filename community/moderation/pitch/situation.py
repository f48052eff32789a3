"""Who wrote a post and where: the situation that weighs the rules' evidence up or down.

A vendor or consultant linking to their own firm, and a new member's first posts, weigh more; a
hiring post for one's own team in a jobs category, a members' meet-up in an events category and a
question about a vendor's offer from someone who sells nothing weigh less. Booking pages and lead
forms are never weighed down: a blatant rule hit still holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .findings import Finding
from .links import Link, is_public_reference
from .rules import ASK_SIGNALS, SELLER_SIGNALS

# A member's first few posts are where drive-by vendors show up.
NEW_MEMBER_POSTS = 3
_EVERY_SIGNAL = frozenset(SELLER_SIGNALS | ASK_SIGNALS | {"offer_price", "pitch_pattern"})
_NEVER_WEAKENED = frozenset({"scheduling_link", "lead_capture", "repeated_domain"})


@dataclass(frozen=True)
class PostContext:
    """What the forum knows about a post besides its words."""

    author_provides_services: bool = False
    links_to_own_domain: bool = False
    author_domain: str | None = None
    author_post_count: int | None = None
    # "jobs", "events", "recommendations", ... or None for a general category.
    category_kind: str | None = None


@dataclass(frozen=True)
class Adjustment:
    name: str
    factor: float
    signals: frozenset[str]
    findings: tuple[Finding, ...] = field(default=())


def adjustments(
    context: PostContext | None,
    findings: Iterable[Finding],
    contexts: set[str],
    links: Iterable[Link],
) -> tuple[Adjustment, ...]:
    if context is None:
        return ()
    findings = list(findings)
    signals = {finding.signal for finding in findings}
    result: list[Adjustment] = []
    own_links = [finding for finding in findings if finding.signal == "own_domain"]
    if context.author_provides_services and (own_links or context.links_to_own_domain):
        evidence = ()
        if own_links:
            evidence = (
                Finding(
                    "vendor_own_link",
                    0.3,
                    "A provider of services linking to their own firm.",
                    own_links[0].span,
                ),
            )
        result.append(Adjustment("vendor_own_link", 1.5, _EVERY_SIGNAL, evidence))
    if context.author_post_count is not None and context.author_post_count < NEW_MEMBER_POSTS:
        result.append(Adjustment("first_posts", 1.25, _EVERY_SIGNAL))
    kind = context.category_kind
    if kind == "jobs" and "hiring" in contexts and not context.author_provides_services:
        result.append(Adjustment("hiring_in_jobs", 0.5, _EVERY_SIGNAL - _NEVER_WEAKENED))
    if (
        kind == "events"
        and not context.author_provides_services
        and "scheduling_link" not in signals
    ):
        weakened = frozenset(
            {"event_promotion", "call_to_action", "contact_details", "pitch_pattern"}
        )
        result.append(Adjustment("members_meetup", 0.5, weakened))
    if not context.author_provides_services and contexts & {"pricing_question", "comparison"}:
        weakened = frozenset({"offer_price", "self_promotion", "product_link", "pitch_pattern"})
        result.append(Adjustment("buyer_question", 0.6, weakened))
    if not context.author_provides_services and any(
        is_public_reference(link.host) for link in links
    ):
        weakened = frozenset({"content_promotion", "product_link", "self_promotion"})
        result.append(Adjustment("public_report", 0.6, weakened))
    if kind == "recommendations" and "asks_for_advice" in contexts:
        result.append(Adjustment("recommendation_request", 0.6, _EVERY_SIGNAL - _NEVER_WEAKENED))
    return tuple(result)
