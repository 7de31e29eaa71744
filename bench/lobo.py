"""The batches of the development corpus for leave-one-batch-out training (bench/train_*.py): the team's
articles, the web-style ones and each former sealed batch (blind-a, blind-b, …), read from the stems
of the committed gold files so that a batch moved into data/dev joins without a code change."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent


def batch_of(stem: str) -> str:
    if stem.startswith("web-"):
        return "web"
    if stem.startswith("blind-"):
        return stem[:7]
    return "team"


def dev_batches() -> tuple[str, ...]:
    """team, web, then blind-a, blind-b, … as committed in data/dev."""
    out = subprocess.run(["git", "ls-files", "data/dev/*.gold.json"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    found = {batch_of(Path(p).name[:-len(".gold.json")]) for p in out}
    return tuple(sorted(found, key=lambda g: (g != "team", g != "web", g)))


# The real page batches by number (annotated at different times by different annotators). r157 and later
# (this session's unseen test) are never listed: file names are built from these numbers, never globbed.
REAL_RANGES = (("real-1", 1, 36), ("real-A", 37, 60), ("real-B", 61, 84), ("real-C", 85, 108),
               ("real-E", 109, 132), ("real-F", 133, 156))
VALIDATION = ("real-C", "real-E")  # scored held out by number only; never trained on (bench/train_speakers.py)


def real_sources(folder: Optional[str], last: int) -> list[tuple[str, str, Path]]:
    """(stem, batch, text path) of the annotated real pages in ``folder`` (kept outside the repository:
    their text is not ours to commit): the probe pages and the numbered pages up to ``last`` (at most
    r156), by the number ranges of ``REAL_RANGES``."""
    if not folder:
        return []
    out = []
    golds = sorted(Path(folder).glob("p9-*.gold.json"))
    for _b, first, end in REAL_RANGES:
        for n in range(first, min(end, last) + 1):
            golds += sorted(Path(folder).glob(f"r{n:02d}-*.gold.json"))
    for gold in golds:
        stem = gold.name[: -len(".gold.json")]
        b = real_batch(stem, last)
        if b is not None and gold.with_name(stem + ".txt").exists():
            out.append((stem, b, gold.with_name(stem + ".txt")))
    return out


def real_batch(stem: str, last: int) -> Optional[str]:
    """real-p9 (the probe pages), then the batch of ``REAL_RANGES`` a numbered page falls in; None past
    ``last`` or past r156."""
    if stem.startswith("p9-"):
        return "real-p9"
    m = re.match(r"r(\d+)-", stem)
    if not m or int(m.group(1)) > last:
        return None
    n = int(m.group(1))
    return next((b for b, first, end in REAL_RANGES if first <= n <= end), None)
