"""Demo membership data: something in every board queue, built through the membership services.

- Priya (demo-applicant-1): invited by Daniel, eligible title, work email confirmed, one approval
  in, so one more board vote decides.
- Lucas (demo-applicant-2): a request without an invitation, "Senior Marketing Manager", which
  the rules judge ineligible (try the one-click rejection).
- Ron (demo-rejected): rejected under the title rules, with an open appeal and a new title.
- Sofia (demo-member-2) has a pending invitation out; Tom (demo-member-3) changed his title and
  waits in the membership review queue.
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from community.extensions import db
from community.mail.models import OutboxMessage
from community.membership import services
from community.moderation.house_rules import current_rules

PRIYA_STATEMENT = (
    "I lead brand and marketing at Lumen Health (120 people across four markets). I would value "
    "candid conversations with peers about budgets, agencies and building a brand in a "
    "regulated industry."
)
LUCAS_STATEMENT = (
    "I manage our digital marketing team and I'm keen to learn from senior leaders about "
    "how they structure their organisations."
)
RON_STATEMENT = (
    "I sell our analytics platform to marketing leaders and would love to connect with "
    "potential partners here."
)
RON_APPEAL = (
    "Since I applied I have been promoted to VP Sales at Salesly and now lead a team of 35 "
    "across Europe. I understand the no-pitching rule and want to learn from peers, not sell."
)


def _link_in_last_mail(address: str, marker: str) -> str:
    body = db.session.scalar(
        select(OutboxMessage.text_body)
        .where(OutboxMessage.to_address == address)
        .order_by(OutboxMessage.id.desc())
        .limit(1)
    )
    return re.search(re.escape(marker) + r"([A-Za-z0-9_\-.]+)", body).group(1)


def _apply(person, statement: str, **extra):
    return services.submit_application(
        person,
        job_title=person.job_title,
        company=person.company,
        linkedin_url=f"https://www.linkedin.com/in/{person.name.lower().replace(' ', '-')}",
        function=extra.pop("function", "marketing"),
        statement=statement,
        house_rules_version=current_rules().version,
        **extra,
    )


def _backdate(row, days: int, *fields: str) -> None:
    for name in fields:
        if getattr(row, name) is not None:
            setattr(row, name, getattr(row, name) - timedelta(days=days))


def load(people: dict) -> None:
    board_1, board_2 = people["demo-board-1"], people["demo-board-2"]
    opening = services.propose(
        board_1,
        "membership_settings",
        {"invitation_requests_open": True},
        "Demo: let people without an invitation request one",
    )
    services.approve_proposal(board_2, opening.id, "Agreed for the demo")

    # Priya: invited, applied with a confirmed work email, one approval so far.
    priya = people["demo-applicant-1"]
    services.send_invitation(
        people["demo-member-1"],
        priya.email,
        "Priya built the Lumen Health brand from scratch; she would add a lot to our "
        "discussions on marketing in regulated industries.",
    )
    services.claim_invitation(priya, _link_in_last_mail(priya.email, "/membership/invitations/"))
    priya_application = _apply(priya, PRIYA_STATEMENT, work_email="priya@lumenhealth.com")
    services.confirm_work_email(
        priya, _link_in_last_mail("priya@lumenhealth.com", "/membership/work-email/")
    )
    services.cast_vote(
        board_2, priya_application.id, "approve", "SVP at a 120-person company: clearly eligible."
    )

    # Lucas: a request without an invitation; the rules judge his title ineligible.
    lucas_application = _apply(people["demo-applicant-2"], LUCAS_STATEMENT, function="digital")

    # Ron: rejected under the title rules; appeals with a new title.
    ron = people["demo-rejected"]
    ron_application = _apply(ron, RON_STATEMENT, function="sales")
    services.reject_ineligible(board_1, ron_application.id)
    appeal = services.file_appeal(ron, statement=RON_APPEAL, updated_title="VP Sales")

    # Sofia has an invitation out; Tom's new title sends him to the membership review queue.
    services.send_invitation(
        people["demo-member-2"],
        "new.peer@example.com",
        "You'd enjoy the design leadership threads here, and people would learn from you.",
    )
    tom = people["demo-member-3"]
    review = services.change_title(tom, "Partner Marketing Manager", tom.company)

    # Spread the dates so the queues show how long things have waited.
    _backdate(priya_application, 6, "submitted_at")
    _backdate(lucas_application, 3, "submitted_at")
    _backdate(ron_application, 16, "submitted_at")
    _backdate(ron_application, 12, "decided_at", "appeal_deadline")
    _backdate(appeal, 4, "created_at")
    if review is not None:
        _backdate(review, 2, "created_at")
