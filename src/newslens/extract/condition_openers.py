"""Openers of a one-off condition beyond "jeśli" and "pod warunkiem" (``conditions._Finder.openers``):

* "gdyby X zrobił …, (to) zrobimy …": a hypothetical act of another party before an act the speaker
  announces (the main clause in the future), not a counterfactual judgement ("gdyby rząd wcześniej podniósł
  płace, do strajku by nie doszło": the main clause in the conditional);
* "zrobimy A w zamian za B": an exchange, B asked for an act the clause before offers (a verb ahead, or
  an infinitive of the act agreed: "zgodził się uwolnić … w zamian za …"), not a past exchange reported
  ("dostał mieszkanie w zamian za pracę") nor one refused ("nie zgodzi się na A w zamian za B");
* "uzależnia A od B" / "od tego, czy …": B is the condition when it names an act (a gerund or a noun of an
  act, data/demand_act_nouns.txt: "od wypłaty premii", "od gwarancji Komisji"), not a stance ("od postawy
  Moskwy") nor conditions it announces ("od spełnienia trzech warunków": they follow).

Each gives (trigger, condition start, condition end or None, leading?): None leaves the end to
``_Finder.end``, as for ``openers``.
"""
from __future__ import annotations

from typing import Optional

from .condition_clauses import _experienced, _state
from .demand_items import head
from .demand_parties import lex
from .quotes import _Doc

FUTURE = ("bedzie",)


def _ahead(t) -> bool:
    """A verb of an act ahead: a perfective present (future), "będzie", or an infinitive; any reading of the
    word ("przerwie" is also a noun's case, the act in "ZNP przerwie protest w zamian za …")."""
    return t.pos in ("bedzie", "inf") or any(r.pos == "fin" and ":perf" in r.tag for r in t.readings)


def _main_ahead(doc: _Doc, a: int, b: int) -> bool:
    """The main clause [a, b) announces an act: its first verb is ahead and no conditional "by" is in it
    before that verb ("zaskarżymy ją", "Kopenhaga odpowie cłami"; not "do strajku by nie doszło")."""
    toks = doc.toks
    for x in range(a, b):
        t = toks[x]
        if t.lower in ("by", "byłoby", "byłby", "byłaby", "byliby") or t.text in "–—":
            return False
        if t.pos in ("fin", "praet", "bedzie", "inf", "impt", "winien", "pred"):
            return _ahead(t) and not _state(doc, a, b) and not _experienced(doc, a, b)
    return False


def _comma_after(doc: _Doc, k: int, b: int) -> int:
    """The comma closing the clause that opens at ``k`` (after its verb), else ``b``."""
    toks = doc.toks
    verb = False
    for j in range(k, b):
        if any(r.pos in ("fin", "praet", "bedzie", "inf") for r in toks[j].readings):
            verb = True  # (any reading: "podniosła" is also an adjective)
        if toks[j].text == "," and verb and not (j + 1 < b and toks[j + 1].lower in ("że", "iż", "by", "aby", "żeby")
                                                 or j + 1 < b and toks[j + 1].lemma == "który"):
            return j
        if toks[j].text in ";–—":
            return b
    return b


def _names_act(doc: _Doc, o: int, b: int) -> bool:
    """The phrase at ``o`` names an act: its head is a gerund or a noun of an act, not one naming conditions."""
    h = head(doc.toks, o, b)
    if h is None or h > o + 3:
        return False
    t = doc.toks[h]
    if t.lemma in ("warunek", "warunki", "postulat", "postulaty", "żądanie", "wymóg", "kryterium"):
        return False
    if any(doc.toks[x].lemma in ("warunek", "warunki", "postulat", "postulaty", "wymóg") for x in range(h + 1, min(b, h + 8))):
        return False  # "od spełnienia przez X trzech warunków": the conditions follow
    return any(r.pos == "ger" for r in t.readings) or t.lemma in lex("demand_act_nouns.txt")


def more_openers(doc: _Doc, s: int, said) -> list[tuple[int, int, Optional[int], bool]]:
    """(trigger, condition start, end or None, leading?) for "gdyby", "w zamian za" and "uzależniać … od" in
    sentence ``s``; ``said(a, b, k)``: whether the sentence reports speech (``_Finder.speech``)."""
    toks = doc.toks
    a, b = doc.sent_range(s)
    out: list[tuple[int, int, Optional[int], bool]] = []
    for k in range(a, b):
        low = toks[k].lower
        leading = k == a or toks[k - 1].lower in ("że", "iż", "to", "a", "ale") or toks[k - 1].text in "„\"–—-,"
        if low == "gdyby" and leading and k + 1 < b:
            c = _comma_after(doc, k + 1, b)
            if c < b and _main_ahead(doc, c + 1, b) and said(a, b, k):
                out.append((k, k + 1, c, True))  # up to the comma before the main clause
        elif low == "w" and k + 3 < b and toks[k + 1].lower == "zamian" and toks[k + 2].lower == "za":
            lo = max([a] + [j + 1 for j in range(a, k) if toks[j].text in ",;:–—" or toks[j].lower in ("że", "iż")])
            if any(_ahead(toks[j]) and not (j > lo and toks[j - 1].lower == "nie" or j > lo + 1 and toks[j - 2].lower == "nie"
                                            and toks[j - 1].lower == "się") for j in range(lo, k)):
                out.append((k, k + 3, None, False))
        elif toks[k].lemma in ("uzależniać", "uzależnić") and toks[k].pos in ("fin", "praet", "inf", "bedzie") \
                and not (k > a and toks[k - 1].lower == "nie"):
            for j in range(k + 1, min(b, k + 12)):
                if toks[j].text in ";:–—" or toks[j].text == "," and not (j > k + 1 and toks[j - 1].lemma == "ten"):
                    break
                if toks[j].lower == "od" and j + 1 < b:
                    if j + 3 < b and toks[j + 1].lemma == "ten" and toks[j + 2].text == "," and toks[j + 3].lower in ("czy", "jak"):
                        out.append((k, j + 4, None, False))  # "od tego, czy X zatrudni …"
                    elif _names_act(doc, j + 1, b):
                        out.append((k, j + 1, None, False))
                    break
    return out
