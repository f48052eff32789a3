"""Demo data for `make run`: people for every role, and each feature's content.

Each feature has a module here with `load(people)`; `load_all` runs them in order, once, in one
unit of work.
"""

from __future__ import annotations


def load_all() -> bool:
    """Load the demo data unless it is already there; True when it was loaded now."""
    from community.demo import accounts, forum, membership, moderation, people
    from community.unit_of_work import transaction

    if people.already_loaded():
        return False
    with transaction():  # all of it or nothing
        everyone = people.load()
        for seeder in (membership, forum, moderation, accounts):
            seeder.load(everyone)
    return True
