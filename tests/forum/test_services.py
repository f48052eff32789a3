"""Forum services: posting, editing with history, tombstones, held posts, unread tracking,
subscriptions, mentions, polls and the counters lists rely on."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from community.audit import AuditEvent
from community.db_types import utcnow
from community.errors import Conflict, DomainError, NotPermitted
from community.extensions import db
from community.forum import queries, services
from community.forum.markup import render
from community.forum.models import (
    MemberHandle,
    Notification,
    Poll,
    PollOption,
    PollVote,
    Post,
    PostRevision,
    Thread,
    ThreadRead,
    ThreadSubscription,
)
from community.moderation import house_rules
from community.standing.models import Sanction

from .helpers import FRIENDLY, PITCH, publish_house_rules, reload


def posts_of(thread) -> list[Post]:
    return list(
        db.session.scalars(select(Post).where(Post.thread_id == thread.id).order_by(Post.id))
    )


def audit_actions(subject) -> list[str]:
    return list(
        db.session.scalars(
            select(AuditEvent.action)
            .where(
                AuditEvent.subject_type == subject.__tablename__,
                AuditEvent.subject_id == subject.id,
            )
            .order_by(AuditEvent.id)
        )
    )


# Starting threads and replying -----------------------------------------------------------------


def test_a_new_thread_is_published_numbered_counted_and_rendered(author, category):
    thread, post = services.start_thread(author, category, "  Pricing   in a downturn ", FRIENDLY)
    thread, post, category = reload(thread), reload(post), reload(category)
    assert thread.title == "Pricing in a downturn"
    assert thread.status == "published" and post.status == "published"
    assert post.number == 1 and post.is_opening
    assert post.body_html == str(render(FRIENDLY))
    assert thread.reply_count == 0 and thread.last_post_id == post.id
    assert category.thread_count == 1 and category.post_count == 1
    assert category.last_thread_id == thread.id


def test_replies_are_numbered_in_order_and_update_every_counter(thread, reader, author, category):
    first = services.reply(reader, thread, "We tried it. Productivity held up.")
    second = services.reply(author, thread, "Thanks, that matches what we saw.")
    thread, category = reload(thread), reload(category)
    assert [first.number, second.number] == [2, 3]
    assert thread.reply_count == 2 and thread.last_post_number == 3
    assert thread.last_post_id == second.id and thread.last_post_author_id == author.id
    assert category.post_count == 3 and category.thread_count == 1


def test_posting_subscribes_the_author_to_the_thread(thread, reader):
    services.reply(reader, thread, "Following with interest, here is our experience.")
    subscription = db.session.get(ThreadSubscription, (reader.id, thread.id))
    assert subscription is not None and subscription.active


def test_an_explicit_unsubscribe_survives_posting_again(thread, reader):
    services.reply(reader, thread, "A first reply with some substance.")
    services.set_subscription(reader, thread, False)
    services.reply(reader, thread, "A second reply, still relevant.")
    assert db.session.get(ThreadSubscription, (reader.id, thread.id)).active is False


def test_empty_or_oversized_posts_are_refused_with_a_clear_message(thread, reader, category):
    with pytest.raises(DomainError, match="Write something"):
        services.reply(reader, thread, "   \n  ")
    with pytest.raises(DomainError, match="limited to 20,000"):
        services.reply(reader, thread, "x" * 20_001)
    with pytest.raises(DomainError, match="at least 5 characters"):
        services.start_thread(reader, category, "Hi", FRIENDLY)


def test_nul_characters_are_dropped_rather_than_breaking_the_database(thread, reader):
    post = services.reply(reader, thread, "Before\x00after, a normal reply.")
    assert reload(post).body == "Beforeafter, a normal reply."


def test_replies_to_a_locked_thread_are_refused_except_for_moderators(thread, reader, mod):
    services.set_locked(mod, thread, True, "Heated")
    with pytest.raises(DomainError, match="locked"):
        services.reply(reader, thread, "One more thing about this topic.")
    assert services.reply(mod, thread, "Closing note from the moderators.").number == 2


def test_applicants_cannot_post(applicant, category):
    with pytest.raises(NotPermitted, match="members only"):
        services.start_thread(applicant, category, "Let me in please", FRIENDLY)


def test_members_must_accept_the_current_house_rules_before_posting(person, category, board_member):
    newcomer = person("member", name="New Comer")
    with pytest.raises(services.HouseRulesNotAccepted):
        services.start_thread(newcomer, category, "A first question", FRIENDLY)
    house_rules.accept_rules(newcomer, house_rules.current_rules().version)
    services.start_thread(newcomer, category, "A first question", FRIENDLY)
    publish_house_rules(
        board_member, person, house_rules.DEFAULT_RULES + "\n6. Be kind.", "Kindness"
    )
    with pytest.raises(services.HouseRulesNotAccepted):
        services.start_thread(newcomer, category, "A second question", FRIENDLY)


def test_a_posting_suspension_stops_a_member_in_the_service_itself(author, category):
    db.session.add(
        Sanction(
            user_id=author.id,
            kind="posting_suspension",
            reason="Three pitches in May.",
            ends_at=utcnow() + timedelta(days=7),
        )
    )
    db.session.commit()
    with pytest.raises(NotPermitted, match=r"suspended from posting until .*Three pitches in May"):
        services.start_thread(author, category, "Any thoughts on this?", FRIENDLY)


# Held posts ------------------------------------------------------------------------------------


def test_a_pitch_is_held_with_its_reasons_and_stays_out_of_counts_and_search(author, category):
    thread, post = services.start_thread(author, category, "Cut your agency costs", PITCH)
    thread, post, category = reload(thread), reload(post), reload(category)
    assert post.status == "held" and thread.status == "held"
    assert post.number is None
    assert post.pitch_assessment["verdict"] == "hold"
    assert any("book" in reason["text"].lower() for reason in post.hold_reasons)
    assert category.thread_count == 0 and category.post_count == 0
    from community.forum import search

    assert search.search(db.session, "agency costs", page=1, per_page=10).total == 0
    assert "post.held" in audit_actions(post)


def test_a_held_reply_is_invisible_to_other_members_but_shown_to_its_author_and_moderators(
    thread, reader, author, mod
):
    held = services.reply(reader, thread, PITCH)
    assert held.status == "held"

    def shown(user):
        view = queries.thread_view(thread.id, user, 1, 20)
        return [row.id for row in view.posts]

    assert held.id not in shown(author)
    assert held.id in shown(reader)
    assert held.id in shown(mod)
    assert reload(thread).reply_count == 0


def test_editing_a_held_post_into_a_normal_one_publishes_it_and_notifies(thread, reader, author):
    held = services.reply(reader, thread, PITCH)
    services.edit_post(reader, held, "Fair point. We negotiated agency fees down by benchmarking.")
    held = reload(held)
    assert held.status == "published" and held.number == 2
    assert reload(thread).reply_count == 1
    assert (
        db.session.scalar(
            select(func.count()).where(
                Notification.post_id == held.id, Notification.user_id == author.id
            )
        )
        == 1
    )


def test_editing_a_published_post_into_a_pitch_holds_it_again(thread, reader):
    post = services.reply(reader, thread, "We benchmarked agency fees annually.")
    services.edit_post(reader, post, PITCH)
    post = reload(post)
    assert post.status == "held" and post.number == 2
    assert reload(thread).reply_count == 0


def test_a_moderator_publishes_a_held_post_once_even_when_two_try(
    thread, reader, mod, member_factory
):
    other_mod = member_factory("Other Moderator", "moderator")
    held = services.reply(reader, thread, PITCH)
    services.publish_held_post(mod, held, "Fine in context")
    with pytest.raises(Conflict):
        services.publish_held_post(other_mod, reload(held), "Me too")
    assert reload(held).status == "published" and reload(thread).reply_count == 1


def test_only_moderators_publish_or_hide_posts(thread, reader, author):
    held = services.reply(reader, thread, PITCH)
    with pytest.raises(NotPermitted):
        services.publish_held_post(author, held, "I like it")
    with pytest.raises(NotPermitted):
        services.hide_post(author, held, "I don't like it")


def test_hiding_a_post_leaves_a_tombstone_with_the_reason_and_updates_counts(thread, reader, mod):
    post = services.reply(reader, thread, "Something that breaks a rule, apparently.")
    services.hide_post(mod, post, "Shared a client's confidential figures")
    post, thread = reload(post), reload(thread)
    assert (
        post.status == "hidden" and post.hidden_reason == "Shared a client's confidential figures"
    )
    assert thread.reply_count == 0
    services.restore_post(mod, post, "Figures were public after all")
    assert reload(post).status == "published" and reload(thread).reply_count == 1
    assert audit_actions(post)[-2:] == ["post.hidden", "post.restored"]


def test_hiding_needs_a_reason(thread, reader, mod):
    post = services.reply(reader, thread, "A perfectly normal reply.")
    with pytest.raises(DomainError, match="reason"):
        services.hide_post(mod, post, "  ")


def test_hiding_the_opening_post_hides_the_thread_from_the_category(thread, mod, category):
    opening = posts_of(thread)[0]
    services.hide_post(mod, opening, "Off topic")
    assert reload(thread).status == "hidden"
    assert reload(category).thread_count == 0
    assert queries.thread_rows(reload(category), mod, 1, 25).items == []


# Editing and deleting --------------------------------------------------------------------------


def test_editing_keeps_the_previous_version_and_marks_the_post_edited(thread, author):
    opening = posts_of(thread)[0]
    services.edit_post(
        author, opening, "A clearer question about the four-day week.", "Four-day weeks"
    )
    opening, thread = reload(opening), reload(thread)
    assert opening.edited_at is not None and opening.edit_count == 1
    assert thread.title == "Four-day weeks"
    revision = db.session.scalar(select(PostRevision).where(PostRevision.post_id == opening.id))
    assert revision.body == FRIENDLY and revision.title == "Four-day week: results?"
    history = queries.post_history(opening, thread)
    assert [entry.current for entry in history] == [True, False]


def test_only_the_author_can_edit_or_delete_a_post(thread, reader):
    opening = posts_of(thread)[0]
    with pytest.raises(NotPermitted):
        services.edit_post(reader, opening, "Hijacked text", "Hijacked")
    with pytest.raises(NotPermitted):
        services.delete_post(reader, opening)


def test_an_edit_that_changes_nothing_is_refused(thread, author):
    with pytest.raises(DomainError, match="didn't change"):
        services.edit_post(author, posts_of(thread)[0], FRIENDLY, "Four-day week: results?")


def test_deleting_a_reply_leaves_a_tombstone_and_keeps_the_text_for_moderators(thread, reader):
    post = services.reply(reader, thread, "Something I regret saying.")
    services.delete_post(reader, post)
    post = reload(post)
    assert post.status == "deleted" and post.body == "" and post.body_html == ""
    assert post.number == 2  # its place in the thread stays, as a tombstone
    revision = db.session.scalar(select(PostRevision).where(PostRevision.post_id == post.id))
    assert revision.body == "Something I regret saying."
    assert reload(thread).reply_count == 0
    with pytest.raises(Conflict):
        services.delete_post(reader, post)


def test_deleting_an_unanswered_opening_post_deletes_the_thread(thread, author, category):
    services.delete_post(author, posts_of(thread)[0])
    assert reload(thread).status == "deleted"
    assert reload(category).thread_count == 0


def test_deleting_an_answered_opening_post_keeps_the_thread_readable(thread, author, reader):
    services.reply(reader, thread, "An answer worth keeping.")
    services.delete_post(author, posts_of(thread)[0])
    assert reload(thread).status == "published"
    view = queries.thread_view(thread.id, reader, 1, 20)
    assert [row.status for row in view.posts] == ["deleted", "published"]


# Reading state ---------------------------------------------------------------------------------


def test_unread_markers_count_new_replies_since_the_last_visit(thread, reader, author, category):
    services.reply(author, thread, "Adding some context.")
    services.mark_read(reader, thread.id, 2)
    services.reply(author, thread, "And one more thing.")
    services.reply(author, thread, "Last one, promise.")
    (row,) = queries.thread_rows(reload(category), reader, 1, 25).items
    assert row.unread and row.new_posts == 2
    assert services.first_unread_number(reader, reload(thread)) == 3


def test_reading_state_never_moves_backwards(thread, reader):
    services.mark_read(reader, thread.id, 5)
    services.mark_read(reader, thread.id, 2)
    assert db.session.get(ThreadRead, (reader.id, thread.id)).last_read_post_number == 5


def test_a_thread_never_opened_is_new_unless_it_predates_the_membership(thread, reader, category):
    reader.member_since = utcnow() - timedelta(days=30)
    db.session.commit()
    (row,) = queries.thread_rows(reload(category), reader, 1, 25).items
    assert row.unread and row.last_read is None
    reader.member_since = utcnow() + timedelta(minutes=1)
    db.session.commit()
    (row,) = queries.thread_rows(reload(category), reader, 1, 25).items
    assert not row.unread


def test_pinned_threads_come_first_then_latest_activity(author, reader, mod, category):
    old, _ = services.start_thread(author, category, "An older thread", FRIENDLY)
    services.start_thread(author, category, "A newer thread", FRIENDLY)
    pinned, _ = services.start_thread(author, category, "Read me first", FRIENDLY)
    services.set_pinned(mod, pinned, True, "Welcome thread")
    services.reply(reader, old, "Reviving this one with news.")
    rows = queries.thread_rows(reload(category), reader, 1, 25).items
    assert [row.title for row in rows] == [
        "Read me first",
        "An older thread",
        "A newer thread",
    ]


def test_moving_a_thread_updates_both_categories(thread, mod, category, other_category):
    services.move_thread(mod, thread, other_category, "Better fit")
    assert reload(category).thread_count == 0 and reload(other_category).thread_count == 1
    assert reload(thread).category_id == other_category.id


# Mentions --------------------------------------------------------------------------------------


def test_members_get_a_handle_from_their_name_when_they_first_post(thread, reader):
    services.reply(reader, thread, "Hello all.")
    assert db.session.get(MemberHandle, reader.id).handle == "rita.reader"


def test_a_mention_by_handle_notifies_a_member_who_never_posted(thread, member_factory, author):
    quiet = member_factory("Quentin Quiet")
    post = services.reply(author, thread, "@quentin.quiet you ran this at your last company?")
    (notification,) = db.session.scalars(
        select(Notification).where(Notification.user_id == quiet.id)
    )
    assert notification.kind == "mention" and notification.post_id == post.id


def test_mentions_in_code_of_non_members_and_of_oneself_notify_nobody(
    thread, author, applicant, member_factory
):
    member_factory("Cody Coder")
    services.reply(
        author, thread, "`@cody.coder` is how you write a mention; @ada.author; @ada.applicant"
    )
    assert db.session.scalar(select(func.count()).select_from(Notification)) == 0


def test_an_edit_notifies_only_the_newly_mentioned(thread, author, member_factory):
    first, second = member_factory("First Person"), member_factory("Second Person")
    post = services.reply(author, thread, "Thoughts, @first.person?")
    services.edit_post(author, post, "Thoughts, @first.person and @second.person?")
    counts = dict(
        db.session.execute(
            select(Notification.user_id, func.count()).group_by(Notification.user_id)
        ).all()
    )
    assert counts == {first.id: 1, second.id: 1}


def test_two_members_with_the_same_name_get_distinct_handles(member_factory, category):
    one, two = member_factory("Sam Lee"), member_factory("Sam Lee")
    assert services.ensure_handle(one) == "sam.lee"
    assert services.ensure_handle(two) == "sam.lee2"


# Polls -----------------------------------------------------------------------------------------


def make_poll(author, category, multiple=False, closes_on=None):
    draft = services.parse_poll(
        "Where should we meet?", "London\nBerlin\n\nLondon\nLisbon", multiple, closes_on
    )
    thread, _ = services.start_thread(author, category, "Annual meetup location", FRIENDLY, draft)
    return thread, db.session.scalar(select(Poll).where(Poll.thread_id == thread.id))


def options_of(poll) -> list[int]:
    return list(
        db.session.scalars(
            select(PollOption.id).where(PollOption.poll_id == poll.id).order_by(PollOption.position)
        )
    )


def test_a_poll_keeps_distinct_options_in_order(author, category):
    _, poll = make_poll(author, category)
    labels = db.session.scalars(
        select(PollOption.label).where(PollOption.poll_id == poll.id).order_by(PollOption.position)
    ).all()
    assert labels == ["London", "Berlin", "Lisbon"]


def test_a_poll_needs_two_options_and_a_future_closing_date():
    with pytest.raises(DomainError, match="2 to 10"):
        services.parse_poll("Question?", "Only one", False, None)
    with pytest.raises(DomainError, match="future"):
        services.parse_poll("Question?", "A\nB", False, (utcnow() - timedelta(days=2)).date())
    assert services.parse_poll("", "", False, None) is None


def test_a_member_votes_once_and_can_change_the_vote_until_the_poll_closes(
    author, reader, category
):
    _, poll = make_poll(author, category)
    london, berlin, _ = options_of(poll)
    services.vote(reader, poll, [london])
    services.vote(reader, poll, [berlin])
    view = queries.poll_view(poll, reader)
    assert [(o.label, o.votes, o.chosen) for o in view.options][:2] == [
        ("London", 0, False),
        ("Berlin", 1, True),
    ]
    assert view.voters == 1 and view.show_results
    poll.closes_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    with pytest.raises(DomainError, match="closed"):
        services.vote(reader, poll, [london])


def test_results_are_hidden_until_the_member_votes(author, reader, category):
    _, poll = make_poll(author, category)
    services.vote(author, poll, [options_of(poll)[0]])
    assert not queries.poll_view(poll, reader).show_results
    assert queries.poll_view(poll, author).options[0].percent == 100


def test_a_single_choice_poll_refuses_several_options_and_foreign_ones(author, reader, category):
    _, poll = make_poll(author, category)
    with pytest.raises(DomainError, match="one choice"):
        services.vote(reader, poll, options_of(poll)[:2])
    with pytest.raises(DomainError, match="not part of this poll"):
        services.vote(reader, poll, [999_999])
    with pytest.raises(DomainError, match="Choose an option"):
        services.vote(reader, poll, [])
    assert db.session.scalar(select(func.count()).select_from(PollVote)) == 0


def test_a_multiple_choice_poll_counts_voters_not_votes_for_percentages(author, reader, category):
    _, poll = make_poll(author, category, multiple=True)
    london, berlin, _ = options_of(poll)
    services.vote(reader, poll, [london, berlin])
    services.vote(author, poll, [london])
    view = queries.poll_view(poll, reader)
    assert view.voters == 2
    assert [option.percent for option in view.options] == [100, 50, 0]


# Categories ------------------------------------------------------------------------------------


def test_admins_manage_categories_with_unique_addresses(admin, category, author):
    with pytest.raises(DomainError, match="already uses"):
        services.create_category(admin, "Leadership  Strategy", "dup")
    with pytest.raises(NotPermitted):
        services.create_category(author, "Mine", "")
    services.update_category(admin, category, "Leadership", "New text", 3, "leadership")
    assert reload(category).slug == "leadership" and reload(category).position == 3


def test_a_category_with_threads_cannot_be_deleted(admin, thread, category):
    with pytest.raises(DomainError, match="Move them"):
        services.delete_category(admin, category)


def test_recounting_repairs_counters(thread, reader, category):
    services.reply(reader, thread, "A reply to be counted.")
    db.session.execute(Thread.__table__.update().values(reply_count=42, last_post_id=None))
    db.session.commit()
    services.refresh_thread_stats([thread.id])
    services.refresh_category_stats([category.id])
    db.session.commit()
    thread, category = reload(thread), reload(category)
    assert thread.reply_count == 1 and thread.last_post_id is not None
    assert category.post_count == 2


def test_the_pitch_check_is_told_what_the_category_is_for(author, category, admin):
    hiring = (
        "We are hiring a Director of Engineering. DM me if you or someone you know is "
        "interested; details at https://northwind.example/jobs"
    )
    title = "Hiring: Director of Engineering"
    _, general = services.start_thread(author, category, title, hiring)
    jobs = services.create_category(admin, "Jobs in our teams", "Roles on members' own teams.")
    jobs.kind = "jobs"
    db.session.commit()
    _, in_jobs = services.start_thread(author, jobs, title, hiring)
    assert reload(in_jobs).pitch_assessment["score"] < reload(general).pitch_assessment["score"]
