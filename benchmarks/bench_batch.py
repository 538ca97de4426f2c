"""Batch memory benchmark (not a test): the peak memory of `govcheck batch` does not grow with
the number of municipalities.

    python benchmarks/bench_batch.py                 # N = 5, 20, 80
    python benchmarks/bench_batch.py -n 10 -n 300

For each N it builds a folder of N workspaces by copying the example workspaces under new
names, runs `govcheck batch ROOT --out OUT --no-cache --jobs 1` in a fresh process and prints
that process's peak resident set size (ru_maxrss of the child, from wait4) and the seconds
per municipality. The first line is `govcheck check` of the largest example alone, for scale.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
WORKSPACES = sorted(p for p in EXAMPLES.iterdir() if (p / "govcheck.yaml").is_file())


def build_root(root: Path, n: int) -> None:
    for i in range(n):
        source = WORKSPACES[i % len(WORKSPACES)]
        shutil.copytree(source, root / f"kommun-{i:03d}-{source.name}",
                        ignore=shutil.ignore_patterns("*.py", "README.md", "__pycache__"))


def measure(args: list[str]) -> tuple[float, float, int]:
    """Seconds, peak RSS in MiB and exit code of `python -m govcheck ARGS` in a fresh process."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "govcheck", *args],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    return seconds, usage.ru_maxrss / 1024, child.returncode  # ru_maxrss is in KiB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, action="append", help="number of municipalities (repeatable; default 5, 20, 80)")
    ap.add_argument("--format", default="json", help="format of each workspace's report (default json)")
    args = ap.parse_args()
    sizes = args.n or [5, 20, 80]
    largest = max(WORKSPACES, key=lambda p: sum(f.stat().st_size for f in (p / "documents").iterdir()))
    with tempfile.TemporaryDirectory(prefix="govcheck-bench-batch-") as tmp:
        seconds, peak, code = measure(["check", str(largest), "--format", "json", "--no-cache", "--jobs", "1",
                                       "-o", str(Path(tmp) / "alone.json")])
        print(f"{'run':<28} {'seconds':>8} {'s/municipality':>15} {'peak RSS MiB':>13}")
        print(f"{'check ' + largest.name:<28} {seconds:8.1f} {seconds:15.2f} {peak:13.1f}   (exit {code})")
        for n in sizes:
            root, out = Path(tmp) / f"root-{n}", Path(tmp) / f"out-{n}"
            build_root(root, n)
            seconds, peak, code = measure(["batch", str(root), "--out", str(out), "--format", args.format,
                                           "--no-cache", "--jobs", "1"])
            with open(out / "summary.csv", encoding="utf-8", newline="") as fh:
                rows = sum(1 for _ in csv.DictReader(fh))
            if code not in (0, 1) or rows != n:
                print(f"batch of {n} failed: exit {code}, {rows} summary rows", file=sys.stderr)
                return 1
            print(f"{'batch N=' + str(n):<28} {seconds:8.1f} {seconds / n:15.2f} {peak:13.1f}   (exit {code})")
            shutil.rmtree(root)
            shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
