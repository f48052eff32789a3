"""Applicants know where they stand: how the policy reads their title before they submit, and
what happens next with how long it usually takes."""

from __future__ import annotations

from datetime import timedelta

from community.extensions import db
from community.membership import rules, services
from tests.membership.helpers import apply, decide, newcomer


def test_the_reading_of_a_title_is_plain_words_from_a_pure_function():
    assert (
        rules.title_reading("director", "eligible") == "Reads as Director level: meets the policy."
    )
    assert rules.title_reading("entry", "ineligible") == (
        "Reads as an entry-level role: below the policy; the board will likely decline."
    )
    assert "could not read a level" in rules.title_reading("unknown", "review")


def test_the_policy_in_force_reads_the_stated_title(app):
    assert services.read_title("Marketing Director") == "Reads as Director level: meets the policy."
    assert "below the policy" in services.read_title("Marketing Intern")
    assert services.read_title(" ") is None


def test_the_median_time_to_decision_counts_the_last_ninety_days(requests_open, board):
    assert services.median_days_to_decision() is None
    waits = (2, 4, 9, 200)
    for number, days in enumerate(waits):
        application = decide(apply(newcomer(f"Waited {number}")), board[:2], "approve", "Fine.")
        application.submitted_at = application.decided_at - timedelta(days=days)
        if days == 200:
            application.decided_at -= timedelta(days=120)  # decided long ago: not counted
    db.session.commit()
    assert round(services.median_days_to_decision()) == 4


def test_the_form_shows_the_reading_without_javascript(client, auth, requests_open):
    nadia = newcomer()
    auth.login(nadia)
    page = client.get("/membership/apply").get_data(as_text=True)
    assert (
        "js/title-preview.js" in page and 'data-title-preview="/membership/title-reading"' in page
    )
    response = client.post(
        "/membership/apply", data={"job_title": "Executive Assistant to the CEO", "action": "check"}
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Reads as an entry-level role: below the policy; the board will likely decline." in page
    assert services.latest_application(nadia) is None  # nothing was submitted


def test_the_reading_endpoint_answers_json_and_writes_nothing(client, auth, requests_open):
    auth.login(newcomer())
    response = client.get("/membership/title-reading?title=VP%20Sales")
    assert response.status_code == 200
    assert response.get_json() == {
        "title": "VP Sales",
        "reading": "Reads as Vice President level: meets the policy.",
    }
    assert client.get("/membership/title-reading").get_json()["reading"] is None


def test_the_status_page_says_what_happens_next_and_how_long_it_takes(
    client, auth, requests_open, board
):
    decided = decide(apply(newcomer("Earlier One")), board[:2], "approve", "Meets the policy.")
    decided.submitted_at = decided.decided_at - timedelta(days=6)
    db.session.commit()
    nadia = newcomer()
    apply(nadia, title="Marketing Director")
    auth.login(nadia)
    page = client.get("/membership/").get_data(as_text=True)
    assert "What happens next" in page and "2 matching votes decide" in page
    assert "Reads as Director level: meets the policy." in page
    assert "decided within <strong>6 days</strong>" in page
