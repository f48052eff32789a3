"""Real servers for the operations tests: gunicorn started from the shipped systemd unit's
ExecStart, nginx from the shipped site, each on free loopback ports and stopped afterwards.

How the served app differs from production, and why (nothing else is changed):
- Sign-in: the app runs its production LinkedIn path (COMMUNITY_ENV unset, LINKEDIN_CLIENT_ID and
  SECRET set), with LinkedIn's discovery URL pointed at the local OpenID Connect provider of the
  test session, which behaves like LinkedIn. LOCAL_OIDC_URL stays unset: the app refuses it under
  gunicorn in every mode (tests/security/test_headers_and_sessions.py), and that refusal is left
  alone. The discovery URL is passed as a create_app() override in gunicorn's app argument
  (`community:create_app({...})` instead of `wsgi:app`), which no environment variable can do, so
  an operator cannot end up there by accident.
- Ports, the number of workers and the paths of the code and the venv are the test's own.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import requests

from community.auth.local_provider import LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET
from tests.conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
SERVER_UNIT = DEPLOY / "systemd" / "peer-circle.service"
WORKER_UNIT = DEPLOY / "systemd" / "peer-circle-worker.service"
NGINX_SITE = DEPLOY / "nginx" / "peer-circle.conf"
# Where the units expect the code and its venv (README, "Deploy").
UNIT_ROOT = "/srv/peer-circle"
VENV_BIN = Path(sys.executable).parent


def unit_directives(unit: Path, name: str) -> list[str]:
    """Every value of `name=` in the unit file, in order."""
    values = []
    for line in unit.read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == name:
            values.append(value.strip())
    return values


def unit_environment(unit: Path) -> dict[str, str]:
    pairs = [shlex.split(value) for value in unit_directives(unit, "Environment")]
    return dict(word.split("=", 1) for words in pairs for word in words)


def exec_start(unit: Path) -> list[str]:
    """The unit's ExecStart as an argument list, with the test's venv for /srv/peer-circle/.venv."""
    (command,) = unit_directives(unit, "ExecStart")
    words = shlex.split(command)
    words[0] = words[0].replace(f"{UNIT_ROOT}/.venv/bin", str(VENV_BIN))
    return words


def served_command(port: int, workers: int, overrides: dict) -> list[str]:
    """peer-circle.service's gunicorn command on `port` with `workers`, serving the app with
    `overrides` (see the module docstring)."""
    words = exec_start(SERVER_UNIT)
    assert words[-1] == "wsgi:app", "the unit serves wsgi:app, as the README says"
    words[-1] = f"community:create_app({overrides!r})"
    words[words.index("--bind") + 1] = f"127.0.0.1:{port}"
    words[words.index("--workers") + 1] = str(workers)
    return words


@dataclass
class Server:
    url: str
    port: int
    process: subprocess.Popen
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")


def wait_until_serving(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited ({process.returncode}):\n{log.read_text()}")
        try:
            if requests.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):  # bound, app still loading
            pass
        time.sleep(0.2)
    raise AssertionError(f"the server did not answer /healthz in {timeout}s:\n{log.read_text()}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def gunicorn_environment(database_uri: str, **settings: str) -> dict[str, str]:
    """What /etc/peer-circle/peer-circle.env would hold, plus the unit's Environment= lines."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DATABASE_URL": database_uri,
        "SECRET_KEY": "two-servers-one-secret-" + "x" * 40,
        "LINKEDIN_CLIENT_ID": LOCAL_CLIENT_ID,
        "LINKEDIN_CLIENT_SECRET": LOCAL_CLIENT_SECRET,
        "RATELIMIT_ENABLED": "1",
        **unit_environment(SERVER_UNIT),
        **settings,
    }


@contextlib.contextmanager
def gunicorn(
    environment: dict[str, str], overrides: dict, log: Path, workers: int = 1
) -> Iterator[Server]:
    port = free_port()
    command = served_command(port, workers, overrides)
    with log.open("w") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, env=environment, stdout=output, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, process, log)
        yield Server(url=url, port=port, process=process, log=log)
    finally:
        stop(process)


def provider_overrides(provider_url: str, **extra) -> dict:
    return {
        "LINKEDIN_METADATA_URL": f"{provider_url}/.well-known/openid-configuration",
        **extra,
    }
