"""The LinkedIn OpenID Connect client (Authlib); the local stand-in provider uses the same code."""

from __future__ import annotations

from authlib.integrations.flask_client import OAuth
from authlib.oidc.core import CodeIDToken

from community.auth.state_cache import DatabaseStateCache

oauth = OAuth(cache=DatabaseStateCache())


class LinkedInIDToken(CodeIDToken):
    """LinkedIn's ID tokens carry no nonce: accept a missing one, but verify it when present."""

    def validate_nonce(self):
        if "nonce" not in self:
            return
        super().validate_nonce()


def register_provider(app) -> None:
    config = app.config
    if config["LOCAL_OIDC_URL"]:
        from community.auth.local_provider import LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET

        metadata_url = f"{config['LOCAL_OIDC_URL']}/.well-known/openid-configuration"
        client_id = config["LINKEDIN_CLIENT_ID"] or LOCAL_CLIENT_ID
        client_secret = config["LINKEDIN_CLIENT_SECRET"] or LOCAL_CLIENT_SECRET
    else:
        metadata_url = config["LINKEDIN_METADATA_URL"]
        client_id = config["LINKEDIN_CLIENT_ID"]
        client_secret = config["LINKEDIN_CLIENT_SECRET"]
    client_kwargs = {
        "scope": "openid profile email",
        "token_endpoint_auth_method": "client_secret_post",
        "timeout": 10,
    }
    if config["LINKEDIN_USE_PKCE"]:
        client_kwargs["code_challenge_method"] = "S256"
    oauth.init_app(app)
    oauth.register(
        "linkedin",
        client_id=client_id,
        client_secret=client_secret,
        server_metadata_url=metadata_url,
        client_kwargs=client_kwargs,
        overwrite=True,
    )


def sign_in_configured(config) -> bool:
    return bool(config["LOCAL_OIDC_URL"] or config["LINKEDIN_CLIENT_ID"])
