"""The reading rules, registered in the order they run (see the package docstring, step 3)."""

from . import context, markers, references, traps, review, public, ranks  # noqa: F401  isort: skip
