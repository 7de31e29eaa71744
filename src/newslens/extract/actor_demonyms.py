"""Demonyms: a people's name stands for its country ("Rosjanie zaatakowali" -> Rosja, gazetteer.tsv lists
the demonyms as the country's variants), but one person named by nationality is no actor
(GUIDELINES, decided 2026-11-27: "Czech Jan Novák", "jako pierwszy Polak", "wygrała z Hiszpanką"): the
word says who that person is, not that the country acts. A singular form of a listed demonym gives no
mention; a plural one still gives the country.

A demonym among a country's variants is a single word the dictionary reads as a common noun naming a
person, in the singular nominative, masculine personal or feminine ("Polak", "Polka", "Czeszka"; not
"Ameryka", a geographic name, nor "RP"). A form that is also the country's own (the genitive of a
plural country's name: "do Czech", "z Włoch", "kanclerz Niemiec Angela Merkel") stays the country, even
where it might be the person's nationality ("Czech Jakub Nowotny" reads the same as "premier Włoch …").
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import gazetteer
from ..nlp import Tok, readings


@lru_cache(maxsize=4096)
def is_demonym(variant: str) -> bool:
    """``variant`` (a gazetteer variant of a place) is a singular noun naming one person of a people."""
    return " " not in variant and any(
        r.pos == "subst" and r.lemma == variant and r.has("sg") and r.has("nom") and (r.has("m1") or r.has("f"))
        and "nazwa_pospolita" in r.quals for r in readings(variant))


@lru_cache(maxsize=1)
def demonyms() -> dict[str, frozenset[str]]:
    """A listed place's canonical name -> its demonyms (``is_demonym``) among its variants."""
    out: dict[str, set[str]] = {}
    for entries in gazetteer().values():
        for e in entries:
            if e.type == "place" and len(e.words) == 1 and e.words[0] != e.canonical and is_demonym(e.words[0]):
                out.setdefault(e.canonical, set()).add(e.words[0])
    return {k: frozenset(v) for k, v in out.items()}


def one_of_a_people(toks: list[Tok], i: int, g: tuple) -> bool:
    """The gazetteer match ``g`` (gaz_match's tuple) at token ``i`` is a singular demonym naming one
    person ("Polak podziękował kibicom", "z Czechem Jakubem …"): no actor."""
    end, canonical, typ, _ = g
    if typ != "place" or end != i + 1 or canonical not in demonyms():
        return False
    t = toks[i]
    own = [r for r in t.readings if r.pos == "subst" and r.lemma in demonyms()[canonical] and "nazwa_pospolita" in r.quals]
    if not own or any(r.has("pl") for r in own):
        return False  # "Polacy", "Polaków": the people, its country
    # "do Czech", "premier Włoch Giorgia Meloni": a form that is also the country's genitive is the country
    return not any(r.lemma == canonical for r in t.readings)
