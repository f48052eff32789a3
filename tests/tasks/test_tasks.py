"""The tasks themselves, run in the caller by huey's immediate mode (as every test runs them):
the deletion sweep out of the member's request, digests at local 08:00, failures on record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from community.accounts import privacy
from community.auth.models import User
from community.extensions import db
from community.forum import notifications, services
from community.forum.models import NotificationDigest
from community.tasks import huey, sweep_deleted_account
from community.tasks.models import TaskFailure


def test_tests_run_tasks_immediately_in_memory(app):
    assert huey.immediate


def test_the_deletion_request_marks_the_account_and_the_sweep_erases_it(app, member):
    privacy.request_deletion(member, "delete")
    db.session.expire_all()
    marked = db.session.get(User, member.id)
    assert marked.deleted_at is not None and marked.name == "Mia Member", "swept later"
    assert privacy.unswept_deletions(older_than=timedelta(0)) == [(member.id, "delete")]

    sweep_deleted_account(member.id, "delete")
    db.session.expire_all()
    swept = db.session.get(User, member.id)
    assert swept.name == "" and swept.email == "" and swept.subject is None
    assert privacy.unswept_deletions(older_than=timedelta(0)) == []


def test_sweeping_twice_changes_nothing_the_second_time(app, member):
    privacy.delete_account(member, "keep")
    assert privacy.sweep_account(member.id, "keep") is None


def test_a_failing_task_is_recorded_for_the_admins(app, member):
    sweep_deleted_account(member.id, "shred")  # not a choice: the service refuses
    [failure] = db.session.scalars(select(TaskFailure)).all()
    assert failure.task_name == "sweep_deleted_account"
    assert "DomainError" in failure.error and failure.retries_left == 5


def test_the_tasks_page_lists_failures_and_the_queue(client, auth, admin, member):
    sweep_deleted_account(member.id, "shred")
    auth.login(admin)
    html = client.get("/admin/tasks").get_data(as_text=True)
    assert "Background tasks" in html and "sweep_deleted_account" in html
    assert "5 retries left" in html and "waiting to run" in html


def test_digests_go_out_at_eight_in_the_members_time_zone(thread, author, reader):
    author.time_zone = "Asia/Tokyo"
    db.session.commit()
    services.reply(reader, thread, "A reply for the morning digest.")
    tokyo_evening = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)  # 21:00 in Tokyo
    assert notifications.send_local_digests(tokyo_evening).items == 0
    tokyo_morning = datetime(2026, 12, 7, 23, 5, tzinfo=UTC)  # 08:05 in Tokyo
    assert notifications.send_local_digests(tokyo_morning).items == 1
    assert notifications.send_local_digests(tokyo_morning + timedelta(minutes=15)).items == 0
    assert db.session.scalar(select(NotificationDigest.user_id)) == author.id
