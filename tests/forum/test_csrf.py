"""With CSRF protection on (as in production), forum forms and the preview need the token."""

from __future__ import annotations

import re

import pytest

from tests.conftest import make_config


@pytest.fixture
def app_config(database_uri, oidc_provider):
    return make_config(database_uri, oidc_provider.url, WTF_CSRF_ENABLED=True)


def token_from(html: str) -> str:
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', html).group(1)


def test_the_preview_needs_the_token_the_page_carries(client, auth, author):
    auth.login(author)
    assert client.post("/forum/preview", data={"text": "**hi**"}).status_code == 400
    token = token_from(client.get("/forum/").get_data(as_text=True))
    response = client.post(
        "/forum/preview", data={"text": "**hi**"}, headers={"X-CSRFToken": token}
    )
    assert response.status_code == 200
    assert response.get_data(as_text=True).strip() == "<p><strong>hi</strong></p>"


def test_a_reply_without_the_token_is_refused_and_nothing_is_posted(client, auth, thread, reader):
    from sqlalchemy import func, select

    from community.extensions import db
    from community.forum.models import Post

    auth.login(reader)
    response = client.post(f"/forum/t/{thread.id}/reply", data={"body": "Sneaky"})
    assert response.status_code == 400
    assert db.session.scalar(select(func.count()).select_from(Post)) == 1
    html = client.get(f"/forum/t/{thread.id}").get_data(as_text=True)
    field = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    response = client.post(
        f"/forum/t/{thread.id}/reply", data={"body": "With the token", "csrf_token": field}
    )
    assert response.status_code == 302
