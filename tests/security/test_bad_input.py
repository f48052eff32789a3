"""Bad input gets a clear 4xx, never a 500: random filters and forms (hypothesis), oversized
bodies, broken cookies. Unknown ids are covered route by route in test_authorization_matrix."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from community.audit import record
from community.auth.models import ROLES
from community.extensions import db

from .routes import (
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

# Anything a person (or a script) can type: every Unicode character except lone surrogates,
# which cannot be encoded in a URL at all.
typed_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=120)
plausible_text = st.one_of(
    typed_text,
    st.dates().map(lambda day: day.isoformat()),
    st.integers().map(str),
    st.sampled_from(["", " ", "0", "-1", "²", "١٢", "9" * 30, "%", "_", "'", "\\", "\x00"]),
)

FAST_PROPERTIES = settings(
    max_examples=80,
    deadline=None,
    # The fixtures make an app and people once; every example only reads or is checked for it.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def admin_client(client, auth, admin, member):
    auth.login(admin)
    record(admin, "role.granted", member, after={"role": "member"}, reason="seed")
    db.session.commit()
    return client


def filters(*names: str):
    return st.dictionaries(st.sampled_from(names), plausible_text, max_size=len(names))


def assert_answered(response, params) -> None:
    """Never a 500: a NUL character is refused (400), a page number may not exist (404), and
    any other filter, however odd, just matches nothing."""
    status = response.status_code
    if any("\x00" in value for value in params.values()):
        assert status == 400, f"{params!r} gave {status}"
        assert b"NUL character" in response.data
    elif "page" in params:
        assert status in (200, 404), f"{params!r} gave {status}"
    else:
        assert status == 200, f"{params!r} gave {status}"


@FAST_PROPERTIES
@given(params=filters("q", "role", "page"))
@example(params={"q": "\x00"})
@example(params={"q": "%_%"})
@example(params={"page": "²"})
@example(params={"page": "9" * 30})
@example(params={"page": "9" * 5000})
def test_people_search_answers_whatever_is_typed(admin_client, params):
    response = admin_client.get("/admin/people", query_string=params)
    assert_answered(response, params)


@FAST_PROPERTIES
@given(params=filters("action", "actor", "subject_type", "subject_id", "since", "until", "page"))
@example(params={"subject_id": "²"})
@example(params={"subject_id": "9" * 30})
@example(params={"subject_id": "2147483648"})
@example(params={"subject_id": "9" * 5000})
@example(params={"since": "0001-01-01", "until": "9999-12-31"})
@example(params={"actor": "\x00", "action": "\x00"})
def test_audit_filters_answer_whatever_is_typed(admin_client, params):
    response = admin_client.get("/admin/audit", query_string=params)
    assert_answered(response, params)


@FAST_PROPERTIES
@given(params=filters("status", "page"))
@example(params={"status": "\x00"})
def test_outbox_filter_answers_whatever_is_typed(admin_client, params):
    response = admin_client.get("/admin/outbox", query_string=params)
    assert_answered(response, params)


def test_a_query_string_that_is_not_utf8_is_answered(admin_client):
    for path in ("/admin/people?q=%ff%fe", "/admin/audit?action=%c3%28", "/account?next=%80"):
        assert admin_client.get(path).status_code == 200, path


@FAST_PROPERTIES
@given(role=plausible_text, reason=plausible_text, action=st.sampled_from(["grant", "revoke", ""]))
@example(role="moderator", reason="\x00", action="grant")
@example(role="moderator", reason="x" * 501, action="grant")
@example(role="moderator", reason="   ", action="grant")
def test_the_role_form_refuses_bad_input_with_a_message_and_changes_nothing(
    admin_client, member, role, reason, action
):
    before = database_fingerprint()
    response = admin_client.post(
        f"/admin/people/{member.id}", data={"role": role, "reason": reason, "action": action}
    )
    assert response.status_code in (200, 302, 400), response.status_code
    valid = role in ROLES and reason.strip() and len(reason) <= 500 and "\x00" not in reason
    if response.status_code == 200:  # the form again, with what was wrong
        assert b"field__errors" in response.data
    if not valid or response.status_code != 302:
        assert not changed_tables(before, database_fingerprint())


def test_an_oversized_body_is_refused_with_413_on_every_state_changing_route(app, world):
    app.config["WTF_CSRF_ENABLED"] = True  # as in production: the token check reads the body
    client = client_as(app, world, "admin")
    too_big = "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    checked = []
    for rule in rules_of(app):
        for method in sorted(rule_methods(rule) & set(STATE_CHANGING)):
            url = url_for_rule(app, rule, world, placeholders=True)
            form = {**form_for(rule.endpoint, world), "padding": too_big}
            before = database_fingerprint()
            response = client.open(url, method=method, data=form)
            assert response.status_code == 413, f"{method} {url}: {response.status_code}"
            assert b"too large" in response.data
            assert not changed_tables(before, database_fingerprint()), url
            checked.append(url)
    assert checked


@FAST_PROPERTIES
@given(cookie=st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=300))
@example(cookie="")
@example(cookie="eyJfdXNlcl9pZCI6IjEifQ.forged.signature")
def test_a_broken_or_forged_session_cookie_means_a_visitor(client, cookie):
    client.set_cookie("session", cookie, domain="localhost.test")
    response = client.get("/account")
    assert response.status_code == 302
    assert "/auth/login" in response.headers["Location"]


# Query parameters the pages read (and some they don't), with values that trip naive parsing:
# int() reads "²", a database column can't hold 25 digits, and so on.
ODD_PARAMETERS = (
    "q", "page", "next", "status", "state", "role", "quote", "post", "member", "function",
    "expertise", "show", "bucket", "action", "since", "until", "actor", "subject_type",
    "subject_id", "kind", "category", "code", "error", "tab", "sort",
)  # fmt: skip
ODD_VALUES = ("²", "9" * 25, "-1", "0", "<b>'\"&;", "x" * 3000, "%ff", "2026-13-45")


def test_every_page_answers_odd_query_parameters_without_a_500(app, world):
    """Every page, opened by someone who may see it, with every odd value in every parameter."""
    from .test_authorization_matrix import MATRIX, who_may

    problems, checked = [], 0
    for rule in rules_of(app):
        access = MATRIX.get(rule.endpoint)
        if "GET" not in rule_methods(rule) or access is None or rule.endpoint == "static":
            continue
        column = who_may(rule.endpoint, access, "GET") or "visitor"
        client = client_as(app, world, column)
        url = url_for_rule(app, rule, world)
        for value in ODD_VALUES:
            response = client.get(url, query_string=dict.fromkeys(ODD_PARAMETERS, value))
            checked += 1
            if response.status_code >= 500:
                problems.append(f"GET {url} as {column} with {value[:12]!r}: 500")
    assert checked
    assert not problems, "\n".join(problems)


# Malformed bodies and paths on every route of the URL map: JSON where a form is expected (with
# a valid CSRF header, so the request reaches the view), NUL bytes in path arguments, numbers
# no column can hold. Each answer is a 4xx, never a 500.

NON_STRINGS = (12345, 1.5, True, None, ["a", "b"], {"nested": "x"}, [], {})
HUGE_NUMBERS = ("9" * 30, str(2**31), str(-(2**63) - 1))


def form_fields() -> dict[str, type]:
    """Every field name of every form class in the app, with its field class."""
    import importlib
    import pkgutil

    from flask_wtf import FlaskForm
    from wtforms.fields.core import UnboundField

    import community

    for module in pkgutil.walk_packages(community.__path__, "community."):
        if module.name.rsplit(".", 1)[-1].endswith("forms"):
            importlib.import_module(module.name)
    fields, pending = {}, list(FlaskForm.__subclasses__())
    while pending:
        form = pending.pop()
        pending += form.__subclasses__()
        for name, value in vars(form).items():
            if isinstance(value, UnboundField):
                fields[name] = value.field_class
    return fields


def csrf_client(app, world, column: str):
    import re

    client = client_as(app, world, column)
    page = client.get("/", follow_redirects=True).get_data(as_text=True)
    token = re.search(r'<meta name="csrf-token" content="([^"]+)"', page).group(1)
    return client, {"X-CSRFToken": token}


def posting_column(endpoint: str) -> str:
    from .test_authorization_matrix import MATRIX, who_may

    access = MATRIX.get(endpoint)
    return (who_may(endpoint, access, "POST") if access else None) or "admin"


def test_json_bodies_with_non_string_fields_are_refused_on_every_state_changing_route(app, world):
    app.config["WTF_CSRF_ENABLED"] = True
    names = sorted(form_fields())
    problems, checked = [], 0
    for method, endpoint, url, _ in state_changing_requests(app, world):
        client, headers = csrf_client(app, world, posting_column(endpoint))
        before = database_fingerprint()
        for shape in NON_STRINGS:
            body = dict.fromkeys(names, shape)
            response = client.open(url, method=method, json=body, headers=headers)
            checked += 1
            if not 400 <= response.status_code < 500:
                problems.append(f"{method} {url} with {shape!r}: {response.status_code}")
        if changed := changed_tables(before, database_fingerprint()):
            problems.append(f"{method} {url} changed {changed}")
    assert checked
    assert not problems, "\n".join(problems)


def state_changing_requests(app, world) -> list[tuple[str, str, str, dict]]:
    """(method, endpoint, url, valid form) for every state-changing route, all built before the
    first request: a request that goes through may delete what a later URL names (then 404)."""
    requests = [
        (method, rule.endpoint, url_for_rule(app, rule, world), VALID_FORMS.get(rule.endpoint))
        for rule in rules_of(app)
        for method in sorted(rule_methods(rule) & set(STATE_CHANGING))
    ]
    return [(m, e, url, valid or form_for(e, world)) for m, e, url, valid in requests]


def test_a_nul_byte_in_any_path_argument_is_a_4xx(app, world):
    app.config["WTF_CSRF_ENABLED"] = True
    problems, checked = [], 0
    for rule in rules_of(app):
        text_arguments = sorted(set(rule.arguments) - set(int_arguments(rule)))
        if not text_arguments:
            continue
        column = posting_column(rule.endpoint)
        client, headers = csrf_client(app, world, column)
        for name in text_arguments:
            for value in ("\x00", "a\x00b", world_value(app, rule, world, name) + "\x00"):
                url = url_for_rule(app, rule, world, **{name: value})
                for method in sorted(rule_methods(rule)):
                    data = form_for(rule.endpoint, world) if method in STATE_CHANGING else None
                    response = client.open(url, method=method, data=data, headers=headers)
                    checked += 1
                    if not 400 <= response.status_code < 500:
                        problems.append(f"{method} {url} as {column}: {response.status_code}")
    assert checked
    assert not problems, "\n".join(problems)


def world_value(app, rule, world, name: str) -> str:
    """The real value of the argument (a category's slug), so a NUL after it is the only fault."""
    from .routes import ARGUMENTS, ENDPOINT_ARGUMENTS

    builders = {**ARGUMENTS, **ENDPOINT_ARGUMENTS.get(rule.endpoint, {})}
    return str(builders[name](world)) if name in builders else "x"


# Valid forms for routes that routes.FORMS leaves empty, so a huge number is the only fault.
CATEGORY_FORM = {"name": "Boards and Strategy", "description": "Numbers tests.", "slug": ""}
VALID_FORMS = {"forum.admin_categories": CATEGORY_FORM, "forum.admin_category": CATEGORY_FORM}


def test_numbers_no_column_can_hold_never_give_a_500_on_any_state_changing_route(app, world):
    fields = form_fields()
    numeric = sorted(name for name, kind in fields.items() if "Integer" in kind.__name__)
    assert "position" in numeric
    requests = state_changing_requests(app, world)
    problems = []
    for method, endpoint, url, valid in requests:
        client = client_as(app, world, posting_column(endpoint))
        for number in HUGE_NUMBERS:
            data = {**valid, **dict.fromkeys(numeric, number)}
            response = client.open(url, method=method, data=data)
            if response.status_code >= 500:
                problems.append(f"{method} {url} with {number[:12]}: 500")
    assert requests
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("position", [*HUGE_NUMBERS, "-1"])
def test_an_out_of_range_category_position_is_refused_with_the_form_again(
    admin_client, app, admin, position
):
    from community.forum import services as forum

    category = forum.create_category(admin, "Existing Category", "For the update form.")
    before = database_fingerprint()
    for url in ("/forum/admin/categories", f"/forum/admin/categories/{category.id}"):
        response = admin_client.post(url, data={**CATEGORY_FORM, "position": position})
        assert response.status_code == 400, (url, response.status_code)
        assert b"field__errors" in response.data
    assert not changed_tables(before, database_fingerprint())
