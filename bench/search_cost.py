"""What one ranked search costs at each data size, measured in this process (no HTTP).

    python bench/search_cost.py bench/data/bench-m5000-t2000-p100000.sqlite3 \
        bench/data/bench-m5000-t20000-p1000000.sqlite3 [--database-url postgresql://...] [--json F]

For each database and query it runs community.forum.search.search (page 1, 20 per page, as the
search page does) --repeat times after one warm-up call, and prints the median wall time and the
CPU time in ms: this thread's, plus on PostgreSQL the CPU of the server backend that ran the
queries (averaged over the repeats, from /proc: the benchmark runs on the database's machine).
CPU time is the cost undisturbed by other load on the machine.
Arguments are SQLite files or database URLs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = (
    "board",  # in a large share of posts
    "budget",
    "team",
    "hiring plan",
    '"board meeting"',
    "board -budget",
    "zebra",  # in none
)


def backend_pid(db) -> int | None:
    """The PostgreSQL backend serving this session (None on SQLite, which runs in-process)."""
    from sqlalchemy import text

    if db.engine.dialect.name != "postgresql":
        return None
    return db.session.execute(text("SELECT pg_backend_pid()")).scalar_one()


def backend_cpu_seconds(pid: int | None) -> float:
    if pid is None:
        return 0.0
    raw = Path(f"/proc/{pid}/stat").read_text()
    fields = raw[raw.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(url: str, queries: tuple[str, ...], repeat: int) -> dict[str, dict]:
    sys.path.insert(0, str(ROOT))
    from community import create_app
    from community.extensions import db
    from community.forum import search

    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "search-cost", "LOCAL_OIDC_URL": ""}
    )
    results = {}
    with app.app_context():
        for query in queries:
            page = search.search(db.session, query, page=1, per_page=20)  # warm the cache
            timings, cpu = [], []
            backend = backend_pid(db)
            backend_before = backend_cpu_seconds(backend)
            for _ in range(repeat):
                started, started_cpu = time.perf_counter(), time.thread_time()
                page = search.search(db.session, query, page=1, per_page=20)
                timings.append((time.perf_counter() - started) * 1000)
                cpu.append((time.thread_time() - started_cpu) * 1000)
                db.session.rollback()
            # The database server's share, for PostgreSQL: its backend's CPU over all repeats
            # (the kernel counts in clock ticks, too coarse for one query).
            server_ms = (backend_cpu_seconds(backend) - backend_before) * 1000 / repeat
            results[query] = {
                "median_ms": round(statistics.median(timings), 2),
                "median_cpu_ms": round(statistics.median(cpu) + server_ms, 2),
                "results": len(page.items),
                "total": page.total,
                "more": page.more,
            }
        db.engine.dispose()
    return results


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("databases", nargs="+", help="SQLite files or database URLs")
    parser.add_argument("--repeat", type=int, default=25)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    report = {}
    for database in args.databases:
        url = database if "://" in database else f"sqlite:///{Path(database).resolve()}"
        report[database] = measure(url, QUERIES, args.repeat)
    width = max(len(q) for q in QUERIES) + 2
    print(f"{'query':<{width}}" + "".join(f"{Path(d).name[-24:]:>26}" for d in report))
    for query in QUERIES:
        cells = [
            f"{report[d][query]['median_ms']:>7} ms {report[d][query]['median_cpu_ms']:>7} cpu"
            for d in report
        ]
        print(f"{query:<{width}}" + "".join(f"{c:>26}" for c in cells))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
