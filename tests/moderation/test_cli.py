"""The `flask --app wsgi moderation` commands: check-pitch (a contract) and export-labels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from community.moderation.pitch import assess_post
from tests.moderation.conftest import PITCH_BODY, PITCH_TITLE, QUESTION_BODY, QUESTION_TITLE

ROOT = Path(__file__).resolve().parents[2]
POSTS = [
    {"title": PITCH_TITLE, "body": PITCH_BODY},
    {"title": QUESTION_TITLE, "body": QUESTION_BODY},
    {"title": "Webinar", "body": "Register now for our free webinar: https://example.com/signup"},
    {"title": "", "body": ""},
]


def test_check_pitch_answers_each_line_in_order(runner):
    stdin = "".join(json.dumps(post) + "\n" for post in POSTS)
    result = runner.invoke(args=["moderation", "check-pitch"], input=stdin)
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.output.splitlines()]
    assert len(answers) == len(POSTS)
    for post, answer in zip(POSTS, answers, strict=True):
        assert set(answer) == {"verdict", "score", "reasons"}
        assert answer == assess_post(post["title"], post["body"]).to_dict()
    assert [answer["verdict"] for answer in answers[:2]] == ["hold", "allow"]
    for reason in answers[0]["reasons"]:
        assert set(reason) == {"signal", "text", "span"}


def test_check_pitch_skips_blank_lines_and_accepts_missing_fields(runner):
    result = runner.invoke(
        args=["moderation", "check-pitch"], input='\n{"body": "Any tips on board packs?"}\n\n'
    )
    assert result.exit_code == 0
    [answer] = [json.loads(line) for line in result.output.splitlines()]
    assert answer["verdict"] == "allow"


def test_check_pitch_names_the_line_that_is_not_json(runner):
    result = runner.invoke(
        args=["moderation", "check-pitch"], input='{"title": "ok", "body": "ok"}\nnot json\n'
    )
    assert result.exit_code == 1
    assert "line 2 is not a JSON object" in result.output


def test_the_real_command_runs_as_documented(tmp_path):
    """As an operator runs it: a separate process, no production secrets needed."""
    flask = str(Path(sys.executable).parent / "flask")
    env = {"PATH": os.environ["PATH"], "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    stdin = "".join(json.dumps(post) + "\n" for post in POSTS[:2])
    result = subprocess.run(
        [flask, "--app", "wsgi", "moderation", "check-pitch"],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    verdicts = [json.loads(line)["verdict"] for line in result.stdout.splitlines()]
    assert verdicts == ["hold", "allow"]


def test_export_labels_writes_the_decisions_that_stand(runner, mod, held_post):
    from community.moderation import services

    services.hide_post(mod, held_post.id, "sales_pitch", "Advertising.")
    result = runner.invoke(args=["moderation", "export-labels"])
    assert result.exit_code == 0, result.output
    [example] = [json.loads(line) for line in result.output.splitlines()]
    assert example["is_pitch"] is True and example["verdict"] == "hold"
    assert example["title"] == PITCH_TITLE and example["body"] == PITCH_BODY
