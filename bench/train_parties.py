#!/usr/bin/env python
"""Train the demand party rankers (``of``, the addressee; ``by``, the demander) from the dev gold.

    .venv/bin/python bench/train_parties.py            # harvest, oracle and leave-one-batch-out tables
    .venv/bin/python bench/train_parties.py --write    # also fit on all dev and write the weights

1. Harvest: every COMMITTED dev article (``git ls-files data/dev``, read from HEAD, never
   data/holdout, data/blind or data/sealed) is run through the extractor; each demand frame's
   candidates and features (``extract.party_rank``) are recorded with the rules' choice. The found
   items are paired with the gold items by ``evaluate``'s demand matching; a pair is one decision
   (a frame of three items is three decisions, as the evaluator counts it), its label the candidate
   the evaluator would score right (``of``: the same set of actors, so a coordination "od X i Y" is
   one candidate; ``by``: the evaluator's speaker rule, a group by its head noun).
2. Oracle (the gold party among the candidates, per batch) and the leave-one-batch-out table: for each
   batch (team, web, blind-a … blind-h), fit on the other eight, score it; rules vs ranker alone vs
   ranker with the rules' choice as a feature, and the combinations, per batch and micro.
3. ``--write``: fit on all dev and write ``src/newslens/data/rankers/demand_of.json`` / ``demand_by.json``.

Deterministic: articles in sorted order, Newton's method from zero weights.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newslens import evaluate as E  # noqa: E402
from newslens import rank  # noqa: E402
from lobo import batch_of, dev_batches, real_sources  # noqa: E402  (bench/lobo.py)

GROUPS = dev_batches()  # team, web, blind-a, … as committed in data/dev
L2 = 1.0
batch = batch_of


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def committed_articles() -> dict[str, list[str]]:
    """stem -> its committed dev files (gold, text, meta)."""
    out: dict[str, list[str]] = defaultdict(list)
    for path in _git("ls-files", "data/dev").decode().split():
        name = path.rsplit("/", 1)[-1]
        if name.count("."):
            out[name.split(".", 1)[0]].append(path)
    return {s: sorted(p) for s, p in sorted(out.items()) if any(q.endswith(".gold.json") for q in p)}


def by_ok(g: dict, name, canon: dict) -> bool:
    """The evaluator's judgement of a demander (``evaluate.party_ok``)."""
    return E.party_ok(g, name, canon, "by")


def of_ok(g: dict, names, canon: dict) -> bool:
    return E._split_of(g.get("of")) == E._split_of(", ".join(names) if names else None, canon)


def harvest(progress: bool = True, real_dir: str | None = None, last: int = 108) -> list[dict]:
    """One record per paired demand item: batch, candidates (features, right or not), the rules' answer."""
    from newslens.analysis import analyze
    from newslens.extract import demands as D
    from newslens.extract import party_rank as R

    from newslens.extract import demand_resolve

    frames_seen: list = []
    real = D.resolve
    demand_resolve.RANK_FILL = False  # the rules' own answers (the ranker's fills are what is measured)

    def hook(doc, P, frames, finder):
        real(doc, P, frames, finder)
        ctx = R.Context(doc, P)
        for i, f in enumerate(frames):
            prev = frames[i - 1] if i else None
            at = f.items[0][0] if f.items else f.trig
            quoted = finder.in_quote(at)
            rec = {"starts": [doc.toks[a].idx for a, _ in f.items],
                   "rule_of": [a.name for a in f.of], "rule_by": f.by.name if f.by else None,
                   "of": {}, "by": {}}
            for key, wr, up in (("clean", False, False), ("plain", False, True), ("rule", True, True)):
                rec["of"][key] = [(c.names, c.feats) for c in R.of_candidates(ctx, f, prev, f.by, quoted, f.of, wr, up)]
                rec["by"][key] = [(c.names[0], c.feats) for c in
                                  R.by_candidates(ctx, f, prev, quoted, f.by, wr, up, f.of if wr else ())]
            frames_seen.append(rec)

    D.resolve = hook
    records = []
    arts = [(stem, batch(stem), paths, None) for stem, paths in committed_articles().items()]
    arts += [(stem, b, [], path) for stem, b, path in real_sources(real_dir, last)]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n, (stem, group, paths, article) in enumerate(arts, 1):
                if progress:
                    print(f"\rharvest {n}/{len(arts)} {stem[:40]:40}", end="", file=sys.stderr, flush=True)
                gold = None
                if article is not None:
                    gold = json.loads(article.with_name(stem + ".gold.json").read_text("utf-8"))
                for p in paths:
                    data = _git("show", f"HEAD:{p}")
                    dst = Path(tmp) / p.rsplit("/", 1)[-1]
                    dst.write_bytes(data)
                    if p.endswith(".gold.json"):
                        gold = json.loads(data.decode("utf-8"))
                    elif not p.endswith(".json"):
                        article = dst
                frames_seen.clear()
                pred = analyze(article).extraction.to_dict()
                pairs, _ = E._match(gold.get("actors", []), pred.get("actors", []),
                                    lambda g, p: bool(E._names(g) & E._names(p)))
                canon = {E.fold(x): g["name"] for g, p in pairs for x in E._names(p)}
                g_items = [d for d in gold.get("demands", []) if d.get("kind", "item") == "item"]
                p_items = [d for d in pred.get("demands", []) if d.get("kind", "item") == "item"]
                dpairs, _ = E._match(g_items, p_items, E._same_text, E._start_gap)
                at = {s: rec for rec in frames_seen for s in rec["starts"]}
                for g, p in dpairs:
                    rec = at.get(p["start"])
                    if rec is None:
                        continue
                    out = {"stem": stem, "batch": group,
                           "rules_of_ok": of_ok(g, rec["rule_of"], canon), "rules_by_ok": by_ok(g, rec["rule_by"], canon),
                           "eval_of_ok": of_ok(g, (p.get("of") or "").split(", ") if p.get("of") else [], canon),
                           "eval_by_ok": by_ok(g, p.get("by"), canon),
                           "of_empty": not E._split_of(g.get("of")), "by_empty": g.get("by") is None}
                    for field, ok in (("of", lambda names: of_ok(g, names, canon)),
                                      ("by", lambda name: by_ok(g, name, canon))):
                        for key, cands in rec[field].items():
                            out[f"{field}_{key}"] = [(c[1], ok(c[0]), c[0]) for c in cands]
                    records.append(out)
    finally:
        D.resolve = real
        demand_resolve.RANK_FILL = True
    if progress:
        print(file=sys.stderr)
    return records


# ------------------------------------------------------------------ fitting and scoring
def groups_of(recs: list[dict], field: str, key: str):
    out = []
    for r in recs:
        cands = r[f"{field}_{key}"]
        gold = next((i for i, c in enumerate(cands) if c[1]), None)
        out.append(([c[0] for c in cands], gold))
    return out


def decide(ranker: rank.Ranker, r: dict, field: str, key: str, theta: float):
    """(correct, answered, probability of the choice) of the ranker on record ``r``."""
    cands = r[f"{field}_{key}"]
    ch = ranker.choose([c[0] for c in cands])
    if ch.index is None or ch.probability < theta:
        return r[f"{field}_empty"], False, ch.probability
    return cands[ch.index][1], True, ch.probability


def combine(mode: str, ranker, r: dict, field: str, theta: float) -> bool:
    """The field's correctness under a combination of the rules and the ranker (``plain`` features)."""
    rules_ok = r[f"rules_{field}_ok"]
    rules_empty = not r[f"rules_{field}_answered"]
    ok, answered, p = decide(ranker, r, field, "plain", theta)
    if mode == "fill":  # the rules; the ranker where they leave the field empty
        return ok if rules_empty and answered else rules_ok
    if mode == "override":  # the ranker where it is confident, else the rules
        return ok if answered else rules_ok
    raise ValueError(mode)


def lobo(recs: list[dict], field: str, key: str, theta: float = 0.0, mode: str = ""):
    """Per batch (correct, n, answered, wrong answered) of the ranker fitted on the other batches."""
    res = {}
    for g in GROUPS:
        train = [r for r in recs if r["batch"] != g]
        test = [r for r in recs if r["batch"] == g]
        w = rank.fit(groups_of(train, field, key), L2)
        rk = rank.Ranker(field, w)
        ok = n = ans = wrong = 0
        for r in test:
            n += 1
            if mode:
                ok += combine(mode, rk, r, field, theta)
            else:
                c, a, _ = decide(rk, r, field, key, theta)
                ok += c
                ans += a
                wrong += a and not c
        res[g] = (ok, n, ans, wrong)
    return res


def _fmt(ok, n):
    return f"{ok / n:.2f}" if n else "  — "


def table(title: str, cols: dict) -> None:
    print(f"\n{title}")
    print(f"{'batch':9} {'n':>4} " + " ".join(f"{c:>9}" for c in cols))
    tot = {c: [0, 0] for c in cols}
    for g in GROUPS:
        row = []
        n = 0
        for c, res in cols.items():
            ok, n, *_ = res[g]
            tot[c][0] += ok
            tot[c][1] += n
            row.append(_fmt(ok, n))
        print(f"{g:9} {n:4} " + " ".join(f"{x:>9}" for x in row))
    n = next(iter(tot.values()))[1]
    print(f"{'micro':9} {n:4} " + " ".join(f"{_fmt(*tot[c]):>9}" for c in cols))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="fit on all dev and write the weights files")
    ap.add_argument("--cache", help="read/write the harvest here (development convenience)")
    ap.add_argument("--l2", type=float, default=1.0, help="the L2 penalty (default 1)")
    ap.add_argument("--real", metavar="DIR", help="also harvest the annotated real pages in DIR (outside the "
                    "repository), as batches real-p9, real-1, real-A, …")
    ap.add_argument("--last", type=int, default=108, metavar="N", help="real pages up to rN only (default 108)")
    args = ap.parse_args(argv)
    global L2, GROUPS
    L2 = args.l2
    if args.cache and os.path.exists(args.cache):
        recs = json.loads(Path(args.cache).read_text())
    else:
        recs = harvest(real_dir=args.real, last=args.last)
        if args.cache:
            Path(args.cache).write_text(json.dumps(recs))
    for r in recs:
        for field in ("of", "by"):
            # the rules answered (left the field non-empty): their candidate is marked "rule"
            r[f"rules_{field}_answered"] = any(c[0].get("rule") for c in r[f"{field}_rule"])
    GROUPS = tuple(dict.fromkeys([g for g in GROUPS] + [r["batch"] for r in recs]))
    print(f"{len(recs)} paired demand items from {len({r['stem'] for r in recs})} articles")

    for field in ("of", "by"):
        print(f"\n=== {field} ===")
        # oracle: the right answer is among the candidates (an empty gold is always reachable: none)
        orc = {}
        for key in ("clean", "plain", "rule"):
            orc[key] = {g: (sum(r[f"{field}_empty"] or any(c[1] for c in r[f"{field}_{key}"])
                               for r in recs if r["batch"] == g),
                            sum(r["batch"] == g for r in recs)) for g in GROUPS}
        rules = {g: (sum(r[f"rules_{field}_ok"] for r in recs if r["batch"] == g),
                     sum(r["batch"] == g for r in recs)) for g in GROUPS}
        table(f"ORACLE ({field}: gold among candidates, or gold empty) and the rules on dev (fitted)",
              {"clean": orc["clean"], "oracle": orc["plain"], "orc+rule": orc["rule"], "rules": rules})
        cols = {"rules": rules, "clean": lobo(recs, field, "clean")}
        for theta in (0.0, 0.5, 0.6, 0.7, 0.8):
            cols[f"rk@{theta:.1f}"] = lobo(recs, field, "plain", theta)
        cols["rk+rule"] = lobo(recs, field, "rule")
        for theta in (0.0, 0.7, 0.8):
            cols[f"fill@{theta:.1f}"] = lobo(recs, field, "plain", theta, "fill")
        for theta in (0.6, 0.8, 0.9):
            cols[f"ovr@{theta:.1f}"] = lobo(recs, field, "plain", theta, "override")
        table(f"LOBO accuracy ({field}; rules: dev, fitted; clean: ranker without the previous frame's answers; rk@θ: ranker alone, abstains below θ; rk+rule: "
              f"the rules' choice as a feature; fill@θ: rules, ranker (p≥θ) where they are empty; ovr@θ: ranker where "
              f"p≥θ, else rules)", cols)
        print(f"\ncoverage / wrong answers of the ranker alone (LOBO, micro) by threshold ({field}):")
        for theta in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9):
            res = lobo(recs, field, "plain", theta)
            ok = sum(v[0] for v in res.values())
            n = sum(v[1] for v in res.values())
            ans = sum(v[2] for v in res.values())
            wrong = sum(v[3] for v in res.values())
            right_ans = ans - wrong
            print(f"  θ={theta:.1f}: accuracy {ok / n:.3f}, answered {ans}/{n}, precision of answers "
                  f"{right_ans / ans if ans else 0:.3f}, wrong credited {wrong}")
        print(f"\nwhere the rules leave {field} empty, the ranker's fills (LOBO, micro) by threshold:")
        for theta in (0.0, 0.5, 0.7, 0.8, 0.9):
            right = wrong = empty = 0
            for g in GROUPS:
                rk = rank.Ranker(field, rank.fit(groups_of([r for r in recs if r["batch"] != g], field, "plain"), L2))
                for r in recs:
                    if r["batch"] == g and not r[f"rules_{field}_answered"]:
                        ok, answered, _ = decide(rk, r, field, "plain", theta)
                        right += answered and ok
                        wrong += answered and not ok
                        empty += not answered
            print(f"  θ={theta:.1f}: filled right {right}, filled wrong {wrong}, left empty {empty}")
        w = rank.fit(groups_of(recs, field, "plain"), L2)
        print(f"\nweights fitted on all dev ({field}), top 15 by magnitude:")
        for k, v in sorted(w.items(), key=lambda kv: -abs(kv[1]))[:15]:
            print(f"  {v:+8.3f}  {k}")
        if args.write:
            path = ROOT / "src" / "newslens" / "data" / "rankers" / f"demand_{field}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(rank.Ranker(f"demand_{field}", w).to_dict(), ensure_ascii=False, indent=1) + "\n")
            tmp.replace(path)
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
