"""`flask --app wsgi membership check-title`: one JSON object a line, under the policy in force."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from community.membership import services
from tests.membership.helpers import make_board

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"title", "level", "eligibility", "rule", "explanation"}


def check(runner, text: str) -> list[dict]:
    result = runner.invoke(args=["membership", "check-title"], input=text)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_check_title_writes_one_json_object_per_input_line_in_order(app, runner):
    rows = check(runner, "Chief Marketing Officer\nSenior Marketing Manager\nFounder\n")
    assert [set(row) for row in rows] == [KEYS] * 3
    assert [row["title"] for row in rows] == [
        "Chief Marketing Officer",
        "Senior Marketing Manager",
        "Founder",
    ]
    assert [row["eligibility"] for row in rows] == ["eligible", "ineligible", "review"]
    assert rows[0]["level"] == "cxo" and rows[0]["explanation"]


def test_check_title_keeps_blank_lines_and_unicode(app, runner):
    rows = check(runner, "Directrice générale\n\nCMO 🚀 @ Acme\n")
    assert len(rows) == 3
    assert rows[0]["title"] == "Directrice générale"
    assert rows[1]["title"] == ""
    assert rows[2]["eligibility"] == "eligible"


def test_check_title_uses_the_policy_the_board_saved(app, runner):
    assert check(runner, "Marketing Director\n")[0]["eligibility"] == "eligible"
    board_member = make_board("Beatrice Board", "Aurelia Foods", "aurelia.example")
    proposed = services.parse_policy(
        minimum_level="vp", allow_patterns="", deny_patterns="", review_levels=[]
    )
    second = make_board("Bruno Board", "Cobalt Freight", "cobalt.example")
    proposal = services.propose(board_member, "title_policy", proposed.to_dict(), "Raise to VP")
    services.approve_proposal(second, proposal.id, "Agreed")
    [row] = check(runner, "Marketing Director\n")
    assert row["eligibility"] == "ineligible"


def test_check_title_on_a_database_never_migrated_says_to_run_db_upgrade(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{empty}",
        "FLASK_DEBUG": "0",
    }
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", "membership", "check-title"],
        input="Chief Executive Officer\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode != 0
    assert "flask --app wsgi db upgrade" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
