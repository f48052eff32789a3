"""Each work-email try sends a confirmation mail to an address the applicant typed: every try
spends the budget, so one applicant cannot queue mail to arbitrary addresses without end."""

from __future__ import annotations

import uuid

import pytest

from community.extensions import limiter
from tests.conftest import make_config


@pytest.fixture
def app_config(database_uri, oidc_provider, monkeypatch):
    monkeypatch.setattr(limiter, "_key_prefix", "")  # the limiter keeps the first prefix it saw
    return make_config(
        database_uri,
        oidc_provider.url,
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI="memory://",
        RATELIMIT_KEY_PREFIX=f"test-work-email-{uuid.uuid4().hex}",
        RATELIMIT_WORK_EMAIL="2 per hour",
    )


def test_work_email_confirmations_are_limited_per_person(client, auth, applicant, person):
    auth.login(applicant)
    statuses = [
        client.post("/membership/work-email", data={"email": f"me{n}@acme.example"}).status_code
        for n in range(3)
    ]
    assert statuses == [302, 302, 429]
    # Another applicant has a budget of their own.
    auth.logout()
    auth.login(person("applicant", name="Other Applicant"))
    assert (
        client.post("/membership/work-email", data={"email": "x@acme.example"}).status_code == 302
    )
