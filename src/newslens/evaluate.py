"""Score extractions against gold annotations (the format of ``data/dev/*.gold.json``).

Matching is by content and forgiving of surface form:
- an actor matches when its name or any alias equals the gold name or an alias (case- and quote-folded);
- a quote or demand matches when the gold ``text_start`` lies inside the predicted text;
- a timex matches when one expression contains the other;
- a group speaker or demander (``"group": true`` in the gold) is right when the predicted name has the
  same head noun: ``mieszkańcy`` and ``mieszkańcy Pilczyna`` name one group (GUIDELINES.md, Speakers).
Each gold and each predicted record is matched at most once.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from .loader import SUFFIXES, InputError



def fold(s: Optional[str]) -> str:
    """Case-, quote-, dash- and whitespace-folded text for matching; the end punctuation of a sentence
    (`.`, `!`, `?`, `…`) and of a clause does not count."""
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).lower()
    s = re.sub(r"[„”“\"«»‚‘’']", "", s)
    s = re.sub(r"[–—-]", "-", s)
    return re.sub(r"\s+", " ", s).strip(" .,;:!?…")


class Rates:
    """Precision, recall and F1 from ``tp``/``fp``/``fn`` (None when undefined; F1 is 0.0 when only one
    side is empty). Shared by the scorer and the alignment scorer (``align.PRF``)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> Optional[float]:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> Optional[float]:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> Optional[float]:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PRF(Rates):
    """Counts and the matched pairs of one section."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)


def _match(gold: Sequence[dict], pred: Sequence[dict], same: Callable[[dict, dict], bool],
           rank: Optional[Callable[[dict, dict], float]] = None) -> tuple[list, PRF]:
    """Pair each gold record with at most one predicted record; among several candidates, the one
    with the lowest ``rank`` (default: the first)."""
    used: set[int] = set()
    pairs = []
    prf = PRF()
    for g in gold:
        cands = [j for j, p in enumerate(pred) if j not in used and same(g, p)]
        j = min(cands, key=lambda j: rank(g, pred[j])) if cands and rank else (cands[0] if cands else None)
        if j is None:
            prf.fn += 1
            prf.missed.append(g)
        else:
            used.add(j)
            pairs.append((g, pred[j]))
            prf.tp += 1
    prf.spurious = [p for j, p in enumerate(pred) if j not in used]
    prf.fp = len(prf.spurious)
    return pairs, prf


def _names(rec: dict) -> set[str]:
    return {fold(rec.get("name"))} | {fold(a) for a in rec.get("aliases") or ()} - {""}


def _same_text(g: dict, p: dict) -> bool:
    return fold(g.get("text_start")) in fold(p.get("text"))


def _start_gap(g: dict, p: dict) -> int:
    """How far into the predicted text the gold quote starts: a partial quote nested in an indirect
    one pairs with the predicted quote that starts closest to it, not with the indirect one."""
    return fold(p.get("text")).find(fold(g.get("text_start")))


def _ends_right(g: dict, p: dict) -> bool:
    """The predicted text ends where the gold quote ends (its last words, punctuation aside)."""
    end = fold(g.get("text_end"))
    return bool(end) and fold(p.get("text")).endswith(end)


_ACRONYM = re.compile(r"^(?=(?:\w*[A-ZĄĆĘŁŃÓŚŹŻ]){2})[\w&-]{2,10}$")  # ZNP, PiS, OZZL, UE


def canonical_name(gold_actor: dict, name: Optional[str]) -> bool:
    """A predicted actor name a reader can use: the gold nominative name, a run of its words
    ("Pieskow" for "Dmitrij Pieskow"), or an acronym the gold actor goes by ("ZNP")."""
    got = fold(name).split()
    want = fold(gold_actor.get("name")).split()
    if not got:
        return False
    if any(want[i:i + len(got)] == got for i in range(len(want) - len(got) + 1)):
        return True
    return bool(name and _ACRONYM.match(name)) and fold(name) in _names(gold_actor)


def _same_timex(g: dict, p: dict) -> bool:
    a, b = fold(g.get("expression")), fold(p.get("expression"))
    return bool(a and b) and (a in b or b in a)


def _split_of(value: Optional[str], canon: Optional[dict[str, str]] = None) -> set[str]:
    parts = {fold(v) for v in (value or "").split(",") if fold(v)}  # "USA, NATO"; names may hold " i "
    return {fold(canon.get(v, v)) for v in parts} if canon else parts


def group_head(name: Optional[str]) -> str:
    """The head noun of a group's name, folded: the first word that can only be a noun
    (``inni mieszkańcy Pilczyna`` -> ``mieszkańcy``, ``unijni dyplomaci`` -> ``dyplomaci``); the first
    word when none can."""
    from .nlp import morfeusz

    words = fold(name).split()
    for word in words:
        tags = {r[2][2].split(":")[0] for r in morfeusz().analyse(word)}
        if "subst" in tags and not tags & {"adj", "pact", "ppas", "praet"}:
            return word
    return words[0] if words else ""


def _ratio(ok: int, n: int) -> Optional[float]:
    return ok / n if n else None


def _clip(text: str, n: int, end: bool = False) -> str:
    """At most ``n`` characters of ``text`` for a list of misses, cut between words (its end if ``end``)."""
    if len(text) <= n:
        return text
    if end:
        cut = text[-n:]
        return "…" + (cut.split(" ", 1)[1] if " " in cut else cut)
    cut = text[:n]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _who(party: Optional[str]) -> str:
    return "(none)" if party is None else party


def party_ok(gold_rec: dict, got: Optional[str], canon: dict[str, str], key: str = "speaker") -> bool:
    """Is ``got`` the gold record's ``key`` (a speaker, via or demander)? Both empty; a group named by the
    same head noun; the same name folded; or a name the matched actors map to the gold one (``canon``)."""
    want = gold_rec.get(key)
    if want is None or got is None:
        return want is None and got is None
    if gold_rec.get("group") and group_head(want) == group_head(got):
        return True
    if "," in want and key != "via":  # several named actors who speak or demand together (GUIDELINES)
        return _split_of(want) == _split_of(got, canon)
    return fold(want) == fold(got) or canon.get(fold(got)) == want


def score(pred: dict, gold: dict) -> dict[str, Any]:
    """Figures for one article: ``pred`` is an ``extract.json`` dict, ``gold`` a gold dict."""
    out: dict[str, Any] = {"id": gold.get("id") or pred.get("article", {}).get("id")}
    pairs, prf = _match(gold.get("actors", []), pred.get("actors", []), lambda g, p: bool(_names(g) & _names(p)))
    canon = {fold(n): g["name"] for g, p in pairs for n in _names(p)}
    out["actors"] = _section(prf, lambda r: r.get("name"))
    out["actors"]["type_accuracy"] = _ratio(sum(g.get("type") == p.get("type") for g, p in pairs), len(pairs))
    out["actors"]["canonical_accuracy"] = _ratio(sum(canonical_name(g, p.get("name")) for g, p in pairs), len(pairs))
    out["actors"]["not_canonical"] = [f"{p.get('name')} (gold {g['name']})" for g, p in pairs
                                      if not canonical_name(g, p.get("name"))]
    # one gold actor found as two or more predicted actors (an inflected and a nominative form, ...)
    split = [(g, [p.get("name") for p in pred.get("actors", []) if _names(g) & _names(p)])
             for g in gold.get("actors", [])]
    split = [(g, found) for g, found in split if len(found) > 1]
    out["actors"]["split"] = len(split)
    out["actors"]["split_actors"] = [f"{g['name']}: {' | '.join(map(str, found))}" for g, found in split]

    def speaker_ok(g: dict, p: dict, key: str) -> bool:
        return party_ok(g, p.get(key), canon, key)

    pairs, prf = _match(gold.get("quotes", []), pred.get("quotes", []), _same_text, _start_gap)
    out["quotes"] = _section(prf, lambda r: f"{r.get('speaker')}: {r.get('text_start') or r.get('text')}")
    right = sum(speaker_ok(g, p, "speaker") for g, p in pairs)
    out["quotes"]["speaker_accuracy"] = _ratio(right, len(pairs))
    out["quotes"]["attributed_recall"] = _ratio(right, len(gold.get("quotes", [])))
    out["quotes"]["kind_accuracy"] = _ratio(sum(g.get("kind") == p.get("kind") for g, p in pairs), len(pairs))
    out["quotes"]["via_accuracy"] = _ratio(sum(speaker_ok(g, p, "via") for g, p in pairs), len(pairs))
    out["quotes"]["end_accuracy"] = _ratio(sum(_ends_right(g, p) for g, p in pairs), len(pairs))
    out["quotes"]["wrong_end"] = [f"{_clip(p.get('text', ''), 50, end=True)} (gold ends: {g.get('text_end')})"
                                  for g, p in pairs if g.get("text_end") and not _ends_right(g, p)]
    out["quotes"]["wrong_via"] = [f"{_clip(p.get('text', ''), 50)}: {_who(p.get('via'))} (gold {_who(g.get('via'))})"
                                  for g, p in pairs if not speaker_ok(g, p, "via")]
    out["quotes"]["wrong_speaker"] = [f"{_clip(p.get('text', ''), 60)}: {_who(p.get('speaker'))} (gold {_who(g.get('speaker'))})"
                                      for g, p in pairs if not speaker_ok(g, p, "speaker")]
    # the rule: never credit a quote to the wrong party; an empty speaker is a miss, not a wrong credit
    out["quotes"]["speaker_empty"] = sum(not p.get("speaker") and not speaker_ok(g, p, "speaker") for g, p in pairs)
    out["quotes"]["speaker_wrong_party"] = sum(bool(p.get("speaker")) and not speaker_ok(g, p, "speaker")
                                               for g, p in pairs)

    # a gold file whose demands carry no "kind" (the seed format) annotates no conditions: do not score them
    kinds = ("item", "condition") if any("kind" in d for d in gold.get("demands", [])) or not gold.get("demands") \
        else ("item",)
    if kinds == ("item",):
        out["conditions"] = dict(_section(PRF(), str), by_accuracy=None, of_accuracy=None, not_annotated=True)
    for kind in kinds:
        g_items = [d for d in gold.get("demands", []) if d.get("kind", "item") == kind]
        p_items = [d for d in pred.get("demands", []) if d.get("kind", "item") == kind]
        pairs, prf = _match(g_items, p_items, _same_text, _start_gap)
        key = "demands" if kind == "item" else "conditions"
        out[key] = _section(prf, lambda r: r.get("text_start") or r.get("text"))
        out[key]["by_accuracy"] = _ratio(sum(speaker_ok(g, p, "by") for g, p in pairs), len(pairs))
        out[key]["of_accuracy"] = _ratio(sum(_split_of(g.get("of")) == _split_of(p.get("of"), canon) for g, p in pairs), len(pairs))
        out[key]["wrong_by_of"] = [f"{_clip(p.get('text') or '', 50)}: by {_who(p.get('by'))}, of {_who(p.get('of'))} "
                                   f"(gold by {_who(g.get('by'))}, of {_who(g.get('of'))})" for g, p in pairs
                                   if not speaker_ok(g, p, "by") or _split_of(g.get("of")) != _split_of(p.get("of"), canon)]

    pairs, prf = _match(gold.get("timeline", []), pred.get("timeline", []), _same_timex)
    out["timeline"] = _section(prf, lambda r: f"{r.get('expression')} = {r.get('value')}")
    out["timeline"]["value_accuracy"] = _ratio(sum(g.get("value") == p.get("value") for g, p in pairs), len(pairs))
    out["timeline"]["wrong_value"] = [f"{p.get('expression')}: {p.get('value')} (gold {g.get('value')})"
                                      for g, p in pairs if g.get("value") != p.get("value")]
    return out


def _section(prf: PRF, show: Callable[[dict], Any]) -> dict[str, Any]:
    return {"tp": prf.tp, "fp": prf.fp, "fn": prf.fn, "precision": prf.precision, "recall": prf.recall,
            "f1": prf.f1, "missed": [show(r) for r in prf.missed], "spurious": [show(r) for r in prf.spurious]}


# ---------------------------------------------------------------- corpus runs
def find_article(gold_path: Path) -> Optional[Path]:
    stem = gold_path.name[: -len(".gold.json")]
    for suffix in SUFFIXES:
        cand = gold_path.with_name(stem + suffix)
        if cand.exists():
            return cand
    return None


# the fields the scorer reads as text: a string or null where present (a number there raised TypeError)
_TEXT_FIELDS = ("name", "role", "type", "kind", "text", "text_start", "text_end", "speaker", "via", "by", "of",
                "expression", "value", "event")


def _not_text(r: dict, section: str) -> Optional[str]:
    """The first field of record ``r`` the scorer cannot read as text; None when all can."""
    bad = next((f for f in _TEXT_FIELDS if r.get(f) is not None and not isinstance(r[f], str)), None)
    if bad is None and section == "actors" and not isinstance(r.get("name"), str):
        bad = "name"  # an actor is matched by its name
    aliases = r.get("aliases", [])
    if bad is None and not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
        bad = "aliases"
    return bad


def read_json(path: Path, what: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: malformed {what} ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: malformed {what} (not a JSON object)")
    for key in ("actors", "quotes", "demands", "timeline"):
        if not isinstance(data.get(key, []), list) or not all(isinstance(r, dict) for r in data.get(key, [])):
            raise InputError(f"{path}: malformed {what} ({key!r} is not a list of objects)")
        bad = next((f"{key}[{n}].{f}" for n, r in enumerate(data.get(key, [])) for f in [_not_text(r, key)] if f), None)
        if bad:
            raise InputError(f"{path}: malformed {what} ({bad} is not text)")
    return data


def evaluate_dir(gold_dir: str | Path, pred_dir: Optional[str | Path] = None,
                 progress: Optional[Callable] = None) -> list[dict[str, Any]]:
    """Score every article of ``gold_dir`` that has a gold file.

    Predictions come from running the extractors, or from ``pred_dir`` (``<stem>.json`` or
    ``<stem>/extract.json``). A missing or malformed prediction scores as empty and is flagged.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: not a directory")
    golds = sorted(gold_dir.glob("*.gold.json"))
    if not golds:
        raise InputError(f"{gold_dir}: no *.gold.json files")
    rows = []
    for gpath in (progress(golds) if progress else golds):
        gold = read_json(gpath, "gold file")
        stem = gpath.name[: -len(".gold.json")]
        gold.setdefault("id", stem)
        error = None
        if pred_dir is None:
            from .analysis import analyze

            article = find_article(gpath)
            if article is None:
                raise InputError(f"{gpath}: no article beside it ({stem}.txt/.md/.html)")
            pred = analyze(article).extraction.to_dict()
        else:
            cands = [Path(pred_dir) / f"{stem}.json", Path(pred_dir) / stem / "extract.json"]
            found = next((c for c in cands if c.exists()), None)
            try:
                if found is None:
                    raise InputError(f"{cands[0]}: no prediction")
                pred = read_json(found, "prediction")
            except InputError as exc:
                pred, error = {}, str(exc)
        row = score(pred, gold)
        row["id"] = stem
        row["error"] = error
        rows.append(row)
    return rows


SECTIONS = ("actors", "quotes", "demands", "conditions", "timeline")
COLUMNS = [("actors", "f1", "act F1"), ("actors", "type_accuracy", "type"), ("actors", "canonical_accuracy", "canon"),
           ("actors", "split", "split"), ("quotes", "precision", "quo P"), ("quotes", "recall", "quo R"),
           ("quotes", "f1", "quo F1"), ("quotes", "speaker_accuracy", "spk"), ("quotes", "attributed_recall", "attrR"),
           ("quotes", "via_accuracy", "via"), ("quotes", "end_accuracy", "qEnd"),
           ("demands", "precision", "dem P"), ("demands", "recall", "dem R"), ("demands", "by_accuracy", "by"),
           ("demands", "of_accuracy", "of"), ("conditions", "precision", "cnd P"), ("conditions", "recall", "cnd R"),
           ("timeline", "f1", "tim F1"), ("timeline", "value_accuracy", "value")]
# accuracies among matched pairs: micro-averaged by weighting each article with its matched pairs
WEIGHTED = {"actors": ("type_accuracy", "canonical_accuracy"),
            "quotes": ("speaker_accuracy", "kind_accuracy", "via_accuracy", "end_accuracy"),
            "demands": ("by_accuracy", "of_accuracy"), "conditions": ("by_accuracy", "of_accuracy"),
            "timeline": ("value_accuracy",)}


def totals(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro-averaged figures over all rows (counts summed, then P/R/F1; accuracies over all pairs)."""
    out: dict[str, Any] = {"id": "ALL (micro)"}
    for sec in SECTIONS:
        prf = PRF(*(sum(r[sec][k] for r in rows) for k in ("tp", "fp", "fn")))
        out[sec] = {"tp": prf.tp, "fp": prf.fp, "fn": prf.fn, "precision": prf.precision,
                    "recall": prf.recall, "f1": prf.f1}
    for sec, keys in WEIGHTED.items():
        for key in keys:
            scored = [r for r in rows if r[sec].get(key) is not None]
            den = sum(r[sec]["tp"] for r in scored)
            out[sec][key] = sum(r[sec][key] * r[sec]["tp"] for r in scored) / den if den else None
    out["actors"]["split"] = sum(r["actors"].get("split", 0) for r in rows)
    gold_quotes = sum(r["quotes"]["tp"] + r["quotes"]["fn"] for r in rows)
    attributed = sum((r["quotes"]["speaker_accuracy"] or 0) * r["quotes"]["tp"] for r in rows)
    out["quotes"]["attributed_recall"] = attributed / gold_quotes if gold_quotes else None
    for key in ("speaker_empty", "speaker_wrong_party"):
        out["quotes"][key] = sum(r["quotes"].get(key, 0) for r in rows)
    return out


def speaker_summary(total: dict[str, Any]) -> str:
    """One line on the speakers of the found quotes: right, left empty, credited to another party (the
    error the report must avoid), with the share of given speakers that are wrong."""
    q = total["quotes"]
    found = q["tp"]
    empty, wrong = q.get("speaker_empty", 0), q.get("speaker_wrong_party", 0)
    right = found - empty - wrong
    given = right + wrong
    share = f"{wrong / given:.2f}" if given else "—"
    return (f"speakers of {found} found quotes: {right} right, {empty} left empty, {wrong} credited to another "
            f"party ({share} of the {given} given)")


def format_table(rows: list[dict[str, Any]]) -> str:
    """A fixed-width table: one row per article and a micro-averaged total row."""
    head = ["article"] + [c[2] for c in COLUMNS]
    body = []
    for r in rows + [totals(rows)]:
        cells = [r["id"][:28] + (" !" if r.get("error") else "")]
        for sec, key, _ in COLUMNS:
            v = r[sec].get(key)
            cells.append("—" if v is None else str(v) if isinstance(v, int) else f"{v:.2f}")
        body.append(cells)
    widths = [max(len(x[i]) for x in [head] + body) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
             for row in [head] + body]
    lines.insert(1, "-" * len(lines[0]))
    lines.insert(len(lines) - 1, "-" * len(lines[0]))
    return "\n".join(lines)


def format_misses(rows: list[dict[str, Any]]) -> str:
    """What each article missed and what was spurious, section by section (Markdown)."""
    out = []
    for r in rows:
        items = []
        if r.get("error"):
            items.append(f"- prediction error: {r['error']}")
        for sec in SECTIONS:
            for what in ("missed", "spurious"):
                for x in r[sec].get(what, []):
                    items.append(f"- {sec} {what}: {x}")
        details = [("actors", "not_canonical", "actor name not canonical"), ("actors", "split_actors", "actor split"),
                   ("quotes", "wrong_speaker", "quotes wrong speaker"), ("quotes", "wrong_via", "quotes wrong via"),
                   ("quotes", "wrong_end", "quotes wrong end"), ("demands", "wrong_by_of", "demands wrong by/of"),
                   ("conditions", "wrong_by_of", "conditions wrong by/of")]
        for sec, key, label in details:
            for x in r[sec].get(key, []):
                items.append(f"- {label}: {x}")
        for x in r["timeline"].get("wrong_value", []):
            items.append(f"- timeline wrong value: {x}")
        if items:
            out.append(f"## {r['id']}\n" + "\n".join(items))
    return "\n\n".join(out) or "Nothing missed, nothing spurious."
