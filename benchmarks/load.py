"""HTTP load on ``GET /api/statements`` against `onrecord serve` over the million-statement
SQLite store of store_bench.py: closed loop (C concurrent clients for D seconds) and open
loop (R requests per second for D seconds), then the search page with facets for the most
common words.

    .venv/bin/python benchmarks/load.py [--db .tmp/store_bench_1m.db] [--clients 200]
                                        [--rate 100] [--duration 20] [--workers 2] [--write]

The store comes from ``benchmarks/store_bench.py`` (``--db`` or ``ONRECORD_BENCH_DB``
moves it); without it this script says how to make it. The server is the real thing:
``python -m onrecord serve --workers W --no-access-log`` in a subprocess. The clients are
closed-loop (each sends its next request when the last one answered) on keep-alive
connections, written on raw asyncio streams: a full HTTP client library costs more CPU
per request than the server's own routing, and on a two-core machine the load generator
competes with the server for the same cores.

Open loop (``--rate R``): requests are sent at fixed times, R per second, whether or not the
earlier ones have answered (each on an idle keep-alive connection, or a new one), and each
latency is measured from the time the request was *scheduled*, so a server that falls
behind is charged for the queue it builds (no coordinated omission). This is how traffic
from many independent users arrives; a closed loop of C clients instead measures queueing
behind C requests (Little's law).

The common-word pass asks the web search page (``/?q=WORD``: a page of hits and the facets,
as a person sees it), by date and by relevance, once for each of the most frequent words of
the stored statements, however common ("the", "said"): target under 300 ms each.

The query mix: 40% one word (the default order, newest first), 15% one word by relevance,
20% a speaker id, 15% a 30-day date range, 10% word + speaker + one year. Words are drawn from the stored
statements themselves (ranks 100-2,000 among words of 4+ letters), speakers from the 500
with most statements. Targets (issues 5 and 15): p95 under 100 ms and no errors at 100
requests/s open loop; the 200-client closed-loop figure is kept beside it.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import re
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from _report import ROOT, machine, replace_section, today

sys.path.insert(0, str(ROOT / "src"))

from onrecord.store import SearchQuery, open_store

DEFAULT_DB = Path(os.environ.get("ONRECORD_BENCH_DB", ROOT / ".tmp" / "store_bench_1m.db"))
SEED = 20220321
SECTION = "Serving: load on `/api/statements`"
MIX = ("40% one word (default order, newest first), 15% one word by relevance, 20% a speaker id, "
       "15% a 30-day date range, 10% word + speaker + one year")


# -- the server ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    """`onrecord serve` on loopback; returns once /healthz answers."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("ONRECORD_API_TOKEN", None)
    cmd = [sys.executable, "-m", "onrecord", "serve", "--db", f"sqlite:///{db}", "--port", str(port),
           "--workers", str(workers), "--no-access-log"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"the server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            if get_json(port, "/healthz").get("status") == "ok":
                return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    sys.exit("the server did not answer /healthz within 60 s")


def get_json(port: int, path: str) -> dict:
    """One blocking GET (setup only; the load itself is in `client`)."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"GET {path}: {head.splitlines()[0].decode()}")
    return json.loads(body)


def cpu_seconds(root: int) -> float:
    """User + system CPU seconds of process ``root`` and its children (the uvicorn workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == root or ppid == root:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


# -- the query mix --------------------------------------------------------------------------


def query_mix(port: int, rng: random.Random, count: int = 20_000) -> tuple[list[str], list[str]]:
    """``count`` request paths in the mix of the module docstring, and the ten most common
    words of the statements (any length: "the", "said")."""
    speakers = get_json(port, "/api/speakers?limit=500")["speakers"]
    first = min(s["first_date"] for s in speakers if s["first_date"])
    last = max(s["last_date"] for s in speakers if s["last_date"])
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    span = max(1, (end - start).days - 30)
    words: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for k in range(8):  # statements from eight spread-out windows of time
        since = start + dt.timedelta(days=span * k // 8)
        page = get_json(port, "/api/statements?" + urlencode({"since": since, "until": since + dt.timedelta(days=60), "limit": 1000}))
        for hit in page["hits"]:
            found = re.findall(r"[a-z]+", hit["statement"]["content"]["text"].lower())
            words.update(w for w in found if len(w) >= 4)
            every.update(found)
    vocabulary = [w for w, _ in words.most_common(2000)][100:] or [w for w, _ in words.most_common(50)]
    ids = [s["id"] for s in speakers]

    def day() -> dt.date:
        return start + dt.timedelta(days=rng.randrange(span))

    paths = []
    for _ in range(count):
        r = rng.random()
        if r < 0.40:
            params = {"q": rng.choice(vocabulary)}
        elif r < 0.55:
            params = {"q": rng.choice(vocabulary), "sort": "relevance"}
        elif r < 0.75:
            params = {"speaker": rng.choice(ids)}
        elif r < 0.90:
            since = day()
            params = {"since": since, "until": since + dt.timedelta(days=29)}
        else:
            until = day()
            params = {"q": rng.choice(vocabulary[:400]), "speaker": rng.choice(ids[:100]),
                      "since": until - dt.timedelta(days=365), "until": until}
        paths.append("/api/statements?" + urlencode(params))
    return paths, [w for w, _ in every.most_common(10)]


# -- the clients ----------------------------------------------------------------------------


async def client(port: int, paths: list[str], rng: random.Random, stop_at: float, warm_until: float,
                 latencies: list[float], errors: Counter[str]) -> None:
    """One closed-loop client on one keep-alive connection; reconnects after an error."""
    reader = writer = None
    while time.perf_counter() < stop_at:
        path = rng.choice(paths)
        t0 = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            head = await reader.readuntil(b"\r\n\r\n")
            status = head[9:12].decode()
            length = int(re.search(rb"(?i)\r\ncontent-length: *(\d+)", head).group(1))
            body = await reader.readexactly(length)
            ok = status == "200" and body[:8] == b'{"hits":'
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, AttributeError, ValueError) as exc:
            errors[type(exc).__name__] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
            continue
        elapsed = time.perf_counter() - t0
        if t0 < warm_until:
            continue
        if ok:
            latencies.append(elapsed)
        else:
            errors[f"HTTP {status}"] += 1
    if writer is not None:
        writer.close()


async def run_load(port: int, paths: list[str], clients: int, duration: float, warmup: float) -> tuple[list[float], Counter[str]]:
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    now = time.perf_counter()
    warm_until, stop_at = now + warmup, now + warmup + duration
    rngs = [random.Random(SEED + k) for k in range(clients)]
    await asyncio.gather(*(client(port, paths, rngs[k], stop_at, warm_until, latencies, errors) for k in range(clients)))
    return latencies, errors


async def open_loop(port: int, paths: list[str], rng: random.Random, rate: float, duration: float,
                    warmup: float) -> tuple[list[float], Counter[str], int]:
    """Requests at fixed times, ``rate`` per second, each on an idle keep-alive connection
    (or a new one); latency from the scheduled send time. RETURNS latencies of the
    measured part, errors, and the most connections open at once."""
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
    open_now = peak = 0
    start = time.perf_counter() + 0.05
    warm_until = start + warmup

    async def send(conn: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None, path: str):
        nonlocal open_now, peak
        if conn is None:
            conn = await asyncio.open_connection("127.0.0.1", port)
            open_now += 1
            peak = max(peak, open_now)
        conn[1].write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        return conn, await asyncio.wait_for(conn[0].readuntil(b"\r\n\r\n"), 30)

    async def one(scheduled: float, path: str) -> None:
        nonlocal open_now
        conn = idle.pop() if idle else None
        try:
            try:
                conn, head = await send(conn, path)
            except (asyncio.IncompleteReadError, ConnectionResetError):
                if conn is None:
                    raise
                # the server closed this idle keep-alive connection (uvicorn does after 5 s),
                # as HTTP allows: a client sends again on a new one, and so do we
                conn[1].close()
                open_now -= 1
                conn = None
                conn, head = await send(None, path)
            reader, writer = conn
            status = head[9:12].decode()
            length = int(re.search(rb"(?i)\r\ncontent-length: *(\d+)", head).group(1))
            body = await reader.readexactly(length)
            ok = status == "200" and body[:8] == b'{"hits":'
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.TimeoutError,
                AttributeError, ValueError) as exc:
            if conn is not None:
                conn[1].close()
                open_now -= 1
            if scheduled >= warm_until:
                errors[type(exc).__name__] += 1
            return
        idle.append(conn)
        if scheduled < warm_until:
            return
        if ok:
            latencies.append(time.perf_counter() - scheduled)
        else:
            errors[f"HTTP {status}"] += 1

    tasks = []
    for k in range(int(rate * (warmup + duration))):
        scheduled = start + k / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(scheduled, rng.choice(paths))))
    await asyncio.gather(*tasks)
    for _, writer in idle:
        writer.close()
    return latencies, errors, peak


def measure_open(port: int, server_pid: int, paths: list[str], rate: float, duration: float, warmup: float) -> dict:
    """One open-loop run at ``rate`` requests/s; latency percentiles in ms."""
    cpu0, client0, wall0 = cpu_seconds(server_pid), time.process_time(), time.perf_counter()
    latencies, errors, peak = asyncio.run(open_loop(port, paths, random.Random(SEED), rate, duration, warmup))
    wall = time.perf_counter() - wall0
    server_cpu, client_cpu = cpu_seconds(server_pid) - cpu0, time.process_time() - client0
    ordered = sorted(latencies)
    sent = rate * (warmup + duration)
    result = {
        "rate": rate, "requests": len(ordered), "rps": len(ordered) / duration,
        "p50": percentile(ordered, 0.50), "p95": percentile(ordered, 0.95), "p99": percentile(ordered, 0.99),
        "max": ordered[-1] * 1000 if ordered else float("nan"), "errors": sum(errors.values()), "kinds": dict(errors),
        "server_ms": server_cpu / sent * 1000, "client_ms": client_cpu / sent * 1000,
        "cpu_share": (server_cpu + client_cpu) / wall / (os.cpu_count() or 1), "connections": peak,
    }
    print(f"open loop {rate:g}/s: {result['requests']:,} answered in {duration:.0f} s; p50 {result['p50']:.1f} ms, "
          f"p95 {result['p95']:.1f} ms, p99 {result['p99']:.1f} ms, max {result['max']:.1f} ms; errors {result['errors']} "
          f"{result['kinds']}; CPU per request: server {result['server_ms']:.1f} ms, clients {result['client_ms']:.1f} ms; "
          f"{peak} connections; CPU used {result['cpu_share']:.0%} of the machine", file=sys.stderr)
    return result


def common_word_pages(port: int, words: list[str]) -> list[tuple[str, str, int, float]]:
    """The web search page (hits and facets) for each word alone, by date and by relevance,
    each asked once, as a person would: (word, order, matching statements, ms)."""
    out = []
    for word in words:
        for order in ("date", "relevance"):
            path = "/?" + urlencode({"q": word, **({"sort": order} if order == "relevance" else {})})
            started = time.perf_counter()
            with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
                s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
                data = b""
                while chunk := s.recv(65536):
                    data += chunk
            elapsed = (time.perf_counter() - started) * 1000
            if not data.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(f"GET {path}: {data.splitlines()[0].decode()}")
            total = re.search(rb'class="total"><b>([\d,]+)</b>', data)
            out.append((word, order, int(total.group(1).replace(b",", b"")) if total else -1, elapsed))
            print(f"page /?q={word} ({order}): {out[-1][2]:,} statements, {elapsed:.0f} ms", file=sys.stderr)
    return out


def store_ms(db: Path, paths: list[str], count: int = 400) -> float:
    """Mean time of ``Store.search`` alone for the first ``count`` requests of the mix, in
    this process on one warm connection: the part of a request's cost that is the store's."""
    queries = [SearchQuery(**dict(parse_qsl(path.split("?", 1)[1]))) for path in paths[:count]]
    with open_store(f"sqlite:///{db}", create=False) as store:
        for query in queries[:20]:
            store.search(query)
        started = time.perf_counter()
        for query in queries:
            store.search(query)
        return (time.perf_counter() - started) / len(queries) * 1000


def percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def measure(port: int, server_pid: int, paths: list[str], clients: int, duration: float, warmup: float) -> dict:
    """One load run; latency percentiles in ms, and CPU per request of server and clients."""
    cpu0, client0, wall0 = cpu_seconds(server_pid), time.process_time(), time.perf_counter()
    latencies, errors = asyncio.run(run_load(port, paths, clients, duration, warmup))
    wall = time.perf_counter() - wall0
    server_cpu, client_cpu = cpu_seconds(server_pid) - cpu0, time.process_time() - client0
    ordered = sorted(latencies)
    # CPU is measured over warm-up and measurement alike; so is the request count it is divided by.
    done = len(ordered) * (warmup + duration) / duration
    result = {
        "clients": clients, "requests": len(ordered), "rps": len(ordered) / duration,
        "p50": percentile(ordered, 0.50), "p95": percentile(ordered, 0.95), "p99": percentile(ordered, 0.99),
        "max": ordered[-1] * 1000 if ordered else float("nan"), "errors": sum(errors.values()), "kinds": dict(errors),
        "server_ms": server_cpu / done * 1000 if done else float("nan"),
        "client_ms": client_cpu / done * 1000 if done else float("nan"),
        "cpu_share": (server_cpu + client_cpu) / wall / (os.cpu_count() or 1),
    }
    print(f"{clients} clients: {result['requests']:,} requests in {duration:.0f} s, {result['rps']:,.0f}/s; "
          f"p50 {result['p50']:.1f} ms, p95 {result['p95']:.1f} ms, p99 {result['p99']:.1f} ms, max {result['max']:.1f} ms; "
          f"errors {result['errors']} {result['kinds']}; CPU per request: server {result['server_ms']:.1f} ms, "
          f"clients {result['client_ms']:.1f} ms; CPU used {result['cpu_share']:.0%} of the machine", file=sys.stderr)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the store of benchmarks/store_bench.py")
    parser.add_argument("--clients", default="200", help="closed loop: concurrent clients; several, comma-separated, run one after another; 0 for none")
    parser.add_argument("--rate", default="100", help="open loop: requests per second; several, comma-separated; 0 for none")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds measured per run")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of load before measuring")
    parser.add_argument("--workers", type=int, default=2, help="server processes (one per core)")
    parser.add_argument("--note", default="", help="what else ran on the machine meanwhile, for the report")
    parser.add_argument("--write", action="store_true", help="write the figures into docs/performance.md")
    args = parser.parse_args()
    if not args.db.exists():
        sys.exit(f"no store at {args.db}; make it first (a few minutes) with:\n"
                 f"    .venv/bin/python benchmarks/store_bench.py --db {args.db}")
    levels = [int(x) for x in args.clients.split(",") if int(x) > 0]
    rates = [float(x) for x in args.rate.split(",") if float(x) > 0]

    port = free_port()
    server = start_server(args.db, port, args.workers)
    load_before = os.getloadavg()[0]
    try:
        paths, common = query_mix(port, random.Random(SEED))
        # Closed loop first: it also warms every worker's caches (a cold server falls behind
        # a fixed arrival rate in its first seconds and an open loop then measures that queue).
        closed = [measure(port, server.pid, paths, n, args.duration, args.warmup) for n in levels]
        if not closed:
            measure(port, server.pid, paths, 10, args.warmup * 3, 0)
        opened = [measure_open(port, server.pid, paths, r, args.duration, args.warmup) for r in rates]
        pages = common_word_pages(port, common)
    finally:
        server.terminate()
        server.wait(30)
    load_after = os.getloadavg()[0]
    in_store = store_ms(args.db, paths)
    print(f"Store.search alone: {in_store:.1f} ms per request of the mix", file=sys.stderr)

    command = "python benchmarks/load.py" + "".join(
        f" --{name} {value}" for name, value, default in
        (("clients", args.clients, "200"), ("rate", args.rate, "100"), ("duration", f"{args.duration:g}", "20"),
         ("workers", str(args.workers), "2")) if value != default)
    note = f" Also running: {args.note}." if args.note else ""
    lines = [
        (f"`{command} --write`, {today()}, on {machine()} (`nproc` = {os.cpu_count()}; the machine is shared, "
         f"and the load generator runs on the same cores as the server; load average {load_before:.1f} before "
         f"and {load_after:.1f} after.{note})"),
        "",
        (f"`onrecord serve --workers {args.workers}` over `{args.db.name}` (the store of the storage benchmark above), "
         f"{args.duration:g} s measured per run after {args.warmup:g} s of warm-up; every answer a page of 20 statements "
         f"with snippets. The mix: {MIX}."),
    ]
    if opened:
        lines += [
            "",
            ("**Open loop** (the target): requests sent at a fixed rate whatever the answers, each latency measured from "
             "the time its request was scheduled, so queueing in the server counts."),
            "",
            "| requests/s sent | answered/s | p50 | p95 | p99 | max | errors | server CPU per request | CPU of the machine used | target |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for r in opened:
            target = ("p95 < 100 ms, no errors " + ("✔" if r["p95"] < 100 and r["errors"] == 0 else "✘")) if r["rate"] == 100 else ""
            lines.append(f"| {r['rate']:g} | {r['rps']:,.0f} | {r['p50']:.1f} ms | {r['p95']:.1f} ms | {r['p99']:.1f} ms | "
                         f"{r['max']:.1f} ms | {r['errors']} | {r['server_ms']:.1f} ms | {r['cpu_share']:.0%} | {target} |")
    cores = os.cpu_count() or 1
    for r in opened:
        needed = r["rate"] * (r["server_ms"] + r["client_ms"]) / 1000
        got = r["cpu_share"] * cores
        verdict = ("the target is met" if r["p95"] < 100 and r["errors"] == 0 else
                   "**the target is missed** on this run" + (
                       ": the server and clients together got less CPU than the rate needs, so requests queued "
                       "(an open loop charges the queue to every later request); on this machine without other "
                       f"jobs the same {r['server_ms']:.1f} ms per request is {needed / cores:.0%} of its {cores} cores"
                       if got < needed * 1.2 else ""))
        lines += [
            "",
            (f"At {r['rate']:g} requests/s the server and the load generator need {needed:.2f} cores "
             f"({r['server_ms']:.1f} + {r['client_ms']:.1f} ms of CPU per request); they got {got:.2f} of the {cores} "
             f"(the rest went to other jobs on the shared machine): {verdict}."),
        ]
    if closed:
        lines += [
            "",
            "**Closed loop**: C clients on keep-alive connections, each sending its next request when the last one answered.",
            "",
            "| clients | requests/s | p50 | p95 | p99 | max | errors | server CPU per request | CPU of the machine used |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in closed:
            lines.append(f"| {r['clients']} | {r['rps']:,.0f} | {r['p50']:.1f} ms | {r['p95']:.1f} ms | {r['p99']:.1f} ms | "
                         f"{r['max']:.1f} ms | {r['errors']} | {r['server_ms']:.1f} ms | {r['cpu_share']:.0%} |")
        big = max(closed, key=lambda r: r["clients"])
        lines += [
            "",
            (f"With {big['clients']} closed-loop clients every request queues behind the others, so latency ≈ clients ÷ "
             f"throughput (Little's law: {big['clients']} ÷ {big['rps']:,.0f}/s = {big['clients'] / big['rps'] * 1000:,.0f} ms, "
             f"against a measured p50 of {big['p50']:,.0f} ms): that figure measures the queue the clients make, not a "
             "user's wait; the open-loop run at a stated arrival rate does."),
        ]
    worst = max(pages, key=lambda p: p[3])
    lines += [
        "",
        (f"**The search page for the most common words** (`/?q=WORD`: 20 hits with snippets and the facets, each asked "
         f"once, by date and by relevance; target under 300 ms however common the word): "
         + ", ".join(f"{w} ({n:,} statements) {ms_d:.0f} / {ms_r:.0f} ms"
                     for (w, _, n, ms_d), (_, _, _, ms_r) in zip(pages[::2], pages[1::2]))
         + f". Slowest {worst[3]:.0f} ms: under 300 ms {'✔' if worst[3] < 300 else '✘'}. Facets of more than 10,000 "
         "matches are counted over the 10,000 most recently stored (the total stays exact), and relevance ranks a "
         "word's 10,000 most recent matches (`onrecord.store.sql.search`); before that, one such page took 0.7-14 s."),
    ]
    main_run = opened[0] if opened else (closed[0] if closed else None)
    if main_run:
        lines += [
            "",
            (f"Where the time goes: the server spends {main_run['server_ms']:.1f} ms of CPU per request (all processes, "
             f"divided by requests); `Store.search` alone, for the same mix in one process on a warm connection, takes "
             f"{in_store:.1f} ms; the rest is HTTP, FastAPI's parameter validation and JSON. The load generator costs "
             f"{main_run['client_ms']:.1f} ms per request on the same cores. \"CPU of the machine used\" is server and "
             "clients together; what is missing to 100% went to other jobs on the shared machine."),
        ]
    body = "\n".join(lines)
    print(body)
    if args.write:
        replace_section(ROOT / "docs" / "performance.md", SECTION, body)


if __name__ == "__main__":
    main()
