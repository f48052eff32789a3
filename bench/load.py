"""Load benchmark: the app under gunicorn on 127.0.0.1, driven by concurrent signed-in members.

    python bench/load.py --members 5000 --threads 2000 --posts 100000 --duration 30 --json out.json

1. Builds a database with `flask --app wsgi db upgrade` and `flask --app wsgi demo generate`, or
   reuses the one built earlier for the same sizes (SQLite under bench/data/ by default; a
   PostgreSQL database of its own with --database-url).
2. Serves the app with gunicorn (one sync worker per CPU) in production mode: a random
   SECRET_KEY, no local sign-in provider. SESSION_COOKIE_SECURE=0 because the clients speak plain
   HTTP on loopback, and RATELIMIT_ENABLED=0 because every client comes from one address.
3. Signs members in without any provider: it mints their Flask session cookies with the app's own
   session serializer and the server's SECRET_KEY. This shortcut exists only here; it needs the
   secret, which is why it can only be done by whoever runs the server.
4. Runs a realistic mix (category pages, thread pages, search, replies) from concurrent clients
   for --duration seconds; then each page alone, and a bare Flask "hello" app under the same
   gunicorn settings, for --solo-duration seconds each, so every page's throughput is also given
   as a fraction of that baseline.

It only talks to 127.0.0.1, every loop ends at a deadline, and it stops the servers it started.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.cookiejar
import json
import math
import os
import platform
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import requests

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
FLASK = Path(sys.executable).parent / "flask"
USER_AGENT = "peer-circle-bench/1"
HOST = "127.0.0.1"

# The mix: what share of requests goes to each page. Reading dominates, as on any forum.
MIX = {"category": 0.35, "thread": 0.40, "search": 0.15, "reply": 0.10}
REPLY_TEXTS = (
    "We tried the same thing last year; the hard part was getting finance to agree on the "
    "baseline before we started. Happy to compare notes.",
    "Agreed. What made the difference for us was a monthly review with the whole leadership "
    "team, not just the sponsor.",
    "Interesting point about the board. How did you frame the trade-off for them?",
    "We ended up splitting the role in two. It cost more but the handover was much smoother.",
)


# The database.


@dataclass
class Sizes:
    members: int
    threads: int
    posts: int

    @property
    def label(self) -> str:
        return f"m{self.members}-t{self.threads}-p{self.posts}"


def flask_command(database_url: str, *args: str, check: bool = True):
    """Run `flask --app wsgi ...` on this database; with check, a failure ends the benchmark."""
    env = {**os.environ, "DATABASE_URL": database_url}
    for name in ("FLASK_DEBUG", "LOCAL_OIDC_URL", "SERVER_NAME"):
        env.pop(name, None)
    result = subprocess.run(
        [str(FLASK), "--app", "wsgi", *args], cwd=ROOT, env=env, text=True, capture_output=True
    )
    if check and result.returncode != 0:
        sys.exit(f"`flask --app wsgi {' '.join(args)}` failed:\n{result.stderr[-3000:]}")
    return result


def demo_generate_exists() -> bool:
    probe = flask_command(
        f"sqlite:///{DATA / 'probe.sqlite3'}", "demo", "generate", "--help", check=False
    )
    return probe.returncode == 0


def database_has_tables(database_url: str) -> bool:
    from sqlalchemy import create_engine, inspect

    engine = create_engine(database_url)
    try:
        return bool(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def drop_all_tables(database_url: str) -> None:
    from sqlalchemy import MetaData, create_engine

    engine = create_engine(database_url)
    try:
        metadata = MetaData()
        metadata.reflect(engine)
        metadata.drop_all(engine)
    finally:
        engine.dispose()


def prepare_database(sizes: Sizes, database_url: str | None, rebuild: bool) -> str:
    """The URL of a database filled for these sizes: reused when built before, else built now."""
    DATA.mkdir(parents=True, exist_ok=True)
    if database_url:
        database_url = normalise_url(database_url)
        key = hashlib.sha1(database_url.encode()).hexdigest()[:10]
        marker = DATA / f"postgresql-{key}-{sizes.label}.ready"
    else:
        path = DATA / f"bench-{sizes.label}.sqlite3"
        database_url = f"sqlite:///{path}"
        marker = path.with_suffix(".ready")
    if marker.exists() and not rebuild:
        say(f"Reusing the database built for {sizes.label} ({redact(database_url)}).")
        return database_url
    if not demo_generate_exists():
        sys.exit(
            "`flask --app wsgi demo generate` does not exist in this tree yet (it comes with the "
            "forum, community/forum/cli.py); the benchmark has nothing to read without it."
        )
    if database_url.startswith("sqlite"):
        Path(database_url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    elif database_has_tables(database_url):
        if not rebuild:
            sys.exit(
                f"{redact(database_url)} already has tables that this benchmark did not build for "
                f"{sizes.label}. Point --database-url at a database of its own, or pass --rebuild "
                "to drop every table in it and build afresh."
            )
        say(f"Dropping every table in {redact(database_url)} (--rebuild).")
        drop_all_tables(database_url)
        for old in DATA.glob(f"postgresql-{key}-*.ready"):
            old.unlink()  # one database holds one set of sizes
    say(f"Building the database for {sizes.label}: db upgrade, then demo generate.")
    started = time.monotonic()
    flask_command(database_url, "db", "upgrade")
    check_schema(database_url)
    flask_command(
        database_url,
        "demo",
        "generate",
        "--members",
        str(sizes.members),
        "--threads",
        str(sizes.threads),
        "--posts",
        str(sizes.posts),
    )
    marker.write_text(json.dumps({"sizes": sizes.__dict__, "built_at": time.time()}))
    say(f"Built in {time.monotonic() - started:.0f}s.")
    return database_url


def check_schema(database_url: str) -> None:
    """Every table the models define exists after the migrations, or the data can't be loaded."""
    from sqlalchemy import inspect

    app = bench_app(database_url, secrets.token_hex(32))
    from community.extensions import db

    with app.app_context():
        present = set(inspect(db.engine).get_table_names())
        missing = sorted(t.name for t in db.metadata.sorted_tables if t.name not in present)
        db.engine.dispose()
    if missing:
        sys.exit(
            "`flask db upgrade` did not create these tables, so the migrations are behind the "
            f"models: {', '.join(missing)}. Generate the missing migrations, then run again."
        )


def normalise_url(url: str) -> str:
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]+@", r"//\1:***@", url)


# The servers.


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def gunicorn(app: str, env: dict, workers: int, log: Path, chdir: Path = ROOT) -> Iterator[str]:
    """Serve `app` with gunicorn on 127.0.0.1; yields its base URL; stops it on the way out."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--chdir",
        str(chdir),
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "sync",
        "--timeout",
        "60",
        "--graceful-timeout",
        "5",
        "--log-level",
        "warning",
        app,
    ]
    with log.open("w") as log_file:
        server = subprocess.Popen(
            command,
            cwd=chdir,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        url = f"http://{HOST}:{port}"
        try:
            wait_until_up(url, server, log)
            yield url
        finally:
            stop(server)


def wait_until_up(url: str, server: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(
                f"gunicorn exited with {server.returncode}; see {log}:\n{log.read_text()[-2000:]}"
            )
        with contextlib.suppress(requests.RequestException):
            if requests.get(url + "/", timeout=2).status_code < 500:
                return
        time.sleep(0.2)
    stop(server)
    sys.exit(f"gunicorn did not answer on {url} within {timeout:.0f}s; see {log}")


def stop(server: subprocess.Popen) -> None:
    """Stop gunicorn and its workers (its own process group, started by us)."""
    if server.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGKILL)
        server.wait(5)


def server_environment(database_url: str, secret_key: str) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("FLASK_DEBUG", "LOCAL_OIDC_URL", "SERVER_NAME")
    }
    env.update(
        DATABASE_URL=database_url,
        SECRET_KEY=secret_key,
        SESSION_COOKIE_SECURE="0",
        RATELIMIT_ENABLED="0",
        COMMUNITY_BASE_URL=f"http://{HOST}",
    )
    return env


# Who signs in, and what they read.


@dataclass
class Member:
    id: int
    cookie: str
    csrf_token: str


@dataclass
class Targets:
    members: list[Member]
    categories: list[str] = field(default_factory=list)  # paths
    threads: list[tuple[int, int]] = field(default_factory=list)  # (thread id, pages)
    words: list[str] = field(default_factory=list)
    paths: dict[str, dict] = field(default_factory=dict)  # kind -> key -> path


def bench_app(database_url: str, secret_key: str):
    """The app as the server runs it, in this process: for its serializer, url_for and models."""
    sys.path.insert(0, str(ROOT))
    from community import create_app

    return create_app(
        {
            "SQLALCHEMY_DATABASE_URI": database_url,
            "SECRET_KEY": secret_key,
            "LOCAL_OIDC_URL": "",
            "SESSION_COOKIE_SECURE": False,
            "RATELIMIT_ENABLED": False,
        }
    )


def mint_session(app, user) -> Member:
    """Sign `user` in the way the app would at the end of a real sign-in, in a request made up
    here, and serialize the resulting session with the app's own signing serializer."""
    from flask import session
    from flask_login import login_user
    from flask_wtf.csrf import generate_csrf

    # A fresh app context too: Flask-WTF caches the token in `g`, which lives there.
    with (
        app.app_context(),
        app.test_request_context(
            "/", environ_base={"REMOTE_ADDR": HOST}, headers={"User-Agent": USER_AGENT}
        ),
    ):
        login_user(user)
        token = generate_csrf()
        cookie = app.session_interface.get_signing_serializer(app).dumps(dict(session))
    return Member(id=user.id, cookie=cookie, csrf_token=token)


def find_targets(app, sessions: int, seed: int) -> Targets:
    from flask import url_for
    from sqlalchemy import select

    from community.auth.models import User, UserRole
    from community.errors import DomainError
    from community.extensions import db
    from community.forum import services as forum
    from community.forum.models import Category, Thread

    rng = random.Random(seed)
    per_page = app.config["POSTS_PER_PAGE"]
    with app.app_context():
        users = db.session.scalars(
            select(User)
            .join(UserRole, UserRole.user_id == User.id)
            .where(
                UserRole.role == "member",
                User.membership_status == "active",
                User.deleted_at.is_(None),
            )
            .order_by(User.id)
            .limit(sessions * 2)
        ).all()
        members = []
        for user in users:
            try:  # the forum's own rule: members who may post now (no sanction, rules accepted)
                forum.ensure_can_post(user)
            except DomainError:
                continue
            members.append(mint_session(app, user))
            if len(members) == sessions:
                break
        if not members:
            sys.exit("The database has no active members who may post to sign in as.")
        slugs = db.session.scalars(select(Category.slug).order_by(Category.position)).all()
        published = db.session.execute(
            select(Thread.id, Thread.last_post_number, Thread.title)
            .where(Thread.status == "published", Thread.locked.is_(False))
            .order_by(Thread.id)
        ).all()
        threads = rng.sample(published, min(len(published), 500))
        words = sorted(
            {w.lower() for row in threads for w in re.findall(r"[A-Za-z]{5,}", row.title)}
        )
        # Every URL is built here, by the app; the clients only pick from these.
        with app.test_request_context("/"):
            pages = [
                (row.id, max(1, math.ceil(row.last_post_number / per_page))) for row in threads
            ]
            chosen_words = rng.sample(words, min(len(words), 200)) or ["board"]
            targets = Targets(
                members=members,
                categories=[url_for("forum.category", slug=slug) for slug in slugs],
                threads=pages,
                words=chosen_words,
                paths={
                    "thread": {
                        (thread_id, page): url_for(
                            "forum.thread", thread_id=thread_id, page=page if page > 1 else None
                        )
                        for thread_id, last_page in pages
                        for page in {1, last_page}
                    },
                    "search": {word: url_for("forum.search_page", q=word) for word in chosen_words},
                    "reply": {
                        thread_id: url_for("forum.reply", thread_id=thread_id)
                        for thread_id, _ in pages
                    },
                },
            )
    if not targets.categories or not targets.threads:
        sys.exit("The database has no categories or threads to read.")
    return targets


# The load.


@dataclass
class Sample:
    kind: str
    seconds: float
    ok: bool
    status: int | None  # None when the request itself failed (refused, timed out)


def make_request(kind: str, base: str, targets: Targets, rng: random.Random, web: requests.Session):
    """One request of this kind as a randomly chosen member; returns (response, expected status)."""
    member = rng.choice(targets.members)
    headers = {"Cookie": f"session={member.cookie}"}
    if kind == "hello":
        return web.get(base + "/", timeout=30), 200
    if kind == "category":
        return web.get(base + rng.choice(targets.categories), headers=headers, timeout=30), 200
    if kind == "thread":
        thread_id, pages = rng.choice(targets.threads)
        page = pages if rng.random() < 0.3 else 1  # the latest page, or the start
        url = base + targets.paths["thread"][(thread_id, page)]
        return web.get(url, headers=headers, timeout=30), 200
    if kind == "search":
        url = base + targets.paths["search"][rng.choice(targets.words)]
        return web.get(url, headers=headers, timeout=30), 200
    if kind == "reply":
        thread_id, _ = rng.choice(targets.threads)
        form = {"csrf_token": member.csrf_token, "body": rng.choice(REPLY_TEXTS)}
        url = base + targets.paths["reply"][thread_id]
        return web.post(url, data=form, headers=headers, timeout=30, allow_redirects=False), 302
    raise ValueError(kind)


def drive(
    base: str, targets: Targets, mix: dict[str, float], clients: int, seconds: float, seed: int
):
    """`clients` threads, each making one request after another until the deadline."""
    deadline = time.monotonic() + seconds
    samples: list[list[Sample]] = [[] for _ in range(clients)]
    kinds, weights = list(mix), list(mix.values())

    def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        web = requests.Session()
        web.headers["User-Agent"] = USER_AGENT
        # The cookie is sent by hand each time: the minted session, never one the server set.
        web.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        while time.monotonic() < deadline:
            kind = rng.choices(kinds, weights)[0]
            started = time.perf_counter()
            try:
                response, expected = make_request(kind, base, targets, rng, web)
                status = response.status_code
            except requests.RequestException:
                status = None
            elapsed = time.perf_counter() - started
            samples[number].append(Sample(kind, elapsed, status == expected, status))

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 60)
    elapsed = time.monotonic() - started
    return [s for per_client in samples for s in per_client], elapsed


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, math.ceil(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def summarise(samples: list[Sample], elapsed: float) -> dict[str, dict]:
    by_kind: dict[str, list[Sample]] = {}
    for sample in samples:
        by_kind.setdefault(sample.kind, []).append(sample)
    summary = {}
    for kind, items in sorted(by_kind.items()):
        latencies = sorted(s.seconds for s in items)
        failures: dict[str, int] = {}
        for sample in items:
            if not sample.ok:
                key = str(sample.status or "no answer")
                failures[key] = failures.get(key, 0) + 1
        summary[kind] = {
            "requests": len(items),
            "errors": sum(failures.values()),
            "error_statuses": failures,
            "requests_per_second": round(len(items) / elapsed, 1),
            "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
            "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
            "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        }
    return summary


# The report.


def machine() -> dict:
    cpu = platform.processor()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        kb = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    return {
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
    }


LABELS = {
    "requests": "requests",
    "errors": "errors",
    "requests_per_second": "req/s",
    "p50_ms": "p50 ms",
    "p95_ms": "p95 ms",
    "p99_ms": "p99 ms",
    "ratio_to_hello": "x hello",
}


def print_table(title: str, rows: dict[str, dict], columns: list[str]) -> None:
    say(f"\n{title}")
    header = f"{'page':<10}" + "".join(f"{LABELS[c]:>10}" for c in columns)
    say(header)
    say("-" * len(header))
    for kind, row in rows.items():
        say(f"{kind:<10}" + "".join(f"{row.get(c, ''):>10}" for c in columns))
    for kind, row in rows.items():
        if row.get("error_statuses"):
            say(f"  {kind} errors by status: {row['error_statuses']}")


def say(text: str) -> None:
    print(text, flush=True)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--threads", type=int, default=2000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--duration", type=float, default=30, help="seconds of the mixed load")
    parser.add_argument(
        "--solo-duration", type=float, default=5, help="seconds for each page alone, and hello"
    )
    parser.add_argument("--warmup", type=float, default=3, help="seconds, before measuring")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sessions", type=int, default=200, help="members signed in")
    parser.add_argument("--database-url", help="a PostgreSQL database of its own (default SQLite)")
    parser.add_argument("--rebuild", action="store_true", help="build the database afresh")
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if min(args.members, args.threads, args.posts, args.clients, args.workers, args.sessions) < 1:
        parser.error("sizes, clients, workers and sessions must be at least 1")
    if not (0 < args.duration <= 3600 and 0 < args.solo_duration <= 600 and 0 <= args.warmup <= 60):
        parser.error(
            "--duration must be in (0, 3600], --solo-duration in (0, 600], --warmup in [0, 60]"
        )
    return args


def main(argv=None) -> dict:
    args = parse_args(argv)
    sizes = Sizes(args.members, args.threads, args.posts)
    database_url = prepare_database(sizes, args.database_url, args.rebuild)
    secret_key = secrets.token_hex(32)
    env = server_environment(database_url, secret_key)
    app = bench_app(database_url, secret_key)
    targets = find_targets(app, args.sessions, args.seed)
    say(
        f"{len(targets.members)} members signed in; {len(targets.categories)} categories, "
        f"{len(targets.threads)} threads, {len(targets.words)} search words."
    )
    clients, workers = args.clients, args.workers

    with gunicorn("wsgi:app", env, workers, DATA / "gunicorn-app.log") as base:
        say(f"Warming up for {args.warmup:.0f}s (not measured).")
        drive(base, targets, MIX, clients, args.warmup, args.seed + 1)
        say(f"Mixed load: {clients} clients for {args.duration:.0f}s against {workers} workers.")
        samples, elapsed = drive(base, targets, MIX, clients, args.duration, args.seed)
        mixed = summarise(samples, elapsed)
        solo = {}
        for kind in MIX:
            say(f"{kind} alone for {args.solo_duration:.0f}s.")
            samples, elapsed = drive(
                base, targets, {kind: 1}, clients, args.solo_duration, args.seed
            )
            solo.update(summarise(samples, elapsed))

    with gunicorn("hello_app:app", env, workers, DATA / "gunicorn-hello.log", chdir=BENCH) as base:
        say(f"hello alone for {args.solo_duration:.0f}s.")
        samples, elapsed = drive(
            base, targets, {"hello": 1}, clients, args.solo_duration, args.seed
        )
        baseline = summarise(samples, elapsed)["hello"]

    hello_rps = baseline["requests_per_second"] or float("nan")
    for row in solo.values():
        row["ratio_to_hello"] = round(row["requests_per_second"] / hello_rps, 3)
    report = {
        "machine": machine(),
        "database": "postgresql" if database_url.startswith("postgresql") else "sqlite",
        "sizes": sizes.__dict__,
        "server": {"gunicorn_workers": workers, "worker_class": "sync"},
        "clients": clients,
        "mix": MIX,
        "duration_seconds": args.duration,
        "solo_duration_seconds": args.solo_duration,
        "mixed": mixed,
        "solo": solo,
        "hello": baseline,
    }
    columns = ["requests", "errors", "requests_per_second", "p50_ms", "p95_ms", "p99_ms"]
    print_table("Mixed load (each page's share of one run)", mixed, columns)
    print_table("Each page alone", {**solo, "hello": baseline}, [*columns, "ratio_to_hello"])
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
        say(f"\nReport written to {args.json}")
    return report


if __name__ == "__main__":
    main()
