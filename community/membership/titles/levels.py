"""The seniority ladder, its labels and the phrases explanations use, spelled in one place.

The levels are the ones LinkedIn's own search filters use, high to low. Views, forms, templates
and services import LEVEL_LABELS from here rather than spelling the labels again.
"""

from __future__ import annotations

LEVELS = (
    "cxo",
    "owner_partner",
    "vp",
    "director",
    "manager",
    "senior_ic",
    "entry",
    "training",
    "unpaid",
    "unknown",
)  # high to low
ELIGIBILITIES = ("eligible", "ineligible", "review")

RANK = {level: index for index, level in enumerate(LEVELS)}
LEVEL_LABELS = {
    "cxo": "C-level",
    "owner_partner": "Owner or partner",
    "vp": "Vice President",
    "director": "Director",
    "manager": "Manager",
    "senior_ic": "Senior individual contributor",
    "entry": "Entry level",
    "training": "Training",
    "unpaid": "Unpaid",
    "unknown": "Unknown",
}
LEVEL_PHRASES = {
    "cxo": "a C-level executive",
    "owner_partner": "an owner or partner of a firm",
    "vp": "a Vice President",
    "director": "a Director-level role",
    "manager": "a manager-level role",
    "senior_ic": "a senior individual-contributor role",
    "entry": "an entry-level role",
    "training": "a training role (intern, student, trainee or apprentice)",
    "unpaid": "an unpaid or volunteer role",
    "unknown": "an unrecognised role",
}
