"""Time `render` of the default article against the bare toolchain, in one run, and print the ratio.

Bare toolchain: papermill on a one-cell notebook + nbconvert HTML + WebPDF (Debian Chromium),
the floor any report pays. In one process (imports and interpreter exit left out: bench/bench.py
times whole processes); one warm-up of each, then floor and render in turn (F R F R …) so both see
the same machine, medians and the pair-by-pair ratio. Usage: python bench/render.py [--runs N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from floor import bare  # noqa: E402  the floor process's own toolchain run (bench/floor.py), in process
from newslens.report import render  # noqa: E402

ARTICLE = ROOT / "data" / "raw" / "lawrow-warunki-rozmow.txt"


def once(fn) -> float:
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        fn(Path(d))
        return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    runs = ap.parse_args().runs
    full_fn = lambda d: render(ARTICLE, d)  # noqa: E731
    once(bare), once(full_fn)  # warm-up: kernel spec, browser, caches
    base, full = [], []
    for _ in range(runs):
        base.append(once(bare))
        full.append(once(full_fn))
    for name, xs in (("bare toolchain", base), ("newslens render", full)):
        print(f"{name:16s} min {min(xs):6.2f} s  median {statistics.median(xs):6.2f} s  max {max(xs):6.2f} s")
    ratios = [f / b for f, b in zip(full, base)]
    print(f"ratio render/bare, pair by pair: median {statistics.median(ratios):.2f} "
          f"(min {min(ratios):.2f}, max {max(ratios):.2f}; {runs} pairs after a warm-up, in process)")


if __name__ == "__main__":
    main()
