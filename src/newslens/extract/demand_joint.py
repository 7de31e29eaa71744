"""Several named demanders of one demand (GUIDELINES, decided 2026-11-27, eleventh session): named actors
coordinated as the subject of the verb of demanding ("Niemcy, Francja i Polska zażądały od X …", "A oraz B
wspólnie wezwały rząd do …", "Egipt i Katar wezwały …") make one demand whose ``by`` lists them
comma-separated in the text's order. Only the subject: the actors are in the nominative, stand right
before the plural verb (adverbs of doing it together between) and one of them is the demander found; or
they are the subject of the plural verb the verb of demanding is coordinated with, having none of its own
("X, Y i Z przyjechali do Kijowa … i zażądali od Rosji …")."""
from __future__ import annotations

from typing import Optional

from ..clauses import clause_of, sentence_clauses
from ..model import Actor
from .demand_groups import Party
from .quotes import _Doc

TOGETHER = ("wspólnie", "razem", "się", "też", "także", "również", "zgodnie", "jednogłośnie", "dziś", "wczoraj")


def joint_demanders(doc: _Doc, P, trig: int, by: Optional[Party]) -> Optional[Party]:
    """The coordinated named subject of the verb at ``trig`` holding the demander ``by``, as one party
    whose name lists them; None when there is no such coordination."""
    if by is not None and (by.group or by.actor is None):
        return None
    got = _heads_of_several(doc, P, trig, by)
    if got is not None:
        return got
    toks = doc.toks
    t = toks[trig]
    if t.pos not in ("fin", "praet") or t.reading is None or ":pl" not in t.reading.tag:
        return None
    a = doc.sent_range(t.sent)[0]
    c = clause_of(doc.text, trig)
    shared = c is not None and c.kind == "coord" and c.subject is None and c.coordinated is not None
    if shared:  # "X, Y i Z przybyli do Kijowa … i zażądali od Rosji …": the subject of the verb it is coordinated with
        first = sentence_clauses(doc.text, t.sent)[c.coordinated]
        v = first.predicate.tok if first.predicate is not None else None
        if v is None or v >= trig or toks[v].reading is None or ":pl" not in toks[v].reading.tag:
            return None
        trig = v
    for x in range(a, trig):
        m = doc.mention.get(x)
        if not (m and m[1] == x) or not any(r.has("nom") for r in toks[x].readings):
            continue
        names: list[Actor] = []
        j = x
        while j < trig:
            got = P.actor_at(j, trig)
            if got is None or got[0].type == "media" or not any(r.has("nom") for r in toks[j].readings):
                break
            if got[0] not in names:
                names.append(got[0])
            j = got[1]
            if j + 1 < trig and toks[j].lower in ("i", "oraz", ",") and P.actor_at(j + 1, trig) is not None:
                j += 1
                continue
            break
        while j < trig and toks[j].lower in TOGETHER:
            j += 1
        if j == trig and len(names) >= 2 and (by is not None and by.actor in names or shared):
            return Party(", ".join(n.name for n in names), False, by.actor if by is not None and by.actor in names else names[0])
        if j > x:
            break  # the first name of the sentence's subject decides
    return None


def _heads_of_several(doc: _Doc, P, trig: int, by: Optional[Party]) -> Optional[Party]:
    """A plural common noun in the nominative whose genitive names two or more coordinated actors, the
    subject right before the plural verb at ``trig`` ("Przywódcy Danii, Szwecji i Finlandii zaapelowali …",
    "Przedstawiciele Egiptu i Kataru wezwali …"): a group named by the noun (GUIDELINES), the demander found
    being one of the actors or none. One actor in the genitive is that actor's own people ("Przedstawiciele
    X" → X), decided elsewhere."""
    toks = doc.toks
    t = toks[trig]
    if t.pos not in ("fin", "praet") or t.reading is None or ":pl" not in t.reading.tag:
        return None
    a = doc.sent_range(t.sent)[0]
    x = a
    while x < trig and (toks[x].text in "–—-„\"" or toks[x].lower in ("a", "natomiast", "także", "również")):
        x += 1
    n = toks[x]
    if x in doc.mention or not any(r.pos == "subst" and r.has("nom") and ":pl:" in r.tag for r in n.readings):
        return None  # (any reading: the tagger may read "Przywódcy" as a genitive singular)
    names: list[Actor] = []
    j = x + 1
    if j < trig and j not in doc.mention and any(r.pos == "subst" and r.has("gen") for r in toks[j].readings) \
            and not toks[j].is_title:
        j += 1  # "Ministrowie rolnictwa Czech i Słowacji", "Szefowie dyplomacji X i Y"
    while j < trig:
        m = doc.mention.get(j)
        if not (m and m[1] == j) or m[0].type == "media" or not any(r.has("gen") for r in toks[j].readings):
            break
        if m[0] not in names:
            names.append(m[0])
        j = m[2] + 1
        if j + 1 < trig and toks[j].lower in ("i", "oraz", ","):
            j += 1
            continue
        break
    while j < trig and toks[j].lower in TOGETHER:
        j += 1
    if j != trig or len(names) < 2 or (by is not None and by.actor not in names):
        return None
    return Party(n.text.lower(), True, None)
