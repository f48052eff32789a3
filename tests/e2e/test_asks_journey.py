"""Asking peers, then vendors on the asker's terms, in the browser: a CMO asks, two peers reply
in the thread, she opens it to vendors, two consultants respond privately, she accepts one and
declines the other, who never learns who else responded. Desktop and phone, with axe-core."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from community.auth import services as auth_services
from community.db_types import utcnow
from community.moderation import house_rules

from .pages import check_page, flash, heading, main_nav, next_document, sign_in, switch_to

pytestmark = pytest.mark.e2e

TITLE = "A partner for social listening in EMEA"
NEED = (
    "We need a partner for a social listening rollout in EMEA: twelve markets, four languages, "
    "and a team of three to train. Who have you used, and what would you do differently?"
)
ALICE_ANSWER = (
    "We ran a similar rollout for a retailer across nine European markets last year. The hard "
    "part was agreeing the taxonomy per language before any tooling; happy to share how."
)
BOB_ANSWER = (
    "I have helped two retailers set up multilingual listening. What worked was starting with "
    "the questions each market team already asks, then choosing the tool."
)

# (provider identity, job title, company) of the people in the journey.
PEOPLE = {
    "demo-member-2": ("Chief Marketing Officer", "Northwind Retail"),  # Sofia Rossi, who asks
    "demo-member-1": ("Chief Digital Officer", "Contoso"),  # Daniel Okafor, a peer
    "demo-member-3": ("Chief Operating Officer", "Fabrikam"),  # Tom Becker, a peer
    "test-alice": ("Managing Consultant", "Listening Partners Consulting"),
    "test-bob": ("Account Executive", "SocialScope"),
}


def _members(site) -> None:
    from tests.conftest import TEST_IDENTITIES

    identities = {identity["sub"]: identity for identity in TEST_IDENTITIES}
    with site.database() as session:
        for sub, (title, company) in PEOPLE.items():
            user = auth_services.sign_in(identities[sub])
            auth_services.add_role(None, user, "member", "journey fixture: admitted by the board")
            user.membership_status, user.member_since = "active", utcnow()
            user.job_title, user.company = title, company
            house_rules.accept_rules(user, house_rules.current_rules().version)
        session.commit()


class AsksArea:
    def __init__(self, page: Page):
        self.page = page

    def open_ask(self, url: str) -> None:
        self.page.goto(url)
        heading(self.page, TITLE)

    def reply_in_thread(self, body: str) -> None:
        self.page.get_by_role("link", name=re.compile(r"^Peers' replies in the thread")).click()
        heading(self.page, TITLE)
        self.page.get_by_label("Your reply").fill(body)
        with next_document(self.page):
            self.page.get_by_role("button", name="Post reply").click()

    def respond(self, body: str) -> None:
        self.page.get_by_label("Your response, to the asker only").fill(body)
        self.page.get_by_role("button", name="Send to the asker").click()
        flash(self.page, "Your response is sent, to the asker only.")


def test_a_cmo_asks_peers_then_vendors_and_chooses_whom_to_talk_to(page, site):
    _members(site)
    asks = AsksArea(page)

    page.goto("/")
    sign_in(page, "demo-member-2")
    main_nav(page, "Ask peers")
    heading(page, "Ask peers")
    check_page(page, "asks list")
    page.get_by_role("link", name="Ask for recommendations").first.click()
    heading(page, "Ask for recommendations")
    page.get_by_label("What you are looking for").fill(TITLE)
    page.get_by_label("The need").fill(NEED)
    page.get_by_label("Budget range").fill("EUR 150-250k")
    page.get_by_label("Timeline").fill("Start in Q3")
    page.get_by_role("button", name="Post request").click()
    flash(page, "Your request is posted.")
    heading(page, TITLE)
    check_page(page, "ask as the asker")
    ask_url = page.url

    # Two peers reply in the thread, as in any thread.
    for sub, reply in (
        ("demo-member-1", "We used Brandwatch for eight markets; the taxonomy took longest."),
        ("demo-member-3", "Talkwalker worked for us in DACH; insist on native-speaker analysts."),
    ):
        switch_to(page, sub)
        asks.open_ask(ask_url)
        expect(page.get_by_role("button", name="Send to the asker")).to_have_count(0)
        asks.reply_in_thread(reply)
        expect(page.get_by_text(reply)).to_be_visible()

    # She opens it to vendors and consultants.
    switch_to(page, "demo-member-2")
    asks.open_ask(ask_url)
    expect(page.get_by_role("link", name="Peers' replies in the thread (2)")).to_be_visible()
    page.get_by_label("Days vendors have to respond").fill("7")
    page.get_by_role("button", name="Open to vendors").click()
    flash(page, "Members who provide services may now respond to you privately.")

    # Two consultants respond privately; neither sees the other.
    for sub, answer in (("test-alice", ALICE_ANSWER), ("test-bob", BOB_ANSWER)):
        switch_to(page, sub)
        asks.open_ask(ask_url)
        if sub == "test-alice":
            check_page(page, "ask as a consultant")
        asks.respond(answer)
        expect(page.get_by_text("You sent your response")).to_be_visible()
        expect(page.get_by_text("Private responses (")).to_have_count(0)

    # Side by side for her: she accepts Alice and declines Bob.
    switch_to(page, "demo-member-2")
    asks.open_ask(ask_url)
    expect(page.get_by_role("heading", name="Private responses (2)")).to_be_visible()
    check_page(page, "responses side by side")
    page.get_by_role("button", name="Accept Alice Tester and talk").click()
    flash(page, "Accepted: you are connected")
    expect(page.get_by_text(ALICE_ANSWER)).to_be_visible()
    check_page(page, "conversation from an accepted response")
    asks.open_ask(ask_url)
    page.get_by_role("button", name="Decline Bob Tester").click()
    flash(page, "Declined. They are not told.")

    # Bob still reads "sent", and nothing tells him who else responded or that he was declined.
    switch_to(page, "test-bob")
    asks.open_ask(ask_url)
    expect(page.get_by_text("You sent your response")).to_be_visible()
    content = page.get_by_role("main").inner_text()
    assert "Alice" not in content and "declin" not in content.lower()
    check_page(page, "ask as a declined consultant")
    page.get_by_role("link", name=re.compile(r"^Peers' replies in the thread")).click()
    assert "Alice" not in page.get_by_role("main").inner_text()
