"""One way to paginate a select(): a fixed two queries (count and page) whatever the size."""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from flask import abort, request
from sqlalchemy import Select, func, select

from community.extensions import db


@dataclass
class Page:
    items: list
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int:
        return self.page - 1

    @property
    def next_num(self) -> int:
        return self.page + 1


def page_number(default: int = 1) -> int:
    raw = request.args.get("page", "")
    if not raw:
        return default
    # ASCII digits only (int() also reads "²"), and few enough to be a page that could exist.
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 9 or int(raw) < 1:
        abort(404)
    return int(raw)


def paginate(
    query: Select, *, per_page: int, page: int | None = None, total: int | None = None
) -> Page:
    """Run the page query (and a count unless given). Out-of-range pages are 404."""
    page = page or page_number()
    if total is None:
        total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    if page > 1 and (page - 1) * per_page >= total:
        abort(404)
    items = list(db.session.scalars(query.limit(per_page).offset((page - 1) * per_page)))
    return Page(items=items, page=page, per_page=per_page, total=total)
