#!/usr/bin/env python3
"""breach on a Dask cluster: extraction as the map, incidents as the reduce.

    python3 breach_dask.py corpus.jsonl --out extracted.ndjson --report report.json \
        --scheduler-file scheduler.json            # or --scheduler tcp://host:8786

The corpus is NDJSON, one document a line: {"id", "text", "title"?, "published"?, "path"?}.

1. Shard: the corpus is cut into byte ranges that end on a line end (--shard-mb each). Only
   the ranges travel to the workers; each reads its own range from the corpus, so the corpus
   must be at the same path on every worker (shared storage, or copy it there).
2. Map: one task per shard runs `breach extract --input ndjson --format ndjson --jobs 1 -`
   with the shard on its standard input, as a subprocess. A malformed line comes back as an
   error record in its place, so a shard always gives one output line per input line.
3. Gather: the shards' outputs are written to --out in shard order, each as soon as it and
   every shard before it are done, so --out is what one `breach extract` run over the corpus
   writes, line for line.
4. Reduce: `breach report --from ndjson --out` builds incidents, conflicts and timelines from
   the extracted documents, without reading the articles again (here, on this machine).

breach must be installed on every worker (--breach says how to run it; default `breach`).
Without --scheduler or --scheduler-file a local cluster of --workers processes is started.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import subprocess
import sys
import time


def shards(path: str, shard_bytes: int) -> list[tuple[int, int]]:
    """Byte ranges [start, end) of about shard_bytes, each ending just after a newline."""
    size = os.path.getsize(path)
    ranges: list[tuple[int, int]] = []
    with open(path, "rb") as f:
        start = 0
        while start < size:
            end = min(start + shard_bytes, size)
            if end < size:
                f.seek(end)
                f.readline()  # on to the end of the line the cut fell in
                end = f.tell()
            ranges.append((start, end))
            start = end
    return ranges


def extract_shard(breach: list[str], path: str, start: int, end: int) -> tuple[bytes, float]:
    """The map: one shard of the corpus through `breach extract`: its NDJSON output, and the
    CPU seconds the subprocess took (exact on a worker of one thread, where tasks run one at
    a time)."""
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    cmd = breach + ["extract", "--input", "ndjson", "--format", "ndjson", "--jobs", "1", "-"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # Exit 2 with output: some lines were malformed, and their error records are in the output.
    if run.returncode not in (0, 2) or (run.returncode == 2 and not run.stdout):
        raise RuntimeError(
            f"breach extract failed on bytes {start}-{end} of {path} "
            f"(exit {run.returncode}): {run.stderr.decode(errors='replace')[-2000:]}"
        )
    return run.stdout, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="NDJSON corpus, one document a line")
    ap.add_argument("--out", required=True, help="where the extracted NDJSON goes")
    ap.add_argument("--report", help="where the incident report goes (the reduce step)")
    ap.add_argument("--report-format", default="json", choices=["json", "markdown", "table"])
    ap.add_argument("--breach", default="breach", help="command that runs breach on a worker")
    ap.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786)")
    ap.add_argument("--scheduler-file", help="scheduler file of a running scheduler")
    ap.add_argument(
        "--workers",
        type=int,
        default=2,
        help="workers to wait for (a scheduler given) or to start (a local cluster)",
    )
    ap.add_argument("--shard-mb", type=float, default=4.0, help="shard size in megabytes")
    args = ap.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    breach = shlex.split(args.breach)
    corpus = os.path.abspath(args.corpus)
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    elif args.scheduler_file:
        client = Client(scheduler_file=args.scheduler_file)
    else:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        client.wait_for_workers(args.workers, timeout=120)
        ranges = shards(corpus, max(1, int(args.shard_mb * 1024 * 1024)))
        workers = len(client.scheduler_info()["workers"])
        began = time.monotonic()
        futures = [
            client.submit(extract_shard, breach, corpus, s, e, key=f"breach-extract-{k}-{s}-{e}")
            for k, (s, e) in enumerate(ranges)
        ]
        lines = 0
        cpu = 0.0
        with open(args.out, "wb") as out:
            for future in futures:  # in shard order: the output is the corpus's order
                chunk, seconds = future.result()
                cpu += seconds
                out.write(chunk)
                lines += chunk.count(b"\n")
                future.release()  # the shard's output leaves the cluster's memory
        took = time.monotonic() - began
        mb = os.path.getsize(corpus) / 1e6
        print(
            f"breach-dask: map: {len(ranges)} shards, {lines} lines, {mb:.1f} MB on "
            f"{workers} workers in {took:.1f} s ({mb / took:.2f} MB/s; breach used "
            f"{cpu:.1f} CPU s, {mb / cpu if cpu else 0:.2f} MB per CPU s)",
            file=sys.stderr,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    if args.report:
        with open(args.report, "wb") as rep:
            cmd = breach + ["report", "--from", "ndjson", "--format", args.report_format]
            run = subprocess.run(cmd + ["--no-color", args.out], stdout=rep)
        if run.returncode not in (0, 2):
            print(f"breach-dask: breach report failed (exit {run.returncode})", file=sys.stderr)
            return run.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
