"""Score the extractors per construction on the construction tables in bench/constructions/.

Each table (speakers/, demands/) holds tiny articles written from a grammar of Polish, not from pages:
a construction id, then -N for its variants (`att-after-inverted-1`, `neg-walczyc-medal-2`), each with a
hand annotation in the gold format. The figures say which constructions the extractors handle; the
table is a yardstick beside the real pages, not a place to fit.

    python bench/constructions.py [speakers|demands ...]

Prints, per table, the constructions with an error (gold, found, spurious, right speaker or demander)
and the count of constructions handled fully. `newslens evaluate bench/constructions/<table>` gives
the per-article rows and misses."""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "constructions"
SECTION = {"speakers": "quotes", "demands": "demands"}


def by_construction(articles: list[dict], section: str) -> dict[str, collections.Counter]:
    out: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for a in articles:
        c = out[re.sub(r"-\d+$", "", a["id"])]
        c["articles"] += 1
        for sec in ([section, "conditions"] if section == "demands" else [section]):
            s = a.get(sec)
            if not isinstance(s, dict):
                continue
            c["gold"] += s["tp"] + s["fn"]
            c["found"] += s["tp"]
            c["spurious"] += s["fp"]
            share = s.get("attributed_recall") if sec == "quotes" else s.get("by_accuracy")
            c["party"] += round((share or 0) * (s["tp"] + s["fn"] if sec == "quotes" else s["tp"]))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tables", nargs="*", default=sorted(SECTION))
    args = ap.parse_args(argv)
    from newslens.evaluate import evaluate_dir  # the package under test
    for table in args.tables:
        section = SECTION[table]
        rows = by_construction(evaluate_dir(ROOT / table), section)
        party = "right speaker" if section == "quotes" else "right demander"
        bad = {c: v for c, v in rows.items() if v["spurious"] or v["found"] < v["gold"] or v["party"] < v["found"]}
        print(f"{table}: {len(rows) - len(bad)} of {len(rows)} constructions handled fully "
              f"({sum(v['articles'] for v in rows.values())} articles)")
        for c, v in sorted(bad.items()):
            print(f"  {c:34s} articles {v['articles']:2d}  gold {v['gold']:2d}  found {v['found']:2d}  "
                  f"spurious {v['spurious']:2d}  {party} {v['party']:2d}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
