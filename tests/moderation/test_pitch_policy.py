"""Labelled examples and the board's page on how the pitch policy performs against them."""

from __future__ import annotations

import pytest

from community.moderation import services
from tests.moderation.conftest import PITCH_BODY, start_thread, writer


@pytest.fixture
def decided(mod, author, category, held_post):
    """One example in each bucket: held and rejected, held and approved, flagged and missed,
    flagged and allowed."""
    services.hide_post(mod, held_post.id, "sales_pitch", "Advertising.")
    other = writer(name="Olga Other")
    false_alarm = start_thread(other, category, "Pricing question", PITCH_BODY)
    services.approve_post(mod, false_alarm.id, "Asking, not selling.")
    subtle = start_thread(other, category, "Lessons from our rollout", "We learned a lot.")
    quiet = start_thread(author, category, "Board packs", "How long are yours?")
    for post in (subtle, quiet):
        services.flag_post(writer(name="Flagger"), post.id, "sales_pitch")
    services.hide_post(mod, subtle.id, "sales_pitch", "A pitch in disguise.")
    services.approve_post(mod, quiet.id)
    return {"rejected": held_post, "approved": false_alarm, "missed": subtle, "allowed": quiet}


def test_each_decision_lands_in_its_bucket(decided):
    performance = services.policy_performance()
    assert performance.counts == {
        "held_rejected": 1,
        "held_approved": 1,
        "flagged_missed": 1,
        "flagged_allowed": 1,
    }
    assert performance.precision == 0.5 and performance.recall == 0.5


def test_the_signals_behind_wrong_holds_are_counted(decided):
    signals = {signal: (hit, miss) for signal, hit, miss in services.policy_performance().signals}
    assert signals and all(hit == 1 and miss == 1 for hit, miss in signals.values())


def test_the_board_reads_the_performance_page(client, auth, board_member, decided):
    auth.login(board_member)
    response = client.get("/moderation/pitch-policy")
    page = response.data.decode()
    assert response.status_code == 200
    assert "Precision" in page and "50%" in page
    assert "Held, but moderators found no pitch" in page
    only_missed = client.get("/moderation/pitch-policy?bucket=flagged_missed").data.decode()
    assert "Lessons from our rollout" in only_missed and "Pricing question" not in only_missed


def test_an_unknown_bucket_is_not_found(client, auth, board_member):
    auth.login(board_member)
    assert client.get("/moderation/pitch-policy?bucket=everything").status_code == 404


def test_the_page_explains_itself_before_any_decision(client, auth, board_member):
    auth.login(board_member)
    response = client.get("/moderation/pitch-policy")
    assert b"No decisions yet" in response.data
