"""Train and measure the learned speaker ranker, leave-one-batch-out (LOBO).

    .venv/bin/python bench/train_speakers.py            # oracle coverage + LOBO table + thresholds
    .venv/bin/python bench/train_speakers.py --write    # ... then fit on all dev, write the weights
    .venv/bin/python bench/train_speakers.py --real DIR --last 156 --cache /tmp/x.pkl --no-validation --grid
    .venv/bin/python bench/train_speakers.py --real DIR --last 156 --cache /tmp/x.pkl --final OVER MARGIN FILL
        # the decision rule after the rules (speaker_rank.decide): thresholds chosen by LOBO without ever
        # reading C or E, then scored once on them

(1) Harvest: every COMMITTED dev article (``git ls-files data/dev``; its committed text, metadata and
gold, never the working tree, never data/holdout, data/blind or data/sealed) is extracted with the
current code; for each found quote (matched to a gold quote as ``newslens evaluate`` matches them)
the candidates of ``extract/speaker_rank.py`` and which of them is the gold speaker (scored as
``evaluate.score`` scores a speaker). (2) For each batch of data/dev (team, web, blind-a, …: bench/lobo.py),
fit on the others and score it; print rules vs ranker alone vs ranker with the rules' choice as a
feature, per batch and micro. (3) ``--write`` fits on all dev and writes
``src/newslens/data/rankers/speaker.json``. Deterministic: sorted inputs, Newton's method.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newslens import evaluate as ev  # noqa: E402
from newslens import rank  # noqa: E402
from newslens.analysis import analyze  # noqa: E402
from newslens.extract import quotes as quotes_mod  # noqa: E402
from newslens.extract import speaker_heading, speaker_rank  # noqa: E402
from lobo import VALIDATION, batch_of, dev_batches, real_sources  # noqa: E402  (bench/lobo.py)

BATCHES = dev_batches()  # team, web, blind-a, … as committed in data/dev; real page sets join with --real
L2 = 2.0  # at 1.0, rank.fit's undamped Newton steps diverged on one split (weights in the hundreds)
MAX_WEIGHT = 25.0  # a fitted weight beyond this means the fit diverged: the trainer stops
THRESHOLDS = (0.0, 0.4, 0.5, 0.6, 0.7)
OUT = ROOT / "src" / "newslens" / "data" / "rankers" / "speaker.json"


@dataclass
class Decision:
    batch: str
    article: str
    text: str
    gold: Optional[str]
    rule: Optional[str]
    rule_ok: bool
    rule_at: Optional[str] = None  # the rules' speaker where the ranker runs (before later fills)
    names: list = field(default_factory=list)
    feats: list = field(default_factory=list)
    ok: list = field(default_factory=list)  # per candidate: scored right
    none_ok: bool = False  # the gold speaker is null

    def gold_index(self) -> Optional[int]:
        return next((i for i, x in enumerate(self.ok) if x), None)


def committed_stems() -> list[str]:
    files = subprocess.run(["git", "ls-files", "data/dev"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    return sorted(Path(f).name[: -len(".gold.json")] for f in files if f.endswith(".gold.json"))


def git_show(path: str) -> Optional[bytes]:
    r = subprocess.run(["git", "show", f"HEAD:{path}"], cwd=ROOT, capture_output=True)
    return r.stdout if r.returncode == 0 else None


def speaker_ok(gold_q: dict, name: Optional[str], canon: dict) -> bool:
    """``evaluate.score``'s judgement of a predicted speaker (``evaluate.party_ok``)."""
    return ev.party_ok(gold_q, name, canon)


def harvest(progress: bool = True, real: Optional[str] = None, last: int = 108
            ) -> tuple[list[Decision], dict[str, int]]:
    """Decisions of every matched quote, and the number of gold quotes per batch."""
    captured: list = []
    original = speaker_heading._speaker_from_body  # the rules only (speakers.py adds the ranker after them)

    def capture(doc, results):
        original(doc, results)
        ordered = sorted(results, key=lambda f: f.start)
        prior = []
        rows = {}
        for f in ordered:
            rows[(f.start, f.end)] = (speaker_rank.candidates(doc, f, prior, f.speaker, f.explicit),
                                      f.speaker.name if f.speaker else None)
            prior.append((f.speaker, f))
        captured.append(rows)

    saved = quotes_mod._speaker_from_body
    quotes_mod._speaker_from_body = capture
    decisions: list[Decision] = []
    sources = [(stem, batch_of(stem), None) for stem in committed_stems()] + real_sources(real, last)
    n_gold: dict[str, int] = {b: 0 for _, b, _ in sources}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n, (stem, batch, path) in enumerate(sources):
                if progress:
                    print(f"\rharvest {n + 1}/{len(sources)} {stem[:40]:40}", end="", file=sys.stderr, flush=True)
                if path is None:
                    for ext in (".txt", ".meta.json"):
                        data = git_show(f"data/dev/{stem}{ext}")
                        if data is not None:
                            Path(tmp, stem + ext).write_bytes(data)
                    gold = json.loads(git_show(f"data/dev/{stem}.gold.json"))
                    path = Path(tmp, stem + ".txt")
                else:
                    gold = json.loads(path.with_name(stem + ".gold.json").read_text("utf-8"))
                captured.clear()
                pred = analyze(path).extraction.to_dict()
                rows = captured[0]
                n_gold[batch] += len(gold.get("quotes", []))
                pairs, _ = ev._match(gold.get("actors", []), pred.get("actors", []),
                                     lambda g, p: bool(ev._names(g) & ev._names(p)))
                canon = {ev.fold(x): g["name"] for g, p in pairs for x in ev._names(p)}
                qpairs, _ = ev._match(gold.get("quotes", []), pred.get("quotes", []), ev._same_text, ev._start_gap)
                for g, p in qpairs:
                    cands, rule_at = rows[(p["start"], p["end"])]
                    d = Decision(batch, stem, p["text"][:60], g.get("speaker"), p.get("speaker"),
                                 speaker_ok(g, p.get("speaker"), canon), rule_at, none_ok=g.get("speaker") is None)
                    for c in cands:
                        d.names.append(c.actor.name)
                        d.feats.append(c.features)
                        d.ok.append(speaker_ok(g, c.actor.name, canon))
                    decisions.append(d)
    finally:
        quotes_mod._speaker_from_body = saved
        if progress:
            print(file=sys.stderr)
    return decisions, n_gold


def features_of(d: Decision, with_rule: bool, clauses: bool = True) -> list[dict]:
    """The candidates' features, without the rule's (``with_rule`` False) or the clause features
    (``clauses`` False: the ranker as it was before clauses.py)."""
    feats = d.feats if with_rule else [speaker_rank.without_rule(x) for x in d.feats]
    if not clauses:
        feats = [{k: v for k, v in x.items() if not k.startswith("cl_")} for x in feats]
    return feats


def groups_of(decisions: list[Decision], with_rule: bool, clauses: bool = True) -> list:
    return [(features_of(d, with_rule, clauses), d.gold_index()) for d in decisions]


def choose(ranker: rank.Ranker, d: Decision, with_rule: bool, clauses: bool = True) -> rank.Choice:
    return ranker.choose(features_of(d, with_rule, clauses))


def correct(d: Decision, index: Optional[int]) -> bool:
    return d.none_ok if index is None else d.ok[index]


def fit(decisions: list[Decision], with_rule: bool, l2: float = L2, clauses: bool = True) -> dict[str, float]:
    """Fitted on ``decisions`` minus the validation batches (real-C, real-E: scored, never trained on)."""
    decisions = [d for d in decisions if d.batch not in VALIDATION]
    weights = rank.fit(groups_of(decisions, with_rule, clauses), l2=l2)
    top = max((abs(w) for w in weights.values()), default=0.0)
    if top > MAX_WEIGHT:
        sys.exit(f"train_speakers: the fit diverged (a weight of {top:.0f}); raise L2")
    return weights


def lobo(decisions: list[Decision], with_rule: bool, l2: float = L2, clauses: bool = True
         ) -> dict[int, tuple[Optional[int], float]]:
    """Per decision (by position): the held-out ranker's choice and its probability."""
    out = {}
    for b in BATCHES:
        train = [d for d in decisions if d.batch != b]
        ranker = rank.Ranker("speaker", fit(train, with_rule, l2, clauses))
        for n, d in enumerate(decisions):
            if d.batch == b:
                c = choose(ranker, d, with_rule, clauses)
                out[n] = (c.index, c.probability, probabilities(ranker, d, with_rule, clauses))
    return out


def probabilities(ranker: rank.Ranker, d: Decision, with_rule: bool, clauses: bool = True) -> list[float]:
    """Every candidate's softmax probability (against "none", which scores 0)."""
    feats = features_of(d, with_rule, clauses)
    scores = [ranker.score(x) for x in feats]
    top = max([0.0] + scores)
    z = math.exp(-top) + sum(math.exp(x - top) for x in scores)
    return [math.exp(x - top) / z for x in scores]


GRID_OVER = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0)  # 2.0: never replace
GRID_MARGIN = (0.0, 0.2, 0.4)
GRID_FILL = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0)  # 2.0: never fill


def outcome(d: Decision, probs: list, th: speaker_rank.Thresholds) -> tuple[str, bool]:
    """('right' | 'empty' | 'wrong', whether the ranker changed the rules' answer) under the decision rule.
    right: the gold speaker, or empty where gold has none; wrong: a named party that is not the gold one."""
    rule = next((i for i, x in enumerate(d.feats) if "rule" in x), None)
    named = rule is not None or d.rule_at is not None
    deliberate = bool(d.feats) and "rule_unnamed" in d.feats[0]
    i = speaker_rank.decide(probs, rule, named, deliberate, th)
    if i is None:
        ok, name = d.rule_ok, d.rule
    else:
        ok, name = d.ok[i], d.names[i]
    return ("right" if ok else "empty" if name is None else "wrong"), i is not None


def tally(decisions: list[Decision], probs: dict, th, ns) -> dict:
    out = {"right": 0, "empty": 0, "wrong": 0, "changed": 0}
    for n in ns:
        kind, changed = outcome(decisions[n], probs[n], th)
        out[kind] += 1
        out["changed"] += changed
    return out


RULES_ONLY = speaker_rank.Thresholds(2.0, 0.0, 2.0)


def decision_main(args, decisions: list[Decision], n_gold: dict) -> int:
    """The decision rule's thresholds (LOBO, non-validation batches only: --grid), then its score on C and E
    (held out, never trained on) and on F (LOBO: fitted without F) (--final)."""
    groups = {"dev": [b for b in BATCHES if not b.startswith("real-")],
              "real-1/A/B/p9": [b for b in BATCHES if b in ("real-1", "real-A", "real-B", "real-p9")],
              "real-F": [b for b in BATCHES if b == "real-F"]}
    groups["all fit"] = [b for b in BATCHES if b not in VALIDATION]
    idx = {g: [n for n, d in enumerate(decisions) if d.batch in bs] for g, bs in groups.items()}
    ruled = lobo(decisions, with_rule=not args.alone)
    probs = {n: r[2] for n, r in ruled.items()}
    print(f"model: {'ranker alone' if args.alone else 'ranker+rule'}")
    base = {g: tally(decisions, probs, RULES_ONLY, ns) for g, ns in idx.items()}
    if args.grid:
        print("\nDECISION RULE, LOBO over the non-validation batches: right/empty/wrong (changed) per group")
        print(f"{'over':>5} {'marg':>4} {'fill':>5} " + " ".join(f"{g:>22}" for g in groups))
        print(f"{'rules':>16} " + " ".join(f"{base[g]['right']:>8}/{base[g]['empty']}/{base[g]['wrong']:<8}"
                                            for g in groups))
        best = None
        for margin in GRID_MARGIN:
            for over in GRID_OVER:
                for fill in GRID_FILL:
                    th = speaker_rank.Thresholds(over, margin, fill)
                    t = {g: tally(decisions, probs, th, ns) for g, ns in idx.items()}
                    ok = t["all fit"]["wrong"] <= base["all fit"]["wrong"]
                    print(f"{over:5.2f} {margin:4.1f} {fill:5.2f} " + " ".join(
                        f"{t[g]['right']:>8}/{t[g]['empty']}/{t[g]['wrong']:<4}({t[g]['changed']:>3})" for g in groups)
                        + ("" if ok else "  wrong > rules"))
                    key = (t["all fit"]["right"], -t["all fit"]["wrong"], over, margin, fill)
                    if ok and (best is None or key > best[0]):
                        best = (key, th)
        print(f"\nchosen (wrong <= the rules' {base['all fit']['wrong']}, then most right; ties: the higher "
              f"thresholds): {best[1] if best else None}")
        return 0
    over, margin, fill = args.final
    th = speaker_rank.Thresholds(over, margin, fill)
    rows = [("real-F", [n for n, d in enumerate(decisions) if d.batch == "real-F"], n_gold.get("real-F", 0))]
    val = [b for b in VALIDATION if b in BATCHES]
    for b in val:
        rows.append((b, [n for n, d in enumerate(decisions) if d.batch == b], n_gold[b]))
    if len(val) == 2:
        rows.append(("C+E", [n for n, d in enumerate(decisions) if d.batch in val], sum(n_gold[b] for b in val)))
    print(f"\nDECISION RULE {th} (LOBO: fitted without the batch scored; C and E never trained on)")
    print(f"{'batch':8} {'found':>5} {'gold':>5} {'rules r/e/w':>14} {'spk':>5} {'attrR':>5} "
          f"{'rule+ranker r/e/w':>18} {'spk':>5} {'attrR':>5} {'changed':>7}")
    for b, ns, ng in rows:
        r, k = tally(decisions, probs, RULES_ONLY, ns), tally(decisions, probs, th, ns)
        print(f"{b:8} {len(ns):5} {ng:5} {r['right']:>6}/{r['empty']}/{r['wrong']:<4} {fmt(r['right'], len(ns)):>5} "
              f"{fmt(r['right'], ng):>5} {k['right']:>10}/{k['empty']}/{k['wrong']:<4} {fmt(k['right'], len(ns)):>5} "
              f"{fmt(k['right'], ng):>5} {k['changed']:7}")
    return 0


def fmt(ok: int, n: int) -> str:
    return f"{ok / n:.2f}" if n else "  – "


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true", help="fit on all dev and write the weights file")
    ap.add_argument("--quiet", action="store_true", help="no progress line")
    ap.add_argument("--real", metavar="DIR", help="also harvest the annotated real pages in DIR (outside the "
                    "repository), as batches real-p9, real-1, real-A, …")
    ap.add_argument("--last", type=int, default=108, metavar="N", help="real pages up to rN only (default 108, "
                    "at most 156); real-C and real-E (r85-r132) are held out and scored, never trained on")
    ap.add_argument("--cache", metavar="FILE", help="harvested decisions: read from FILE when it exists, else "
                    "written to it (outside the repository: it holds real-page snippets)")
    ap.add_argument("--no-validation", action="store_true", help="drop real-C and real-E entirely (choosing "
                    "the decision thresholds never looks at them)")
    ap.add_argument("--grid", action="store_true", help="the decision rule's thresholds (theta_over, margin, "
                    "theta_fill) by LOBO over the non-validation batches; then stop")
    ap.add_argument("--final", nargs=3, type=float, metavar=("OVER", "MARGIN", "FILL"), help="score the "
                    "decision rule with these thresholds on real-C and real-E (once) and real-F (LOBO); then stop")
    ap.add_argument("--alone", action="store_true", help="the decision rule with the ranker alone (without the "
                    "rules' choice as a feature) instead of ranker+rule")
    ap.add_argument("--l2", action="store_true", help="also print the LOBO micro figures for other L2 penalties")
    ap.add_argument("--diff", action="store_true", help="list where the held-out ranker+rule differs from the rules")
    ap.add_argument("--errors", metavar="BATCH", help="list the held-out ranker's wrong choices in BATCH (or ALL)")
    args = ap.parse_args(argv)
    global BATCHES
    if args.cache and Path(args.cache).exists():
        with open(args.cache, "rb") as fh:
            decisions, n_gold = pickle.load(fh)
    else:
        decisions, n_gold = harvest(progress=not args.quiet, real=args.real, last=args.last)
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump((decisions, n_gold), fh)
    if args.no_validation:
        decisions = [d for d in decisions if d.batch not in VALIDATION]
        n_gold = {b: n for b, n in n_gold.items() if b not in VALIDATION}
    BATCHES = tuple(n_gold)
    if args.grid or args.final:
        return decision_main(args, decisions, n_gold)
    print(f"{len(decisions)} matched quotes in {len({d.article for d in decisions})} articles; "
          f"{sum(n_gold.values())} gold quotes")

    # oracle: is the gold speaker among the candidates (null gold: always reachable by abstaining)
    print("\nORACLE (gold speaker among the candidates; null gold counts as reachable)")
    print(f"{'batch':10} {'quotes':>6} {'named':>6} {'in cands':>8} {'oracle':>6} {'cands/q':>7}")
    for b in BATCHES + ("ALL",):
        ds = [d for d in decisions if b == "ALL" or d.batch == b]
        named = [d for d in ds if not d.none_ok]
        hit = sum(any(d.ok) for d in named)
        print(f"{b:10} {len(ds):6} {len(named):6} {hit:8} {fmt(hit + len(ds) - len(named), len(ds)):>6} "
              f"{sum(len(d.names) for d in ds) / max(1, len(ds)):7.1f}")

    plain = lobo(decisions, with_rule=False)
    ruled = lobo(decisions, with_rule=True)
    plain0 = lobo(decisions, with_rule=False, clauses=False)
    ruled0 = lobo(decisions, with_rule=True, clauses=False)
    idx = range(len(decisions))

    def scheme(name):
        """A choice (candidate index or None, True for 'keep the rules' answer') per decision."""
        out = {}
        for n in idx:
            d = decisions[n]
            if name == "rules":
                out[n] = d.rule_ok
            elif name == "ranker":
                out[n] = correct(d, plain[n][0])
            elif name == "ranker+rule":
                out[n] = correct(d, ruled[n][0])
            elif name == "rules,else ranker+rule":
                out[n] = d.rule_ok if d.rule is not None else correct(d, ruled[n][0])
            elif name == "ranker -clauses":
                out[n] = correct(d, plain0[n][0])
            elif name == "ranker+rule -clauses":
                out[n] = correct(d, ruled0[n][0])
        return out

    names = ("rules", "ranker", "ranker+rule", "rules,else ranker+rule", "ranker -clauses", "ranker+rule -clauses")
    results = {s: scheme(s) for s in names}
    print("\nLOBO: speaker accuracy of found quotes / attributed recall (right speaker / gold quotes)")
    print("(rules: the current code, fitted on every dev batch; the ranker columns never saw the batch they score)")
    print(f"{'batch':10} {'found':>5} {'gold':>5} " + " ".join(f"{s:>24}" for s in names))
    val = tuple(b for b in VALIDATION if b in BATCHES)
    for b in BATCHES + (("C+E",) if len(val) == 2 else ()) + ("ALL",):
        ns = [n for n in idx if b == "ALL" or decisions[n].batch == b or (b == "C+E" and decisions[n].batch in val)]
        ng = sum(n_gold.values()) if b == "ALL" else sum(n_gold[x] for x in val) if b == "C+E" else n_gold[b]
        cells = []
        for s in names:
            ok = sum(results[s][n] for n in ns)
            cells.append(f"{fmt(ok, len(ns))}/{fmt(ok, ng)}")
        print(f"{b:10} {len(ns):5} {ng:5} " + " ".join(f"{c:>24}" for c in cells))

    print("\nAbstention (ranker+rule, LOBO): below threshold t the speaker stays empty")
    print(f"{'t':>5} {'spk':>5} {'attrR':>6} {'named':>6} {'wrong named':>11} {'rules wrong named':>17}")
    rules_wrong = sum(1 for d in decisions if d.rule is not None and not d.rule_ok)
    for t in THRESHOLDS:
        ok = wrong = named = 0
        for n in idx:
            d = decisions[n]
            i, p, _ = ruled[n]
            if i is not None and p < t:
                i = None
            ok += correct(d, i)
            named += i is not None
            wrong += i is not None and not d.ok[i]
        print(f"{t:5.2f} {fmt(ok, len(decisions)):>5} {fmt(ok, sum(n_gold.values())):>6} {named:6} {wrong:11} "
              f"{rules_wrong:17}")

    print("\nCombinations (LOBO; t: the held-out ranker's probability threshold): right speakers and wrongly named")
    print(f"{'':42} {'ALL right':>9} {'wrong named':>11} {'blind-h right':>13} {'wrong named':>11}")
    h = [n for n in idx if decisions[n].batch == "blind-h"]

    def named_wrong(n, i):
        return i is not None and not decisions[n].ok[i]

    rows = [("rules", {n: (decisions[n].rule_ok, decisions[n].rule is not None and not decisions[n].rule_ok)
                       for n in idx})]
    for t in THRESHOLDS:
        fill, over = {}, {}
        for n in idx:
            d = decisions[n]
            i, p, _ = ruled[n]
            i = i if p >= t else None
            rule = (d.rule_ok, d.rule is not None and not d.rule_ok)
            fill[n] = rule if d.rule is not None else (correct(d, i), named_wrong(n, i))
            over[n] = (correct(d, i), named_wrong(n, i)) if i is not None else rule
        rows += [(f"rules; empty -> ranker+rule if p>={t:.2f}", fill), (f"ranker+rule if p>={t:.2f}, else rules", over)]
    for label, res in rows:
        print(f"  {label:40} {sum(res[n][0] for n in idx):9} {sum(res[n][1] for n in idx):11}"
              f" {sum(res[n][0] for n in h):13} {sum(res[n][1] for n in h):11}")
    print("\nRules, abstaining where the held-out ranker+rule gives the rules' choice a probability below t:")
    for t in (0.3, 0.5, 0.7, 0.9):
        lost = removed = 0
        for n in idx:
            d = decisions[n]
            if d.rule is None or d.rule not in d.names:
                continue
            if ruled[n][2][d.names.index(d.rule)] < t:
                lost += d.rule_ok
                removed += not d.rule_ok
        print(f"  t {t:.1f}: right ones lost {lost:3}, wrong ones removed {removed:3} (of {rules_wrong} wrong named)")
    if args.l2:
        for l2 in (1.5, 2.0, 3.0, 10.0):
            for with_rule in (False, True):
                res = lobo(decisions, with_rule, l2)
                ok = sum(correct(decisions[n], res[n][0]) for n in idx)
                okh = sum(correct(decisions[n], res[n][0]) for n in h)
                print(f"  l2 {l2:5} {'ranker+rule' if with_rule else 'ranker':12} ALL {fmt(ok, len(decisions))}"
                      f" blind-h {fmt(okh, len(h))}")
    if args.diff:
        for n in idx:
            d = decisions[n]
            if d.batch in VALIDATION:
                continue  # validation pages: by number only
            i, p, _ = ruled[n]
            got = d.names[i] if i is not None else None
            if got != d.rule:
                mark = "FIX " if correct(d, i) and not d.rule_ok else "BREAK" if d.rule_ok and not correct(d, i) else "same"
                print(f"{mark} {d.article[:22]} | {d.text[:40]!r} | gold {d.gold} | rule {d.rule} | ranker {got} {p:.2f}")
    if args.errors:
        for n in idx:
            d = decisions[n]
            if args.errors not in ("ALL", d.batch) or correct(d, plain[n][0]) or d.batch in VALIDATION:
                continue
            i, p, _ = plain[n]
            print(f"- {d.article[:22]} | {d.text[:45]!r} | gold {d.gold} | rule {d.rule}{'' if d.rule_ok else ' (wrong)'}"
                  f" | ranker {d.names[i] if i is not None else None} {p:.2f} | cands {d.names}")

    alone = fit(decisions, with_rule=False)
    print("\nweights fitted on all dev (ranker alone), top 15 by magnitude:")
    for k, w in sorted(alone.items(), key=lambda kv: -abs(kv[1]))[:15]:
        print(f"  {k:32} {w:+.3f}")
    weights = fit(decisions, with_rule=True)
    print("\nweights fitted on all dev (ranker+rule), top 15 by magnitude:")
    for k, w in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:15]:
        print(f"  {k:32} {w:+.3f}")
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        tmp = OUT.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(rank.Ranker("speaker", weights).to_dict(), indent=1, ensure_ascii=False) + "\n",
                       "utf-8")
        os.replace(tmp, OUT)
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
