"""Tokens per second of the language core (tokenizer, sentences, morfeusz2 readings, disambiguation).

Runs on every development article (and the reference article), after one warm-up pass that loads
the dictionary. Single process: the figure is per core. Usage: python bench/nlp.py [--repeat N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newslens import nlp  # noqa: E402
from newslens.extract import extract  # noqa: E402
from newslens.loader import load_article  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    repeat = ap.parse_args().repeat
    paths = sorted((ROOT / "data" / "dev").glob("*.txt")) + [ROOT / "data" / "raw" / "lawrow-warunki-rozmow.txt"]
    articles = [load_article(p) for p in paths]
    texts = [a.text for a in articles]
    for t in texts:  # warm-up: dictionary load, caches
        nlp.analyze(t)
    nlp.readings.cache_clear()  # measure real analysis, not a warm word cache
    n = 0
    t0 = time.perf_counter()
    for _ in range(repeat):
        nlp.readings.cache_clear()
        for t in texts:
            n += len(nlp.analyze(t).toks)
    dt = time.perf_counter() - t0
    print(f"language core: {n} tokens in {dt:.2f} s = {n / dt:,.0f} tokens/s (one core, cold word cache per pass)")
    t0 = time.perf_counter()
    for a in articles:
        extract(a)
    dt = time.perf_counter() - t0
    print(f"full extraction: {len(articles)} articles in {dt:.2f} s = {dt / len(articles) * 1000:.0f} ms/article")


if __name__ == "__main__":
    main()
