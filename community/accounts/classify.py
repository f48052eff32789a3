"""Who counts as a vendor or consultant when they ask to make contact. Pure Python.

Members choose whether they are "open to contact requests from vendors and consultants" (no by
default). A sender is classed as a vendor or consultant when any of these holds:

1. the function on their profile (or application) is "Sales and revenue";
2. their job title contains a selling or advisory word: consultant, consulting, advisor/adviser,
   advisory, sales, business development, account executive/director/manager, partnerships,
   fractional, freelance, agency, "solutions";
3. their company name says it is a consultancy or agency: consulting, consultancy, consultants,
   advisory, advisors/advisers, agency, "solutions".

The rule errs on the side of the recipient: a Chief Sales Officer of a retailer is classed as a
vendor too, because the people this setting protects cannot tell the difference from a request.
The classification is re-computed from the sender's profile when they send, never stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Keys of community.membership.models.FUNCTIONS (the list applicants and profiles share).
VENDOR_FUNCTIONS = frozenset({"sales"})

_TITLE_WORDS = re.compile(
    r"\b(?:consultant|consulting|advis[oe]r|advisory|sales|business\s+development|"
    r"account\s+(?:executive|director|manager)|partnerships?|fractional|freelance|agency|"
    r"solutions?)\b",
    re.IGNORECASE,
)
_COMPANY_WORDS = re.compile(
    r"\b(?:consulting|consultancy|consultants|advisory|advis[oe]rs|agency|solutions)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SenderClass:
    is_vendor: bool
    reason: str  # one sentence for the audit trail and the tests


def classify_sender(
    job_title: str | None, company: str | None, function: str | None
) -> SenderClass:
    """Whether a contact request's sender counts as a vendor or consultant, and why."""
    if function in VENDOR_FUNCTIONS:
        return SenderClass(True, f"Their function is {function}.")
    if job_title and (match := _TITLE_WORDS.search(job_title)):
        return SenderClass(True, f'Their title contains "{match.group(0)}".')
    if company and (match := _COMPANY_WORDS.search(company)):
        return SenderClass(True, f'Their company name contains "{match.group(0)}".')
    return SenderClass(False, "Neither their function, title nor company suggests they sell.")


def normalise_expertise(raw: str, *, limit: int = 10, max_length: int = 60) -> list[str]:
    """Comma- or line-separated areas of expertise, trimmed, de-duplicated (case-insensitively)."""
    areas: list[str] = []
    seen: set[str] = set()
    for part in re.split(r"[,\n;]", raw or ""):
        label = " ".join(part.split())[:max_length]
        if label and label.lower() not in seen:
            seen.add(label.lower())
            areas.append(label)
    return areas[:limit]
