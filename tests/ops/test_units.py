"""The systemd units in deploy/systemd: systemd itself finds nothing wrong in them, and their
commands exist. (tests/ops/test_nginx.py and test_two_servers.py serve through the server unit's
ExecStart; this checks the files as systemd reads them.)"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .servers import ROOT, SERVER_UNIT, UNIT_ROOT, VENV_BIN, WORKER_UNIT, exec_start

WORKER_COMMAND = ["huey_consumer", "community.tasks.huey"]


def installed_here(unit: Path, directory: Path) -> Path:
    """The unit as it would read with the code in ROOT and the venv of this test run."""
    text = unit.read_text().replace(f"{UNIT_ROOT}/.venv/bin", str(VENV_BIN))
    copy = directory / unit.name
    copy.write_text(text.replace(UNIT_ROOT, str(ROOT)))
    return copy


def problems_systemd_sees(unit: Path) -> str:
    """systemd-analyze verify's complaints (it warns, exit status 0, on lines it ignores)."""
    result = subprocess.run(
        ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=60
    )
    complaints = [line for line in result.stderr.splitlines() if unit.name in line]
    if result.returncode != 0:
        complaints.append(f"exit status {result.returncode}: {result.stderr.strip()}")
    return "\n".join(complaints)


def check(unit: Path, tmp_path: Path) -> None:
    installed = installed_here(unit, tmp_path)
    if shutil.which("systemd-analyze"):
        assert problems_systemd_sees(installed) == ""
    else:
        program = Path(exec_start(installed)[0])
        assert program.is_file() and os.access(program, os.X_OK), f"{program} is not executable"


def test_the_server_unit_passes_systemd_analyze_verify(tmp_path):
    check(SERVER_UNIT, tmp_path)


def test_the_server_unit_serves_the_wsgi_app_behind_one_trusted_proxy():
    command = exec_start(SERVER_UNIT)
    assert Path(command[0]).name == "gunicorn" and command[-1] == "wsgi:app"
    assert "Environment=TRUSTED_PROXIES=1" in SERVER_UNIT.read_text()


def test_the_worker_unit_runs_the_huey_consumer_and_passes_systemd_analyze_verify(tmp_path):
    command = exec_start(WORKER_UNIT)
    assert [Path(command[0]).name, command[1]] == WORKER_COMMAND
    if not (VENV_BIN / "huey_consumer").exists():
        pytest.skip(
            "huey_consumer is not installed in this venv: the worker's command arrives with "
            "the Huey task queue (community.tasks), then this test checks the unit"
        )
    check(WORKER_UNIT, tmp_path)
