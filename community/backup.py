"""Back up the database to one file, while the servers keep running.

SQLite: SQLite's online backup API copies a consistent snapshot page by page (a plain `cp` of a
live database, or of one in WAL mode, can copy a torn file). PostgreSQL: `pg_dump` in its custom
format (restore with `pg_restore`), run when it is on PATH; without it the error says what to
install and run. Restoring is an operator's step with the servers stopped (README, "Backups").
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url


class BackupError(RuntimeError):
    """The backup was not made; the message says why and what to do."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    method: str  # "sqlite-backup-api" | "pg_dump"


def back_up(database_url: str, path: Path) -> Backup:
    """Write a backup of the database at `database_url` to `path`, which must not exist yet."""
    path = Path(path)
    if path.exists():
        raise BackupError(f"{path} already exists; back up to a new file (say, with a date in it).")
    if not path.parent.is_dir():
        raise BackupError(f"{path.parent} is not a directory.")
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        _back_up_sqlite(url.database, path)
        method = "sqlite-backup-api"
    elif url.get_backend_name() == "postgresql":
        _back_up_postgresql(url, path)
        method = "pg_dump"
    else:
        raise BackupError(f"No backup method for {url.get_backend_name()} databases.")
    return Backup(path=path, size=path.stat().st_size, method=method)


def _back_up_sqlite(database: str | None, path: Path) -> None:
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        raise BackupError("The database is in memory: there is nothing on disk to back up.")
    if not Path(database).is_file():
        raise BackupError(f"There is no SQLite database at {database}.")
    source = sqlite3.connect(database)
    target = sqlite3.connect(path)
    try:
        # pages=-1: one step, so writers wait a moment rather than making the copy start over.
        source.backup(target, pages=-1)
    except sqlite3.Error as error:
        target.close()
        path.unlink(missing_ok=True)
        raise BackupError(f"SQLite could not back up {database}: {error}") from error
    finally:
        source.close()
    target.close()


def _back_up_postgresql(url, path: Path) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise BackupError(
            "pg_dump is not on PATH. Install PostgreSQL's client tools (Debian: "
            "apt-get install postgresql-client, the server's major version or newer) and run this "
            f"again, or run: pg_dump --format=custom --file={path} DBNAME"
        )
    # The password goes in the environment, not on the command line, where `ps` would show it.
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = url.password
    libpq_url = url.set(drivername="postgresql", password=None).render_as_string(
        hide_password=False
    )
    result = subprocess.run(
        [pg_dump, "--format=custom", "--no-owner", f"--file={path}", libpq_url],
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        path.unlink(missing_ok=True)
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
