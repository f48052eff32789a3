"""Categories, managed by admins."""

from __future__ import annotations

from sqlalchemy import select

from community import audit
from community.errors import DomainError
from community.extensions import db
from community.forum.models import (
    Category,
    Thread,
)
from community.forum.services.text import (
    _text,
    slugify,
)
from community.standing import capabilities
from community.unit_of_work import transactional


def _category_fields(name: str, slug: str | None, description: str | None, position) -> dict:
    name = " ".join(_text(name).split())
    if not 2 <= len(name) <= 80:
        raise DomainError("A category name has 2 to 80 characters.")
    slug = slugify(slug or name)
    if not slug:
        raise DomainError("The web address needs letters or digits.")
    try:
        position = int(position or 0)
    except (TypeError, ValueError):
        raise DomainError("The position is a whole number (lower comes first).") from None
    return {
        "name": name,
        "slug": slug,
        "description": _text(description).strip()[:2000],
        "position": position,
    }


def _slug_taken(slug: str, except_id: int | None = None) -> bool:
    query = select(Category.id).where(Category.slug == slug)
    if except_id is not None:
        query = query.where(Category.id != except_id)
    return db.session.scalar(query) is not None


@transactional
def create_category(actor, name, description="", position=0, slug=None) -> Category:
    capabilities.ensure_may(actor, capabilities.ADMINISTER)
    fields = _category_fields(name, slug, description, position)
    if _slug_taken(fields["slug"]):
        raise DomainError(f"Another category already uses the address “{fields['slug']}”.")
    category = Category(**fields)
    db.session.add(category)
    db.session.flush()
    audit.record(actor, "category.created", category, after=fields)
    return category


@transactional
def update_category(actor, category: Category, name, description="", position=0, slug=None):
    capabilities.ensure_may(actor, capabilities.ADMINISTER)
    fields = _category_fields(name, slug, description, position)
    if _slug_taken(fields["slug"], except_id=category.id):
        raise DomainError(f"Another category already uses the address “{fields['slug']}”.")
    before = {key: getattr(category, key) for key in fields}
    for key, value in fields.items():
        setattr(category, key, value)
    audit.record(actor, "category.updated", category, before=before, after=fields)
    return category


@transactional
def delete_category(actor, category: Category) -> None:
    capabilities.ensure_may(actor, capabilities.ADMINISTER)
    if db.session.scalar(select(Thread.id).where(Thread.category_id == category.id).limit(1)):
        raise DomainError("This category still has threads. Move them to another category first.")
    audit.record(actor, "category.deleted", category, before={"name": category.name})
    db.session.delete(category)
