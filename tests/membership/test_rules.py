"""The membership rules that need no database: free mail, recusal, quorum, LinkedIn addresses."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from community.membership import rules

ROOT = Path(__file__).resolve().parents[2]


def test_the_rules_module_imports_neither_flask_nor_sqlalchemy():
    code = (
        "import sys, community.membership.rules; "
        "print(sorted(m for m in ('flask', 'sqlalchemy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "domain",
    ["gmail.com", "GMAIL.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
     "proton.me", "protonmail.com", "gmx.de", "gmx.net", "web.de", "aol.com", "live.com",
     "msn.com", "yandex.ru", "yandex.com", "mail.ru", "qq.com", "163.com"],
)  # fmt: skip
def test_free_mail_domains_are_recognised(domain):
    assert rules.is_free_mail(domain)
    assert rules.work_domain(f"someone@{domain}") == ""


@pytest.mark.parametrize("domain", ["acme.com", "lumen-health.example", "gmxpress.com", "web.dev"])
def test_company_domains_are_not_free_mail(domain):
    assert not rules.is_free_mail(domain)
    assert rules.work_domain(f"someone@{domain}") == domain


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Acme Inc.", "ACME"),
        ("Acme, Inc", "acme"),
        ("The Acme Company Ltd", "Acme"),
        ("Société Générale SA", "societe generale"),
        ("Patel & Rao", "Patel and Rao"),
        ("  Fjord   Energy AS ", "fjord energy"),
    ],
)
def test_company_names_are_compared_without_case_punctuation_accents_or_legal_form(left, right):
    assert rules.normalise_company(left) == rules.normalise_company(right)


def test_different_companies_stay_different():
    assert rules.normalise_company("Acme Health") != rules.normalise_company("Acme Foods")
    assert rules.normalise_company("Group") == "group"  # a name that is only a suffix survives


def test_recusal_by_company_or_shared_work_domain_but_not_by_free_mail():
    assert "same company" in rules.recusal_reason("Acme Inc", [], "ACME", [])
    assert "acme.com" in rules.recusal_reason("Other", ["b@acme.com"], "Else", ["a@acme.com"])
    assert rules.recusal_reason("Other", ["b@gmail.com"], "Else", ["a@gmail.com"]) is None
    assert rules.recusal_reason(None, [None], None, [None]) is None


def test_a_quorum_of_matching_votes_decides_and_abstentions_count_for_nothing():
    assert rules.Tally.of(["approve"]).outcome(2) is None
    assert rules.Tally.of(["approve", "approve"]).outcome(2) == "approve"
    assert rules.Tally.of(["reject", "approve", "reject"]).outcome(2) == "reject"
    assert rules.Tally.of(["abstain", "abstain", "approve"]).outcome(2) is None
    assert rules.Tally.of(["uphold", "uphold"]).outcome(2) == "approve"
    assert rules.Tally.of(["deny"]).outcome(1) == "reject"


@pytest.mark.parametrize(
    ("before", "after", "title_changed", "expected"),
    [
        ("eligible", "ineligible", False, True),
        ("eligible", "review", False, True),
        ("review", "ineligible", False, True),
        ("review", "review", False, False),
        ("ineligible", "ineligible", False, False),  # an exception stays an exception
        ("ineligible", "ineligible", True, True),  # but a new ineligible title is reviewed
        ("eligible", "eligible", True, False),
        ("ineligible", "eligible", True, False),
    ],
)
def test_which_changes_send_a_member_to_review(before, after, title_changed, expected):
    assert rules.member_needs_review(before, after, title_changed=title_changed) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.linkedin.com/in/nadia-newcomer",
            "https://www.linkedin.com/in/nadia-newcomer",
        ),
        ("http://linkedin.com/in/nadia/", "https://www.linkedin.com/in/nadia"),
        ("linkedin.com/in/nadia?trk=x", "https://www.linkedin.com/in/nadia"),
        ("https://fr.linkedin.com/in/nadia", "https://www.linkedin.com/in/nadia"),
        ("https://www.linkedin.com/company/acme", None),
        ("https://www.linkedin.com/in/nadia/details/experience", None),
        ("https://linkedin.com.evil.example/in/nadia", None),
        ("https://evil.example/linkedin.com/in/nadia", None),
        ("https://user:pw@linkedin.com/in/nadia", None),
        ("javascript:alert(1)", None),
        ("ftp://linkedin.com/in/nadia", None),
        ("", None),
    ],
)
def test_only_linkedin_profile_addresses_are_accepted(url, expected):
    assert rules.normalise_linkedin_url(url) == expected


def test_months_for_the_invitation_quota_are_calendar_months_in_utc():
    moment = datetime(2025, 12, 31, 23, 59, tzinfo=UTC)
    assert rules.month_start(moment) == datetime(2025, 12, 1, tzinfo=UTC)
    assert rules.next_month_start(moment) == datetime(2026, 1, 1, tzinfo=UTC)
