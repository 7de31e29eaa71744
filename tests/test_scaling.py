"""Issue 17: extraction is linear in the length of the article.

The slow test extracts the development articles joined (~130 KB) and the same text repeated to
1 MB, in one process, and bounds the CPU time per KB of the long one twice: absolutely (a generous
bound: ~10-15 s per MB measured on a loaded 2-core machine) and against the short one's (the same
words, so a linear extractor costs the same per KB; a step that grows with the square of the length
costs eight times as much per KB at eight times the length). CPU time, not wall time: other work on
a shared machine does not count. The fast test checks that the criterion tells the two apart.
"""
from __future__ import annotations

import dataclasses
import time
from typing import Callable

import pytest

from newslens.extract import extract
from newslens.loader import load_article

from .conftest import ROOT

SECONDS_PER_MB = 50.0  # absolute bound at 1 MB (CPU)
MAX_GROWTH = 1.6  # CPU per KB at 1 MB against CPU per KB at ~130 KB of the same text


def per_kb(run: Callable[[str], object], text: str) -> float:
    """CPU seconds per KB of ``text`` (UTF-8) for one ``run``."""
    start = time.process_time()
    run(text)
    return (time.process_time() - start) / (len(text.encode("utf-8")) / 1024)


def growth(run: Callable[[str], object], short: str, times: int) -> tuple[float, float]:
    """(CPU per KB of ``short`` repeated ``times`` times, its ratio to CPU per KB of ``short``);
    ``short`` is run once first to warm caches."""
    run(short)
    small = per_kb(run, short)
    big = per_kb(run, "\n\n".join([short] * times))
    return big, big / max(small, 1e-9)


def dev_text() -> tuple[object, str]:
    paths = sorted(p for p in (ROOT / "data" / "dev").glob("*.txt") if not p.stem.isupper())
    articles = [load_article(p) for p in paths]
    return articles[0], "\n\n".join(a.text for a in articles)


def test_the_growth_criterion_tells_linear_from_quadratic():
    def linear(text: str) -> int:
        return sum(1 for _ in range(len(text) * 40))

    def quadratic(text: str) -> int:  # the shape of a scan of everything before, for every item
        n = len(text) // 400
        return sum(1 for i in range(n) for _ in range(i))

    short = "Ala ma kota. " * 2000
    _big, ratio = growth(linear, short, 8)
    assert ratio < MAX_GROWTH
    _big, ratio = growth(quadratic, short, 8)
    assert ratio > MAX_GROWTH


@pytest.mark.slow
def test_extraction_cost_per_kb_does_not_grow_up_to_1_mb():
    first, short = dev_text()
    times = 1024 * 1024 // len(short.encode("utf-8")) + 1
    assert len(short.encode("utf-8")) * times >= 1024 * 1024

    def run(text: str):
        ex = extract(dataclasses.replace(first, text=text))
        assert ex.actors and ex.quotes and ex.demands and ex.timeline  # every extractor ran on it
        return ex

    big, ratio = growth(run, short, times)
    assert big * 1024 < SECONDS_PER_MB, f"{big * 1024:.1f} s CPU per MB at 1 MB"
    assert ratio < MAX_GROWTH, (f"CPU per KB at 1 MB is {ratio:.2f}x that of {len(short) // 1024} KB of the same "
                                "articles: some step grows faster than the text")
