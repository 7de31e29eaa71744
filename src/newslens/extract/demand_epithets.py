"""A person's common noun as the subject of a demanding verb: whom the description refers to.

Texts go on about a person they have named with a common noun of that person, no name with it:
"Ukraiński przywódca chce, by …", "Holenderski polityk zgodzi się tylko pod warunkiem, że …",
"Adwokat wnosił o …". The noun is an epithet (``mention_roles.epithet_lemma``: a singular
masculine-personal common noun that is no role word and no word for people in general) or a noun that
describes a person's standing and names no office one person holds (data/demand_person_descriptions.txt:
"polityk", "przywódca"), in the nominative, with no name in apposition to it. It refers to
- with an adjective of a country before it ("ukraiński", "holenderski"): the one person the text names
  next to a word of that country ("prezydent Ukrainy Jan Nowak", "szef holenderskiego rządu X");
- with no such adjective, a noun of the list only: the person who is the subject of one of the two
  sentences before it.
None when the text gives no such person or several: no demander rather than a wrong one.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

from ..model import Actor
from .demand_groups import Party, _party
from .demand_addressees import lex
from .mention_roles import epithet_lemma, person_gender
from .quotes import _Doc

__all__ = ["epithet_holder"]

_COUNTRY_SUFFIXES = ("ski", "cki", "dzki")  # "ukraiński", "niemiecki", "szwedzki"
_STEM = 3  # the letters an adjective of a country and the country's name share ("lit-ewski" / "Lit-wy")
_NEAR = 5  # words before a person's name (or after it, past a comma) that may name the person's country


@lru_cache(maxsize=1)
def _descriptions() -> frozenset[str]:
    return lex("demand_person_descriptions.txt")


def epithet_holder(doc: _Doc, P, k: int) -> Optional[Party]:
    """The named person the epithet at token ``k`` (the subject's noun) refers to, or None (the text
    names none or several)."""
    if getattr(P, "_in_epithet", False):
        return None  # (the subject of a sentence before is itself an epithet: one step back only)
    P._in_epithet = True
    try:
        return _holder(doc, P, k)
    finally:
        P._in_epithet = False


def _holder(doc: _Doc, P, k: int) -> Optional[Party]:
    toks = doc.toks
    t = toks[k]
    if not (epithet_lemma(t) is not None or t.lemma.lower() in _descriptions()) \
            or not any(r.pos == "subst" and r.has("nom") and r.has("sg") for r in t.readings):
        return None
    if k + 1 < len(toks) and (k + 1 in doc.mention or k + 1 in P.layer):
        return None  # "polityk Jan Nowak": the name in apposition is the subject's own
    a = doc.sent_range(t.sent)[0]
    adjs = []
    j = k - 1
    while j >= a and any(r.pos == "adj" for r in toks[j].readings) and toks[j].is_word \
            and (not toks[j].is_title or toks[j].sent_start):  # ("ukraiński" may be tagged as the language's noun)
        adjs.append(toks[j])
        j -= 1
    if j >= a and toks[j].pos == "prep":
        return None
    stems = {x.lemma.lower() for x in adjs if x.lemma.lower().endswith(_COUNTRY_SUFFIXES)}
    if stems:
        return _party(_person_of_country(doc, k, stems))
    if t.lemma.lower() not in _descriptions():
        return None  # ("Nikt nas nie słucha", "Kierowca …": no person of the sentences before)
    s = t.sent
    for back in (1, 2):
        if s - back < 0:
            break
        got = P.sentence_subject(s - back, outside_quotes=True)
        if got is not None:
            actor = got.actor
            if actor is None or actor.type != "person" or person_gender(actor) == "f":
                return None  # (a masculine noun describes no woman: "Anna Nowak …. Polityk domaga się …")
            return got
    return None


def _person_of_country(doc: _Doc, k: int, stems: set[str]) -> Optional[Actor]:
    """The one person named before token ``k`` with a word of the country near the name (the adjective
    itself, or a capitalised word sharing its first letters: "ukraiński" / "Ukrainy"): within a few
    words of the name's own phrase before it, or after it past a comma ("X, prezydent Ukrainy")."""
    toks = doc.toks
    prefixes = {x[:_STEM] for x in stems}
    found: list[Actor] = []
    starts = _person_starts(doc)
    for j in starts[:bisect.bisect_left(starts, k)]:
        m = doc.mention[j]
        if m[0] in found:
            continue
        sent = toks[j].sent
        near = _phrase(doc, range(j - 1, max(-1, j - 1 - _NEAR), -1), sent)
        end = m[2]
        if end + 1 < k and toks[end + 1].text == ",":
            near += _phrase(doc, range(end + 2, min(k, end + 2 + _NEAR)), sent)
        if any(toks[x].lemma.lower() in stems or toks[x].is_title and toks[x].lower[:_STEM] in prefixes for x in near):
            found.append(m[0])
    return found[0] if len(found) == 1 else None


def _person_starts(doc: _Doc) -> list[int]:
    """The first tokens of the document's person mentions, in text order (found once per document)."""
    got = doc.__dict__.get("_person_starts")
    if got is None:
        got = sorted(j for j, m in doc.mention.items() if m[1] == j and m[0].type == "person")
        doc._person_starts = got
    return got


def _phrase(doc: _Doc, steps: range, sent: int) -> list[int]:
    """The words of the name's own phrase along ``steps``: up to a verb, a punctuation mark or another
    name ("prezydent Ukrainy X", not "… rozmawiał z Ukrainą X")."""
    out = []
    for x in steps:
        t = doc.toks[x]
        if t.sent != sent or not t.is_word or t.pos in ("fin", "praet", "bedzie", "inf", "impt", "pcon", "pact") \
                or (x in doc.mention and doc.mention[x][0].type == "person"):
            break
        out.append(x)
    return out
