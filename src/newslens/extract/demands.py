"""Enumerated demands (semicolon, comma+"oraz", numbered, bulleted, "po pierwsze" lists) and
one-off conditions ("pod warunkiem", "warunkiem jest", "dopóki … nie", "dopiero gdy", "jeśli … nie").

A list counts only after a lead-in with a trigger word (data/demand_triggers.txt) and only when its
items are headed by gerunds or common nouns: a comma list of names or places is not a list of demands.
``by`` is the lead-in's subject; ``of`` comes from "od X" or from the counterparties of the
agreement being discussed ("umowy z USA i NATO").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from ..model import Actor, Demand, Timex
from ..nlp import Text, Tok, morfeusz, read_lexicon
from .quotes import _Doc, _resolve_zero, _subject_after, _subject_before, _verb_gender

ORDINALS = ("pierwsze", "drugie", "trzecie", "czwarte", "piąte", "szóste", "siódme", "ósme", "dziewiąte", "dziesiąte")
MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-h]\)|[-–—•*·])\s+")


@lru_cache(maxsize=None)
def _lex(name: str) -> frozenset[str]:
    return frozenset(read_lexicon(name))


def _trigger(t: Tok) -> bool:
    return bool(t.lemmas() & _lex("demand_triggers.txt"))


@lru_cache(maxsize=4096)
def gerund_nominative(form: str, lemma: str, tag: str) -> str:
    """``wykluczenia`` (ger of wykluczyć) → ``wykluczenie``: the nominative singular gerund."""
    want = [p for p in tag.split(":") if p in ("aff", "neg", "perf", "imperf")]
    try:
        forms = morfeusz().generate(lemma)
    except RuntimeError:
        return form
    for f, _l, t, _q, _m in forms:
        parts = t.split(":")
        if parts[0] == "ger" and "sg" in parts[1].split(".") and "nom" in parts[2].split(".") \
                and all(w in parts for w in want):
            return f
    return form


def action_of(toks: Sequence[Tok]) -> Optional[str]:
    """The item's head: a gerund in the nominative (wykluczenie), else a noun or verb lemma."""
    for t in toks[:6]:
        if t.reading is not None and t.reading.pos == "prep":
            break
        for r in [t.reading] + list(t.readings):
            if r is not None and r.pos == "ger":
                return gerund_nominative(t.text.lower(), r.lemma, r.tag)
    for t in toks[:4]:
        if t.reading and t.reading.pos in ("subst", "inf", "fin", "praet") and (t.sent_start or not t.is_title):
            return t.lemma
    return None


def _head_ok(toks: Sequence[Tok]) -> bool:
    """An item starts with a gerund or a common noun (possibly after adjectives), not a name."""
    for t in toks[:4]:
        if t.is_punct:
            continue
        pos = {r.pos for r in t.readings}
        if "ger" in pos:
            return True
        if t.is_title and (t.guessed or any(r.is_proper for r in t.readings)):
            return False
        if "subst" in pos and not t.is_title:
            return True
        if pos & {"inf"}:
            return True
        if not pos & {"adj", "adja", "num", "qub", "prep"}:
            return False
    return False


@dataclass
class _Item:
    a: int  # token range [a, b)
    b: int


def _trim(doc: _Doc, a: int, b: int) -> tuple[int, int]:
    toks = doc.toks
    while a < b and (toks[a].is_punct or toks[a].lower in ("oraz", "i", "a", "także", "również")
                     or re.fullmatch(r"\d{1,2}|[a-h]", toks[a].text)):
        a += 1
    while b > a and toks[b - 1].is_punct and toks[b - 1].text not in "”)»\"":
        b -= 1
    return a, b


def _split_sentence_list(doc: _Doc, a: int, b: int) -> list[_Item]:
    """Items of one sentence: split at ';' (last item after "oraz"/"i"), else at ',' and a final
    "oraz"/"i" where each piece starts with a gerund or a noun."""
    toks = doc.toks
    depth, semis = 0, []
    for k in range(a, b):
        if toks[k].text in "(„«“":
            depth += 1
        elif toks[k].text in ")”»" and depth:
            depth -= 1
        elif toks[k].text == ";" and depth == 0:
            semis.append(k)
    if semis:
        cuts = [a] + [k + 1 for k in semis]
        pieces = [(cuts[i], (semis[i] if i < len(semis) else b)) for i in range(len(cuts))]
        last_a, last_b = pieces[-1]
        conj = [k for k in range(last_a, last_b) if toks[k].lower == "oraz"] or \
               [k for k in range(last_a, last_b) if toks[k].lower == "i" and toks[k - 1].text == ","]
        if conj and _head_ok(toks[conj[-1] + 1:last_b]):
            pieces[-1:] = [(last_a, conj[-1]), (conj[-1] + 1, last_b)]
    else:
        splits = [k for k in range(a, b) if toks[k].text == "," and _head_ok(toks[k + 1:b])
                  and toks[k + 1].lower not in ("który", "która", "które", "którzy", "że", "aby", "by", "gdy", "jeśli")]
        conj = [k for k in range(a, b) if toks[k].lower in ("oraz", "i") and _head_ok(toks[k + 1:b])]
        if not conj:
            return []
        cut_points = sorted(set(splits + [conj[-1]]))
        cut_points = [k for k in cut_points if k <= conj[-1]]
        pieces, start = [], a
        for k in cut_points:
            pieces.append((start, k))
            start = k + 1
        pieces.append((start, b))
    items = []
    for pa, pb in pieces:
        pa, pb = _trim(doc, pa, pb)
        if pb > pa and _head_ok(toks[pa:pb]):
            items.append(_Item(pa, pb))
    return items if len(items) >= 2 else []


def _lead_trigger(doc: _Doc, a: int, b: int) -> Optional[int]:
    """The first trigger of the sentence; "pod warunkiem" opens a condition, not a list."""
    return next((k for k in range(a, b) if _trigger(doc.toks[k])
                 and not (k > a and doc.toks[k - 1].lower == "pod")), None)


def _after_lead(doc: _Doc, t: int, b: int) -> int:
    """Where the list begins: after the trigger, its "się", "od X", "wobec X" and a colon."""
    toks = doc.toks
    k = t + 1
    while k < b:
        if toks[k].lower in ("się", ":", "m.in.", "między", "innymi"):
            k += 1
            continue
        if toks[k].lower in ("od", "wobec") and k + 1 < b:
            m = doc.mention.get(k + 1)
            k = (m[2] + 1) if m else k + 2
            while k < b and (toks[k].lower in ("i", "oraz", ",") and doc.mention.get(k + 1)):
                k = doc.mention[k + 1][2] + 1
            continue
        break
    return k


def _mentions_after(doc: _Doc, k: int, b: int) -> list[Actor]:
    out, j = [], k + 1
    while j < b:
        m = doc.mention.get(j)
        if m and j == m[1]:
            out.append(m[0])
            j = m[2] + 1
            if j < b and (doc.toks[j].lower in ("i", "oraz", ",") or doc.toks[j].lower == "z"):
                j += 1
                if j < b and doc.toks[j].lower in ("drugą", "drugim", "drugi", "z"):
                    j += 1
                continue
            break
        if doc.toks[j].lower in ("jedną", "jednym", "drugą", "drugim", "z", ",", "państw", "krajów", "członków"):
            j += 1
            continue
        break
    return out


def _of(doc: _Doc, sents: Sequence[int]) -> tuple[list[Actor], Optional[int]]:
    """Counterparties: "od X" in the lead-in, else "umowy z X i Y" nearby; (actors, sentence)."""
    toks = doc.toks
    for s in sents:
        a, b = doc.sent_range(s)
        for k in range(a, b):
            if toks[k].lemma in _lex("counterparty_nouns.txt"):
                for j in range(k + 1, min(k + 8, b)):
                    if toks[j].lower == "z":
                        found = _mentions_after(doc, j, b)
                        more = [m for jj in range(j + 1, b) if toks[jj].lower == "z"
                                for m in _mentions_after(doc, jj, min(jj + 4, b))]
                        found += [m for m in more if m not in found]
                        if found:
                            return found, s
    for s in sents:
        a, b = doc.sent_range(s)
        for k in range(a, b):
            if toks[k].lower == "od" and k > a and _trigger(toks[k - 1]) or \
                    (toks[k].lower == "od" and k > a + 1 and _trigger(toks[k - 2])):
                found = _mentions_after(doc, k, b)
                if found:
                    return found, s
    return [], None


def _by(doc: _Doc, t: int, found_quotes: list) -> Optional[Actor]:
    subj = _subject_after(doc, t)
    if subj is None:
        subj, _coord = _subject_before(doc, t, doc.sent_range(doc.sent_of(t))[0])
    if subj is None:
        subj = _resolve_zero(doc, found_quotes, t, _verb_gender(doc.toks[t]))
    return subj


def _date(timeline: Sequence[Timex], spans: Sequence[tuple[int, int]]) -> Optional[str]:
    for a, b in spans:
        for tx in timeline:
            if a <= tx.start < b and tx.granularity == "day":
                return tx.value
    return None


def _marker_kind(marker: str) -> str:
    """'number' for 1) / 1. / a), else the bullet character itself."""
    m = marker.strip()
    return "number" if m[:1].isalnum() else m[:1]


def _lists(doc: _Doc) -> list[tuple[int, list[_Item]]]:
    """(trigger token, items) for every list in the text, in order."""
    toks, text = doc.toks, doc.text.text
    out: list[tuple[int, list[_Item]]] = []
    used: set[int] = set()
    n = len(doc.text.sents)
    for s in range(n):
        if s in used:
            continue
        a, b = doc.sent_range(s)
        t = _lead_trigger(doc, a, b)
        if t is None:
            continue
        colon = next((k for k in range(t, b) if toks[k].text == ":"), None)
        # numbered or bulleted lines after a lead-in ending with a colon
        if colon is not None and colon >= b - 2:
            items: list[_Item] = []
            kind = ""
            for s2 in range(s + 1, n):
                a2, b2 = doc.sent_range(s2)
                line_start = text.rfind("\n", 0, toks[a2].idx) + 1
                line = text[line_start: toks[a2].idx + 4]
                mark = MARKER.match(line) or (toks[a2].idx == line_start and MARKER.match(text[line_start:]))
                prev_end = toks[items[-1].b - 1].end if items else toks[b - 1].end
                if mark and items and ("\n\n" in text[prev_end:line_start] or _marker_kind(mark.group(0)) != kind):
                    break  # a blank line or another kind of marker ends the list ("– Pracujemy …" is dialogue)
                if mark:
                    kind = _marker_kind(mark.group(0))
                    ia, ib = _trim(doc, a2, b2)
                    if ib > ia:
                        items.append(_Item(ia, ib))
                        used.add(s2)
                        continue
                if items and doc.para[a2] == doc.para[items[-1].a] and not MARKER.match(line):
                    # a numbered item that runs over two sentences
                    items[-1] = _Item(items[-1].a, _trim(doc, a2, b2)[1])
                    used.add(s2)
                    continue
                break
            if len(items) >= 2:
                out.append((t, items))
                continue
        # "po pierwsze, … Po drugie, …" across sentences
        start = _after_lead(doc, t, b)
        if start < b and toks[start].lower == "po" and start + 1 < b and toks[start + 1].lower == ORDINALS[0] \
                or (s + 1 < n and toks[doc.sent_range(s + 1)[0]].lower == "po"
                    and toks[doc.sent_range(s + 1)[0] + 1].lower == ORDINALS[0]):
            items, k = [], 0
            for s2 in range(s, min(n, s + 12)):
                a2, b2 = doc.sent_range(s2)
                if a2 + 1 < b2 and toks[a2].lower == "po" and toks[a2 + 1].lower == ORDINALS[min(k, 9)]:
                    ia, ib = _trim(doc, a2 + 2, b2)
                    items.append(_Item(ia, ib))
                    used.add(s2)
                    k += 1
                elif s2 == s and start + 1 < b and toks[start].lower == "po":
                    ia, ib = _trim(doc, start + 2, b2)
                    items.append(_Item(ia, ib))
                    k += 1
                elif k:
                    break
            if len(items) >= 2:
                out.append((t, items))
                continue
        # one sentence: "; … oraz …" or ", … oraz …" (inline "1) …; 2) …" included)
        items = _split_sentence_list(doc, start, b)
        if items:
            out.append((t, items))
    return out


def _conditions(doc: _Doc) -> list[tuple[int, int, int]]:
    """(subject token, start tok, end tok) of one-off conditions."""
    toks = doc.toks
    out = []
    for s in range(len(doc.text.sents)):
        a, b = doc.sent_range(s)
        lemmas = {l for t in toks[a:b] for l in t.lemmas()}
        demanding = bool(lemmas & _lex("demand_context.txt")) or bool(lemmas & _lex("demand_triggers.txt"))
        for k in range(a, b):
            low = toks[k].lower
            nxt = toks[k + 1].lower if k + 1 < b else ""
            start = None
            if low == "pod" and toks[k + 1].lemma == "warunek" if k + 1 < b else False:
                start = k + 2 + (k + 3 < b and toks[k + 2].text == "," and toks[k + 3].lower in ("że", "iż")) * 2
            elif toks[k].lemma == "warunek" and toks[k].text.lower() == "warunkiem" and nxt in ("jest", "będzie", "było"):
                start = k + 2
            elif demanding and low in ("dopóki", "dopóty") or (demanding and low == "dopiero" and nxt in ("gdy", "kiedy", "po")):
                start = k + 1 + (low == "dopiero")
            elif demanding and low in ("jeśli", "jeżeli") and any(t.lower == "nie" for t in toks[k:b]) and \
                    lemmas & _lex("demand_triggers.txt"):
                start = k + 1
            elif toks[k].lemma == "warunek" and toks[k].reading and toks[k].reading.has("acc") and s + 1 < len(doc.text.sents):
                # "określił warunek …. – <the condition> – wskazał."
                a2, b2 = doc.sent_range(s + 1)
                if toks[a2].text in "–—„\"" and a2 + 1 < b2:
                    end = next((j for j in range(a2 + 2, b2) if toks[j].text in "–—”\""), b2)
                    out.append((k, a2 + 1, end))
                continue
            if start is None or start >= b:
                continue
            end = b
            for j in range(start, b):
                if toks[j].text in ";–—" or (toks[j].text == "," and j + 1 < b and toks[j + 1].lower in ("ale", "a", "lecz")):
                    end = j
                    break
            out.append((k, start, end))
    return out


def _sentence(doc: _Doc, s: int) -> str:
    a, b = doc.text.sent_span(s)
    return doc.text.text[a:b].strip()


def extract_demands(text: Text, actors: Sequence[Actor], timeline: Sequence[Timex] = ()) -> list[Demand]:
    """Enumerated demands (kind ``item``, numbered within their list) then conditions."""
    doc = _Doc(text, actors)
    toks, raw = doc.toks, text.text
    out: list[Demand] = []
    for t, items in _lists(doc):
        s = doc.sent_of(t)
        by = _by(doc, t, [])
        sents = [s] + [x for x in (s - 1, s - 2) if x >= 0 and doc.para[doc.sent_range(x)[0]] >= doc.para[doc.sent_range(s)[0]] - 1]
        of, of_sent = _of(doc, sents)
        a = doc.sent_range(s)[0]
        lead = raw[toks[a].idx: toks[items[0].a].idx].strip()
        if of_sent is not None and of_sent != s:
            lead = _sentence(doc, of_sent) + " " + lead
        spans = [doc.text.sent_span(s)] + ([doc.text.sent_span(of_sent)] if of_sent is not None else [])
        date = _date(timeline, spans)
        for n, it in enumerate(items, 1):
            start, end = toks[it.a].idx, toks[it.b - 1].end
            out.append(Demand(n=n, text=raw[start:end], kind="item", by=by.name if by else None,
                              of=", ".join(x.name for x in of) or None, action=action_of(toks[it.a:it.b]),
                              start=start, end=end, lead_in=lead.rstrip(":") + " …", date=date))
    n = len([d for d in out if d.kind == "item"])
    taken = [(d.start, d.end) for d in out]
    for k, a, b in _conditions(doc):
        a, b = _trim(doc, a, b)
        if b <= a:
            continue
        start, end = toks[a].idx, toks[b - 1].end
        if any(s <= start < e for s, e in taken):
            continue
        by = _by(doc, k, [])
        n += 1
        taken.append((start, end))
        out.append(Demand(n=n, text=raw[start:end], kind="condition", by=by.name if by else None, of=None,
                          action=action_of(toks[a:b]), start=start, end=end,
                          lead_in=_sentence(doc, doc.sent_of(k)),
                          date=_date(timeline, [doc.text.sent_span(doc.sent_of(k))])))
    return out
