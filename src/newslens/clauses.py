"""Clauses of a sentence over morfeusz2's tags: where each clause starts, what opens it, its finite
predicate, the nominative subject agreeing with it, its objects and prepositional phrases, negation,
and the clause it depends on. No parser: closed-class words (``data/clause_words.tsv``), punctuation
and agreement.

    sentence_clauses(text, s) -> tuple[Clause, ...]   # sentence s of an ``nlp.Text``, worked out once
    clause_of(text, k) -> Optional[Clause]             # the clause holding token k

A sentence is cut at punctuation and opening words: a comma before a complementizer ("że", "żeby",
"bo", "gdy", "jeśli" …, kind ``comp``), a relative or interrogative word ("który", "co", "gdzie" …,
also after a preposition: ", z którym", kind ``rel``), a coordinator ("i", "a", "ale" …, ``coord``), a
plain comma (``comma``), a dash (``dash``: reported speech or an aside), a colon (``colon``), quotation
marks (``quote``), parentheses (``aside``). A stretch without a finite verb is no clause: it joins the
clause before it (a list, an apposition between commas or dashes, an adverbial between commas), and a
stretch with a verb after a dependent clause continues the clause that the dependent clause
interrupted when that one had no verb yet ("Minister, który przyjechał, powiedział …"): a clause may
therefore have several token ranges (``parts``).

The subject is the nominative noun phrase of the clause's own words (never inside a prepositional
phrase nor another clause) that agrees with the predicate in person, number and (past tense) gender:
the nearest one before the verb without an accusative reading, else the first one after the verb and
its adjuncts ("napisał w piątek na Facebooku Kowalczyk"), else an ambiguous nominative/accusative
before the verb, else one after a neuter or non-masculine plural past tense ("poinformowało
ministerstwo"). Unsure: empty. Linear in the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from .clause_phrases import Phrase, _NP, agrees, governed_cases, nominal, noun_phrase, object_case, pp_case
from .clause_phrases import predicate_features, unambiguous_nominative, word_class
from .nlp import DASHES, QUOTE_CLOSE, QUOTE_OPEN, Text, Tok

FINITE = frozenset({"fin", "praet", "bedzie", "impt", "winien", "pred", "imps"})
DEPENDENT = frozenset({"comp", "rel", "aside"})


@dataclass(frozen=True)
class Predicate:
    """The clause's finite verb: token, part of speech (fin, praet, bedzie, impt, winien, pred, imps),
    person (pri/sec/ter; None for imps and pred), number (sg/pl), genders of a past tense (m1.m2.m3,
    f, n, m1 or m2.m3.f.n in the plural), lemma, negation ("nie" before it) and "się" by it."""
    tok: int
    pos: str
    person: Optional[str]
    number: Optional[str]
    genders: frozenset
    lemma: str
    negated: bool
    reflexive: bool


@dataclass(frozen=True)
class Clause:
    """One clause: ``parts`` (token ranges [a, b), in order), ``start``/``end`` (first and past-last
    token), character offsets, what opens it (``kind``: None for a sentence's or a semicolon's first
    clause, comp, rel, coord, comma, dash, colon, quote, aside; ``opener``: the opening word or mark's
    token), the predicate, subject, objects, prepositional phrases, ``parent`` (index in the sentence's
    tuple of the clause a comp/rel/aside clause depends on; a coord clause shares its conjunct's) and
    ``coordinated`` (the clause a coord clause is coordinated with: a subject may be shared)."""
    index: int
    sent: int
    parts: tuple[tuple[int, int], ...]
    start: int
    end: int
    char_start: int
    char_end: int
    kind: Optional[str]
    opener: Optional[int]
    predicate: Optional[Predicate]
    subject: Optional[Phrase]
    objects: tuple[Phrase, ...]
    pps: tuple[Phrase, ...]
    parent: Optional[int]
    coordinated: Optional[int]
    speech: bool  # opened by a quotation mark or a sentence-initial dialogue dash

    @property
    def dependent(self) -> bool:
        """A comp, rel or aside clause, or one coordinated with such a clause."""
        return self.kind in DEPENDENT or (self.kind == "coord" and self.parent is not None)

    @property
    def negated(self) -> bool:
        return self.predicate is not None and self.predicate.negated

    def holds(self, k: int) -> bool:
        return any(a <= k < b for a, b in self.parts)


def sentence_clauses(text: Text, s: int) -> tuple[Clause, ...]:
    """The clauses of sentence ``s``, computed on the first request and kept with the text."""
    memo = text.__dict__.get("_clauses")
    if memo is None or memo[0] != len(text.toks):
        memo = text.__dict__["_clauses"] = (len(text.toks), {})
    got = memo[1].get(s)
    if got is None:
        a, b = text.sents[s]
        got = memo[1][s] = analyze_sentence(text.toks, a, b, s)
    return got


def clause_of(text: Text, k: int) -> Optional[Clause]:
    """The clause holding token ``k`` (None for a token out of range)."""
    if not 0 <= k < len(text.toks):
        return None
    for c in sentence_clauses(text, text.toks[k].sent):
        if c.holds(k):
            return c
    return None


def is_dash(toks: Sequence[Tok], k: int) -> bool:
    t = toks[k]
    return t.text in DASHES or (t.text == "-" and k > 0 and toks[k - 1].end < t.idx)


@dataclass
class _Seg:
    start: int
    end: int
    kind: Optional[str]
    opener: Optional[int]
    verb: Optional[int] = None


def _cuts(toks: Sequence[Tok], a: int, b: int) -> list[_Seg]:
    cuts: dict[int, tuple[Optional[str], Optional[int]]] = {a: (None, None)}
    first = a
    while first < b and toks[first].is_punct:
        first += 1
    if first < b and a < b:
        if is_dash(toks, a) or toks[a].text in QUOTE_OPEN:
            cuts[a] = ("quote" if toks[a].text in QUOTE_OPEN else "dash", a)
        wc = word_class(toks[first])
        if wc in ("comp", "rel") and cuts[a][0] is None:
            cuts[a] = (wc, first)
    quoted = False

    def put(k: int, kind: Optional[str], opener: Optional[int], strong: bool = False) -> None:
        if a < k < b and (strong or k not in cuts or cuts[k][0] in (None, "resume", "comma")):
            cuts[k] = (kind, opener)

    for k in range(a, b):
        t = toks[k]
        x = t.text
        if t.is_punct:
            if x in QUOTE_OPEN and (x not in QUOTE_CLOSE or (x == '"' and not quoted)) and k > a:
                put(k, "quote", k)
                quoted = True
                continue
            if x in QUOTE_CLOSE and (x not in QUOTE_OPEN or quoted):
                quoted = False
                put(k + 1, "resume", None)
                continue
            if x == "(":
                put(k, "aside", k)
            elif x == ")":
                put(k + 1, "resume", None)
            elif k > a and is_dash(toks, k):
                put(k, "dash", k)
            elif x == ":":
                put(k + 1, "colon", k)
            elif x == ";":
                put(k + 1, None, None, True)
            elif x == ",":
                put(k + 1, "comma", k)
            continue
        wc = word_class(t)
        prev = toks[k - 1] if k > a else None
        if wc == "rel" and prev is not None and prev.pos == "prep" and k - 1 > a and toks[k - 2].text == ",":
            put(k - 1, "rel", k, True)  # ", z którym …"
        elif wc in ("comp", "rel") and prev is not None and (prev.text in ",(:" or is_dash(toks, k - 1)):
            put(k, wc, k, True)
        elif wc == "coord" and k > a:
            if prev is not None and prev.text == ",":
                put(k, "coord", k, True)
            elif prev is not None and not prev.is_punct:
                put(k, "coord", k)
    starts = sorted(cuts)
    out = []
    for n, s in enumerate(starts):
        e = starts[n + 1] if n + 1 < len(starts) else b
        if s < e:
            kind, opener = cuts[s]
            out.append(_Seg(s, e, kind, opener))
    for seg in out:
        seg.verb = _finite(toks, seg.start, seg.end)
    merged: list[_Seg] = []
    for seg in out:  # a coordinator opens a clause only after a clause with its own verb ("Jan i Anna …")
        if seg.kind == "coord" and merged and merged[-1].verb is None and merged[-1].kind != "quote":
            merged[-1].end, merged[-1].verb = seg.end, seg.verb
        else:
            merged.append(seg)
    return merged


def _finite(toks: Sequence[Tok], a: int, b: int) -> Optional[int]:
    """The first word whose chosen reading is finite; else the first with a finite past or present
    reading the tagger did not choose ("która przyszła": an adjective "future" to the tagger)."""
    for k in range(a, b):
        r = toks[k].reading
        if r is not None and r.pos in FINITE and not (r.pos == "pred" and toks[k].lower == "to"):
            return k
    for k in range(a, b):
        if toks[k].is_word and not toks[k].is_title and verb_reading(toks[k]) is not None:
            return k
    return None


def verb_reading(t: Tok):
    """The token's finite reading: the chosen one, else the first fin or praet one."""
    r = t.reading
    if r is not None and r.pos in FINITE:
        return r
    return next((x for x in t.readings if x.pos in ("fin", "praet")), None)


def analyze_sentence(toks: Sequence[Tok], a: int, b: int, sent: int = 0) -> tuple[Clause, ...]:
    """The clauses of the sentence ``toks[a:b]`` (token indices are the text's)."""
    segs = _cuts(toks, a, b)
    groups: list[dict] = []  # parts, kind, opener, verb, speech, parent, coord

    def main_before() -> Optional[int]:
        for n in range(len(groups) - 1, -1, -1):
            if groups[n]["kind"] not in DEPENDENT:
                return n
        return None

    for seg in segs:
        last = groups[-1] if groups else None
        speech = seg.kind in ("quote",) or (seg.kind == "dash" and seg.start == a)
        if seg.verb is None and last is not None and not (speech and seg.kind == "quote" and _verbless_quote(toks, seg, b)):
            last["parts"].append((seg.start, seg.end))
            continue
        if seg.verb is not None and last is not None and seg.kind in ("comma", "coord", "dash", "resume", "colon"):
            host = last if last["kind"] not in DEPENDENT else (groups[main_before()] if main_before() is not None else None)
            if host is not None and host["verb"] is None and not host["speech"] and seg.kind != "colon":
                host["parts"].append((seg.start, seg.end))
                host["verb"] = seg.verb
                continue
        kind = seg.kind
        if kind == "resume":
            kind = "comma"
        g = {"parts": [(seg.start, seg.end)], "kind": kind, "opener": seg.opener, "verb": seg.verb,
             "speech": speech, "parent": None, "coord": None}
        if kind in DEPENDENT and groups:
            g["parent"] = len(groups) - 1 if kind != "aside" else main_before()
            if kind == "rel" or kind == "comp":
                g["parent"] = _host_of(groups, seg.start)
        elif kind == "coord" and groups:  # coordinated with the clause before, sharing its dependency
            g["coord"] = len(groups) - 1
            g["parent"] = last["parent"] if last["kind"] in DEPENDENT or last["kind"] == "coord" else None
        groups.append(g)
    for n, g in enumerate(groups):  # a dependent clause opening the sentence depends on the next main one
        if g["kind"] in DEPENDENT and g["parent"] is None:
            g["parent"] = next((m for m in range(n + 1, len(groups)) if groups[m]["kind"] not in DEPENDENT), None)
    return tuple(_build(toks, n, sent, g) for n, g in enumerate(groups))


def _verbless_quote(toks: Sequence[Tok], seg: _Seg, b: int) -> bool:
    """A quotation without a verb that an attribution follows (a dash or comma after the closing mark):
    quoted words, kept apart from the clause before."""
    k = seg.end
    return k < b and (is_dash(toks, k) or toks[k].text == ",")


def _host_of(groups: list[dict], start: int) -> Optional[int]:
    """The clause holding the token before ``start`` (the comma before "że", "który")."""
    for n in range(len(groups) - 1, -1, -1):
        if any(a <= start - 1 < b for a, b in groups[n]["parts"]):
            return n
    return None


def _build(toks: Sequence[Tok], index: int, sent: int, g: dict) -> Clause:
    joined: list[tuple[int, int]] = []
    for a, b in g["parts"]:
        if joined and joined[-1][1] == a:
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    parts = tuple(joined)
    words = [k for a, b in parts for k in range(a, b)]
    pred = None
    if g["verb"] is not None:
        pred = _predicate(toks, g["verb"], parts)
    nps, pps = _phrases(toks, parts if pred is None else _split(parts, pred.tok))
    subject = _subject(toks, pred, nps) if pred is not None else None
    negated = pred is not None and pred.negated
    objects = tuple(_phrase(toks, np, c) for np in nps if np is not subject
                    for c in [object_case(np, negated)] if c is not None and not _only_nominative(np))
    subj = _phrase(toks, subject, "nom") if subject is not None else None
    return Clause(index, sent, parts, words[0], words[-1] + 1, toks[words[0]].idx, toks[words[-1]].end,
                  g["kind"], g["opener"], pred, subj, objects, tuple(pps), g["parent"], g["coord"], g["speech"])


def _only_nominative(np: _NP) -> bool:
    return all(x[0] in ("nom", "voc") for x in np.feats)


def _phrase(toks: Sequence[Tok], np: _NP, case: str) -> Phrase:
    start = np.prep_tok if np.prep_tok is not None else np.start
    return Phrase(np.head, start, np.end, toks[start].idx, toks[np.end - 1].end, case, np.prep, np.name)


def _predicate(toks: Sequence[Tok], v: int, parts) -> Predicate:
    t = toks[v]
    r = verb_reading(t)
    words = [toks[k] for a, b in parts for k in range(a, b)]
    agree_tok, agree_r = t, r
    if r.pos == "bedzie":  # "będzie mówił": the past participle's gender
        nxt = next((w for w in words if v < w.i <= v + 3 and w.reading is not None and w.reading.pos == "praet"), None)
        if nxt is not None:
            agree_tok, agree_r = nxt, nxt.reading
    person, number, genders = predicate_features(agree_tok, agree_r, words)
    if r.pos == "bedzie":
        person = next((x for x in ("pri", "sec", "ter") if r.has(x)), person)
    if r.pos in ("imps", "pred"):
        person = number = None
    elif r.pos == "impt":
        person = person or "sec"
    k = v - 1
    while k >= 0 and toks[k].lower in ("się", "by", "już", "też", "także", "jednak") and v - k < 3:
        k -= 1
    negated = k >= 0 and toks[k].lower == "nie" and toks[k].sent == t.sent
    reflexive = any(w.lower == "się" and abs(w.i - v) <= 3 for w in words)
    return Predicate(v, r.pos, person, number, genders, r.lemma, negated, reflexive)


def _split(parts, v: int) -> list[tuple[int, int]]:
    """The parts without the verb's token: no phrase runs across the predicate."""
    out = []
    for a, b in parts:
        if a <= v < b:
            out += [x for x in ((a, v), (v + 1, b)) if x[0] < x[1]]
        else:
            out.append((a, b))
    return out


def _phrases(toks: Sequence[Tok], parts) -> tuple[list[_NP], list[Phrase]]:
    nps: list[_NP] = []
    pps: list[Phrase] = []
    for a, b in parts:
        k = a
        while k < b:
            t = toks[k]
            governs = governed_cases(t) if (t.pos == "prep" or word_class(t) == "prep") else frozenset()
            if governs and k + 1 < b and nominal(toks[k + 1]):
                np = noun_phrase(toks, k + 1, b, governs)
                if np is not None:
                    np.prep, np.prep_tok = t.lemma.lower() if t.pos == "prep" else t.lower, k
                    case = pp_case(t, np, governs) or sorted(governs)[0]
                    pps.append(_phrase(toks, np, case))
                    k = np.end
                    continue
            if nominal(t) and word_class(t) not in ("comp", "coord") and t.lower not in ("się", "nie"):
                np = noun_phrase(toks, k, b)
                if np is not None:
                    nps.append(np)
                    k = np.end
                    continue
            k += 1
    return nps, pps


def _subject(toks: Sequence[Tok], pred: Predicate, nps: list[_NP]) -> Optional[_NP]:
    if pred.pos in ("imps", "pred", "impt"):
        return None
    v = pred.tok
    ok = [np for np in nps if agrees(np, pred.person, pred.number, pred.genders, toks)]
    if pred.number == "pl":  # "Jan i Anna powiedzieli": two nominatives joined by a coordinator
        ok += _coordinated(toks, nps, pred)
    before = [np for np in ok if np.end <= v]
    after = [np for np in ok if np.start > v]
    sure_before = [np for np in before if unambiguous_nominative(np, toks, pred.number, pred.genders)]
    sure_after = [np for np in after if unambiguous_nominative(np, toks, pred.number, pred.genders)]
    if sure_before:
        return max(sure_before, key=lambda np: np.start)
    if sure_after:
        return sure_after[0]
    if before:
        return max(before, key=lambda np: np.start)
    if after and pred.pos in ("praet", "winien") and pred.genders and not pred.genders & {"m1", "m2", "m3"} \
            or after and pred.genders == frozenset({"m2", "m3", "f", "n"}):
        return after[0]
    return None


def _coordinated(toks: Sequence[Tok], nps: list[_NP], pred: Predicate) -> list[_NP]:
    out = []
    for x, y in zip(nps, nps[1:]):
        if y.start == x.end + 1 and toks[x.end].lower in ("i", "oraz") \
                and any(f[0] == "nom" for f in x.feats) and any(f[0] == "nom" for f in y.feats) \
                and (not pred.genders or "m1" not in pred.genders
                     or any(f[2] == "m1" for f in x.feats | y.feats if f[0] == "nom")):
            out.append(_NP(x.start, y.end, x.head, frozenset(f for f in x.feats if f[0] == "nom"), x.name))
    if out:
        covered = {k for c in out for k in range(c.start, c.end)}
        nps[:] = sorted([np for np in nps if np.start not in covered] + out, key=lambda np: np.start)
    return out
