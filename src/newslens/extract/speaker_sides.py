"""A side of a dispute named by its country: "jak podała strona ukraińska", "Grecka strona odpowiada, że
…". A party noun (``party_side_nouns.txt``) modified by a country's adjective (``country_adjectives.tsv``)
as the subject of the speech verb stands for that country, which speaks when the text lists it as an actor;
else no one does (never the person who spoke before, nor an outlet relaying it).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..lexicon import lexicon_set
from ..model import Actor
from ..nlp import Tok, read_lexicon
from .quote_doc import _Doc

REACH = 4  # words between the side's noun phrase and the verb after it ("strona X przed południem poinformowała")


@lru_cache(maxsize=None)
def country_adjectives() -> dict[str, str]:
    """Adjective lemma -> the country's name as the gazetteer lists it."""
    return dict(line.split("\t")[:2] for line in read_lexicon("country_adjectives.tsv"))


def _country_of(t: Tok) -> Optional[str]:
    adjectives = country_adjectives()
    return next((adjectives[r.lemma.lower()] for r in t.readings
                 if r.pos == "adj" and r.lemma.lower() in adjectives), None)


def _side_at(doc: _Doc, k: int) -> Optional[str]:
    """The country of a side's noun phrase whose noun is token ``k`` (nominative), its adjective right
    before or after it in the same sentence; None otherwise."""
    toks = doc.toks
    t = toks[k]
    if not t.is_word or not any(r.pos == "subst" and r.has("nom") and r.lemma.lower() in lexicon_set("party_side_nouns.txt")
                                for r in t.readings):
        return None
    for j in (k - 1, k + 1):
        if 0 <= j < len(toks) and toks[j].sent == t.sent and toks[j].is_word:
            country = _country_of(toks[j])
            if country is not None:
                return country
    return None


def _country_side(doc: _Doc, v: int) -> Optional[tuple[Optional[Actor]]]:
    """(the country actor,) when the subject of the speech verb at ``v`` is a side named by its country:
    right after the verb ("podała strona ukraińska") or before it in its clause, with no punctuation
    between ("Grecka strona odpowiada"); (None,) when the text lists no such country; None when the
    subject is no such side."""
    toks = doc.toks
    country = None
    for k in (v + 1, v + 2):  # "– jak podała strona ukraińska –", "poinformowała grecka strona"
        if k < len(toks) and toks[k].sent == toks[v].sent:
            country = _side_at(doc, k)
            if country is not None or not toks[k].is_word:
                break
    k = v - 1
    while country is None and k >= 0 and v - k <= REACH + 2 and toks[k].sent == toks[v].sent and toks[k].is_word:
        country = _side_at(doc, k)
        k -= 1
    if country is None:
        return None
    return (next((a for a in doc.actors if a.name == country or country in a.aliases), None),)
