"""`make bench`: one table of the issue-17 figures, every one measured in this run.

- render of the reference article (HTML+PDF) as a whole process against the floor process
  (bench/floor.py), interleaved A B A B after a warm-up, medians and the pair-by-pair ratio;
- a corpus render (K articles, HTML+PDF) as one process: seconds per article and cores busy
  (CPU seconds of the process tree / wall seconds);
- extraction scaling: 1×…64× the reference article in one process, CPU time ratio to 1×;
- one 4.8 MB article (the dev articles repeated) extracted in process once, CPU time;
- `newslens extract` of one article as a whole process against a bare interpreter (`python -c pass`);
- corpus extraction of data/dev: articles/s per core warm in one process (CPU time), and the whole
  `newslens extract DIR --jobs N` process: articles/s and cores busy.

On a shared machine wall times swing with the load: the ratios (pairs run in turn) and CPU times
are the figures to compare. Usage: python bench/bench.py [--runs 5] [--corpus 80] [--quick]
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from newslens.corpus import default_jobs as cores  # noqa: E402  the cores this process may run on
from timing import machine_busy, paired, run_once, spread  # noqa: E402

REFERENCE = ROOT / "data" / "raw" / "lawrow-warunki-rozmow.txt"
DEV = ROOT / "data" / "dev"
BIN = Path(sys.executable).parent
PY = sys.executable
NEWSLENS = str(BIN / "newslens")


def dev_articles() -> list[Path]:
    return sorted(p for p in DEV.glob("*.txt") if not p.stem.isupper())


def bench_render(tmp: Path, runs: int, rows: list) -> None:
    def clean():
        for d in ("r", "f"):
            shutil.rmtree(tmp / d, ignore_errors=True)

    a, b, ratios = paired([NEWSLENS, "render", str(REFERENCE), "--out", str(tmp / "r")],
                          [PY, str(ROOT / "bench" / "floor.py"), str(tmp / "f")], runs=runs, setup=clean)
    bad = [c for c in a.codes + b.codes if c]
    rows.append(("render 1 article, HTML+PDF (process)", f"{spread(a.wall)} s", f"floor {spread(b.wall)} s",
                 f"ratio {spread(ratios)}" + (f"  EXIT CODES {bad}" if bad else ""), "≤ 1.2×"))
    rows.append(("  CPU s, render vs floor", f"{spread(a.cpu)} s", f"floor {spread(b.cpu)} s",
                 f"ratio {statistics.median(a.cpu) / statistics.median(b.cpu):.2f}", ""))


def bench_corpus_render(tmp: Path, k: int, rows: list) -> None:
    """K articles (the dev articles, cycled under new names past their number) rendered as one process."""
    src = tmp / "corpus"
    src.mkdir()
    dev = dev_articles()
    for i in range(k):
        p = dev[i % len(dev)]
        stem = p.stem if i < len(dev) else f"{p.stem}-{i // len(dev) + 1}"
        shutil.copy(p, src / f"{stem}{p.suffix}")
        side = p.with_name(p.stem + ".meta.json")
        if side.exists():
            shutil.copy(side, src / f"{stem}.meta.json")
    load = os.getloadavg()[0]
    before = machine_busy()
    wall, cpu, code = run_once([NEWSLENS, "render", str(src), "--out", str(tmp / "cr")])
    after = machine_busy()
    machine = f"{(after[0] - before[0]) / wall:.2f}" if before and after else "?"
    rows.append((f"render corpus of {k}, HTML+PDF (process, 1 run)", f"{wall / k:.2f} s/article wall",
                 f"cores busy {machine} of {cores()} (machine)",
                 f"CPU reaped {cpu / k:.2f} s/article ({cpu / wall:.2f} cores), load {load:.1f}, exit {code}",
                 "≤ 1.5 s/article, all cores"))


def bench_scaling(rows: list, factors=(1, 4, 16, 64)) -> None:
    from newslens.extract import extract
    from newslens.loader import load_article

    a = load_article(REFERENCE)
    extract(a)  # warm-up: dictionary, caches
    times = {}
    for k in factors:
        art = dataclasses.replace(a, text="\n\n".join([a.text] * k))
        reps = 3 if k <= 16 else 1
        xs = []
        for _ in range(reps):
            t = time.process_time()
            extract(art)
            xs.append(time.process_time() - t)
        times[k] = statistics.median(xs)
    base = times[factors[0]]
    for k in factors:
        rows.append((f"extract {k}× the reference (in process, CPU)", f"{times[k]:.3f} s",
                     f"{len(a.text) * k / 1024:.0f} KB", f"ratio to 1× {times[k] / base:.1f}",
                     "64×: ≤ 80×" if k == 64 else ""))


def bench_big(rows: list, mb: float = 4.8) -> None:
    """One article of ``mb`` MB (UTF-8): the dev articles joined and repeated, extracted in process once."""
    from newslens.extract import extract
    from newslens.loader import load_article

    articles = [load_article(p) for p in dev_articles()]
    unit = "\n\n".join(a.text for a in articles)
    text = "\n\n".join([unit] * int(mb * 1e6 // len(unit.encode("utf-8")) + 1))
    text = text.encode("utf-8")[:int(mb * 1e6)].decode("utf-8", errors="ignore").rsplit("\n\n", 1)[0]
    extract(articles[0])  # warm-up: dictionary, lexicons
    t = time.process_time()
    extract(dataclasses.replace(articles[0], text=text))
    cpu = time.process_time() - t
    size = len(text.encode("utf-8"))
    rows.append((f"extract a {size / 1e6:.1f} MB article (in process, CPU, 1 run)", f"{cpu:.1f} s",
                 f"{size / 1e6:.1f} MB of dev articles", f"{cpu / (size / 1e6):.1f} s per MB", "< 60 s"))


def bench_extract_process(runs: int, rows: list) -> None:
    a, b, ratios = paired([NEWSLENS, "extract", str(REFERENCE)], [PY, "-c", "pass"], runs=runs)
    rows.append(("newslens extract 1 article (process)", f"{spread(a.wall)} s wall", f"CPU {spread(a.cpu)} s",
                 f"python -c pass {spread(b.wall)} s", "≤ 0.5 s"))


CORPUS_PASSES = 8  # warm passes of the in-process corpus extraction (the median is the figure)


def bench_corpus_extract(tmp: Path, runs: int, rows: list) -> None:
    from newslens.corpus import extract_corpus

    paths = dev_articles()
    extract_corpus(paths, tmp / "warm", jobs=1, progress=False)  # warm-up
    xs = []
    for _ in range(max(CORPUS_PASSES, runs)):  # single passes swing by ±15 % on a shared machine
        t = time.process_time()
        extract_corpus(paths, tmp / "ce", jobs=1, progress=False)
        xs.append(time.process_time() - t)
    rates = [len(paths) / x for x in xs]
    rows.append((f"corpus extraction, {len(paths)} dev articles (in process, warm)",
                 f"{statistics.median(rates):.0f} articles/s/core",
                 f"CPU {statistics.median(xs):.2f} s per pass", f"{len(xs)} passes, {min(rates):.0f}–{max(rates):.0f}",
                 "≥ 60 articles/s/core"))
    n = cores()
    cmd = [NEWSLENS, "extract", str(DEV), "--jobs", str(n), "--out", str(tmp / "cp")]
    a, _, _ = paired(cmd, None, runs=max(1, runs // 2))
    rows.append((f"newslens extract DIR --jobs {n} (process)", f"{len(paths) / a.median_wall:.1f} articles/s",
                 f"cores busy {a.cores:.2f} of {n}", f"{len(paths) / a.median_cpu:.1f} articles/CPU-s incl. start-up",
                 f"exit {sorted(set(a.codes))}"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="counted runs of each whole-process timing (≥ 5)")
    ap.add_argument("--corpus", type=int, default=80, help="articles in the corpus render (0 skips it)")
    ap.add_argument("--quick", action="store_true", help="skip the renders (extraction figures only)")
    args = ap.parse_args()
    rows: list[tuple] = []
    load_start = os.getloadavg()[0]
    tmp = Path(tempfile.mkdtemp(prefix="newslens-bench-"))
    try:
        steps = [lambda: bench_extract_process(args.runs, rows), lambda: bench_scaling(rows), lambda: bench_big(rows),
                 lambda: bench_corpus_extract(tmp, args.runs, rows)]
        if not args.quick:
            steps.insert(0, lambda: bench_render(tmp, args.runs, rows))
            if args.corpus:
                steps.insert(1, lambda: bench_corpus_render(tmp, args.corpus, rows))
        for step in steps:
            step()
            print(".", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load = os.getloadavg()[0]
    print(f"newslens bench: {cores()} cores, load average {load_start:.1f} at the start, {load:.1f} at the end; whole-process runs: {args.runs} after 1 warm-up, "
          "A/B in turn; median (min–max)")
    head = ("measure", "result", "against", "ratio / note", "target")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(5)]
    for r in [head, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())


if __name__ == "__main__":
    main()
