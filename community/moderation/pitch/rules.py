"""The sales-pitch rules, written once: what each signal means, how much it weighs, and what
context explains it away. The words come from the lexicon (one file per language, same slots).

Weights are the probability-like strength of one signal on its own. They combine as a noisy-OR,
so two medium signals (a soft invitation plus a self-description as a vendor) pass the threshold
while either alone does not: that pairing is what a subtle pitch looks like.

Two layers. The phrase rules recognise wordings of known asks and offers. The structural rules
describe the *shape* of a pitch: who the writer is (a seller: "our platform cuts", "we help
CFOs"), what they claim ("42 clients"), what they offer (something free, a discount, scarcity,
their own channel) and what they ask (a soft or hard contact request). Matches of a structural
rule that overlap a finding of an earlier rule add nothing, so the layers do not double count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import lexicon


@dataclass(frozen=True)
class Rule:
    signal: str
    weight: float
    text: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Context:
    """Wording that explains away some signals; `factor` multiplies their weight."""

    name: str
    factor: float
    weakens: frozenset[str]
    pattern: re.Pattern[str]


# Apostrophes arrive straight or curly; every pattern accepts both.
_A = "['’]"

# Contractions are written both ways ("we're", "we are"); patterns spell the short form.
_CONTRACTIONS = {
    "we{_A}re": r"we(?:{_A}re|\s+are)",
    "i{_A}m": r"i(?:{_A}m|\s+am)",
    "we{_A}ve": r"we(?:{_A}ve|\s+have)",
    "i{_A}ve": r"i(?:{_A}ve|\s+have)",
    "i{_A}ll": r"i(?:{_A}ll|\s+will)",
    "i{_A}d": r"i(?:{_A}d|\s+would)",
}


def compile_wordings(alternatives: Iterable[str]) -> re.Pattern[str]:
    joined = "|".join(f"(?:{alternative})" for alternative in alternatives)
    for short, both in _CONTRACTIONS.items():
        joined = joined.replace(short, both)
    joined = joined.replace("{_A}", _A)
    # Every wording starts a word (or an amount): the lookahead rejects other positions at once,
    # which keeps the scan linear and cheap on long runs of spaces or punctuation.
    return re.compile(rf"(?<!\w)(?=[\w$€£])(?:{joined})(?!\w)", re.IGNORECASE)


def _rule(signal: str, weight: float, text: str, slot: str) -> Rule:
    return Rule(signal, weight, text, compile_wordings(lexicon.wordings(slot)))


def _context(name: str, factor: float, weakens: Iterable[str]) -> Context:
    return Context(name, factor, frozenset(weakens), compile_wordings(lexicon.wordings(name)))


# --- Phrase signals -------------------------------------------------------------------------------
PHRASE_RULES: tuple[Rule, ...] = (
    # Hard calls to action: the post asks the reader to enter a sales process.
    _rule("call_to_action", 0.55, "Asks readers to book a demo or a sales call.", "book_a_call"),
    _rule("call_to_action", 0.5, "Asks readers to sign up, register or buy.", "sign_up_or_buy"),
    _rule("call_to_action", 0.45, "Asks readers to message you privately.", "message_privately"),
    _rule(
        "call_to_action",
        0.3,
        "Invites readers to contact you about your services.",
        "contact_about_services",
    ),
    _rule(
        "call_to_action",
        0.55,
        "Asks readers to book a demo or contact the company.",
        "book_or_contact_company",
    ),
    _rule("offer_price", 0.4, "States a price for a product or service.", "own_price"),
    _rule("offer_price", 0.2, "Mentions a price.", "any_price"),
    _rule("offer_price", 0.4, "Offers a discount or a free trial.", "discount_or_trial"),
    _rule("offer_price", 0.45, "Pushes a limited-time or members-only offer.", "limited_offer"),
    _rule("self_promotion", 0.4, "Promotes your own company's product or services.", "own_product"),
    _rule(
        "self_promotion",
        0.3,
        "Describes your own firm's work for clients.",
        "firm_work_for_clients",
    ),
    _rule(
        "offer_services",
        0.4,
        "Offers your own services or availability for hire.",
        "services_for_hire",
    ),
    _rule("event_promotion", 0.45, "Promotes your own event, webinar or course.", "own_event"),
    _rule(
        "content_promotion",
        0.4,
        "Promotes your own newsletter, download, book or podcast.",
        "own_content",
    ),
    _rule(
        "sales_outreach",
        0.4,
        "Reads as a cold sales approach rather than a personal note.",
        "cold_approach",
    ),
)

# --- Structural signals ---------------------------------------------------------------------------
STRUCTURAL_RULES: tuple[Rule, ...] = (
    # Who is writing: a seller describing what their own business does for others.
    _rule(
        "self_promotion",
        0.3,
        "Describes what your own business does for its clients.",
        "seller_identity",
    ),
    # What is claimed: a track record or a result for clients, told to win the next one.
    _rule("self_promotion", 0.25, "Cites your own track record with clients.", "track_record"),
    # Soft asks: an open door, an offer to walk the reader through it.
    _rule(
        "call_to_action",
        0.3,
        "Invites readers to contact you or take you up on an offer.",
        "soft_ask",
    ),
    _rule(
        "call_to_action",
        0.5,
        "Asks readers to sign up, register, order or request a demo.",
        "hard_ask",
    ),
    _rule(
        "offer_price",
        0.4,
        "Offers something free, discounted or scarce to win your business.",
        "free_discount_scarce",
    ),
    _rule("offer_price", 0.35, "States a price for your own offer.", "price_for_own_offer"),
    _rule("offer_price", 0.15, "Mentions a price.", "price_mention"),
    _rule(
        "sales_hook",
        0.25,
        "Opens with the reader's problem and answers it with your own offer.",
        "problem_hook",
    ),
    _rule(
        "lead_capture",
        0.35,
        "Asks for readers' email address in exchange for content.",
        "email_for_content",
    ),
    _rule(
        "content_promotion",
        0.3,
        "Promotes your own newsletter, podcast, book, event or course.",
        "own_channel",
    ),
)

# --- Contexts that explain signals away -----------------------------------------------------------
# Each names the signals it weakens: a pricing question explains a price but not a booking link.
_PRICE_AND_CLAIMS = ("offer_price", "self_promotion", "content_promotion", "product_link")

CONTEXTS: tuple[Context, ...] = (
    # A buyer asking what others pay quotes prices and discounts they were offered.
    _context("pricing_question", 0.3, ("offer_price", "call_to_action", "pitch_pattern")),
    # A neutral comparison names vendors, prices and features without selling any of them.
    _context("comparison", 0.4, _PRICE_AND_CLAIMS),
    # Lessons told in the past tense share experience; they describe, they do not offer.
    _context(
        "lessons", 0.6, ("self_promotion", "offer_price", "event_promotion", "content_promotion")
    ),
    # Sharing one's own company's experience openly: questions answered, not a sale.
    _context(
        "sharing_experience",
        0.6,
        ("content_promotion", "call_to_action", "pitch_pattern", "product_link"),
    ),
    # Hiring for one's own team sells nothing to members (a recruiter's "if you're hiring" does).
    _context(
        "hiring",
        0.4,
        (
            "self_promotion",
            "call_to_action",
            "product_link",
            "content_promotion",
            "own_domain",
            "contact_details",
            "pitch_pattern",
        ),
    ),
    # Saying plainly that nothing is for sale; weakens everything except links and codes.
    _context(
        "not_selling",
        0.45,
        (
            "call_to_action",
            "offer_price",
            "self_promotion",
            "event_promotion",
            "content_promotion",
            "sales_outreach",
            "contact_details",
            "product_link",
            "pitch_pattern",
            "sales_hook",
        ),
    ),
    # Someone asking the community for advice is buying or learning, not selling.
    _context(
        "asks_for_advice",
        0.6,
        (
            "offer_price",
            "self_promotion",
            "call_to_action",
            "event_promotion",
            "product_link",
            "pitch_pattern",
        ),
    ),
)

# A pitch is a seller saying what they offer *and* asking the reader to act on it; either half
# alone is ordinary conversation among peers. The pairing is evidence of its own.
SELLER_SIGNALS = frozenset(
    {
        "self_promotion",
        "offer_services",
        "content_promotion",
        "event_promotion",
        "own_domain",
        "product_link",
        "sales_hook",
    }
)
ASK_SIGNALS = frozenset(
    {"call_to_action", "sales_outreach", "scheduling_link", "lead_capture", "contact_details"}
)
