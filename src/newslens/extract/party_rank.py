"""Candidates and features for the learned choice of a demand's parties: ``of`` (the addressee), then
``by`` (the demander).

A demand frame's candidates are the parties the mention layer finds around it: in the frame's clause,
its sentence, the two sentences before, its paragraph and the sentence of its first item; the speaker
of the quote holding it; the sender of a letter named in its sentence or the one before; the previous
frame's parties. For ``of`` a candidate is a named actor or a coordination of named actors ("od X i
Y"); for ``by`` a party (a named actor or a group). Every candidate is described by GENERAL features
(grammar and position, never a word of an open class): the kind of mention, its case, the preposition
before it (a closed class), where it stands relative to the trigger and the items, how far, agreement
with the verb's number, inside a quote, the actor's type and salience, and whether it is the quote's
speaker, the previous frame's party or the letter's sender. ``rank.Ranker`` scores them
(``data/rankers/demand_of.json``, ``demand_by.json``, fitted by ``bench/train_parties.py``).

Cost: the document's mentions are listed once (``Context``); a frame looks at the mentions of a window
of at most a few hundred tokens around its trigger, found by bisection.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Optional, Sequence

from ..model import Actor
from ..nlp import CASES
from .demand_parties import Party

PREPS = {"od": "od", "ode": "od", "do": "do", "wobec": "wobec", "przez": "przez", "dla": "dla", "z": "z",
         "ze": "z", "na": "na", "w": "w", "we": "w", "o": "o", "u": "u", "przed": "przed"}
COORD = frozenset({",", "i", "oraz", "a", "ani", "także", "również", "od", "ode", "do", "wobec"})
WINDOW = 200  # tokens either side of the trigger, at most


@dataclass(frozen=True)
class _M:
    """One mention: tokens [a, b], head token h, its kind and party."""

    a: int
    b: int
    h: int
    kind: str
    party: Party


@dataclass(frozen=True)
class Candidate:
    names: tuple[str, ...]  # the party's name (``by``) or the actors' names (``of``)
    party: Optional[Party]  # ``by``: the party
    actors: tuple[Actor, ...]  # ``of``: the actors
    feats: dict


class Context:
    """The document's mentions (listed once) and what every frame's features read."""

    def __init__(self, doc, P) -> None:
        self.doc, self.P = doc, P
        toks = doc.toks
        seen: dict[int, _M] = {}
        for m, a, b, h in P.layer.values():
            if a not in seen:
                party = P.party_at(a)
                if party is not None:
                    seen[a] = _M(a, b, h, m.kind, party)
        for k, (actor, a, b) in doc.mention.items():
            if k == a and a not in seen and not any(j in P.layer for j in range(a, b + 1)):
                seen[a] = _M(a, b, b, "name", Party(actor.name, False, actor))
        self.mentions = [seen[a] for a in sorted(seen)]
        self.starts = [m.a for m in self.mentions]
        self.salience: dict[str, int] = {}
        for m in self.mentions:
            self.salience[m.party.name] = self.salience.get(m.party.name, 0) + 1
        # paragraph bounds by paragraph number
        self.para_lo: dict[int, int] = {}
        self.para_hi: dict[int, int] = {}
        for t in toks:
            p = doc.para[t.i]
            self.para_lo.setdefault(p, t.i)
            self.para_hi[p] = t.i + 1

    def window(self, f) -> list[_M]:
        doc, toks = self.doc, self.doc.toks
        s = toks[f.trig].sent
        p = doc.para[f.trig]
        lo = min(doc.sent_range(max(0, s - 2))[0], self.para_lo[p])
        hi = max(doc.sent_range(s)[1], self.para_hi[p])
        if f.items:
            hi = max(hi, doc.sent_range(toks[f.items[0][0]].sent)[1])
        hi = max(hi, doc.sent_range(min(s + 2, len(doc.text.sents) - 1))[1])  # a party answering next
        lo, hi = max(lo, f.trig - WINDOW), min(hi, f.trig + WINDOW)
        i, j = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        return self.mentions[i:j]


def _verb_number(t) -> Optional[str]:
    tag = t.reading.tag if t.reading else ""
    if t.pos not in ("fin", "praet", "bedzie", "impt"):
        return None
    return "sg" if ":sg" in tag else "pl" if ":pl" in tag else None


def _same_clause(toks, m: _M, trig: int) -> bool:
    """No punctuation and no other finite verb between the mention and the trigger (one clause)."""
    a, b = (m.b + 1, trig) if m.a < trig else (trig + 1, m.a)
    if b - a > 12:
        return False
    return not any(toks[j].is_punct or toks[j].pos in ("fin", "praet") for j in range(a, b))


def _mention_feats(ctx: Context, f, m: _M, verb_num: Optional[str], quoted: list) -> tuple[dict, float]:
    """The binary facts of one mention relative to frame ``f``, and its token distance to the trigger."""
    doc, toks = ctx.doc, ctx.doc.toks
    s = toks[f.trig].sent
    ms = toks[m.a].sent
    in_item = any(a <= m.a < b for a, b in f.items[:3])
    if in_item:
        region = "item"
    elif ms == s:
        region = "before" if m.a < f.trig else "after"
    elif ms < s and ms >= s - 2:
        region = "prev"
    elif doc.para[m.a] == doc.para[f.trig]:
        region = "para"
    elif ms > s and ms <= s + 2:
        region = "next"
    else:
        region = "other"
    prev_tok = toks[m.a - 1] if m.a > 0 else None
    prep = "none"
    if prev_tok is not None and prev_tok.sent == ms:
        if prev_tok.lower in PREPS:
            prep = PREPS[prev_tok.lower]
        elif prev_tok.pos == "prep":
            prep = "other"
    head = toks[m.h]
    cases = [c for c in CASES if head.reading is not None and head.reading.has(c)] or ["none"]  # the tagger's reading
    out = {f"kind_{m.kind}": 1.0, f"{region}": 1.0, f"{region}_prep_{prep}": 1.0}
    if region in ("before", "after") and _same_clause(toks, m, f.trig):
        out[f"{region}_clause"] = 1.0
    for c in cases:
        out[f"{region}_case_{c}"] = 1.0
        if prep == "none":
            out[f"{region}_bare_{c}"] = 1.0
    if quoted[m.a]:
        out["quoted"] = 1.0
    if verb_num and region in ("before", "after") and prep == "none" and any(
            r.has("nom") and r.has(verb_num) for r in head.readings):
        out[f"nom_agree_{region}"] = 1.0
    return out, abs(m.a - f.trig)


def _merge(feats: dict, new: dict) -> None:
    for k, v in new.items():
        if v > feats.get(k, 0.0):
            feats[k] = v


def _frame_facts(ctx: Context, f, quoted_frame: bool):
    toks = ctx.doc.toks
    t = toks[f.trig]
    tag = t.reading.tag if t.reading else ""
    first = ":pri" in tag and t.pos in ("fin", "impt", "bedzie", "praet")
    verbal = t.pos in ("fin", "praet", "inf", "impt", "bedzie", "pcon", "ger")
    end = f.items[0][0] if f.items and f.items[0][0] > f.trig else f.trig
    lead_prep = any(toks[j].lower in ("od", "ode", "wobec", "do") for j in range(f.trig, min(end, f.trig + 30)))
    return {"first": first, "verbal": verbal, "quoted": quoted_frame, "inherit": bool(f.inherit),
            "clause": bool(f.clause), "lead_prep": lead_prep}


def _finish(feats: dict, dist: float, n_mentions: int, salience: int, kind: str, facts: dict) -> dict:
    # what holds of the frame shifts every candidate against "none"
    for k, v in facts.items():
        if v:
            feats[f"frame_{k}"] = 1.0
    if n_mentions:
        feats["dist"] = min(dist, 60.0) / 20.0
        feats["near"] = 1.0 if dist <= 8 else 0.0
        feats["n_window"] = math.log1p(n_mentions)
    else:
        feats["unmentioned"] = 1.0
    feats["salience"] = math.log1p(salience) / 2.0
    feats[f"type_{kind}"] = 1.0
    # frame facts only matter in interaction with a candidate's facts
    for k in ("speaker", "sender", "prev_by", "before_bare_nom", "after_bare_nom", "nom_agree_before", "nom_agree_after",
              "before_clause", "after_clause",
              "pf_nom_agree_before", "pf_before_bare_nom"):
        if feats.get(k):
            if facts["first"]:
                feats[f"{k}_x_first"] = 1.0
            if facts["quoted"]:
                feats[f"{k}_x_quoted"] = 1.0
            if not facts["verbal"]:
                feats[f"{k}_x_noun"] = 1.0
    return {k: v for k, v in feats.items() if v}


def _speaker(P, f, at: int, quoted_frame: bool) -> Optional[Party]:
    return P.who_says(at) if quoted_frame else None


def _sender(P, s: int) -> Optional[Party]:
    for s0 in (s, s - 1):
        if s0 >= 0 and s0 in P.carrier_sents:
            got = P.carrier_author(s0)
            if got is not None:
                return got
    return None


def _prev_feats(ctx: Context, prev, f, near: bool) -> dict:
    """Name -> the facts of its mentions seen from the previous frame (its clause), when that is near."""
    if prev is None or not near:
        return {}
    toks = ctx.doc.toks
    verb_num = _verb_number(toks[prev.trig])
    out: dict[str, dict] = {}
    for m in ctx.window(prev):
        feats, _ = _mention_feats(ctx, prev, m, verb_num, ctx.P.quoted)
        keep = {f"pf_{k}": v for k, v in feats.items() if k.startswith(("before_", "after_", "nom_agree", "item_prep"))}
        if keep:
            _merge(out.setdefault(m.party.name, {}), keep)
    return out


def _near(ctx: Context, prev, f) -> bool:
    return prev is not None and ctx.doc.para[prev.trig] >= ctx.doc.para[f.trig] - 3


def of_candidates(ctx: Context, f, prev, by: Optional[Party], quoted_frame: bool,
                  rule: Sequence[Actor] = (), with_rule: bool = False, use_prev: bool = True) -> list[Candidate]:
    """The addressee candidates of frame ``f`` (named actors and coordinations of them). ``use_prev``:
    the previous frame's answers (``prev.of``, ``prev.by``) are candidates and features; ``by`` and
    ``rule`` (the rules' answers for this frame) are read only ``with_rule``."""
    toks, P = ctx.doc.toks, ctx.P
    at = f.items[0][0] if f.items else f.trig
    facts = _frame_facts(ctx, f, quoted_frame)
    verb_num = _verb_number(toks[f.trig])
    near = _near(ctx, prev, f)
    ms = [m for m in ctx.window(f) if m.party.actor is not None]
    cands: dict[tuple[str, ...], list] = {}  # names -> [feats, min distance, mentions, actors]

    def add(actors: tuple[Actor, ...], feats: dict, dist: float, n: int) -> None:
        key = tuple(a.name for a in actors)
        got = cands.setdefault(key, [{}, 1e9, 0, actors])
        _merge(got[0], feats)
        got[1] = min(got[1], dist)
        got[2] += n

    mf = [_mention_feats(ctx, f, m, verb_num, P.quoted) for m in ms]
    for m, (feats, dist) in zip(ms, mf):
        add((m.party.actor,), feats, dist, 1)
    # coordinations: "od X i Y", "do X oraz do Y", "X, Y"
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and ms[j + 1].a > ms[j].b and ms[j + 1].a - ms[j].b <= 3 and \
                toks[ms[j + 1].a].sent == toks[ms[j].a].sent and \
                all(toks[x].lower in COORD for x in range(ms[j].b + 1, ms[j + 1].a)):
            j += 1
        if j > i:
            actors = tuple(dict.fromkeys(m.party.actor for m in ms[i:j + 1]))
            if len(actors) > 1:
                feats: dict = {"list": 1.0}
                for x in range(i, j + 1):
                    _merge(feats, mf[x][0])
                add(actors, feats, min(mf[x][1] for x in range(i, j + 1)), j - i + 1)
        i = j + 1
    # the parties of the frame's sentence each after an addressee preposition ("do X … oraz do Y")
    s = toks[f.trig].sent
    shared: dict[str, list] = {}
    for m, (feats, _) in zip(ms, mf):
        if toks[m.a].sent == s:
            for prep in ("od", "do", "wobec"):
                if feats.get(f"before_prep_{prep}") or feats.get(f"after_prep_{prep}"):
                    shared.setdefault(prep, []).append(m)
    for prep, got in shared.items():
        actors = tuple(dict.fromkeys(m.party.actor for m in got))
        if 1 < len(actors) <= 4:
            feats = {"list": 1.0, f"shared_{prep}": 1.0}
            for m, (mfeats, _) in zip(ms, mf):
                if m in got:
                    _merge(feats, mfeats)
            add(actors, feats, min(abs(m.a - f.trig) for m in got), len(got))
    by_name = {m.party.name: m.party.actor for m in ms}
    for name, feats in _prev_feats(ctx, prev, f, near).items():
        actor = by_name.get(name) or P.by_name.get(name)
        if actor is not None:
            add((actor,), feats, 1e9, 0)
    speaker = _speaker(P, f, at, quoted_frame)
    if speaker is not None and speaker.actor is not None:
        add((speaker.actor,), {"speaker": 1.0}, 1e9, 0)
    sender = _sender(P, toks[f.trig].sent)
    if sender is not None and sender.actor is not None:
        add((sender.actor,), {"sender": 1.0}, 1e9, 0)
    if use_prev and prev is not None and prev.of:
        add(tuple(prev.of), {"prev_of": 1.0, **({"prev_of_near": 1.0} if near else {}),
                             **({"list": 1.0} if len(prev.of) > 1 else {})}, 1e9, 0)
    if with_rule:
        if rule:
            add(tuple(rule), {"rule": 1.0, **({"list": 1.0} if len(rule) > 1 else {})}, 1e9, 0)
    out = []
    for key, (feats, dist, n, actors) in cands.items():
        feats = dict(feats)
        if with_rule and by is not None and by.actor is not None and by.actor in actors:
            feats["is_by"] = 1.0
        if use_prev and prev is not None and prev.by is not None and prev.by.actor is not None \
                and prev.by.actor in actors:
            feats["prev_by"] = 1.0
        kind = "list" if len(actors) > 1 else actors[0].type
        sal = min(ctx.salience.get(a.name, 0) for a in actors)
        out.append(Candidate(key, None, actors, _finish(feats, dist, n, sal, kind, facts)))
    return out


def by_candidates(ctx: Context, f, prev, quoted_frame: bool, rule: Optional[Party] = None,
                  with_rule: bool = False, use_prev: bool = True, of: Sequence[Actor] = ()) -> list[Candidate]:
    """The demander candidates of frame ``f`` (named actors and groups). ``use_prev``: the previous
    frame's answers are candidates and features; ``of``: this frame's addressees (no party demands of
    itself); ``rule`` (the rules' answer) is read only ``with_rule``."""
    toks, P = ctx.doc.toks, ctx.P
    at = f.items[0][0] if f.items else f.trig
    facts = _frame_facts(ctx, f, quoted_frame)
    verb_num = _verb_number(toks[f.trig])
    near = _near(ctx, prev, f)
    cands: dict[str, list] = {}

    def add(party: Party, feats: dict, dist: float, n: int) -> None:
        got = cands.setdefault(party.name, [{}, 1e9, 0, party])
        _merge(got[0], feats)
        got[1] = min(got[1], dist)
        got[2] += n

    parties = {}
    for m in ctx.window(f):
        feats, dist = _mention_feats(ctx, f, m, verb_num, P.quoted)
        add(m.party, feats, dist, 1)
        parties[m.party.name] = m.party
    if prev is not None and near:
        for m in ctx.window(prev):
            parties.setdefault(m.party.name, m.party)
        for name, feats in _prev_feats(ctx, prev, f, near).items():
            add(parties[name], feats, 1e9, 0)
    speaker = _speaker(P, f, at, quoted_frame)
    if speaker is not None:
        add(speaker, {"speaker": 1.0}, 1e9, 0)
    sender = _sender(P, toks[f.trig].sent)
    if sender is not None:
        add(sender, {"sender": 1.0}, 1e9, 0)
    if use_prev and prev is not None and prev.by is not None:
        add(prev.by, {"prev_by": 1.0, **({"prev_by_near": 1.0} if near else {}),
                      **({"prev_by_x_inherit": 1.0} if f.inherit else {})}, 1e9, 0)
    if with_rule and rule is not None:
        add(rule, {"rule": 1.0}, 1e9, 0)
    out = []
    for name, (feats, dist, n, party) in cands.items():
        feats = dict(feats)
        if use_prev and prev is not None and prev.of and party.actor is not None and party.actor in prev.of:
            feats["prev_of"] = 1.0
        if party.actor is not None and party.actor in of:
            feats["is_of"] = 1.0
        kind = "group" if party.group else (party.actor.type if party.actor is not None else "other")
        out.append(Candidate((name,), party, (), _finish(feats, dist, n, ctx.salience.get(name, 0), kind, facts)))
    return out
