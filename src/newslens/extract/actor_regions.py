"""Regions named by a lower-case region noun and an adjective: the place actors of a country's
subdivisions ("województwo lubuskie", "obwód odeski").

Three constructions (``region_nouns.txt``, ``region_abbreviations.txt``):

- the noun in the singular with its adjective: "w województwie lubuskim" -> województwo lubuskie;
- the noun's abbreviation with its adjective: "z woj. lubelskiego" -> woj. lubelskie (the name keeps
  the abbreviation the text writes);
- the noun in the plural before coordinated adjectives in the singular, one region each: "obwodów:
  zaporoskiego, chersońskiego i donieckiego" -> obwód zaporoski, obwód chersoński, obwód doniecki.

An adjective may be a compound ("zachodnio-pomorskiego": its last part declines) or a word the
dictionary does not know that declines like a regional adjective in -ski/-cki ("ługańskiego").
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Optional

from ..lexicon import lexicon_set
from ..nlp import CASES, GENDERS, Tok, nominative_adj, read_lexicon, readings
from .actor_mentions import Mention

_LINKS = frozenset({",", "i", "oraz", "lub", "albo", "czy"})
# endings of a regional adjective in -ski/-cki/-dzki the dictionary does not know: (ending, genders, cases)
_GUESSED = (("iego", {"m1", "m2", "m3", "n"}, {"gen", "acc"}), ("iemu", {"m1", "m2", "m3", "n"}, {"dat"}),
            ("im", {"m1", "m2", "m3", "n"}, {"inst", "loc"}), ("iej", {"f"}, {"gen", "dat", "loc"}),
            ("ą", {"f"}, {"acc", "inst"}), ("a", {"f"}, {"nom"}), ("ie", {"n"}, {"nom", "acc"}),
            ("i", {"m1", "m2", "m3"}, {"nom"}))
_STEMS = ("sk", "ck", "dzk")


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """Abbreviation -> the region noun it stands for ("woj." -> województwo)."""
    return dict(line.split(None, 1) for line in read_lexicon("region_abbreviations.txt"))


def _adjective(t: Tok) -> Iterator[tuple[str, str, frozenset[str], frozenset[str]]]:
    """The word's readings as a singular adjective: (prefix, lemma, genders, cases); ``lemma`` is
    the adjective's when the dictionary knows it, else the stem + "i" of a guessed -ski/-cki form."""
    if t.is_title or not t.is_word:
        return
    prefix, word = "", t.text
    if "-" in word.strip("-"):  # "zachodnio-pomorskiego": the last part declines
        head, _, word = word.rpartition("-")
        prefix = head + "-"
    rs = readings(word) if prefix else t.readings
    known = False
    for r in rs:
        if r.pos == "adj" and r.has("sg"):
            known = True
            yield prefix, r.lemma, frozenset(g for g in GENDERS if r.has(g)), frozenset(c for c in CASES if r.has(c))
    if known or any(r.pos != "ign" for r in rs):
        return
    for ending, genders, cases in _GUESSED:
        stem = word[:-len(ending)]
        if word.endswith(ending) and stem.endswith(_STEMS) and len(stem) > 3:
            yield prefix, stem + "i", frozenset(genders), frozenset(cases)


def _nominative(prefix: str, lemma: str, gender: str) -> str:
    known = nominative_adj(lemma, gender)
    if known == lemma and lemma.endswith("i") and gender != "m1":  # a guessed lemma: decline its ending
        known = lemma[:-1] + ("a" if gender == "f" else "ie" if gender == "n" else "i")
    return prefix + known


def _agreeing(t: Tok, gender: str, cases: frozenset[str], regional: bool = False) -> Optional[str]:
    """The adjective's nominative when ``t`` agrees with a noun of ``gender`` in one of ``cases``
    (``regional``: only a -ski/-cki/-dzki adjective, not "którego" or "okupowanego")."""
    for prefix, lemma, genders, adj_cases in _adjective(t):
        if gender in genders and adj_cases & cases and (not regional or lemma[:-1].endswith(_STEMS)):
            return _nominative(prefix, lemma, gender)
    return None


def _noun(t: Tok, number: str, abbreviated: dict[str, str]) -> list[tuple[str, str, frozenset[str]]]:
    """(name's noun, gender, cases) of each reading of ``t`` as a region noun in ``number``; an
    abbreviation ("woj.") has the gender of the noun it stands for and any case."""
    full = abbreviated.get(t.lower)
    if full:
        if number != "sg":
            return []
        return [(t.text, next((g for g in GENDERS if r.has(g)), "n"), frozenset(CASES))
                for r in readings(full) if r.pos == "subst" and r.has("sg")][:1]
    if t.lemma.lower() not in lexicon_set("region_nouns.txt"):
        return []
    return [(r.lemma, next((g for g in GENDERS if r.has(g)), "n"), frozenset(c for c in CASES if r.has(c)))
            for r in t.readings if r.pos == "subst" and r.has(number)]


def region_mentions(toks: list[Tok], i: int, source: str) -> list[Mention]:
    """The regions named from token ``i`` (a region noun or its abbreviation), in text order; none
    when it is no such construction."""
    t = toks[i]
    abbreviated = region_abbreviations()
    sent = t.sent

    def at(k: int) -> Optional[Tok]:
        return toks[k] if k < len(toks) and toks[k].sent == sent else None

    nxt = at(i + 1)
    if nxt is None:
        return []
    for noun, gender, cases in _noun(t, "sg", abbreviated):
        adj = _agreeing(nxt, gender, cases)
        if adj:
            return [Mention(i, i + 2, f"{noun} {adj}", "place", t.idx, nxt.end, source[t.idx:nxt.end])]
    for noun, gender, cases in _noun(t, "pl", abbreviated):
        k = i + 2 if nxt.text == ":" else i + 1
        found: list[Mention] = []
        while at(k) is not None:
            adj = _agreeing(toks[k], gender, cases, regional=True)
            if not adj:
                break
            found.append(Mention(k, k + 1, f"{noun} {adj}", "place", toks[k].idx, toks[k].end, toks[k].text))
            link = at(k + 1)
            if link is None or link.lower not in _LINKS:
                break
            k += 2
        if len(found) >= 2:  # "obwodów zaporoskiego i chersońskiego": one region per adjective
            return found
    return []
