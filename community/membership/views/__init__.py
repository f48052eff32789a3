"""Membership pages: one blueprint, `bp`, with the applicant's pages (status, application,
appeal, invitations) in `applicant` and the board's queues and case pages in `board`.

Views are thin: parse the form, call one service, turn its DomainError into a message, redirect.
"""

from __future__ import annotations

from flask import Blueprint

from community.forum.markup import render, to_plain_text
from community.membership.titles import LEVEL_LABELS

bp = Blueprint("membership", __name__, url_prefix="/membership")
bp.add_app_template_global(LEVEL_LABELS, "LEVEL_LABELS")  # for membership/_macros.html


@bp.context_processor
def markup_renderer():
    """Templates show user text (reasons, replies, statements) only through markup.render."""
    return {"render": render, "plain": to_plain_text}


from community.membership.views import applicant, board  # noqa: E402, F401  (register routes)
