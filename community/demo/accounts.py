"""Demo profiles and contact: a request waiting, a conversation, and a pitch held for Maya."""

from __future__ import annotations

from community.accounts import services
from community.auth.models import User

# sub -> (function, expertise, open to vendors, bio)
PROFILES = {
    "demo-admin": ("technology", "platform engineering, security", False,
                   "CTO at Northwind Systems. I keep this community's lights on."),
    "demo-board-1": ("marketing", "brand architecture, pricing, loyalty", False,
                     "CMO at Aurelia Foods; twenty years in consumer brands."),
    "demo-board-2": ("general_management", "logistics, M&A, board relations", False,
                     "CEO of Mensah Logistics. Happy to talk about scaling a family business."),
    "demo-board-3": ("communications", "crisis communications, investor relations", False,
                     "VP Communications at Fjord Energy."),
    "demo-moderator": ("digital", "e-commerce, agile transformation", False,
                       "Head of Digital at Patel & Rao; moderator here."),
    "demo-member-1": ("digital", "retail media, loyalty, data strategy", False,
                      "Chief Digital Officer at Okafor Retail Group."),
    "demo-member-2": ("marketing", "design leadership, brand", True,
                      "Marketing Director at Rossi Design. Open to hearing from agencies."),
    "demo-member-3": ("strategy", "pricing, go-to-market", False,
                      "Managing Partner at Becker Advisory."),
}  # fmt: skip

PENDING_NOTE = (
    "Daniel, we met briefly at the logistics summit in Rotterdam. I'd value twenty minutes on how "
    "you run retail media alongside your own stores."
)
ACCEPTED_NOTE = (
    "Daniel, your thread on loyalty programmes was the most useful thing I read this month. "
    "Could we compare notes on tiering?"
)
PITCH_NOTE = (
    "Sofia, our agency helps design studios double their pipeline. Book a free demo this week: "
    "https://calendly.com/becker-advisory/demo - limited offer for new clients!"
)


def load(people: dict[str, User]) -> None:
    for sub, (function, expertise, open_to_vendors, bio) in PROFILES.items():
        user = people[sub]
        services.update_profile(
            user,
            services.ProfileChange(
                bio=bio,
                function=function,
                expertise=expertise,
                open_to_vendor_requests=open_to_vendors,
                job_title=user.job_title or "",
                company=user.company or "",
            ),
        )
    daniel, sofia = people["demo-member-1"], people["demo-member-2"]
    services.send_contact_request(people["demo-board-2"], daniel, PENDING_NOTE)
    connection = services.send_contact_request(people["demo-board-1"], daniel, ACCEPTED_NOTE)
    services.accept_contact_request(daniel, connection)
    services.send_message(daniel, connection, "Gladly. Does Thursday at 9 work for a call?")
    services.send_message(people["demo-board-1"], connection, "Thursday at 9 is perfect.")
    services.send_contact_request(people["demo-member-3"], sofia, PITCH_NOTE)
