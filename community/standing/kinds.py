"""The sanction kinds: one registry from which the CHECK constraint, form choices, the ladder's
validation, labels, log names and the wording of reversals are derived.

Adding a kind is one entry here, a migration for the CHECK constraint, and its mail wording.
Pure Python: no Flask, no database.
"""

from __future__ import annotations

from dataclasses import dataclass

# Capabilities a sanction can take away (see community.standing.capabilities).
READ = "read_forum"
POST = "post"
FLAG = "flag"
INVITE = "invite"
CONTACT = "contact"
VOTE_IN_POLLS = "vote_in_polls"
ELEVATED = "elevated_roles"  # moderator, board, admin and chapter-lead powers

PARTICIPATION = frozenset({POST, FLAG, INVITE, CONTACT, VOTE_IN_POLLS})


@dataclass(frozen=True)
class SanctionKind:
    name: str
    label: str
    log_action: str  # its name in the moderation log
    forbids: frozenset[str]  # capabilities it takes away while in force
    severity: int  # higher is more restrictive; the most severe in force is "the" suspension
    in_words: str  # "You are {in_words} until ..."
    reversal_told: str  # what the member is told when a moderator reverses it

    @property
    def restricts(self) -> bool:
        return bool(self.forbids)


SANCTION_KINDS: dict[str, SanctionKind] = {
    kind.name: kind
    for kind in (
        SanctionKind(
            name="warning",
            label="Warning",
            log_action="warn",
            forbids=frozenset(),
            severity=0,
            in_words="warned",
            reversal_told="Your warning is withdrawn.",
        ),
        SanctionKind(
            name="posting_suspension",
            label="Posting suspension",
            log_action="suspend_posting",
            forbids=PARTICIPATION,
            severity=1,
            in_words="suspended from posting",
            reversal_told="Your posting suspension is lifted.",
        ),
        SanctionKind(
            name="full_suspension",
            label="Full suspension",
            log_action="suspend_full",
            forbids=PARTICIPATION | {READ, ELEVATED},
            severity=2,
            in_words="suspended",
            reversal_told="Your suspension is lifted.",
        ),
    )
}

KIND_NAMES: tuple[str, ...] = tuple(SANCTION_KINDS)
LABELS: dict[str, str] = {name: kind.label for name, kind in SANCTION_KINDS.items()}
LOG_ACTIONS: dict[str, str] = {name: kind.log_action for name, kind in SANCTION_KINDS.items()}
BY_LOG_ACTION: dict[str, SanctionKind] = {kind.log_action: kind for kind in SANCTION_KINDS.values()}
# Restricting kinds, most restrictive first.
RESTRICTING: tuple[str, ...] = tuple(
    kind.name
    for kind in sorted(SANCTION_KINDS.values(), key=lambda k: -k.severity)
    if kind.restricts
)


def kind(name: str) -> SanctionKind:
    try:
        return SANCTION_KINDS[name]
    except KeyError:
        raise ValueError(
            f"Unknown sanction {name!r}; use one of {', '.join(KIND_NAMES)}."
        ) from None
