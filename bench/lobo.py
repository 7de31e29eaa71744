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


def real_sources(folder: Optional[str], last: int) -> list[tuple[str, str, Path]]:
    """(stem, batch, text path) of the annotated real pages in ``folder`` (kept outside the repository:
    their text is not ours to commit), numbered pages up to ``last`` only; batches by the number ranges
    the pages were annotated in (``real_batch``)."""
    if not folder:
        return []
    out = []
    for gold in sorted(Path(folder).glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        b = real_batch(stem, last)
        if b is not None and gold.with_name(stem + ".txt").exists():
            out.append((stem, b, gold.with_name(stem + ".txt")))
    return out


def real_batch(stem: str, last: int) -> Optional[str]:
    """real-p9 (the probe pages), real-1 (r01–r36), real-A (r37–r60), real-B (r61–r84), then one batch per
    24 pages (real-C r85–r108, real-D …); None past ``last``."""
    if stem.startswith("p9-"):
        return "real-p9"
    m = re.match(r"r(\d+)-", stem)
    if not m or int(m.group(1)) > last:
        return None
    n = int(m.group(1))
    if n <= 36:
        return "real-1"
    return "real-" + chr(ord("A") + (n - 37) // 24)
