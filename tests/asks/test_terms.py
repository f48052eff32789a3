"""The rules of an ask, without Flask or a database."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from community.asks import terms

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def refusal(**overrides):
    values = dict(
        is_asker=False,
        provides_services=True,
        ask_status="invited",
        deadline=NOW + timedelta(days=3),
        now=NOW,
        earlier_response=None,
    )
    return terms.response_refusal(**{**values, **overrides})


def test_the_rules_import_neither_flask_nor_sqlalchemy():
    code = (
        "import sys, community.asks.terms; "
        "assert 'flask' not in sys.modules and 'sqlalchemy' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_an_invited_provider_before_the_deadline_may_respond():
    assert refusal() is None


def test_responding_to_a_request_not_opened_to_vendors_is_a_signal():
    assert refusal(ask_status="open").signal == "uninvited_response"


def test_following_up_after_a_decline_reads_like_any_second_response_but_is_a_signal():
    after_decline = refusal(earlier_response="declined")
    second = refusal(earlier_response="sent")
    assert after_decline.message == second.message == terms.ALREADY_RESPONDED
    assert (after_decline.signal, second.signal) == ("after_decline", None)


def test_peers_and_the_asker_are_refused_without_a_signal():
    assert refusal(provides_services=False).signal is None
    assert refusal(is_asker=True).signal is None


def test_the_deadline_closes_responses():
    assert "deadline" in refusal(deadline=NOW).message


def test_deadlines_are_between_one_and_thirty_days():
    assert terms.deadline_from(NOW, 7) == NOW + timedelta(days=7)
    for days in (0, 31):
        with pytest.raises(ValueError):
            terms.deadline_from(NOW, days)


def test_the_thread_body_carries_the_budget_and_timeline_when_given():
    assert terms.thread_body("Need X.", "", "") == "Need X."
    assert terms.thread_body("Need X.", "10k", "") == "Need X.\n\n- **Budget:** 10k"
