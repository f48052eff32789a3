"""Flask commands: `flask --app wsgi <group> <command>`."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click
from flask import Flask
from flask.cli import AppGroup

from community.errors import DomainError

users = AppGroup("users", help="People and their roles.")
mail = AppGroup("mail", help="The mail outbox.")
membership = AppGroup("membership", help="Membership rules and applications.")
moderation = AppGroup("moderation", help="House rules and the sales-pitch policy.")
demo = AppGroup("demo", help="Demo and benchmark data.")
notify = AppGroup("notify", help="Notifications and digests.")

GROUPS = (users, mail, membership, moderation, demo, notify)


def register(app: Flask) -> None:
    """Every command, in its group: features' commands are listed here, not attached on import."""
    from flask_migrate.cli import db as database_group

    from community.forum import cli as forum_cli
    from community.moderation import cli as moderation_cli

    database_group.add_command(backup_command)  # beside Flask-Migrate's `db upgrade`
    notify.add_command(forum_cli.send_digests_command)
    for command in moderation_cli.COMMANDS:
        moderation.add_command(command)
    for group in (*GROUPS, forum_cli.forum):
        app.cli.add_command(group)


def _fail(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


@users.command("grant-role")
@click.argument("email")
@click.argument("role")
@click.option("--reason", default="Granted by an operator at the command line.")
def grant_role_command(email: str, role: str, reason: str) -> None:
    """Give ROLE to the person named by EMAIL (bootstraps the first admin).

    EMAIL is a verified email address held by exactly one person, or `sub:SUBJECT` (the sign-in
    provider's subject, shown by `users list` and in the message when an address is ambiguous).
    """
    from community.auth import services

    try:
        user = services.find_person(email)
        changed = services.grant_role(None, user, role, reason)
    except DomainError as error:
        _fail(str(error))
    click.echo(f"{email} now holds {role}." if changed else f"{email} already held {role}.")


@users.command("revoke-role")
@click.argument("email")
@click.argument("role")
@click.option("--reason", default="Revoked by an operator at the command line.")
def revoke_role_command(email: str, role: str, reason: str) -> None:
    """Take ROLE away from the person named by EMAIL (a verified address, or sub:SUBJECT)."""
    from community.auth import services

    try:
        user = services.find_person(email)
        changed = services.revoke_role(None, user, role, reason)
    except DomainError as error:
        _fail(str(error))
    click.echo(f"{email} no longer holds {role}." if changed else f"{email} did not hold {role}.")


@users.command("list")
def list_users_command() -> None:
    """Everyone who has signed in: id, email, name, roles, subject, email verified or not."""
    from sqlalchemy import select

    from community.auth.models import User
    from community.extensions import db

    for user in db.session.scalars(select(User).where(User.deleted_at.is_(None)).order_by(User.id)):
        roles = ",".join(sorted(user.role_names))
        verified = "verified" if user.email_verified else "unverified"
        click.echo(f"{user.id}\t{user.email}\t{user.name}\t{roles}\tsub:{user.subject}\t{verified}")


@mail.command("send")
def send_mail_command() -> None:
    """Deliver the due outbox messages once, by hand (the background worker does it every
    minute and whenever mail is queued: `huey_consumer community.tasks.huey`)."""
    from community.mail.services import deliver_pending, smtp_configured

    if not smtp_configured():
        _fail(
            "SMTP_HOST is not set, so nothing can be sent. Messages stay in the outbox; "
            "admins can read them at /admin/outbox."
        )
    report = deliver_pending()
    click.echo(f"sent {report.sent}, retrying {report.retried}, failed {report.failed}")


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup_command(path: Path) -> None:
    """Back up the database to PATH (a new file) while the servers keep running.

    SQLite: a consistent copy through SQLite's online backup API. PostgreSQL: pg_dump's custom
    format (restore with pg_restore); pg_dump must be on PATH. Restoring: README, "Backups".
    """
    from flask import current_app

    from community.backup import BackupError, back_up

    try:
        made = back_up(current_app.config["SQLALCHEMY_DATABASE_URI"], path)
    except BackupError as error:
        _fail(str(error))
    click.echo(f"Backed up the database to {made.path} ({made.size} bytes, {made.method}).")


@membership.command("check-title")
def check_title_command() -> None:
    """Assess job titles, one a line on stdin; one JSON object a line on stdout."""
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from community.membership.policy import current_policy
    from community.membership.titles import assess_title

    try:
        policy = current_policy()
    except (OperationalError, ProgrammingError):
        _fail(
            "the database has no membership tables yet (it was never migrated). "
            "Run `flask --app wsgi db upgrade` first, then check titles again."
        )
    for line in sys.stdin:
        title = line.rstrip("\r\n")
        result = assess_title(title, policy).to_dict()
        click.echo(json.dumps(result, ensure_ascii=False))


@moderation.command("check-pitch")
def check_pitch_command() -> None:
    """Assess posts given as JSON lines {"title", "body"}; writes {"verdict","score","reasons"}."""
    from community.moderation.pitch import assess_post

    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            post = json.loads(line)
            title, body = str(post.get("title") or ""), str(post.get("body") or "")
        except (json.JSONDecodeError, AttributeError):
            _fail(f"line {number} is not a JSON object with title and body")
        result = assess_post(title, body).to_dict()
        click.echo(json.dumps({k: result[k] for k in ("verdict", "score", "reasons")}))


@demo.command("load")
def load_demo_command() -> None:
    """Load the demo people and content once (later runs change nothing)."""
    from community.demo import load_all

    if load_all():
        click.echo("Demo data loaded. Sign in through the local provider as any demo identity.")
    else:
        click.echo("Demo data already present; nothing changed.")


@demo.command("generate")
@click.option("--members", default=200, show_default=True, help="Members to create.")
@click.option("--threads", default=500, show_default=True, help="Threads to create.")
@click.option("--posts", default=10_000, show_default=True, help="Posts in all (with openers).")
@click.option("--seed", default=7, show_default=True, help="Random seed, for repeatable data.")
def generate_command(members: int, threads: int, posts: int, seed: int) -> None:
    """Fill the database with realistic forum data for benchmarks, fast (bulk inserts)."""
    from community.demo.forum import generate

    if members < 1 or threads < 1 or posts < threads:
        raise click.BadParameter("Need at least one member and thread, and posts >= threads.")
    started = time.monotonic()
    report = generate(members=members, threads=threads, posts=posts, seed=seed)
    click.echo(f"{report} in {time.monotonic() - started:.1f}s.")
