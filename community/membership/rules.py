"""Membership rules that need no database: work-mail domains, recusal, quorum, LinkedIn URLs.

Pure Python on purpose (no Flask, no SQLAlchemy), so the rules are tested directly and read in
one place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from community.freemail import is_free_mail_domain

CHOICE_APPROVE, CHOICE_REJECT, CHOICE_ABSTAIN = "approve", "reject", "abstain"
CHOICE_UPHOLD, CHOICE_DENY = "uphold", "deny"
CHOICE_KEEP, CHOICE_REVOKE = "keep", "revoke"
# Eligibility, best first, to tell whether a change made someone's standing worse.
ELIGIBILITY_RANK = {"eligible": 2, "review": 1, "ineligible": 0}


def email_domain(address: str | None) -> str:
    """The domain of an address, lower-case; empty when there is none."""
    if not address or "@" not in address:
        return ""
    return address.rsplit("@", 1)[1].strip().lower().rstrip(".")


def is_free_mail(domain: str) -> bool:
    return is_free_mail_domain(domain)


# Reserved for documentation (RFC 2606): never an employer, though the demo people use them.
RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org"})


def work_domain(address: str | None) -> str:
    """The domain of an address when it could be an employer's, else empty."""
    domain = email_domain(address)
    if not domain or is_free_mail(domain) or domain in RESERVED_DOMAINS:
        return ""
    return domain


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


def is_email(address: str) -> bool:
    return bool(_EMAIL.match(address or "")) and len(address) <= 320


def normalise_email(address: str) -> str:
    return (address or "").strip().lower()


# Legal-form words that don't tell two companies apart ("Acme Inc." is "ACME").
_COMPANY_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
        "llp", "lp", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv",
        "ab", "as", "oy", "pty", "pte", "group", "holding", "holdings", "the", "kk", "se",
    }
)  # fmt: skip


def normalise_company(name: str | None) -> str:
    """A company name reduced for comparison: accents, case, punctuation and legal form gone."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    return " ".join(words)


def recusal_reason(
    board_company: str | None,
    board_emails: Iterable[str | None],
    applicant_company: str | None,
    applicant_emails: Iterable[str | None],
) -> str | None:
    """Why a board member may not vote on this person (same company or mail domain), or None."""
    ours, theirs = normalise_company(board_company), normalise_company(applicant_company)
    if ours and ours == theirs:
        return f"You work at the same company ({applicant_company})."
    board_domains = {work_domain(e) for e in board_emails} - {""}
    applicant_domains = {work_domain(e) for e in applicant_emails} - {""}
    shared = board_domains & applicant_domains
    if shared:
        return f"You share the work email domain {sorted(shared)[0]}."
    return None


@dataclass(frozen=True)
class Tally:
    approve: int = 0
    reject: int = 0
    abstain: int = 0

    @classmethod
    def of(cls, choices: Iterable[str]) -> Tally:
        counts = {CHOICE_APPROVE: 0, CHOICE_REJECT: 0, CHOICE_ABSTAIN: 0}
        for choice in choices:
            counts[_as_application_choice(choice)] += 1
        return cls(counts[CHOICE_APPROVE], counts[CHOICE_REJECT], counts[CHOICE_ABSTAIN])

    def outcome(self, quorum: int) -> str | None:
        """ "approve" or "reject" once that many matching votes are in; None while undecided."""
        if self.approve >= quorum:
            return CHOICE_APPROVE
        if self.reject >= quorum:
            return CHOICE_REJECT
        return None


def _as_application_choice(choice: str) -> str:
    # Appeals vote uphold/deny and reviews keep/revoke; they count like approve/reject.
    return {
        CHOICE_UPHOLD: CHOICE_APPROVE,
        CHOICE_DENY: CHOICE_REJECT,
        CHOICE_KEEP: CHOICE_APPROVE,
        CHOICE_REVOKE: CHOICE_REJECT,
    }.get(choice, choice)


def standing_worsened(before: str, after: str) -> bool:
    """True when `after` is a worse eligibility than `before` (eligible > review > ineligible)."""
    return ELIGIBILITY_RANK[after] < ELIGIBILITY_RANK[before]


def member_needs_review(before: str, after: str, *, title_changed: bool) -> bool:
    """Whether a member goes to the membership review queue after a title or policy change.

    A member whose standing got worse and is no longer `eligible` is reviewed; so is one whose new
    title is `ineligible` even if the old one was too (an exception covers a title, not a person).
    """
    if after == "eligible":
        return False
    if title_changed and after == "ineligible":
        return True
    return standing_worsened(before, after)


_LINKEDIN_HOST = re.compile(r"^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$")
_LINKEDIN_SLUG = re.compile(r"^[A-Za-z0-9\-_%.]{3,100}$")


def normalise_linkedin_url(url: str) -> str | None:
    """https://www.linkedin.com/in/<name> for a LinkedIn profile URL, None for anything else."""
    url = (url or "").strip()
    if not url:
        return None
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.username or parts.password or parts.port:
            return None
    except ValueError:  # "https://javascript:alert(1)" has no valid port
        return None
    if not _LINKEDIN_HOST.match((parts.hostname or "").lower()):
        return None
    segments = [s for s in parts.path.split("/") if s]
    if len(segments) < 2 or segments[0] != "in" or not _LINKEDIN_SLUG.match(segments[1]):
        return None
    if len(segments) > 2:
        return None
    return f"https://www.linkedin.com/in/{segments[1]}"


def month_start(moment: datetime) -> datetime:
    """The first instant of the calendar month (UTC) containing `moment`."""
    moment = moment.astimezone(UTC)
    return moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def next_month_start(moment: datetime) -> datetime:
    start = month_start(moment)
    return (
        start.replace(year=start.year + 1, month=1)
        if start.month == 12
        else start.replace(month=start.month + 1)
    )


# What an applicant reads before submitting: how the policy reads their title, in plain words.
_READING_LEVEL = {
    "cxo": "a C-level role",
    "owner_partner": "an owner or partner",
    "vp": "Vice President level",
    "director": "Director level",
    "manager": "manager level",
    "senior_ic": "a senior individual contributor",
    "entry": "an entry-level role",
    "training": "a training role (intern, trainee, apprentice)",
    "unpaid": "an unpaid or volunteer role",
}
_READING_OUTCOME = {
    "eligible": "meets the policy.",
    "review": "the board looks at titles like this one case by case.",
    "ineligible": "below the policy; the board will likely decline.",
}


def title_reading(level: str, eligibility: str) -> str:
    """One plain sentence: "Reads as Director level: meets the policy." (no rule ids)."""
    if level not in _READING_LEVEL:
        return (
            "We could not read a level from this title: the board will read it with your "
            'statement. Spell out your role (for example "Director of Marketing").'
        )
    return f"Reads as {_READING_LEVEL[level]}: {_READING_OUTCOME.get(eligibility, '')}".strip()
