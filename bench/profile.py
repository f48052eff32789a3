"""Profile one page under load: py-spy samples a gunicorn worker while wrk replays that page.

    python bench/profile.py --page thread --seconds 20      # SQLite, 100k posts
    python bench/profile.py --page thread --database-url postgresql://...

It builds (or reuses) the benchmark's database, mints signed-in members as bench/load.py does,
serves the app with ONE sync worker (so every sample is one request's work), records it with
`py-spy record --format raw` (collapsed stacks, with --idle so that time spent waiting counts too,
unless --cpu-only) while wrk drives the page, and prints the functions with the largest share of
samples: inclusive (the function and what it calls) and own (the function itself). The raw stacks
stay in bench/data/profile-<page>[-cpu].txt (flamegraph.pl and speedscope read that format).

It needs root or ptrace rights over the worker (py-spy reads its memory).
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # bench/load.py: the database, the members, the servers

FRAME = re.compile(r"^(?P<function>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")


def summarise(stacks: Path, top: int) -> tuple[int, list, list]:
    """(samples, top inclusive, top own) by 'file:function', from py-spy's collapsed stacks."""
    inclusive: collections.Counter = collections.Counter()
    own: collections.Counter = collections.Counter()
    total = 0
    for line in stacks.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        samples = int(count)
        total += samples
        names = []
        for frame in stack.split(";"):
            match = FRAME.match(frame.strip())
            if not match:
                names.append(frame.strip())
                continue
            file = match["file"]
            for prefix in (str(load.ROOT) + "/", "/work/main/.venv/lib/python3.11/site-packages/"):
                file = file.removeprefix(prefix)
            file = re.sub(r".*/site-packages/", "", file)
            names.append(f"{file}:{match['function']}")
        for name in set(names):
            inclusive[name] += samples
        if names:
            own[names[-1]] += samples
    return total, inclusive.most_common(top), own.most_common(top)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", default="thread", choices=[*load.PAGES, "mix"])
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--scale", choices=sorted(load.SCALES), default="100k")
    parser.add_argument("--database-url")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--rate", type=int, default=100, help="py-spy samples per second")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--cpu-only", action="store_true", help="sample only while on the CPU (not waiting)"
    )
    args = parser.parse_args(argv)
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    sizes = load.Sizes(**load.SCALES[args.scale])
    database_url = load.prepare_database(sizes, args.database_url, False)
    secret_key = secrets.token_hex(32)
    env = load.server_environment(database_url, secret_key)
    app = load.bench_app(database_url, secret_key)
    targets = load.find_targets(app, 200, 7)
    files = load.write_request_files(targets, 7)
    stacks = load.DATA / f"profile-{args.page}{'-cpu' if args.cpu_only else ''}.txt"
    wrk_args = argparse.Namespace(client_threads=1, connections=args.connections, workers=1)
    with load.gunicorn("wsgi:app", env, 1, load.DATA / "gunicorn-profile.log") as site:
        load.run_wrk(site, files[args.page], args.page, 0, wrk_args, None, 3)  # warm up
        (worker,) = [pid for pid in load.server_pids(site) if pid != site.process.pid]
        command = [spy, "record", "--pid", str(worker), "--duration", str(args.seconds)]
        command += ["--rate", str(args.rate), "--nonblocking", "--format", "raw"]
        command += ["--output", str(stacks), *([] if args.cpu_only else ["--idle"])]
        recorder = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(1)
        run = load.run_wrk(site, files[args.page], args.page, 1, wrk_args, None, args.seconds - 1)
        _, errors = recorder.communicate(timeout=args.seconds + 60)
        if recorder.returncode != 0:
            sys.exit(f"py-spy failed: {errors.decode()[-2000:]}")
    total, inclusive, own = summarise(stacks, args.top)
    load.say(
        f"{args.page}: {run.requests_per_second} req/s on one worker, "
        f"{run.app_cpu_ms_per_request} CPU ms/request; {total} samples in {stacks}"
    )
    load.say("\nInclusive (the function and what it calls):")
    for name, samples in inclusive:
        load.say(f"{100 * samples / total:6.1f}%  {name}")
    load.say("\nOwn time:")
    for name, samples in own:
        load.say(f"{100 * samples / total:6.1f}%  {name}")


if __name__ == "__main__":
    os.chdir(load.ROOT)
    main()
