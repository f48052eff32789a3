"""`flask --app wsgi db backup PATH`, and the restore the README tells an operator to run."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from community import create_app
from community.auth.models import User
from community.backup import BackupError, back_up
from community.extensions import db
from tests.conftest import ON_POSTGRES, make_config, make_person

ROOT = Path(__file__).resolve().parents[2]
FLASK = str(Path(sys.executable).parent / "flask")


@pytest.fixture
def sqlite_app(tmp_path, oidc_provider):
    """The app on its own SQLite file, whatever DATABASE_URL the run uses."""
    live = tmp_path / "live.sqlite3"
    application = create_app(make_config(f"sqlite:///{live}", oidc_provider.url))
    with application.app_context():
        db.create_all()
        yield application
        db.session.remove()
        db.engine.dispose()


def names() -> set[str]:
    return set(db.session.scalars(select(User.name)))


def shell(*command: str, **env: str) -> subprocess.CompletedProcess:
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **env}
    return subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def sqlite3_cli() -> str:
    found = shutil.which("sqlite3")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must test the restore: install Debian's sqlite3 package")
        pytest.skip("the sqlite3 command (Debian's sqlite3 package) is not installed")
    return found


def test_a_restored_sqlite_backup_brings_back_the_data_of_its_moment(sqlite_app, tmp_path):
    live = Path(sqlite_app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///"))
    before = make_person(name="Before Backup")
    backup = tmp_path / "backup.sqlite3"

    made = shell(
        FLASK, "--app", "wsgi", "db", "backup", str(backup), DATABASE_URL=f"sqlite:///{live}"
    )
    assert made.returncode == 0, made.stderr
    assert f"Backed up the database to {backup}" in made.stdout

    before.name = "Changed After Backup"
    make_person(name="Joined After Backup")
    db.session.commit()
    assert names() == {"Changed After Backup", "Joined After Backup"}

    # The README's restore: stop the servers (here: close every connection), then .restore.
    db.session.remove()
    db.engine.dispose()
    restored = shell(sqlite3_cli(), str(live), f".restore {backup}")
    assert restored.returncode == 0, restored.stderr
    assert names() == {"Before Backup"}


def test_a_backup_taken_during_a_write_holds_only_what_was_committed(sqlite_app, tmp_path):
    make_person(name="Committed")
    live = sqlite_app.config["SQLALCHEMY_DATABASE_URI"].removeprefix("sqlite:///")
    writer = sqlite3.connect(live, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE users SET name = 'Not Yet Committed'")
    try:
        backup = back_up(sqlite_app.config["SQLALCHEMY_DATABASE_URI"], tmp_path / "during.db")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT name FROM users").fetchall() == [("Committed",)]
    assert backup.method == "sqlite-backup-api" and backup.size > 0


def test_the_backup_command_never_overwrites_a_file(sqlite_app, tmp_path):
    existing = tmp_path / "yesterday.sqlite3"
    existing.write_bytes(b"yesterday's backup")
    result = sqlite_app.test_cli_runner().invoke(args=["db", "backup", str(existing)])
    assert result.exit_code == 1
    assert "already exists" in result.output
    assert existing.read_bytes() == b"yesterday's backup"


def test_an_in_memory_database_has_nothing_to_back_up(tmp_path):
    with pytest.raises(BackupError, match="in memory"):
        back_up("sqlite://", tmp_path / "nothing.sqlite3")


@pytest.mark.skipif(not ON_POSTGRES, reason="a PostgreSQL backup needs DATABASE_URL=postgresql")
def test_on_postgresql_the_backup_is_a_pg_dump_archive_of_every_table(app, runner, tmp_path):
    if shutil.which("pg_dump") is None:
        result = runner.invoke(args=["db", "backup", str(tmp_path / "x.dump")])
        assert result.exit_code == 1 and "pg_dump is not on PATH" in result.output
        return
    archive = tmp_path / "peer-circle.dump"
    result = runner.invoke(args=["db", "backup", str(archive)])
    assert result.exit_code == 0, result.output
    assert "pg_dump" in result.output
    listing = subprocess.run(
        ["pg_restore", "--list", str(archive)], capture_output=True, text=True, check=True
    ).stdout
    tables = {line.split()[5] for line in listing.splitlines() if " TABLE public " in line}
    assert set(db.metadata.tables) <= tables
