"""Your data: the export covers the whole schema, and deletion leaves no personal data anywhere."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import String, Text, func, select

from community.accounts import privacy, services
from community.audit import AuditEvent
from community.auth import services as auth_services
from community.auth.models import User
from community.errors import DomainError
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post, PostRevision, Thread
from community.mail.services import queue_mail
from community.moderation.house_rules import accept_rules, current_rules
from tests.accounts.conftest import FRIENDLY_NOTE, PITCH_NOTE

NAME, EMAIL = "Delia Deleter", "delia.deleter@example.com"


def tables_referring_to_users() -> set[str]:
    """Read straight from the schema, independently of the code under test."""
    return {
        table.name
        for table in db.metadata.tables.values()
        if table.name != "users"
        and any(
            fk.target_fullname == "users.id" or fk.column.table.name == "users"
            for fk in table.foreign_keys
        )
    }


def personal_data_left(*needles: str) -> list[str]:
    """Every text column of every table searched for the person's name, email, subject..."""
    found = []
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            if not isinstance(column.type, String | Text):
                continue
            for needle in needles:
                hits = db.session.scalar(
                    select(func.count())
                    .select_from(table)
                    .where(func.lower(column).contains(needle.lower(), autoescape=True))
                )
                if hits:
                    found.append(f"{table.name}.{column.name} holds {needle!r} ({hits} rows)")
    return found


@pytest.fixture
def category(admin):
    return forum.create_category(admin, "Leadership", "Running the executive team")


@pytest.fixture
def posting_member(person):
    def build(name: str, email: str | None = None, **fields) -> User:
        user = person("member", name=name, email=email, **fields)
        accept_rules(user, current_rules().version)
        return user

    return build


@pytest.fixture
def world(category, make_member, moderator, posting_member):
    """Delia, a member with something in every corner of the community, and her peers."""
    delia = posting_member(
        NAME,
        EMAIL,
        job_title="Chief Marketing Officer",
        company="Deleter Foods",
        photo_url="https://media.example.com/delia.jpg",
    )
    peer = posting_member("Peter Peer", job_title="Chief Executive Officer", company="Peerco")
    friend = make_member("Frances Friend")
    stranger = make_member("Stella Stranger")

    services.update_profile(
        delia,
        services.ProfileChange(
            bio=f"I am {NAME}; write to {EMAIL}.",
            function="marketing",
            expertise="pricing, brand architecture",
            open_to_vendor_requests=False,
            job_title="Chief Marketing Officer",
            company="Deleter Foods",
        ),
    )
    # Her own thread nobody answered, her thread with a reply, her reply in someone's thread.
    lonely, _ = forum.start_thread(delia, category, "Pricing after inflation", "My notes, Delia.")
    busy, opening = forum.start_thread(delia, category, "Brand budgets", "How do you split it?")
    handle = forum.ensure_handle(delia)
    forum.reply(peer, busy, f"Good question, {NAME}. We use 70/20/10. cc @{handle}")
    peers_thread, _ = forum.start_thread(peer, category, "Hiring a CMO", "Advice welcome.")
    reply = forum.reply(delia, peers_thread, "Hire for judgement.\n\n-- Delia Deleter")
    forum.edit_post(delia, reply, "Hire for judgement, not polish.\n\n-- Delia Deleter")

    # Contact: sent, received, accepted, with messages both ways; a held pitch; a block.
    to_friend = services.send_contact_request(delia, friend, FRIENDLY_NOTE)
    services.accept_contact_request(friend, to_friend)
    services.send_message(delia, to_friend, "Lunch next week? Delia")
    services.send_message(friend, to_friend, f"Yes, {NAME}! Tuesday?")
    from_stranger = services.send_contact_request(stranger, delia, FRIENDLY_NOTE)
    services.send_contact_request(delia, peer, PITCH_NOTE)
    services.block_member(delia, stranger)
    # Mail to her, and mail to others that names her.
    queue_mail(delia.email, "test_message", "Hello", recipient=delia, name=delia.name)
    db.session.commit()
    return {
        "delia": delia,
        "subject": delia.subject,
        "handle": f"@{handle}",
        "peer": peer,
        "friend": friend,
        "stranger": stranger,
        "lonely": lonely,
        "busy": busy,
        "opening": opening,
        "reply": reply,
        "from_stranger": from_stranger,
    }


# Export --------------------------------------------------------------------------------------


def test_the_export_has_a_section_for_every_table_that_refers_to_people(world):
    exported = privacy.export_data(world["delia"])

    assert set(exported["tables"]) == tables_referring_to_users()
    assert exported["person"]["email"] == EMAIL


def test_the_export_holds_the_persons_posts_messages_requests_profile_and_audit_events(world):
    delia = world["delia"]
    exported = json.loads(privacy.export_json(delia))
    tables = exported["tables"]

    bodies = {row["body"] for row in tables["forum_posts"]}
    assert "Hire for judgement, not polish.\n\n-- Delia Deleter" in bodies
    assert {row["body"] for row in tables["private_messages"]} == {
        "Lunch next week? Delia",
        f"Yes, {NAME}! Tuesday?",
    }
    assert len(tables["contact_requests"]) == 3
    assert tables["member_profiles"][0]["function"] == "marketing"
    assert {row["label"] for row in tables["member_expertise"]} == {
        "pricing",
        "brand architecture",
    }
    assert {row["role"] for row in tables["user_roles"]} == {"member"}
    actions = {row["action"] for row in tables["audit_events"]}
    assert {"user.created", "profile.updated", "contact_request.sent"} <= actions


def test_the_export_holds_nothing_that_only_concerns_other_people(world):
    exported = privacy.export_data(world["delia"])
    ids = {world["delia"].id}

    for name, rows in exported["tables"].items():
        for row in rows:
            references = {value for key, value in row.items() if key.endswith("_id")}
            if name == "audit_events":
                references.add(row["subject_id"] if row["subject_type"] == "users" else None)
            assert references & ids, f"{name} row {row} does not concern the person"


def test_a_member_downloads_their_export_as_a_json_attachment(world, client, auth):
    auth.login(world["delia"])
    response = client.get("/account/data/export.json")

    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.json["person"]["name"] == NAME


def test_an_applicant_downloads_their_export_too(applicant, client, auth):
    auth.login(applicant)
    response = client.get("/account/data/export.json")
    assert response.status_code == 200
    assert response.json["person"]["id"] == applicant.id


# Deletion ------------------------------------------------------------------------------------


@pytest.mark.parametrize("posts", ["keep", "delete"])
def test_deletion_leaves_no_personal_data_in_any_table(world, posts):
    delia = world["delia"]
    needles = (NAME, EMAIL, world["subject"], world["handle"])
    assert len(personal_data_left(*needles)) > 5, "the world holds her data first"

    privacy.delete_account(delia, posts)

    db.session.expire_all()
    assert personal_data_left(*needles) == []
    # Nothing that came from her profile either.
    user = db.session.get(User, delia.id)
    assert (user.subject, user.photo_url, user.job_title, user.company, user.bio) == (None,) * 5
    assert user.display_name == "Former member"
    assert user.role_names == frozenset()


def test_kept_posts_stay_published_under_former_member(world):
    privacy.delete_account(world["delia"], "keep")

    db.session.expire_all()
    reply = db.session.get(Post, world["reply"].id)
    assert reply.status == "published"
    assert reply.body == "Hire for judgement, not polish.\n\n-- Former member"
    assert db.session.get(User, reply.author_id).display_name == "Former member"
    assert db.session.get(Thread, world["lonely"].id).status == "published"


def test_deleted_posts_lose_their_words_and_earlier_versions(world):
    reply_id = world["reply"].id
    privacy.delete_account(world["delia"], "delete")

    db.session.expire_all()
    reply = db.session.get(Post, reply_id)
    assert (reply.status, reply.body, reply.body_html) == ("deleted", "", "")
    assert (
        db.session.scalar(select(PostRevision.id).where(PostRevision.post_id == reply_id)) is None
    )
    # A thread nobody answered goes; one that others replied to keeps its title and replies.
    assert db.session.get(Thread, world["lonely"].id).status == "deleted"
    busy = db.session.get(Thread, world["busy"].id)
    assert (busy.status, busy.title) == ("published", "Brand budgets")
    assert db.session.get(Post, world["opening"].id).status == "deleted"
    assert busy.reply_count == 1


def test_deletion_removes_requests_messages_blocks_and_the_profile(world):
    privacy.delete_account(world["delia"], "keep")
    exported = privacy.export_data(world["delia"])

    for table in (
        "contact_requests",
        "private_messages",
        "member_blocks",
        "member_profiles",
        "member_expertise",
        "user_roles",
        "outbox_messages",
    ):
        assert exported["tables"][table] == [], table
    assert list(db.session.scalars(services.incoming_requests_query(world["friend"]))) == []


def test_the_audit_trail_keeps_what_happened_without_personal_data(world):
    delia = world["delia"]
    actions_before = list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))

    privacy.delete_account(delia, "keep")

    db.session.expire_all()
    actions_after = list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert actions_after[: len(actions_before)] == actions_before
    assert actions_after[-1] == "account.deleted"
    created = db.session.scalar(
        select(AuditEvent).where(
            AuditEvent.action == "user.created", AuditEvent.subject_id == delia.id
        )
    )
    assert created.after_data == {"email": "[erased]"}
    title_change = db.session.scalars(
        select(AuditEvent).where(AuditEvent.actor_id == delia.id)
    ).all()
    assert title_change, "her events still say who did them (now Former member)"


def test_a_deleted_person_signing_in_again_starts_as_a_new_visitor(app, client, auth):
    first = auth_services.sign_in(
        {"sub": "test-alice", "name": "Alice Tester", "email": "alice@example.org"}
    )
    auth_services.add_role(None, first, "member", "test: a member as the board admits them")
    first_id = first.id
    privacy.delete_account(first, "delete")

    response = auth.sign_in_via_provider("test-alice")

    assert response.status_code == 200
    again = db.session.scalar(select(User).where(User.subject == "test-alice"))
    assert again.id != first_id
    assert again.role_names == frozenset()
    assert db.session.get(User, first_id).subject is None


def test_an_applicant_can_delete_their_account(applicant):
    subject = applicant.subject
    privacy.delete_account(applicant, "delete")

    db.session.expire_all()
    assert personal_data_left("Ada Applicant", applicant.email or "-", subject) == []
    assert db.session.get(User, applicant.id).deleted_at is not None


def test_someone_else_with_the_same_name_keeps_it(world, person):
    namesake = person("member", name=NAME, email="other.delia@example.com")

    privacy.delete_account(world["delia"], "keep")

    db.session.expire_all()
    assert db.session.get(User, namesake.id).name == NAME


def test_deletion_needs_a_choice_about_posts_and_an_account(world):
    with pytest.raises(DomainError):
        privacy.delete_account(world["delia"], "maybe")
    privacy.delete_account(world["delia"], "keep")
    with pytest.raises(DomainError):
        privacy.delete_account(world["delia"], "keep")


def test_a_member_deletes_their_account_with_one_confirmation_and_is_signed_out(
    world, client, auth
):
    auth.login(world["delia"])
    page = client.get("/account/delete")
    assert page.status_code == 200
    assert "Delete my account now" in page.get_data(as_text=True)

    response = client.post("/account/delete", data={"posts": "keep"})

    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(User, world["delia"].id).deleted_at is not None
    assert client.get("/account/data").status_code == 302  # signed out: back to sign-in


def test_the_delete_form_without_a_choice_is_refused_and_deletes_nothing(world, client, auth):
    auth.login(world["delia"])
    response = client.post("/account/delete", data={})
    assert response.status_code == 400
    assert db.session.get(User, world["delia"].id).deleted_at is None


@pytest.mark.parametrize("posts", ["keep", "delete"])
def test_forum_search_finds_nothing_of_the_person_after_deletion(world, posts):
    from community.forum import search

    assert search.search(db.session(), "Deleter", page=1, per_page=10).total > 0

    privacy.delete_account(world["delia"], posts)

    assert search.search(db.session(), "Deleter", page=1, per_page=10).total == 0
    assert search.search(db.session(), "judgement", page=1, per_page=10).total == (
        1 if posts == "keep" else 0
    )


def people_named(tables: dict) -> set[int]:
    """The user ids in the exported rows' columns that refer to users (read from the schema)."""
    named = set()
    for name, rows in tables.items():
        table = db.metadata.tables[name]
        columns = {fk.parent.name for fk in table.foreign_keys if fk.column.table.name == "users"}
        if name == "audit_events":
            rows = [
                {**r, "about": r["subject_id"] if r["subject_type"] == "users" else None}
                for r in rows
            ]
            columns.add("about")
        named |= {row[c] for row in rows for c in columns if row[c] is not None}
    return named


def test_the_export_shows_other_people_only_as_the_pages_show_them(
    world, make_member, moderator, admin
):
    """Who declined her request, who blocked her, which moderator sanctioned her, which board
    member's vote admitted her and which admin gave her a role: none of it is on her pages, so
    none of it is in her export."""
    from community.membership import services as membership
    from community.moderation import services as moderation
    from tests.membership import helpers

    delia = world["delia"]
    decliner = make_member("Dora Decliner")
    declined = services.send_contact_request(delia, decliner, FRIENDLY_NOTE)
    services.decline_contact_request(decliner, declined)
    blocker = make_member("Boris Blocker")
    services.block_member(blocker, delia)
    moderation.impose_sanction(moderator, delia, "warning", "Please keep pitches out.", 7)
    auth_services.grant_role(admin, delia, "moderator", "Trusted member")
    # An applicant admitted by two board members: the second vote decided.
    newcomer = helpers.invited_applicant(delia, "Nora Newcomer", "nora@lumen.example")
    application = helpers.apply(newcomer)
    voters = [
        helpers.make_board("Vera Voter", "Fabrikam", "fabrikam.example"),
        helpers.make_board("Dan Decider", "Litware", "litware.example"),
    ]
    helpers.decide(application, voters, "approve", "A clear fit for the marketing group.")
    assert membership  # the admission went through the membership services

    exported = privacy.export_json(delia)
    for other in (blocker, moderator, admin):
        assert other.name not in exported
    tables = json.loads(exported)["tables"]
    assert not {blocker.id, moderator.id, admin.id} & people_named(tables)
    [to_decliner] = [r for r in tables["contact_requests"] if r["recipient_id"] == decliner.id]
    assert (to_decliner["status"], to_decliner["decided_at"]) == ("pending", None)
    assert all(row["blocker_id"] == delia.id for row in tables["member_blocks"])
    [sanction] = tables["sanctions"]
    assert sanction["created_by_id"] is None and sanction["reason"] == "Please keep pitches out."
    granted = [e for e in tables["audit_events"] if e["action"] == "role.granted"]
    assert granted and all(e["actor_id"] in (None, delia.id) for e in granted)

    admitted = json.loads(privacy.export_json(newcomer))["tables"]
    [event] = [e for e in admitted["audit_events"] if e["action"] == "membership.granted"]
    assert event["actor_id"] is None
    assert not {v.id for v in voters} & people_named(admitted)


def full_dump() -> str:
    """Every stored value: SQLite's own dump, or on PostgreSQL every text column of every table."""
    db.session.commit()
    if db.engine.dialect.name == "sqlite":
        raw = db.engine.raw_connection()
        try:
            return "\n".join(raw.driver_connection.iterdump())
        finally:
            raw.close()
    values = []
    for table in db.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, String | Text)]
        if columns:
            values += [v for row in db.session.execute(select(*columns)) for v in row if v]
    return "\n".join(values)


def stored_forms(value: str) -> set[str]:
    """How a value may sit in the dump: raw, HTML-escaped, URL-encoded, and quoted as SQL."""
    import html
    from urllib.parse import quote, quote_plus

    from markupsafe import escape

    forms = {
        value,
        str(escape(value)),
        html.escape(value),
        html.escape(value, quote=False),
        quote(value, safe=""),
        quote(value),
        quote_plus(value),
    }
    return {form.lower() for form in forms} | {form.replace("'", "''").lower() for form in forms}


def test_deletion_leaves_no_personal_value_in_a_full_dump_of_the_database(
    world, posting_member, make_member
):
    """Unsent mail about her (her contact request with her note, title and company; her
    invitation with its note) goes, her invitation can no longer be claimed, and a dump of the
    whole database holds none of her values, in any encoding."""
    from community.membership import services as membership
    from community.membership.models import Invitation
    from tests.membership import helpers

    dee = posting_member(
        "Dee O'Deletion",
        "dee.o-deletion@example.com",
        job_title="Chief Flavour & Aroma Officer",
        company="Déletion <Dairies>",
    )
    note = "Dee here: we met at the dairy summit in Cork; I'd like to swap notes on cold chains."
    invitation_note = "Dee vouches for you: twenty years running cheese plants across Ireland."
    bio = "Dee O'Deletion, reachable on +353 1 555 0199 for anything about yoghurt & cream."
    services.update_profile(
        dee,
        services.ProfileChange(
            bio=bio,
            function="operations",
            expertise="cold chain",
            open_to_vendor_requests=False,
            job_title="Chief Flavour & Aroma Officer",
            company="Déletion <Dairies>",
        ),
    )
    friend = make_member("Fiona Fromage")
    services.send_contact_request(dee, friend, note)
    token = helpers.invite(dee, "invitee@northwind.example", invitation_note)
    values = (dee.name, dee.email, dee.subject, dee.job_title, dee.company, note, invitation_note)
    dump = full_dump().lower()
    assert all(any(form in dump for form in stored_forms(v)) for v in values), "seeded first"

    privacy.delete_account(dee, "delete")

    dump = full_dump().lower()
    found = [
        f"{value!r} as {form!r}"
        for value in (*values, bio)
        for form in stored_forms(value)
        if form in dump
    ]
    assert found == []
    invitation = db.session.scalar(
        select(Invitation).where(Invitation.email == "invitee@northwind.example")
    )
    assert invitation.status == "revoked"
    invitee = helpers.newcomer("Ian Invitee", "invitee@northwind.example")
    with pytest.raises(DomainError):
        membership.claim_invitation(invitee, token)


def test_mail_that_only_contains_the_name_inside_other_words_is_kept(person, make_member):
    from community.mail.models import OutboxMessage

    ann = person("member", name="Ann")
    other = make_member("Olive Other")
    queue_mail(other.email, "test_message", "Annual dinner", recipient=other, name="Joanna")
    queue_mail(other.email, "test_message", "Ann wrote to you", recipient=other, name="Olive")
    db.session.commit()

    privacy.delete_account(ann, "delete")

    subjects = set(db.session.scalars(select(OutboxMessage.subject)))
    assert subjects == {"Annual dinner"}
