"""House rules: the board publishes versions with a summary; members accept the new one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.audit import AuditEvent
from community.errors import Conflict, DomainError, NotPermitted
from community.extensions import db
from community.moderation import house_rules
from tests.moderation.conftest import accept_rules

NEW_RULES = house_rules.DEFAULT_RULES + "6. **No recruiting.** Job offers go elsewhere.\n"


def test_the_built_in_rules_are_version_one(app):
    assert house_rules.current_rules().version == 1


def test_a_board_member_publishes_a_new_version_with_an_audit_record(board_member):
    rules = house_rules.publish_rules(board_member, NEW_RULES, "Adds a rule against recruiting.")
    assert rules.version == 2
    assert house_rules.current_rules().body == NEW_RULES.strip()
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "house_rules.published")
    )
    assert event.actor_id == board_member.id
    assert event.before_data == {"version": 1} and event.after_data == {"version": 2}
    assert event.reason == "Adds a rule against recruiting."


def test_only_the_board_publishes_house_rules(member, moderator, admin):
    for person in (member, moderator, admin):
        with pytest.raises(NotPermitted):
            house_rules.publish_rules(person, NEW_RULES, "Sneaky")


def test_a_new_version_needs_a_summary_of_what_changed(board_member):
    with pytest.raises(DomainError, match="what changed"):
        house_rules.publish_rules(board_member, NEW_RULES, "   ")


def test_publishing_the_same_text_again_is_refused(board_member):
    with pytest.raises(DomainError, match="same text"):
        house_rules.publish_rules(board_member, house_rules.DEFAULT_RULES, "Nothing")


def test_an_edit_based_on_an_old_version_is_refused_rather_than_lost(board_member, person):
    other = person("member", "board")
    house_rules.publish_rules(other, NEW_RULES, "Recruiting rule", based_on=1)
    with pytest.raises(Conflict, match="was published while you were editing"):
        house_rules.publish_rules(board_member, NEW_RULES + "7. More.\n", "Mine", based_on=1)
    assert house_rules.current_rules().version == 2


def test_members_must_accept_a_new_version_before_posting(member, board_member):
    accept_rules(member)
    assert not house_rules.needs_to_accept(member)
    house_rules.publish_rules(board_member, NEW_RULES, "Recruiting rule")
    assert house_rules.needs_to_accept(member)
    accept_rules(member)
    assert not house_rules.needs_to_accept(member)
    assert member.house_rules_accepted_version == 2


def test_the_difference_between_versions_is_shown_line_by_line():
    lines = house_rules.diff_lines("one\ntwo\nthree", "one\nTWO\nthree\nfour")
    assert ("removed", "two") in lines and ("added", "TWO") in lines
    assert ("added", "four") in lines and ("same", "one") in lines


def test_the_board_edits_the_rules_in_the_browser(client, auth, board_member):
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
    assert b"Version 2 is published" in response.data
    assert b"Adds a rule against recruiting." in response.data
    assert b"No recruiting." in response.data  # the line-by-line difference
    assert house_rules.current_rules().version == 2


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


def test_anyone_can_read_the_history_of_the_rules(client, board_member):
    house_rules.publish_rules(board_member, NEW_RULES, "Adds a rule against recruiting.")
    response = client.get("/moderation/house-rules/history")
    assert response.status_code == 200
    assert b"Version 2" in response.data and b"Version 1" in response.data
    assert b"Edit the house rules" not in response.data


def test_the_public_rules_page_shows_the_version_in_force(client, board_member):
    house_rules.publish_rules(board_member, NEW_RULES, "Adds a rule against recruiting.")
    response = client.get("/house-rules")
    assert b"Version 2" in response.data and b"No recruiting." in response.data


def test_a_board_member_editing_an_old_version_is_told_and_keeps_their_text(
    client, auth, board_member, person
):
    house_rules.publish_rules(person("member", "board"), NEW_RULES, "Recruiting rule")
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
