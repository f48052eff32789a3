"""House rules: one board member proposes a version with a summary, another approves and it is
published; members accept the new one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.audit import AuditEvent
from community.errors import Conflict, DomainError, NotPermitted
from community.extensions import db
from community.membership import services as membership
from community.membership.models import Proposal
from community.moderation import house_rules
from tests.moderation.conftest import accept_rules

NEW_RULES = house_rules.DEFAULT_RULES + "6. **No recruiting.** Job offers go elsewhere.\n"


@pytest.fixture
def second_board_member(person):
    return person("member", "board", name="Sam Second")


def propose_rules(proposer, body: str, summary: str, based_on: int | None = None) -> Proposal:
    payload = {"body": body, "summary": summary, "based_on": based_on}
    return membership.propose(proposer, "house_rules", payload, summary or "(no summary)")


def publish(proposer, approver, body: str, summary: str, based_on: int | None = None):
    proposal = propose_rules(proposer, body, summary, based_on)
    return membership.approve_proposal(approver, proposal.id, "Agreed")


def test_the_built_in_rules_are_version_one(app):
    assert house_rules.current_rules().version == 1


def test_a_version_is_published_when_a_second_board_member_approves_it_and_both_are_audited(
    board_member, second_board_member
):
    proposal = propose_rules(board_member, NEW_RULES, "Adds a rule against recruiting.")
    assert proposal.summary.startswith("Version 2: 1 line(s) added, 0 removed.")
    assert house_rules.current_rules().version == 1  # nothing published yet
    with pytest.raises(NotPermitted, match="Another board member"):
        membership.approve_proposal(board_member, proposal.id)
    rules = membership.approve_proposal(second_board_member, proposal.id, "Agreed")
    assert rules.version == 2 and rules.created_by_id == board_member.id
    assert house_rules.current_rules().body == NEW_RULES.strip()
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "house_rules.published")
    )
    assert event.actor_id == second_board_member.id
    assert event.before_data == {"version": 1} and event.after_data["version"] == 2
    assert event.after_data["proposed_by"] == board_member.id
    assert event.reason == "Adds a rule against recruiting."
    proposed = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "proposal.proposed"))
    assert proposed.actor_id == board_member.id


def test_house_rules_cannot_be_published_without_an_approved_proposal(board_member):
    with pytest.raises(NotPermitted, match="only by proposal"):
        house_rules.publish_rules(board_member, NEW_RULES, "Alone", proposal=None)
    proposal = propose_rules(board_member, NEW_RULES, "Adds a rule against recruiting.")
    with pytest.raises(NotPermitted, match="only by proposal"):
        house_rules.publish_rules(board_member, NEW_RULES, "Alone", proposal=proposal)
    assert house_rules.current_rules().version == 1


def test_only_the_board_proposes_house_rules(member, moderator, admin):
    for person in (member, moderator, admin):
        with pytest.raises(NotPermitted):
            propose_rules(person, NEW_RULES, "Sneaky")


def test_a_new_version_needs_a_summary_of_what_changed(board_member):
    with pytest.raises(DomainError, match="what changed"):
        propose_rules(board_member, NEW_RULES, "   ")


def test_proposing_the_same_text_again_is_refused(board_member):
    with pytest.raises(DomainError, match="same text"):
        propose_rules(board_member, house_rules.DEFAULT_RULES, "Nothing")


def test_an_edit_based_on_an_old_version_is_refused_rather_than_lost(
    board_member, second_board_member
):
    mine = propose_rules(board_member, NEW_RULES + "7. More.\n", "My addition", based_on=1)
    publish(second_board_member, board_member, NEW_RULES, "Recruiting rule", based_on=1)
    with pytest.raises(Conflict, match="was published while you were editing"):
        membership.approve_proposal(second_board_member, mine.id)
    with pytest.raises(Conflict, match="was published while you were editing"):
        propose_rules(board_member, NEW_RULES + "7. More.\n", "My addition", based_on=1)
    assert house_rules.current_rules().version == 2
    assert db.session.get(Proposal, mine.id).status == "proposed"  # the refusal changed nothing


def test_members_must_accept_a_new_version_before_posting(
    member, board_member, second_board_member
):
    accept_rules(member)
    assert not house_rules.needs_to_accept(member)
    publish(board_member, second_board_member, NEW_RULES, "Recruiting rule")
    assert house_rules.needs_to_accept(member)
    accept_rules(member)
    assert not house_rules.needs_to_accept(member)
    assert member.house_rules_accepted_version == 2


def test_the_difference_between_versions_is_shown_line_by_line():
    lines = house_rules.diff_lines("one\ntwo\nthree", "one\nTWO\nthree\nfour")
    assert ("removed", "two") in lines and ("added", "TWO") in lines
    assert ("added", "four") in lines and ("same", "one") in lines


def test_the_board_edits_the_rules_in_the_browser_and_another_board_member_approves(
    client, auth, board_member, second_board_member
):
    auth.login(board_member)
    page = client.get("/moderation/house-rules")
    assert page.status_code == 200
    assert b"Version 1 is in force" in page.data
    response = client.post(
        "/moderation/house-rules",
        data={"body": NEW_RULES, "summary": "Adds a rule against recruiting.", "based_on": "1"},
        follow_redirects=True,
    )
    assert response.status_code == 200
    assert b"when another board member approves it" in response.data
    assert b"Adds a rule against recruiting." in response.data
    assert house_rules.current_rules().version == 1
    proposal = db.session.scalar(select(Proposal))
    auth.login(second_board_member)
    response = client.post(f"/membership/board/proposals/{proposal.id}", data={"action": "approve"})
    assert response.status_code == 302
    assert house_rules.current_rules().version == 2
    history = client.get("/moderation/house-rules/history")
    assert b"No recruiting." in history.data  # the line-by-line difference


def test_a_rules_edit_with_problems_keeps_the_text_and_says_why(client, auth, board_member):
    auth.login(board_member)
    response = client.post(
        "/moderation/house-rules",
        data={"body": NEW_RULES, "summary": "", "based_on": "1"},
    )
    assert response.status_code == 400
    assert b"There is a problem" in response.data
    assert b"No recruiting." in response.data
    assert house_rules.current_rules().version == 1


def test_anyone_can_read_the_history_of_the_rules(client, board_member, second_board_member):
    publish(board_member, second_board_member, NEW_RULES, "Adds a rule against recruiting.")
    response = client.get("/moderation/house-rules/history")
    assert response.status_code == 200
    assert b"Version 2" in response.data and b"Version 1" in response.data
    assert b"Edit the house rules" not in response.data


def test_the_public_rules_page_shows_the_version_in_force(
    client, board_member, second_board_member
):
    publish(board_member, second_board_member, NEW_RULES, "Adds a rule against recruiting.")
    response = client.get("/house-rules")
    assert b"Version 2" in response.data and b"No recruiting." in response.data


def test_a_board_member_editing_an_old_version_is_told_and_keeps_their_text(
    client, auth, board_member, second_board_member, person
):
    publish(person("member", "board"), second_board_member, NEW_RULES, "Recruiting rule")
    auth.login(board_member)
    mine = NEW_RULES + "7. **Be on time.**\n"
    response = client.post(
        "/moderation/house-rules", data={"body": mine, "summary": "Punctuality", "based_on": "1"}
    )
    assert response.status_code == 409
    assert b"was published while you were editing" in response.data
    assert b"Be on time." in response.data
    assert b'name="based_on" type="hidden" value="2"' in response.data
    assert house_rules.current_rules().version == 2
