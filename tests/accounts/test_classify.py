"""Who counts as a vendor or consultant, and expertise lists (pure Python)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from community.accounts.classify import classify_sender, normalise_expertise


@pytest.mark.parametrize(
    ("title", "company", "function"),
    [
        ("Managing Partner", "Becker Advisory", None),
        ("Senior Consultant", "Globex", None),
        ("VP Sales", "Initech", None),
        ("Director of Business Development", "Initech", None),
        ("Fractional CMO", "Self-employed", None),
        ("Chief Executive Officer", "Brightside Agency", None),
        ("Chief Revenue Officer", "Umbrella", "sales"),
    ],
)
def test_sellers_and_advisers_are_classed_as_vendors(title, company, function):
    classed = classify_sender(title, company, function)
    assert classed.is_vendor
    assert classed.reason


@pytest.mark.parametrize(
    ("title", "company", "function"),
    [
        ("Chief Marketing Officer", "Aurelia Foods", "marketing"),
        ("Chief Financial Officer", "Mensah Logistics", "finance"),
        ("Head of Digital", "Patel & Rao", None),
        (None, None, None),
    ],
)
def test_peers_who_do_not_sell_are_not_classed_as_vendors(title, company, function):
    assert not classify_sender(title, company, function).is_vendor


def test_expertise_is_trimmed_deduplicated_and_capped():
    raw = " Pricing , pricing,\nM&A;;  brand   architecture ," + ",".join(
        f"x{i}" for i in range(20)
    )
    assert normalise_expertise(raw)[:3] == ["Pricing", "M&A", "brand architecture"]
    assert len(normalise_expertise(raw)) == 10
    assert normalise_expertise("") == []


def test_the_classifier_imports_without_flask_or_the_database():
    code = (
        "import sys, community.accounts.classify; "
        "assert 'flask' not in sys.modules and 'sqlalchemy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
