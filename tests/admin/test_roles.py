"""Roles: the CLI bootstraps the first admin; admins manage roles; every change is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from community.audit import AuditEvent
from community.auth.models import UserRole
from community.extensions import db


def test_grant_role_bootstraps_the_first_admin(app, runner, person):
    someone = person(email="first@example.com", email_verified=True)
    result = runner.invoke(args=["users", "grant-role", "first@example.com", "admin"])
    assert result.exit_code == 0, result.output
    assert "now holds admin" in result.output
    db.session.refresh(someone)
    assert someone.has_role("admin")
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "role.granted"))
    assert event.actor_id is None and event.after_data == {"role": "admin"}


def test_grant_role_for_an_unknown_email_fails_clearly(app, runner):
    result = runner.invoke(args=["users", "grant-role", "nobody@example.com", "admin"])
    assert result.exit_code == 1
    assert "No one with the email address" in result.output


def test_grant_role_refuses_an_unknown_role(app, runner, person):
    person(email="x@example.com", email_verified=True)
    result = runner.invoke(args=["users", "grant-role", "x@example.com", "emperor"])
    assert result.exit_code == 1
    assert "Unknown role" in result.output


def test_revoke_role(app, runner, person):
    someone = person("moderator", email="mod@example.com", email_verified=True)
    result = runner.invoke(args=["users", "revoke-role", "mod@example.com", "moderator"])
    assert result.exit_code == 0
    db.session.refresh(someone)
    assert not someone.has_role("moderator")


def test_grant_role_refuses_an_email_two_people_share_and_lists_them(app, runner, person):
    first = person(email="shared@example.com", email_verified=True, name="First Sharer")
    second = person(email="shared@example.com", email_verified=True, name="Second Sharer")
    result = runner.invoke(args=["users", "grant-role", "shared@example.com", "admin"])
    assert result.exit_code == 1
    assert "2 people have the verified email address" in result.output
    assert f"sub:{first.subject}" in result.output and f"sub:{second.subject}" in result.output
    db.session.expire_all()
    assert not first.has_role("admin") and not second.has_role("admin")


def test_grant_role_ignores_an_unverified_account_with_the_same_email(app, runner, person):
    impostor = person(email="boss@example.com", name="Impostor")
    boss = person(email="boss@example.com", email_verified=True, name="The Boss")
    result = runner.invoke(args=["users", "grant-role", "boss@example.com", "admin"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert boss.has_role("admin") and not impostor.has_role("admin")


def test_grant_role_refuses_an_email_nobody_has_verified(app, runner, person):
    unverified = person(email="maybe@example.com")
    result = runner.invoke(args=["users", "grant-role", "maybe@example.com", "admin"])
    assert result.exit_code == 1
    assert "No one has a verified email address" in result.output
    assert f"sub:{unverified.subject}" in result.output
    db.session.expire_all()
    assert not unverified.has_role("admin")


def test_grant_role_by_subject_picks_exactly_that_person(app, runner, person):
    person(email="twin@example.com", email_verified=True)
    chosen = person(email="twin@example.com", email_verified=True)
    for name in (f"sub:{chosen.subject}", chosen.subject):
        result = runner.invoke(args=["users", "grant-role", name, "moderator"])
        assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert chosen.has_role("moderator")
    holders = db.session.scalars(select(UserRole).where(UserRole.role == "moderator")).all()
    assert [row.user_id for row in holders] == [chosen.id]
    result = runner.invoke(args=["users", "grant-role", "sub:nobody", "moderator"])
    assert result.exit_code == 1 and "No one with the sign-in subject" in result.output


def test_verified_email_is_none_unless_the_provider_vouched_for_it(app, person):
    from community.auth.services import verified_email

    assert verified_email(person(email="a@example.com")) is None
    assert verified_email(person(email="b@example.com", email_verified=True)) == "b@example.com"


def test_a_person_may_hold_several_roles(person):
    someone = person("member", "moderator", "board")
    assert someone.has_role("board") and someone.has_role("moderator")
    assert not someone.has_role("admin")


def test_admin_grants_a_role_in_the_ui(client, auth, admin, member):
    auth.login(admin)
    response = client.post(
        f"/admin/people/{member.id}",
        data={"role": "moderator", "reason": "Trusted long-time member", "action": "grant"},
        follow_redirects=True,
    )
    assert b"is now moderator" in response.data
    db.session.refresh(member)
    assert member.has_role("moderator")
    event = db.session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "role.granted", AuditEvent.actor_id == admin.id
        )
    )
    assert event.subject_id == member.id and event.reason == "Trusted long-time member"


def test_admin_cannot_remove_their_own_admin_role(client, auth, admin):
    auth.login(admin)
    response = client.post(
        f"/admin/people/{admin.id}",
        data={"role": "admin", "reason": "oops", "action": "revoke"},
        follow_redirects=True,
    )
    assert b"can&#39;t remove your own admin role" in response.data
    db.session.refresh(admin)
    assert admin.has_role("admin")


def test_admin_pages_are_for_admins_only(client, auth, member, moderator, board_member, admin):
    for path in ("/admin/people", "/admin/audit", "/admin/outbox"):
        assert client.get(path).status_code == 302  # visitor: to sign-in
        for someone in (member, moderator, board_member):
            auth.login(someone)
            assert client.get(path).status_code == 403, (path, someone.name)
        auth.login(admin)
        assert client.get(path).status_code == 200, path
        auth.logout()


def test_audit_trail_filters_by_action_and_actor(client, auth, admin, member, person):
    from community.auth import services

    services.grant_role(admin, member, "moderator", "promote")
    services.revoke_role(admin, member, "moderator", "demote")
    auth.login(admin)
    page = client.get("/admin/audit?action=role.revoked").data.decode()
    assert "demote" in page and "promote" not in page
    page = client.get(f"/admin/audit?actor={admin.email}").data.decode()
    assert "demote" in page and "promote" in page
    page = client.get("/admin/audit?actor=nobody@example.com").data.decode()
    assert "No events match" in page


def test_the_role_services_refuse_non_admins_and_self_demotion(admin, member):
    from community.auth import services
    from community.errors import DomainError, NotPermitted

    with pytest.raises(NotPermitted):
        services.grant_role(member, member, "admin", "promote myself")
    with pytest.raises(DomainError, match="own admin role"):
        services.revoke_role(admin, admin, "admin", "oops")
    db.session.refresh(admin)
    assert admin.has_role("admin") and not member.has_role("admin")
