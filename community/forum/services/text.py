"""Cleaning what people type: titles, bodies, reasons, slugs."""

from __future__ import annotations

import re
import unicodedata

from community.errors import DomainError
from community.forum.services.common import (
    BODY_MAX,
    REASON_MAX,
    TITLE_MAX,
    TITLE_MIN,
)


def _text(value: str | None) -> str:
    # NUL is refused by PostgreSQL and never meant; other control characters are kept as typed.
    return (value or "").replace("\x00", "")


def clean_title(title: str | None) -> str:
    title = " ".join(_text(title).split())
    if len(title) < TITLE_MIN:
        raise DomainError(f"Give the thread a title of at least {TITLE_MIN} characters.")
    if len(title) > TITLE_MAX:
        raise DomainError(f"Keep the title under {TITLE_MAX} characters.")
    return title


def clean_body(body: str | None) -> str:
    body = _text(body).replace("\r\n", "\n").strip()
    if not body:
        raise DomainError("Write something before posting.")
    if len(body) > BODY_MAX:
        raise DomainError(
            f"Posts are limited to {BODY_MAX:,} characters; this one has {len(body):,}."
        )
    return body


def clean_reason(reason: str | None, *, required: bool = True) -> str | None:
    reason = " ".join(_text(reason).split())
    if not reason:
        if required:
            raise DomainError("Please give a reason; it is recorded and shown where it applies.")
        return None
    return reason[:REASON_MAX]


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")[:80]
