"""Which tables and columns hold a person's data, read from the metadata (never a typed list)."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    ForeignKey,
    String,
    Table,
    Text,
)

from community.accounts.privacy.common import (
    USERS,
)
from community.extensions import db


def user_references() -> dict[str, list[ForeignKey]]:
    """Every table with a foreign key to users.id, and those keys (the users table excluded)."""
    found: dict[str, list[ForeignKey]] = {}
    for table in db.metadata.sorted_tables:
        if table.name == USERS:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == USERS and fk.column.name == "id":
                found.setdefault(table.name, []).append(fk)
    return found


def _references_to(table: Table) -> list[ForeignKey]:
    return [
        fk
        for other in db.metadata.sorted_tables
        for fk in other.foreign_keys
        if fk.column.table is table
    ]


def text_columns(table: Table) -> list[Column]:
    return [c for c in table.columns if isinstance(c.type, String | Text) and not c.primary_key]
