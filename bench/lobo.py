"""The batches of the development corpus for leave-one-batch-out training (bench/train_*.py): the team's
articles, the web-style ones and each former sealed batch (blind-a, blind-b, …), read from the stems
of the committed gold files so that a batch moved into data/dev joins without a code change."""
from __future__ import annotations

import subprocess
from pathlib import Path

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
