"""Links, addresses and phone numbers in a post: what kind of page a link leads to, and the
signals that follow (a booking page, a lead form, the author's own domain, business contacts)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from .findings import Finding

# Booking pages exist to put a sales call on the reader's calendar.
_SCHEDULING_HOSTS = (
    "calendly.com",
    "cal.com",
    "savvycal.com",
    "tidycal.com",
    "zcal.co",
    "chilipiper.com",
    "meetings.hubspot.com",
    "youcanbook.me",
    "acuityscheduling.com",
    "oncehub.com",
    "appointlet.com",
)
# Forms and link pages that collect the reader's details.
_LEAD_FORM_HOSTS = (
    "typeform.com",
    "jotform.com",
    "hsforms.com",
    "hsforms.net",
    "tally.so",
    "forms.gle",
    "linktr.ee",
    "leadpages.net",
)
# Shorteners hide where a link goes, which is how lead links are usually dressed up.
_SHORTENER_HOSTS = (
    "bit.ly",
    "tinyurl.com",
    "ow.ly",
    "buff.ly",
    "rebrand.ly",
    "cutt.ly",
    "shorturl.at",
    "is.gd",
    "lnkd.in",
)
_NEWSLETTER_HOSTS = ("substack.com", "beehiiv.com", "ghost.io", "convertkit.com", "list-manage.com")
_LAUNCH_HOSTS = ("producthunt.com",)
# News, research and public records: linking them informs the discussion.
_PUBLIC_REFERENCE_HOSTS = (
    "ft.com",
    "reuters.com",
    "wsj.com",
    "bloomberg.com",
    "nytimes.com",
    "economist.com",
    "washingtonpost.com",
    "theguardian.com",
    "bbc.co.uk",
    "bbc.com",
    "apnews.com",
    "cnbc.com",
    "axios.com",
    "theinformation.com",
    "techcrunch.com",
    "fortune.com",
    "hbr.org",
    "mckinsey.com",
    "bcg.com",
    "bain.com",
    "deloitte.com",
    "pwc.com",
    "ey.com",
    "kpmg.com",
    "gartner.com",
    "forrester.com",
    "imf.org",
    "worldbank.org",
    "oecd.org",
    "nber.org",
    "ssrn.com",
    "arxiv.org",
    "wikipedia.org",
    "fedsmallbusiness.org",
    "aflcio.org",
    "prnewswire.com",
    "businesswire.com",
    "github.com",
    "youtube.com",
    "docs.google.com",
)
_PUBLIC_REFERENCE_SUFFIXES = (".gov", ".edu", ".int", ".gov.uk", ".europa.eu")

# Path words of pages built to capture a lead or take an order.
_COMMERCIAL_WORDS = (
    r"(?:demo|trial|signup|sign-up|register|registration|pricing|waitlist|webinar|download|quote|"
    r"audit|book|booking|tickets?|rsvp|enquire|enquiry|contact|partners|start|open|launch|offer|"
    r"deal|apply|get-started|subscribe|checklist|benchmark|sample-report|playbook|ebook|"
    r"whitepaper|workshop|termin|free|check)"
)
# The word must open or close a path segment: "/request-demo" but not "/why-pricing-fails".
_COMMERCIAL_PATH = re.compile(
    rf"/(?:{_COMMERCIAL_WORDS}(?:[-_][^/]*)?|[^/]*[-_]{_COMMERCIAL_WORDS})(?:/|$)", re.IGNORECASE
)
_OWN_CONTENT_PATH = re.compile(r"/(?:blog|insights|research|p|cases|customers)(?:/|$)", re.I)
_TRACKING_QUERY = re.compile(r"(?:^|&)(?:utm_\w+|ref|aff|affiliate)=", re.IGNORECASE)
_HIRING_PATH = re.compile(
    r"/(?:careers?|jobs|vacatures|vacancies|stellen\w*|karriere|empleo|empleos|carreiras|emplois|"
    r"lavora-con-noi|join-us|hiring)(?:/|$)",
    re.IGNORECASE,
)
# Words that point the reader at a link to act on it: "Sign up: x.com", "Details at x.com",
# "→ x.com", "[Save your seat](...)". A link introduced this way is an ask, not a citation.
_LINK_LEAD_IN = re.compile(
    r"(?:register|sign[- ]?up|apply|enrol+|book(?:ing)?|order|subscribe|download|join|listen|"
    r"grab|get|claim|request|start|try|switch|details|info|more|quote|tickets?|demo|visit|"
    r"check\s+(?:it\s+)?out|learn\s+more|find\s+out|form|reel|seat|copy|"
    r"aqu[íi]|ici|hier|qui|aqui|inscri\w*|meld\w*|iscri\w*|prenot\w*|pida|bezoek|lien|enlace|"
    r"anmeld\w*|link|→|->|👉)"
    r"(?:\W{1,3}\w+){0,6}?\W*(?::|\bat|\bon|\bvia|\bhere|→|->|👉|\ben|\bsur|\bunter|\bop|\bsu|"
    r"\bem)?\s*$",
    re.IGNORECASE,
)
_DOCUMENT_PATH = re.compile(r"\.(?:pdf|docx?|pptx?|xlsx?)$", re.IGNORECASE)

_MARKDOWN_LINK = re.compile(r"\[([^\]\n]{0,300})\]\(\s*(<?[^)\s>]{1,500}>?)[^)\n]{0,200}\)")
_BARE_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]\"']{1,500}", re.IGNORECASE)
# Bare domains count as links only when written as addresses (lowercase), not brand names.
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./-])(?:[a-z0-9-]{1,63}\.){1,3}(?:com|io|ai|co|net|org|app|dev|fm|events|agency|"
    r"academy|pro|de|fr|es|uk|nyc)(?:/[^\s<>()\[\]\"']{0,300})?(?![\w@-])"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@(?:[\w-]{1,63}\.){1,4}[a-z]{2,24}\b", re.I)
# Eight to fifteen digits with separators; amounts, years and percentages are excluded below.
_PHONE = re.compile(r"(?<![\w$€£/.,%-])\+?\(?\d[\d\s().-]{6,20}\d(?![\w%/,])")


@dataclass(frozen=True)
class Link:
    url: str
    host: str
    path: str
    query: str
    lead_in: str = ""
    start: int = -1


def link_findings(links: list[Link], own_domains: set[str]) -> list[Finding]:
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(signal: str, weight: float, text: str, span: str) -> None:
        if (signal, text) not in seen:
            seen.add((signal, text))
            findings.append(Finding(signal, weight, text, span))

    domain_counts: dict[str, int] = {}
    for link in links:
        domain = _registrable(link.host)
        public = is_public_reference(link.host)
        if _host_in(link.host, _SCHEDULING_HOSTS) or "hubspot.com/meetings" in link.url.lower():
            add("scheduling_link", 0.65, "Links to a page for booking a sales meeting.", link.url)
        elif _host_in(link.host, _LEAD_FORM_HOSTS) or "docs.google.com/forms" in link.url.lower():
            add("lead_capture", 0.45, "Links to a form that collects readers' details.", link.url)
        elif _host_in(link.host, _SHORTENER_HOSTS):
            add("lead_capture", 0.45, "Uses a shortened link that hides where it goes.", link.url)
        elif _host_in(link.host, _NEWSLETTER_HOSTS):
            add("content_promotion", 0.35, "Links to a newsletter or blog signup.", link.url)
        elif _host_in(link.host, _LAUNCH_HOSTS):
            add("self_promotion", 0.35, "Links to a product launch page.", link.url)
        elif not public and not _HIRING_PATH.search(link.path):
            if _COMMERCIAL_PATH.search(link.path):
                add("lead_capture", 0.4, "Links to a sign-up, demo or pricing page.", link.url)
            elif _OWN_CONTENT_PATH.search(link.path):
                add("content_promotion", 0.2, "Links to a company's blog or insights.", link.url)
            elif link.path.strip("/") == "":
                add("product_link", 0.3, "Links to a company's home page.", link.url)
            elif not _DOCUMENT_PATH.search(link.path):
                add("product_link", 0.15, "Links to a company's website.", link.url)
            if _LINK_LEAD_IN.search(link.lead_in):
                add("lead_capture", 0.3, "Points readers to a link to sign up or buy.", link.url)
        if _TRACKING_QUERY.search(link.query) and not public:
            add("lead_capture", 0.3, "Uses a marketing tracking link.", link.url)
        if own_domains and any(_domain_matches(link.host, own) for own in own_domains):
            add("own_domain", 0.45, "Links to your own company's website.", link.url)
        if not public:
            domain_counts[domain] = domain_counts.get(domain, 0) + 1
            if domain_counts[domain] == 2:
                add("repeated_domain", 0.35, f"Links to {domain} more than once.", link.url)
    return findings


def contact_findings(text: str, links: list[Link], own_domains: set[str]) -> list[Finding]:
    findings = []
    email = _EMAIL.search(text)
    if email:
        findings.append(
            Finding(
                "contact_details",
                0.3,
                "Gives an email address for readers to contact you.",
                email.group(0),
            )
        )
        email_domain = normalise_domain(email.group(0).rsplit("@", 1)[1])
        if own_domains and any(_domain_matches(email_domain, own) for own in own_domains):
            findings.append(
                Finding("own_domain", 0.3, "Gives your work email for contact.", email.group(0))
            )
    without_links = mask(mask_links(text, links), _EMAIL)
    for match in _PHONE.finditer(without_links):
        candidate = match.group(0)
        digits = sum(character.isdigit() for character in candidate)
        has_separator = any(separator in candidate for separator in " -.()") or "+" in candidate
        if 8 <= digits <= 15 and has_separator and not _looks_like_year_span(candidate):
            findings.append(
                Finding(
                    "contact_details",
                    0.3,
                    "Gives a phone number for readers to call.",
                    candidate.strip(),
                )
            )
            break
    return findings


def find_links(text: str) -> list[Link]:
    links: list[Link] = []
    taken: list[tuple[int, int]] = []
    for match in _MARKDOWN_LINK.finditer(text):
        links.append(_parse_link(match.group(2).strip("<>"), match.group(1)))
        taken.append(match.span())
    for pattern in (_BARE_URL, _BARE_DOMAIN):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in taken):
                continue
            line_start = text.rfind("\n", 0, match.start()) + 1
            lead_in = text[max(line_start, match.start() - 80) : match.start()]
            links.append(_parse_link(match.group(0).rstrip(".,;:!?*_"), lead_in))
            taken.append(match.span())
    return [link for link in links if link.host]


def _parse_link(url: str, lead_in: str = "") -> Link:
    candidate = url if "://" in url else f"http://{url}"
    try:
        parts = urlsplit(candidate)
        host = (parts.hostname or "").lower()
    except ValueError:
        return Link(url, "", "", "")
    return Link(url, host.removeprefix("www."), parts.path, parts.query, lead_in)


def mask(text: str, pattern: re.Pattern[str]) -> str:
    """Blank out matches but keep offsets, so spans can be cut from the original text."""
    return pattern.sub(lambda match: " " * len(match.group(0)), text)


def mask_links(text: str, links: list[Link]) -> str:
    for link in links:
        text = text.replace(link.url, " " * len(link.url))
    return text


def normalise_domain(domain: str) -> str:
    domain = domain.strip().lower().lstrip("@")
    if "://" in domain:
        try:
            domain = urlsplit(domain).hostname or ""
        except ValueError:  # malformed, e.g. an unclosed IPv6 bracket
            return ""
    return domain.removeprefix("www.").strip(".")


def _registrable(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "com", "org", "gov", "ac", "net"}:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _domain_matches(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _host_in(host: str, hosts: Iterable[str]) -> bool:
    return any(_domain_matches(host, candidate) for candidate in hosts)


def is_public_reference(host: str) -> bool:
    return _host_in(host, _PUBLIC_REFERENCE_HOSTS) or host.endswith(_PUBLIC_REFERENCE_SUFFIXES)


def _looks_like_year_span(candidate: str) -> bool:
    return bool(re.fullmatch(r"\(?(?:19|20)\d\d\)?(?:\s*[-–]\s*\(?(?:19|20)\d\d\)?)+", candidate))
