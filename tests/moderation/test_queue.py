"""Flags and the moderation queue: held and flagged posts, the actions on them, and undoing them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotFound, NotPermitted
from community.extensions import db
from community.forum import services as forum_services
from community.forum.models import Post, Thread
from community.mail.models import OutboxMessage
from community.moderation import services
from community.moderation.models import Flag, ModerationAction, PitchLabel
from tests.moderation.conftest import PITCH_BODY, PITCH_TITLE, queue_size, start_thread, writer


def flaggers(count: int) -> list:
    return [writer(name=f"Flagger {n}") for n in range(count)]


def reload(post: Post) -> Post:
    db.session.expire_all()
    return db.session.get(Post, post.id)


def mail_to(user) -> list[OutboxMessage]:
    return list(
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient_id == user.id))
    )


# Flags -------------------------------------------------------------------------------------------


def test_a_member_flags_a_post_with_a_reason(published_post):
    [flagger] = flaggers(1)
    flag = services.flag_post(flagger, published_post.id, "off_topic")
    assert flag.reason == "off_topic" and flag.resolved_at is None
    assert reload(published_post).status == "published"


def test_other_needs_a_note(published_post):
    [flagger] = flaggers(1)
    with pytest.raises(DomainError, match="what is wrong"):
        services.flag_post(flagger, published_post.id, "other", "  ")
    flag = services.flag_post(flagger, published_post.id, "other", "Quotes a private email.")
    assert flag.note == "Quotes a private email."


def test_an_unknown_reason_is_refused(published_post):
    [flagger] = flaggers(1)
    with pytest.raises(DomainError, match="Choose why"):
        services.flag_post(flagger, published_post.id, "boring")


def test_a_member_flags_a_post_only_once(published_post):
    [flagger] = flaggers(1)
    services.flag_post(flagger, published_post.id, "off_topic")
    with pytest.raises(Conflict, match="already flagged"):
        services.flag_post(flagger, published_post.id, "sales_pitch")


def test_nobody_flags_their_own_post(published_post, author):
    with pytest.raises(DomainError, match="your own post"):
        services.flag_post(author, published_post.id, "off_topic")


def test_a_held_post_cannot_be_flagged(held_post):
    [flagger] = flaggers(1)
    with pytest.raises(NotFound):
        services.flag_post(flagger, held_post.id, "sales_pitch")


def test_non_members_cannot_flag(published_post, applicant):
    with pytest.raises(NotPermitted):
        services.flag_post(applicant, published_post.id, "off_topic")


def test_three_flags_hold_the_post_pending_review(published_post):
    first, second, third = flaggers(3)
    services.flag_post(first, published_post.id, "sales_pitch")
    services.flag_post(second, published_post.id, "sales_pitch")
    assert reload(published_post).status == "published"
    services.flag_post(third, published_post.id, "off_topic")
    assert reload(published_post).status == "held"
    entry = db.session.scalar(
        select(ModerationAction).where(ModerationAction.action == "hold_by_flags")
    )
    assert entry.actor_id is None and "3 members flagged" in entry.reason


def test_the_flag_threshold_is_configurable(app, published_post):
    app.config["MODERATION_FLAG_THRESHOLD"] = 1
    [flagger] = flaggers(1)
    services.flag_post(flagger, published_post.id, "confidential")
    assert reload(published_post).status == "held"


def test_a_member_flags_a_post_in_the_browser(client, auth, published_post):
    [flagger] = flaggers(1)
    auth.login(flagger)
    page = client.get(f"/moderation/posts/{published_post.id}/flag")
    assert page.status_code == 200 and b"Sales pitch" in page.data
    response = client.post(
        f"/moderation/posts/{published_post.id}/flag",
        data={"reason": "disrespectful", "note": "Mocks another member."},
        follow_redirects=True,
    )
    assert b"The moderators will look at the post" in response.data
    assert db.session.scalar(select(Flag.note)) == "Mocks another member."


def test_a_flag_without_a_reason_is_shown_again_with_the_error(client, auth, published_post):
    [flagger] = flaggers(1)
    auth.login(flagger)
    response = client.post(f"/moderation/posts/{published_post.id}/flag", data={})
    assert response.status_code == 400
    assert b"Choose a reason." in response.data


def test_other_without_a_note_is_explained_in_the_browser(client, auth, published_post):
    [flagger] = flaggers(1)
    auth.login(flagger)
    response = client.post(
        f"/moderation/posts/{published_post.id}/flag", data={"reason": "other", "note": ""}
    )
    assert response.status_code == 400
    assert b"say in a few words what is wrong" in response.data


# The queue ---------------------------------------------------------------------------------------


def test_the_queue_lists_held_and_flagged_posts_oldest_first(
    client, auth, mod, author, category, held_post
):
    flagged = start_thread(author, category, "Cloud budget rules of thumb", "What works for you?")
    [flagger] = flaggers(1)
    services.flag_post(flagger, flagged.id, "off_topic", "Belongs in Technology.")
    quiet = start_thread(author, category, "Board packs", "How long are yours?")
    # The held post has waited longest.
    db.session.get(Post, held_post.id).created_at = utcnow() - timedelta(hours=5)
    db.session.commit()
    auth.login(mod)
    response = client.get("/moderation/")
    page = response.data.decode()
    assert response.status_code == 200
    assert page.index(PITCH_TITLE) < page.index("Cloud budget rules of thumb")
    assert "Board packs" not in page and quiet.status == "published"
    # The pitch assessment and the flag reasons are shown.
    assert "Why the sales-pitch policy held it" in page
    assert "Belongs in Technology." in page and "Off topic" in page


def test_the_queue_says_so_when_it_is_empty(client, auth, mod):
    auth.login(mod)
    response = client.get("/moderation/")
    assert b"The queue is empty" in response.data


def test_a_moderators_own_post_in_the_queue_has_no_actions(client, auth, mod, category):
    start_thread(mod, category, PITCH_TITLE, PITCH_BODY)
    auth.login(mod)
    response = client.get("/moderation/")
    assert b"This is your own post" in response.data
    assert b"Approve" not in response.data


# Approve -----------------------------------------------------------------------------------------


def test_approving_a_held_post_publishes_it_and_tells_the_author(mod, author, held_post):
    services.approve_post(mod, held_post.id, "A fair question about pricing.")
    post = reload(held_post)
    assert post.status == "published" and post.number == 1
    assert db.session.get(Thread, post.thread_id).status == "published"
    assert any("Your post is published" in m.subject for m in mail_to(author))
    label = db.session.scalar(select(PitchLabel))
    assert (label.source, label.decision, label.is_pitch) == ("held", "approved", False)
    assert label.bucket == "held_approved" and label.verdict == "hold"


def test_approving_a_flagged_post_clears_its_flags(mod, published_post):
    [flagger] = flaggers(1)
    services.flag_post(flagger, published_post.id, "off_topic")
    services.approve_post(mod, published_post.id)
    assert db.session.scalar(select(Flag.resolved_at)) is not None
    assert queue_size() == 0
    label = db.session.scalar(select(PitchLabel))
    assert label.bucket == "flagged_allowed" and label.flag_reasons == ["off_topic"]


def test_a_post_that_waits_for_nothing_cannot_be_approved(mod, published_post):
    with pytest.raises(Conflict, match="no longer waiting"):
        services.approve_post(mod, published_post.id)


def test_moderators_cannot_approve_their_own_posts(mod, category):
    own = start_thread(mod, category, PITCH_TITLE, PITCH_BODY)
    with pytest.raises(NotPermitted, match="their own posts"):
        services.approve_post(mod, own.id)
    assert reload(own).status == "held"


def test_members_cannot_use_the_queue_actions(member, held_post):
    with pytest.raises(NotPermitted):
        services.approve_post(member, held_post.id)


def test_two_moderators_approving_at_once_give_one_result(mod, second_mod, held_post):
    services.approve_post(mod, held_post.id)
    with pytest.raises(Conflict):
        services.approve_post(second_mod, held_post.id)
    assert db.session.scalar(
        select(ModerationAction.id).where(ModerationAction.action == "approve")
    )
    assert len(db.session.scalars(select(PitchLabel)).all()) == 1


def test_undoing_an_approval_holds_the_post_again(mod, second_mod, author, held_post):
    entry = services.approve_post(mod, held_post.id)
    services.reverse_action(second_mod, entry.id, "Approved by mistake.")
    assert reload(held_post).status == "held"
    assert db.session.scalar(select(PitchLabel.retired_at)) is not None
    assert services.policy_performance().total == 0


def test_undoing_the_dismissal_of_flags_puts_the_post_back_in_the_queue(mod, published_post):
    [flagger] = flaggers(1)
    services.flag_post(flagger, published_post.id, "off_topic")
    entry = services.approve_post(mod, published_post.id)
    services.reverse_action(mod, entry.id, "Look again.")
    assert queue_size() == 1
    assert reload(published_post).status == "published"


# Hide --------------------------------------------------------------------------------------------


def test_hiding_a_post_sends_the_reason_to_the_author(mod, author, held_post):
    services.hide_post(mod, held_post.id, "sales_pitch", "Please don't advertise your product.")
    post = reload(held_post)
    assert post.status == "hidden"
    assert post.hidden_reason == "Sales pitch: Please don't advertise your product."
    [hidden_mail] = [m for m in mail_to(author) if m.subject == "A moderator hid your post"]
    assert "Please don't advertise your product." in hidden_mail.text_body


def test_hiding_needs_a_message_for_the_author(mod, held_post):
    with pytest.raises(DomainError, match="message for the author"):
        services.hide_post(mod, held_post.id, "sales_pitch", "")


def test_a_first_upheld_pitch_is_a_warning(mod, author, held_post):
    entry = services.hide_post(mod, held_post.id, "sales_pitch", "Advertising.")
    [sanction] = services.sanctions_in_force(author)
    assert sanction.kind == "warning" and sanction.source == "ladder"
    assert entry.after_data["sanction_id"] == sanction.id
    assert services.can_post(author)


def test_the_second_upheld_pitch_within_ninety_days_suspends_posting_for_seven_days(
    mod, author, category, held_post
):
    services.hide_post(mod, held_post.id, "sales_pitch", "Advertising.")
    second = start_thread(author, category, "Our webinar", PITCH_BODY)
    services.hide_post(mod, second.id, "sales_pitch", "Advertising again.")
    suspension = services.suspension_from(services.sanctions_in_force(author))
    assert suspension.kind == "posting_suspension"
    assert timedelta(days=7) == suspension.ends_at - suspension.starts_at
    assert "second of your posts within 90 days" in suspension.reason
    assert not services.can_post(author)
    told = [m for m in mail_to(author) if m.subject == "A moderator hid your post"][-1]
    assert "your posting is suspended until" in told.text_body


def test_an_upheld_pitch_older_than_the_window_does_not_count(mod, author, category, held_post):
    services.hide_post(mod, held_post.id, "sales_pitch", "Advertising.")
    label = db.session.scalar(select(PitchLabel))
    label.decided_at = utcnow() - timedelta(days=91)
    db.session.commit()
    second = start_thread(author, category, "Our webinar", PITCH_BODY)
    services.hide_post(mod, second.id, "sales_pitch", "Advertising again.")
    assert services.suspension_from(services.sanctions_in_force(author)) is None


def test_hiding_for_another_reason_does_not_climb_the_pitch_ladder(mod, author, held_post):
    services.hide_post(mod, held_post.id, "disrespectful", "Mocking tone.")
    assert services.sanctions_in_force(author) == []
    assert db.session.scalar(select(PitchLabel.is_pitch)) is False


def test_undoing_a_hide_restores_the_post_and_lifts_the_ladders_sanction(
    mod, second_mod, author, held_post
):
    entry = services.hide_post(mod, held_post.id, "sales_pitch", "Advertising.")
    services.reverse_action(second_mod, entry.id, "It was a genuine question.")
    assert reload(held_post).status == "held"  # back where it was: waiting for review
    assert services.sanctions_in_force(author) == []
    assert services.upheld_pitches(author.id) == 0


def test_undoing_a_hide_of_a_published_post_publishes_it_again(mod, published_post):
    [flagger] = flaggers(1)
    services.flag_post(flagger, published_post.id, "disrespectful")
    entry = services.hide_post(mod, published_post.id, "disrespectful", "Tone.")
    assert queue_size() == 0
    services.reverse_action(mod, entry.id, "Misread it.")
    assert reload(published_post).status == "published"
    assert queue_size() == 1  # the flag is open again


def test_moderators_cannot_hide_their_own_posts(mod, category):
    own = start_thread(mod, category)
    with pytest.raises(NotPermitted):
        services.hide_post(mod, own.id, "off_topic", "Oops.")


def test_an_action_is_reversed_only_once(mod, second_mod, held_post):
    entry = services.hide_post(mod, held_post.id, "off_topic", "Wrong place.")
    services.reverse_action(second_mod, entry.id, "Fine after all.")
    with pytest.raises(Conflict, match="already reversed"):
        services.reverse_action(mod, entry.id, "Again.")


def test_a_reversal_is_not_itself_reversed(mod, second_mod, held_post):
    entry = services.hide_post(mod, held_post.id, "off_topic", "Wrong place.")
    reversal = services.reverse_action(second_mod, entry.id, "Fine after all.")
    with pytest.raises(DomainError, match="can't itself be reversed"):
        services.reverse_action(mod, reversal.id, "And back.")


# Edit, lock, pin, move ---------------------------------------------------------------------------


def test_a_moderator_edits_a_post_with_a_note_and_can_undo_it(mod, author, published_post):
    entry = services.edit_post(
        mod,
        published_post.id,
        "How do CFOs police a cloud budget?",
        None,
        "Removed a phone number.",
    )
    post = reload(published_post)
    assert post.body == "How do CFOs police a cloud budget?" and post.status == "published"
    assert any("Removed a phone number." in m.text_body for m in mail_to(author))
    services.reverse_action(mod, entry.id, "The number was the switchboard.")
    assert reload(published_post).body == published_post.body


def test_an_edit_that_changes_nothing_is_refused(mod, published_post):
    with pytest.raises(DomainError, match="didn't change anything"):
        services.edit_post(mod, published_post.id, published_post.body, None, "Nothing.")
    assert db.session.scalar(select(ModerationAction.id)) is None


def test_lock_and_pin_and_their_reversals(mod, published_post):
    thread_id = published_post.thread_id
    lock = services.set_thread_flag(mod, thread_id, "locked", True, "Heated.")
    pin = services.set_thread_flag(mod, thread_id, "pinned", True)
    thread = db.session.get(Thread, thread_id)
    assert thread.locked and thread.pinned
    with pytest.raises(Conflict, match="already locked"):
        services.set_thread_flag(mod, thread_id, "locked", True)
    services.reverse_action(mod, lock.id, "Calmer now.")
    services.reverse_action(mod, pin.id, "Enough attention.")
    db.session.expire_all()
    thread = db.session.get(Thread, thread_id)
    assert not thread.locked and not thread.pinned


def test_moving_a_thread_and_moving_it_back(mod, published_post, category, other_category):
    entry = services.move_thread(mod, published_post.thread_id, other_category.id, "Tech topic.")
    assert db.session.get(Thread, published_post.thread_id).category_id == other_category.id
    services.reverse_action(mod, entry.id, "It was about budgets.")
    db.session.expire_all()
    assert db.session.get(Thread, published_post.thread_id).category_id == category.id


def test_moderators_cannot_lock_their_own_threads(mod, category):
    own = start_thread(mod, category)
    with pytest.raises(NotPermitted, match="own threads"):
        services.set_thread_flag(mod, own.thread_id, "locked", True)


# Through the browser -----------------------------------------------------------------------------


def test_a_moderator_approves_from_the_queue(client, auth, mod, held_post):
    auth.login(mod)
    response = client.post(
        f"/moderation/posts/{held_post.id}/approve", data={"note": ""}, follow_redirects=True
    )
    assert b"Approved." in response.data
    assert reload(held_post).status == "published"


def test_a_moderator_hides_from_the_queue_and_reverses_from_the_log(client, auth, mod, held_post):
    auth.login(mod)
    response = client.post(
        f"/moderation/posts/{held_post.id}/hide",
        data={"category": "sales_pitch", "message": "No selling, please."},
        follow_redirects=True,
    )
    assert b"Hidden." in response.data
    log = client.get("/moderation/log")
    assert b"No selling, please." in log.data and b"Reverse" in log.data
    entry = db.session.scalar(select(ModerationAction).where(ModerationAction.action == "hide"))
    response = client.post(
        f"/moderation/log/{entry.id}/reverse",
        data={"reason": "Second look."},
        follow_redirects=True,
    )
    assert b"The action was reversed" in response.data
    assert reload(held_post).status == "held"


def test_hiding_without_a_message_is_refused_with_a_clear_message(client, auth, mod, held_post):
    auth.login(mod)
    response = client.post(
        f"/moderation/posts/{held_post.id}/hide",
        data={"category": "sales_pitch", "message": ""},
        follow_redirects=True,
    )
    assert b"write a message to its author" in response.data
    assert reload(held_post).status == "held"


def test_a_moderator_edits_a_post_in_the_browser(client, auth, mod, published_post):
    auth.login(mod)
    page = client.get(f"/moderation/posts/{published_post.id}/edit")
    assert page.status_code == 200 and b"Note to the author" in page.data
    response = client.post(
        f"/moderation/posts/{published_post.id}/edit",
        data={
            "title": "How do you budget for cloud?",
            "body": "Edited question.",
            "note": "Shortened the title.",
        },
        follow_redirects=True,
    )
    assert b"Saved." in response.data
    assert reload(published_post).body == "Edited question."


def test_a_moderator_locks_pins_and_moves_from_the_queue(
    client, auth, mod, published_post, other_category
):
    auth.login(mod)
    thread_id = published_post.thread_id
    client.post(f"/moderation/threads/{thread_id}/lock", data={"value": "on"})
    client.post(f"/moderation/threads/{thread_id}/pin", data={"value": "on"})
    client.post(f"/moderation/threads/{thread_id}/move", data={"category": other_category.id})
    db.session.expire_all()
    thread = db.session.get(Thread, thread_id)
    assert thread.locked and thread.pinned and thread.category_id == other_category.id


def test_a_queue_action_with_a_foreign_next_stays_on_site(client, auth, mod, held_post):
    auth.login(mod)
    response = client.post(
        f"/moderation/posts/{held_post.id}/approve", data={"next": "https://evil.example/"}
    )
    assert response.headers["Location"].endswith("/moderation/")


def test_a_flag_that_arrives_as_the_post_is_held_anyway_is_kept(app, published_post):
    """Two members flag at once: the second hold finds the post held already, and the flag
    that triggered it still stands."""
    app.config["MODERATION_FLAG_THRESHOLD"] = 1
    [flagger] = flaggers(1)
    services.flag_post(flagger, published_post.id, "off_topic")
    services._hold_for_flags(reload(published_post), 1)  # the loser of the race
    assert reload(published_post).status == "held"
    assert db.session.scalar(select(Flag.resolved_at).where(Flag.user_id == flagger.id)) is None


def test_the_flag_that_holds_a_reply_returns_the_member_to_the_thread(
    client, auth, app, author, published_post
):
    thread = db.session.get(Thread, published_post.thread_id)
    reply = forum_services.reply(writer(name="Replying Rita"), thread, "Try zero-based budgets.")
    app.config["MODERATION_FLAG_THRESHOLD"] = 1
    auth.login(author)
    response = client.post(f"/moderation/posts/{reply.id}/flag", data={"reason": "off_topic"})
    assert response.headers["Location"].endswith(f"/forum/t/{thread.id}")
    assert reload(reply).status == "held"


def test_the_flag_that_holds_a_thread_returns_the_member_to_the_forum(
    client, auth, app, published_post
):
    app.config["MODERATION_FLAG_THRESHOLD"] = 1
    auth.login(flaggers(1)[0])
    response = client.post(
        f"/moderation/posts/{published_post.id}/flag", data={"reason": "sales_pitch"}
    )
    assert response.headers["Location"].endswith("/forum/")
    assert reload(published_post).status == "held"


def test_the_author_of_a_hidden_thread_sees_why_and_other_members_do_not_see_it(
    client, auth, held_post, mod, author
):
    """Hiding an opening post hides its thread; its author still gets the tombstone and reason."""
    services.hide_post(mod, held_post.id, "sales_pitch", "Please share experience, not offers.")
    thread_id = reload(held_post).thread_id
    auth.login(author)
    page = client.get(f"/forum/t/{thread_id}")
    assert page.status_code == 200
    assert b"Please share experience, not offers." in page.data
    auth.login(writer("member"))
    assert client.get(f"/forum/t/{thread_id}").status_code == 404
