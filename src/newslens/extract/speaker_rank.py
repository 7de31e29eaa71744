"""Speaker candidates and their features, for the learned speaker ranker (``rank.py``, weights in
``data/rankers/speaker.json``, fitted by ``bench/train_speakers.py``).

A quote's candidates are the actors the mention layer (``_Doc.mention``) finds around it (from three
sentences before the quote or its speech verb to one sentence after: the attribution line of a block
quote), the speakers of the three previous quotes, and the rules' choice. Each candidate is described
by GENERAL facts only: the actor's type, the kind of its nearest mention (name, role, noun, pronoun,
group), its case and the closed-class preposition before it, where it stands relative to the speech
verb (adjacent before or after, same sentence, how many sentences and paragraphs back), agreement
with the verb's gender and number, whether it stands inside this or another quote or in the
attribution clause, whether it spoke the previous quotes, and its salience (how often the text
mentions it). No word identity of an open class is a feature.

Linear: each quote reads a bounded window of sentences and the last few quotes.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from ..clauses import Clause, clause_of, sentence_clauses
from ..lexicon import role_words
from ..model import Actor
from .quote_doc import ACCORDING, COMPLEMENTIZERS, _agrees_at, _Doc, _Found, _quoted_spans, _verb_gender, in_oblique, is_dash
from .quote_doc import mention_nominative

CLAUSE_FEATURES = True  # the clause features (clauses.py); bench/train_speakers.py --no-clauses turns them off
BACK = 3  # sentences before the quote (or its verb) searched for candidates
AHEAD = 1  # sentences after it (a block quote's attribution line)
RECENT = 3  # previous quotes whose speakers are candidates
PREPS = frozenset({"od", "do", "wobec", "przez", "dla", "z", "ze", "w", "we", "na", "według", "o", "u", "za",
                   "przed", "po", "przy", "wśród"})  # closed class: the preposition before a mention
PRONOUNS = frozenset({"on", "ona", "ono", "oni", "one", "niego", "niej", "nich", "jego", "jej", "ich"})


@dataclass(frozen=True)
class Candidate:
    actor: Actor
    features: dict


def _kind(doc: _Doc, m: tuple[Actor, int, int]) -> str:
    """The mention's kind, from what the mention layer left in the document: a name has no head."""
    h = doc.head.get(m[1])
    if h is None:
        return "name"
    if doc.gram.get(m[1]) == frozenset({"pl"}) and doc.toks[h].lower not in PRONOUNS:
        return "group"
    if doc.toks[h].lower in PRONOUNS:
        return "pronoun"
    return "role" if doc.toks[h].lemma.lower() in role_words() else "noun"


def _salience(doc: _Doc) -> dict[str, int]:
    """Mentions per actor name in the whole text (once per document)."""
    cached = doc.__dict__.get("_rank_salience")
    if cached is None:
        cached = {}
        for k, m in doc.mention.items():
            if k == m[1]:
                cached[m[0].name] = cached.get(m[0].name, 0) + 1
        doc.__dict__["_rank_salience"] = cached
    return cached


def _prep(doc: _Doc, m: tuple[Actor, int, int]) -> Optional[str]:
    """The preposition right before the mention (past up to two lower-case adjectives or a classifier
    noun: "od ministra Nowaka", "w rozmowie z portalem X"), as a closed-class word; None when none."""
    k = m[1] - 1
    for _ in range(3):
        if k < 0 or doc.toks[k].sent != doc.toks[m[1]].sent:
            return None
        t = doc.toks[k]
        if t.pos == "prep":
            return t.lower if t.lower in PREPS else "other"
        if not t.is_word or t.is_title or k in doc.mention or t.pos not in ("adj", "subst", "ppas", "pact"):
            return None
        k -= 1
    return None


def _mention_features(doc: _Doc, f: _Found, m: tuple[Actor, int, int], v: int, qa: int, qb: int,
                      gender: Optional[str], others) -> dict:
    toks = doc.toks
    out: dict = {}
    out["kind=" + _kind(doc, m)] = 1.0
    nom = mention_nominative(doc, m)
    obl = in_oblique(doc, m)
    out["nom" if nom and not obl else "oblique" if obl else "not_nom"] = 1.0
    p = _prep(doc, m)
    if p is not None:
        out["prep=" + p] = 1.0
    sv, sm = doc.sent_of(v), doc.sent_of(m[1])
    inside = qa <= m[1] <= qb
    if inside:
        out["in_this_quote"] = 1.0
    elif toks[m[1]].idx in others:
        out["in_other_quote"] = 1.0
    if f.attr_span != (0, 0) and f.attr_span[0] <= m[1] < f.attr_span[1]:
        out["in_attr"] = 1.0
    if m[2] == v - 1 or (m[2] == v - 2 and toks[v - 1].pos in ("adv", "qub")):
        out["pos=adj_before"] = 1.0
    elif v < m[1] <= v + 2:
        out["pos=adj_after"] = 1.0
    elif sm == sv:
        out["pos=sent_before" if m[1] < v else "pos=sent_after"] = 1.0
    elif sm > sv:
        out["pos=later_sent"] = 1.0
    else:
        out["pos=back%d" % min(sv - sm, 3)] = 1.0
    if sm == sv and m[1] > v and not inside and m[1] < qa:
        out["between_verb_quote"] = 1.0
    if sm == sv and m[1] < v and all(j not in doc.mention or doc.mention[j][1] == m[1]
                                     for j in range(doc.sent_range(sv)[0], m[1])):
        out["first_in_sent"] = 1.0
    dp = doc.para[v] - doc.para[m[1]]
    out["para=%s" % ("same" if dp == 0 else "prev" if dp == 1 else "next" if dp < 0 else "far")] = 1.0
    out["dist"] = math.log1p(abs(v - m[1])) / 3.0
    out["_at"] = m[1]
    if gender is not None:
        out["agree" if _agrees_at(doc, gender, m) else "disagree"] = 1.0
    if m[1] > 0 and m[1] not in doc.head and toks[m[1] - 1].lemma.lower() in role_words() \
            and toks[m[1] - 1].is_word and (toks[m[1] - 1].text[:1].islower() or toks[m[1] - 1].sent_start):
        out["role_complement"] = 1.0  # "rzecznik Kremla", "Szef MON": the role's genitive complement
        holder = doc.mention.get(m[1] - 1)
        if holder is not None and holder[0].type == "person":
            out["holder_named"] = 1.0  # the role itself names a person: the body is only whose role it is
    if m[1] > 0 and is_dash(doc, m[1] - 1):
        out["after_dash"] = 1.0
    if sm == sv and not inside:
        lo, hi = (m[2] + 1, v) if m[1] < v else (v + 1, m[1])
        if any(_clause_break(doc, j) for j in range(lo, hi)):
            out["clause_break"] = 1.0
        elif nom and not obl and out.get("agree", 1.0 if gender is None else 0.0):
            out["subject_like"] = 1.0  # nominative, no preposition, agreeing, in the verb's own clause
        side = "before" if m[1] < v else "after"
        case = "nom" if nom and not obl else "obl"
        out["%s&%s&%s" % (side, case, "break" if "clause_break" in out else "clause")] = 1.0
    return out


def _verb_clauses(doc: _Doc, v: int) -> Optional[tuple[Clause, bool, Optional[Clause]]]:
    """(the speech verb's clause, whether the verb is its predicate, the nearest clause before it with a
    subject and a predicate agreeing in number and gender: the one a pro-drop verb continues)."""
    c = clause_of(doc.text, v)
    if c is None:
        return None
    own = c.predicate is not None and c.predicate.tok == v
    prev = None
    if own:
        before = [x for x in sentence_clauses(doc.text, c.sent) if x.start < c.start]
        if c.sent > 0:
            before = list(sentence_clauses(doc.text, c.sent - 1)) + before
        for x in sorted(before, key=lambda x: -x.start):  # the nearest main clause with a subject
            if x.subject is None or x.predicate is None or x.dependent:
                continue
            prev = x if _same_agreement(x, c) else None
            break
    return c, own, prev


def _same_agreement(x: Clause, c: Clause) -> bool:
    p, q = x.predicate, c.predicate
    if p.number != q.number or p.person != q.person:
        return False
    return not p.genders or not q.genders or bool(p.genders & q.genders)


def _heads(m: tuple[Actor, int, int], phrase) -> bool:
    """The mention covers the phrase's head word or stands in its name ("rzecznik resortu Jan Nowak":
    the role noun or the name, never "resortu")."""
    if phrase is None:
        return False
    return m[1] <= phrase.head <= m[2] or (phrase.name is not None and phrase.name[0] <= m[1] < phrase.name[1])


def _within(k: int, phrase) -> bool:
    return phrase is not None and phrase.start <= k < phrase.end


def _clause_features(doc: _Doc, ctx, m: tuple[Actor, int, int]) -> dict:
    """Where the mention stands in the clause structure (``clauses.py``) relative to the speech verb."""
    if ctx is None:
        return {}
    c, own, prev = ctx
    k = m[1]
    out: dict = {}
    if own:
        if _heads(m, c.subject):
            out["cl_subject"] = 1.0
        elif _within(k, c.subject):
            out["cl_subject_part"] = 1.0  # a genitive complement or an apposition inside the subject phrase
        elif c.subject is not None:
            out["cl_other_subject"] = 1.0
        if any(_within(k, o) for o in c.objects):
            out["cl_object"] = 1.0
        if any(_within(k, p) for p in c.pps):
            out["cl_pp"] = 1.0
        if prev is not None and _heads(m, prev.subject):
            out["cl_prev_subject" if c.subject is None else "cl_prev_subject&own"] = 1.0
    if doc.toks[k].sent == c.sent:
        mc = clause_of(doc.text, k)
        if mc is not None and mc is not c:
            if mc.dependent:
                out["cl_in_dependent"] = 1.0
            out["cl_dist=%s" % ("1" if abs(mc.index - c.index) == 1 else "2+")] = 1.0
        elif mc is c:
            out["cl_same"] = 1.0
    return out


def _clause_break(doc: _Doc, j: int) -> bool:
    t = doc.toks[j]
    return t.text in ",;:()" or t.lower in COMPLEMENTIZERS or t.lemma.lower() == "który" or is_dash(doc, j) \
        or t.text in "„”\"«»"


def _first(feats: dict) -> int:
    return feats["_at"]


def _unnamed_subject(doc: _Doc, v: int) -> bool:
    """The speech verb's clause has a subject that names no actor: a nominative common noun (or "jedna z",
    "jeden z") that no mention covers, not governed by a preposition, before the verb back to the clause
    start ("Obrońca Adama W. przekonywał", "Minister zapewnił") or after it past adjuncts ("– pytała
    podczas spotkania jedna z mieszkanek", "jak szacują prawnicy")."""
    toks = doc.toks
    a, b = doc.sent_range(doc.sent_of(v))

    def unnamed(j: int) -> Optional[bool]:  # True: such a subject; False: a name or a clause break; None: go on
        t = toks[j]
        if j in doc.mention:
            m = doc.mention[j]
            return False if mention_nominative(doc, m) and not in_oblique(doc, m) else None
        if _clause_break(doc, j):
            return False
        r = t.reading
        if r is None or not t.is_word:
            return None
        if t.lemma.lower() == "jeden" and j + 1 < b and toks[j + 1].lower == "z":
            return True
        prep = j > a and toks[j - 1].pos == "prep"
        if r.pos == "subst" and r.has("nom") and not r.is_proper and not prep and (t.text[:1].islower() or t.sent_start):
            return True
        return None

    for j in range(v - 1, max(a, v - 6) - 1, -1):
        got = unnamed(j)
        if got is not None:
            if got:
                return True
            break
    for j in range(v + 1, min(b, v + 6)):
        got = unnamed(j)
        if got is not None:
            return got
    return False


def _quoted(feats: dict) -> bool:
    return "in_this_quote" in feats or "in_other_quote" in feats


def _rank_key(feats: dict) -> tuple:
    """Which of an actor's mentions describes it: outside quotes first, then the nearest to the verb."""
    return (feats.get("in_this_quote", 0.0) + feats.get("in_other_quote", 0.0), feats["dist"])


def candidates(doc: _Doc, f: _Found, prior: Sequence[tuple[Optional[Actor], _Found]],
               rule: Optional[Actor], rule_explicit: bool) -> list[Candidate]:
    """The quote ``f``'s speaker candidates with their features. ``prior``: the earlier quotes (text
    order) with their speakers; ``rule``: the rules' speaker for ``f``."""
    toks = doc.toks
    qa = doc.tok_index(f.start)
    qb = doc.tok_index(max(f.start, f.end - 1))
    v = f.verb_tok if f.verb_tok is not None else qa
    gender = _verb_gender(toks[v]) if f.verb_tok is not None else None
    s0 = max(0, doc.sent_of(min(v, qa)) - BACK)
    s1 = min(len(doc.text.sents) - 1, doc.sent_of(max(v, qb)) + AHEAD)
    a, b = doc.sent_range(s0)[0], doc.sent_range(s1)[1]
    others = _quoted_spans(doc)
    best: dict[str, dict] = {}
    actors: dict[str, Actor] = {}
    counts: dict[str, int] = {}
    in_quote_only: dict[str, bool] = {}
    ctx = _verb_clauses(doc, f.verb_tok) if f.verb_tok is not None and CLAUSE_FEATURES else None
    for k in range(a, b):
        m = doc.mention.get(k)
        if m is None or m[1] != k:
            continue
        name = m[0].name
        feats = _mention_features(doc, f, m, v, qa, qb, gender, others)
        if ctx is not None:
            feats.update(_clause_features(doc, ctx, m))
        counts[name] = counts.get(name, 0) + 1
        quoted = "in_this_quote" in feats or "in_other_quote" in feats
        in_quote_only[name] = in_quote_only.get(name, True) and quoted
        if name not in best or _rank_key(feats) < _rank_key(best[name]):
            best[name], actors[name] = feats, m[0]
    speakers = [s for s, _ in prior if s is not None]
    recent: list[str] = []
    for s in reversed(speakers):
        if s.name not in recent:
            recent.append(s.name)
            actors.setdefault(s.name, s)
        if len(recent) == RECENT:
            break
    if rule is not None:
        actors.setdefault(rule.name, rule)
    sal = _salience(doc)
    top = max((n for n in sal if actors.get(n) is None or actors[n].type != "place"), key=lambda n: sal[n],
              default=None)
    said = {}
    for s in speakers:
        said[s.name] = said.get(s.name, 0) + 1
    by_dist = sorted((best[n]["dist"], n) for n in best if not _quoted(best[n]))
    nearest = {n: i for i, (_, n) in enumerate(by_dist)}
    by_dist_nom = [n for _, n in by_dist if "nom" in best[n]]
    like = [(abs(v - _first(best[n])), n) for n in best if "subject_like" in best[n]]
    nearest_subject = min(like)[1] if like else None
    unnamed = _unnamed_subject(doc, v) if f.verb_tok is not None else False
    prev = prior[-1] if prior else None
    verbless = f.verb_tok is None
    r = toks[f.verb_tok].reading if f.verb_tok is not None else None
    verb_pos = None if r is None else "imps" if r.pos == "imps" else "noun" if r.pos in ("subst", "ger") \
        else "1st" if r.has("pri") else None  # "podano", "zdaniem", "domagamy się": grammatical classes
    according = f.verb_tok is not None and toks[f.verb_tok].lower in ACCORDING
    out = []
    for name, actor in actors.items():
        feats = dict(best.get(name) or {"no_mention": 1.0})
        feats["bias"] = 1.0
        if name in nearest and nearest[name] < 3:
            feats["nearest_rank=%d" % nearest[name]] = 1.0
        if by_dist_nom and by_dist_nom[0] == name:
            feats["nearest_nom"] = 1.0
        if gender is not None:
            feats["verb_%s&type=%s" % ("pl" if gender == "pl" else "sg", actor.type)] = 1.0
        if name == nearest_subject:
            feats["nearest_subject"] = 1.0
        if nearest_subject is not None and name != nearest_subject:
            feats["other_subject"] = 1.0  # another candidate is the verb's subject
        if unnamed:
            feats["unnamed_subject"] = 1.0
        feats["type=" + actor.type] = 1.0
        feats["window_count"] = math.log1p(counts.get(name, 0))
        if in_quote_only.get(name):
            feats["only_quoted"] = 1.0
        feats["salience"] = math.log1p(sal.get(name, 0)) / 2.0
        if name == top:
            feats["most_mentioned"] = 1.0
        if said.get(name):
            feats["spoke_before"] = math.log1p(said[name])
        if prev is not None and prev[0] is not None and prev[0].name == name:
            feats["prev_speaker"] = 1.0
            if doc.para[qa] - doc.para[doc.tok_index(prev[1].start)] <= 1:
                feats["prev_speaker_near"] = 1.0
            if verbless:
                feats["verbless&prev_speaker"] = 1.0
        if name in recent:
            feats["recent_speaker"] = 1.0
        if verbless:
            feats["verbless&type=" + actor.type] = 1.0
        if according:
            feats["according&" + ("adj_after" if "pos=adj_after" in feats else "other")] = 1.0
        elif verb_pos is not None:
            feats["verb=%s&type=%s" % (verb_pos, actor.type)] = 1.0
        feats["quote=" + f.kind + "&type=" + actor.type] = 1.0
        if rule is not None and rule.name == name:
            feats["rule"] = 1.0
        if rule is None and rule_explicit:
            feats["rule_unnamed"] = 1.0
        feats.pop("_at", None)
        out.append(Candidate(actor, feats))
    return out


RULE_FEATURES = ("rule", "rule_unnamed")


def without_rule(feats: dict) -> dict:
    """The features that do not depend on the rules' choice."""
    return {k: v for k, v in feats.items() if k not in RULE_FEATURES}


@dataclass(frozen=True)
class Thresholds:
    """When the ranker's choice would stand instead of the rules' (issue #13: a wrong name is worse than
    none). Not wired in: chosen leave-one-batch-out (bench/train_speakers.py --grid), the best rule that
    names no more wrong parties than the rules changed no quote of C, E or F (session 10)."""
    over: float  # it REPLACES a named rules' choice only at this probability or more …
    margin: float  # … and this much more probable than the rules' choice
    fill: float  # it FILLS a speaker the rules left empty (and did not leave empty on purpose) from this on


def probabilities(weights: dict, feats: Sequence[dict]) -> list[float]:
    """Every candidate's softmax probability against "none" (which scores 0)."""
    scores = [sum(weights.get(k, 0.0) * v for k, v in x.items()) for x in feats]
    top = max([0.0] + scores)
    z = math.exp(-top) + sum(math.exp(x - top) for x in scores)
    return [math.exp(x - top) / z for x in scores]


def decide(probs: Sequence[float], rule: Optional[int], named: bool, deliberate: bool,
           th: Thresholds) -> Optional[int]:
    """The candidate that replaces or fills the rules' speaker, or None: the rules' answer stands.

    ``probs``: the candidates' probabilities; ``rule``: the index of the rules' speaker among them (None
    when it is not a candidate); ``named``: the rules named a speaker; ``deliberate``: the rules left it
    empty on purpose (an explicit subject that names no one: "mówiła jedna z mieszkanek"), which the
    ranker never fills. Ties go to the earlier candidate."""
    if not probs:
        return None
    best = max(range(len(probs)), key=lambda i: (probs[i], -i))
    p = probs[best]
    if named:
        if best == rule:
            return None
        held = probs[rule] if rule is not None else 0.0
        return best if p >= th.over and p - held >= th.margin else None
    if deliberate:
        return None
    return best if p >= th.fill else None


FILL_THRESHOLD = 0.6  # (fill_empty, the earlier experiment: bench/train_speakers.py)


def choose(doc: _Doc, results: Sequence[_Found], ranker=None) -> list[tuple[Optional[Actor], float]]:
    """The ranker's choice (actor or None, probability) for every quote of ``results`` (text order
    taken from their starts), with the rules' speakers as the earlier speakers and the rule feature."""
    from .. import rank

    ranker = ranker or rank.load("speaker")
    out: list[tuple[Optional[Actor], float]] = []
    prior: list[tuple[Optional[Actor], _Found]] = []
    for f in sorted(results, key=lambda f: f.start):
        cands = candidates(doc, f, prior, f.speaker, f.explicit)
        c = ranker.choose([x.features for x in cands])
        out.append((cands[c.index].actor if c.index is not None else None, c.probability))
        prior.append((f.speaker, f))
    return out


def fill_empty(doc: _Doc, results: Sequence[_Found]) -> None:
    """Where the rules left a quote's speaker empty, the ranker's candidate when its probability is at
    least FILL_THRESHOLD (never a rule's named choice overridden). Not called by ``extract_quotes``: on
    the dev gold it named speakers where table rows deliberately leave none (README, round 8); one line
    after ``_speaker_from_body`` wires it in."""
    if all(f.speaker is not None for f in results):
        return
    ordered = sorted(results, key=lambda f: f.start)
    empty = [f for f in ordered if f.speaker is None]
    from .. import rank

    ranker = rank.load("speaker")
    prior: list[tuple[Optional[Actor], _Found]] = []
    chosen = {}
    for f in ordered:
        if f.speaker is None:
            cands = candidates(doc, f, prior, None, f.explicit)
            c = ranker.choose([x.features for x in cands])
            if c.index is not None and c.probability >= FILL_THRESHOLD:
                chosen[id(f)] = cands[c.index].actor
        prior.append((f.speaker, f))
    for f in empty:
        if id(f) in chosen:
            f.speaker = chosen[id(f)]
