"""Who may do what: every route of the app, requested as each role, against one table.

The routes come from the app's URL map, so a new route without a row here fails
`test_every_route_of_the_app_has_a_row_in_the_matrix`, naming it. A row says, for each column
(visitor, applicant, member, suspended member, moderator, board, admin), what a GET gives and,
for routes that change state, what a POST gives; a POST refused to a role must change nothing in
the database. URL arguments and the objects they name come from tests/security/routes.py.

Outcomes: a status code, or LOGIN for "redirected to sign in" (a visitor on a members' page).
The suspended member is a member under a full suspension given by a moderator; their column
is worked out from the member column (SANCTIONED) unless a row spells it out. Forms are the
ones in routes.FORMS (valid ones), or empty, which the features answer with 400.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from .routes import (
    HELD_ROLES,
    ROLES,
    STATE_CHANGING,
    changed_tables,
    client_as,
    database_fingerprint,
    form_for,
    int_arguments,
    rule_methods,
    rules_of,
    url_for_rule,
)

LOGIN = "login"
REFUSALS = (LOGIN, 400, 401, 403, 404, 405)

# The suspended column, unless a row says otherwise: a fully suspended member gets the page
# that explains their suspension (403) everywhere but the few pages left open to them, where
# they are treated like any member.
SANCTIONED = "as sanctioned"
OPEN_WHILE_SUSPENDED = {
    "static",
    "main.house_rules",
    "main.privacy",
    "main.health",
    "main.ready",
    "main.metrics",
    "auth.logout",
    "moderation.standing",
    "moderation.rules_history",
    # Their own data: what we hold, the export, and deleting the account.
    "accounts.your_data",
    "accounts.export_data",
    "accounts.delete_account",
}


def expect(visitor, applicant, member, suspended, moderator, board, admin) -> dict:
    """One outcome per column, in the order of the matrix."""
    return dict(
        zip(ROLES, (visitor, applicant, member, suspended, moderator, board, admin), strict=True)
    )


def everyone(outcome=200) -> dict:
    return {**dict.fromkeys(ROLES, outcome), "suspended": SANCTIONED}


def signed_in(outcome=200) -> dict:
    """Anyone signed in; visitors are sent to sign in."""
    return {**everyone(outcome), "visitor": LOGIN}


def only(*roles: str, ok=200) -> dict:
    """Holders of any of the roles get `ok`; other signed-in people 403; visitors sign in."""
    outcomes = {"visitor": LOGIN, "suspended": SANCTIONED}
    for column in ROLES[1:]:
        if column != "suspended":
            outcomes[column] = ok if set(HELD_ROLES[column]) & set(roles) else 403
    return outcomes


def members(ok=200) -> dict:
    """Active members (moderators and board members are members too); applicants and admins
    who are not members get 403; visitors sign in."""
    return only("member", ok=ok)


def but(outcomes: dict, **changes) -> dict:
    """The same outcomes with some columns changed: but(members(), member=302)."""
    return {**outcomes, **changes}


def outcome_for(endpoint: str, outcomes: dict, column: str):
    outcome = outcomes[column]
    if outcome != SANCTIONED:
        return outcome
    if not _moderation_present() or endpoint in OPEN_WHILE_SUSPENDED:
        return outcomes["member"]
    return 403


def _moderation_present() -> bool:
    import importlib.util

    return importlib.util.find_spec("community.moderation.views") is not None


@dataclass(frozen=True)
class Access:
    """Outcomes by column for GET and for POST (the POST body comes from routes.FORMS)."""

    get: dict | None = None
    post: dict | None = None


# One row per endpoint.
MATRIX: dict[str, Access] = {
    "static": Access(get=everyone()),
    # Public pages. The landing page sends signed-in people on to their own page.
    "main.index": Access(get=but(everyone(302), visitor=200)),
    "main.house_rules": Access(get=everyone()),
    "main.privacy": Access(get=everyone()),
    "main.health": Access(get=everyone()),
    "main.ready": Access(get=everyone()),
    # Prometheus: clients on this machine (the test client is 127.0.0.1) or METRICS_TOKEN.
    "main.metrics": Access(get=everyone()),
    "main.account": Access(get=signed_in()),
    # Sign-in: visitors go to the provider, signed-in people to their page. The callback
    # without the provider's answer is a clear 400 for anyone. Anyone may sign out.
    "auth.login": Access(get=everyone(302)),
    "auth.callback": Access(get=everyone(400)),
    "auth.logout": Access(post=everyone(302)),
    # Admin.
    "admin.people": Access(get=only("admin")),
    "admin.person": Access(get=only("admin"), post=only("admin", ok=302)),
    "admin.audit_trail": Access(get=only("admin")),
    "admin.outbox": Access(get=only("admin")),
    "admin.outbox_message": Access(get=only("admin")),
    "admin.tasks": Access(get=only("admin")),
    "admin.queue_task": Access(post=only("admin", ok=302)),
    # Membership (issue 3). With nothing to apply for or appeal, people are sent to their
    # status page; signed links that don't verify send them there too, with a message.
    "membership.status": Access(get=signed_in()),
    "membership.apply": Access(get=signed_in(302), post=signed_in(302)),
    "membership.title_reading": Access(get=signed_in()),
    "membership.withdraw": Access(post=signed_in(302)),
    "membership.work_email": Access(post=signed_in(302)),
    "membership.confirm_work_email": Access(get=signed_in(302)),
    "membership.invitation": Access(get=everyone(404), post=everyone(404)),
    "membership.confirm_invitation": Access(get=signed_in(302)),
    "membership.appeal": Access(get=signed_in(302), post=signed_in(302)),
    "membership.invite": Access(get=only("member"), post=only("member", ok=400)),
    # The member sent the invitation; the board may revoke any; another member may not.
    "membership.revoke_invitation": Access(
        post=but(only("member", "board", ok=302), moderator=403)
    ),
    "membership.board_applications": Access(get=only("board")),
    "membership.board_application": Access(get=only("board"), post=only("board", ok=302)),
    "membership.board_application_reject": Access(post=only("board", ok=302)),
    "membership.board_appeals": Access(get=only("board")),
    "membership.board_appeal": Access(get=only("board"), post=only("board", ok=302)),
    "membership.board_appeal_claim": Access(post=only("board", ok=302)),
    "membership.board_reviews": Access(get=only("board")),
    "membership.board_review": Access(get=only("board"), post=only("board", ok=302)),
    "membership.board_policy": Access(get=only("board"), post=only("board", ok=400)),
    "membership.board_exceptions": Access(get=only("board")),
    "membership.board_settings": Access(get=only("board"), post=only("board", ok=400)),
    "membership.board_proposals": Access(get=only("board")),
    "membership.board_proposal": Access(post=only("board", ok=302)),
    "membership.board_seat_proposal": Access(post=only("board", ok=400)),
    "membership.board_case_note": Access(post=only("board", ok=302)),
    "membership.board_case_conflict": Access(post=only("board", ok=302)),
    "membership.board_invitations": Access(get=only("board")),
    "membership.board_audit": Access(get=only("board")),
    # Forum (issue 4). The thread and its first post are the member's; admins who are not
    # members manage categories but don't read the forum.
    "forum.index": Access(get=members()),
    "forum.category": Access(get=members()),
    "forum.thread": Access(get=members()),
    "forum.first_unread": Access(get=members(302)),
    # The thread page's script reports how far it showed; an empty form is refused (400).
    "forum.mark_thread_read": Access(post=but(members(400), visitor=401)),
    "forum.post": Access(get=members(302)),
    "forum.post_history": Access(get=only("moderator")),
    "forum.search_page": Access(get=members()),
    "forum.new_thread": Access(get=members(), post=members(400)),
    "forum.reply": Access(get=members(), post=members(302)),
    "forum.edit_post": Access(
        get=but(members(), moderator=403, board=403),
        post=but(members(400), moderator=403, board=403),
    ),
    "forum.delete_post": Access(post=but(members(302), moderator=403, board=403)),
    "forum.preview": Access(post=members()),
    "forum.subscription": Access(post=members(302)),
    "forum.vote": Access(post=members(302)),
    # Bad input (an empty form) is a 4xx, as everywhere.
    "forum.accept_house_rules": Access(get=members(), post=members(400)),
    # The home feed, reactions and bookmarks (issue 15). Reacting is taking part: a full
    # suspension refuses it like posting; the bookmarks page is the member's own.
    "forum.feed_page": Access(get=members()),
    "forum.bookmarks": Access(get=members()),
    "forum.react": Access(post=members(302)),
    "forum.bookmark": Access(post=members(302)),
    "forum.admin_categories": Access(get=only("admin"), post=only("admin", ok=400)),
    "forum.admin_category": Access(get=only("admin"), post=only("admin", ok=400)),
    "forum.admin_delete_category": Access(post=only("admin", ok=302)),
    # Chapters and events (issue 17). The world's chapter was opened by the board; the member
    # joined it and is going to its event. No column leads it: the board runs its events,
    # moderators moderate its space. Conflicts (joining twice, no RSVP to cancel) are 409.
    "chapters.index": Access(get=members()),
    "chapters.new_chapter": Access(get=only("board"), post=only("board", ok=302)),
    "chapters.chapter": Access(get=members()),
    "chapters.join": Access(post=but(members(302), member=409)),
    "chapters.leave": Access(post=but(members(409), member=302)),
    "chapters.event_mail": Access(post=but(members(409), member=302)),
    "chapters.visibility": Access(post=but(members(403), board=302)),
    "chapters.propose_lead": Access(post=only("board", ok=302)),
    "chapters.decide_lead": Access(post=only("board", ok=302)),
    "chapters.pin": Access(post=but(members(403), moderator=302)),
    "chapters.lock": Access(post=but(members(403), moderator=302)),
    "chapters.hide": Access(post=but(members(403), moderator=302)),
    "chapters.new_event": Access(get=members(), post=members(302)),
    "chapters.event": Access(get=members()),
    "chapters.edit_event": Access(get=only("board"), post=only("board", ok=302)),
    # A sponsored event another board member created: members don't see it yet (404), a
    # moderator sees it but has nothing to approve (403), the board approves it.
    "chapters.approve_event": Access(post=but(only("board", ok=302), member=404)),
    "chapters.cancel_event": Access(post=only("board", ok=302)),
    "chapters.rsvp": Access(post=but(members(302), member=409)),
    "chapters.cancel_rsvp": Access(post=but(members(409), member=302)),
    # Over, and the member attended: only they see who came.
    "chapters.attendees": Access(get=but(members(403), member=200)),
    # Moderation (issue 5). The "suspended" column is a member under a full suspension.
    "moderation.standing": Access(get=signed_in()),
    # The post is the member's own, which they can't flag.
    "moderation.flag_post": Access(get=members(), post=but(members(302), member=400)),
    "moderation.queue": Access(get=only("moderator")),
    "moderation.queue_approve": Access(post=only("moderator", ok=302)),
    "moderation.queue_hide": Access(post=only("moderator", ok=302)),
    "moderation.queue_edit": Access(get=only("moderator"), post=only("moderator", ok=400)),
    "moderation.queue_lock": Access(post=only("moderator", ok=302)),
    "moderation.queue_pin": Access(post=only("moderator", ok=302)),
    "moderation.queue_move": Access(get=only("moderator"), post=only("moderator", ok=400)),
    "moderation.queue_members": Access(get=only("moderator")),
    "moderation.queue_member": Access(get=only("moderator"), post=only("moderator", ok=400)),
    "moderation.queue_lift": Access(post=only("moderator", ok=302)),
    "moderation.queue_propose_revocation": Access(post=only("moderator", ok=302)),
    "moderation.queue_log": Access(get=only("moderator")),
    "moderation.queue_reverse": Access(post=only("moderator", ok=302)),
    "moderation.rules_edit": Access(get=only("board"), post=only("board", ok=400)),
    "moderation.rules_history": Access(get=everyone()),
    "moderation.pitch_policy": Access(get=only("board")),
    # Accounts (issue 6). The contact request is from the board member to the member; the
    # connection is between the moderator and the member; the notification is the member's.
    # Only the people concerned see them: to anyone else they don't exist (404).
    "accounts.directory": Access(get=members()),
    "accounts.profile": Access(get=members()),
    "accounts.edit_profile": Access(get=members(), post=members(400)),
    "accounts.request_contact": Access(get=members(), post=members(400)),
    "accounts.contact_requests": Access(get=members()),
    "accounts.sent_requests": Access(get=members()),
    "accounts.accept_request": Access(post=but(members(302), moderator=404, board=404)),
    "accounts.decline_request": Access(post=but(members(302), moderator=404, board=404)),
    "accounts.contacts": Access(get=members()),
    "accounts.conversation": Access(
        get=but(members(), board=404), post=but(members(302), board=404)
    ),
    # The conversation page's script reports that it was shown.
    "accounts.mark_conversation_read": Access(post=but(members(), board=404, visitor=401)),
    "accounts.blocked_members": Access(get=members()),
    "accounts.block": Access(post=members(302)),
    "accounts.unblock": Access(post=members(302)),
    "accounts.held_requests": Access(get=only("moderator")),
    # The request is not held, so there is nothing to release or reject: 409.
    "accounts.release_request": Access(post=only("moderator", ok=409)),
    "accounts.reject_request": Access(post=only("moderator", ok=409)),
    "accounts.notifications": Access(get=members()),
    "accounts.open_notification": Access(get=but(members(302), moderator=404, board=404)),
    "accounts.mark_all_read": Access(post=members(302)),
    "accounts.notification_settings": Access(get=members(), post=members(400)),
    # One click from an email, signed in or not: the link itself is the credential.
    # The GET only asks (link scanners follow links); the POST, from the page or a mail
    # client's List-Unsubscribe-Post, unsubscribes.
    "accounts.unsubscribe": Access(get=everyone()),
    "accounts.unsubscribe_now": Access(post=everyone()),
    "accounts.resubscribe": Access(post=everyone(302)),
    "accounts.unsubscribe_done": Access(get=everyone()),
    "accounts.your_data": Access(get=signed_in()),
    "accounts.export_data": Access(get=signed_in()),
    # Without the confirmation the form asks for, nothing is deleted.
    "accounts.delete_account": Access(get=signed_in(), post=signed_in(400)),
    # Asks (issue 18). The ask is the member's; the response is a consultant's to it. Only the
    # asker decides on responses: to anyone else they don't exist (404). The member may not
    # respond to their own ask, and the other columns provide no services (403).
    "asks.index": Access(get=members()),
    "asks.new_ask": Access(get=members(), post=members(400)),
    "asks.ask": Access(get=members()),
    "asks.open_to_vendors": Access(post=but(members(302), moderator=404, board=404)),
    "asks.respond": Access(post=members(403)),
    "asks.shortlist": Access(post=but(members(302), moderator=404, board=404)),
    "asks.decline": Access(post=but(members(302), moderator=404, board=404)),
    "asks.accept": Access(post=but(members(302), moderator=404, board=404)),
    "asks.report": Access(post=but(members(302), moderator=404, board=404)),
    "asks.my_services": Access(get=members(), post=members(302)),
    "asks.providers": Access(get=members()),
    "asks.signals": Access(get=only("moderator")),
    "asks.board": Access(get=only("board")),
}


def outcome_of(response):
    """The status, or LOGIN for a redirect to sign in; the response is closed (static files)."""
    response.close()
    location = response.headers.get("Location", "")
    if response.status_code in (301, 302, 303) and urlsplit(location).path.endswith("/auth/login"):
        return LOGIN
    return response.status_code


def test_every_route_of_the_app_has_a_row_in_the_matrix(app):
    missing = [
        f"{rule.endpoint}  ({rule.rule}, {', '.join(sorted(rule_methods(rule)))})"
        for rule in rules_of(app)
        if rule.endpoint not in MATRIX
    ]
    assert not missing, (
        "These routes have no row in MATRIX (tests/security/test_authorization_matrix.py); "
        "add one saying what each role gets:\n  " + "\n  ".join(sorted(set(missing)))
    )


def feature_of(endpoint: str) -> str:
    return endpoint.split(".", 1)[0]


def test_the_matrix_names_no_route_that_does_not_exist(app):
    """Rows of a feature that is not in this tree (its blueprint is absent) are left alone."""
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    stale = sorted(
        endpoint
        for endpoint in set(MATRIX) - endpoints
        if feature_of(endpoint) in app.blueprints or "." not in endpoint
    )
    assert not stale, f"MATRIX has rows for endpoints the app does not have: {stale}"


def test_every_method_a_route_accepts_is_described(app):
    problems = []
    for rule in rules_of(app):
        access = MATRIX.get(rule.endpoint)
        if access is None:
            continue  # reported by the test above
        for method in sorted(rule_methods(rule)):
            described = access.get if method == "GET" else access.post
            if method not in ("GET", "POST") or described is None:
                problems.append(f"{method} {rule.rule} ({rule.endpoint})")
    assert not problems, "No expectations for: " + ", ".join(problems)


@pytest.mark.parametrize("endpoint", sorted(MATRIX))
def test_each_role_gets_what_the_matrix_says(app, world, endpoint):
    rules = [rule for rule in rules_of(app) if rule.endpoint == endpoint]
    if not rules and feature_of(endpoint) not in app.blueprints:
        pytest.skip(f"the {feature_of(endpoint)} feature is not in this tree")
    assert rules, f"{endpoint} is in MATRIX but not in the app"
    access = MATRIX[endpoint]
    clients = {column: client_as(app, world, column) for column in ROLES}
    mismatches = []
    for rule in rules:
        url = url_for_rule(app, rule, world)
        methods = rule_methods(rule)
        if "GET" in methods and access.get is not None:
            for column in ROLES:
                expected = outcome_for(endpoint, access.get, column)
                got = outcome_of(clients[column].get(url))
                if got != expected:
                    mismatches.append(f"GET {url} as {column}: expected {expected}, got {got}")
        if "POST" in methods and access.post is not None:
            form = form_for(endpoint, world)
            # Refused roles first, while the world is as built; then the roles that may post.
            expected_by_column = {c: outcome_for(endpoint, access.post, c) for c in ROLES}
            order = sorted(ROLES, key=lambda column: expected_by_column[column] not in REFUSALS)
            for column in order:
                expected = expected_by_column[column]
                before = database_fingerprint() if expected in REFUSALS else None
                got = outcome_of(clients[column].post(url, data=form))
                if got != expected:
                    mismatches.append(f"POST {url} as {column}: expected {expected}, got {got}")
                if before is not None and (
                    changed := changed_tables(before, database_fingerprint())
                ):
                    mismatches.append(f"POST {url} as {column} was refused but changed {changed}")
    assert not mismatches, "\n".join(mismatches)


UNKNOWN_IDS = (0, 2**31 - 1, 2**31, 2**63)


def who_may(endpoint: str, access: Access, method: str) -> str | None:
    outcomes = access.get if method == "GET" else access.post
    for column in ROLES:
        if outcomes and outcome_for(endpoint, outcomes, column) not in REFUSALS:
            return column
    return None


def test_unknown_ids_are_404_for_whoever_may_see_the_page(app, world):
    """Every <int:...> argument, given an id that names nothing (or is out of any column's
    range), gives 404 to a person who may use the route: never a 500."""
    problems, checked = [], 0
    for rule in rules_of(app):
        names = int_arguments(rule)
        access = MATRIX.get(rule.endpoint)
        if not names or access is None:
            continue
        method = "GET" if "GET" in rule_methods(rule) else sorted(rule_methods(rule))[0]
        column = who_may(rule.endpoint, access, method)
        if column is None:
            continue
        client = client_as(app, world, column)
        form = form_for(rule.endpoint, world) if method in STATE_CHANGING else None
        for name in names:
            for unknown in UNKNOWN_IDS:
                url = url_for_rule(app, rule, world, **{name: unknown})
                got = outcome_of(client.open(url, method=method, data=form))
                checked += 1
                if got != 404:
                    problems.append(f"{method} {url} as {column}: {got}")
            # More digits than Python converts to int by default (4300).
            url = url_for_rule(app, rule, world, **{name: 918273645})
            url = url.replace("918273645", "9" * 5000)
            if (got := outcome_of(client.open(url, method=method, data=form))) != 404:
                problems.append(f"{method} {url[:60]}... as {column}: {got}")
    assert checked, "no route with an <int:...> argument was checked"
    assert not problems, "Unknown ids must give 404:\n" + "\n".join(problems)
