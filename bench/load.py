"""Load benchmark: the app under gunicorn on 127.0.0.1, driven by wrk as signed-in members.

    python bench/load.py                      # SQLite, 100k posts, 3 rounds (make bench)
    python bench/load.py --scale 1m           # 1M posts
    python bench/load.py --database-url postgresql://postgres@127.0.0.1:5432/bench_100k

1. Builds a database with `flask --app wsgi db upgrade` and `flask --app wsgi demo generate`, or
   reuses the one built earlier for the same sizes (SQLite under bench/data/ by default; a
   PostgreSQL database of its own with --database-url).
2. Serves the app, and a bare Flask "hello" (bench/hello_app.py), each with the same gunicorn
   settings (2 sync workers by default) in production mode: a random SECRET_KEY, no local sign-in
   provider. SESSION_COOKIE_SECURE=0 because the client speaks plain HTTP on loopback, and
   RATELIMIT_ENABLED=0 because every request comes from one address.
3. Signs members in without any provider: it mints their Flask session cookies with the app's own
   session serializer and the server's SECRET_KEY, and writes the requests to replay (paths built
   by the app's url_for, a member's cookie on each line) to bench/data/requests-<page>.txt. This
   shortcut exists only here; it needs the secret, which is why only the server's owner can do it.
4. Drives the load with wrk (a native client, so the client's own cost stays small) and
   bench/requests.lua, 16 connections by default: each page alone and the realistic mix, each run
   right after a run of hello, for --rounds rounds. Server CPU per request comes from the
   gunicorn processes' own counters (/proc/PID/stat utime + stime of the master and its workers,
   before and after each run), and on PostgreSQL from the database's backends too.
5. Reports the median over rounds of throughput, p50/p99 latency, CPU per request, and each
   page's throughput and CPU cost as a fraction of the hello run next to it; a table and --json.

It only talks to 127.0.0.1, every run ends at a deadline, and it stops the servers it started.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import platform
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DATA = BENCH / "data"
LUA = BENCH / "requests.lua"
FLASK = Path(sys.executable).parent / "flask"
HOST = "127.0.0.1"
# Sent by bench/requests.lua too: Flask-Login's session protection ties a session to it.
USER_AGENT = "peer-circle-bench/2"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# The mix: what share of requests goes to each page. Reading dominates, as on any forum.
MIX = {"category": 0.35, "thread": 0.40, "search": 0.15, "reply": 0.10}
PAGES = ("thread", "category", "search", "reply")
# The sizes the targets speak of; --members/--threads/--posts override them.
SCALES = {
    "100k": {"members": 5000, "threads": 2000, "posts": 100_000},
    "1m": {"members": 5000, "threads": 20_000, "posts": 1_000_000},
}
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


@dataclass
class Server:
    url: str
    process: subprocess.Popen


@contextlib.contextmanager
def gunicorn(app: str, env: dict, workers: int, log: Path, chdir: Path = ROOT) -> Iterator[Server]:
    """Serve `app` with gunicorn on 127.0.0.1; yields it running; stops it on the way out."""
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
        process = subprocess.Popen(
            command,
            cwd=chdir,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        server = Server(f"http://{HOST}:{port}", process)
        try:
            wait_until_up(server, workers, log)
            yield server
        finally:
            stop(process)


def wait_until_up(server: Server, workers: int, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            sys.exit(
                f"gunicorn exited with {server.process.returncode}; see {log}:\n"
                f"{log.read_text()[-2000:]}"
            )
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(server.url + "/", timeout=2):
                pass
            if len(server_pids(server)) > workers:  # every worker has booted
                return
        time.sleep(0.2)
    stop(server.process)
    sys.exit(f"gunicorn did not answer on {server.url} within {timeout:.0f}s; see {log}")


def stop(process: subprocess.Popen) -> None:
    """Stop gunicorn and its workers (its own process group, started by us)."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)


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


# CPU time, from the kernel's own counters.


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (which may hold spaces)."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return raw[raw.rindex(")") + 2 :].split()


def cpu_seconds(pid: int) -> float:
    """utime + stime of one process, in seconds (0 if it is gone)."""
    fields = _stat(pid)
    if fields is None:
        return 0.0
    # After the name: state(3) ppid(4) ... utime(14) stime(15), so 11 and 12 here.
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def server_pids(server: Server) -> list[int]:
    """The gunicorn master and its workers (the processes whose parent is the master)."""
    master = server.process.pid
    pids = [master]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != master:
            fields = _stat(int(entry.name))
            if fields is not None and fields[1] == str(master):
                pids.append(int(entry.name))
    return pids


def cpu_snapshot(pids: list[int]) -> dict[int, float]:
    return {pid: cpu_seconds(pid) for pid in pids}


def cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU seconds spent between two snapshots; a process that appeared started from zero."""
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


class DatabaseBackends:
    """PostgreSQL's backends serving this database: their CPU is the server's cost too."""

    def __init__(self, database_url: str):
        self.url = database_url.replace("postgresql+psycopg://", "postgresql://")

    def pids(self) -> list[int]:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as connection:
            rows = connection.execute(
                "SELECT pid FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            ).fetchall()
        return [pid for (pid,) in rows]


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


# The load: wrk replays request files that this process writes.


def request_lines(kind: str, targets: Targets, rng: random.Random, count: int) -> list[str]:
    """`count` requests of this kind, each as a randomly chosen signed-in member."""
    lines = []
    for _ in range(count):
        member = rng.choice(targets.members)
        if kind == "category":
            lines.append(f"GET\t{rng.choice(targets.categories)}\t{member.cookie}\t")
        elif kind == "thread":
            thread_id, pages = rng.choice(targets.threads)
            page = pages if rng.random() < 0.3 else 1  # the latest page, or the start
            lines.append(f"GET\t{targets.paths['thread'][(thread_id, page)]}\t{member.cookie}\t")
        elif kind == "search":
            path = targets.paths["search"][rng.choice(targets.words)]
            lines.append(f"GET\t{path}\t{member.cookie}\t")
        elif kind == "reply":
            thread_id, _ = rng.choice(targets.threads)
            form = urllib.parse.urlencode(
                {"csrf_token": member.csrf_token, "body": rng.choice(REPLY_TEXTS)}
            )
            lines.append(f"POST\t{targets.paths['reply'][thread_id]}\t{member.cookie}\t{form}")
        else:
            raise ValueError(kind)
    return lines


def write_request_files(targets: Targets, seed: int, count: int = 2000) -> dict[str, Path]:
    """One file per page, one for the mix, and one for hello: what wrk will replay."""
    rng = random.Random(seed)
    files = {}
    for kind in PAGES:
        files[kind] = DATA / f"requests-{kind}.txt"
        files[kind].write_text("\n".join(request_lines(kind, targets, rng, count)) + "\n")
    kinds, weights = list(MIX), list(MIX.values())
    mixed = [
        request_lines(rng.choices(kinds, weights)[0], targets, rng, 1)[0] for _ in range(count)
    ]
    files["mix"] = DATA / "requests-mix.txt"
    files["mix"].write_text("\n".join(mixed) + "\n")
    files["hello"] = DATA / "requests-hello.txt"
    files["hello"].write_text("GET\t/\t\t\n")
    return files


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if not found:
        sys.exit("wrk is not installed: `apt-get install -y wrk` (make bench does it).")
    return found


@dataclass
class Run:
    kind: str
    round: int
    requests: int
    seconds: float
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    server_cpu_ms_per_request: float
    app_cpu_ms_per_request: float  # the gunicorn processes alone (without the database's)
    workers_busy: float  # the gunicorn processes' CPU / (seconds x workers): 1 = never waiting
    errors: int
    error_detail: dict


def run_wrk(
    server: Server,
    requests_file: Path,
    kind: str,
    round_number: int,
    args,
    backends: DatabaseBackends | None,
    seconds: float,
) -> Run:
    """One bounded wrk run; the server's CPU counters are read just before and just after."""
    pids = server_pids(server)
    db_pids = backends.pids() if backends else []
    before, db_before = cpu_snapshot(pids), cpu_snapshot(db_pids)
    command = [
        ensure_wrk(),
        f"--threads={args.client_threads}",
        f"--connections={args.connections}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=30s",
        "--latency",
        f"--script={LUA}",
        server.url,
        "--",
        str(requests_file),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 90)
    after = cpu_snapshot(server_pids(server))
    db_after = cpu_snapshot(backends.pids() if backends else [])
    line = next((x for x in result.stdout.splitlines() if x.startswith("WRK_JSON ")), None)
    if result.returncode != 0 or line is None:
        sys.exit(
            f"wrk failed ({result.returncode}):\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        )
    report = json.loads(line.removeprefix("WRK_JSON "))
    requests = int(report["requests"]) or 1
    app_cpu = cpu_used(before, after)
    db_cpu = cpu_used(db_before, db_after)
    statuses = {k: int(v) for k, v in report["statuses"].items()}
    expected = {"200", "302"} if kind == "mix" else {"302"} if kind == "reply" else {"200"}
    socket_errors = {k: int(v) for k, v in report["errors"].items() if int(v)}
    socket_errors.pop("status", None)  # counted with the statuses below
    unexpected = {k: v for k, v in statuses.items() if k not in expected}
    detail = {
        **{f"status {k}": v for k, v in unexpected.items()},
        **{f"socket {k}": v for k, v in socket_errors.items()},
    }
    if int(report["signin_redirects"]):
        detail["redirect to sign-in"] = int(report["signin_redirects"])
    if int(report["stray_redirects"]):
        detail["redirect elsewhere"] = int(report["stray_redirects"])
    duration = report["duration_us"] / 1e6
    return Run(
        kind=kind,
        round=round_number,
        requests=int(report["requests"]),
        seconds=round(duration, 2),
        requests_per_second=round(report["requests"] / duration, 1),
        p50_ms=round(report["latency_us"]["p50"] / 1000, 2),
        p99_ms=round(report["latency_us"]["p99"] / 1000, 2),
        server_cpu_ms_per_request=round((app_cpu + db_cpu) * 1000 / requests, 3),
        app_cpu_ms_per_request=round(app_cpu * 1000 / requests, 3),
        workers_busy=round(app_cpu / (duration * args.workers), 3),
        errors=sum(detail.values()),
        error_detail=detail,
    )


def median_row(runs: list[Run], hellos: list[Run]) -> dict:
    """Medians over rounds; each round's ratios use the hello run made just before it."""
    pairs = list(zip(runs, hellos, strict=True)) if hellos else []
    row = {
        "rounds": len(runs),
        "requests": sum(r.requests for r in runs),
        "errors": sum(r.errors for r in runs),
        "requests_per_second": statistics.median(r.requests_per_second for r in runs),
        "p50_ms": statistics.median(r.p50_ms for r in runs),
        "p99_ms": statistics.median(r.p99_ms for r in runs),
        "cpu_ms_per_request": statistics.median(r.server_cpu_ms_per_request for r in runs),
        "app_cpu_ms_per_request": statistics.median(r.app_cpu_ms_per_request for r in runs),
        "workers_busy": statistics.median(r.workers_busy for r in runs),
    }
    if pairs:
        row["x_hello_throughput"] = round(
            statistics.median(r.requests_per_second / h.requests_per_second for r, h in pairs), 3
        )
        row["x_hello_cpu"] = round(
            statistics.median(
                h.server_cpu_ms_per_request / r.server_cpu_ms_per_request
                for r, h in pairs
                if r.server_cpu_ms_per_request
            ),
            3,
        )
    errors: dict[str, int] = {}
    for run in runs:
        for key, value in run.error_detail.items():
            errors[key] = errors.get(key, 0) + value
    if errors:
        row["error_detail"] = errors
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}


# The report.


def git_commit() -> str:
    def git(*args: str) -> str:
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return result.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("-dirty" if git("status", "--porcelain", "--untracked-files=no") else "")


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
        "load_average_at_start": os.getloadavg()[0],
        "os": platform.platform(),
        "python": platform.python_version(),
        "commit": git_commit(),
    }


COLUMNS = {
    "requests_per_second": "req/s",
    "p50_ms": "p50 ms",
    "p99_ms": "p99 ms",
    "cpu_ms_per_request": "CPU ms/req",
    "x_hello_throughput": "x hello",
    "x_hello_cpu": "x hello CPU",
    "workers_busy": "busy",
    "errors": "errors",
}


def print_table(rows: dict[str, dict]) -> None:
    header = f"{'page':<10}" + "".join(f"{label:>12}" for label in COLUMNS.values())
    say(header)
    say("-" * len(header))
    for kind, row in rows.items():
        say(f"{kind:<10}" + "".join(f"{row.get(c, ''):>12}" for c in COLUMNS))
    for kind, row in rows.items():
        if row.get("error_detail"):
            say(f"  {kind} errors: {row['error_detail']}")


def say(text: str) -> None:
    print(text, flush=True)


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="100k", help="data size")
    parser.add_argument("--members", type=int, help="override the scale's member count")
    parser.add_argument("--threads", type=int, help="override the scale's thread count")
    parser.add_argument("--posts", type=int, help="override the scale's post count")
    parser.add_argument("--duration", type=float, default=10, help="seconds of each run")
    parser.add_argument("--warmup", type=float, default=2, help="seconds per page, not measured")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of every run; medians")
    parser.add_argument(
        "--pages",
        default="thread,category,search,reply,mix",
        help="comma-separated: thread, category, search, reply, mix",
    )
    parser.add_argument("--connections", type=int, default=16, help="wrk connections")
    parser.add_argument("--client-threads", type=int, default=1, help="wrk threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--sessions", type=int, default=200, help="members signed in")
    parser.add_argument("--database-url", help="a PostgreSQL database of its own (default SQLite)")
    parser.add_argument("--rebuild", action="store_true", help="build the database afresh")
    parser.add_argument("--json", type=Path, help="write the report here")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for name, value in SCALES[args.scale].items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    args.page_list = [p.strip() for p in args.pages.split(",") if p.strip()]
    if unknown := set(args.page_list) - {*PAGES, "mix"}:
        parser.error(f"unknown pages: {', '.join(sorted(unknown))}")
    numbers = (args.members, args.threads, args.posts, args.connections, args.client_threads)
    if min(*numbers, args.workers, args.sessions, args.rounds) < 1:
        parser.error("sizes, connections, threads, workers, sessions and rounds must be >= 1")
    if not (1 <= args.duration <= 600 and 0 <= args.warmup <= 60 and args.rounds <= 20):
        parser.error("--duration must be in [1, 600], --warmup in [0, 60], --rounds at most 20")
    return args


def main(argv=None) -> dict:
    args = parse_args(argv)
    ensure_wrk()
    host = machine()  # before the runs: the commit measured
    sizes = Sizes(args.members, args.threads, args.posts)
    database_url = prepare_database(sizes, args.database_url, args.rebuild)
    postgres = database_url.startswith("postgresql")
    secret_key = secrets.token_hex(32)
    env = server_environment(database_url, secret_key)
    app = bench_app(database_url, secret_key)
    targets = find_targets(app, args.sessions, args.seed)
    files = write_request_files(targets, args.seed)
    say(
        f"{len(targets.members)} members signed in; {len(targets.categories)} categories, "
        f"{len(targets.threads)} threads, {len(targets.words)} search words. "
        f"wrk: {args.connections} connections; gunicorn: {args.workers} sync workers."
    )
    backends = DatabaseBackends(database_url) if postgres else None
    runs: dict[str, list[Run]] = {kind: [] for kind in args.page_list}
    hellos: dict[str, list[Run]] = {kind: [] for kind in args.page_list}
    app_log, hello_log = DATA / "gunicorn-app.log", DATA / "gunicorn-hello.log"
    with (
        gunicorn("wsgi:app", env, args.workers, app_log) as site,
        gunicorn("hello_app:app", env, args.workers, hello_log, chdir=BENCH) as hello,
    ):
        if args.warmup:
            say(f"Warming up: {args.warmup:.0f}s of each page and of hello (not measured).")
            run_wrk(hello, files["hello"], "hello", 0, args, None, args.warmup)
            for kind in args.page_list:
                run_wrk(site, files[kind], kind, 0, args, backends, args.warmup)
        for round_number in range(1, args.rounds + 1):
            for kind in args.page_list:
                base = run_wrk(
                    hello, files["hello"], "hello", round_number, args, None, args.duration
                )
                page = run_wrk(site, files[kind], kind, round_number, args, backends, args.duration)
                hellos[kind].append(base)
                runs[kind].append(page)
                say(
                    f"round {round_number} {kind:<8} {page.requests_per_second:>7} req/s "
                    f"{page.server_cpu_ms_per_request:>7} CPU ms/req | hello "
                    f"{base.requests_per_second:>7} req/s {base.server_cpu_ms_per_request:>6} "
                    f"CPU ms/req" + (f" | errors {page.error_detail}" if page.errors else "")
                )
    every_hello = [run for kind in args.page_list for run in hellos[kind]]
    results = {kind: median_row(runs[kind], hellos[kind]) for kind in args.page_list}
    results["hello"] = median_row(every_hello, [])
    report = {
        "machine": host,
        "database": "postgresql" if postgres else "sqlite",
        "sizes": sizes.__dict__,
        "server": {"gunicorn_workers": args.workers, "worker_class": "sync"},
        "client": {
            "tool": "wrk",
            "connections": args.connections,
            "threads": args.client_threads,
            "duration_seconds": args.duration,
            "rounds": args.rounds,
        },
        "mix": MIX,
        "results": results,
        "runs": [run.__dict__ for kind in args.page_list for run in hellos[kind] + runs[kind]],
    }
    say(
        f"\nMedians of {args.rounds} rounds ({report['database']}, {sizes.posts:,} posts, "
        f"commit {report['machine']['commit']}); 'x hello' = throughput / hello's, "
        "'x hello CPU' = hello's CPU per request / the page's; 'busy' = the workers' CPU / "
        "(time x workers), below 1 when they wait (on the database, on locks, for the CPU)."
    )
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
        say(f"\nReport written to {args.json}")
    return report


if __name__ == "__main__":
    main()
