"""A local OpenID Connect provider that stands in for LinkedIn in development and in the tests.

It is the PyPI package oidc-provider-mock (a dev dependency, never installed in production),
configured to behave like LinkedIn where our client must cope: the client must authenticate with
`client_secret_post`, and the ID token may omit the nonce. The app refuses to use it in production
(community.config.check_production_safety), and this module refuses to listen beyond loopback.

Run it for development: `python -m community.auth.local_provider --port 5001`.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import ipaddress
import json
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode

LOCAL_CLIENT_ID = "peer-circle-local"
LOCAL_CLIENT_SECRET = "peer-circle-local-secret"

# Demo identities offered on the provider's sign-in page (`make run`). Their roles and data come
# from `flask --app wsgi demo load`; the provider only knows who they are.
DEMO_IDENTITIES: tuple[dict, ...] = (
    {"sub": "demo-admin", "name": "Alex Admin", "email": "alex.admin@example.com"},
    {"sub": "demo-board-1", "name": "Beatrice Laurent", "email": "beatrice@example.com"},
    {"sub": "demo-board-2", "name": "Kwame Mensah", "email": "kwame@example.com"},
    {"sub": "demo-board-3", "name": "Ingrid Johansson", "email": "ingrid@example.com"},
    {"sub": "demo-moderator", "name": "Maya Patel", "email": "maya.patel@example.com"},
    {"sub": "demo-member-1", "name": "Daniel Okafor", "email": "daniel@example.com"},
    {"sub": "demo-member-2", "name": "Sofia Rossi", "email": "sofia@example.com"},
    {"sub": "demo-member-3", "name": "Tom Becker", "email": "tom@example.com"},
    {"sub": "demo-applicant-1", "name": "Priya Shah", "email": "priya@example.com"},
    {"sub": "demo-applicant-2", "name": "Lucas Martin", "email": "lucas@example.com"},
    {"sub": "demo-rejected", "name": "Ron Reyes", "email": "ron@example.com"},
    {"sub": "demo-visitor", "name": "Vera Visitor", "email": "vera@example.com"},
)


def linkedin_like_claims(identity: dict) -> dict:
    """Claims shaped like the ones in LinkedIn's ID token (email_verified and locale as strings)."""
    given, _, family = identity["name"].partition(" ")
    return {
        "name": identity["name"],
        "given_name": given,
        "family_name": family,
        "email": identity["email"],
        "email_verified": "true",
        "locale": "en_US",
        "picture": identity.get("picture"),
    }


@dataclass
class Behaviour:
    """How the provider treats the nonce and ID token; tests change it between sign-ins."""

    # "omit": like LinkedIn, the ID token carries no nonce; "echo": per the spec;
    # "wrong": a different nonce (a replayed token), which the client must reject.
    nonce: str = "omit"
    tamper_id_token: bool = False
    token_requests: list[dict] = field(default_factory=list)


class _LinkedInLikeMiddleware:
    """Adjusts requests and responses around the mock so it behaves like LinkedIn."""

    def __init__(self, app, behaviour: Behaviour):
        self.app = app
        self.behaviour = behaviour

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path == "/oauth2/authorize":
            self._rewrite_nonce(environ)
        if path == "/oauth2/token" and environ.get("REQUEST_METHOD") == "POST":
            return self._token(environ, start_response)
        return self.app(environ, start_response)

    def _rewrite_nonce(self, environ) -> None:
        params = parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if self.behaviour.nonce == "omit":
            params = [(k, v) for k, v in params if k != "nonce"]
        elif self.behaviour.nonce == "wrong":
            params = [(k, "not-the-nonce-you-sent" if k == "nonce" else v) for k, v in params]
        environ["QUERY_STRING"] = urlencode(params)

    def _token(self, environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        form = dict(parse_qsl(body.decode()))
        self.behaviour.token_requests.append(
            {
                "client_secret_in_body": "client_secret" in form,
                "basic_auth": environ.get("HTTP_AUTHORIZATION", "").startswith("Basic "),
                "code_verifier": "code_verifier" in form,
            }
        )

        environ["wsgi.input"] = io.BytesIO(body)
        captured: dict = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers
            return lambda data: None

        chunks = b"".join(self.app(environ, capture))
        if self.behaviour.tamper_id_token and captured["status"].startswith("200"):
            token = json.loads(chunks)
            header, payload, signature = token["id_token"].split(".")
            claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
            claims["email"] = "attacker@example.com"
            forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
            token["id_token"] = f"{header}.{forged}.{signature}"
            chunks = json.dumps(token).encode()
        headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
        headers.append(("Content-Length", str(len(chunks))))
        start_response(captured["status"], headers)
        return [chunks]


def create_provider(
    identities: Sequence[dict] = DEMO_IDENTITIES, behaviour: Behaviour | None = None
):
    """The provider as a WSGI app with our client registered; returns (wsgi_app, behaviour)."""
    import oidc_provider_mock
    from flask import g
    from oidc_provider_mock._storage import Client

    users = [
        oidc_provider_mock.User(sub=i["sub"], claims=linkedin_like_claims(i)) for i in identities
    ]
    app = oidc_provider_mock.app(require_client_registration=True, user_claims=users)
    with app.test_request_context("/"):
        app.preprocess_request()
        g.oidc_provider_mock_storage.store_client(
            Client(
                id=LOCAL_CLIENT_ID,
                secret=LOCAL_CLIENT_SECRET,
                redirect_uris=oidc_provider_mock._storage.ClientAllowAny(),
                allowed_scopes=Client.SCOPES_SUPPORTED,
                token_endpoint_auth_method="client_secret_post",
            )
        )
    behaviour = behaviour or Behaviour()
    return _LinkedInLikeMiddleware(app.wsgi_app, behaviour), behaviour


def _require_loopback(host: str) -> None:
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        raise SystemExit(f"The local sign-in provider only listens on loopback, not {host!r}.")


@contextlib.contextmanager
def serve_in_thread(
    host: str = "127.0.0.1", port: int = 0, identities: Sequence[dict] = DEMO_IDENTITIES
) -> Iterator[tuple[str, Behaviour]]:
    """Serve the provider in a background thread; yields (base_url, behaviour)."""
    from werkzeug.serving import make_server

    _require_loopback(host)
    wsgi_app, behaviour = create_provider(identities)
    server = make_server(host, port, wsgi_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1})
    thread.daemon = True
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}", behaviour
    finally:
        server.shutdown()
        server.server_close()
        thread.join(2)


def main() -> None:
    from werkzeug.serving import run_simple

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5001)
    args = parser.parse_args()
    _require_loopback(args.host)
    wsgi_app, _ = create_provider()
    print(f"Local sign-in provider on http://{args.host}:{args.port} (client {LOCAL_CLIENT_ID})")
    run_simple(args.host, args.port, wsgi_app, threaded=True)


if __name__ == "__main__":
    main()
