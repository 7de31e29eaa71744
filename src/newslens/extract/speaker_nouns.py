"""Noun phrases the subject search reads: an acronym that is a genitive's complement
(``_acronym_complement``), a relative pronoun's antecedent (``_antecedent``), a part of a group
(``_group_part``, ``PART``), a group named by quantifiers alone (``_quantifier_only``), an unnamed
informant's noun (``_anonymous_source``), a person coordinated with another (``_coordinated_persons``), a
person's epithet (``_epithet``) and a sentence-opening common noun as the subject (``_own_subject``).
Split from ``speakers.py`` (one concern each, moved verbatim); ``speakers.py`` imports these names back.
"""
from __future__ import annotations

from typing import Optional

from ..lexicon import lexicon_set, role_words
from ..model import Actor
from ..nlp import Tok, readings
from .quote_doc import VERBAL, _agrees_at, _Doc


def _acronym_complement(doc: _Doc, m: tuple[Actor, int, int]) -> bool:
    """An acronym (which shows no case) after a chain of genitives is the last one's complement, never the
    clause's subject ("podczas Zjazdu Delegatów ZNP zapewniał": Delegatów is genitive, and a genitive's
    complement itself; "Sekretarz stanu USA zaznaczył": a role's complement); right after a preposition's own noun it may be the subject ("Podczas spotkania ZNP
    zapowiedział")."""
    k = m[1] - 1
    if m[1] != m[2] or k < 1 or not doc.toks[m[1]].text.isupper() or doc.toks[k - 1].sent != doc.toks[m[1]].sent:
        return False

    def genitive(t: Tok) -> bool:
        nouns = [r for r in t.readings if r.pos in ("subst", "ger")]
        return t.is_word and bool(nouns) and not any(r.has("nom") for r in nouns) \
            and any(r.has("gen") for r in nouns) and not any(r.pos in VERBAL for r in t.readings)

    return genitive(doc.toks[k]) and doc.toks[k - 1].pos != "prep" and (
        genitive(doc.toks[k - 1]) or doc.toks[k - 1].lemma.lower() in role_words())  # "Sekretarz stanu USA": the role's


def _antecedent(doc: _Doc, rel: int, j: int) -> Optional[tuple[Actor, int, int]]:
    """The relative pronoun's antecedent: the mention ending at ``j`` when it agrees with the pronoun
    ("którzy": plural), else the nearest agreeing mention before it that the first one complements
    ("europosłowie z kilku frakcji Parlamentu Europejskiego, którzy …": the group, not the parliament)."""
    m = doc.mention.get(j)
    r = doc.toks[rel].reading
    if m is None or r is None or m[2] != j:
        return m
    gender = "pl" if r.has("pl") and r.has("m1") else "f" if r.has("sg") and r.has("f") else \
        "m" if r.has("sg") and any(r.has(g) for g in ("m1", "m2", "m3")) else None
    if gender is None or _agrees_at(doc, gender, m):
        return m
    sent, k = doc.toks[j].sent, m[1] - 1
    while k >= 0 and j - k < 8 and doc.toks[k].sent == sent and doc.toks[k].text not in ",;:":
        n = doc.mention.get(k)
        if n is not None and n[2] == k:
            if _agrees_at(doc, gender, n):
                return n
            k = n[1] - 1
            continue
        k -= 1
    return m


PART = Actor("", "part")  # "Część z nich przekonuje": the group named just before speaks


def _group_part(doc: _Doc, a: int, v: int) -> Optional[Actor]:
    """A clause opening with a part noun (data/group_part_nouns.txt: część, większość) in the nominative:
    followed by a group in the genitive, that group ("Część mieszkańców centrum … mówi"); by "z nich",
    PART (the group named before); anything else None."""
    t = doc.toks[a]
    if t.lemma.lower() not in lexicon_set("group_part_nouns.txt") or t.reading is None or not t.reading.has("nom"):
        return None
    m = doc.mention.get(a + 1)
    if m is not None and m[1] == a + 1 and m[0].type == "group" and m[2] < v:
        return m[0]
    if a + 2 < v and doc.toks[a + 1].lower in ("z", "spośród") and doc.toks[a + 2].lower == "nich":
        return PART
    return None


def _quantifier_only(name: str) -> bool:
    """A group named by quantifiers alone ("inni", "niektórzy", data/group_quantifiers.txt): no group's name."""
    words = name.lower().split()
    return bool(words) and all({r.lemma.lower() for r in readings(w)} & lexicon_set("group_quantifiers.txt")
                               for w in words)


def _anonymous_source(doc: _Doc, k: int) -> bool:
    """An unnamed informant's noun at ``k`` (data/anonymous_source_nouns.txt: "źródło", "informator",
    "rozmówca"), not a person's mention and not followed by the person's name in apposition ("rozmówca
    portalu Jan Lis"): whatever outlet or body is its complement, it names no speaker."""
    t = doc.toks[k]
    if not t.is_word or t.lemma.lower() not in lexicon_set("anonymous_source_nouns.txt"):
        return False
    own = doc.mention.get(k)
    if own is not None and own[0].type == "person":
        return False
    end = doc.sent_range(doc.sent_of(k))[1]
    for j in range(k + 1, min(k + 5, end)):
        m = doc.mention.get(j)
        if m is not None and m[0].type == "person":
            return False
        if doc.toks[j].is_punct:
            break
    return True


def _anonymous_source_at(doc: _Doc, k: int) -> Optional[int]:
    """The informant's noun at ``k`` after up to two lower-case adjectives ("według anonimowego źródła",
    "według naszego informatora"), or None."""
    end = doc.sent_range(doc.sent_of(k))[1]
    for j in range(k, min(k + 3, end)):
        if _anonymous_source(doc, j):
            return j
        t = doc.toks[j]
        if j in doc.mention or not t.is_word or not t.text[:1].islower() or t.pos != "adj":
            return None
    return None


def _coordinated_persons(doc: _Doc, m: tuple[Actor, int, int]) -> bool:
    """The person's mention is joined by "i"/"oraz" to another person's, with a role's words between
    ("premier X i wicepremier, szef MON Y przedstawili"): a subject of two, neither of whom a later bare
    verb or dash paragraph refers to alone."""
    def other(n) -> bool:
        return n is not None and n[0].type == "person" and n[0] is not m[0]

    def passable(t: Tok) -> bool:  # a role's words between the conjunction and the name
        return t.text == "," or (t.is_word and t.text[:1].islower() and t.pos in ("subst", "adj"))

    sent = doc.toks[m[1]].sent
    k = m[1] - 1  # back: "X i [role words] <m>"
    while k > 0 and m[1] - k <= 5 and doc.toks[k].sent == sent and doc.toks[k].lower not in ("i", "oraz") \
            and (passable(doc.toks[k]) or (k in doc.mention and (doc.mention[k][0] is m[0]
                                                                  or doc.mention[k][0].type != "person"))):
        k -= 1  # (the role's own mention, a body as its complement: "szef MON")
    if k > 0 and doc.toks[k].lower in ("i", "oraz") and doc.toks[k - 1].sent == sent and other(doc.mention.get(k - 1)):
        return True
    k = m[2] + 1  # forward: "<m> i [role words] Y" (past the same person's name after its role's mention)
    while k < len(doc.toks) and k in doc.mention and doc.mention[k][0] is m[0] and doc.mention[k][2] >= k:
        k = doc.mention[k][2] + 1
    if k >= len(doc.toks) or doc.toks[k].lower not in ("i", "oraz") or doc.toks[k].sent != sent:
        return False
    for j in range(k + 1, min(k + 7, len(doc.toks))):
        if doc.toks[j].sent != sent:
            return False
        if other(doc.mention.get(j)):
            return True
        if not passable(doc.toks[j]) and j not in doc.mention:
            return False
    return False


def _epithet(t: Tok) -> bool:
    """A masculine personal noun in the nominative singular ("prawnik", "siatkarz", "biznesmen", "włodarz"):
    an epithet for a person, who can only be one the text named (zero anaphora, persons only)."""
    r = t.reading
    return r is not None and r.pos == "subst" and not r.is_proper and r.has("nom") and r.has("sg") and r.has("m1")


def _own_subject(t: Tok, gender: str) -> bool:
    """A sentence-initial common noun in the nominative singular agreeing with the verb's gender."""
    r = t.reading
    if r is None or r.pos != "subst" or r.is_proper or not (r.has("nom") and r.has("sg")):
        return False
    if gender == "sg":
        return True
    return r.has("f") if gender == "f" else r.has("n") if gender == "n" else any(r.has(g) for g in ("m1", "m2", "m3"))
