"""Sign-in end to end against the local OpenID Connect provider, behaving like LinkedIn."""

from __future__ import annotations

import pytest
import requests
from sqlalchemy import func, select

from community.audit import AuditEvent
from community.auth.models import User
from community.extensions import db
from tests.conftest import provider_authorize, query_params


@pytest.fixture(autouse=True)
def linkedin_like(oidc_provider):
    """Every test starts with the provider behaving like LinkedIn: no nonce in the ID token."""
    oidc_provider.behaviour.nonce = "omit"
    oidc_provider.behaviour.tamper_id_token = False
    oidc_provider.behaviour.token_requests.clear()
    yield oidc_provider.behaviour


def test_first_sign_in_creates_the_person_from_the_id_token(client, auth):
    response = auth.sign_in_via_provider("test-alice")
    assert response.status_code == 200
    user = db.session.scalar(select(User).where(User.subject == "test-alice"))
    assert user.name == "Alice Tester"
    assert user.email == "alice@example.org"
    # LinkedIn's ID token says "true" as a string; we store a boolean.
    assert user.email_verified is True
    assert user.locale == "en_US"
    assert b"Welcome, Alice Tester" in response.data
    created = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "user.created"))
    assert [e.subject_id for e in created] == [user.id]


def test_returning_person_is_the_same_record_with_updated_details(client, auth, oidc_provider):
    auth.sign_in_via_provider("test-bob")
    first = db.session.scalar(select(User).where(User.subject == "test-bob"))
    first.name = "Old Name"
    db.session.commit()
    client.post("/auth/logout")
    auth.sign_in_via_provider("test-bob")
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(User)) == 1
    assert db.session.get(User, first.id).name == "Bob Tester"


def test_the_client_authenticates_with_client_secret_post(client, auth, linkedin_like):
    auth.sign_in_via_provider("test-alice")
    assert linkedin_like.token_requests == [
        {"client_secret_in_body": True, "basic_auth": False, "code_verifier": False}
    ]


def test_provider_refuses_a_client_that_uses_basic_auth(oidc_provider):
    """The stand-in provider enforces client_secret_post, so the test above can fail."""
    response = requests.post(
        f"{oidc_provider.url}/oauth2/token",
        data={"grant_type": "authorization_code", "code": "x", "redirect_uri": "http://x/cb"},
        auth=("peer-circle-local", "peer-circle-local-secret"),
        timeout=10,
    )
    assert response.status_code in (400, 401)
    assert response.json()["error"] == "invalid_client"


def test_a_nonce_returned_by_the_provider_is_verified_and_accepted(client, auth, linkedin_like):
    linkedin_like.nonce = "echo"
    response = auth.sign_in_via_provider("test-alice")
    assert b"Welcome, Alice Tester" in response.data


def test_a_wrong_nonce_is_rejected(client, auth, linkedin_like):
    linkedin_like.nonce = "wrong"
    response = auth.sign_in_via_provider("test-alice")
    assert response.status_code == 400
    assert b"could not verify your sign-in" in response.data
    assert db.session.scalar(select(func.count()).select_from(User)) == 0


def test_a_tampered_id_token_is_rejected(client, auth, linkedin_like):
    linkedin_like.tamper_id_token = True
    response = auth.sign_in_via_provider("test-alice")
    assert response.status_code == 400
    assert db.session.scalar(select(User).where(User.email == "attacker@example.com")) is None


def test_pressing_cancel_at_the_provider_gives_a_clear_page(client):
    start = client.get("/auth/login")
    answer = provider_authorize(start.headers["Location"], sub="", action="deny")
    assert query_params(answer)["error"] == "access_denied"
    response = client.get(f"/auth/callback?{answer.split('?', 1)[1]}")
    assert response.status_code == 400
    assert b"Sign-in cancelled" in response.data


def test_a_callback_with_a_forged_state_is_refused(client):
    client.get("/auth/login")
    response = client.get("/auth/callback?code=abc&state=forged")
    assert response.status_code == 400
    assert b"could not verify your sign-in" in response.data


def test_a_callback_with_no_state_is_refused(client):
    response = client.get("/auth/callback?code=abc")
    assert response.status_code == 400
    assert b"missing information" in response.data


def test_state_and_nonce_are_kept_on_the_server_not_in_the_cookie(client, app):
    start = client.get("/auth/login")
    params = query_params(start.headers["Location"])
    with client.session_transaction() as session:
        stored = {k: v for k, v in session.items() if k.startswith("_state_")}
    assert list(stored) == [f"_state_linkedin_{params['state']}"]
    assert "data" not in stored[f"_state_linkedin_{params['state']}"]
    assert params["nonce"] not in str(dict(stored))


def test_a_code_cannot_be_used_twice(client, auth):
    start = client.get("/auth/login")
    answer = provider_authorize(start.headers["Location"], "test-alice")
    path = answer.split("/auth/callback", 1)[1]
    assert client.get(f"/auth/callback{path}").status_code == 302
    client.post("/auth/logout")
    assert client.get(f"/auth/callback{path}").status_code == 400


def test_the_session_is_renewed_at_sign_in(client, auth):
    with client.session_transaction() as session:
        session["planted"] = "by someone else"
    auth.sign_in_via_provider("test-alice")
    with client.session_transaction() as session:
        assert "planted" not in session
        assert session["_user_id"]


def test_sign_out_clears_the_session(client, auth):
    auth.sign_in_via_provider("test-alice")
    response = client.post("/auth/logout", follow_redirects=True)
    assert b"You have signed out" in response.data
    with client.session_transaction() as session:
        assert "_user_id" not in session


@pytest.mark.parametrize(
    "target, expected",
    [
        ("/admin/people", "/admin/people"),
        ("https://evil.example/", None),
        ("//evil.example/x", None),
        ("/\\evil.example", None),
        ("javascript:alert(1)", None),
    ],
)
def test_next_never_redirects_off_site(target, expected):
    from community.auth.views import safe_next

    assert safe_next(target) == expected


def test_sign_in_returns_to_the_page_asked_for(client, auth, person):
    admin_user = person("admin", email="alice@example.org")
    admin_user.subject = "test-alice"
    db.session.commit()
    start = client.get("/auth/login?next=/admin/people")
    answer = provider_authorize(start.headers["Location"], "test-alice")
    response = client.get("/auth/callback?" + answer.split("?", 1)[1])
    assert response.headers["Location"].endswith("/admin/people")


def test_linkedin_quirks_in_claims_are_normalised():
    from community.auth.services import normalise_claims

    from_id_token = normalise_claims(
        {"sub": "x", "email_verified": "true", "locale": "en_US", "email": "A@B.com"}
    )
    from_userinfo = normalise_claims(
        {"sub": "x", "email_verified": True, "locale": {"country": "US", "language": "en"}}
    )
    assert from_id_token["email_verified"] is True and from_userinfo["email_verified"] is True
    assert from_id_token["locale"] == from_userinfo["locale"] == "en_US"
    assert from_id_token["email"] == "a@b.com"
    assert normalise_claims({"sub": "x", "email_verified": "false"})["email_verified"] is False
