"""What the security tests share: one person per role, the objects routes point at, URLs built
for every rule of the URL map, and a fingerprint of the whole database to prove "nothing changed".

When a feature adds a route with a new URL argument (`<int:thread_id>`), add a line to
ARGUMENTS (or ENDPOINT_ARGUMENTS when the same name means different things on different
routes) that returns the id of an object; when it needs a new kind of object, add a builder to
OBJECTS that makes it through the feature's services, as a person would. Objects are built on
first use, so a route only needs the objects its own URL names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from flask import Flask
from sqlalchemy import select
from werkzeug.routing import Rule

from community.extensions import db
from community.mail.services import queue_mail
from tests.conftest import FreshContextClient

# The columns of the authorization matrix, in order.
ROLES = ("visitor", "applicant", "member", "suspended", "moderator", "board", "admin")

# The roles each column's person holds (as the fixtures in tests/conftest.py build them).
# The suspended member also has a full suspension, from moderation (see _suspend).
HELD_ROLES: dict[str, tuple[str, ...]] = {
    "visitor": (),
    "applicant": ("applicant",),
    "member": ("member",),
    "suspended": ("member",),
    "moderator": ("member", "moderator"),
    "board": ("member", "board"),
    "admin": ("admin",),
}

STATE_CHANGING = ("POST", "PUT", "PATCH", "DELETE")
IGNORED_METHODS = {"HEAD", "OPTIONS"}

FRIENDLY_POST = (
    "How do you prepare the board for a reorganisation? We are two months away from ours and "
    "I would like to hear what worked for you."
)


@dataclass
class World:
    """One person per role (the visitor is nobody) and, built on first use, the objects that
    routes point at. `person` is the factory fixture of tests/conftest.py."""

    person: Callable
    people: dict[str, object] = field(default_factory=dict)
    _objects: dict[str, object] = field(default_factory=dict)

    def get(self, name: str):
        if name not in self._objects:
            self._objects[name] = OBJECTS[name](self)
            db.session.commit()
        return self._objects[name]


def build_world(person: Callable) -> World:
    world = World(person)
    for column in ROLES[1:]:
        world.people[column] = person(*HELD_ROLES[column], name=f"{column.title()} Person")
    for column in ("member", "suspended", "moderator", "board"):
        _accept_house_rules(world.people[column])
    _suspend(world)
    db.session.commit()
    return world


def _feature(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(f"community.{name}.views") is not None


def _accept_house_rules(user) -> None:
    from community.moderation import house_rules

    house_rules.accept_rules(user, house_rules.current_rules().version)


def _suspend(world: World) -> None:
    """The "suspended" column: a member under a full suspension, given by a moderator through
    moderation's services. Without the moderation feature, this person is an ordinary member."""
    if not _feature("moderation"):
        return
    from community.moderation import services as moderation

    world._objects["sanction"] = moderation.impose_sanction(
        world.people["moderator"],
        world.people["suspended"],
        "full_suspension",
        "Repeated sales pitches after two warnings.",
        7,
    )


# Objects, by name: each builder makes one through the feature's services.


def _outbox_message(world: World):
    member = world.people["member"]
    return queue_mail(
        member.email, "test_message", "Matrix test message", recipient=member, name=member.name
    )


def _category(world: World):
    from community.forum import services as forum

    return forum.create_category(world.people["admin"], "Boards and Governance", "Matrix tests.")


def _thread(world: World):
    """A thread the member started, with a poll; its opening post is the member's own post."""
    from community.forum import services as forum

    poll = forum.parse_poll("Which format works best?", "Offsite\nMonthly call", False, None)
    thread, post = forum.start_thread(
        world.people["member"], world.get("category"), "Preparing the board", FRIENDLY_POST, poll
    )
    world._objects["post"] = post
    return thread


def _poll_option(world: World):
    from community.forum.models import Poll, PollOption

    poll = db.session.scalar(select(Poll).where(Poll.thread_id == world.get("thread").id))
    return db.session.scalars(
        select(PollOption).where(PollOption.poll_id == poll.id).order_by(PollOption.position)
    ).first()


def _other_member(world: World):
    """A member who is none of the columns: someone to contact, block and unblock."""
    other = world.person("member", name="Olga Other", job_title="Chief People Officer")
    _accept_house_rules(other)
    return other


def _post(world: World):
    world.get("thread")
    return world._objects["post"]


def _notification(world: World):
    """The member hears of a board member's reply in the member's thread."""
    from community.forum import services as forum
    from community.forum.models import Notification

    forum.reply(world.people["board"], world.get("thread"), "We briefed each director 1:1 first.")
    db.session.commit()
    member = world.people["member"]
    return db.session.scalars(
        select(Notification).where(Notification.user_id == member.id).order_by(Notification.id)
    ).first()


STATEMENT = (
    "I run finance for a group of four hundred people and want to compare notes with peers on "
    "boards, budgets and hiring."
)


def _invited(world: World, person) -> None:
    """The member invites `person`, who accepts through the link in the mail, as in life
    (signed in with that address, which the provider verified)."""
    from community.mail.models import OutboxMessage
    from community.membership import services as membership

    person.email_verified = True

    membership.send_invitation(
        world.people["member"],
        person.email,
        "We worked together for years; your view on budgets would help many people here.",
    )
    db.session.commit()
    mail = db.session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.to_address == person.email)
        .order_by(OutboxMessage.id.desc())
    )
    token = re.search(r"/membership/invitations/([A-Za-z0-9_\-.]+)", mail.text_body).group(1)
    membership.claim_invitation(person, token)


def _apply(world: World, person, title: str, company: str):
    from community.membership import services as membership
    from community.moderation import house_rules

    _invited(world, person)
    return membership.submit_application(
        person,
        job_title=title,
        company=company,
        linkedin_url="https://www.linkedin.com/in/matrix-applicant",
        function="finance",
        statement=STATEMENT,
        house_rules_version=house_rules.current_rules().version,
    )


def _application(world: World):
    """The applicant's application, after an invitation from the member."""
    return _apply(world, world.people["applicant"], "Chief Financial Officer", "Northwind")


def _invitation(world: World):
    from community.membership import services as membership

    return membership.send_invitation(
        world.people["member"],
        "invited.peer@northwind.example",
        "We sat on the same panel last spring; your take on pricing would help many here.",
    )


def _membership_review(world: World):
    """A member whose new title no longer qualifies waits for the board's review."""
    from community.membership import services as membership

    changed = world.person("member", name="Title Changer", job_title="Chief Operating Officer")
    _accept_house_rules(changed)
    return membership.change_title(changed, "Marketing Intern", "Northwind Traders")


def _proposal(world: World):
    """A settings change another board member proposed, waiting for a second board member."""
    from community.membership import services as membership

    proposer = world.person("member", "board", name="Paula Proposer")
    return membership.propose(
        proposer, "membership_settings", {"cooldown_days": 90}, "A shorter cooldown"
    )


def _appeal(world: World):
    """Someone the board rejected appeals with new information."""
    from community.membership import services as membership

    rejected = world.person(name="Rae Rejected")
    application = _apply(world, rejected, "Marketing Manager", "Contoso")
    # Two other board members decide, so that the board column may vote on the appeal.
    for name, company in (("Second Board", "Fabrikam"), ("Third Board", "Litware")):
        voter = world.person("member", "board", name=name, company=company)
        membership.cast_vote(voter, application.id, "reject", "Below the Director level.")
    return membership.file_appeal(
        rejected,
        statement="I was promoted to Vice President of Marketing last month.",
        updated_title="Vice President of Marketing",
    )


def _moderation_action(world: World):
    from community.moderation.models import ModerationAction

    return db.session.scalars(select(ModerationAction).order_by(ModerationAction.id)).first()


def _sanction(world: World):
    raise AssertionError("the sanction is made with the world (build_world), by moderation")


def _contact_request(world: World):
    """The board member asks the member to connect; the member has not answered yet."""
    from community.accounts import services as accounts

    return accounts.send_contact_request(
        world.people["board"],
        world.people["member"],
        "We met at the CFO roundtable; I'd like to continue the conversation on pricing.",
    )


def _connection(world: World):
    """The moderator and the member are connected (the member accepted)."""
    from community.accounts import services as accounts

    request = accounts.send_contact_request(
        world.people["moderator"],
        world.people["member"],
        "Following up on your thread about boards; I would like to hear how you prepared yours.",
    )
    return accounts.accept_contact_request(world.people["member"], request)


# Chapters and events (issue 17).


def _second_board_member(world: World):
    """A board member who is none of the columns: proposes what the board column decides."""
    other = world.person("member", "board", name="Sid Second-Board")
    _accept_house_rules(other)
    return other


def _chapter(world: World):
    """A chapter the board opened; the member has joined it."""
    from community.chapters import services as chapters

    chapter = chapters.create_chapter(world.people["board"], "London", "regional", "Matrix.")
    chapters.join_chapter(world.people["member"], chapter)
    return chapter


def _chapter_event(world: World):
    """A scheduled event of the chapter (the board created it); the member is going."""
    from community.chapters import services as chapters

    event = chapters.create_event(world.people["board"], world.get("chapter"), _event_draft())
    chapters.request_seat(world.people["member"], event)
    return event


def _event_draft(**changes):
    from datetime import datetime

    from community.chapters import services as chapters

    fields = dict(
        title="Budget season roundtable",
        description=FRIENDLY_POST,
        format="in_person",
        venue="The Library Room, 1 Example Street",
        online_url="",
        timezone="Europe/London",
        starts_local=datetime(2031, 5, 5, 19, 0),
        ends_local=datetime(2031, 5, 5, 22, 0),
        rsvp_deadline_local=datetime(2031, 5, 1, 12, 0),
        capacity=10,
        chatham_house=True,
    )
    fields.update(changes)
    return chapters.EventDraft(**fields)


def _sponsored_event(world: World):
    """A sponsored event another board member created: it waits for the board."""
    from community.chapters import services as chapters

    return chapters.create_event(
        world.get("second_board_member"),
        world.get("chapter"),
        _event_draft(sponsored=True, sponsor_name="Vendor Ltd"),
    )


def _past_event(world: World):
    """An event the member attended, now over (its times moved into the past afterwards)."""
    from datetime import timedelta

    from community.db_types import utcnow

    event = world.get("chapter_event")
    event.starts_at = utcnow() - timedelta(days=2)
    event.ends_at = utcnow() - timedelta(days=2) + timedelta(hours=3)
    event.rsvp_deadline = utcnow() - timedelta(days=3)
    return event


def _chapter_thread(world: World):
    from community.forum import services as forum
    from community.forum.models import Category

    space = db.session.get(Category, world.get("chapter").category_id)
    thread, post = forum.start_thread(world.people["member"], space, "Dinner in May", FRIENDLY_POST)
    world._objects["chapter_post"] = post
    return thread


def _chapter_post(world: World):
    world.get("chapter_thread")
    return world._objects["chapter_post"]


def _lead_proposal(world: World):
    """Another board member proposes the other member as a lead of the chapter."""
    from community.chapters import services as chapters

    return chapters.propose_lead(
        world.get("second_board_member"), world.get("chapter"), world.get("other_member"), REASON
    )


def _ask(world: World):
    """The member asks peers for recommendations."""
    from community.asks import services as asks

    return asks.post_ask(
        world.people["member"],
        "A partner for social listening in EMEA",
        "We need a partner for a social listening rollout in twelve markets. Who have you used?",
        "EUR 150-250k",
        "Q3",
    )


def _ask_response(world: World):
    """The member opened the ask to vendors; a consultant (none of the columns) responded."""
    from community.asks import services as asks

    ask = world.get("ask")
    asks.open_to_vendors(world.people["member"], ask, 7)
    consultant = world.person(
        "member", name="Connor Consult", job_title="Consultant", company="Listening Partners"
    )
    _accept_house_rules(consultant)
    return asks.respond(
        consultant,
        ask,
        "We ran a similar rollout across nine markets last year; the taxonomy came first.",
    )


OBJECTS: dict[str, Callable[[World], object]] = {
    "outbox_message": _outbox_message,
    "category": _category,
    "thread": _thread,
    "post": _post,
    "poll_option": _poll_option,
    "other_member": _other_member,
    "notification": _notification,
    "application": _application,
    "invitation": _invitation,
    "membership_review": _membership_review,
    "appeal": _appeal,
    "proposal": _proposal,
    "moderation_action": _moderation_action,
    "sanction": _sanction,
    "contact_request": _contact_request,
    "connection": _connection,
    "ask": _ask,
    "ask_response": _ask_response,
    "second_board_member": _second_board_member,
    "chapter": _chapter,
    "chapter_event": _chapter_event,
    "sponsored_event": _sponsored_event,
    "past_event": _past_event,
    "chapter_thread": _chapter_thread,
    "chapter_post": _chapter_post,
    "lead_proposal": _lead_proposal,
}


# URL arguments by name: a function of the world giving a value that exists.
ARGUMENTS: dict[str, Callable[[World], object]] = {
    "filename": lambda world: "css/app.css",
    "user_id": lambda world: world.people["member"].id,
    "message_id": lambda world: world.get("outbox_message").id,
    "category_id": lambda world: world.get("category").id,
    "slug": lambda world: world.get("category").slug,
    "thread_id": lambda world: world.get("thread").id,
    "post_id": lambda world: world.get("post").id,
    "notification_id": lambda world: world.get("notification").id,
    "application_id": lambda world: world.get("application").id,
    "invitation_id": lambda world: world.get("invitation").id,
    "review_id": lambda world: world.get("membership_review").id,
    "appeal_id": lambda world: world.get("appeal").id,
    "proposal_id": lambda world: world.get("proposal").id,
    "case_kind": lambda world: "application",
    "case_id": lambda world: world.get("application").id,
    "action_id": lambda world: world.get("moderation_action").id,
    "sanction_id": lambda world: world.get("sanction").id,
    "request_id": lambda world: world.get("contact_request").id,
    "connection_id": lambda world: world.get("connection").id,
    "ask_id": lambda world: world.get("ask").id,
    "response_id": lambda world: world.get("ask_response").id,
    "chapter_slug": lambda world: world.get("chapter").slug,
    "event_id": lambda world: world.get("chapter_event").id,
}


def _unsubscribe_token(world: World) -> str:
    from community.forum.notifications import unsubscribe_token

    return unsubscribe_token(world.people["member"].id, "reply")


# Where one argument name means different things on different routes. Signed links that only
# mail can carry (confirmations) get a stand-in: the matrix checks who may open the route.
def _other_member_id(world: World) -> int:
    return world.get("other_member").id


ENDPOINT_ARGUMENTS: dict[str, dict[str, Callable[[World], object]]] = {
    "accounts.request_contact": {"user_id": _other_member_id},
    # A chapter's lead proposals are proposals of the kind "chapter_lead".
    "chapters.decide_lead": {"proposal_id": lambda world: world.get("lead_proposal").id},
    "accounts.block": {"user_id": _other_member_id},
    "accounts.unblock": {"user_id": _other_member_id},
    "accounts.unsubscribe": {"token": _unsubscribe_token},
    "accounts.resubscribe": {"token": _unsubscribe_token},
    "accounts.unsubscribe_now": {"token": _unsubscribe_token},
    # The cheap one of the tasks an admin may queue (immediate mode runs it in the test).
    "admin.queue_task": {"name": lambda world: "reindex-search"},
    "membership.invitation": {"token": lambda world: "not-a-real-invitation"},
    "membership.confirm_invitation": {"token": lambda world: "not-a-signed-link"},
    "membership.confirm_work_email": {"token": lambda world: "not-a-signed-link"},
    "chapters.pin": {"thread_id": lambda world: world.get("chapter_thread").id},
    "chapters.lock": {"thread_id": lambda world: world.get("chapter_thread").id},
    "chapters.hide": {"post_id": lambda world: world.get("chapter_post").id},
    "chapters.approve_event": {"event_id": lambda world: world.get("sponsored_event").id},
    "chapters.attendees": {"event_id": lambda world: world.get("past_event").id},
}


# Valid form bodies by endpoint, so a POST is refused for the reason under test (a role, a
# missing CSRF token), not because the form was empty.
REASON = "Checked against the policy and the house rules; recorded for the security tests."

FORMS: dict[str, Callable[[World], dict]] = {
    "admin.person": lambda world: {"role": "moderator", "reason": REASON, "action": "grant"},
    "accounts.conversation": lambda world: {"body": "Thanks for the playbook; Tuesday works."},
    "accounts.reject_request": lambda world: {"reason": "Your note reads as a sales pitch."},
    "accounts.resubscribe": lambda world: {"delivery": "instant"},
    "asks.open_to_vendors": lambda world: {"days": "7"},
    "asks.respond": lambda world: {
        "body": "We ran a similar rollout across nine markets; the taxonomy came first."
    },
    "forum.reply": lambda world: {"body": "We briefed each director one to one beforehand."},
    "forum.react": lambda world: {"kind": "insightful"},
    "forum.bookmark": lambda world: {"action": "add"},
    "forum.subscription": lambda world: {"action": "follow"},
    "forum.vote": lambda world: {"option": str(world.get("poll_option").id)},
    "membership.board_application": lambda world: {"choice": "approve", "reason": REASON},
    "membership.board_appeal": lambda world: {"choice": "uphold", "reason": REASON},
    "membership.board_review": lambda world: {"decision": "keep", "reason": REASON},
    "membership.board_proposal": lambda world: {"action": "approve", "reason": REASON},
    "membership.board_case_note": lambda world: {"body": REASON},
    "membership.board_case_conflict": lambda world: {"reason": REASON},
    "moderation.flag_post": lambda world: {"reason": "off_topic", "note": ""},
    "moderation.queue_approve": lambda world: {"note": ""},
    "moderation.queue_hide": lambda world: {"category": "sales_pitch", "message": REASON},
    "moderation.queue_lock": lambda world: {"value": "on", "note": ""},
    "moderation.queue_pin": lambda world: {"value": "on", "note": ""},
    "moderation.queue_lift": lambda world: {"reason": REASON},
    "moderation.queue_propose_revocation": lambda world: {"revoke-reason": REASON},
    "moderation.queue_reverse": lambda world: {"reason": REASON},
    "chapters.new_chapter": lambda world: {
        "name": "Zurich",
        "kind": "regional",
        "visibility": "members",
    },
    "chapters.event_mail": lambda world: {"event_mail": "each"},
    "chapters.visibility": lambda world: {"visibility": "chapter"},
    "chapters.propose_lead": lambda world: {
        "email": world.get("other_member").email,
        "reason": REASON,
    },
    "chapters.decide_lead": lambda world: {"choice": "approve", "reason": ""},
    "chapters.pin": lambda world: {"value": "on"},
    "chapters.lock": lambda world: {"value": "on"},
    "chapters.hide": lambda world: {"reason": REASON},
    "chapters.new_event": lambda world: EVENT_FORM,
    "chapters.edit_event": lambda world: {**EVENT_FORM, "capacity": "12"},
    "chapters.cancel_event": lambda world: {"reason": REASON},
}


EVENT_FORM = {
    "title": "Budget season roundtable",
    "description": FRIENDLY_POST,
    "format": "in_person",
    "venue": "The Library Room, 1 Example Street",
    "timezone": "Europe/London",
    "starts_local": "2031-05-05T19:00",
    "ends_local": "2031-05-05T22:00",
    "rsvp_deadline_local": "2031-05-01T12:00",
    "capacity": "10",
}


def form_for(endpoint: str, world: World) -> dict:
    return FORMS[endpoint](world) if endpoint in FORMS else {}


def rule_methods(rule: Rule) -> set[str]:
    return set(rule.methods or ()) - IGNORED_METHODS


INT_ARGUMENT = re.compile(r"<int(?:\([^)]*\))?:(\w+)>")


def int_arguments(rule: Rule) -> list[str]:
    """The names of the rule's <int:...> arguments."""
    return INT_ARGUMENT.findall(rule.rule)


def url_for_rule(app: Flask, rule: Rule, world: World, *, placeholders=False, **override) -> str:
    """The path of the rule with arguments that exist in the world (or the given overrides).
    With placeholders, every argument not overridden gets a stand-in (1, or "x"): enough for
    checks that happen before the view looks anything up (CSRF, body size, headers)."""
    values = {}
    ints = set(int_arguments(rule))
    builders = {**ARGUMENTS, **ENDPOINT_ARGUMENTS.get(rule.endpoint, {})}
    for name in sorted(rule.arguments):
        if name in override:
            values[name] = override[name]
        elif placeholders:
            values[name] = 1 if name in ints else "x"
        elif name in builders:
            values[name] = builders[name](world)
        else:
            raise AssertionError(
                f"No value for the URL argument <{name}> of {rule.rule} ({rule.endpoint}): "
                f"add it to ARGUMENTS in tests/security/routes.py"
            )
    with app.test_request_context("/"):
        from flask import url_for

        return url_for(rule.endpoint, **values)


def rules_of(app: Flask) -> list[Rule]:
    return sorted(app.url_map.iter_rules(), key=lambda rule: (rule.endpoint, rule.rule))


def client_as(app: Flask, world: World, column: str):
    """A test client signed in as the person of this column (anonymous for the visitor)."""
    app.test_client_class = FreshContextClient
    client = app.test_client()
    person = world.people.get(column)
    if person is not None:
        with client.session_transaction() as session:
            session["_user_id"] = str(person.id)
            session["_fresh"] = True
    return client


def database_fingerprint() -> dict[str, list[str]]:
    """Every row of every table, so a test can assert that a refused request changed nothing."""
    db.session.expire_all()
    snapshot = {}
    with db.engine.connect() as connection:
        for table in db.metadata.sorted_tables:
            rows = connection.execute(select(table)).all()
            snapshot[table.name] = sorted(repr(tuple(row)) for row in rows)
    return snapshot


def changed_tables(before: dict, after: dict) -> list[str]:
    names = before.keys() | after.keys()
    return sorted(name for name in names if before.get(name) != after.get(name))
