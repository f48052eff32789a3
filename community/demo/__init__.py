"""Demo data for `make run`: people for every role, and each feature's content.

Each feature adds a module here with `load(people)`; `load_all` runs them in order, once.
"""

from __future__ import annotations

import importlib
import importlib.util

# Feature seeders, run in this order when their module exists.
SEEDERS = ("membership", "forum", "moderation", "accounts")


def load_all() -> bool:
    """Load the demo data unless it is already there; True when it was loaded now."""
    from community.demo import people

    if people.already_loaded():
        return False
    everyone = people.load()
    for name in SEEDERS:
        if importlib.util.find_spec(f"community.demo.{name}") is not None:
            importlib.import_module(f"community.demo.{name}").load(everyone)
    return True
