"""Marks that view functions carry for the guards that read them (community.standing.views).

A lower module, so that any blueprint, sign-in included, can mark its pages without importing
the standing rules.
"""

from __future__ import annotations


def open_while_suspended(view):
    """Mark a page a fully suspended member may still open (their standing, the rules, their
    own data, signing out). Every other page shows them their standing instead."""
    view.open_while_suspended = True
    return view
