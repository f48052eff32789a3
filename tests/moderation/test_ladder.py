"""The sanctions ladder, as a pure rule: how many upheld pitches lead to which sanction."""

from __future__ import annotations

import subprocess
import sys

import pytest

from community.moderation.ladder import DEFAULT_LADDER, LadderStep, parse_ladder, step_for


def test_the_ladder_imports_without_flask():
    code = "import sys, community.moderation.ladder; print('flask' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_by_default_a_first_upheld_pitch_is_a_warning():
    step = step_for(1)
    assert step == LadderStep(1, "warning", 90)


def test_by_default_the_second_upheld_pitch_suspends_posting_for_seven_days():
    assert step_for(2) == LadderStep(2, "posting_suspension", 7)


def test_beyond_the_last_step_the_last_step_repeats():
    assert step_for(5) == DEFAULT_LADDER[-1]


def test_no_upheld_pitch_reaches_no_step():
    assert step_for(0) is None


def test_a_configured_ladder_is_read_from_dicts_and_ordered():
    ladder = parse_ladder(
        [
            {"strikes": 3, "kind": "full_suspension", "days": 30},
            {"strikes": 2, "kind": "posting_suspension", "days": 14},
        ]
    )
    assert [step.strikes for step in ladder] == [2, 3]
    assert step_for(1, ladder) is None
    assert step_for(3, ladder).kind == "full_suspension"


def test_an_empty_configuration_means_the_default_ladder():
    assert parse_ladder(None) == DEFAULT_LADDER
    assert parse_ladder([]) == DEFAULT_LADDER


@pytest.mark.parametrize(
    "steps",
    [
        [{"strikes": 1, "kind": "banishment", "days": 3}],
        [{"strikes": 0, "kind": "warning", "days": 3}],
        [{"strikes": 1, "kind": "warning", "days": 0}],
        [
            {"strikes": 2, "kind": "warning", "days": 3},
            {"strikes": 2, "kind": "warning", "days": 9},
        ],
    ],
)
def test_a_ladder_that_makes_no_sense_is_refused(steps):
    with pytest.raises(ValueError):
        parse_ladder(steps)
