"""Interleaved A/B of corpus extraction between two source trees (speed work: old code against new).

Two worker processes, one per tree (``PYTHONPATH=TREE/src``), each warm after one pass over the dev
articles, extract the same quarter of them in turn, A then B or B then A (the order alternates within a
quarter across rounds), and report CPU seconds. The figure is the speed ratio B/A over all passes and
the median of the per-quarter ratios.

Each run sets one PYTHONHASHSEED for both workers (default 1..3, one run each): on this VM two processes
of the very same code differ by up to ±8 % for their hash seeds alone (set and dict layouts), which
swamps a step of a few percent when the seeds are left random. Run the old tree against itself for the
noise. Usage: python bench/ab_extract.py OLD_TREE NEW_TREE [--rounds 3] [--seeds 1 2 3]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = r"""
import sys, tempfile, shutil, time
from pathlib import Path
import newslens
from newslens.corpus import extract_corpus
paths = sorted(p for p in Path(sys.argv[1]).glob("*.txt") if not p.stem.isupper())
quarters = [paths[i::4] for i in range(4)]
tmp = Path(tempfile.mkdtemp(prefix="ab-extract-"))
try:
    extract_corpus(paths, tmp / "warm", jobs=1, progress=False)
    print("ready", len(paths), newslens.__file__, flush=True)
    for line in sys.stdin:
        q = quarters[int(line)]
        t = time.process_time()
        extract_corpus(q, tmp / "out", jobs=1, progress=False)
        print(time.process_time() - t, flush=True)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
"""


def _start(tree: Path, seed: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), PYTHONHASHSEED=str(seed))
    p = subprocess.Popen([sys.executable, "-c", WORKER, str(ROOT / "data" / "dev")], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, text=True, env=env)
    head = (p.stdout.readline() if p.stdout else "").split()
    if len(head) < 3 or not head[2].startswith(str(tree)):
        p.kill()
        sys.exit(f"ab_extract: the worker for {tree} did not import newslens from it ({' '.join(head) or 'no answer'})")
    return p


def _pass(p: subprocess.Popen, quarter: int) -> float:
    assert p.stdin and p.stdout
    p.stdin.write(f"{quarter}\n")
    p.stdin.flush()
    return float(p.stdout.readline())


def run(old: Path, new: Path, rounds: int, seed: int) -> tuple[float, float, int, int]:
    a, b = _start(old, seed), _start(new, seed)
    ta = tb = 0.0
    ratios = []
    try:
        for i in range(4 * rounds):
            k = i % 4
            if (i + i // 4) % 2 == 0:
                x, y = _pass(a, k), _pass(b, k)
            else:
                y, x = _pass(b, k), _pass(a, k)
            ta, tb = ta + x, tb + y
            ratios.append(x / y)
    finally:
        for p in (a, b):
            if p.stdin:
                p.stdin.close()
            p.wait()
    return ta / tb, statistics.median(ratios), sum(r > 1 for r in ratios), len(ratios)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = ap.parse_args()
    for tree in (args.old, args.new):
        if not (tree / "src" / "newslens").is_dir():
            sys.exit(f"ab_extract: no src/newslens in {tree}")
    totals = []
    for seed in args.seeds:
        total, median, faster, n = run(args.old.resolve(), args.new.resolve(), args.rounds, seed)
        totals.append(total)
        print(f"seed {seed}: speed ratio new/old {total:.3f} in total CPU, median of {n} quarter pairs {median:.3f},"
              f" new faster in {faster}/{n}", flush=True)
    print(f"mean over seeds {statistics.fmean(totals):.3f}")


if __name__ == "__main__":
    main()
